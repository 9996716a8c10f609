/**
 * The closed-class words the attribution reader (`src/analysis/attribution-cues.ts`,
 * `source-kinds.ts`) walks by when it looks for a cue's source: determiners, prepositions,
 * conjunctions, clause openers, auxiliaries, and the few content words that tell a verb of
 * saying from a verb of accounts (`posted a loss`). Each list is one category, named by its
 * export and described above it, matched against a token's lower-case form.
 *
 * To extend: add the word in lower case to the list whose description it fits, and add a
 * sentence in that shape to `test/analysis/attribution-shapes.test.ts`.
 */

import type { MarkedSex } from './source-names.ts';
import { WEEKDAY_NAMES } from './calendar.ts';

/** Words a full stop follows without ending a phrase: `Mr. Trump`, `Gov. John Kasich`, `U.S. officials`. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'jr',
  'sr',
  'prof',
  'rev',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'mt',
  'ft',
  'pres',
  'supt',
  'cmdr',
  'maj',
  'messrs',
]);
/** Auxiliaries, adverbs and title words that may stand between a subject and its verb of saying (`has said`, `also said`, `Congressman Smith said`): skipped when looking back for the subject. */
export const SKIPPED_BEFORE_VERB: ReadonlySet<string> = new Set([
  // `The bank neither confirmed nor denied`: the subject ends before the pair.
  'neither',
  'either',
  'has',
  'have',
  'had',
  'also',
  'only',
  'then',
  'already',
  'again',
  'first',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'would',
  'will',
  'could',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'never',
  'yet',
  'still',
  'both',
  'all',
  'once',
  'later',
  'should',
  'may',
  'might',
  'must',
  'can',
  'long',
  'repeatedly',
  'further',
  'too',
  'publicly',
  'privately',
  'himself',
  'herself',
  'themselves',
  'itself',
  'themself',
  'even',
  'now',
  'since',
  'just',
  'often',
  'previously',
  'however',
  'meanwhile',
  'nevertheless',
  'nonetheless',
  'here',
  // `Mr Ebbers, 63, has always insisted that …`.
  'always',
  'consistently',
  'earlier',
]);
/**
 * `do` with `not` run into it, one word as the tokenizer keeps it (`don't`, `doesn’t`): skipped like `does not` between a subject
 * and a verb of a view held (`Democrats don't think`), never before a verb of speech (`it didn't say who` says nothing).
 */
export const NEGATED_DO: ReadonlySet<string> = new Set(["don't", "doesn't", "didn't"]);
/** The finite forms of `be`, present and past (`is`, `were`), which carry a tense of their own. */
export const FINITE_BE: readonly string[] = ['was', 'were', 'is', 'are'];
/** The forms of `be`. */
export const FORMS_OF_BE: readonly string[] = [...FINITE_BE, 'been', 'be', 'being'];
/** Forms of `be` that make a reporting verb passive (`he was told`, `it is said`): its subject is not the source. */
export const PASSIVE: ReadonlySet<string> = new Set(FORMS_OF_BE);
/** Words that open a clause: looking back from a verb for its subject stops at one (`the plan that he said`). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'but',
  'as',
  'when',
  'whenever',
  'if',
  'because',
  'although',
  'though',
  'whereas',
  'with',
  'after',
  'before',
  'since',
  'where',
  'what',
  'whether',
  'so',
  'amid',
  'despite',
  'during',
  'than',
  'by',
  'and',
  // `published in the Times at 8pm meaning guests knew`: a participle that opens a consequence, as `so` does.
  'meaning',
]);
/** Words that end a source phrase read forwards (`according to X in ...`): the clause words and the prepositions that start an adjunct. */
export const FORWARD_STOPS: ReadonlySet<string> = new Set([
  ...CLAUSE_WORDS,
  'from',
  'in',
  'at',
  'on',
  'about',
  'over',
  'into',
  'citing',
  'cited',
  'said',
  'says',
  'told',
  'stated',
  'reported',
  'followed',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'to',
  'on',
  'last',
  'this',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'recently',
]);
/** States of mind that, after `who` and a group and before `to` (`fans who wanted to keep in touch`), describe the group rather than report its words. */
export const DESCRIBING_STATES: ReadonlySet<string> = new Set([
  'wanted',
  'wants',
  'want',
  'hoped',
  'hopes',
  'hope',
  'feared',
  'fears',
  'fear',
  'believe',
  'believed',
  'believes',
  'feel',
  'feels',
  'know',
  'knew',
  'knows',
  'think',
  'thinks',
  'thought',
]);
/** Verbs of speech that may stand before their subject after a quotation or a comma: `'...,' said Ms Perino`. */
export const INVERTIBLE: ReadonlySet<string> = new Set([
  // `Jack Straw, who accused the Tories of …`: after a name and `who` it is plainly speech.
  'accused',
  'said',
  'says',
  'say',
  'added',
  'adds',
  'asked',
  'asks',
  'wrote',
  'writes',
  'explained',
  'continued',
  'noted',
  'insisted',
  'recalled',
  'replied',
  'warned',
  'argued',
  'declared',
  'stated',
  'concluded',
  'observed',
  'remarked',
  'conceded',
  'acknowledged',
  'admitted',
  'claimed',
  'suggested',
  'cautioned',
  'commented',
  'tweeted',
  'stressed',
  'responded',
  'countered',
  'quipped',
  'predicted',
  'implored',
  'pleaded',
  'urged',
  // `…, thinks Tim Danton, editor of PC Pro.`, `…, reckons one analyst`: present forms of belief and speech stand inverted too.
  'thinks',
  'believes',
  'reckons',
  'argues',
  'insists',
  // (`…, explains Mr Ash, …`, `…, suggests the research`: see INVERTED_BEFORE_SOURCE. Not the -s forms that are as often
  // nouns: `Claims a memo was drafted … were unfounded`, `notes`, `replies`, `stresses`, `recalls`.)
  'explains',
  'warns',
  'suggests',
  'admits',
  'concedes',
  'observes',
  'predicts',
]);
/**
 * Present forms of INVERTIBLE that take an object as often as they stand inverted (`…, alongside 4,000 job cuts, suggests a
 * deep restructuring`): inverted only before a name or a noun for a source (`suggests the research`, `warns one analyst`).
 */
export const INVERTED_BEFORE_SOURCE: ReadonlySet<string> = new Set(['explains', 'warns', 'suggests', 'admits', 'concedes', 'observes', 'predicts']);
/**
 * Bare present forms of speech that stand inverted after a comma before a plural source (`…, warn union leaders.`, `…, argue
 * analysts.`); elsewhere they are most often infinitives or orders (`to warn`, `Warn them`), so only a plural noun or name
 * ending the clause after them is read as their speaker.
 */
