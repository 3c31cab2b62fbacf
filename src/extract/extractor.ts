/**
 * What every extractor is: a council template read by the template engine, or the generic
 * reader for forms no template knows. `extractDocument` scores them all on a document,
 * lets the best one extract, and turns what it found into records; nothing there knows
 * which kind of extractor it is talking to beyond `kind` (confidence is fitted apart for the
 * generic reader, whose mistakes are of another sort).
 */
import type { DocumentView } from './document/documentView.js';
import type { RecordBuilder } from './record/recordBuilder.js';

/**
 * A template must score at least this to claim a document. The generic reader scores exactly
 * this, so it reads whatever no template claims.
 */
export const CLAIM_THRESHOLD = 0.35;

export interface ExtractorScore {
  /** How well this extractor fits the document, in [0, 1]; the highest one extracts. */
  score: number;
  /** Why, in a few words, for `not-eia` reasons and for people tuning detection. */
  detail: string;
}

/** What one extraction found: one EIA per entry (a bundle holds several), in file order. */
export interface ExtractorResult {
  eias: RecordBuilder[];
  /** Set (and `eias` empty) when the document is not an assessment form at all: why not. */
  notEia?: string;
}

export interface Extractor {
  /** Template id, written on every record ("bathnes", "generic"). */
  readonly id: string;
  /** Bump when what comes out changes: re-runs compare records by extractor version. */
  readonly version: string;
  /** A known council form, or the generic reader that takes what no template claims. */
  readonly kind: 'template' | 'generic';
  /**
   * What `score` and `starts` read, as a short key (a hash of a template's detection rules;
   * the generic reader's version): while every extractor's key stays the same, every
   * document is ranked and cut as before, so a re-run need only redo the documents read by
   * an extractor whose version changed (model/extractionDependencies.ts).
   */
  readonly detectionKey: string;
  score(view: DocumentView): ExtractorScore;
  extract(view: DocumentView): ExtractorResult;
  /**
   * Units where an EIA of this kind may begin, ascending: candidates for cutting a file that
   * bundles several EIAs (extract/splitBundle.ts checks each before cutting there).
   */
  starts(view: DocumentView): number[];
}
