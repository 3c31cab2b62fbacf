/**
 * What became of one input file: the four statuses a user sees, and the specific reasons a
 * file failed. Reasons are a closed list so that `eia status` can group failures and a
 * re-run (`--retry-failed`) can tell which are worth retrying.
 */
export const DOCUMENT_STATUSES = ['extracted', 'failed', 'not-eia', 'empty-form'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** What reading a document can end in, when it could be read at all (every status but `failed`). */
export const EXTRACTION_STATUSES = ['extracted', 'not-eia', 'empty-form'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];

export const FAILURE_REASONS = {
  /** Zero bytes. */
  'empty-file': 'the file is empty (0 bytes)',
  /** The bytes are not what the extension says and no converter takes them. */
  'unsupported-format': 'the file is not a PDF, Word .docx or text file',
  /** The extension says one format but the bytes are another (an HTML page named .pdf). */
  'wrong-format': 'the file content does not match its extension',
  /** A legacy binary Word .doc (often renamed .docx). */
  'legacy-doc': 'legacy Word .doc format is not supported; save it as .docx or PDF',
  /** The structure is damaged beyond what the parser can recover. */
  corrupt: 'the file is damaged and could not be read',
  /** A user password is needed to open it. */
  encrypted: 'the PDF is encrypted with a password',
  /** The document opened but holds no pages or no text at all. */
  'no-content': 'the document has no pages or no text',
  /** Pages exist but have no text layer (a scan) and OCR is not available. */
  'no-text-layer': 'the PDF has no text layer (scanned images); OCR is needed',
  /** Over a configured limit: bytes, pages, inflated size. */
  'too-large': 'the file is over a size limit',
  /** Ran past the per-file wall-time limit. */
  'timed-out': 'processing took longer than the per-file time limit',
  /** The worker ran out of its memory limit on this file. */
  'out-of-memory': 'processing ran out of the per-worker memory limit',
  /** The file could not be read from disk. */
  unreadable: 'the file could not be read',
  /**
   * A .odt or .rtf (or a .doc the pure-JS reader cannot open) needs LibreOffice to be read,
   * and it is not installed (or switched off with EIA_LIBREOFFICE=off).
   */
  'needs-libreoffice': 'reading this format needs LibreOffice (soffice), which is not installed',
  /** A bug: an exception the pipeline did not expect. */
  internal: 'an unexpected error occurred',
} as const;
export type FailureReason = keyof typeof FAILURE_REASONS;

/** Reasons that may succeed on a second try without the file changing. */
export const RETRYABLE_REASONS: ReadonlySet<FailureReason> = new Set(['timed-out', 'out-of-memory', 'unreadable', 'internal']);
