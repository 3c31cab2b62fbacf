/**
 * src/eval against the official scorer (shared/tools/eia-score.mjs): the same exported
 * records, scored both ways, must give the same precision, recall and F1 for every record,
 * template and format (so the same tp / stated / expected), the same macro F1 and the same
 * calibration figures. Records come from the real pipeline and from hand-made cases that hit
 * the scorer's corners: a name held in two capacities, repeated impact keys, blank text,
 * actions out of order, extra records, a file with no record, units with no confidence.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { evaluate, parseExpectedFile, scoreRecord, type ExpectedRecord, type ExportedRecord } from '../../src/eval/index.js';
import { CalibrationModel } from '../../src/extract/confidence/confidenceModel.js';
import calibration from '../../src/extract/confidence/calibration.json' with { type: 'json' };
import { extractDocument } from '../../src/extract/extractDocument.js';
import type { Eia } from '../../src/model/record.js';
import { emptyEia } from '../../src/model/record.js';
import { allExtractors } from '../../extractors/registry.js';
// The scorer vendored beside the spec copies (test/unit/spec-copies.test.ts keeps it equal to shared/tools'),
// so a clean clone without ../shared runs this test too.
import { SCORER } from '../helpers/samples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = join(ROOT, 'samples');

interface ScorerJson {
  f1: number;
  macroF1: number;
  precision: number;
  recall: number;
  missingFiles: number;
  unmatchedFiles: number;
  calibration: Record<string, number | null>;
  by: Record<string, { f1: number; precision: number; recall: number }>;
}

const options = {
  extractors: allExtractors(),
  model: CalibrationModel.parse(calibration),
  reviewThreshold: 0.8,
};

async function exported(file: string): Promise<ExportedRecord[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const layout = await convertDocument(file, bytes, DEFAULT_CONVERT_LIMITS);
  return extractDocument(layout, options).records.map(({ indexInFile, ...r }) => ({
    schemaVersion: 1,
    document: { file, sha256: createHash('sha256').update(bytes).digest('hex'), format: layout.format, pages: layout.pages || null, indexInFile },
    ...r,
  }));
}

/** Scores `records` (written to `jsonl`) with both the official script and src/eval over the expected files in `dir`. */
function bothWays(dir: string, jsonl: string, records: readonly ExportedRecord[], extra: string[] = []): { ref: ScorerJson; mine: ReturnType<typeof evaluate> } {
  writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const ref = JSON.parse(execFileSync(process.execPath, [SCORER, '--expected', dir, '--actual', jsonl, '--json', ...extra], { encoding: 'utf8' })) as ScorerJson;
  const expected = new Map<string, ExpectedRecord[]>();
  const inputs = readdirSync(dir).sort();
  for (const f of inputs.filter((f) => f.endsWith('.expected.json'))) {
    expected.set(f.replace(/\.expected\.json$/, ''), parseExpectedFile(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  }
  const exclude = extra.includes('--exclude') ? new RegExp(extra[extra.indexOf('--exclude') + 1]!) : undefined;
  return { ref, mine: evaluate({ expected, inputs, actual: records, ...(exclude ? { exclude } : {}) }) };
}

function expectSame(ref: ScorerJson, mine: ReturnType<typeof evaluate>): void {
  expect(mine.overall.precision).toBe(ref.precision);
  expect(mine.overall.recall).toBe(ref.recall);
  expect(mine.overall.f1).toBe(ref.f1);
  expect(mine.macroF1).toBe(ref.macroF1);
  expect(mine.missingFiles).toBe(ref.missingFiles);
  expect(mine.unmatchedFiles).toBe(ref.unmatchedFiles);
  expect({ ...mine.calibration }).toEqual(ref.calibration);
  const by = Object.fromEntries([...mine.by].map(([k, v]) => [k, { f1: v.f1, precision: v.precision, recall: v.recall }]));
  expect(by).toEqual(ref.by);
}

describe('src/eval agrees with eia-score.mjs', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eia-eval-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on records the pipeline exports', async () => {
    const names = ['bathnes-commissioning-2024.docx', 'coventry-council-tax-support-2025.txt', 'kent-residential-procurement-2021.txt', 'derby-cic-commissioning-2011.docx'];
    const records = (await Promise.all(names.map((n) => exported(join(SAMPLES, n))))).flat();
    expect(records.length).toBe(names.length);
    const { ref, mine } = bothWays(SAMPLES, join(dir, 'pipeline.jsonl'), records, ['--exclude', 'scan']);
    expectSame(ref, mine);
    // Every input beside the expected files without a record counts as all misses.
    expect(mine.missingFiles).toBeGreaterThan(0);
    expect(ref.calibration.units).toBeGreaterThan(200);
  });

  it('on records made to hit the scorer’s corners', () => {
    const base = JSON.parse(readFileSync(join(SAMPLES, 'coventry-council-tax-support-2025.expected.json'), 'utf8')) as { records: Array<{ template: string; eia: Eia }> };
    const exp: Eia = { ...emptyEia(), ...base.records[0]!.eia };
    const expectedEia: Eia = {
      ...exp,
      people: [
        { name: 'Pat Lee', role: 'Head of Service', capacity: 'author', date: '2024-01-02' },
        { name: 'Pat Lee', role: 'Head of Service', capacity: 'approver', date: '2024-02-03' },
        { name: 'Sam Roe', role: null, capacity: 'team', date: null },
        { name: 'Alex Kim', role: 'Director', capacity: 'accountable', date: null },
      ],
      actions: [
        { issue: 'Low take-up among older residents', action: 'Write to every household over 65', milestone: null, owner: 'Benefits team', due: 'March 2025' },
        { issue: 'No data on ethnicity', action: 'Add monitoring questions', milestone: 'Form live', owner: 'Jo Bloggs', due: 'Ongoing' },
      ],
    };
    writeFileSync(join(dir, 'corners.expected.json'), JSON.stringify({ records: [{ template: 'coventry', eia: expectedEia }] }));
    writeFileSync(join(dir, 'missing.expected.json'), JSON.stringify({ records: [{ template: 'kent-eqia', eia: expectedEia }] }));
    writeFileSync(join(dir, 'missing.pdf'), '');
    const actualEia: Eia = {
      ...expectedEia,
      title: `${expectedEia.title ?? ''} draft`,
      directorate: '   ',
      assessmentDate: '2024-01',
      people: [
        { name: 'Pat Lee', role: 'Head of Service', capacity: 'approver', date: '2024-02-03' },
        { name: 'Pat Lee', role: 'Head of the Service', capacity: 'author', date: null },
        { name: 'Sam Roe-Smith', role: 'Officer', capacity: 'team', date: null },
        { name: 'Chris Doe', role: null, capacity: 'team', date: null },
      ],
      impacts: [
        ...expectedEia.impacts.slice(3).map((i, k) => (k % 3 === 0 ? { ...i, rating: 'negative' as const, narrative: 'Something else entirely' } : i)),
        ...expectedEia.impacts.slice(0, 2).map((i) => ({ ...i, subgroup: i.subgroup ? ` ${i.subgroup} ` : null })),
        { ...expectedEia.impacts[0]!, owner: 'Somebody' },
      ],
      actions: [
        { issue: 'No data on ethnicity', action: 'Add monitoring questions', milestone: 'Form live', owner: 'Jo Bloggs', due: 'ongoing.' },
        { issue: 'Unrelated', action: 'Row that aligns with nothing at all', milestone: null, owner: null, due: '2026' },
      ],
    };
    const confidence: Record<string, number> = { '/title': 0.91, '/people/0': 0.99, '/people/1/role': 0.55, '/people/3': 0.1, '/impacts/0/rating': 0.79, '/actions/0/due': 1, '/actions/1/issue': 0 };
    actualEia.impacts.forEach((_, i) => (confidence[`/impacts/${i}`] = (i % 10) / 10));
    const record = (file: string, indexInFile: number, eia: Eia): ExportedRecord => ({ schemaVersion: 1, document: { file, format: 'txt', indexInFile }, template: { id: 'coventry' }, eia, confidence });
    const records = [
      record('x/corners.txt', 0, actualEia),
      record('x/corners.txt', 1, { ...actualEia, title: 'An extra record' }),
      record('x/nobody.txt', 0, actualEia),
    ];
    const { ref, mine } = bothWays(dir, join(dir, 'corners.jsonl'), records);
    expectSame(ref, mine);
    expect(mine.missingFiles).toBe(1);
    expect(mine.unmatchedFiles).toBe(1);
    expect(mine.calibration.missingConfidence).toBeGreaterThan(0);
  });
});

