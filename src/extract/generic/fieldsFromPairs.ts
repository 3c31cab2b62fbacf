/**
 * Fields by meaning: every pair whose label the vocabulary maps to a record field is a
 * candidate for that field; its answer is cut and checked for the shape the field needs
 * (a title is a name, not a paragraph; a date parses); the best-bounded candidate of the
 * strongest wording wins. Each value keeps its evidence: the label's match score, how the
 * answer was bounded, and how plausible the value looked (→ confidence and provenance).
 */
import type { EiaScalarField } from '../../model/record.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { findDate } from '../parse/parseDate.js';
import { BOUND_QUALITY, type Answer, type Pair } from './pairs.js';
import { cleanAnswer, firstSentence, repairMonths, splitParts, wordCount } from './values.js';
import type { GenericField } from './genericVocabulary.js';
import { tickedOptions, type TickMarks } from './tickedOptions.js';

const LONG_FIELDS = new Set<GenericField>(['purpose', 'scope', 'consultation', 'outcome']);
/** Fields a form may ask for by a row of tick boxes: the ticked option is the answer. */
const TICKABLE = new Set<GenericField>(['activityType', 'outcome']);
/** Longest plausible title, directorate or service, in words. */
const MAX_WORDS: Partial<Record<GenericField, number>> = { title: 30, directorate: 12, service: 12, activityType: 8, organisation: 10 };

interface Candidate {
  pair: Pair;
  /** Which of the pair's answers the value came from. */
  answer?: Answer;
  value: string;
  quality: number;
  fallback: boolean;
  /** The value is the option ticked in a row of boxes. */
  ticked?: boolean;
}

/** "Reasons", "Justification", "Comments" asked right after a row of boxes: why that box was ticked. */
const REASON_WORDS = String.raw`(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:reasons?|justification|comments?|rationale)\b`;
const REASONS = new RegExp(String.raw`^\s*${REASON_WORDS}`, 'i');
/** The same asked on a line of its own inside an answer, up to its end ("Reasons", "Justification / adjustments:"). */
const REASONS_LINE = new RegExp(String.raw`\n\s*${REASON_WORDS}[^\n.]{0,60}?[:?]?\s*\n`, 'i');

/** The answer to a reasons label that is the next label after `pair`, when there is one. */
function reasonsAfter(pairs: Pair[], pair: Pair): Answer | null {
  const next = pairs[pairs.indexOf(pair) + 1];
  if (!next || !REASONS.test(next.labelText) || next.label.key?.kind === 'field') return null;
  const text = cleanAnswer(next.long.text);
  return text && wordCount(text) >= 3 ? { ...next.long, text } : null;
}

/**
 * Reasons asked for under the boxes, inside the same answer: a line that is only "Reasons"
 * (or "Justification", "Comments") and the paragraphs after it.
 */
function reasonsWithin(answer: Answer): Answer | null {
  const m = REASONS_LINE.exec(answer.text);
  if (!m) return null;
  const text = cleanAnswer(answer.text.slice(m.index + m[0].length));
  return text && wordCount(text) >= 3 ? { ...answer, text } : null;
}

