/**
 * A characteristic's block that answers its questions on labelled lines:
 *
 *     Disability
 *     Positive impact: Yes
 *     Negative impact: Don't know
 *     Reasons: Carers who are themselves disabled …
 *
 * Each "Positive / Negative / Adverse impact: Yes / No / Don't know" line is an answer to the
 * form's question, not narrative; the row's rating follows from the answers together
 * (corpus/LABELLING.md: Yes to positive and to negative → both; only No → neutral; Don't know
 * and no Yes → unknown). A "Reasons:" or "Comments:" prefix is the form's own word, dropped.
 */
import type { Rating } from '../../../model/vocabulary.js';
import { isNoImpactStatement, isNotApplicable, twoColumnRating } from '../../parse/rating.js';
import { tickedOptions } from '../tickedOptions.js';

/**
 * "Negative impact: No", "Positive impact? Y", "Potential for negative impact? Yes", "Is there a likely adverse
 * impact? No – …": the question may open with its own words, and the answer word stands alone
 * or before punctuation ("No known adverse impact." is a sentence, not the answer "No").
 */
const ANSWER_LINE = /^(?:(?:is|are|there|could|be|potential|likely|possible|risk|any|for|of|an?)\s+){0,4}(positive|negative|adverse|differential)\s+(?:impacts?|effects?)\s*(?:\([^)]*\))?\s*[:?–—-]\s*(yes|no|y|n|don'?t know|not known|not sure|unsure|unknown|n\/a)(?=\s*$|\s*[.,;:–—-])[\s.,;:–—-]*(.*)$/i;
/** "Positive impact: Longer opening suits …", "Negative impact: None": the row's two text columns, written as lines. */
const TEXT_LINE = /^(positive|negative|adverse)\s+(?:impacts?|effects?)\s*(?:\([^)]*\))?\s*[:–—-]\s*(\S.*)$/i;
/** The label of a line rating the row: "Impact", "Overall effect", "Level of adverse impact". */
const RATING_LABEL = String.raw`(?:overall\s+)?(?:level\s+of\s+(?:(?:adverse|negative|potential|likely)\s+)*)?(?:impact|effect|rating)`;
/** "Impact: Negative. Older residents …": the form asks for the impact in one word, and the line gives it. */
const RATING_LINE = new RegExp(`^${RATING_LABEL}\\s*[:–—-]\\s*(positive|negative|neutral|mixed|both|none|no impact|high|medium|low|not known|unknown|don'?t know|not sure|unclear)\\b[\\s.,;:–—-]*(.*)$`, 'i');
/** A level of impact is a level of adverse impact (LABELLING.md: Low / Medium / High → negative, None → neutral). */
const RATING_WORD: Record<string, Rating> = { positive: 'positive', negative: 'negative', neutral: 'neutral', mixed: 'both', both: 'both', none: 'neutral', 'no impact': 'neutral', high: 'negative', medium: 'negative', low: 'negative' };
/** "Impact: Positive □ Negative ■ Neutral □": the form's options, one box each. */
const BOXED_LINE = new RegExp(`^${RATING_LABEL}\\s*[:–—-]\\s*(.*[☐□☒☑■].*)$`, 'i');
export const NOTE_PREFIX = /^(?:reasons?|comments?|evidence|details?|explanation|why|please (?:explain|give details|describe)[^:]{0,30})\s*(?:\([^)]*\))?\s*:\s*/i;
/** "Mitigation: …", "Actions to reduce the impact: …": what will be done about it, the row's mitigation. */
export const MITIGATION_PREFIX = /^(?:mitigation|mitigating actions?|(?:actions?|steps) to (?:reduce|mitigate|address)[^:]{0,30}|how will (?:you|this|it) (?:be )?(?:reduce|mitigate)d?[^:]{0,30}\??)\s*:\s*/i;

export interface LabelledAnswers {
  rating: Rating;
  /** The block's remaining lines, prefixes dropped. */
  narrative: string[];
  /** Lines given as the mitigation ("Mitigation: …"), prefix dropped. */
  mitigation: string[];
}

