import type { Article, Sentence, Span } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import { CROSS_ARTICLE_STEPS, type CrossArticleStep } from '../library/safe-steps.ts';
import { type ErrorCode, errorText } from './errors.ts';
import { listWords, note, type NoteCode } from './messages.ts';
import type { Answer, ArticleRef, Citation, Note } from '../model/answer.ts';
import { scanWords } from '../text/normalise.ts';

/** The article fields a citation carries: only those the file gives. */
export function articleRef(article: Article): ArticleRef {
  const { headline, outlet, date, url, author } = article.meta;
  return {
    id: article.id,
    file: article.file,
    ...(headline !== undefined && { headline }),
    ...(outlet !== undefined && { outlet }),
    ...(date !== undefined && { date }),
    ...(url !== undefined && { url }),
    ...(author !== undefined && { author }),
  };
}

/**
 * A citation of a sentence, or of a span inside it (a quotation), with the sentence's certainty.
 * The quote is always sliced from the article's text, so it cannot drift from the source.
 */
export function citeSpan(library: Library, sentence: Sentence, extra: Partial<Pick<Citation, 'match' | 'missingTerms' | 'speaker'>> & { span?: Span; kind?: Citation['kind'] } = {}): Citation {
  const article = library.article(sentence.articleId);
  if (!article) throw new Error(`crosscheck: sentence ${sentence.id} belongs to no article in this library`);
  const { span, kind, ...rest } = extra;
  const start = span?.start ?? sentence.start;
  const end = span?.end ?? sentence.end;
  const sentenceCertainty = library.certaintyOf(sentence);
  const speaker = kind === 'quotation' ? (rest.speaker ?? undefined) : undefined;
  // `despite a call for him to "pause for thought" from Charles Kennedy`: the note is the sentence's (Clarke's), the words
  // are Kennedy's; a citation of the words says whose they are before the sentence's note, so the two never contradict.
  const certainty =
    sentenceCertainty && speaker !== undefined && !PRONOUN.test(speaker) && !sentenceCertainty.attributedTo.some((link) => namesAlike(link, speaker))
      ? { ...sentenceCertainty, note: `The quoted words are ${speaker}'s; the sentence as a whole: ${sentenceCertainty.note}` }
      : sentenceCertainty;
  return {
    articleId: article.id,
    quote: article.text.slice(start, end),
    start,
    end,
    paragraph: sentence.paragraph,
    sentenceIndex: sentence.index,
    kind: kind ?? 'sentence',
    article: articleRef(article),
    ...(certainty && { certainty }),
    ...rest,
  };
}

/** A speaker the reading left as a pronoun: the sentence's source stands for it. */
const PRONOUN = /^(?:he|she|they|it|i|we|you)$/iu;

/** True when two names end in the same word (`Mr Clarke`, `Clarke` and `Charles Clarke`; `the Home Secretary` and `Home Secretary`), a possessive and case aside: `Charles Clarke` is not `Charles Kennedy`. */
function namesAlike(a: string, b: string): boolean {
  const lastWord = (name: string): string =>
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter((word) => word !== '')
      .map((word) => word.replace(/['’]s?$/u, ''))
      .at(-1) ?? '';
  return lastWord(a) !== '' && lastWord(a) === lastWord(b);
}

/** Why a query gives nothing to search for: it has no word at all (`😀`, `★ ✓`), or only common words (`of the`, `😀 of the`). */
export function nothingToSearch(query: string): Note {
  return note(holdsNoWords(query) ? 'no_words' : 'no_terms', { symbols: /[\p{S}\p{Extended_Pictographic}]/u.test(query) ? 1 : 0 });
}

/** True when `query` has not one letter or digit: emoji, symbols and punctuation only. */
export function holdsNoWords(query: string): boolean {
  return scanWords(query).length === 0;
}

/**
 * `answer` with a note naming the articles it cites whose analysis failed (their citations carry no certainty: see
 * Library.certaintyOf); `answer` itself when it cites none. A profile of such an article says so itself.
 */
export function noteUnanalysed(library: Library, answer: Answer): Answer {
  const cited = new Set([...answer.results, ...answer.nearMisses].map((citation) => citation.articleId));
  const unanalysed = [...cited].filter((id) => id !== answer.profile?.article.id && library.analysisOf(id)?.failure !== undefined);
  if (unanalysed.length === 0) return answer;
  const params = { articles: unanalysed.join(', '), count: unanalysed.length, crossChecked: answer.corroboration === undefined ? 0 : 1 };
  return { ...answer, notes: [...answer.notes, note('not_analysed', params)] };
}

/**
 * The note `code` (cross_check_failed, compare_failed, who_failed or relations_failed) naming the steps across articles
 * of `steps` that failed in `library`; undefined when none of them did, and the answer may read them.
 */
export function failedStepsNote(library: Library, code: FailedStepsCode, steps: readonly CrossArticleStep[] = CROSS_ARTICLE_STEPS): Note | undefined {
  const failed = library.failedSteps.filter((step) => steps.includes(step));
  if (failed.length === 0) return undefined;
  return note(code, {
    steps: listWords(
      failed.map((step) => `the ${step}`),
      'and',
    ),
  });
}

type FailedStepsCode = Extract<NoteCode, 'cross_check_failed' | 'compare_failed' | 'who_failed' | 'relations_failed'>;

type AnswerFields = Partial<Omit<Answer, 'command' | 'query'>> & Pick<Answer, 'title'>;

/** A successful answer (found or not): `ok` true, empty lists where nothing was given. */
export function answer(command: string, query: string, fields: AnswerFields): Answer {
  return { ok: true, status: 'ok', command, query, results: [], nearMisses: [], notes: [], sections: [], ...fields };
}

/** An answer to input the bot cannot use: `ok` false, the reason's code and its words (src/answer/errors.ts). */
export function badInput(command: string, query: string, code: ErrorCode, params: Parameters<typeof errorText>[1] = {}): Answer {
  return { ok: false, status: 'bad_input', command, query, title: 'That did not work', results: [], nearMisses: [], notes: [], sections: [], error: errorText(code, params), errorCode: code };
}

/**
 * An answer the bot gives instead of running a command (still loading, rate limited, failed):
 * `ok` false, status `error`, the reason as a note with its code, and as the error text and code.
 */
export function refusal(command: string, code: NoteCode, params: Parameters<typeof note>[1] = {}): Answer {
  const reason = note(code, params);
  return { ok: false, status: 'error', command, query: '', title: 'Not answered', results: [], nearMisses: [], notes: [reason], sections: [], error: reason.message, errorCode: code };
}