/** Fields set from pairs; `isBody` says whether a text names a public body (organisation answers must). */
export function fieldsFromPairs(pairs: Pair[], out: RecordBuilder, isBody: (text: string) => boolean, formName: RegExp, marks: TickMarks): void {
  const fields: GenericField[] = ['title', 'directorate', 'service', 'activityType', 'assessmentDate', 'purpose', 'scope', 'consultation', 'outcome', 'organisation'];
  for (const field of fields) {
    // A ticked option is the form's answer though it names the form ("A full impact assessment is required").
    const candidates = pairs.flatMap((pair) => candidate(pair, field, isBody, marks)).filter((c) => c.ticked === true || !isHeading(c.value, formName));
    // A unit label that names both ("Team/Department") but holds one name: with the directorate
    // given elsewhere, that name is the team's.
    if (field === 'service' && out.eia.directorate) candidates.push(...pairs.flatMap((pair) => unitAsService(pair, out.eia.directorate!, isBody)));
    const best = candidates.sort((a, b) => Number(a.fallback) - Number(b.fallback) || b.quality * b.pair.label.score - a.quality * a.pair.label.score)[0];
    if (field === 'directorate' && best) {
      // Two units asked for apart ("Faculty / Professional Service", "School / Department"): the higher is the directorate.
      const ranked = candidates.filter((c) => !c.fallback && unitLevel(c.pair.labelText) > 0).sort((a, b) => unitLevel(b.pair.labelText) - unitLevel(a.pair.labelText));
      const [top, lower] = ranked;
      if (top && lower && unitLevel(top.pair.labelText) > unitLevel(lower.pair.labelText) && top.value !== lower.value) {
        setUnit(out, 'directorate', top);
        setUnit(out, 'service', lower);
        continue;
      }
      // "Service area" stands in for the directorate where the form asks for none; beside a
      // "Directorate" or "Department" it is the service within it.
      const below = best.fallback ? undefined : candidates.find((c) => c.fallback && c.value !== best.value);
      if (below && out.eia.service === null) setUnit(out, 'service', below);
      // One answer naming both ("Commissioning – Long Term Conditions", "Customer Services, Independent Living").
      const both = bothUnits(best.value);
      const key = best.pair.label.key;
      if (both && !(key?.kind === 'field' && key.alsoFills)) {
        setUnit(out, 'directorate', { ...best, value: both[0] });
        setUnit(out, 'service', { ...best, value: both[1], quality: best.quality * 0.9 });
        continue;
      }
    }
    if (!best || out.eia[field as EiaScalarField] !== null) continue;
    const answer = best.answer ?? (LONG_FIELDS.has(field) ? best.pair.long : best.pair.short);
    // A ticked conclusion is followed by the reasons the form asks for with it: they are part of the outcome.
    const reasons = field === 'outcome' && best.ticked ? (reasonsAfter(pairs, best.pair) ?? reasonsWithin(answer)) : null;
    out.setField(field as EiaScalarField, reasons ? `${best.value}\n\n${reasons.text}` : best.value, {
      pieces: reasons ? [...answer.pieces, ...reasons.pieces] : answer.pieces,
      signals: { field, labelScore: best.pair.label.score, method: `generic-${best.pair.method}`, quality: round(best.quality) },
    });
  }
}

function candidate(pair: Pair, field: GenericField, isBody: (text: string) => boolean, marks: TickMarks): Candidate[] {
  const key = pair.label.key;
  if (key?.kind !== 'field' || (key.field !== field && key.alsoFills !== field)) return [];
  if (TICKABLE.has(field)) {
    // Boxes: the ticked option, or nothing when none is ticked (the options are the form's, not an answer).
    const boxes = tickedOptions(pair.long.text, marks);
    if (boxes) return boxes.ticked ? [{ pair, answer: pair.long, value: boxes.ticked, quality: BOUND_QUALITY[pair.long.bounded], fallback: key.fallback, ticked: true }] : [];
  }
  const long = LONG_FIELDS.has(field);
  const answer = long ? pair.long : pair.short;
  const raw = cleanAnswer(answer.text);
  if (!raw) return [];
  // How firmly the answer was bounded: a cell of its own, or up to a label found in running text.
  let quality = BOUND_QUALITY[answer.bounded];
  let value: string | null = raw;
  if (key.alsoFills) {
    const [first, second] = key.field === 'title' ? firstSentence(raw) : twoParts(raw, isBody);
    value = key.field === field ? first : second;
    quality -= 0.1;
  }
  if (!value) return [];
  if (field === 'assessmentDate') return dateCandidate(pair, value, quality, key.fallback);
  if (field === 'organisation' && !isBody(value)) return [];
  if (!long) {
    const shaped = shortValue(field, value);
    if (!shaped) return [];
    value = shaped.value;
    quality *= shaped.quality;
  } else if (wordCount(value) < 2) {
    return [];
  }
  return [{ pair, value, quality, fallback: key.fallback }];
}