/** The rating given by labelled answer lines in `lines`, or null when there are none. */
export function labelledAnswers(lines: readonly string[]): LabelledAnswers | null {
  let positive: boolean | null = null;
  let negative: boolean | null = null;
  let unsure = false;
  let found = 0;
  let stated: Rating | null = null;
  /** A row of boxes answered the rating with none ticked: the narrative, if any, says how it was rated. */
  let blank = false;
  const narrative: string[] = [];
  const mitigation: string[] = [];
  const promote: string[] = [];
  const adverse: string[] = [];
  /** Where a label alone on its line ("Steps to reduce it:") sends the lines after it. */
  let into = narrative;
  for (const line of lines) {
    const mitigates = MITIGATION_PREFIX.exec(line.trim());
    if (mitigates) {
      const text = line.trim().slice(mitigates[0].length);
      if (text) mitigation.push(text);
      else into = mitigation;
      continue;
    }
    if (NOTE_PREFIX.test(line.trim()) && !line.trim().replace(NOTE_PREFIX, '')) {
      into = narrative;
      continue;
    }
    const boxed: Rating | null | undefined = stated === null && !blank ? boxedRating(line.trim()) : undefined;
    if (boxed !== undefined) {
      found++;
      if (boxed) stated = boxed;
      else blank = true;
      continue;
    }
    const r = RATING_LINE.exec(line.trim());
    if (r && stated === null) {
      stated = RATING_WORD[r[1]!.toLowerCase()] ?? 'unknown';
      found++;
      if (r[2]) narrative.push(r[2].replace(NOTE_PREFIX, ''));
      continue;
    }
    const m = ANSWER_LINE.exec(line.trim());
    const written = m ? null : TEXT_LINE.exec(line.trim());
    if (written) {
      (/^positive$/i.test(written[1]!) ? promote : adverse).push(written[2]!);
      continue;
    }
    if (!m) {
      const note = line.trim().replace(NOTE_PREFIX, '');
      if (note) into.push(note);
      continue;
    }
    found++;
    const answer = m[2]!.toLowerCase();
    const yes = answer === 'yes' || answer === 'y';
    const dontKnow = !yes && answer !== 'no' && answer !== 'n' && answer !== 'n/a';
    if (dontKnow) unsure = true;
    if (/^positive$/i.test(m[1]!)) positive = positive === true || yes;
    else negative = negative === true || yes;
    // The answer and its reasons run on one line where the export joined them ("Yes Explanation: …").
    if (m[3]) narrative.push(m[3].replace(NOTE_PREFIX, ''));
  }
  if (found === 0 && promote.length + adverse.length > 0) {
    // Text in place of the columns: the two-column rule rates it, and the texts are the narrative
    // ("None" under one of them is no text of the row's).
    const texts = [...promote, ...adverse].filter((t) => !isNotApplicable(t));
    return { rating: twoColumnRating(promote.join('\n\n'), adverse.join('\n\n')), narrative: [...texts, ...narrative], mitigation };
  }
  if (found === 0) return null;
  if (stated) return { rating: stated, narrative, mitigation };
  if (blank && positive === null && negative === null) return { rating: narrative.length === 1 && isNoImpactStatement(narrative[0]!) ? 'neutral' : 'not-stated', narrative, mitigation };
  const rating: Rating = positive && negative ? 'both' : positive ? 'positive' : negative ? 'negative' : unsure ? 'unknown' : 'neutral';
  return { rating, narrative, mitigation };
}

/** The rating a boxed line ticks (null when none is ticked), or undefined when the line is no row of boxes. */
function boxedRating(line: string): Rating | null | undefined {
  const m = BOXED_LINE.exec(line);
  const options = m ? tickedOptions(m[1]!, { ticked: [], unticked: [] }) : null;
  if (!options) return undefined;
  if (options.ticked === null) return null;
  const ticked = new Set(options.ticked.split('; ').map((o) => RATING_WORD[o.toLowerCase()] ?? 'unknown'));
  if (ticked.has('positive') && ticked.has('negative')) return 'both';
  return ticked.size === 1 ? [...ticked][0]! : 'unknown';
}
