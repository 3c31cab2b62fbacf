/**
 * A form's own key to the codes its grid is rated in ("Key:  +  positive   –  negative
 * 0  neutral / no impact   ?  not known", "Key: G = positive impact  A = no impact / neutral
 * R = negative impact  ? = not known"): read from the form, never assumed, so "A" means
 * neutral only where the form says it does. A cell written only in the key's codes ("+ –",
 * "R / G") rates its row, both when the codes disagree.
 */
import type { Rating } from '../../../model/vocabulary.js';
import type { Strip } from '../strip.js';

export type RatingKey = ReadonlyMap<string, Rating>;

/** "Key:", "Rating key –", "Legend:" opening the key's first cell. */
const KEY_LABEL = /^\s*(?:(?:rating|impact|scoring)\s+)?(?:key|legend)\b\s*[:–—-]?\s*/i;
/** A code: a sign, a digit, a signed score, a question mark or one or two capitals ("+", "–", "0", "-2", "+1", "?", "G", "R"). */
const CODE = /^(?:[+\-–−0?✓✗]|[+\-–−]?\d|\p{Lu}{1,2})$/u;
/** Fewest codes a key defines. */
const MIN_CODES = 3;

/**
 * A key item that names its code in brackets after its meaning: "Positive impact (P),",
 * "• Both positive and negative impacts (PN)".
 */
const BRACKETED = /^\s*(?:[•·▪*-]\s*)?(\p{L}[\p{L}\s/'’-]{2,60}?)\s*\((\p{Lu}{1,3})\)\s*[,.;]?\s*$/u;
/** A cell of nothing but a bullet: a list's marker the export put in a cell of its own. */
const BULLET = /^\s*[•·▪*-]?\s*$/;

/** The document's rating key, or null when it prints none. */
export function findRatingKey(strip: Strip): RatingKey | null {
  return labelledKey(strip) ?? bracketedKey(strip);
}

/**
 * A run of key items with bracketed codes, in consecutive cells (bullets between): such a
 * list is a key without a "Key:" label, as it defines its codes. The run ends at the first
 * other cell.
 */
function bracketedKey(strip: Strip): RatingKey | null {
  let key = new Map<string, Rating>();
  for (const cell of strip.cells) {
    if (BULLET.test(cell.text) && key.size > 0) continue;
    const items = cell.text.split(/\n+/).filter((l) => !BULLET.test(l));
    const parsed = items.map((l) => BRACKETED.exec(l)).map((m) => (m ? ([m[2]!, ratingOf(m[1]!)] as const) : null));
    if (items.length > 0 && parsed.every((p) => p !== null && p[1] !== null)) {
      for (const p of parsed) key.set(p![0], p![1]!);
      continue;
    }
    if (key.size >= MIN_CODES) return key;
    key = new Map();
  }
  return key.size >= MIN_CODES ? key : null;
}

function labelledKey(strip: Strip): RatingKey | null {
  for (const cell of strip.cells) {
    if (!KEY_LABEL.test(cell.text) || cell.tokenCount > 40) continue;
    // The key's cells: this one, and the others on its row or line (a layout or '|' table keeps them apart).
    const parts = [cell.text.replace(KEY_LABEL, ''), ...strip.rightOf(cell).map((c) => c.text)]
      .flatMap((t) => t.split(/\t|\s{3,}/))
      .map((t) => t.trim())
      .filter(Boolean);
    const key = parseKey(parts);
    if (key.size >= MIN_CODES) return key;
  }
  return null;
}

function parseKey(parts: string[]): Map<string, Rating> {
  const key = new Map<string, Rating>();
  for (let i = 0; i < parts.length; i++) {
    // "G = positive", "R: negative", or a code and its meaning two spaces apart ("-2  significant negative").
    const paired = /^(\S{1,2})\s*[=:]\s*(.+)$/u.exec(parts[i]!) ?? /^(\S{1,2})\s{2,}(\S.*)$/u.exec(parts[i]!);
    const code = paired ? paired[1]! : parts[i]!;
    const meaning = paired ? paired[2]! : parts[i + 1];
    if (!CODE.test(normal(code)) || meaning === undefined || !/\p{Ll}/u.test(meaning)) continue;
    const rating = ratingOf(meaning);
    if (!rating) continue;
    key.set(normal(code), rating);
    if (!paired) i++;
  }
  return key;
}

/** The rating a key's words give; the first phrase decides ("no impact / neutral", "not known yet – add an action"). */
function ratingOf(meaning: string): Rating | null {
  const m = meaning.toLowerCase();
  if (/\bboth\b|positive and negative|negative and positive|\bmixed\b/.test(m)) return 'both';
  if (/\bnot known|\bunknown|\bdon'?t know|\bunclear/.test(m)) return 'unknown';
  if (/\bno (?:impact|effect|change|difference)|\bneutral|\bnone\b|\bnil\b/.test(m)) return 'neutral';
  if (/\bnegative|\badverse|\bdetriment/.test(m)) return 'negative';
  if (/\bpositive|\bbenefi/.test(m)) return 'positive';
  return null;
}

/** Every dash a form may print for "negative" is one code. */
function normal(code: string): string {
  return code.replace(/[-–−]/g, '–');
}

/** The rating a cell written only in the key's codes gives ("+ –" → both), or null. */
export function keyedRating(text: string, key: RatingKey | null): Rating | null {
  if (!key) return null;
  const codes = text.trim().split(/\s*[/,&]\s*|\s+(?:and\s+)?/).filter(Boolean).map(normal);
  if (codes.length === 0 || codes.length > 3 || !codes.every((c) => key.has(c))) return null;
  const ratings = new Set(codes.map((c) => key.get(c)!));
  if (ratings.has('positive') && ratings.has('negative')) return 'both';
  return ratings.size === 1 ? [...ratings][0]! : null;
}
