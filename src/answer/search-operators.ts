/**
 * Search operators a user may type from habit (`-word`, `word OR word`, `site:`, `*`, `"exact phrase"`), which no
 * command here supports: each is set aside or read as plain words, and the answer says plainly what was done with it,
 * so that `/sources troops -5000` is never silently answered as `/sources troops 5000`. The same for every command that
 * searches (/sources, /compare, /cite, /quote, /who); a query with none of them is searched exactly as it was asked.
 */
import type { Answer, Note } from '../model/answer.ts';
import { answer } from './build.ts';
import { listWords, note } from './messages.ts';

/** A word with a minus sign glued before it (`-5000`, `-Putin`): asks to leave out the sentences that hold it. */
const EXCLUDED_WORD = /^[-\u2212][\p{L}\p{N}]/u;
/** Search engines' field operators: `site:bbc.co.uk`, `intitle:budget`. */
const FIELD_OPERATOR = /^(?:site|inurl|intitle|intext|filetype):/iu;
/** A wildcard star, glued to a word (`troo*`) or alone. */
const WILDCARD = /\*/gu;
/** Two or more words between double quotation marks (straight, curly or low): `"engineering troops"`. */
const QUOTED_WORDS = /["\u201c\u201e][^"\u201c\u201d\u201e]*[\p{L}\p{N}]\s+[\p{L}\p{N}][^"\u201c\u201d\u201e]*["\u201d]/u;
/** The marks a name or a phrase may be enclosed in (`"Goremykin"`, `‘unwavering support’`). */
const ENCLOSING_QUOTES = /^["'\u201c\u2018\u00ab]+|["'\u201d\u2019\u00bb]+$/gu;

/** The most operators of one kind a note names before it counts the rest. */
const MOST_OPERATORS_NAMED = 5;

/** How a command reads quotation marks: as plain words it searches in any order, or as the ends of what it looks for. */
export type QuoteMarks = 'words' | 'enclosing';

/** The query as it is searched, and a note for each operator set aside or read otherwise than a search engine would. */
export interface OperatorReading {
  searched: string;
  notes: Note[];
}

/** `text` without the quotation marks at either end: `"unwavering support` is the phrase unwavering support. */
export function withoutEnclosingQuotes(text: string): string {
  return text.replace(ENCLOSING_QUOTES, '').trim();
}

/** A name between quotation marks at both ends (`"Goremykin"`, `‘Goremykin’`); one mark alone may be the name's own (`Dems'`). */
const QUOTED_NAME = /^["'\u201c\u2018\u00ab].*["'\u201d\u2019\u00bb]$/su;

/** `name` without the quotation marks that enclose it: `"Goremykin"` is the name Goremykin; `name` itself when none do. */
export function nameWithoutQuotes(name: string): string {
  return QUOTED_NAME.test(name) ? withoutEnclosingQuotes(name) : name;
}

/**
 * `query` with its operators set aside (a minus word, `OR` between two words, a field operator, a wildcard star), and
 * the notes that say so; with `quoteMarks` 'words', a note that quotation marks around words do not ask for them word
 * for word. `query` itself, untouched, with no note, when it holds none of them.
 */
export function readSearchOperators(query: string, quoteMarks: QuoteMarks): OperatorReading {
  const tokens = query.trim().split(/\s+/u);
  const excluded: string[] = [];
  const fields: string[] = [];
  const starred: string[] = [];
  const starsAlone: string[] = [];
  const kept: string[] = [];
  let ors = 0;
  tokens.forEach((token, i) => {
    if (EXCLUDED_WORD.test(token)) excluded.push(token);
    else if (FIELD_OPERATOR.test(token)) fields.push(token);
    else if (token === 'OR' && i > 0 && i < tokens.length - 1) ors++;
    else if (token.includes('*')) {
      const word = token.replace(WILDCARD, '');
      // (`/sources *`: a star with no letters leaves nothing of the word to search for as written.)
      if (word === '') starsAlone.push(token);
      else {
        starred.push(token);
        kept.push(word);
      }
    } else kept.push(token);
  });
  const quoted = quoteMarks === 'words' && QUOTED_WORDS.test(query);
  const notes: Note[] = [];
  // Each word once, and a few of them: `/sources -a -a -a …` 100 times had a note of 100 words.
  const asWritten = (words: readonly string[]): string => {
    const distinct = [...new Set(words)];
    return listWords(
      distinct.slice(0, MOST_OPERATORS_NAMED).map((word) => `“${word}”`),
      'and',
      distinct.length,
    );
  };
  if (excluded.length > 0) notes.push(note('operator_minus', { words: asWritten(excluded), count: new Set(excluded).size }));
  if (ors > 0) notes.push(note('operator_or'));
  if (fields.length > 0) notes.push(note('operator_field', { words: asWritten(fields), count: new Set(fields).size }));
  if (starred.length > 0) notes.push(note('operator_wildcard', { words: asWritten(starred) }));
  if (starsAlone.length > 0) notes.push(note('operator_star_alone', { words: asWritten(starsAlone) }));
  if (quoted) notes.push(note('operator_quotes'));
  const changed = excluded.length + fields.length + starred.length + starsAlone.length + ors > 0;
  return { searched: changed ? kept.join(' ') : query, notes };
}

/**
 * The answer `run` gives for the query with its operators set aside (see readSearchOperators), asked as `asked` and
 * with the notes that say what was done with them first; `run(asked)` itself when it holds none. When nothing but
 * operators was asked, the notes and that nothing is left to search for.
 */
export async function answerWithOperatorsRead(command: string, asked: string, quoteMarks: QuoteMarks, run: (searched: string) => Answer | Promise<Answer>): Promise<Answer> {
  const { searched, notes } = readSearchOperators(asked, quoteMarks);
  if (notes.length === 0) return run(asked);
  if (searched.trim() === '') return answer(command, asked, { status: 'not_found', title: `Nothing to search for in “${asked}”`, notes: [...notes, note('nothing_left')] });
  const found = await run(searched);
  return { ...found, query: asked, notes: [...notes, ...found.notes] };
}

/**
 * A command's run that reads the operators of its `field` (see answerWithOperatorsRead) and runs `run` with what is
 * left: the command's own body stays as it was.
 */
export function readingOperators<Args extends Record<string, unknown>, Context>(
  command: string,
  field: keyof Args & string,
  quoteMarks: QuoteMarks,
  run: (args: Args, context: Context) => Answer | Promise<Answer>,
): (args: Args, context: Context) => Promise<Answer> {
  return (args, context) => answerWithOperatorsRead(command, String(args[field]), quoteMarks, (searched) => run({ ...args, [field]: searched }, context));
}
