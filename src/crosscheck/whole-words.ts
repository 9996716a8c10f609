import { foldText, termOf, tokenize } from '../text/normalise.ts';

/** A word of a sentence with the term it is compared by, and its offsets into the sentence. */
export interface WholeWord {
  term: string;
  start: number;
  end: number;
}

/** Currency signs written straight before a figure: part of it ("$9.37bn", "US$1.2m"). */
const CURRENCY_BEFORE = /(?:US\$|A\$|C\$|HK\$|NZ\$|[$£€¥])$/u;

/**
 * The words of `text` that say something (stop words left out), each with its search term, and
 * figures whole: "$9.37bn" is one word, never "9.37" and "bn", so a list of what one article adds
 * shows the figure as written, not a currency's digits or a multiplier. A figure's term is its
 * folded text, so "$9.37bn" and "$9.3bn" are two details.
 */
export function wholeWordsOf(text: string): WholeWord[] {
  const tokens = tokenize(text);
  const words: WholeWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    // A run of tokens with nothing between them ("9.37" + "bn", "6" + "," + "000") that holds a digit is one figure.
    let last = i;
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? 0) === (tokens[last]?.end ?? -1)) last++;
    const end = tokens[last]?.end ?? token.end;
    const run = text.slice(token.start, end);
    if (/\d/u.test(run)) {
      const sign = CURRENCY_BEFORE.exec(text.slice(Math.max(0, token.start - 3), token.start));
      const start = token.start - (sign?.[0].length ?? 0);
      // A share's sign is part of it ("3.5%"); a sign's letters read as a word of their own ("US" of "US$") are not.
      const close = text[end] === '%' ? end + 1 : end;
      while ((words.at(-1)?.end ?? -1) > start) words.pop();
      words.push({ term: foldText(text.slice(start, close)).toLowerCase(), start, end: close });
      i = last;
      continue;
    }
    const term = termOf(token.key);
    if (term !== null) words.push({ term, start: token.start, end: token.end });
  }
  return words;
}
