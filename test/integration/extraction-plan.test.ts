/**
 * Re-extraction from a plan is extraction: on every sample (PDF, Word, text) and on a text
 * bundle of two EIAs, reading the parts as the plan says gives exactly what detecting afresh
 * gives; a plan made for another view is not used. And a template's detection reads only
 * what its detection key covers (detect, start, labels): with every other part of the
 * definition emptied, each template scores and cuts every sample as before, so a re-run may
 * keep documents when only extraction rules changed.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { TemplateExtractor } from '../../src/extract/engine/templateExtractor.js';
import { extractDocument } from '../../src/extract/extractDocument.js';
import type { Layout } from '../../src/model/layout.js';
import { extractOptions } from '../../extractors/registry.js';
import { TEMPLATES } from '../../extractors/index.js';
import type { TemplateDefinition } from '../../src/extract/template/templateDefinition.js';
import { SAMPLES_DIR, sampleInputs } from '../helpers/samples.js';

const layouts: Array<{ name: string; layout: Layout }> = [];

beforeAll(async () => {
  for (const path of sampleInputs()) layouts.push({ name: basename(path), layout: await convertDocument(path, readFileSync(path), DEFAULT_CONVERT_LIMITS) });
  const parts = ['bathnes-commissioning-2024', 'coventry-council-tax-support-2025'];
  const text = ['Cabinet report. Appendix 3 – Equality Impact Assessments', ...parts.map((p, i) => `Appendix 3.${i + 1}\n\n${readFileSync(join(SAMPLES_DIR, `${p}.txt`), 'utf8')}`)].join('\n\f');
  layouts.push({ name: 'text bundle', layout: await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS) });
}, 240_000);

describe('extraction from a plan', () => {
  it('gives what detecting afresh gives, on every sample and on a bundle', () => {
    const options = extractOptions();
    let multiPart = 0;
    for (const { name, layout } of layouts) {
      const fresh = extractDocument(layout, options);
      if (fresh.plan.parts.length > 1) multiPart++;
      const planned = extractDocument(layout, options, fresh.plan);
      expect(planned, name).toEqual(fresh);
    }
    expect(layouts.length).toBeGreaterThan(20);
    expect(multiPart).toBeGreaterThan(0);
  });

  it('is not used for another view of the file', () => {
    const options = extractOptions();
    const { layout } = layouts.find((l) => l.name === 'text bundle')!;
    const fresh = extractDocument(layout, options);
    // A plan that says the file is one whole part, for a view one unit longer: ignored.
    const wrong = { units: fresh.plan.units + 1, parts: [{ ...fresh.plan.parts[0]!, from: 0, to: fresh.plan.units + 1, whole: true }] };
    expect(extractDocument(layout, options, wrong)).toEqual(fresh);
    // One naming an extractor that is not installed: ignored too.
    const gone = { ...fresh.plan, parts: fresh.plan.parts.map((p) => ({ ...p, extractor: 'no-such-template' })) };
    expect(extractDocument(layout, options, gone)).toEqual(fresh);
  });
});

describe("a template's detection", () => {
  it('reads nothing but detect, start and labels', () => {
    for (const t of TEMPLATES) {
      const full = new TemplateExtractor(t);
      const emptied: TemplateDefinition = { ...t, version: 'bare', name: 'bare', organisation: null, fields: [], people: [], impacts: [], boilerplate: [], choices: [], actions: { columns: {} } };
      delete emptied.outcome;
      delete emptied.assessmentDateFrom;
      const bare = new TemplateExtractor(emptied);
      expect(bare.detectionKey).toBe(full.detectionKey);
      for (const { name, layout } of layouts) {
        const view = new DocumentView(layout);
        expect(bare.score(view), `${t.id} on ${name}`).toEqual(full.score(view));
        expect(bare.starts(view), `${t.id} on ${name}`).toEqual(full.starts(view));
      }
    }
  });
});
