/**
 * The steps a build runs over all the articles at once (the claim alignment, the entity table, the lookups), guarded as
 * each article's own readings are (see src/analysis/safe-reading.ts): a rule that meets data it was never tried on may
 * throw, and one step's error must not stop the whole library, with every article in it, from loading and searching.
 */

/** The steps across articles, in the order a build runs them; each a failure leaves empty (see Library.failedSteps). */
export const CROSS_ARTICLE_STEPS = ['claim alignment', 'entity table', 'lookups'] as const;

export type CrossArticleStep = (typeof CROSS_ARTICLE_STEPS)[number];

/** What is told of a step across articles that failed: once, where the build ran. */
export type StepFailureReport = (step: CrossArticleStep, articles: number, error: unknown) => void;

/**
 * Written to standard error, as a failed article reading is: a build runs in the rebuild worker too, which holds no
 * logger. Which article's data the step failed on cannot be told from outside it, so the message says how many it read.
 */
const reportOnStandardError: StepFailureReport = (step, articles, error) => {
  const stack = error instanceof Error && error.stack !== undefined ? error.stack : String(error);
  console.error(`crosscheck: the ${step} across the ${articles} articles failed; the library is kept without it, and answers that would read it say so. ${stack}`);
};

/**
 * `build()`, or, when it throws, `fallback()` (a step that holds nothing), with the step added to `failed` and the
 * error reported once with its stack. The same step failing twice (the alignment's two passes) is listed once.
 */
export function buildAcrossSafely<T>(step: CrossArticleStep, articles: number, build: () => T, fallback: () => T, failed: CrossArticleStep[], report: StepFailureReport = reportOnStandardError): T {
  try {
    return build();
  } catch (error) {
    return givenUp(step, articles, error, fallback, failed, report);
  }
}

/** buildAcrossSafely for a step that turns the event loop (an /add's layering). */
export async function layerAcrossSafely<T>(
  step: CrossArticleStep,
  articles: number,
  build: () => Promise<T>,
  fallback: () => T | Promise<T>,
  failed: CrossArticleStep[],
  report: StepFailureReport = reportOnStandardError,
): Promise<T> {
  try {
    return await build();
  } catch (error) {
    return await givenUp(step, articles, error, fallback, failed, report);
  }
}

function givenUp<T>(step: CrossArticleStep, articles: number, error: unknown, fallback: () => T, failed: CrossArticleStep[], report: StepFailureReport): T {
  report(step, articles, error);
  if (!failed.includes(step)) failed.push(step);
  return fallback();
}
