/**
 * A draft declarative template for a cluster of documents on one form no template knows
 * (extractors/README.md): every label the cluster's documents share, declared so that each
 * ends the answer before it; the labels whose wording the generic reader's vocabulary knows
 * mapped to fields and people; the characteristic rows as impact rows; the labels only this
 * form prints as its detection keywords. A draft: it validates (parseTemplate) and compiles,
 * and a person checks it against the form before registering it.
 */
import type { EiaScalarField } from '../model/record.js';
import type { GenericVocabulary } from '../extract/generic/genericVocabulary.js';
import { characteristicOf } from '../extract/parse/characteristic.js';
import { parseTemplate, type LabelSpec, type TemplateDefinition } from '../extract/template/templateDefinition.js';
import type { FormCluster } from './clusterForms.js';
import type { Fingerprint } from './fingerprint.js';
import { normaliseLabel } from './labelText.js';
import { VocabularyMatcher } from './vocabularyMatch.js';

export interface ScaffoldInput {
  id: string;
  name: string;
  cluster: FormCluster;
  /** The fingerprints of the cluster's documents. */
  members: readonly Fingerprint[];
  organisations: readonly string[];
  vocabulary: GenericVocabulary;
}

/** Enough labels for a long form; more shared pieces are mostly grid cells and headings. */
const MAX_LABELS = 120;
const MAX_KEYWORDS = 6;
/** Share of the other documents that may print a keyword. */
const MAX_KEYWORD_ELSEWHERE = 0.02;
/** A characteristic row heading is short ("Race (including Gypsy, Roma and Traveller communities)"); a longer text that names one is a question. */
const MAX_ROW_WORDS = 9;
/** Labels of one or two words match too easily inside answers: they must be their whole cell. */
const WHOLE_UP_TO_WORDS = 2;
/** Fields whose answer is a date, and fields whose answer is one line (the next label may follow on the next). */
const DATE_FIELDS = new Set<EiaScalarField>(['assessmentDate']);
const LINE_FIELDS = new Set<EiaScalarField>(['title', 'directorate', 'service', 'activityType', 'organisation']);

export function scaffoldTemplate(input: ScaffoldInput): TemplateDefinition {
  const matcher = new VocabularyMatcher(input.vocabulary);
  const labels: LabelSpec[] = [];
  const fields: TemplateDefinition['fields'] = [];
  const people: TemplateDefinition['people'] = [];
  const rows: Array<{ from: string; characteristic: NonNullable<ReturnType<typeof characteristicOf>> }> = [];
  const usedFields = new Set<string>();
  const usedKeys = new Set<string>();
  const inline = inlineLabels(input.members);
  const ratingWords = ratingHeaders(input.vocabulary);
  for (const label of input.cluster.shared.filter((l) => !ratingWords.has(l)).slice(0, MAX_LABELS)) {
    const key = uniqueKey(label, usedKeys);
    const words = label.split(' ').length;
    // A label the form prints before a colon is found mid-line; a short one otherwise only as its whole cell.
    const placement = inline.has(label) ? { inline: true } : words <= WHOLE_UP_TO_WORDS ? { whole: true } : {};
    labels.push({ key, labels: [capitalise(label)], ...placement });
    const characteristic = words <= MAX_ROW_WORDS ? characteristicOf(label) : null;
    if (characteristic && characteristic !== 'all' && characteristic !== 'other' && startsWithCharacteristic(label)) {
      rows.push({ from: key, characteristic });
      continue;
    }
    const meaning = matcher.meaningOf(label);
    if (meaning?.kind === 'field' && !usedFields.has(meaning.field)) {
      usedFields.add(meaning.field);
      const take = DATE_FIELDS.has(meaning.field) ? ('date' as const) : LINE_FIELDS.has(meaning.field) ? ('first-line' as const) : undefined;
      fields.push({ from: key, to: meaning.field, ...(take ? { take } : {}) });
    } else if (meaning?.kind === 'person' && !people.some((p) => p.kind === 'fields' && p.capacity === meaning.capacity)) {
      people.push({ kind: 'fields', name: key, capacity: meaning.capacity, ...(meaning.roleFromLabel ? { roleText: capitalise(label) } : {}) });
    }
  }
  const title = fields.find((f) => f.to === 'title');
  return parseTemplate({
    id: input.id,
    version: '1',
    name: input.name,
    organisation: input.organisations.length === 1 ? input.organisations[0]! : null,
    detect: { keywords: keywords(input.cluster) },
    start: [title?.from ?? labels[0]!.key],
    labels,
    fields,
    people,
    impacts: rows.length >= 2 ? [{ kind: 'rows', rows, rating: 'two-column', group: null }] : [],
  });
}

