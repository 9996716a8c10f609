import type { LexiconEntry } from './phrase.ts';

/**
 * Reporting expressions: the words that tie a statement to someone who made it, and where in
 * the sentence that someone stands. The analysis reads the source's words from that side:
 *
 * - `speech`: a verb of saying; the source is its subject (`Khinstsen added`) or, after a
 *   quotation, follows it (`'...,' said one resident`).
 * - `relay`: a phrase whose source follows it (`according to RIA Novosti`, `citing the National
 *   Intelligence Service`, `read a headline in the Korean Central News Agency`).
 * - `agent`: a passive reporting verb whose source follows `by` (`interpreted by some analysts`).
 *   Verbs of contest (`denied by`, `confirmed by`) are not here: who contests a claim is not its source.
 * - `interview`: the outlet that carried someone's words follows it (`speaking to RIA Novosti`);
 *   it becomes the outer link of the chain only when it is a media outlet. `told` is not here:
 *   the person or outlet told (`told BBC News`) is who heard the words, never their source.
 * - `finding`: a verb whose subject is a document or a poll (`the survey found`, `figures
 *   show`); with any other subject it is no attribution (`the team found the keys`).
 * - `hearing`: a body that heard evidence (`the court heard`, `the inquiry was told`); the source
 *   is the testimony it heard, which the sentence does not name. An outlet that was told
 *   (`BBC News has been told`, `the BBC understands`) relays someone it does not name. With `by` after `told` (`the jury was told by Dr Hale`) the
 *   teller is named, and the analysis reads them as a passive's agent.
 *
 * To extend: add every inflected form you need as its own entry in the category whose side is
 * right. Verbs that also lower certainty (`claimed`) belong in `hedges.ts` as well.
 */
export type ReportingCategory = 'speech' | 'relay' | 'agent' | 'interview' | 'finding' | 'hearing';

export type ReportingVerb = LexiconEntry<ReportingCategory>;

/**
 * Relays whose source reports the whole sentence, however many sources it names inside: `Mr Petrov said troops had arrived,
 * according to Interfax` and `…, as reported by Interfax` are Interfax's report of what Mr Petrov said, so Interfax is the
 * chain's outer link. So is an outlet someone was quoted by or in (`Mr Dixon was quoted by The Australian as saying …`, `… was
 * quoted in the Herald saying`). Not `citing` (`Reuters said, citing officials`: the one cited is the inner link).
 */
export const FRAMING_RELAYS: ReadonlySet<string> = new Set(['according to', 'as reported by', 'reported by', 'quoted by', 'as quoted by', 'quoted in']);

const entries = (category: ReportingCategory, phrases: string[]): ReportingVerb[] => phrases.map((phrase) => ({ phrase, category }));

/**
 * Stances aired in words (`Analysts expressed concern at the cut`, `ministers voiced their concern that the euro was harming
 * exports`, `expressed the hope that`, `have also expressed doubts`): the stance is its subject's, as `worried that` is, with a
 * determiner or a word of degree between the verb and the noun (`*`). Only the past: `voices` is as often the noun (`the
 * voices of the poor`), and `expressing` as often a time clause's (`Even as the MPs were expressing their fears, it emerged
 * that …` is not the MPs' claim). Extend with nouns of a feeling or a judgement one expresses, every form its own entry.
 */
const AIRED_STANCES: readonly string[] = [
  'concern',
  'concerns',
  'fears',
  'doubts',
  'doubt',
  'reservations',
  'misgivings',
  'hope',
  'confidence',
  'optimism',
  'frustration',
  'anger',
  'disappointment',
  'displeasure',
  'unhappiness',
  'dismay',
  'regret',
  'surprise',
  'astonishment',
  'scepticism',
  'skepticism',
  'alarm',
  'worries',
  'anxiety',
];
const AIRING_VERBS: readonly string[] = ['expressed', 'voiced'];

/**
 * Accounts given in words (`Governor Petrov provided a detailed account of the buildup`, `gave an update on the talks`):
 * what the account tells is its giver's, as `outlined` is. Up to two words between the verb and the noun (`*`). Not `details`,
 * as often refused as given (`The bank gave no details of how the records disappeared` says nothing on the bank's word).
 */
const GIVING_VERBS: readonly string[] = ['gave', 'has given', 'have given', 'had given', 'provided', 'has provided', 'have provided', 'had provided'];
const ACCOUNTS_GIVEN: readonly string[] = ['account', 'update'];

