/**
 * Names of months and days, in lower case: capitalised in news, yet naming no one, and dating a
 * claim. One list for every reader that must tell them from names (sources, hedges, claim cores,
 * figure comparison, the sentence eval).
 *
 * To extend: add a word in lower case to its list.
 */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Month abbreviations as news writes them before a full stop (`Sept. 11`). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
