/**
 * Anchors: where the form's labels are in a document. Each anchor spec is one label of the
 * form (with alternative wordings); every place a spec matches well enough becomes an
 * anchor. Labels are looked for where a unit starts (after a question number or bullet);
 * `inline` labels may also sit mid-paragraph when a colon follows ("… Service Area: X").
 * Where two specs claim the same words, the better and longer match wins.
 */
import { compileLabel, matchLabelAt, type LabelMatch, type LabelPattern } from './matchLabel.js';
import type { DocumentView, Unit } from './documentView.js';
import { sameWord } from '../text/fuzzyWords.js';

export interface AnchorSpec {
  key: string;
  labels: string[];
  /** May appear mid-paragraph, followed by a colon. */
  inline?: boolean;
  /** Must be the whole of its unit (short generic labels such as "Name" or "Date"). */
  whole?: boolean;
  /** Weighted share of the label's words that must be found (default 0.8). */
  minScore?: number;
}

export interface Anchor extends LabelMatch {
  key: string;
  /** Which of the spec's labels matched. */
  label: string;
  /** The question number printed before the label ("3.12"), if any. */
  ref: string | null;
  unit: number;
  /**
   * Where the label's source line ends (char offset in its unit's text), for a label at the
   * start of a line of a reading-order export: the answer begins on the next line.
   */
  lineEnd?: number;
}

