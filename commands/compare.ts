import { z } from 'zod';
import type { Claim } from '../src/library/alignment.ts';
import { discrepanciesOf, hasFigureConflict } from '../src/crosscheck/discrepancies.ts';
import { NEAR_COPY_SHARE } from '../src/crosscheck/corroboration.ts';
import { disputesAmong, disputesOf, narrowClaim } from '../src/crosscheck/cross-check.ts';
import { notFoundParts } from '../src/crosscheck/claim-hits.ts';
import { chronologyOf, sharedWithOf } from '../src/crosscheck/relations.ts';
import { type WholeWord, wholeWordsOf } from '../src/crosscheck/whole-words.ts';
import { answer, citeSpan, failedStepsNote, nothingToSearch } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import { readingOperators } from '../src/answer/search-operators.ts';
import { spellingNote } from '../src/answer/spelling.ts';
import type { Citation, Discrepancy, Inline, Line, Section } from '../src/model/answer.ts';
import type { Sentence } from '../src/model/article.ts';
import type { Library } from '../src/library/library.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/answer/limits.ts';
import { type CommandContext, defineCommand } from './define.ts';

/** The most aligned claims one comparison shows; more would bury the differences. */
const MAX_CLAIMS = 4;
/** The most one-article sentences listed after the aligned claims. */
const MAX_ALONE = 5;