export const PLURAL_INVERTED: ReadonlySet<string> = new Set(['warn', 'argue', 'insist', 'claim', 'explain', 'suggest', 'admit', 'concede', 'predict']);
/** Prepositions after a source's head noun (`sources close to`, `a spokesman for`): the head is the word before the first one. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'from', 'close', 'familiar', 'in', 'at', 'on', 'with', 'to', 'within', 'inside', 'near']);
/** Among the PREPOSITIONS, adjectives that link a source to what it knows only with `to` or `with` after them (`sources close to the
 * chairman`, `people familiar with the talks`): before a noun they describe it (`a close aide to the minister` is an aide). */
export const ADJECTIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['close', 'familiar']);
/** Prepositions after a participle that opens a sentence (`Turning to`, `Commenting on`, `Speaking about`): what follows is its object, no speaker. */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'about', 'at', 'over', 'with', 'from', 'for', 'in']);
/**
 * Prepositions after which an -s form is a noun, never a verb (`amid claims that`, `despite warnings`, `after reports`): the
 * claims are others', whom the sentence does not name. Extend with prepositions.
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'amid',
  'amidst',
  'despite',
  'after',
  'following',
  'over',
  'about',
  'against',
  'of',
  'with',
  'without',
  'to',
  'by',
  'on',
  'in',
  'from',
  'for',
  'among',
]);
/**
 * Words of looking into something before `claims by`, `allegations from` (`a panel to look into claims by Mr Vale`,
 * `investigating allegations from staff`): the claims are what is looked into, not the source of the sentence, which states
 * the inquiry. Extend in lower case, every form its own entry.
 */
export const INQUIRED_INTO: ReadonlySet<string> = new Set([
  'into',
  'investigate',
  'investigates',
  'investigated',
  'investigating',
  'examine',
  'examines',
  'examined',
  'examining',
  'probe',
  'probes',
  'probed',
  'probing',
]);
/** Nouns of what someone alleges that open a relay cue (`claims by`, `allegations from`). */
export const ALLEGING_NOUNS: ReadonlySet<string> = new Set(['claims', 'allegations', 'accusations']);
/**
 * Lower-case nouns of outlets after which a trailing `reports` is the verb (`…, local press reports.`, `…, state media
 * reports.`); elsewhere `reports` after a lower-case word is most often the noun. Extend with a common noun for an outlet.
 */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['press', 'media', 'newspaper', 'newspapers', 'magazine', 'magazines', 'paper', 'agency', 'website', 'television', 'radio', 'tv']);
/**
 * Events one calls by holding them (`The strike, called by the union`, `an election called by the prime minister`): `called
 * by` after one is an act, no words said. Extend with nouns of events that are called, convened or summoned.
 */
export const CALLED_EVENTS: ReadonlySet<string> = new Set([
  'strike',
  'strikes',
  'walkout',
  'walkouts',
  'election',
  'elections',
  'poll',
  'meeting',
  'meetings',
  'vote',
  'ballot',
  'referendum',
  'boycott',
  'inquiry',
  'debate',
  'summit',
  'conference',
  'protest',
  'protests',
  'demonstration',
  'rally',
  'hearing',
  'session',
  'talks',
]);
/**
 * Words that may stand right before `the`, `a` or `an` inside one noun phrase: prepositions and conjunctions (`a spokesman for
 * the firm`, `the unions and the CBI`) and words that come before a determiner (`both the unions`, `nearly a quarter`). After
 * any other word an article opens a new noun phrase (`the £500m the government had promised`, `That's why the Kok report
 * recommends`). Extend with a word that leads into an article inside one phrase.
 */
export const LEADS_INTO_ARTICLE: ReadonlySet<string> = new Set([
  // prepositions
  'of',
  'for',
  'from',
  'in',
  'at',
  'on',
  'with',
  'to',
  'within',
  'inside',
  'near',
  'by',
  'about',
  'over',
  'under',
  'into',
  'onto',
  'after',
  'before',
  'than',
  'as',
  'between',
  'against',
  'behind',
  'among',
  'amongst',
  'per',
  'via',
  'like',
  'across',
  'around',
  'beyond',
  'without',
  'towards',
  'toward',
  'through',
  'throughout',
  'upon',
  'outside',
  'including',
  'behalf',
  // conjunctions
  'and',
  'but',
  'or',
  'nor',
  // before a determiner
  'both',
  'all',
  'half',
  'almost',
  'nearly',
  'only',
  'just',
  'roughly',
  'approximately',
  'some',
  'quite',
  'rather',
  'such',
  'what',
  'even',
]);
/** The articles, in lower case. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Determiners that open a noun phrase naming a source (`the firm`, `one trader`, `its director`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'its', 'their', 'his', 'her']);
/** Determiners of one unnamed individual (`a man`, `one trader`, `another official`): such a source is anonymous. */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
/**
 * Adjectives of time or standing that open a noun phrase of their own (`recent figures`, `the latest survey`): after a lower-case
 * -ing or -ed word they mark that word as a verb taking the phrase as its object (`reflecting recent figures`), where a noun
 * after it would make it part of a name (`leading pension researchers`).
 */
export const OBJECT_OPENING_ADJECTIVES: ReadonlySet<string> = new Set(['recent', 'latest', 'new', 'fresh', 'official', 'earlier', 'previous']);
/**
 * Words that describe reports before the noun (`Other reports this week said …`, `Initial reports suggested …`, `Unconfirmed
 * reports say …`): after one of them `reports` is the noun, a vague source, never the verb of a speaker named `Other`.
 */
export const REPORTS_DESCRIBED_BY: ReadonlySet<string> = new Set([
  'other',
  'some',
  'many',
  'several',
  'initial',
  'early',
  'earlier',
  'recent',
  'latest',
  'new',
  'fresh',
  'further',
  'previous',
  'official',
  'unconfirmed',
  'conflicting',
]);
/** Possessive determiners: `his former adviser` is a definite description, like `the`. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Lower-case words that join the parts of a name (`Bank of England`, `Ursula von der Leyen`, `Hamad bin Jassim`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le', 'der', 'den']);
/** Lower-case particles inside a person's name (`Jeroen van der Veer`, `Luiz Inacio Lula da Silva`), unlike `of` and `and`, which join bodies. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le', 'der', 'den']);
/** Words after a cue that say the source follows as an agent (`by`) or container (`from`). */
export const CONTAINER_LINKS: ReadonlySet<string> = new Set(['from', 'by']);
/**
 * Linking phrases a sentence may open with and whose comma news copy often leaves out (`By contrast a report found`, `In addition
 * the firm said`): the preposition, and the noun that ends the phrase. Neither is part of the source that follows.
 */
export const LINKING_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in']);
export const LINKING_PHRASE_ENDS: ReadonlySet<string> = new Set(['contrast', 'addition', 'comparison', 'particular']);
/**
 * Words that open a frame of the speaking before its speaker (`In a speech to the Foreign Policy Centre Mr Straw said`, `Speaking
 * to the BBC News website Mr Hale said`, `Asked about the delay Mr Vale said`): when news copy leaves out the frame's comma, a
 * titled name right before the verb is the speaker, and the frame no part of the name.
 */
