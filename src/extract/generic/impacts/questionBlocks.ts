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

/** The group a label is about when it names one at its end: "… for Age?", "… on disabled people:", "Age – details". */
export function subjectOf(label: string): { characteristic: Characteristic; name: string } | null {
  const text = label.replace(/\[\d{1,3}\]/g, '').replace(/[?:.\s]+$/, '').trim();
  const tail = /\b(?:for|on|to|affecting|regarding)\s+((?:the\s+)?[\p{L}][\p{L}\s/&,'’-]{1,60})$/iu.exec(text) ?? /\s[–—-]\s+([\p{L}][\p{L}\s/&,'’-]{1,60})$/u.exec(text);
  if (!tail) return null;
  const name = headOf(tail[1]!.replace(/^the\s+/i, ''));
  const characteristic = characteristicOf(name);
  return characteristic && characteristic !== 'all' && characteristic !== 'other' ? { characteristic, name } : null;
}

export function questionBlocks(pairs: Pair[]): BlockImpact[] {
  const blocks = new Map<Characteristic, BlockImpact & { rated: boolean }>();
  for (const pair of pairs) {
    const subject = subjectOf(pair.labelText);
    if (!subject) continue;
    const block = blocks.get(subject.characteristic) ?? { characteristic: subject.characteristic, label: subject.name, rating: 'not-stated' as Rating, narrative: null, mitigation: null, owner: null, pieces: [], labelScore: pair.label.score, rated: false };
    blocks.set(subject.characteristic, block);
    const label = pair.labelText.toLowerCase();
    const answer = pair.short.text.trim();
    const yesNo = ANSWER.exec(answer);
    if (yesNo && /\bimpacts?\b|\baffect/.test(label) && !block.rated) {
      const rating = ratingOf(label, yesNo[1]!.toLowerCase());
      if (rating) {
        block.rating = rating;
        block.rated = true;
        block.pieces.push(...pair.short.pieces);
        const rest = cleanAnswer(answer.slice(yesNo[0].length).replace(/^[\s,.:;–—-]+/, ''));
        if (rest) block.narrative ??= rest;
      }
      continue;
    }
    const text = cleanAnswer(pair.long.text);
    if (!text) continue;
    if (/responsible|owner|\bofficer\b|\blead\b/.test(label)) block.owner ??= stripOrgCode(text.split('\n')[0]!);
    else if (/mitigat|actions?\b|steps/.test(label)) block.mitigation ??= text;
    else if (/detail|describe|evidence|explain|impacts?\b/.test(label)) block.narrative ??= text;
    else continue;
    block.pieces.push(...pair.long.pieces);
  }
  return [...blocks.values()].filter((b) => b.rated).map(({ rated: _rated, ...b }) => b);
}

function ratingOf(question: string, answer: string): Rating | null {
  const negative = /negative|adverse|disadvantag|differential/.test(question);
  const positive = /positive|benefi/.test(question);
  if (negative === positive) return null;
  if (answer === 'yes') return negative ? 'negative' : 'positive';
  if (answer === 'no') return 'neutral';
  return 'unknown';
}
