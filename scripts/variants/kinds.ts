/**
 * Every way the variants corpus re-renders a labelled sample: the ways councils' files
 * really come. A kind is made from the sample's .docx, its .pdf, or several samples' PDFs
 * (a bundle). `base` is the rendering a kind's score is compared with: the source document
 * itself (.docx for Word-derived kinds, the PDF otherwise).
 */
export type KindSource = 'docx' | 'pdf' | 'bundle';
export type KindFamily = 'word' | 'pdf' | 'pdftotext' | 'scan' | 'bundle';

export interface VariantKind {
  id: string;
  from: KindSource;
  family: KindFamily;
  /** Extension of the file written (the scorer pairs by name, and reads the format from the record). */
  ext: string;
  base: 'docx' | 'pdf';
  description: string;
  /** Scan settings (scan kinds only). */
  scan?: { dpi: number; colour: boolean };
  /** pdftotext settings (text kinds only). */
  text?: { mode: PdftotextMode; encoding: TextEncoding; formFeeds: boolean };
}

export type PdftotextMode = 'layout' | 'raw' | 'plain';
export type TextEncoding = 'utf8' | 'cp1252' | 'utf16';

const word = (id: string, ext: string, description: string): VariantKind => ({ id, from: 'docx', family: 'word', ext, base: 'docx', description });

const WORD_KINDS: VariantKind[] = [
  word('docx', 'docx', 'the sample .docx itself'),
  word('lo-pdf', 'pdf', 'Word → PDF by LibreOffice'),
  word('doc', 'doc', 'Word 97 .doc saved by LibreOffice'),
  word('odt', 'odt', 'OpenDocument .odt saved by LibreOffice'),
  word('rtf', 'rtf', 'RTF saved by LibreOffice'),
  word('html', 'html', 'HTML saved by LibreOffice Writer'),
  word('site-html', 'html', 'the HTML inside a committee-site page (navigation, breadcrumbs, cookie banner, footer)'),
  word('html-pdf', 'pdf', 'HTML → PDF by LibreOffice Writer/Web'),
];

const PDF_KINDS: VariantKind[] = [
  { id: 'pdf', from: 'pdf', family: 'pdf', ext: 'pdf', base: 'pdf', description: 'the sample PDF itself' },
  { id: 'gs-pdf', from: 'pdf', family: 'pdf', ext: 'pdf', base: 'pdf', description: 'the PDF re-distilled by Ghostscript (pdfwrite)' },
];

const ENCODINGS: Record<TextEncoding, string> = { utf8: 'UTF-8, LF', cp1252: 'Windows-1252, CRLF', utf16: 'UTF-16LE with BOM, CRLF' };
const TEXT_KINDS: VariantKind[] = (['layout', 'raw', 'plain'] as const).flatMap((mode) =>
  (['utf8', 'cp1252', 'utf16'] as const).flatMap((encoding) =>
    [true, false].map((formFeeds): VariantKind => ({
      id: `txt-${mode}-${encoding}${formFeeds ? '' : '-noff'}`,
      from: 'pdf',
      family: 'pdftotext',
      ext: 'txt',
      base: 'pdf',
      description: `pdftotext ${mode === 'plain' ? '(default)' : `-${mode}`}, ${ENCODINGS[encoding]}, ${formFeeds ? 'form feeds between pages' : 'no form feeds'}`,
      text: { mode, encoding, formFeeds },
    })),
  ),
);

const SCAN_KINDS: VariantKind[] = [150, 200, 300].flatMap((dpi) =>
  [false, true].map((colour): VariantKind => ({
    id: `scan-${dpi}-${colour ? 'colour' : 'grey'}`,
    from: 'pdf',
    family: 'scan',
    ext: 'pdf',
    base: 'pdf',
    description: `scanned at ${dpi} dpi in ${colour ? 'colour' : 'greyscale'}: skewed, noisy, blurred, dark edge, JPEG (seeded ranges)`,
    scan: { dpi, colour },
  })),
);

const BUNDLE_KINDS: VariantKind[] = [
  { id: 'bundle', from: 'bundle', family: 'bundle', ext: 'pdf', base: 'pdf', description: '2–3 EIAs of different templates behind a cover page (pdfunite)' },
];

export const KINDS: readonly VariantKind[] = [...WORD_KINDS, ...PDF_KINDS, ...TEXT_KINDS, ...SCAN_KINDS, ...BUNDLE_KINDS];

/** The kinds named by ids or family names (`--kinds doc,scan`); all when none are named. */
export function selectKinds(names: readonly string[] | undefined): VariantKind[] {
  if (!names || names.length === 0) return [...KINDS];
  const unknown = names.filter((n) => !KINDS.some((k) => k.id === n || k.family === n));
  if (unknown.length) throw new Error(`unknown kind(s): ${unknown.join(', ')} (kinds: ${KINDS.map((k) => k.id).join(', ')}; families: word, pdf, pdftotext, scan, bundle)`);
  return KINDS.filter((k) => names.includes(k.id) || names.includes(k.family));
}
