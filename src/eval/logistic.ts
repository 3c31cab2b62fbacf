/**
 * L2-regularised logistic regression by Newton's method, small and deterministic: features
 * are named, the design is dense over the sorted feature names, and the penalty pulls each
 * weight towards a prior (0, or another model's weights, so a small group can lean on the
 * model of all groups). Nothing random, so the same data always gives the same weights.
 * Training code (scripts/calibrate.ts): the runtime only evaluates the fitted model.
 */
import { sigmoid } from '../extract/confidence/sigmoid.js';

export { sigmoid };

export interface Example {
  x: Readonly<Record<string, number>>;
  y: boolean;
}

export interface FitOptions {
  /** Penalty strength λ in λ/2 · Σ (w − prior)² over every feature but the bias. */
  l2: number;
  /** Weights the penalty pulls towards (missing = 0). */
  prior?: Readonly<Record<string, number>>;
  /** Features with (almost) no penalty. */
  unpenalised?: readonly string[];
  maxIterations?: number;
}


/** Σ w·x over the features of x. */
export function linear(weights: Readonly<Record<string, number>>, x: Readonly<Record<string, number>>): number {
  let z = 0;
  for (const [k, v] of Object.entries(x)) z += (weights[k] ?? 0) * v;
  return z;
}

/** Penalised negative log-likelihood (what the fit minimises). */
export function loss(examples: readonly Example[], weights: Readonly<Record<string, number>>, options: FitOptions): number {
  let l = 0;
  for (const e of examples) {
    const z = linear(weights, e.x);
    // log(1 + e^z) − y·z, computed without overflow
    l += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - (e.y ? z : 0);
  }
  const free = new Set(options.unpenalised ?? ['bias']);
  for (const [k, w] of Object.entries(weights)) if (!free.has(k)) l += (options.l2 / 2) * (w - (options.prior?.[k] ?? 0)) ** 2;
  return l;
}

/** Fits the weights; features never seen in the data keep their prior. Keys come out sorted. */
export function fitLogistic(examples: readonly Example[], options: FitOptions): Record<string, number> {
  const names = [...new Set([...examples.flatMap((e) => Object.keys(e.x)), ...Object.keys(options.prior ?? {})])].sort();
  const index = new Map(names.map((k, i) => [k, i]));
  const free = new Set(options.unpenalised ?? ['bias']);
  const lambda = names.map((k) => (free.has(k) ? 1e-6 : options.l2));
  const prior = names.map((k) => options.prior?.[k] ?? 0);
  const rows = examples.map((e) => ({ cols: Object.entries(e.x).map(([k, v]) => [index.get(k)!, v] as const), y: e.y ? 1 : 0 }));
  let w = [...prior];
  const asRecord = (v: readonly number[]): Record<string, number> => Object.fromEntries(names.map((k, i) => [k, v[i]!]));
  let current = loss(examples, asRecord(w), options);
  for (let iter = 0; iter < (options.maxIterations ?? 50); iter++) {
    const g = w.map((wi, i) => lambda[i]! * (wi - prior[i]!));
    const H = names.map((_, i) => names.map((__, j) => (i === j ? lambda[i]! : 0)));
    for (const r of rows) {
      let z = 0;
      for (const [i, v] of r.cols) z += w[i]! * v;
      const p = sigmoid(z);
      const s = Math.max(p * (1 - p), 1e-10);
      for (const [i, vi] of r.cols) {
        g[i]! += (p - r.y) * vi;
        const Hi = H[i]!;
        for (const [j, vj] of r.cols) Hi[j]! += s * vi * vj;
      }
    }
    const step = solve(H, g);
    // Newton step, halved until the loss goes down (it nearly always does at once).
    let t = 1;
    let next = w;
    let nextLoss = current;
    for (let k = 0; k < 30; k++) {
      const candidate = w.map((wi, i) => wi - t * step[i]!);
      const l = loss(examples, asRecord(candidate), options);
      if (l <= current) {
        next = candidate;
        nextLoss = l;
        break;
      }
      t /= 2;
    }
    const moved = Math.max(0, ...next.map((v, i) => Math.abs(v - w[i]!)));
    w = next;
    const improved = current - nextLoss;
    current = nextLoss;
    if (moved < 1e-9 || improved < 1e-12 * Math.max(1, Math.abs(current))) break;
  }
  return asRecord(w);
}

/** Solves A x = b for a symmetric positive definite A (Gaussian elimination, partial pivoting). */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const pivot = M[c]![c]!;
    if (Math.abs(pivot) < 1e-14) continue;
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const pivot = M[r]![r]!;
    if (Math.abs(pivot) < 1e-14) continue;
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / pivot;
  }
  return x;
}
