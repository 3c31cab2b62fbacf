/**
 * Every label of the form, known or not, in reading order. A label is
 *   - a known wording from the vocabulary (it says which field it asks for), or
 *   - a phrase ending in a colon or question mark (its start read by labelExtent), or
 *   - a section number ("3.", "1:2", "Section 2") that heads a question,
 * and where a known wording begins a colon or question label, that label takes its meaning.
 * Labels of unknown meaning still matter: each one ends the answer before it.
 */
import { gapBefore, isHardStop, labelStart, skipGuidance } from './labelExtent.js';
import type { KnownLabels, KnownMatch, LabelKey } from './knownLabels.js';
import { SIGN_ROLE } from './signOffTable.js';
import { sourceOf, type Cell, type Strip } from './strip.js';

export type LabelKind = 'known' | 'colon' | 'question' | 'heading';

export interface LabelSpan {
  cell: number;
  /** [start, end) token indices of the label's words. */
  start: number;
  end: number;
  /** [from, to) of the label as printed, in the cell's unit text. */
  from: number;
  to: number;
  /** Where its answer may begin in the same cell (after the colon, guidance, brackets). */
  valueFrom: number;
  kind: LabelKind;
  key: LabelKey | null;
  /** How well the known wording matched (1 for labels found by their punctuation alone). */
  score: number;
  /** The question number printed before it ("2.4"), if any. */
  ref: string | null;
  /** Ends a long answer too: a colon phrase of unknown meaning inside prose ("in order to:") does not. */
  strong: boolean;
}

/** Longest run of lower-case words after a known wording that is still the label's tail ("… of the policy (including …)"). */
const MAX_TAIL = 20;
/** Words between a known wording and the colon or question mark that ends its label. */
const MAX_TO_MARK = 12;
/** "3.", "1:2", "3.a", "Section 2", "Section C:", "STEP 1 –": a question or section number, followed by the capital its heading starts with. */
const HEADING_NUMBER = /(?<=^|[\s|])((?:Section|SECTION|Step|STEP|Part|PART|Stage|STAGE)\s+(?:\d{1,2}[a-z]?|[A-Z](?=[.:]))[.:]?|\d{1,2}(?:[.:]\d{1,2})+[a-z]?[.:]?|\d{1,2}[a-z]?[.:)]|\d{1,2}\.[a-z][.)]?)(?=\s+(?:[–—-]\s+)?\p{Lu})/gu;

/** A row of tick boxes ("ü Policy Procedure … Other:"): its options are not a label, though one ends in a colon. */
const TICK_ROW = /[☐□☒☑■✓✔]|(?:^|\s)[üP](?=\s)/u;

export function findLabels(strip: Strip, known: KnownLabels, guidance: readonly RegExp[]): LabelSpan[] {
  const matches = known.find(strip);
  const byCell = new Map<number, KnownMatch[]>();
  for (const m of matches) {
    const c = strip.tokens[m.start]!.unit;
    byCell.set(c, [...(byCell.get(c) ?? []), m]);
  }
  const spans: LabelSpan[] = [];
  for (const cell of strip.cells) {
    if (cell.tokenCount === 0) continue;
    spans.push(...cellLabels(strip, cell, byCell.get(cell.index) ?? [], guidance));
  }
  return dropAnswerColons(strip, dropAnswerWordings(strip, dropEchoes(strip, dropInsideGuidance(mergeQuestions(strip, spans)))));
}

/**
 * A colon at the start of the cell beside a label of known meaning ("| Name of policy |
 * Libraries: new opening hours |") is the answer's own: the row already says what the cell holds.
 */
function dropAnswerColons(strip: Strip, spans: LabelSpan[]): LabelSpan[] {
  return spans.filter((s) => {
    const cell = strip.cells[s.cell]!;
    if (s.kind !== 'colon' || s.key !== null || cell.kind === 'paragraph' || s.start !== cell.firstToken) return true;
    const left = strip.cells[s.cell - 1];
    if (!left || left.line !== cell.line || left.kind !== cell.kind) return true;
    return !spans.some((o) => o.cell === left.index && o.key !== null && !/[\p{L}\d]/u.test(left.unit.text.slice(o.to, left.to)));
  });
}

