/**
 * The wording of every note, by code, in one place (as zod keeps its messages in `locales/en.ts`).
 * Commands create notes by code; the words live here.
 */

type Params = Record<string, string | number>;

/** `the 5 articles`, and for a library of one, `the one article`, not `the 1 articles`. */
const theArticles = (count: string | number | undefined): string => (count === 1 ? 'the one article' : `the ${count} articles`);

const MESSAGES = {
  not_found: (p: Params) => `No article says this: no sentence in ${theArticles(p.articles)} holds all of “${p.terms}”.`,
  /** `missing` is the words the nearest sentence lacks, each of them used by some article: `“charges”`. */
  not_found_near: (p: Params) =>
    `No sentence in ${theArticles(p.articles)} holds all of “${p.terms}”, but the nearest lacks only ${p.missing} and may say it in other words: read the near misses below before taking it as unsaid.`,
  found_in: (p: Params) => `${p.articles} of ${p.total} articles ${p.articles === 1 ? 'says' : 'say'} it (${p.sentences} ${p.sentences === 1 ? 'sentence' : 'sentences'}).`,
  spelling: (p: Params) => `Read as a misspelling: ${p.pairs}.`,
  near_misses: () => `Near misses are listed separately: each lacks at least one term, so none of them says it.`,
  continuation: () => `A sentence marked “continues” is cited with the sentence before it, which names who or what “he”, “she” or “the agency” is.`,
  /** `symbols` is 1 when the query holds an emoji or another symbol beside its common words (`😀 of the`). */
  no_terms: (p: Params) => `Nothing to search for: the query holds only common words${p.symbols ? ', symbols' : ''} or punctuation.`,
  /** The query has not one letter or digit (`😀`, `★ ✓`, `...`): saying it holds common words would be untrue. */
  no_words: () => `Nothing to search for: the query has no words in it, only emoji, symbols or punctuation.`,
  unknown_entity: (p: Params) => `“${p.name}” is not in these articles.`,
  /**
   * The words are in the articles, but the entity reading links them to no one they name (`the Lord Chief Justice`): said as
   * the bot's finding, since a holder it does not read (`the then Lord Chancellor, Lord Irvine`) may still be named.
   */
  written_unnamed: (p: Params) => `No one is named “${p.name}”: the articles write it, but the bot links it to no one they name.`,
  read_as: (p: Params) => `No exact match for “${p.query}”; showing the closest name in the articles, ${p.name}.`,
  known_alias: (p: Params) => `The articles never write “${p.query}”; it is a known short form of ${p.name} (src/text/lexicons/aliases.ts).`,
  named_in: (p: Params) => `${p.name} is named in ${p.articles} of ${p.total} articles.`,
  nearest_names: (p: Params) => `Nearest names in the articles: ${p.names}.`,
  role_holders: (p: Params) => `No one is named “${p.name}”; the articles give that role to ${p.holders}. Ask for one by name, e.g. /who ${p.example}.`,
  /** `people` lists each with its article count: `Gordon Brown (58 articles), Frank Brown (1 article)`. */
  other_people_named: (p: Params) => `Other people the articles call “${p.query}”: ${p.people}.${p.example ? ` Ask for one by full name, e.g. /who ${p.example}.` : ''}`,
  /** `name` is the one person the articles name in full with the given name asked alone. */
  given_name_of: (p: Params) => `“${p.query}” alone is read as the given name of ${p.name}, the one person the articles name in full with it.`,
  /** `people` lists each with its article count, as other_people_named does. */
  given_name_people: (p: Params) => `People the articles name in full with the given name “${p.query}”: ${p.people}. Ask for one by full name, e.g. /who ${p.example}.`,
  quote_not_found: (p: Params) => `“${p.text}” does not appear in the text of ${p.articles === 1 ? 'the one article' : `any of the ${p.articles} articles`}.`,
  /** `headlines` lists the articles whose headline holds the words: `business_266 (“Could Yukos be a blessing in disguise?”)`. */
  quote_in_headlines: (p: Params) => `Only in a headline, which the bot does not cite as a sentence: ${p.headlines}.`,
  words_in_headlines: (p: Params) => `The words are in a headline, which the bot does not cite as a sentence: ${p.headlines}.`,
  cite_missing: (p: Params) => `Left out because the article does not give them: ${p.fields}.`,
  cite_unknown_style: (p: Params) => `There is no “${p.style}” style here; the styles are ${p.styles}. Showing them all.`,
  load_warning: (p: Params) => `${p.file} was not loaded: ${p.reason}.`,
  profile_missing: (p: Params) => `The file gives no ${p.fields}.`,
  profile_second_hand: (p: Params) => `${share(p)} ${p.count === 1 ? 'is' : 'are'} second-hand, relayed from another outlet${p.chains === '' ? '' : ` (${p.chains})`}${hedgedOf(p)}.`,
  profile_unnamed_sources: (p: Params) => `${share(p)} ${p.count === 1 ? 'rests' : 'rest'} on anonymous or vague sources: ${p.names}${hedgedOf(p)}.`,
  profile_unsourced: (p: Params) => `${share(p)} ${p.count === 1 ? 'names' : 'name'} no source: the article asserts ${p.count === 1 ? 'it' : 'them'} itself${hedgedOf(p)}.`,
  profile_hedged: (p: Params) => `${share(p)} ${p.count === 1 ? 'is' : 'are'} hedged (${p.levels}).`,
  profile_contested: (p: Params) => (p.count === 1 ? '1 sentence says its claim is' : `${p.count} sentences say their claim is`) + ' denied, disputed or unconfirmed.',
  profile_unique_quotations: (p: Params) =>
    `${p.count} of its ${p.total} quotations ${p.count === 1 ? 'appears' : 'appear'} in no other article, so the others cannot confirm ${p.count === 1 ? 'it' : 'them'}.`,
  profile_loaded_words: (p: Params) => `It uses loaded words: ${p.words} (${p.count} in all).`,
  /** `count` is the article's sentence count. */
  profile_not_analysed: (p: Params) =>
    `Not analysed: an error in the analysis of this article stopped it, so who stands behind its ${p.count} sentences, how firmly it says them and whether they are disputed are not known; its text is searched and quoted as usual.`,
  profile_plain: () => `Nothing stands out: no hedges, second-hand or unsourced claims, contests or loaded words were found.`,
  source_unknown: (p: Params) => `No article matches “${p.query}”: give an id, an id prefix such as 003, or a headline word.`,
  source_ambiguous: (p: Params) => `“${p.query}” matches ${p.count} articles; say which one, by id or a longer prefix.`,
  truncated: (p: Params) => `Showing ${p.shown} of ${p.total}.`,
  article_added: (p: Params) => `Stored as ${p.file}; it is searchable now.`,
  article_not_found_fields: (p: Params) => `Not found in the source: ${p.fields}. Edit ${p.file} to add them.`,
  article_duplicate: (p: Params) => `This text is already held as ${p.id}, so nothing new was stored.`,
  article_removed: (p: Params) => `Deleted ${p.file}; searches no longer find it.`,
  corroboration_relayed: (p: Params) => `${p.articles} of ${p.total} articles carry this, all relaying one report: ${p.chain}. Repetition is not confirmation.`,
  corroboration_relayed_unnamed: (p: Params) =>
    `${p.articles} of ${p.total} articles carry this, all passing on a report: ${p.naming === 1 ? 'one of them names' : `${p.naming} of them name`} it, ${p.chain}, and the others do not say whose it is. Repetition is not confirmation.`,
  corroboration_rewrites: (p: Params) => `${p.articles} of ${p.total} articles carry this, but they retell one another and name no separate source. Repetition is not confirmation.`,
  corroboration_independent: (p: Params) => `${p.articles} of ${p.total} articles carry this, from more than one source: ${p.origins}.`,
  corroboration_scattered: (p: Params) =>
    `${p.articles} of ${p.total} articles carry these words, but ${p.named === 1 ? `the one source they name (${p.origins}) stands behind one of the sentences` : `the sources they name (${p.origins}) stand behind different sentences`}, not one claim the articles retell: nothing here shows independent confirmation.`,
  corroboration_unsourced: (p: Params) => `${p.articles} of ${p.total} articles carry this; none of them says where it comes from.`,
  corroboration_described: (p: Params) => `${p.articles} of ${p.total} articles carry this; sources given, none of them a named person or body: ${p.described}.`,
  corroboration_unsourced_words: (p: Params) => `${p.articles} of ${p.total} articles hold these words, but not as one claim they retell, and none of them says where it comes from.`,
  corroboration_described_words: (p: Params) =>
    `${p.articles} of ${p.total} articles hold these words, but not as one claim they retell; sources given, none of them a named person or body: ${p.described}.`,
  corroboration_one_named: (p: Params) =>
    `${p.articles} of ${p.total} articles carry this; only ${p.naming === 1 ? 'one of them names' : `${p.naming} of them name`} a source, ${p.origin}, and ${p.others}. Nothing here shows a second origin.`,
  corroboration_one_named_words: (p: Params) =>
    `${p.articles} of ${p.total} articles hold these words, but not as one claim they retell; one of them names a source, ${p.origin}, for its own sentence, and ${p.others}.`,
  corroboration_too_broad: (p: Params) =>
    `${p.articles} of ${p.total} articles hold these words: more than ${p.most}, too many to be one claim retold, so their sources are not weighed one by one. Ask in more words (a name, a figure, what was done) to see who says it and whether the articles are independent.`,
  corroboration_single: (p: Params) => `Only 1 of ${p.total} articles carries this: a single source, with nothing here to check it against.`,
  corroboration_voices: (p: Params) => `${p.articles} of ${p.total} articles carry this, ${p.voices} independent: ${p.why}.`,
  corroboration_copies_scattered: (p: Params) =>
    `${p.articles} of ${p.total} articles carry these words, but they do not all retell one claim, so their number is no count of independent confirmation; ${p.why}.`,
  corroboration_partly_retold: (p: Params) =>
    `${p.articles} of ${p.total} articles hold these words, but they do not all retell one claim: the one most of the sentences found tell is retold by ${p.telling} (${p.retelling}), so their number is no count of independent confirmation.`,
  corroboration_disputed: (p: Params) => `Disputed in ${p.articles === 1 ? '1 article' : `${p.articles} articles`}: ${p.quotes}.`,
  single_source: (p: Params) =>
    `${p.count} of these sentences ${p.count === 1 ? 'says' : 'say'} something found in no other article (marked single-source); another may still tell it in words the cross-check does not match.`,
  single_source_quote: (p: Params) => `Quoted in one article only: ${p.quotes}.`,
  /** `keys` says what each kept of the query: `the figure you asked about`, `the name “Blunkett” as the one acting`. */
  carried_in_other_words: (p: Params) =>
    `${p.count} more ${p.count === 1 ? 'sentence says' : 'sentences say'} it in other words${p.articles === 0 ? '' : `, from ${p.articles} more ${p.articles === 1 ? 'article' : 'articles'}`}: ${p.count === 1 ? 'it lacks' : 'they lack'} some of your words, but the cross-check grouped ${p.count === 1 ? 'it' : 'them'} with the sentences found, and ${p.count === 1 ? 'it keeps' : 'each keeps'} ${p.keys}. Read ${p.count === 1 ? 'it' : 'them'} before counting ${p.count === 1 ? 'it' : 'them'} as the same claim.`,
  section_truncated: (p: Params) =>
    `${p.section}: listing ${p.shown} of ${p.total}${p.more}, ${p.articles === 1 ? 'all from the one article that gives them' : `spread over ${p.listed} of the ${p.articles} articles that give them`}.`,
  sources_truncated: (p: Params) => `Listing ${p.shown} of the ${p.total} sentences, ${p.articles === 1 ? 'from the one article counted' : `from ${p.listed} of the ${p.articles} articles counted`}.`,
  compare_none: (p: Params) => `No two articles report “${p.topic}” in sentences that align; each article's sentences are listed on their own.`,
  undated: (p: Params) => `Which came first cannot be told: ${p.undated} ${p.count === 1 ? 'gives' : 'give'} no date.`,
  dated_order: (p: Params) => `By date: ${p.order}.`,
  // Reliability: refusals and cut-short answers from the command gate (src/runtime/command-gate.ts).
  still_loading: (p: Params) => `The articles are still being loaded; ready in about ${p.seconds} s. Please ask again then.`,
  rate_limited: (p: Params) => `${p.scope === 'channel' ? 'This channel is' : 'You are'} sending commands faster than the bot answers them; please wait ${p.seconds} s and try again.`,
  queue_full: () => `The bot is answering many commands right now; please try again in a minute.`,
  shutting_down: () => `The bot is restarting; please try again in a minute.`,
  command_failed: (p: Params) => `Sorry, something went wrong while answering /${p.command}. Error id ${p.id}: quote it when you report this.`,
  timed_out: (p: Params) => `Sorry, /${p.command} ran out of time (${p.seconds} s) before it found anything; try a narrower question.`,
  time_budget: (p: Params) => `Stopped at the time limit (${p.seconds} s): this answer shows what was found by then${p.skipped === '' ? '' : `, without ${p.skipped}`}.`,
  /** `articles` lists the ids of the cited articles whose analysis failed, `count` how many; `crossChecked` is 1 when the answer cross-checks the articles. */
  not_analysed: (p: Params) =>
    `Not analysed: an error in the analysis of ${p.articles} stopped it, so ${p.count === 1 ? 'its' : 'their'} sentences are quoted without who stands behind them, how firmly they are said or whether they are disputed${p.crossChecked === 1 ? '; the cross-check leaves them out, as it cannot tell whom they name' : ''}.`,
  /** `steps` names the steps across articles that failed (see Library.failedSteps): `the claim alignment and the entity table`. */
  cross_check_failed: (p: Params) =>
    `No cross-check between articles: an error in building ${p.steps} over all the articles stopped it (the server's log has it), so this answer does not say how many articles carry this, whether they are independent or where they differ.`,
  /** `steps` as for cross_check_failed. */
  compare_failed: (p: Params) =>
    `The articles cannot be set side by side: an error in building ${p.steps} over all the articles stopped it (the server's log has it). These are the sentences found, without which articles tell them alike or where they differ.`,
  /** `steps` as for cross_check_failed. */
  who_failed: (p: Params) => `Names cannot be looked up: an error in building ${p.steps} over all the articles stopped it (the server's log has it). /quote and /sources still search the text.`,
  /** `steps` as for cross_check_failed. */
  relations_failed: (p: Params) =>
    `How it stands among the other articles (what it shares, what it alone says) is not given: an error in building ${p.steps} over all the articles stopped it (the server's log has it).`,
  /** `words` lists the words asked to be left out, as written (`“-5000”`); `count` how many. */
  operator_minus: (p: Params) =>
    `The bot cannot leave out sentences that hold a word, so ${p.words} ${p.count === 1 ? 'was' : 'were'} not searched for: this answers the rest of the question, with or without ${p.count === 1 ? 'that word' : 'those words'}.`,
  operator_or: () => `“OR” is not read as “either”: it was left out, and the other words are looked for together; ask for each alternative on its own.`,
  /** `words` lists the operators as written (`“site:bbc.co.uk”`); `count` how many. */
  operator_field: (p: Params) =>
    `The bot does not search by site, address, title or file type, so ${p.words} ${p.count === 1 ? 'was' : 'were'} not searched for; /source lists the articles with their outlets.`,
  /** `words` lists the words with a star, as written (`“troo*”`). */
  operator_wildcard: (p: Params) => `“*” is no wildcard here: it was left out of ${p.words}, and the rest was searched for as written.`,
  /** `words` lists the stars standing alone, as written (`“*”`). */
  operator_star_alone: (p: Params) => `“*” is no wildcard here, and alone it stands for no word: ${p.words} was not searched for.`,
  operator_quotes: () => `Quotation marks do not ask for the exact words here: sentences that hold all of them, in any order, are found; /quote finds them word for word.`,
  nothing_left: () => `Nothing else is left to search for.`,
  stale_version: (p: Params) => `${p.file} cannot be read as it is now (${p.reason}); this is its last good version, from ${p.since}.`,
} satisfies Record<string, (params: Params) => string>;