/** A short field's value: its first paragraph, within the field's length. */
function shortValue(field: GenericField, text: string): { value: string; quality: number } | null {
  const max = MAX_WORDS[field] ?? 12;
  const para = text.split(/\n{2,}/)[0]!.replace(/\s+/g, ' ').replace(/^[•·\s]+|[•·\s]+$/g, '').trim();
  if (wordCount(para) <= max) return { value: para, quality: 1 };
  // Too long to be a name: its first sentence may be, if that is short.
  const [sentence] = firstSentence(para);
  return sentence !== para && wordCount(sentence) <= max ? { value: sentence, quality: 0.6 } : null;
}

function unitAsService(pair: Pair, directorate: string, isBody: (text: string) => boolean): Candidate[] {
  const key = pair.label.key;
  if (key?.kind !== 'field' || key.field !== 'directorate' || key.alsoFills !== 'service') return [];
  const raw = cleanAnswer(pair.short.text);
  if (!raw) return [];
  const [first, second] = twoParts(raw, isBody);
  const shaped = second === null && first !== directorate ? shortValue('service', first) : null;
  return shaped ? [{ pair, value: shaped.value, quality: BOUND_QUALITY[pair.short.bounded] * 0.8, fallback: false }] : [];
}

/** A date written at the start of the answer (a date later in a sentence is about something else). */
function dateCandidate(pair: Pair, text: string, quality: number, fallback: boolean): Candidate[] {
  const found = findDate(repairMonths(text));
  if (!found || found.start > 12) return [];
  const rest = wordCount(text.slice(found.end));
  return [{ pair, value: found.value, quality: quality * (rest <= 3 ? 1 : 0.7), fallback }];
}

/**
 * How high in an organisation a unit label's words sit: a directorate, faculty, portfolio or
 * care group over a department or school, over a service area; 0 for a label naming no level.
 */
function unitLevel(label: string): number {
  const l = label.toLowerCase();
  if (/\b(?:directorate|faculty|portfolio|care group|professional service|college)\b/.test(l)) return 3;
  if (/\b(?:department|school)\b/.test(l)) return 2;
  if (/\bservice area\b|\barea\b/.test(l)) return 1;
  return 0;
}

/**
 * A unit answer that names a directorate and its service: split at a spaced dash, or at its
 * one comma when the part after it is a name of its own (no "and": "Culture, Libraries and
 * Leisure" is one service). LABELLING.md: "one field holding both is split".
 */
function bothUnits(value: string): [string, string] | null {
  const dash = value.split(/\s+[–—-]\s+/);
  if (dash.length === 2 && dash.every((p) => p.trim() && p.split(/\s+/).length <= 6)) return [dash[0]!.trim(), dash[1]!.trim()];
  // "Housing & Communities / Tenancy and Estates": a spaced slash between two capitalised names.
  const slash = value.split(/\s+\/\s+/);
  if (slash.length === 2 && slash.every((p) => /^\p{Lu}/u.test(p.trim()) && p.split(/\s+/).length <= 6)) return [slash[0]!.trim(), slash[1]!.trim()];
  const comma = value.split(/\s*,\s+/);
  if (comma.length === 2 && comma.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 5) && !/\band\b|&/i.test(comma[1]!)) return [comma[0]!.trim(), comma[1]!.trim()];
  return null;
}

function setUnit(out: RecordBuilder, field: 'directorate' | 'service', c: Candidate): void {
  if (out.eia[field] !== null) return;
  out.setField(field, c.value, {
    pieces: (c.answer ?? c.pair.short).pieces,
    signals: { field, labelScore: c.pair.label.score, method: `generic-${c.pair.method}`, quality: round(c.quality) },
  });
}

/** "Children & Families Service, School Organisation Service, Leicestershire County Council" → the two units, bodies dropped. */
function twoParts(text: string, isBody: (text: string) => boolean): [string, string | null] {
  const parts = splitParts(text).filter((p) => !isBody(p));
  if (parts.length === 0) return [text, null];
  return [parts[0]!, parts[1] ?? null];
}

/** "ECC40a Essex County Council Impact Assessment Form": a running heading, not an answer. */
function isHeading(value: string, formName: RegExp): boolean {
  return wordCount(value) <= 12 && formName.test(value);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
