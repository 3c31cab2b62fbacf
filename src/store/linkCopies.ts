/**
 * One EIA, many files: records holding the same assessment (the same form as PDF, Word,
 * text, a scan, a re-upload) get one `eiaId`; re-issues of an assessment (draft → final, a
 * later review of the same policy) share a `seriesId` but stay separate EIAs, numbered as
 * versions. Decided by content only — normalised title, organisation, assessment date and
 * the MinHash similarity of the answers — never by file name. Pure: records in, links out.
 */
import { createHash } from 'node:crypto';
import type { EiaRecord } from '../model/record.js';
import { bands, minHash, shingles, similarity, words } from './minHash.js';

export interface LinkInput {
  record: EiaRecord;
  /** When the record was extracted (ISO): "newest" breaks ties between equally good copies. */
  createdAt: string;
}

export interface CopyLink {
  sha256: string;
  indexInFile: number;
  eiaId: string;
  seriesId: string;
  /** 1 = the earliest assessment of the series. */
  version: number;
  /** The record exports show for this EIA. */
  canonical: boolean;
}

/** Answers this similar (estimated Jaccard of word 3-shingles) are one form's content. */
export const COPY_SIMILARITY = 0.45;
/** Titles this similar (word Jaccard, boilerplate removed) name the same policy. */
export const TITLE_SIMILARITY = 0.75;
/** With no usable title, answers this similar still make a copy (a scan whose title OCR lost). */
const UNTITLED_COPY_SIMILARITY = 0.7;

const BOILERPLATE = new Set(['equality', 'impact', 'assessment', 'analysis', 'eia', 'eqia', 'eqa', 'form', 'the', 'of', 'and', 'for', 'a', 'an', 'to']);

/**
 * What linking needs of one record, apart from where it is: a few hundred bytes, so a whole
 * store's worth fits in memory where its records would not, and small enough to keep beside
 * each stored record (copyLinks.ts) so a relink need not parse every record again.
 */
export interface RecordFeatures {
  reviewed: boolean;
  /** Title words, boilerplate removed. */
  title: string[];
  organisation: string | null;
  date: string | null;
  /** MinHash signature of the answers' word 3-shingles. */
  signature: Uint32Array;
  meanConfidence: number;
}

/** A record's features with where it is and when it was extracted: one input of `linkFeatures`. */
export interface LinkFeatures extends RecordFeatures {
  sha256: string;
  indexInFile: number;
  /** When the record was extracted (ISO): "newest" breaks ties between equally good copies. */
  createdAt: string;
}

interface Features extends Omit<LinkFeatures, 'title'> {
  key: string;
  title: Set<string>;
}

function answerText(r: EiaRecord): string {
  const e = r.eia;
  return [
    e.purpose, e.scope, e.consultation, e.outcome,
    ...e.impacts.flatMap((m) => [m.narrative, m.mitigation]),
    ...e.actions.flatMap((a) => [a.issue, a.action]),
    // The form's own sections hold the answers a template did not map to a field.
    ...e.sections.map((x) => x.text),
  ].filter((t): t is string => !!t).join('\n');
}

/**
 * Copies of one file often hold the very same answers: their signature is computed once per
 * linking, remembered by a digest of the text (not the text itself, which would keep every
 * record's answers in memory).
 */
function signatureOf(text: string, memo: Map<string, Uint32Array>): Uint32Array {
  const digest = createHash('sha1').update(text).digest('base64');
  let sig = memo.get(digest);
  if (!sig) memo.set(digest, (sig = minHash(shingles(text))));
  return sig;
}

/** What linking needs of `r` (`signatures`: a memo shared over one linking, for copies with the same answers). */
export function recordFeatures(r: EiaRecord, signatures: Map<string, Uint32Array> = new Map()): RecordFeatures {
  const conf = Object.values(r.confidence);
  return {
    reviewed: r.review.status === 'reviewed',
    title: [...new Set(words(r.eia.title ?? '').filter((w) => !BOILERPLATE.has(w)))],
    organisation: r.eia.organisation ? words(r.eia.organisation).filter((w) => !['council', 'the', 'of', 'and'].includes(w)).join(' ') : null,
    date: r.eia.assessmentDate,
    signature: signatureOf(answerText(r), signatures),
    meanConfidence: conf.length ? conf.reduce((a, b) => a + b, 0) / conf.length : 0,
  };
}

