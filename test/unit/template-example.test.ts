/**
 * extractors/README.md teaches templates with one complete example; it is this fixture,
 * verbatim, and it really extracts its own little form.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { TemplateExtractor } from '../../src/extract/engine/templateExtractor.js';
import { extractDocument } from '../../src/extract/extractDocument.js';
import { parseTemplate } from '../../src/extract/template/templateDefinition.js';
import { exampleBorough } from '../fixtures/templates/exampleBorough.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/templates/${name}`, import.meta.url), 'utf8');

describe('the template example in extractors/README.md', () => {
  it('is the fixture template, word for word', () => {
    const readme = readFileSync(new URL('../../extractors/README.md', import.meta.url), 'utf8');
    const body = fixture('exampleBorough.ts').split('\n').filter((l) => !l.startsWith('import ') && !/^( \*|\/\*\*| \*\/)/.test(l)).join('\n').trim();
    expect(readme).toContain(body);
  });

  it('parses, and reads its form', async () => {
    const layout = await txtToLayout(new TextEncoder().encode(fixture('example-borough.txt')), DEFAULT_CONVERT_LIMITS);
    const out = extractDocument(layout, { extractors: [new TemplateExtractor(parseTemplate(exampleBorough))], model: { version: 1, groups: {} }, reviewThreshold: 0.9 });
    expect(out.status).toBe('extracted');
    const eia = out.records[0]!.eia;
    expect(eia).toMatchObject({ title: 'Library opening hours 2026', directorate: 'Communities', assessmentDate: '2026-03-03', organisation: 'Example Borough Council' });
    expect(eia.people).toEqual([{ name: 'Sam Taylor', role: 'Lead officer', capacity: 'author', date: null }]);
    expect(eia.impacts.map((i) => [i.characteristic, i.rating])).toEqual([['age', 'positive'], ['disability', 'both']]);
  });
});
