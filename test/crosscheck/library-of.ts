import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';

/**
 * A library built from articles written in the test: `{ id: 'headline\n\nbody' }`. Filler
 * articles on other subjects are added so that everyday words are common and a story's own words
 * rare, as in a real library.
 */
export function libraryOf(texts: Record<string, string>): Library {
  const all = { ...FILLER, ...texts };
  const articles = Object.entries(all).map(([id, text]) => {
    const read = readArticle(`${id}.txt`, new TextEncoder().encode(text));
    if (!read.ok) throw new Error(`${id}: ${read.warning.reason}`);
    return read.article;
  });
  return buildLibrary(articles);
}

/** The sentence of article `id` that holds `words`. */
export function sentenceOf(library: Library, id: string, words: string): Article['sentences'][number] {
  const found = library.article(id)?.sentences.find((sentence) => sentence.text.includes(words));
  if (!found) throw new Error(`${id} has no sentence with “${words}”`);
  return found;
}

/**
 * Whether two sentences, each the whole body of an article of its own, carry one claim in a library of only them and
 * `others` (beside the filler): no other telling competes for the claim, which takes one sentence an article.
 */
export function carryOneClaim(others: Record<string, string>, first: string, second: string): boolean {
  const library = libraryOf({ ...others, story_a: `First report\n\n${first}`, story_b: `Second report\n\n${second}` });
  const claims = new Set(library.alignment.claimsOf(sentenceOf(library, 'story_b', second)));
  return library.alignment.claimsOf(sentenceOf(library, 'story_a', first)).some((claim) => claims.has(claim));
}

const FILLER: Record<string, string> = {
  filler_weather:
    'Storms close coastal roads\n\nHeavy rain closed several coastal roads on Tuesday, the highways agency said. Drivers were told to expect delays through the evening. The agency said crews would work overnight to clear fallen trees.',
  filler_football:
    'United sign young striker\n\nThe club said on Monday it had signed a 19-year-old striker from a rival side. The manager said the player would start training next week. Fans have called for new signings all season.',
  filler_schools:
    'Schools report rise in pupils\n\nPrimary schools reported a rise in pupil numbers this year, the education department said. Officials said new classrooms would be built in the spring. Head teachers said they welcomed the extra funding.',
  filler_markets:
    'Shares edge higher\n\nShares edged higher in London on Friday as oil prices eased. Traders said the market had been quiet ahead of the holiday. The pound rose slightly against the dollar.',
};