/** Words inside a label's printed guidance ("Identify facilitator, Lead Officer, …") are not labels of their own. */
function dropInsideGuidance(spans: LabelSpan[]): LabelSpan[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.cell === s.cell && s.from >= o.to && s.from < o.valueFrom));
}

/**
 * An answer that opens with its label's own words ("Briefly describe public involvement …
 * Consultation and engagement with over 200 learners") is an answer, not a second label.
 */
function dropEchoes(strip: Strip, spans: LabelSpan[]): LabelSpan[] {
  return spans.filter((s, i) => {
    const prev = spans[i - 1];
    if (!prev || prev.cell !== s.cell || s.kind !== 'known' || !sameKey(prev.key, s.key)) return true;
    const between = strip.cells[s.cell]!.unit.text.slice(prev.valueFrom, s.from);
    return /[\p{L}\d]/u.test(between);
  });
}

/**
 * A known wording that is all a colon label's answer ("Job title: Head of Service", "Section 4:
 * Sign-off"), nothing after it in the cell, or all the cell beside a job-title label, is that
 * answer, not a label waiting for its own.
 */
function dropAnswerWordings(strip: Strip, spans: LabelSpan[]): LabelSpan[] {
  return spans.filter((s, i) => {
    const prev = spans[i - 1];
    if (!prev || s.kind !== 'known') return true;
    const cell = strip.cells[s.cell]!;
    const text = cell.unit.text;
    const alone = !/[\p{L}\d]/u.test(text.slice(s.to, cell.to));
    // A job title in the cell beside its label ("| Job title | Head of Service |") is its answer too.
    const before = strip.cells[s.cell - 1];
    if (prev.cell === s.cell - 1 && before?.line === cell.line && SIGN_ROLE.test(before.text) && !/\S/.test(text.slice(cell.from, s.from))) return !alone;
    // Only after a label of known meaning: "Section 4: Outcome of the assessment" is a heading's number, then a label.
    if (prev.cell !== s.cell || prev.kind !== 'colon' || prev.key === null) return true;
    return /\S/.test(text.slice(prev.valueFrom, s.from)) || !alone;
  });
}

function sameKey(a: LabelKey | null, b: LabelKey | null): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'field' && b.kind === 'field') return a.field === b.field;
  if (a.kind === 'person' && b.kind === 'person') return a.capacity === b.capacity;
  return false;
}

