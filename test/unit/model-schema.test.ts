import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EiaRecord, emptyEia } from '../../src/model/record.js';

const schema = JSON.parse(readFileSync(new URL('../../src/model/eia.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: false }).compile(schema);

const record = (over: Partial<EiaRecord> = {}): EiaRecord => ({
  schemaVersion: 1,
  document: { file: 'samples/x.pdf', sha256: 'a'.repeat(64), format: 'pdf', pages: 3, indexInFile: 0 },
  template: { id: 'bathnes', confidence: 0.9 },
  extractor: { name: 'bathnes', version: '1' },
  eia: {
    ...emptyEia(),
    title: 'Commissioning',
    assessmentDate: '2024-11',
    people: [{ name: 'Ian Tomlinson', role: null, capacity: 'author', date: null }],
    impacts: [{ characteristic: 'age', label: 'Age 0-18', group: 'service-users', subgroup: '0-18', proposal: 2, rating: 'both', narrative: 'x', mitigation: null, owner: null }],
    actions: [{ issue: null, action: 'Do it', milestone: null, owner: null, due: 'Ongoing' }],
    sections: [{ ref: '1.1', heading: 'Purpose', text: 'x' }],
  },
  confidence: { '/title': 0.9, '/impacts/0/rating': 0.6 },
  provenance: { '/title': { page: 1, bbox: [1, 2, 3, 4], start: 0, end: 13 } },
  review: { status: 'needs-review' },
  ...over,
});

describe('the zod record and the JSON Schema contract agree', () => {
  it('a record zod accepts, the JSON Schema accepts', () => {
    const r = EiaRecord.parse(record());
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a bad date', (r: EiaRecord) => ({ ...r, eia: { ...r.eia, assessmentDate: '26/11/2024' } })],
    ['an unknown characteristic', (r: EiaRecord) => ({ ...r, eia: { ...r.eia, impacts: [{ ...r.eia.impacts[0]!, characteristic: 'height' }] } })],
    ['a confidence above 1', (r: EiaRecord) => ({ ...r, confidence: { '/title': 1.2 } })],
    ['an upper-case sha256', (r: EiaRecord) => ({ ...r, document: { ...r.document, sha256: 'A'.repeat(64) } })],
  ])('both refuse %s', (_, mutate) => {
    const bad = mutate(record()) as unknown;
    expect(EiaRecord.safeParse(bad).success).toBe(false);
    expect(validate(bad)).toBe(false);
  });
});
