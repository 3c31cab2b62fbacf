/**
 * Row headings → characteristics. Forms word the protected characteristics in many ways
 * ("Gender identity/transgender", "Religion/belief", "Race (Including: colour, …)",
 * "Socio-economically disadvantaged*"); the more specific patterns are tried first so that
 * "Sexual orientation" is not read as "Sex" nor "Gender reassignment" as "Sex".
 */
import type { Characteristic } from '../../model/vocabulary.js';

const PATTERNS: Array<[Characteristic, RegExp]> = [
  ['all', /\ball (?:the )?(?:groups|protected characteristics|equalit)|\bissues relating to all\b|\ball characteristics\b/i],
  ['gender-reassignment', /gender[\s-]*(?:re-?assignment|identity)|transgender|\btrans\b/i],
  ['sexual-orientation', /sexual[\s-]*orientation|\blgb|\blesbian|\bgay\b|\bbisexual/i],
  ['marriage-civil-partnership', /marriage|civil[\s-]*partnership|marital[\s-]*status/i],
  ['pregnancy-maternity', /pregnan|maternity/i],
  ['care-experienced', /care[\s-]*experience|care leavers?|looked[\s-]*after/i],
  // Section 75's "Dependants" (persons with and without dependants) → carers (LABELLING.md).
  ['carers', /\bcarer|\bdependants?\b|\bdependents\b/i],
  ['armed-forces', /armed[\s-]*forces|veteran/i],
  ['socio-economic', /socio[\s-]*-?economic|depriv(?:ation|ed)|low[\s-]*incomes?|poverty|disadvantaged|pupil premium|free school meals/i],
  ['health-inequalities', /health[^.]{0,20}inequalit|digital[^.]{0,10}inequalit|inequalities in health/i],
  ['rural', /\brural/i],
  ['disability', /disab/i],
  ['religion-belief', /religio|belief|faith/i],
  ['race', /\brace\b|racial|ethnic|nationality|\bb(?:a)?me\b/i],
  ['age', /\bage(?:s|d)?\b|\bage\d|older people|younger people/i],
  // Grids that list the people rather than the characteristic: "Women", "Men", "Males".
  ['sex', /\bsex\b|\bgender\b|women and men|men and women|^\s*(?:wo)?men\b|^\s*(?:fe)?males?\b/i],
  // Section 75's political opinion, and human rights, have no category of their own (LABELLING.md).
  // Inclusion-health groups have no category of their own either (LABELLING.md, round 2).
  ['other', /political[\s-]*opinion|human[\s-]*rights|homeless/i],
];

/** The dash or colon between a heading's group name and what follows it ("Age – Impact: …", "Sex: identify …"). */
export const HEADING_SEPARATOR = /\s[–—-]\s+|:\s+/;
const HEAD_END = new RegExp(`${HEADING_SEPARATOR.source}|\\s*\\*|\\s—|\\sidentify\\b`);

/** The part of a row heading that names the group: before a dash, colon or asterisk note. */
export function headOf(label: string): string {
  const cleaned = label.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?)\s+/, '').replace(/\[\d+\]/g, '');
  const head = cleaned.split(HEAD_END)[0] ?? cleaned;
  return head.replace(/\s+/g, ' ').trim();
}

/** The characteristic a row heading is about, or null if it names none. */
export function characteristicOf(label: string): Characteristic | null {
  const head = headOf(label);
  for (const text of [head, label]) {
    for (const [c, re] of PATTERNS) if (re.test(text)) return c;
  }
  return null;
}

/** An age band or similar split written in the heading ("Age 0-18" → "0-18", "Age 65+" → "65+"). */
export function subgroupOf(label: string): string | null {
  const range = /(\d{1,3})\s*[-–]\s*(\d{1,3})/.exec(label);
  if (range) return `${range[1]}-${range[2]}`;
  const open = /(\d{1,3})\s*\+/.exec(label);
  if (open) return `${open[1]}+`;
  const under = /\b(under|over)\s+(\d{1,3})\b/i.exec(label);
  return under ? `${under[1]!.toLowerCase()} ${under[2]}` : null;
}

/**
 * The characteristics a row heading names together ("Sex and gender reassignment", "Religion
 * or belief / Sexual orientation", "Age, disability"), in order; one, or none, when it names
 * one ("Marriage and civil partnership" is one name, "Pregnancy and maternity" too).
 */
export function characteristicsOf(label: string): Characteristic[] {
  const head = headOf(label).replace(/\([^)]*\)/g, ' ');
  const parts = head.split(/\s*(?:\/|,|&|\band\b)\s*/i).map((p) => p.trim()).filter(Boolean);
  const named = parts.map((p) => characteristicOf(p));
  if (parts.length < 2 || named.some((c) => c === null || c === 'all' || c === 'other')) {
    const one = characteristicOf(label);
    return one ? [one] : [];
  }
  return [...new Set(named as Characteristic[])];
}
