import { note } from '../answer/messages.ts';
import { isGivenName } from '../text/given-name-sex.ts';
import type { Corroboration } from '../model/answer.ts';
import { bySentence, type Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import type { Claim } from '../library/alignment.ts';
import { sourcedElsewhere } from './discrepancies.ts';
import { type Join, originsOf, relaysNext, relaysUnnamedReport, wordChain } from './origins.ts';
import { sharedWithOf } from './relations.ts';
import { foldText } from '../text/normalise.ts';

/**
 * How far a claim is confirmed across articles: how many carry it, from which origins, and how
 * many independent voices that is. Copies and near-copies of one article are one voice; articles
 * that relay the same origin (the far end of the attribution chain: "the agency" → Yonhap → NIS)
 * are one voice. Five articles relaying one agency are one source, not five.
 */

/**
 * Share of each article's sentences that must align with the other's, both ways, for two
 * articles to be copies of one text: a rewrite shares a quarter (see REWRITE_SHARE), a copy
 * nearly all of it, give or take a sentence edited or added.
 */
export const NEAR_COPY_SHARE = 0.8;

/**
 * The most articles whose sources are weighed one by one. Past it the sentences are words many
 * stories use, not one claim retold: the largest claim the alignment forms on the 2,225 BBC
 * articles is carried by 12 (120 at BBC ×10, where each is copied ten times), while "company" is
 * held by 256 of the 927 business and politics articles, and a note listing their relays and
 * copies ("249 independent: …") said nothing true about any claim.
 */
export const MOST_WEIGHED_ARTICLES = 150;

/** Sentences of dispute the note quotes before it only counts the rest: each is a whole sentence, and the note must fit a Slack section. */
const MOST_DISPUTES_QUOTED = 3;

/**
 * The corroboration of the claim that `sentences` carry (one or more per article). `disputes` are
 * sentences that deny or dispute it ("Yukos denied it"), in the articles that tell it or in others:
 * they are quoted as its dispute, never counted as carrying it, so the count always equals the
 * articles that do.
 * `ofClaim` says which sentences the alignment holds for one claim: only sources named beside
 * those are counted as confirming one another. With the `claim`, a sentence of it whose every source
 * speaks of another clause than the claim's gives no origin for it (see `sourcedElsewhere`).
 * `foundByClaimWords` is false when the sentences were found by words that only say how a claim is told
 * (`/sources reportedly`, see `asksHowOnly`): an article that rewrites another is then not taken to tell the
 * other's claim, since its sentence found shares a hedge or a word of saying with it, not a claim.
 */
export function corroborate(
  library: Library,
  sentences: readonly Sentence[],
  disputes: readonly Sentence[] = [],
  ofClaim: (sentence: Sentence) => boolean = () => true,
  listed: readonly Sentence[] = sentences,
  claim?: Claim,
  foundByClaimWords = true,
): Corroboration {
  const total = library.articles.length;
  const byArticle = groupByArticle(sentences);
  // By id, in the code-unit order a plain sort() gives.
  const groups = [...byArticle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = groups.map(([id]) => id);
  const articles = ids.length;
  const found = withNamesAlike(groups.map(([, group]) => firstChain(library, group, claim)));
  const told = completeChains(found);
  const chains = told.map((chain) => chain.links);
  const named = new Set(found.flatMap((origin) => origin.named));
  const origins = orderedOrigins(chains).filter((link) => named.has(link));
  // Only a note that weighs one claim names its dispute: words held by hundreds of articles, or by articles that do not all
  // retell one claim, have no one claim for a denial among them to dispute (`/sources 10 at` had quoted a keeper who "denied the
  // same player again 10 minutes later").
  const withDispute = (result: Corroboration): Corroboration => {
    if (disputes.length === 0) return result;
    const disputedBy = [...disputes].sort(bySentence).map((sentence) => ({ articleId: sentence.articleId, quote: sentence.text, start: sentence.start, end: sentence.end }));
    const disputed = [...new Set(disputedBy.map(({ articleId }) => articleId))];
    const quoted = disputedBy.slice(0, MOST_DISPUTES_QUOTED).map(({ articleId, quote }) => `${articleId} (“${quote}”)`);
    const more = disputedBy.length - quoted.length;
    const disputeNote = note('corroboration_disputed', { articles: disputed.length, quotes: more > 0 ? `${quoted.join(', ')} and ${more} more` : quoted.join(', ') }).message;
    return { ...result, disputes: disputed, disputedBy, note: `${result.note} ${disputeNote}` };
  };
  // Words held by hundreds of articles ("company", "2003") are no one claim: their chains and copies would make a long, empty note.
  if (articles > MOST_WEIGHED_ARTICLES)
    return { articles, articleIds: ids, total, origins: [], independent: false, note: note('corroboration_too_broad', { articles, total, most: MOST_WEIGHED_ARTICLES }).message };
  if (articles <= 1) return withDispute({ articles, articleIds: ids, total, origins, independent: false, voices: articles, note: note('corroboration_single', { total }).message });

  // Each article's shares, asked once: the copy check and the retelling check both need them.
  const shares = new Map<string, ReturnType<typeof sharedWithOf>>();
  const sharesOf = (id: string): ReturnType<typeof sharedWithOf> => {
    let found = shares.get(id);
    if (!found) shares.set(id, (found = sharedWithOf(library, id)));
    return found;
  };
  const copies = copiesAmong(library, ids, (id) => nearCopiesOf(library, id));
  const alike = wordForWordAmong(groups, copies);
  const voices = countVoices(ids, told, new Map([...copies, ...alike]));
  const copyList = [...copies].map(([articleId, of]) => ({ articleId, of }));
  const alikeList = [...alike].map(([articleId, of]) => ({ articleId, of }));
  const base = { articles, articleIds: ids, total, origins, voices, ...(copyList.length > 0 && { copies: copyList }), ...(alikeList.length > 0 && { wordForWord: alikeList }) };
  // How many articles tell the claim the alignment holds. Voices counted over articles of which some only share the words
  // (`/sources interest rates Bank of England`: two copies of one report beside twelve other statements) count no
  // independent confirmation of anything.
  const tellingClaim = groups.filter(([, group]) => group.some(ofClaim)).length;
  // Articles that only write one sentence alike are one voice for the claim they all tell: where some tell another, the
  // notes below say which retell it, which says more than a count of voices would.
  if (copyList.length > 0 || (alikeList.length > 0 && tellingClaim === articles)) {
    const why = explainVoices(ids, told, copies, alike);
    if (tellingClaim < articles) return { ...base, independent: false, note: note('corroboration_copies_scattered', { articles, total, why }).message };
    return withDispute({ ...base, independent: voices > 1, note: note('corroboration_voices', { articles, total, voices, why }).message });
  }
  // Words a claim is told in are held by other articles that tell something else (`/sources control orders`: four
  // articles retell what the bill proposes, nine others say other things of the orders, and games "out of control"):
  // "13 carry this" would count them all as carrying one claim, and their sources as its origins. The note names the
  // articles that retell it and weighs no sources. An article that rewrites one of them, or that one of them rewrites
  // (REWRITE_SHARE of the one's sentences alike: the seeds' five tellings of one meeting), retells their story, and is
  // taken to tell the claim in words the alignment did not join.
  const retelling = groups.filter(([, group]) => group.some(ofClaim)).map(([id]) => id);
  const tellingIds = new Set(retelling);
  const rewritten = (id: string): boolean =>
    foundByClaimWords &&
    (sharesOf(id).some((other) => other.rewrites && tellingIds.has(other.articleId)) || retelling.some((telling) => sharesOf(telling).some((other) => other.rewrites && other.articleId === id)));
  const allTell = tellingClaim >= 2 && ids.every((id) => tellingIds.has(id) || rewritten(id));
  if (tellingClaim >= 2 && !allTell) {
    const listedIds = retelling.length > MOST_RETELLING_LISTED ? `${retelling.slice(0, MOST_RETELLING_LISTED).join(', ')} and ${retelling.length - MOST_RETELLING_LISTED} more` : listWords(retelling);
    return { ...base, independent: false, note: note('corroboration_partly_retold', { articles, total, telling: tellingClaim, retelling: listedIds }).message };
  }

  // Articles that name no origin add no second one: the rest relaying one origin is one voice. But only articles
  // that name it relay it: "all relaying one report" over articles that give no source (`/sources Yukos tax bill`:
  // 3 of 14 credit Yukos, 11 state the bill themselves) says more than the articles do: it needs every article to
  // name it or to pass on a report it does not name ("the reported deployment"). Else the note says how many name it.
  const sourced = chains.filter((chain) => chain.length > 0);
  const common = origins.filter((origin) => sourced.length > 1 && sourced.every((chain) => chain.includes(origin)));
  if (common.length > 0 && allTell) {
    const chain = mostCommon(told.filter((each) => each.links.length > 0).map((each) => wordChain(each.links, each.joinedBy)));
    const relaying = groups.filter(([, group], i) => (chains[i]?.length ?? 0) > 0 || group.some((sentence) => relaysUnnamedReport(sentence.text))).length;
    // (`/sources demining`: one article names Yonhap, four pass on a report they do not name; the note says which is which.)
    if (relaying === articles) {
      const relayed =
        sourced.length === articles ? note('corroboration_relayed', { articles, total, chain }) : note('corroboration_relayed_unnamed', { articles, total, chain, naming: sourced.length });
      return withDispute({ ...base, independent: false, note: relayed.message });
    }
    const described = describedSources(found.filter((_, i) => (chains[i]?.length ?? 0) === 0));
    const others = described === undefined ? 'the others name none' : `the others name none (sources given, none of them a named person or body: ${described})`;
    return withDispute({ ...base, independent: false, note: note('corroboration_one_named', { articles, total, origin: chain, naming: sourced.length, others }).message });
  }
  const idSet = new Set(ids);
  const retold = foundByClaimWords && ids.every((id) => sharesOf(id).some((other) => other.rewrites && idSet.has(other.articleId)));
  const namesSeparately = chains.filter((chain) => chain.length > 0).length;
  if (retold && namesSeparately < 2) return withDispute({ ...base, independent: false, note: note('corroboration_rewrites', { articles, total }).message });
  // Articles that do not retell one claim are weighed by every sentence the answer lists, not only the one counted for
  // each: "only one of them names a source, Tessa Jowell, and the others name none" stood above another article's
  // "the Scottish National Party and the Tories say …" (`/sources super-casinos`). Their sources stand behind different sentences.
  if (tellingClaim < 2) {
    const listedNamed = namedAcrossArticles(library, listed);
    if (listedNamed.articles > 1) {
      // The counted sentences' sources first, in the order the other notes give them, then those of the other sentences listed.
      const names = [...new Set([...origins, ...listedNamed.names])];
      return { ...base, independent: false, note: note('corroboration_scattered', { articles, total, origins: names.join(', '), named: names.length }).message };
    }
  }
  // Articles that hold the words but do not retell one claim, and tell of other actors ("the South African
  // economy would grow by 4.3% in 2005" / "Thailand's economy is expected to grow by 5.7% in 2005": other
  // places, one verb and year), confirm nothing of each other, and a source named by one stands behind its
  // own sentence only. Sentences naming no one may be one claim the alignment missed: the note then stays.
  if (
    tellingClaim < 2 &&
    origins.length > 0 &&
    namesOtherActors(
      library,
      groups.map(([, group]) => group),
    )
  ) {
    return { ...base, independent: false, note: note('corroboration_scattered', { articles, total, origins: origins.join(', '), named: origins.length }).message };
  }
  if (origins.length === 0) {
    const described = describedSources(found);
    // `/sources Deutsche Telekom profit`: Ericsson's profits thanks to clients like Deutsche Telekom, and Deutsche Telekom's own,
    // are two claims: the articles hold the words, and what they say is not said to be the same thing.
    if (tellingClaim < 2) {
      const words = described === undefined ? note('corroboration_unsourced_words', { articles, total }) : note('corroboration_described_words', { articles, total, described });
      return withDispute({ ...base, independent: false, note: words.message });
    }
    const unsourced = described === undefined ? note('corroboration_unsourced', { articles, total }) : note('corroboration_described', { articles, total, described });
    return withDispute({ ...base, independent: true, note: unsourced.message });
  }
  const onlySourcedAt = told.findIndex((chain) => chain.links.length > 0);
  const onlySourced = told[onlySourcedAt];
  if (sourced.length === 1 && onlySourced !== undefined) {
    const described = describedSources(found.filter((_, i) => i !== onlySourcedAt));
    const others = described === undefined ? 'the others name none' : `the others name none (sources given, none of them a named person or body: ${described})`;
    const origin = wordChain(onlySourced.links, onlySourced.joinedBy);
    // `/sources Borussia Dortmund rescue`: the club's warning of bankruptcy and its shares slipping after a rescue are two
    // claims; "2 articles carry this" would count them as one retold.
    const carried =
      tellingClaim < 2 ? note('corroboration_one_named_words', { articles, total, origin, others }) : note('corroboration_one_named', { articles, total, origin, naming: namesSeparately, others });
    return withDispute({ ...base, independent: false, note: carried.message });
  }
  // Sources named beside sentences the alignment does not hold for one claim (`/sources US trade deficit`: one says it
  // is set to stabilise, another what it was in November) stand behind different things, and confirm nothing of each other.
  const namedForClaim = new Set(found.flatMap((chain, i) => (groups[i]?.[1].some(ofClaim) ? chain.named : [])));
  if (!allTell || origins.filter((origin) => namedForClaim.has(origin)).length < 2) {
    return withDispute({ ...base, independent: false, note: note('corroboration_scattered', { articles, total, origins: origins.join(', '), named: origins.length }).message });
  }
  return withDispute({ ...base, independent: voices > 1, note: note('corroboration_independent', { articles, total, origins: origins.join(', ') }).message });
}

/** The sources the sentences name (named people and bodies, each once, in order) and how many articles name one. */
function namedAcrossArticles(library: Library, sentences: readonly Sentence[]): { names: string[]; articles: number } {
  const names = new Set<string>();
  const naming = new Set<string>();
  for (const sentence of sentences) {
    const { named } = originsOf(library, sentence);
    if (named.length === 0) continue;
    naming.add(sentence.articleId);
    for (const name of named) names.add(name);
  }
  return { names: [...names], articles: naming.size };
}

/** True when each article's sentences name someone (an entity of the library's table) and no two articles name one alike. */
function namesOtherActors(library: Library, groups: readonly (readonly Sentence[])[]): boolean {
  const named = groups.map((group) => new Set(group.flatMap((sentence) => library.lookups.mentionsOf(sentence).map((mention) => mention.entity))));
  if (named.some((entities) => entities.size === 0)) return false;
  return named.every((entities, i) => named.slice(i + 1).every((others) => ![...entities].some((entity) => others.has(entity))));
}

function groupByArticle(sentences: readonly Sentence[]): Map<string, Sentence[]> {
  const byArticle = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    const own = byArticle.get(sentence.articleId);
    if (own) own.push(sentence);
    else byArticle.set(sentence.articleId, [sentence]);
  }
  return byArticle;
}

/**
 * One person written with and without a title or role before the name (`EU Trade Commissioner Peter Mandelson`, `Peter
 * Mandelson`) is one origin, not two: a name that ends with a person's full name these chains give is read as it. So is a
 * surname alone (`Howard`, from an article that never names him in full) beside the one full name these chains give with it
 * (`Michael Howard`); beside two (`Tony Blair`, `Cherie Blair`) it stays as written, since the article does not say which.
 */
function withNamesAlike<T extends { links: string[]; named: string[] }>(found: readonly T[]): T[] {
  // (A person's name, opening with a given name: `Bank of Scotland` is not the `Royal Bank of Scotland`.)
  const full = [...new Set(found.flatMap((origin) => [...origin.links, ...origin.named]))].filter((name) => /\S\s+\S/u.test(name) && isGivenName((name.split(/\s+/u)[0] ?? '').toLowerCase()));
  const bySurname = new Map<string, string[]>();
  for (const name of full) {
    const surname = name.split(/\s+/u).at(-1) ?? name;
    if (!full.some((other) => other !== name && name.endsWith(` ${other}`))) bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const alone = (name: string): string => {
    const owners = /\s/u.test(name) ? undefined : bySurname.get(name);
    return owners?.length === 1 ? (owners[0] ?? name) : name;
  };
  const alike = (name: string): string => full.find((other) => other !== name && name.endsWith(` ${other}`)) ?? alone(name);
  return found.map((origin) => ({ ...origin, links: origin.links.map(alike), named: [...new Set(origin.named.map(alike))] }));
}

/**
 * The attribution chain of the first of an article's sentences that names where it comes from;
 * empty when none does. A chain of one vague link ("unconfirmed reports", "analysts") names no
 * origin, so it says nothing of whether two articles are independent. A sentence of `claim` whose
 * every cue credits another clause names no origin of the claim: in "Varnak paid 41.6bn roubles for
 * the mill - far below the $2bn the Finance Ministry says the mill owes", the ministry is no source of the price.
 */
function firstChain(library: Library, own: readonly Sentence[], claim?: Claim): Chain & { named: string[]; vague?: string } {
  let vague: string | undefined;
  for (const sentence of own) {
    if (claim?.sentences.includes(sentence) && sourcedElsewhere(library, sentence, claim)) continue;
    const { links, joinedBy, named, sourcing } = originsOf(library, sentence);
    if (links.length > 1 || (links.length === 1 && sourcing !== 'vague')) return { links, joinedBy, named };
    if (sourcing === 'vague') vague ??= links[0];
  }
  return { links: [], joinedBy: [], named: [], ...(vague !== undefined && { vague }) };
}

/** How many articles that retell the claim a note names before it counts the rest. */
const MOST_RETELLING_LISTED = 5;

/** How many described sources a note lists before it counts the rest. */
const MOST_DESCRIBED_LISTED = 3;

/**
 * The sources the articles give without naming them ("analysts", "a senior diplomat", "the port
 * authority"), each once, in a few words: a note that says the articles "name none" or that none
 * "says where it comes from" must not pass over them.
 */
function describedSources(chains: readonly (Chain & { named: string[]; vague?: string })[]): string | undefined {
  const described = [...new Set(chains.flatMap((chain) => (chain.named.length > 0 ? [] : (chain.links[0] ?? chain.vague ?? []))))];
  if (described.length === 0) return undefined;
  const listed = described.slice(0, MOST_DESCRIBED_LISTED).join(', ');
  return described.length > MOST_DESCRIBED_LISTED ? `${listed} and ${described.length - MOST_DESCRIBED_LISTED} more` : listed;
}

/** An article's chain: its links, outermost first, and how each after the first hangs on the one before. */
interface Chain {
  links: string[];
  joinedBy: Join[];
}

/**
 * Chains lengthened by what the other articles say of their far end: where one article has
 * RIA Novosti relaying Khinstsen, another's bare "According to RIA Novosti" relays him too. Only
 * a link that relays the next (`citing`, `quoting`) says whom it relays: in "Chinese government
 * figures and the Commerce Department", neither relays the other.
 */
function completeChains(chains: readonly Chain[]): Chain[] {
  const relayed = new Map<string, string>();
  for (const { links, joinedBy } of chains) {
    // Each link and the one after it: the first chain to name a link says whom it relays.
    links.forEach((link, i) => {
      const next = links[i + 1];
      if (next !== undefined && relaysNext(joinedBy, i) && !relayed.has(link)) relayed.set(link, next);
    });
  }
  return chains.map(({ links, joinedBy }) => {
    const complete = [...links];
    const joins = [...joinedBy];
    const end = farEnd({ links, joinedBy });
    // Only a chain whose far end is its last link is lengthened: "A and B" ends at A's origin, not after B.
    if (end !== links.at(-1)) return { links: complete, joinedBy: joins };
    for (let next = relayed.get(complete.at(-1) ?? ''); next !== undefined && !complete.includes(next); next = relayed.get(next)) {
      complete.push(next);
      joins.push('citing');
    }
    return { links: complete, joinedBy: joins };
  });
}

/**
 * Where a chain's claim comes from: its first link followed through every link that relays the
 * next. "Yonhap citing the NIS" comes from the NIS; "Chinese government figures and the Commerce
 * Department" from the first source named, as a claim told by two has no one far end.
 */
function farEnd({ links, joinedBy }: Chain): string | undefined {
  let at = 0;
  while (at + 1 < links.length && relaysNext(joinedBy, at)) at++;
  return links[at];
}

/** Every link of the chains once, outermost first: a link that relays another stands before it. */
function orderedOrigins(chains: readonly string[][]): string[] {
  const depth = new Map<string, number>();
  for (const chain of chains) chain.forEach((link, i) => depth.set(link, Math.min(depth.get(link) ?? i, i)));
  const longest = [...chains].sort((a, b) => b.length - a.length)[0] ?? [];
  return [...depth].sort(([a, depthA], [b, depthB]) => depthA - depthB || indexOr(longest, a) - indexOr(longest, b)).map(([link]) => link);
}

function indexOr(list: readonly string[], item: string): number {
  const at = list.indexOf(item);
  return at < 0 ? list.length : at;
}

/**
 * Which of the articles copy which: the same bytes, or nearly all sentences aligned both ways
 * (NEAR_COPY_SHARE; `sharesOf` gives those of an article). Each copy maps to the first article, by id, of its group of copies.
 */
function copiesAmong(library: Library, ids: readonly string[], sharesOf: (id: string) => readonly { articleId: string; share: number }[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    return root;
  };
  const join = (a: string, b: string): void => {
    // The root is the smaller id, so a group is named after its earliest article.
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA < rootB) parent.set(rootB, rootA);
    else if (rootB < rootA) parent.set(rootA, rootB);
  };
  const listed = new Set(ids);
  const byHash = new Map<string, string>();
  for (const id of ids) {
    const hash = library.article(id)?.contentHash;
    if (hash === undefined) continue;
    const first = byHash.get(hash);
    if (first) join(first, id);
    else byHash.set(hash, id);
  }
  for (const id of ids) {
    // Byte copies are settled already; only the articles sharing nearly all sentences are walked.
    if (find(id) !== id && byHash.get(library.article(id)?.contentHash ?? '') !== id) continue;
    for (const other of sharesOf(id)) {
      if (!listed.has(other.articleId) || other.articleId < id || find(other.articleId) === find(id)) continue;
      const back = sharesOf(other.articleId).find((each) => each.articleId === id);
      if (back && back.share >= NEAR_COPY_SHARE) join(id, other.articleId);
    }
  }
  const copies = new Map<string, string>();
  for (const id of ids) if (find(id) !== id) copies.set(id, find(id));
  return copies;
}

/**
 * The other articles sharing NEAR_COPY_SHARE of this one's sentences or more, unsorted: the copy
 * check asks this of every article a claim is carried by, and needs no ranking of the rest.
 */
function nearCopiesOf(library: Library, articleId: string): { articleId: string; share: number }[] {
  const count = library.article(articleId)?.sentences.length ?? 0;
  if (count === 0) return [];
  return library.lookups
    .sentencesSharedWith(articleId)
    .map((other) => ({ articleId: other.articleId, share: other.sentences / count }))
    .filter((other) => other.share >= NEAR_COPY_SHARE);
}

/**
 * Words a sentence must run to for two articles that write it alike, word for word, to be one voice: two reporters may
 * write a short line or a plain statement of a fact alike ("The ferry quay will shut for eight weeks from May for
 * repairs."), not a long one with its own turns ("The pair then spent four days in a hospital, claiming they had been
 * injured in a motorcycle crash.", 18 words).
 */
export const WORD_FOR_WORD_WORDS = 16;

/**
 * Articles, not copies of one another, whose sentences on the claim include one written word for word as another
 * article's (WORD_FOR_WORD_WORDS or more): one took it from the other, or both from one wire report, so they are one
 * voice whatever else each adds. Each with the first such article, by id.
 */
function wordForWordAmong(groups: readonly (readonly [string, readonly Sentence[]])[], copies: ReadonlyMap<string, string>): Map<string, string> {
  const firstWith = new Map<string, string>();
  const alike = new Map<string, string>();
  for (const [id, group] of groups) {
    if (copies.has(id)) continue;
    for (const sentence of group) {
      if (sentence.text.split(/\s+/u).length < WORD_FOR_WORD_WORDS) continue;
      const key = foldText(sentence.text);
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, id);
      else if (first !== id && !alike.has(id) && !copies.has(first)) alike.set(id, first);
    }
  }
  return alike;
}

