import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicons/calendar.ts';
import { RELATIVE_DATES, type RelativeDate } from '../text/lexicons/relative-dates.ts';

/**
 * When a sentence says its figures hold: the stretches of time it names ("in January", "in
 * December 2004", "last month", "on Sunday"). Two figures of one measure are a discrepancy only
 * when they are told of the same time: "146,000 jobs in January" and "157,000 jobs last month"
 * may be two months' figures. Relative phrases are resolved against the article's date; without
 * one they stay unresolved, and a figure dated only so is not compared (never guessed).
 */

/** One stretch of time a sentence names, as offsets into the sentence. */
export interface TimeFrame {
  start: number;
  end: number;
  /** The first and last day it covers (UTC day numbers), when its year is known. */
  span?: [number, number];
  /** A month (0-11) and maybe a day given without a year ("in January", "19 December"). */
  month?: number;
  day?: number;
  /** False for a relative phrase that could not be resolved: the article gives no date. */
  resolved: boolean;
  /** True for a phrase read against the article's date ("yesterday", "on Sunday"), not written as a date. */
  relative?: boolean;
  /** True when it names one day ("19 December", "on Sunday"): the day an event fell on, not a period a figure covers. */
  oneDay: boolean;
}

const DAY = 86_400_000;
const dayNumber = (year: number, month: number, day: number): number => Math.floor(Date.UTC(year, month, day) / DAY);
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const MONTH = `(${MONTH_NAMES.map(capitalised).join('|')})`;
const WEEKDAY = `(${WEEKDAY_NAMES.map(capitalised).join('|')})`;
const RELATIVE = new RegExp(`\\b(${RELATIVE_DATES.map((entry) => entry.phrase.replace(/\s+/gu, '\\s+')).join('|')})\\b`, 'giu');
const WEEKDAY_PHRASE = new RegExp(`\\b(?:(last|next|on|this)\\s+)?${WEEKDAY}\\b`, 'gu');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'gu');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gu');
/** A month alone, after a word that makes it a time ("in May", "since January 2004"): "May" is also a modal. */
const MONTH_ALONE = new RegExp(`\\b(?:in|of|since|until|by|from|to|during|early|late|mid-|last|this|next|between|and)\\s*${MONTH}(?:\\s+(\\d{4}))?\\b`, 'gu');
const YEAR = /\b(?:in|of|since|until|by|from|during|for|to|between|and)\s+((?:1[89]|20)\d\d)\b/gu;

/** The time frames `text` names, resolved against `articleDate` (ISO `2005-02-04`) when given. */
export function readTimeFrames(text: string, articleDate?: string): TimeFrame[] {
  const today = articleDate ? parseDate(articleDate) : undefined;
  const frames: TimeFrame[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, frame: Omit<TimeFrame, 'start' | 'end' | 'oneDay'>, oneDay: boolean): void => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    frames.push({ start, end, ...frame, oneDay });
  };
  const dated = (month: number, day: number | undefined, year: string | undefined): Omit<TimeFrame, 'start' | 'end' | 'oneDay'> => {
    if (year) {
      const y = Number(year);
      return { resolved: true, span: day === undefined ? [dayNumber(y, month, 1), dayNumber(y, month + 1, 0)] : [dayNumber(y, month, day), dayNumber(y, month, day)] };
    }
    return { resolved: true, month, ...(day === undefined ? {} : { day }) };
  };
  for (const m of text.matchAll(DAY_MONTH)) add(m.index, m.index + m[0].length, dated(monthOf(m[2]), Number(m[1]), m[3]), true);
  for (const m of text.matchAll(MONTH_DAY)) add(m.index, m.index + m[0].length, dated(monthOf(m[1]), Number(m[2]), m[3]), true);
  for (const m of text.matchAll(MONTH_ALONE)) {
    const month = m[1] ?? '';
    const at = m.index + m[0].indexOf(month);
    add(at, m.index + m[0].length, dated(monthOf(month), undefined, m[2]), false);
  }
  for (const m of text.matchAll(RELATIVE)) {
    const entry = RELATIVE_DATES.find((each) => each.phrase === m[0].toLowerCase().replace(/\s+/gu, ' '));
    if (entry) add(m.index, m.index + m[0].length, today !== undefined ? { resolved: true, relative: true, span: relativeSpan(today, entry) } : { resolved: false }, entry.unit === 'day');
  }
  for (const m of text.matchAll(WEEKDAY_PHRASE)) {
    const weekday = WEEKDAY_NAMES.indexOf((m[2] ?? '').toLowerCase());
    add(m.index, m.index + m[0].length, today !== undefined ? { resolved: true, relative: true, span: weekdaySpan(today, weekday, m[1]) } : { resolved: false }, true);
  }
  for (const m of text.matchAll(YEAR)) {
    const year = m[1] ?? '';
    const at = m.index + m[0].indexOf(year);
    const y = Number(year);
    add(at, at + 4, { resolved: true, span: [dayNumber(y, 0, 1), dayNumber(y, 11, 31)] }, false);
  }
  return frames.sort((a, b) => a.start - b.start);
}