export default defineCommand({
  name: 'compare',
  summary: 'Side by side: how each article words the claims on a topic, what differs, what each adds or leaves out.',
  usage: '/compare <topic>',
  example: '/compare demining',
  args: z.object({
    topic: z.string().trim().min(1, 'Say what to compare, for example: /compare demining').max(MAX_QUERY_CHARS).describe('A topic, e.g. demining or KNR'),
  }),
  fromText: (text) => ({ topic: text }),
  run: readingOperators('compare', 'topic', 'words', ({ topic }: { topic: string }, { library }: CommandContext) => {
    const title = `How the articles tell “${topic}”`;
    const search = library.index.search(topic);
    const { terms, hits } = search;
    if (terms.length === 0) return answer('compare', topic, { status: 'not_found', title, notes: [nothingToSearch(topic)] });
    // Not found is said as /sources says it: in the user's own words, with the sentences that hold all but a term of them.
    if (hits.length === 0) {
      const { first, more, nearMisses } = notFoundParts(library, topic, search);
      return answer('compare', topic, { status: 'not_found', title, nearMisses, notes: [first, ...more] });
    }
    // Without a step across articles, which articles tell a claim alike and where they differ would be guessed: the sentences found alone.
    const failed = failedStepsNote(library, 'compare_failed');
    if (failed) {
      const results = hits.slice(0, MAX_RESULTS).map((hit) => citeSpan(library, hit.sentence));
      const truncated = hits.length > MAX_RESULTS ? [note('truncated', { shown: MAX_RESULTS, total: hits.length })] : [];
      return answer('compare', topic, { title, results, notes: [failed, ...truncated], sections: [{ title: 'Sentences found', lines: [], citations: results.map((_, i) => i) }] });
    }

    const tally = new Map<Claim, number>();
    const alone: Sentence[] = [];
    for (const { sentence } of hits) {
      const claims = library.alignment.claimsOf(sentence);
      if (claims.length === 0 && alone.length < MAX_ALONE) alone.push(sentence);
      for (const claim of claims) tally.set(claim, (tally.get(claim) ?? 0) + 1);
    }
    const claims = chooseClaims(
      library,
      [...tally].sort((a, b) => b[1] - a[1] || b[0].articleIds.length - a[0].articleIds.length || a[0].id - b[0].id).map(([claim]) => claim),
    );

    // The articles whose sentences the topic's words matched, best first: those a claim's absence is told among.
    const matched = [...new Set(hits.map((hit) => hit.sentence.articleId))];
    const results: Citation[] = [];
    const cite = (sentence: Sentence, singleSource: boolean): number => results.push({ ...citeSpan(library, sentence), singleSource }) - 1;
    const sections: Section[] = [];
    const discrepancies: Discrepancy[] = [];
    claims.forEach(({ claim, whole, shownBefore }, i) => {
      // A sentence that denies the claim ("Yukos denied it") is its dispute, not one more telling of it,
      // and no variant of its details: "Mr Ebbers has denied" is no attribution the others leave out.
      // Reactions the alignment keeps out of the claim ("The company denied the report.") dispute it as well, and are cited with it.
      const { among: disputes, reactions } = disputesOf(library, claim.sentences, claim);
      const telling = narrowClaim(claim, (sentence) => !disputes.includes(sentence));
      const found = telling.articleIds.length > 1 ? discrepanciesOf(library, telling) : [];
      discrepancies.push(...found);
      const tellers = new Set(telling.sentences.map((sentence) => sentence.articleId));
      const disputeLines: Line[] = [...disputes, ...reactions].map((sentence) => [
        { text: `Disputed in ${sentence.articleId}: `, style: 'strong' as const },
        { text: sentence.text, style: 'quote' as const },
      ]);
      // Articles whose telling is shown under an earlier claim still tell this one: counted, and named.
      const wholeDisputes = shownBefore.length > 0 ? disputesAmong(library, whole.sentences, whole) : [];
      const alsoTold = [...new Set(shownBefore.filter((sentence) => !wholeDisputes.includes(sentence)).map((sentence) => sentence.articleId))].filter((id) => !tellers.has(id)).sort();
      // A denial shown under an earlier claim disputes this one as well ("Mr Ebbers has denied charges of fraud and conspiracy"
      // under his lawyers' claim, then under his plea): counted and named, never listed as aligning no sentence.
      const alsoDisputed = [...new Set(shownBefore.filter((sentence) => wholeDisputes.includes(sentence)).map((sentence) => sentence.articleId))]
        .filter((id) => !tellers.has(id) && !alsoTold.includes(id))
        .sort();
      const alsoLines: Line[] = [
        ...(alsoTold.length > 0 ? [`Also told by ${alsoTold.join(', ')}, in sentences shown under an earlier claim.`] : []),
        ...(alsoDisputed.length > 0 ? [`Also disputed in ${alsoDisputed.join(', ')}, in sentences shown under an earlier claim.`] : []),
      ];
      // The articles that only dispute the claim are counted apart, so that the heading counts every article listed under it.
      const disputing = new Set([...[...disputes, ...reactions].map((sentence) => sentence.articleId).filter((id) => !tellers.has(id) && !alsoTold.includes(id)), ...alsoDisputed]);
      sections.push({
        title: `Claim ${i + 1}: told by ${tellers.size + alsoTold.length} of ${library.articles.length} articles${disputing.size > 0 ? `, disputed in ${disputing.size}` : ''}`,
        lines: [...claimLines(library, claim, found, [...alsoTold, ...alsoDisputed], matched), ...alsoLines, ...disputeLines],
        citations: [...claim.sentences, ...reactions].map((sentence) => cite(sentence, false)),
      });
    });
    // A sentence no claim holds may still stand word for word in another article (a near copy's quotation in words too common
    // for the alignment to pair): it is no single source, and is listed once, with the articles that write it.
    const articlesByText = new Map<string, Set<string>>();
    for (const sentence of alone) articlesByText.set(sentence.text, (articlesByText.get(sentence.text) ?? new Set()).add(sentence.articleId));
    const writtenOnce = (sentence: Sentence): boolean => (articlesByText.get(sentence.text)?.size ?? 0) === 1;
    const single = alone.filter(writtenOnce);
    const repeated = alone.filter((sentence) => !writtenOnce(sentence));
    if (single.length > 0) {
      sections.push({
        title: 'Told by one article only',
        lines: single.map((sentence) => [{ text: `${sentence.articleId}: ` }, { text: sentence.text, style: 'quote' as const }]),
        citations: single.map((sentence) => cite(sentence, true)),
      });
    }
    if (repeated.length > 0) {
      sections.push({
        title: 'Told word for word by more than one article',
        lines: [...articlesByText].filter(([, ids]) => ids.size > 1).map(([text, ids]) => [{ text: `${[...ids].join(', ')}: ` }, { text, style: 'quote' as const }]),
        citations: repeated.map((sentence) => cite(sentence, false)),
      });
    }
    const articleIds = [...new Set([...claims.flatMap(({ claim }) => claim.articleIds), ...alone.map((sentence) => sentence.articleId)])].sort();
    if (articleIds.length > 1) sections.push({ title: 'How these articles relate', lines: relationLines(library, articleIds), citations: [] });
    // A topic read through a near spelling ("Asda" as "Asia") is said, as /sources says it.
    const spelling = spellingNote(hits);
    const notes = [...(spelling ? [spelling] : []), ...(claims.length === 0 ? [note('compare_none', { topic })] : [])];
    return answer('compare', topic, { title, results, notes, sections, discrepancies });
  }),
});

