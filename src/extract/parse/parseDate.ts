/**
 * Dates as UK forms write them → `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when that is all the
 * text gives. Numeric dates are day/month ("9/11/10" is 9 November 2010). Where several
 * dates are written ("25 November 2024 updated 5 February 2025"), the first one counts.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const PATTERNS: Array<{ re: RegExp; build: (m: RegExpExecArray) => string | null }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, build: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  { re: new RegExp(`\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'), build: (m) => ymd(+m[3]!, month(m[2]!), +m[1]!) },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), build: (m) => ymd(+m[3]!, month(m[1]!), +m[2]!) },
  { re: /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})\b/, build: (m) => ymd(year(m[3]!), +m[2]!, +m[1]!) },
  { re: new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'), build: (m) => ym(+m[2]!, month(m[1]!)) },
  // "09/2025", but not the tail of an invalid full date ("31/02/2024").
  { re: /(?<![\d/.-])(\d{1,2})[/.-](\d{4})\b/, build: (m) => ym(+m[2]!, +m[1]!) },
];

export interface FoundDate {
  value: string;
  /** [start, end) of the date in the text. */
  start: number;
  end: number;
}

/** The first date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, build } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const value = build(m);
    if (value && (!best || m.index < best.start)) best = { value, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const found = findDate(text);
  if (found) return found.value;
  // A bare year, only when the text is hardly more than a year.
  const y = /^\D{0,12}\b((?:19|20)\d{2})\b\D{0,3}$/.exec(text.trim());
  return y ? y[1]! : null;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Two-digit years: 00–69 are 2000s, 70–99 the 1900s. */
function year(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1950 || y > 2100 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

function ymd(y: number, m: number, d: number): string | null {
  if (!valid(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function ym(y: number, m: number): string | null {
  return valid(y, m) ? `${y}-${pad(m)}` : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