/**
 * Speech a speaker goes on to (`Mr Reid went on to warn that …`, `She went on to promise …`, `He went on to accuse the
 * minister of …`): the base form after `went on to` is a verb of speech whose past is a cue of its own, so the one who goes
 * on is the source, as with `went on to say`. Only verbs whose base form is no common act (`went on to claim the title`,
 * `went on to attack` in a match are not speech: `claim` and `signal` need their `that`).
 */
const WENT_ON_TO: readonly string[] = ['went on to', 'goes on to', 'go on to', 'going on to'];
const GONE_ON_TO_SPEECH: readonly string[] = ['promise', 'warn', 'explain', 'accuse', 'argue', 'insist', 'predict', 'claim that', 'signal that', 'suggest that', 'urge'];

/**
 * A forecast in the progressive, present or past (`Asahi is predicting …`, `economists had been predicting as much as 2%`, `the
 * group is anticipating a quiet start to the year`): its maker's, as `forecast` is. Only the verbs whose every object is a
 * forecast; `expecting` is as often a plan (`developers are expecting to get prototypes`), so it is a forecast only before an
 * object or a clause, never before `to` (checked by the analysis).
 */
const PROGRESSIVE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been'];
const FORECASTING: readonly string[] = ['predicting', 'forecasting', 'anticipating', 'expecting'];
/**
 * Participles that carry a forecast, a suggestion or a report in a clause on `with` after the main one (`Growth was 4%, with the
 * central bank predicting 5% next year`, `…, with reports suggesting that …`), as `with analysts saying` does: the clause's
 * subject is its source. Outside such a clause they describe (`a survey suggesting …`, `predicting the weather`), so the
 * analysis reads them only after `with` and a short subject.
 */
const WITH_CLAUSE_PARTICIPLE_LIST: readonly string[] = ['predicting', 'forecasting', 'expecting', 'anticipating', 'suggesting', 'estimating', 'reporting'];
export const WITH_CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set(WITH_CLAUSE_PARTICIPLE_LIST);
/** A hope held with its clause (`The club is hoping that its creditors will agree`), as `hopes that` is; `hoping to` is above. */
const HOPING_THAT: readonly string[] = ['is hoping that', 'are hoping that', 'was hoping that', 'were hoping that'];

