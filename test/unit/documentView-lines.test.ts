/**
 * Line starts and slices, now that both are computed without re-scanning: a unit's line
 * starts are the first token at or after each line's offset (a reading-order block of many
 * lines), and a slice of a view (a bundle's second EIA) has the tokens and line starts a
 * view built from the same paragraphs would have, renumbered from its own first token.
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/model/layout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';

const span = { start: 0, end: 0, page: null };
const block = (text: string): Layout['blocks'][number] => {
  const lines = [...text.matchAll(/\n/g)].map((m) => m.index + 1);
  return { type: 'paragraph', role: 'body', text, span, lines } as unknown as Layout['blocks'][number];
};
const layout = (texts: string[]): Layout =>
  ({ format: 'txt', pages: 0, meta: { textKind: 'plain' }, blocks: texts.map(block) }) as unknown as Layout;

const texts = ['Cover page', 'Name of policy\nLibraries review\n  \n3.1 Who is affected?\nResidents, staff', 'Lead officer: A. Person\nDate\n12 May 2024'];

describe('DocumentView line starts', () => {
  it('puts each line start at the first token of its line, skipping a line with no token', () => {
    const view = new DocumentView(layout(texts));
    const unit = view.units[1]!;
    const firstWords = unit.lineStarts.map(([k, char]) => [view.tokens[k]!.norm, unit.text.slice(char, char + 3)]);
    // The blank line starts no token of its own: its start is the next line's first token.
    expect(firstWords).toEqual([['libraries', 'Lib'], ['3', '  \n'], ['3', '3.1'], ['residents', 'Res']]);
  });

  it('gives a slice the tokens and line starts of a view built from its paragraphs alone', () => {
    const whole = new DocumentView(layout(texts));
    const slice = DocumentView.ofUnits(whole.layout, whole.units.slice(1));
    const fresh = new DocumentView(layout(texts.slice(1)));
    expect(slice.tokens).toEqual(fresh.tokens);
    expect(slice.units.map((u) => [u.firstToken, u.lineStarts, u.tokens])).toEqual(fresh.units.map((u) => [u.firstToken, u.lineStarts, u.tokens]));
  });
});
