/**
 * Questions answered for all groups at once ("Will the policy have an impact … upon people
 * who have protected characteristics? No, …", "Details of positive impacts"): one `all`
 * impact (eia-model.md: a form-wide positive or negative statement). The question's own
 * direction and the answer's Yes/No give the rating; the answer is the narrative, a
 * statement of no impact included (corpus/LABELLING.md).
 */
import type { Rating } from '../../../model/vocabulary.js';
import { isNoImpactStatement, ratingFromWords } from '../../parse/rating.js';
import type { Pair } from '../pairs.js';
import { cleanAnswer, withoutQuestionNumber } from '../values.js';
import type { ColumnWords } from './columns.js';
import { subjectOf } from './questionBlocks.js';
import { rowHeading } from './rows.js';

export interface AllGroupsImpact {
  pair: Pair;
  label: string;
  rating: Rating;
  /** Null when the answer is only Yes or No. */
  narrative: string | null;
  quality: number;
}

/**
 * One `all` impact from the form-wide questions: the rating from the first that gives one
 * ("Are there any positive impacts …? Yes"), the narrative from the first that says more
 * than Yes or No ("Details of positive impacts …").
 */
/** Most words a grid's column title has ("Protected characteristic", "Equality group or strand"). */
const TITLE_WORDS = 4;

export function allGroupsImpacts(pairs: Pair[], columns: ColumnWords): AllGroupsImpact[] {
  let rated: { pair: Pair; rating: Rating; label: string } | null = null;
  let narrative: string | null = null;
  for (const pair of pairs) {
    if (pair.label.key?.kind !== 'all-groups' || subjectOf(pair.labelText)) continue;
    // The answer's own paragraph: what follows it is as often the form's next instruction.
    const text = pair.short.text.trim();
    // "Is there potential for adverse impact on the following groups? Age …": a grid follows, not an answer.
    // The same when the "answer" is the grid's first column title ("Protected characteristic"), a few words alone.
    const first = text.split(/\n/)[0]!;
    if (!text || rowHeading(first) || (first.split(/\s+/).length <= TITLE_WORDS && columns.columnOf(first).kind === 'label')) continue;
    const said = cleanAnswer(text);
    const rating = ratingOf(pair.labelText, text);
    if (!rated && rating) rated = { pair, rating, label: withoutQuestionNumber(pair.labelText).trim() };
    if (!narrative && said && !/^(yes|no)\W*$/i.test(said)) narrative = said;
  }
  const bare = rated?.pair.short.text.trim() ?? '';
  return rated ? [{ ...rated, narrative: narrative ?? (/^(?:yes|no)\W*$/i.test(bare) ? null : bare), quality: 0.6 }] : [];
}

function ratingOf(question: string, answer: string): Rating | null {
  const yes = /^yes\b/i.test(answer);
  const no = /^no\b/i.test(answer) || isNoImpactStatement(answer);
  if (/positive/i.test(question) && !/negative/i.test(question)) return no ? 'neutral' : 'positive';
  if (/negative|adverse/i.test(question) && !/positive/i.test(question)) return no ? 'neutral' : 'negative';
  if (no) return 'neutral';
  // "Yes" to "will it have an impact (positive or negative)?" says there is one, not which.
  return yes ? ratingFromWords(answer.replace(/^yes\b[\s,.:;–—-]*/i, '')) : null;
}