export const FRAME_OPENERS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'speaking',
  'talking',
  'writing',
  'asked',
  'interviewed',
  'addressing',
  'responding',
  'replying',
  'launching',
]);
/**
 * Verbs by which a document a relay names shows what the sentence says, when the reader ran past its maker's name into them
 * (`reports from some High Street retailers highlight the weakness`, `a report from Continental Research reflects …`): the
 * maker ends before the verb and still stands behind the sentence. Any other verb in the past there makes the document the
 * subject of an act (`figures from Chicago triggered the dollar's fall`), whose maker says nothing.
 */
export const DOCUMENT_EVIDENCE_VERBS: ReadonlySet<string> = new Set([
  'highlight',
  'highlights',
  'highlighted',
  'reflect',
  'reflects',
  'reflected',
  'indicate',
  'indicates',
  'indicated',
  'underline',
  'underlines',
  'underlined',
  'illustrate',
  'illustrates',
  'illustrated',
]);
/** How many capitalised words a titled name may have after its title (`Sir Alan Budd`, `Lord Woolf`). */
export const TITLED_NAME_WORDS = 3;
/** Question words after `according to` that make it say in what measure (`paid according to how much they sell`), not who says so. */
export const MEASURE_QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'whether']);
/** Finite forms of `be` and `have` that, right after an -ed word, show it a participle on the noun before (`the damages claimed are`). */
export const FINITE_BE_OR_HAVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** The words that go on from a document and a time after it to the document's maker (`a report last week from X`, `… by X`). */
export const MAKER_AFTER_TIME: ReadonlySet<string> = new Set(['by', 'from']);
/** Words that carry a document's author into its phrase: `a review published by Public Citizen`. */
export const AUTHOR_LINKS: ReadonlySet<string> = new Set([
  'by',
  'from',
  'of',
  'published',
  'released',
  'commissioned',
  'issued',
  'compiled',
  'carried',
  'conducted',
  'undertaken',
  'prepared',
  'produced',
  'for',
]);
/** The nouns after which `think` is the first half of a noun (`think tank`, written open), no verb of belief or saying. */
export const THINK_NOUN_HEADS: ReadonlySet<string> = new Set(['tank', 'tanks']);
/** Particles of a verb of making between it and the maker's `by` (`research carried out by Acme`). */
export const MAKING_PARTICLES: ReadonlySet<string> = new Set(['out']);
/** Personal pronouns that may stand as a source, with the sex, number and personhood their antecedent must have. */
export const PERSONAL: ReadonlyMap<string, { sex?: MarkedSex; plural: boolean; person: boolean }> = new Map<string, { sex?: MarkedSex; plural: boolean; person: boolean }>([
  ['he', { sex: 'male', plural: false, person: true }],
  ['she', { sex: 'female', plural: false, person: true }],
  ['they', { plural: true, person: false }],
  ['it', { plural: false, person: false }],
]);
/**
 * Figures someone gathers, after which `collected by` names whose figures they are (`The figures collected by the Mobile Data
 * Association showed …`); what else is collected is things (`records and posters collected by a fan`).
 */
export const GATHERED_FIGURES: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'numbers', 'results', 'responses']);
/**
 * Nouns of a view held, which after a possessive and `in` put a clause in its holder's mouth (`In Mr Smith's view, the deal is
 * dead`, `in his opinion`): the holder stands behind the clause, as after `X believes`.
 */
export const HELD_VIEWS: ReadonlySet<string> = new Set(['view', 'opinion', 'judgement', 'judgment', 'estimation']);
/**
 * Pictures that, as the subject of an active `show`, record what they show (`The latest footage showed the hostage asking …`,
 * `Television pictures clearly showed that he dived`, `Photos showed mourners …`), as a video or a document does. Only there:
 * as sources of anything else they mislead (`topless photos alleged to be of her`, `Footage shown on the handset was clear`).
 */
export const RECORDED_PICTURES: ReadonlySet<string> = new Set(['footage', 'photos', 'photographs', 'pictures', 'images', 'videos']);
/** The active forms of `show`, the finding's verb that pictures take. */
export const SHOWING: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'showing']);
/** The forms of `be` of a progressive, between a document and its finding (`Polls are showing that …`): the finite ones. */
export const PROGRESSIVE_BE: ReadonlySet<string> = new Set(FINITE_BE);
/**
 * Words after a progressive `showing` that make it a description or a display, no finding (`The figures are showing signs of
 * recovery`, `is showing off its new handset`).
 */
export const SHOWING_SIGNS: ReadonlySet<string> = new Set(['signs', 'sign', 'off']);
/**
 * The two words after a verb of speech that make it an idiom of a thing, no one's words (`The name says it all`, `The result
 * says a lot about the club`, `Her silence speaks volumes`), written as they follow the verb in lower case.
 */
export const SAID_OF_ITSELF: ReadonlySet<string> = new Set(['it all', 'a lot', 'volumes about', 'much about', 'something about']);
/**
 * Nouns of a view, a belief or words spoken which, after a possessive and as the subject of `is that` or `was that`, give the
 * clause that follows as the possessor's (`Mr Smith's view is that the deal is dead`, `Their argument was that the tax is
 * unfair`, `the party's position is that …`): the possessor stands behind it, as after `Mr Smith believes` or `argued`. Not
 * nouns of aims (`His goal is to …` is no claim), nor any of these without a possessor (`The fear is that …` is the article's).
 */
export const STATED_VIEWS: ReadonlySet<string> = new Set([
  'view',
  'belief',
  'argument',
  'position',
  'contention',
  'claim',
  'point',
  'answer',
  'response',
  'reply',
  'fear',
  'hope',
  'worry',
  'concern',
  'assessment',
  'conclusion',
  'message',
  'case',
  'complaint',
  'insistence',
  'suspicion',
  'expectation',
  'feeling',
  'opinion',
  'stance',
  'verdict',
  'warning',
  'explanation',
  'defence',
  'defense',
  'line',
  'assumption',
  'understanding',
  'impression',
  'instinct',
  'prediction',
  'forecast',
  'suggestion',
]);
/**
 * The verbs after a noun of a view that, with `that` after them, state the view (`Their view is that …`). Not FORMS_OF_BE: the
 * noun is singular, so only `is` and `was`, and `remains` states it as well (`His position remains that …`).
 */
export const STATING_BE: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'remained']);
/**
 * Things someone issues their words in, which after `In` and a determiner open a sentence as its setting (`In a statement issued
 * on Wednesday, Parmalat detailed …`, `In a Facebook post, Beck encouraged …`, `In her letter, she reminded …`): the main clause's
 * subject stands behind what it says there, whatever verb tells it. Not documents others write about someone (`In the report, …`
 * may be anyone's), nor stories (`In the film, …`). Extend with nouns of one's own spoken or written words.
 */
