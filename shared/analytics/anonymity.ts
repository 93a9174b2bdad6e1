/** Default minimum of distinct advisors behind any shown pulse figure (k, DESIGN.md §6). */
export const defaultAnonymityThreshold = 5;

/** Minimum of distinct advisors behind any shown pulse comment. */
export const commentAnonymityThreshold = 10;

/**
 * A pulse figure as it may be shown: the value with its respondent count, or `suppressed`
 * with neither (the count is hidden with the value).
 */
export type Disclosed<T> =
  | { readonly state: 'shown'; readonly value: T; readonly respondents: number }
  | { readonly state: 'suppressed' };

/** True when `respondents` distinct advisors (≥ k) may be shown; k must be a positive integer. */
export function meetsAnonymityThreshold(respondents: number, k = defaultAnonymityThreshold): boolean {
  return Number.isFinite(respondents) && respondents >= Math.max(1, k);
}

/** Shows a pulse figure only when at least k distinct advisors answered. */
export function disclosePulseFigure<T>(
  value: T,
  respondents: number,
  k = defaultAnonymityThreshold,
): Disclosed<T> {
  return meetsAnonymityThreshold(respondents, k)
    ? { state: 'shown', value, respondents }
    : { state: 'suppressed' };
}

/** Comments are shown only when at least 10 distinct advisors wrote in the group and window. */
export function commentsVisible(distinctAuthors: number, threshold = commentAnonymityThreshold): boolean {
  return meetsAnonymityThreshold(distinctAuthors, threshold);
}
