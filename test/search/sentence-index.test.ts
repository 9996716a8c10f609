import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.ts';
import { tokenize } from '../../src/text/normalise.ts';
import { SentenceIndex, type IndexSnapshot, type Postings, type PostingsPart } from '../../src/search/sentence-index.ts';
import { SEED, seedArticles, seedLibrary } from '../support/seeds.ts';
import { must } from '../support/must.ts';
import { articleOfSentences } from '../support/sentences-only.ts';

const library = await seedLibrary();
const articlesOf = (query: string): string[] => [...new Set(library.index.search(query).hits.map((hit) => hit.sentence.articleId))].sort();

describe('searching the seed sentences', () => {
  it.each(['5000 troops', '5,000 troops', '5 000 troops', 'five thousand troops'])('finds the 5,000 troops in all five articles for “%s”', (query) => {
    expect(articlesOf(query)).toEqual(Object.values(SEED));
  });

  it('matches figures exactly, never by prefix', () => {
    expect(library.index.search('500 troops').hits).toEqual([]);
    expect(library.index.search('50000 troops').hits).toEqual([]);
  });

  it('finds a person from a misspelt name and says which word it read', () => {
    const { hits } = library.index.search('Goremikin');
    expect(new Set(hits.map((hit) => hit.sentence.articleId)).size).toBe(5);
    expect(must(hits[0]).corrected).toEqual({ goremikin: 'Goremykin' });
  });

  it('does not read a word the articles use as a misspelling of another', () => {
    expect(library.index.search('troops').hits.every((hit) => /troop/i.test(hit.sentence.text) || hit.match === 'continuation')).toBe(true);
  });

  it('cites a sentence only when it holds every term of the query', () => {
    for (const hit of library.index.search('demining 1000 soldiers').hits) {
      expect(hit.sentence.text).toMatch(/demining/);
      expect(hit.sentence.text).toMatch(/1,000/);
    }
  });

  it('answers nothing, with near misses apart, when no sentence holds every term', () => {
    const result = library.index.search('troops moon');
    expect(result.hits).toEqual([]);
    expect(result.nearMisses.length).toBeGreaterThan(0);
    expect(result.nearMisses.every((miss) => miss.missingTerms.includes('moon'))).toBe(true);
  });

  it('finds a follow-on sentence that borrows its subject from the sentence before', () => {
    const hit = library.index.search('Yonhap 5000 troops').hits.find((candidate) => candidate.sentence.articleId === SEED['003']);
    expect(hit?.match).toBe('continuation');
    expect(hit?.sentence.text).toMatch(/^The agency claimed that Pyongyang was sending approximately 5,000 engineering troops/);
  });

  it('never takes a follow-on that holds none of the query terms itself', () => {
    expect(library.index.search('demining').hits.every((hit) => /demining/.test(hit.sentence.text))).toBe(true);
  });

  it('puts each article’s best sentence first, exact phrases before scattered terms', () => {
    const { hits } = library.index.search('unwavering support');
    expect(
      hits
        .slice(0, 5)
        .map((hit) => hit.sentence.articleId)
        .sort(),
    ).toEqual(Object.values(SEED));
    expect(hits.slice(0, 5).every((hit) => hit.match === 'phrase')).toBe(true);
  });

  it('finds a phrase whatever its quote marks and case', () => {
    const straight = library.index.findPhrase("'Unwavering Support'").found.map((found) => found.sentence.id);
    const curly = library.index.findPhrase('‘unwavering support’').found.map((found) => found.sentence.id);
    expect(straight).toEqual(curly);
    expect(straight).toHaveLength(5);
  });

  it('finds a phrase made only of common words', () => {
    expect(library.index.findPhrase('he explained').found.map((found) => found.sentence.articleId)).toEqual([SEED['000'], SEED['001']]);
  });

  it('finds common words as a phrase only where they stand side by side, in that order', () => {
    const holding = (phrase: string): string[] => {
      const keys = tokenize(phrase)
        .map((token) => token.key)
        .join(' ');
      return library.articles
        .flatMap((article) => article.sentences)
        .filter((sentence) =>
          ` ${tokenize(sentence.text)
            .map((token) => token.key)
            .join(' ')} `.includes(` ${keys} `),
        )
        .map((sentence) => sentence.id);
    };
    for (const phrase of ['the', 'of the', 'the of', 'in the', 'said that', 'it is', 'one of the', 'that the']) {
      expect(
        library.index
          .findPhrase(phrase)
          .found.map((found) => found.sentence.id)
          .sort(),
        phrase,
      ).toEqual(holding(phrase).sort());
    }
  });
});