/** `see … as` and `view … as` with their object in between: speech entries, and JUDGED_AS for the analysis's check. */
const JUDGEMENTS_WITH_AS: readonly string[] = ['sees * as', 'see * as', 'saw * as', 'views * as', 'view * as', 'viewed * as'];

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  ...entries('speech', [
    // Idioms of saying, whose last word alone (`to say`) is an infinitive with no subject of its own.
    'went so far as to say',
    'go so far as to say',
    'goes so far as to say',
    'going so far as to say',
    'had this to say',
    'has this to say',
    'took to twitter to say',
    'takes to twitter to say',
    'goes on to say',
    'go on to say',
    'going on to say',
    'went out of his way to say',
    'went out of her way to say',
    'went out of their way to say',
    'was quick to say',
    'were quick to say',
    'was quick to point out',
    'were quick to point out',
    'was careful to say',
    'were careful to say',
    'continued to say',
    'continues to say',
    'continue to say',
    'interjected to say',
    // A poll's finding of what a group says (`Caucus-goers were slightly more likely to say they preferred Clinton`): the group says it.
    'more likely to say',
    'less likely to say',
    'most likely to say',
    'least likely to say',
    // `Mr Trump was prompted to say, "…"`: who was prompted said it (`prompting analysts to say` is read by `BRINGING_TO_SAY`).
    'was prompted to say',
    'were prompted to say',
    'continues to tell',
    'continued to tell',
    'said',
    'says',
    'say',
    'saying',
    'stated',
    // `He preferred to state that …`, `went on to state that`: with its `that` (after a determiner, `the state that has …`, a noun).
    'state that',
    // Only lower-case, after a document or before `that` (`the lawsuit states`, `states that`): `the United States`, `member states` are nouns.
    'states',
    'stating',
    'stated only',
    'told',
    'tells',
    'telling',
    'added',
    'adds',
    'adding',
    'explained',
    'explains',
    'explaining',
    'noted',
    'notes',
    'noting',
    'emphasized',
    'emphasised',
    'emphasizes',
    'emphasize',
    'emphasises',
    'emphasise',
    'emphasizing',
    'emphasising',
    'stressed',
    'stresses',
    'stressing',
    'insisted',
    'insists',
    'insisting',
    'claimed',
    'claims',
    'claiming',
    'argued',
    'argues',
    'arguing',
    'argue',
    'warned',
    'warns',
    'warning',
    'described',
    'describes',
    'describing',
    'announced',
    'announces',
    'announcing',
    'reported',
    'reports',
    'reports that',
    'report that',
    // Only trailing after an outlet (`…, state media report.`): see trailingOutletReports.
    'report',
    // A belief held, whose holder is the subject (`The sprinter is confident she will be cleared`), as `believes` is.
    'is confident',
    'was confident',
    'revealed',
    'reveals',
    'revealing',
    'confirmed',
    'confirms',
    'confirm',
    'confirming',
    'denied',
    'denies',
    'denying',
    'reiterated',
    'reiterates',
    'reiterate',
    'reiterating',
    'highlighted',
    'highlights',
    'highlighting',
    'declared',
    'declares',
    'declare',
    'declaring',
    'wrote',
    'writes',
    'writing that',
    'asserted',
    'asserts',
    'assert',
    'asserting',
    'acknowledged',
    'acknowledges',
    'admitted',
    'admits',
    'suggested',
    'suggests',
    'suggest',
    'indicated',
    'indicates',
    'indicate',
    'hinted',
    'hints',
    'commented',
    'remarked',
    'replied',
    'responded',
    'predicted',
    'predicts',
    'estimated',
    'estimates',
    'believe',
    'believes',
    'think',
    'thinks',
    'maintained',
    'maintains',
    'contended',
    'contends',
    'contend',
    'alleged',
    'alleges',
    'allege',
    'accused',
    'accuses',
    'accusing',
    'accuse',
    'testified',
    'recalled',
    'observed',
    'pointed out',
    'cautioned',
    'conceded',
    'announced that',
    'disclosed',
    'informed',
    'briefed',
    'quoted',
    'quoting',
    'tweeted',
    'posted',
    'urged',
    'vowed',
    'pledged',
    'promised',
    'asked',
    'asks',
    'continued',
    'concluded',
    'concludes',
    'recalls',
    'replies',
    'responds',
    'comments',
    'tweets',
    'tell',
    'write',
    'claim',
    'insist',
    'warn',
    'deny',
    'admit',
    'stress',
    'explain',
    'note',
    'predict',
    'criticised',
    'criticized',
    'criticises',
    'criticise',
    'criticizes',
    'criticize',
    // A verbal attack (`attacked the way the war was "sold"`), only with something said or decided for its object (checked by the analysis).
    'attacked',
    'attacking',
    'praised',
    'praises',
    'proposed',
    'proposes',
    'called for',
    'calls for',
    'called on',
    'calls on',
    'has called for',
    'urges',
    'vows',
    'pledges',
    'promises',
    'objected',
    'protested',
    'complained',
    'complains',
    'complain',
    'conceded',
    'concedes',
    'concede',
    'countered',
    'counters',
    'counter',
    'retorted',
    'boasted',
    'boasts',
    'hopes',
    'hoped',
    'fears',
    'feared',
    'expects',
    'expected that',
    // `Analysts had expected the figure to come in at 57`: a past forecast is its makers' as a present one is. A bare `expected`
    // is only a people's plural's (`Analysts expected a figure closer to A$431m`, checked by the analysis): after anything else
    // it is a passive or an adjective (`Sales expected to rise`, `the expected rise`, `than expected`).
    'had expected',
    'expected',
    'believed',
    'thought',
    'wants',
    'wanted',
    'questioned',
    'queried',
    'questions',
    // `Party leaders are now openly questioning whether the strategy can work`: the doubt is theirs; only before the question
    // it puts (`under questioning`, `after hours of questioning` are a police interview).
    'questioning whether',
    'questioning if',
    'questioning how',
    'questioning why',
    // (`Analysts wondered if the scandal could spread`: the question is theirs.)
    'wondered',
    'charged',
    'blamed',
    'blames',
    'agreed',
    'agrees',
    'disagreed',
    'disagrees',
    'disagree',
    'forecast',
    'forecasts',
    'projected',
    'projects',
    'reckons',
    'reckon',
    'reckoned',
    'recommended',
    'recommends',
    'recommend',
    'mentioned',
    'pointed to',
    'points to',
    'points out',
    'point out',
    'spelled out',
    'outlined',
    // (With an outlet as subject, `The BBC has learned` is what someone it does not name told it, as `has been told` is: see
    // `LEARNED_BY_OUTLETS`.)
    'has learned',
    'has learnt',
    'called',
    'calls',
    'calling',
    'expect',
    'know',
    'knows',
    'knew',
    'feel',
    'feels',
    'fear',
    'hope',
    'want',
    // Speech acts named by what they do to someone (`Mr Vale compared the bid to a raid`, `Mr Sullen implicated his colleague
    // in the fraud`, `has attempted to portray him as a liar`, `echoed criticisms of the scheme`): the words are the subject's.
    // `compared with`, `compared to` right after the verb are a comparison of figures, and `echoed` and `underlined` (`underlined
    // Tory promises`) only with something said or decided for their object (both checked by the analysis).
    'compared',
    'compares',
    'implicated',
    'implicates',
    'echoed',
    'echoes',
    'echoing',
    'underlined',
    'underlines',
    'portrayed * as',
    'portrays * as',
    'attempted to portray * as',
    'tried to portray * as',
    'sought to portray * as',
    // A demand voiced loudly (`many on the Tory benches have been crying out for tax cuts`): the demanders'.
    'crying out for',
    'cried out for',
    'cry out for',
    // A promise in the progressive (`The Liberal Democrats are promising to raise the threshold`); `a promising start` is no cue.
    'is promising to',
    'are promising to',
    'was promising to',
    'were promising to',
    // Concern voiced with its content (`Scientists have expressed concerns that the rules could hamper research`): the
    // holders' claim, as `worried that` is; `expressed concern about` names no claim.
    'expressed concern that',
    'expressed concerns that',
    'expressed fears that',
    'expressed doubts that',
    'voiced concern that',
    'voiced concerns that',
    'voiced fears that',
    'raised concerns that',
    'raised fears that',
    // A worry or a doubt aired about something (`Critics raised doubts about the plan`, `Mr Bell expressed concern about schools`):
    // the stance is its subject's, as PolNeAR marks it. A thing that raises doubts (`The fall has raised concerns about …`)
    // is no source the analysis reads.
    'expressed concern about',
    'expressed concerns about',
    'expressed concern over',
    'expressed concerns over',
    'expressed doubts about',
    'expressed doubts over',
    'expressed fears about',
    'expressed fears over',
    'expressed reservations about',
    'voiced concern about',
    'voiced concerns about',
    'voiced concern over',
    'voiced concerns over',
    'voiced doubts about',
    'voiced doubts over',
    'voiced fears about',
    'voiced fears over',
    'raised concerns about',
    'raised concerns over',
    'raised doubts about',
    'raised doubts over',
    'raised questions about',
    'raised questions over',
    'raised fears about',
    'raised fears over',
    ...AIRING_VERBS.flatMap((verb) => AIRED_STANCES.map((stance) => `${verb} * ${stance}`)),
    ...GIVING_VERBS.flatMap((verb) => ACCOUNTS_GIVEN.map((account) => `${verb} * ${account}`)),
    ...WENT_ON_TO.flatMap((going) => GONE_ON_TO_SPEECH.map((verb) => `${going} ${verb}`)),
    // Judgements passed in words (`Simon Hughes branded Mr Howard "arrogant and wrong"`, `hailed the deal as a breakthrough`):
    // the judge's claim. `welcomed` only with something said or decided for its object (checked by the analysis). Not `brands`
    // (`the Wolf Blass brands`) nor `hails` (`hails from Leeds`).
    'condemned',
    // `Mr Ambani has spoken of ownership issues`: to have spoken of something is to have said it. Not `spoke of`, which in
    // narrative (`Mellberg spoke of his dislike of Villa's rivals`) makes its subject the speaker a later `he told` goes to.
    'spoken of',
    'condemns',
    'condemn',
    'branded',
    'branding',
    'dubbed',
    'hailed',
    'labelled',
    'labeled',
    'welcomed',
    'welcomes',
    // A court's ruling on a question (`The High Court ruled that …`, `law lords ruled last month that …`): the court's finding,
    // as a judge's words are; only with its `that`, since `ruled out a retrial` and `ruled the country` are acts.
    'ruled that',
    'rules that',
    'ruled * that',
    // `…, the Law Lords have ruled.`: after its content, with nothing after it (checked by the analysis).
    'ruled',
    // A court's decision of a question (`The Court of Appeal then decided the practice discriminated against …`): only a court's
    // or a judge's, and only with a clause after it (checked by the analysis); `decided to appeal`, `decided the case` and a
    // board's decision are acts.
    'decided that',
    'decided',
    // Words announced for a speech to come (`Mr Howard is expected to say that …`, `He will attack Labour's record`, `will also
    // call for religious tolerance`): the speaker's, as `he will say` is; `attack` only of something said or decided.
    'is expected to say',
    'are expected to say',
    'is expected to tell',
    'attack',
    'call for',
    'urging',
    // Forecasts and hopes in the progressive (`Asahi is predicting profits to rise 50%`, `The club is hoping to …`, `She was
    // predicting a drop`).
    ...PROGRESSIVE_AUXILIARIES.flatMap((auxiliary) => FORECASTING.map((verb) => `${auxiliary} ${verb}`)),
    // A forecast or a suggestion in a clause on `with` (`…, with analysts predicting a fall`): only there (checked by the analysis).
    ...WITH_CLAUSE_PARTICIPLE_LIST,
    'is hoping to',
    'are hoping to',
    ...HOPING_THAT,
    // Pleas: `They urge voters not to …`, `"Don't you care?", implored campaigner Barry Lim`.
    'urge',
    'implored',
    'implores',
    'pleaded',
    'pleads',
    'begged',
    'denounced',
    'denounces',
    'denounce',
    'denouncing',
    'decried',
    'blasted',
    // A bet on an outcome is a forecast of the one betting: `Most pundits are betting on a May election`.
    'are betting on',
    'is betting on',
    'are betting that',
    'is betting that',
    // A retort is speech: `The foreign secretary hit back by saying …`.
    'hit back',
    'hits back',
    'hitting back',
    // A rejection of what someone said is itself a claim (`Mr Clarke dismissed the latest attack`), only with a claim for its object (checked by the analysis).
    'dismissed',
    'dismisses',
    'slammed',
    'slams',
    'mocked',
    'repeated',
    'assured',
    'went on to say',
    'made it clear',
    'made clear',
    'put it',
    'acknowledge',
    'defended',
    'thanked',
    'referred to',
    'quipped',
    'joked',
    'lamented',
    'conceded that',
    'speculated',
    // Beliefs and judgements are the holder's claims: `Israel regards the city as its capital`.
    'regards',
    'regarded',
    // The same judgement with `see` or `view` (`Developers see golf courses as wasted space`, `Mr Vale sees the cut as a mistake`):
    // only with a short object before `as` that holds no verb of its own (`saw profits fall as sales slumped` is a time clause;
    // checked by the analysis, see JUDGED_AS).
    ...JUDGEMENTS_WITH_AS,
    'considers',
    'considered that',
    'doubts',
    'doubted',
    'worries',
    'worried that',
    // The same views of a plural subject (`Some Republicans doubt that the network will change`, `Union leaders worry that the
    // plant will close`, `some regard it as a celebration`): with their `that` or `as`, since alone the base forms are as often
    // nouns (`no doubt`, `a worry`, `with regard to`; after a determiner or a quantifier the analysis reads the noun).
    'doubt that',
    'worry that',
    'regard * as',
    'is convinced',
    'was convinced',
    // A state of mind before a `that` clause is the holder's belief (`Ministers are worried that the cuts …`, `The firm
    // remains confident that …`): without `that` it is a description (`shareholders were worried`), no claim.
    // With an adverb between (`are particularly worried that`, `is deeply concerned that`): `*` skips up to two words.
    'is * concerned that',
    'are * concerned that',
    'was * concerned that',
    'were * concerned that',
    'is * worried that',
    'are * worried that',
    'was * worried that',
    'were * worried that',
    'is * confident that',
    'are * confident that',
    'was * confident that',
    'were * confident that',
    'is concerned that',
    'are concerned that',
    'was concerned that',
    'were concerned that',
    'remains concerned that',
    'remain concerned that',
    'remained concerned that',
    'is worried that',
    'are worried that',
    'was worried that',
    'were worried that',
    'remains worried that',
    'remain worried that',
    'remained worried that',
    'is confident that',
    'are confident that',
    'was confident that',
    'were confident that',
    'remains confident that',
    'remain confident that',
    'remained confident that',
    'is optimistic that',
    'are optimistic that',
    'was optimistic that',
    'were optimistic that',
    'remains optimistic that',
    'remain optimistic that',
    'remained optimistic that',
    'is pessimistic that',
    'are pessimistic that',
    'was pessimistic that',
    'were pessimistic that',
    'remains pessimistic that',
    'remain pessimistic that',
    'remained pessimistic that',
    'is sceptical that',
    'are sceptical that',
    'was sceptical that',
    'were sceptical that',
    'remains sceptical that',
    'remain sceptical that',
    'remained sceptical that',
    'is skeptical that',
    'are skeptical that',
    'was skeptical that',
    'were skeptical that',
    'remains skeptical that',
    'remain skeptical that',
    'remained skeptical that',
    'is hopeful that',
    'are hopeful that',
    'was hopeful that',
    'were hopeful that',
    'remains hopeful that',
    'remain hopeful that',
    'remained hopeful that',
    'is adamant that',
    'are adamant that',
    'was adamant that',
    'were adamant that',
    'remains adamant that',
    'remain adamant that',
    'remained adamant that',
    'is fearful that',
    'are fearful that',
    'was fearful that',
    'were fearful that',
    'remains fearful that',
    'remain fearful that',
    'remained fearful that',
    // Stated intentions: only the one who holds them can vouch for them, `the firm plans to cut 300 jobs`. Present tense only:
    // a past intention is most often narrative (`as both parties planned to cut`); `aims to` is as often a bill's or a scheme's.
    'plans to',
    'intends to',
    'hopes to',
    'wants to',
    'is planning to',
  ]),
  // (`"…," a BBC statement read`, `The letter reads: …`: a text's own words are its finding too, only right after the noun of
  // a text (checked by the analysis): `Jones read the report`, `a third of users read blogs` are reading, no words.)
  ...entries('finding', ['found', 'finds', 'find', 'show', 'shows', 'showed', 'shown', 'showing', 'put', 'puts', 'gave', 'gives', 'read', 'reads']),
  // (`BBC Sport understands …`: an outlet's own word for what unnamed people told it, read as `has been told`; with any
  // other subject it is knowing, no saying.)
  ...entries('hearing', ['heard', 'has heard', 'had heard', 'was told', 'has been told', 'were told', 'have been told', 'understands']),
  ...entries('relay', [
    'according to',
    // `In the view of the chancellor, …`: the holder of the view stands behind the clause (`In Mr Smith's view`, a possessive
    // before the noun, is read by the analysis).
    'in the view of',
    'in the opinion of',
    // `"The electorate are keener on the government than some members," is the dry assessment of Graham Lane`: a quotation
    // named as someone's judgement after it is theirs (`*`: a word or two describing it).
    'is the assessment of',
    'is the * assessment of',
    'was the assessment of',
    'was the * assessment of',
    'is the verdict of',
    'is the * verdict of',
    'was the verdict of',
    'was the * verdict of',
    'citing',
    'cited',
    'cites',
    'as reported by',
    'reported by',
    'reports from',
    'reports by',
    'report from',
    'report by',
    'claims by',
    'claims from',
    // `rejected the claims made by the former manager that …`, `denied allegations by opposition MPs that …`: whose words
    // the rejected claim is.
    'claims made by',
    'allegations by',
    'allegations from',
    'allegations made by',
    'accusations by',
    'accusations from',
    'accusations made by',
    'a statement from',
    'a statement by',
    'statement from',
    'read a headline in',
    'a headline in',
    'quoted by',
    'as quoted by',
    'data from',
    'figures from',
    'in the words of',
    // `The claims were made in a book published this week by X`: only before a document's noun (the reader checks), never
    // `cars were made in Japan`.
    'were made in',
    'was made in',
    'are made in',
    'is made in',
    'have been made in',
    'has been made in',
    // `claims of infighting detailed in a new book`, `allegations contained in a report`: words a document holds, only before
    // a document's noun as with `made in`.
    'detailed in',
    'contained in',
    'set out in',
  ]),
  ...entries('agent', [
    'interpreted by',
    'presented by',
    'framed by',
    'described by',
    'portrayed by',
    'characterized by',
    'characterised by',
    'seen by',
    'viewed by',
    'regarded by',
    'considered by',
    'announced by',
    // A finding made by someone (`the schools singled out by the inspector`, `One problem identified by Wipro is …`).
    'singled out by',
    'identified by',
    // Who made a document (`according to a round-up compiled by Stuff Magazine`, `a survey conducted by Gallup`); only
    // after a word for a document (checked by the analysis: `the raid was conducted by police` quotes no one).
    'compiled by',
    'collected by',
    'conducted by',
    'commissioned by',
    'carried out by',
    'published by',
    'released by',
    'issued by',
    'claimed by',
    'alleged by',
    'estimated by',
    // Concerns voiced in the passive (`Concerns have also been raised by "pro-choice" organisations that …`): the voicers'.
    'concerns have been raised by',
    'concerns have * been raised by',
    'concerns were raised by',
    'concerns were * raised by',
    'fears have been raised by',
    'fears have * been raised by',
    'doubts have been raised by',
    'doubts have * been raised by',
    'questions have been raised by',
    'questions have * been raised by',
  ]),
  ...entries('interview', ['speaking to', 'speaking exclusively to', 'talking to', 'in an interview with', 'in comments to']),
];

