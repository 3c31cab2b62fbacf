/**
 * The conclusion a synthetic form asks for at its end ("Section 4: Outcome of the assessment",
 * boxes of the form's outcomes, one ticked, and the reasons), as the text renderings print it,
 * and the outcome a labeller records from it.
 */
import type { Random } from '../variants/seededRandom.js';

/** How a form lays out its conclusion: boxes a line each, one line of boxes after "Tick one:", or a question then boxes. */
export type OutcomeStyle = 'lines' | 'tick-row' | 'question';

export interface OutcomeShape {
  style: OutcomeStyle;
  heading: string;
  options: readonly string[];
  chosen: number;
  /** How the reasons are asked: "Reasons: …" on one line, a "Reasons" line over them, or not at all. */
  reasons: 'inline' | 'below' | 'none';
  reasonText: string;
}

const OUTCOME_HEADINGS = ['Outcome of the assessment', 'Conclusion', 'Decision', 'Outcome of the EIA', 'Screening outcome'];
const OUTCOME_OPTIONS: ReadonlyArray<readonly string[]> = [
  ['No major change needed', 'Adjust the proposal to remove barriers', 'Continue despite adverse impact', 'Stop and remove the proposal'],
  ['Proceed with the proposal', 'Proceed with changes (list them in the action plan)', 'Do not proceed'],
  ['A full impact assessment is required', 'No full impact assessment is required'],
  ['No impact or positive impact only – proceed', 'Negative impacts found and mitigated – proceed with the action plan', 'Stop and rethink'],
];
const REASONS = [
  'The saving is needed to set a balanced budget and the actions reduce the effect on the groups most affected.',
  'The changes improve access for most users; the two concerns raised are covered in the action plan.',
  'Older and disabled residents may lose a service they rely on, so a full assessment will be done before any decision.',
];

export function drawOutcome(random: Random): OutcomeShape {
  const options = random.pick(OUTCOME_OPTIONS);
  return {
    style: random.pick<OutcomeStyle>(['lines', 'tick-row', 'question']),
    heading: random.pick(OUTCOME_HEADINGS),
    options,
    chosen: random.int(0, options.length - 1),
    reasons: random.pick(['inline', 'below', 'none'] as const),
    reasonText: random.pick(REASONS),
  };
}

/** The outcome section's lines (after its "Section N:" heading line) and the outcome a labeller records. */
export function outcomeLines(o: OutcomeShape, mark: string): { lines: string[]; expected: string } {
  const box = (i: number): string => (i === o.chosen ? (mark === '■' ? '■' : '☒') : mark === '■' ? '□' : '☐');
  const boxes = o.style === 'tick-row'
    ? [`Tick one:  ${o.options.map((opt, i) => `${box(i)} ${opt}`).join('   ')}`]
    : [...(o.style === 'question' ? ['Having completed the assessment, which of the following applies?'] : []), ...o.options.map((opt, i) => `${box(i)} ${opt}`)];
  const reasons = o.reasons === 'inline' ? [`Reasons: ${o.reasonText}`] : o.reasons === 'below' ? ['Reasons', o.reasonText] : [];
  return { lines: [...boxes, ...reasons], expected: o.reasons === 'none' ? o.options[o.chosen]! : `${o.options[o.chosen]}\n\n${o.reasonText}` };
}
