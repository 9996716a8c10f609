import type { Answer } from '../../model/answer.ts';

/**
 * Characters that end a line somewhere: in a chat message, a terminal or a log. Inside one field
 * (a headline, an outlet, a quote) they would let article text start a line of its own and pass it
 * off as part of the answer ("Source: …"), so a break and the spacing around it become one space,
 * as a quote that spans a line break in its article reads.
 */
const LINE_BREAKS = /[\s\u0085]*[\n\v\f\r\u0085\u2028\u2029][\s\u0085]*/gu;

/** A tab would jump to a column of the surface's choosing: a space, like any other gap. */
const TABS = /\t/gu;

/**
 * Characters a reader never sees but a screen acts on: C0 and C1 controls (terminal colours and
 * cursor moves) and the bidirectional controls (U+202E turns `txt.exe` round, U+2066–2069
 * isolates, the marks U+200E, U+200F, U+061C) that can reorder what a line appears to say.
 */
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Every character neutraliseField changes, for tests and for the JSON escape below. */
export const UNSAFE_CHARACTERS = /[\t\n\v\f\r\u0085\u2028\u2029\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** How a hidden control is shown: dropped in chat, or written out (`\u{202e}`) on a terminal. */
export type ControlDisplay = 'drop' | 'show';

/** One field made safe to put on one line of any surface: line breaks to spaces, hidden controls dropped or shown. */
export function neutraliseField(text: string, display: ControlDisplay = 'drop'): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(TABS, ' ')
    .replace(HIDDEN_CONTROLS, (char) => (display === 'show' ? `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}` : ''));
}

function neutraliseValue(value: unknown, display: ControlDisplay): unknown {
  if (typeof value === 'string') return neutraliseField(value, display);
  if (Array.isArray(value)) return value.map((item) => neutraliseValue(item, display));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, neutraliseValue(item, display)]));
  return value;
}

/**
 * The Answer with every string in it neutralised (see neutraliseField), for a renderer to lay out.
 * Done once, on the whole value, so that no field a renderer shows (and none it will show one
 * day) is missed. The Answer itself is untouched: its quotes stay exact slices of the articles.
 */
export function neutraliseAnswer(answer: Answer, display: ControlDisplay = 'drop'): Answer {
  return neutraliseValue(answer, display) as Answer;
}

const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

/**
 * A value as one line of JSON that shows no control character raw on a terminal: JSON.stringify
 * escapes C0 already; C1, the bidirectional controls and U+2028/2029 are written as `\uXXXX`
 * too. Parsing it gives back exactly the value, verbatim quotes and all.
 */
export function stringifySafeJson(value: unknown): string {
  return JSON.stringify(value).replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