/** Forms that are verbs of speech whatever their subject: `The departments said`, `The NFL legend says`, `…, saying`. */
export const PLAIN_SPEECH =
  /^(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|insisted|insists|warned|warns|stated|states|explained|noted|declared|claimed|claims|acknowledged|admitted|saying)$/;
/**
 * Verbs that give someone's own words (`said`, `complained`, `branded … as`, `called`): a quotation after one in a clause
 * another speaker reports (`Mr Howard said the police had said ID cards could "help them …"`) is still that someone's words,
 * as relayed. After a verb of belief or wish (`Weitz said New Line feared … "unviable"`) the quoted words are the reporter's.
 */
export const WORDS_PASSED_ON =
  /^(?:said|says|say|told|tells|wrote|writes|added|argued|insisted|warned|stated|explained|declared|claimed|claims|admitted|complained|branded|described|called|accused|labelled|dubbed)$/u;
/**
 * Words that end a verb's short object right before a quotation and say the quotation is what was said of it (`branded the law
 * as "a mess"`, `complained about "abusive campaigning"`, `accused him of "cowardice"`): after a verb of `WORDS_PASSED_ON`, the
 * quoted words are that verb's speaker's.
 */
export const INTRODUCING_WORDS: ReadonlySet<string> = new Set(['as', 'about', 'of']);
/**
 * Verbs of speech that never stand before a noun as its modifier, so a name in the possessive right before one is its subject
 * (`Moody's said`, `…, Sainsbury's says`, `Foster's told`: a firm whose name ends in -'s), where `North Korea's reported troop
 * movements` reads `reported` as an adjective.
 */
