/**
 * Writes a folder of every kind of broken, hostile or odd input a backfill meets, each with
 * the status and reason the pipeline must give it (issue: "Bad input never stops a
 * backfill"). Large cases (a 50 MB line, a zip bomb, 500 pages) are generated, not stored.
 *
 *   node dist/scripts/badInputs/makeBadInputs.js OUT_DIR
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { docxOf, zipBombDocx, zipOf } from './docxWriter.js';
import { encryptedPdf, hostilePdf, imageOnlyPdf, textPdf, zeroPagePdf } from './pdfWriter.js';

export interface BadInput {
  /** Path relative to the fixture folder (as `eia status --files` will list it). */
  path: string;
  /** Statuses acceptable for this input, and the reasons acceptable for a failure. */
  expect: { status: Array<'extracted' | 'failed' | 'not-eia' | 'empty-form'>; reason?: string[] };
  why: string;
}


const MINUTES = `Minutes of the meeting of the Planning Committee held on 12 March 2024 at the Guildhall.
Present: Councillors Adams (Chair), Brown, Clarke and Davies.
1. Apologies for absence were received from Councillor Evans.
2. Declarations of interest: none.
3. Minutes of the previous meeting were agreed as a correct record.
4. Planning application 23/01234/FUL, 14 High Street: the committee resolved to grant permission subject to conditions.
5. Date of next meeting: 9 April 2024.`;

const BUDGET = ['Cost centre,Service,2023/24 budget,2024/25 budget,Change', 'AC100,Home care,"£12,450,000","£12,980,000",4.3%',
  'AC200,Day services,"£3,210,000","£3,150,000",-1.9%', 'CH310,Fostering,"£8,900,000","£9,420,000",5.8%', 'HW020,Highways,"£6,100,000","£6,050,000",-0.8%'].join('\n');

/** The B&NES form with its questions and no answers: a blank template, not an assessment. */
const BLANK_BATHNES = [
  'Equality Impact Assessment / Equality Analysis',
  { table: [['Item name', 'Details'], ['Title of service or policy', ''], ['Name of directorate and service', ''], ['Name and role of officers completing the EIA', ''], ['Date of assessment', '']] },
  '1.1 Identify the aims of the policy or service and how it is implemented',
  { table: [['Key questions', 'Answers / notes'], ['1.1 Briefly describe purpose of the service/policy', ''], ['1.2 Provide brief details of the scope of the policy or service being reviewed', ''], ['1.3 Do the aims of this policy link to or conflict with any other policies of the Council?', '']] },
  "3. Assessment of impact: 'Equality analysis'",
  { table: [['Key questions', 'Examples of what the service has done to promote equality', 'Examples of actual or potential negative or adverse impact and what steps have been or could be taken to address this'],
    ['3.1 Issues relating to all groups and protected characteristics', '', ''], ['3.2 Sex – identify the impact/potential impact of the policy on women and men.', '', ''],
    ['3.5 Disability – identify the impact/potential impact of the policy on disabled people', '', ''], ['3.6 Age – identify the impact/potential impact of the policy on different age groups', '', '']] },
  '4. Bath and North East Somerset Council Equality Impact Assessment Improvement Plan',
  { table: [['Issues identified', 'Actions required', 'Progress milestones', 'Officer responsible', 'By when'], ['', '', '', '', '']] },
  '5. Sign off and publishing',
  'Signed off by:',
];

export const BAD_INPUTS: BadInput[] = [
  { path: 'pdf/truncated.pdf', expect: { status: ['failed'], reason: ['corrupt'] }, why: 'the first 40% of a real PDF' },
  { path: 'pdf/bad-xref.pdf', expect: { status: ['extracted', 'failed'], reason: ['corrupt'] }, why: 'a real PDF whose startxref points nowhere (pdf.js may rebuild it)' },
  { path: 'pdf/encrypted-user.pdf', expect: { status: ['failed'], reason: ['encrypted'] }, why: 'needs a user password' },
  { path: 'pdf/owner-password-only.pdf', expect: { status: ['not-eia', 'extracted'] }, why: 'restricted by an owner password only: opens without one' },
  { path: 'pdf/zero-pages.pdf', expect: { status: ['failed'], reason: ['no-content'] }, why: 'a page tree with no pages' },
  { path: 'pdf/zero-bytes.pdf', expect: { status: ['failed'], reason: ['empty-file'] }, why: 'an empty file' },
  { path: 'pdf/image-only.pdf', expect: { status: ['failed'], reason: ['no-text-layer'] }, why: 'a scan with no text layer' },
  { path: 'pdf/500-pages.pdf', expect: { status: ['not-eia', 'extracted'] }, why: 'a 500-page text PDF' },
  { path: 'pdf/html-named.pdf', expect: { status: ['failed'], reason: ['wrong-format'] }, why: 'an HTML page saved as .pdf' },
  { path: 'pdf/word-named.pdf', expect: { status: ['failed'], reason: ['wrong-format'] }, why: 'a Word file renamed .pdf' },
  { path: 'pdf/self-referencing.pdf', expect: { status: ['failed'], reason: ['corrupt', 'no-content', 'timed-out'] }, why: 'a page tree that contains itself and an object nested 50 000 deep' },
  { path: 'docx/not-a-zip.docx', expect: { status: ['failed'], reason: ['wrong-format'] }, why: 'plain text named .docx' },
  { path: 'docx/no-document-part.docx', expect: { status: ['failed'], reason: ['corrupt'] }, why: 'a zip without word/document.xml' },
  { path: 'docx/zip-bomb.docx', expect: { status: ['failed'], reason: ['too-large'] }, why: 'a tiny file that inflates to gigabytes' },
  { path: 'docx/legacy-word.docx', expect: { status: ['failed'], reason: ['corrupt'] }, why: 'an OLE2 header with no Word document inside, named .docx (real .doc files are read)' },
  { path: 'txt/utf16-with-bom.txt', expect: { status: ['extracted'] }, why: 'a real EIA export saved as UTF-16 LE with a BOM' },
  { path: 'txt/windows-1252.txt', expect: { status: ['extracted'] }, why: 'a real EIA export in Windows-1252 (£, curly quotes)' },
  { path: 'txt/binary-garbage.txt', expect: { status: ['failed'], reason: ['unsupported-format'] }, why: 'random bytes named .txt' },
  { path: 'txt/one-50mb-line.txt', expect: { status: ['failed'], reason: ['too-large'] }, why: 'a single 50 MB line' },
  { path: 'not-eia/minutes.txt', expect: { status: ['not-eia'] }, why: 'committee minutes' },
  { path: 'not-eia/budget-export.txt', expect: { status: ['not-eia'] }, why: 'a budget spreadsheet exported as text' },
  { path: 'not-eia/blank-bathnes-form.docx', expect: { status: ['empty-form'] }, why: 'the B&NES form with no answers' },
  { path: 'paths/dangling-link.pdf', expect: { status: ['failed'], reason: ['unreadable'] }, why: 'a symlink to a file that is not there' },
];

