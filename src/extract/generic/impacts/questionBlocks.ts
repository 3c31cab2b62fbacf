/**
 * Impacts asked about one characteristic at a time, as label/answer pairs ("Are there
 * negative impacts for Age? Yes", "Details of negative impacts for Age …", "Mitigating actions
 * for Age …", "Responsible officer for Age …"): the group is named at the end of each label,
 * the Yes/No answer to the impact question rates it (negative question: Yes → negative, No →
 * neutral, Don't know → unknown; positive question: Yes → positive), and the other labels
 * give narrative, mitigation and owner. A group with no such question is not rated here.
 */
import type { Characteristic, Rating } from '../../../model/vocabulary.js';
import type { Piece } from '../../document/valueRegion.js';
import { characteristicOf, headOf } from '../../parse/characteristic.js';
import { stripOrgCode } from '../../parse/personName.js';
import type { Pair } from '../pairs.js';
import { headingSubject, type HeadingSubject } from './characteristicHeadings.js';
import { isNoImpactStatement } from '../../parse/rating.js';
import { cleanAnswer } from '../values.js';

export interface BlockImpact {
  characteristic: Characteristic;
  label: string;
  rating: Rating;
  narrative: string | null;
  mitigation: string | null;
  owner: string | null;
  pieces: Piece[];
  labelScore: number;
}

