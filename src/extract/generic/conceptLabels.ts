/**
 * Labels by meaning (labelConcepts.ts), for what the vocabulary's wordings and the label's
 * punctuation leave unread:
 *   - a colon or question label of unknown meaning takes the meaning its words give
 *     ("1.3 Who has been involved or consulted, and how?" → consultation);
 *   - a numbered heading that is all question ("1.1 Describe the programme, project or
 *     policy") is a label, its answer below it;
 *   - a short line or cell that is all label and whose words mean a field ("Name of the
 *     programme, project or policy", "Senior Responsible Owner") is a label, though it has
 *     no colon: reading-order exports print the label on one line and the answer on the next.
 * A line right after a label that is still waiting for its answer is that answer, whatever
 * its words ("Consultation Strategy 2024" under "Title of policy").
 */
import { SIGN_ROLE } from './signOffTable.js';
import type { PromptTest } from './answerPrompts.js';
import type { LabelConcepts } from './labelConcepts.js';
import type { LabelSpan } from './labels.js';
import type { Cell, Strip } from './strip.js';
import { holdsBoxes } from './tickedOptions.js';

/** A cell's text and the cells right of it on its row (a table's, or a line's). */
function rowText(strip: Strip, cell: Cell): string {
  return [cell, ...strip.rightOf(cell)].map((c) => c.text).join(' ');
}

const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** A label's meaning read from its words is less sure than a listed wording's. */
export const CONCEPT_SCORE = 0.85;
/** Longest line, in words and characters, read as a label with no colon. */
const MAX_LINE_WORDS = 12;
const MAX_LINE_CHARS = 90;
/** A bracketed note closing a cell, its full stop inside or after the bracket. */
const TRAILING_NOTE = /\s*\([^()]{1,200}\)\.?\s*$/;
/** How a numbered instruction that asks for an answer opens. */
const IMPERATIVE = /^(?:please\s+)?(?:describe|explain|summari[sz]e|outline|set out|list|identify|give|provide|state)\b/i;
/** A line of running prose is at least this long: the line after it continues the sentence. */
const WRAPPED_LINE = 60;

export function withConcepts(strip: Strip, spans: LabelSpan[], concepts: LabelConcepts, isPrompt: PromptTest): LabelSpan[] {
  const byCell = new Map<number, LabelSpan[]>();
  for (const s of spans) byCell.set(s.cell, [...(byCell.get(s.cell) ?? []), s]);
  const out: LabelSpan[] = [];
  let waiting = false;
  for (const cell of strip.cells) {
    if (cell.tokenCount === 0) continue;
    const own = byCell.get(cell.index) ?? [];
    if (own.length > 0) {
      // "Tick one: ☐ No changes needed ☒ Adjust the policy" under "Section C: Decision": the
      // instruction opens the answer the label above waits for; it is not a label of its own.
      const first = own[0]!;
      const instruction = waiting && first.kind === 'colon' && first.key === null && first.from === cell.from && holdsBoxes(rowText(strip, cell)) && wordsIn(cell.unit.text.slice(first.from, first.to)) <= 3;
      if (instruction && own.length === 1) continue;
      // "Section 6: Outcome", then on its own line the question the form asks under it ("Having
      // completed the assessment, which of the following applies?"): the question means the field.
      // A question with a number of its own ("1.2 Who will be affected?") is the form's next one.
      const above = out[out.length - 1];
      const asks = waiting && above?.key?.kind === 'field' && own.length === 1 && first.kind === 'question' && first.key === null && !first.ref && first.from === cell.from;
      if (asks) {
        out.push({ ...first, key: above.key, score: Math.min(above.score, CONCEPT_SCORE) });
        waiting = awaitsAnswer(cell, out[out.length - 1]!);
        continue;
      }
      for (const s of instruction ? own.slice(1) : own) out.push(meaningOf(strip, cell, s, own, concepts));
      waiting = awaitsAnswer(cell, out[out.length - 1]!);
      continue;
    }
    // The prompt under a label ("Name and job title") keeps it waiting for the line after.
    if (isPrompt(cell.text)) continue;
    const line = waiting ? null : lineLabel(strip, cell, concepts);
    if (line) out.push(line);
    waiting = line !== null;
  }
  return out;
}

