/**
 * The people of a synthetic form, as its sign-off and (where the form asks first) its opening
 * section write them. One description serves the text and the Word renderings: each turns
 * tables into its own tables and lines into its own lines or paragraphs.
 */
import type { Random } from '../variants/seededRandom.js';
import { writeDate, type SynthContent, type SynthPerson } from './synthContent.js';
import type { FormShape } from './synthShape.js';

/** A sign-off as the form lays it out: one table, captioned blocks of label rows, or "Label: answer" lines. */
export type SignOffPart = { table: string[][] } | { caption: string; rows: string[][] } | { lines: string[] };

const BLOCK_CAPTIONS = {
  author: ['Officer completing the assessment', 'Assessment completed by', 'Lead officer for this assessment'],
  approver: ['Approved by', 'Signed off by (Director or Head of Service)', 'Authorised by'],
};
const LINE_CAPTIONS = { author: 'Completed by', approver: 'Approved by' };
const HEADER_LABELS = ['Lead officer', 'Name and job title of lead officer', 'Officer completing this assessment'];

/** The people the sign-off names: the approver only, where the opening section named the author. */
export function signers(content: SynthContent, shape: FormShape): SynthPerson[] {
  return shape.authorInHeader ? content.people.filter((p) => p.capacity !== 'author') : content.people;
}

/** The opening section's author field ("Lead officer" → "Name, Job title"), or null where the form has none. */
export function headerAuthor(content: SynthContent, shape: FormShape, random: Random): { label: string; answer: string } | null {
  const author = content.people.find((p) => p.capacity === 'author');
  if (!shape.authorInHeader || !author) return null;
  return { label: random.pick(HEADER_LABELS), answer: random.next() < 0.5 ? `${author.name}, ${author.role}` : `${author.name} (${author.role})` };
}

/** A signer's contact rows, as forms print them under the name ("Email", "Telephone"). */
function contactRows(p: SynthPerson, content: SynthContent, random: Random): string[][] {
  const domain = `${content.organisation.split(/\s+/)[0]!.toLowerCase()}.gov.uk`;
  return [['Email', `${p.name.toLowerCase().replace(/\s+/g, '.')}@${domain}`], ['Telephone', `01632 ${random.int(100, 999)} ${random.int(100, 999)}`]];
}

export function signOffParts(content: SynthContent, shape: FormShape, random: Random): SignOffPart[] {
  const date = (iso: string | null): string => (iso ? writeDate(iso, shape.dateStyle) : '');
  const people = signers(content, shape);
  const contacts = (p: SynthPerson): string[][] => (shape.contacts ? contactRows(p, content, random) : []);
  // Text a line each has no tables: its sign-off is lines too.
  const tabled = shape.rendering !== 'lines';
  if (shape.signOff === 'table' && tabled) {
    return [{ table: [['', 'Name', 'Job title', 'Date'], ...people.map((p) => [LINE_CAPTIONS[p.capacity], p.name, p.role, date(p.date)])] }];
  }
  if (shape.signOff === 'columns' && tabled) {
    return [{ table: [['', ...people.map((p) => LINE_CAPTIONS[p.capacity])], ['Name', ...people.map((p) => p.name)], ['Job title', ...people.map((p) => p.role)], ['Date', ...people.map((p) => date(p.date))]] }];
  }
  if (shape.signOff === 'blocks') {
    return people.map((p) => ({
      caption: random.pick(BLOCK_CAPTIONS[p.capacity]),
      rows: [['Name', p.name], ['Job title', p.role], ...contacts(p), ['Signature', ''], ['Date', date(p.date)]],
    }));
  }
  if (shape.signOff === 'inline') {
    return people.map((p) => ({ lines: [`${LINE_CAPTIONS[p.capacity]}: ${p.name} (${p.role})`, ...(p.date ? [`Date: ${date(p.date)}`] : [])] }));
  }
  return people.map((p) => ({
    lines: [`${LINE_CAPTIONS[p.capacity]}: ${p.name}`, `Job title: ${p.role}`, ...contacts(p).map(([l, a]) => `${l}: ${a}`), ...(p.date ? [`Date: ${date(p.date)}`] : [])],
  }));
}
