/**
 * The organisation finder. A record names its issuing body only when the document names it
 * in full ("Leicestershire County Council", "London Borough of Tower Hamlets", "Cheshire
 * Constabulary"); "the Council", "KCC" or "L.B. Redbridge" are not enough
 * (corpus/LABELLING.md, other organisations' forms). Candidates are a body kind ("County
 * Council", "Constabulary"; "London Borough of") with the proper name that goes with it.
 * Where a body is named says how likely it is the issuer: in the form's heading, most likely;
 * in the body text, less so, and less again when several bodies are named there.
 */
import type { RecordBuilder } from '../record/recordBuilder.js';
import type { Strip } from './strip.js';
import type { GenericVocabulary } from './genericVocabulary.js';

export interface Body {
  name: string;
  /** [from, to) in the searched text. */
  from: number;
  to: number;
}

/** The form's heading: its first characters (title lines, a mirror site's header). */
const OPENING_CHARS = 400;
/** A word of a place's name: capitalised, not an acronym ("ICB", "CIC" name no body here). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’-])[\p{L}'’-]*$/u;
const JOINERS = new Set(['and', '&', 'upon', 'on', 'in', 'with']);
const COMPASS = /^(North|South|East|West|Central|Mid|Greater|Upper|Lower)$/;
const KEEP_CAPS = new Set(['NHS', 'UK', 'NI']);
/**
 * Trusts, boards and housing groups carry longer names, made of words that begin no
 * council's name ("Wealdmoor Community Health NHS Trust", "Brackenside Homes Group"): up to
 * four words, stopped only by an article.
 */
const LONG_NAMES = /Trust|Board|Group|Association|Executive/;
const ARTICLES = new Set(['the', 'this', 'that', 'these', 'our', 'your', 'their', 'a', 'an', 'each', 'every', 'any', 'all']);

export class BodyFinder {
  private readonly suffix: RegExp;
  private readonly prefix: RegExp;
  private readonly prefixBefore: RegExp;
  private readonly notNames: Set<string>;

  constructor(vocabulary: GenericVocabulary) {
    const alt = (xs: string[]): string => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
    this.suffix = new RegExp(`\\b(?:${alt(vocabulary.bodySuffixes) || '(?!)'})\\b`, 'g');
    this.prefix = new RegExp(`\\b(?:${alt(vocabulary.bodyPrefixes) || '(?!)'})\\s+`, 'g');
    this.prefixBefore = new RegExp(`\\b(?:${alt(vocabulary.bodyPrefixes) || '(?!)'})\\s+$`);
    this.notNames = new Set(vocabulary.notBodyNames.map((w) => w.toLowerCase()));
  }

  /** Bodies named in a text, in order. ALL-CAPS headings are read in title case. */
  find(raw: string): Body[] {
    const text = titleCaseShouting(raw);
    const out: Body[] = [];
    for (const m of text.matchAll(this.suffix)) {
      const words = this.nameBefore(text, m.index, LONG_NAMES.test(m[0]));
      if (words !== null) out.push({ name: normalise(`${text.slice(words, m.index)}${m[0]}`), from: words, to: m.index + m[0].length });
    }
    for (const m of text.matchAll(this.prefix)) {
      const end = this.nameAfter(text, m.index + m[0].length);
      if (end === null || out.some((b) => b.from <= m.index && m.index < b.to)) continue;
      const tail = /^\s+Council\b/.exec(text.slice(end));
      const to = end + (tail?.[0].length ?? 0);
      out.push({ name: normalise(text.slice(m.index, to)), from: m.index, to });
    }
    return dropNested(out).sort((a, b) => a.from - b.from);
  }

  /** Whether a text is (almost) only a body's name. */
  isBody(text: string): boolean {
    const t = text.trim();
    return this.find(t).some((b) => b.to - b.from >= 0.8 * t.length);
  }