const featuresOf = (f: LinkFeatures): Features => ({ ...f, key: `${f.sha256}:${f.indexInFile}`, title: new Set(f.title) });

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** Missing on either side is no evidence against; two different values are. */
const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
/** Dates agree when one is a prefix of the other ("2024-10" and "2024-10-14"). */
const sameDate = (a: string | null, b: string | null): boolean => a === null || b === null || a.startsWith(b) || b.startsWith(a);

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Blocks of records worth comparing: sharing title words or a MinHash band (so n is never squared over a whole store). */
function candidateBlocks(fs: Features[]): number[][] {
  const buckets = new Map<string, number[]>();
  const put = (k: string, i: number): void => {
    const b = buckets.get(k);
    if (b) b.push(i);
    else buckets.set(k, [i]);
  };
  fs.forEach((f, i) => {
    for (const w of f.title) put(`w:${w}|${f.organisation ?? ''}`, i);
    for (const b of bands(f.signature)) put(`b:${b}`, i);
  });
  // A word every title has says nothing; a block of one has no pair.
  return [...buckets.values()].filter((m) => m.length > 1 && m.length <= 500);
}

function stableId(prefix: string, members: Features[]): string {
  const first = members.map((m) => m.key).sort()[0]!;
  return `${prefix}-${createHash('sha256').update(first).digest('hex').slice(0, 16)}`;
}

/** Reviewed first, then the highest mean confidence, then the newest, then the key (so the choice never depends on order). */
function better(a: Features, b: Features): number {
  const reviewed = (f: Features): number => (f.reviewed ? 1 : 0);
  return reviewed(b) - reviewed(a)
    || b.meanConfidence - a.meanConfidence
    || b.createdAt.localeCompare(a.createdAt)
    || a.key.localeCompare(b.key);
}

function comparePair(fs: Features[], i: number, j: number, series: UnionFind, copies: UnionFind): void {
  const a = fs[i]!;
  const b = fs[j]!;
  if (!compatible(a.organisation, b.organisation)) return;
  const text = similarity(a.signature, b.signature);
  const titled = a.title.size > 0 && b.title.size > 0;
  const sameTitle = titled && jaccard(a.title, b.title) >= TITLE_SIMILARITY;
  if (sameTitle) series.union(i, j);
  const copy = sameDate(a.date, b.date) && (sameTitle ? text >= COPY_SIMILARITY : !titled && text >= UNTITLED_COPY_SIMILARITY);
  if (copy) {
    copies.union(i, j);
    series.union(i, j);
  }
}

/** `inputs` may be a stream (a store's records read one at a time): only each one's features are kept. */
export function linkCopies(inputs: Iterable<LinkInput>): CopyLink[] {
  const signatures = new Map<string, Uint32Array>();
  function* all(): Generator<LinkFeatures> {
    for (const { record: r, createdAt } of inputs) yield { ...recordFeatures(r, signatures), sha256: r.document.sha256, indexInFile: r.document.indexInFile, createdAt };
  }
  return linkFeatures(all());
}

/** The links of records given by their features (linkCopies, or features kept in the store). */
export function linkFeatures(inputs: Iterable<LinkFeatures>): CopyLink[] {
  const fs: Features[] = [];
  for (const input of inputs) fs.push(featuresOf(input));
  const series = new UnionFind(fs.length);
  const copies = new UnionFind(fs.length);
  const compared = new Set<number>();
  for (const block of candidateBlocks(fs)) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x]!;
        const j = block[y]!;
        // Already one EIA (copies of copies) or already compared in another block: nothing to learn.
        if (copies.find(i) === copies.find(j) || compared.has(i * fs.length + j)) continue;
        compared.add(i * fs.length + j);
        comparePair(fs, i, j, series, copies);
      }
    }
  }
  const groupsOf = (uf: UnionFind): Map<number, Features[]> => {
    const g = new Map<number, Features[]>();
    fs.forEach((f, i) => {
      const root = uf.find(i);
      g.set(root, [...(g.get(root) ?? []), f]);
    });
    return g;
  };
  const eiaOf = new Map<string, { id: string; members: Features[]; canonical: Features }>();
  for (const members of groupsOf(copies).values()) {
    const group = { id: stableId('eia', members), members, canonical: [...members].sort(better)[0]! };
    for (const m of members) eiaOf.set(m.key, group);
  }
  const links: CopyLink[] = [];
  for (const members of groupsOf(series).values()) {
    const seriesId = stableId('series', members);
    const eias = [...new Set(members.map((m) => eiaOf.get(m.key)!))];
    // Versions in assessment order (undated last), then by when they were first seen.
    const dateOf = (g: (typeof eias)[number]): string => g.canonical.date ?? '9999';
    const firstSeen = (g: (typeof eias)[number]): string => g.members.map((m) => m.createdAt).sort()[0]!;
    eias.sort((x, y) => dateOf(x).localeCompare(dateOf(y)) || firstSeen(x).localeCompare(firstSeen(y)) || x.id.localeCompare(y.id));
    eias.forEach((g, v) => {
      for (const m of g.members) {
        links.push({
          sha256: m.sha256,
          indexInFile: m.indexInFile,
          eiaId: g.id,
          seriesId,
          version: v + 1,
          canonical: m === g.canonical,
        });
      }
    });
  }
  return links.sort((a, b) => a.sha256.localeCompare(b.sha256) || a.indexInFile - b.indexInFile);
}