const DEFAULT_MIN_SCORE = 0.8;
/** Sticky, tried at a line's offset in its unit's text: the same as anchoring it at the start of the rest, without copying the rest once per line. */
const REF_PREFIX = /\s*(?:[-•*]\s*)?(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/y;

interface Compiled {
  spec: AnchorSpec;
  patterns: LabelPattern[];
}

/** Compiles specs once; the result can be used on many documents. */
export function compileAnchors(specs: AnchorSpec[]): Compiled[] {
  return specs.map((spec) => ({ spec, patterns: spec.labels.map(compileLabel) }));
}

/**
 * The specs one of whose labels can start at a token with this text: its first word is the
 * same word (fuzzy equality, sameWord) or begins with it (a word split across two tokens,
 * see matchLabel's wordAt). Memoised per compiled set and token text, across documents (a
 * worker reads many), so most positions cost one map lookup and no label is tried where its
 * first word is not. Bounded: cleared when it grows past MAX_STARTS texts.
 */
const startsByText = new WeakMap<Compiled[], Map<string, Compiled[]>>();
const MAX_STARTS = 50_000;
const NONE: Compiled[] = [];

function startIndex(compiled: Compiled[]): Map<string, Compiled[]> {
  let index = startsByText.get(compiled);
  if (!index) startsByText.set(compiled, (index = new Map()));
  return index;
}

/** `index`: startIndex(compiled), looked up once per document rather than once per token. */
function specsStartingWith(compiled: Compiled[], norm: string | undefined, index = startIndex(compiled)): Compiled[] {
  if (norm === undefined) return NONE;
  let out = index.get(norm);
  if (!out) {
    out = compiled.filter((c) =>
      c.patterns.some((p) => {
        const w = p.words[0];
        return w !== undefined && (sameWord(norm, w) || (w.length >= 5 && norm.length < w.length && w.startsWith(norm)));
      }),
    );
    if (index.size > MAX_STARTS) index.clear();
    index.set(norm, out);
  }
  return out;
}

/** Labels found per document and template: detection and extraction ask for the same ones. */
const found = new WeakMap<DocumentView, Map<Compiled[], Anchor[]>>();

export function findAnchors(view: DocumentView, compiled: Compiled[]): Anchor[] {
  const perView = found.get(view) ?? new Map<Compiled[], Anchor[]>();
  found.set(view, perView);
  const cached = perView.get(compiled);
  if (cached) return cached;
  const candidates: Anchor[] = [];
  const index = startIndex(compiled);
  for (const unit of view.units) {
    if (unit.tokens.length === 0) continue;
    const { ref, skip } = refOf(unit);
    const startPos = unit.firstToken + skip;
    for (const c of specsStartingWith(compiled, view.tokens[startPos]?.norm, index)) tryAt(view, c, startPos, unit, ref, candidates, 'unit');
    for (const [lineToken, char] of unit.lineStarts) {
      const line = refAt(unit, char);
      const pos = lineToken + line.skip;
      for (const c of specsStartingWith(compiled, view.tokens[pos]?.norm, index)) tryAt(view, c, pos, unit, line.ref, candidates, 'line', lineToken);
    }
    if (view.runTogether) chainedLabels(view, compiled, unit, candidates);
    // Mid-paragraph labels need a colon or question mark after them, or a question number
    // before them (tryAt checks which): a unit with none of these holds no such label.
    if (!/[:?]|\d\.\d/.test(unit.text)) continue;
    for (let k = skip + 1; k < unit.tokens.length; k++) {
      const pos = unit.firstToken + k;
      for (const c of specsStartingWith(compiled, view.tokens[pos]!.norm, index)) {
        // A label of two or more words followed by a colon is a label wherever it sits
        // (exports run "Name of policy: X Assessment team leader name: Y" into one paragraph).
        if (c.spec.inline || (!c.spec.whole && c.patterns.some((p) => p.words.length >= 2))) tryAt(view, c, pos, unit, null, candidates, 'inline');
      }
    }
  }
  const anchors = dropRepeatedInRow(view, resolveOverlaps(candidates));
  perView.set(compiled, anchors);
  return anchors;
}

/**
 * Where lines run cells together, a label cell and the label beside it share a line
 * ("EIA Author Name Sonia Watson"): a label right after a whole-cell label found at the
 * start of a unit or line is a label too (at most two more on one line).
 */
function chainedLabels(view: DocumentView, compiled: Compiled[], unit: Unit, candidates: Anchor[]): void {
  const unitEnd = unit.firstToken + unit.tokens.length;
  const wholeKeys = new Set(compiled.filter((c) => c.spec.whole).map((c) => c.spec.key));
  let frontier = candidates.filter((a) => a.unit === unit.index && wholeKeys.has(a.key));
  for (let depth = 0; depth < 2 && frontier.length > 0; depth++) {
    const found: Anchor[] = [];
    for (const prev of frontier) {
      if (prev.end >= unitEnd) continue;
      const next: Anchor[] = [];
      for (const c of specsStartingWith(compiled, view.tokens[prev.end]?.norm)) tryAt(view, c, prev.end, unit, null, next, 'line', prev.end);
      // An answer that repeats its label ("Service Change Service Change": the option chosen) is no label.
      found.push(...next.filter((a) => a.key !== prev.key));
    }
    candidates.push(...found);
    frontier = found.filter((a) => wholeKeys.has(a.key));
  }
}

/**
 * An answer that repeats its label ("Service Change | Service Change": the option chosen)
 * is an answer, not a second label.
 */
function dropRepeatedInRow(view: DocumentView, anchors: Anchor[]): Anchor[] {
  return anchors.filter((a) => {
    const cell = view.units[a.unit]?.cell;
    if (!cell) return true;
    return !anchors.some((b) => {
      const other = view.units[b.unit]?.cell;
      return b !== a && b.key === a.key && other && other.table === cell.table && other.row === cell.row && other.col < cell.col;
    });
  });
}

/**
 * Tries one spec at one position: the start of a unit, the start of a source line inside one
 * (`lineStart`: that line's first token), or mid-paragraph (`inline`).
 */
function tryAt(view: DocumentView, c: Compiled, pos: number, unit: Unit, ref: string | null, out: Anchor[], at: 'unit' | 'line' | 'inline', lineStart = pos): void {
  const inline = at === 'inline';
  const min = c.spec.minScore ?? DEFAULT_MIN_SCORE;
  let best: (LabelMatch & { label: string }) | null = null;
  for (const p of c.patterns) {
    const m = matchLabelAt(view.tokens, pos, p);
    if (m && m.score >= min && (!best || m.score > best.score || (m.score === best.score && m.end > best.end))) best = { ...m, label: p.text };
  }
  if (!best) return;
  const lastUnit = view.units[view.tokens[best.end - 1]!.unit]!;
  const labelEnd = view.tokens[best.end - 1]!.end;
  // In a unit made of source lines, a label is whole when it fills its line.
  // Not so where lines run a label and its answer together (`runTogether`): the answer follows on its line.
  const lineEnd = !inline && !view.runTogether && lastUnit === unit && unit.lineStarts.length > 0 ? nextLineStart(unit, labelEnd) : undefined;
  const after = lastUnit.text.slice(labelEnd, lineEnd);
  if (c.spec.whole && !(view.runTogether && !inline) && (lastUnit !== unit || !/^[\s:.?*]*$/.test(after))) return;
  // Mid-paragraph, a label needs a colon or question mark after it, or a question number
  // before it ("… for information. 3.0 Will there be …"): the words alone could be prose.
  const before = unit.text.slice(0, view.tokens[pos]!.start);
  if (inline && !/^\s*[:?]/.test(after) && !/(^|\s)\d{1,2}\.\d{1,2}\.?\s*$/.test(before)) return;
  // An anchor at the start of its unit (or line) owns the question number too, so the number
  // is never read as the tail of the answer before it.
  const start = at === 'inline' ? best.start : at === 'line' ? lineStart : unit.firstToken;
  out.push({ ...best, start, key: c.spec.key, ref, unit: unit.index, ...(lineEnd !== undefined ? { lineEnd } : {}) });
}

/** The char offset where the source line holding `char` ends (the next line's start). */
function nextLineStart(unit: Unit, char: number): number {
  for (const [, lineChar] of unit.lineStarts) if (lineChar >= char) return lineChar;
  return unit.text.length;
}

/** The question number at the start of a unit and how many tokens it takes. */
export function refOf(unit: Unit): { ref: string | null; skip: number } {
  return refAt(unit, 0);
}

/** The question number at char offset `from` of a unit's text (a line start) and how many tokens it takes. */
function refAt(unit: Unit, from: number): { ref: string | null; skip: number } {
  REF_PREFIX.lastIndex = from;
  const m = REF_PREFIX.exec(unit.text);
  if (!m) return { ref: null, skip: 0 };
  const end = from + m[0].length;
  return { ref: m[1]!, skip: unit.tokens.filter((t) => t.start >= from && t.end <= end).length };
}

function resolveOverlaps(candidates: Anchor[]): Anchor[] {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Anchor[] = [];
  for (const a of ranked) {
    if (taken.some((t) => a.start < t.end && t.start < a.end)) continue;
    taken.push(a);
  }
  return taken.sort((a, b) => a.start - b.start);
}
