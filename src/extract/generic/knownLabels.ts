/**
 * Known labels: where the vocabulary's wordings ("Title of what is being assessed", "Date
 * screening completed", "Lead officer") occur in the strip, matched fuzzily word by word
 * (src/extract/document/matchLabel.ts). A form prints its labels at the start of a cell or
 * line, so a match there always counts; in a flattened paragraph a label can sit anywhere,
 * but it is printed with a capital, and prose that merely uses the words ("the purpose of
 * the policy") is not.
 */
import type { Capacity } from '../../model/vocabulary.js';
import { compileLabel, matchLabelAt, type LabelPattern } from '../document/matchLabel.js';
import { sameWord } from '../text/fuzzyWords.js';
import { gapBefore, isHardStop } from './labelExtent.js';
import { isCapitalised, sourceOf, type Strip } from './strip.js';
import type { GenericField, GenericVocabulary } from './genericVocabulary.js';

export type LabelKey =
  | { kind: 'field'; field: GenericField; alsoFills: GenericField | null; fallback: boolean; midText?: boolean }
  | { kind: 'person'; capacity: Capacity; roleFromLabel: boolean }
  | { kind: 'all-groups' }
  | { kind: 'other' };

export interface KnownPattern {
  pattern: LabelPattern;
  key: LabelKey;
}

export interface KnownMatch {
  /** [start, end) token indices in the strip. */
  start: number;
  end: number;
  score: number;
  key: LabelKey;
  label: string;
  /** How many words the label has (a span longer than that stepped over stray tokens). */
  words: number;
}

/** Below this weighted share of a label's words, a match is not that label. */
const MIN_SCORE = 0.8;
/** Mid-paragraph, without a colon after it, a label must match this well. */
const MIN_SCORE_MID = 0.9;

export class KnownLabels {
  private readonly byFirstWord = new Map<string, KnownPattern[]>();
  private readonly firstWordCache = new Map<string, KnownPattern[]>();
  private readonly formNames: string[][];

  constructor(vocabulary: GenericVocabulary) {
    this.formNames = vocabulary.formNames.map((n) => compileLabel(n).words).filter((w) => w.length > 0);
    const add = (text: string, key: LabelKey): void => {
      const pattern = compileLabel(text);
      const first = pattern.words[0];
      if (!first) return;
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), { pattern, key }]);
    };
    for (const f of vocabulary.fields) {
      for (const l of f.labels) add(l, { kind: 'field', field: f.field, alsoFills: f.alsoFills ?? null, fallback: f.fallback ?? false, midText: f.midText ?? false });
    }
    for (const p of vocabulary.people) for (const l of p.labels) add(l, { kind: 'person', capacity: p.capacity, roleFromLabel: p.roleFromLabel ?? false });
    for (const l of vocabulary.allGroupsQuestions) add(l, { kind: 'all-groups' });
    for (const l of vocabulary.otherLabels) add(l, { kind: 'other' });
  }

  /** Every place a known label matches and may be a label, the better match winning where two overlap. */
  find(strip: Strip): KnownMatch[] {
    const found: KnownMatch[] = [];
    for (let i = 0; i < strip.tokens.length; i++) {
      // A label printed in two languages ("Teitl y cynnig / Title of proposal") starts where its cell does.
      const bilingual = bilingualStart(strip, i);
      const position = bilingual === null ? positionOf(strip, i) : 'cell-start';
      for (const p of this.candidates(strip.tokens[i]!.norm)) {
        const m = matchLabelAt(strip.tokens, i, p.pattern);
        if (!m || m.score < MIN_SCORE) continue;
        // A label does not run from one cell into the next.
        if (strip.tokens[m.end - 1]!.unit !== strip.tokens[i]!.unit) continue;
        if (!acceptable(strip, i, m.end, m.score, p.pattern, p.key, position)) continue;
        // "Purpose of an Equality Impact Assessment": a heading about the form, not a question about the activity.
        const key = p.key.kind === 'field' && this.aboutTheForm(strip, m.end) ? { kind: 'other' as const } : p.key;
        found.push({ start: bilingual ?? i, end: m.end, score: m.score, key, label: p.pattern.text, words: p.pattern.words.length });
      }
    }
    return resolveOverlaps(found);
  }

  /** Whether the form's own name follows within a few words of a label ("Purpose of this EIA"). */
  private aboutTheForm(strip: Strip, from: number): boolean {
    const cell = strip.tokens[from - 1]!.unit;
    for (let j = from; j < from + 4 && strip.tokens[j]?.unit === cell; j++) {
      if (j > from && isHardStop(gapBefore(strip, j))) return false;
      if (this.formNames.some((words) => words.every((w, k) => strip.tokens[j + k]?.norm === w))) return true;
    }
    return false;
  }

  /** Patterns whose first word could be this token. */
  private candidates(norm: string): KnownPattern[] {
    let c = this.firstWordCache.get(norm);
    if (!c) {
      // The first word must be the label's own ("Director" does not begin "Directorate/Service").
      c = [...this.byFirstWord].filter(([w]) => w === norm || (w.length > 1 && sameWord(norm, w) && Math.abs(w.length - norm.length) <= 2)).flatMap(([, ps]) => ps);
      this.firstWordCache.set(norm, c);
    }
    return c;
  }
}