/** Voices: articles less their copies, with articles that relay the same far origin counted once. */
function countVoices(ids: readonly string[], chains: readonly Chain[], copies: ReadonlyMap<string, string>): number {
  const farEnds = new Set<string>();
  let unsourced = 0;
  ids.forEach((id, i) => {
    if (copies.has(id)) return;
    const chain = chains[i];
    const far = chain && farEnd(chain);
    if (far === undefined) unsourced++;
    else farEnds.add(far);
  });
  return farEnds.size + unsourced;
}

/** `politics_311 and politics_312 are copies of politics_069; business_003 and business_127 relay one origin, Yonhap`, for the note. */
function explainVoices(ids: readonly string[], chains: readonly Chain[], copies: ReadonlyMap<string, string>, alike: ReadonlyMap<string, string> = new Map()): string {
  const byOriginal = new Map<string, string[]>();
  for (const [copy, of] of copies) byOriginal.set(of, [...(byOriginal.get(of) ?? []), copy]);
  const parts = [...byOriginal].map(([of, list]) => `${list.length === 1 ? `${list[0]} is a copy` : `${listWords(list)} are copies`} of ${of}`);
  const byFirst = new Map<string, string[]>();
  for (const [same, of] of alike) byFirst.set(of, [...(byFirst.get(of) ?? []), same]);
  for (const [of, list] of byFirst) parts.push(`${listWords(list)} ${list.length === 1 ? 'words' : 'word'} it as ${of} does, word for word`);
  const relays = new Map<string, string[]>();
  ids.forEach((id, i) => {
    const chain = chains[i];
    const far = chain && farEnd(chain);
    if (!copies.has(id) && !alike.has(id) && far !== undefined) relays.set(far, [...(relays.get(far) ?? []), id]);
  });
  for (const [origin, relaying] of relays) if (relaying.length > 1) parts.push(`${listWords(relaying)} relay one origin, ${origin}`);
  return parts.join('; ');
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
