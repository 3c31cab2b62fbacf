/**
 * The same synthetic form as a Word document would hold it: headings, two-column tables of
 * labels and answers, the impact grid, the action plan and the sign-off as real tables. It is
 * written as HTML for LibreOffice to save as .docx and print to PDF (synthForms.ts), so the
 * generic reader meets unknown forms through the Word and PDF converters as well as text.
 */
import type { Random } from '../variants/seededRandom.js';
import { writeDate, type SynthContent } from './synthContent.js';
import type { FormShape } from './synthShape.js';
import { GUIDANCE, gridQuestion, gridTitles, headerRows, rowCells, rowLabel } from './renderSynthForm.js';
import { headerAuthor, signOffParts } from './synthSignOff.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (text: string, tag = 'td'): string => `<${tag}>${escape(text)}</${tag}>`;
const table = (rows: readonly string[][], header = false): string =>
  `<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">${rows.map((r, i) => `<tr>${r.map((c) => cell(c, header && i === 0 ? 'th' : 'td')).join('')}</tr>`).join('')}</table>`;
const para = (text: string): string => `<p>${escape(text)}</p>`;

export function renderSynthHtml(content: SynthContent, shape: FormShape, random: Random): string {
  const date = (iso: string): string => writeDate(iso, shape.dateStyle);
  const guidance = (kind: keyof typeof GUIDANCE): string => (shape.guidance ? ` ${random.pick(GUIDANCE[kind])}` : '');
  const parts: string[] = [para(content.organisation), `<h1>${escape(shape.heading)}</h1>`, '<h2>Section 1: About the proposal</h2>'];
  parts.push(table([
    [shape.labels.title, content.title],
    [shape.labels.directorate, content.directorate],
    [shape.labels.service, content.service],
    [shape.labels.date, date(content.assessmentDate)],
    ...[headerAuthor(content, shape, random)].filter((f) => f !== null).map((f) => [f.label, f.answer]),
    [`${shape.labels.purpose}${guidance('purpose')}`, content.purpose],
    [`${shape.labels.consultation}${guidance('consultation')}`, content.consultation],
  ]));
  parts.push('<h2>Section 2: Impact on people with protected characteristics</h2>', para(gridQuestion(shape)));
  parts.push(table([...headerRows(shape, [shape.rowsTitle, ...gridTitles(shape)]), ...content.impacts.map((i) => [rowLabel(shape, i.label), ...rowCells(shape, i)])], true));
  parts.push('<h2>Section 3: Action plan</h2>', table([['Action', 'Lead officer', 'Timescale'], ...content.actions.map((a) => [a.action, a.owner, a.due])], true));
  parts.push('<h2>Section 4: Sign-off</h2>');
  for (const part of signOffParts(content, shape, random)) {
    if ('table' in part) parts.push(table(part.table, true));
    else if ('lines' in part) parts.push(...part.lines.map(para));
    else parts.push(`<h3>${escape(part.caption)}</h3>`, table(part.rows));
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escape(shape.heading)}</title></head><body>\n${parts.join('\n')}\n</body></html>\n`;
}
