/**
 * One impact row → rating, narrative, mitigation and owner, by corpus/LABELLING.md's rules
 * for other organisations' forms:
 *   - ticks (X, ✓, ☒, Wingdings P/ü) rate by the column they sit in, not by the letter;
 *     Positive and Negative both ticked → both; Yes under an adverse-impact question → negative;
 *   - a Yes/No/Don't know answer to "Potential for adverse impact?" → negative/neutral/unknown,
 *     "Yes – …" included;
 *   - Low / Medium / High adverse impact → negative, the level kept in the narrative;
 *   - promote/adverse text columns → the two-column rule;
 *   - "N/A" in every column → neutral, no narrative;
 *   - a row cut off by the end of the text → not-stated.
 * The narrative is the row's own words without its label and ticks. How the rating was read
 * (and how sure that reading is) goes with it, for confidence.
 */
import type { Rating } from '../../../model/vocabulary.js';
import { isNoImpactStatement, twoColumnRating } from '../../parse/rating.js';
import { ratingFromNarrative } from '../../parse/narrativeRating.js';
import { cleanText } from '../../text/cleanValue.js';
import type { ColumnWords } from './columns.js';
import type { ImpactRow, RowCell } from './rows.js';
import { labelledAnswers } from './labelledAnswers.js';
import { boxedTicks } from './boxedTicks.js';
import { keyedRating, type RatingKey } from './ratingKey.js';

export interface RatedRow {
  rating: Rating;
  narrative: string | null;
  mitigation: string | null;
  owner: string | null;
  /** How the rating was read: "tick", "yes-no", "level", "two-column", "not-applicable", "words", "cut". */
  method: string;
  /** How sure that reading is, in [0, 1]. */
  quality: number;
}

/** "Yes – some older residents …" → Yes and what follows the dash. */
const YES_NO = /^(yes|no|don'?t know|not sure|unsure|not known)\b[\s.,:;–—-]*/i;
/** A rating word or two, then a full stop, colon or dash, then the answer's words. */
const LEAD_RATING = /^([\p{L}'’]+(?:\s+[\p{L}'’]+)?)\s*(?:[.:;]|\s[–—-])\s+\S/u;
const LEVEL = /^(low|medium|med|moderate|high|minor|major)\b/i;

/** More words than this in a tick column's cell, and it is a sentence written there, not a mark. */
const SENTENCE_WORDS = 3;