export const ISSUED_WORDS: ReadonlySet<string> = new Set([
  'statement',
  'letter',
  'interview',
  'speech',
  'address',
  'post',
  'posting',
  'tweet',
  'memo',
  'email',
  'e-mail',
  'message',
  'op-ed',
  'blog',
  'column',
  'editorial',
  'briefing',
  'release',
]);
/** The possessive determiners of the third person, with the pronoun a subject would use for the same one (`his` → `he`). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);
/** Pronouns that are the subject of a clause (`and I had finished`): after `and` or `but` one opens a clause of its own. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
/** The pronouns that can be the subject of a clause on a noun with its relative word left out (`a policy I believed to be right`, `the money it says it saved`). */
export const CONTACT_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'it']);
/** Coordinating conjunctions: `Reid voted and says` coordinates a verb with the clause's first. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor']);
/** Words after which a reporting word is a noun, not a verb (`some estimates`, `his claims`, `unconfirmed reports`). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'some',
  'his',
  'her',
  'their',
  'its',
  'these',
  'those',
  'many',
  'several',
  'unconfirmed',
  'earlier',
  'latest',
  'new',
  'such',
  'these',
  'whose',
  'our',
  'my',
  // Verbs whose object a reporting noun is: `prompting analysts to raise questions`, `faced claims`, `answered questions`.
  'raise',
  'raised',
  'raises',
  'raising',
  'pose',
  'posed',
  'poses',
  'face',
  'faced',
  'faces',
  'facing',
  'answer',
  'answered',
  'answering',
]);
/** Demonstratives that open a subject (`That person said`, `This official added`) where `that` would otherwise end a clause. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);
/** Determiners of a definite description that opens its clause (`The NFL legend said`, `That person said`). */
export const SUBJECT_DEMONSTRATIVES: ReadonlySet<string> = new Set(['the', ...DEMONSTRATIVES]);
/** Relative pronouns whose antecedent is the source (`Mr Reed, who said`, `The Post, which argued`). */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose']);
/** Modal verbs: one inside the words before a verb makes them a clause, not a subject (`so that it can press claims`). */
export const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall']);
/** Verbs that contest what they take rather than report it (`…, something Mr Sullivan denies`, `dismissed claims that …`): a word's stem. */
export const CONTESTING = /^(?:den|reject|disput|dismiss)/u;
/** Who denies or confirms a claim is not its source (see reporting-verbs.ts). */
export const CONTEST_VERBS: ReadonlySet<string> = new Set(['denied', 'confirmed', 'disputed', 'rejected', 'dismissed', 'contested', 'challenged', 'questioned']);
/** Words that embed a clause about a saying (`what it promised`, `how he described it`): not an attribution of the sentence. */
export const EMBEDDING: ReadonlySet<string> = new Set(['what', 'how', 'whatever', 'whether']);
/**
 * Verbs of naming that, after `what` and their subject, put a quoted label on a thing (`quit over what she called "bullying"
 * tactics`, `what he dubbed the nine "most useless quangos"`, `what it described as "a criminal attack"`): the label is the
 * subject's words, so `what` embeds no clause about the saying here, and the subject is the quotation's speaker. Extend with
 * the past and present forms of a verb that gives a thing a name.
 */
export const LABELLING_AFTER_WHAT: ReadonlySet<string> = new Set([
  'called',
  'calls',
  'dubbed',
  'dubs',
  'termed',
  'terms',
  'labelled',
  'labeled',
  'labels',
  'branded',
  'brands',
  'described',
  'describes',
]);
/** Verbs that put a question: `he asked why ministers attacked the plan` reports no claim of the ministers. */
export const ASKING: ReadonlySet<string> = new Set(['asked', 'asking', 'asks', 'ask', 'wondered', 'wonders', 'questioned']);
/** Adjectives after which `to` belongs to the source (`people close to the chairman`, `sources familiar with`). */
export const HOLDING: ReadonlySet<string> = new Set(['close', 'familiar', 'loyal', 'closest', 'near']);
/** Nouns after which `with` belongs to the source (`people familiar with the talks`, `two people with knowledge of`). */
export const WITH_HOLDERS: ReadonlySet<string> = new Set(['familiar', 'people', 'sources', 'source', 'officials', 'official', 'person', 'those', 'someone', 'aides', 'executives']);
/** Determiners that never stand alone as a subject (`some` and `many` do: `some have suggested`). */
export const BARE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'this', 'these', 'those']);
/** Words after `add` that make it adding a thing, not words (`added another layer`, `add weight to`). */
export const ADDED_THINGS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'the', 'to', 'some', 'more', 'its', 'his', 'her', 'their', 'new', 'further', 'fuel', 'weight', 'pressure']);
/** Finite verbs that, a few words after `added the`, show a clause was added, not a thing: `He added the answer was his own view`. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'are',
  'had',
  'has',
  'have',
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'must',
  'did',
  'does',
  'remained',
  'represented',
  'meant',
]);
/**
 * What `dismissed` must have for its object to be a rejection of words (`dismissed the latest attack`, `dismissed claims that`,
 * `dismissed the plan as a gimmick`) rather than an act (`dismissed 300 staff`, `dismissed the case`). Extend with nouns of
 * things said; `as` stands for a judgement (`dismissed it as nonsense`).
 */
export const DISMISSED_WORDS: ReadonlySet<string> = new Set([
  'as',
  'attack',
  'attacks',
  'criticism',
  'criticisms',
  'concerns',
  'fears',
  'warnings',
  'warning',
  'talk',
  'complaints',
  'comments',
  'remarks',
  'calls',
  'suggestion',
  'suggestions',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'report',
  'reports',
  'speculation',
  'idea',
]);
/**
 * Verbs by which someone puts out a thing that carries words (`released a statement saying`, `put out a statement saying`):
 * the participle after the thing is the issuer's. `put` counts only with its `out`.
 */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'posted', 'sent', 'circulated', 'out']);
/**
 * Things that carry words and take a participle of speech right after them (`the reports claiming he had misled parliament`,
 * `a letter saying`, `rumours suggesting`): the participle is theirs, not the subject's of the clause around them (`The
 * minister resigned in the wake of the reports claiming …` is not the minister's claim). Extend with nouns of written or
 * spoken words.
 */
export const SAYING_THINGS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'article',
  'articles',
  'story',
  'stories',
  'study',
  'survey',
  'poll',
  'letter',
  'letters',
  'statement',
  'memo',
  'document',
  'documents',
  'e-mail',
  'email',
  'message',
  'messages',
  'leaflet',
  'leaflets',
  'advert',
  'adverts',
  'headline',
  'headlines',
]);
/**
 * What a verbal attack or a welcome is aimed at, beside DISMISSED_WORDS (`attacked the way the war was sold`, `attacked Tory
 * plans`, `welcomed the Fed's move`): with none of these for its object, `attacked` is a physical attack and `welcomed` a
 * greeting (`welcomed 2,000 guests`), no attribution. Extend with nouns for policies, decisions and words.
 */
