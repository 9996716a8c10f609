/**
 * Names of months and days, in lower case: capitalised in news, yet naming no one, and dating a
 * claim. One list for every reader that must tell them from names (sources, hedges, claim cores,
 * figure comparison, the sentence eval).
 *
 * To extend: add a word in lower case to its list.
 */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Words after a figure that make it a time of day (`at 1200 GMT`, `9 am`): like a day of the month it dates a claim, and
 * two stories give it alike by chance (prime minister's questions and a race both start at 1200 GMT). Lower case.
 */
export const CLOCK_MARKS: ReadonlySet<string> = new Set(['gmt', 'bst', 'utc', 'cet', 'est', 'edt', 'pst', 'pdt', 'am', 'pm']);

/** Month abbreviations as news writes them before a full stop (`Sept. 11`). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

// Time phrases that stand between a subject and its verb (`Mr Brown yesterday said`, `The company on Monday said`, `The
// committee has this week announced`, `less than two weeks ago`): the attribution reader passes over them so that no time
// becomes part of a source's name. To extend: add a word in lower case to its list.
/** Single words of time that may stand between a subject and its verb (`Mr Brown yesterday said`). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'recently', 'earlier', 'previously', 'overnight', 'later', 'afterwards']);
/** Nouns of a period after `this`, `last` or `next` (`this week`, `last month`, `this past weekend`). */
export const PERIODS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);
/**
 * Words before a fraction that make it a part of a period, not a share of people (`the first quarter showed growth of 6.3%`,
 * `a slower-than-expected fourth quarter points to`, `the final quarter told us`; against `a quarter of voters said`).
 */
export const PERIOD_PART_MARKERS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'opening', 'previous', 'latest', 'current', 'coming']);
/** Words before a period (`this week`, `last month`, `this past weekend`). */
export const PERIOD_DEICTICS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'past']);
/** The weekdays as a set, for lookups. */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Month and weekday names together: words that name a date, never a person or a body. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** The periods and counts of `… ago` (`less than two weeks ago`, `a few days ago`). */
export const AGO_PERIODS = /^(?:day|week|month|year|hour|minute|decade)s?$/u;
/** Words of a time between `published` and `by` (`published this week by`, `published last month by`). */
export const PUBLISHED_WHEN: ReadonlySet<string> = new Set(['this', 'last', 'next', 'week', 'month', 'year', 'today', 'yesterday', 'earlier', 'recently', 'on', ...WEEKDAY_NAMES]);
/** Adverbs of frequency that make a `would` a past habit (`we would often speak`, `she would regularly call`). Add an adverb that says how often. */
export const FREQUENCY_ADVERBS: ReadonlySet<string> = new Set([
  'often',
  'usually',
  'regularly',
  'frequently',
  'routinely',
  'occasionally',
  'sometimes',
  'invariably',
  'habitually',
  'whenever',
  'daily',
  'nightly',
  'weekly',
]);
/** Times after `every` or `each` that make a routine (`every week`, `each morning`), and after `times a` (`three times a day`): the periods, the weekdays and a few more. */
export const ROUTINE_TIMES: ReadonlySet<string> = new Set([...PERIODS, 'day', 'summer', 'winter', 'time', ...WEEKDAY_NAMES]);
