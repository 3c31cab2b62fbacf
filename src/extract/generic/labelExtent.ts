/**
 * Where a printed label begins, when only its end is certain: the colon or question mark
 * after it. In a flattened form the answer before it runs straight into it ("Revised policy
 * Department and Section: …", "HR Services New or previously approved policy?"), so the
 * start is read from the words themselves:
 *   - a question begins at its interrogative ("Is", "What", "Who" …);
 *   - otherwise a label is written in sentence case ("Names and roles of people completing
 *     this assessment") or in title case joined by "and", "of", "&", "/" ("Department and
 *     Section", "Date of Completion"): it begins at the capitalised word that starts that run.
 * Two capitalised words side by side ("Project Manager Assessment:") are more often the end
 * of an answer and a one-word label than a label of three words, so the run stops there;
 * the vocabulary's known labels ("Reference Number") settle the rest.
 */
import { sourceOf, type Strip } from './strip.js';

const INTERROGATIVE = /^(is|are|does|do|did|will|would|could|can|should|has|have|had|what|who|whom|whose|how|which|when|where|why)$/;
const CONNECTOR = /^(and|of|or|for|in|to|on|the|by)$/;
/** Longest label found by its words alone; longer runs are prose. */
const MAX_COLON_LABEL = 14;
const MAX_QUESTION = 45;

/** The text between two neighbouring tokens of a cell. */
export function gapBefore(strip: Strip, i: number): string {
  const t = strip.tokens[i]!;
  const prev = strip.tokens[i - 1];
  const cell = strip.cells[t.unit]!;
  const from = prev && prev.unit === t.unit ? prev.end : cell.from;
  return cell.unit.text.slice(from, t.start);
}

/** A gap that ends a phrase: a sentence end, a colon, a question mark, a bullet. */
export function isHardStop(gap: string): boolean {
  return /[?!:;|•·]/.test(gap) || /\.(\s|$)/.test(gap);
}

/** A word that continues a sentence-case label: lower case, a number, an acronym ("EIA"). */
function continues(word: string): boolean {
  return /^[\p{Ll}\p{N}]/u.test(word) || isAcronym(word);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !isAcronym(word);
}

/**
 * The first token of the label that ends before token `end` (exclusive), not before `floor`;
 * null when the words before the mark do not read as a label.
 */
export function labelStart(strip: Strip, floor: number, end: number, question: boolean): number | null {
  const limit = question ? MAX_QUESTION : MAX_COLON_LABEL;
  let lowest = end;
  // The phrase can only begin after the last hard stop.
  while (lowest - 1 >= floor && end - (lowest - 1) <= limit && !(lowest < end && isHardStop(gapBefore(strip, lowest)))) lowest--;
  if (lowest === end) return null;
  if (question) {
    for (let j = end - 1; j >= lowest; j--) {
      if (INTERROGATIVE.test(strip.tokens[j]!.norm) && capitalised(sourceOf(strip, j))) return j;
    }
  }
  let depth = 0;
  for (let j = end - 1; j >= lowest; j--) {
    const word = sourceOf(strip, j);
    const gapAfter = j + 1 < end ? gapBefore(strip, j + 1) : '';
    if (gapAfter.includes(')')) depth++;
    const inParens = depth > 0;
    if (gapBefore(strip, j).includes('(')) depth = Math.max(0, depth - 1);
    if (inParens || continues(word)) continue;
    if (!capitalised(word)) continue;
    return extendTitleCase(strip, lowest, j);
  }
  // No capital: the label is the whole phrase after the stop, if that is short.
  return end - lowest <= 8 ? lowest : null;
}

/** "Department and Section", "Date of Completion", "Team/Department": title-case words joined by a connector. */
function extendTitleCase(strip: Strip, lowest: number, start: number): number {
  let s = start;
  for (;;) {
    const gap = gapBefore(strip, s);
    if (s - 1 >= lowest && /^\s*[&/]\s*$/.test(gap) && capitalised(sourceOf(strip, s - 1))) {
      s -= 1;
      continue;
    }
    if (s - 2 >= lowest && CONNECTOR.test(strip.tokens[s - 1]!.norm) && /^\s+$/.test(gap) && capitalised(sourceOf(strip, s - 2))) {
      s -= 2;
      continue;
    }
    return s;
  }
}

/**
 * Guidance printed after a label, up to where the answer begins: "(intended aims and
 * outcomes)", "If so, please explain.", "Identify facilitator, … (e.g. NHS, Council)".
 * Returns the character offset where the answer may begin.
 */
export function skipGuidance(text: string, from: number, guidanceStarts: readonly RegExp[]): number {
  let at = from;
  for (let round = 0; round < 4; round++) {
    const rest = text.slice(at);
    const lead = /^[\s:–—-]*/.exec(rest)![0].length;
    const body = rest.slice(lead);
    const paren = /^\([^()]{0,200}\)|^\[[^[\]]{0,300}\]/.exec(body);
    if (paren) {
      at += lead + paren[0].length;
      continue;
    }
    if (!guidanceStarts.some((re) => re.test(body))) return at;
    const end = guidanceEnd(body);
    if (end === null) return at;
    at += lead + end;
  }
  return at;
}

/** A guidance sentence ends at a full stop (not "e.g."), a question mark, or a closing bracket before a capital. */
function guidanceEnd(body: string): number | null {
  let depth = 0;
  for (let i = 0; i < Math.min(body.length, 300); i++) {
    const ch = body[i]!;
    const next = body.slice(i + 1, i + 3);
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && /^\s\p{Lu}/u.test(next)) return i + 1;
    } else if (depth === 0 && (ch === '.' || ch === '?') && (next === '' || /^\s/.test(next))) {
      if (ch === '.' && /\b(?:e\.g|i\.e|etc|eg|ie|no|cf)$/i.test(body.slice(0, i))) continue;
      return i + 1;
    }
  }
  return null;
}
