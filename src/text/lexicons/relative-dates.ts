/**
 * Phrases that date a claim relative to the day the article was written ("last month", "on
 * Sunday"): read by src/crosscheck/time-frames.ts, which resolves them against the article's date
 * when it has one and otherwise leaves them unresolved (never guessed), so that a figure "last
 * month" is never compared with a figure "in January" unless both are known to be one month.
 *
 * - `unit`: the stretch of time the phrase names: `day`, `week`, `month` or `year`.
 * - `offset`: how many of those units before (negative) or after (positive) the article's date.
 *
 * Weekday names ("on Sunday", "last Sunday") are read from src/text/lexicons/calendar.ts, not
 * listed here. Phrases are lower case and matched as whole words. Extend by adding entries.
 */

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeDate {
  phrase: string;
  unit: RelativeUnit;
  offset: number;
}

export const RELATIVE_DATES: readonly RelativeDate[] = [
  { phrase: 'yesterday', unit: 'day', offset: -1 },
  { phrase: 'today', unit: 'day', offset: 0 },
  { phrase: 'tomorrow', unit: 'day', offset: 1 },
  { phrase: 'last week', unit: 'week', offset: -1 },
  { phrase: 'this week', unit: 'week', offset: 0 },
  { phrase: 'next week', unit: 'week', offset: 1 },
  { phrase: 'last month', unit: 'month', offset: -1 },
  { phrase: 'this month', unit: 'month', offset: 0 },
  { phrase: 'next month', unit: 'month', offset: 1 },
  { phrase: 'last year', unit: 'year', offset: -1 },
  { phrase: 'this year', unit: 'year', offset: 0 },
  { phrase: 'next year', unit: 'year', offset: 1 },
];