export const ATTACKED_THINGS: ReadonlySet<string> = new Set([
  'way',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'need',
  'plan',
  'plans',
  'policy',
  'policies',
  'decision',
  'decisions',
  'record',
  'proposal',
  'proposals',
  'legislation',
  'bill',
  'budget',
  'handling',
  'failure',
  'stance',
  'approach',
  'move',
  'scheme',
  'government',
  "government's",
  'idea',
  'views',
  'news',
  'announcement',
  'apology',
  'ruling',
  'deal',
  'target',
  'targets',
  'review',
  'measures',
  'changes',
  'reforms',
  'figures',
  'initiative',
  'commitment',
  'report',
  'cut',
  'cuts',
  'rise',
]);
/** The nouns of a document relay (`report from`, `data from`) that one of DOCUMENT_HANDLING_VERBS may take for its object. */
export const HANDLED_DOCUMENTS: ReadonlySet<string> = new Set(['report', 'reports', 'data', 'figures', 'statement']);
/**
 * Verbs that take a document as a thing handled or looked at (`taking telemetric data from fixed cameras`, `requests data from
 * sites`, `to publish the full report from David James`, `Economists see next week's report from the MPC as key`): a report,
 * figures or data that are such a verb's object are what the sentence tells of, and whoever they come from is no source of it.
 * Not forms that also describe a noun (`published figures from the ONS show …`). Extend with verbs of using, asking for,
 * making public or regarding a thing.
 */
export const DOCUMENT_HANDLING_VERBS: ReadonlySet<string> = new Set([
  'take',
  'takes',
  'took',
  'taking',
  'use',
  'uses',
  'using',
  'request',
  'requests',
  'requesting',
  'publish',
  'compare',
  'compares',
  'comparing',
  'analyse',
  'analyses',
  'analysing',
  'see',
  'sees',
  'saw',
  'view',
  'views',
]);
/** Words after which a report is what someone reacted to, not the sentence's source (`his reaction to a report by the watchdog`). */
export const REACTED_TO: ReadonlySet<string> = new Set(['to', 'about', 'into', 'against', 'over']);
/**
 * Words that end the object of `found` before any clause verb (`found a buyer who was …`, `found the money to pay`, `found
 * ways and means`, `found a site they can trust`): the auxiliary after them is another clause's.
 */
export const FOUND_OBJECT_ENDS: ReadonlySet<string> = new Set([
  ...['who', 'which', 'that', 'to', 'and', 'or', 'but', 'when', 'while', 'after', 'because', 'as', 'if', 'than'],
  // (`found a site they feel they can trust`: a pronoun opens a clause on the object, whose verb is not the finding's.)
  ...['they', 'he', 'she', 'we', 'i', 'you'],
]);
/** Pronouns that make `found` a judgement of how something seemed (`has found it difficult`, `found itself under pressure`). */
export const FOUND_AS_JUDGED: ReadonlySet<string> = new Set(['it', 'itself', 'themselves', 'himself', 'herself', 'him', 'her', 'them', 'us', 'me', 'myself', 'ourselves']);
/** How many words a clause's subject after `found` may hold before its verb (`found the £456m system from US firm EDS was …`). */
export const FOUND_CLAUSE_REACH = 10;

/**
 * Auxiliaries and `also`, which follow a subject and open its verb (`Mr Clarke has rejected`, `Mr Hockney also left`).
 * Extend with auxiliaries only: an adverb such as `first` also follows possessives (`Tony Blair's first government`).
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'would',
  'will',
  'could',
  'did',
  'does',
  'do',
  'also',
  'can',
  'may',
  'might',
  'must',
  'should',
]);
/**
 * Verbs of perceiving someone's words in the passive before `saying` (`was heard saying`, `was caught saying`): the one
 * perceived said the words. Extend with any verb of overhearing or recording.
 */
export const OVERHEARD: ReadonlySet<string> = new Set(['heard', 'overheard', 'recorded', 'caught', 'filmed', 'taped']);
/** Nouns that make `show` a noun in a compound (`a chat show host`, `a TV show`), not a verb of findings. */
export const SHOW_KINDS: ReadonlySet<string> = new Set([
  'chat',
  'talk',
  'game',
  'quiz',
  'tv',
  'television',
  'radio',
  'road',
  'breakfast',
  'reality',
  'news',
  'comedy',
  'cookery',
  'fashion',
  'motor',
  'air',
  'trade',
]);
/** Nouns that make `warning` a noun in a compound (`a profits warning`, `a storm warning`), not a verb of speech. */
export const WARNING_KINDS: ReadonlySet<string> = new Set(['profit', 'profits', 'storm', 'weather', 'flood', 'health', 'travel', 'safety', 'gale', 'terror', 'tsunami']);
/**
 * Verbs of speech that are also verbs of accounts (`posted a loss`, `added 292,000 jobs`, `booked a charge`): before a figure
 * they are what happened, not words. `reported` and `announced` are not here: `Shell reported an annual profit of $17.5bn`
 * is the firm's own account of its figures, its claim as a forecast is.
 */
export const ACCOUNT_VERBS: ReadonlySet<string> = new Set(['posted', 'added', 'recorded', 'booked', 'delivered', 'posts', 'adds', 'posting', 'adding']);
/** Nouns of figures: a verb of accounts before one of them is no saying (`posted a loss`, `booked record profits`). */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'loss',
  'losses',
  'profit',
  'profits',
  'gain',
  'gains',
  'rise',
  'fall',
  'deficit',
  'surplus',
  'revenue',
  'revenues',
  'sales',
  'growth',
  'jobs',
  'decline',
  'increase',
  'drop',
  'earnings',
  'turnover',
  'record',
  'results',
  'income',
  'margin',
  'margins',
  'shortfall',
  // How a figure moved, as results are told (`posted an 18% jump in profits`, `recorded a 3% dip in sales`).
  'rises',
  'falls',
  'drops',
  'increases',
  'declines',
  'jump',
  'leap',
  'surge',
  'slump',
  'plunge',
  'dip',
  'slide',
  'rebound',
  'upturn',
  'downturn',
]);
/** Words that may follow an inverted source: `said the former top aide to President Bush`, `said Ms Day in a statement`, `said Tom Golvach when asked`. */
export const INVERTED_TAILS: ReadonlySet<string> = new Set(['to', 'of', 'at', 'for', 'from', 'in', 'on', 'when', 'as', 'after', 'before', 'while']);
/**
 * Adverbs (besides those in -ly) that may stand between a form of `be` and a participle of speech or belief, which is then still
 * passive (`The firm is now believed to be in talks`, `He was later told`, `It was once thought to be worth £5bn`): the subject is
 * what is spoken of, no speaker. Extend with short adverbs of time or frequency.
 */
