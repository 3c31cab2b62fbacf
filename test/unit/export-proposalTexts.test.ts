/**
 * The proposals' own words, found in the form's numbered list (the Coventry council tax
 * EIA's ground truth rates four numbered proposals): each number gets its item, and the
 * discussion paragraphs after an item are not taken as its words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Eia } from '../../src/model/record.js';
import { proposalTexts } from '../../src/export/proposalTexts.js';
import { SAMPLES_DIR } from '../helpers/samples.js';

const gold = (JSON.parse(readFileSync(`${SAMPLES_DIR}coventry-council-tax-support-2025.expected.json`, 'utf8')) as { records: Array<{ eia: Eia }> }).records[0]!.eia;

describe('proposalTexts', () => {
  it('gives every rated proposal number its item from the numbered list', () => {
    const texts = proposalTexts(gold);
    const rated = new Set(gold.impacts.flatMap((m) => (m.proposal ? [m.proposal] : [])));
    expect([...rated].every((n) => texts.has(n))).toBe(true);
    expect(texts.get(1)).toMatch(/^Replace the means-tested calculation/);
    expect(texts.get(3)).toMatch(/^Reduce the capital limit/);
  });

  it('keeps a wrapped item whole but stops at the paragraph after it', () => {
    const eia: Eia = { ...gold, impacts: [{ ...gold.impacts[0]!, proposal: 2 }], sections: [
      { ref: null, heading: 'Proposals', text: '1. Close the Tuesday\nlibrary session.\n\nWe consulted on this in May.\n2. Open on Saturdays.\n3) Not a rated one.' },
    ] };
    expect(proposalTexts(eia)).toEqual(new Map([[1, 'Close the Tuesday library session.'], [2, 'Open on Saturdays.'], [3, 'Not a rated one.']]));
  });

  it('gives nothing when no impact names a proposal, and never takes a list that skips a number', () => {
    expect(proposalTexts({ ...gold, impacts: gold.impacts.map((m) => ({ ...m, proposal: null })) }).size).toBe(0);
    const gap: Eia = { ...gold, impacts: [{ ...gold.impacts[0]!, proposal: 2 }], sections: [{ ref: null, heading: 'x', text: '1. One.\n3. Three.' }] };
    expect(proposalTexts(gap).size).toBe(0);
  });
});