/** A label of unknown meaning given one by its words; a heading number's question made a label. */
function meaningOf(strip: Strip, cell: Cell, s: LabelSpan, own: LabelSpan[], concepts: LabelConcepts): LabelSpan {
  const text = cell.unit.text;
  if ((s.kind === 'colon' || s.kind === 'question') && s.key === null) {
    const key = concepts.classify(text.slice(s.from, s.to).replace(/^\s*[\d.:)]+\s*/, ''));
    return key ? { ...s, key, score: CONCEPT_SCORE, strong: true } : s;
  }
  if (s.kind !== 'heading' || s.key !== null) return s;
  const next = own.find((o) => o.from > s.from);
  const end = next ? next.from : cell.to;
  const rest = text.slice(s.to, end).trim();
  // An instruction ends in a full stop and is still the label: "1. Describe the aims and intended outcomes of the proposal."
  const instruction = IMPERATIVE.test(rest) && /[^.]\.$/.test(rest) && !/\.\s/.test(rest);
  if (!rest || (/[.;,]$/.test(rest) && !instruction) || rest.split(/\s+/).length > MAX_LINE_WORDS + 4) return s;
  const key = concepts.classify(rest);
  if (!key) return s;
  const last = lastTokenBefore(strip, cell, end);
  return { ...s, end: last + 1, to: strip.tokens[last]!.end, valueFrom: strip.tokens[last]!.end, kind: 'known', key, score: CONCEPT_SCORE };
}

/** Whether a cell ends on a label of some meaning with nothing written after it. */
function awaitsAnswer(cell: Cell, last: LabelSpan): boolean {
  // A label of no field's meaning waits for nothing, but a job title's is a person's ("Job title", then "Head of Service").
  if (last.cell !== cell.index || last.key === null || (last.key.kind === 'other' && !SIGN_ROLE.test(cell.unit.text.slice(last.from, last.to)))) return false;
  return !/[\p{L}\d]/u.test(cell.unit.text.slice(last.valueFrom, cell.to));
}

/** A short line or cell that is all label, with the meaning its words give; null when it reads as anything else. */
function lineLabel(strip: Strip, cell: Cell, concepts: LabelConcepts): LabelSpan | null {
  // Bracketed guidance after the label ("Purpose of the proposal (Include its main purpose, aims …)")
  // is the form's, part of the label's cell: the label's length and meaning are its own words'.
  const text = cell.text.replace(TRAILING_NOTE, '') || cell.text;
  if (text.split(/\s+/).length > MAX_LINE_WORDS || text.length > MAX_LINE_CHARS) return null;
  if (/[.;,]$/.test(text) || !/^(?:[-•·*]\s*)?\p{Lu}/u.test(text)) return null;
  const next = strip.cells.slice(cell.index + 1).find((c) => c.tokenCount > 0);
  if (!next) return null;
  if (cell.kind === 'paragraph' && continuesLine(strip, cell)) return null;
  const key = concepts.classify(text);
  if (!key) return null;
  const first = cell.firstToken;
  const last = first + cell.tokenCount - 1;
  return {
    cell: cell.index, start: first, end: last + 1, from: strip.tokens[first]!.start, to: strip.tokens[last]!.end, valueFrom: strip.tokens[last]!.end,
    kind: 'known', key, score: CONCEPT_SCORE, ref: null, strong: true,
  };
}

/** A line that carries on the sentence of the line before it (a wrapped paragraph), not a line of its own. */
function continuesLine(strip: Strip, cell: Cell): boolean {
  const prev = strip.cells[cell.index - 1];
  if (!prev || prev.kind !== 'paragraph' || prev.unit !== cell.unit || prev.tokenCount === 0) return false;
  return prev.text.length >= WRAPPED_LINE && !/[.:?!)]$/.test(prev.text);
}

function lastTokenBefore(strip: Strip, cell: Cell, at: number): number {
  let i = cell.firstToken;
  while (i + 1 < cell.firstToken + cell.tokenCount && strip.tokens[i + 1]!.end <= at) i++;
  return i;
}