export const BETWEEN_BE_AND_PARTICIPLE: ReadonlySet<string> = new Set([
  'also',
  'not',
  'later',
  'often',
  'now',
  'still',
  'already',
  'once',
  'long',
  'never',
  'even',
  'first',
  'always',
  'then',
  'again',
]);
/** Words that open a clause before its subject without being part of it: `Then she added`, `But Mr Smith said`. */
export const LEADING_ADVERBS: ReadonlySet<string> = new Set([
  'then',
  // `Privately ministers believe`: how a group holds a view is no part of the group.
  'privately',
  'publicly',
  'but',
  'and',
  'so',
  'yet',
  'now',
  'also',
  'still',
  'later',
  'meanwhile',
  'however',
  'instead',
  'indeed',
  'thus',
  'earlier',
  'finally',
  'today',
  'yesterday',
  'separately',
  'similarly',
  'or',
  'nor',
  'plus',
  'again',
  'further',
  'even',
  // `Originally called "…" the firm took the name …`: when, not who.
  'originally',
  'previously',
  'formerly',
  'initially',
]);
/**
 * Words that open a sentence's time or setting (`Earlier this month`, `On Monday`, `In 2003`, `After the meeting`) rather
 * than its subject. To extend: add a word that opens an adverbial phrase of time, place or circumstance, never one that
 * can open a subject (`the`, a name).
 */
export const TIME_LEADS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'during',
  'following',
  'since',
  'until',
  'amid',
  'despite',
  'within',
  'throughout',
  'earlier',
  'later',
  'last',
  'this',
  'next',
  'on',
  'in',
  'at',
  'yesterday',
  'today',
  'overnight',
  'recently',
  'previously',
  'meanwhile',
  'separately',
]);
/**
 * Words that open a phrase or clause set before a sentence's subject that may name other people (`During an interview with
 * Dana Hale, Mr Ross said`, `Although his rival Jo Marsh had spoken first, Mr Ross …`): the person right after the comma that
 * closes it is the subject, whom a later `he` most often means. (A participle, `Speaking`, `Flanked`, opens one as well; it is
 * read by its ending.) To extend: add a preposition or a subordinating word that never opens a subject.
 */
export const FRONTED_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'during',
  'following',
  'since',
  'amid',
  'despite',
  'in',
  'at',
  'on',
  'with',
  'without',
  'unlike',
  'like',
  'alongside',
  'although',
  'though',
  'while',
  'when',
  'as',
  'because',
  'once',
]);
/** Words that open the subject after such a lead (`... the firm said`, `... its chief executive said`). */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
/** Words that open a restrictive relative clause inside a subject (`Voters who watched the debate said`, `The state officials whose laws were struck down say`). */
export const RESTRICTIVE: ReadonlySet<string> = new Set(['who', 'that', 'whose']);
/**
 * `The five unions which met Mr Prescott want …`: British copy opens a restrictive clause with `which` too. Only where the words
 * read as the verb's subject start right after it (the clause's own verb and object) is it read so: elsewhere `which` asks
 * (`divided over which approach is best and say`) or opens a clause inside a quotation.
 */
export const RESTRICTIVE_WHICH: ReadonlySet<string> = new Set([...RESTRICTIVE, 'which']);
/** Words ending in -ly that are nouns or adjectives, not adverbs: `the assembly said`. */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'assembly',
  'family',
  'rally',
  'ally',
  'supply',
  'monopoly',
  'anomaly',
  'italy',
  'july',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'fly',
  'bully',
  'belly',
  'jelly',
  'melee',
  'holy',
  'lovely',
  'friendly',
  'elderly',
  'likely',
  'early',
  'only',
]);
/** Words that open an apposition after a name: `, a Republican`, `, who leads`, `, for example,`, `, then 38,`. */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'which',
  'his',
  'her',
  'their',
  'its',
  'one',
  'another',
  'for',
  'like',
  'then',
  'now',
  'also',
  'himself',
  'herself',
  'themselves',
  'itself',
  'former',
  'speaking',
  'in',
  'at',
  'after',
  'when',
  'while',
  'though',
  'however',
  'meanwhile',
  'too',
  'both',
  'all',
  'each',
  'executive',
  'senior',
  'chief',
  'co',
  'head',
  'managing',
  'deputy',
  'vice',
  'as',
  // `The book, by Sunday Times journalist Anna Bell, said`: the author of a document the subject names.
  'by',
]);
/**
 * Words that open an aside between a subject and its verb of saying, beyond those that open an apposition
 * (APPOSITION_OPENERS): a discourse phrase (`Supporters of the ban, on the other hand, argued`) and participles of dress
 * without an -ed ending (`The delegate, clad in a red cape, said`). The aside says nothing of who speaks; the subject before
 * it stays the verb's. Add a word that news writes to open such an aside and never a subject's own clause.
 */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['on', 'clad']);
/**
 * Words that may come before a time phrase opening a sentence and its comma (`Late last year,`, `Just last week,`, `Earlier
 * this month,`): with them the phrase is still the sentence's time, no subject.
 */
export const TIME_PHRASE_LEADS: ReadonlySet<string> = new Set(['late', 'early', 'just', 'only', 'earlier', 'later', 'also', 'and', 'but']);
/**
 * Past participles that open an aside after a subject without `by` after them (`The report,
 * published on Monday, said`, `The minister, pressed on the point, said`): the aside describes the
 * subject, which stays the verb's. With `by` after it any participle does (see opensApposition).
 * Add a participle that news writes between a subject and its verb of saying.
 */
export const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set([
  'published',
  'released',
  'issued',
  'leaked',
  'unveiled',
  'presented',
  'written',
  'compiled',
  'prepared',
  'produced',
  'commissioned',
  'filed',
  'lodged',
  'submitted',
  'signed',
  'sent',
  'delivered',
  'serialised',
  'serialized',
  'obtained',
  'seen',
  'quoted',
  'cited',
  'interviewed',
  'asked',
  'pressed',
  'questioned',
  'elected',
  'appointed',
  'based',
  'founded',
]);
/** Quantifiers that may stand as or open a vague group (`some have suggested`, `many experts`, `several nations`). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'several',
  'multiple',
  'most',
  'few',
  'other',
  'others',
  'various',
  'numerous',
  'two',
  'three',
  'four',
  'five',
  'both',
  'all',
]);
/** Words that open an adverbial before a clause's subject (`In a statement,`, `However,`). */
export const OPENERS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'however',
  'meanwhile',
  'but',
  'and',
  'so',
  'yet',
  'still',
  'earlier',
  'later',
  'last',
  'this',
  'speaking',
  'asked',
  'writing',
  'separately',
  'similarly',
  'instead',
  'indeed',
  'now',
  'today',
  'yesterday',
  'for',
  'as',
  'when',
  'while',
  'since',
  'with',
  'without',
  'despite',
  'although',
  'though',
  'if',
  'under',
  'by',
  'from',
  ...WEEKDAY_NAMES,
  'also',
  'then',
  'still',
  'overall',
  'along',
  'like',
  'unlike',
  'among',
  'whenever',
  'through',
  'against',
  'to',
  'with',
  'of',
  'not',
  'only',
  // Connectives that open a sentence before its subject (`Moreover, Jeffrey Sachs … noted`, `Or, as Tom Ridge put it`).
  'moreover',
  'furthermore',
  'rather',
  'or',
  'nevertheless',
  'nonetheless',
  'thus',
  'hence',
  'likewise',
  'besides',
  'otherwise',
]);
/**
 * Conjunctions that open a clause inside a sentence, its subject right after them (`after South Korea and Japan denied`,
 * `because Labour and the Tories agree`). `as` and `if` are left out: `as` opens asides and comparisons, `if` a supposition.
 */
