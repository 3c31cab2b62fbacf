/**
 * Impacts on a synthetic form asked one characteristic at a time under a heading of its own
 * ("2.3 Disability", then the form's questions, each with its answer), not in a grid; written
 * as the text renderings print them, with the rating a labeller reads back.
 */
import type { Rating, SynthImpact } from './synthContent.js';
import type { FormShape } from './synthShape.js';

/** The answers a section asks of one group, for the grid kind's questions. */
function sectionAnswers(shape: FormShape, rating: Rating): { lines: Array<[string, string]>; expected: Rating } {
  const positive = rating === 'positive' || rating === 'both';
  const negative = rating === 'negative' || rating === 'both';
  if (shape.grid === 'yes-no' || shape.grid === 'answer-column' || shape.grid === 'levels') {
    const word = negative ? 'Yes' : rating === 'unknown' ? "Don't know" : 'No';
    return { lines: [['Could the proposal have a negative impact on this group?', word]], expected: negative ? 'negative' : rating === 'unknown' ? 'unknown' : 'neutral' };
  }
  if (shape.grid === 'two-yes-no' || shape.grid === 'two-text') {
    return {
      lines: [['Is there a potential for a positive impact?', positive ? 'Yes' : 'No'], ['Is there a potential for a negative impact?', negative ? 'Yes' : 'No']],
      expected: positive && negative ? 'both' : positive ? 'positive' : negative ? 'negative' : 'neutral',
    };
  }
  const word = { positive: 'Positive', negative: 'Negative', both: 'Positive and negative', neutral: 'Neutral', unknown: 'Not known' }[rating];
  return { lines: [['Impact (positive, negative, neutral or not known)', word]], expected: rating };
}

/** Impacts a characteristic at a time: "2.N Label", its questions and answers, the evidence and mitigation. */
export function sectionImpactLines(shape: FormShape, impacts: readonly SynthImpact[]): string[] {
  const pipe = shape.rendering === 'pipe';
  const line = (label: string, answer: string): string => (pipe ? `| ${label} | ${answer} |` : `${label}${label.endsWith('?') ? '' : ':'} ${answer}`);
  return impacts.flatMap((i, k) => {
    const { lines } = sectionAnswers(shape, i.rating);
    return [
      pipe ? `| 2.${k + 1} ${i.label} |` : `2.${k + 1} ${i.label}`,
      ...lines.map(([q, a]) => line(q, a)),
      ...(i.narrative ? [line('Evidence', i.narrative)] : []),
      ...(shape.mitigationColumn && i.mitigation ? [line('Mitigation', i.mitigation)] : []),
      '',
    ];
  });
}

/** The rating a labeller reads from a section's answers. */
export function sectionRating(shape: FormShape, rating: Rating): Rating {
  return sectionAnswers(shape, rating).expected;
}