describe('a name asked for in a quotation search, and its possessive', () => {
  const index = new SentenceIndex([
    articleOfSentences('speech-a', ['The minister compared the plan to Stalin’s purges, aides said.']),
    articleOfSentences('speech-b', ['Critics said the comparison with Stalin was crass.']),
    articleOfSentences('speech-c', ["The museum holds letters from Joseph Stalin's office."]),
  ]);
  const holding = (phrase: string, possessive: boolean): string[] => index.findPhrase(phrase, Infinity, { possessive }).found.map(({ sentence }) => sentence.articleId);

  it('GIVEN a possessive asked for THEN the name is found written as a possessive too, with a curly or a straight apostrophe', () => {
    expect(holding('Stalin', true)).toEqual(['speech-a', 'speech-b', 'speech-c']);
    expect(holding('Joseph Stalin', true)).toEqual(['speech-c']);
  });

  it('GIVEN a possessive asked for THEN the span shown is the possessive as written', () => {
    const [found] = index.findPhrase('Stalin', Infinity, { possessive: true }).found;
    const text = must(found).sentence.text;
    expect(text.slice(must(found).span.start - must(found).sentence.start, must(found).span.end - must(found).sentence.start)).toBe('Stalin’s');
  });

  it('GIVEN no possessive asked for THEN only the word as asked is found', () => {
    expect(holding('Stalin', false)).toEqual(['speech-b']);
  });

  it('GIVEN a phrase already ending in a possessive THEN the plain name is not found for it', () => {
    expect(holding("Stalin's", true)).toEqual(['speech-a', 'speech-c']);
  });

  it('GIVEN a possessive that runs on past the last word asked THEN the phrase is not found there', () => {
    expect(holding('Stalin purges', true)).toEqual([]);
  });
});

describe('ranking the sentences that hold one word', () => {
  const article = articleOfSentences;
  const index = new SentenceIndex([
    article('strike-a', ['Union leaders said the strike would go ahead on Monday.']),
    article('strike-b', ['The strike, a second strike this year, went ahead.']),
    article('strike-c', ['Rail workers said they would not strike until the talks had ended and the offer was put to a vote.']),
  ]);

  it('GIVEN a word twice in one sentence THEN ranks that sentence above shorter and longer ones holding it once', () => {
    expect(index.search('strike').hits.map((hit) => hit.sentence.articleId)).toEqual(['strike-b', 'strike-a', 'strike-c']);
  });

  it('GIVEN a misspelt word THEN ranks its sentences as the word spelt right would, a near spelling weighing less', () => {
    const right = index.search('strike').hits;
    const misspelt = index.search('strkie').hits;
    expect(misspelt.map((hit) => hit.sentence.id)).toEqual(right.map((hit) => hit.sentence.id));
    expect(misspelt.every((hit, i) => hit.score < must(right[i]).score)).toBe(true);
    expect(misspelt.map((hit) => hit.corrected)).toEqual([{ strkie: 'strike' }, { strkie: 'strike' }, { strkie: 'strike' }]);
  });
});