type Position = 'cell-start' | 'after-break' | 'mid';

/**
 * The first token of token i's cell when all before i in the cell is the same label in another
 * language and a spaced slash ("Teitl y cynnig / ", "4.1 Cyfeiriadedd rhywiol / "): a few
 * words, no sentence or phrase end among them. Null otherwise.
 */
function bilingualStart(strip: Strip, i: number): number | null {
  const t = strip.tokens[i]!;
  const cell = strip.cells[t.unit]!;
  if (t.start - cell.from > BILINGUAL_PREFIX_CHARS) return null;
  const before = cell.unit.text.slice(cell.from, t.start);
  if (!/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?[\p{L}][^/:?.!;|\n]*\s\/\s+$/u.test(before)) return null;
  const words = before.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 1 && words <= MAX_BILINGUAL_WORDS ? cell.firstToken : null;
}

const BILINGUAL_PREFIX_CHARS = 60;
const MAX_BILINGUAL_WORDS = 7;

/** Where a token sits: first in its cell (after a question number), after punctuation that ends a phrase, or mid-sentence. */
function positionOf(strip: Strip, i: number): Position {
  const t = strip.tokens[i]!;
  const cell = strip.cells[t.unit]!;
  // Only the few characters before the token matter (and a long cell would make every test slow).
  const before = cell.unit.text.slice(Math.max(cell.from, t.start - 24), t.start);
  const atStart = t.start - cell.from <= 24;
  // A section's number or letter ("3.", "Section 6:", "Part 4 –", "C:") is not a break in the heading it opens.
  if (atStart && /^\s*(?:[-•·*]\s*)?(?:(?:section|part|step|stage)\s+(?:\d{1,2}|[a-z])\s*[.:–—-]?\s*|\d{1,2}(?:[.:]\d{1,2})*[.:]?\s*|[a-z][.):]\s+)?$/i.test(before)) return 'cell-start';
  if (/(?:[:?.!;|)•·]|\d[.:]?)\s*$/.test(before) && !/\b(?:e\.g|i\.e|etc|no)\.\s*$/i.test(before)) return 'after-break';
  return 'mid';
}

