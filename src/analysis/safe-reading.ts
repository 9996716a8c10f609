/**
 * The per-article readings (certainty analysis, entity mentions) guarded, so that one article a
 * rule fails on (a bug meeting text never seen: `Constructor said …` once threw through a lexicon
 * lookup) is kept, searchable and cited, while every other article is read as before. Every place
 * that reads an article calls these: the read workers, the layering worker of an /add, and the
 * library build on its own thread.
 */
import type { Certainty } from '../model/answer.ts';
import type { Article } from '../model/article.ts';
import { analyseArticle, type AnalysisFailure, type ArticleAnalysis } from './certainty.ts';
import { readEntityMentions, type ArticleEntities } from './entity-mentions.ts';

/** What is told of an article a reading failed on: once, where the reading ran. */
export type FailureReport = (articleId: string, reading: 'certainty analysis' | 'entity reading', failure: AnalysisFailure) => void;

/**
 * Written to standard error, which a worker thread passes on to its process's: the readings run in
 * workers that hold no logger, and nothing below the runtime layer may import one.
 */
const reportOnStandardError: FailureReport = (articleId, reading, failure) => {
  console.error(`crosscheck: the ${reading} of ${articleId} failed; the article is kept without it. ${failure.stack}`);
};

/**
 * What stands for a sentence of an article whose analysis failed, so that the analysis still has
 * one entry per sentence (as the snapshot stores it): the library never gives it as the sentence's
 * certainty (see Library.certaintyOf), so none of it is said of the sentence.
 */
const UNREAD: Certainty = { level: 'unknown', sourcing: 'none', contested: false, cues: [], attributedTo: [], note: '' };

/**
 * `analyse(article)` (analyseArticle unless a test gives another), or, when it throws, an analysis
 * that says so (`failure`) with no certainty, source or quotation read: the error is reported once
 * with the article's id and the stack.
 */
export function analyseArticleSafely(article: Article, analyse: (article: Article) => ArticleAnalysis = analyseArticle, report: FailureReport = reportOnStandardError): ArticleAnalysis {
  try {
    return analyse(article);
  } catch (error) {
    const failure = failureOf(error);
    report(article.id, 'certainty analysis', failure);
    return { articleId: article.id, sentences: article.sentences.map(() => UNREAD), quotations: [], failure };
  }
}

/**
 * `read(article)` (readEntityMentions unless a test gives another), or, when it throws, a reading
 * that finds no names in the article: `/who` does not find it by them, and nothing is said that the
 * article does not say. The error is reported once with the article's id and the stack.
 */
export function readEntityMentionsSafely(article: Article, read: (article: Article) => ArticleEntities = readEntityMentions, report: FailureReport = reportOnStandardError): ArticleEntities {
  try {
    return read(article);
  } catch (error) {
    report(article.id, 'entity reading', failureOf(error));
    return { articleId: article.id, entities: [] };
  }
}

function failureOf(error: unknown): AnalysisFailure {
  const message = error instanceof Error ? error.message : String(error);
  return { message, stack: error instanceof Error && error.stack !== undefined ? error.stack : message };
}