/** `key`: the codes the form's own key defines (ratingKey.ts), when it prints one. */
export function rateRow(row: ImpactRow, words: ColumnWords, key: RatingKey | null = null): RatedRow | null {
  const labelled = byLabelledAnswers(row);
  if (labelled) return labelled;
  const ticked = new Set<string>();
  let answer: Rating | null = null;
  let level = false;
  const narrative: string[] = [];
  const mitigation: string[] = [];
  const owner: string[] = [];
  const promote: string[] = [];
  const adverseText: string[] = [];
  const options = new Set<Rating | 'none'>();
  let notApplicable = 0;
  let filled = 0;
  /** "No" written under a rating column ("Positive impact: No"). */
  let noes = 0;
  const boxed = boxedTicks(row, words);
  for (const t of boxed?.ticked ?? []) {
    filled++;
    if (t === 'level') level = true;
    else ticked.add(t);
  }
  for (const [i, cell] of row.cells.entries()) {
    if (boxed?.cells.has(i)) continue;
    // Before cleaning: cleanText takes a lone dash for an empty cell, and in a key it is "negative".
    const keyed = keyedRating(cell.text, key);
    const text = cleanText(cell.text) ?? '';
    if (!keyed && words.isUnticked(text)) continue;
    if (keyed) {
      filled++;
      options.add(keyed);
      continue;
    }
    const column = cell.column;
    // "Yes" / "No" written under "Positive impact" / "Negative impact": a mark, or none.
    const yesNo = column?.kind === 'tick' && column.rating !== 'yes' && column.rating !== 'no' ? words.answerOf(text) : null;
    if (yesNo === 'no') {
      noes++;
      continue;
    }
    filled++;
    if (yesNo === 'yes' && column?.kind === 'tick') {
      ticked.add(column.rating);
      continue;
    }
    if (words.isTick(text)) {
      if (column?.kind === 'tick') ticked.add(column.rating);
      else if (column?.kind === 'level') level = true;
      else ticked.add('?');
      continue;
    }
    if (words.isNotApplicable(text)) {
      notApplicable++;
      continue;
    }
    // Sentences under "Positive impact" / "Negative impact": the columns hold text, not ticks,
    // and the two-column rule reads them (eia-model.md).
    if (column?.kind === 'tick' && (column.rating === 'positive' || column.rating === 'negative') && text.split(/\s+/).length > SENTENCE_WORDS) {
      (column.rating === 'positive' ? promote : adverseText).push(text);
      continue;
    }
    if (column?.kind === 'options') {
      readOption(text, column.polarity, row.adverse, words, options, narrative);
      continue;
    }
    if (column?.kind === 'mitigation') mitigation.push(text);
    else if (column?.kind === 'owner') owner.push(text);
    else if (column?.kind === 'promote-text') promote.push(text);
    else if (column?.kind === 'adverse-text') adverseText.push(text);
    else answer = readAnswer(text, row, cell, words, narrative, answer, () => (level = true));
  }
  const result = (rating: Rating, method: string, quality: number, keepNarrative = true): RatedRow => ({
    rating,
    narrative: keepNarrative ? joined([...narrative, ...promote, ...adverseText]) : null,
    mitigation: joined(mitigation.filter((m) => !isNoImpactStatement(m))),
    owner: joined(owner),
    method,
    quality,
  });
  const byTicks = ticked.size > 0 && !ticked.has('?') ? fromTicks(ticked, row.adverse) : null;
  if (byTicks) return result(byTicks, 'tick', 0.85);
  const byOptions = options.size > 0 ? fromOptions(options) : null;
  if (byOptions) return result(byOptions, 'options', 0.85);
  if (answer) return result(answer, 'yes-no', 0.8);
  // "No" under every rating column the row answers, and no other mark: no impact.
  if (noes > 0 && ticked.size === 0 && !level && promote.length === 0 && adverseText.length === 0) return result('neutral', 'tick', 0.75);
  if (level) return result('negative', 'level', 0.8);
  if (promote.length > 0 || adverseText.length > 0) return result(twoColumnRating(promote.join('\n\n'), adverseText.join('\n\n')), 'two-column', 0.75);
  if (notApplicable > 0 && filled === notApplicable) return result('neutral', 'not-applicable', 0.8, false);
  if (row.cut) return result('not-stated', 'cut', 0.6);
  if (filled === 0) return result('not-stated', 'blank', 0.6);
  // Ticks whose column is unknown, or only words: only a plain statement of no (or unknown)
  // impact says how the row is rated; other words ("negative impacts for …") are too easily
  // a heading or a question that ran into the row.
  const text = narrative.join(' ');
  if (narrative.length === 1 && isNoImpactStatement(text)) return result('neutral', 'words', 0.5);
  if (narrative.length === 1 && /^(?:impact\s+)?(?:unknown|not known)\b/i.test(text)) return result('unknown', 'words', 0.5);
  // Under a header that asks for the impact in words, the words are the rating (narrativeRating.ts).
  const worded = row.inline || (row.cells.some((c) => c.column?.kind === 'narrative') && row.cells.every((c) => c.column === null || c.column.kind === 'narrative' || c.column.kind === 'mitigation' || c.column.kind === 'owner'));
  const byWords = worded && narrative.length > 0 ? ratingFromNarrative(narrative[0]!) : null;
  if (byWords) return result(byWords, 'narrative-words', 0.45);
  // No cue either way: the row is still the form's answer for its group. An impact described
  // with no adverse word is most often a benefit (the two-column rule's reading), said unsurely.
  if (worded && narrative.length > 0) return result(twoColumnRating(narrative.join('\n\n'), ''), 'narrative-guess', 0.3);
  return null;
}

/** A block answering "Positive impact: Yes / Negative impact: No" on lines of its own (labelledAnswers.ts). */
function byLabelledAnswers(row: ImpactRow): RatedRow | null {
  const textOf = (kinds: string[]): string[] => row.cells.filter((c) => kinds.includes(c.column?.kind ?? 'none')).map((c) => cleanText(c.text) ?? '').filter(Boolean);
  // The answers say what a column header would: every other text cell is the block's narrative.
  const free = textOf(['none', 'narrative', 'promote-text', 'adverse-text', 'label']).flatMap((t) => t.split(/\n+/));
  const answers = labelledAnswers(free);
  if (!answers) return null;
  return { rating: answers.rating, narrative: joined(answers.narrative), mitigation: joined([...textOf(['mitigation']), ...answers.mitigation]), owner: joined(textOf(['owner'])), method: 'labelled', quality: 0.85 };
}

