/**
 * Bundles: a committee report's appendix holding several EIAs, on different templates,
 * behind a cover page ("Appendix 4 – Equality Impact Assessments: 1. …, 2. …"), joined by
 * pdfunite. Which samples go together, how many (2–3) and the cover's wording are drawn
 * with the seed; every sample with a text PDF lands in one bundle where templates allow.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textPdf } from '../badInputs/pdfWriter.js';
import type { LabelledSample } from './labelledSamples.js';
import type { Random } from './seededRandom.js';
import { requireTool, runTool } from './runTool.js';

export interface BundlePlan {
  name: string;
  members: LabelledSample[];
  cover: string[];
}

const MEETINGS = ['Cabinet', 'Executive', 'Policy and Resources Committee', 'Full Council', 'Adults and Health Scrutiny Panel'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November', 'December'];

export function planBundles(samples: readonly LabelledSample[], random: Random): BundlePlan[] {
  const pool = random.shuffle(samples);
  const groups: LabelledSample[][] = [];
  while (pool.length > 0) {
    const size = random.int(2, 3);
    const group = [pool.shift()!];
    for (let i = 0; i < pool.length && group.length < size; ) {
      if (group.some((g) => g.templates[0] === pool[i]!.templates[0])) i++;
      else group.push(pool.splice(i, 1)[0]!);
    }
    if (group.length >= 2) groups.push(group);
    else {
      // One left over: into an earlier bundle with room and no sample of its template.
      const home = groups.find((g) => g.length < 3 && !g.some((m) => m.templates[0] === group[0]!.templates[0]));
      if (home) home.push(group[0]!);
    }
  }
  return groups.map((members, i) => ({ name: `bundle-${String(i + 1).padStart(2, '0')}`, members, cover: coverLines(members, random) }));
}

function coverLines(members: readonly LabelledSample[], random: Random): string[] {
  const meeting = random.pick(MEETINGS);
  const when = `${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2019, 2025)}`;
  const appendix = random.int(1, 9);
  const title = (s: LabelledSample): string => String(s.expected.records[0]?.eia.title ?? s.name);
  return [
    `${meeting} - ${when}`,
    `Agenda item ${random.int(4, 15)}`,
    '',
    `Appendix ${appendix}`,
    'Equality Impact Assessments',
    '',
    'The following assessments are attached to this report:',
    ...members.map((m, i) => `${i + 1}. ${ascii(title(m))}`),
  ];
}

/** The cover's Helvetica (WinAnsi) cannot show every character: plain ASCII stand-ins. */
function ascii(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\x20-\x7e]/g, '').slice(0, 90);
}

export async function bundlePdf(plan: BundlePlan, output: string): Promise<void> {
  const pdfunite = requireTool('pdfunite (poppler-utils)', 'pdfunite');
  const work = mkdtempSync(join(tmpdir(), 'eia-variants-bundle-'));
  try {
    const cover = join(work, 'cover.pdf');
    writeFileSync(cover, textPdf([plan.cover]));
    await runTool(pdfunite, [cover, ...plan.members.map((m) => m.pdf!), output]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