describe('ranking the hundreds of sentences that hold one word', () => {
  const words = ['council', 'ministers', 'agreed', 'river', 'funding', 'schools', 'plan', 'week', 'police', 'report'];
  const forms = ['budget', 'Budget', 'budgets'];
  /** A sentence of `length` filler words (from `seed`) with `count` of `forms` among them, the form picked by `seed`. */
  const sentenceOf = (seed: number, length: number, count: number): string => {
    const tokens = Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length] ?? 'plan');
    for (let k = 0; k < count; k++) tokens[(seed + k * 5) % length] = forms[(seed + k) % forms.length] ?? 'budget';
    return `${tokens.join(' ')}.`;
  };
  /** Hits as BM25 gives them when every sentence is scored and all of them sorted: MAX_HITS chosen by kind and score, ordered by kind, score, place and id, each article's best first. */
  const byScoringEverySentence = (articles: readonly Article[], typed: string, weightOfFuzzy: number): [string, number][] => {
    const sentences = articles.flatMap((article) => article.sentences);
    const read = sentences.map((sentence) => tokenize(sentence.text));
    const averageLength = read.reduce((sum, tokens) => sum + tokens.length, 0) / sentences.length;
    const holding = read.map((tokens) => tokens.filter((token) => forms.map((form) => form.toLowerCase()).includes(token.key)).length);
    const held = holding.filter((count) => count > 0).length;
    const weight = Math.log(1 + (sentences.length - held + 0.5) / (held + 0.5)) * weightOfFuzzy;
    const scored = sentences.flatMap((sentence, id) => {
      const count = holding[id] ?? 0;
      if (count === 0) return [];
      const norm = 1.2 * (1 - 0.7 + (0.7 * (read[id]?.length ?? 0)) / averageLength);
      const score = (weight * count * (1.2 + 1)) / (count + norm);
      const kind = read[id]?.some((token) => token.key === typed) ? 0 : 1;
      return [{ sentence, id, score, key: kind * 1e6 - score }];
    });
    const chosen = [...scored].sort((a, b) => a.key - b.key || a.id - b.id).slice(0, 500);
    chosen.sort((a, b) => a.key - b.key || b.score - a.score || a.sentence.index - b.sentence.index || a.id - b.id);
    const seen = new Set<string>();
    const best = chosen.filter(({ sentence }) => !seen.has(sentence.articleId) && seen.add(sentence.articleId));
    return [...best, ...chosen.filter((hit) => !best.includes(hit))].map(({ sentence, score }) => [sentence.id, score]);
  };
  // 80 articles of 12 sentences: 3 to 40 words, some of 300; the word up to 3 times, some 9 times.
  const articles = Array.from({ length: 80 }, (_, a) =>
    articleOfSentences(
      `budget-${String(a).padStart(2, '0')}`,
      Array.from({ length: 12 }, (_, i) => {
        const seed = a * 12 + i;
        const length = seed % 97 === 0 ? 300 : 3 + ((seed * 13) % 38);
        return sentenceOf(seed, length, seed % 89 === 0 ? 9 : (seed * 11) % 4);
      }),
    ),
  );
  const index = new SentenceIndex(articles);

  it('GIVEN more sentences holding a word than hits are kept THEN keeps and orders them as scoring every sentence and sorting them all does', () => {
    const { hits, total } = index.search('budget');
    expect(total.sentences).toBeGreaterThan(hits.length);
    expect(hits.map((hit) => [hit.sentence.id, hit.score])).toEqual(byScoringEverySentence(articles, 'budget', 1));
  });

  it('GIVEN the word misspelt THEN keeps and orders them as scoring every sentence with the near spelling’s weight does', () => {
    expect(index.search('bugdet').hits.map((hit) => [hit.sentence.id, hit.score])).toEqual(byScoringEverySentence(articles, 'bugdet', 0.6));
  });

  it('GIVEN the word in several sentences of one article, and articles of no sentence among them THEN counts each article holding it once', () => {
    const holding = articles.filter((article) => article.sentences.some((sentence) => /budget/i.test(sentence.text))).length;
    const withEmpty = articles.flatMap((article, a) => (a % 10 === 3 ? [articleOfSentences(`empty-${a}`, []), article] : [article]));
    const counted = new SentenceIndex(withEmpty);
    expect(articles.filter((article) => article.sentences.filter((sentence) => /budget/i.test(sentence.text)).length > 1).length).toBeGreaterThan(10);
    expect(index.search('budget').total.articles).toBe(holding);
    expect(counted.search('budget').total.articles).toBe(holding);
    expect(counted.search('bugdet').total.articles).toBe(holding);
  });
});