const ANSWER = /^(yes|no|don'?t know|do not know|not known|unsure|not sure)\b/i;
/** A rating written as the answer, alone: "Negative", "Positive and negative", "Not known". */
const WORDED = /^(positive and negative|positive|negative|neutral|mixed|both|none|no impact|not known|unknown)[.\s]*$/i;
const WORD_RATING: Record<string, Rating> = {
  'positive and negative': 'both', positive: 'positive', negative: 'negative', neutral: 'neutral', mixed: 'both', both: 'both', none: 'neutral', 'no impact': 'neutral', 'not known': 'unknown', unknown: 'unknown',
};

/** The answers a question takes, printed after it: "Yes / No", "Y/N", "(Yes / No / Don't know)". */
const OPTIONS_AFTER = /\s*\(?\s*(?:yes\s*\/\s*no(?:\s*\/\s*(?:don'?t know|not sure|unsure|n\/a))?|y\s*\/\s*n)\s*\)?\s*$/i;
/** Nothing but the answers a question takes: the form's own print, not an answer. */
const OPTIONS_ONLY = /^\s*\(?\s*(?:yes\s*\/\s*no(?:\s*\/\s*(?:don'?t know|not sure|unsure|n\/a))?|y\s*\/\s*n)\s*\)?\s*$/i;
/** A question's follow-up, about the group the question before named: "If yes, please explain:", "If so, give details". */
const FOLLOW_UP = /^\s*(?:\d{1,2}[a-z]?[.)]\s*)?(?:if\s+(?:yes|so|no)\b|please\s+(?:explain|give\s+details|describe)|explain\b|give\s+details)/i;
/** The words that lead to the group a label ends with: "… for Age", "… because of their age". */
const LEADS_TO = /\b(?:for|on|to|affecting|regarding|because\s+of(?:\s+(?:their|his|her|being))?)\s+((?:the\s+)?[\p{L}][\p{L}\s/&,'’-]{1,60})$/iu;

/** The group named between the verb and how it is affected: "Could the proposal affect carers differently?" */
const AFFECTED = /\baffect\s+((?:the\s+)?[\p{L}][\p{L}\s/&,'’-]{1,60}?)\s+(?:differently|disproportionately|adversely|negatively|positively)\b/iu;

/**
 * The group a label is about when it names one at its end: "… for Age?", "… on disabled
 * people:", "Age – details", "Could the proposal affect people differently because of their
 * age?  Yes / No" (the answers it takes and a bracketed gloss after the name set aside).
 */
export function subjectOf(label: string): { characteristic: Characteristic; name: string } | null {
  const text = label.replace(/\[\d{1,3}\]/g, '').replace(/[?:.\s]+$/, '').trim();
  const bare = text.replace(OPTIONS_AFTER, '').replace(/\s*\([^)]*\)/g, '').replace(/[?:.\s]+$/, '').trim();
  const tail = LEADS_TO.exec(text) ?? /\s[–—-]\s+([\p{L}][\p{L}\s/&,'’-]{1,60})$/u.exec(text) ?? (bare !== text ? LEADS_TO.exec(bare) : null) ?? AFFECTED.exec(bare);
  if (!tail) return null;
  const name = headOf(tail[1]!.replace(/^the\s+/i, ''));
  const characteristic = characteristicOf(name);
  return characteristic && characteristic !== 'all' && characteristic !== 'other' ? { characteristic, name } : null;
}

/**
 * `underHeading`: the characteristic heading a label's cell stands under (characteristicHeadings.ts),
 * for forms that name the group once above its questions rather than in each label.
 */
export function questionBlocks(pairs: Pair[], underHeading: (cell: number) => HeadingSubject | null = () => null): BlockImpact[] {
  const blocks = new Map<Characteristic, BlockImpact & { answers: Rating[] }>();
  let last: { characteristic: Characteristic; name: string } | null = null;
  for (const pair of pairs) {
    const named = subjectOf(pair.labelText) ?? underHeading(pair.label.cell);
    // "If yes, please explain:" names no group: it asks about the group of the question before it.
    const subject: { characteristic: Characteristic; name: string } | null = named ?? (FOLLOW_UP.test(pair.labelText) ? last : null);
    last = subject;
    if (!subject) continue;
    const block = blocks.get(subject.characteristic) ?? { characteristic: subject.characteristic, label: subject.name, rating: 'not-stated' as Rating, narrative: null, mitigation: null, owner: null, pieces: [], labelScore: pair.label.score, answers: [] };
    blocks.set(subject.characteristic, block);
    const label = pair.labelText.toLowerCase();
    // "…?  Yes / No" then the answer on the next line: the options are the form's, the line after them the answer.
    const printed = OPTIONS_ONLY.test(pair.short.text);
    const answer = (printed ? pair.long.text.split(/\n{2,}/)[1] ?? '' : pair.short.text).trim();
    // "Impact (positive, negative, neutral or not known): Negative": the word rates the group.
    const worded = WORDED.exec(answer);
    if (worded && /\bimpacts?\b/.test(label) && !/\b(?:yes|no)\b/.test(label)) {
      block.answers.push(WORD_RATING[worded[1]!.toLowerCase().replace(/\s+/g, ' ')]!);
      block.pieces.push(...pair.short.pieces);
      continue;
    }
    const yesNo = ANSWER.exec(answer);
    if (yesNo && /\bimpacts?\b|\baffect/.test(label)) {
      const rating = ratingOf(label, yesNo[1]!.toLowerCase());
      if (rating) {
        // A positive and a negative question each answered: the answers rate the group together.
        block.answers.push(rating);
        block.pieces.push(...pair.short.pieces);
        const rest = cleanAnswer(answer.slice(yesNo[0].length).replace(/^[\s,.:;–—-]+/, ''));
        if (rest) block.narrative ??= rest;
      }
      continue;
    }
    // A long answer runs over paragraphs up to the next label; the next group's heading ends it too.
    const text = cleanAnswer(untilHeading(pair.long.text));
    if (!text) continue;
    if (/responsible|owner|\bofficer\b|\blead\b/.test(label)) block.owner ??= stripOrgCode(text.split('\n')[0]!);
    else if (/mitigat|actions?\b|steps/.test(label)) {
      // "None needed": no mitigation, as in a grid's mitigation column.
      if (!isNoImpactStatement(text)) block.mitigation ??= text;
    }
    else if (/detail|describe|evidence|explain|reasons?\b|impacts?\b/.test(label)) block.narrative ??= text;
    else continue;
    block.pieces.push(...pair.long.pieces);
  }
  return [...blocks.values()].filter((b) => b.answers.length > 0).map(({ answers, ...b }) => ({ ...b, rating: together(answers) }));
}

/** Yes to a negative and to a positive question → both; either Yes alone rates; all No → neutral. */
function together(answers: Rating[]): Rating {
  const has = (r: Rating): boolean => answers.includes(r);
  if (has('both') || (has('negative') && has('positive'))) return 'both';
  if (has('negative')) return 'negative';
  if (has('positive')) return 'positive';
  if (has('unknown')) return 'unknown';
  return 'neutral';
}

function untilHeading(text: string): string {
  const paragraphs = text.split(/\n{2,}/);
  const end = paragraphs.findIndex((p, i) => i > 0 && headingSubject(p) !== null);
  return (end < 0 ? paragraphs : paragraphs.slice(0, end)).join('\n\n');
}

function ratingOf(question: string, answer: string): Rating | null {
  // "Could the proposal affect people differently …?" asks the differential-impact question (LABELLING.md).
  const negative = /negative|adverse|disadvantag|differential|differently/.test(question);
  const positive = /positive|benefi/.test(question);
  if (negative === positive) return null;
  if (answer === 'yes') return negative ? 'negative' : 'positive';
  if (answer === 'no') return 'neutral';
  return 'unknown';
}
