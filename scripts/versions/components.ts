/** The versioned components and the code each one is (see versionHashes.ts). */
import { WORD_EXTRACTOR_CONVERTER } from '../../src/convert/doc/wordExtractorToLayout.js';
import { DOCX_CONVERTER } from '../../src/convert/docx/docxToLayout.js';
import { HTML_CONVERTER } from '../../src/convert/html/htmlToLayout.js';
import { LIBREOFFICE_CONVERTER } from '../../src/convert/office/officeViaLibreOffice.js';
import { PDF_CONVERTER } from '../../src/convert/pdf/pdfToLayout.js';
import { TXT_CONVERTER } from '../../src/convert/txt/txtToLayout.js';
import { generic } from '../../extractors/generic.js';
import { TEMPLATES } from '../../extractors/index.js';
import { ENGINE_VERSION } from '../../extractors/registry.js';
import type { Component } from './versionHashes.js';

/** A template's data file, by id (its file names the template). */
const TEMPLATE_FILES: Record<string, string> = {
  bathnes: 'extractors/bathnes.ts',
  'kent-eqia': 'extractors/kentEqia.ts',
  'derby-2011': 'extractors/derby2011.ts',
  coventry: 'extractors/coventry.ts',
};

const isGeneric = (f: string): boolean => f === 'extractors/generic.ts' || f.startsWith('src/extract/generic/');
const isTemplateFile = (f: string): boolean => Object.values(TEMPLATE_FILES).includes(f) || f === 'extractors/index.ts';

export function components(): Component[] {
  const missing = TEMPLATES.filter((t) => !TEMPLATE_FILES[t.id]);
  if (missing.length) throw new Error(`scripts/versions/components.ts: name the file of template ${missing.map((t) => t.id).join(', ')}`);
  return [
    { id: `converter:${PDF_CONVERTER.name}`, version: PDF_CONVERTER.version, entries: ['src/convert/pdf/pdfToLayout.ts'] },
    { id: `converter:${DOCX_CONVERTER.name}`, version: DOCX_CONVERTER.version, entries: ['src/convert/docx/docxToLayout.ts'] },
    { id: `converter:${TXT_CONVERTER.name}`, version: TXT_CONVERTER.version, entries: ['src/convert/txt/txtToLayout.ts'] },
    { id: `converter:${HTML_CONVERTER.name}`, version: HTML_CONVERTER.version, entries: ['src/convert/html/htmlToLayout.ts'] },
    { id: `converter:${LIBREOFFICE_CONVERTER.name}`, version: LIBREOFFICE_CONVERTER.version, entries: ['src/convert/office/officeViaLibreOffice.ts'] },
    { id: `converter:${WORD_EXTRACTOR_CONVERTER.name}`, version: WORD_EXTRACTOR_CONVERTER.version, entries: ['src/convert/doc/wordExtractorToLayout.ts'] },
    ...TEMPLATES.map((t) => ({ id: `template:${t.id}`, version: t.version, entries: [TEMPLATE_FILES[t.id]!], excludes: (f: string) => f !== TEMPLATE_FILES[t.id] })),
    { id: 'extractor:generic', version: generic.version, entries: ['extractors/generic.ts', 'src/extract/generic/genericExtractor.ts'], excludes: (f) => !isGeneric(f) },
    { id: 'engine', version: ENGINE_VERSION, entries: ['extractors/registry.ts', 'workers/extractJob.ts'], excludes: (f) => isGeneric(f) || isTemplateFile(f) },
  ];
}