describe('phrases of one word, however many ways the articles write it', () => {
  const article = articleOfSentences;
  const index = new SentenceIndex([article('troops-a', ['Yonhap said 5,000 troops had been sent to the border.']), article('troops-b', ['One troop stayed behind to clear mines, Yonhap said.'])]);
  const articlesHolding = (phrase: string): string[] => index.findPhrase(phrase).found.map(({ sentence }) => sentence.articleId);

  it('GIVEN a word the articles write one way only THEN a phrase of it finds every sentence holding it', () => {
    expect(articlesHolding('Yonhap')).toEqual(['troops-a', 'troops-b']);
  });

  it('GIVEN a common word the articles hold in many sentences THEN a phrase of it finds exactly the sentences holding it', () => {
    expect(articlesHolding('the')).toEqual(['troops-a']);
    expect(articlesHolding('to the')).toEqual(['troops-a']);
  });

  it('GIVEN the index restored from its snapshot THEN a phrase of each way finds the same sentences', () => {
    const restored = new SentenceIndex(
      [article('troops-a', ['Yonhap said 5,000 troops had been sent to the border.']), article('troops-b', ['One troop stayed behind to clear mines, Yonhap said.'])],
      structuredClone(index.toSnapshot()),
    );
    for (const phrase of ['troops', 'troop', 'Yonhap said', 'the'])
      expect(restored.findPhrase(phrase).found.map(({ sentence }) => sentence.id)).toEqual(index.findPhrase(phrase).found.map(({ sentence }) => sentence.id));
  });

  it('GIVEN a word written two ways that search as one THEN a phrase of one way finds only the sentences writing it so', () => {
    expect(articlesHolding('troops')).toEqual(['troops-a']);
    expect(articlesHolding('troop')).toEqual(['troops-b']);
    expect(
      index
        .search('troop')
        .hits.map((hit) => hit.sentence.articleId)
        .sort(),
    ).toEqual(['troops-a', 'troops-b']);
  });
});

describe('ranking long sentences', () => {
  const article = articleOfSentences;
  /** A council's list of `wards` ward names, the budget named once after it. */
  const wardList = (wards: number): string => `The council listed ${Array.from({ length: wards }, (_, i) => `ward ${i + 1}`).join(', ')} and said the lighting budget was unchanged.`;

  it('GIVEN two sentences of hundreds of words holding a word once THEN the shorter ranks first, wherever it stands', () => {
    const index = new SentenceIndex([article('wards-long', [wardList(150)]), article('wards-short', [wardList(130)])]);
    expect(index.search('budget').hits.map((hit) => hit.sentence.articleId)).toEqual(['wards-short', 'wards-long']);
  });
});

describe('reading misspelt short words', () => {
  const article = articleOfSentences;
  const index = new SentenceIndex([
    article('demining-a', ['Army engineers began demining the road to the border crossing on Tuesday.']),
    article('demining-b', ['Demining teams cleared 40 fields before the spring planting, the ministry said.']),
    article('troops-a', ['About 5000 troops will stay in the province until the election, officials said.']),
    article('troops-b', ['The troops withdrew from the valley after the ceasefire was signed.']),
    article('budget-a', ['The chancellor said the budget would cut taxes for small firms.']),
    article('budget-b', ['Opposition parties attacked the budget as a giveaway before the poll.']),
    article('bucket-a', ['Farmers said a bucket of feed now costs twice what it did last year.']),
    article('tax-a', ['The tax on fuel rose by a penny a litre.']),
    article('tata-a', ['Tata Steel said that output rose in the quarter, and that it would hire more staff.']),
    article('that-a', ['Ministers said that the plan was fully costed.']),
  ]);
  const readings = (query: string): Record<string, string>[] => index.search(query).hits.map((hit) => hit.corrected);

  it('GIVEN a word whose stem is four letters, one letter dropped THEN finds the word meant and says which it read', () => {
    expect(readings('demning')).toEqual([{ demning: 'demining' }, { demning: 'Demining' }]);
  });

  it('GIVEN two neighbouring letters swapped in a six-letter word THEN finds the word meant', () => {
    expect(
      index
        .search('tropos')
        .hits.map((hit) => hit.sentence.articleId)
        .sort(),
    ).toEqual(['troops-a', 'troops-b']);
  });

  it('GIVEN a word near two words the articles use THEN reads it as the one more sentences hold, not both', () => {
    expect(new Set(readings('budket').flatMap((reading) => Object.values(reading)))).toEqual(new Set(['budget']));
  });

  it('GIVEN a nonsense word THEN finds nothing', () => {
    expect(index.search('zorblat').hits).toEqual([]);
  });

  it('GIVEN a typo nearest a common word THEN finds nothing rather than a rarer word as near', () => {
    expect(index.search('thta').hits).toEqual([]);
  });

  it('GIVEN a word the articles use THEN never reads it as a near one', () => {
    expect(index.search('bucket').hits.map((hit) => [hit.sentence.articleId, hit.corrected])).toEqual([['bucket-a', {}]]);
  });

  it('GIVEN a figure one digit away from a figure the articles use THEN finds nothing', () => {
    expect(index.search('5001').hits).toEqual([]);
  });

  it('GIVEN a word of three letters THEN matches it only exactly', () => {
    expect(index.search('tac').hits).toEqual([]);
  });
});

