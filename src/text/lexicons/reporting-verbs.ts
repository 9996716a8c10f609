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
 *   is the testimony it heard, which the sentence does not name.
 *
 * To extend: add every inflected form you need as its own entry in the category whose side is
 * right. Verbs that also lower certainty (`claimed`) belong in `hedges.ts` as well.
 */
export type ReportingCategory = 'speech' | 'relay' | 'agent' | 'interview' | 'finding' | 'hearing';

export type ReportingVerb = LexiconEntry<ReportingCategory>;

const entries = (category: ReportingCategory, phrases: string[]): ReportingVerb[] => phrases.map((phrase) => ({ phrase, category }));

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  ...entries('speech', [
    'said', 'says', 'say', 'saying', 'stated', 'stating', 'stated only', 'told', 'tells', 'telling',
    'added', 'adds', 'adding', 'explained', 'explains', 'explaining', 'noted', 'notes', 'noting',
    'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising', 'stressed', 'stresses', 'stressing',
    'insisted', 'insists', 'insisting', 'claimed', 'claims', 'claiming', 'argued', 'argues', 'arguing', 'argue',
    'warned', 'warns', 'warning', 'described', 'describes', 'describing', 'announced', 'announces', 'announcing',
    'reported', 'reports', 'reports that', 'revealed', 'reveals', 'revealing', 'confirmed', 'confirms', 'confirming',
    'denied', 'denies', 'denying', 'reiterated', 'reiterates', 'reiterating', 'highlighted', 'highlights', 'highlighting',
    'declared', 'declares', 'declaring', 'wrote', 'writes', 'writing that', 'asserted', 'asserts', 'asserting',
    'acknowledged', 'acknowledges', 'admitted', 'admits', 'suggested', 'suggests', 'suggest', 'indicated', 'indicates',
    'hinted', 'hints', 'commented', 'remarked', 'replied', 'responded', 'predicted', 'predicts', 'estimated', 'estimates',
    'believe', 'believes', 'think', 'thinks', 'maintained', 'maintains', 'contended', 'contends', 'alleged', 'alleges',
    'accused', 'accuses', 'accusing', 'testified', 'recalled', 'observed', 'pointed out', 'cautioned', 'conceded',
    'announced that', 'disclosed', 'informed', 'briefed', 'quoted', 'quoting', 'tweeted', 'posted', 'urged', 'vowed', 'pledged', 'promised',
    'asked', 'asks', 'continued', 'concluded', 'concludes', 'recalls', 'replies', 'responds', 'comments',
    'tweets', 'tell', 'write', 'claim', 'insist', 'warn', 'deny', 'admit', 'stress', 'explain', 'note', 'predict',
    'criticised', 'criticized', 'criticises', 'criticizes', 'praised', 'praises', 'proposed', 'proposes', 'called for', 'calls for',
    'called on', 'calls on', 'has called for', 'urges', 'vows', 'pledges', 'promises', 'objected', 'protested', 'complained',
    'complains', 'conceded', 'concedes', 'countered', 'counters', 'retorted', 'boasted', 'boasts', 'hopes', 'hoped', 'fears',
    'feared', 'expects', 'expected that', 'believed', 'thought', 'wants', 'wanted', 'questioned', 'questions', 'charged',
    'blamed', 'blames', 'agreed', 'agrees', 'disagreed', 'disagrees',
    'forecast', 'forecasts', 'projected', 'projects', 'reckons', 'reckoned', 'recommended', 'recommends', 'mentioned',
    'pointed to', 'points to', 'points out', 'spelled out', 'outlined', 'has learned', 'has learnt',
    'called', 'calls', 'calling', 'expect', 'know', 'knows', 'knew', 'feel', 'feels', 'fear', 'hope', 'want', 'denounced', 'denounces', 'denouncing', 'decried',
    'blasted', 'slammed', 'slams', 'mocked', 'repeated', 'assured', 'went on to say', 'made it clear', 'made clear', 'put it',
    'acknowledge', 'defended', 'thanked', 'referred to', 'quipped', 'joked', 'lamented', 'conceded that', 'speculated',
    // Beliefs and judgements are the holder's claims: `Israel regards the city as its capital`.
    'regards', 'regarded', 'considers', 'considered that', 'doubts', 'doubted', 'worries', 'worried that', 'is convinced', 'was convinced',
    // Stated intentions: only the one who holds them can vouch for them, `the firm plans to cut 300 jobs`. Present tense only:
    // a past intention is most often narrative (`as both parties planned to cut`); `aims to` is as often a bill's or a scheme's.
    'plans to', 'intends to', 'hopes to', 'wants to', 'is planning to',
  ]),
  ...entries('finding', [
    'found', 'finds', 'find', 'show', 'shows', 'showed', 'shown', 'put', 'puts', 'gave', 'gives',
  ]),
  ...entries('hearing', ['heard', 'has heard', 'had heard', 'was told', 'has been told', 'were told', 'have been told']),
  ...entries('relay', [
    'according to', 'citing', 'cited', 'cites', 'as reported by', 'reported by', 'reports from', 'reports by', 'report from',
    'report by', 'claims by', 'claims from', 'a statement from', 'a statement by', 'statement from',
    'read a headline in', 'a headline in', 'quoted by', 'as quoted by', 'data from', 'figures from', 'in the words of',
  ]),
  ...entries('agent', [
    'interpreted by', 'presented by', 'framed by', 'described by', 'portrayed by', 'characterized by', 'characterised by',
    'seen by', 'viewed by', 'regarded by', 'considered by', 'announced by', 'claimed by', 'alleged by', 'estimated by',
  ]),
  ...entries('interview', ['speaking to', 'speaking exclusively to', 'talking to', 'in an interview with', 'in comments to']),
];
