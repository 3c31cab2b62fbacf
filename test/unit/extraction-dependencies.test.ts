/**
 * When a stored extraction may be kept on a re-run: only when the engine, every extractor's
 * detection key (in ranking order) and the versions of the extractors that read the file
 * are all as they were.
 */
import { describe, expect, it } from 'vitest';
import { dependenciesOf, detectionCurrent, stillCurrent, type InstalledExtraction } from '../../src/model/extractionDependencies.js';
import { TemplateExtractor } from '../../src/extract/engine/templateExtractor.js';
import { kentEqia } from '../../extractors/kentEqia.js';

const installed = (over: Partial<Record<string, { version?: string; detectionKey?: string }>> = {}, engine = '7'): InstalledExtraction => ({
  engine,
  extractors: ['bathnes', 'kent-eqia', 'generic'].map((id) => ({ id, version: over[id]?.version ?? '1', detectionKey: over[id]?.detectionKey ?? `d-${id}` })),
});
const stored = JSON.stringify(dependenciesOf(installed(), ['kent-eqia']));

describe('stillCurrent', () => {
  it('keeps an extraction when nothing it depends on changed', () => {
    expect(stillCurrent(stored, installed())).toBe(true);
  });
  it('keeps it when only an extractor that did not read the file changed its version', () => {
    expect(stillCurrent(stored, installed({ bathnes: { version: '2' } }))).toBe(true);
    expect(detectionCurrent(stored, installed({ bathnes: { version: '2' } }))).toBe(true);
  });
  it('redoes it when the extractor that read it changed its version, but its plan still holds', () => {
    expect(stillCurrent(stored, installed({ 'kent-eqia': { version: '2' } }))).toBe(false);
    expect(detectionCurrent(stored, installed({ 'kent-eqia': { version: '2' } }))).toBe(true);
  });
  it('redoes it, plan and all, when any detection key, the engine or the ranking order changed', () => {
    for (const now of [installed({ bathnes: { detectionKey: 'other' } }), installed({}, '8'), { ...installed(), extractors: [...installed().extractors].reverse() }]) {
      expect(stillCurrent(stored, now)).toBe(false);
      expect(detectionCurrent(stored, now)).toBe(false);
    }
    const added = { ...installed(), extractors: [...installed().extractors, { id: 'new-council', version: '1', detectionKey: 'x' }] };
    expect(stillCurrent(stored, added)).toBe(false);
  });
  it('redoes extractions stored without dependencies, or with ones it cannot read', () => {
    for (const bad of [null, '', '{', '{"engine":7}', '[]']) {
      expect(stillCurrent(bad, installed())).toBe(false);
      expect(detectionCurrent(bad, installed())).toBe(false);
    }
  });
});

describe("a template's detection key", () => {
  const key = (t: typeof kentEqia): string => new TemplateExtractor(t).detectionKey;
  it('moves with what detection reads: keywords, exclusions, start labels, labels', () => {
    const base = key(kentEqia);
    expect(key({ ...kentEqia, detect: { ...kentEqia.detect, keywords: [...kentEqia.detect.keywords, 'one more'] } })).not.toBe(base);
    expect(key({ ...kentEqia, detect: { ...kentEqia.detect, exclusions: ['another council'] } })).not.toBe(base);
    expect(key({ ...kentEqia, start: [kentEqia.labels[1]!.key] })).not.toBe(base);
    expect(key({ ...kentEqia, labels: kentEqia.labels.map((l, i) => (i === 0 ? { ...l, labels: [...l.labels, 'Also'] } : l)) })).not.toBe(base);
  });
  it('stays with what only extraction reads: version, fields, people, boilerplate', () => {
    const base = key(kentEqia);
    expect(key({ ...kentEqia, version: '99', fields: kentEqia.fields.slice(1), people: [], boilerplate: ['x'] })).toBe(base);
  });
});