export const SUBORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set(['after', 'because', 'while', 'whilst', 'although', 'though', 'since', 'when', 'whereas', 'before', 'until', 'once']);
/**
 * Words that join a clause to the main one, whose `it` or `they` right after them is most often the main clause's subject
 * (`The government has ruled out the change, because it says …`, `The company gave no details but it said …`, `Business
 * leaders opposed the plan as they said …`): the subordinating conjunctions, `as`, and `and`, `but` and `yet`.
 */
export const SUBJECT_KEEPING_JOINERS: ReadonlySet<string> = new Set([...SUBORDINATING_CONJUNCTIONS, 'as', 'and', 'but', 'yet']);

/**
 * What one maintains by saying it (`maintained his innocence`, `maintains its position that …`): after `maintain` and a
 * determiner, one of these keeps the verb one of speech; any other object is kept up, not said (`maintained their lead`).
 */
export const MAINTAINED_CLAIMS: ReadonlySet<string> = new Set([
  'innocence',
  'position',
  'stance',
  'view',
  'views',
  'claim',
  'claims',
  'belief',
  'opposition',
  'denial',
  'line',
  'argument',
  'forecast',
  'forecasts',
  'estimate',
  'estimates',
  'outlook',
  'guidance',
]);

/** Number words, for shares of those polled (`one in five`, `nine out of 10`). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Counts and hedges of a count before a period and `ago` (`a few days ago`, `less than two weeks ago`): a time, not a source. */
export const AGO_COUNTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'few',
  'several',
  'many',
  'some',
  'less',
  'more',
  'than',
  'about',
  'nearly',
  'almost',
  'just',
  'only',
  'over',
  'under',
  ...NUMBER_WORDS,
]);
/** Words for a share of people, which make a subject a poll's count (`two-thirds of voters`, `a majority of Americans`). */
export const FRACTIONS: ReadonlySet<string> = new Set(['half', 'thirds', 'quarters', 'third', 'quarter', 'majority', 'minority', 'plurality']);
/**
 * Participles that say a poll asked the people they follow (`firms polled for the survey`, `those questioned`, `the 1,000 people
 * interviewed`): the people a share is taken of are the poll's respondents, who stand behind what the share says of them.
 */
export const ASKED_PARTICIPLES: ReadonlySet<string> = new Set(['polled', 'surveyed', 'questioned', 'asked', 'interviewed']);
/** Words that say people were asked (`poll`, `survey`, `respondents`): with a count, a poll source. */
export const POLLED: ReadonlySet<string> = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'respondents', ...ASKED_PARTICIPLES, 'voters']);
/**
 * Words that say what kind of poll it is or when it was taken, never who ran it (`Exit polls show`, `Recent polling shows`,
 * `Internal surveys found`): capitalised only because they open the sentence, they name no pollster, so the poll stays an
 * unnamed one (`Populus polls show`, `Gallup polling shows` do name theirs).
 */
export const POLL_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'exit',
  'recent',
  'latest',
  'new',
  'fresh',
  'early',
  'opinion',
  'internal',
  'private',
  'public',
  'online',
  'separate',
  'further',
  'other',
  'national',
  'local',
  'independent',
  'unpublished',
  'leaked',
  'snap',
  'tracking',
  'weekly',
  'monthly',
]);

/**
 * Verbs by which a subject reacts to someone's words (`Gordon Brown has criticised a union leader who said …`, `Mr Kennedy
 * dismissed critics who said …`): with an object and a relative clause of speech after it, the subject is the sentence's
 * source and the object the one whose words it reacts to. Past forms, as they stand before their object.
 */
export const REACTING_VERBS: ReadonlySet<string> = new Set([
  'criticised',
  'criticized',
  'attacked',
  'praised',
  'rejected',
  'condemned',
  'dismissed',
  'slammed',
  'rebuked',
  'rebuffed',
  'ridiculed',
  'mocked',
  'derided',
  'lambasted',
  'blasted',
  'chided',
  'scorned',
  'contradicted',
  'challenged',
  'applauded',
  'welcomed',
  'backed',
  'defended',
  'thanked',
  'congratulated',
  'accused',
]);

/** Particles between a reacting verb and its object: `hit back at`, `hit out at`, `responded to`, `turned on`. */
export const REACTING_PARTICLES: ReadonlySet<string> = new Set(['at', 'to', 'on', 'out', 'back']);

/** Verbs that take a particle before the object they react to: `hit back at an economist who warned …`. */
export const REACTING_WITH_PARTICLE: ReadonlySet<string> = new Set(['hit', 'responded', 'replied', 'lashed', 'rounded', 'turned']);

/**
 * Irregular past forms of verbs of action that follow a subject's name (`Richard Notebaert sent a letter to the board saying …`):
 * like a verb in -ed, they end the name and open its predicate. To extend: add the past form in lower case.
 */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  'sent',
  'made',
  'gave',
  'took',
  'left',
  'met',
  'held',
  'put',
  'won',
  'lost',
  'paid',
  'sold',
  'bought',
  'kept',
  'brought',
  'began',
  'led',
  'spent',
  'struck',
  'sought',
  'became',
  'came',
  'went',
  'got',
  'drew',
  'threw',
  'wrote',
  'spoke',
  'rang',
  'broke',
]);

// Words read around figures, requests and agencies (the thirteenth attribution pass, docs/attribution.md).
/** Reporting words that are nouns as written (`a $27bn tax claim`, `a £5m forecast`). */
export const NOUNS_AFTER_SUMS: ReadonlySet<string> = new Set(['claim', 'forecast', 'estimate', 'warning', 'report', 'promise', 'pledge', 'demand', 'complaint', 'prediction']);

/** Words after `asked by X` that make it a request or a question put (`to carry out`, `whether`, `if`). */
export const REQUEST_OPENERS: ReadonlySet<string> = new Set(['to', 'whether', 'if']);

/** Words that open an approximate figure (`approximately 2.5%`). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['approximately', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'up']);
/**
 * Words that open a share of people as a bound or an estimate of it (`Nearly half those pupils polled`, `Only 51% of those
 * polled`, `More than half`): capitalised only because they open the sentence, they name no pollster.
 */
export const SHARE_OPENERS: ReadonlySet<string> = new Set([...APPROXIMATORS, 'only', 'just', 'more', 'over', 'under', 'fewer', 'less']);

