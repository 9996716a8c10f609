import type { Article, Sentence } from './article.ts';

/**
 * The lists of sentencesOnDemand whose sentences are not made yet, with what makes them: a list
 * leaves it the first time anything but its length is read.
 */
const unmade = new WeakMap<Sentence[], { make: (index: number) => Sentence; made: () => void }>();
/** Each list's proxy (what its holders read) to the list itself. */
const listOfProxy = new WeakMap<readonly Sentence[], Sentence[]>();

/** Makes a list's sentences (see sentencesOnDemand) in place, once. */
function makeAll(list: Sentence[]): void {
  const pending = unmade.get(list);
  if (!pending) return;
  unmade.delete(list);
  for (let i = 0; i < list.length; i++) list[i] = pending.make(i);
  pending.made();
}

/** One handler for every list (see sentencesOnDemand): each trap makes the list's sentences, then does what the list itself would. */
const ON_FIRST_READ: ProxyHandler<Sentence[]> = {
  get(list, key) {
    if (key !== 'length') makeAll(list);
    return Reflect.get(list, key);
  },
  has(list, key) {
    makeAll(list);
    return Reflect.has(list, key);
  },
  ownKeys(list) {
    makeAll(list);
    return Reflect.ownKeys(list);
  },
  getOwnPropertyDescriptor(list, key) {
    makeAll(list);
    return Reflect.getOwnPropertyDescriptor(list, key);
  },
  set(list, key, value) {
    makeAll(list);
    return Reflect.set(list, key, value);
  },
  defineProperty(list, key, descriptor) {
    makeAll(list);
    return Reflect.defineProperty(list, key, descriptor);
  },
  deleteProperty(list, key) {
    makeAll(list);
    return Reflect.deleteProperty(list, key);
  },
};

/** Each article's proxy of its sentences, until they are made (see withSentencesOnDemand). */
const proxyOfArticle = new WeakMap<object, readonly Sentence[]>();

/**
 * The one getter of every article's sentences until they are made (see withSentencesOnDemand): a
 * getter made for each article gave each its own hidden class, about 1 KB an article, 20 MB at BBC ×10.
 */
function sentencesNotMade(this: object): readonly Sentence[] {
  return proxyOfArticle.get(this) ?? [];
}

/**
 * `article` with its `count` sentences made by `make` (given each one's place, in order) all at
 * once, the first time anything but their number is read. A library restored from its snapshot holds
 * 417,000 sentences at BBC ×10 (about 55 MB of objects, and a third of a second of a start to make
 * them); a start that answers one question reads those of a few hundred articles, and the index, the
 * alignment and the entity table name the others by number. `article.sentences` is the array of the
 * sentences, behind a proxy until they are made (so `length` is read without making them) and a plain
 * property after. Returns the article, whose `sentences` is read through a getter until then.
 */
export function withSentencesOnDemand<T extends Omit<Article, 'sentences'>>(article: T, count: number, make: (index: number) => Sentence): T & Pick<Article, 'sentences'> {
  const list: Sentence[] = new Array(count);
  const proxy = new Proxy(list, ON_FIRST_READ);
  proxyOfArticle.set(article, proxy);
  unmade.set(list, {
    make,
    made: () => {
      proxyOfArticle.delete(article);
      Object.defineProperty(article, 'sentences', { value: list, writable: true, enumerable: true, configurable: true });
    },
  });
  listOfProxy.set(proxy, list);
  return Object.defineProperty(article, 'sentences', { get: sentencesNotMade, enumerable: true, configurable: true }) as T & Pick<Article, 'sentences'>;
}

/**
 * False for the sentences of withSentencesOnDemand not made yet, each of which will be made with its
 * place as its `index`; true for any other list. Lets a reader of every article know the sentences
 * are numbered by place without making them.
 */
export function sentencesMade(sentences: readonly Sentence[]): boolean {
  const list = listOfProxy.get(sentences);
  return list === undefined || !unmade.has(list);
}

/**
 * The texts of a list's sentences, in order, without making the sentences of withSentencesOnDemand
 * not made yet (each is made, read and let go): what reads every article's words (the body keys, the
 * words written in lower case) once after a start would otherwise make all 417,000 sentences of BBC
 * ×10 and keep them (about 46 MB), where commands show those of a few hundred articles.
 */
export function sentenceTextsOf(sentences: readonly Sentence[]): string[] {
  const list = listOfProxy.get(sentences);
  const pending = list && unmade.get(list);
  if (!list || !pending) return sentences.map((sentence) => sentence.text);
  return Array.from({ length: list.length }, (_, index) => pending.make(index).text);
}

/**
 * The article with its sentences made (see withSentencesOnDemand), so it can be copied to another
 * thread: a proxy cannot be (postMessage throws DataCloneError).
 */
export function withSentencesMade(article: Article): Article {
  const list = listOfProxy.get(article.sentences);
  if (list) makeAll(list);
  return article;
}