/** The TypeScript file of a draft template; `definitionImport` is the path from that file to templateDefinition.js. */
export function templateSource(t: TemplateDefinition, definitionImport: string, provenance: string): string {
  const name = t.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[0-9]/, (d) => `t${d}`);
  return `/**
 * DRAFT template, written by \`eia forms scaffold\` ${provenance}.
 * Labels are the cluster's shared wording (normalised: check each against the printed form);
 * fields and people come from the generic reader's vocabulary; impact rows use the two-column
 * rule, which a ticked grid may not suit. Before registering it in extractors/index.ts: check
 * every rule, add a labelled sample under samples/, and run the template tests.
 */
import type { TemplateDefinition } from '${definitionImport}';

export const ${name}: TemplateDefinition = ${JSON.stringify(t, null, 2)};
`;
}

/**
 * A grid's rating column headers ("Positive", "No impact", "Yes") and tick glyphs: declared as
 * labels they would end the row's answer at the first column, before its ticks and comments.
 */
function ratingHeaders(v: GenericVocabulary): Set<string> {
  const c = v.rating.columns;
  return new Set([...c.positive, ...c.negative, ...c.neutral, ...c.unknown, ...c.yes, ...c.no, ...v.rating.adverseLevels].map((w) => normaliseLabel(w)).filter((w): w is string => w !== null));
}

/** Labels most of the documents that print them print before a colon. */
function inlineLabels(members: readonly Fingerprint[]): Set<string> {
  const printed = new Map<string, number>();
  const before = new Map<string, number>();
  for (const m of members) {
    for (const l of m.labels) printed.set(l, (printed.get(l) ?? 0) + 1);
    for (const l of m.inlineLabels) before.set(l, (before.get(l) ?? 0) + 1);
  }
  return new Set([...before].filter(([l, n]) => n * 2 >= printed.get(l)!).map(([l]) => l));
}

/**
 * The cluster's most distinctive labels: printed by all or most of its documents and by
 * (almost) no other, most specific first. A keyword a few other forms print too ("Action
 * plan") lets the draft claim their documents.
 */
function keywords(cluster: FormCluster): string[] {
  const words = (t: string): number => t.split(' ').length;
  // Longer wordings first: a phrase of five words is one form's own; "Action plan" is many forms'.
  const specific = [...cluster.distinctive]
    .filter((d) => d.elsewhere <= MAX_KEYWORD_ELSEWHERE)
    .sort((a, b) => a.elsewhere - b.elsewhere || b.inCluster - a.inCluster || words(b.term) - words(a.term));
  const chosen = [...new Set([...specific.map((d) => capitalise(d.term)), ...cluster.shared.map(capitalise)])];
  return chosen.slice(0, Math.max(2, Math.min(MAX_KEYWORDS, specific.length)));
}

/** "Age (children and young people 0-25)" names a row; "Will the policy affect people of different ages" does not. */
function startsWithCharacteristic(label: string): boolean {
  return characteristicOf(label.split(' ').slice(0, 3).join(' ')) !== null;
}

function uniqueKey(label: string, used: Set<string>): string {
  const base = label.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 6).join('-') || 'label';
  let key = base;
  for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
  used.add(key);
  return key;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
