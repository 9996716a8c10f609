import {
  AS_IN_A_PHRASE,
  DOCUMENT_EVIDENCE_VERBS,
  FINITE_BE_OR_HAVE,
  FRAME_OPENERS,
  TITLED_NAME_WORDS,
  LINKING_PHRASE_ENDS,
  LINKING_PREPOSITIONS,
  MAKER_AFTER_TIME,
  MEASURE_QUESTION_WORDS,
  OBJECT_OPENING_ADJECTIVES,
  TIME_OR_CAUSE_CLAUSES,
} from '../text/lexicons/source-grammar.ts';
import { AGO_PERIODS, MONTH_NAMES, PERIOD_DEICTICS, PERIODS, PUBLISHED_WHEN, TIME_WORDS, WEEKDAYS } from '../text/lexicons/calendar.ts';
import { BEFORE_DISPUTED_REPORTS, DISPUTED_REPORTS, DISPUTING_VERBS, WITHHOLDING_VERBS } from '../text/lexicons/contest-words.ts';
import { classifyQuoteMark, DOUBLE_QUOTE_MARK, DOUBLE_QUOTE_MARKS } from '../text/quote-marks.ts';
import { isGivenName } from '../text/given-name-sex.ts';
import { holdsVerb } from '../text/compromise.ts';
import { comparedWithForecasts, describedByContactClause, forecastNamesAYardstick, plansIsNoun } from './hedging.ts';
import { CAPITALISED_NAME_ENDINGS, ORGANISATION_WORDS } from '../text/lexicons/entities.ts';
import { OUTLETS_NAMED_FOR_A_DAY } from '../text/lexicons/media-outlets.ts';
import { STOP_WORDS } from '../text/lexicons/stop-words.ts';
import { BUSINESS_NOUN_SET, NAME_KEEPING_PARTICIPLES, DECISIONS, NAMED_GROUPS, ROLE_EPITHETS, RULING_BODIES } from '../text/lexicons/source-nouns.ts';
import {
  ADVISING_MODALS,
  BETWEEN_MODAL_AND_VERB,
  BRINGING_TO_SAY,
  VERBS_OF_VIEWS,
  JUDGED_AS,
  JUDGED_FOR,
  KNOWING,
  LEARNED_BY_OUTLETS,
  NOT_JUDGED_AS,
  NEVER_ATTRIBUTIVE,
  ONLY_VERBS,
  PLAIN_SPEECH,
  REPORTING_VERBS,
  type ReportingVerb,
  BEFORE_VOICED,
  VOICED_VERBS,
  WISHING,
  WITH_CLAUSE_PARTICIPLES,
  JUDGEMENT_AFTER_AGENT,
  JUDGEMENT_AGENT_REACH,
} from '../text/lexicons/reporting-verbs.ts';
import { type PhraseMatch, PhraseMatcher, type Token } from '../text/phrase-matcher.ts';
import {
  HANDLED_DOCUMENTS,
  ACCOUNT_VERBS,
  GATHERED_FIGURES,
  HELD_VIEWS,
  ISSUED_WORDS,
  ISSUING_VERBS,
  POSSESSIVE_PRONOUNS,
  ARTICLES,
  MAINTAINED_CLAIMS,
  NUMBER_WORDS,
  SUBORDINATING_CONJUNCTIONS,
  AGO_COUNTS,
  ADDED_THINGS,
  APPOSITION_OPENERS,
  ASIDE_PARTICIPLES,
  ASIDE_OPENERS,
  STATED_VIEWS,
  SAID_OF_ITSELF,
  PROGRESSIVE_BE,
  REPORTS_DESCRIBED_BY,
  SHOWING_SIGNS,
  RECORDED_PICTURES,
  SHOWING,
  STATING_BE,
  TIME_PHRASE_LEADS,
  ASKING,
  ATTACKED_THINGS,
  AUTHOR_LINKS,
  MAKING_PARTICLES,
  THINK_NOUN_HEADS,
  AUXILIARIES,
  FOUND_AS_JUDGED,
  FOUND_CLAUSE_REACH,
  FOUND_OBJECT_ENDS,
  BARE_DETERMINERS,
  BETWEEN_BE_AND_PARTICIPLE,
  CLAUSE_VERBS,
  CLAUSE_WORDS,
  CALLED_EVENTS,
  NOT_YET_SAID,
  NOT_SAYING,
  IDIOMS_OF_SPEECH,
  NOT_SAYING_ADVERBS,
  OUTLET_NOUNS,
  CHOOSING_TO,
  SPEECH_AFTER_TO,
  CONJUNCTIONS,
  CONTACT_SUBJECT_PRONOUNS,
  COPY_LABELS,
  CONTEST_VERBS,
  CONTESTING,
  DESCRIBING_STATES,
  DETERMINERS,
  DOCUMENT_HANDLING_VERBS,
  DISMISSED_WORDS,
  NOUN_PREPOSITIONS,
  INQUIRED_INTO,
  ALLEGING_NOUNS,
  SAYING_THINGS,
  EMBEDDING,
  LABELLING_AFTER_WHAT,
  FIGURE_NOUNS,
  FORWARD_STOPS,
  DEMONSTRATIVES,
  HOLDING,
  INDEFINITE,
  INVERTED_TAILS,
  INVERTED_BEFORE_SOURCE,
  IRREGULAR_PASTS,
  INVERTIBLE,
  PLURAL_INVERTED,
  LEADING_ADVERBS,
  MAIN_CLAUSE_RESUMES,
  LEADS_INTO_ARTICLE,
  LY_NOUNS,
  MODALS,
  NAME_CONNECTORS,
  DOCUMENT_TOPICS,
  OUTLET_FINDINGS,
  NAME_PARTICLES,
  NOUN_MARKERS,
  OPENERS,
  OVERHEARD,
  PASSIVE,
  PERSONAL,
  SUBJECT_PRONOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  QUANTIFIERS,
  FORMS_OF_BE,
  REACTED_TO,
  REACTING_PARTICLES,
  REACTING_VERBS,
  REACTING_WITH_PARTICLE,
  RELATIVES,
  RESTRICTIVE,
  RESTRICTIVE_WHICH,
  SKIPPED_BEFORE_VERB,
  NEGATED_DO,
  SHOW_KINDS,
  SUBJECT_DEMONSTRATIVES,
  SUBJECT_KEEPING_JOINERS,
  SUBJECT_OPENERS,
  TIME_LEADS,
  WARNING_KINDS,
  WITH_HOLDERS,
  APPROXIMATORS,
  ASKED_PARTICIPLES,
  FRACTIONS,
  SHARE_OPENERS,
  POLLED,
  NOUNS_AFTER_SUMS,
  REQUEST_OPENERS,
  TIME_PREPOSITIONS,
  UNMARKED_PARTICIPLES,
  WHERE_OR_WHEN_SAID,
} from '../text/lexicons/source-grammar.ts';
import { COMPANY_HEADS, FINDING_BODIES, HEARING_BODIES, NOT_NAMES, PEOPLE_WORDS, SOURCE_HEADS, TITLES } from '../text/lexicons/source-names.ts';
import { asWritten, classifySource, COURTESY_TITLES, isPeoplePlural, partOfPeriod } from './source-kinds.ts';
import { framedByAdverb, namesNoOne, type Attribution, type SourceLink } from './source-links.ts';
import { type Context, findMentions, findRoleHolder, type Mention, relayedChain, remember, resolvePronoun, type SourceMemory } from './source-memory.ts';
import {
  AGENT_ENDING,
  boundaryAfter,
  commaAfter,
  isAbbreviation,
  isAcronym,
  isCapitalised,
  isInitial,
  insideFieldList,
  isProperName,
  keptFrom,
  takesAPrize,
  LOWER_WORD,
  MAX_SOURCE_WORDS,
  namesSource,
  openingParticiple,
  NOUNS,
  PARTICIPLE_ENDING,
  QUOTE_OR_BREAK,
  spanOf,
  DASH,
  DASH_BETWEEN_WORDS,
  SPACED_DASH,
  SPACED_DASH_MARK,
  SPACED_DASH_MARKS,
  VAGUE,
  VAGUE_HEADS,
  pronounOf,
} from './source-tokens.ts';
import { readAt } from '../model/read-at.ts';
import type { VagueSource } from '../text/lexicons/vague-sources.ts';
import { GERUND, HOLDS_LETTER, OPENS_LOWER_CASE } from '../text/word-shapes.ts';

const REPORTING = new PhraseMatcher(REPORTING_VERBS);

/** Agent cues of seeing: `seen by X` says who saw something, and is a judgement only in the passive (`was seen by many as`). */
const SEEING = /^(?:seen|viewed) by$/;

/** How many words back from a verb an apposition (`X, a 55-year-old salesman from Y, said`) may start. */
const APPOSITION_REACH = 60;

/**
 * The sources a sentence's own words give, in text order. `tokens` are the sentence's words;
 * `inQuotation` says whether an offset lies inside a quotation, whose reporting words belong to
 * the quoted speaker rather than to the article. `memory` resolves `he`, `the firm` and `the
 * agency` and is updated with the people, bodies and outlets the sentence names.
 */
/** Adjectives that only sort a noun among others of its kind (`other similar projects`, `such claims`): no subject of a verb ends in them. */
const SORTING_ADJECTIVES: ReadonlySet<string> = new Set(['other', 'similar', 'such', 'further', 'new', 'recent', 'previous', 'past', 'future', 'various']);
/** Prepositions that open a noun phrase (`the success of other projects`). */
const NOUN_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'with', 'from', 'about', 'over', 'against', 'into']);

export function findAttributions(text: string, tokens: readonly Token[], memory: SourceMemory, inQuotation: (offset: number) => boolean): Attribution[] {
  // `reports` is a verb only right after a name (`..., the Chicago Tribune reports.`, `Breitbart reports the...`); elsewhere it is most often the noun.
  // `some estimates`, `his claims`: after a determiner a reporting word is a noun; `'... for her,' said X` is a verb after its quotation.
  // `Some said`, `Several warned`: after a quantifier standing alone a past tense is the verb, not a noun.
  const isNoun = (match: PhraseMatch<ReportingVerb>): boolean => {
    const previous = readAt(tokens, match.first - 1, 'tokens');
    // `Many fear`, `Some claim`: after a quantifier the form without -s agrees with a plural subject, so it is the verb (`many fears` is the noun).
    const verbAfterQuantifier = QUANTIFIERS.has(previous.norm) && (PAST_SPEECH.test(readAt(tokens, match.first, 'tokens').norm) || !/s$/u.test(readAt(tokens, match.first, 'tokens').norm));
    // `The hospital had earlier said`: after `earlier`, an adverb as often as an adjective, a past form is the verb (`earlier claims` is the noun).
    // (`Mr Brown earlier denied …`, `Mr Blair earlier dismissed the claim …`: any -ed form is, after a subject that is no
    // determiner's; `the earlier reported figures`, `its earlier stated aim` are modifiers.)
    const beforeEarlier = tokens[match.first - 2];
    const verbAfterAdverb =
      previous.norm === 'earlier' &&
      (PAST_SPEECH.test(readAt(tokens, match.first, 'tokens').norm) ||
        (/\p{L}{3,}ed$/u.test(readAt(tokens, match.first, 'tokens').norm) && beforeEarlier !== undefined && !DETERMINERS.has(beforeEarlier.norm) && !POSSESSIVES.has(beforeEarlier.norm)));
    if (NOUN_MARKERS.has(previous.norm) && !boundaryAfter(text, tokens, match.first - 1) && !verbAfterQuantifier && !verbAfterAdverb) return true;
    // `a $27bn tax claim against Yukos`, `a £5m claim`: after `a` and a sum (and a noun before the word), a word that is also a
    // noun is one (`The 2003 report said` keeps its verb, `the 47% forecast by analysts` its participle).
    const figureAt = /^\d/u.test(previous.raw) ? match.first - 1 : match.first - 2;
    if (
      figureAt >= 1 &&
      NOUNS_AFTER_SUMS.has(readAt(tokens, match.first, 'tokens').norm) &&
      tokens[match.last + 1]?.norm !== 'by' &&
      /^\d/u.test(readAt(tokens, figureAt, 'tokens').raw) &&
      ARTICLES.has(readAt(tokens, figureAt - 1, 'tokens').norm) &&
      (figureAt === match.first - 1 || LOWER_WORD.test(previous.raw)) &&
      !boundaryAfter(text, tokens, match.first - 1)
    )
      return true;
    // `the majority of its UK projects`, `their Labour claims`: a possessive before capitalised modifiers still makes an -s form a noun.
    if (!/[^s]s$/.test(readAt(tokens, match.first, 'tokens').norm)) return false;
    // `Other projects included a port`, `Early estimates from the World Bank put …`: a word that sorts or describes a noun,
    // opening the sentence, makes the -s form after it that noun, as after a determiner (`Other reports said`).
    const opening = readAt(tokens, 0, 'tokens').norm;
    if (match.first === 1 && (SORTING_ADJECTIVES.has(opening) || REPORTS_DESCRIBED_BY.has(opening))) return true;
    // `the 20 biggest projects`, `its latest forecasts`: figures and superlatives between a determiner and an -s form make it a noun.
    let modifier = match.first - 1;
    while (
      modifier > 0 &&
      match.first - modifier <= 2 &&
      (/^\d/u.test(readAt(tokens, modifier, 'tokens').raw) || SUPERLATIVE.test(readAt(tokens, modifier, 'tokens').raw)) &&
      !boundaryAfter(text, tokens, modifier - 1)
    )
      modifier--;
    if (modifier < match.first - 1 && (DETERMINERS.has(readAt(tokens, modifier, 'tokens').norm) || POSSESSIVES.has(readAt(tokens, modifier, 'tokens').norm))) return true;
    // `the success of other similar projects that have used …`: words that only sort a noun (`other`, `similar`), after a
    // preposition or a determiner, make the -s form that noun.
    let sorter = match.first - 1;
    while (sorter > 0 && match.first - sorter <= 3 && SORTING_ADJECTIVES.has(readAt(tokens, sorter, 'tokens').norm)) sorter--;
    const opener = readAt(tokens, sorter, 'tokens').norm;
    if (sorter < match.first - 1 && (DETERMINERS.has(opener) || POSSESSIVES.has(opener) || NOUN_PHRASE_PREPOSITIONS.has(opener))) return true;
    let k = match.first - 1;
    while (k > 0 && match.first - k <= 2 && isCapitalised(readAt(tokens, k, 'tokens')) && !boundaryAfter(text, tokens, k - 1)) k--;
    if (k === match.first - 1 || boundaryAfter(text, tokens, k)) return false;
    // `Dr Fox underlined Tory promises to cut tax`: after a verb in the past that reports no words, capitalised words and an
    // -s form are the verb's object (`He said Labour claims …` opens a clause). With its content after `that` (`denied
    // Conservative claims that …`) the words before still say whose claim it is, and the reader of subjects gives them.
    const before = readAt(tokens, k, 'tokens');
    const objectOfPast = !isCapitalised(before) && /\p{L}{3,}ed$/u.test(before.norm) && !PAST_SPEECH.test(before.norm) && tokens[match.last + 1]?.norm !== 'that';
    return POSSESSIVES.has(before.norm) || objectOfPast;
  };
  // `the Budget plans, to be passed`: a phrase of several words is a cue only when no punctuation breaks it.
  const unbroken = (match: PhraseMatch<ReportingVerb>): boolean => {
    for (let i = match.first; i < match.last; i++) if (boundaryAfter(text, tokens, i)) return false;
    return true;
  };
  // `self-described`, `so-called`: a reporting word joined to the word before it by a hyphen is half of a modifier.
  // `think-tank`, `say-so`: one joined to the word after it is the first half of a noun.
  // (`think tank` written open is the noun too, as the hedges read it.)
  const inCompound = (match: PhraseMatch<ReportingVerb>): boolean =>
    (match.start > 1 && text[match.start - 1] === '-' && HOLDS_LETTER.test(text[match.start - 2] ?? '')) ||
    (text[match.end] === '-' && HOLDS_LETTER.test(text[match.end + 1] ?? '')) ||
    (readAt(tokens, match.last, 'tokens').norm === 'think' && THINK_NOUN_HEADS.has(tokens[match.last + 1]?.norm ?? ''));
  const titleCase = isTitleCase(tokens);
  const found = REPORTING.findAll(tokens);
  const matches = found.filter(
    (match) =>
      unbroken(match) &&
      !inCompound(match) &&
      !inQuotation(match.start) &&
      !(match.entry.category === 'speech' && match.first > 0 && isNoun(match)) &&
      (match.entry.phrase !== 'reports' || reportsIsVerb(text, tokens, match, found)) &&
      (match.entry.phrase !== 'report' || trailingOutletReports(text, tokens, match.first)) &&
      (match.entry.phrase !== 'states' || statesIsVerb(tokens, match.first)) &&
      // `…, they counter, while …`, `Critics counter that …`: the base form is a retort only where its clause ends or its `that`
      // follows; before another word it describes a noun (`counter claims`, `counter offer`).
      (match.entry.phrase !== 'counter' || boundaryAfter(text, tokens, match.last) || tokens[match.last + 1]?.norm === 'that') &&
      !isHopeNoun(text, tokens, match.first) &&
      // `the deal was being considered by regulators`, `without having been considered by MPs`: under review, no view anyone
      // holds; only a judgement after the agent (`considered by experts to be …`) is one.
      !(match.entry.phrase === 'considered by' && !judgementAfterAgent(text, tokens, match.last)) &&
      !brandedDescribes(text, tokens, match.first) &&
      !notYetSaid(tokens, match.first) &&
      !isIdiomOfSpeech(tokens, match.first) &&
      !(WISHING.has(match.entry.phrase) && tokens[match.last + 1]?.norm === 'to') &&
      !(WITH_CLAUSE_PARTICIPLES.has(match.entry.phrase) && !inWithClause(text, tokens, match.first)) &&
      // `Developers are expecting to get prototypes soon`: a plan described, where `is expecting a rise` is a forecast.
      !(readAt(tokens, match.last, 'tokens').norm === 'expecting' && tokens[match.last + 1]?.norm === 'to') &&
      !proposedToSomeone(tokens, match) &&
      !(READING.has(match.entry.phrase) && !readOutByText(tokens, match.first)) &&
      // `with polls showing …`, `figures showing that …`: `showing` reports a finding only right after a document's or a poll's
      // noun (`to avoid showing`, `who were showing more willingness` show nothing anyone found).
      !(match.entry.phrase === 'showing' && !documentRightBefore(text, tokens, showingNoun(text, tokens, match.first))) &&
      // `figures collected by the ONS`: who gathered figures stands behind them; `records and posters collected by a fan` are things.
      !(match.entry.phrase === 'collected by' && !GATHERED_FIGURES.has(tokens[match.first - 1]?.norm ?? '')) &&
      !describesThingSaid(text, tokens, match) &&
      // `three Grand Slams`, `the Daily Mail Says campaign`: in sentence-case copy a capitalised word after another inside the
      // sentence is part of a name, not a verb (`Clinton Says Russians Hacked DNC`, a line in title case, keeps its verbs).
      !(
        !titleCase &&
        match.first > 0 &&
        isCapitalised(readAt(tokens, match.first, 'tokens')) &&
        isCapitalised(readAt(tokens, match.first - 1, 'tokens')) &&
        !boundaryAfter(text, tokens, match.first - 1)
      ) &&
      // `Mr Brown also dismissed the figures insisting …`: a dismissal of an act is no verb of speech, and no bound of the
      // subject a later participle looks back for.
      !(DISMISSING.test(match.entry.phrase) && isNotSpeech(text, tokens, match.last)),
  );
  const cueAt = new Uint8Array(tokens.length);
  for (const match of matches) for (let i = match.first; i <= match.last; i++) cueAt[i] = 1;
  // `according to unconfirmed reports from Yonhap`: a phrase cut short by another relay is not the source.
  const relayStarts = new Set<number>();
  for (const match of matches) if (match.entry.category === 'relay') relayStarts.add(match.first);
  const attributions: Attribution[] = [];
  const titles: [string, SourceLink][] = [];
  const mentions = findMentions(text, tokens, memory, inQuotation);
  const context: Context = { text, tokens, memory, titles, mentions, found: attributions };
  let relay: { first: number; sourceLast: number } | undefined;
  const deniedSayings = new Set<number>();
  for (const match of matches) {
    const category = match.entry.category;
    if (match.entry.phrase === 'report that' && !reportIsVerb(tokens, match.first)) continue;
    const cue = { start: match.start, end: match.end };
    // `Reuters was told by a senior official that …`, `He was later told by officials …`: a passive `told` names its teller after
    // `by`, who stands behind what was told; its subject is only the one spoken to.
    const toldBy = verbOf(tokens, match) === 'told' && tokens[match.last + 1]?.norm === 'by' && (category === 'hearing' || isPassive(text, tokens, match.first));
    if (category === 'hearing' && !toldBy) {
      const phrase = phraseBefore(text, tokens, match.first, cueAt);
      if (!phrase) continue;
      const body = text.slice(readAt(tokens, phrase[0], 'tokens').start, readAt(tokens, phrase[1], 'tokens').end);
      if (isHearingBody(tokens, phrase))
        attributions.push({ category, phrase: match.entry.phrase, cue, source: spanOf(tokens, phrase), links: [{ name: `what ${body} heard`, kind: 'named', person: false, role: 'document' }] });
      // `…, the BBC News website was told`, `BBC News has been told`: an outlet told it by someone it does not name, whose
      // words these are; the outlet only heard them (as `told BBC News` makes it the one spoken to).
      else if (classifySource(context, phrase[0], phrase[1])?.some((link) => link.kind === 'media'))
        attributions.push({ category, phrase: match.entry.phrase, cue, source: spanOf(tokens, phrase), links: [tellerOf(body)] });
      continue;
    }
    let phrase: [number, number] | undefined;
    let passiveAgent = false;
    // `with latest figures showing that …`: the document's or the poll's phrase right before it is the source. (`Mr Reed said
    // …, with figures showing a rise`: figures inside what a source already found says are part of it.)
    if (match.entry.phrase === 'showing') {
      if (attributions.length > 0) continue;
      phrase = documentPhraseEndingAt(text, tokens, showingNoun(text, tokens, match.first) - 1);
    } else if (
      // (`argued: "By some way, …"`: a `by` that opens a quotation after a colon is the quotation's own word, not an agent.)
      (category === 'speech' || toldBy) &&
      tokens[match.last + 1]?.norm === 'by' &&
      !boundaryAfter(text, tokens, match.last) &&
      (readAt(tokens, match.last, 'tokens').norm.endsWith('ed') || UNMARKED_PARTICIPLES.has(readAt(tokens, match.last, 'tokens').norm) || toldBy) &&
      !CONTEST_VERBS.has(readAt(tokens, match.last, 'tokens').norm) &&
      // `ruled by an eight to one majority`: how a court ruled, no agent of a passive; `was underlined by a comment` is
      // stressed by a thing, no one's words.
      !NO_PASSIVE_AGENT.has(readAt(tokens, match.last, 'tokens').norm)
    ) {
      // `a compound attacked by gunmen`: a passive attack is words only as a judgement (`attacked by the Tories as too little`).
      if (verbOf(tokens, match).startsWith('attack') && !objectIsSaid(text, tokens, match.last + 2)) continue;
      // `saying Mr Jackson would be warmly welcomed by Labour MPs`, `may not be welcomed by its workers`: a reaction foretold;
      // those said to be going to react have said nothing.
      if (passiveForetold(tokens, match.first)) continue;
      // `after being charged by the agency`, `kept charged by the engine`: a charge brought (as `was charged with fraud`) or a
      // battery charged is an act, no words of the agent's.
      if (verbOf(tokens, match) === 'charged') continue;
      // `The strike, called by the union, was …`: an event called is held, not said.
      if (verbOf(tokens, match) === 'called' && match.first > 0 && CALLED_EVENTS.has(readAt(tokens, match.first - 1, 'tokens').norm)) continue;
      // `the chancellor said the cuts proposed by Oliver Letwin were …`: a participle right after a noun, inside what a source
      // already found says, describes the thing that source speaks of; its agent is no second source of the sentence.
      // (`according to figures revealed by the Electoral Commission` names the figures' author: not after a relay.)
      const saidBefore = attributions.some((found) => found.category === 'speech' && found.cue.end <= match.start);
      // (`the company reported a margin of 45.6%, less than the 47.3% forecast by analysts`: a figure before it too.)
      if (
        saidBefore &&
        match.first > 0 &&
        !isPassive(text, tokens, match.first) &&
        /^(?:\p{Ll}+|\d\S*)$/u.test(readAt(tokens, match.first - 1, 'tokens').raw) &&
        !boundaryAfter(text, tokens, match.first - 1)
      )
        continue;
      // `a practice criticized by civil rights advocates`: a passive participle's source follows `by`.
      phrase = withNameAfterRole(text, tokens, phraseAfter(text, tokens, match.last + 2, cueAt));
      if (phrase && JUDGED_FOR.has(verbOf(tokens, match))) phrase = beforeReasonForJudgement(tokens, phrase);
      // `Rato was asked by G7 ministers to carry out a study`, `asked by reporters whether`: a request or a question put to
      // someone is no claim of those who put it.
      // (`was told by his doctor to rest`: an order, as a request is; `will be told by the board what they expect of you`: what is
      // told is named, not given.)
      if (phrase) {
        const afterAgent = tokens[phrase[1] + 1]?.norm ?? '';
        if ((verbOf(tokens, match) === 'asked' || toldBy) && (REQUEST_OPENERS.has(afterAgent) || (toldBy && EMBEDDING.has(afterAgent)))) continue;
        // `its forecast by "approximately 2.5%"`: `by` and a figure is how much, no agent.
        if (/^\d/u.test(tokens[APPROXIMATORS.has(readAt(tokens, phrase[0], 'tokens').norm) ? phrase[0] + 1 : phrase[0]]?.raw ?? '')) continue;
      }
      passiveAgent = true;
    } else if (category === 'speech' || category === 'finding') {
      if (isPassive(text, tokens, match.first) || isNotSpeech(text, tokens, match.last)) continue;
      // `The board approved plans to close two plants`: the noun `plans` states no one's intention.
      if (PLANNING.has(readAt(tokens, match.first, 'tokens').norm) && plansIsNoun(tokens, match.first, text)) continue;
      // `Profits beat analyst forecasts`: a forecast an outcome is measured against is a yardstick, no one's words here.
      if (FORECASTING.has(readAt(tokens, match.first, 'tokens').norm) && comparedWithForecasts(tokens, match.first)) continue;
      if (match.entry.phrase === 'expected' && !expectedByPeople(tokens, match.first)) continue;
      // `more than the £100m analysts had expected`: an expectation an outcome is measured against is a yardstick, as a forecast is.
      if ((match.entry.phrase === 'expected' || match.entry.phrase === 'had expected') && comparedWithForecasts(tokens, match.first)) continue;
      // `topped the 3.5% rate that economists had forecast`: the forecasters of a yardstick say nothing the sentence states.
      if (forecastNamesAYardstick(tokens, match.last)) continue;
      if (JUDGED_AS.has(match.entry.phrase) && !judgedAs(text, tokens, match)) continue;
      // `was speaking amid claims that …`, `despite warnings that …`: an -s form right after a preposition is a noun, the claims
      // of others the sentence does not name, never its subject's.
      if (
        (match.first === match.last || (match.last === match.first + 1 && readAt(tokens, match.last, 'tokens').norm === 'that')) &&
        match.first > 0 &&
        NOUN_PREPOSITIONS.has(readAt(tokens, match.first - 1, 'tokens').norm) &&
        !boundaryAfter(text, tokens, match.first - 1) &&
        /[^s]s$/u.test(readAt(tokens, match.first, 'tokens').norm)
      )
        continue;
      // `have any hope of buying a home`, `no fear of a change`, `little hope of`: a base form after a quantifier or a
      // determiner is the noun, a state the sentence reports, never its subject's words.
      if (match.first === match.last && BASE_FORM_STANCES.has(readAt(tokens, match.first, 'tokens').norm) && stanceNounAt(tokens, match.first)) continue;
      phrase = category === 'speech' ? closingNameWithoutComma(text, tokens, match.first, match.last) : undefined;
      if (category === 'speech') phrase ??= nameAfterFrame(text, tokens, match.first);
      phrase ??= phraseBefore(text, tokens, match.first, cueAt);
      if (category === 'speech') phrase = sourceAfterFrom(text, tokens, match.first, phrase) ?? phrase;
      if (phrase && CONJUNCTIONS.has(readAt(tokens, phrase[1], 'tokens').norm)) phrase = undefined;
      if (!phrase && category === 'speech') phrase = closingNameAfterLowerWord(text, tokens, match.first, match.last);
      // `Neither Mr Howard nor Mr Letwin would say how …`, `Nobody would say`: a subject that denies anyone said it makes no claim.
      if (phrase && NO_ONE.has(readAt(tokens, phrase[0], 'tokens').norm)) continue;
      // `George Galloway who won £150,000 in libel damages from the Daily Telegraph said`: a relative clause with no comma to
      // close it ends in a noun that is no subject; the person `who` hangs from speaks.
      if (phrase && category === 'speech' && whoBefore(text, tokens, phrase[0], match.first)) phrase = restrictedSubject(text, tokens, match.first, cueAt) ?? phrase;
      if (phrase) phrase = nameBeforeRoleAside(text, tokens, phrase) ?? phrase;
      if (phrase) phrase = subjectBeforeExamples(text, tokens, phrase) ?? phrase;
      // `Mr Sullivan also rejects a suggestion that he had once told a colleague that …`: a saying inside a claim someone denies
      // is what the claim alleges, no source of the sentence (a quotation after it is still the alleged speaker's).
      if (phrase && insideDeniedClaim(text, tokens, phrase[0])) deniedSayings.add(match.start);
      if (phrase) phrase = coordinatedGroup(text, tokens, phrase);
      // `A court document filed Thursday says`, `The report published yesterday said`: the participle describes the source.
      if (phrase && NOUNS.has(readAt(tokens, beforeParticiple(tokens, phrase), 'tokens').norm)) phrase = [phrase[0], beforeParticiple(tokens, phrase)];
      if (phrase) phrase = nameBeforeRole(text, tokens, phrase) ?? phrase;
      if (phrase) phrase = shareOfRespondents(text, tokens, phrase) ?? phrase;
      // `…, the National Association of Automobile Manufacturers of South Africa (NAAMSA) said`: a short form in brackets right
      // before the verb closes the name before it, which is the subject.
      if (!phrase && shortFormBefore(text, tokens, match.first)) phrase = nameBeforeShortForm(text, tokens, match.first - 2) ?? phraseBefore(text, tokens, match.first - 1, cueAt, true);
      // `Mark Serwotka, from the Public and Commercial Services union said`: words that open with a preposition after a comma are
      // an apposition whose closing comma is missing; the name before it speaks.
      if (
        phrase &&
        phrase[0] > 0 &&
        PREPOSITIONS.has(readAt(tokens, phrase[0], 'tokens').norm) &&
        /^\s*,\s*$/u.test(text.slice(readAt(tokens, phrase[0] - 1, 'tokens').end, readAt(tokens, phrase[0], 'tokens').start))
      ) {
        const name = nameEndingAt(tokens, phrase[0] - 1, text);
        phrase = name && !PREPOSITIONS.has(readAt(tokens, name[0], 'tokens').norm) && !TIME_LEADS.has(readAt(tokens, name[0], 'tokens').norm) ? name : undefined;
      }
      // `Earlier Mr Kennedy, whose party opposes the plan as "deeply flawed" said …`: a relative clause on the subject whose
      // closing comma is missing; the name before its opening comma speaks.
      if (!phrase && category === 'speech') phrase = nameBeforeUnclosedRelative(text, tokens, match.first);
      // `The barrister who had represented Mr Martin had said`: words from `who` to the verb are the relative clause's own
      // predicate, and a name in them its object; the speaker is the noun phrase the clause hangs from.
      if (phrase && isRelativePredicate(tokens, phrase[0])) phrase = restrictedSubject(text, tokens, match.first, cueAt, RESTRICTIVE_WHICH);
      // `Friends of Mr Clinton's who have seen him on the trail say`: a relative clause that no subject reader could cross.
      else if (!phrase && category === 'speech' && match.first > 0 && !boundaryAfter(text, tokens, match.first - 1)) {
        const restricted = restrictedSubject(text, tokens, match.first, cueAt);
        if (restricted && (restricted[0] === 0 || followsOpeningLead(tokens, restricted[0]))) phrase = restricted;
      }
      // `a theory which the chancellor himself once quoted - but …`: a verb that ends a clause about its own object quotes no claim.
      if (
        phrase &&
        QUOTING.test(verbOf(tokens, match)) &&
        phrase[0] > 0 &&
        readAt(tokens, phrase[0] - 1, 'tokens').norm === 'which' &&
        !boundaryAfter(text, tokens, phrase[0] - 1) &&
        boundaryAfter(text, tokens, match.last)
      )
        continue;
      // `uncosted promises`, `empty claims`: a third-person -s form after a word that names no one is a noun.
      // `Facing questions from MPs, …`: after a participle that opens the sentence an -s form is its object, a noun; `Cost
      // estimates, he added, were …`: an -s form right before an inserted `he added`, after one capitalised word that opens
      // the sentence, ends a noun phrase (`Kaine says, however, that …` is a verb going on to what was said).
      const openingParticiple =
        phrase !== undefined &&
        phrase[0] === 0 &&
        phrase[1] === 0 &&
        (PARTICIPLE_ENDING.test(readAt(tokens, 0, 'tokens').norm) || (match.last + 1 < tokens.length && commaAfter(text, tokens, match.last) && cueInAside(text, tokens, match.last + 1, cueAt)));
      // (`The champion says …`, `A fan says …`, `The 27-year-old believes …`: an -s form that is never a noun, ONLY_VERBS, is the
      // verb after a noun phrase that opens with a determiner or a name, whatever its head; not in an idiom of a thing, `The name
      // says it all`.)
      const onlyVerb =
        phrase !== undefined &&
        !openingParticiple &&
        ONLY_VERBS.has(readAt(tokens, match.first, 'tokens').norm) &&
        opensNounPhrase(readAt(tokens, phrase[0], 'tokens')) &&
        !SAID_OF_ITSELF.has(`${tokens[match.last + 1]?.norm ?? ''} ${tokens[match.last + 2]?.norm ?? ''}`);
      if (
        phrase &&
        /[^s]s$/.test(readAt(tokens, match.first, 'tokens').norm) &&
        !onlyVerb &&
        ((!namesSubject(readAt(tokens, phrase[1], 'tokens')) &&
          // `The number of Americans filing initial jobless claims`, `to recover government tax claims`: after a participle or
          // `to` in the phrase, a lower-case word right before the -s form that names no one makes it that verb's object, a
          // noun, whoever heads the phrase (`A leading expert on the Cuban economy says` has no verb in it).
          (!namesPeople(readAt(tokens, headOf(tokens, phrase), 'tokens')) || objectOfInnerVerb(tokens, phrase, match.first)) &&
          !reportsOnTopic(tokens, phrase) &&
          !namesSubject(readAt(tokens, beforeParticiple(tokens, phrase), 'tokens'))) ||
          openingParticiple)
      )
        phrase = undefined;
      // `The five unions meeting Mr Prescott want`, `Analysts covering Tesco said`: a participle after the subject's head opens
      // a phrase whose object is no speaker (an -s form after it was read as a noun above); the noun phrase it hangs from is the subject.
      // (Only a subject that opens its clause: `… at 8.45pm meaning guests entering the ceremony knew` has none.)
      const participle = phrase && beginsClause(text, tokens, phrase[0]) ? participleAfterHead(text, tokens, phrase) : undefined;
      if (phrase && participle !== undefined) phrase = [phrase[0], participle - 1];
      if (!phrase && relay && relay.sourceLast === match.first - 1) {
        // `South Korean media, citing the NIS, reported`: the subject stands before the relay.
        phrase = phraseBefore(text, tokens, relay.first, cueAt, true);
      }
      const verbWord = readAt(tokens, match.first, 'tokens').norm;
      // `Mr Houston was quoted in the Herald saying`, `Dixon was quoted by The Australian as saying`: the one quoted says the
      // words, not the outlet the reader stopped at; an outlet they were quoted in relays them, as one they were quoted by does.
      const quoted = verbWord === 'saying' ? quotedAsSaying(text, tokens, match.first, cueAt) : undefined;
      if (quoted) {
        phrase = quoted.speaker;
        const { outlet, quotedIn } = quoted;
        const outletLinks = outlet ? classifySource(context, outlet[0], outlet[1]) : undefined;
        if (outlet && quotedIn && outletLinks?.every((link) => link.kind === 'media') && !attributions.some((found) => found.category === 'relay'))
          attributions.push({ category: 'relay', phrase: 'quoted in', cue: spanOf(tokens, quotedIn), source: spanOf(tokens, outlet), links: outletLinks });
      }
      // `Mr Kilroy-Silk was heard saying`: who was heard, recorded or caught saying something said it.
      if (!phrase && verbWord === 'saying' && match.first > 1 && OVERHEARD.has(readAt(tokens, match.first - 1, 'tokens').norm) && PASSIVE.has(readAt(tokens, match.first - 2, 'tokens').norm))
        phrase = phraseBefore(text, tokens, match.first - 2, cueAt);
      // `Mr Hockney also left UKIP saying`, `Mr Clarke has rejected that idea saying`: a participle with no comma before it, after
      // a clause (a name, its verb and the verb's object), has that clause's subject, not the object's last word.
      // `Forsyth will be saying` is progressive: the words before `be` are already its subject.
      // `in the wake of the reports claiming`: a participle right after a thing that carries words, inside a preposition's
      // phrase, is that thing's, from the last preposition before it (`the reports`, not `the wake of the reports`). A thing
      // the subject put out (`released a statement confirming`) stays the subject's.
      const carrier =
        phrase && PARTICIPLE_ENDING.test(verbWord) && SAYING_THINGS.has(readAt(tokens, match.first - 1, 'tokens').norm) ? carrierAfterPreposition(tokens, phrase, match.first - 1) : undefined;
      if (carrier) phrase = carrier;
      // `Trump's campaign released a statement saying …`, `His office put out a statement saying …`: a thing right after the verb
      // that issued it is the issuer's words, as `Tesco released a statement saying` is, wherever the subject reader stopped.
      const issuer = phrase && !carrier && PARTICIPLE_ENDING.test(verbWord) ? issuerOf(text, tokens, phrase, cueAt) : undefined;
      if (issuer) phrase = issuer;
      if (phrase && !carrier && attributions.length === 0 && PARTICIPLE_ENDING.test(verbWord) && !PASSIVE.has(readAt(tokens, match.first - 1, 'tokens').norm)) {
        const verbAt = verbAfterName(text, tokens, phrase);
        // `the employers issued a statement saying`: a verb with its object after a noun of people or bodies, as after a name.
        const verbAfterNoun = verbAt === undefined ? verbAfterSourceNoun(tokens, phrase) : undefined;
        // `Chris Carr, the party's director, released a statement confirming`: words that open with a verb are the clause's
        // predicate, never its subject, which stands before it (across an apposition if need be).
        const predicate = isVerbLike(readAt(tokens, phrase[0], 'tokens'));
        const subject = predicate
          ? sentenceSubject(text, tokens, match.first, cueAt, true)
          : verbAt !== undefined
            ? nameEndingAt(tokens, verbAt - 1)
            : verbAfterNoun !== undefined
              ? nounPhraseEndingAt(tokens, verbAfterNoun - 1)
              : classifySource(context, phrase[0], phrase[1])
                ? undefined
                : sentenceSubject(text, tokens, match.first, cueAt);
        // The subject must stand right before its verb (`Mr Clarke has rejected`), not be a word that opens a longer phrase (`Animal welfare groups`).
        // `Mr Dale and Mr Ross issued a statement saying`: a subject of two, the second with its own title or article, is read
        // from the second on, so that the reader of joined subjects below gives both.
        if (subject && subject[1] < match.first - 1 && (predicate || isVerbLike(readAt(tokens, subject[1] + 1, 'tokens')))) phrase = secondConjunct(tokens, subject);
        else if (predicate) phrase = undefined;
      }
      // `In a live television broadcast announcing the measure, the aide said`: a participle describing the object of a preposition
      // that opens the sentence announces nothing of its own; the main clause says who spoke.
      if (phrase && PARTICIPLE_ENDING.test(verbWord) && phrase[0] === 1 && PREPOSITIONS.has(readAt(tokens, 0, 'tokens').norm)) continue;
      // `He insisted there was no plan for an invasion saying: "…"`: after another verb of speech, words before a participle that
      // hold a verb are that speaker's clause, not a subject; the participle is the first speaker's.
      if (
        phrase &&
        attributions.length > 0 &&
        PARTICIPLE_ENDING.test(verbWord) &&
        !boundaryAfter(text, tokens, match.first - 1) &&
        tokens.slice(phrase[0], phrase[1] + 1).some((token) => FORMS_OF_BE.includes(token.norm) || token.norm === 'there')
      )
        phrase = undefined;
      if (!phrase && PARTICIPLE_ENDING.test(readAt(tokens, match.first, 'tokens').norm)) {
        // `..., stating, '...'`: the participle's subject is the clause's, already found or first in the sentence.
        const previous = attributions[attributions.length - 1];
        if (previous) {
          attributions.push({ category, phrase: match.entry.phrase, cue, source: previous.source, links: previous.links });
          continue;
        }
        phrase = sentenceSubject(text, tokens, match.first, cueAt, true);
      }
      // `The Washington Post which argued`, `Rikkie Wells who tweeted`, `Mr Reed, who said`: the relative pronoun's antecedent; behind a comma
      // only a name, and only before a verb that is plainly speech (`Tube Lines, which maintains the track` is upkeep).
      // `General Motors Acceptance Corp (GMAC), which has said`: an auxiliary may stand between the relative word and its verb;
      // `a British Medical Journal article that claimed`: `that` is a relative word after a noun of a source.
      // Only for a sentence's first attribution: inside what someone said (`ignored research that highlighted problems`), a
      // relative clause's verb is part of their claim.
      // (`"…," John Houlihan, editor of Gamesite.com told BBC News.`: the apposition is no subject; see nameBeforeUnclosedApposition.)
      const unclosed = category === 'speech' ? nameBeforeUnclosedApposition(text, tokens, match.first) : undefined;
      if (unclosed) phrase = unclosed;
      const found = relativeBefore(tokens, match.first);
      const relative = attributions.length === 0 || (found === match.first - 1 && tokens[found]?.norm !== 'that') ? found : -1;
      if (
        !phrase &&
        relative > 0 &&
        !boundaryAfter(text, tokens, relative - 1) &&
        !(DESCRIBING_STATES.has(readAt(tokens, match.first, 'tokens').norm) && tokens[match.last + 1]?.norm === 'to' && !isCapitalised(readAt(tokens, relative - 1, 'tokens')))
      ) {
        phrase = readAt(tokens, relative, 'tokens').norm === 'that' ? nounPhraseEndingAt(tokens, relative - 1) : phraseBefore(text, tokens, relative, cueAt, true);
      } else if (
        !phrase &&
        relative > 0 &&
        readAt(tokens, relative, 'tokens').norm !== 'that' &&
        commaAfter(text, tokens, relative - 1) &&
        // `Gordon Humphrey, who told Politico he …`: after a name and `who`, `told` is plainly speech too, though it never stands inverted.
        (INVERTIBLE.has(readAt(tokens, match.first, 'tokens').norm) || TOLD.has(readAt(tokens, match.first, 'tokens').norm)) &&
        readAt(tokens, match.first, 'tokens').norm !== 'continued'
      ) {
        phrase = nameEndingAt(tokens, relative - 1, text);
      }
      // `said he will release his records.` after `… Sen. Marco Rubio (R-Fla.)`: a sentence that opens with its verb (or with an
      // apposition and then the verb) continues the sentence before, whose closing name is the subject.
      if (!phrase && category === 'speech' && memory.previousTail && opensWithVerb(text, tokens, match.first)) {
        attributions.push({ category, phrase: match.entry.phrase, cue, source: cue, links: memory.previousTail });
        continue;
      }
      // `Security, stability and prosperity would be the themes, said Mr Straw`: a name that follows the verb and ends the
      // sentence is the speaker, whatever capitalised word opens the content.
      if (!phrase && category === 'speech' && INVERTIBLE.has(readAt(tokens, match.first, 'tokens').norm) && match.first > 0 && commaAfter(text, tokens, match.first - 1)) {
        const after = phraseAfter(text, tokens, match.last + 1, cueAt);
        if (after && after[1] === tokens.length - 1 && isProperName(tokens, after[0], after[1]) && !NOT_NAMES.has(readAt(tokens, after[0], 'tokens').norm)) phrase = after;
      }
      // `Dean Johnson, a salesman from Sumter, says` and `Reid voted and says`: the clause's subject.
      // `the FAO report on the "State of Agricultural Commodity Markets 2004" said`: a quoted title after its subject's noun.
      if (!phrase && category === 'speech') {
        const titleAt = quotedTitleBefore(text, tokens, match.first);
        if (titleAt !== undefined) phrase = phraseBefore(text, tokens, titleAt, cueAt);
      }
      // `The shares fell, leading some commentators to argue that …`: who was led to say it says it.
      phrase ??= ledToSay(text, tokens, match.first);
      // `He described the ban as "ridiculous" but said …`, `UK advertising giant WPP has posted … and predicted`: a verb
      // coordinated with the sentence's own verb of speech has that verb's speaker, not one remembered from before nor a word
      // the clause opens with.
      const coordinatedWith = !phrase && category === 'speech' && isCoordinated(text, tokens, match.first) ? attributions.at(-1) : undefined;
      if (coordinatedWith && coordinatedWith.category !== 'stated' && coordinatedWith.cue.end <= match.start) {
        attributions.push({ category, phrase: match.entry.phrase, cue, source: coordinatedWith.source, links: coordinatedWith.links });
        continue;
      }
      // Read once here and kept for the fallback below (null: not read), since the fallback takes the same phrase unclassified.
      let inverted: [number, number] | undefined | null = null;
      // `The share of surfers using Internet Explorer (IE) has dropped, say web analysts.`, `By 2025, 40% … will be offline, says a
      // study.`: a verb of speech after a comma with a source after it that closes the sentence stands inverted, and the words
      // before the comma are its content, whatever names or asides they hold; they are no subject with its apposition.
      if (
        !phrase &&
        category === 'speech' &&
        match.first > 0 &&
        commaAfter(text, tokens, match.first - 1) &&
        !boundaryAfter(text, tokens, match.last) &&
        clauseBeforeComma(text, tokens, match.first - 1)
      ) {
        inverted = invertedSource(text, tokens, match, cueAt);
        if (inverted && classifySource(context, inverted[0], inverted[1])) phrase = inverted;
      }
      phrase ??= clauseSubject(text, tokens, match.first, cueAt, context);
      // `Locally, too, say analysts, …`: an adverb opening the sentence before a comma is no subject, however capitalised.
      if (phrase && openingAdverb(text, tokens, phrase)) phrase = undefined;
      // `The campaign launched an ad in California and announced it would...`, `Clinton ... did not mention him, but told`:
      // a verb of speech coordinated with the sentence's first verb, however long that clause, has the sentence's subject.
      if (!phrase && category === 'speech' && attributions.length === 0 && isCoordinated(text, tokens, match.first))
        phrase = sentenceSubject(text, tokens, match.first, cueAt) ?? openingNounPhrase(text, tokens, match.first);
      if (!phrase && category === 'speech') phrase = inverted === null ? invertedSource(text, tokens, match, cueAt) : inverted;
      if (!phrase && category === 'speech') phrase = nameBeforeStrayComma(text, tokens, match, cueAt);
      // `He preferred to state that …`, `Mr Hale was quick to point out`: a verb of choosing before `to` has the speaker for its subject.
      // (`He was keen to know if …` asks; only words said after such a verb are the subject's.)
      if (
        !phrase &&
        category === 'speech' &&
        match.first > 1 &&
        SPEECH_AFTER_TO.has(readAt(tokens, match.first, 'tokens').norm) &&
        readAt(tokens, match.first - 1, 'tokens').norm === 'to' &&
        CHOOSING_TO.has(readAt(tokens, match.first - 2, 'tokens').norm)
      )
        phrase = phraseBefore(text, tokens, match.first - 2, cueAt);
    } else {
      // `his reaction to a report by a government watchdog`: a report someone reacted to is not the sentence's source.
      // `according to a report by UK think-tank Demos`: the `to` of `according to` relays the report, it reacts to nothing.
      if (
        category === 'relay' &&
        match.first > 1 &&
        DETERMINERS.has(readAt(tokens, match.first - 1, 'tokens').norm) &&
        REACTED_TO.has(readAt(tokens, match.first - 2, 'tokens').norm) &&
        !cueAt[match.first - 2]
      )
        continue;
      // `set up a panel to look into claims by Mr Vale`: claims looked into are the inquiry's object, not the sentence's source.
      if (category === 'relay' && ALLEGING_NOUNS.has(readAt(tokens, match.first, 'tokens').norm) && inquiredInto(tokens, match.first)) continue;
      // `brokers were rewarded according to how much business they brought`: `according to` before a question word says in what
      // measure, not who says so.
      if (match.entry.phrase === 'according to' && MEASURE_QUESTION_WORDS.has(tokens[match.last + 1]?.norm ?? '')) continue;
      // `to cut asylum claims by stopping people from boarding`: `by` before a gerund gives the means, not who claims.
      if (category === 'relay' && match.entry.phrase.endsWith(' by') && GERUND.test(tokens[match.last + 1]?.raw ?? '')) continue;
      // `The letter, seen by parents, says`: who saw a document is not its source; only `X was seen by many as Y` is a judgement.
      if (category === 'agent' && SEEING.test(match.entry.phrase) && !isPassive(text, tokens, match.first)) continue;
      // (`are presented by Moscow as necessary measures`: a framing with `as` is the framer's, whatever is framed.)
      if (category === 'agent' && DOCUMENT_MAKING.has(match.entry.phrase) && !documentBefore(tokens, match.first) && !(FRAMING.has(match.entry.phrase) && framedAs(text, tokens, match.last))) continue;
      // `The report is published by the unit`, `The book, published by Penguin, sold well`: a document's publishing told as an
      // act or set aside; its publisher stands behind what it says only where the document is cited (`figures released by the
      // Treasury show`, `according to figures released by`).
      if (
        PUBLISHING.has(match.entry.phrase) &&
        (isPassive(text, tokens, match.first) || /,\s*$/u.test(text.slice(readAt(tokens, match.first - 1, 'tokens').end, readAt(tokens, match.first, 'tokens').start)))
      )
        continue;
      // `The package was announced by the minister after talks`, `The awards were announced by Jo Blair`: an announcement made is
      // an act the sentence reports; its maker stands behind what was announced only when the sentence gives it (`It was
      // announced by the firm that 300 jobs would go`, `Pay is to rise as part of proposals announced by the minister`).
      if (match.entry.phrase === 'announced by' && isPassive(text, tokens, match.first) && !announcedContent(tokens, match.last)) continue;
      // `were made in a book`: words said or written are made in a document; what else is made in a place is goods.
      if (IN_A_DOCUMENT.test(match.entry.phrase) && !namesDocumentSoon(tokens, match.last + 1)) continue;
      phrase = withNameAfterRole(text, tokens, phraseAfter(text, tokens, match.last + 1, cueAt));
      // `Speaking to the BBC News website Mr Hale said`: the one spoken to ends before the speaker's titled name.
      if (phrase && category === 'interview' && cueAt[phrase[1] + 1]) {
        const title = titledNameEndingAt(text, tokens, phrase[1]);
        if (title !== undefined && title > phrase[0]) phrase = [phrase[0], title - 1];
      }
      // `The cases cited involved the use of both drugs`: a participle on the noun before it, followed by the sentence's verb and
      // its object, cites no one.
      if (phrase && verbBeforeItsObject(tokens, phrase[0])) continue;
      if (phrase && handledDocument(text, tokens, match, phrase, cueAt)) continue;
      // `figures from Chicago triggered the dollar's fall`, `data from the Fed showing a drop`: a maker's name read on into the
      // document's own verb ends before it, and a document that is the subject of an act has no maker speaking.
      if (phrase && category === 'relay' && NOUNS.get(readAt(tokens, match.first, 'tokens').norm) === 'document') {
        const verb = documentVerbIn(tokens, phrase);
        if (verb?.act) continue;
        if (verb) phrase = [phrase[0], verb.at - 1];
      }
      // `citing her "long experience"`: a possessive standing alone is the determiner of what is cited, not who is.
      if (phrase && phrase[0] === phrase[1] && POSSESSIVES.has(readAt(tokens, phrase[0], 'tokens').norm)) continue;
      if (phrase) phrase = withAuthor(text, tokens, phrase, cueAt);
    }
    if (!phrase) continue;
    // `The Court of Appeal then decided …`, `the judge decided that …`: a decision is a finding only of a court or a judge.
    if (match.entry.phrase.startsWith('decided') && !tokens.slice(phrase[0], phrase[1] + 1).some((token) => RULING_BODIES.has(token.norm) || token.norm === 'lords')) continue;
    // `But analysts who had warned of a slowdown said`: a noun phrase inside the people's own clause (`a slowdown`) is what they
    // spoke of; the verb after the clause is theirs.
    if (category === 'speech' && phrase[1] < match.first) {
      const restricted = restrictedSubject(text, tokens, match.first, cueAt);
      const spokeOf = restricted && cueAt.subarray(restricted[1] + 2, phrase[0]).some((at) => at !== 0);
      if (restricted && spokeOf && tokens[restricted[1] + 1]?.norm === 'who') phrase = restricted;
    }
    // `In January the independent Institute for Fiscal Studies (IFS) said`: whichever reader found the subject, a time or
    // setting that opens the sentence before it is no part of the source's name.
    phrase = [afterTimeLead(tokens, phrase[0], phrase[1]), phrase[1]];
    // `…, but accepted many experts said`, `while ensuring the voters who`, `reflecting recent figures showing`: whichever reader
    // found it, a phrase that opens with the verb whose object it is names its source after that verb. (Only a phrase that names
    // a source with its verb is cut: `responded by pushing the euro lower` names none, and the euro is none either.)
    if (phrase[0] < phrase[1] && verbBeforeItsObject(tokens, phrase[0]) && classifySource(context, phrase[0], phrase[1])) phrase = [phrase[0] + 1, phrase[1]];
    // `Ms Carter said the majority of people questioned (61%) believed`: a phrase read back over her `said` holds her and her
    // verb; the people are the inner verb's source, and she is the sentence's reporter, read by her own cue.
    // `most of the damages claimed are linked to …`: an -ed cue between a noun that names no source and the clause's own verb is
    // a participle on that noun (`critics claimed were` keeps its source: critics are one).
    if (participleOnThing(context, match, phrase)) continue;
    // `By contrast last year's survey found`, `In addition the firm said`: a fronted linking phrase whose comma is missing is no
    // part of the source.
    phrase = [afterLinkingPhrase(tokens, phrase), phrase[1]];
    const reporterVerb = innerSaid(tokens, phrase, cueAt);
    if (reporterVerb !== undefined) phrase = [reporterVerb + 1, phrase[1]];
    // `the 337,000 new jobs added`, `the 47.3% forecast by analysts`: a reader that stopped inside a figure (`000`, `3%`) found
    // no source; what follows the figure, if anything, is read as one.
    if (figureTail(text, readAt(tokens, phrase[0], 'tokens'))) {
      let first = phrase[0];
      while (first <= phrase[1] && (figureTail(text, readAt(tokens, first, 'tokens')) || /^\d/u.test(readAt(tokens, first, 'tokens').raw))) first++;
      if (first > phrase[1]) continue;
      phrase = [first, phrase[1]];
    }
    // `according to a recent report from analysts IDC`: a phrase cut short by a document's own cue (`report from`) is that
    // document's first words, which that cue reads with its author.
    const after = phrase[1] + 1;
    const documentCue = category === 'relay' ? matches.find((other) => other.first === after && /\s(?:from|by)$/u.test(other.entry.phrase)) : undefined;
    if (documentCue && NOUNS.get(readAt(tokens, documentCue.first, 'tokens').norm) === 'document') continue;
    if (category === 'relay') relay = { first: match.first, sourceLast: phrase[1] };
    // `…, citing rising prices and strong demand`: what is cited with no name and no word for a source is a reason, not who said it.
    const citesReason = match.entry.phrase === 'citing' && !tokens.slice(phrase[0], phrase[1] + 1).some(isCapitalised);
    // `The Fed lifted rates, citing evidence the recovery was more robust`: the reason is the subject's own assessment.
    if (citesReason && attributions.length === 0 && classifySource(context, phrase[0], phrase[1]) === undefined) {
      const subject = sentenceSubject(text, tokens, match.first, cueAt, true);
      const subjectLinks = subject ? classifySource(context, subject[0], subject[1]) : undefined;
      if (subject && subjectLinks) {
        attributions.push({ category: 'speech', phrase: match.entry.phrase, cue, source: spanOf(tokens, subject), links: subjectLinks });
        continue;
      }
    }
    // `the final quarter told us a whole lot more`: a part of a period says nothing, whatever verb it takes.
    if (phrase[1] > phrase[0] && partOfPeriod(tokens, phrase[1])) continue;
    // (Pictures that show something are their maker's, unnamed unless `the` or a possessive points at them: `Photos` opening a
    // sentence is no person's name.)
    let links = picturesShow(tokens, phrase, match)
      ? [{ ...asWritten(context, phrase), kind: opensDefinite(readAt(tokens, phrase[0], 'tokens')) ? ('named' as const) : ('vague' as const) }]
      : (classifySource(context, phrase[0], phrase[1]) ?? (category === 'relay' && !relayStarts.has(phrase[1] + 1) && !citesReason ? [asWritten(context, phrase)] : undefined));
    // `A survey conducted by PC Pro Magazine has revealed …`: an outlet that made a finding owns it as any body owns its survey
    // (`a poll for the Independent on Sunday`, read so by classifySource), relaying no one's words.
    const madeFinding = phrase[0] > 1 && readAt(tokens, phrase[0] - 1, 'tokens').norm === 'by' && outletFindingBefore(tokens, phrase[0] - 1);
    if (madeFinding && links?.length === 1 && links[0]?.kind === 'media') links = [{ ...links[0], kind: 'named' }];
    // `Russia hit Yukos with a tax bill it says the company owes`, `…to cover the debt, which they claim is owed by Yukos`: a
    // pronoun opening a clause on the main clause's object, with no speaker before it in the sentence, is the main clause's
    // subject, who acts and so claims; the object is inside the claim, and no earlier name stands nearer. So is one opening a
    // clause joined to the main one (`The government has ruled out the change, because it says …`, `The company gave no
    // details but it said …`, `Business leaders opposed the plan as they said …`), before a body that spoke sentences ago.
    const pronoun = PERSONAL.get(pronounOf(readAt(tokens, phrase[0], 'tokens').norm));
    if (
      pronoun &&
      !pronoun.person &&
      phrase[0] === phrase[1] &&
      phrase[0] > 1 &&
      attributions.length === 0 &&
      !boundaryAfter(text, tokens, phrase[0] - 1) &&
      (opensObjectClause(readAt(tokens, phrase[0] - 1, 'tokens')) || SUBJECT_KEEPING_JOINERS.has(readAt(tokens, phrase[0] - 1, 'tokens').norm))
    ) {
      const joined = SUBJECT_KEEPING_JOINERS.has(readAt(tokens, phrase[0] - 1, 'tokens').norm);
      const subject = sentenceSubject(text, tokens, phrase[0] - 1, cueAt, true) ?? openingNounPhrase(text, tokens, phrase[0] - 1);
      const subjectLinks = subject && subject[1] < phrase[0] - 2 ? classifySource(context, subject[0], subject[1]) : undefined;
      // (`Britney Spears … after they reported`: a person's name ending in s is no plural. `The company gave no details but it
      // said`, the company left as written: kept as a speaker, it would stand before the firm the article names in the `it
      // expects` of a later sentence.)
      const fitsPronoun = (link: SourceLink): boolean =>
        !link.person && (pronoun.plural ? /[^s']s$/u.test(link.name) : link.role === 'organisation' && !/[^s']s$/u.test(link.name)) && !(joined && unresolvedBusiness(link));
      if (subjectLinks?.length === 1 && subjectLinks.every(fitsPronoun)) links = subjectLinks;
    }
    // `Democrats in Iowa who watched the debate said`, `Labour activists campaigning to block it say`: the words back to `who` or the
    // participle name no one; the noun phrase the clause hangs from does.
    const restricted = !links && category === 'speech' ? restrictedSubject(text, tokens, match.first, cueAt) : undefined;
    if (restricted) {
      phrase = restricted;
      links = classifySource(context, phrase[0], phrase[1]);
    }
    if (!links && category === 'speech' && PLAIN_SPEECH.test(readAt(tokens, match.first, 'tokens').norm)) {
      const described = describedSubject(text, tokens, phrase, match.first);
      if (described) links = [described];
    }
    // `If that is the case it suggests …`: an `it` that no body or document before it can be, before a verb that is not plainly
    // speech, is the situation the writer reasons about, not a speaker left unnamed (`It said profits rose` keeps its speaker).
    const unresolvedIt = links?.length === 1 && links[0]?.role === 'unresolved' && pronounOf(readAt(tokens, phrase[0], 'tokens').norm) === 'it';
    if (unresolvedIt && !PLAIN_SPEECH.test(readAt(tokens, match.first, 'tokens').norm) && readAt(tokens, match.first, 'tokens').norm !== 'say') continue;
    if (!links) continue;
    // `BBC Scotland has learned …`: the outlet only heard it, from someone it does not name.
    if (LEARNED_BY_OUTLETS.has(match.entry.phrase) && links.length === 1 && links[0]?.kind === 'media')
      links = [tellerOf(text.slice(readAt(tokens, phrase[0], 'tokens').start, readAt(tokens, phrase[1], 'tokens').end))];
    // `I think …`, `we know …`: the writer's own belief is the article's assertion; only what the writer said, told, asked or
    // wrote to someone (`"Okay," I said`, `We asked our followers which …`) stands behind other words.
    // `If I had said that, …`: words the writer supposes were never said. `Mr Blair said: "I've dealt with this. I said then …`:
    // an `I` after a quotation opened earlier in the paragraph and not closed is the quoted speaker's.
    if (
      links.some((link) => link.role === 'writer') &&
      (!WRITER_SPEECH.test(verbOf(tokens, match)) || tokens[phrase[0] - 1]?.norm === 'if' || quotationOpenBefore(text, readAt(tokens, phrase[0], 'tokens').start))
    )
      continue;
    holdRoleForNextSentence(tokens, phrase, links, memory);
    if (category === 'interview' && readAt(links, 0, 'links').kind !== 'media') continue;
    // (`A survey by the CBI shows`: the author of a survey or document the words follow reports its finding.)
    const authorOf = phrase[0] > 1 && readAt(tokens, phrase[0] - 1, 'tokens').norm === 'by' && DOCUMENT_OR_POLL.has(NOUNS.get(readAt(tokens, phrase[0] - 2, 'tokens').norm) ?? '');
    if (
      category === 'finding' &&
      !authorOf &&
      !reportsFinding(text, tokens, match.last, links, PERSONAL.has(pronounOf(readAt(tokens, phrase[0], 'tokens').norm)), boundaryAfter(text, tokens, phrase[0] - 1))
    )
      continue;
    // `Mr Livingstone said he would not apologise even if Mr Blair asked`: a speaker supposed by `if` or `unless` after the
    // sentence's own source said nothing, and is no second source of it.
    if (attributions.length > 0 && phrase[0] > 0 && CONDITIONALS.has(readAt(tokens, phrase[0] - 1, 'tokens').norm)) continue;
    const citing = citedBySubject(context, match, phrase, cueAt);
    if (citing) {
      attributions.push(citing);
      continue;
    }
    // `Mr Blair and Mr Brown said`, `The IMF and the World Bank said`, `Commentators and Yukos itself claim`: a subject of two
    // joined by `and` at the head of its clause is two sources; the reader stopped at `and` and kept only the second.
    // `criticised by environmental groups and the Liberal Democrats`: a passive's agents joined by `and` are two sources.
    const secondAgent = passiveAgent ? coordinatedAgent(context, phrase, cueAt) : undefined;
    if (secondAgent) {
      attributions.push({
        category,
        phrase: match.entry.phrase,
        cue,
        source: spanOf(tokens, [phrase[0], secondAgent.last], text),
        links: [...links, ...secondAgent.links.map((link, i) => (i === 0 ? { ...link, joinedBy: 'and' as const } : link))],
      });
      continue;
    }
    // `Acme, Bolt and Crest said`: a list of three or more names at the head of its clause is as many sources.
    const listed = category === 'speech' || category === 'finding' ? listedSubject(context, phrase) : undefined;
    if (listed) {
      attributions.push({ category, phrase: match.entry.phrase, cue, source: spanOf(tokens, [listed.first, phrase[1]], text), links: listed.links });
      continue;
    }
    const joined = category === 'speech' || category === 'finding' ? coordinatedSubject(context, phrase) : undefined;
    if (joined) {
      attributions.push({
        category,
        phrase: match.entry.phrase,
        cue,
        source: spanOf(tokens, [joined.first, phrase[1]], text),
        links: [...joined.links, ...links.map((link, i) => (i === 0 ? { ...link, joinedBy: 'and' as const } : link))],
      });
      continue;
    }
    attributions.push({ category, phrase: match.entry.phrase, cue, source: spanOf(tokens, phrase, text), links });
  }
  answerReactions(context, matches, cueAt, inQuotation);
  // `The prime minister told MPs: "…"`: a verb of speech before the colon already says who speaks and to whom; the
  // colon adds nothing, and reading the words before it as one source would make the people spoken to the speaker.
  // `debt levels which were deemed "not in the best interests of the company" by the board`: a judgement in the passive, its judge after `by`.
  const judged = judgedByAgent(context, cueAt, inQuotation);
  if (judged && attributions.every((attribution) => attribution.source.start !== judged.source.start)) attributions.push(judged);
  // `Asked whether he would stand again, Mr Hale demurred`: the one asked answers in the main clause, whatever its verb.
  // `In a statement, Parmalat detailed …`: the one whose statement sets the sentence speaks in its main clause, whatever its verb.
  if (attributions.length === 0) {
    const answer = answerToQuestionFrame(context, cueAt) ?? issuedWordsFrame(context, cueAt, inQuotation);
    if (answer) attributions.push(answer);
  }
  const view = heldView(context, inQuotation) ?? (attributions.length === 0 ? statedView(context, inQuotation) : undefined);
  if (view) attributions.push(view);
  const colon = colonAttribution(context, inQuotation);
  if (colon && !attributions.some((attribution) => attribution.cue.start >= colon.source.start && attribution.cue.end <= colon.cue.start)) attributions.push(colon);
  const listed = attributions.length === 0 ? listedSpeaker(context, inQuotation) : undefined;
  if (listed) attributions.push(listed);
  const respondents = attributions.length === 0 ? pollRespondents(context, inQuotation) : undefined;
  if (respondents) attributions.push(respondents);
  // `It is widely believed that the chancellor wants...`: the vague frame is the outer link, whatever it frames.
  const stated = statedVagueness(text, tokens, inQuotation);
  // `It is understood that the board … asked him to stay`: the `It` of a frame stands for nothing, so it is no subject of a later verb.
  if (stated && /^it\s/iu.test(stated.phrase))
    for (let i = attributions.length - 1; i >= 0; i--) {
      const { source } = readAt(attributions, i, 'attributions');
      if (source.start >= stated.cue.start && source.end <= stated.cue.end) attributions.splice(i, 1);
    }
  // `He insisted he did not know the date, but it is widely expected to be 5 May`: a vague frame in a contrasting clause of its own is
  // a second source beside the first, for its own clause; the first speaker does not stand behind it.
  // `The gunman is believed to have fled, police said`: otherwise a passive frame on the subject (`is believed to`) with a speaker
  // in the sentence is that speaker's belief, no second source (`It is widely believed that …` frames the whole and stays outer).
  // `The Tories are thought likely to propose …, with Oliver Letwin branding it a stealth tax`: a speaker in a `with` clause of
  // their own holds no frame of the main clause.
  markWithClauseSources(text, tokens, attributions);
  const passiveFrame =
    stated !== undefined && (/^(?:is|are|was|were)\s.*\sto$/u.test(stated.phrase) || framedByAdverb(stated)) && attributions.some((attribution) => attribution.contrast === undefined);
  const contrast = stated && contrastingWord(text, tokens, stated, attributions);
  if (stated && contrast !== undefined) attributions.push({ ...stated, contrast });
  else if (
    stated &&
    !passiveFrame &&
    !judgesOpeningPhrase(text, tokens, stated, attributions) &&
    attributions.every((attribution) => attribution.cue.start > stated.cue.end && attribution.source.start >= stated.cue.end)
  )
    attributions.unshift(stated);
  disputedReports(context, attributions, inQuotation);
  deniedAfterwards(context, attributions, inQuotation);
  dropDescribedHolders(text, tokens, attributions);
  dropAsides(text, attributions);
  dropInsideSources(attributions);
  for (const attribution of attributions) if (deniedSayings.has(attribution.cue.start)) attribution.nested = true;
  markNested(text, tokens, attributions);
  markRelativeAsides(text, tokens, attributions, cueAt);
  markContactClauseReports(text, tokens, attributions);
  markLateClauseSources(text, tokens, attributions);
  markAuthors(text, tokens, attributions, mentions);
  const tail = trailingName(context);
  remember(attributions, titles, mentions, memory);
  memory.previousTail = tail;
  return attributions;
}

/**
 * `Tony Blair has dismissed reports he told Gordon Brown he would quit`, `The firm denied claims that it was leaving`: the
 * claim the sentence carries is the reports', unnamed, a vague source; the one who denies it disputes it (the contest is read
 * apart) and is no source of it. The denier's own attribution by that verb gives way to the reports; a source of the claims
 * named after them (`claims by the union that …`) is left as it is read.
 */
function disputedReports(context: Context, attributions: Attribution[], inQuotation: (offset: number) => boolean): void {
  const { text, tokens } = context;
  for (let verb = 0; verb < tokens.length - 2; verb++) {
    if (!DISPUTING_VERBS.has(readAt(tokens, verb, 'tokens').norm) || inQuotation(readAt(tokens, verb, 'tokens').start)) continue;
    // `refused to deny the claim that …`, `did not deny reports …`: a denial withheld disputes nothing.
    if (verb > 0 && WITHHELD_BEFORE.has(readAt(tokens, verb - 1, 'tokens').norm)) continue;
    let noun = verb + 1;
    while (noun < tokens.length && BEFORE_DISPUTED_REPORTS.has(readAt(tokens, noun, 'tokens').norm) && !boundaryAfter(text, tokens, noun - 1)) noun++;
    if (noun >= tokens.length - 1 || !DISPUTED_REPORTS.has(readAt(tokens, noun, 'tokens').norm) || boundaryAfter(text, tokens, verb)) continue;
    if (boundaryAfter(text, tokens, noun) || !contentClauseAt(text, tokens, noun + 1)) continue;
    const verbToken = readAt(tokens, verb, 'tokens');
    const disputedBy = takeDisputers(attributions, verbToken.start);
    const reports = spanOf(tokens, [verb + 1, noun], text);
    const name = text.slice(reports.start, reports.end);
    attributions.push({
      category: 'stated',
      phrase: readAt(tokens, noun, 'tokens').norm,
      cue: reports,
      source: reports,
      links: [{ name, kind: 'vague', person: false, role: 'document' }],
      disputedBy,
    });
    return;
  }
}

/** The sources of the attributions whose cue is the verb of disputing at `start`, taken out of `attributions`: they dispute, and say nothing. */
function takeDisputers(attributions: Attribution[], start: number): SourceLink[] {
  const disputedBy: SourceLink[] = [];
  for (let i = attributions.length - 1; i >= 0; i--) if (readAt(attributions, i, 'attributions').cue.start === start) disputedBy.push(...(attributions.splice(i, 1)[0]?.links ?? []));
  return disputedBy;
}

/** Words that open a clause whose object is what the sentence has just said (`…, which he denies`, `…, something Mr Sullivan denies`). */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'something']);

/** How many words may stand between such a word and the verb of disputing (`which the Tories have always denied`). */
const DENIER_WORDS = 6;

/**
 * `Mr Weingarten has suggested that …, something Mr Sullivan denies.`, `Doherty faced charges in court, which he denies.`, `The
 * allegations, which he has denied, are being investigated`: a verb of disputing that ends a clause whose object is what the
 * sentence reports names who disputes it, no source of it (as `denied reports that …` does, disputedReports). The denier's
 * attribution by that verb is dropped, the contest is read apart, and the denier is kept, on the sentence's other
 * attribution, for a later `he`.
 */
function deniedAfterwards(context: Context, attributions: Attribution[], inQuotation: (offset: number) => boolean): void {
  const { text, tokens } = context;
  for (let verb = 2; verb < tokens.length; verb++) {
    const verbToken = readAt(tokens, verb, 'tokens');
    if (!DISPUTING_VERBS.has(verbToken.norm) || inQuotation(verbToken.start) || (verb < tokens.length - 1 && !boundaryAfter(text, tokens, verb))) continue;
    let relative = verb - 1;
    while (relative > 0 && verb - relative < DENIER_WORDS && !OBJECT_RELATIVES.has(readAt(tokens, relative, 'tokens').norm) && !boundaryAfter(text, tokens, relative - 1)) relative--;
    if (!OBJECT_RELATIVES.has(readAt(tokens, relative, 'tokens').norm) || relative === verb - 1 || !commaAfter(text, tokens, relative - 1)) continue;
    const disputedBy = takeDisputers(attributions, verbToken.start);
    const reported = attributions[0];
    if (reported && disputedBy.length > 0) reported.disputedBy = [...(reported.disputedBy ?? []), ...disputedBy];
  }
}

/** Words right before a verb of disputing that withhold it (`refused to deny`, `did not deny`, `never denied`). */
const WITHHELD_BEFORE: ReadonlySet<string> = new Set(['to', 'not', 'never', "didn't", "doesn't", "don't", "won't"]);

/**
 * Words after the reports disputed that open no clause of their content but name their makers or their topic, or open a
 * relative clause whose verb tells the reports' words itself (`rejected a report which said crime had fallen`: read as a
 * reaction to what the report said).
 */
const NOT_CONTENT_AFTER_REPORTS: ReadonlySet<string> = new Set(['by', 'of', 'about', 'from', 'to', 'in', 'made', 'published', 'carried', 'on', 'which', 'who']);

/** True when a clause of content opens at `at`: `that …`, or a subject with its verb (`he told Gordon Brown …`), up to the next break. */
function contentClauseAt(text: string, tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (first.norm === 'that') return true;
  // `claims by the union that …`, `the claim made by some campaign groups that …`: the claims' makers are named, read apart.
  if (NOT_CONTENT_AFTER_REPORTS.has(first.norm)) return false;
  let end = at;
  while (end < tokens.length - 1 && !boundaryAfter(text, tokens, end)) end++;
  return end > at && holdsVerb(text.slice(first.start, readAt(tokens, end, 'tokens').end));
}

/**
 * True when the words between the comma at `last` and the break before it are a clause with a finite verb (`… has dropped
 * to below 90%`, `and are on the verge of being exploited`), not an apposition (`Tony Macklin, spokesman for Ask Jeeves,`),
 * a relative clause (`The LSE, which saw its shares rise 25%,`) or a participle's phrase (`Ellen Simonetti, known as …,`)
 * that sets off the subject of the verb after the comma.
 */
function clauseBeforeComma(text: string, tokens: readonly Token[], last: number): boolean {
  let first = last;
  while (first > 0 && !boundaryAfter(text, tokens, first - 1)) first--;
  const opening = readAt(tokens, first, 'tokens');
  if ((isVerbLike(opening) && !AUXILIARIES.has(opening.norm)) || PARTICIPLE_ENDING.test(opening.norm)) return false;
  // (`Alex Cass, a consultant who had tried to …, said`: an apposition with a relative clause of its own is still an apposition.)
  const words = tokens.slice(first, last + 1);
  if (words.some((token) => RELATIVES.has(token.norm))) return false;
  return words.some((token) => !isCapitalised(token) && (CLAUSE_VERBS.has(token.norm) || AUXILIARIES.has(token.norm)));
}

/**
 * The source of a verb of speech that stands inverted (`…, said Ms Perino, a former press secretary.`, `…, warn union
 * leaders.`, `Or so says Home Secretary Charles Clarke`): the phrase after the verb, when it closes the sentence or its clause.
 */
function invertedSource(text: string, tokens: readonly Token[], match: PhraseMatch<ReportingVerb>, cueAt: Uint8Array): [number, number] | undefined {
  const verb = readAt(tokens, match.first, 'tokens').norm;
  // `a city, say, Leeds`: a `say` set off by commas is an example, not a verb of speech.
  if (verb === 'say' && boundaryAfter(text, tokens, match.last)) return undefined;
  // `Or so says Home Secretary Charles Clarke`: after `so` the speaker follows the verb as after a comma.
  const afterSo = match.first > 0 && readAt(tokens, match.first - 1, 'tokens').norm === 'so';
  // `…, warn union leaders.`: a bare present form stands inverted only after a comma and before a plural source (PLURAL_INVERTED).
  const plural = PLURAL_INVERTED.has(verb);
  if (!(INVERTIBLE.has(verb) || (plural && match.first > 0)) || !(match.first === 0 || afterSo || boundaryAfter(text, tokens, match.first - 1))) return undefined;
  // `'...,' said Ms Perino, a former press secretary.`: the source ends the clause; `said Obamacare has been...` is content.
  const after = withNameAfterRole(text, tokens, withCoordinatedRoles(text, tokens, phraseAfter(text, tokens, match.last + 1, cueAt)));
  if (!after) return undefined;
  const sourceAfter = isCapitalised(readAt(tokens, after[1], 'tokens')) || NOUNS.has(readAt(tokens, after[1], 'tokens').norm);
  if (!sourceAfter && INVERTED_BEFORE_SOURCE.has(verb)) return undefined;
  if (plural && !(sourceAfter && /[^s']s$/u.test(readAt(tokens, after[1], 'tokens').norm))) return undefined;
  const closes =
    after[1] === tokens.length - 1 ||
    boundaryAfter(text, tokens, after[1]) ||
    // (`said Gardener afterwards.`, `said the club on Monday night.`: a time ends the sentence after the source.)
    (timeTailStart(tokens, tokens.length - 1) === after[1] + 1 && !isCapitalised(readAt(tokens, after[1] + 1, 'tokens'))) ||
    RELATIVES.has(readAt(tokens, after[1] + 1, 'tokens').norm) ||
    (INVERTED_TAILS.has(readAt(tokens, after[1] + 1, 'tokens').norm) && (namesSource(readAt(tokens, after[1], 'tokens')) || INDEFINITE.has(readAt(tokens, after[0], 'tokens').norm)));
  return closes ? after : undefined;
}

/**
 * What ends the content of `X said …` before another clause of the sentence: a comma (`…, and Y said`, `In a broadcast
 * announcing the measure, the aide said`), `;`, a dash, `but`, `while`, `with` (`…, with Mr Dixon quoted as saying`), `amid` or `despite` (`has defended the posters amid Tory claims …`).
 */
const CLAUSE_BREAK = new RegExp(`[;:,]|${SPACED_DASH}|\\b(?:but|while|whereas|with|amid|despite)\\b`, 'u');

/** What may follow a speaker who closes the sentence: nothing, or one apposition (`…, said David Bloom, professor of economics.`). */
const ENDS_SENTENCE = /^(?:[^\p{L}\p{N}]*|\s*,[^,;:]*)$/u;

/** `…," said David Bloom`: a verb of speech after a comma or a closing quotation mark, its speaker after it. */
function invertedAfterBreak(text: string, attribution: Attribution): boolean {
  return attribution.category === 'speech' && attribution.cue.start < attribution.source.start && /[,"'\u201D\u2019]\s*$/u.test(text.slice(0, attribution.cue.start));
}

/** The words with what double quotation marks hold taken out: a `but` inside `"firm but fair"` ends no clause. */
function unquoted(words: string): string {
  return words.replace(/["\u201C][^"\u201D]*["\u201D]/gu, '');
}

/** The words that may stand between a subject's `who` and the verb of its restrictive clause (`who had long predicted`). */
const DESCRIBING_CLAUSE = /^\s+(?:who|that)\s+(?:(?:had|have|has|would|will|do|does|did|also|still|long|once|never|now|all|had been|have been)\s+)*$/iu;

/**
 * Takes out the attributions whose cue opens a restrictive clause on the sentence's subject (`Investors who expect rates to
 * rise may be disappointed`, `Critics who say the plan will fail are wrong, the minister said`): the clause says which
 * people the sentence is about; what the sentence claims of them is the writer's, or the closing speaker's.
 */
function dropDescribedHolders(text: string, tokens: readonly Token[], attributions: Attribution[]): void {
  const first = tokens[0];
  if (!first) return;
  const subjectStart = CONJUNCTIONS.has(first.norm) ? tokens[1]?.start : first.start;
  for (let i = attributions.length - 1; i >= 0; i--) {
    const attribution = readAt(attributions, i, 'attributions');
    if (attribution.source.start === subjectStart && attribution.source.end < attribution.cue.start && DESCRIBING_CLAUSE.test(text.slice(attribution.source.end, attribution.cue.start)))
      attributions.splice(i, 1);
  }
}

/**
 * Takes out a passive's attribution whose cue and agent stand inside another's source (`according to a survey conducted by
 * Ipsos`: the survey's phrase already holds its maker, so `conducted by Ipsos` adds no second link).
 */
function dropInsideSources(attributions: Attribution[]): void {
  for (let i = attributions.length - 1; i >= 0; i--) {
    const inner = readAt(attributions, i, 'attributions');
    const inside = (outer: Attribution): boolean =>
      inner.category === 'agent' && outer !== inner && outer.source.start <= Math.min(inner.cue.start, inner.source.start) && outer.source.end >= Math.max(inner.cue.end, inner.source.end);
    if (attributions.some(inside)) attributions.splice(i, 1);
  }
}

/** What opens an aside right after a subject: a comma alone. */
const ASIDE_OPENS = /^\s*,\s*(?:who\s+|whom\s+)?$/u;
/** What closes an aside right before its subject's verb: words with no comma in them, then the closing comma. */
const ASIDE_CLOSES = /^[^,;:"\u201C\u201D]*,\s*$/u;

/**
 * Takes out the attributions set off by commas between a person who speaks and their own verb (`Mr Hale, accused by Ms Ray of
 * lying, said he had done nothing wrong`, `Mr Hale, who Ms Ray says lied, said …`): the aside describes the speaker, and the one
 * it names stands behind nothing the speaker says. Only an aside whose source comes after its verb (an agent after `by`, a
 * person spoken to) or inside a `who` clause: `One in three women, the survey said, thought …` is the survey's report, and
 * `The survey, conducted by Pew, showed …` names the maker of a document, who stands behind it.
 */
function dropAsides(text: string, attributions: Attribution[]): void {
  for (let i = attributions.length - 1; i >= 0; i--) {
    const aside = readAt(attributions, i, 'attributions');
    const start = Math.min(aside.cue.start, aside.source.start);
    const end = Math.max(aside.cue.end, aside.source.end);
    const subject = attributions.find(
      (other) =>
        other !== aside &&
        other.links.some((link) => link.person) &&
        (aside.cue.start < aside.source.start || /\bwho/u.test(text.slice(other.source.end, start))) &&
        other.source.end <= start &&
        other.cue.start >= end &&
        ASIDE_OPENS.test(text.slice(other.source.end, start)) &&
        ASIDE_CLOSES.test(text.slice(end, other.cue.start)),
    );
    if (subject) attributions.splice(i, 1);
  }
}

/**
 * What opens a relative clause set off from its subject by a dash, up to its verb: the dash, `who` or `which`, an auxiliary or
 * two. (Set off by commas, `Mr Keane, who said last month that he would stand down, left the meeting early` stays Mr Keane's, as
 * the shapes specification holds.)
 */
const RELATIVE_ASIDE_OPENS = new RegExp(String.raw`^\s+${DASH}\s*(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$`, 'u');

/**
 * Marks a verb of speech in a relative clause set off by dashes between its subject and the sentence's own verb (`The IAAF -
 * which said it was "very surprised" by the ruling - is deciding whether to appeal`) as an aside: a second dash closes it, and a
 * verb follows. A relative clause that ends the sentence or runs on into more of the object is the sentence's source,
 * and so is one before a verb of speech or stance (`Mr Barber - who said … - called for`), which the same speaker holds.
 */
function markRelativeAsides(text: string, tokens: readonly Token[], attributions: readonly Attribution[], cueAt: Uint8Array): void {
  for (const attribution of attributions) {
    if (attribution.category !== 'speech' || attribution.source.end > attribution.cue.start) continue;
    if (objectRelativeAside(text, tokens, attribution)) {
      attribution.aside = true;
      continue;
    }
    const opening = RELATIVE_ASIDE_OPENS.exec(text.slice(attribution.source.end, attribution.cue.start));
    if (!opening) continue;
    const closing = tokens.findIndex((token, i) => {
      if (token.start < attribution.cue.end || i === 0) return false;
      const between = text.slice(readAt(tokens, i - 1, 'tokens').end, token.start);
      return SPACED_DASH_MARK.test(between) && !inQuotedWords(text, attribution.cue.end, token.start);
    });
    if (closing <= 0 || !isVerbLike(readAt(tokens, closing, 'tokens'))) continue;
    // `Jack Straw - who argues … - has said`, `Mr Barber - who said … - called for`: a main verb of speech or stance has the same speaker.
    let verb = closing;
    while (verb + 1 < tokens.length && !cueAt[verb] && (isSkipped(readAt(tokens, verb, 'tokens')) || isAdverb(readAt(tokens, verb, 'tokens')))) verb++;
    if (!cueAt[verb]) attribution.aside = true;
  }
}

/**
 * True when the attribution's speaker is named earlier in its sentence (`Actor Tom Hale is suing a studio over an injury he said
 * he suffered`, `Mr Patel has to cut the deficit, a target he says he has met`): the clause on the noun is the subject's own
 * account, and the sentence stays theirs, as the pronoun tests hold.
 */
function namedBeforeItsClause(tokens: readonly Token[], attribution: Attribution): boolean {
  const before = new Set(tokens.filter((token) => token.end <= attribution.source.start).map((token) => token.norm));
  return attribution.links.some((link) => link.role !== 'unresolved' && before.has(link.name.split(' ').at(-1)?.toLowerCase() ?? ''));
}

/** True when `token` can open the subject of a clause after a noun (`they`, `the firm`, `Mr Brown`); a bare noun in lower case is more likely a word of the noun phrase (`a scam website`). */
function opensContactSubject(token: Token): boolean {
  return CONTACT_SUBJECT_PRONOUNS.has(token.norm) || DETERMINERS.has(token.norm) || POSSESSIVES.has(token.norm) || isCapitalised(token);
}

/** How many words may stand between the subject of a clause with its relative word left out and its verb (`it had long said`). */
const CONTACT_VERB_REACH = 2;

/**
 * Marks as an aside a report in a clause with its relative word left out that describes a noun of the sentence (`take the
 * increase off the people they say they are helping`, `spent the money the government says it saved on roads`, `rejected the
 * cuts the party says it will make`): the speaker stands behind what the clause says of the noun, not behind the sentence,
 * which the article states itself. Which nouns such a clause describes is read by describedByContactClause, as for a belief
 * in one. Not when the speaker is named earlier in the sentence (namedBeforeItsClause), nor when the verb ends the sentence.
 */
function markContactClauseReports(text: string, tokens: readonly Token[], attributions: readonly Attribution[]): void {
  for (const attribution of attributions) {
    if (attribution.source.end > attribution.cue.start) continue;
    const first = tokens.findIndex((token) => token.start === attribution.source.start);
    const cue = tokens.findIndex((token) => token.start === attribution.cue.start);
    const cueEnd = tokens.findIndex((token) => token.end === attribution.cue.end);
    const sourceEnd = tokens.findIndex((token) => token.end === attribution.source.end);
    if (first < 0 || cue < 0 || sourceEnd < 0) continue;
    // (`… if they use pagers in the chamber Speaker John Hale has ruled.`, `… John Hale has pointed out.`: a named speaker's verb
    // that ends the sentence, however many words it has, reports all before it; a pronoun's there is a clause on the noun,
    // `the file they want.`)
    const endsSentence = (cueEnd < 0 ? cue : cueEnd) >= tokens.length - 1 && !CONTACT_SUBJECT_PRONOUNS.has(readAt(tokens, first, 'tokens').norm);
    if (cue - sourceEnd - 1 > CONTACT_VERB_REACH || endsSentence || namedBeforeItsClause(tokens, attribution)) continue;
    // (`a scam website that claims to …`: a relative word between makes the source a word of the noun phrase, not a clause's subject.)
    if (tokens.slice(sourceEnd + 1, cue).some((token) => !OPENS_LOWER_CASE.test(token.raw) || RESTRICTIVE.has(token.norm))) continue;
    // The phrase read as the source may run back over the noun described (`the jobs the firm claims`): the clause's subject may
    // open inside it, with a pronoun or a determiner (a capital there is as often a modifier: `a leading European car maker`).
    for (let subject = Math.max(first, 1); subject <= sourceEnd; subject++) {
      const word = readAt(tokens, subject, 'tokens');
      if ((subject > first && isCapitalised(word)) || !opensContactSubject(word) || !describedByContactClause(tokens, subject, attribution.cue.start, text)) continue;
      attribution.aside = true;
      break;
    }
  }
}

/** What opens a relative clause set off by a comma, up to its verb: the comma, `who` or `which`, an auxiliary or two. */
const COMMA_RELATIVE_OPENS = /^\s*,\s*(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * True when the attribution is a relative clause set off by commas on the object of the sentence's own verb, after which
 * the main clause goes on (`Defence lawyers have tried to paint Mr Sullivan, who has admitted fraud, as a liar`): the
 * relative's verb tells of its own clause only, and the sentence is the main clause's, not the object's. The object stands
 * after a word in lower case (the verb or a preposition), with no comma before it, and the main clause goes on with a
 * preposition after the comma that closes the relative (`as a liar`, `of fraud`); a relative on the subject (`Mr Keane, who
 * said …, left early`) or one that runs on to the end is left to the readers above.
 */
function objectRelativeAside(text: string, tokens: readonly Token[], attribution: Attribution): boolean {
  if (!COMMA_RELATIVE_OPENS.test(text.slice(attribution.source.end, attribution.cue.start))) return false;
  const first = tokens.findIndex((token) => token.start >= attribution.source.start);
  if (first <= 0 || boundaryAfter(text, tokens, first - 1) || isCapitalised(readAt(tokens, first - 1, 'tokens'))) return false;
  const closing = tokens.findIndex((token, i) => i > 0 && token.start >= attribution.cue.end && commaAfter(text, tokens, i - 1) && !inQuotedWords(text, attribution.cue.end, token.start));
  return closing > 0 && !isCapitalised(readAt(tokens, closing, 'tokens')) && MAIN_CLAUSE_RESUMES.has(readAt(tokens, closing, 'tokens').norm);
}

/** True when a double quotation mark opened between `from` and `at` is still open at `at`. */
function inQuotedWords(text: string, from: number, at: number): boolean {
  return (text.slice(from, at).match(DOUBLE_QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

/**
 * Marks the attributions that stand inside what a verb of speech of the same sentence reports: after `X said` up to the
 * next clause (`Mr Clarke said he had supported the plans when Mr Blunkett argued for them`), or before a `…, said X` or
 * `…, X said` that closes the sentence (`The barrister … had said the rules were unfair, said Mr Clarke`).
 */
function markNested(text: string, tokens: readonly Token[], attributions: readonly Attribution[]): void {
  if (attributions.length < 2) return;
  const sentenceEnd = readAt(tokens, tokens.length - 1, 'tokens').end;
  const from = (attribution: Attribution): number => Math.min(attribution.cue.start, attribution.source.start);
  const to = (attribution: Attribution): number => Math.max(attribution.cue.end, attribution.source.end);
  // An outlet relays who it quotes (`the Interfax news agency quoted Mr Khodorkovsky as saying`): both stay in the chain.
  const reports = (attribution: Attribution): boolean => attribution.category === 'speech' && !CONTESTING.test(attribution.phrase) && attribution.links.every((link) => link.kind !== 'media');
  // The speaker who closes the sentence reports all before them, and is reported by no one.
  const closer = attributions.find(
    (attribution) => reports(attribution) && ENDS_SENTENCE.test(text.slice(to(attribution), sentenceEnd)) && /,["'\u201D\u2019]?\s*$/u.test(text.slice(0, from(attribution))),
  );
  for (const inner of attributions) if (closer && inner !== closer && to(inner) <= from(closer)) inner.nested = true;
  // `…, which the Tories deny`: a denial of part of what another source says contests it (the note says so) and adds no source.
  for (const inner of attributions)
    if (CONTESTING.test(inner.phrase) && /\bwhich\s+$/u.test(text.slice(0, inner.source.start)) && attributions.some((other) => other !== inner && reports(other))) inner.nested = true;
  for (const outer of attributions) {
    if (!reports(outer) || outer.nested || outer.source.end > outer.cue.start) continue;
    // `… adds "…," said David Bloom`: a speaker named after the verb speaks for what comes before, not inside another's report.
    for (const inner of attributions)
      if (inner !== outer && inner !== closer && !invertedAfterBreak(text, inner) && from(inner) >= outer.cue.end && !CLAUSE_BREAK.test(unquoted(text.slice(outer.cue.end, from(inner)))))
        inner.nested = true;
  }
}

/** Verbs whose object is a text itself (`the theory which the chancellor once quoted`), not a claim. */
const QUOTING = /^(?:quoted|cited)$/u;

/** The cue's verb, the last word of its phrase (`has attacked` → `attacked`). */
function verbOf(tokens: readonly Token[], match: PhraseMatch<ReportingVerb>): string {
  return readAt(tokens, match.last, 'tokens').norm;
}

/** Double quotation marks, straight and curly. */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D']);

/**
 * True when a double quotation mark opened earlier in the paragraph is still open at `offset`,
 * each mark read as opening or closing by where it stands (`classifyQuoteMark`). A quotation that
 * runs on past its sentence is closed only where it ends, often a paragraph later
 * (`Mr Blair said: "I've dealt with this six months ago. I said then …`), so the quotation reader
 * does not hold it; its words are still the quoted speaker's.
 */
function quotationOpenBefore(text: string, offset: number): boolean {
  let open = false;
  for (let i = text.lastIndexOf('\n', offset - 1) + 1; i < offset; i++) {
    if (!DOUBLE_MARKS.has(text[i] ?? '')) continue;
    const role = classifyQuoteMark(text, i);
    if (role === 'open') open = true;
    else if (role === 'close') open = false;
  }
  return open;
}

/** Verbs by which the article's writer reports words of their own (`I said`, `I told Megyn`, `We asked our followers`). */
const WRITER_SPEECH = /^(?:said|told|asked|wrote)$/;

/**
 * True when `reports` at `match` is a verb of its subject before it (`Reuters reports that …`, `…, Interfax reports`): after a
 * capitalised word, or as an outlet's at the end. Not after a word that describes reports (`Other reports this week said`;
 * REPORTS_DESCRIBED_BY), nor right before another verb of saying (`Press reports suggest …`), where it is that verb's subject,
 * a noun, unless a name in capitals inside the sentence owns them (`The Envisional reports said`, read as the firm's words).
 */
function reportsIsVerb(text: string, tokens: readonly Token[], match: PhraseMatch<ReportingVerb>, found: readonly PhraseMatch<ReportingVerb>[]): boolean {
  const before = tokens[match.first - 1];
  if (REPORTS_DESCRIBED_BY.has(before?.norm ?? '')) return false;
  const namedBefore = match.first > 1 && before !== undefined && isCapitalised(before);
  if (!namedBefore && found.some((other) => other.first === match.last + 1)) return false;
  return (before !== undefined && isCapitalised(before)) || trailingOutletReports(text, tokens, match.first);
}

/** Past tenses of speech that are never nouns. */
const PAST_SPEECH = /^(?:said|told|wrote|added|argued|insisted|warned|noted|explained|agreed|admitted|complained|predicted)$/;

/**
 * `The latest footage showed the hostage asking …`, `Television pictures clearly showed that he dived`: pictures (RECORDED_PICTURES)
 * that show something record it, as a video or a document does. Only as the subject of the active `show` (`Footage shown on
 * the handset was clear` shows nothing); elsewhere these nouns are no source (`topless photos alleged to be of her`).
 */
function picturesShow(tokens: readonly Token[], phrase: [number, number], match: PhraseMatch<ReportingVerb>): boolean {
  return SHOWING.has(match.entry.phrase) && RECORDED_PICTURES.has(readAt(tokens, phrase[1], 'tokens').norm) && tokens[match.last + 1]?.norm !== 'by';
}

/**
 * True when `found` (`shows`, …) reports what its subject found out rather than something it came upon: the subject is a
 * document, a poll, an outlet or a fact-finding body; or a body, not a person, found a `that` clause (`Police found that the
 * door had been forced`) or a count of something (`The CBI found some firms managed to raise prices`), where `The firm found a
 * buyer`, `Vodafone has found it difficult` and a person's `she found that the door was locked` are no attribution. A clause
 * with its own verb and no `that` is found by a body or a person the sentence names (`The MPs found the system was failing`;
 * clauseAfterFound). `setOff`
 * says a comma or a dash stands before the subject, as after the words it reports (`…, the institute found.`).
 */
function reportsFinding(text: string, tokens: readonly Token[], verb: number, links: readonly SourceLink[], pronounSubject: boolean, setOff: boolean): boolean {
  const word = readAt(tokens, verb, 'tokens').norm;
  // `Official figures put unemployment at 5%`: `put` reports a figure only with the `at` that gives it (`put in an appearance`).
  if ((word === 'put' || word === 'puts') && !tokens.slice(verb + 1, verb + 10).some((token) => token.norm === 'at')) return false;
  if (!FOUND.has(word) && links.some((link) => DECISIONS.has(link.name.slice(link.name.lastIndexOf(' ') + 1).toLowerCase()))) return false;
  // `The BBC show beat The Office`, `his recent BBC show`: after one outlet's name the base form is the noun, its programme; an
  // outlet that finds something `shows` it, and its plural agreement (`the BBC show that`) gives what is shown after `that`.
  if (word === 'show' && links.length === 1 && links[0]?.kind === 'media' && tokens[verb + 1]?.norm !== 'that') return false;
  if (links.some((link) => link.role === 'document' || link.role === 'poll' || link.kind === 'media')) return true;
  // `A three-judge panel gave lawyers until Monday`: a body finds things out; what it gives or puts is an act.
  if (!FOUND.has(word)) return false;
  if (links.some((link) => isFindingBody(link.name))) return true;
  const next = tokens[verb + 1];
  // `House prices fell further in November, the Royal Institute of Chartered Surveyors found.`: set off after the words it
  // reports and ending the sentence, `found` has no object of its own and takes those words as what was found, a finding
  // whoever the body or person (`The team found the keys` has its object after it; `higher than the regulator found` is a
  // comparison, not set off). A pronoun's stays out, as below.
  if (next === undefined && setOff && !pronounSubject && links.some((link) => link.role !== 'unresolved')) return true;
  // `The judge found that …`, `Dr Ann Lee found that …`: a person the sentence names reports a finding with `that`; a
  // pronoun's (`he found that his car had gone`) is as often the story's own narration.
  if (next?.norm === 'that' && !pronounSubject && links.some((link) => link.person && link.role !== 'unresolved')) return true;
  return (
    next !== undefined &&
    ((links.some((link) => !link.person && link.role !== 'unresolved') && (next.norm === 'that' || QUANTIFIERS.has(next.norm) || /^\d/.test(next.raw))) ||
      (!pronounSubject && links.some((link) => link.role !== 'unresolved') && clauseAfterFound(text, tokens, verb)))
  );
}

/**
 * True when the word at `at` is a past tense with its own object right after it (`found the whole economy still faced "major
 * risks"`, `found a "chain of events" linked Mr Blunkett to …`): a clause's verb after `found`, where a participle on the object
 * goes on with a preposition (`found the car dumped in a lay-by`) and one after a determiner is an adjective (`the damaged car`).
 */
function pastWithObject(text: string, tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens');
  const next = tokens[at + 1];
  if (!next || isCapitalised(word) || !(/\p{L}{3,}ed$/u.test(word.norm) || IRREGULAR_PASTS.has(word.norm)) || BARE_DETERMINERS.has(readAt(tokens, at - 1, 'tokens').norm)) return false;
  const gap = text.slice(word.end, next.start);
  return /^\s+["\u201C]?$/u.test(gap) && (isCapitalised(next) || BARE_DETERMINERS.has(next.norm) || /^\d/u.test(next.raw) || /["\u201C]/u.test(gap));
}

/**
 * True when the words after `found` at `verb` are a clause with its own verb and no `that` (`The CBI found spending is forecast
 * to rise`, `The court found the case - filed in 1999 - could not be brought`): a subject of at most FOUND_CLAUSE_REACH words,
 * an aside between spaced dashes or a quoted term read past, then a finite verb (CLAUSE_VERBS) or a past tense with its object
 * (pastWithObject). Not `found it difficult`, `found a buyer who was`.
 */
function clauseAfterFound(text: string, tokens: readonly Token[], verb: number): boolean {
  if (FOUND_AS_JUDGED.has(tokens[verb + 1]?.norm ?? '')) return false;
  // (`A skeleton found by the river is not his`, `lost and found gadgets`: a participle on a noun, or half of a pair, finds nothing.)
  if (tokens[verb + 1]?.norm === 'by' || CONJUNCTIONS.has(tokens[verb - 1]?.norm ?? '')) return false;
  let words = 0;
  for (let at = verb + 1; at < tokens.length && words <= FOUND_CLAUSE_REACH; at++) {
    const word = readAt(tokens, at, 'tokens');
    if (words > 0 && CLAUSE_VERBS.has(word.norm)) return true;
    if (FOUND_OBJECT_ENDS.has(word.norm)) return false;
    if (words > 1 && pastWithObject(text, tokens, at)) return true;
    words++;
    if (!boundaryAfter(text, tokens, at)) continue;
    if (/^["\u201C\u201D]$/u.test(text.slice(word.end, tokens[at + 1]?.start ?? word.end).trim())) continue;
    // (`the case - filed by the administration in 1999 - could not be brought`: a spaced dash opens an aside, read past.)
    const dash = text.slice(word.end, tokens[at + 1]?.start ?? word.end).trim();
    if (!DASH_BETWEEN_WORDS.test(dash)) return false;
    let close = at + 1;
    while (close < tokens.length && !(boundaryAfter(text, tokens, close) && DASH_BETWEEN_WORDS.test(text.slice(readAt(tokens, close, 'tokens').end, tokens[close + 1]?.start ?? 0).trim()))) close++;
    if (close >= tokens.length - 1) return false;
    at = close;
  }
  return false;
}

/**
 * True for a line written in title case (`Clinton Says Russians Hacked DNC`): fewer than one word in four of those with a letter
 * first is in lower case. Sentence-case copy full of names (`Davenport has won three Grand Slams, the 2000 Australian Open, …`)
 * still holds its verbs and function words in lower case.
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  let lower = 0;
  let capital = 0;
  for (const token of tokens) {
    if (isCapitalised(token)) capital++;
    else if (OPENS_LOWER_CASE.test(token.raw)) lower++;
  }
  return lower * 4 < capital;
}

/** True for `proposed to Christina` or `proposed to her`: a proposal of marriage, no words the sentence carries. */
function proposedToSomeone(tokens: readonly Token[], match: PhraseMatch<ReportingVerb>): boolean {
  const person = tokens[match.last + 2];
  if (!match.entry.phrase.startsWith('propos') || tokens[match.last + 1]?.norm !== 'to' || !person) return false;
  return person.norm === 'her' || person.norm === 'him' || (isCapitalised(person) && isGivenName(person.norm));
}

/** True when the verb of speech at `at` is an -ing form after words that say it is not said, or not yet (`not confirming`, `close to confirming`; NOT_SAYING, NOT_YET_SAID). */
function notYetSaid(tokens: readonly Token[], at: number): boolean {
  if (at < 1 || !PARTICIPLE_ENDING.test(readAt(tokens, at, 'tokens').norm)) return false;
  // `despite not yet confirming`, `without saying why`: a participle negated says nothing (NOT_SAYING).
  let k = at - 1;
  while (k > 0 && NOT_SAYING_ADVERBS.has(readAt(tokens, k, 'tokens').norm)) k--;
  if (NOT_SAYING.has(readAt(tokens, k, 'tokens').norm)) return true;
  if (at < 2) return false;
  const [twoBefore, before] = [readAt(tokens, at - 2, 'tokens').norm, readAt(tokens, at - 1, 'tokens').norm];
  return NOT_YET_SAID.some(([first, second]) => first === twoBefore && second === before);
}

/** True when what was announced before `announced by` at `last` is given: the sentence opens with `It`, or a `that` clause follows. */
function announcedContent(tokens: readonly Token[], last: number): boolean {
  return tokens[0]?.norm === 'it' || tokens.slice(last + 1).some((token) => token.norm === 'that');
}

/** True when the verb of speech at `at` and the subject before it make an idiom nobody says (`Time will tell`; IDIOMS_OF_SPEECH). */
function isIdiomOfSpeech(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && (isSkipped(readAt(tokens, k, 'tokens')) || isAdverb(readAt(tokens, k, 'tokens')))) k--;
  const subject = tokens[k]?.norm;
  const verb = readAt(tokens, at, 'tokens').norm;
  return k < at && IDIOMS_OF_SPEECH.some(([word, form]) => word === subject && form === verb);
}

/** The kinds of noun whose author, after `by`, reports what it shows (`a survey by the CBI shows`, `research by Nokia shows`). */
const DOCUMENT_OR_POLL: ReadonlySet<string> = new Set(['document', 'poll']);

/** Words that open a condition: a verb of speech after one and its subject supposes words, it reports none. */
const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless']);
/** Auxiliaries of the perfect: after one, `called` is the active verb (`has called the plan a gimmick`), never a name given. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** The forms of `find`: the one verb of finding a body that is no document or poll reports with (`the committee found`). */
const FOUND: ReadonlySet<string> = new Set(['found', 'finds', 'find']);

/** The unnamed teller behind what an outlet was told (`…, BBC News has been told`, `BBC Scotland has learned`). */
function tellerOf(outlet: string): SourceLink {
  return { name: `someone who told ${outlet}`, kind: 'anonymous', person: true, role: 'person' };
}

/** True when a source's name ends in the head of a fact-finding body (`the Public Accounts Committee`, `The commission`). */
function isFindingBody(name: string): boolean {
  return FINDING_BODIES.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

function isHearingBody(tokens: readonly Token[], phrase: [number, number]): boolean {
  return HEARING_BODIES.has(readAt(tokens, phrase[1], 'tokens').norm);
}

/**
 * True when the verb is used of something other than saying: `the U.S. added 292,000 jobs`,
 * `posted a loss`, `continued to climb`.
 */
/** True when the word at `at` opens a time: a month, a weekday, a year, or `the`/`this`/`last` before a period (`the quarter`). */
function isTime(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!word) return false;
  if (MONTH_NAMES.includes(word.norm) || WEEKDAYS.has(word.norm) || /^(1[89]|20)\d\d$/u.test(word.norm)) return true;
  const period = tokens[at + 1]?.norm ?? '';
  return (word.norm === 'the' || PERIOD_DEICTICS.has(word.norm)) && (PERIODS.has(period) || period === 'quarter');
}

/** Words before which a verb of stance in its base form is its noun (`any hope`, `no fear`, `little hope`, `their want`). */
const NOUN_USE_BEFORE: ReadonlySet<string> = new Set(['any', 'no', 'little', 'every', 'the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);
/** Words after which `some` opens a clause as its subject (`as badly as some fear`, `while some fear`), not a noun's quantity. */
const BEFORE_SOME_AS_SUBJECT: ReadonlySet<string> = new Set(['as', 'and', 'but', 'or', 'while', 'though', 'although', 'that', 'because', 'since', 'if', 'where', 'when', 'what']);

/**
 * True when the verb of stance at `at` is the noun (`have any hope of`, `no fear of`, `does see some hope`): after a determiner
 * or a quantifier of a noun; after `some` only when a verb or a preposition comes before it, since `Some fear that …` and `as
 * badly as some fear` are people fearing.
 */
function stanceNounAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  if (NOUN_USE_BEFORE.has(before)) return true;
  const beforeSome = tokens[at - 2];
  return before === 'some' && beforeSome !== undefined && !BEFORE_SOME_AS_SUBJECT.has(beforeSome.norm) && !isCapitalised(beforeSome);
}
/** Verbs of stance whose base form is also a noun of the same word (`hope`, `fear`, `want`). */
const BASE_FORM_STANCES: ReadonlySet<string> = new Set(['hope', 'fear', 'want']);

/** `read` as a text's words: `"…," a BBC statement read`. */
const READING: ReadonlySet<string> = new Set(['read', 'reads']);

/** True when `read` at `at` is written in lower case right after the noun of a text (`statement`, `letter`, `note`). */
function readOutByText(tokens: readonly Token[], at: number): boolean {
  const verb = readAt(tokens, at, 'tokens');
  return at > 0 && !isCapitalised(verb) && NOUNS.get(readAt(tokens, at - 1, 'tokens').norm) === 'document';
}

/** True when the verb of knowing at `last` closes `as far as <someone>`, a subject of at most six words. */
function asFarAsKnown(tokens: readonly Token[], last: number): boolean {
  for (let at = last - 1; at >= Math.max(2, last - 7); at--)
    if (readAt(tokens, at, 'tokens').norm === 'as' && readAt(tokens, at - 1, 'tokens').norm === 'far' && readAt(tokens, at - 2, 'tokens').norm === 'as') return true;
  return false;
}

/**
 * True when a judgement (`as`, `to be`: JUDGEMENT_AFTER_AGENT) follows the agent after `by` at `by`, in its clause and within
 * JUDGEMENT_AGENT_REACH words (`considered by many pundits to be …`).
 */
function judgementAfterAgent(text: string, tokens: readonly Token[], by: number): boolean {
  for (let at = by + 1; at < tokens.length && at <= by + JUDGEMENT_AGENT_REACH; at++) {
    if (JUDGEMENT_AFTER_AGENT.some((words) => words.every((word, i) => tokens[at + i]?.norm === word))) return true;
    if (boundaryAfter(text, tokens, at)) return false;
  }
  return false;
}

/** True when a word of looking into (`into`, `investigating`) stands right before `at`, or before its determiner. */
function inquiredInto(tokens: readonly Token[], at: number): boolean {
  const before = at > 0 && DETERMINERS.has(readAt(tokens, at - 1, 'tokens').norm) ? at - 2 : at - 1;
  return before >= 0 && INQUIRED_INTO.has(readAt(tokens, before, 'tokens').norm);
}

/** How many words may describe a document between the verb and its noun (`see next week's inflation report`). */
const HANDLED_MODIFIERS = 4;

/**
 * True when the document of a relay (`report from the MPC`) is the object of a verb that handles or regards it (`see next week's
 * inflation report from the MPC as key`, `taking data from fixed cameras`), with no words of its own after its source (`the
 * figures from the ONS show …`, `showing that …` keep their source): no source of the sentence.
 */
function handledDocument(text: string, tokens: readonly Token[], match: PhraseMatch<ReportingVerb>, phrase: [number, number], cueAt: Uint8Array): boolean {
  if (!HANDLED_DOCUMENTS.has(readAt(tokens, match.first, 'tokens').norm)) return false;
  // (`see figures from the ONS showing that …`, `a statement from Mr Green confirming …`: the document's own words follow.)
  for (let at = match.last + 1; at <= Math.min(phrase[1] + 1, tokens.length - 1); at++)
    if (cueAt[at] || readAt(tokens, at, 'tokens').norm === 'that' || GERUND.test(readAt(tokens, at, 'tokens').raw)) return false;
  for (let at = match.first - 1; at >= Math.max(0, match.first - 1 - HANDLED_MODIFIERS); at--) {
    const token = readAt(tokens, at, 'tokens');
    if (boundaryAfter(text, tokens, at) || cueAt[at]) return false;
    if (DOCUMENT_HANDLING_VERBS.has(token.norm)) return true;
    if (PREPOSITIONS.has(token.norm) || isCapitalised(token)) return false;
  }
  return false;
}

/** `plans` and `plan` of `plans to`, a stated intention only as a verb (see plansIsNoun). */
const PLANNING: ReadonlySet<string> = new Set(['plans', 'plan']);
/** `forecast` and `forecasts`, a forecast made only when no outcome is measured against them (see comparedWithForecasts). */
const FORECASTING: ReadonlySet<string> = new Set(['forecast', 'forecasts']);

/**
 * True when `see … as` or `view … as` (`match`) passes a judgement on its object: one or two words between the verb and `as`
 * that hold no verb of their own (`see golf courses as`, not `saw profits fall as`), and no comparison or time after `as`
 * (`see as many as`, `saw him as soon as`).
 */
function judgedAs(text: string, tokens: readonly Token[], match: PhraseMatch<ReportingVerb>): boolean {
  const between = tokens.slice(match.first + 1, match.last);
  const after = tokens[match.last + 1];
  // (`see as many as ten`: the `*` may take the first `as` of a comparison.)
  if (between.length === 0 || !after || NOT_JUDGED_AS.has(after.norm) || between.some((token) => token.norm === 'as' || NOT_JUDGED_AS.has(token.norm))) return false;
  const [first, second] = between;
  if (!first || !second) return true;
  return isCapitalised(first) || DETERMINERS.has(first.norm) || POSSESSIVES.has(first.norm) || !holdsVerb(text.slice(first.start, second.end));
}

/** The verbs of dismissing, which are speech only with something said for their object (see isNotSpeech). */
const DISMISSING = /^dismiss/u;

/** How many words the one condemned may run to before the `to` of their fate. */
const CONDEMNED_REACH = 4;

/**
 * `condemned Mansfield to a ninth defeat`, `condemned them to life in prison`: to condemn someone to a fate is to doom or
 * sentence them, an act, no words of condemnation (`condemned the attack`).
 */
function condemnedToFate(text: string, tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length - 1 && k - verb <= CONDEMNED_REACH; k++) {
    if (boundaryAfter(text, tokens, k - 1)) return false;
    if (readAt(tokens, k, 'tokens').norm !== 'to') continue;
    const fate = readAt(tokens, k + 1, 'tokens');
    return k > verb + 1 && (DETERMINERS.has(fate.norm) || POSSESSIVES.has(fate.norm) || NUMBER_WORDS.has(fate.norm) || /^\d/u.test(fate.raw) || fate.norm === 'life' || fate.norm === 'death');
  }
  return false;
}

/** Forms of `tell`: each may narrate (`told the story of`); the present may describe what someone habitually does. */
const TELLING: ReadonlySet<string> = new Set(['tell', 'tells', 'telling', 'told']);
/** What a film, book or show tells (`tells the story of`): a narrative, no one's claim. */
const NARRATIVES: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales']);
/** Words that open what is told as words after `of` or `about`, which then reports speech (`told them about how he was …`). */
const OPENS_TOLD_WORDS: ReadonlySet<string> = new Set(['that', 'how', 'what', 'why', 'when', 'where', 'whether', 'who', 'his', 'her', 'their', 'its', 'my', 'our']);
/** Subjects of `tell` that are people speaking, never a work (`She regularly tells the story of …`). */
const TELLERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'who', 'regularly', 'often', 'always', 'still']);
/** How many words the people told may take before `of` or `about` (`tell home computer users about`). */
const TOLD_PEOPLE_REACH = 4;

/**
 * True when `tell`, in the present, narrates or describes a service rather than reports words: a film or book that `tells
 * the story of` a man (not `she tells the story of how …`), or someone who tells people `of` or `about` a thing (`The services also tell citizens of serious
 * security threats`, `Restaurants use texts to tell customers about offers`): what they do, not what they said. `told
 * reporters about his plans`, `tells them about how …` and a clause or a quotation after it still report words.
 */
function tellsAStoryOrAService(text: string, tokens: readonly Token[], last: number): boolean {
  const verb = readAt(tokens, last, 'tokens').norm;
  // Only the present tells what a work is about; a person who `told the story of` a supporter, or who `tells the story of how`
  // he wooed her, is speaking (PolNeAR marks both as attributions).
  if (verb !== 'tell' && verb !== 'tells') return false;
  if (last > 0 && TELLERS.has(readAt(tokens, last - 1, 'tokens').norm)) return false;
  const after = tokens.slice(last + 1, last + 5).map((token) => token.norm);
  const story = after[0] === 'of' || after[0] === 'the' || after[0] === 'a' ? 1 : -1;
  if (story > 0 && NARRATIVES.has(after[story] ?? '')) return !OPENS_TOLD_WORDS.has(after[story + 2] ?? '') || after[story + 1] !== 'of';
  for (let k = last + 2; k <= last + 1 + TOLD_PEOPLE_REACH && k < tokens.length - 1; k++) {
    if (boundaryAfter(text, tokens, k - 1)) return false;
    const word = readAt(tokens, k, 'tokens');
    if (word.norm !== 'of' && word.norm !== 'about') continue;
    const thing = readAt(tokens, k + 1, 'tokens');
    // (`will tell the congregation of 2,000 … that peace is worth it`: a clause later in the sentence is what is told.)
    const clauseLater = tokens.slice(k + 1).some((token) => token.norm === 'that') || DOUBLE_QUOTE_MARK.test(text.slice(word.end, readAt(tokens, tokens.length - 1, 'tokens').end));
    return !OPENS_TOLD_WORDS.has(thing.norm) && !clauseLater;
  }
  return false;
}

function isNotSpeech(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const verb = readAt(tokens, last, 'tokens').norm;
  // `voters who feel ignored`, `people who feel "taken for granted"`: a feeling with no clause after it is a state, not a
  // belief anyone states.
  if ((verb === 'feel' || verb === 'feels' || verb === 'felt') && next?.norm !== 'that' && !opensClause(text, tokens, last)) return true;
  if (KNOWING.has(verb) && !asFarAsKnown(tokens, last)) return true;
  if (verb === 'expect' && advisedExpectation(tokens, last)) return true;
  // `the Tories will attack.`: an attack or a welcome with no object names nothing said.
  if ((verb.startsWith('attack') || verb.startsWith('welcome')) && (!next || boundaryAfter(text, tokens, last))) return true;
  // `…, the Law Lords have ruled.` is a ruling reported after its content; `ruled out a retrial`, `ruled the country` are acts,
  // while `ruled the strike was unlawful` gives a ruling with its `that` left out: a clause follows.
  if (verb === 'ruled' && next && !boundaryAfter(text, tokens, last) && !(next.norm !== 'out' && opensClause(text, tokens, last))) return true;
  // `make free PC-based calls to other users`, `make free phone calls.`: after a determiner, a word of making or of the kind
  // of call, a figure or a hyphened participle, `calls` is the noun, at the sentence's end too.
  if (verb === 'calls' && last > 0 && callsIsNoun(text, tokens, last - 1)) return true;
  if (!next || boundaryAfter(text, tokens, last)) return false;
  // (`added four conversions`: a count in words is a figure too.)
  if (ACCOUNT_VERBS.has(verb) && (/^\d/.test(next.raw) || NUMBER_WORDS.has(next.norm) || /[$£€]\s*$/.test(text.slice(readAt(tokens, last, 'tokens').end, next.start)))) return true;
  if (next.norm === 'up') return true;
  if (JUDGED_FOR.has(verb) && next.norm === 'for') return true;
  if (TELLING.has(verb) && tellsAStoryOrAService(text, tokens, last)) return true;
  if (verb.startsWith('condemn') && condemnedToFate(text, tokens, last)) return true;
  // `Wales maintained their superb start`: to maintain a thing is to keep it up; `maintained his innocence`, `maintains the
  // case has no place here` (a clause, its `that` left out) and `maintained that` still say something.
  if (
    verb.startsWith('maintain') &&
    (POSSESSIVES.has(next.norm) || BARE_DETERMINERS.has(next.norm)) &&
    !tokens.slice(last + 2, last + 5).some((token) => MAINTAINED_CLAIMS.has(token.norm) || AUXILIARIES.has(token.norm) || FORMS_OF_BE.includes(token.norm))
  )
    return true;
  // `has added another layer`, `add a twist`: adding a thing, not words.
  // `'...,' added another Labour councillor`: after a quotation the verb opens its speaker's clause.
  // (`"…," added the skipper.`: right after a quotation closes, whoever the words after name.)
  const afterQuotation = closesQuotationBefore(text, tokens, last);
  if (
    verb.startsWith('add') &&
    ADDED_THINGS.has(next.norm) &&
    !afterQuotation &&
    !(last > 0 && boundaryAfter(text, tokens, last - 1) && namesPersonSoon(tokens, last + 2)) &&
    !opensClause(text, tokens, last + 1)
  )
    return true;
  // `are taking over the chart show, adding showbiz news, celebrity interviews and …`: a participle after a comma whose words, to
  // the next break, hold no verb adds a thing to what the sentence describes; `, adding more could go` adds words.
  if (verb === 'adding' && last > 0 && boundaryAfter(text, tokens, last - 1) && !afterQuotation && !clauseFollows(text, tokens, last)) return true;
  // `The 337 new jobs added to US payrolls … was`, `the jobs added in October were`: added to something, or at a time, is a
  // count's verb, whatever finite verb follows (`added in a statement` and `added, in an interview` are words).
  if (verb.startsWith('add') && (next.norm === 'to' || (TIME_PREPOSITIONS.has(next.norm) && isTime(tokens, last + 2))) && !(last > 0 && boundaryAfter(text, tokens, last - 1))) return true;
  // `Ministers had hoped to get £900m`: a hope the sentence goes on to say was dashed is narrative, not anyone's claim.
  if (verb === 'hoped' && last > 0 && readAt(tokens, last - 1, 'tokens').norm === 'had') return true;
  // `issued its third profits warning`: a kind of warning is a noun.
  if ((verb === 'warning' || verb === 'warnings') && last > 0 && WARNING_KINDS.has(readAt(tokens, last - 1, 'tokens').norm)) return true;
  // `Ex-BBC chat show host`: a kind of show is a noun.
  if ((verb === 'show' || verb === 'shows') && last > 0 && SHOW_KINDS.has(readAt(tokens, last - 1, 'tokens').norm)) return true;
  // `decided to appeal`, `decided the case`: a decision taken is an act; only a question decided (`decided the practice
  // discriminated against …`, a clause after it) is a court's finding (whose subject must be a court: RULING_BODIES).
  if (verb === 'decided' && !clauseFollows(text, tokens, last)) return true;
  // `dismissed 300 staff`, `dismissed the case`: only a rejection of something said is a claim of the one who dismisses it;
  // `An employment tribunal dismissed her allegations`: a court that dismisses them rules, an act.
  if (verb.startsWith('dismiss') && (!objectIsSaid(text, tokens, last + 1) || (last > 0 && RULING_BODIES.has(readAt(tokens, last - 1, 'tokens').norm)))) return true;
  // `has denied Elvis his fourth number one`, `denied him a place`: someone kept from something, no words denied.
  if (verb.startsWith('den') && verb !== 'denial' && keptFrom(tokens, last)) return true;
  // `Tourist claimed the top spot`, `claimed her fourth title`: a prize or a place taken, no words claimed.
  if (verb.startsWith('claim') && takesAPrize(tokens, last)) return true;
  // `Sales compared with a year ago`, `up 5% compared to 2003`: a comparison of figures, not a speaker's.
  if (verb.startsWith('compare') && (COMPARED_WITH.has(next.norm) || /^\d/u.test(next.raw))) return true;
  // `echoed the sound`, `underlined the text`: only an echo or a stress of something said or decided (`echoed criticisms of
  // the scheme`, `underlined Tory promises`) is anyone's words.
  if ((verb.startsWith('echo') || verb.startsWith('underline')) && !objectIsSaid(text, tokens, last + 1, ATTACKED_THINGS)) return true;
  // `attacked a convoy`: only an attack on something said or decided is a claim of the attacker.
  // (`attack the Lib Dems for wanting to …`: a party or a person attacked for what they do or say is a verbal attack too.)
  if (verb.startsWith('attack') && !objectIsSaid(text, tokens, last + 1, ATTACKED_THINGS) && !namedAttackedFor(text, tokens, last + 1)) return true;
  // `Duff blasted in a shot`, `blasted wide`, `blasted the ball home`, `Doom 3 has blasted away the competition`: a shot or a
  // win, not a verbal attack (`blasted the plans`, `blasted Mr Blair`, `blasted out an e-mail stating` are words).
  if (verb === 'blasted' && (SHOT_DIRECTIONS.has(next.norm) || (BARE_DETERMINERS.has(next.norm) && SHOTS.has(tokens[last + 2]?.norm ?? '')))) return true;
  // `Wanderers hit back through Giannakopoulos`, `Rush hit back moments later`: a reply on the field, no retort; only one at
  // someone or something (`hit back at Labour claims`), by saying, or with something said (`hit back with a warning`) is words.
  if (
    verb === 'back' &&
    last > 0 &&
    HITTING.has(readAt(tokens, last - 1, 'tokens').norm) &&
    !RETORT_LINKS.has(next.norm) &&
    !(next.norm === 'with' && objectIsSaid(text, tokens, last + 2, ATTACKED_THINGS)) &&
    !opensClause(text, tokens, last)
  )
    return true;
  // `Kipchoge responded and a burst of speed clinched victory`, `Irish replied with three penalties`, `Contepomi replied in kind`,
  // `they responded well`: a reply in deeds, on the field or off it; only one to something, by saying, with something said, or
  // opening a clause is words (`replied that they were not`, `responded angrily, saying`), and so is one right after a quotation
  // (`"…," replied Mr Sullivan`).
  if (REPLYING.has(verb) && !closesQuotationBefore(text, tokens, last)) {
    let at = last + 1;
    while (at < tokens.length && /ly$/u.test(readAt(tokens, at, 'tokens').norm) && !boundaryAfter(text, tokens, at - 1)) at++;
    const link = tokens[at];
    if (
      link &&
      !boundaryAfter(text, tokens, at - 1) &&
      !REPLY_LINKS.has(link.norm) &&
      !(link.norm === 'with' && objectIsSaid(text, tokens, at + 1, ATTACKED_THINGS)) &&
      !opensClause(text, tokens, last)
    )
      return true;
  }
  // `welcomed 2,000 guests`: only a welcome of something said or decided is a judgement of the one who welcomes it.
  // `welcomed Tony Blair's "courage in keeping his word"`, `welcomed his apology`: someone's act or words, possessed or quoted, are judged too.
  if (verb.startsWith('welcome') && !objectIsSaid(text, tokens, last + 1, ATTACKED_THINGS) && !possessedOrQuoted(text, tokens, last + 1)) return true;
  // (`added that profits would rise`: a `that` clause is words, whatever figure it holds.)
  if (ACCOUNT_VERBS.has(verb) && next.norm !== 'that' && postsFigures(text, tokens, last)) return true;
  // `a company called Fenwick Ltd`: naming, not saying.
  // (`a scruffy little Austrian called Adolf Hitler`: after a nationality too.)
  // (`Amnesty has called Camp Delta "a scandal"`: after `has`, `have` or `had` the verb is active, a judgement, never a name.)
  if (
    (verb === 'called' || verb === 'calls') &&
    isCapitalised(next) &&
    last > 0 &&
    !PERFECT_AUXILIARIES.has(readAt(tokens, last - 1, 'tokens').norm) &&
    (!isCapitalised(readAt(tokens, last - 1, 'tokens')) || isOfPlace(readAt(tokens, last - 1, 'tokens').norm))
  )
    return true;
  // `pleaded guilty to charges that …`, `pleads not guilty`: a plea in court is an act the article reports, not a claim of theirs.
  if (verb.startsWith('plead') && (next.norm === 'guilty' || next.norm === 'not' || next.norm === 'innocent' || next.norm === 'no')) return true;
  // `called in sick`, `called off the strike`: a phrasal verb of acting, not of saying; `calling time on his career` ends it.
  if (verb.startsWith('call') && (next.norm === 'in' || next.norm === 'off' || (next.norm === 'time' && tokens[last + 2]?.norm === 'on'))) return true;
  // `has continued talks with`: going on with a thing is no saying; `he continued: "…"`, `continued that` are.
  if (verb.startsWith('continu') && next.norm !== 'that' && next.norm !== 'to' && !isCapitalised(next) && !opensClause(text, tokens, last)) return true;
  // `agreed settlements with the SEC`, `agreed a deal`: agreeing a thing is an act; `agreed the plan was flawed` opens a clause.
  if (verb.startsWith('agree') && next.norm !== 'that' && next.norm !== 'with' && next.norm !== 'on' && !opensClause(text, tokens, last) && !PERSONAL.has(next.norm)) return true;
  // `has agreed to refrain`: a commitment, not words.
  return next.norm === 'to' && (readAt(tokens, last, 'tokens').norm.startsWith('continu') || readAt(tokens, last, 'tokens').norm.startsWith('agree'));
}

/** Where a ball is `blasted` (`blasted wide`, `blasted home`, `blasted in a shot`), and `away` as a rival is beaten. */
const SHOT_DIRECTIONS: ReadonlySet<string> = new Set(['wide', 'over', 'home', 'in', 'into', 'past', 'high', 'away']);
/** What a player `blasted` (`blasted the ball`, `blasted a free-kick`). */
const SHOTS: ReadonlySet<string> = new Set(['ball', 'shot', 'effort', 'free-kick', 'penalty', 'drive', 'volley']);
/** Verbs of replying, which are words only with what is answered or said after them (see isNotSpeech). */
const REPLYING: ReadonlySet<string> = new Set(['replied', 'responded']);
/** Words after a verb of replying that go on to what the reply answers or how it was made (`responded to`, `replied that`). */
const REPLY_LINKS: ReadonlySet<string> = new Set(['to', 'by', 'that', 'saying', 'insisting', 'arguing', 'claiming', 'accusing', 'warning', 'on']);
/** The forms of `hit` in `hit back`. */
const HITTING: ReadonlySet<string> = new Set(['hit', 'hits', 'hitting']);
/** Words after `hit back` that go on to what the retort answers or how it was made (`hit back at`, `hit back by saying`). */
const RETORT_LINKS: ReadonlySet<string> = new Set(['at', 'by', 'against', 'saying', 'insisting', 'arguing', 'claiming', 'accusing', 'warning', 'that']);

/** True when a modal of ability or advice stands before `expect` at `at` (`people could not expect`, `gamers should expect`). */
function advisedExpectation(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && BETWEEN_MODAL_AND_VERB.has(readAt(tokens, before, 'tokens').norm)) before--;
  return before >= 0 && ADVISING_MODALS.has(readAt(tokens, before, 'tokens').norm);
}

/** How far after `added the` or `dismissed` the clause's verb or the object's noun may stand. */
const OBJECT_REACH = 6;

/** True when a finite verb follows within reach, not right after a determiner: `added the answer represented` adds words. */
function opensClause(text: string, tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < Math.min(tokens.length, from + OBJECT_REACH); i++) {
    if (boundaryAfter(text, tokens, i - 1)) return false;
    // `he had added the 5,000m crown and I had finished`: `and` with a pronoun opens a clause of its own, not what was added.
    if (i - 2 >= from && CONJUNCTIONS.has(readAt(tokens, i - 2, 'tokens').norm) && SUBJECT_PRONOUNS.has(readAt(tokens, i - 1, 'tokens').norm)) return false;
    if (CLAUSE_VERBS.has(readAt(tokens, i, 'tokens').norm) && !BARE_DETERMINERS.has(readAt(tokens, i - 1, 'tokens').norm)) return true;
  }
  return false;
}

/** How far after a noun of figures its phrase is read for a finite verb (`a rise in interest rates could …`). */
const FIGURE_PHRASE_REACH = 8;
/** Words that join a clause of their own after a figure's phrase: `posted a loss as sales fell`, `thanks to …`, `despite …`. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['as', 'thanks', 'due', 'despite', 'amid', 'with', 'it', 'they', 'he', 'she']);

/**
 * True when a verb of accounts at `verb` has a noun of figures for its object within three words (`posted a loss`, `posted an
 * 18% jump in profits`, `booked record profits`): the firm's accounts, not words. A conversion in brackets is passed over
 * (`posted a $676m (£352m) loss`). A clause after the figure's phrase makes the verb one of speech with its `that` left out
 * (`He added a rise in rates could not be ruled out`).
 */
function postsFigures(text: string, tokens: readonly Token[], verb: number): boolean {
  let words = 0;
  for (let i = verb + 1; i < tokens.length && words < 3; i++) {
    if (insideBrackets(text, tokens, i)) continue;
    words++;
    if (!FIGURE_NOUNS.has(readAt(tokens, i, 'tokens').norm)) continue;
    // (`posted a rise in profits as demand grew`, `… that was bigger than expected`: a clause joined on is another clause.)
    for (let j = i + 1; j < tokens.length && j <= i + FIGURE_PHRASE_REACH && !boundaryAfter(text, tokens, j - 1); j++) {
      const word = readAt(tokens, j, 'tokens').norm;
      if (word === 'that' || RELATIVES.has(word) || CONJUNCTIONS.has(word) || SUBORDINATING_CONJUNCTIONS.has(word) || CLAUSE_JOINERS.has(word)) return true;
      if (CLAUSE_VERBS.has(word)) return false;
    }
    return true;
  }
  return false;
}

/** True when the token at `at` stands inside brackets that open after the token before it (`a $676m (£352m) loss`). */
function insideBrackets(text: string, tokens: readonly Token[], at: number): boolean {
  for (let i = at; i > 0; i--) {
    const between = text.slice(readAt(tokens, i - 1, 'tokens').end, readAt(tokens, i, 'tokens').start);
    if (between.includes(')')) return false;
    if (between.includes('(')) return true;
  }
  return false;
}

/** True when what follows the verb at `at`, up to the next break, is a clause with a verb of its own (not `to` and a verb). */
function clauseFollows(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || next.norm === 'to' || boundaryAfter(text, tokens, at)) return false;
  let end = at + 1;
  while (end < tokens.length - 1 && !boundaryAfter(text, tokens, end)) end++;
  return end > at + 2 && holdsVerb(text.slice(readAt(tokens, at + 2, 'tokens').start, readAt(tokens, end, 'tokens').end));
}

/** Words before `calls` that make it the noun (`free calls`, `phone calls`, `make calls`, `the calls`). */
const CALLS_NOUN_BEFORE: ReadonlySet<string> = new Set([
  'make',
  'makes',
  'made',
  'making',
  'phone',
  'telephone',
  'mobile',
  'voice',
  'video',
  'nuisance',
  'cold',
  'free',
  'cheap',
  'international',
  'local',
]);

/** True when the word at `at`, before `calls`, makes it a noun: a determiner, a word of `CALLS_NOUN_BEFORE`, a figure or a hyphened participle (`PC-based`). */
function callsIsNoun(text: string, tokens: readonly Token[], at: number): boolean {
  const before = readAt(tokens, at, 'tokens');
  const hyphened = at > 0 && /ed$/u.test(before.norm) && text.slice(readAt(tokens, at - 1, 'tokens').end, before.start) === '-';
  return BARE_DETERMINERS.has(before.norm) || CALLS_NOUN_BEFORE.has(before.norm) || hyphened || /^\d/u.test(before.raw);
}

/** True when what follows `dismissed` is something said, or a judgement with `as`: `dismissed the latest Tory attack`. */
function objectIsSaid(text: string, tokens: readonly Token[], from: number, alsoSaid?: ReadonlySet<string>): boolean {
  for (let i = from; i < Math.min(tokens.length, from + OBJECT_REACH); i++) {
    if (DISMISSED_WORDS.has(readAt(tokens, i, 'tokens').norm) || alsoSaid?.has(readAt(tokens, i, 'tokens').norm)) return true;
    if (boundaryAfter(text, tokens, i)) return false;
  }
  return false;
}

/** True when the object from `from` is capitalised words (after `the`) followed by `for` and a deed or stance: `the Lib Dems for wanting`. */
function namedAttackedFor(text: string, tokens: readonly Token[], from: number): boolean {
  let at = tokens[from]?.norm === 'the' ? from + 1 : from;
  if (at >= tokens.length || !isCapitalised(readAt(tokens, at, 'tokens'))) return false;
  while (at + 1 < tokens.length && isCapitalised(readAt(tokens, at + 1, 'tokens')) && !boundaryAfter(text, tokens, at)) at++;
  // What they are attacked for is a deed or a stance (`for wanting`, `for its record`), not a time (`for a third day`).
  const reason = tokens[at + 2];
  return tokens[at + 1]?.norm === 'for' && !boundaryAfter(text, tokens, at) && reason !== undefined && (PARTICIPLE_ENDING.test(reason.norm) || POSSESSIVES.has(reason.norm));
}

/** True when the object from `from` is someone's (`his apology`, `Tony Blair's "courage"`) or holds a quotation, within reach. */
function possessedOrQuoted(text: string, tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + OBJECT_REACH); i++) {
    const token = readAt(tokens, i, 'tokens');
    if (POSSESSIVES.has(token.norm) || token.norm.endsWith("'s") || /["\u201C]/u.test(text.slice(token.start - 1, token.start))) return true;
    if (boundaryAfter(text, tokens, i)) return false;
  }
  return false;
}

/** True when one of the three words from `from` names a person or is capitalised: `another Labour councillor`. */
function namesPersonSoon(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) {
    const token = readAt(tokens, i, 'tokens');
    if (isCapitalised(token) || PEOPLE_WORDS.has(token.norm) || NOUNS.get(token.norm) === 'person-role') return true;
  }
  return false;
}

/** True when a form of `be` stands right before the verb (`he was told`, `it is said`): then its subject is not who spoke. */
/** Words of degree that open `more likely to say`: after `were`, a comparison of who says so, not a passive. */
const LIKELIER: ReadonlySet<string> = new Set(['more', 'less', 'most', 'least']);

function isPassive(text: string, tokens: readonly Token[], verb: number): boolean {
  // `is saying` is progressive, not passive; `were more likely to say` is a comparison, the group its subject.
  if (readAt(tokens, verb, 'tokens').norm.endsWith('ing') || LIKELIER.has(readAt(tokens, verb, 'tokens').norm)) return false;
  // `Ebbers, accused of fraud, …`, `is standing trial, accused of …`: `accused of` with no one between is
  // said of the accused (the accuser would name whom: `accused ministers of`).
  if (readAt(tokens, verb, 'tokens').norm === 'accused' && tokens[verb + 1]?.norm === 'of') return true;
  let i = verb - 1;
  while (i >= 0 && (isAdverb(readAt(tokens, i, 'tokens')) || BETWEEN_BE_AND_PARTICIPLE.has(readAt(tokens, i, 'tokens').norm))) i--;
  if (i < 0 || !PASSIVE.has(readAt(tokens, i, 'tokens').norm)) return false;
  // `"... and she will be," said Tom Hale`: a quotation that ends on `be` leaves the verb after it active.
  for (let j = i; j < verb; j++) if (boundaryAfter(text, tokens, j)) return false;
  return true;
}

/**
 * True when the participle at `verb` is a passive under a modal (`would be warmly welcomed by`, `may not be welcomed by`, `will
 * be criticised by`): what the agent will do is foretold, and the agent has said nothing yet.
 */
function passiveForetold(tokens: readonly Token[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && isAdverb(readAt(tokens, i, 'tokens'))) i--;
  if (tokens[i]?.norm !== 'be') return false;
  i--;
  while (i >= 0 && BETWEEN_MODAL_AND_VERB.has(readAt(tokens, i, 'tokens').norm)) i--;
  return i >= 0 && MODALS.has(readAt(tokens, i, 'tokens').norm);
}

/** How many words after a cue the noun of a document may stand (`in a new book`, `in the annual report`). */
const DOCUMENT_NOUN_REACH = 3;

/** True when a document's noun stands within the first words from `from` (`a book published this week by X`). */
function namesDocumentSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + DOCUMENT_NOUN_REACH); k++) if (NOUNS.get(readAt(tokens, k, 'tokens').norm) === 'document') return true;
  return false;
}

/** Marks the people named inside a document that is a source (`a book published this week by Philippe Sands QC`) as its authors. */
function markAuthors(text: string, tokens: readonly Token[], attributions: readonly Attribution[], mentions: Mention[]): void {
  for (const attribution of attributions) {
    if (!attribution.links.some((link) => link.role === 'document')) continue;
    let marked = false;
    for (const mention of mentions) {
      const at = readAt(tokens, mention.first, 'tokens');
      if (mention.link.person && at.start > attribution.source.start && at.end <= attribution.source.end) mention.authored = marked = true;
    }
    if (!marked) {
      // `by Philippe Sands QC`: a name of two capitalised words or more after `by`, not a body's, is the author's even
      // when no title or known given name marks it.
      const by = tokens.findIndex((token) => token.norm === 'by' && token.start > attribution.source.start && token.end < attribution.source.end);
      let end = by + 1;
      while (by >= 0 && end + 1 < tokens.length && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(text, tokens, end)) end++;
      if (by < 0 || end - by < 2 || !isCapitalised(readAt(tokens, by + 1, 'tokens')) || ORGANISATION_WORDS.has(readAt(tokens, end, 'tokens').norm)) continue;
      const name = text.slice(readAt(tokens, by + 1, 'tokens').start, readAt(tokens, end, 'tokens').end);
      mentions.push({ first: by + 1, opens: false, authored: true, link: { name, kind: 'named', person: true, role: 'person' } });
    }
  }
}

/** Words that introduce a title in quotation marks after the noun of a document or a body (`the report on "…"`). */
const TITLE_LINKS: ReadonlySet<string> = new Set(['on', 'of', 'entitled', 'titled', 'called', 'into']);

/** How many words a quoted title between its noun and the verb may hold. */
const TITLE_REACH = 12;

/**
 * Where the word introducing a quoted title stands when the verb at `verb` follows the title's closing quotation mark
 * (`the FAO report on the "State of …" said`: the `on`), so that the subject is read from before it; undefined otherwise.
 */
function quotedTitleBefore(text: string, tokens: readonly Token[], verb: number): number | undefined {
  if (verb < 2 || !/["\u201d]/u.test(text.slice(readAt(tokens, verb - 1, 'tokens').end, readAt(tokens, verb, 'tokens').start))) return undefined;
  for (let k = verb - 1; k > 0 && verb - k <= TITLE_REACH; k--) {
    const gap = text.slice(readAt(tokens, k - 1, 'tokens').end, readAt(tokens, k, 'tokens').start);
    if (!/["\u201c]/u.test(gap)) continue;
    // The title may open after its link word and a determiner (`on the "State of …"`).
    let link = k - 1;
    if (link > 0 && readAt(tokens, link, 'tokens').norm === 'the') link--;
    return TITLE_LINKS.has(readAt(tokens, link, 'tokens').norm) && link > 0 && NOUNS.has(readAt(tokens, link - 1, 'tokens').norm) ? link : undefined;
  }
  return undefined;
}

/**
 * `A senior Tory MP has criticised …`, `"…," the economy minister said.`: a source named by a role alone, that no one
 * named before holds, is kept for the next sentence, which names it when it gives someone that role (`Edward Leigh, the
 * Tory MP for Gainsborough, said`, `"…," said economy minister Heizo Takenaka`); otherwise it stays as written.
 */
function holdRoleForNextSentence(tokens: readonly Token[], phrase: [number, number], links: readonly SourceLink[], memory: SourceMemory): void {
  const [first, last] = phrase;
  const link = links[0];
  const determiner = readAt(tokens, first, 'tokens').norm;
  if (links.length !== 1 || !link || link.kind !== 'named' || (!INDEFINITE.has(determiner) && determiner !== 'the') || NOUNS.get(readAt(tokens, last, 'tokens').norm) !== 'person-role') return;
  const role = { head: readAt(tokens, last, 'tokens').norm, words: new Set(tokens.slice(first + 1, last).map((token) => token.norm)) };
  // Only a link that is still the role as written is named later; a person it already stands for (`A Tory MP, Edward
  // Leigh, said`) keeps their name.
  if (!link.name.toLowerCase().endsWith(role.head)) return;
  // `the executive`, `an official`: a bare role most often goes back to someone unnamed before (`an unnamed executive at
  // Euronext`), not on to the next person of that trade; only an office with its own words (`Tory`, `economy`) is kept.
  if (![...role.words].some((word) => !ROLE_EPITHETS.has(word))) return;
  // A definite role someone already holds, or that two people hold, was resolved (or left) from what came before.
  if (determiner === 'the' && (findRoleHolder(memory, role) !== undefined || !/^the\s/iu.test(link.name))) return;
  memory.pendingRole = { role, link, sentence: memory.sentence };
}

/**
 * Where the subject starts in `tokens[start..end]` when the sentence opens with a time or setting
 * and no comma (`Earlier this month the firm said`, `In 2003 the bank said`, `After the meeting the
 * chairman said`, whether the phrase holds the opening word or a reader stopped right after it): at
 * the last word that opens a noun phrase; otherwise `start` as it is.
 */
function afterTimeLead(tokens: readonly Token[], start: number, end: number): number {
  if (!TIME_LEADS.has(readAt(tokens, start, 'tokens').norm) && !/^\d/.test(readAt(tokens, start, 'tokens').raw) && !followsOpeningLead(tokens, start)) return start;
  // (`In recent years the leader of the opposition`: a determiner after a role and `of` opens the role's complement, not the subject.)
  for (let k = end - 1; k > start; k--) if (SUBJECT_OPENERS.has(readAt(tokens, k, 'tokens').norm) && !roleOfBefore(tokens, k)) return k;
  // `Last month Australia's competition watchdog`, `Last Tuesday Mr Brown`: a subject that opens with no determiner starts
  // after the period's words.
  let k = start;
  while (k < end && (TIME_LEADS.has(readAt(tokens, k, 'tokens').norm) || PERIOD_DEICTICS.has(readAt(tokens, k, 'tokens').norm))) k++;
  return k > start && (PERIODS.has(readAt(tokens, k, 'tokens').norm) || WEEKDAYS.has(readAt(tokens, k, 'tokens').norm)) && k < end ? k + 1 : start;
}

/** True when a role and `of` stand right before `at` (`the leader of | the opposition`, `the chairman of | the commission`). */
function roleOfBefore(tokens: readonly Token[], at: number): boolean {
  return at > 1 && readAt(tokens, at - 1, 'tokens').norm === 'of' && NOUNS.get(readAt(tokens, at - 2, 'tokens').norm) === 'person-role';
}

/** One capitalised word ending in -s (`Analysts`), a module constant: tested for the subject of many cues of every article. */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** True when every word before `start` is a time lead or an adverb, the last a lead: `After | the meeting the chairman`, `Shortly after | …`. */
function followsOpeningLead(tokens: readonly Token[], start: number): boolean {
  if (start === 0 || !TIME_LEADS.has(readAt(tokens, start - 1, 'tokens').norm)) return false;
  // The sentence's first word is capitalised, so an adverb is known here by its ending alone (`Shortly`).
  for (let k = 0; k < start - 1; k++) if (!TIME_LEADS.has(readAt(tokens, k, 'tokens').norm) && !/^\p{Ll}{3,}ly$/u.test(readAt(tokens, k, 'tokens').norm)) return false;
  return true;
}

function phraseBefore(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array, acrossComma = false): [number, number] | undefined {
  let end = verb - 1;
  if (end < 0 || (!acrossComma && boundaryAfter(text, tokens, end))) return undefined;
  // (`Originally called "…" the firm …`: an adverb opening the sentence is capitalised, and is still no subject.)
  // `Democrats don't think`: a negated `do` before a verb of a view held is skipped as `do not` is.
  const negatedView = VERBS_OF_VIEWS.has(readAt(tokens, verb, 'tokens').norm);
  while (
    end >= 0 &&
    (isSkipped(readAt(tokens, end, 'tokens')) ||
      isAdverb(readAt(tokens, end, 'tokens')) ||
      (negatedView && NEGATED_DO.has(readAt(tokens, end, 'tokens').norm)) ||
      (end === 0 && LEADING_ADVERBS.has(readAt(tokens, 0, 'tokens').norm)))
  ) {
    if (end > 0 && boundaryAfter(text, tokens, end - 1)) return undefined;
    end--;
  }
  // `Mr Brown yesterday said`, `The company on Monday said`, `The committee has this week announced`: a time between the
  // subject and its verb is no part of the source.
  const beforeTime = end >= 0 ? timeTailStart(tokens, end) : end;
  // `Reince Priebus, the GOP chairman, this past week announced`: a time alone after a comma leaves the subject to the apposition reader.
  if (beforeTime <= end && beforeTime > 0 && boundaryAfter(text, tokens, beforeTime - 1)) return undefined;
  if (beforeTime <= end && beforeTime > 0) {
    end = beforeTime - 1;
    while (end > 0 && (isSkipped(readAt(tokens, end, 'tokens')) || isAdverb(readAt(tokens, end, 'tokens'))) && !boundaryAfter(text, tokens, end - 1)) end--;
  }
  if (end < 0) return undefined;
  // `rather than 6% as forecast`, `as expected`: `as` and a participle say what was forecast, by no one named.
  if (readAt(tokens, end, 'tokens').norm === 'as' && end === verb - 1 && /ed$|^forecast$/u.test(readAt(tokens, verb, 'tokens').norm)) return undefined;
  if (readAt(tokens, end, 'tokens').norm === 'as' && end > 0 && !boundaryAfter(text, tokens, end - 1)) end--;
  // `North Korea's reported troop movements`: after a possessive the verb is an adjective; not one that never is (`Moody's
  // said`), nor one after an auxiliary, which no possessive takes (`Standard & Poor's has warned`): the name ends in -'s.
  // (`It's said that …`: a function word's -'s is `is` or `has`, and names no one.)
  const lastWord = readAt(tokens, end, 'tokens');
  if (
    lastWord.norm.endsWith("'s") &&
    pronounOf(lastWord.norm) === lastWord.norm &&
    !(
      isCapitalised(lastWord) &&
      !STOP_WORDS.has(lastWord.norm.slice(0, -2)) &&
      (end === verb - 1 ? NEVER_ATTRIBUTIVE.has(readAt(tokens, verb, 'tokens').norm) : AUXILIARIES.has(readAt(tokens, end + 1, 'tokens').norm))
    )
  )
    return undefined;
  let start = end;
  // `On Monday he said`: a pronoun is the whole subject.
  while (start > 0 && end - start < MAX_SOURCE_WORDS - 1 && !PERSONAL.has(pronounOf(readAt(tokens, end, 'tokens').norm))) {
    const previous = readAt(tokens, start - 1, 'tokens');
    // `people familiar with the talks`, `two people with knowledge of the matter`: `with` belongs to the source.
    const heldWith =
      start > 1 &&
      ((previous.norm === 'with' && WITH_HOLDERS.has(readAt(tokens, start - 2, 'tokens').norm)) || (previous.norm === 'by' && NOUNS.get(readAt(tokens, start - 2, 'tokens').norm) === 'document'));
    // `the Pew Internet and American Life Project said`: an `and` between capitalised words of a name that ends in a word for a body is
    // inside it; two bodies so joined (`the IMF and World Bank said`) are kept as one source that names both, as the note reads them.
    const inBodyName =
      previous.norm === 'and' &&
      start > 1 &&
      isCapitalised(readAt(tokens, start, 'tokens')) &&
      (isCapitalised(readAt(tokens, start - 2, 'tokens')) || hyphenedToCapital(text, tokens, start - 2)) &&
      (ORGANISATION_WORDS.has(readAt(tokens, end, 'tokens').norm) ||
        (isCapitalised(readAt(tokens, end, 'tokens')) && CAPITALISED_NAME_ENDINGS.has(readAt(tokens, end, 'tokens').norm)) ||
        bodyNameRunsThroughOf(tokens, start - 2) ||
        placesOfRole(tokens, start - 2) ||
        insideFieldList(text, tokens, start - 2));
    // `a growth rate of 8% Axa said`: a name right after a figure, its comma missing, starts the subject.
    const afterFigure = /^\d/u.test(previous.raw) && isCapitalised(readAt(tokens, start, 'tokens')) && start === end && !MONTH_NAMES.includes(readAt(tokens, start, 'tokens').norm);
    // `paying $2m to an unnamed agent in Lagos claiming`: a preposition after an amount opens the phrase of whom it went to;
    // the amount and the verb before it are no part of the subject.
    // `the rupee shed 1% against the dollar Analysts said`: a capitalised word for people right after a lower-case word opens
    // a sentence whose full stop is missing.
    // (`A group of five MPs`, `senior Tories`, `National Union of Students`: a group's short form or party after a modifier, or
    // a word after a preposition, is within the phrase.)
    const missedStop =
      start === end &&
      CAPITALISED_PLURAL.test(readAt(tokens, start, 'tokens').raw) &&
      NOUNS.get(readAt(tokens, start, 'tokens').norm) === 'people' &&
      !NAMED_GROUPS.has(readAt(tokens, start, 'tokens').norm) &&
      LOWER_WORD.test(previous.raw) &&
      !DETERMINERS.has(previous.norm) &&
      !QUANTIFIERS.has(previous.norm) &&
      !PREPOSITIONS.has(previous.norm) &&
      !/(?:ly|al|ior|ing|ed)$/u.test(previous.norm);
    const amountGivenTo = start > 1 && (previous.norm === 'to' || previous.norm === 'from') && /^\d/u.test(readAt(tokens, start - 2, 'tokens').raw);
    // `the chemicals-and-crops firm said`: words joined by hyphens are one word, whatever they are.
    const hyphened = text.slice(previous.end, readAt(tokens, start, 'tokens').start) === '-';
    // `the Commons standards and privileges committee said`: an `and` between two lower-case words that describe a body, after
    // the body's capitalised or definite opening, joins what the body deals with (`the unions and the committee said` is two);
    // so too the brief of an office (`the trade and industry secretary has said`).
    const inBodyTopics =
      previous.norm === 'and' &&
      start > 2 &&
      (ORGANISATION_WORDS.has(readAt(tokens, end, 'tokens').norm) || NOUNS.get(readAt(tokens, end, 'tokens').norm) === 'person-role') &&
      start < end &&
      !isCapitalised(readAt(tokens, start, 'tokens')) &&
      !isCapitalised(readAt(tokens, start - 2, 'tokens')) &&
      !DETERMINERS.has(readAt(tokens, start, 'tokens').norm) &&
      !DETERMINERS.has(readAt(tokens, start - 2, 'tokens').norm) &&
      (isCapitalised(readAt(tokens, start - 3, 'tokens')) || readAt(tokens, start - 3, 'tokens').norm === 'the');
    // `A National Audit Office report on the 20 biggest projects says`, `an inquiry into the crash found`: what a document is
    // about belongs to the document's phrase.
    const documentTopic = start > 1 && DOCUMENT_TOPICS.has(previous.norm) && NOUNS.get(readAt(tokens, start - 2, 'tokens').norm) === 'document';
    // `The German and Danish governments argue`: two adjectives of place joined by `and` describe one plural head.
    const placeAdjectives =
      previous.norm === 'and' &&
      start > 1 &&
      start < end &&
      isCapitalised(readAt(tokens, start, 'tokens')) &&
      isCapitalised(readAt(tokens, start - 2, 'tokens')) &&
      isOfPlace(readAt(tokens, start, 'tokens').norm) &&
      isOfPlace(readAt(tokens, start - 2, 'tokens').norm) &&
      /[^s']s$/u.test(readAt(tokens, end, 'tokens').norm);
    // `told a court the men did not want bail`: the one told (`a court`) is no part of the subject of the words told, which an
    // article right after it opens.
    const afterListener =
      start > 2 &&
      BARE_DETERMINERS.has(readAt(tokens, start, 'tokens').norm) &&
      LOWER_WORD.test(previous.raw) &&
      BARE_DETERMINERS.has(readAt(tokens, start - 2, 'tokens').norm) &&
      cueAt[start - 3] !== 0 &&
      TOLD.has(readAt(tokens, start - 3, 'tokens').norm);
    if (
      cueAt[start - 1] ||
      afterListener ||
      (isClauseWord(previous) && !heldWith && !inBodyName && !hyphened && !inBodyTopics && !documentTopic && !placeAdjectives) ||
      boundaryAfter(text, tokens, start - 1) ||
      afterFigure ||
      missedStop ||
      amountGivenTo
    )
      break;
    start--;
  }
  // `That person said`: a demonstrative opening its clause is the subject's determiner, not a conjunction.
  if (start > 0 && DEMONSTRATIVES.has(readAt(tokens, start - 1, 'tokens').norm) && (start === 1 || boundaryAfter(text, tokens, start - 2)) && !PERSONAL.has(readAt(tokens, start, 'tokens').norm))
    start--;
  start = afterTimeLead(tokens, start, end);
  // `because of the reports claiming`, `21% of those polled said`, `questioned for a survey`, `as against 36% who said`: a subject
  // never opens with `of`, `for` or a word of comparison; the words after it are the source. (`from` opens an apposition, `Ferry, from Exane, said`, which is read apart.)
  while (start < end && SOURCE_OPENING_PREPOSITIONS.has(readAt(tokens, start, 'tokens').norm) && !isCapitalised(readAt(tokens, start, 'tokens'))) start++;
  // (`compared to 45% who thought`, `compared with 30% who said`: the `to` or `with` of a comparison, likewise.)
  if (start < end && start > 0 && COMPARED_TO.has(readAt(tokens, start, 'tokens').norm) && readAt(tokens, start - 1, 'tokens').norm.startsWith('compar')) start++;
  if (cueAt[end] || isClauseWord(readAt(tokens, end, 'tokens')) || BARE_DETERMINERS.has(readAt(tokens, end, 'tokens').norm) || PREPOSITIONS.has(readAt(tokens, end, 'tokens').norm)) return undefined;
  // `what it promised`, `how he described it`: a clause about the saying, not an attribution of the sentence.
  // `It was what many thought would happen`, `what officials called a hate crime`: a vague group's expectation or label is still
  // theirs; not `what people think of Mr Obama`, an opinion of someone rather than a claim.
  const vagueAfterWhat =
    readAt(tokens, Math.max(0, start - 1), 'tokens').norm === 'what' &&
    (QUANTIFIERS.has(readAt(tokens, start, 'tokens').norm) || VAGUE_HEADS.has(readAt(tokens, start, 'tokens').norm) || VAGUE_HEADS.has(readAt(tokens, end, 'tokens').norm)) &&
    !OPINION_OF.has(tokens[verb + 1]?.norm ?? '');
  // `adapt to what she said is growing demand`: what was said is then predicated, so the words after the verb are her claim.
  const claimAfterWhat = readAt(tokens, Math.max(0, start - 1), 'tokens').norm === 'what' && PREDICATED.has(tokens[verb + 1]?.norm ?? '') && !boundaryAfter(text, tokens, verb);
  // `quit over what she called "bullying" tactics`: a label quoted right after a verb of naming is its subject's words. Not
  // `what it calls "…"`: `it` there is as often the thing spoken of as the body that named it, and no body need open the sentence.
  const labelAfterWhat =
    readAt(tokens, Math.max(0, start - 1), 'tokens').norm === 'what' &&
    readAt(tokens, start, 'tokens').norm !== 'it' &&
    LABELLING_AFTER_WHAT.has(readAt(tokens, verb, 'tokens').norm) &&
    QUOTED_LABEL_AFTER.test(text.slice(readAt(tokens, verb, 'tokens').end, readAt(tokens, verb, 'tokens').end + QUOTED_LABEL_REACH));
  if (start > 0 && EMBEDDING.has(readAt(tokens, start - 1, 'tokens').norm) && !vagueAfterWhat && !claimAfterWhat && !labelAfterWhat) return undefined;
  // `he asked why ministers attacked the plan`: a question put, not the ministers' claim (`That's why he said` is his).
  if (readAt(tokens, start, 'tokens').norm === 'why' && start > 0 && ASKING.has(readAt(tokens, start - 1, 'tokens').norm)) return undefined;
  // `so that it can press claims`: a modal inside the words before the verb makes them a clause, not a subject.
  for (let i = start; i < end; i++) if (MODALS.has(readAt(tokens, i, 'tokens').norm) && !isCapitalised(readAt(tokens, i, 'tokens'))) return undefined;
  // `He attacked Tory plans to …`: a pronoun followed by a lower-case word is a clause's subject and its verb, so the
  // reporting word is a noun of that clause's object.
  for (let i = start; i < end; i++) if (PERSONAL.has(readAt(tokens, i, 'tokens').norm) && !isCapitalised(readAt(tokens, i + 1, 'tokens'))) return undefined;
  // `In a move ministers say should keep costs down`: `a` before one noun and then a plural of people, with no `of` between,
  // opens a noun phrase the plural is not the head of; the plural is a subject of its own (a relative clause, its `that` left out).
  if (
    INDEFINITE_ARTICLES.has(readAt(tokens, start, 'tokens').norm) &&
    end === start + 2 &&
    LOWER_WORD.test(readAt(tokens, start + 1, 'tokens').raw) &&
    /[^s']s$/u.test(readAt(tokens, end, 'tokens').norm) &&
    (isPeoplePlural(readAt(tokens, end, 'tokens').norm) || VAGUE_HEADS.has(readAt(tokens, end, 'tokens').norm)) &&
    !NOUNS.has(readAt(tokens, start + 1, 'tokens').norm)
  )
    return [end, end];
  const opening = innerArticle(tokens, start, end);
  if (opening === undefined) return [start, end];
  // `with the £500m the government had promised.`: a subject and verb that end the clause right after a noun phrase are a
  // relative clause about that phrase (its `that` left out), not a claim the sentence carries.
  if (BARE_DETERMINERS.has(readAt(tokens, start, 'tokens').norm) && (verb === tokens.length - 1 || boundaryAfter(text, tokens, verb))) return undefined;
  return [opening, end];
}

/**
 * True when the cue of `match` is a lower-case -ed word right after `phrase`, followed by a finite `be` or `have`, and the
 * phrase's last word is no word for a source: `the damages claimed are`, where the cue describes the noun and no one speaks.
 */
function participleOnThing(context: Context, match: PhraseMatch<ReportingVerb>, phrase: [number, number]): boolean {
  const { tokens } = context;
  const verb = readAt(tokens, match.first, 'tokens');
  if (match.first !== match.last || phrase[1] !== match.first - 1 || !LOWER_WORD.test(verb.raw) || !/ed$/u.test(verb.norm)) return false;
  const head = readAt(tokens, phrase[1], 'tokens');
  const namesSource = isCapitalised(head) || NOUNS.has(head.norm) || SOURCE_HEADS.has(head.norm) || VAGUE_HEADS.has(head.norm) || isPeoplePlural(head.norm) || PERSONAL.has(pronounOf(head.norm));
  return FINITE_BE_OR_HAVE.has(tokens[match.last + 1]?.norm ?? '') && !namesSource;
}

/** Where `phrase` starts once a linking phrase that opens it (`By contrast`, `in addition`) is passed over. */
function afterLinkingPhrase(tokens: readonly Token[], [first, last]: [number, number]): number {
  const opener = LINKING_PREPOSITIONS.has(readAt(tokens, first, 'tokens').norm) ? first + 1 : first;
  const closing = opener === first ? first > 0 && LINKING_PREPOSITIONS.has(readAt(tokens, first - 1, 'tokens').norm) : true;
  return closing && opener < last && LINKING_PHRASE_ENDS.has(readAt(tokens, opener, 'tokens').norm) ? opener + 1 : first;
}

/**
 * Where a `said` or `says` cue stands inside `phrase` right before a lower-case determiner or quantifier (`Ms Carter said the
 * majority of people`), or undefined: the words after it open the subject of the clause she reports.
 */
function innerSaid(tokens: readonly Token[], [first, last]: [number, number], cueAt: Uint8Array): number | undefined {
  for (let i = last - 1; i > first; i--) {
    const next = readAt(tokens, i + 1, 'tokens');
    if (cueAt[i] && SAID_OR_SAYS.has(readAt(tokens, i, 'tokens').norm) && LOWER_WORD.test(next.raw) && (DETERMINERS.has(next.norm) || QUANTIFIERS.has(next.norm))) return i;
  }
  return undefined;
}

/** The plain verbs of speech whose subject reports a clause (`said`, `says`). */
const SAID_OR_SAYS: ReadonlySet<string> = new Set(['said', 'says']);

/**
 * True when the word at `at` is a lower-case -ing or -ed verb form followed by a determiner, a quantifier or an adjective that
 * opens a noun phrase (`accepted many experts`, `involved the use`, `reflecting recent figures`): a verb and the start of its
 * object. A noun after it makes it part of a name instead (`leading pension researchers`, `banking experts`).
 */
function verbBeforeItsObject(tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens');
  const next = tokens[at + 1];
  if (!next || !LOWER_WORD.test(word.raw) || !/\p{L}{3,}(?:ing|ed)$/u.test(word.norm) || FORMS_OF_BE.includes(word.norm)) return false;
  return DETERMINERS.has(next.norm) || QUANTIFIERS.has(next.norm) || OBJECT_OPENING_ADJECTIVES.has(next.norm);
}

/** A word that opens or joins a clause (`who`, `that`, `and`), unless written in capitals as an acronym (`The WHO said`). */
function isClauseWord(token: Token): boolean {
  return CLAUSE_WORDS.has(token.norm) && !isAcronym(token);
}

/**
 * Where an article inside `[start, end]` opens a noun phrase of its own, the last such: `the`, `a` or `an` right after a figure
 * (`the £500m the government`), a name (`According to Mr Peston the prime minister said`), `ago` (`Two weeks' ago the
 * group`) or `why` (`That's why the Kok report`). After a lower-case word an article as often follows a verb
 * inside a clause the callers read whole (`issued a statement saying`), so it is left to them.
 */
function innerArticle(tokens: readonly Token[], start: number, end: number): number | undefined {
  for (let i = end; i > start; i--) {
    if (!ARTICLES.has(readAt(tokens, i, 'tokens').norm)) continue;
    const previous = readAt(tokens, i - 1, 'tokens');
    if (LEADS_INTO_ARTICLE.has(previous.norm)) continue;
    if (/^\p{Sc}?\d/u.test(previous.raw) || isCapitalised(previous) || PHRASE_CLOSING_WORDS.has(previous.norm)) return i;
  }
  return undefined;
}

/**
 * The words from the last preposition in `phrase` to `noun` (`the reports` of `the wake of the reports`), or undefined when no
 * preposition stands in the phrase before the noun: then the noun is a verb's object or the subject itself.
 */
function carrierAfterPreposition(tokens: readonly Token[], phrase: [number, number], noun: number): [number, number] | undefined {
  let start: number | undefined;
  for (let i = phrase[0]; i < noun; i++) if (PREPOSITIONS.has(readAt(tokens, i, 'tokens').norm)) start = i + 1;
  return start === undefined ? undefined : [start, noun];
}

/**
 * The subject of the verb that issued the thing `phrase` names (`a statement` after `released`, `put out`; ISSUING_VERBS), when
 * the phrase opens with an article right after that verb and names a thing that carries words (SAYING_THINGS) in its first
 * two words (`a defiant statement`); undefined otherwise.
 */
function issuerOf(text: string, tokens: readonly Token[], phrase: [number, number], cueAt: Uint8Array): [number, number] | undefined {
  // (The subject reader may keep the particle: `out a statement`.)
  const article = readAt(tokens, phrase[0], 'tokens').norm === 'out' ? phrase[0] + 1 : phrase[0];
  const verb = article - 1;
  if (verb < 1 || !ARTICLES.has(readAt(tokens, article, 'tokens').norm) || !ISSUING_VERBS.has(readAt(tokens, verb, 'tokens').norm)) return undefined;
  if (readAt(tokens, verb, 'tokens').norm === 'out' && readAt(tokens, verb - 1, 'tokens').norm !== 'put') return undefined;
  if (!tokens.slice(article + 1, Math.min(phrase[1], article + 2) + 1).some((token) => SAYING_THINGS.has(token.norm))) return undefined;
  const issuing = readAt(tokens, verb, 'tokens').norm === 'out' ? verb - 1 : verb;
  const subject = sentenceSubject(text, tokens, issuing, cueAt, true);
  return subject && subject[1] < verb ? subject : undefined;
}

/** How many capitalised words may stand between a body's `of` and an `and` inside its name (`Department of Trade and Industry`). */
const OF_TO_AND_WORDS = 3;

/**
 * True when the capitalised word at `at` ends a run that follows a word for a body and its `of` or `for` (`Trade` of `the
 * Department of Trade and Industry`, `Food` of `Department for Environment Food and Rural Affairs`): an `and` after it is
 * inside the body's name.
 */
function bodyNameRunsThroughOf(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k > 0 && at - k < OF_TO_AND_WORDS && isCapitalised(readAt(tokens, k, 'tokens'))) {
    const before = readAt(tokens, k - 1, 'tokens');
    if ((before.norm === 'of' || before.norm === 'for') && before.raw === before.norm)
      return k > 1 && isCapitalised(readAt(tokens, k - 2, 'tokens')) && ORGANISATION_WORDS.has(readAt(tokens, k - 2, 'tokens').norm);
    k--;
  }
  return false;
}

/**
 * True when the capitalised word at `at` ends a run that follows a role and its `for` or `of` (`Sittingbourne` of `the MP for
 * Sittingbourne and Sheppey`, `Rain Man` of `the star of Rain Man and Tootsie`): the names joined by `and` after it are what the
 * role is of, and the role is the subject.
 */
function placesOfRole(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k > 0 && at - k < OF_TO_AND_WORDS && isCapitalised(readAt(tokens, k, 'tokens'))) k--;
  const preposition = readAt(tokens, k, 'tokens');
  if (k < 1 || (preposition.raw !== 'for' && preposition.raw !== 'of')) return false;
  const role = readAt(tokens, k - 1, 'tokens').norm;
  return TITLES.has(role) || NOUNS.get(role) === 'person-role';
}

/** True when the word at `at` is the second half of a capitalised hyphenated word (`Co-operation`). */
function hyphenedToCapital(text: string, tokens: readonly Token[], at: number): boolean {
  return at > 0 && text.slice(readAt(tokens, at - 1, 'tokens').end, readAt(tokens, at, 'tokens').start) === '-' && isCapitalised(readAt(tokens, at - 1, 'tokens'));
}

/** The words after the last `and` in `phrase` when a title or an article opens them (`Mr Ross` of `Mr Dale and Mr Ross`), else `phrase`. */
function secondConjunct(tokens: readonly Token[], phrase: [number, number]): [number, number] {
  for (let i = phrase[1] - 1; i > phrase[0]; i--) {
    if (readAt(tokens, i, 'tokens').norm !== 'and') continue;
    const next = readAt(tokens, i + 1, 'tokens').norm;
    return COURTESY_TITLES.has(next) || DETERMINERS.has(next) ? [i + 1, phrase[1]] : phrase;
  }
  return phrase;
}

/**
 * The second of two agents joined by `and` after a passive's first (`the Liberal Democrats` of `criticised by environmental
 * groups and the Liberal Democrats`), with its links, when it has its own article or a capital and is a source; undefined
 * for a list or an `and` that opens a clause (`… by the union and the talks ended`).
 */
function coordinatedAgent(context: Context, phrase: [number, number], cueAt: Uint8Array): { last: number; links: SourceLink[] } | undefined {
  const { text, tokens } = context;
  const and = phrase[1] + 1;
  if (tokens[and]?.norm !== 'and' || boundaryAfter(text, tokens, phrase[1]) || boundaryAfter(text, tokens, and)) return undefined;
  const next = tokens[and + 1];
  if (!next || !(next.norm === 'the' || isCapitalised(next))) return undefined;
  const second = phraseAfter(text, tokens, and + 1, cueAt);
  if (!second) return undefined;
  // The words after the agent must end the clause: `…, and the talks ended` would be a clause of its own.
  const after = tokens[second[1] + 1];
  if (after && !boundaryAfter(text, tokens, second[1]) && !PREPOSITIONS.has(after.norm) && after.norm !== 'as') return undefined;
  const links = classifySource(context, second[0], second[1]);
  return links ? { last: second[1], links } : undefined;
}

/** True when the token at `at` is a short form in capitals in brackets right after a name (`… Fellowship (CMF) and`). */
function bracketedShortForm(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!token || !before || !after || !/^[A-Z][A-Z&]+$/u.test(token.raw)) return false;
  return /^\s*\($/u.test(text.slice(before.end, token.start)) && /^\)\s+$/u.test(text.slice(token.end, after.start));
}

/**
 * The first of two subjects joined by `and` before `phrase` (`Mr Blair` of `Mr Blair and Mr Brown said`), with its links, when
 * it is a source and opens its clause (the sentence, or after a comma or an opening lead): undefined for `He met Blair and
 * Brown said` or `Profits fell and the firm said`, where the words before `and` are no subject.
 */
function coordinatedSubject(context: Context, phrase: [number, number]): { first: number; links: SourceLink[] } | undefined {
  const { text, tokens } = context;
  const and = phrase[0] - 1;
  if (and < 1 || readAt(tokens, and, 'tokens').norm !== 'and' || boundaryAfter(text, tokens, and)) return undefined;
  // `The Medical Fellowship (CMF) and the Lawyers' Fellowship (LCF) said`: the first name ends before its short form in brackets.
  const end = bracketedShortForm(text, tokens, and - 1) ? and - 2 : and - 1;
  if (end === and - 1 && boundaryAfter(text, tokens, end)) return undefined;
  const before = readAt(tokens, end, 'tokens');
  const conjunct: [number, number] | undefined = isCapitalised(before)
    ? nameEndingAt(tokens, end, text)
    : NOUNS.has(before.norm) || isPeoplePlural(before.norm)
      ? nounPhraseEndingAt(tokens, end)
      : undefined;
  if (!conjunct) return undefined;
  let first = conjunct[0];
  // `On Monday, Labour and the Tories said`: the conjunct starts after the last break inside it.
  for (let i = conjunct[1] - 1; i >= first; i--)
    if (boundaryAfter(text, tokens, i)) {
      first = i + 1;
      break;
    }
  if (first > 0 && readAt(tokens, first - 1, 'tokens').norm === 'the' && !boundaryAfter(text, tokens, first - 1)) first--;
  // `But both Plaid Cymru and the Liberal Democrats said`: `both` before the pair opens the subject with it.
  const lead = first > 0 && readAt(tokens, first - 1, 'tokens').norm === 'both' && !boundaryAfter(text, tokens, first - 1) ? first - 1 : first;
  // After a comma only when an opening phrase ends there (`On Monday, Labour and the Tories said`); a comma inside a list (`Sri
  // Lanka, Indonesia and the Seychelles have`) leaves the list's first member out.
  const afterOpening = followsOpeningPhrase(text, tokens, lead);
  // `if, as Tony Blair and Ruth Kelly have suggested, …`: an aside with `as` opens a clause of its own too.
  // `But the Scottish National Party and the Tories say`: a conjunction or adverb that opens the sentence stands outside the subject.
  const afterOpeningWord = lead === 1 && LEADING_ADVERBS.has(readAt(tokens, 0, 'tokens').norm) && !boundaryAfter(text, tokens, 0);
  const wordBefore = lead > 0 && !boundaryAfter(text, tokens, lead - 1) ? readAt(tokens, lead - 1, 'tokens').norm : '';
  // `The dollar rose after South Korea and Japan denied …`: a subordinating conjunction opens a clause, its subject the pair.
  // `Retailers such as Tesco and Asda said`, `Companies like Microsoft and Sony believe`: a plural's examples speak, as one
  // example alone does (`Firms such as Tesco said`).
  // (`the likes of John Reid and Lord Haskins are warning`: the examples are the whole subject.)
  const examplesOfPlural =
    ((wordBefore === 'like' || wordBefore === 'including' || (wordBefore === 'as' && tokens[lead - 2]?.norm === 'such')) &&
      isGroupPlural(readAt(tokens, lead - (wordBefore === 'as' ? 3 : 2), 'tokens').norm)) ||
    (wordBefore === 'of' && tokens[lead - 2]?.norm === 'likes' && tokens[lead - 3]?.norm === 'the');
  // `A lawyer representing Mr Doe and Mr Roe said`: whom a representative speaks for are both clients, as one client alone is.
  const clients = CLIENT_PARTICIPLES.has(wordBefore);
  // `A survey by Earthlink and Webroot found`, `surveys from Nationwide and Halifax have indicated`: the authors of a document
  // that speaks are both its sources, as one author alone is.
  const authors = (wordBefore === 'by' || wordBefore === 'from') && lead > 1 && DOCUMENT_OR_POLL.has(NOUNS.get(readAt(tokens, lead - 2, 'tokens').norm) ?? '');
  const opensClause =
    lead === 0 ||
    afterOpening ||
    afterOpeningWord ||
    followsOpeningLead(tokens, lead) ||
    (wordBefore === 'as' && commaAfter(text, tokens, lead - 2)) ||
    SUBORDINATING_CONJUNCTIONS.has(wordBefore) ||
    examplesOfPlural ||
    clients ||
    authors;
  if (!opensClause) return undefined;
  // `EBay president and chief executive Meg Whitman`: roles joined by `and` describe one person.
  if (isRoleWord(readAt(tokens, conjunct[1], 'tokens'))) return undefined;
  // `Sri Lanka and the Maldives are the two countries the ADB fears`: a verb inside the words after `and` makes them a clause.
  if (tokens.slice(phrase[0], phrase[1] + 1).some((token) => AUXILIARIES.has(token.norm) || FORMS_OF_BE.includes(token.norm))) return undefined;
  const links = classifySource(context, first, conjunct[1]);
  const second = classifySource(context, phrase[0], phrase[1]);
  if (!links || !second) return undefined;
  // `Trade and Industry Secretary Patricia Hewitt`, `the Health and Safety Executive`, `the MP for Sittingbourne and Sheppey`:
  // an `and` inside one name. Two sources stand apart when the second has its own article (`the Tories and the Lib Dems`), is
  // one word (`GM and Ford`, `SBC and AT&T`), or both are people named in full (`Gerhard Schroeder and French President Jacques Chirac`).
  const ownArticle = DETERMINERS.has(readAt(tokens, phrase[0], 'tokens').norm);
  // A person's name is known as one by a given name and a surname, or a courtesy title (`Mr Blair and Mr Brown said`).
  const titled = (from: number, to: number): boolean => tokens.slice(from, to + 1).some((token) => COURTESY_TITLES.has(token.norm));
  const bothPeople =
    links.every((link) => link.person && (/\s/u.test(link.name) || titled(first, conjunct[1]))) && second.every((link) => link.person && (/\s/u.test(link.name) || titled(phrase[0], phrase[1])));
  // `Union leaders and trade campaigners`: two groups of people, each named by what they do, are two sources too.
  const bothGroups = [...links, ...second].every((link) => link.role === 'people');
  const connected = tokens.slice(first, conjunct[1] + 1).some((token) => token.norm === 'of' || token.norm === 'for');
  // (`AT&T` is one word of two tokens.)
  const secondOfWords = /\s/u.test(text.slice(readAt(tokens, phrase[0], 'tokens').start, readAt(tokens, phrase[1], 'tokens').end));
  if (connected || (!ownArticle && !bothPeople && !bothGroups && !examplesOfPlural && secondOfWords)) return undefined;
  return { first, links };
}

/** True when the word at `at` opens a phrase of time, place or linking (`Last month`, `On Monday`, `In Asia`, `Meanwhile`), no name. */
function opensAdverbial(tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens').norm;
  return OPENERS.has(word) || PREPOSITIONS.has(word) || LEADING_ADVERBS.has(word) || TIME_LEADS.has(word) || isTime(tokens, at);
}

/**
 * True when the words before `at` are one phrase of time, place or linking that opens the sentence, with a break just before
 * `at` and none inside it (`On Monday, Labour and the Tories said`, `Last month, Acme, Bolt and Crest said`): what follows
 * opens the main clause.
 */
function followsOpeningPhrase(text: string, tokens: readonly Token[], at: number): boolean {
  return at > 0 && opensAdverbial(tokens, 0) && boundaryAfter(text, tokens, at - 1) && !tokens.slice(0, at - 1).some((_, i) => boundaryAfter(text, tokens, i));
}

/** How many names a list of subjects may hold before its last two (`Morrisons, Woolworths, House of Fraser, … and Big Food`). */
const LISTED_SUBJECTS = 6;

/**
 * The names before the last two of a list of three or more subjects at the head of its clause (`Acme` and `Bolt` of `Acme,
 * Bolt and Crest said`, `On Monday, the Acme Group, Bolt Holdings and Crest Bank all said`), with the links of every name,
 * the last included; undefined when the words before `and` hold no such list. Each name is a whole capitalised name between
 * commas; the list opens the sentence, or follows an opening phrase (`Last month,`, `On Monday,`), so a place or a time is no
 * member; the fields of a body's name (`the Department for Culture, Media and Sport`) are one name, not a list.
 */
function listedSubject(context: Context, phrase: [number, number]): { first: number; links: SourceLink[] } | undefined {
  const { text, tokens } = context;
  // The reader either stopped at the last `and` (`Crest`) or took the last two names as one (`Bolt Holdings and Crest Bank`).
  let and = phrase[0] - 1;
  if (and < 1 || readAt(tokens, and, 'tokens').norm !== 'and') {
    and = -1;
    for (let i = phrase[1] - 1; i > phrase[0] && and < 0; i--) if (readAt(tokens, i, 'tokens').norm === 'and') and = i;
  }
  if (and < 1 || boundaryAfter(text, tokens, and - 1) || boundaryAfter(text, tokens, and)) return undefined;
  const last: [number, number] = [and + 1, phrase[1]];
  const members: [number, number][] = [];
  let end = and - 1;
  for (;;) {
    const name = end >= 0 ? nameEndingAt(tokens, end, text) : undefined;
    if (!name) break;
    let first = name[0];
    for (let i = name[1] - 1; i >= first; i--)
      if (boundaryAfter(text, tokens, i)) {
        first = i + 1;
        break;
      }
    if (first > 0 && readAt(tokens, first - 1, 'tokens').norm === 'the' && !boundaryAfter(text, tokens, first - 1)) first--;
    if (opensAdverbial(tokens, first)) break;
    if (first > 0 && !boundaryAfter(text, tokens, first - 1)) return undefined;
    members.unshift([first, end]);
    if (first === 0 || members.length > LISTED_SUBJECTS || !commaAfter(text, tokens, first - 1) || insideFieldList(text, tokens, first - 1)) break;
    end = first - 1;
  }
  // Two names at least before the last: a pair alone is read by coordinatedSubject.
  if (members.length < 2) return undefined;
  const head = readAt(members, 0, 'members')[0];
  // The list opens the sentence, or follows a phrase of time or place that does (`Last month, …`, `In Asia, …`).
  if (head > 0 && (!followsOpeningPhrase(text, tokens, head) || !commaAfter(text, tokens, head - 1))) return undefined;
  const links: SourceLink[] = [];
  for (const [index, member] of [...members, last].entries()) {
    const memberLinks = classifySource(context, member[0], member[1]);
    if (!memberLinks) return undefined;
    links.push(...memberLinks.map((link, i) => (index > 0 && i === 0 ? { ...link, joinedBy: 'and' as const } : link)));
  }
  return { first: head, links };
}

/** Participles after which a representative's clients are named (`a lawyer representing`, `a firm advising`). */
const CLIENT_PARTICIPLES: ReadonlySet<string> = new Set(['representing', 'advising']);

/** True when a word is a plural of people or of bodies (`analysts`, `retailers`, `supermarkets`). */
function isGroupPlural(norm: string): boolean {
  return isPeoplePlural(norm) || (norm.endsWith('s') && (NOUNS.get(norm) ?? NOUNS.get(norm.slice(0, -1))) === 'organisation');
}

/** The noun phrase ending at `last` (`a British Medical Journal article`): capitalised words and nouns of sources, back to a determiner. */
function nounPhraseEndingAt(tokens: readonly Token[], last: number): [number, number] {
  let first = last;
  while (first > 0 && (isCapitalised(readAt(tokens, first - 1, 'tokens')) || NOUNS.has(readAt(tokens, first - 1, 'tokens').norm))) first--;
  if (first > 0 && DETERMINERS.has(readAt(tokens, first - 1, 'tokens').norm)) first--;
  return [first, last];
}

/**
 * Where the words that `showing` at `at` reports on end, plus one: right before it (`figures showing that …`), or before the
 * `be` of a progressive (`Early results of the exit poll are showing that …`, `Recent polling is showing …`).
 */
function showingNoun(text: string, tokens: readonly Token[], at: number): number {
  const progressive = at > 1 && PROGRESSIVE_BE.has(readAt(tokens, at - 1, 'tokens').norm) && !boundaryAfter(text, tokens, at - 2) && !SHOWING_SIGNS.has(tokens[at + 1]?.norm ?? '');
  return progressive ? at - 1 : at;
}

/** True when the word right before `at` is a document's or a poll's noun, with no break between (`figures showing`). */
function documentRightBefore(text: string, tokens: readonly Token[], at: number): boolean {
  return at > 0 && !boundaryAfter(text, tokens, at - 1) && DOCUMENT_OR_POLL.has(NOUNS.get(readAt(tokens, at - 1, 'tokens').norm) ?? '');
}

/** How many words may describe a document's noun before it (`the latest labor department report`). */
const DOCUMENT_MODIFIERS = 4;

/**
 * The noun phrase of a document or a poll that ends at `last` (`latest figures`, `an accompanying survey`, `the latest labor
 * department report`): the words that describe it, back to its determiner or to the first word that cannot describe it.
 */
function documentPhraseEndingAt(text: string, tokens: readonly Token[], last: number): [number, number] {
  let first = last;
  while (first > 0 && last - first < DOCUMENT_MODIFIERS && !boundaryAfter(text, tokens, first - 1)) {
    const previous = readAt(tokens, first - 1, 'tokens');
    if (DETERMINERS.has(previous.norm) || POSSESSIVES.has(previous.norm)) return [first - 1, last];
    if (STOP_WORDS.has(previous.norm) || PREPOSITIONS.has(previous.norm) || isClauseWord(previous) || isVerbForm(previous)) break;
    first--;
  }
  return [first, last];
}

/**
 * True for a word that may be a verb before a noun (`uncovered an e-mail`, `is`): a form of `be` or a past form, where the
 * phrase stops (`revised figures` loses `revised`, no harm to whose figures they are).
 */
function isVerbForm(token: Token): boolean {
  return FORMS_OF_BE.includes(token.norm) || (LOWER_WORD.test(token.raw) && /\p{L}{3,}ed$/u.test(token.norm));
}

/** Auxiliaries that may stand between a relative word and its verb (`which has said`, `who had earlier warned`). */
const RELATIVE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'earlier', 'previously', 'repeatedly']);

/**
 * Where the relative word of a verb stands (`which` of `…, which has said`), or -1: `who`, `which` or `whose` right before the
 * verb or before its auxiliaries, or `that` after a noun of a document or a body (`an article that claimed`; not `said that
 * claimed`, nor `a leader that believes`, where people take `who`).
 */
function relativeBefore(tokens: readonly Token[], verb: number): number {
  let at = verb - 1;
  while (at > 1 && RELATIVE_AUXILIARIES.has(readAt(tokens, at, 'tokens').norm)) at--;
  if (at < 1) return -1;
  const word = pronounOf(readAt(tokens, at, 'tokens').norm);
  if (RELATIVES.has(word)) return at;
  const antecedent = readAt(tokens, at - 1, 'tokens');
  const thing = NOUNS.get(antecedent.norm) === 'document' || NOUNS.get(antecedent.norm) === 'organisation';
  return word === 'that' && !isCapitalised(antecedent) && thing ? at : -1;
}

/**
 * The noun phrase that opens the sentence, up to its verb (`The Russian government` of `The Russian government hit …`): `the`,
 * then capitalised words and nouns of sources only; undefined when anything else stands before the first lower-case word.
 */
function openingNounPhrase(text: string, tokens: readonly Token[], before: number): [number, number] | undefined {
  let last = tokens[0]?.norm === 'the' ? 0 : -1;
  while (last + 1 < before && !boundaryAfter(text, tokens, last + 1) && (isCapitalised(readAt(tokens, last + 1, 'tokens')) || NOUNS.has(readAt(tokens, last + 1, 'tokens').norm))) last++;
  const end = readAt(tokens, Math.max(0, last), 'tokens');
  if (last < 0 || last + 1 >= before || isCapitalised(readAt(tokens, last + 1, 'tokens')) || (!NOUNS.has(end.norm) && !isCapitalised(end))) return undefined;
  return [0, last];
}

/** How many lower-case words may describe a source noun before it (`Animal welfare groups`, `consumer rights campaigners`). */
const MODIFIERS_AHEAD = 2;

/** True when the lower-case word at `at` is one of a few plain words right before a source noun (`welfare` in `Animal welfare groups`). */
function modifiesNounAhead(text: string, tokens: readonly Token[], at: number, before: number): boolean {
  for (let k = at; k < Math.min(before, at + MODIFIERS_AHEAD + 1); k++) {
    const word = readAt(tokens, k, 'tokens');
    if (k > at && NOUNS.has(word.norm)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word.raw) || STOP_WORDS.has(word.norm) || boundaryAfter(text, tokens, k)) return false;
  }
  return false;
}

/** How many words after a participle's word of place or time are read for a `that` opening what was said. */
const WHERE_OR_WHEN_WORDS = 8;

/**
 * True for a reporting verb's participle right after a noun that names no one and before a word of place or time (`sites
 * selling the goods mentioned in spam e-mail`, `The damages claimed in 2004 eclipsed …`): it describes the thing said, as a
 * relative clause would (`the goods that were mentioned in …`), and says nothing of its own. A noun that could speak keeps
 * its verb (`the company reported in its results …`, `officials quoted in the paper`).
 */
function describesThingSaid(text: string, tokens: readonly Token[], match: PhraseMatch<ReportingVerb>): boolean {
  if (match.first !== match.last || match.first === 0 || !readAt(tokens, match.first, 'tokens').norm.endsWith('ed')) return false;
  const before = readAt(tokens, match.first - 1, 'tokens');
  const after = tokens[match.last + 1];
  // (`users who had tested the software reported on some sites that the program …`: a `that` after the place opens what was said.)
  let clauseEnd = match.last + 1;
  while (clauseEnd < tokens.length - 1 && clauseEnd - match.last < WHERE_OR_WHEN_WORDS && !boundaryAfter(text, tokens, clauseEnd)) clauseEnd++;
  return (
    after !== undefined &&
    !tokens.slice(match.last + 1, clauseEnd + 1).some((token) => token.norm === 'that') &&
    WHERE_OR_WHEN_SAID.has(after.norm) &&
    !boundaryAfter(text, tokens, match.first - 1) &&
    !boundaryAfter(text, tokens, match.last) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(before.raw) &&
    !namesSubject(before) &&
    !AUXILIARIES.has(before.norm) &&
    !STOP_WORDS.has(before.norm) &&
    !/ly$/u.test(before.norm)
  );
}

/** True for a business nominal no name was found for, kept as written (`The company`, `the firm`). */
function unresolvedBusiness(link: SourceLink): boolean {
  return /^(?:the|a|an)\s/iu.test(link.name) && COMPANY_HEADS.has(link.name.slice(link.name.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * True when the word before a pronoun opens a relative clause on a noun: `which` or `that`, or the noun itself with no
 * relative word (`a bill it says`); not an auxiliary, a preposition, a conjunction (`and it says` opens a clause of its own),
 * an adverb or a participle.
 */
function opensObjectClause(previous: Token): boolean {
  if (previous.norm === 'which' || previous.norm === 'that') return true;
  return /^\p{Ll}{3,}$/u.test(previous.raw) && !STOP_WORDS.has(previous.norm) && !/(?:ly|ed)$/u.test(previous.norm) && !PERSONAL.has(previous.norm);
}

/** A superlative in lower case (`biggest`, `latest`). */
const SUPERLATIVE = /^\p{Ll}+est$/u;

/** Particles of a phrasal participle before its agent (`carried out by`, `drawn up by`, `set up by`). */
/** The articles: after a word that cannot lead into one, they open a noun phrase (see innerArticle). */
/** Lower-case words after which an article opens a new phrase: `ago` ends a time, `why` a clause of its own (`That's why the report says`; `how the UK wants` is left embedded). */
/** True for `reports` closing the sentence right after a lower-case noun of an outlet that follows a comma (`…, local press reports.`). */
function trailingOutletReports(text: string, tokens: readonly Token[], at: number): boolean {
  if (at === 0 || !OUTLET_NOUNS.has(readAt(tokens, at - 1, 'tokens').norm) || !(at === tokens.length - 1 || boundaryAfter(text, tokens, at))) return false;
  // (`…, according to newspaper reports.`: after a preposition the words are a noun phrase, `reports` its head.)
  for (let k = at - 1; k > 0 && at - k <= 3; k--) {
    const word = readAt(tokens, k, 'tokens').norm;
    if (PREPOSITIONS.has(word) || word === 'according') return false;
    if (commaAfter(text, tokens, k - 1)) return true;
  }
  return false;
}

/** Subjects that say no one spoke (`Neither Mr Howard nor Mr Letwin would say`). */
const NO_ONE: ReadonlySet<string> = new Set(['neither', 'nobody', 'none', 'nor']);
/** Relays that hold words only when a document follows (`made in a book`, `detailed in a report`; not `made in Japan`). */
const IN_A_DOCUMENT = /(?:made|detailed|contained|set out) in$/u;
/** Verbs of speech whose passive `by` names no speaker (`ruled by a majority`, `underlined by a comment`). */
const NO_PASSIVE_AGENT: ReadonlySet<string> = new Set(['ruled', 'underlined']);
/** The articles of one thing (`a move ministers say`: a plural after the noun is no head of theirs). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Words right after `compared` that make it a comparison of figures (`compared with last year`), not a speaker's. */
const COMPARED_WITH: ReadonlySet<string> = new Set(['with', 'to', 'favourably', 'unfavourably', 'against']);
const PHRASE_CLOSING_WORDS: ReadonlySet<string> = new Set(['ago', 'why']);
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off', 'forward']);

/** Prepositions a subject phrase read back from its verb may open with, which are no part of the source (see phraseBefore). */
const SOURCE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'versus', 'than']);

/** The words after `compared` that open what is compared (`compared to 45% who thought`). */
const COMPARED_TO: ReadonlySet<string> = new Set(['to', 'with']);

/** Verbs right after `what X said` that predicate what was said (`what she said is growing demand`, `what he said was a mistake`). */
const PREDICATED: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'would', 'will', 'had']);

/**
 * What may stand between a verb of naming after `what` and the quotation that is its label: `as`, an article, a figure or a
 * word or two (`what he called a "fantasy island"`, `what he dubbed the nine "most useless quangos"`, `what it described as
 * "a criminal attack"`).
 */
const QUOTED_LABEL_AFTER = /^\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}["\u201C'\u2018]/u;
/** How many characters after the verb of naming QUOTED_LABEL_AFTER reads. */
const QUOTED_LABEL_REACH = 40;

/** Prepositions after a verb of thinking that make it an opinion of someone or something (`what people think of him`). */
const OPINION_OF: ReadonlySet<string> = new Set(['of', 'about']);

/**
 * Where a time phrase that ends at `end` starts (`yesterday`, `on Monday`, `this past week`, `earlier this month`, `on Monday
 * night`), or `end + 1` when the words there are no time.
 */
function timeTailStart(tokens: readonly Token[], end: number): number {
  const word = (i: number): string => (i >= 0 ? readAt(tokens, i, 'tokens').norm : '');
  let start = end + 1;
  if (TIME_WORDS.has(word(end))) return end;
  // `in the past`, `in recent weeks`.
  if (word(end - 2) === 'in' && ((word(end - 1) === 'the' && word(end) === 'past') || (word(end - 1) === 'recent' && AGO_PERIODS.test(word(end))))) return end - 2;
  // `less than two weeks ago`, `a year ago`, `three days ago`.
  if (word(end) === 'ago') {
    let first = end - 1;
    if (!AGO_PERIODS.test(word(first))) return start;
    while (first > 0 && (AGO_COUNTS.has(word(first - 1)) || /^\d/u.test(readAt(tokens, first - 1, 'tokens').raw))) first--;
    return first;
  }
  let k = end;
  if (PERIODS.has(word(k)) && WEEKDAYS.has(word(k - 1))) k--;
  if (WEEKDAYS.has(word(k))) {
    if (k >= 2 && outletNamedForADayAt(tokens, k - 2)) return end + 1;
    start = k;
  } else if (PERIODS.has(word(k)) && PERIOD_DEICTICS.has(word(k - 1))) start = k - 1;
  else return start;
  while (PERIOD_DEICTICS.has(word(start - 1)) || word(start - 1) === 'on' || word(start - 1) === 'earlier') start--;
  return start;
}

/**
 * `"…," John Houlihan, editor of Gamesite.com told BBC News.`: right after a quotation, a name whose apposition runs to the
 * verb without its closing comma is still the verb's subject. The name is two to four capitalised words; the apposition
 * holds no comma or quotation mark. Undefined for any other shape.
 */
function nameBeforeUnclosedApposition(text: string, tokens: readonly Token[], verb: number): [number, number] | undefined {
  if (verb < 4) return undefined;
  let comma = verb - 1;
  while (comma > 0 && !commaAfter(text, tokens, comma)) {
    if (boundaryAfter(text, tokens, comma - 1) && !commaAfter(text, tokens, comma - 1)) return undefined;
    comma--;
  }
  if (comma < 1 || comma === verb - 1) return undefined;
  let first = comma;
  while (first > 0 && isCapitalised(readAt(tokens, first - 1, 'tokens')) && !boundaryAfter(text, tokens, first - 1)) first--;
  if (comma - first < 1 || comma - first > 3 || first === 0) return undefined;
  if (!closesQuotationBefore(text, tokens, first) || !isProperName(tokens, first, comma)) return undefined;
  return [first, comma];
}

/** The capitalised name ending at `last` (`Mr Reed`, `Bank of England`), or nothing when the word there is not a name's. */
function nameEndingAt(tokens: readonly Token[], last: number, text?: string): [number, number] | undefined {
  if (!isCapitalised(readAt(tokens, last, 'tokens')) || NOT_NAMES.has(readAt(tokens, last, 'tokens').norm)) return undefined;
  // `the Muslim Association of Britain (MAB), which believes`: the short form in brackets closes the name it follows.
  if (text !== undefined && last > 0 && /\(\s*$/u.test(text.slice(readAt(tokens, last - 1, 'tokens').end, readAt(tokens, last, 'tokens').start))) return nameEndingAt(tokens, last - 1, text);
  let first = last;
  while (
    first > 0 &&
    (isCapitalised(readAt(tokens, first - 1, 'tokens')) || (NAME_CONNECTORS.has(readAt(tokens, first - 1, 'tokens').norm) && first > 1 && isCapitalised(readAt(tokens, first - 2, 'tokens'))))
  )
    first--;
  return [first, last];
}

/**
 * `… if they use phones in the chamber Speaker John Hale has ruled.`: a name of two capitalised words or more right before a
 * verb of speech that ends the sentence, after a lower-case word, is the speaker whose comma was left out; the words before
 * it are the content. Undefined when the verb does not end the sentence or no such name stands before it.
 */
/** Words for people counted, with no noun after them, that a bare `expected` may follow (`Many expected this to be his year`). */
const COUNTED_PEOPLE: ReadonlySet<string> = new Set(['many', 'most', 'some', 'few']);

/**
 * True when a bare `expected` at `verb` is a people's forecast in the past (`Analysts expected a figure closer to A$431m`, `Many
 * expected this to be Scorsese's year`): right after a plural of people, or a word counting people, that opens its clause. After
 * anything else it is a passive or an adjective (`Sales expected to rise`, `the expected rise`, `as expected`, `than expected`).
 */
function expectedByPeople(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1];
  return before !== undefined && (isPeoplePlural(before.norm) || (COUNTED_PEOPLE.has(before.norm) && (verb === 1 || !AUXILIARIES.has(readAt(tokens, verb - 2, 'tokens').norm))));
}

/** How many capitalised words a speaker's name after an inverted verb with no comma before it may hold (`said Lindsay Schroth`). */
const CLOSING_NAME_WORDS = 3;

/**
 * The speaker of a verb of speech standing inverted with its comma left out, as some articles write it: `… that have educational
 * elements said Mr Owen.`, `… in our lives thinks Mr Vaughan.`, `… for bandwidth-hungry gamers said Lindsay Schroth, an analyst with
 * research firm The Yankee Group.` The verb follows a word in lower case that is no pronoun (the content's last word), and after
 * it come a courtesy title or not, a name of up to CLOSING_NAME_WORDS capitalised words, and then the sentence's end or one
 * apposition after a comma that runs to the end. `The firm said Mr Owen, its founder, would stay` goes on past a second comma,
 * and its name is the content's subject.
 */
function closingNameWithoutComma(text: string, tokens: readonly Token[], verb: number, last: number): [number, number] | undefined {
  if (!INVERTIBLE.has(readAt(tokens, verb, 'tokens').norm) || verb < 3 || boundaryAfter(text, tokens, verb - 1)) return undefined;
  const before = readAt(tokens, verb - 1, 'tokens');
  if (!LOWER_WORD.test(before.raw) || SUBJECT_PRONOUNS.has(before.norm) || DETERMINERS.has(before.norm) || AUXILIARIES.has(before.norm)) return undefined;
  const first = last + 1 < tokens.length && COURTESY_TITLES.has(readAt(tokens, last + 1, 'tokens').norm) ? last + 2 : last + 1;
  let end = first - 1;
  while (end + 1 < tokens.length && end + 1 - first < CLOSING_NAME_WORDS && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(text, tokens, end)) end++;
  if (end < first || (first > last + 1 && boundaryAfter(text, tokens, last + 1))) return undefined;
  if (end === tokens.length - 1) return [last + 1, end];
  if (!commaAfter(text, tokens, end)) return undefined;
  for (let i = end + 1; i < tokens.length - 1; i++) if (boundaryAfter(text, tokens, i)) return undefined;
  return [last + 1, end];
}

/**
 * The document's own verb inside a maker's phrase read after a relay (`Chicago triggered …`, `some High Street retailers
 * highlight …`, `the Federal Reserve showing …`): a verb of DOCUMENT_EVIDENCE_VERBS anywhere after the first word, or an -ing
 * form or a past right after a capitalised word; `act` when it is a past that is no evidence. Undefined when there is none.
 */
function documentVerbIn(tokens: readonly Token[], phrase: [number, number]): { at: number; act: boolean } | undefined {
  for (let at = phrase[0] + 1; at <= phrase[1]; at++) {
    const token = readAt(tokens, at, 'tokens');
    if (isCapitalised(token)) continue;
    if (DOCUMENT_EVIDENCE_VERBS.has(token.norm)) return { at, act: false };
    if (!isCapitalised(readAt(tokens, at - 1, 'tokens'))) continue;
    if (GERUND.test(token.raw)) return { at, act: false };
    if (/ed$/u.test(token.norm) || IRREGULAR_PASTS.has(token.norm)) return { at, act: true };
  }
  return undefined;
}

/** How many words the outlet of `was quoted in … as saying` may take (`the Australian Financial Review`). */
const QUOTING_OUTLET_WORDS = 6;

/**
 * `Mr Houston was quoted in the Herald newspaper saying`, `Chief executive Geoff Dixon was quoted by The Australian as saying`,
 * `the Arsenal boss is quoted as saying`: for the participle `saying` at `saying`, the subject of the passive `quoted` (the
 * speaker), the outlet after `in` or `by` if any, and the words `quoted in` that relay it (`quoted by` is a cue of its own).
 * Undefined when no passive `quoted` stands a few words before, in the same clause.
 */
function quotedAsSaying(text: string, tokens: readonly Token[], saying: number, cueAt: Uint8Array): { speaker: [number, number]; outlet?: [number, number]; quotedIn?: [number, number] } | undefined {
  const last = tokens[saying - 1]?.norm === 'as' ? saying - 2 : saying - 1;
  for (let at = last; at > 1 && last - at <= QUOTING_OUTLET_WORDS + 1; at--) {
    if (boundaryAfter(text, tokens, at)) return undefined;
    if (readAt(tokens, at, 'tokens').norm !== 'quoted') continue;
    if (!PASSIVE.has(readAt(tokens, at - 1, 'tokens').norm)) return undefined;
    let auxiliary = at - 1;
    while (auxiliary > 0 && (AUXILIARIES.has(readAt(tokens, auxiliary - 1, 'tokens').norm) || readAt(tokens, auxiliary - 1, 'tokens').norm === 'also')) auxiliary--;
    const speaker = phraseBefore(text, tokens, auxiliary, cueAt);
    if (!speaker) return undefined;
    const through = tokens[at + 1]?.norm;
    if (at === last || (through !== 'in' && through !== 'by') || at + 2 > last) return { speaker };
    return { speaker, outlet: [at + 2, last], quotedIn: through === 'in' ? [at, at + 1] : undefined };
  }
  return undefined;
}

/**
 * Where a titled name that ends right before `end + 1` starts (`Mr Straw`, `Sir Alan Budd`): a courtesy title and at most
 * TITLED_NAME_WORDS capitalised words, nothing between them; undefined when the words before are no such name.
 */
function titledNameEndingAt(text: string, tokens: readonly Token[], end: number): number | undefined {
  for (let title = end - 1; title >= 0 && end - title <= TITLED_NAME_WORDS; title--) {
    if (boundaryAfter(text, tokens, title)) return undefined;
    const token = readAt(tokens, title, 'tokens');
    if (COURTESY_TITLES.has(token.norm) && isCapitalised(token)) return title;
    if (!isCapitalised(readAt(tokens, title + 1, 'tokens'))) return undefined;
  }
  return undefined;
}

/**
 * `In a speech to the Foreign Policy Centre Mr Straw said`, `Speaking to the BBC News website Mr Hale said`: a sentence that
 * opens with a frame of the speaking (FRAME_OPENERS) whose comma is left out, and a titled name right before the verb at
 * `verb`: that name, not the frame, is the speaker. Undefined when any comma or dash stands before the verb.
 */
function nameAfterFrame(text: string, tokens: readonly Token[], verb: number): [number, number] | undefined {
  if (verb < 4 || !FRAME_OPENERS.has(readAt(tokens, 0, 'tokens').norm) || !isCapitalised(readAt(tokens, 0, 'tokens'))) return undefined;
  for (let at = 0; at < verb; at++) if (boundaryAfter(text, tokens, at)) return undefined;
  // (`In response to Dr Hale's comments, …`: after a possessive the cue is its noun.)
  const owner = readAt(tokens, verb - 1, 'tokens');
  if (POSSESSIVE_MARK.test(owner.raw) || /^['\u2019]/u.test(text.slice(owner.end, owner.end + 1))) return undefined;
  const title = titledNameEndingAt(text, tokens, verb - 1);
  return title !== undefined && title >= 2 ? [title, verb - 1] : undefined;
}

function closingNameAfterLowerWord(text: string, tokens: readonly Token[], verb: number, last: number): [number, number] | undefined {
  if (last !== tokens.length - 1 || verb < 3) return undefined;
  // (An -s form other than `says` after a name is as often its noun: `Tom Hale questions`, `the Smith claims`.)
  if (/[^s]s$/u.test(readAt(tokens, verb, 'tokens').norm) && readAt(tokens, verb, 'tokens').norm !== 'says') return undefined;
  let end = verb - 1;
  while (end > 0 && isSkipped(readAt(tokens, end, 'tokens')) && !boundaryAfter(text, tokens, end - 1)) end--;
  const name = nameEndingAt(tokens, end);
  // (`getting through Tom Hale's questions`: after a possessive the -s form is its noun.)
  if (!name || name[1] === name[0] || name[0] < 1 || boundaryAfter(text, tokens, name[0] - 1) || boundaryAfter(text, tokens, end) || POSSESSIVE_MARK.test(readAt(tokens, end, 'tokens').raw))
    return undefined;
  for (let i = name[0]; i < end; i++) if (boundaryAfter(text, tokens, i)) return undefined;
  const before = readAt(tokens, name[0] - 1, 'tokens');
  if (!LOWER_WORD.test(before.raw) || DETERMINERS.has(before.norm) || PREPOSITIONS.has(before.norm) || CLAUSE_WORDS.has(before.norm) || POSSESSIVES.has(before.norm)) return undefined;
  return name;
}

/** True for a lower-case auxiliary, `also` or an -ed form: a word that can follow a subject as its verb. */
function isVerbLike(token: Token): boolean {
  return !isCapitalised(token) && (AUXILIARIES.has(token.norm) || /ed$/u.test(token.norm) || IRREGULAR_PASTS.has(token.norm));
}

/** The words that open a relative clause on a person set off by a comma (`Mr Kennedy, whose party …`, `Ms Hale, who chairs …`). */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/** Nothing between two words but spaces and quotation marks: no comma, dash or bracket closes a clause there. */
const NO_CLAUSE_BREAK = /^[\s"'\u201C\u201D\u2018\u2019]*$/u;

/**
 * The name that opens the sentence (or follows an opening word of time, `Earlier`) before `, who` or `, whose`, when the
 * relative clause runs to `verb` with no comma to close it: `Earlier Mr Kennedy, whose party opposes the plan as "deeply
 * flawed" said`. Undefined when a comma, dash or bracket stands in the clause, or no such name opens the sentence.
 */
function nameBeforeUnclosedRelative(text: string, tokens: readonly Token[], verb: number): [number, number] | undefined {
  for (let w = verb - 1; w > 0 && verb - w <= RESTRICTIVE_REACH; w--) {
    if (!NO_CLAUSE_BREAK.test(text.slice(readAt(tokens, w, 'tokens').end, readAt(tokens, w + 1, 'tokens').start))) return undefined;
    if (!PERSON_RELATIVES.has(readAt(tokens, w, 'tokens').norm)) continue;
    if (!/^\s*,\s*$/u.test(text.slice(readAt(tokens, w - 1, 'tokens').end, readAt(tokens, w, 'tokens').start))) return undefined;
    // (`Tzekos and Kenteris, who have all denied the charges, can expect …`: a verb that is the clause's own predicate, right
    // after its relative word and auxiliaries, is no verb of the subject.)
    if (tokens.slice(w + 1, verb).every((token) => isSkipped(token) || isAdverb(token) || AUXILIARIES.has(token.norm) || QUANTIFIERS.has(token.norm))) return undefined;
    const name = nameEndingAt(tokens, w - 1, text);
    return name && (name[0] === 0 || followsOpeningLead(tokens, name[0])) ? name : undefined;
  }
  return undefined;
}

/** Where a verb follows a name inside the phrase (`Mr Hockney also left UKIP`), or undefined. */
function verbAfterName(text: string, tokens: readonly Token[], phrase: [number, number]): number | undefined {
  for (let i = phrase[0] + 1; i < phrase[1]; i++) if (isCapitalised(readAt(tokens, i - 1, 'tokens')) && !boundaryAfter(text, tokens, i - 1) && isVerbLike(readAt(tokens, i, 'tokens'))) return i;
  return undefined;
}

/**
 * Where a verb and its object follow a noun of people or bodies inside the phrase (`issued` of `the employers issued a
 * statement`), or undefined: the verb is a past form right after the noun, and an article opens its object.
 */
function verbAfterSourceNoun(tokens: readonly Token[], phrase: [number, number]): number | undefined {
  for (let i = phrase[0] + 1; i < phrase[1]; i++) {
    const noun = readAt(tokens, i - 1, 'tokens');
    const sourceNoun = !isCapitalised(noun) && (NOUNS.has(noun.norm) || ORGANISATION_WORDS.has(noun.norm) || isPeoplePlural(noun.norm) || AGENT_ENDING.test(noun.norm));
    if (sourceNoun && isVerbLike(readAt(tokens, i, 'tokens')) && ARTICLES.has(readAt(tokens, i + 1, 'tokens').norm)) return i;
  }
  return undefined;
}

/** True when the words from `first` follow `who` or `that` and open with a verb (`who had represented`), not a subject (`that economists`). */
function isRelativePredicate(tokens: readonly Token[], first: number): boolean {
  if (first === 0 || !RESTRICTIVE_WHICH.has(readAt(tokens, first - 1, 'tokens').norm)) return false;
  const token = readAt(tokens, first, 'tokens');
  return isVerbLike(token);
}

/** How far back from a verb a restrictive relative clause in its subject (`who watched the debate`) may start. */
const RESTRICTIVE_REACH = 12;

/** `told` and `tells`: speech after `, who` though never inverted after a quotation. */
const TOLD: ReadonlySet<string> = new Set(['told', 'tells']);

/** Verbs of hearing, which inside a relative clause say what its people heard (`who have heard from the campaign`). */
const HEARD: ReadonlySet<string> = new Set(['heard', 'hear', 'hears']);

/** A break between words as `boundaryAfter` reads it, but not the comma or point inside a figure (`£150,000`, `2.5`). */
function clauseBreakAfter(text: string, tokens: readonly Token[], at: number): boolean {
  const left = tokens[at];
  const right = tokens[at + 1];
  if (left && right && right.start === left.end + 1 && /[,.]/u.test(text[left.end] ?? '') && /\d$/u.test(left.raw) && /^\d/u.test(right.raw)) return false;
  return boundaryAfter(text, tokens, at);
}

/** True when `who` stands within reach before `start`, after a capitalised name, with no punctuation from it to `verb`. */
function whoBefore(text: string, tokens: readonly Token[], start: number, verb: number): boolean {
  for (let w = start - 1; w > 0 && verb - w <= RESTRICTIVE_REACH; w--) {
    if (clauseBreakAfter(text, tokens, w)) return false;
    if (readAt(tokens, w, 'tokens').norm === 'who') return isCapitalised(readAt(tokens, w - 1, 'tokens')) && !boundaryAfter(text, tokens, w - 1);
  }
  return false;
}

/**
 * The subject of a verb whose subject holds a relative clause or a participle's phrase with no
 * commas: `Voters who watched the debate said`, `Democrats trying to win the seat say`;
 * `Several people I've spoken with said` is not read (no relative word or participle). The
 * noun phrase before `who` or `that` must open the clause, so `the plan that he said` is not.
 * `relatives` are the words that may open the clause (`which` too, where the caller has seen its predicate).
 */
function restrictedSubject(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array, relatives = RESTRICTIVE): [number, number] | undefined {
  // `Shareholders who attended the meeting on Tuesday said`: the clause ends before a time that belongs to the verb.
  const timeAt = timeTailStart(tokens, verb - 1);
  const last = timeAt < verb ? timeAt - 1 : verb - 1;
  let spoke = false;
  for (let w = last - 1; w > 0 && verb - w <= RESTRICTIVE_REACH; w--) {
    if (clauseBreakAfter(text, tokens, w)) return undefined;
    // `Supporters who have heard directly from the campaign say`, `Analysts who had warned of a slowdown said`: what people
    // heard or said inside their own `who` clause is no speaker of the verb after it; another verb of speech ends the subject.
    if (cueAt[w] && !HEARD.has(readAt(tokens, w, 'tokens').norm)) spoke = true;
    if (spoke && relatives.has(readAt(tokens, w, 'tokens').norm) && readAt(tokens, w, 'tokens').norm !== 'who') return undefined;
    // `the meeting`: an -ing word after a determiner is a noun, not a participle opening the clause.
    const participle = PARTICIPLE_ENDING.test(readAt(tokens, w, 'tokens').norm) && !isCapitalised(readAt(tokens, w, 'tokens')) && !BARE_DETERMINERS.has(readAt(tokens, w - 1, 'tokens').norm);
    if (!relatives.has(readAt(tokens, w, 'tokens').norm) && !participle) continue;
    if (spoke && readAt(tokens, w, 'tokens').norm !== 'who') return undefined;
    const phrase = phraseBefore(text, tokens, w, cueAt);
    if (!phrase) return undefined;
    return beginsClause(text, tokens, phrase[0]) && namesSubject(readAt(tokens, phrase[1], 'tokens')) ? phrase : undefined;
  }
  return undefined;
}

/** True when a phrase starting at `start` opens its sentence or a clause (after punctuation or a conjunction). */
function beginsClause(text: string, tokens: readonly Token[], start: number): boolean {
  return start === 0 || boundaryAfter(text, tokens, start - 1) || CONJUNCTIONS.has(readAt(tokens, start - 1, 'tokens').norm);
}

/**
 * True when the sentence opens with the verb at `verb` in lower case (`said Sunday that …`), or
 * with an apposition set off by commas that runs to it (`, chair of the committee, said`): a
 * boundary the splitter put inside a sentence, after `(D-Mass.)` or `Sen.`.
 */
function opensWithVerb(text: string, tokens: readonly Token[], verb: number): boolean {
  if (isCapitalised(readAt(tokens, verb, 'tokens'))) return false;
  if (verb === 0) return true;
  const start = readAt(tokens, 0, 'tokens').start;
  return /,\s*$/u.test(text.slice(Math.max(0, start - 3), start)) && commaAfter(text, tokens, verb - 1);
}

/** True when a bracket opens between the token at `at` and the one before it (`Council | (WTTC)`, `Rubio | (R-Fla.)`). */
function bracketOpensBefore(text: string, tokens: readonly Token[], at: number): boolean {
  return text.slice(readAt(tokens, at - 1, 'tokens').end, readAt(tokens, at, 'tokens').start).includes('(');
}

/** The name that ends a sentence, a closing parenthesis aside (`… Sen. Marco Rubio (R-Fla.)`), read as a source; undefined when none does. */
function trailingName(context: Context): SourceLink[] | undefined {
  const { text, tokens } = context;
  let last = tokens.length - 1;
  for (let k = last; k > 0 && k >= tokens.length - 4; k--) {
    if (bracketOpensBefore(text, tokens, k)) {
      last = k - 1;
      break;
    }
  }
  if (last < 0) return undefined;
  const name = nameEndingAt(tokens, last);
  if (!name || !isProperName(tokens, name[0], name[1])) return undefined;
  const links = classifySource({ ...context, titles: [] }, name[0], name[1]);
  return links?.every((link) => link.kind === 'named' && (link.role === 'person' || link.role === 'organisation')) ? links : undefined;
}

/** Adverbs between `and` and a coordinated verb: `… and now hopes to take full control`. */
const COORDINATED_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'now', 'still']);

/** True when the verb at `verb` follows `and`, `but` or `then` (an adverb such as `also` or `later` between them aside). */
function isCoordinated(text: string, tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && (isAdverb(readAt(tokens, k, 'tokens')) || COORDINATED_ADVERBS.has(readAt(tokens, k, 'tokens').norm))) k--;
  // `… and on Monday announced`, `… and last week said`: a time between `and` and the verb.
  const timeAt = timeTailStart(tokens, k);
  if (timeAt <= k && timeAt > 0) k = timeAt - 1;
  // `"honestly and instinctively" believed`: adverbs joined by `and`, or a break before the verb, coordinate no verbs.
  for (let j = k; j < verb; j++) if (boundaryAfter(text, tokens, j)) return false;
  if (k > 0 && isAdverb(readAt(tokens, k - 1, 'tokens'))) return false;
  const word = tokens[k]?.norm;
  // `..., but comments from officials`: after `and` or `but` an -s form may be a noun; after `then` it is a verb.
  if (word === 'then') return k > 0;
  // `… and now hopes to`: after an adverb the -s form is a verb again.
  return k > 0 && (word === 'and' || word === 'but') && (k < verb - 1 || !/[^s]s$/.test(readAt(tokens, verb, 'tokens').norm));
}

/** An auxiliary or adverb between a subject and its verb; `Will` and `May` written with a capital are names. */
function isSkipped(token: Token): boolean {
  return SKIPPED_BEFORE_VERB.has(token.norm) && !isCapitalised(token);
}

function isAdverb(token: Token): boolean {
  return token.norm.length > 4 && token.norm.endsWith('ly') && !isCapitalised(token) && !LY_NOUNS.has(token.norm);
}

/**
 * `said lobbyist and party strategist Tom Black`: roles joined by `and` before a name are one
 * speaker's; the phrase runs on to the name when one ends the clause within a few words.
 */
function withCoordinatedRoles(text: string, tokens: readonly Token[], phrase: [number, number] | undefined): [number, number] | undefined {
  if (!phrase || tokens[phrase[1] + 1]?.norm !== 'and' || isCapitalised(readAt(tokens, phrase[1], 'tokens')) || boundaryAfter(text, tokens, phrase[1])) return phrase;
  let end = phrase[1] + 1;
  while (end + 1 < tokens.length && end - phrase[1] <= 6 && !boundaryAfter(text, tokens, end)) end++;
  return isCapitalised(readAt(tokens, end, 'tokens')) && isCapitalised(readAt(tokens, end - 1, 'tokens')) && !NOT_NAMES.has(readAt(tokens, end, 'tokens').norm) ? [phrase[0], end] : phrase;
}

/** How many words the name set off after a role may hold (`Sir Anthony Greener`). */
const NAME_AFTER_ROLE_WORDS = 4;

/**
 * `said EEF chief economist, Steve Radley.`, `said its chairman, Sir Anthony Greener, who …`: a role set off from the name
 * after it by a comma is that person's, as it is with no comma; the phrase runs on to the name when capitalised words alone
 * follow the comma and end the clause. Not a body's name (`said its owner, Time Warner Inc`): no word of it may be a word for a body.
 */
function withNameAfterRole(text: string, tokens: readonly Token[], phrase: [number, number] | undefined): [number, number] | undefined {
  if (!phrase || phrase[1] + 1 >= tokens.length || !commaAfter(text, tokens, phrase[1]) || !namesRole(tokens, phrase)) return phrase;
  // (`said Tom Barrow, Acme's chief`: a phrase that ends in a name has its speaker already.)
  const last = readAt(tokens, phrase[1], 'tokens');
  if (isCapitalised(last) && !TITLES.has(last.norm)) return phrase;
  let end = phrase[1] + 1;
  while (end + 1 < tokens.length && end - phrase[1] < NAME_AFTER_ROLE_WORDS && !boundaryAfter(text, tokens, end) && isCapitalised(readAt(tokens, end + 1, 'tokens'))) end++;
  const name = tokens.slice(phrase[1] + 1, end + 1);
  const closes = end === tokens.length - 1 || boundaryAfter(text, tokens, end);
  const personal = name.length >= 2 && name.every((token) => isCapitalised(token) && !ORGANISATION_WORDS.has(token.norm) && !NOT_NAMES.has(token.norm));
  return closes && personal ? [phrase[0], end] : phrase;
}

/** Verbs `there` opens a clause with (`there were`, `there will be`, `there has been`). */
const EXPLETIVE_VERBS: ReadonlySet<string> = new Set([...FORMS_OF_BE, 'will', 'would', 'could', 'may', 'might', 'has', 'have', 'had', 'seems', 'appears']);
/**
 * True when an article after the noun at `end` opens the content's clause rather than continuing the
 * source: `according to the Datamonitor report the trend was ...`; after a preposition, a
 * connector or an author's link it continues it (`the head of the bank`, `a study by the IMF`).
 */
function startsClause(text: string, tokens: readonly Token[], end: number): boolean {
  const following = tokens[end + 1];
  const next = following?.norm;
  // `According to Ofcom there were almost four million …`: `there` and its verb open the main clause.
  if (next === 'there' && EXPLETIVE_VERBS.has(tokens[end + 2]?.norm ?? '')) return true;
  // `statistics gathered by Netcraft many visiting the store …`: a quantifier right after a name opens the next clause's subject.
  if (next !== undefined && QUANTIFIERS.has(next) && isCapitalised(readAt(tokens, end, 'tokens'))) return true;
  if (next !== 'the' && next !== 'a' && next !== 'an') return false;
  // `Jock A. Finlayson`: an initial, not the article.
  if (following && isInitial(text, following)) return false;
  const word = readAt(tokens, end, 'tokens').norm;
  return !PREPOSITIONS.has(word) && !NAME_CONNECTORS.has(word) && !AUTHOR_LINKS.has(word) && !CONJUNCTIONS.has(word) && !HOLDING.has(word) && !word.endsWith('ed') && !PARTICIPLE_ENDING.test(word);
}

function phraseAfter(text: string, tokens: readonly Token[], first: number, cueAt: Uint8Array): [number, number] | undefined {
  if (first >= tokens.length || cueAt[first] || stopsForward(text, readAt(tokens, first, 'tokens'))) return undefined;
  let end = first;
  // `raised by "pro-choice" organisations`: a modifier in scare quotes at the phrase's start is inside it.
  const scareQuoted = /["\u201C]$/u.test(text.slice(0, readAt(tokens, first, 'tokens').start));
  // `people close to the chairman`: `to` after `close` or `familiar` belongs to the source.
  while (
    end + 1 < tokens.length &&
    end - first < MAX_SOURCE_WORDS - 1 &&
    (!boundaryAfter(text, tokens, end) || (scareQuoted && end - first < 3 && /^["\u201D]\s$/u.test(text.slice(readAt(tokens, end, 'tokens').end, readAt(tokens, end + 1, 'tokens').start)))) &&
    !cueAt[end + 1] &&
    (!stopsForward(text, readAt(tokens, end + 1, 'tokens')) ||
      HOLDING.has(readAt(tokens, end, 'tokens').norm) ||
      (readAt(tokens, end + 1, 'tokens').norm === 'with' && WITH_HOLDERS.has(readAt(tokens, end, 'tokens').norm)) ||
      staffOfName(tokens, end) ||
      insideOutletNamedForADay(tokens, end) ||
      andInsideBodyName(text, tokens, end) ||
      andInsideBodyTopics(tokens, first, end)) &&
    !startsClause(text, tokens, end) &&
    // `According to the Pensions Commission's report 12 million working people are …`: a figure right after a noun opens the
    // main clause (`a survey of 1,000 people` keeps its figure after the preposition).
    !(/^\d/u.test(readAt(tokens, end + 1, 'tokens').raw) && NOUNS.get(readAt(tokens, end, 'tokens').norm) === 'document')
  )
    end++;
  // `"…," said Gardener afterwards.`, `said Jason Gardener later`: a time after the source is no part of it (a bare weekday
  // right after a name is its surname: `said England sevens coach Mike Friday`).
  const time = timeTailStart(tokens, end);
  if (time > first && time <= end && !isCapitalised(readAt(tokens, time, 'tokens'))) end = time - 1;
  return [first, end];
}

/** True when a capitalised word at `name`, `on` and a day after it name an outlet (`the Mail | on Sunday`, OUTLETS_NAMED_FOR_A_DAY). */
function outletNamedForADayAt(tokens: readonly Token[], name: number): boolean {
  return (
    name >= 0 &&
    isCapitalised(readAt(tokens, name, 'tokens')) &&
    tokens[name + 1]?.norm === 'on' &&
    OUTLETS_NAMED_FOR_A_DAY.has(`${readAt(tokens, name, 'tokens').norm} on ${tokens[name + 2]?.norm ?? ''}`)
  );
}

/** True when the word after `end` goes on with the name of an outlet named for a day (`according to the Mail | on Sunday`). */
function insideOutletNamedForADay(tokens: readonly Token[], end: number): boolean {
  return outletNamedForADayAt(tokens, end) || outletNamedForADayAt(tokens, end - 1);
}

/**
 * True when the `and` after `end` is inside a body's name read forwards (`the Public and Commercial Services Union`): a
 * capitalised word before it, and capitalised words after it that end in a word for a body.
 */
function andInsideBodyName(text: string, tokens: readonly Token[], end: number): boolean {
  if (tokens[end + 1]?.norm !== 'and' || !isCapitalised(readAt(tokens, end, 'tokens'))) return false;
  // (`the Ministry of Economy, Trade and Industry`: the last of the fields a body's name lists.)
  if (insideFieldList(text, tokens, end)) return true;
  let last = end + 2;
  // (`the World Travel and Tourism Council (WTTC)`: the name ends before its short form in brackets.)
  while (last + 1 < tokens.length && isCapitalised(readAt(tokens, last + 1, 'tokens')) && !bracketOpensBefore(text, tokens, last + 1)) last++;
  // (`the Trade and Industry Secretary Patricia Hewitt`: an office whose title holds `and`, then its holder.)
  // (Not `Mr Blair and Chancellor Gordon Brown` nor `Tony Blair and Home Secretary Charles Clarke`: a name of its own before
  // `and` is a person, so one capitalised word alone must stand before it.)
  const office = !(end > 0 && isCapitalised(readAt(tokens, end - 1, 'tokens'))) && tokens.slice(end + 3, last + 1).some((token) => TITLES.has(token.norm) || NOUNS.get(token.norm) === 'person-role');
  return last < tokens.length && last > end + 1 && isCapitalised(readAt(tokens, end + 2, 'tokens')) && (ORGANISATION_WORDS.has(readAt(tokens, last, 'tokens').norm) || office);
}

/**
 * True when the `and` after `end` joins what a body deals with inside its description, read forwards (`a report by the
 * Commons work and pensions committee`): a lower-case word after the body's capitalised opening, and lower-case words after
 * `and` that end in a word for a body within three words. The same shape read backwards is `inBodyTopics` in {@link phraseBefore}.
 */
function andInsideBodyTopics(tokens: readonly Token[], first: number, end: number): boolean {
  if (tokens[end + 1]?.norm !== 'and' || end <= first || isCapitalised(readAt(tokens, end, 'tokens')) || !isCapitalised(readAt(tokens, end - 1, 'tokens'))) return false;
  for (let k = end + 2; k <= end + 4 && k < tokens.length; k++) {
    const word = readAt(tokens, k, 'tokens');
    if (isCapitalised(word) || DETERMINERS.has(word.norm)) return false;
    if (ORGANISATION_WORDS.has(word.norm)) return true;
  }
  return false;
}

/** `analysts at Goldman Sachs`: `at` or `from` after a plural of people, before a name, belongs to the source read forwards. */
function staffOfName(tokens: readonly Token[], end: number): boolean {
  const people = readAt(tokens, end, 'tokens');
  const link = tokens[end + 1]?.norm ?? '';
  const body = tokens[end + 2]?.norm === 'the' ? tokens[end + 3] : tokens[end + 2];
  return (link === 'at' || link === 'from') && body !== undefined && isCapitalised(body) && /[^s]s$/u.test(people.norm) && namesPeople(people);
}

/** True when a word ends a source read forwards; `Will` and `May` written with a capital are names (`said Will Doyle`), `A.` an initial. */
function stopsForward(text: string, token: Token): boolean {
  // `Jock A. Finlayson`: a capital letter with a full stop is an initial, not the article `a`.
  return FORWARD_STOPS.has(token.norm) && !(MODALS.has(token.norm) && isCapitalised(token)) && !isInitial(text, token);
}

const PUBLISHED_WHEN_REACH = 3;

/** A document's phrase carried on to its author: `a review` → `a review published by Public Citizen`. */
function withAuthor(text: string, tokens: readonly Token[], phrase: [number, number], cueAt: Uint8Array): [number, number] {
  const head = readAt(tokens, phrase[1], 'tokens');
  const next = tokens[phrase[1] + 1];
  // (`according to a survey by Barclays`: a poll's maker is read with it as a document's author is.)
  const holdsDocument = DOCUMENT_OR_POLL.has(NOUNS.get(head.norm) ?? '') || (phrase[1] > phrase[0] && DOCUMENT_OR_POLL.has(NOUNS.get(readAt(tokens, phrase[1] - 1, 'tokens').norm) ?? ''));
  if (!next || !holdsDocument || boundaryAfter(text, tokens, phrase[1])) return withoutMakingParticiple(tokens, phrase);
  let end = phrase[1] + 1;
  // `a book published this week by X`: a time between the participle and `by` is passed over; so too between a document
  // and its maker (`a report earlier this week from the British Retail Consortium`).
  const documentHead = DOCUMENT_OR_POLL.has(NOUNS.get(head.norm) ?? '');
  while (
    (AUTHOR_LINKS.has(head.norm) || documentHead) &&
    end + 1 < tokens.length &&
    end - phrase[1] <= PUBLISHED_WHEN_REACH &&
    PUBLISHED_WHEN.has(readAt(tokens, end, 'tokens').norm) &&
    !boundaryAfter(text, tokens, end - 1)
  )
    end++;
  if (!AUTHOR_LINKS.has(readAt(tokens, end, 'tokens').norm)) return withoutMakingParticiple(tokens, phrase);
  // (`a survey last month of 1,000 voters`: after a time, only `by` or `from` goes on to a document's maker.)
  if (documentHead && end > phrase[1] + 1 && !MAKER_AFTER_TIME.has(readAt(tokens, end, 'tokens').norm)) return withoutMakingParticiple(tokens, phrase);
  while (
    end + 1 < tokens.length &&
    end - phrase[0] < MAX_SOURCE_WORDS + 3 &&
    !boundaryAfter(text, tokens, end) &&
    // (`a survey conducted by Ipsos`, `research carried out by Acme`: the `by` of the maker's own cue, and a particle before
    // it, carry the phrase on to the maker.)
    (!cueAt[end + 1] || carriesToAuthor(readAt(tokens, end + 1, 'tokens'))) &&
    (carriesToAuthor(readAt(tokens, end + 1, 'tokens')) || !FORWARD_STOPS.has(readAt(tokens, end + 1, 'tokens').norm)) &&
    !startsClause(text, tokens, end)
  )
    end++;
  return [phrase[0], end];
}

/** A word that goes on from a document to its maker: `by`, a participle of making, or its particle (`carried out`). */
function carriesToAuthor(word: Token): boolean {
  return AUTHOR_LINKS.has(word.norm) || MAKING_PARTICLES.has(word.norm);
}

/**
 * `according to figures (also) released on Tuesday`, `a registration document filed with the regulator`: a participle of how a
 * document came out, with no maker after it, is no part of the document's name.
 */
function withoutMakingParticiple(tokens: readonly Token[], phrase: [number, number]): [number, number] {
  let last = beforeParticiple(tokens, phrase);
  if (last === phrase[1]) return phrase;
  if (last > phrase[0] && readAt(tokens, last, 'tokens').norm === 'also') last--;
  return DOCUMENT_OR_POLL.has(NOUNS.get(readAt(tokens, last, 'tokens').norm) ?? '') ? [phrase[0], last] : phrase;
}

/** How many words may stand between such a verb and `to`. */
const BROUGHT_WORDS = 5;

/** The people between `leading` (or `prompted`) and the `to` right before the verb at `verb`, or undefined. */
function ledToSay(text: string, tokens: readonly Token[], verb: number): [number, number] | undefined {
  if (verb < 3 || readAt(tokens, verb - 1, 'tokens').norm !== 'to') return undefined;
  for (let k = verb - 3; k >= 0 && verb - 1 - k <= BROUGHT_WORDS + 1; k--) {
    if (boundaryAfter(text, tokens, k)) return undefined;
    if (BRINGING_TO_SAY.has(readAt(tokens, k, 'tokens').norm)) return [k + 1, verb - 2];
  }
  return undefined;
}

/** How many words a short opening adverbial (`Early in his campaign,`) may hold. */
const OPENING_ADVERBIAL_WORDS = 5;

/**
 * Where the subject starts after a short opening adverbial that names no one: `Hours later, Trump …`, `Early in his
 * campaign, Trump …`, `Having announced …, Judge Berman …`, `Facing mounting criticism, Mr Trump …`; 0 when the sentence
 * opens with its subject. A capitalised first word is taken for an adverbial only when a preposition or a word of time
 * follows it, or when it is a participle or an -ly adverb, and a capitalised word, a pronoun or a determiner follows the comma.
 */
function afterOpeningAdverbial(text: string, tokens: readonly Token[], before: number): number {
  const opening = tokens[0];
  const next = tokens[1];
  if (!opening || !next) return 0;
  const participle = PARTICIPLE_ENDING.test(opening.norm) || /^\p{L}{3,}ly$/u.test(opening.norm);
  const adverbial = participle || (!isCapitalised(next) && (PREPOSITIONS.has(next.norm) || TIME_LEADS.has(next.norm) || next.norm === 'ago'));
  if (!adverbial) return 0;
  const reach = participle ? APPOSITION_REACH : OPENING_ADVERBIAL_WORDS;
  for (let i = 0; i < Math.min(before - 1, reach); i++) {
    if (!commaAfter(text, tokens, i)) continue;
    const subject = readAt(tokens, i + 1, 'tokens');
    return isCapitalised(subject) || PERSONAL.has(subject.norm) || SUBJECT_OPENERS.has(subject.norm) ? i + 1 : 0;
  }
  return 0;
}

/** How many lower-case words of a role may stand between a capitalised word and the name it describes. */
const ROLE_BEFORE_NAME_WORDS = 4;

/**
 * `Tory leader Michael Howard`, `Ex-chat show host Robert Kilroy-Silk`: when lower-case words ending in a noun of a role
 * follow the capitalised words ending at `end`, and a name follows them, the subject runs to the end of that name; `end`
 * otherwise. Never past `limit`.
 */
function nameAfterRole(text: string, tokens: readonly Token[], end: number, limit: number): number {
  let k = end + 1;
  while (k <= limit && k - end <= ROLE_BEFORE_NAME_WORDS && !isCapitalised(readAt(tokens, k, 'tokens')) && !boundaryAfter(text, tokens, k - 1)) k++;
  const role = readAt(tokens, k - 1, 'tokens');
  if (k === end + 1 || k > limit || boundaryAfter(text, tokens, k - 1) || !isCapitalised(readAt(tokens, k, 'tokens'))) return end;
  // (`Monitoring firm Netcraft analysed … and found`: a word for a business before a name is its description, as a role is a person's.)
  if (NOUNS.get(role.norm) !== 'person-role' && !SOURCE_HEADS.has(role.norm) && !PEOPLE_WORDS.has(role.norm) && !BUSINESS_NOUN_SET.has(role.norm)) return end;
  let last = k;
  const continues = (i: number): boolean =>
    isCapitalised(readAt(tokens, i, 'tokens')) ||
    (NAME_PARTICLES.has(readAt(tokens, i, 'tokens').norm) && i + 1 <= limit && (isCapitalised(readAt(tokens, i + 1, 'tokens')) || NAME_PARTICLES.has(readAt(tokens, i + 1, 'tokens').norm)));
  while (last + 1 <= limit && continues(last + 1) && !boundaryAfter(text, tokens, last)) last++;
  return last;
}

/** How many words a subject opening with a determiner may run before its verb. */
const SUBJECT_REACH = 8;

/**
 * The words from `first` up to the clause's first verb (an auxiliary or an -ed form), or undefined when none comes soon.
 * An adverb between the subject and its verb (`The pair then spent`, `The firm quickly dropped`) is no part of the subject.
 */
function subjectBeforeVerb(text: string, tokens: readonly Token[], first: number, before: number, cueAt: Uint8Array): [number, number] | undefined {
  for (let i = first + 1; i < Math.min(before, first + SUBJECT_REACH); i++) {
    if (boundaryAfter(text, tokens, i - 1) || cueAt[i]) return undefined;
    if (!isVerbLike(readAt(tokens, i, 'tokens'))) continue;
    let last = i - 1;
    while (last > first && (isSkipped(readAt(tokens, last, 'tokens')) || isAdverb(readAt(tokens, last, 'tokens')))) last--;
    return [first, last];
  }
  return undefined;
}

/** The subject at the start of the clause holding `before`: a name or a source noun phrase. */
/**
 * `described` lets a subject that opens with a determiner run to the clause's first verb (`The departments declined …,
 * saying`), for a participle that has no other subject; a coordinated verb keeps the narrower reading, whose pronoun is resolved.
 */
/** True when `token` opens a definite noun phrase: `the` or a possessive of the third person (`His chief aide`, `Their lawyers`). */
function opensDefinite(token: Token): boolean {
  return token.norm === 'the' || token.norm === 'his' || token.norm === 'her' || token.norm === 'their' || token.norm === 'its';
}

function sentenceSubject(text: string, tokens: readonly Token[], before: number, cueAt: Uint8Array, described = false): [number, number] | undefined {
  // `In Tony Blair's first government Mr Blunkett was put in charge …, while insisting`: after an opening prepositional
  // phrase with no comma, the subject is the name right before the clause's first verb; so too after an opening phrase of
  // time (`During his second day of questioning in the trial Mr Ebbers played down … and denied`).
  if ((PREPOSITIONS.has(tokens[0]?.norm ?? '') || TIME_LEADS.has(tokens[0]?.norm ?? '')) && !commaAfter(text, tokens, 0)) {
    for (let i = 1; i < before; i++) {
      if (boundaryAfter(text, tokens, i - 1)) break;
      if (isVerbLike(readAt(tokens, i, 'tokens')) && isCapitalised(readAt(tokens, i - 1, 'tokens')) && !readAt(tokens, i - 1, 'tokens').norm.endsWith("'s")) return nameEndingAt(tokens, i - 1);
    }
  }
  let first = 0;
  // `Later that day, Trump fired back a response saying`: the subject follows an opening adverbial.
  // (`But he opposed the plan, saying`: the comma right before the participle closes the clause, not an opening adverbial.)
  if (OPENERS.has(tokens[0]?.norm ?? '')) {
    for (let i = 0; i < Math.min(before - 1, 8); i++) {
      if (commaAfter(text, tokens, i)) {
        first = i + 1;
        break;
      }
    }
  }
  if (first === 0) first = afterOpeningAdverbial(text, tokens, before);
  // `Both parents stiffened their denunciation ..., saying`, `A spokeswoman for Janney also declined to comment, saying`.
  if (first < before && (INDEFINITE.has(readAt(tokens, first, 'tokens').norm) || QUANTIFIERS.has(readAt(tokens, first, 'tokens').norm))) return subjectBeforeVerb(text, tokens, first, before, cueAt);
  while (
    first < before &&
    NOT_NAMES.has(readAt(tokens, first, 'tokens').norm) &&
    !PERSONAL.has(readAt(tokens, first, 'tokens').norm) &&
    !opensDefinite(readAt(tokens, first, 'tokens')) &&
    !boundaryAfter(text, tokens, first)
  )
    first++;
  if (first >= before) return undefined;
  // `He ..., saying`, `The company ..., saying`, `His chief aide …, saying`: a pronoun, or `the` or a possessive and nouns of sources.
  if (PERSONAL.has(readAt(tokens, first, 'tokens').norm)) return [first, first];
  if (opensDefinite(readAt(tokens, first, 'tokens'))) {
    let last = first;
    while (last + 1 < before && (NOUNS.has(readAt(tokens, last + 1, 'tokens').norm) || SOURCE_HEADS.has(readAt(tokens, last + 1, 'tokens').norm)) && !boundaryAfter(text, tokens, last)) last++;
    if (last > first) return [first, last];
  }
  // `The Florida senator ... took a heckler in stride, saying`: a noun phrase opening with `the` runs to the clause's first verb.
  if (opensDefinite(readAt(tokens, first, 'tokens'))) return described ? subjectBeforeVerb(text, tokens, first, before, cueAt) : undefined;
  if (!isCapitalised(readAt(tokens, first, 'tokens'))) return undefined;
  let end = first;
  while (end + 1 < before && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(text, tokens, end) && !cueAt[end + 1]) end++;
  const named = nameAfterRole(text, tokens, end, before - 1);
  if (named > end) return [first, named];
  // `Ukrainian officials have dismissed ..., accusing`: the noun after the name is the subject's head.
  // (`Animal welfare groups have welcomed …, saying`: after a word or two in lower case that describe it.)
  while (end + 1 < before && !boundaryAfter(text, tokens, end) && modifiesNounAhead(text, tokens, end + 1, before)) end++;
  if (end + 1 < before && !boundaryAfter(text, tokens, end) && (SOURCE_HEADS.has(readAt(tokens, end + 1, 'tokens').norm) || NOUNS.has(readAt(tokens, end + 1, 'tokens').norm))) {
    end++;
    // `Former Conservative leader Iain Duncan Smith, ...`: the name after a role is the subject's head.
    while (end + 1 < before && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(text, tokens, end) && !cueAt[end + 1]) end++;
  }
  return [first, end];
}

/** A double quotation mark closing on the word before it, with at most a comma before it (`"Going Viral,"`). */
const CLOSING_TITLE = /^,?["\u201D],?\s/u;
/** How many words a quoted title inside an aside may hold. */
const QUOTED_TITLE_WORDS = 6;

/** Where a short quotation that closes after `last` opens, when nothing but words and commas lie inside it; undefined otherwise. */
function quotedTitleStart(text: string, tokens: readonly Token[], last: number): number | undefined {
  for (let first = last; first > 0 && last - first < QUOTED_TITLE_WORDS; first--) {
    const between = text.slice(readAt(tokens, first - 1, 'tokens').end, readAt(tokens, first, 'tokens').start);
    if (/\s["\u201C]$/u.test(between)) return first;
    if (!/^[\s,'-]*$/u.test(between)) return undefined;
  }
  return undefined;
}

/** Words that open a clause of their own after a comma (`…, but Turkey, which …, insisted`), whose subject follows them. */
const CLAUSE_JOINING_WORDS: ReadonlySet<string> = new Set([...CONJUNCTIONS, 'while', 'whereas', 'although', 'though']);

/** How many nouns after a name a coordinated verb's subject may run on for (`A Labour party spokesman`). */
const NOUNS_AFTER_NAME = 2;

/**
 * The subject of a verb set off from it by an apposition or a coordinated verb: `Gov. John Kasich
 * of Ohio, a Republican who has refused to endorse him, said`, `"...," Gene Sperling, a top
 * adviser, said`, `Reid caucused on Saturday and says`. The clause starts after the last quote
 * mark, dash or semicolon before the verb; its first comma-separated part that names a source is
 * the subject, skipping an opening adverbial (`In a statement,`, `On Tuesday,`).
 */
function clauseSubject(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array, context: Context): [number, number] | undefined {
  let before = verb - 1;
  // `McKay, who has clashed with the board repeatedly, said`: an adverb behind a comma belongs to the aside, not to the verb.
  while (before >= 0 && !boundaryAfter(text, tokens, before) && (isSkipped(readAt(tokens, before, 'tokens')) || isAdverb(readAt(tokens, before, 'tokens')))) before--;
  if (before < 0) return undefined;
  // `Reince Priebus, the GOP chairman, this past week announced`: a time after the apposition is the verb's, not the subject's.
  const timeAt = timeTailStart(tokens, before);
  if (timeAt <= before && timeAt > 0 && commaAfter(text, tokens, timeAt - 1)) before = timeAt - 1;
  // `Reid voted and says`, `The minister rubbed his eyes, and then said`: a verb coordinated with the clause's first.
  const plainlyCoordinated = CONJUNCTIONS.has(readAt(tokens, before, 'tokens').norm) && !boundaryAfter(text, tokens, before - 1);
  // After a comma only when the sentence has no speaker yet (`Lord Tebbit said he agreed, and said` is already his) and the
  // verb cannot be a noun (`…, but comments from officials`).
  const commaCoordinated =
    !plainlyCoordinated &&
    CONJUNCTIONS.has(readAt(tokens, before, 'tokens').norm) &&
    before > 0 &&
    commaAfter(text, tokens, before - 1) &&
    context.found.length === 0 &&
    (!/[^s]s$/.test(readAt(tokens, verb, 'tokens').norm) || ONLY_VERBS.has(readAt(tokens, verb, 'tokens').norm));
  const coordinated = plainlyCoordinated || commaCoordinated;
  // `Humphrey, who calls Trump a "sociopath," said`: the aside's comma may stand inside a short quotation that closes it.
  const quotedAside = /^,["\u201D]\s/u.test(text.slice(readAt(tokens, before, 'tokens').end, readAt(tokens, before + 1, 'tokens').start)) && quotedTitleStart(text, tokens, before) !== undefined;
  if (!coordinated && !commaAfter(text, tokens, before) && !quotedAside) return undefined;
  let start = before;
  while (start > 0 && before - start < APPOSITION_REACH) {
    if (!boundaryAfter(text, tokens, start - 1)) {
      start--;
      continue;
    }
    const between = text.slice(readAt(tokens, start - 1, 'tokens').end, readAt(tokens, start, 'tokens').start);
    // `Hemsley, the co-author of "Going Viral," about …, said`: a short quoted title inside the aside is passed over whole.
    const opening = CLOSING_TITLE.test(between) ? quotedTitleStart(text, tokens, start - 1) : undefined;
    if (opening !== undefined && opening > 1) {
      start = opening - 1;
      continue;
    }
    // `R-Fla.,`: a full stop before a comma ends an abbreviation, not a sentence.
    // (`a payment of £24.5m`: a point between digits is a figure's, no full stop.)
    const figurePoint = between === '.' && /\d$/u.test(readAt(tokens, start - 1, 'tokens').raw) && /^\d/u.test(readAt(tokens, start, 'tokens').raw);
    if (!figurePoint && (QUOTE_OR_BREAK.test(between) || /[.!?]/.test(between.replace(/^\.(?=,)/, '').replace(/^\./, isAbbreviation(readAt(tokens, start - 1, 'tokens')) ? '' : '.')))) break;
    start--;
  }
  const segments: [number, number][] = [];
  for (let first = start; first <= before; ) {
    let last = first;
    while (last < before && !boundaryAfter(text, tokens, last)) last++;
    segments.push([first, last]);
    first = last + 1;
  }
  const accepts = (first: number, end: number): boolean => end - first < MAX_SOURCE_WORDS && classifySource({ ...context, titles: [] }, first, end) !== undefined;
  if (coordinated) {
    const subjectOf = (opening: [number, number]): [number, number] | undefined => {
      let [first] = opening;
      while (first < opening[1] && LEADING_ADVERBS.has(readAt(tokens, first, 'tokens').norm)) first++;
      let end = first;
      while (end < opening[1] && (isCapitalised(readAt(tokens, end + 1, 'tokens')) || (end === first && readAt(tokens, first, 'tokens').norm === 'the')) && !boundaryAfter(text, tokens, end)) end++;
      end = nameAfterRole(text, tokens, end, opening[1]);
      // `UK critics still favour … but believe`: a plural of people after a place or body names the group, not the place; so
      // does a noun of sources (`The Everton striker signed Morrison … and claims`, `A Labour party spokesman played down … and
      // said`), up to its head.
      const nounAfter = (at: number): boolean => {
        const word = tokens[at];
        return word !== undefined && !isCapitalised(word) && (isPeoplePlural(word.norm) || VAGUE_HEADS.has(word.norm) || SOURCE_HEADS.has(word.norm) || NOUNS.has(word.norm));
      };
      // (Not after a possessive: `Mr Begg's father, Azmat, said` is one man, named in the apposition.)
      const possessive = readAt(tokens, end, 'tokens').norm.endsWith("'s");
      if (end < opening[1] && isCapitalised(readAt(tokens, end, 'tokens')) && !possessive && !STOP_WORDS.has(readAt(tokens, end, 'tokens').norm)) {
        for (let added = 0; added < NOUNS_AFTER_NAME && end < opening[1] && !boundaryAfter(text, tokens, end) && nounAfter(end + 1); added++) end++;
      }
      // `the Australian-born actress … joked`: a subject cut inside a hyphened word names no one (`the Australian`).
      if (end < opening[1] && text.slice(readAt(tokens, end, 'tokens').end, readAt(tokens, end + 1, 'tokens').start) === '-') return undefined;
      // `Labour's deputy minister for women Jacqui Smith accused … and said`: a possessive alone is the subject's determiner, not the subject.
      if (end < opening[1] && readAt(tokens, end, 'tokens').norm.endsWith("'s")) return undefined;
      // `The veteran defender believes … and says …`: the subject the clause's first verb was given is the coordinated verb's
      // too, whole; the run of capitals (and `the`) alone would cut it short (`The veteran`).
      const given = context.found.find((attribution) => attribution.source.start === readAt(tokens, first, 'tokens').start && attribution.source.end > readAt(tokens, end, 'tokens').end);
      const givenLast = given ? tokens.findIndex((token) => token.end === given.source.end) : -1;
      if (givenLast > end && givenLast <= opening[1]) return [first, givenLast];
      return accepts(first, end) ? [first, end] : undefined;
    };
    // `The judge took off his glasses, and then said`: the subject opens the sentence, which is one clause before the comma.
    if (commaCoordinated) return segments.length === 2 && !OPENERS.has(readAt(tokens, readAt(segments, 0, 'segments')[0], 'tokens').norm) ? subjectOf(readAt(segments, 0, 'segments')) : undefined;
    // `When asked whom she backed, Ms Sherry smiled and said`: after an opening adverbial, the subject opens the verb's own clause.
    // (`Shivering in a long dress, the actress stopped … and joked`: so is an opening participle's clause.)
    const own = readAt(segments, segments.length - 1, 'segments');
    const openingWord = readAt(tokens, readAt(segments, 0, 'segments')[0], 'tokens');
    const adverbial = OPENERS.has(openingWord.norm) || (openingWord === tokens[0] && openingParticiple(text, openingWord.raw));
    const fromOwn = segments.length > 1 && adverbial && !OPENERS.has(readAt(tokens, own[0], 'tokens').norm) ? subjectOf(own) : undefined;
    if (fromOwn) return fromOwn;
    const opening = segments.find(([first]) => !OPENERS.has(readAt(tokens, first, 'tokens').norm) || !commaAfter(text, tokens, first));
    return opening ? subjectOf(opening) : undefined;
  }
  // `Cyprus is an EU member, but Turkey, which occupies the north, had insisted`: a clause joined after a comma by `but`, `and`
  // or `while` opens with its own subject; the clause before it is no part of that subject's phrase.
  // (Only after a comma and before a subject's first word: `Mr Herron - who won fame … and is running a campaign - said` is
  // one man's aside.)
  const joinsClause = ([first, last]: [number, number]): boolean =>
    first < last &&
    CLAUSE_JOINING_WORDS.has(readAt(tokens, first, 'tokens').norm) &&
    commaAfter(text, tokens, first - 1) &&
    (isCapitalised(readAt(tokens, first + 1, 'tokens')) || BARE_DETERMINERS.has(readAt(tokens, first + 1, 'tokens').norm));
  let joined = segments.length - 1;
  while (joined > 0 && !joinsClause(readAt(segments, joined, 'segments'))) joined--;
  if (joined > 0) segments.splice(0, joined + 1, [readAt(segments, joined, 'segments')[0] + 1, readAt(segments, joined, 'segments')[1]]);
  if (segments.length < 2) return undefined;
  const [lastFirst, lastEnd] = readAt(segments, segments.length - 1, 'segments');
  const [previousFirst, previousEnd] = readAt(segments, segments.length - 2, 'segments');
  // `..., the chief executive, Tom Barrow, said`: a name after its role.
  // `One of the authors of the review, Jane Bell, said`, `Bloomberg's pollster, Douglas Schoen, says`: a name after a description that opens the clause.
  if (
    isProperName(tokens, lastFirst, lastEnd) &&
    (isRole(tokens, previousFirst, previousEnd) ||
      ((isBareRole(tokens, previousFirst, previousEnd) || isRoleInCapitals(tokens, previousFirst, previousEnd)) &&
        /^,\s+$/u.test(text.slice(readAt(tokens, previousEnd, 'tokens').end, readAt(tokens, lastFirst, 'tokens').start))) ||
      (segments.length === 2 &&
        !isProperName(tokens, previousFirst, previousEnd) &&
        (readAt(tokens, previousFirst, 'tokens').norm === 'one' || readAt(tokens, previousFirst, 'tokens').norm === 'the' || readAt(tokens, previousFirst, 'tokens').norm.endsWith("'s")))) &&
    accepts(lastFirst, lastEnd)
  )
    return [lastFirst, lastEnd];
  // `Gov. John Kasich of Ohio, a Republican who ..., said`: the clause's first noun phrase, then its appositions.
  for (let i = 0; i < segments.length - 1; i++) {
    let [first] = readAt(segments, i, 'segments');
    const last = readAt(segments, i, 'segments')[1];
    while (first < last && LEADING_ADVERBS.has(readAt(tokens, first, 'tokens').norm)) first++;
    // `After the ruling Carla Ferstman, legal director of Redress, said`: an opening phrase with no comma after it may end in
    // the name of two words or more that its aside describes.
    // (Not `After talks with Gordon Brown, the Tesco boss said` nor `…, Tesco, the grocer, said`: the aside after the name must be
    // a description in lower case, closed by a comma before the verb.)
    const aside = readAt(segments, i + 1, 'segments');
    const ledName =
      i === 0 &&
      OPENERS.has(readAt(tokens, first, 'tokens').norm) &&
      boundaryAfter(text, tokens, before) &&
      !isCapitalised(readAt(tokens, aside[0], 'tokens')) &&
      (namesRole(tokens, aside) || namesPlaceOfWork(tokens, aside))
        ? nameEndingLead(tokens, first, last)
        : undefined;
    if (ledName && accepts(ledName[0], ledName[1])) return ledName;
    // `Responding to the LSE's rebuff, Deutsche Boerse … said`: a participle's phrase that opens the sentence is an adverbial.
    if (OPENERS.has(readAt(tokens, first, 'tokens').norm) || cueAt[first] || (first === 0 && PARTICIPLE_ENDING.test(readAt(tokens, first, 'tokens').norm))) continue;
    // `Late last year, marketing company Doubleclick, one of …, warned`: a time phrase opening the sentence is no subject either.
    if (i === 0 && isOpeningTime(tokens, first, last)) continue;
    // `Director of Public Prosecutions, Ken Macdonald, who ..., said`: a title standing alone before a name is the name's role.
    const next = readAt(segments, i + 1, 'segments');
    const titleOf = first < last && TITLES.has(readAt(tokens, first, 'tokens').norm) && (readAt(tokens, first + 1, 'tokens').raw === 'of' || readAt(tokens, first + 1, 'tokens').raw === 'for');
    if (titleOf && isProperName(tokens, first, last) && isProperName(tokens, next[0], next[1]) && accepts(next[0], next[1])) return next;
    // `One of the men, David Redvers, 34, from Hartpury, said`: a description that opens the clause, then the name it describes.
    const describing = readAt(tokens, first, 'tokens').norm === 'one' || readAt(tokens, first, 'tokens').norm === 'the' || readAt(tokens, first, 'tokens').norm.endsWith("'s");
    // `One of the jilted bidders, Netherlands-based group LNM, said`: the name may come with a word for what kind of body it is.
    const namedNext = isProperName(tokens, next[0], next[1]) || kindThenName(text, tokens, next[0], next[1]);
    if (describing && !isProperName(tokens, first, last) && namedNext && accepts(next[0], next[1])) return next;
    // `Health analyst Tony Beddow, from the Welsh Institute …, said`: a name after its role, then where the person works;
    // `The letter, from the Home Office, says:` a text, then whom it comes from; `The research team, from the University of
    // Leeds, said`: a noun of people or a body, then where they work.
    const affiliated = (isCapitalised(readAt(tokens, last, 'tokens')) || NOUNS.has(readAt(tokens, last, 'tokens').norm)) && AFFILIATION_OPENERS.has(readAt(tokens, last + 1, 'tokens').norm);
    // `The survey, conducted for a campaign group, also found`, `A study of the floods, from the University of Kent, found`: a
    // document or a poll, then an aside on who made it or how; the document is the subject, whatever it is about.
    // (An aside with a cue of its own, `, carried out by Professor Allsop,`, is read by that cue.)
    const documentAside =
      i === 0 &&
      DOCUMENT_OR_POLL.has(NOUNS.get(readAt(tokens, headOf(tokens, [first, last]), 'tokens').norm) ?? '') &&
      madeAside(tokens, last + 1) &&
      !cueAt.subarray(next[0], next[1] + 1).some((at) => at !== 0);
    if (
      (isNounPhrase(tokens, first, last) || isDescribedName(tokens, first, last)) &&
      (opensAside(tokens, last + 1) || isProperName(tokens, first, last) || affiliated || documentAside) &&
      accepts(first, last)
    )
      return [first, last];
    // `The lawsuit was filed after Qwest Communications, which had a bid rejected, said`: a clause of time or cause whose subject,
    // a name, is set off from its verb by an aside; the name is the verb's subject, as it is with no aside between.
    const clauseName = nameEndingAt(tokens, last);
    const opener = clauseName ? clauseName[0] - 1 : -1;
    if (
      clauseName &&
      opener > first &&
      TIME_OR_CAUSE_CLAUSES.has(readAt(tokens, opener, 'tokens').norm) &&
      readAt(tokens, opener, 'tokens').norm !== 'as' &&
      opensAside(tokens, last + 1) &&
      accepts(clauseName[0], last)
    )
      return clauseName;
    // `The judges who ruled against the law, however, said`: a subject with its own relative clause, then an aside.
    const relative = tokens.slice(first + 1, last + 1).findIndex((token) => RESTRICTIVE.has(token.norm)) + first + 1;
    if (relative > first && isNounPhrase(tokens, first, relative - 1) && opensAside(tokens, last + 1) && accepts(first, relative - 1)) return [first, relative - 1];
    break;
  }
  // `Manufacturers' organisation, the EEF, said`: a description of a body, then the body by name.
  const describedBody =
    segments.length === 2 &&
    readAt(tokens, lastFirst, 'tokens').norm === 'the' &&
    lastEnd > lastFirst &&
    isProperName(tokens, lastFirst + 1, lastEnd) &&
    NOUNS.get(readAt(tokens, previousEnd, 'tokens').norm) === 'organisation' &&
    !isCapitalised(readAt(tokens, previousEnd, 'tokens')) &&
    !PREPOSITIONS.has(readAt(tokens, previousFirst, 'tokens').norm) &&
    !OPENERS.has(readAt(tokens, previousFirst, 'tokens').norm);
  if (describedBody && accepts(lastFirst, lastEnd)) return [lastFirst, lastEnd];
  // `Prices will rise, Margaret Ellis, the site manager, said`: the noun phrase before a trailing apposition.
  if (opensApposition(tokens, lastFirst) && isNounPhrase(tokens, previousFirst, previousEnd) && accepts(previousFirst, previousEnd)) return [previousFirst, previousEnd];
  return undefined;
}

/**
 * `Alan Milburn, Labour's election strategist told`: a role set off by one comma from the name before it, right before the
 * verb, is that name's apposition missing its closing comma; the name is the subject. Undefined when the words are no role
 * or no name of a person stands before them.
 */
function nameBeforeRole(text: string, tokens: readonly Token[], phrase: [number, number]): [number, number] | undefined {
  const [first, last] = phrase;
  if (first < 2 || !commaAfter(text, tokens, first - 1)) return undefined;
  const opening = readAt(tokens, first, 'tokens').norm;
  const described = DETERMINERS.has(opening) || POSSESSIVES.has(opening) || opening.endsWith("'s");
  const role = described && tokens.slice(first + 1, last + 1).some((token) => NOUNS.get(token.norm) === 'person-role' || AGENT_ENDING.test(token.norm));
  if (!role) return undefined;
  const name = nameEndingAt(tokens, first - 1);
  if (!name || name[1] - name[0] < 1 || (name[0] > 0 && !boundaryAfter(text, tokens, name[0] - 1) && !followsOpeningLead(tokens, name[0]))) return undefined;
  // `In Germany, the finance minister said`: a place after a preposition that opens the sentence is where, not who;
  // `However, Matt Williams, a fund manager …, said`: an adverb set off before the name is no part of it.
  const opener = readAt(tokens, name[0], 'tokens').norm;
  if (PREPOSITIONS.has(opener) || TIME_LEADS.has(opener)) return undefined;
  if ((OPENERS.has(opener) || LEADING_ADVERBS.has(opener)) && boundaryAfter(text, tokens, name[0])) return name[1] - name[0] > 1 ? [name[0] + 1, name[1]] : undefined;
  return name;
}

/** True when `tokens[first..last]` names a role a person holds (`the chief executive`, `its director`). */
function isRole(tokens: readonly Token[], first: number, last: number): boolean {
  const opening = readAt(tokens, first, 'tokens');
  if (!DETERMINERS.has(opening.norm) && !POSSESSIVES.has(opening.norm)) return false;
  for (let i = first + 1; i <= last; i++) if (isRoleWord(readAt(tokens, i, 'tokens'))) return true;
  return false;
}

/**
 * `shadow chief secretary to the Treasury, George Osborne,`, `Head of genetics at the institute, Professor …,`: a role with
 * no article before the name it describes, its office word among its first words, as news copy writes it.
 */
function isBareRole(tokens: readonly Token[], first: number, last: number): boolean {
  const opening = readAt(tokens, first, 'tokens');
  if (DETERMINERS.has(opening.norm) || POSSESSIVES.has(opening.norm) || PREPOSITIONS.has(opening.norm) || PARTICIPLE_ENDING.test(opening.norm) || OPENERS.has(opening.norm)) return false;
  // `Lord Bach, Minister for Defence Procurement,`: a name, or a role written as one, is the person, not a description of the next.
  if ((isCapitalised(opening) && first > 0) || isProperName(tokens, first, last)) return false;
  for (let i = first; i <= Math.min(last, first + BARE_ROLE_REACH); i++) {
    const token = readAt(tokens, i, 'tokens');
    if (isRoleWord(token)) return true;
    if (PREPOSITIONS.has(token.norm)) return false;
  }
  return false;
}

/**
 * `Scottish Finance Minister, Tom Hale MSP,`, `Acting Detective Chief Superintendent, Mick Deats,`: a role written in capitals,
 * as an office's title is, with no article, before the name it describes. Its last word is the office's (`minister`,
 * `superintendent`), which no name ends in; a name before its role (`Lord Bach, Minister for …,`) ends in the name.
 */
function isRoleInCapitals(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last || !isRoleWord(readAt(tokens, last, 'tokens'))) return false;
  for (let i = first; i <= last; i++) if (!isCapitalised(readAt(tokens, i, 'tokens'))) return false;
  return true;
}

/** How far into a role with no article its office word may stand (`shadow chief secretary`). */
const BARE_ROLE_REACH = 3;

/** True for a word of an office or a title (`secretary`, `chairman`, `head`). */
function isRoleWord(token: Token): boolean {
  return NOUNS.get(token.norm) === 'person-role' || TITLES.has(token.norm);
}

/** How many words a definite description may hold before its head (`The self-described democratic socialist`). */
const DESCRIPTION_REACH = 5;

/**
 * `The departments said`, `The NFL legend said`, `The deputy head of China's delegation said`: a definite noun phrase that
 * opens its clause and stands right before a verb of speech is one particular source the article describes, though its head
 * is in none of the lexicons; it is kept as written, and is a person only when its head says so. After a possessive
 * (`his lawyers said`) the head must name people.
 */
function describedSubject(text: string, tokens: readonly Token[], phrase: [number, number], verb: number): SourceLink | undefined {
  const [first] = phrase;
  // `…, saying` has the clause's subject however far back; another verb must follow its subject (`the playwright who wrote` is not his).
  if (!PARTICIPLE_ENDING.test(readAt(tokens, verb, 'tokens').norm))
    for (let i = phrase[1] + 1; i < verb; i++) if (!isSkipped(readAt(tokens, i, 'tokens')) && !isAdverb(readAt(tokens, i, 'tokens'))) return undefined;
  const possessive = POSSESSIVES.has(readAt(tokens, first, 'tokens').norm);
  if (!SUBJECT_DEMONSTRATIVES.has(readAt(tokens, first, 'tokens').norm) && !possessive) return undefined;
  // `"I felt good," said the defending champion.`: right after a quotation the verb stands before its subject.
  const inverted = first > verb && closesQuotationBefore(text, tokens, verb);
  if (first > 0 && !inverted && !boundaryAfter(text, tokens, first - 1) && !followsOpeningLead(tokens, first)) return undefined;
  const head = headOf(tokens, phrase);
  const headToken = readAt(tokens, head, 'tokens');
  if (head === first || head - first > DESCRIPTION_REACH || isCapitalised(headToken) || !/^\p{L}[\p{L}-]*$/u.test(headToken.norm)) return undefined;
  for (let i = first + 1; i <= head; i++) {
    const word = readAt(tokens, i, 'tokens').norm;
    if (AUXILIARIES.has(word) || MODALS.has(word) || CLAUSE_WORDS.has(word) || RELATIVES.has(word) || PERSONAL.has(word) || isAdverb(readAt(tokens, i, 'tokens'))) return undefined;
  }
  const plural = /[^s]s$/u.test(headToken.norm) || /(?:wo)?men$/u.test(headToken.norm);
  const people = AGENT_ENDING.test(headToken.norm) || PEOPLE_WORDS.has(headToken.norm) || PEOPLE_WORDS.has(headToken.norm.replace(/s$/u, ''));
  // `his lawyers said`, but not `their smiles said a lot`: after a possessive only people speak.
  if (possessive && !people) return undefined;
  const person = !plural && people;
  return { name: text.slice(readAt(tokens, first, 'tokens').start, readAt(tokens, phrase[1], 'tokens').end), kind: 'named', person, role: plural ? 'people' : person ? 'person' : 'organisation' };
}

/** What stands between a quotation's last word and a verb after it (`today," said`): the quotation closed, with or without a comma. */
const QUOTATION_CLOSED = /^[,.!?]?["\u201D\u2019']\s+$/u;

/** True when a quotation closes right before the word at `at` (`today," said`). */
function closesQuotationBefore(text: string, tokens: readonly Token[], at: number): boolean {
  return at > 0 && QUOTATION_CLOSED.test(text.slice(readAt(tokens, at - 1, 'tokens').end, readAt(tokens, at, 'tokens').start));
}

/** True when the words from `from` to the next comma hold a reporting cue: an inserted `he added`, `she said`. */
function cueInAside(text: string, tokens: readonly Token[], from: number, cueAt: Uint8Array): boolean {
  for (let i = from; i < tokens.length; i++) {
    if (cueAt[i]) return true;
    if (boundaryAfter(text, tokens, i)) return false;
  }
  return false;
}

/** Finite forms of `cite`, whose subject is who cites (`citing` and `according to` have none of their own). */
const CITES: ReadonlySet<string> = new Set(['cited', 'cites']);

/**
 * `The White House cited initial analysis that showed …`, `The senator has often cited his state's rural culture`: with a
 * finite `cited`, who cites stands behind the sentence, and what they cite follows them in the chain only when it is a
 * source itself (a report, a body, a person), never a reason (`his state's rural culture`). Undefined when the verb has no
 * subject that names a source, or is passive (`was cited by`).
 */
function citedBySubject(context: Context, match: PhraseMatch<ReportingVerb>, cited: [number, number], cueAt: Uint8Array): Attribution | undefined {
  const { text, tokens } = context;
  if (match.entry.category !== 'relay' || !CITES.has(match.entry.phrase) || isPassive(text, tokens, match.first)) return undefined;
  const citer = phraseBefore(text, tokens, match.first, cueAt);
  const citerLinks = citer ? classifySource(context, citer[0], citer[1]) : undefined;
  if (!citer || !citerLinks) return undefined;
  const citedLinks = classifySource(context, cited[0], cited[1]) ?? [];
  const chain = [...citerLinks, ...citedLinks.map((link, i) => (i === 0 ? { ...link, joinedBy: 'citing' as const } : link))];
  return { category: 'relay', phrase: match.entry.phrase, cue: { start: match.start, end: match.end }, source: spanOf(tokens, citer), links: chain };
}

/** `A court document filed (Thursday)`: the word before a trailing -ed participle, the noun the participle describes. */
function beforeParticiple(tokens: readonly Token[], phrase: [number, number]): number {
  const [first, last] = phrase;
  return last > first && /ed$/u.test(readAt(tokens, last, 'tokens').norm) && !isCapitalised(readAt(tokens, last, 'tokens')) ? last - 1 : last;
}

/**
 * Where a lower-case -ing word inside `phrase`, with words after it, follows a plural noun (`unions meeting`, `Analysts
 * covering`, `MPs backing`): a participle whose phrase describes the subject's head. After a determiner, a possessive or an
 * adjective it is a noun or a modifier (`the meeting`, `Britain's leading`, `biggest housing charity`), and joined by a hyphen
 * part of a modifier (`Tory-leaning`); some leave the name after them speaking (NAME_KEEPING_PARTICIPLES). After a
 * preposition it describes that phrase's noun (`the legal team for two suspects being held`). Undefined when there is none.
 */
function participleAfterHead(text: string, tokens: readonly Token[], phrase: [number, number]): number | undefined {
  for (let i = phrase[0] + 1; i < phrase[1]; i++) {
    const word = readAt(tokens, i, 'tokens');
    const before = readAt(tokens, i - 1, 'tokens');
    if (PREPOSITIONS.has(word.norm)) return undefined;
    if (!PARTICIPLE_ENDING.test(word.norm) || isCapitalised(word) || NAME_KEEPING_PARTICIPLES.has(word.norm) || text.slice(before.end, word.start) !== ' ') continue;
    // A plural written in lower case, opening the sentence, or an acronym's (`MPs`); not a name that ends in s (`Jones`).
    const plural = /[^su'\u2019]s$/u.test(before.norm) && !STOP_WORDS.has(before.norm) && (!isCapitalised(before) || i - 1 === 0 || /^\p{Lu}{2,}s$/u.test(before.raw));
    if (plural) return i;
  }
  return undefined;
}

/** The head of a subject phrase: its last word before a preposition (`A person familiar with the planning` → `person`). */
function headOf(tokens: readonly Token[], phrase: [number, number]): number {
  for (let i = phrase[0] + 1; i <= phrase[1]; i++) {
    const word = readAt(tokens, i, 'tokens').norm;
    // `his closest associate`: `close` and `closest` end the head only before `to` or `with` (`people close to the talks`).
    const holding = HOLDING.has(word) && (tokens[i + 1]?.norm === 'to' || tokens[i + 1]?.norm === 'with');
    if ((PREPOSITIONS.has(word) && !HOLDING.has(word)) || holding) return i - 1;
  }
  return phrase[1];
}

/** True when the words before `verb` hold a participle or `to` after the phrase's head, and the word right before `verb` is lower case (the verb's object). */
function objectOfInnerVerb(tokens: readonly Token[], phrase: [number, number], verb: number): boolean {
  if (phrase[1] !== verb - 1 || isCapitalised(readAt(tokens, phrase[1], 'tokens'))) return false;
  return tokens.slice(headOf(tokens, phrase) + 1, phrase[1]).some((token) => token.norm === 'to' || PARTICIPLE_ENDING.test(token.norm));
}

/** True when the phrase is a document and what it is about (`a report on the plans`), which says what it says with `says`. */
function reportsOnTopic(tokens: readonly Token[], phrase: [number, number]): boolean {
  const head = headOf(tokens, phrase);
  return head < phrase[1] && NOUNS.get(readAt(tokens, head, 'tokens').norm) === 'document' && DOCUMENT_TOPICS.has(tokens[head + 1]?.norm ?? '');
}

/** True for a lower-case head that names people (`person`, `officials`, `socialist`), as a subject's head before `with` or `of` must. */
function namesPeople(token: Token): boolean {
  const singular = token.norm.replace(/s$/u, '');
  return !isCapitalised(token) && (AGENT_ENDING.test(token.norm) || PEOPLE_WORDS.has(token.norm) || PEOPLE_WORDS.has(singular) || NOUNS.get(token.norm) === 'people' || WITH_HOLDERS.has(token.norm));
}

/** True when a word can end the subject of a verb of saying: a name, a pronoun, a noun of sources or a quantifier. */
function namesSubject(token: Token): boolean {
  return namesSource(token) || PERSONAL.has(token.norm) || QUANTIFIERS.has(token.norm) || AGENT_ENDING.test(token.norm) || VAGUE_HEADS.has(token.norm) || PEOPLE_WORDS.has(token.norm);
}

/** True when `tokens[first..last]` can be a name or a noun phrase naming a source: no verb-like lower-case word in it. */
function isNounPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first >= MAX_SOURCE_WORDS) return false;
  for (let i = first; i <= last; i++) {
    const token = readAt(tokens, i, 'tokens');
    if (isCapitalised(token) || /^\d/.test(token.raw) || token.norm.endsWith("'s")) continue;
    if (DETERMINERS.has(token.norm) || POSSESSIVES.has(token.norm) || NAME_CONNECTORS.has(token.norm) || PREPOSITIONS.has(token.norm)) continue;
    if (NOUNS.has(token.norm) || SOURCE_HEADS.has(token.norm) || TITLES.has(token.norm) || QUANTIFIERS.has(token.norm) || AGENT_ENDING.test(token.norm)) continue;
    // `Nobel-winning`: the second half of a hyphenated modifier.
    if (i > first && token.start - readAt(tokens, i - 1, 'tokens').end === 1) continue;
    // `Kent delegate Tom Ford`: a word for what someone is, between capitalised words, is a title before the name.
    if (i > first && i < last && isCapitalised(readAt(tokens, i - 1, 'tokens')) && isCapitalised(readAt(tokens, i + 1, 'tokens'))) continue;
    if (/(?:al|an|ive|ic|ed|ior|er|ish|ese|ary|ent)$/.test(token.norm) && i < last) continue;
    return false;
  }
  return true;
}

/** Prepositions that open where a named person works, in an aside after the name: `, from the Welsh Institute,`, `, of the GMB,`. */
const AFFILIATION_OPENERS: ReadonlySet<string> = new Set(['from', 'of', 'at']);

/** Most words of a body's kind before its name (`Netherlands-based group`, `drinks giant`). */
const KIND_WORDS = 3;

/**
 * True when the words are a body's kind, then its name: `Netherlands-based group LNM`, `rival bank HSBC`: lower-case words
 * only of a hyphenated modifier or a noun for a body, then capitalised words to the end.
 */
function kindThenName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  let name = last;
  while (name > first && isCapitalised(readAt(tokens, name - 1, 'tokens'))) name--;
  if (name === first || name - first > KIND_WORDS || !isCapitalised(readAt(tokens, last, 'tokens'))) return false;
  let kind = false;
  for (let i = first; i < name; i++) {
    const token = readAt(tokens, i, 'tokens');
    const hyphened = (i > first && text.slice(readAt(tokens, i - 1, 'tokens').end, token.start) === '-') || text[token.end] === '-';
    if (NOUNS.get(token.norm) === 'organisation' && !isCapitalised(token)) kind = true;
    else if (!hyphened) return false;
  }
  return kind;
}

/** True when a segment holds a word for a person's role or title (`legal director of Redress`, `a lawyer`). */
function namesRole(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  return tokens.slice(first, last + 1).some((token) => NOUNS.get(token.norm) === 'person-role' || TITLES.has(token.norm));
}

/** The proper name of two words or more that ends an opening phrase after a lower-case word (`After the ruling Carla Ferstman`). */
function nameEndingLead(tokens: readonly Token[], first: number, last: number): [number, number] | undefined {
  let name = last;
  while (name > first && isCapitalised(readAt(tokens, name - 1, 'tokens'))) name--;
  if (name - first < 2 || last === name || isCapitalised(readAt(tokens, name - 1, 'tokens')) || !isProperName(tokens, name, last)) return undefined;
  return [name, last];
}

/** Words that open an apposition after a name: `, a Republican`, `, who leads`, `, 55,`, `, for example,`, `, then 38,`. */
function opensApposition(tokens: readonly Token[], at: number): boolean {
  const token = readAt(tokens, at, 'tokens');
  // `, wearing a red scarf,`, `, including the Western Mail,`, `, seen by parents,`: a participle's phrase describes the name before it.
  return (
    (!isCapitalised(token) && (tokens[at + 1]?.norm === 'by' || (PHRASAL_PARTICLES.has(tokens[at + 1]?.norm ?? '') && tokens[at + 2]?.norm === 'by')) && /(?:ed|en|wn)$/.test(token.norm)) ||
    APPOSITION_OPENERS.has(token.norm) ||
    // `Other agencies, such as the Asian Development Bank, have said`: examples of the noun before, as `, including …,` gives.
    (token.norm === 'such' && tokens[at + 1]?.norm === 'as') ||
    (ASIDE_PARTICIPLES.has(token.norm) && !isCapitalised(token)) ||
    (PARTICIPLE_ENDING.test(token.norm) && !isCapitalised(token)) ||
    /^\d/.test(token.raw) ||
    isCapitalised(token) ||
    NOUNS.get(token.norm) === 'person-role' ||
    TITLES.has(token.norm) ||
    // `Euronext, owner of Liffe,`, `Diageo, maker of Guinness,`: a bare noun of what the name is to something.
    (tokens[at + 1]?.norm === 'of' && LOWER_WORD.test(token.raw) && !DETERMINERS.has(token.norm) && !QUANTIFIERS.has(token.norm) && !PREPOSITIONS.has(token.norm)) ||
    // `DaimlerChrysler, parent company of Mercedes,`: so too a noun with one describing word before it.
    (tokens[at + 2]?.norm === 'of' && barePlainWord(token) && barePlainWord(readAt(tokens, at + 1, 'tokens')))
  );
}

/**
 * True when the words at `at` open an aside between a subject and its verb: an apposition's opening (opensApposition), a
 * discourse phrase or a participle of dress (ASIDE_OPENERS: `, on the other hand,`, `, clad in a red cape,`), or an adverb
 * before a participle (`, formerly managed by Mourinho,`, `, still smarting from the defeat,`).
 */
function opensAside(tokens: readonly Token[], at: number): boolean {
  if (opensApposition(tokens, at)) return true;
  const token = readAt(tokens, at, 'tokens');
  if (isCapitalised(token)) return false;
  if (ASIDE_OPENERS.has(token.norm)) return true;
  const next = tokens[at + 1];
  return isAdverb(token) && next !== undefined && !isCapitalised(next) && (/\p{L}{2,}(?:ed|en|wn)$/u.test(next.norm) || PARTICIPLE_ENDING.test(next.norm) || ASIDE_PARTICIPLES.has(next.norm));
}

/** True when `token` can open a noun phrase that is a verb's subject: a determiner, a possessive or a capitalised word. */
function opensNounPhrase(token: Token): boolean {
  return DETERMINERS.has(token.norm) || POSSESSIVES.has(token.norm) || isCapitalised(token);
}

/** How many words may describe a name before it (`The councils' umbrella organisation Cosla`, `marketing company Doubleclick`). */
const DESCRIBING_WORDS = 4;

/**
 * True when `tokens[first..last]` is a name with a few words before it that say what it is (`The councils' umbrella
 * organisation Cosla`, `marketing company Doubleclick`): no verb, preposition or clause word among them.
 */
function isDescribedName(tokens: readonly Token[], first: number, last: number): boolean {
  let name = last;
  while (name > first && isCapitalised(readAt(tokens, name - 1, 'tokens'))) name--;
  if (name === first || name - first > DESCRIBING_WORDS || !isProperName(tokens, name, last)) return false;
  return tokens.slice(first, name).every((token) => !isVerbLike(token) && !PREPOSITIONS.has(token.norm) && !isClauseWord(token) && !PERSONAL.has(token.norm));
}

/** True when an aside names where someone works: a preposition of affiliation and a name (`, of Torfaen,`, `, from the Welsh Institute,`). */
function namesPlaceOfWork(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  return AFFILIATION_OPENERS.has(readAt(tokens, first, 'tokens').norm) && tokens.slice(first + 1, last + 1).some((token) => isCapitalised(token));
}

/** True when `tokens[first..last]` is a time phrase alone (`Last week`, `Late last year`, `Just on Monday`): no subject. */
function isOpeningTime(tokens: readonly Token[], first: number, last: number): boolean {
  let from = first;
  while (from < last && TIME_PHRASE_LEADS.has(readAt(tokens, from, 'tokens').norm)) from++;
  return timeTailStart(tokens, last) === from;
}

/**
 * True when the aside at `at` says who made a document or how (`, conducted for a campaign group,`, `, carried out by ICM,`, `,
 * from the University of Kent,`, `, published on Monday,`): a past participle in lower case or a preposition of affiliation.
 */
function madeAside(tokens: readonly Token[], at: number): boolean {
  const token = readAt(tokens, at, 'tokens');
  return !isCapitalised(token) && (/\p{L}{2,}(?:ed|en|wn)$/u.test(token.norm) || AFFILIATION_OPENERS.has(token.norm) || token.norm === 'by');
}

/** A word in lower case that is no determiner, quantifier, preposition or conjunction: a bare noun or its describing word. */
function barePlainWord(token: Token): boolean {
  return LOWER_WORD.test(token.raw) && !DETERMINERS.has(token.norm) && !QUANTIFIERS.has(token.norm) && !PREPOSITIONS.has(token.norm) && !CONJUNCTIONS.has(token.norm);
}

/** Two words by which a speaker carries a speech on before a colon (`The Tory leader went on: "…"`). */
const CARRYING_ON: ReadonlySet<string> = new Set(['went on', 'goes on', 'carried on', 'added later']);

/** A word of a list of names: capitalised, or a particle in lower case (`for` between players swapped, `van der`, `og`). */
const LISTED_WORD = /^(?:\p{Lu}|\p{Ll}{1,3}$)/u;

/**
 * True when the words after a colon are a list of names (a squad, the players booked, the scorers): no verb, nothing said. What
 * a list puts in brackets after a name (`(Bath)`, `(capt)`) is read as no word of it.
 */
function isNameList(words: string): boolean {
  return (words.replace(/\([^()]*\)/gu, ' ').match(/[\p{L}'\u2019-]+/gu) ?? []).every((word) => LISTED_WORD.test(word));
}

/** `Mr Howard: "We will not be moved."`: a name, alone before a colon that opens a quotation, is the speaker. */
function colonAttribution(context: Context, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  const reach = Math.min(tokens.length - 1, MAX_SOURCE_WORDS);
  // Most sentences hold no colon near their start: look once before looking word by word.
  if (reach < 1 || !text.slice(readAt(tokens, 0, 'tokens').start, readAt(tokens, reach, 'tokens').start).includes(':')) return undefined;
  for (let i = 0; i < reach; i++) {
    const between = text.slice(readAt(tokens, i, 'tokens').end, readAt(tokens, i + 1, 'tokens').start);
    const quoted = /^\s*:\s*["\u201C\u2018']/u.test(between);
    if (!quoted && !/^\s*:\s/u.test(between)) continue;
    if (inQuotation(readAt(tokens, i, 'tokens').start)) return undefined;
    let first = 0;
    while (first < i && boundaryAfter(text, tokens, first)) first++;
    // `Bill Clinton: Hillary thinks ...`: a headline's speaker before a colon, when the words before it are a name alone.
    if (!quoted && (first !== 0 || i > 3 || !isProperName(tokens, first, i))) return undefined;
    // `UPDATE: The website has removed …`, `Analysis: …`: a label of the copy before its colon is no speaker.
    if (i === first && COPY_LABELS.has(readAt(tokens, first, 'tokens').norm)) return undefined;
    // `The Tory leader went on: "…"`: the words that carry a speech on are the cue, the words before them its speaker.
    const carriedOn = i - 1 > first && CARRYING_ON.has(`${readAt(tokens, i - 1, 'tokens').norm} ${readAt(tokens, i, 'tokens').norm}`);
    const last = carriedOn ? i - 2 : i;
    // `Osbourne himself was at a loss to explain its popularity: "I suppose …"`: a clause before the colon that opens with a
    // person as its subject hands the quotation to them.
    // (`Mr Blair set out his plan: "…"`: words with a verb in them are a clause, no name of the speaker; the tagger is asked
    // only of the few sentences with a quotation after a colon this near their start.)
    const colonAt = readAt(tokens, i, 'tokens').end + between.indexOf(':');
    // `Backs: Jo Hale (Bath), Tim Ross (Leeds), …`, `Booked: Hale, Ross.`: a heading over a list of names is nobody's words.
    if (!quoted && isNameList(text.slice(colonAt + 1))) return undefined;
    // `Mr Hale told MPs: "…"`: a cue already read between the clause's start and the colon says who speaks, and the colon's
    // reading would be dropped; the tagger below (some 2 ms a sentence) is not asked.
    const sourceStart = readAt(tokens, first, 'tokens').start;
    if (quoted) {
      const crier = voicedInAccount(context, sourceStart, i, colonAt);
      if (crier) return crier;
    }
    if (context.found.some((attribution) => attribution.cue.start >= sourceStart && attribution.cue.end <= colonAt)) return undefined;
    const clause = quoted && last - first >= 2 && holdsVerb(text.slice(sourceStart, readAt(tokens, last, 'tokens').end));
    const links = (clause ? undefined : classifySource(context, first, last)) ?? (quoted ? openingPerson(context, first) : undefined);
    if (!links) return undefined;
    return { category: 'colon', phrase: ':', cue: { start: colonAt, end: colonAt + 1 }, source: spanOf(tokens, [first, last]), links };
  }
  return undefined;
}

/**
 * `He said the man shouted: "…"`, `She said that a guard had whispered: "…"`: a verb of crying out (VOICED_VERBS) right
 * before the colon, in the clause a speaker's verb reports, makes its subject the quotation's speaker, as `She said the officer
 * told her: "…"` already does with a verb of speech. The reporter stays the sentence's outer source.
 */
function voicedInAccount(context: Context, sourceStart: number, verbAt: number, colonAt: number): Attribution | undefined {
  const { tokens } = context;
  if (!VOICED_VERBS.has(readAt(tokens, verbAt, 'tokens').norm)) return undefined;
  const outer = context.found.filter((attribution) => attribution.category === 'speech' && attribution.cue.start >= sourceStart && attribution.cue.end <= colonAt).at(-1);
  if (!outer) return undefined;
  let from = tokens.findIndex((token) => token.start >= outer.cue.end);
  if (from < 0 || from >= verbAt) return undefined;
  if (readAt(tokens, from, 'tokens').norm === 'that') from++;
  let to = verbAt - 1;
  while (to >= from && BEFORE_VOICED.has(readAt(tokens, to, 'tokens').norm)) to--;
  if (to < from) return undefined;
  const links = classifySource(context, from, to) ?? openingPerson(context, from);
  if (!links) return undefined;
  return { category: 'colon', phrase: ':', cue: { start: colonAt, end: colonAt + 1 }, source: spanOf(tokens, [from, to]), links };
}

/** A possessive's ending, straight or curly, of a singular or a plural (`Mr Smith's`, `the unions'`). */
const POSSESSIVE_MARK = /['\u2019]s?$/u;

/** How many words a holder's possessive phrase may run to between `in` and the view (`In the former chancellor's view`). */
const HOLDER_WORDS = 5;

/**
 * `In Mr Smith's view, the deal is dead`, `In his view …`, `…, in the party's opinion, …`: a view held by the possessor, who
 * stands behind the clause (`his` resolved as `he said` would be). Only where `in` opens the sentence or an aside; the first
 * person (`in my view`) is the writer's own judgement, the article's.
 */
function heldView(context: Context, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (readAt(tokens, i, 'tokens').norm !== 'in' || (i > 0 && !boundaryAfter(text, tokens, i - 1)) || inQuotation(readAt(tokens, i, 'tokens').start)) continue;
    const noun = tokens.slice(i + 2, i + 2 + HOLDER_WORDS).findIndex((token) => HELD_VIEWS.has(token.norm)) + i + 2;
    if (noun < i + 2) continue;
    const holder = possessor(context, i + 1, noun - 1);
    if (holder === null) return undefined;
    if (!holder) continue;
    return { category: 'relay', phrase: 'in * view', cue: { start: readAt(tokens, i, 'tokens').start, end: readAt(tokens, noun, 'tokens').end }, ...holder };
  }
  return undefined;
}

/**
 * The holder named by the possessive `tokens[first..last]`: `his` (resolved as `he said` would be), `Mr Smith's`, `the party's`,
 * its source span and links without the possessive's ending. Undefined when the words name no source; null when a clause
 * boundary lies inside them, or `its` has no body or document before it to stand for.
 */
function possessor(context: Context, first: number, last: number): Pick<Attribution, 'source' | 'links'> | undefined | null {
  const { text, tokens } = context;
  const possessive = POSSESSIVE_PRONOUNS.get(readAt(tokens, last, 'tokens').norm);
  if (possessive !== undefined && last === first) {
    const token = readAt(tokens, last, 'tokens');
    const links = relayedChain(context.memory, resolvePronoun(context, { ...token, norm: possessive }));
    // (`In its view` with no body or document before it to be `it` names no one, as an unresolved `it` before a verb does not.)
    if (possessive === 'it' && links.some((link) => link.role === 'unresolved')) return null;
    return { source: spanOf(tokens, [last, last]), links };
  }
  if (!POSSESSIVE_MARK.test(readAt(tokens, last, 'tokens').raw)) return undefined;
  for (let j = first; j < last; j++) if (boundaryAfter(text, tokens, j)) return null;
  // (`the party's`, `the senator's`: a noun of a source is known without its possessive's ending, which a name need not lose.)
  const owner = readAt(tokens, last, 'tokens');
  const bare = { ...owner, raw: owner.raw.replace(POSSESSIVE_MARK, ''), norm: owner.norm.replace(POSSESSIVE_MARK, '') };
  const links = classifySource(context, first, last) ?? classifySource({ ...context, tokens: tokens.map((token, at) => (at === last ? bare : token)) }, first, last);
  if (!links) return undefined;
  const source = spanOf(tokens, [first, last]);
  return {
    source: { start: source.start, end: source.end - (POSSESSIVE_MARK.exec(text.slice(source.start, source.end))?.[0].length ?? 0) },
    links: links.map((link) => ({ ...link, name: link.name.replace(POSSESSIVE_MARK, '') })),
  };
}

/** How many words may describe a view between its holder's possessive and the noun (`Mr Smith's main argument`, `her most explosive claim`). */
const VIEW_MODIFIERS = 2;

/**
 * `Mr Smith's view is that the deal is dead`, `Their argument was that …`, `But the party's official position is that …`: a
 * noun of a view or of words spoken (STATED_VIEWS), after a possessive, as the subject of `is that` at the head of the
 * sentence: the possessor stands behind the clause, as after `X believes that`. The first person (`My view is that`) is the
 * writer's, the article's own; a view with no possessor (`The fear is that …`) names no one.
 */
function statedView(context: Context, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  let first = 0;
  while (first < tokens.length && LEADING_ADVERBS.has(readAt(tokens, first, 'tokens').norm) && !boundaryAfter(text, tokens, first)) first++;
  if (first >= tokens.length || inQuotation(readAt(tokens, first, 'tokens').start)) return undefined;
  for (let noun = first + 1; noun < Math.min(tokens.length - 2, first + HOLDER_WORDS + VIEW_MODIFIERS + 1); noun++) {
    if (boundaryAfter(text, tokens, noun - 1)) return undefined;
    if (!STATED_VIEWS.has(readAt(tokens, noun, 'tokens').norm) || !STATING_BE.has(readAt(tokens, noun + 1, 'tokens').norm) || readAt(tokens, noun + 2, 'tokens').norm !== 'that') continue;
    let last = noun - 1;
    while (last > first && noun - last <= VIEW_MODIFIERS && LOWER_WORD.test(readAt(tokens, last, 'tokens').raw) && !POSSESSIVE_PRONOUNS.has(readAt(tokens, last, 'tokens').norm)) last--;
    const holder = possessor(context, first, last);
    if (!holder) return undefined;
    return { category: 'relay', phrase: '* view is that', cue: { start: readAt(tokens, noun, 'tokens').start, end: readAt(tokens, noun + 2, 'tokens').end }, ...holder };
  }
  return undefined;
}

/** Words that front the phrase of those a poll asked before the clause it frames (`Of those asked, 62% were unaware`, `For 44% of those questioned, …`). */
const RESPONDENT_FRONTS: ReadonlySet<string> = new Set(['of', 'for']);
/** Words after a poll's participle that go on to say which poll asked them (`polled for the survey`, `surveyed by ISM`, `asked in a poll for Intervoice`). */
const POLL_LINKS: ReadonlySet<string> = new Set(['for', 'by', 'in']);
/** Words that lead into a share without being one (`More than half`, `A total of 53%`, `Almost a quarter`). */
const SHARE_LEADS: ReadonlySet<string> = new Set(['than', 'a', 'an', 'the', 'total', 'of']);
/** How many words after the participle the poll that asked may run (`in a poll for the Sunday Times`). */
const POLL_LINK_WORDS = 6;

/**
 * `Nearly two-thirds of all firms polled for the survey have no plans to …`, `Of those asked, 62% were unaware …`, `For 44% of
 * those questioned, the information is …`: a share of the people a poll asked (ASKED_PARTICIPLES), as the sentence's subject or
 * its fronted phrase, tells what they answered whatever the verb, so the respondents stand behind the sentence as they do when
 * they `said` it. Only a share of them: `The 1,000 people interviewed were chosen at random` tells of the poll, not its findings.
 */
function pollRespondents(context: Context, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  const opener = tokens[0];
  if (!opener || tokens.length < 3 || inQuotation(opener.start)) return undefined;
  const start = (opener.norm === 'and' || opener.norm === 'but') && !commaAfter(text, tokens, 0) ? 1 : 0;
  const front = readAt(tokens, start, 'tokens').norm;
  let asked = -1;
  for (let i = start + 1; i < tokens.length && i - start <= MAX_SOURCE_WORDS && asked < 0; i++) {
    if (boundaryAfter(text, tokens, i - 1)) return undefined;
    if (ASKED_PARTICIPLES.has(readAt(tokens, i, 'tokens').norm)) asked = i;
  }
  if (asked < 0 || inQuotation(readAt(tokens, asked, 'tokens').start)) return undefined;
  const people = readAt(tokens, asked - 1, 'tokens');
  if (people.norm !== 'those' && !isPeoplePlural(people.norm) && !/\p{Ll}s$/u.test(people.raw)) return undefined;
  let last = asked;
  if (POLL_LINKS.has(tokens[asked + 1]?.norm ?? '') && !boundaryAfter(text, tokens, asked)) {
    for (let j = asked + 1; j < tokens.length && j - asked <= POLL_LINK_WORDS && !boundaryAfter(text, tokens, j - 1) && namesPollWord(readAt(tokens, j, 'tokens')); j++) last = j;
    while (last > asked && (POLL_LINKS.has(readAt(tokens, last, 'tokens').norm) || DETERMINERS.has(readAt(tokens, last, 'tokens').norm))) last--;
  }
  const fronted = start === 0 && RESPONDENT_FRONTS.has(front);
  // `Of those asked, 62% …`: a share opens the clause the fronted phrase frames; `For 44% of those questioned, …` holds its own.
  if (fronted && !(commaAfter(text, tokens, last) && (front === 'for' ? sharesBefore(text, tokens, start + 1, asked) : countsAt(text, tokens, last + 1)))) return undefined;
  // (`Nor could over 65% of the leaders surveyed say …`: the share must open the subject, so a verb before it leaves the sentence.)
  if (!fronted && !(opensWithShare(tokens, start) && sharesBefore(text, tokens, start, asked))) return undefined;
  const first = fronted ? start + 1 : start;
  const links = classifySource(context, first, last);
  if (!links || links.length === 0 || !links.every((link) => link.role === 'poll')) return undefined;
  return { category: 'finding', phrase: readAt(tokens, asked, 'tokens').norm, cue: spanOf(tokens, [asked, asked]), source: spanOf(tokens, [first, last]), links };
}

/**
 * `In the UK 69% of those questioned said …`, `Despite this liking for search sites half of those questioned said …`, `Mr Vetham
 * said the majority of people surveyed believed …`: a subject read back past an opening phrase that has no comma, or past a
 * clause before it, and ending in a share of a poll's respondents, starts at the share (with the words that lead into it: `More
 * than half`). Undefined when the share already opens the phrase.
 */
function shareOfRespondents(text: string, tokens: readonly Token[], phrase: [number, number]): [number, number] | undefined {
  if (!ASKED_PARTICIPLES.has(readAt(tokens, phrase[1], 'tokens').norm)) return undefined;
  for (let i = phrase[1] - 2; i > phrase[0]; i--) {
    if (!sharesBefore(text, tokens, i, i + 2)) continue;
    let first = i;
    // (`Two-thirds`: a share hyphened to the word before it is one word with it.)
    const leads = (before: Token, word: Token): boolean => SHARE_OPENERS.has(before.norm) || SHARE_LEADS.has(before.norm) || text.slice(before.end, word.start) === '-';
    while (first > phrase[0] && leads(readAt(tokens, first - 1, 'tokens'), readAt(tokens, first, 'tokens'))) first--;
    return first > phrase[0] ? [first, phrase[1]] : undefined;
  }
  return undefined;
}

/** True for a word of the phrase that says which poll asked (`the Sunday Times`, `a poll`, `ISM`, `mobile firm Intervoice`). */
function namesPollWord(token: Token): boolean {
  return POLL_LINKS.has(token.norm) || DETERMINERS.has(token.norm) || isCapitalised(token) || POLLED.has(token.norm) || NOUNS.has(token.norm);
}

/** True when a share of people stands between `from` and `to` and goes on to those it is of (`two-thirds of all firms`, `half those pupils`). */
function sharesBefore(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const next = readAt(tokens, i + 1, 'tokens').norm;
    if (countsAt(text, tokens, i) && (next === 'of' || next === 'those' || next === 'the')) return true;
  }
  return false;
}

/** True when the words from `from` open a share (`Nearly two-thirds`, `More than half`, `A total of 53%`, `Almost a quarter`). */
function opensWithShare(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && (SHARE_OPENERS.has(readAt(tokens, i, 'tokens').norm) || SHARE_LEADS.has(readAt(tokens, i, 'tokens').norm))) i++;
  return i < tokens.length && (FRACTIONS.has(readAt(tokens, i, 'tokens').norm) || NUMBER_WORDS.has(readAt(tokens, i, 'tokens').norm) || /^\d/u.test(readAt(tokens, i, 'tokens').raw));
}

/** True for a share or a count at `at` (`62%`, `13`, `half`, `two-thirds`, `per cent`). */
function countsAt(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  return FRACTIONS.has(token.norm) || token.norm === 'percent' || token.norm === 'cent' || /^\d/u.test(token.raw) || NUMBER_WORDS.has(token.norm) || text[token.end] === '%';
}

/** A dash or bullet that sets a line in a list. */
const LIST_DASH = /[-\u2013\u2014\u2022*]/u;
/** What stands before a list line's first word: the dash alone, between spaces. */
const LIST_DASH_LINE = /^[ \t]*[-\u2013\u2014\u2022*][ \t]*$/u;
/** Spaces, then a double quotation mark opening (no colon, no verb between a name and its words). */
const SPACE_THEN_OPENING_QUOTE = /^\s+["\u201C]$/u;

/**
 * `- Bolton boss Sam Allardyce "I am bitterly disappointed …"`: a line of a list of reactions, a dash, a person's name and their
 * words with no verb or colon between, is that person's, as `Name: "…"` is (see colonAttribution).
 */
function listedSpeaker(context: Context, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  if (tokens.length < 3) return undefined;
  const opening = readAt(tokens, 0, 'tokens').start;
  const lineStart = text.lastIndexOf('\n', opening - 1) + 1;
  if (!LIST_DASH_LINE.test(text.slice(lineStart, opening)) || inQuotation(opening)) return undefined;
  const reach = Math.min(tokens.length - 1, MAX_SOURCE_WORDS);
  for (let i = 0; i < reach; i++) {
    const between = text.slice(readAt(tokens, i, 'tokens').end, readAt(tokens, i + 1, 'tokens').start);
    if (!SPACE_THEN_OPENING_QUOTE.test(between)) continue;
    // Only a name ends the words before the quotation: `Bolton boss Sam Allardyce`, not `The team played "…"`.
    if (i < 1 || !isCapitalised(readAt(tokens, i, 'tokens')) || !isCapitalised(readAt(tokens, i - 1, 'tokens')) || !isProperName(tokens, i - 1, i)) return undefined;
    const links = classifySource(context, 0, i);
    if (!links?.every((link) => link.person && link.kind === 'named')) return undefined;
    // The dash that sets the line in the list is its cue, as the colon is `Name: "…"`'s.
    const dash = lineStart + text.slice(lineStart, opening).search(LIST_DASH);
    return { category: 'colon', phrase: '-', cue: { start: dash, end: dash + 1 }, source: spanOf(tokens, [0, i]), links };
  }
  return undefined;
}

/** The person named first in the sentence, as its subject (opening it, no owner of a possessive), as a source; undefined if none. */
function openingPerson(context: Context, first: number): SourceLink[] | undefined {
  const [mention] = context.mentions;
  return mention && mention.first <= first + 1 && mention.opens && !mention.owner && mention.link.person && mention.link.role === 'person' ? [mention.link] : undefined;
}

/**
 * `Mr Gates, said the firm would keep investing.`, `Microsoft chairman Bill Gates, said …`: a subject ending in a name that opens the
 * sentence, then a comma with nothing closing it and a verb
 * plainly of speech (not `said to be`), is the subject the comma was stray after.
 */
function nameBeforeStrayComma(text: string, tokens: readonly Token[], match: PhraseMatch<ReportingVerb>, cueAt: Uint8Array): [number, number] | undefined {
  if (match.first < 1 || !commaAfter(text, tokens, match.first - 1) || !PLAIN_SPEECH.test(readAt(tokens, match.first, 'tokens').norm) || tokens[match.last + 1]?.norm === 'to') return undefined;
  const name = phraseBefore(text, tokens, match.first, cueAt, true);
  if (name === undefined || (name[0] !== 0 && !afterOpeningClause(text, tokens, name[0])) || !isCapitalised(readAt(tokens, name[1], 'tokens')) || NOT_NAMES.has(readAt(tokens, name[1], 'tokens').norm))
    return undefined;
  if (tokens.slice(name[0], name[1] + 1).some((token) => PREPOSITIONS.has(token.norm) || TIME_LEADS.has(token.norm))) return undefined;
  for (let i = name[0]; i < name[1]; i++) if (boundaryAfter(text, tokens, i)) return undefined;
  return name;
}

/**
 * True when `at` follows a clause that opens the sentence with a subordinating conjunction and closes with a comma (`Although
 * details were scant, Mr Gates, said …`): the main clause's subject starts at `at`.
 */
function afterOpeningClause(text: string, tokens: readonly Token[], at: number): boolean {
  return at > 2 && SUBORDINATING_CONJUNCTIONS.has(readAt(tokens, 0, 'tokens').norm) && commaAfter(text, tokens, at - 1) && !tokens.slice(1, at - 1).some((_, i) => commaAfter(text, tokens, i + 1));
}

/**
 * `some historians and archivists are concerned`, `Analysts and investors have welcomed`: a group joined by `and` or `or` to
 * the one right before the verb speaks with it; the phrase runs back over both when each is a plural noun and nothing breaks them.
 */
function coordinatedGroup(text: string, tokens: readonly Token[], phrase: [number, number]): [number, number] {
  const [first, last] = phrase;
  const joiner = tokens[first - 1];
  const other = tokens[first - 2];
  if (first !== last || !joiner || !other || (joiner.norm !== 'and' && joiner.norm !== 'or') || boundaryAfter(text, tokens, first - 2) || boundaryAfter(text, tokens, first - 1)) return phrase;
  const plural = (token: Token): boolean => /[^s]s$/u.test(token.norm) && (isPeoplePlural(token.norm) || VAGUE_HEADS.has(token.norm) || AGENT_ENDING.test(token.norm));
  if (!plural(readAt(tokens, first, 'tokens')) || !plural(other)) return phrase;
  const start = first - 3 >= 0 && QUANTIFIERS.has(readAt(tokens, first - 3, 'tokens').norm) && !boundaryAfter(text, tokens, first - 3) ? first - 3 : first - 2;
  return [start, last];
}

/**
 * `Rhodri Glyn Thomas, Plaid Cymru health spokesman said`, `John Smith, chief executive said`, `Chris Hale, managing director
 * of Acme Online said`: a role with no determiner set off after a name that opens the sentence, its closing comma missing, is
 * the name's apposition; the name is the subject.
 */
function nameBeforeRoleAside(text: string, tokens: readonly Token[], phrase: [number, number]): [number, number] | undefined {
  const [first] = phrase;
  if (first < 2 || !commaAfter(text, tokens, first - 1) || DETERMINERS.has(readAt(tokens, first, 'tokens').norm)) return undefined;
  // (`Chris Hale, managing director of Acme Online said`: the role's head stands before the body it serves.)
  const head = readAt(tokens, headOf(tokens, phrase), 'tokens');
  // One person's role, in the singular (`In London, officials said` names no one in its opening words).
  if (isCapitalised(head) || head.norm.endsWith('s') || (NOUNS.get(head.norm) !== 'person-role' && !SOURCE_HEADS.has(head.norm))) return undefined;
  if (PREPOSITIONS.has(readAt(tokens, 0, 'tokens').norm) || OPENERS.has(readAt(tokens, 0, 'tokens').norm)) return undefined;
  for (let i = 0; i < first - 1; i++) if (boundaryAfter(text, tokens, i)) return undefined;
  return isProperName(tokens, 0, first - 1) ? [0, first - 1] : undefined;
}

/** How many words (a determiner and modifiers) may stand between a verb of denial and the noun of what it denies. */
const DENIED_NOUN_REACH = 3;

/**
 * True when the clause from `first` is inside the content of a claim a verb of denial governs: `rejects a suggestion that he
 * had told a colleague that the chairman knew …`, `denied reports he …`; not after a comma (`rejected the claims, saying …`).
 */
function insideDeniedClaim(text: string, tokens: readonly Token[], first: number): boolean {
  for (let at = first - 1; at >= 1; at--) {
    if (boundaryAfter(text, tokens, at)) return false;
    const noun = tokens[at]?.norm === 'that' ? at - 1 : at === first - 1 ? at : -1;
    if (noun < 1 || !DISMISSED_WORDS.has(readAt(tokens, noun, 'tokens').norm) || readAt(tokens, noun, 'tokens').norm === 'as') continue;
    for (let i = noun - 1; i >= Math.max(0, noun - DENIED_NOUN_REACH); i--) if (CONTESTING.test(readAt(tokens, i, 'tokens').norm)) return !denialWithheld(tokens, i);
  }
  return false;
}

/** Words right before a denial that say it was not made (`not denied`, `never denied`), beside the verbs of withholding it. */
const NOT_MADE: ReadonlySet<string> = new Set(['not', 'never']);

/** True when the denial at `verb` is withheld: `refused to deny the claim that he told …` leaves the claim standing. */
function denialWithheld(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.norm ?? '';
  const withholds = (word: string): boolean => WITHHOLDING_VERBS.has(word) || NOT_MADE.has(word);
  return withholds(before) || (before === 'to' && withholds(tokens[verb - 2]?.norm ?? ''));
}

/** How many words the examples of an `including` aside may run to before the phrase read as the subject. */
const EXAMPLES_REACH = 8;

/**
 * `Mr Glazer's backers, including JP Morgan, the US investment bank have said`, `The club's lenders, including Barclays have
 * said`: an aside of examples after the sentence's opening noun phrase, its closing comma missing, ends in words that are
 * the examples (or an apposition of them), not the subject; the opening noun phrase before `including` or `such as` speaks.
 */
function subjectBeforeExamples(text: string, tokens: readonly Token[], phrase: [number, number]): [number, number] | undefined {
  const [first] = phrase;
  for (let at = first; at > 0 && first - at <= EXAMPLES_REACH; at--) {
    const word = readAt(tokens, at, 'tokens').norm;
    const examples = word === 'including' ? at : word === 'as' && tokens[at - 1]?.norm === 'such' ? at - 1 : undefined;
    if (examples === undefined) {
      // The examples are names, joined by commas or `and`, and the phrase the apposition of the last (`JP Morgan, the US investment bank`).
      if (at < first - 1 && !isCapitalised(readAt(tokens, at, 'tokens')) && word !== 'and') return undefined;
      if (at < first - 1 && boundaryAfter(text, tokens, at) && !commaAfter(text, tokens, at)) return undefined;
      continue;
    }
    if (examples < 1 || !commaAfter(text, tokens, examples - 1)) return undefined;
    // (`In a blow to the plan, several banks, including …`: after an opening phrase of time, place or circumstance, the noun phrase after its comma.)
    let start = examples - 1;
    while (start > 0 && !boundaryAfter(text, tokens, start - 1)) start--;
    const opening = readAt(tokens, 0, 'tokens').norm;
    if (start > 0 && (!commaAfter(text, tokens, start - 1) || !PREPOSITIONS.has(opening) || tokens.slice(0, start - 1).some((_, i) => boundaryAfter(text, tokens, i)))) return undefined;
    if (start === 0 && (PREPOSITIONS.has(opening) || OPENERS.has(opening))) return undefined;
    // (`Prices rose sharply, including food, the ONS said`: a clause before the examples has its own verb; the source trails.)
    if (holdsVerb(text.slice(readAt(tokens, start, 'tokens').start, readAt(tokens, examples - 1, 'tokens').end))) return undefined;
    return [start, examples - 1];
  }
  return undefined;
}

/**
 * `states` is a verb of speech only in lower case after a document (`the lawsuit states`) or before `that` (`The report states
 * that …`); elsewhere it is the noun (`the United States`, `EU member states said`).
 */
/** Words before `states` that make it the noun (`member states`, `Gulf states`, `nation states`). */
const STATE_KINDS: ReadonlySet<string> = new Set([
  'member',
  'nation',
  'island',
  'arab',
  'gulf',
  'baltic',
  'southern',
  'northern',
  'swing',
  'battleground',
  'rogue',
  'neighbouring',
  'neighboring',
  'other',
  'many',
  'some',
  'all',
]);

function statesIsVerb(tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens');
  if (isCapitalised(word)) return false;
  // `member states that have signed`, `the 25 states that …`: states of a union, the noun, with `that` opening their clause.
  const previous = tokens[at - 1];
  if (previous && (STATE_KINDS.has(previous.norm) || /^\d/u.test(previous.raw) || DETERMINERS.has(previous.norm))) return NOUNS.get(previous.norm) === 'document';
  return tokens[at + 1]?.norm === 'that' || (at > 0 && NOUNS.get(readAt(tokens, at - 1, 'tokens').norm) === 'document');
}

/**
 * `its Walkman branded mobile phone`, `a Disney branded toy`: `branded` after a determiner and a brand, before a word in lower
 * case that is no function word (a determiner, a pronoun, `as`), describes the thing; `The BBC branded the plan …` and `Mr Hale branded them …` name
 * it.
 */
function brandedDescribes(text: string, tokens: readonly Token[], at: number): boolean {
  if (readAt(tokens, at, 'tokens').norm !== 'branded' || at < 2 || boundaryAfter(text, tokens, at - 1) || boundaryAfter(text, tokens, at)) return false;
  const brand = readAt(tokens, at - 1, 'tokens');
  const opening = readAt(tokens, at - 2, 'tokens').norm;
  const next = tokens[at + 1];
  return isCapitalised(brand) && (DETERMINERS.has(opening) || POSSESSIVES.has(opening)) && next !== undefined && LOWER_WORD.test(next.raw) && !STOP_WORDS.has(next.norm);
}

/** Endings of adjectives of a nation or a field (`British`, `Japanese`, `Australian`, `Olympic`): such a word before `hope` modifies the noun. */
const ADJECTIVE_OF_PLACE = /(?:ish|ese|ian|an|ic)$/u;
/** Adjectives of place the endings above miss (`French`, `Dutch`, `Greek`, `Iraqi`). */
const OTHER_PLACE_ADJECTIVES = /^(?:french|dutch|greek|thai|swiss|welsh|scots|czech|iraqi|israeli|pakistani|kuwaiti|saudi|yemeni|omani|bangladeshi)$/u;

/** True for an adjective of place (`German`, `French`). */
function isOfPlace(word: string): boolean {
  return ADJECTIVE_OF_PLACE.test(word) || OTHER_PLACE_ADJECTIVES.test(word);
}

/**
 * `British hope Imelda Staunton is among the favourites`, `Olympic hope Amy Lee`: `hope` after one capitalised adjective of a nation
 * or a field and before a capitalised name is the noun (a contender), not the verb of a speaker called `British`.
 */
function isHopeNoun(text: string, tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens');
  if (word.norm !== 'hope' || at < 1 || boundaryAfter(text, tokens, at - 1)) return false;
  const before = readAt(tokens, at - 1, 'tokens');
  const next = tokens[at + 1];
  const opensPhrase =
    at === 1 ||
    boundaryAfter(text, tokens, at - 2) ||
    DETERMINERS.has(readAt(tokens, at - 2, 'tokens').norm) ||
    POSSESSIVES.has(readAt(tokens, at - 2, 'tokens').norm) ||
    readAt(tokens, at - 2, 'tokens').norm.endsWith("'s");
  return opensPhrase && isCapitalised(before) && ADJECTIVE_OF_PLACE.test(before.norm) && next !== undefined && isCapitalised(next) && !boundaryAfter(text, tokens, at);
}

/** True when the word before the verb at `verb` is a short form in brackets (`(NAAMSA) said`) after a capitalised name. */
function shortFormBefore(text: string, tokens: readonly Token[], verb: number): boolean {
  if (verb < 2) return false;
  const short = readAt(tokens, verb - 1, 'tokens');
  const before = readAt(tokens, verb - 2, 'tokens');
  return /^\s*\(\s*$/u.test(text.slice(before.end, short.start)) && /^\s*\)\s*$/u.test(text.slice(short.end, readAt(tokens, verb, 'tokens').start)) && isCapitalised(before);
}

/**
 * The name that ends at `last`, back over capitalised words and the connectors inside a body's name (`the Chartered Institute of
 * Purchasing and Supply`), never across punctuation; undefined when no capitalised word ends there.
 */
function nameBeforeShortForm(text: string, tokens: readonly Token[], last: number): [number, number] | undefined {
  if (!isCapitalised(readAt(tokens, last, 'tokens'))) return undefined;
  let first = last;
  while (first > 0 && !boundaryAfter(text, tokens, first - 1)) {
    const previous = readAt(tokens, first - 1, 'tokens');
    const connector = NAME_CONNECTORS.has(previous.norm) && first > 1 && isCapitalised(readAt(tokens, first - 2, 'tokens')) && !boundaryAfter(text, tokens, first - 2);
    // `the Joint Council for the Welfare of Immigrants`: a connector and `the` inside the name.
    const connectorThe =
      previous.norm === 'the' &&
      first > 2 &&
      NAME_CONNECTORS.has(readAt(tokens, first - 2, 'tokens').norm) &&
      isCapitalised(readAt(tokens, first - 3, 'tokens')) &&
      !boundaryAfter(text, tokens, first - 2) &&
      !boundaryAfter(text, tokens, first - 3);
    if (!isCapitalised(previous) && !connector && !connectorThe) break;
    first -= connectorThe ? 3 : connector ? 2 : 1;
  }
  // `the independent Institute for …`: `the` and up to two words describing the body open its phrase (`The` opening the
  // sentence was already taken in as a capitalised word).
  let opening = first - 1;
  while (opening >= 0 && first - opening <= 3 && !boundaryAfter(text, tokens, opening) && readAt(tokens, opening, 'tokens').norm !== 'the' && LOWER_WORD.test(readAt(tokens, opening, 'tokens').raw))
    opening--;
  if (opening >= 0 && readAt(tokens, opening, 'tokens').norm === 'the' && !boundaryAfter(text, tokens, opening)) first = opening;
  return [first, last];
}

/** True when `token` is the part of a figure after its comma or decimal point (`000` of `337,000`, `3%` of `2.3%`). */
function figureTail(text: string, token: Token): boolean {
  return token.start > 1 && /[.,]/u.test(text[token.start - 1] ?? '') && /\d/u.test(text[token.start - 2] ?? '') && /^\d/u.test(token.raw);
}

/** How many words the object of a reacting verb may hold before its relative pronoun (`a senior union leader who`). */
const REACTED_OBJECT_WORDS = 6;

/** The first word of the object after a reacting verb at `verb` (`criticised a …`, `hit back at an …`), or undefined. */
function reactedObjectStart(tokens: readonly Token[], verb: number): number | undefined {
  const word = readAt(tokens, verb, 'tokens').norm;
  if (REACTING_VERBS.has(word)) return verb + 1;
  if (!REACTING_WITH_PARTICLE.has(word)) return undefined;
  let k = verb + 1;
  while (k < tokens.length && REACTING_PARTICLES.has(readAt(tokens, k, 'tokens').norm)) k++;
  return k > verb + 1 ? k : undefined;
}

/**
 * `Gordon Brown has criticised a union leader who said the budget would hurt workers`, `Mr Kennedy dismissed critics who said
 * …`: a subject reacts (criticises, attacks, praises, rejects) to someone, and a relative clause of speech says what that one
 * said. The subject is the sentence's source, by the reacting verb; the object, not the words from the subject to `who`, is the
 * speaker of the relative clause, marked as the one reacted to so that the note does not list them as a second voice.
 */
function answerReactions(context: Context, matches: readonly PhraseMatch<ReportingVerb>[], cueAt: Uint8Array, inQuotation: (offset: number) => boolean): void {
  const { text, tokens, found: attributions } = context;
  for (let r = 1; r < tokens.length - 3; r++) {
    const verb = readAt(tokens, r, 'tokens');
    const objectFirst = reactedObjectStart(tokens, r);
    if (objectFirst === undefined || inQuotation(verb.start) || boundaryAfter(text, tokens, objectFirst - 1)) continue;
    let relative = -1;
    for (let k = objectFirst + 1; k < tokens.length - 1 && k - objectFirst <= REACTED_OBJECT_WORDS; k++) {
      if (RELATIVES.has(readAt(tokens, k, 'tokens').norm)) {
        relative = k;
        break;
      }
      // `criticised Bob Crow, who said`: a comma only right before the relative pronoun.
      if (boundaryAfter(text, tokens, k) && !(commaAfter(text, tokens, k) && RELATIVES.has(tokens[k + 1]?.norm ?? ''))) break;
    }
    // `welcomed the ruling by a judge who said`: the relative pronoun's antecedent is then the last noun, not what was reacted to.
    if (relative < 0 || tokens.slice(objectFirst, relative).some((token) => PREPOSITIONS.has(token.norm) || token.norm === 'by')) continue;
    const speech = matches.find(
      (match) => match.entry.category === 'speech' && (match.first === relative + 1 || (match.first === relative + 2 && AUXILIARIES.has(readAt(tokens, relative + 1, 'tokens').norm))),
    );
    if (!speech) continue;
    const subject = phraseBefore(text, tokens, r, cueAt);
    const subjectLinks = subject ? classifySource(context, subject[0], subject[1]) : undefined;
    const objectLinks = classifySource(context, objectFirst, relative - 1);
    if (!subject || !subjectLinks || !objectLinks) continue;
    const reactedTo = text.slice(verb.start, readAt(tokens, objectFirst - 1, 'tokens').end);
    const cue = { start: verb.start, end: readAt(tokens, objectFirst - 1, 'tokens').end };
    if (!attributions.some((attribution) => attribution.cue.start === verb.start))
      attributions.push({ category: 'speech', phrase: reactedTo.toLowerCase(), cue, source: spanOf(tokens, subject), links: subjectLinks });
    const reported = {
      category: 'speech' as const,
      phrase: speech.entry.phrase,
      cue: { start: speech.start, end: speech.end },
      source: spanOf(tokens, [objectFirst, relative - 1]),
      links: objectLinks,
      nested: true,
      reactedTo,
    };
    const said = attributions.findIndex((attribution) => attribution.cue.start === speech.start);
    if (said >= 0) attributions.splice(said, 1, reported);
    else attributions.push(reported);
  }
}

/** How many words may stand between `from` and the restrictive `who` or `which` of `came from the Low Pay Commission which said`. */
const FROM_SOURCE_REACH = 6;

/**
 * `The recommendations came from the Low Pay Commission which said …`, `broad support from charities who say …`, `research from
 * net analyst WebSideStory which suggested …`: a restrictive `who` or `which` right before the verb hangs from the phrase after
 * `from`, which speaks; the words before `from` are the sentence's own. Undefined when no such `from` stands within
 * FROM_SOURCE_REACH words, with no break between, or the phrase found already starts after it.
 */
function sourceAfterFrom(text: string, tokens: readonly Token[], verb: number, found: [number, number] | undefined): [number, number] | undefined {
  const relative = verb - 1;
  if (relative < 2 || !RESTRICTIVE_WHICH.has(readAt(tokens, relative, 'tokens').norm) || boundaryAfter(text, tokens, relative - 1)) return undefined;
  for (let at = relative - 2; at >= 0 && relative - at <= FROM_SOURCE_REACH + 1; at--) {
    if (boundaryAfter(text, tokens, at)) return undefined;
    if (readAt(tokens, at, 'tokens').norm !== 'from') continue;
    return found && found[0] > at ? undefined : [at + 1, relative - 1];
  }
  return undefined;
}

/** How many words of a source's phrase may stand between `with` and the source's name (`with shadow chancellor Oliver Letwin branding`). */
const WITH_SOURCE_REACH = 4;

/**
 * True when the participle at `verb` ends a clause on `with` set off from the main one by a comma or a dash, its subject at most
 * WITH_SOURCE_REACH words with no break and no other verb (`…, with the central bank predicting 4% growth`, `…, with reports
 * suggesting that …`): the clause reports what its subject forecasts or suggests. Not a `with` that opens the sentence.
 */
function inWithClause(text: string, tokens: readonly Token[], verb: number): boolean {
  return openingWith(text, tokens, verb - 2, verb - 1 - WITH_SOURCE_REACH, (word) => AUXILIARIES.has(word.norm) || GERUND.test(word.raw)) >= 0;
}

/**
 * The index of the `with` that opens a clause set off by a comma or a dash, read back from `from` to `lowest` with no break
 * between (`…, with the central bank predicting`); -1 when a break, a word that `stops` the walk, or no such `with` comes first.
 */
function openingWith(text: string, tokens: readonly Token[], from: number, lowest: number, stops: (word: Token) => boolean = () => false): number {
  for (let at = from; at > 0 && at >= lowest; at--) {
    if (boundaryAfter(text, tokens, at)) return -1;
    const word = readAt(tokens, at, 'tokens');
    if (word.norm === 'with') return boundaryAfter(text, tokens, at - 1) ? at : -1;
    if (stops(word)) return -1;
  }
  return -1;
}

/**
 * `The Tories are thought likely to propose higher thresholds, with shadow chancellor Oliver Letwin branding the tax a "stealth
 * tax"`, `Sales rose 5%, with the chairman saying the outlook was bright`: a source whose verb is a participle after `with`,
 * in a clause set off by a comma after the main one, stands behind that clause only; it is marked as the clause's (`with`), as
 * a speaker after `but` is (see markLateClauseSources), and the main clause keeps its vague frame or none. Not when a source
 * of the sentence stands before `with`: the note names the two as two voices, as before.
 */
function markWithClauseSources(text: string, tokens: readonly Token[], attributions: readonly Attribution[]): void {
  for (const attribution of attributions) {
    if (attribution.contrast !== undefined || attribution.source.end > attribution.cue.start || /\S/u.test(text.slice(attribution.source.end, attribution.cue.start))) continue;
    const cue = tokens.findIndex((token) => token.start === attribution.cue.start);
    if (cue < 0 || !GERUND.test(readAt(tokens, cue, 'tokens').raw)) continue;
    const subject = tokens.findIndex((token) => token.start >= attribution.source.start);
    const opening = openingWith(text, tokens, subject - 1, subject - 1 - WITH_SOURCE_REACH);
    if (opening < 0) continue;
    const withWord = readAt(tokens, opening, 'tokens');
    // (`Sources close to the talks said …, with Mr Ross warning …`: with a source of its own before `with`, the two are two voices, as before.)
    const sourcedBefore = attributions.some((other) => other !== attribution && other.source.start < withWord.start);
    if (!sourcedBefore && !DOUBLE_QUOTE_MARK.test(text.slice(readAt(tokens, 0, 'tokens').start, withWord.start))) attribution.contrast = 'with';
  }
}

/** Words that open a clause contrasting with the one before (`…, but it is widely expected`). */
const CONTRASTS = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);
/** How many words may stand between the contrasting word and the vague frame (`but it is widely expected`, `though the poll is widely tipped`). */
const CONTRAST_REACH = 5;

/**
 * The contrasting word (`but`, `while`) when the vague frame `stated` opens a contrasting clause after a comma (`…, but it is
 * widely expected`) that every other attribution of the sentence stands before; otherwise undefined.
 */
function contrastingWord(text: string, tokens: readonly Token[], stated: Attribution, attributions: readonly Attribution[]): string | undefined {
  const at = tokens.findIndex((token) => token.start === stated.cue.start);
  for (let j = at - 1; j > 0 && j >= at - CONTRAST_REACH; j--) {
    const word = readAt(tokens, j, 'tokens');
    if (!CONTRASTS.has(word.norm)) continue;
    if (!boundaryAfter(text, tokens, j - 1)) return undefined;
    const stands = attributions.length > 0 && attributions.every((attribution) => attribution.cue.end <= word.start && attribution.source.end <= word.start);
    return stands ? word.norm : undefined;
  }
  return undefined;
}

/**
 * True when the vague frame `stated` is a judgement inside the phrase that opens the sentence, closed by a comma before every
 * other attribution (`In what was seen as a highly personal speech in Gateshead, Mr Blair said: "…"`, `After what is widely
 * regarded as a poor campaign, the party's leader said …`): the judgement is of the speech or the event the phrase names, and
 * nobody it leaves unnamed stands behind what the speaker then says.
 */
function judgesOpeningPhrase(text: string, tokens: readonly Token[], stated: Attribution, attributions: readonly Attribution[]): boolean {
  const at = tokens.findIndex((token) => token.start === stated.cue.start);
  const opening = readAt(tokens, 0, 'tokens').norm;
  if (at < 2 || tokens[at - 1]?.norm !== 'what' || !(PREPOSITIONS.has(opening) || OPENERS.has(opening))) return false;
  // The opening phrase runs from the sentence's first word to its first comma, which must come after the frame.
  let close = at;
  while (close < tokens.length - 1 && !commaAfter(text, tokens, close)) close++;
  if (tokens.slice(0, at).some((_, i) => boundaryAfter(text, tokens, i))) return false;
  const end = readAt(tokens, close, 'tokens').end;
  return attributions.length > 0 && attributions.every((attribution) => attribution.source.start > end && attribution.cue.start > end);
}

/** How far back a first `as` makes the one at hand the second of a comparison (`not as seriously hurt as some reports have suggested`). */
const COMPARISON_REACH = 4;

/**
 * True when the word at `at`, right before the subject of every source in `standing`, opens a clause of time or cause after the
 * main one (TIME_OR_CAUSE_CLAUSES). Not `such as`, `as well as`, the second `as` of a comparison, nor `as` before a verb of
 * saying that ends its clause (`…, as the man says.`, `if, as Tony Blair has suggested, …`), which says whose words the
 * main clause is, as `according to` does.
 */
function opensClauseOfTimeOrCause(text: string, tokens: readonly Token[], at: number, standing: readonly Attribution[]): boolean {
  const word = readAt(tokens, at, 'tokens');
  if (!TIME_OR_CAUSE_CLAUSES.has(word.norm)) return false;
  if (word.norm !== 'as') return true;
  if (AS_IN_A_PHRASE.has(tokens[at - 1]?.norm ?? '')) return false;
  if (tokens.slice(Math.max(0, at - COMPARISON_REACH), at).some((token) => token.norm === 'as')) return false;
  return standing.every((attribution) => {
    const after = tokens.findIndex((token) => token.start >= attribution.cue.end);
    return after >= 0 && !boundaryAfter(text, tokens, after - 1);
  });
}
/** How many words may stand between the contrasting word and the subject of its clause (`but on Wednesday Mr Straw said`). */
const LATE_SUBJECT_REACH = 3;

/**
 * `The US created fewer jobs than expected, but analysts said the dip was not enough to derail …`, `Mallya set up Kingfisher
 * Airlines, while Richard Branson has said he is keen …`: when every source of the sentence is the subject of a contrasting clause
 * after a comma, the clause before it is the article's own, and the sources are marked as that clause's (the note says what comes
 * before is stated by the article). A speaker with no subject of their own after the word (`The bank gave no details, but said …`)
 * or named after the words (`…, but hirings are rising, economists said`) stays the whole sentence's. So do the sources of a
 * clause of time or cause after the main one (TIME_OR_CAUSE_CLAUSES: `Shares fell 19% after it said it would make no money`).
 */
function markLateClauseSources(text: string, tokens: readonly Token[], attributions: readonly Attribution[]): void {
  const standing = attributions.filter((attribution) => attribution.aside === undefined && !attribution.nested);
  if (standing.length === 0 || standing.some((attribution) => attribution.contrast !== undefined || attribution.carried || attribution.source.end > attribution.cue.start)) return;
  const firstSource = Math.min(...standing.map((attribution) => attribution.source.start));
  const subject = tokens.findIndex((token) => token.start >= firstSource);
  for (let j = subject - 1; j > 1 && j >= subject - 1 - LATE_SUBJECT_REACH; j--) {
    const word = readAt(tokens, j, 'tokens');
    const subordinate = j === subject - 1 && opensClauseOfTimeOrCause(text, tokens, j, standing);
    if (!CONTRASTS.has(word.norm) && !subordinate) continue;
    if ((!subordinate && !boundaryAfter(text, tokens, j - 1)) || DOUBLE_QUOTE_MARK.test(text.slice(0, word.start))) return;
    for (const attribution of standing) attribution.contrast = word.norm;
    return;
  }
}

/** Verbs of judging that take a complement in the passive before their agent (`was deemed too costly by`, `was branded a gimmick by`). */
const JUDGING_PASSIVES: ReadonlySet<string> = new Set([
  'deemed',
  'branded',
  'labelled',
  'labeled',
  'dubbed',
  'judged',
  'described',
  'condemned',
  'criticised',
  'criticized',
  'hailed',
  'derided',
  'called',
]);
/**
 * Among JUDGING_PASSIVES, verbs that judge only with words quoted before `by` (`was called "one of the biggest pirates" by the
 * judge`, `has been called into question by the committee`): `The strike was called by the union` and `the song is called
 * Gonna Have a No 1 by Moped` name an event's caller and a title's maker, no judgement.
 */
const JUDGING_ONLY_QUOTED: ReadonlySet<string> = new Set(['called']);
/** Pronouns that can be the subject of `report` (`they report that`). */
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'you', 'i']);

/**
 * True when `report` at `at` is the verb of a plural subject (`Anti-spam firms report that`, `they report that`), not the
 * noun (`a government report that showed`, `told World Business Report that`).
 */
function reportIsVerb(tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens');
  if (word.raw !== word.norm) return false;
  // (`Some web users in Canada also report that`: the plural may stand a few words back, past a place or an adverb.)
  for (let k = at - 1; k >= 0 && k >= at - REPORT_SUBJECT_REACH; k--) {
    const subject = readAt(tokens, k, 'tokens');
    if (PLURAL_SUBJECTS.has(subject.norm) || (/[^s']s$/u.test(subject.norm) && subject.raw === subject.norm)) return true;
    if (DETERMINERS.has(subject.norm) && k === at - 1) return false;
  }
  return false;
}

/** How many words back the plural subject of `report that` may stand. */
const REPORT_SUBJECT_REACH = 4;

/** True when a finding an outlet can own (OUTLET_FINDINGS: `survey`, `poll`) stands just before `at` (`A survey conducted | by`, `a poll | by`). */
function outletFindingBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - DOCUMENT_REACH; k--) if (OUTLET_FINDINGS.has(readAt(tokens, k, 'tokens').norm)) return true;
  return false;
}

/** Agents' verbs that make a document (`a survey conducted by Gallup`): the agent is a source only after a word for a document. */
const DOCUMENT_MAKING: ReadonlySet<string> = new Set(['compiled by', 'collected by', 'presented by', 'conducted by', 'commissioned by', 'carried out by', 'published by', 'released by', 'issued by']);
/** Agents' verbs of making a document that also frame a thing as something (`presented by Moscow as necessary`). */
const FRAMING: ReadonlySet<string> = new Set(['presented by']);

/** How many words after the verb `as` may stand and still frame what the agent presents (`presented by the Kremlin as`). */
const FRAMED_AS_REACH = 6;

/** True when an `as` follows the agent's verb at `last` within reach, before any break. */
function framedAs(text: string, tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k - last <= FRAMED_AS_REACH; k++) {
    if (readAt(tokens, k, 'tokens').norm === 'as') return true;
    if (boundaryAfter(text, tokens, k)) return false;
  }
  return false;
}

/** Agents' verbs that publish a document, whose publisher is its source only where it is cited (see findAttributions). */
const PUBLISHING: ReadonlySet<string> = new Set(['published by', 'released by', 'issued by']);
/** How many words back the document a making verb follows may stand (`a round-up of ultimate gizmos compiled by`). */
const DOCUMENT_REACH = 4;

/** True when a word for a document or a poll stands within reach before `at`, with only its complement between. */
function documentBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - DOCUMENT_REACH; k--) {
    // (`round-up` reads as two words joined by its hyphen.)
    const word = readAt(tokens, k, 'tokens');
    const hyphened = k > 0 && readAt(tokens, k - 1, 'tokens').end === word.start - 1 ? `${readAt(tokens, k - 1, 'tokens').norm}-${word.norm}` : undefined;
    const kind = NOUNS.get(word.norm) ?? (hyphened === undefined ? undefined : NOUNS.get(hyphened));
    if (kind === 'document' || kind === 'poll') return true;
    if (kind !== undefined) return false;
  }
  return false;
}
/**
 * The agent of a passive judgement up to the `for` that gives the judgement's reason (`privacy campaigners` of `was criticised
 * by privacy campaigners for putting …`, `police` of `praised by police for "very courageously" tackling …`), or `phrase` when
 * no such `for` stands in it. A `for` before a capital goes on with a name (`the Campaign for Nuclear Disarmament`), and one
 * after a role or a spokesman says whom they act for (`a spokesman for the council`).
 */
function beforeReasonForJudgement(tokens: readonly Token[], phrase: [number, number]): [number, number] {
  for (let k = phrase[0] + 1; k <= phrase[1]; k++) {
    const previous = readAt(tokens, k - 1, 'tokens');
    const next = tokens[k + 1];
    if (readAt(tokens, k, 'tokens').norm !== 'for' || !next || isCapitalised(next)) continue;
    if (NOUNS.get(previous.norm) === 'person-role') continue;
    return [phrase[0], k - 1];
  }
  return phrase;
}

/** How far after a judging verb its agent's `by` may stand (`deemed "not in the best interests of the company" by`). */
const JUDGEMENT_REACH = 12;

/**
 * `which were deemed "not in the best interests of the company" by Manchester United's board`, `The plan was branded a
 * gimmick by the Tories`: a judging verb in the passive, its complement, then `by` and who judged: the judge is the source
 * of the judgement. Only with a form of `be` right before the verb, and no comma or clause between it and `by`.
 */
function judgedByAgent(context: Context, cueAt: Uint8Array, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  for (let v = 1; v < tokens.length - 2; v++) {
    const verb = readAt(tokens, v, 'tokens');
    if (!JUDGING_PASSIVES.has(verb.norm) || !PASSIVE.has(readAt(tokens, v - 1, 'tokens').norm) || inQuotation(verb.start)) continue;
    for (let b = v + 1; b < tokens.length - 1 && b <= v + JUDGEMENT_REACH; b++) {
      const word = readAt(tokens, b, 'tokens');
      if (inQuotation(word.start)) continue;
      if (/[,;:]/u.test(text.slice(readAt(tokens, b - 1, 'tokens').end, word.start).replace(/["\u201d]/gu, '')) && !inQuotation(readAt(tokens, b - 1, 'tokens').start)) break;
      if (word.norm !== 'by') continue;
      const label = tokens.slice(v + 1, b);
      const judges = !JUDGING_ONLY_QUOTED.has(verb.norm) || label.some((token) => inQuotation(token.start)) || label.map((token) => token.norm).join(' ') === 'into question';
      if (!judges) break;
      let phrase = phraseAfter(text, tokens, b + 1, cueAt);
      let links = phrase ? classifySource(context, phrase[0], phrase[1]) : undefined;
      // `dubbed Britain's Guantanamo Bay by civil rights campaigners opposed to the laws`: a participle's clause on the agent
      // says which campaigners; the agent is the words before it.
      const participle = phrase && !links ? tokens.slice(phrase[0] + 1, phrase[1] + 1).findIndex((token) => !isCapitalised(token) && /(?:ed|ing)$/u.test(token.norm)) : -1;
      if (phrase && participle >= 0) {
        phrase = [phrase[0], phrase[0] + participle];
        links = classifySource(context, phrase[0], phrase[1]);
      }
      if (!phrase || !links) return undefined;
      return { category: 'agent', phrase: `${verb.norm} by`, cue: { start: verb.start, end: verb.end }, source: spanOf(tokens, phrase), links };
    }
  }
  return undefined;
}

/** How many words an opening question frame (`Asked whether …,`) may hold before the answerer's clause. */
const QUESTION_FRAME_REACH = 30;

/**
 * `Asked which county was his favourite, he demurred.`, `When asked about the deal, the chairman smiled.`: a sentence that
 * opens with the question put to someone has them answer in its main clause, so its subject is the source of the answer,
 * whatever its verb. The subject is the first noun phrase after a comma of the frame that a verb follows and that names a source.
 */
function answerToQuestionFrame(context: Context, cueAt: Uint8Array): Attribution | undefined {
  const { text, tokens } = context;
  const asked = tokens[0]?.norm === 'asked' ? 0 : tokens[0]?.norm === 'when' && tokens[1]?.norm === 'asked' ? 1 : -1;
  if (asked < 0 || !isCapitalised(readAt(tokens, 0, 'tokens'))) return undefined;
  for (let k = asked + 1; k < Math.min(tokens.length - 2, QUESTION_FRAME_REACH); k++) {
    if (!commaAfter(text, tokens, k)) continue;
    const phrase = subjectAfter(tokens, k + 1, cueAt);
    if (!phrase || phrase[1] + 1 >= tokens.length || boundaryAfter(text, tokens, phrase[1])) continue;
    const links = classifySource(context, phrase[0], phrase[1]);
    if (!links) continue;
    const cue = { start: readAt(tokens, asked, 'tokens').start, end: readAt(tokens, asked, 'tokens').end };
    return { category: 'speech', phrase: 'asked', cue, source: spanOf(tokens, phrase), links };
  }
  return undefined;
}

/** How many words may stand between `In` and the noun of an issued frame (`In a lengthy televised interview`). */
const ISSUED_FRAME_MODIFIERS = 3;
/** How many words an opening issued frame (`In a statement issued on Wednesday night,`) may hold before its subject's clause. */
const ISSUED_FRAME_REACH = 16;

/**
 * `In a statement issued on Wednesday night, Parmalat Finanziaria detailed …`, `In a letter on her website, the singer named …`,
 * `In a memo on Tuesday, the editor reminded his staff …`: a sentence that opens with words someone issued (ISSUED_WORDS) has
 * them speak in its main clause, so its subject is the source, whatever its verb; the frame's own comma closes it. A passive or
 * a state (`In an interview, he was asked …`, `In the letter, the tone is …`) puts no words in the subject's mouth.
 */
function issuedWordsFrame(context: Context, cueAt: Uint8Array, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  const opening = tokens[0];
  if (opening?.norm !== 'in' || !isCapitalised(opening) || !BARE_DETERMINERS.has(tokens[1]?.norm ?? '') || inQuotation(opening.start)) return undefined;
  let noun = -1;
  // (`In an ABC News/Washington Post poll, …`: a capitalised word is part of a name, not the noun.)
  for (let i = 2; i <= 2 + ISSUED_FRAME_MODIFIERS && i < tokens.length && !boundaryAfter(text, tokens, i - 1); i++)
    if (ISSUED_WORDS.has(readAt(tokens, i, 'tokens').norm) && !isCapitalised(readAt(tokens, i, 'tokens'))) {
      noun = i;
      break;
    }
  if (noun < 0) return undefined;
  let comma = noun;
  while (comma < Math.min(tokens.length - 2, ISSUED_FRAME_REACH) && !commaAfter(text, tokens, comma)) comma++;
  if (!commaAfter(text, tokens, comma) || cueAt.subarray(0, comma + 1).some((at) => at !== 0)) return undefined;
  let phrase = subjectAfter(tokens, comma + 1, cueAt);
  if (!phrase) return undefined;
  // (`In a memo, Noah Oppenheim, the executive in charge, reminded …`: a name before an apposition is the subject.)
  for (let i = phrase[0]; i < phrase[1]; i++)
    if (boundaryAfter(text, tokens, i)) {
      phrase = commaAfter(text, tokens, i) ? [phrase[0], i] : undefined;
      break;
    }
  const verb = phrase ? tokens[phrase[1] + 1] : undefined;
  if (!phrase || !verb || PASSIVE.has(verb.norm) || tokens[phrase[1] + 2]?.norm === 'been') return undefined;
  const apposition = boundaryAfter(text, tokens, phrase[1]);
  if (apposition && !commaAfter(text, tokens, phrase[1])) return undefined;
  // After a name or a noun the next word must be a verb in the past or an auxiliary (`Clinton campaign communications director
  // …` is still the subject, and an -s form as often a noun); after a pronoun it always is a verb (`he set out`).
  if (!apposition && !PERSONAL.has(readAt(tokens, phrase[0], 'tokens').norm) && !isVerbLike(verb)) return undefined;
  const links = classifySource(context, phrase[0], phrase[1]);
  if (!links) return undefined;
  const cue = { start: opening.start, end: readAt(tokens, noun, 'tokens').end };
  return { category: 'speech', phrase: 'in a statement', cue, source: spanOf(tokens, phrase), links };
}

/** The subject noun phrase that opens a clause at `first` (`he`, `Mr Hale`, `the chairman`, `most voters`), up to its verb. */
function subjectAfter(tokens: readonly Token[], first: number, cueAt: Uint8Array): [number, number] | undefined {
  const opening = tokens[first];
  if (!opening || cueAt[first]) return undefined;
  if (PERSONAL.has(opening.norm)) return [first, first];
  let end = first - 1;
  for (let i = first; i < tokens.length && i - first < MAX_SOURCE_WORDS && !cueAt[i]; i++) {
    const token = readAt(tokens, i, 'tokens');
    const inPhrase =
      isCapitalised(token) ||
      DETERMINERS.has(token.norm) ||
      POSSESSIVES.has(token.norm) ||
      QUANTIFIERS.has(token.norm) ||
      NOUNS.has(token.norm) ||
      SOURCE_HEADS.has(token.norm) ||
      TITLES.has(token.norm);
    if (!inPhrase) break;
    end = i;
  }
  return end >= first ? [first, end] : undefined;
}

/** `It is widely believed that...`, `critics say`: a vague attribution standing by itself, with no source phrase to read. */
function statedVagueness(text: string, tokens: readonly Token[], inQuotation: (offset: number) => boolean): Attribution | undefined {
  const framing = (found: PhraseMatch<VagueSource>): boolean =>
    found.entry.category === 'stated' && !inQuotation(found.start) && (!framedByAdverb({ category: 'stated', phrase: found.entry.phrase }) || adverbFramesSentence(text, tokens, found.first));
  // `Ms Kelly, who is Catholic, is reported to be …`: a frame's `*` skips words of its own clause only; a match that runs across
  // punctuation is read again from its second word, where the frame may start.
  let from = 0;
  let match: PhraseMatch<VagueSource> | undefined;
  for (;;) {
    match = VAGUE.findAll(tokens, from).find(framing);
    if (!match) return undefined;
    const broken = match.first;
    if (!tokens.slice(broken, match.last).some((_, i) => boundaryAfter(text, tokens, broken + i))) break;
    from = broken + 1;
  }
  const span = { start: match.start, end: match.end };
  const words = text.slice(match.start, match.end);
  // `Activision is said to be …`: a passive frame names no one, so the note says so rather than calling `is said to` a source.
  const name = namesNoOne({ category: 'stated', phrase: match.entry.phrase }) ? `people not named ('${words}')` : words;
  return { category: 'stated', phrase: match.entry.phrase, cue: span, source: span, links: [{ name, kind: 'vague', person: false, role: 'people' }] };
}

/** Words that open a clause or phrase below the sentence's own (`a candidate suspended for allegedly suggesting`, `Mourinho, who reportedly wants`). */
const BELOW_THE_SENTENCE = new Set([
  'who',
  'whom',
  'which',
  'that',
  'for',
  'after',
  'before',
  'over',
  'of',
  'by',
  'on',
  'in',
  'at',
  'to',
  'from',
  'with',
  'against',
  'during',
  'about',
  'without',
  'while',
  'when',
  'because',
  'since',
  'as',
  'if',
  'although',
  'where',
  'despite',
  'until',
  'and',
  'but',
]);

/**
 * True when a frame adverb (`reportedly`, `allegedly`) at `index` stands on the sentence's own verb: after its subject and any
 * auxiliaries (`The firm is reportedly planning`, `Mr Jones allegedly approached`, `X, who owns Y, will reportedly reject`).
 * In a clause or phrase below the sentence's (`suspended a candidate for allegedly suggesting`, `after he allegedly turned up`,
 * `a civilian allegedly killed by troops have won`, inside a dashed aside) the report is the clause's, not the sentence's.
 */
function adverbFramesSentence(text: string, tokens: readonly Token[], index: number): boolean {
  const adverb = readAt(tokens, index, 'tokens');
  const opening = readAt(tokens, 0, 'tokens');
  if ((text.slice(opening.start, adverb.start).match(SPACED_DASH_MARKS)?.length ?? 0) % 2 === 1) return false;
  let i = index - 1;
  while (i >= 0 && (readAt(tokens, i, 'tokens').norm === 'also' || readAt(tokens, i, 'tokens').norm === 'not')) i--;
  if (i >= 0 && AUXILIARIES.has(readAt(tokens, i, 'tokens').norm)) {
    while (i >= 0 && AUXILIARIES.has(readAt(tokens, i, 'tokens').norm)) i--;
    // `after he was allegedly found`: a pronoun subject says nothing of its clause; the word before it does.
    if (i > 0 && PERSONAL.has(readAt(tokens, i, 'tokens').norm)) i--;
    return i >= 0 && !BELOW_THE_SENTENCE.has(readAt(tokens, i, 'tokens').norm);
  }
  // No auxiliary: the adverb must follow the sentence's opening subject, with no phrase or clause opened before it.
  return tokens.slice(0, i + 1).every((token, k) => !BELOW_THE_SENTENCE.has(token.norm) && (k === i || !commaAfter(text, tokens, k)));
}

/** An adverb of manner or frame in `-ly` (`Locally`, `Finally`; not `Connolly`, `Italy`): the shape of a word no name takes. */
const ADVERB_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:al|i|e|[^l\W])ly$/u;

/** True when `phrase` is the sentence's one opening word, an adverb in shape, with a comma after it (`Locally, too, say analysts`). */
function openingAdverb(text: string, tokens: readonly Token[], phrase: readonly [number, number]): boolean {
  return phrase[0] === 0 && phrase[1] === 0 && ADVERB_SHAPE.test(readAt(tokens, 0, 'tokens').raw) && commaAfter(text, tokens, 0);
}