describe('scoreRecord', () => {
  const expected: ExpectedRecord = {
    template: 'bathnes',
    eia: {
      title: 'Winter maintenance policy',
      people: [
        { name: 'Pat Lee', role: 'Author', capacity: 'author', date: null },
        { name: 'Pat Lee', role: 'Director', capacity: 'approver', date: '2025-01-01' },
      ],
    },
  };

  it('pairs a name held twice by capacity and looks confidence up at the actual pointer', () => {
    const units = scoreRecord(expected, {
      template: { id: 'bathnes' },
      eia: { title: 'Winter Maintenance Policy', people: [{ name: 'Pat Lee', role: 'Director', capacity: 'approver', date: '2025-01-01' }, { name: 'Pat Lee', role: 'Author', capacity: 'author', date: null }] },
      confidence: { '/title': 0.9, '/people/1': 0.8, '/people/0/date': 0.7 },
    });
    const find = (kind: string, n = 0) => units.filter((u) => u.kind === kind)[n]!;
    expect(find('title')).toMatchObject({ pointer: '/title', correct: true, confidence: 0.9 });
    expect(find('template')).toMatchObject({ pointer: null, correct: true, confidence: null });
    expect(find('person', 0)).toMatchObject({ pointer: '/people/1', correct: true, confidence: 0.8 });
    expect(find('person', 1)).toMatchObject({ pointer: '/people/0', correct: true, confidence: null });
    expect(find('person.date', 1)).toMatchObject({ pointer: '/people/0/date', expected: '2025-01-01', correct: true, confidence: 0.7 });
    expect(units.filter((u) => u.expected !== null || u.actual !== null).every((u) => u.correct)).toBe(true);
  });

  it('counts a missing record as all misses with no confidence', () => {
    const units = scoreRecord(expected, null);
    expect(units.filter((u) => u.expected !== null)).toHaveLength(1 + 2 * 3 + 1); // title, two people × name, capacity, role, one date; no template unit without a record
    expect(units.some((u) => u.correct || u.pointer !== null || u.actual !== null)).toBe(false);
  });
});

it('the scorer is where the tests expect it', () => {
  expect(existsSync(SCORER)).toBe(true);
});
