/**
 * What a grid's column headers and cells say, in the vocabulary's words (corpus/LABELLING.md,
 * other organisations' forms): a tick column rates by its header (Positive / Negative / None,
 * Yes / No / Don't know, Low / Medium / High); a column headed by an adverse-impact question
 * holds Yes/No answers; the rest hold the row's words (narrative, mitigation, owner).
 */
import type { Rating } from '../../../model/vocabulary.js';
import { words } from '../../text/tokens.js';
import type { GenericVocabulary } from '../genericVocabulary.js';

export type ColumnKind =
  | { kind: 'tick'; rating: Rating | 'yes' | 'no' }
  | { kind: 'level' }
  /**
   * A column whose header lists the answers it takes ("Impact (Positive / Negative /
   * Neutral)", "Positive impact? (Y/N)", "Negative impact (H/M/L/None)"): each cell's word
   * rates the row. `polarity` is what a Yes or a level there means; null when the words are
   * the ratings themselves.
   */
  | { kind: 'options'; polarity: 'positive' | 'negative' | null }
  | { kind: 'adverse-answer' }
  | { kind: 'promote-text' }
  | { kind: 'adverse-text' }
  | { kind: 'narrative' }
  | { kind: 'mitigation' }
  | { kind: 'owner' }
  | { kind: 'label' };

/**
 * A header of two rows read as one cell: the group's title over the column's own ("Impact" over
 * "Positive", "Negative impact?" over "Yes"). The column is its own title's.
 */
const GROUP_TITLE = /^(?:(?:potential|likely|level of|type of|negative|adverse|positive)\s+)?(?:impacts?|effects?|rating)\s*\??\s+(\S.{0,20})$/i;

export class ColumnWords {
  private readonly ticked: Set<string>;
  private readonly unticked: Set<string>;
  private readonly columns: Array<[string, Rating | 'yes' | 'no']>;
  private readonly levels: Set<string>;
  private readonly adverseQuestions: string[];
  private readonly notApplicable: Set<string>;

  constructor(readonly vocabulary: GenericVocabulary) {
    const r = vocabulary.rating;
    this.ticked = new Set(r.ticked);
    this.unticked = new Set(r.unticked);
    const c = r.columns;
    this.columns = [
      ...c.positive.map((w) => [norm(w), 'positive'] as [string, Rating]),
      ...c.negative.map((w) => [norm(w), 'negative'] as [string, Rating]),
      ...c.neutral.map((w) => [norm(w), 'neutral'] as [string, Rating]),
      ...c.unknown.map((w) => [norm(w), 'unknown'] as [string, Rating]),
      ...c.yes.map((w) => [norm(w), 'yes'] as [string, 'yes']),
      ...c.no.map((w) => [norm(w), 'no'] as [string, 'no']),
    ];
    this.levels = new Set(r.adverseLevels.map(norm));
    this.adverseQuestions = r.adverseQuestions.map(norm);
    this.notApplicable = new Set(r.notApplicable.map(norm));
  }

  /** A cell that is only a tick mark ("X", "☒", Wingdings "P"/"ü"). */
  isTick(text: string): boolean {
    return this.ticked.has(text.trim());
  }

  /** A cell that is only an empty box, or empty. */
  isUnticked(text: string): boolean {
    const t = text.trim();
    return t === '' || this.unticked.has(t);
  }

  isNotApplicable(text: string): boolean {
    return this.notApplicable.has(norm(text.replace(/[.\s]+$/, '')));
  }

  /** The rating a word gives as a column header or an answer: "Positive", "None", "Don't know", "Yes". */
  answerOf(text: string): Rating | 'yes' | 'no' | null {
    const n = norm(text);
    return this.columns.find(([w]) => w === n)?.[1] ?? null;
  }

  /**
   * Two rating words written together in one answer cell ("Positive and negative", "Positive /
   * negative"): both when they are positive and negative, else the one they agree on; null for
   * anything else. Not used for column titles, where "Positive / Negative" heads a text column.
   */
  combinedAnswerOf(text: string): Rating | null {
    const parts = text.trim().split(/\s*(?:\band\b|&|\/|,)\s*/i).filter(Boolean);
    if (parts.length < 2 || parts.length > 3) return null;
    const answers = parts.map((p) => this.answerOf(p));
    if (answers.some((a) => a === null || a === 'yes' || a === 'no')) return null;
    const set = new Set(answers as Rating[]);
    if (set.has('positive') && set.has('negative')) return 'both';
    return set.size === 1 ? [...set][0]! : null;
  }

  /** "Low", "Medium", "High" (an adverse impact's level). */
  isLevel(text: string): boolean {
    return this.levels.has(norm(text));
  }

  /** "Potential for adverse impact?" and the like. */
  isAdverseQuestion(text: string): boolean {
    const n = norm(text);
    return this.adverseQuestions.some((q) => n === q || n.startsWith(`${q} `) || n.endsWith(` ${q}`));
  }

