/**
 * The rating a narrative gives in its own words, for forms that ask only "summarise the main
 * positive or adverse impact" and print no rating column (corpus/LABELLING.md: the rating is
 * read from what the narrative says). Cues are what authors write when they mean an impact
 * falls one way: "may struggle", "less likely to be referred", "cannot be monitored" against
 * "will benefit", "avoid hospital stays", "improves access". A narrative with cues both ways,
 * or none, says nothing certain: null, and the caller decides.
 */
import type { Rating } from '../../model/vocabulary.js';

const ADVERSE = /\b(?:struggle|find it (?:hard|harder|difficult)|less likely|more difficult|harder (?:to|for)|barriers?\b|excluded|exclusion|disadvantag\w*|cannot|can(?:'|’)t|unable|lose|loss of|lost\b|worse|worsen\w*|adverse(?:ly)?|negative(?:ly)?|longer waits?|wait longer|further to travel|cost more|burden|isolat\w*|reduced access|fewer)\b/i;
const FAVOURABLE = /\b(?:benefit\w*|improv\w*|better|easier|avoid\w*|gain\w*|positive(?:ly)?|more accessible|more flexible|more choice|increased? access|closer to home|shorter waits?|quicker|faster)\b/i;

export function ratingFromNarrative(text: string): Rating | null {
  const adverse = ADVERSE.test(text);
  const favourable = FAVOURABLE.test(text);
  if (adverse === favourable) return null;
  return adverse ? 'negative' : 'positive';
}