describe('searching a large archive', async () => {
  /** The five seed articles copied under 300 sets of ids: 1,500 articles. */
  const copies = (await seedArticles()).flatMap((article) =>
    Array.from({ length: 300 }, (_, copy): Article => {
      const id = `${article.id}-copy${copy}`;
      return { ...article, id, sentences: article.sentences.map((sentence) => ({ ...sentence, id: `${id}#${sentence.index}`, articleId: id })) };
    }),
  );
  const archive = new SentenceIndex(copies);
  const once = library.index.search('troops');

  it('counts every sentence and article that says it, beyond the hits it keeps', () => {
    const { hits, total } = archive.search('troops');
    expect(total).toEqual({ sentences: once.total.sentences * 300, articles: once.total.articles * 300 });
    expect(hits.length).toBeLessThan(total.sentences);
  });

  it('keeps the strongest hits: every sentence that says it itself before any that borrows from the sentence before', () => {
    const { hits, total } = archive.search('Russia support');
    const own = library.index.search('Russia support').hits.filter((hit) => hit.match !== 'continuation').length;
    expect(hits.length).toBeLessThan(total.sentences);
    expect(own * 300).toBeGreaterThan(hits.length);
    expect(hits.every((hit) => hit.match !== 'continuation')).toBe(true);
  });

  it('counts every sentence and article holding a phrase of common words, and gives the first few by article id', () => {
    const { total, found } = archive.findPhrase('of the', 25);
    const all = archive.findPhrase('of the');
    expect(total).toEqual({ sentences: library.index.findPhrase('of the').total.sentences * 300, articles: library.index.findPhrase('of the').total.articles * 300 });
    expect(found.map((hit) => hit.sentence.id)).toEqual(all.found.slice(0, 25).map((hit) => hit.sentence.id));
    const order = all.found.map((hit) => [hit.sentence.articleId, hit.sentence.index] as const);
    expect(order).toEqual([...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])));
  });

  it('lists each article’s best hit before any article’s second', () => {
    const { hits } = archive.search('troops');
    const articles = new Set(hits.map((hit) => hit.sentence.articleId)).size;
    expect(new Set(hits.slice(0, articles).map((hit) => hit.sentence.articleId)).size).toBe(articles);
  });
});