  /**
   * What a column holds, from its header cell. A header in two languages ("Cadarnhaol /
   * Positive", "Rhesymau / Reasons") is read by the side that names a column; "Positive /
   * Negative", where both sides do, is one header of its own (a text column).
   */
  columnOf(header: string): ColumnKind {
    const own = this.columnOfOne(header);
    if (own.kind !== 'narrative' && own.kind !== 'promote-text' && own.kind !== 'adverse-text') return own;
    const sides = bilingualSides(header);
    if (!sides) return own;
    const kinds = sides.map((side) => this.columnOfOne(side));
    const named = kinds.filter((k) => k.kind !== 'narrative');
    return named.length === 1 ? named[0]! : kinds.every((k) => k.kind === 'narrative') ? { kind: 'narrative' } : own;
  }

  private columnOfOne(header: string): ColumnKind {
    const answer = this.answerOf(header) ?? this.answerOf(GROUP_TITLE.exec(header.trim())?.[1] ?? '');
    if (answer) return { kind: 'tick', rating: answer };
    const options = this.optionsOf(header);
    if (options) return options;
    if (this.isLevel(header)) return { kind: 'level' };
    if (this.isAdverseQuestion(header)) return { kind: 'adverse-answer' };
    const h = header.toLowerCase().trim();
    const mitigation = /mitigat|\bactions?\b|\bsteps\b|how will (you|this)|what will you do|reduce|remove/;
    // "Actions to mitigate …" heads mitigation; "Examples of … adverse impact and what steps
    // have been taken" heads the adverse column, steps and all (corpus/LABELLING.md, B&NES).
    if (/^(actions?|mitigat|steps|how will|what will you do)/.test(h)) return { kind: 'mitigation' };
    if (/\bowner\b|responsible|lead officer|\bby whom\b/.test(h)) return { kind: 'owner' };
    if (/characteristic|protected|equality (group|strand)|\bgroups?\b.{0,20}$|^(group|strand)s?$/.test(h) && !/impact|describe|evidence/.test(h)) return { kind: 'label' };
    // "… the main potential positive or adverse impact …" asks for both: the words rate the row.
    if (/positive|benefi/.test(h) && /adverse|negative/.test(h)) return /recommend|reduce|mitigat|\baction/.test(h) ? { kind: 'mitigation' } : { kind: 'narrative' };
    // A yes/no question heads answers, not sentences: "Is there a likely negative impact?"
    // ("What negative impacts …?" asks for text, and stays a text column).
    if (/^(?:is|are|will|would|could|can|does|do|might|may|has|have)\b[^?]*\b(?:adverse|negative|differential)\b[^?]*\?$/.test(h)) return { kind: 'adverse-answer' };
    if (/promot|positive|benefi|advanc/.test(h)) return { kind: 'promote-text' };
    if (/adverse|negative|disadvantag/.test(h)) return { kind: 'adverse-text' };
    if (mitigation.test(h)) return { kind: 'mitigation' };
    return { kind: 'narrative' };
  }

  /**
   * A header that lists the answers its column takes, after a slash or in brackets: two or
   * more rating words ("Positive / Negative / Neutral"), Y/N, or levels (H/M/L, High/Medium/Low).
   */
  private optionsOf(header: string): ColumnKind | null {
    const list = /\(([^()]*\/[^()]*)\)|((?:[\p{L}'’ ]+\s*\/\s*){1,5}[\p{L}'’ ]+)\s*\??\s*$/u.exec(header);
    if (!list) return null;
    const options = (list[1] ?? list[2]!).split('/').map((o) => o.trim()).filter(Boolean);
    const yesNo = options.some((o) => /^(?:y|yes)$/i.test(o)) && options.some((o) => /^(?:n|no)$/i.test(o));
    const levels = options.filter((o) => /^(?:h|m|l|high|medium|med|moderate|low|major|minor)$/i.test(o)).length >= 2;
    const ratings = options.filter((o) => this.answerOf(o) !== null && !/^(?:yes|no)$/i.test(o)).length;
    if (!yesNo && !levels && ratings < 2) return null;
    const rest = header.slice(0, list.index).toLowerCase();
    // "Differential impact? (Y/N)" asks the adverse-impact question (corpus/LABELLING.md).
    const polarity = /negative|adverse|disadvantag|differential/.test(rest) ? 'negative' : /positive|benefi|promot/.test(rest) ? 'positive' : null;
    if (ratings >= 2 && !yesNo && !levels) return { kind: 'options', polarity: null };
    return { kind: 'options', polarity: polarity ?? (levels ? 'negative' : null) };
  }

  /** Whether a cell reads like a grid's column header (a rating word, a question, a column title). */
  looksLikeHeader(text: string): boolean {
    const kind = this.columnOf(text).kind;
    return kind !== 'narrative' || /comment|evidence|detail|reason|describe|explain|explanation|impact|data|findings/i.test(text);
  }
}

/**
 * The two sides of a header or label printed in two languages, "Welsh / English": exactly
 * one spaced slash, a side of one to six words each. Null for anything else.
 */
export function bilingualSides(text: string): [string, string] | null {
  const parts = text.trim().split(/\s+\/\s+/);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  const fits = (p: string): boolean => /\p{L}/u.test(p) && p.split(/\s+/).length <= 6;
  return fits(a) && fits(b) ? [a, b] : null;
}

function norm(text: string): string {
  return words(text.replace(/[’']/g, '')).join(' ');
}
