/**
 * Splitting one narrative cell across the proposals it rates (Coventry's impact table: a
 * column of codes "1. UI / 2. PN / …" beside a column of statements). Rules, from
 * corpus/LABELLING.md: numbered statements go to their number; unnumbered statements go to
 * the codes in order (an unnumbered paragraph right after a numbered one continues it); one
 * trailing statement of no or unknown impact goes to every remaining proposal whose code it
 * describes; a proposal with no statement gets none. When an export ran the statements
 * together into fewer paragraphs than codes, sentences are aligned to codes by what they say.
 */
import type { Rating } from '../../model/vocabulary.js';
import { ratingFromCode } from './rating.js';

export interface CodeEntry {
  proposal: number;
  code: string;
  rating: Rating;
}

const CODE = /(?:\b(\d{1,2})\s*[.)]\s*)?\b(PN|NP|NI|UI|UN|P|N)\b/g;

/** "1. UI 2. PN 3. P" → proposals with their codes (unnumbered codes numbered in order). */
export function parseCodes(text: string): CodeEntry[] {
  const out: CodeEntry[] = [];
  for (const c of codeSequence(text)) if (!out.some((o) => o.proposal === c.proposal)) out.push(c);
  return out;
}

/** Every code in order, numbering restarts included (a scrambled grid runs rows together). */
export function codeSequence(text: string): CodeEntry[] {
  const out: CodeEntry[] = [];
  for (const m of text.matchAll(CODE)) {
    const rating = ratingFromCode(m[2]!);
    if (!rating) continue;
    out.push({ proposal: m[1] ? Number(m[1]) : out.length + 1, code: m[2]!, rating });
  }
  return out;
}

/** A statement that only says there is no impact, or that the impact is unknown. */
export function genericRating(text: string): Rating | null {
  const t = text.trim().toLowerCase().replace(/[.\s]+$/, '');
  if (/^(unknown?|not known) impact$|^impact (is )?(not known|unknown)( at this stage)?$|^not known$/.test(t)) return 'unknown';
  if (/^no impact$|^no (known )?impact identified$/.test(t)) return 'neutral';
  return null;
}

export interface Item {
  proposal: number | null;
  text: string;
}

const NUMBERED = /^(\d{1,2})[.)]\s+/;