/**
 * True when figures of two sentences may be compared for the period they cover: either names no
 * period (a week, a month, a year), or both name one they share. A relative period that could not
 * be resolved ("last month" in an undated article) shares nothing. Single days are left out: the
 * day an event fell on is compared as a date, and a day apart is a discrepancy of its own.
 */
export function sameTime(first: readonly TimeFrame[], second: readonly TimeFrame[]): boolean {
  const periods = (frames: readonly TimeFrame[]): TimeFrame[] => frames.filter((frame) => !frame.oneDay);
  const [a, b] = [periods(first), periods(second)];
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => overlap(x, y)));
}

function overlap(a: TimeFrame, b: TimeFrame): boolean {
  if (!a.resolved || !b.resolved) return false;
  if (a.span && b.span) return a.span[0] <= b.span[1] && b.span[0] <= a.span[1];
  if (!a.span && !b.span) return a.month === b.month && (a.day === undefined || b.day === undefined || a.day === b.day);
  const [yearless, dated] = a.span ? [b, a] : [a, b];
  const [from, to] = dated.span as [number, number];
  // A stretch of a year or more holds every month; a shorter one is walked day by day.
  if (to - from >= 365) return true;
  for (let day = from; day <= to; day++) {
    const date = new Date(day * DAY);
    if (date.getUTCMonth() === yearless.month && (yearless.day === undefined || date.getUTCDate() === yearless.day)) return true;
  }
  return false;
}

/** The calendar day a frame of one day stands for, or undefined for a longer or yearless one. */
export function singleDayOf(frame: TimeFrame): { year: number; month: number; day: number } | undefined {
  if (!frame.span || frame.span[0] !== frame.span[1]) return undefined;
  const date = new Date(frame.span[0] * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function monthOf(name: string | undefined): number {
  return MONTH_NAMES.indexOf((name ?? '').toLowerCase());
}

function parseDate(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

function relativeSpan(today: number, entry: RelativeDate): [number, number] {
  const date = new Date(today * DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (entry.unit) {
    case 'day':
      return [today + entry.offset, today + entry.offset];
    case 'week': {
      // Weeks start on Monday, as in British and European news.
      const monday = today - ((date.getUTCDay() + 6) % 7) + 7 * entry.offset;
      return [monday, monday + 6];
    }
    case 'month':
      return [dayNumber(y, m + entry.offset, 1), dayNumber(y, m + entry.offset + 1, 0)];
    case 'year':
      return [dayNumber(y + entry.offset, 0, 1), dayNumber(y + entry.offset, 11, 31)];
  }
}

/** "on Sunday" and "Sunday" are the last one on or before the article's day, "last Sunday" the one before it, "next Sunday" the one after. */
function weekdaySpan(today: number, weekday: number, lead: string | undefined): [number, number] {
  // WEEKDAY_NAMES starts on Monday; getUTCDay on Sunday.
  const todayWeekday = (new Date(today * DAY).getUTCDay() + 6) % 7;
  let day = today - ((todayWeekday - weekday + 7) % 7);
  if (lead === 'last' && day === today) day -= 7;
  if (lead === 'next') day += day <= today ? 7 : 0;
  return [day, day];
}
