import type { Layout } from '../model/layout.js';

/** Limits every converter honours; defaults live in src/convert/limits.ts. */
export interface ConvertLimits {
  /** Refuse PDFs with more pages than this. */
  maxPages: number;
  /** Refuse a .docx whose parts inflate past this many bytes (checked while inflating). */
  maxInflatedBytes: number;
}

/** A converter: the file's bytes in, one layout out, or a ConversionError with its reason. */
export type Converter = (bytes: Uint8Array, limits: ConvertLimits) => Promise<Layout>;
