/** Reading the dates that news files carry, into ISO calendar dates. Nothing is guessed. */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A date at the start of a line: `Dec 2, 2025`, `2 December 2025`, `2025-12-02`. */
const LEADING_DATE = new RegExp(`^\\s*(?:(?<m1>${MONTH})\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH}),?\\s+(?<y2>\\d{4})|(?<y3>\\d{4})-(?<mo3>\\d{2})-(?<d3>\\d{2}))`, 'i');

function toIso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO date a line starts with, and how many characters the date takes, or `undefined`
 * when the line does not start with a complete, valid date.
 */
export function readLeadingDate(line: string): { iso: string; length: number } | undefined {
  const match = LEADING_DATE.exec(line);
  if (!match?.groups) return undefined;
  const g = match.groups;
  const monthName = (g.m1 ?? g.m2)?.replace('.', '').toLowerCase();
  const month = monthName ? MONTHS[monthName] : Number(g.mo3);
  const iso = toIso(Number(g.y1 ?? g.y2 ?? g.y3), month ?? 0, Number(g.d1 ?? g.d2 ?? g.d3));
  return iso ? { iso, length: match[0].length } : undefined;
}

/** An ISO date from a metadata value (`2025-12-02`, `2025-12-02T10:00:00Z`, `Dec 2, 2025`). */
export function readDateValue(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  return readLeadingDate(value)?.iso;
}
