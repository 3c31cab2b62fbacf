import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/extract/template/templateDefinition.js';
import { TEMPLATES } from '../../extractors/index.js';
import { extractorSetKey } from '../../extractors/registry.js';

const samples = new URL('../../samples/', import.meta.url);

describe('templates', () => {
  it('every template parses and its rules only point at labels it declares', () => {
    for (const t of TEMPLATES) expect(() => parseTemplate(t)).not.toThrow();
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it('a rule pointing at an undeclared label is refused', () => {
    const broken = { ...TEMPLATES[0]!, fields: [...TEMPLATES[0]!.fields, { from: 'no-such-label', to: 'title' }] };
    expect(() => parseTemplate(broken)).toThrow(/unknown label "no-such-label"/);
    const twice = { ...TEMPLATES[0]!, labels: [...TEMPLATES[0]!.labels, TEMPLATES[0]!.labels[0]!] };
    expect(() => parseTemplate(twice)).toThrow(/declared twice/);
  });

  it('every template has at least one labelled sample', () => {
    const labelled = new Set(
      readdirSync(samples)
        .filter((f) => f.endsWith('.expected.json'))
        .flatMap((f) => (JSON.parse(readFileSync(new URL(f, samples), 'utf8')) as { records: Array<{ template: string }> }).records.map((r) => r.template)),
    );
    for (const t of TEMPLATES) expect(labelled, `no sample for ${t.id}`).toContain(t.id);
  });

  it('names the extractor set by every template version', () => {
    const key = extractorSetKey();
    for (const t of TEMPLATES) expect(key).toContain(`${t.id}@${t.version}`);
  });
});