/** `8 of 24 sentences`, `Most (14 of 24) sentences`, `All 24 sentences`, from `count` and `total`. */
function share(p: Params): string {
  const count = Number(p.count);
  const total = Number(p.total);
  if (count === total) return total === 1 ? 'The one sentence' : `All ${total} sentences`;
  return count * 2 > total ? `Most (${count} of ${total}) sentences` : `${count} of ${total} sentences`;
}

/** `; 3 of them hedged`, `; all of them hedged`, `, and it is hedged`, or nothing, from `hedged` of `count`. */
function hedgedOf(p: Params): string {
  const hedged = Number(p.hedged);
  if (hedged === 0) return '';
  if (hedged < Number(p.count)) return `; ${hedged} of them hedged`;
  return p.count === 1 ? ', and it is hedged' : '; all of them hedged';
}

export type NoteCode = keyof typeof MESSAGES;

/** `a, b and c`, with `and N more` when `of` says the list was cut. */
export function listWords(words: readonly string[], conjunction: 'and' | 'or', of = words.length): string {
  const shown = of > words.length ? [...words, `${of - words.length} more`] : [...words];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1)}`;
}

/** A note with its code and its wording. */
export function note(code: NoteCode, params: Params = {}): { code: NoteCode; message: string } {
  return { code, message: MESSAGES[code](params) };
}