describe('restoring the index from its snapshot', () => {
  const sentenceCount = library.articles.reduce((sum, article) => sum + article.sentences.length, 0);
  /** A copy of the seed index's snapshot, its posting lists changed by `spoil`. */
  const snapshotWith = (spoil: (postings: PostingsPart) => void = () => {}): IndexSnapshot => {
    const snapshot = structuredClone(library.index.toSnapshot());
    spoil(snapshot.postings);
    return snapshot;
  };
  /** The first list of `postings` holding at least two sentences: where it starts in `sentences`. */
  const longList = (postings: Postings): number => {
    for (let id = 0; ; id++) {
      const start = must(postings.first[id]);
      if (must(postings.first[id + 1]) - start >= 2) return start;
    }
  };
  const restored = new SentenceIndex(library.articles, snapshotWith());

  it.each(['troops', '5000 troops', 'Goremykin', 'Goremikin', 'unwavering support', 'Yonhap 5000 troops', 'troops moon'])('answers the search “%s” exactly as the index it was saved from', (query) => {
    const answer = (index: SentenceIndex) => {
      const { hits, total, nearMisses } = index.search(query);
      return { hits: hits.map((hit) => [hit.sentence.id, hit.match, hit.score]), total, nearMisses: nearMisses.map((miss) => miss.sentence.id) };
    };
    expect(answer(restored)).toEqual(answer(library.index));
  });

  it.each(['of the', 'unwavering support', 'he explained', 'the', '5,000 engineering troops'])('finds the phrase “%s” in exactly the sentences the index it was saved from finds', (phrase) => {
    const answer = (index: SentenceIndex) => {
      const { total, found } = index.findPhrase(phrase);
      return { total, found: found.map((hit) => [hit.sentence.id, hit.span]) };
    };
    expect(answer(library.index).total.sentences).toBeGreaterThan(0);
    expect(answer(restored)).toEqual(answer(library.index));
  });

  it('refuses posting lists that name a sentence past the last one', () => {
    const bad = snapshotWith((postings) => (postings.terms.sentences[postings.terms.sentences.length - 1] = sentenceCount));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/search term postings .*out of range/);
  });

  it('refuses posting lists whose sentences are out of order', () => {
    const bad = snapshotWith((postings) => {
      const at = longList(postings.keys);
      [postings.keys.sentences[at], postings.keys.sentences[at + 1]] = [must(postings.keys.sentences[at + 1]), must(postings.keys.sentences[at])];
    });
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/token key postings .*out of order/);
  });

  it('refuses posting lists that hold the same sentence twice', () => {
    const bad = snapshotWith((postings) => {
      const at = longList(postings.pairs);
      postings.pairs.sentences[at + 1] = must(postings.pairs.sentences[at]);
    });
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/common-word pair postings .*out of order/);
  });

  it('refuses posting lists made for more words than the index holds', () => {
    const bad = snapshotWith((postings) => (postings.terms.first = Int32Array.from([...postings.terms.first, postings.terms.sentences.length])));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/search term postings do not fit/);
  });

  it('refuses posting lists whose starts go backwards, even where every list still reads in order', () => {
    const bad = snapshotWith(({ pairs: { first, sentences } }) => {
      // An empty list between two others, the sentence after it above the one before: moving its start one further keeps every list ascending.
      const id = first.findIndex((start, id) => id > 0 && must(first[id - 1]) < start && start === first[id + 1] && start < must(first[id + 2]) && must(sentences[start]) > must(sentences[start - 1]));
      expect(id).toBeGreaterThan(0);
      first[id] = must(first[id]) + 1;
    });
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/common-word pair postings do not fit/);
  });

  it('refuses a list of common words that names a word twice', () => {
    const bad = snapshotWith((postings) => (postings.common[1] = must(postings.common[0])));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/common words name a key twice/);
  });

  it('refuses a list of common words shorter than the index keeps', () => {
    const bad = snapshotWith((postings) => (postings.common = postings.common.slice(0, 10)));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/common words do not fit/);
  });

  it('refuses repeats placed beyond the search-term postings', () => {
    const bad = snapshotWith((postings) => (postings.termRepeats = Int32Array.from([postings.terms.sentences.length, 2])));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/search term repeats do not fit/);
  });

  it('refuses repeats that count a word once, as every posting not listed already does', () => {
    const bad = snapshotWith((postings) => (postings.termRepeats = Int32Array.from([0, 1])));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/search term repeats do not fit/);
  });

  it('refuses token key bits of another length than their lists', () => {
    const bad = snapshotWith((postings) => (postings.keyBits = { first: postings.keyBits.first, bits: postings.keyBits.bits.slice(1) }));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/token key bits do not fit/);
  });

  it('refuses a token store whose key names a search term past the last one', () => {
    const bad = snapshotWith();
    bad.tokens.termOfKey[bad.tokens.termOfKey.findIndex((term) => term >= 0)] = bad.tokens.terms.length;
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/token store names a search term it does not hold/);
  });

  it('refuses a token store that holds a search term twice', () => {
    const bad = snapshotWith();
    bad.tokens.terms[1] = must(bad.tokens.terms[0]);
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/token store holds a search term twice/);
  });

  it('refuses a token store whose keys and their search terms do not pair up', () => {
    const bad = snapshotWith();
    bad.tokens.termOfKey = bad.tokens.termOfKey.slice(1);
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/token store does not fit the articles/);
  });

  it('refuses a list of common words that names a word the index does not hold', () => {
    const bad = snapshotWith((postings) => (postings.common[0] = postings.keys.first.length - 1));
    expect(() => new SentenceIndex(library.articles, bad)).toThrow(/common words name a key the token store does not hold/);
  });
});