function acceptable(strip: Strip, start: number, end: number, score: number, pattern: LabelPattern, key: LabelKey, position: Position): boolean {
  const t = strip.tokens[end - 1]!;
  const cell = strip.cells[t.unit]!;
  const after = cell.unit.text.slice(t.end, cell.to);
  const marked = /^\s*(?:\[\d+\])?\s*[:?]/.test(after);
  const oneWord = pattern.words.length === 1;
  // A one-word label is followed by its answer's capital or by punctuation, not by more prose
  // ("Service users …") nor by a number ("Section 75", "Part 2": a heading's own words).
  const nextLower = /^\s*\p{Ll}/u.test(after) || (oneWord && /^\s*(?:\d|\p{Lu}(?![\p{L}\d]))/u.test(after));
  const bulleted = /^\s*[•·]/.test(after);
  // In a table cell a one-word label is the whole cell: "Service Change" is an option, not "Service".
  const restOfCell = after.replace(/\[\d{1,3}\]/g, '').replace(/^\s*[:?.*]*\s*/, '');
  if (oneWord && cell.kind !== 'paragraph' && restOfCell !== '' && !marked) return false;
  // A one-word label opening a capitals heading ("AIMS AND IMPLEMENTATION OF THE POLICY") is the heading's word.
  if (oneWord && !marked && isAllCaps(sourceOf(strip, start)) && /^\s*\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(after) && !/\p{Ll}/u.test(cell.text)) return false;
  if (position === 'cell-start') return !(oneWord && nextLower);
  const first = sourceOf(strip, start);
  if (!isCapitalised(first) || insideBrackets(cell.unit.text.slice(cell.from, strip.tokens[start]!.start))) return false;
  const midText = key.kind === 'field' && key.midText === true;
  // "Other Black Background:" is one label of the answer's table, not "Background:".
  if (marked && oneWord && position === 'mid' && !midText && strip.tokens[start - 1] && isCapitalised(sourceOf(strip, start - 1))) return false;
  if (marked || bulleted) return true;
  // A job title used as a label ("Head of Service", "Director") is as often the role written
  // after a name ("David Atterbury; Head of Service", "Jane Smith, Director"): after a comma or
  // semicolon it needs its colon to be a label.
  if (key.kind === 'person' && key.roleFromLabel && /[;,]\s*$/.test(cell.unit.text.slice(cell.from, strip.tokens[start]!.start))) return false;
  if (position === 'after-break') return !oneWord || isAllCaps(first) || (midText && !nextLower);
  // Mid-sentence, only a label of several words that matches well, or a distinctive one-word
  // label ("Directorate"): a common one ("Service", "Title") is as likely a word of the answer.
  if (oneWord) return midText && !nextLower && !afterConnector(strip, start);
  return score >= MIN_SCORE_MID && !afterConnector(strip, start);
}

/**
 * An unclosed "(" shortly before a phrase, in the same sentence: the phrase is a bracketed
 * note ("(Head of Legal Services)"), not a label.
 */
function insideBrackets(before: string): boolean {
  const recent = before.slice(-150).split(/[.?:|]\s/).pop()!;
  let depth = 0;
  for (const ch of recent) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** "the Lead Officer will …": a capitalised phrase after an article or preposition is prose. */
function afterConnector(strip: Strip, i: number): boolean {
  const prev = strip.tokens[i - 1];
  if (!prev || prev.unit !== strip.tokens[i]!.unit) return false;
  return /^(the|a|an|our|their|its|this|that|these|of|to|for|by|with|and|or|as|in|on|at|from|your)$/.test(prev.norm);
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/**
 * Where matches overlap, a match that skipped none of the text beats one that had to step over
 * a stray word ("Decision Type | Type of decision"); then the one that covers more of the text
 * ("Date assessment completed" over "Date"); then the better, then the earlier.
 */
function resolveOverlaps(found: KnownMatch[]): KnownMatch[] {
  const extra = (m: KnownMatch): number => Math.max(0, m.end - m.start - m.words);
  const ranked = [...found].sort((a, b) => Number(extra(a) > 0) - Number(extra(b) > 0) || b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start);
  const taken: KnownMatch[] = [];
  for (const m of ranked) if (!taken.some((t) => m.start < t.end && t.start < m.end)) taken.push(m);
  return taken.sort((a, b) => a.start - b.start);
}
