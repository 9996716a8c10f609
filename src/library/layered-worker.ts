/** A worker thread that does an /add's pure work for the layering on request: see LayeringWorker. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticleSafely, readEntityMentionsSafely } from '../analysis/safe-reading.ts';
import type { Article, Sentence } from '../model/article.ts';
import { alignArticles } from './alignment.ts';
import type { LayeringReply, LayeringRequest } from './layered-in-worker.ts';

if (!parentPort) throw new Error('crosscheck: layered-worker runs only as a worker thread (see LayeringWorker)');
const port = parentPort;

/** Each claim's sentences, as [article, sentence] places among `articles`. */
function claimPlaces(articles: readonly Article[]): [number, number][][] {
  const placeOf = new Map<Sentence, [number, number]>();
  articles.forEach((article, a) => article.sentences.forEach((sentence, s) => placeOf.set(sentence, [a, s])));
  return alignArticles(articles).claims.map((claim) =>
    claim.sentences.map((sentence) => {
      const place = placeOf.get(sentence);
      if (!place) throw new Error(`the alignment gave a sentence of no article asked: ${sentence.id}`);
      return place;
    }),
  );
}

function answer(request: LayeringRequest): LayeringReply {
  if (request.kind === 'read') return { id: request.id, kind: 'read', analysis: analyseArticleSafely(request.article), entities: readEntityMentionsSafely(request.article) };
  return { id: request.id, kind: 'align', claims: claimPlaces(request.articles) };
}

port.on('message', (request: LayeringRequest) => {
  let reply: LayeringReply;
  try {
    reply = answer(request);
  } catch (error) {
    reply = { id: request.id, kind: 'failed', message: (error as Error).message };
  }
  port.postMessage(reply);
});

// Ahead of the first /add: the first reading loads the entity reader's model (seconds), the first alignment its code.
const warm = workerData as Article[];
if (warm[0]) {
  // Any article will do to warm up; one the readings fail on was reported when its library was built.
  const unreported = (): void => undefined;
  analyseArticleSafely(warm[0], undefined, unreported);
  readEntityMentionsSafely(warm[0], undefined, unreported);
  claimPlaces(warm);
}
port.postMessage({ id: 0, kind: 'ready' } satisfies LayeringReply);
