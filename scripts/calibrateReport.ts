/**
 * What `scripts/calibrate.ts` prints: the scored units by group, then in-sample and
 * leave-one-family-out ECE, wrong values caught and values flagged (each value at its
 * reader's review threshold), overall and per reader, by field kind, by family left out and by
 * rendition, with issue 9's targets marked ✓/✗, and for comparison one threshold for both
 * readers and the thresholds chosen without each family (what a new family should expect).
 */
import { reliability, type CalibrationPoint } from '../src/eval/index.js';
import { qualityAt, type ReaderPoint } from '../src/eval/chooseThresholds.js';
import { chooseThreshold, rendition, TARGETS, withReaders, type CalibrationFit, type TrainingUnit } from '../src/eval/fitConfidence.js';
import type { ReviewThresholds } from '../src/model/reviewThresholds.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const mark = (ok: boolean): string => (ok ? '✓' : '✗');

function describe(label: string, points: readonly ReaderPoint[], t: number | ReviewThresholds): string {
  const q = qualityAt(points, t);
  return `${label.padEnd(34)} units ${String(q.units).padStart(5)}  wrong ${String(q.wrong).padStart(4)}  ECE ${q.ece.toFixed(4)}  wrong caught ${pct(q.wrongBelowThreshold).padStart(6)}  flagged ${pct(q.flaggedShare).padStart(6)}`;
}

/** Issue 9's targets on these points: ECE ≤ 0.05, ≥ 80 % of wrong values caught, ≤ 20 % flagged. */
function targets(points: readonly ReaderPoint[], t: number | ReviewThresholds): string {
  const q = qualityAt(points, t);
  return `ECE ${q.ece.toFixed(4)} ≤ ${TARGETS.maxEce} ${mark(q.ece <= TARGETS.maxEce)}   wrong caught ${pct(q.wrongBelowThreshold)} ≥ ${pct(TARGETS.minWrongCaught)} ${mark(q.wrongBelowThreshold >= TARGETS.minWrongCaught)}   flagged ${pct(q.flaggedShare)} ≤ ${pct(TARGETS.maxFlagged)} ${mark(q.flaggedShare <= TARGETS.maxFlagged)}`;
}

/** The kind of value a group is, for the breakdown: title, people, dates, impacts, actions, other fields. */
function fieldKind(group: string): string {
  const f = group.replace(/^generic:/, '');
  if (f === 'title') return 'title';
  if (f === 'assessmentDate' || f === 'person.date' || f === 'action.due') return 'dates';
  if (f.startsWith('person')) return 'people';
  if (f.startsWith('impact')) return 'impacts';
  if (f.startsWith('action')) return 'actions';
  return 'other fields';
}

export function report(units: readonly TrainingUnit[], fit: CalibrationFit): string[] {
  const t = fit.settings.threshold;
  const lines: string[] = [];
  const documents = new Set(units.map((u) => u.document)).size;
  const families = [...new Set(units.map((u) => u.family))].sort();
  const files = new Set(units.map((u) => `${u.document}/${rendition(u.variant)}`)).size;
  lines.push(`${units.length} scored units (${units.filter((u) => !u.correct).length} wrong) from ${files} files of ${documents} documents in ${families.length} form families, each extracted as the pipeline does and (the samples) with the generic extractor alone`);
  lines.push('', 'group                          units  wrong  model');
  for (const g of [...new Set(units.map((u) => u.group))].sort()) {
    const of = units.filter((u) => u.group === g);
    lines.push(`${g.padEnd(30)} ${String(of.length).padStart(5)}  ${String(of.filter((u) => !u.correct).length).padStart(5)}  ${fit.model.groups[g] ? 'own' : 'default'}`);
  }
  const cv = withReaders(units, fit.crossValidated);
  const inSample = withReaders(units, fit.inSample);
  const where = (keep: (u: TrainingUnit) => boolean, points: readonly ReaderPoint[]): ReaderPoint[] => points.filter((_, i) => keep(units[i]!));
  const generic = (u: TrainingUnit): boolean => u.group.startsWith('generic:');
  lines.push('', `review thresholds: templates ${t.templates}, generic reader ${t.generic}${fit.settings.thresholdChosen ? ' (chosen on the leave-one-family-out predictions)' : ''}`);
  lines.push(describe('in-sample', inSample, t));
  lines.push(describe('  templates', where((u) => !generic(u), inSample), t));
  lines.push(describe('  generic reader', where(generic, inSample), t));
  lines.push(describe('leave-one-family-out', cv, t));
  lines.push(describe('  templates', where((u) => !generic(u), cv), t));
  lines.push(describe('  generic reader', where(generic, cv), t));
  lines.push(describe('    on other forms', where((u) => u.variant === 'other-form', cv), t));
  lines.push(describe('    on the samples', where((u) => generic(u) && u.variant !== 'other-form', cv), t));
  lines.push('', 'leave-one-family-out, by reader and field kind:');
  for (const r of ['templates', 'generic'] as const) {
    for (const k of ['title', 'people', 'dates', 'impacts', 'actions', 'other fields']) {
      const of = where((u) => (generic(u) ? 'generic' : 'templates') === r && fieldKind(u.group) === k, cv);
      if (of.length) lines.push(describe(`  ${r} ${k}`, of, t));
    }
  }
  lines.push('', 'targets, leave-one-family-out (each value at its reader\'s threshold):');
  lines.push(`  overall         ${targets(cv, t)}`);
  lines.push(`  templates       ${targets(where((u) => !generic(u), cv), t)}`);
  lines.push(`  generic reader  ${targets(where(generic, cv), t)}`);
  const left = fit.model.fit?.thresholdsLeftOut;
  if (left) lines.push(`  thresholds also chosen without each family: wrong caught ${pct(left.wrongBelowThreshold)} ${mark(left.wrongBelowThreshold >= TARGETS.minWrongCaught)}   flagged ${pct(left.flaggedShare)} ${mark(left.flaggedShare <= TARGETS.maxFlagged)}`);
  const single = chooseThreshold(fit.crossValidated);
  lines.push(`  one threshold for both (${single}, for comparison): ${targets(cv, single)}`);
  lines.push('', 'leave-one-family-out, by family left out:');
  for (const f of families) lines.push(describe(`  ${f}`, where((u) => u.family === f, cv), t));
  lines.push('', 'leave-one-family-out, by rendition:');
  for (const v of [...new Set(units.map((u) => u.variant))].sort()) lines.push(describe(`  ${v}`, where((u) => u.variant === v, cv), t));
  lines.push('', 'leave-one-family-out reliability (bin: units, mean confidence, accuracy):');
  for (const b of reliability(fit.crossValidated as readonly CalibrationPoint[])) {
    if (b.n) lines.push(`  ${b.from.toFixed(1)}  ${String(b.n).padStart(5)}  ${b.meanConfidence.toFixed(3)}  ${b.accuracy.toFixed(3)}`);
  }
  return lines;
}