/** A text cell: an answer word ("Yes – …", "Positive", "Medium …") or narrative. Returns the answer's rating so far. */
function readAnswer(text: string, row: ImpactRow, cell: RowCell, words: ColumnWords, narrative: string[], answer: Rating | null, onLevel: () => void): Rating | null {
  const word = words.answerOf(text) ?? words.combinedAnswerOf(text);
  // Two rating words in one row ("Impact on access: Worsens", "on outcomes: Improves") rate it together.
  if (word && answer !== null && word !== 'yes' && word !== 'no') return fromOptions(new Set([answer, word])) ?? answer;
  if (word && answer === null) {
    // "No impact." under "Reasons" is what the form asked for there: narrative, as well as the rating.
    if (cell.column?.kind === 'narrative' && /\bimpacts?\b/i.test(text) && isNoImpactStatement(text)) narrative.push(text);
    // A bare answer word is the rating, not narrative.
    return word === 'yes' ? (row.adverse || cell.column?.kind === 'adverse-answer' ? 'negative' : null) : word === 'no' ? (row.adverse || cell.column?.kind === 'adverse-answer' ? 'neutral' : null) : word;
  }
  // "Negative. Older residents …", "Neutral – no change": a rating word opens the answer, which
  // stays whole as the narrative (corpus labels keep "No impact. Pension-age claimants …").
  const lead = answer === null && (cell.column === null || cell.column.kind === 'narrative') ? LEAD_RATING.exec(text) : null;
  const leading = lead ? words.answerOf(lead[1]!) : null;
  if (leading && leading !== 'yes' && leading !== 'no') {
    narrative.push(text);
    return leading;
  }
  // "Yes – reduced hours" answers the adverse-impact question; "No specific impact identified" is narrative.
  const yn = YES_NO.exec(text);
  const answers = cell.column?.kind === 'adverse-answer' || (cell.column === null && row.adverse && /^\S+(?:\s+know)?\s*(?:$|[.,:;–—-])/i.test(text));
  if (yn && answer === null && answers) {
    const rest = text.slice(yn[0].length).trim();
    if (rest) narrative.push(rest);
    const w = yn[1]!.toLowerCase();
    return w === 'yes' ? 'negative' : w === 'no' ? 'neutral' : 'unknown';
  }
  if (LEVEL.test(text) && (cell.column?.kind === 'level' || cell.column?.kind === 'adverse-answer' || cell.column === null)) onLevel();
  narrative.push(text);
  return answer;
}

/**
 * A cell of a column that lists its answers: its first word rates the row by the column's
 * polarity ("Y" under "Positive impact? (Y/N)" → positive; "Low" under "Negative impact
 * (H/M/L/None)" → negative, the level kept in the narrative); the words after it are narrative.
 */
function readOption(text: string, polarity: 'positive' | 'negative' | null, adverse: boolean, words: ColumnWords, options: Set<Rating | 'none'>, narrative: string[]): void {
  const m = /^([\p{L}'’]+(?:\s+know)?)[\s.,:;–—-]*/u.exec(text);
  const first = m ? m[1]!.toLowerCase() : '';
  const rest = m ? text.slice(m[0].length).trim() : text;
  const yes = /^(?:y|yes)$/.test(first);
  const no = /^(?:n|no|none|nil)$/.test(first);
  const level = /^(?:h|m|l|high|medium|med|moderate|low|minor|major)$/.test(first);
  const unsure = /^(?:unsure|not sure|don'?t know|do not know|unknown|not known)\b/i.test(text);
  const word = words.answerOf(first) ?? words.answerOf(text);
  let rated = true;
  if (polarity === 'positive') {
    if (yes) options.add('positive');
    else if (no) options.add('none');
    else if (unsure) options.add('unknown');
    else rated = false;
  } else if (polarity === 'negative') {
    if (yes || level) options.add('negative');
    else if (no) options.add('none');
    else if (unsure) options.add('unknown');
    else rated = false;
    if (level) narrative.push(m![1]!);
  } else if (word === 'yes' || word === 'no') {
    if (adverse) options.add(word === 'yes' ? 'negative' : 'neutral');
    else rated = false;
  } else if (word) {
    options.add(word);
  } else if (level) {
    options.add('negative');
    narrative.push(m![1]!);
  } else {
    rated = false;
  }
  if (!rated) narrative.push(text);
  else if (rest) narrative.push(rest);
}

/** The rating the answer columns give together: a positive and a negative answer → both. */
function fromOptions(options: Set<Rating | 'none'>): Rating | null {
  const has = (r: Rating | 'none'): boolean => options.has(r);
  if (has('both') || (has('positive') && has('negative'))) return 'both';
  if (has('negative')) return 'negative';
  if (has('positive')) return 'positive';
  if (has('unknown')) return 'unknown';
  if (has('neutral') || has('none')) return 'neutral';
  if (has('not-stated')) return 'not-stated';
  return null;
}

/**
 * The rating the ticked columns give together; null when they do not say (a Yes/No grid with
 * no adverse-impact question over it may be asking whether the group is relevant at all).
 */
function fromTicks(ticked: Set<string>, adverse: boolean): Rating | null {
  const has = (r: string): boolean => ticked.has(r);
  if (has('positive') && has('negative')) return 'both';
  if (has('negative')) return 'negative';
  if (has('positive')) return 'positive';
  if (has('yes') || has('no')) return adverse ? (has('yes') ? 'negative' : 'neutral') : null;
  if (has('unknown')) return 'unknown';
  if (has('neutral')) return 'neutral';
  return null;
}

function joined(parts: string[]): string | null {
  const t = parts.map((p) => p.trim()).filter(Boolean).join('\n\n');
  return t || null;
}