  /**
   * Start of the proper name before a body kind ("Causeway Coast and Glens" before "Borough
   * Council"), or null. Names are one or two words each side of "and"/"&" ("North East" takes
   * three): a longer run of capitals is names and headings running into it ("… Lesley Holland
   * Barnet Council"), of which only the last word is the body's.
   */
  private nameBefore(text: string, at: number, long = false): number | null {
    const words = [...text.slice(Math.max(0, at - 80), at).matchAll(/[\p{L}'’&-]+/gu)].map((m) => ({ w: m[0], at: Math.max(0, at - 80) + m.index }));
    let start: number | null = null;
    let lastOnly: number | null = null;
    let run = 0;
    for (let i = words.length - 1; i >= 0; i--) {
      const { w, at: pos } = words[i]!;
      const gap = text.slice(pos + w.length, i + 1 < words.length ? words[i + 1]!.at : at);
      if (/[^\s]/.test(gap.replace(/['’]/g, ''))) break;
      if (JOINERS.has(w.toLowerCase()) && start !== null && run > 0) {
        run = 0;
        continue;
      }
      if (!NAME_WORD.test(w) || (this.notNames.has(w.toLowerCase()) && !(long && run > 0 && !ARTICLES.has(w.toLowerCase())))) break;
      const limit = long ? 4 : COMPASS.test(w) || (i > 0 && COMPASS.test(words[i - 1]!.w)) ? 3 : 2;
      if (run >= limit) {
        // The capitals run on: which of them name the body is unclear, so only the last does.
        if (NAME_WORD.test(w) && !this.notNames.has(w.toLowerCase()) && lastOnly !== null) start = lastOnly;
        break;
      }
      if (run === 0) lastOnly = pos;
      start = pos;
      run++;
    }
    if (start === null) return null;
    // "City of Edinburgh Council", "Metropolitan Borough of Wirral Council": a kind before the name is part of it.
    const before = text.slice(0, start);
    const kind = this.prefixBefore.exec(before);
    return kind ? kind.index : start;
  }

  /** End of the proper name after a body kind that precedes it ("London Borough of" + "Tower Hamlets"). */
  private nameAfter(text: string, from: number): number | null {
    let end: number | null = null;
    const re = /([\p{L}'’&-]+)(\s+|$)/uy;
    re.lastIndex = from;
    for (let m = re.exec(text), n = 0; m && n < 5; m = re.exec(text), n++) {
      const w = m[1]!;
      if (JOINERS.has(w.toLowerCase()) && end !== null) continue;
      if (!NAME_WORD.test(w) || this.notNames.has(w.toLowerCase())) break;
      end = m.index + w.length;
    }
    return end;
  }
}

/**
 * Sets `organisation` from the body named most prominently: in the opening cells, else in
 * the rest of the text (the most often named there). Nothing when no body is named in full.
 */
export function extractOrganisation(strip: Strip, finder: BodyFinder, out: RecordBuilder): void {
  if (out.eia.organisation) return;
  const named: Array<{ body: Body; cell: number; opening: boolean }> = [];
  let chars = 0;
  for (const cell of strip.cells) {
    for (const body of finder.find(cell.text)) named.push({ body, cell: cell.index, opening: chars + body.from < OPENING_CHARS });
    chars += cell.text.length + 1;
  }
  // "Specific Council examples include …": a lone word before a bare "Council" is a name only
  // if the document uses it as one elsewhere too ("Barnet Council" … "Barnet Homes").
  const all = strip.cells.map((c) => c.text).join(' ');
  const found = named.filter((f) => {
    const lone = /^(\S+) (?:Council|University)$/.exec(f.body.name);
    return !lone || f.opening || all.split(lone[1]!).length > 2;
  });
  if (found.length === 0) return;
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.body.name.toLowerCase(), (counts.get(f.body.name.toLowerCase()) ?? 0) + 1);
  const count = (f: (typeof found)[number]): number => counts.get(f.body.name.toLowerCase()) ?? 0;
  const opening = found.find((f) => f.opening);
  const best = opening ?? [...found].sort((a, b) => count(b) - count(a))[0]!;
  // Named in the heading: the issuer. Named only in the text: probably, less so when other bodies are named too.
  const quality = opening ? 0.9 : counts.size === 1 ? 0.7 : 0.45;
  const cell = strip.cells[best.cell]!;
  out.setField('organisation', best.body.name, {
    pieces: [strip.piece(cell, cell.from + best.body.from, cell.from + best.body.to)],
    signals: { field: 'organisation', method: opening ? 'generic-heading' : 'generic-text', quality },
  });
}

/** "NORFOLK CONSTABULARY" → "Norfolk Constabulary" (same length, so offsets still hold). */
function titleCaseShouting(text: string): string {
  return text.replace(/\b\p{Lu}{2,}\b/gu, (w) => (KEEP_CAPS.has(w) || w.length <= 3 ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}

function normalise(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^(?:the)\s+/i, '').trim();
}

function dropNested(bodies: Body[]): Body[] {
  return bodies.filter((b) => !bodies.some((o) => o !== b && o.from <= b.from && b.to <= o.to && o.to - o.from > b.to - b.from));
}
