/**
 * NAME.expected.json: `{ "records": [ { "template": "...", "eia": {...} }, ... ] }`. Read
 * leniently, as the scorer does: only the fields it scores are checked, and only their types.
 */
import { z } from 'zod';
import type { ExpectedRecord } from './types.js';

const text = z.string().nullable().optional();

const EvalEiaSchema = z.object({
  title: text,
  organisation: text,
  directorate: text,
  service: text,
  activityType: text,
  assessmentDate: text,
  purpose: text,
  scope: text,
  consultation: text,
  outcome: text,
  people: z.array(z.object({ name: text, role: text, capacity: text, date: text })).optional(),
  impacts: z
    .array(
      z.object({
        characteristic: text,
        group: text,
        subgroup: text,
        proposal: z.number().nullable().optional(),
        rating: text,
        narrative: text,
        mitigation: text,
        owner: text,
      }),
    )
    .optional(),
  actions: z.array(z.object({ issue: text, action: text, milestone: text, owner: text, due: text })).optional(),
});

export const ExpectedFile = z.object({
  records: z.array(z.object({ template: text, eia: EvalEiaSchema })),
});

/** Parses the JSON text of an expected file; throws a ZodError naming what is wrong. */
export function parseExpectedFile(json: unknown): ExpectedRecord[] {
  return ExpectedFile.parse(json).records;
}
