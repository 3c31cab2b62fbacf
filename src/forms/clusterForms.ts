/**
 * Documents grouped by the form they were written on. Each document is the set of its form's
 * printed pieces (fingerprint labels and table headers); pieces found in one document only
 * are its answers, not its form, and are dropped; the rest are weighted by TF-IDF (natural),
 * so wording every EIA prints ("Age", "Disability") counts for little and wording one form
 * prints counts for much. Documents are joined by average-linkage agglomerative clustering
 * (ml-hclust) on cosine distance, cut where the groups stop sharing most of their wording.
 * Cost: quadratic in the documents clustered (a distance matrix), fine for the thousands a
 * store leaves to the generic reader, not for millions.
 */
import { agnes } from 'ml-hclust';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { Fingerprint } from './fingerprint.js';

/**
 * Average cosine distance at which the tree is cut. Measured on the samples, other-forms and
 * the labelled train forms (test/integration/forms-clusters.test.ts): at 0.7 documents of one
 * form rendered differently stay apart, at 0.85 unrelated forms that share site furniture or
 * generic wording start to merge.
 */
export const DEFAULT_CUT = 0.8;

export interface ClusterInput {
  fingerprint: Fingerprint;
}

export interface FormCluster {
  /** Indices into the input, representative first. */
  members: number[];
  /** The member most like the others (highest mean similarity). */
  representative: number;
  /** Terms most of the members print and few other documents do, most distinctive first. */
  distinctive: Array<{ term: string; inCluster: number; elsewhere: number }>;
  /** Terms every member prints (or, for a large cluster, at least SHARED_SHARE of them), in reading order of the representative. */
  shared: string[];
}

/** A term printed by this share of a cluster's documents is part of its form. */
const SHARED_SHARE = 0.6;
const MAX_DISTINCTIVE = 10;
/** Squared weight added to every vector's length, as if each document printed this many more unit-weight terms of its own. */
/** Phrases back labels up (they join renderings that lost their label cells) but weigh less: guidance is shared between families more often than labels are. */
const PHRASE_WEIGHT = 0.3;
const NORM_FLOOR = 8;

/** The terms a fingerprint contributes: its labels and its table headers (as labels, since a flattened table turns one into the other). */
export function formTerms(f: Fingerprint): string[] {
  return [...new Set([...f.labels, ...f.tableHeaders, ...f.phrases])];
}

const wordCount = (term: string): number => term.split(' ').length;

/** Phrase hashes (fingerprint.phrases) are for comparing documents, not for showing. */
const isPhrase = (term: string): boolean => term.startsWith('~');

/** Clusters of documents on the same form, largest first; every input is in exactly one (singletons included). */
export function clusterForms(inputs: readonly ClusterInput[], cut = DEFAULT_CUT): FormCluster[] {
  if (inputs.length === 0) return [];
  const terms = inputs.map((i) => formTerms(i.fingerprint));
  const df = new Map<string, number>();
  for (const t of terms) for (const term of t) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = weigh(terms, df);
  const groups = inputs.length === 1 ? [[0]] : agnes(distances(vectors), { method: 'average', isDistanceMatrix: true }).cut(cut).map((c) => c.indices());
  const clusters = groups.map((members) => describe(members, terms, vectors, (i) => singleLabels(inputs[i]!.fingerprint, df)));
  return clusters.sort((a, b) => b.members.length - a.members.length || a.representative - b.representative);
}

type Vector = Map<string, number>;

/** Binary term presence weighted by idf, over terms two or more documents share, unit length. */
function weigh(terms: string[][], df: ReadonlyMap<string, number>): Vector[] {
  const tfidf = new TfIdf();
  for (const t of terms) tfidf.addDocument(t);
  return terms.map((t) => {
    const v: Vector = new Map();
    for (const term of t) if ((df.get(term) ?? 0) >= 2) v.set(term, Math.max(tfidf.idf(term), 0) * (isPhrase(term) ? PHRASE_WEIGHT : 1));
    // The floor keeps a document with only a few shared terms from looking like any other
    // that prints one of them: similarity needs several terms in common.
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, NORM_FLOOR));
    if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) s += x * (large.get(k) ?? 0);
  return s;
}

function distances(vectors: Vector[]): number[][] {
  const n = vectors.length;
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const x = 1 - cosine(vectors[i]!, vectors[j]!);
      d[i]![j] = x;
      d[j]![i] = x;
    }
  }
  return d;
}

/**
 * A document alone in its cluster has nothing to compare its pieces with: its form's labels
 * are taken to be those printed before a colon or as table headers, and those another
 * document prints too; the rest may be its answers.
 */
function singleLabels(f: Fingerprint, df: ReadonlyMap<string, number>): Set<string> {
  return new Set([...f.inlineLabels, ...f.tableHeaders, ...f.labels.filter((l) => (df.get(l) ?? 0) >= 2)]);
}

function describe(members: number[], terms: string[][], vectors: Vector[], labelsOfSingle: (i: number) => Set<string>): FormCluster {
  const meanSimilarity = (i: number): number => members.reduce((s, j) => s + (i === j ? 0 : cosine(vectors[i]!, vectors[j]!)), 0);
  const representative = [...members].sort((a, b) => meanSimilarity(b) - meanSimilarity(a) || a - b)[0]!;
  const inside = new Set(members);
  const countIn = new Map<string, number>();
  const countOut = new Map<string, number>();
  terms.forEach((t, i) => {
    const into = inside.has(i) ? countIn : countOut;
    for (const term of t) into.set(term, (into.get(term) ?? 0) + 1);
  });
  const others = terms.length - members.length;
  const need = members.length === 1 ? 1 : Math.max(2, Math.ceil(SHARED_SHARE * members.length));
  const single = members.length === 1 ? labelsOfSingle(members[0]!) : null;
  const sharedSet = new Set([...countIn].filter(([term, n]) => n >= need && !isPhrase(term) && (single === null || single.has(term))).map(([term]) => term));
  const distinctive = [...sharedSet]
    .map((term) => ({ term, inCluster: countIn.get(term)! / members.length, elsewhere: others ? (countOut.get(term) ?? 0) / others : 0 }))
    // On a tie the longer wording: "Customers with support needs or vulnerabilities" says more about a form than "Action plan".
    .sort((a, b) => b.inCluster - b.elsewhere - (a.inCluster - a.elsewhere) || wordCount(b.term) - wordCount(a.term) || a.term.localeCompare(b.term))
    .slice(0, MAX_DISTINCTIVE);
  return {
    members: [representative, ...members.filter((m) => m !== representative).sort((a, b) => a - b)],
    representative,
    distinctive,
    shared: terms[representative]!.filter((t) => sharedSet.has(t)),
  };
}