/** Paragraphs → items, splitting a paragraph where a later statement number is embedded. */
export function itemsOf(paragraphs: string[], max: number): Item[] {
  const items: Item[] = [];
  for (const para of paragraphs) {
    const parts = para.split(/\s(?=\d{1,2}[.)]\s+[\p{Lu}\p{N}£"“'‘])/u);
    for (const part of parts) {
      const m = NUMBERED.exec(part.trim());
      const n = m ? Number(m[1]) : null;
      if (m && n! >= 1 && n! <= max) items.push({ proposal: n, text: part.trim().slice(m[0].length).trim() });
      else if (items.length > 0 && m) items[items.length - 1]!.text += ` ${part.trim()}`;
      else items.push({ proposal: null, text: part.trim() });
    }
  }
  return items.filter((i) => i.text);
}

export function assignStatements(paragraphs: string[], codes: CodeEntry[]): Map<number, string> {
  const max = Math.max(0, ...codes.map((c) => c.proposal));
  const items = detachTrailingGeneric(itemsOf(paragraphs.filter((p) => p.trim()), max), codes);
  // Unnumbered statements before the first numbered one belong to the codes before its number;
  // when an export ran them together into fewer paragraphs than codes, align their sentences.
  const firstNumbered = items.findIndex((i) => i.proposal !== null);
  const lead = firstNumbered === -1 ? items : items.slice(0, firstNumbered);
  const leadCodes = firstNumbered === -1 ? codes : codes.slice(0, Math.max(0, codes.findIndex((c) => c.proposal === items[firstNumbered]!.proposal)));
  if (lead.length > 0 && lead.length < leadCodes.length) {
    const sentences = lead.flatMap((i) => sentencesOf(i.text));
    const aligned = sentences.length > lead.length ? alignSentences(sentences, leadCodes) : new Map<number, string>();
    if (aligned.size > 0) {
      if (firstNumbered === -1) return aligned;
      const rest = assignInOrder(items.slice(firstNumbered), codes);
      return new Map([...aligned, ...rest].sort((a, b) => a[0] - b[0]));
    }
  }
  return assignInOrder(items, codes);
}

/**
 * Sentences, also split after a bare "Unknown Impact" or "No impact" that a cell gave without a
 * full stop ("Unknown Impact Unknown Impact Children in care will …").
 */
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .flatMap((s) => s.split(/(?<=\b(?:[Uu]nknown?|[Nn]o) [Ii]mpact)\s+(?=\p{Lu})/u))
    .filter(Boolean);

/**
 * "5. Through the Staying Close Project … live in. Unknown Impact." beside "5. P 6. P 7. UI":
 * a final sentence of unknown (or no) impact that the last statement's own code does not
 * describe, while a later code does, is that later code's statement run on.
 */
function detachTrailingGeneric(items: Item[], codes: CodeEntry[]): Item[] {
  const last = items[items.length - 1];
  if (!last || last.proposal === null) return items;
  const sentences = sentencesOf(last.text);
  const generic = sentences.length > 1 ? genericRating(sentences[sentences.length - 1]!) : null;
  const own = codes.find((c) => c.proposal === last.proposal);
  const later = codes.slice(codes.indexOf(own!) + 1);
  if (!generic || !own || own.rating === generic || !later.some((c) => c.rating === generic)) return items;
  return [...items.slice(0, -1), { proposal: last.proposal, text: sentences.slice(0, -1).join(' ') }, { proposal: null, text: sentences[sentences.length - 1]! }];
}

function assignInOrder(items: Item[], codes: CodeEntry[]): Map<number, string> {
  const out = new Map<number, string[]>();
  const order = codes.map((c) => c.proposal);
  const put = (p: number, text: string): void => void out.set(p, [...(out.get(p) ?? []), text]);
  let pointer = 0; // index into order of the next proposal to fill
  let lastNumbered: number | null = null;
  items.forEach((item, idx) => {
    if (item.proposal !== null) {
      put(item.proposal, item.text);
      lastNumbered = item.proposal;
      pointer = Math.max(pointer, order.indexOf(item.proposal) + 1);
      return;
    }
    const generic = genericRating(item.text);
    const remaining = codes.slice(pointer);
    if (idx === items.length - 1 && generic && remaining.some((c) => c.rating === generic)) {
      for (const c of remaining) if (c.rating === generic) put(c.proposal, item.text);
      return;
    }
    if (lastNumbered !== null) {
      put(lastNumbered, item.text);
      return;
    }
    const p = order[pointer];
    if (p !== undefined) {
      put(p, item.text);
      pointer++;
    }
  });
  return new Map([...out].map(([p, texts]) => [p, texts.join('\n\n')]));
}

const POSITIVE = /benefit|positive|improv|support|able to|opportunit|continuity|help/i;
const NEGATIVE = /negative|adverse|\blos[es]|\blose\b|reduc|remov|cease|withdraw|disadvantag|harder|less support|need more/i;

/** How well a group of sentences reads as the statement for a code. */
function fit(code: CodeEntry, sentences: string[]): number {
  const text = sentences.join(' ');
  const generic = sentences.length === 1 ? genericRating(text) : null;
  if (code.rating === 'unknown') return generic === 'unknown' ? 3 : -3;
  if (code.rating === 'neutral') return generic === 'neutral' ? 3 : -3;
  if (generic) return -3;
  const pos = POSITIVE.test(text);
  const neg = NEGATIVE.test(text);
  const extra = sentences.length - 1;
  if (code.rating === 'both') return (pos && neg ? 1 : 0) + 0.5 * Math.min(extra, 1);
  if (code.rating === 'negative') return (neg ? 1 : 0) - (pos && !neg ? 1 : 0) - 0.3 * extra;
  return (pos && !neg ? 0.5 : 0) - (neg ? 0.5 : 0) - 0.3 * extra;
}

/**
 * Aligns sentences to codes in order: each code takes a run of one or more sentences; a
 * last generic sentence may be shared by every trailing code it describes.
 */
function alignSentences(sentences: string[], codes: CodeEntry[]): Map<number, string> {
  let best: { score: number; groups: Array<[number, number]>; shared: number } | null = null;
  const lastGeneric = genericRating(sentences[sentences.length - 1]!);
  for (let shared = 0; shared <= codes.length - 1; shared++) {
    // `shared` trailing codes (besides the one that owns it) reuse the final sentence.
    const tail = codes.slice(codes.length - shared);
    if (shared > 0 && (!lastGeneric || tail.some((c) => c.rating !== lastGeneric))) break;
    const head = codes.slice(0, codes.length - shared);
    const r = bestSplit(sentences, head);
    if (r && (!best || r.score > best.score)) best = { ...r, shared };
  }
  const out = new Map<number, string>();
  if (!best) return out;
  best.groups.forEach(([from, to], k) => out.set(codes[k]!.proposal, sentences.slice(from, to).join(' ')));
  const last = sentences[sentences.length - 1]!;
  for (const c of codes.slice(codes.length - best.shared)) out.set(c.proposal, last);
  return out;
}

/** Dynamic programme: split sentences into codes.length consecutive non-empty runs. */
function bestSplit(sentences: string[], codes: CodeEntry[]): { score: number; groups: Array<[number, number]> } | null {
  const n = sentences.length;
  const k = codes.length;
  if (k === 0 || n < k) return null;
  const score: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  score[0]![0] = 0;
  for (let c = 1; c <= k; c++) {
    for (let i = c; i <= n - (k - c); i++) {
      for (let j = c - 1; j < i; j++) {
        const prev = score[c - 1]![j]!;
        if (prev === Number.NEGATIVE_INFINITY) continue;
        const s = prev + fit(codes[c - 1]!, sentences.slice(j, i));
        if (s > score[c]![i]!) {
          score[c]![i] = s;
          from[c]![i] = j;
        }
      }
    }
  }
  if (score[k]![n] === Number.NEGATIVE_INFINITY) return null;
  const groups: Array<[number, number]> = [];
  let i = n;
  for (let c = k; c >= 1; c--) {
    const j = from[c]![i]!;
    groups.unshift([j, i]);
    i = j;
  }
  return { score: score[k]![n]!, groups };
}
