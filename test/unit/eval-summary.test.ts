import { describe, expect, it } from 'vitest';
import {
  calibrationPoints,
  expectedCalibrationError,
  flaggedShare,
  macroF1,
  prf,
  reliability,
  summariseCalibration,
  tally,
  tokenF1,
  tokens,
  wrongCaught,
  type ScoredUnit,
} from '../../src/eval/index.js';

const unit = (correct: boolean, confidence: number | null, over: Partial<ScoredUnit> = {}): ScoredUnit => ({
  pointer: '/title',
  kind: 'title',
  expected: 'x',
  actual: 'x',
  correct,
  confidence,
  ...over,
});

describe('token F1', () => {
  it('ignores case, accents and punctuation and counts repeated tokens once each', () => {
    expect(tokens('Café – Équipe, 2024!')).toEqual(['cafe', 'equipe', '2024']);
    expect(tokenF1('the the cat', 'the cat')).toBeCloseTo(0.8);
    expect(tokenF1('', '  ')).toBe(1);
    expect(tokenF1('a', null)).toBe(0);
  });
});

describe('precision, recall, F1', () => {
  it('counts stated, expected and right units', () => {
    const units = [unit(true, 0.9), unit(false, 0.9), unit(false, null, { actual: null, pointer: null }), unit(false, 0.2, { expected: null })];
    expect(tally(units)).toEqual({ tp: 1, stated: 3, expected: 3 });
    expect(prf(tally(units)).f1).toBeCloseTo(1 / 3);
  });

  it('averages per-record F1 over the records that have units', () => {
    const empty = [unit(false, null, { expected: null, actual: null, pointer: null })];
    expect(macroF1([[unit(true, 1)], [unit(false, 1)], empty])).toBe(0.5);
  });
});

describe('calibration', () => {
  it('bins confidences in tenths and weighs each bin by its share', () => {
    const points = [
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 1, correct: true },
      { confidence: 0.25, correct: false },
    ];
    // bin 0.9: mean 0.9667, accuracy 2/3; bin 0.2: mean 0.25, accuracy 0
    expect(expectedCalibrationError(points)).toBeCloseTo((3 / 4) * (0.9666667 - 2 / 3) + (1 / 4) * 0.25, 6);
    expect(reliability(points).filter((b) => b.n).map((b) => b.from)).toEqual([0.2, 0.9]);
    expect(wrongCaught(points, 0.8)).toBe(0.5);
    expect(flaggedShare(points, 0.8)).toBe(0.25);
    expect(expectedCalibrationError([])).toBeNull();
    expect(wrongCaught([{ confidence: 0.99, correct: true }])).toBe(1);
  });

  it('only reads units the record states, and counts those without a confidence', () => {
    const units = [unit(true, 0.9), unit(false, null), unit(false, null, { actual: null, pointer: null }), unit(true, null, { kind: 'template', pointer: null })];
    expect(calibrationPoints(units)).toEqual([{ confidence: 0.9, correct: true }]);
    expect(summariseCalibration(units)).toMatchObject({ units: 1, missingConfidence: 1, threshold: 0.8 });
  });
});