/** How many of the best-matching claims are weighed for a figure or date conflict before MAX_CLAIMS are chosen. */
const CANDIDATE_CLAIMS = 3 * MAX_CLAIMS;

/**
 * The claims to show, from those the query matches, best first: among the first CANDIDATE_CLAIMS,
 * those whose articles give a figure or date differently ("$27bn" / "$27.5bn") come before those
 * that do not, since a conflict is what a fact-checker most needs to see. Each sentence is shown
 * under one claim only: a later claim keeps the sentences not shown yet, and is left out when that
 * leaves fewer than two of its articles.
 */
function chooseClaims(library: Library, ranked: readonly Claim[]): ChosenClaim[] {
  const candidates = ranked.slice(0, CANDIDATE_CLAIMS);
  const conflicting = new Set(candidates.filter((claim) => hasFigureConflict(library, claim)));
  const ordered = [...candidates.filter((claim) => conflicting.has(claim)), ...candidates.filter((claim) => !conflicting.has(claim)), ...ranked.slice(CANDIDATE_CLAIMS)];
  const shown = new Set<string>();
  const chosen: ChosenClaim[] = [];
  for (const claim of ordered) {
    if (chosen.length >= MAX_CLAIMS) break;
    const rest = narrowClaim(claim, (sentence) => !shown.has(sentence.id));
    if (rest.sentences.length === 0 || (claim.articleIds.length > 1 && rest.articleIds.length < 2)) continue;
    for (const sentence of rest.sentences) shown.add(sentence.id);
    chosen.push({ claim: rest, whole: claim, shownBefore: claim.sentences.filter((sentence) => !rest.sentences.includes(sentence)) });
  }
  return chosen;
}

/** A claim as shown (its sentences not shown under an earlier claim), the whole claim, and its sentences that were. */
interface ChosenClaim {
  claim: Claim;
  whole: Claim;
  shownBefore: Sentence[];
}

/** The most absent articles named in a claim's "Not told by" line; the rest are counted. */
const MAX_ABSENT_NAMED = 10;

/**
 * Each article's wording with the words not every article uses in bold, then what it adds and
 * leaves out, then the discrepancies. `alsoCarried` are articles that tell or dispute the claim in sentences
 * shown under an earlier claim: they are not among those that do not tell it.
 */
