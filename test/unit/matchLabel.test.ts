import { describe, expect, it } from 'vitest';
import { compileLabel, matchLabelAt } from '../../src/extract/document/matchLabel.js';
import { tokenize } from '../../src/extract/text/tokens.js';

/** A token stream of several units (cells), as DocumentView builds it. */
const stream = (...units: string[]) => units.flatMap((text, unit) => tokenize(text).map((t) => ({ ...t, unit })));
const score = (label: string, ...units: string[]) => matchLabelAt(stream(...units), 0, compileLabel(label))?.score ?? 0;

describe('matchLabel', () => {
  it('matches exact and reworded labels', () => {
    expect(score('What is the equalities profile of service users?', 'What is the equality profile of service users?')).toBeGreaterThan(0.9);
    expect(score('2.1 What equalities training have staff received', 'What equalities training have staff received')).toBe(1);
  });

  it('repairs a word split across two cells and skips stray tokens', () => {
    expect(score('Briefly describe purpose of the service', 'Briefly de', 'escribe purpose of the service')).toBe(1);
    expect(score('Key questions Answers', 'Key question', 'ons', 'Answers')).toBe(1);
  });

  it('does not take a different label for this one', () => {
    expect(score('Responsible Service', 'Responsible Head of Service')).toBeLessThan(0.8);
    expect(score('Position', 'Positive')).toBe(0);
    expect(score('Title of service or policy', 'Name of directorate and service')).toBe(0);
  });

  it('reports where the label ends, so the answer can start there', () => {
    const s = stream('Date of assessment: 26th November 2024');
    const m = matchLabelAt(s, 0, compileLabel('Date of assessment'));
    expect(m).toMatchObject({ start: 0, end: 3 });
  });
});