function cellLabels(strip: Strip, cell: Cell, known: KnownMatch[], guidance: readonly RegExp[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  const used = new Set<KnownMatch>();
  const lastToken = cell.firstToken + cell.tokenCount;
  let floor = cell.firstToken;
  for (const mark of marks(cell)) {
    const end = firstTokenAtOrAfter(strip, cell, mark.at);
    if (end <= floor) continue;
    // A known wording whose tail runs to the mark starts the label; else its words say where it starts.
    const lead = known.find((m) => !used.has(m) && m.start >= floor && m.end <= end && leadsTo(strip, m.end, end));
    // In a table cell that the mark ends, there is no answer to run into the label: it is the whole cell.
    const wholeCell = cell.kind !== 'paragraph' && floor === cell.firstToken && !TICK_ROW.test(cell.text) && !/[\p{L}\d]/u.test(cell.unit.text.slice(mark.at + 1, cell.to)) && end - floor <= 30;
    const start = lead ? lead.start : wholeCell ? floor : labelStart(strip, floor, end, mark.question);
    if (start === null) {
      floor = end;
      continue;
    }
    // A long question whose opening words are a known wording ("What are the main aims …?") means what they mean.
    // A wording of no field's meaning ("Name") that only opens a longer label ("Name(s) and job title(s) of
    // person(s) completing the EIA:") does not give it that meaning: the label's words may (conceptLabels.ts).
    const k = lead ? (lead.key.kind === 'other' && end - lead.end > OTHER_TAIL ? undefined : lead) : openingWording(known, used, start, end);
    for (const m of known) if (m.start >= start && m.start < end) used.add(m);
    const to = mark.at + 1;
    out.push({
      cell: cell.index, start, end, from: strip.tokens[start]!.start, to, valueFrom: skipGuidance(cell.unit.text.slice(0, cell.to), to, guidance),
      kind: mark.question ? 'question' : 'colon', key: k?.key ?? null, score: k?.score ?? 1, ref: null,
      strong: mark.question || Boolean(k) || start === cell.firstToken || (isHardStop(gapBefore(strip, start)) && end - start <= 6),
    });
    floor = end;
  }
  for (const m of known) {
    if (used.has(m) || out.some((s) => m.start < s.end && s.start < m.end)) continue;
    // A flattened row's cell that the label nearly fills is all label: "… authorising Equality Screening |".
    const tail = tailEnd(strip, m.end, lastToken);
    const end = cell.kind === 'pipe' && lastToken - tail > 0 && lastToken - tail <= MAX_CELL_TAIL && !/\d/.test(cell.unit.text.slice(strip.tokens[tail]!.start, cell.to)) ? lastToken : tail;
    const to = closeBracket(cell.unit.text, strip.tokens[m.start]!.start, end > m.end ? strip.tokens[end - 1]!.end : strip.tokens[m.end - 1]!.end);
    out.push({
      cell: cell.index, start: m.start, end, from: strip.tokens[m.start]!.start, to,
      valueFrom: skipGuidance(cell.unit.text.slice(0, cell.to), to, []), kind: 'known', key: m.key, score: m.score, ref: null, strong: true,
    });
  }
  out.sort((a, b) => a.start - b.start);
  return withHeadings(strip, cell, out);
}

/** A known wording, not yet used, that opens the label (at its first or second word) and ends inside it. */
function openingWording(known: KnownMatch[], used: ReadonlySet<KnownMatch>, start: number, end: number): KnownMatch | undefined {
  return known.find((m) => !used.has(m) && m.start >= start && m.start <= start + 1 && m.end <= end);
}

/** How many words may follow a wording of no field's meaning in a label that still means only it ("Job title (if any):"). */
const OTHER_TAIL = 2;

/** "Lead Person (Owner": a label that opened a bracket ends after it closes. */
function closeBracket(text: string, from: number, to: number): number {
  const open = (text.slice(from, to).match(/\(/g)?.length ?? 0) - (text.slice(from, to).match(/\)/g)?.length ?? 0);
  return open > 0 && text[to] === ')' ? to + 1 : to;
}

/** Colons and question marks that end a label: not a time ("10:30"), not a web address. */
/** A row of leader dots between a label and its answer: four or more dots, or two or more ellipses, then the answer. */
const LEADER = /^(?:\.{4,}|…{2,}|(?:\. ){3,}\.)(?= ?[\p{L}\d£(])/u;

function marks(cell: Cell): Array<{ at: number; question: boolean }> {
  const text = cell.unit.text;
  const out: Array<{ at: number; question: boolean }> = [];
  // Inside brackets a question or colon is the form's guidance on what to write ("(Who did you
  // engage with, when and how? Summarise what they told you.)"), not the end of a label.
  let depth = 0;
  for (let i = cell.from; i < cell.to; i++) {
    const ch = text[i];
    // Square brackets too: "[Guidance: set out the current position …]".
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const leader = LEADER.exec(text.slice(i, Math.min(cell.to, i + 200)));
    if (leader && /[\p{L})\s]/u.test(text[i - 1] ?? '')) {
      // Dot leaders ("Service area ........ Housing Options") print the colon as a row of dots.
      out.push({ at: i + leader[0].length - 1, question: false });
      i += leader[0].length - 1;
      continue;
    }
    if (ch !== ':' && ch !== '?') continue;
    if (ch === ':' && ((/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) || text[i + 1] === '/')) continue;
    if (ch === '?' && /[\p{L}\d]/u.test(text[i + 1] ?? '')) continue;
    out.push({ at: i, question: ch === '?' });
  }
  return out;
}

function firstTokenAtOrAfter(strip: Strip, cell: Cell, at: number): number {
  let i = cell.firstToken;
  while (i < cell.firstToken + cell.tokenCount && strip.tokens[i]!.start < at) i++;
  return i;
}

/** The words from a known wording to a colon are its own tail: lower case or bracketed, no sentence break. */
function leadsTo(strip: Strip, from: number, to: number): boolean {
  if (to - from > MAX_TO_MARK) return false;
  let depth = 0;
  // After "/" or "&" the label names a second thing in title case: "Faculty / Professional Service:".
  let joined = false;
  for (let j = from; j < to; j++) {
    const gap = gapBefore(strip, j);
    if (j > from && isHardStop(gap)) return false;
    depth += (gap.match(/\(/g)?.length ?? 0) - (gap.match(/\)/g)?.length ?? 0);
    if (/^[/&]/.test(gap.trim())) joined = true;
    const word = sourceOf(strip, j);
    if (depth <= 0 && /^\p{Lu}\p{Ll}/u.test(word) && !joined) return false;
  }
  return true;
}

/** After a known wording, its lower-case tail and any bracketed note ("Lead Person (Owner)") belong to the label. */
/** Most words of a pipe cell after its known label that still belong to the label. */
const MAX_CELL_TAIL = 3;

function tailEnd(strip: Strip, from: number, last: number): number {
  let end = from;
  let depth = 0;
  for (let j = from; j < last && j - from < MAX_TAIL; j++) {
    const gap = gapBefore(strip, j);
    if (isHardStop(gap) && depth === 0) break;
    depth += (gap.match(/\(/g)?.length ?? 0) - (gap.match(/\)/g)?.length ?? 0);
    const word = sourceOf(strip, j);
    if (depth > 0 || /^\p{Ll}/u.test(word)) {
      end = j + 1;
      continue;
    }
    break;
  }
  // A tail only counts if it does not leave a bracket open or end on a lone bullet letter ("o").
  while (end > from && /^(o|and|or|the|of)$/.test(strip.tokens[end - 1]!.norm)) end--;
  return depth > 0 ? from : end;
}

/** Section numbers: the label after one takes it as its ref; a number heading nothing known is a boundary of its own. */
function withHeadings(strip: Strip, cell: Cell, labels: LabelSpan[]): LabelSpan[] {
  const text = cell.unit.text.slice(0, cell.to);
  const out = [...labels];
  HEADING_NUMBER.lastIndex = cell.from;
  for (let m = HEADING_NUMBER.exec(text); m; m = HEADING_NUMBER.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    const next = firstTokenAtOrAfter(strip, cell, to);
    // "Part 4:" or "C:" read as a colon label of no meaning is only the heading's number.
    const asColon = out.findIndex((l) => l.kind === 'colon' && l.key === null && l.from >= from && l.to <= to);
    if (asColon >= 0) out.splice(asColon, 1);
    const owner = out.find((l) => l.start === next);
    if (owner) {
      owner.ref = m[1]!.replace(/[.:)]$/, '');
      // The number is printed as part of the label: the answer before it ends where it starts.
      owner.from = Math.min(owner.from, from);
      continue;
    }
    if (asColon < 0 && out.some((l) => from < l.to && l.from < to)) continue;
    out.push({ cell: cell.index, start: next, end: next, from, to, valueFrom: to, kind: 'heading', key: null, score: 1, ref: m[1]!.replace(/[.:)]$/, ''), strong: true });
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * "…characteristics? What evidence do you have for this?": questions with nothing between them
 * are one label. So are a field's heading and the question the form prints under it ("Section
 * 6: Outcome — Having completed the assessment, which of the following applies?"): the
 * question's answer is the field's.
 */
function mergeQuestions(strip: Strip, spans: LabelSpan[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const opens = prev?.kind === 'question' || (prev?.kind === 'known' && prev.key?.kind === 'field');
    if (prev && opens && prev.cell === s.cell && s.kind === 'question' && !s.key) {
      const between = strip.cells[s.cell]!.unit.text.slice(prev.valueFrom, s.from);
      if (!/[\p{L}\d]/u.test(between)) {
        prev.to = s.to;
        prev.end = s.end;
        prev.valueFrom = s.valueFrom;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
