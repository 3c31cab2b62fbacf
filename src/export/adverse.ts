/** Ratings an analyst counts as an adverse impact: negative, and both (mixed: negative for some). */
export const ADVERSE_RATINGS: readonly string[] = ['negative', 'both'];

export const isAdverse = (rating: string): boolean => ADVERSE_RATINGS.includes(rating);