function claimLines(library: Library, claim: Claim, discrepancies: Discrepancy[], alsoCarried: readonly string[], matched: readonly string[]): Line[] {
  // Each wording is tokenised once (articles that copy one another share sentences word for word),
  // and each term counted once, by article: a claim told by dozens of articles would otherwise
  // compare every pair of its sentences.
  const byText = new Map<string, { words: WholeWord[]; terms: Set<string> }>();
  const holding = new TermCounts();
  const byArticle = new Map<string, { sentences: number; holding: TermCounts }>();
  const readings = claim.sentences.map((sentence) => {
    let reading = byText.get(sentence.text);
    if (!reading) {
      const own = wholeWordsOf(sentence.text);
      byText.set(sentence.text, (reading = { words: own, terms: new Set(own.map((word) => word.term)) }));
    }
    let article = byArticle.get(sentence.articleId);
    if (!article) byArticle.set(sentence.articleId, (article = { sentences: 0, holding: new TermCounts() }));
    article.sentences++;
    for (const term of reading.terms) {
      holding.add(term);
      article.holding.add(term);
    }
    return { sentence, ...reading, article };
  });
  const lines: Line[] = [];
  for (const { sentence, words } of readings) {
    // Not every other sentence holds it: the sentence itself is one of those that do.
    lines.push([{ text: `${sentence.articleId}: ` }, ...highlight(sentence.text, words, (term) => holding.of(term) < claim.sentences.length)]);
  }
  for (const [i, { sentence, words, terms, article: own }] of readings.entries()) {
    // What the sentences of the other articles say, counted as all the sentences less this article's.
    const others = claim.sentences.length - own.sentences;
    const elsewhere = (term: string): number => holding.of(term) - own.holding.of(term);
    const adds = wordsOf(sentence.text, words, (term) => elsewhere(term) === 0);
    const firstOther = readings.find((other) => other.sentence.articleId !== sentence.articleId);
    const missing = new Set(firstOther === undefined ? [] : [...firstOther.terms].filter((term) => elsewhere(term) === others && !terms.has(term)));
    const leavesOut = missing.size === 0 ? [] : readings.flatMap((other, j) => (j === i ? [] : wordsOf(other.sentence.text, other.words, (term) => missing.delete(term))));
    const parts: Inline[] = [{ text: `${sentence.articleId} ` }];
    parts.push({ text: adds.length > 0 ? `adds ${adds.join(', ')}` : 'adds nothing the others lack' });
    if (leavesOut.length > 0) parts.push({ text: `; leaves out ${leavesOut.join(', ')}` });
    lines.push(parts);
  }
  const tellers = [...claim.articleIds, ...alsoCarried];
  if (library.articles.length > MAX_ABSENT_NAMED) {
    // In a library too large to name every absent article, those that hold none of the topic's words are no news (the first
    // ten of 2,225 were named): the absence that matters is among the articles that do (`Of the 12 articles whose sentences
    // matched, not told by …`).
    const told = new Set(tellers);
    const absent = matched.filter((id) => !told.has(id)).sort();
    const more = absent.length > MAX_ABSENT_NAMED ? ` and ${absent.length - MAX_ABSENT_NAMED} more` : '';
    // (`no sentence aligned`, not `not told`: the alignment misses paraphrases, `auctioned off to pay a huge back-tax bill` beside
    // `sold to help pay off a $27.5bn back tax bill`, and an absence it cannot prove is said as what it is.)
    if (absent.length > 0)
      lines.push(
        `Of the ${matched.length} articles whose sentences matched, no sentence of ${absent.slice(0, MAX_ABSENT_NAMED).join(', ')}${more} is aligned with this claim; they may still tell it in other words.`,
      );
  } else {
    const { named: absent, count: absentCount } = absentFrom(library, tellers);
    const named = absentCount > MAX_ABSENT_NAMED ? `${absent.join(', ')} and ${absentCount - MAX_ABSENT_NAMED} more` : absent.join(', ');
    if (absentCount > 0) lines.push(`Not told by ${named}.`);
  }
  for (const discrepancy of discrepancies) {
    lines.push([
      { text: `Differs in ${discrepancy.about}: `, style: 'strong' },
      ...discrepancy.variants.flatMap((variant, j) => [...(j > 0 ? [{ text: ' / ' }] : []), { text: variant.text, style: 'quote' as const }, { text: ` (${variant.articleIds.join(', ')})` }]),
    ]);
  }
  return lines;
}

