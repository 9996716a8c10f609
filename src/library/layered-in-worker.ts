/**
 * The pure work of layering an added article on (see layerLibrary): its certainty analysis, its
 * entity reading and its alignment with its candidate articles, done in a worker thread kept for
 * the purpose, so that other answers do not wait for them. On this thread at BBC ×10 (load 8) they
 * were three single steps of 30, 160 and 150 ms in an /add; a worker started for each /add cost
 * its start (about 0.5 s) on every /add, so this one is started with the store and warmed up ahead
 * (see docs/benchmarks.md, way (5)). The work and its results are the same as on this thread:
 * the same functions, the articles and their results copied across.
 */
import type { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { Article, Sentence } from '../model/article.ts';
import { withSentencesMade } from '../model/sentences-on-demand.ts';
import { startLibraryWorker } from './rebuild-in-worker.ts';

/** What this thread asks the worker. */
export type LayeringRequest = { id: number; kind: 'read'; article: Article } | { id: number; kind: 'align'; articles: Article[] };

/** What the worker answers: an article's analysis and entities, the claims of articles aligned (each claim's sentences as [article, sentence] places), or why it could not. */
export type LayeringReply =
  | { id: number; kind: 'read'; analysis: ArticleAnalysis; entities: ArticleEntities }
  | { id: number; kind: 'align'; claims: [number, number][][] }
  | { id: number; kind: 'failed'; message: string }
  | { id: 0; kind: 'ready' };

/** An article's certainty analysis and entity reading, as the read workers give them. */
export interface ArticleReading {
  analysis: ArticleAnalysis;
  entities: ArticleEntities;
}

/**
 * The layering worker of one article store: `read` and `align` answer as analyseArticleSafely with
 * readEntityMentionsSafely, and alignArticles' claims, would on this thread. Once the worker has failed
 * (it could not start, crashed or ran out of memory), every request is refused with the reason, and
 * the caller does the work itself. Holds the process open only while a request is waiting.
 */
export class LayeringWorker {
  /** Settles once the worker has started (undefined when it could not). */
  readonly #worker: Promise<Worker | undefined>;
  readonly #waiting = new Map<number, { resolve: (reply: LayeringReply) => void; reject: (error: Error) => void }>();
  #next = 1;
  #failed: Error | undefined;
  /** Settles once the worker has warmed up (or failed). */
  readonly ready: Promise<void>;

  /** Start the worker, warming it up on `warm` (two or so articles of the library): the first reading loads the entity reader's model. */
  constructor(warm: readonly Article[]) {
    let ready = (): void => undefined;
    this.ready = new Promise((resolve) => {
      ready = resolve;
    });
    const stop = (error: Error): void => {
      this.#fail(error);
      ready();
    };
    this.#worker = startLibraryWorker('layered-worker', warm.map(withSentencesMade)).then(
      (worker) => {
        worker.unref();
        worker.on('message', (reply: LayeringReply) => {
          if (reply.kind === 'ready') return ready();
          const waiting = this.#waiting.get(reply.id);
          this.#waiting.delete(reply.id);
          if (this.#waiting.size === 0) worker.unref();
          if (reply.kind === 'failed') waiting?.reject(new Error(reply.message));
          else waiting?.resolve(reply);
        });
        worker.once('error', stop);
        worker.once('exit', (code) => stop(new Error(`the layering worker stopped with code ${code}`)));
        return worker;
      },
      (error: Error) => {
        stop(error);
        return undefined;
      },
    );
  }

  #fail(error: Error): void {
    this.#failed ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }

  async #ask(request: LayeringRequest): Promise<LayeringReply> {
    const worker = await this.#worker;
    if (this.#failed || !worker) throw this.#failed ?? new Error('the layering worker did not start');
    return new Promise((resolve, reject) => {
      this.#waiting.set(request.id, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    });
  }

  /** `article`'s certainty analysis and entity reading. */
  async read(article: Article): Promise<ArticleReading> {
    const reply = await this.#ask({ id: this.#next++, kind: 'read', article: withSentencesMade(article) });
    if (reply.kind !== 'read') throw new Error(`the layering worker answered ${reply.kind} to a reading`);
    return { analysis: reply.analysis, entities: reply.entities };
  }

  /** The claims alignArticles finds among `articles`, each as its sentences (of `articles`). */
  async align(articles: readonly Article[]): Promise<Sentence[][]> {
    const reply = await this.#ask({ id: this.#next++, kind: 'align', articles: articles.map(withSentencesMade) });
    if (reply.kind !== 'align') throw new Error(`the layering worker answered ${reply.kind} to an alignment`);
    return reply.claims.map((places) =>
      places.map(([a, s]) => {
        const sentence = articles[a]?.sentences[s];
        if (!sentence) throw new Error(`the layering worker named a sentence of no article asked: ${a}, ${s}`);
        return sentence;
      }),
    );
  }

  /** Stop the worker; later requests are refused. */
  async close(): Promise<void> {
    this.#fail(new Error('the layering worker was closed'));
    await (await this.#worker)?.terminate();
  }
}
