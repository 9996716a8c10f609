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
 *   it becomes the outer link of the chain only when it is a media outlet.
 *
 * To extend: add every inflected form you need as its own entry in the category whose side is
 * right. Verbs that also lower certainty (`claimed`) belong in `hedges.ts` as well.
 */
export type ReportingCategory = 'speech' | 'relay' | 'agent' | 'interview';

export type ReportingVerb = LexiconEntry<ReportingCategory>;

const entries = (category: ReportingCategory, phrases: string[]): ReportingVerb[] => phrases.map((phrase) => ({ phrase, category }));

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  ...entries('speech', [
    'said', 'says', 'say', 'saying', 'stated', 'stating', 'stated only', 'told', 'tells', 'telling',
    'added', 'adds', 'adding', 'explained', 'explains', 'explaining', 'noted', 'notes', 'noting',
    'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising', 'stressed', 'stresses', 'stressing',
    'insisted', 'insists', 'insisting', 'claimed', 'claims', 'claiming', 'argued', 'argues', 'arguing', 'argue',
    'warned', 'warns', 'warning', 'described', 'describes', 'describing', 'announced', 'announces', 'announcing',
    'reported', 'reports that', 'revealed', 'reveals', 'revealing', 'confirmed', 'confirms', 'confirming',
    'denied', 'denies', 'denying', 'reiterated', 'reiterates', 'reiterating', 'highlighted', 'highlights', 'highlighting',
    'declared', 'declares', 'declaring', 'wrote', 'writes', 'writing that', 'asserted', 'asserts', 'asserting',
    'acknowledged', 'acknowledges', 'admitted', 'admits', 'suggested', 'suggests', 'suggest', 'indicated', 'indicates',
    'hinted', 'hints', 'commented', 'remarked', 'replied', 'responded', 'predicted', 'predicts', 'estimated', 'estimates',
    'believe', 'believes', 'think', 'thinks', 'maintained', 'maintains', 'contended', 'contends', 'alleged', 'alleges',
    'accused', 'accuses', 'accusing', 'testified', 'recalled', 'observed', 'pointed out', 'cautioned', 'conceded',
    'announced that', 'disclosed', 'informed', 'briefed', 'quoted', 'quoting', 'tweeted', 'posted', 'urged', 'vowed', 'pledged', 'promised',
  ]),
  ...entries('relay', [
    'according to', 'citing', 'cited', 'cites', 'as reported by', 'reported by', 'reports from', 'reports by', 'report from',
    'report by', 'reporting by', 'claims by', 'claims from', 'a statement from', 'a statement by', 'statement from',
    'read a headline in', 'a headline in', 'quoted by', 'as quoted by', 'data from', 'figures from', 'in the words of',
  ]),
  ...entries('agent', [
    'interpreted by', 'presented by', 'framed by', 'described by', 'portrayed by', 'characterized by', 'characterised by',
    'seen by', 'viewed by', 'regarded by', 'considered by', 'announced by', 'claimed by', 'alleged by', 'estimated by',
  ]),
  ...entries('interview', ['speaking to', 'speaking exclusively to', 'talking to', 'in an interview with', 'told', 'in comments to']),
];