/** How many sentences hold each term. */
class TermCounts {
  readonly #counts = new Map<string, number>();

  add(term: string): void {
    this.#counts.set(term, (this.#counts.get(term) ?? 0) + 1);
  }

  of(term: string): number {
    return this.#counts.get(term) ?? 0;
  }
}

/**
 * The first MAX_ABSENT_NAMED articles, in library order, that are none of `tellers`, and how many
 * are none of them in all: counted from the tellers, so a large library is not walked through.
 */
function absentFrom(library: Library, tellers: readonly string[]): { named: string[]; count: number } {
  const told = new Set(tellers);
  const named: string[] = [];
  for (const article of library.articles) {
    if (named.length >= MAX_ABSENT_NAMED) break;
    if (!told.has(article.id)) named.push(article.id);
  }
  const toldHere = [...told].filter((id) => library.article(id) !== undefined).length;
  return { named, count: library.articles.length - toldHere };
}

/** The text in runs, words for which `differs` holds in bold; the text itself is never changed. */
function highlight(text: string, words: readonly WholeWord[], differs: (term: string) => boolean): Inline[] {
  const runs: Inline[] = [];
  let at = 0;
  for (const word of words) {
    if (!differs(word.term)) continue;
    if (word.start > at) runs.push({ text: text.slice(at, word.start) });
    runs.push({ text: text.slice(word.start, word.end), style: 'strong' });
    at = word.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The words of `text`, verbatim and once each, whose terms pass `keep`. */
function wordsOf(text: string, words: readonly WholeWord[], keep: (term: string) => boolean): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const word of words) {
    if (seen.has(word.term) || !keep(word.term)) continue;
    seen.add(word.term);
    found.push(`“${text.slice(word.start, word.end)}”`);
  }
  return found;
}

/** Which article retells which, and what the dates say of who came first. */
function relationLines(library: Library, articleIds: string[]): Line[] {
  const listed = new Set(articleIds);
  const lines: Line[] = [];
  for (const id of articleIds) {
    const article = library.article(id);
    if (!article) continue;
    // Not relationsOf: its departures weigh every claim of the article, and these lines show none.
    const sentenceCount = article.sentences.length;
    const alone = library.lookups.sentencesAlone(id);
    const rewrites = sharedWithOf(library, id).filter((other) => other.rewrites && listed.has(other.articleId));
    // A copy is one voice, not a retelling: the same text under another name, or all but a sentence or so of it.
    const shared = (other: { articleId: string; sentences: number }): string => `${other.articleId} (${other.sentences} of ${sentenceCount} sentences)`;
    const copies = rewrites.filter((other) => library.article(other.articleId)?.text === article.text);
    const nearCopies = rewrites.filter((other) => !copies.includes(other) && other.sentences >= NEAR_COPY_SHARE * sentenceCount);
    const retellings = rewrites.filter((other) => !copies.includes(other) && !nearCopies.includes(other));
    const relations = [
      ...(copies.length > 0 ? [`is a copy of ${copies.map((other) => other.articleId).join(', ')} (the same text)`] : []),
      ...(nearCopies.length > 0 ? [`is a near copy of ${nearCopies.map(shared).join(', ')}`] : []),
      ...(retellings.length > 0 ? [`retells ${retellings.map(shared).join(', ')}`] : []),
    ];
    const text = relations.length > 0 ? relations.join(' and ') : 'shares too little with the others to call it a retelling';
    lines.push([{ text: `${id} `, style: 'strong' }, { text: `${text}; ${alone} of its ${sentenceCount} sentences ${alone === 1 ? 'is' : 'are'} its own.` }]);
  }
  const { dated, undated } = chronologyOf(library, articleIds);
  if (dated.length > 0) lines.push(note('dated_order', { order: dated.map((entry) => `${entry.articleId} (${entry.date})`).join(', then ') }).message);
  if (undated.length > 0) lines.push(note('undated', { undated: undated.join(', '), count: undated.length }).message);
  return lines;
}