export const NEVER_ATTRIBUTIVE: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'insisted', 'insists', 'warned', 'warns']);
/** -s forms of speech that are never nouns, so `…, but says` is a coordinated verb (`…, but comments from` is not). */
export const ONLY_VERBS: ReadonlySet<string> = new Set([
  'says',
  'tells',
  'insists',
  'argues',
  'adds',
  'admits',
  'believes',
  'thinks',
  'explains',
  'denies',
  'writes',
  'warns',
  'suggests',
  'maintains',
  'acknowledges',
]);
/**
 * Verbs of a view held or an intention, whose negation is still their subject's view (`Democrats don't think he can win`, `The
 * Fed doesn't expect a rise`, `Mr Vale doesn't want to stand again`): only the holder can vouch for it. A verb of speech
 * negated (`it didn't say who`, `He didn't say so`) reports that nothing was said, so it is not here; nor `feel`, as often a
 * state of the body (`Ali didn't feel well`) as a view. Extend with the
 * present and base forms of verbs of belief, judgement, fear or intention that are cues above.
 */
export const VERBS_OF_VIEWS: ReadonlySet<string> = new Set([
  'think',
  'thinks',
  'believe',
  'believes',
  'expect',
  'expects',
  'fear',
  'fears',
  'doubt',
  'doubts',
  'worry',
  'worries',
  'want',
  'wants',
  'plan',
  'plans',
  'intend',
  'intends',
  'hope',
  'hopes',
  'regard',
  'regards',
  'consider',
  'considers',
  'reckon',
  'reckons',
]);
/** The judgements of `see … as` and `view … as`, whose object the analysis checks (see the entries above). */
export const JUDGED_AS: ReadonlySet<string> = new Set(JUDGEMENTS_WITH_AS);
/** Words after `as` that make it a comparison or a time, no judgement (`see as many as ten`, `saw him as soon as he landed`). */
export const NOT_JUDGED_AS: ReadonlySet<string> = new Set(['soon', 'well', 'much', 'many', 'far', 'long', 'though', 'if', 'usual', 'expected', 'planned', 'before', 'ever']);
/** Verbs that bring someone to say something (`leading some commentators to argue`, `prompted analysts to warn`). */
export const BRINGING_TO_SAY: ReadonlySet<string> = new Set(['leading', 'led', 'lead', 'leads', 'prompting', 'prompted', 'prompt', 'prompts', 'causing', 'caused', 'forcing', 'forced']);