/**
 * Words of place or time right after a reporting verb's participle that describes the noun before it (`the goods mentioned in
 * spam e-mail`, `the damages claimed in 2004`, `orders reported last year`): the noun is what was said, no one who said it.
 */
export const WHERE_OR_WHEN_SAID: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'since', 'over', 'last', 'earlier', 'this']);

/** Past participles of reporting verbs that do not end in -ed and, before `by`, are passive (`the 47% forecast by analysts`; not `told by the board what`, a question put). */
export const UNMARKED_PARTICIPLES: ReadonlySet<string> = new Set(['forecast']);

/** Prepositions that open a time after a verb (`added in October`, `added during the quarter`). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'since', 'over']);

/** Words before a bare percentage that make it a figure the sentence speaks of (`the 47%`), not a share of people (`Some 47%`). */
export const SHARE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** Words for a part of those asked that a share may follow with `of` (`a majority of 52%`): the share is still of people. */
export const SHARES_OF_PEOPLE: ReadonlySet<string> = new Set(['majority', 'minority', 'total']);

/** Words that make an agency a news agency (`a news agency`, `the state agency`). */
export const NEWS_AGENCY_WORDS: ReadonlySet<string> = new Set(['news', 'press', 'wire', 'state', 'official', 'semi-official']);

/**
 * Verbs of choosing or hastening whose subject speaks in the verb after their `to` (`He preferred to state that …`, `was quick
 * to point out`, `chose to stress`); not refusals (`declined to say`), which make no claim.
 */
export const CHOOSING_TO: ReadonlySet<string> = new Set(['preferred', 'prefers', 'chose', 'chooses', 'opted', 'hastened', 'hastens', 'quick', 'keen', 'careful']);

/** The bare verbs of speech that may follow `to` after one of CHOOSING_TO (`preferred to state`, `was quick to point out`). */
export const SPEECH_AFTER_TO: ReadonlySet<string> = new Set(['say', 'state', 'stress', 'insist', 'add', 'argue', 'point', 'emphasise', 'emphasize', 'warn', 'explain', 'note', 'tell', 'claim']);

/**
 * Words before a verb of speech in -ing that say the words are not said yet (`is close to confirming`, `on the verge of
 * announcing`): the pair `[word before, word right before]` in lower case. The sentence reports what may be said, no one's words.
 */
export const NOT_YET_SAID: readonly (readonly [string, string])[] = [
  ['close', 'to'],
  ['near', 'to'],
  ['verge', 'of'],
  ['brink', 'of'],
];

/**
 * Words right before a verb of speech in -ing that say it was not said (`despite not confirming her availability`, `without
 * saying why`, `for not revealing he was injured`): the sentence reports a silence, no one's words.
 */
export const NOT_SAYING: ReadonlySet<string> = new Set(['not', 'without', 'never']);

/** Adverbs that may stand between NOT_SAYING and the -ing form (`not yet confirming`, `without even saying`). */
export const NOT_SAYING_ADVERBS: ReadonlySet<string> = new Set(['yet', 'even', 'immediately', 'publicly', 'officially', 'once', 'actually']);

/**
 * A subject and a verb of speech that make an idiom nobody says (`Time will tell`, `Only time will tell whether …`): the
 * pair `[subject, verb]` in lower case, auxiliaries and adverbs between them passed over. The subject is no speaker, and no
 * name a later `he` can go back to.
 */
export const IDIOMS_OF_SPEECH: readonly (readonly [string, string])[] = [
  ['time', 'tell'],
  ['time', 'tells'],
  ['time', 'told'],
];

/**
 * Words that label a stretch of copy before a colon (`UPDATE: The website has removed …`, `Analysis: …`, `PREVIOUSLY: …`):
 * a heading of the article's own, never a speaker whose words follow. Extend with the label in lower case.
 */
export const COPY_LABELS: ReadonlySet<string> = new Set([
  'update',
  'updated',
  'previously',
  'earlier',
  'exclusive',
  'breaking',
  'analysis',
  'background',
  'correction',
  'clarification',
  'factbox',
  'timeline',
  'watch',
  'listen',
  'video',
  'editorial',
  'opinion',
]);

/**
 * Prepositions that take up a main clause again after a relative clause on its object has closed with a comma (`paint Mr
 * Sullivan, who has admitted fraud, as a liar`, `accused Mr Reed, who denies it, of lying`): the relative was an aside.
 */
export const MAIN_CLAUSE_RESUMES: ReadonlySet<string> = new Set(['as', 'of', 'for', 'to', 'into', 'with', 'from', 'over', 'about', 'against', 'at', 'in', 'on']);
/**
 * Words that open a clause of time or cause after the main one (`Shares in Cairn Energy jumped 6% after the firm said …`, `The
 * fall came as Indonesia said …`, `The comedian caused a furore when he said …`): the main clause before is the article's own
 * report of what happened, with or without a comma between.
 */
export const TIME_OR_CAUSE_CLAUSES: ReadonlySet<string> = new Set(['after', 'as', 'when', 'since', 'because']);
/** Words before `as` that make it part of a phrase, not a clause of time (`such as`, `as well as`). */
export const AS_IN_A_PHRASE: ReadonlySet<string> = new Set(['such', 'well']);

/**
 * Verbs whose object does what the `to` after it says (`prompting unions representing 4.5m workers to threaten united action`,
 * `has urged councils to limit increases`): that object is an actor of the sentence, whom a `they` after it may mean, though it
 * stands after the verb in lower case. Only the forms a news sentence uses with an object and `to`.
 */
export const PROMPTING_TO_ACT: ReadonlySet<string> = new Set([
  'prompt',
  'prompts',
  'prompted',
  'prompting',
  'urge',
  'urges',
  'urged',
  'urging',
  'ask',
  'asks',
  'asked',
  'asking',
  'force',
  'forces',
  'forced',
  'forcing',
  'encourage',
  'encourages',
  'encouraged',
  'encouraging',
  'persuade',
  'persuades',
  'persuaded',
  'persuading',
  'invite',
  'invites',
  'invited',
  'inviting',
  'lead',
  'leads',
  'led',
  'leading',
]);

/**
 * Findings an outlet has made for it or makes itself (`a poll for the Independent on Sunday`, `a survey conducted by PC Pro
 * Magazine`, `The Mail on Sunday survey`): the outlet owns them as a body owns its survey, and relays no one's words; a
 * `report` or an `article` in a paper is its reporting, and stays the outlet's relay.
 */
export const OUTLET_FINDINGS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'research']);

/** The words that join a finding to the outlet it was made for or by (`a poll for the Guardian`, `research by Which? magazine`). */
export const MADE_FOR_OR_BY: ReadonlySet<string> = new Set(['for', 'by']);

/** Prepositions that join a document to what it is about (`a report on`, `an inquiry into`, `a book about`). */
export const DOCUMENT_TOPICS: ReadonlySet<string> = new Set(['on', 'into', 'about']);
