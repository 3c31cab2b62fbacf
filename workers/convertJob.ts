/**
 * Stage one of a file's job: bytes → layout. Pure: the same bytes and converter version
 * always give the same layout, which is why the store caches layouts by sha256 and
 * converter version and a re-run goes straight to stage two.
 */
import { convertDocument, converterKey } from '../src/convert/convertDocument.js';
import { detectFormat } from '../src/convert/detectFormat.js';
import type { ConvertLimits, OnPage } from '../src/convert/types.js';
import type { Layout, LayoutFormat } from '../src/model/layout.js';

export interface Converted {
  format: LayoutFormat;
  /** "name@version" of the converter: the layout cache key, with the content's sha256. */
  converter: string;
  layout: Layout;
}

/** Throws ConversionError (with its reason) for a file no converter can read. */
/** `format`: as the coordinator detected it, when it did. */
export async function convertJob(path: string, bytes: Uint8Array, limits: ConvertLimits, format: LayoutFormat = detectFormat(path, bytes), onPage?: OnPage): Promise<Converted> {
  return { format, converter: converterKey(format), layout: await convertDocument(path, bytes, limits, format, onPage) };
}