/**
 * Verbs of wishing that, right before `to` and a verb, say what their subject wishes to do (`Its leaders want to make the
 * party a force`, `The firm had hoped to launch the drug`): a wish described, no claim of theirs the sentence carries.
 * With an object first (`They want the government to withdraw the rules`) they still voice a demand.
 */
export const WISHING: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'hope', 'hopes', 'hoped']);

/**
 * What follows the agent of `considered by` when it passes a judgement (`Spyware is considered by experts to be a threat`,
 * `regarded … as`): without it the thing is under deliberation (`will be debated by the Lords without having been considered
 * by MPs`, `Ways of rating games are to be considered by the industry`), no view anyone holds. Each entry is one or two words.
 */
export const JUDGEMENT_AFTER_AGENT: readonly (readonly string[])[] = [['as'], ['to', 'be'], ['to', 'have']];
/** How many words the agent of `considered by` may take before its judgement (`by many video game pundits to be`). */
export const JUDGEMENT_AGENT_REACH = 8;

/**
 * Verbs of knowing, a claim of their subject only in `As far as Ms Vale knows, …` (the subject vouches for the rest). Elsewhere
 * the knower is someone the sentence describes, not someone who says anything: `only one in six knew who the leader was` (a
 * survey's finding), `he knows he faces a tough test` (the writer's reading of him).
 */
