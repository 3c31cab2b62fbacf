/**
 * Copy linking on real form content (the samples' ground-truth records): the same content
 * in another file is one EIA, a re-issue of the policy (later date, changed answers) is a
 * new version in the same series, a different assessment is unrelated, and the canonical
 * copy is the reviewed one, else the most confident, else the newest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EiaRecord, type Eia } from '../../src/model/record.js';
import { linkCopies, type LinkInput } from '../../src/store/linkCopies.js';
import { SAMPLES_DIR } from '../helpers/samples.js';

const goldEia = (name: string): Eia => (JSON.parse(readFileSync(`${SAMPLES_DIR}${name}.expected.json`, 'utf8')) as { records: Array<{ eia: Eia }> }).records[0]!.eia;

let n = 0;
function record(eia: Eia, options: { format?: 'pdf' | 'docx' | 'txt'; confidence?: number; reviewed?: boolean } = {}): EiaRecord {
  n++;
  return EiaRecord.parse({
    schemaVersion: 1,
    document: { file: `in/${n}.${options.format ?? 'pdf'}`, sha256: n.toString(16).padStart(64, '0'), format: options.format ?? 'pdf', pages: 3, indexInFile: 0 },
    template: { id: 'generic', confidence: 0.9 },
    extractor: { name: 'generic', version: '1' },
    eia,
    confidence: { '/title': options.confidence ?? 0.9 },
    provenance: {},
    review: { status: options.reviewed ? 'reviewed' : 'auto' },
  });
}
const input = (record: EiaRecord, createdAt = '2026-01-01T00:00:00Z'): LinkInput => ({ record, createdAt });
const byFile = (links: ReturnType<typeof linkCopies>, r: EiaRecord) => links.find((l) => l.sha256 === r.document.sha256)!;

describe('linkCopies', () => {
  const charging = goldEia('bathnes-adult-care-charging-2024');
  const commissioning = goldEia('bathnes-commissioning-2024');

  it('links the same content in three files as one EIA, and keeps another assessment apart', () => {
    const pdf = record(charging, { confidence: 0.8 });
    const docx = record(charging, { format: 'docx', confidence: 0.95 });
    // A text export's extraction differs a little (a lost consultation answer, a typo).
    const txt = record({ ...charging, consultation: null, purpose: `${charging.purpose ?? ''} (draft)` }, { format: 'txt', confidence: 0.9 });
    const other = record(commissioning);
    const links = linkCopies([pdf, docx, txt, other].map((r) => input(r)));
    expect(new Set([pdf, docx, txt].map((r) => byFile(links, r).eiaId)).size).toBe(1);
    expect(byFile(links, other).eiaId).not.toBe(byFile(links, pdf).eiaId);
    expect(byFile(links, other).seriesId).not.toBe(byFile(links, pdf).seriesId);
    // No review: the most confident copy is shown.
    expect([pdf, docx, txt].filter((r) => byFile(links, r).canonical)).toEqual([docx]);
  });

  it('prefers a reviewed copy over a more confident one, and the newest among equals', () => {
    const a = record(charging, { confidence: 0.7, reviewed: true });
    const b = record(charging, { confidence: 0.99 });
    expect(byFile(linkCopies([input(a), input(b)]), a).canonical).toBe(true);
    const older = record(charging);
    const newer = record(charging);
    const links = linkCopies([input(older, '2025-01-01T00:00:00Z'), input(newer, '2026-01-01T00:00:00Z')]);
    expect(byFile(links, newer).canonical).toBe(true);
    expect(byFile(links, older).canonical).toBe(false);
  });

  it('links a later review of the same policy as a new version, not a copy', () => {
    const first = record(charging);
    const review = record({
      ...charging,
      assessmentDate: '2025-10-01',
      purpose: 'A review one year on of the charges introduced in April 2025, with what the monitoring found.',
      impacts: charging.impacts.map((m) => ({ ...m, narrative: `Monitoring since April 2025 found no change in take-up among ${m.label}.` })),
      sections: [],
    });
    const links = linkCopies([input(review), input(first)]);
    const [a, b] = [byFile(links, first), byFile(links, review)];
    expect(a.seriesId).toBe(b.seriesId);
    expect(a.eiaId).not.toBe(b.eiaId);
    expect([a.version, b.version]).toEqual([1, 2]);
    expect(a.canonical && b.canonical).toBe(true);
  });

  it('does not link two different councils\' forms that share a title', () => {
    const ours = record(charging);
    const theirs = record({ ...charging, organisation: 'Somewhere Else District Council' });
    const links = linkCopies([input(ours), input(theirs)]);
    expect(byFile(links, ours).seriesId).not.toBe(byFile(links, theirs).seriesId);
  });

  it('gives the same ids whatever order the records come in', () => {
    const rs = [record(charging), record(charging, { format: 'docx' }), record(commissioning)];
    const forward = linkCopies(rs.map((r) => input(r)));
    const backward = linkCopies([...rs].reverse().map((r) => input(r)));
    expect(backward).toEqual(forward);
  });
});
