/**
 * Where one EIA ends and the next begins in a file that bundles several (a committee
 * appendix: a cover page, then one council's EIA, then another's on another form). Every
 * extractor says where EIAs of its kind may begin (a template's start label, a heading that
 * names an assessment form); a candidate becomes a cut only when the part it begins is
 * claimed by an extractor that proposed it: the template whose start it is, or, where no
 * template claims the part, the generic reader finding a titled, answered form there. A file
 * with fewer than two cuts is one EIA, read whole as before. What comes before the first cut
 * (a cover or contents page) is its own part: it gives a record only if it is an EIA itself.
 */
import { DocumentView } from './document/documentView.js';
import { CLAIM_THRESHOLD, type Extractor } from './extractor.js';
import { hasAnswers } from './hasAnswers.js';
import type { RecordBuilder } from './record/recordBuilder.js';

/** Starts closer than this many units are one start (a form heading and its title label). */
const MIN_UNITS_PER_EIA = 8;
/** A heading within this many units of its page's first is at the top of the page. */
const PAGE_TOP_UNITS = 3;

interface Candidate {
  unit: number;
  /** The unit's page (null for formats without pages). */
  page: number | null;
  by: Set<Extractor>;
}

/** A part of a file by its units, [from, to); `whole`: the file is one EIA, read as the whole view. */
export interface PartRange {
  from: number;
  to: number;
  whole: boolean;
}

/** The file's parts, in order: [view] when it holds one EIA. */
export function splitBundle(view: DocumentView, extractors: readonly Extractor[]): DocumentView[] {
  return bundleRanges(view, extractors).map((r) => partView(view, r));
}

/** The view of one part (the whole view itself when the file is one EIA). */
export function partView(view: DocumentView, r: PartRange): DocumentView {
  return r.whole ? view : slice(view, r.from, r.to);
}

/** Where the file's parts are, in order: one whole range when it holds one EIA. */
export function bundleRanges(view: DocumentView, extractors: readonly Extractor[]): PartRange[] {
  const whole = [{ from: 0, to: view.units.length, whole: true }];
  const candidates = mergeNear(extractors.flatMap((e) => e.starts(view).map((unit) => ({ unit, page: view.units[unit]?.span.page ?? null, by: new Set([e]) }))));
  if (candidates.length < 2) return whole;
  const cuts = candidates.filter((c, i) => {
    const part = slice(view, c.unit, candidates[i + 1]?.unit ?? view.units.length);
    return claims(part, c.by, extractors, atPageTop(view, c.unit));
  });
  const bounds = cuts.map((c) => c.unit);
  // What comes before the first cut is a part of its own when the cut opens a new page (a
  // cover page, or an EIA whose start nobody proposed); otherwise it is the top of the first EIA.
  if (bounds.length > 0 && bounds[0]! > 0) {
    if (atPageTop(view, bounds[0]!)) bounds.unshift(0);
    else bounds[0] = 0;
  }
  if (bounds.length < 2) return whole;
  return bounds.map((from, i) => ({ from, to: bounds[i + 1] ?? view.units.length, whole: false }));
}

/** Whether a unit is among the first few of a page after the first: where a bundled document begins. */
function atPageTop(view: DocumentView, unit: number): boolean {
  const page = view.units[unit]?.span.page ?? null;
  const first = view.units[0]?.span.page ?? null;
  if (page === null || first === null || page <= first) return false;
  let top = unit;
  while (top > 0 && view.units[top - 1]!.span.page === page) top--;
  return unit - top <= PAGE_TOP_UNITS;
}

/**
 * Sorted, with starts closer than MIN_UNITS_PER_EIA merged into one, at the first of them;
 * but a heading on an earlier page than a template's start nearby is the end of the previous
 * document (its last page's heading), so there the template's start wins.
 */
function mergeNear(all: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const isTemplate = (c: Candidate): boolean => [...c.by].some((e) => e.kind === 'template');
  for (const c of all.sort((a, b) => a.unit - b.unit)) {
    const last = out[out.length - 1];
    if (!last || c.unit - last.unit >= MIN_UNITS_PER_EIA) {
      out.push(c);
      continue;
    }
    if (isTemplate(c) && !isTemplate(last) && last.page !== c.page) {
      last.unit = c.unit;
      last.page = c.page;
    }
    for (const e of c.by) last.by.add(e);
  }
  return out;
}

/**
 * Whether the best extractor on `part` is one that proposed it, and finds an EIA there: a
 * template that claims it, or the generic reader finding an answered form with a title
 * question answered (or, for a heading that opens a page, any answer at all).
 */
function claims(part: DocumentView, proposers: ReadonlySet<Extractor>, extractors: readonly Extractor[], pageTop: boolean): boolean {
  const ranked = extractors.map((e) => ({ e, score: e.score(part).score })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || !proposers.has(best.e)) return false;
  if (best.e.kind === 'template') return best.score >= CLAIM_THRESHOLD;
  const found = best.e.extract(part);
  const titled = (b: RecordBuilder): boolean => b.eia.title !== null && b.evidence.get('/title')?.signals.method !== 'generic-heading';
  return found.eias.some((b) => titled(b) || (pageTop && hasAnswers(b)));
}

function slice(view: DocumentView, from: number, to: number): DocumentView {
  return DocumentView.ofUnits(view.layout, view.units.slice(from, to));
}
