/**
 * One grid rating several proposals: a row whose rating cell numbers a code per proposal
 * ("1. PN  2. N  3. NI  4. P", in the codes of the form's own key) beside a cell of numbered
 * statements. The row is one impact per proposal (eia-model.md: `proposal` is the number),
 * each with its code's rating and its statement, split as corpus/LABELLING.md splits them
 * (parse/proposalStatements.ts). Codes the form never defined split nothing.
 */
import type { Rating } from '../../../model/vocabulary.js';
import { assignStatements, type CodeEntry } from '../../parse/proposalStatements.js';
import { cleanText } from '../../text/cleanValue.js';
import type { ImpactRow } from './rows.js';
import { keyedRating, type RatingKey } from './ratingKey.js';

export interface ProposalImpact {
  proposal: number;
  rating: Rating;
  narrative: string | null;
}

/** "1. PN", "2) N": a proposal's number and its code. */
const NUMBERED_CODE = /(\d{1,2})\s*[.)]\s*(\S{1,3})(?=\s|$)/g;
/** Fewest proposals that make a row a split one: one numbered code is a list of one, not a split. */
const MIN_PROPOSALS = 2;

/** The row's impacts, one per proposal, or null when no cell of it numbers codes by proposal. */
export function proposalImpacts(row: ImpactRow, key: RatingKey | null): ProposalImpact[] | null {
  if (!key) return null;
  const at = row.cells.findIndex((c) => numberedCodes(c.text, key) !== null);
  if (at === -1) return null;
  const codes = numberedCodes(row.cells[at]!.text, key)!;
  const paragraphs = row.cells.filter((_, i) => i !== at).flatMap((c) => c.text.split(/\n{2,}/)).map((p) => p.trim()).filter(Boolean);
  const statements = assignStatements(paragraphs, codes);
  return codes.map((c) => ({ proposal: c.proposal, rating: c.rating, narrative: cleanText(statements.get(c.proposal)) ?? null }));
}

/** The cell's numbered codes when it holds nothing else, numbers rising, every code the key's. */
function numberedCodes(text: string, key: RatingKey): CodeEntry[] | null {
  const out: CodeEntry[] = [];
  for (const m of text.matchAll(NUMBERED_CODE)) {
    const rating = keyedRating(m[2]!, key);
    const proposal = Number(m[1]);
    if (!rating || (out.length > 0 && proposal <= out[out.length - 1]!.proposal)) return null;
    out.push({ proposal, code: m[2]!, rating });
  }
  if (out.length < MIN_PROPOSALS || text.replace(NUMBERED_CODE, '').trim() !== '') return null;
  return out;
}
