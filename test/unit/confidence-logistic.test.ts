import { describe, expect, it } from 'vitest';
import { fitLogistic, linear, sigmoid, solve, type Example } from '../../src/eval/logistic.js';

/** A small deterministic generator (LCG), so the synthetic data are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function synthetic(weights: Record<string, number>, n: number, seed: number): Example[] {
  const r = random(seed);
  return Array.from({ length: n }, () => {
    const x: Record<string, number> = { bias: 1, a: 2 * r() - 1, b: r() * 3 };
    if (r() < 0.4) x['source=pdf'] = 1;
    return { x, y: r() < sigmoid(linear(weights, x)) };
  });
}

describe('fitLogistic', () => {
  it('recovers the weights that generated the data', () => {
    const truth = { bias: 0.5, a: 2, b: -1.2, 'source=pdf': 1.5 };
    const w = fitLogistic(synthetic(truth, 20_000, 7), { l2: 1e-3 });
    for (const [k, v] of Object.entries(truth)) expect(w[k]).toBeCloseTo(v, 0);
    for (const [k, v] of Object.entries(truth)) expect(Math.abs(w[k]! - v)).toBeLessThan(0.15);
    expect(Object.keys(w)).toEqual(Object.keys(w).sort());
  });

  it('is deterministic', () => {
    const data = synthetic({ bias: 1, a: 1 }, 500, 3);
    expect(fitLogistic(data, { l2: 0.5 })).toEqual(fitLogistic(data, { l2: 0.5 }));
  });

  it('keeps weights finite on separable data, and the penalty pulls towards the prior', () => {
    const data: Example[] = [
      { x: { bias: 1, a: 1 }, y: true },
      { x: { bias: 1, a: -1 }, y: false },
    ];
    const w = fitLogistic(data, { l2: 0.1 });
    expect(Number.isFinite(w.a)).toBe(true);
    expect(w.a).toBeGreaterThan(1);
    const pulled = fitLogistic(data, { l2: 1e6, prior: { a: -3, unseen: 0.7 } });
    expect(pulled.a).toBeCloseTo(-3, 2);
    // A feature the data never show keeps its prior weight.
    expect(pulled.unseen).toBe(0.7);
  });

  it('fits the base rate with the bias alone', () => {
    const data: Example[] = Array.from({ length: 100 }, (_, i) => ({ x: { bias: 1 }, y: i < 80 }));
    expect(sigmoid(fitLogistic(data, { l2: 1 }).bias!)).toBeCloseTo(0.8, 6);
  });
});

describe('solve', () => {
  it('solves a linear system', () => {
    const x = solve([[4, 1, 0], [1, 3, 1], [0, 1, 2]], [1, 2, 3]);
    expect(4 * x[0]! + x[1]!).toBeCloseTo(1, 10);
    expect(x[0]! + 3 * x[1]! + x[2]!).toBeCloseTo(2, 10);
    expect(x[1]! + 2 * x[2]!).toBeCloseTo(3, 10);
  });
});

describe('sigmoid', () => {
  it('does not overflow', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
  });
});