export const KNOWING: ReadonlySet<string> = new Set(['know', 'knows', 'knew']);

/**
 * Modals of ability, permission and advice before `expect` (`people could not expect others to listen`, `gamers should expect
 * titles that …`, `A singer can expect to pay $1,300`): what the subject may reasonably expect is the writer's or the speaker's
 * account of them, no belief the subject states. `would expect` (`I would expect profits to rise`) is a belief, so not here.
 */
export const ADVISING_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'cannot', "can't", "couldn't", 'should', "shouldn't", 'must']);

/** Words that may stand between a modal and its verb (`could not expect`, `should also expect`). */
export const BETWEEN_MODAL_AND_VERB: ReadonlySet<string> = new Set(['not', 'never', 'also', 'now', 'still', 'only']);

/**
 * Verbs of judging whose past participle with `for` right after it is passive (`with Gary Hale criticised for his tackles`,
 * `Mr Vale, praised for his tact, …`): the one judged, whom no object separates from `for` as in `criticised Mr Vale for …`,
 * is no judge. After a passive's agent, their `for` gives the judgement's reason, no part of who judged (`criticised by
 * privacy campaigners for putting …`). Extend with transitive verbs of praise or blame.
 */
export const JUDGED_FOR: ReadonlySet<string> = new Set(['criticised', 'criticized', 'praised', 'condemned', 'attacked', 'hailed', 'blamed', 'lambasted', 'slammed', 'blasted', 'rebuked', 'censured']);
/**
 * Verbs of words cried or spoken aloud, which a speaker's account may pass on with a colon (`He said the man shouted: "…"`,
 * `She said a guard whispered: "…"`): the quotation is the crier's words, as reported, not the reporter's. They are read only
 * before a colon that opens a quotation: alone (`fans shouted abuse`) they carry no claim. Every form is its own entry.
 */
export const VOICED_VERBS: ReadonlySet<string> = new Set([
  'shouted',
  'shouting',
  'screamed',
  'screaming',
  'yelled',
  'yelling',
  'whispered',
  'whispering',
  'cried',
  'muttered',
  'exclaimed',
  'chanted',
  'chanting',
  'bellowed',
]);
/** Words between a crier and the verb of crying that belong to neither (`the man had shouted`, `the officer then yelled`). */
export const BEFORE_VOICED: ReadonlySet<string> = new Set(['had', 'has', 'have', 'then', 'just', 'suddenly', 'again']);
/**
 * Verbs that mark a question put or answered (`asked Mr Dole: "…"`, `"…," replied Mr Dole`): a sentence holding one shows the
 * quotations around it are an exchange of questions and answers (a cross-examination, an interview), whose turns alternate.
 */
export const EXCHANGE_VERBS = /\b(?:asked|asks|questioned|replied|replies|answered|answers|responded)\b/u;

/** Verbs of speech that, with an outlet as subject, say someone the outlet does not name told it (`BBC Scotland has learned`). */
export const LEARNED_BY_OUTLETS: ReadonlySet<string> = new Set(['has learned', 'has learnt']);
