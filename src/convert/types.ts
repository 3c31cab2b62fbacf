import type { Layout } from '../model/layout.js';

/** Limits every converter honours; defaults live in src/convert/limits.ts. */
export interface ConvertLimits {
  /** Refuse PDFs with more pages than this. */
  maxPages: number;
  /** Refuse a .docx whose parts inflate past this many bytes (checked while inflating). */
  maxInflatedBytes: number;
}

/** How far a slow conversion is: page `page` of `of` read (its text layer) or read by OCR. */
export interface PageProgress {
  stage: 'read' | 'ocr';
  page: number;
  of: number;
}

/** Told as each page starts, so a person waiting on a long scan sees it move. */
export type OnPage = (progress: PageProgress) => void;

/** A converter: the file's bytes in, one layout out, or a ConversionError with its reason. */
export type Converter = (bytes: Uint8Array, limits: ConvertLimits, onPage?: OnPage) => Promise<Layout>;
