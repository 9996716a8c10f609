/**
 * Words that find a sentence's main predicate without a parser: the claim identity in
 * src/library/alignment.ts reads what the subject did ("has denied", "is on trial", "resigned")
 * as the first content word of the first verb group, and two sentences whose subjects did
 * different things ("Mr Ebbers has denied charges of fraud" / "Mr Ebbers is on trial for fraud")
 * carry different claims, however many other words they share.
 *
 * - `auxiliary`: a verb that opens a verb group and is not itself the predicate (`is`, `has`).
 * - `modal`: a modal that opens a verb group (`will`, `could`).
 * - `filler`: a word inside a verb group, before its head (`also`, `not`, `on`, `being`), among
 *   them the adverbs of time and repetition news writes there ("will again involve", "has yet to
 *   pay", "has since resigned", "have always denied"), which are no predicate themselves.
 * - `past`: an irregular past form, read as a predicate where no auxiliary stands before it
 *   (regular ones end in "-ed" and are found by their ending).
 * - `opener`: a participle that opens a clause framing a speech act before its subject
 *   ("Speaking to Parliament on his first day …, Mr Clarke said"): that clause says when and where
 *   the words were said, not what they claim.
 *
 * Words are lower case, matched whole after folding. Extend by adding entries; a word that is
 * also a common noun in news ("set", "cut") is better left out of `past`.
 */
export type VerbGroupKind = 'auxiliary' | 'modal' | 'filler' | 'past' | 'opener';

export interface VerbGroupWord {
  word: string;
  kind: VerbGroupKind;
}

const words = (kind: VerbGroupKind, list: readonly string[]): VerbGroupWord[] => list.map((word) => ({ word, kind }));

export const VERB_GROUP_WORDS: readonly VerbGroupWord[] = [
  ...words('auxiliary', ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'being', 'does', 'do', 'did']),
  ...words('modal', ['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']),
  ...words('filler', [
    'also',
    'not',
    'never',
    'now',
    'still',
    'already',
    'currently',
    'reportedly',
    'allegedly',
    'just',
    'to',
    'on',
    'in',
    'a',
    'an',
    'the',
    'set',
    'expected',
    'due',
    'about',
    'likely',
    'again',
    'yet',
    'always',
    'even',
    'then',
    'since',
  ]),
  ...words('past', [
    'came',
    'went',
    'made',
    'took',
    'gave',
    'got',
    'became',
    'began',
    'fell',
    'rose',
    'grew',
    'sold',
    'bought',
    'won',
    'lost',
    'paid',
    'left',
    'held',
    'met',
    'ran',
    'saw',
    'found',
    'kept',
    'led',
    'brought',
    'sought',
    'spent',
    'struck',
    'fought',
    'beat',
    'broke',
    'chose',
    'drew',
    'knew',
    'meant',
    'stood',
    'spoke',
    'wrote',
    'said',
    'told',
    'thought',
  ]),
  ...words('opener', ['speaking', 'asked', 'writing', 'addressing', 'interviewed', 'responding', 'talking', 'questioned', 'giving', 'appearing']),
];

/**
 * What tells a word in "-s" after a sentence's subject as its main verb in the present tense ("The ruling creates a major
 * problem", "He pleads not guilty", "Yukos claims its downfall was punishment …"), which the verb groups above do not
 * find: without it such a sentence is read as having no predicate, or one of a later clause. A plural noun is written
 * alike ("drugs tests", "the careers of sprinters"), so only these places are read:
 *
 * - `subjects`: pronouns of the third person singular straight before the verb ("He pleads").
 * - `objectOpeners`: words straight after the verb that open its object ("creates a", "values the", "claims its"); a
 *   figure does too ("wins 3-1").
 * - `notAfter`: words after which a word in "-s" is a noun, not a verb (prepositions and conjunctions: "of sprinters",
 *   "and rivals").
 * - `notVerbs`: words in "-s" that are never verbs ("towards", "perhaps", "this"); the verb group words are none either.
 *
 * A word in "-s" before a name ("Nadal beats Andy Roddick") is left out: a plural noun describing the name stands there
 * as often ("Greek sprinters Kostas Kenteris and …", "rock giants U2 won").
 */
export const PRESENT_TENSE_CUES = {
  subjects: ['he', 'she', 'it'],
  objectOpeners: ['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our'],
  notAfter: ['of', 'in', 'for', 'with', 'by', 'from', 'to', 'at', 'on', 'about', 'over', 'under', 'between', 'among', 'against', 'and', 'or', 'as'],
  notVerbs: ['towards', 'afterwards', 'perhaps', 'always', 'sometimes', 'besides', 'whereas', 'overseas', 'nowadays', 'backwards', 'upwards', 'downwards', 'onwards', 'this'],
} as const;

/** What a light verb is: one of beginning or going on, or one of coming about. */
export type LightPredicateKind = 'aspect' | 'occurrence';

/**
 * Light verbs: as a sentence's main predicate they say little of their own ("A bid to overturn the law has begun" /
 * "Hunts have begun on the last day"), so two sentences sharing only such a verb share no predicate: the claim
 * identity asks them to share what follows it. Forms as written, lower case; extend with every form a verb takes
 * after an auxiliary ("has begun", "is starting").
 */
export const LIGHT_PREDICATES: readonly { word: string; kind: LightPredicateKind }[] = [
  ...['begun', 'began', 'beginning', 'started', 'starting', 'continued', 'continuing', 'resumed', 'resuming'].map((word) => ({ word, kind: 'aspect' as const })),
  ...['come', 'came', 'coming', 'happened', 'happening', 'occurred', 'taken', 'taking'].map((word) => ({ word, kind: 'occurrence' as const })),
];
