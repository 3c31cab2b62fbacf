/**
 * `eia forms scaffold`'s drafts, for each invented train family (a form of three documents
 * or more, its documents labelled in test/fixtures/forms/train/): the draft compiles, passes
 * the template static check (parseTemplate: every rule points at a declared label), claims
 * its own cluster's documents and no other document's. How well it reads them against the
 * generic reader is measured and printed (scored by src/eval, the expected template taken to
 * be the draft, since the gold's "generic" means "no known template"): the template language
 * has no rule for ticked rating grids, so drafts read fields better on some forms and impact
 * ratings worse on all; see the README's "Unknown forms".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generic } from '../../extractors/generic.js';
import { extractOptions } from '../../extractors/registry.js';
import { TemplateExtractor } from '../../src/extract/engine/templateExtractor.js';
import { extractDocument } from '../../src/extract/extractDocument.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { parseTemplate, type TemplateDefinition } from '../../src/extract/template/templateDefinition.js';
import { evaluate, parseExpectedFile, type ExportedRecord } from '../../src/eval/index.js';
import { clusterForms } from '../../src/forms/clusterForms.js';
import { scaffoldTemplate, templateSource } from '../../src/forms/scaffoldTemplate.js';
import { loadFormsCorpus, ROOT, type CorpusDocument } from '../helpers/forms-corpus.js';

const FAMILIES = ['icb-eqia', 'housing-association-eia', 'welsh-council-iia', 'nhs-trust-equality-analysis-tool'];

interface Draft {
  family: string;
  template: TemplateDefinition;
  file: string;
  members: CorpusDocument[];
}

function score(docs: CorpusDocument[], extractors: readonly Extractor[], expectedTemplate: string | null): number {
  const expected = new Map<string, ReturnType<typeof parseExpectedFile>>();
  const actual: ExportedRecord[] = [];
  for (const d of docs) {
    const gold = parseExpectedFile(JSON.parse(readFileSync(d.path.replace(/\.txt$/, '.expected.json'), 'utf8')));
    expected.set(basename(d.path, '.txt'), expectedTemplate ? gold.map((r) => ({ ...r, template: expectedTemplate })) : gold);
    const out = extractDocument(d.layout, { ...extractOptions(), extractors });
    for (const r of out.records) actual.push({ document: { file: basename(d.path), format: 'txt', indexInFile: r.indexInFile }, template: r.template, eia: r.eia, confidence: r.confidence });
  }
  return evaluate({ expected, inputs: docs.map((d) => basename(d.path)), actual }).overall.f1;
}

describe('scaffolded templates', () => {
  let docs: CorpusDocument[] = [];
  const drafts: Draft[] = [];
  const dir = mkdtempSync(join(ROOT, '.forms-scaffold-test-'));
  const genericReader = new GenericExtractor(generic);

  beforeAll(async () => {
    docs = await loadFormsCorpus({ samples: false });
    const clusters = clusterForms(docs);
    mkdirSync(join(dir, 'extractors'));
    for (const family of FAMILIES) {
      const cluster = clusters.find((c) => c.members.some((i) => docs[i]!.family === family))!;
      const members = cluster.members.map((i) => docs[i]!);
      const id = `draft-${family}`;
      // As `eia forms scaffold` does: the issuing bodies the generic reader found in the cluster's records.
      const organisations = [...new Set(members.flatMap((d) => extractDocument(d.layout, { ...extractOptions(), extractors: [genericReader] }).records.map((r) => r.eia.organisation)).filter((o): o is string => o !== null))];
      const template = scaffoldTemplate({ id, name: `Draft for ${family}`, cluster, members: members.map((d) => d.fingerprint), organisations, vocabulary: generic.vocabulary });
      const file = join(dir, 'extractors', `${family.replace(/-./g, (s) => s[1]!.toUpperCase())}.ts`);
      writeFileSync(file, templateSource(template, '../../src/extract/template/templateDefinition.js', `for the ${family} test`));
      drafts.push({ family, template, file, members });
    }
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each draft is one cluster: the family, whole', () => {
    for (const d of drafts) {
      expect(d.members.map((m) => m.family), d.family).toEqual(Array(d.members.length).fill(d.family));
      expect(d.members.length).toBe(docs.filter((x) => x.family === d.family).length);
    }
  });

  it('compiles and passes the template static check', () => {
    for (const d of drafts) expect(() => parseTemplate(d.template)).not.toThrow();
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', ...drafts.map((d) => d.file)], { encoding: 'utf8', cwd: ROOT });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it("claims its own cluster's documents and no other document", () => {
    for (const d of drafts) {
      const extractors = [new TemplateExtractor(d.template), genericReader];
      for (const doc of docs) {
        const claimed = extractDocument(doc.layout, { ...extractOptions(), extractors }).detection.template === d.template.id;
        expect(claimed, `${d.template.id} on ${basename(doc.path)}`).toBe(d.members.includes(doc));
      }
    }
  });

  it('is scored against the generic reader on its own documents (measured, printed)', () => {
    for (const d of drafts) {
      const generic = score(d.members, [genericReader], null);
      const drafted = score(d.members, [new TemplateExtractor(d.template), genericReader], d.template.id);
      console.log(`scaffold ${d.family}: ${d.members.length} documents, F1 draft ${drafted.toFixed(3)} vs generic ${generic.toFixed(3)}`);
      expect(drafted).toBeGreaterThan(0);
    }
  });
});