/** A file whose name is not valid UTF-8 (Latin-1 "é"), holding a real EIA export. */
export const NON_UTF8_NAME = Buffer.concat([Buffer.from('paths/r'), Buffer.from([0xe9]), Buffer.from('sum\u00e9-derby.txt'.replace('\u00e9', 'e'))]);

export interface MakeOptions {
  /** The project's samples folder (real EIAs some cases are made from). Default ./samples. */
  samplesDir?: string;
  /** Inflated size of the zip bomb. Default 2 GiB. */
  zipBombBytes?: number;
}

export async function makeBadInputs(dir: string, options: MakeOptions = {}): Promise<void> {
  const samples = resolve(options.samplesDir ?? 'samples');
  const sample = (name: string): Buffer => readFileSync(join(samples, name));
  for (const sub of ['pdf', 'docx', 'txt', 'not-eia', 'paths']) mkdirSync(join(dir, sub), { recursive: true });
  const put = (path: string, bytes: Buffer | string): void => writeFileSync(join(dir, path), bytes);
  const pdf = sample('kent-residential-procurement-2021.pdf');
  put('pdf/truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.4)));
  put('pdf/bad-xref.pdf', Buffer.from(pdf.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n999999999'), 'latin1'));
  put('pdf/encrypted-user.pdf', encryptedPdf('secret', 'owner'));
  put('pdf/owner-password-only.pdf', encryptedPdf('', 'owner', 'Equality Impact Assessment of the library opening hours'));
  put('pdf/zero-pages.pdf', zeroPagePdf());
  put('pdf/zero-bytes.pdf', Buffer.alloc(0));
  put('pdf/image-only.pdf', imageOnlyPdf());
  put('pdf/500-pages.pdf', textPdf(Array.from({ length: 500 }, (_, i) => [`Annual report, page ${i + 1}`, 'Income and expenditure for the year, by service.'])));
  put('pdf/html-named.pdf', '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>');
  // Its own Word file: a renamed copy of a valid sample would share that sample's content
  // (and so its document, keyed by sha256) and its fate.
  put('pdf/word-named.pdf', await docxOf(['Equality Impact Assessment', { table: [['Title of policy', 'Library opening hours']] }]));
  put('pdf/self-referencing.pdf', hostilePdf());
  put('docx/not-a-zip.docx', 'This is a text file, not a Word document.');
  put('docx/no-document-part.docx', await zipOf([['readme.txt', 'no Word parts here'], ['media/image1.png', Buffer.alloc(64)]]));
  put('docx/zip-bomb.docx', await zipBombDocx(options.zipBombBytes ?? 2 * 1024 ** 3));
  put('docx/legacy-word.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0x20)]));
  put('txt/utf16-with-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample('kent-residential-procurement-2021.txt').toString('utf8'), 'utf-16le')]));
  copyFileSync(join(samples, 'bathnes-adult-care-charging-2024.txt'), join(dir, 'txt/windows-1252.txt'));
  put('txt/binary-garbage.txt', Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256)));
  put('txt/one-50mb-line.txt', Buffer.alloc(50 * 1024 * 1024, 'equality '));
  put('not-eia/minutes.txt', MINUTES);
  put('not-eia/budget-export.txt', BUDGET);
  put('not-eia/blank-bathnes-form.docx', await docxOf(BLANK_BATHNES));
  symlinkSync(join(dir, 'paths/missing.pdf'), join(dir, 'paths/dangling-link.pdf'));
  symlinkSync('..', join(dir, 'paths/loop'));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), NON_UTF8_NAME]), sample('derby-cic-commissioning-2011.txt'));
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: makeBadInputs OUT_DIR');
    process.exit(2);
  }
  await makeBadInputs(out);
  console.log(`wrote ${BAD_INPUTS.length + 1} bad inputs to ${out}`);
}
