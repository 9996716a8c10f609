import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle, analyseSentenceText, type ArticleAnalysis } from '../../src/analysis/certainty.ts';
import { loadArticles, readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import { Certainty } from '../../src/model/answer.ts';
import { must } from '../support/must.ts';

let articles: Article[];
const analyses = new Map<string, ArticleAnalysis>();

beforeAll(async () => {
  ({ articles } = await loadArticles('seeds'));
  for (const article of articles) analyses.set(article.id.slice(0, 3), analyseArticle(article));
});

function article(prefix: string): Article {
  return must(
    articles.find((candidate) => candidate.id.startsWith(prefix)),
    `a seed article ${prefix}`,
  );
}

/** The certainty of the sentence of article `prefix` that begins with `opening`. */
function certaintyOf(prefix: string, opening: string) {
  const index = article(prefix).sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  expect(index, `no sentence of ${prefix} starts with "${opening}"`).toBeGreaterThanOrEqual(0);
  return must(must(analyses.get(prefix), `the analysis of ${prefix}`).sentences[index], `sentence ${index} of ${prefix}`);
}

describe('certainty of seed sentences', () => {
  it('gives every sentence a certainty that fits the model', () => {
    for (const article of articles) {
      const analysis = must(analyses.get(article.id.slice(0, 3)), `the analysis of ${article.id}`);
      expect(analysis.sentences).toHaveLength(article.sentences.length);
      for (const certainty of analysis.sentences) expect(Certainty.safeParse(certainty).success).toBe(true);
    }
  });

  it('carries "the agency claimed" back to Yonhap citing the National Intelligence Service, hedged and second-hand', () => {
    const certainty = certaintyOf('003', 'The agency claimed that Pyongyang was sending');
    expect(certainty.attributedTo).toEqual(['Yonhap', 'National Intelligence Service']);
    expect(certainty.sourcing).toBe('media');
    expect(certainty.level).not.toBe('certain');
    expect(certainty.cues.some((cue) => cue.text === 'claimed' && cue.kind === 'hedge')).toBe(true);
  });

  it('marks a quotation from a diplomat who spoke on condition of anonymity as anonymous', () => {
    const certainty = certaintyOf('000', "'This is a dangerous escalation,' said a European Union diplomat");
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['a European Union diplomat']);
  });

  it('keeps the anonymous diplomat as the source of the quotation that continues in the next sentence', () => {
    const certainty = certaintyOf('000', "'The presence of North Korean forces in Russia could destabilize");
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['a European Union diplomat']);
    expect(certainty.level).toBe('possible');
  });

  it('calls a flat statement with no source certain and unsourced', () => {
    const certainty = certaintyOf('000', 'The involvement of North Korean troops has sparked mixed reactions globally.');
    expect(certainty).toMatchObject({ level: 'certain', sourcing: 'none', contested: false, attributedTo: [] });
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });

  it('lowers a hedge inside a conditional ("if accurate, could indicate")', () => {
    const certainty = certaintyOf('002', 'The scale of the operation, if accurate, could indicate');
    expect(certainty.level).toBe('possible');
    expect(certainty.cues.find((cue) => cue.text === 'if accurate')?.kind).toBe('conditional');
    expect(certainty.cues.some((cue) => cue.text === 'could' && cue.kind === 'hedge')).toBe(true);
  });

  it('does not call "according to unconfirmed reports" certain', () => {
    const certainty = certaintyOf('000', 'According to unconfirmed reports, approximately 5,000');
    expect(certainty.level).not.toBe('certain');
    expect(certainty.cues.some((cue) => cue.text === 'unconfirmed reports')).toBe(true);
    expect(certainty.sourcing).toBe('vague');
  });

  it('marks claims met with skepticism and yet to be verified as contested', () => {
    const certainty = certaintyOf('004', 'These claims have been met with skepticism by Western intelligence agencies');
    expect(certainty.contested).toBe(true);
    expect(certainty.cues.filter((cue) => cue.kind === 'contested').map((cue) => cue.text)).toEqual(['met with skepticism', 'yet to verify']);
  });

  it('marks claims Ukrainian officials dismissed as contested', () => {
    expect(certaintyOf('000', 'However, Ukrainian officials have dismissed these claims').contested).toBe(true);
  });

  it('does not read "disputed territories" as a contested claim', () => {
    const certainty = certaintyOf('004', 'This narrative, however, has been challenged');
    expect(certainty.cues.filter((cue) => cue.kind === 'contested').map((cue) => cue.text)).toEqual(['challenged']);
  });

  it('reads "he explained" as the last person named', () => {
    expect(certaintyOf('000', 'This coordinated effort, he explained').attributedTo).toEqual(['Khinstsen']);
  });

  it('gives the chain outermost first for "Yonhap news agency, citing the National Intelligence Service"', () => {
    const certainty = certaintyOf('004', 'According to unconfirmed reports from South Korea’s Yonhap news agency');
    expect(certainty.attributedTo).toEqual(['Yonhap', 'National Intelligence Service']);
    expect(certainty.sourcing).toBe('media');
    expect(certainty.contested).toBe(true);
    expect(certainty.note).toBe("Hedged ('unconfirmed reports', 'allegedly'); second-hand: Yonhap citing National Intelligence Service; contested ('unconfirmed').");
  });

  it('names the subject before an interposed "citing" clause', () => {
    expect(certaintyOf('002', 'South Korean media, citing the National Intelligence Service').attributedTo).toEqual(['South Korean media', 'National Intelligence Service']);
  });

  it('calls "analysts suggest" a vague source', () => {
    const certainty = certaintyOf('003', 'Analysts suggest that this could relate');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.level).toBe('possible');
  });

  it('leaves "remain to be seen" open', () => {
    expect(certaintyOf('003', 'However, the practical implications of such collaborations remain to be seen').level).toBe('unknown');
  });

  it('gives every cue as a verbatim slice of its own sentence', () => {
    for (const article of articles) {
      must(analyses.get(article.id.slice(0, 3)), `the analysis of ${article.id}`).sentences.forEach((certainty, index) => {
        const sentence = must(article.sentences[index], `sentence ${index} of ${article.id}`);
        for (const cue of certainty.cues) {
          expect(article.text.slice(cue.start, cue.end)).toBe(cue.text);
          expect(cue.start).toBeGreaterThanOrEqual(sentence.start);
          expect(cue.end).toBeLessThanOrEqual(sentence.end);
        }
      });
    }
  });
});

describe('analyseSentenceText', () => {
  it('reads future "will" as certain', () => {
    expect(analyseSentenceText('The company will move its headquarters to Ohio next year.').level).toBe('certain');
  });

  it('reads "May" the month as no hedge', () => {
    expect(analyseSentenceText('The talks were held in May 2024 in Geneva.').level).toBe('certain');
  });

  it('reads "would" of reported speech as an announced plan, probable, and a hypothetical "would" as possible', () => {
    expect(analyseSentenceText('The ministry said it would publish the figures on Monday.').level).toBe('probable');
    expect(analyseSentenceText('A ceasefire would ease pressure on the border towns.').level).toBe('possible');
  });

  it('reads "could not be reached" as past inability, not a hedge', () => {
    expect(analyseSentenceText('The spokesman could not be reached for comment.').level).toBe('certain');
  });

  it('reads "than expected" as an outcome, and "is expected to" as a prediction', () => {
    expect(analyseSentenceText('Profits rose faster than expected.').level).toBe('certain');
    expect(analyseSentenceText('The minister is expected to resign.').level).toBe('probable');
  });

  it('reads a denied doubt as no hedge', () => {
    expect(analyseSentenceText('There is no doubt that the vote took place.').level).toBe('certain');
  });

  it('gives cue offsets into the text it was given', () => {
    const text = 'Troops are reportedly massing near the border.';
    const { cues } = analyseSentenceText(text);
    expect(cues).toEqual([{ text: 'reportedly', start: 11, end: 21, kind: 'hedge' }]);
  });
});

describe('certainty of forecasts, plans and conditions', () => {
  it('GIVEN "are set to hit" THEN a forecast is not certain', () => {
    expect(analyseSentenceText('Heating oil prices are set to hit a new high this winter.').level).not.toBe('certain');
  });

  it('GIVEN "should lead to" THEN the outcome is probable, not certain', () => {
    expect(analyseSentenceText('The merger should lead to 2,000 job losses over three years.').level).toBe('probable');
  });

  it('GIVEN "is expected to" THEN a forecast is probable', () => {
    expect(analyseSentenceText('Unemployment is expected to rise to 5.1% by the spring.').level).toBe('probable');
  });

  it('GIVEN "plans to" THEN the plan is not yet a fact', () => {
    expect(analyseSentenceText('The retailer plans to open 40 new stores next year.').level).toBe('probable');
  });

  it('GIVEN "is due to" before a verb THEN a scheduled event is not certain, and "due to" a cause asserts', () => {
    expect(analyseSentenceText('The council is due to vote on the scheme on Thursday.').level).toBe('probable');
    expect(analyseSentenceText('The delay was due to a strike by baggage handlers.').level).toBe('certain');
  });

  it('GIVEN "depending on" THEN the outcome is only possible', () => {
    expect(analyseSentenceText('Fares will rise by up to 8% depending on the route.').level).toBe('possible');
  });

  it('GIVEN an "if" clause THEN the sentence is only possible', () => {
    expect(analyseSentenceText('If the rescue deal collapses, the airline will have to find new investors.').level).toBe('possible');
  });
});

describe('certainty of descriptions that are no hedges', () => {
  it('GIVEN "a previously unknown firm" THEN the sentence is certain', () => {
    expect(analyseSentenceText('Shares in a previously unknown mining firm rose 40% on Monday.').level).toBe('certain');
  });

  it('GIVEN "Unknown" inside a name THEN the sentence is certain', () => {
    expect(analyseSentenceText('The Tomb of the Unknown Soldier reopened to visitors on Sunday.').level).toBe('certain');
  });

  it('GIVEN "it is unknown how many" THEN the sentence is left open', () => {
    expect(analyseSentenceText('It is unknown how many passengers were on board.').level).toBe('unknown');
  });

  it('GIVEN "the worst possible start" THEN "possible" is a degree, not a doubt', () => {
    expect(analyseSentenceText('The club made the worst possible start to the season.').level).toBe('certain');
  });

  it('GIVEN "appeared in court" THEN "appeared" is no hedge, and "appeared to" is', () => {
    expect(analyseSentenceText('The former chairman appeared in court on Tuesday.').level).toBe('certain');
    expect(analyseSentenceText('The former chairman appeared to accept the ruling.').level).toBe('probable');
  });

  it('GIVEN "assume her new duties" THEN "assume" is no belief', () => {
    expect(analyseSentenceText('Ms Okafor will assume her new duties in May.').level).toBe('certain');
  });

  it('GIVEN "little doubt" THEN the doubt is denied', () => {
    expect(analyseSentenceText('There is little doubt that the economy is slowing.').level).toBe('certain');
  });

  it('GIVEN "lower than forecast" THEN the outcome is asserted', () => {
    expect(analyseSentenceText('Retail sales were lower than forecast in December.').level).toBe('certain');
  });

  it('GIVEN "would-be buyers" THEN "would" is part of a noun, no hedge', () => {
    expect(analyseSentenceText('The sale attracted dozens of would-be buyers from Asia.').level).toBe('certain');
  });

  it('GIVEN a comma between "said" and "to" THEN no "said to" hedge is read', () => {
    expect(analyseSentenceText('The scheme was set up, its backers said, to help first-time buyers.').level).toBe('certain');
  });
});

/** Whether the one-sentence article `text` comes out contested, read as the loader reads a file. */
function contestedIn(text: string): boolean {
  const result = readArticle('contest.txt', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.warning.reason);
  return must(analyseArticle(result.article).sentences[0], 'a first sentence').contested;
}

describe('contested claims', () => {
  it('GIVEN someone denies the allegations THEN the sentence is contested', () => {
    expect(contestedIn('The minister denied the allegations on Monday.')).toBe(true);
  });

  it('GIVEN someone denies that something happened THEN the sentence is contested', () => {
    expect(contestedIn('Mr Patel denied that he had been offered a job at the bank.')).toBe(true);
  });

  it('GIVEN a report dismissed as speculation THEN the sentence is contested', () => {
    expect(contestedIn('A spokesman for the bank dismissed the report as speculation.')).toBe(true);
  });

  it('GIVEN a firm that disputed the figures THEN the sentence is contested', () => {
    expect(contestedIn('The company disputed the figures, saying its emissions had fallen.')).toBe(true);
  });

  it('GIVEN a claim that has been challenged THEN the sentence is contested', () => {
    expect(contestedIn('This account, however, has been challenged by local officials.')).toBe(true);
  });

  it('GIVEN a denial whose clause opens with a noun THEN the sentence is contested', () => {
    expect(contestedIn('The home secretary denied police officers had been told to stand down.')).toBe(true);
  });

  it('GIVEN analysts "questioning whether" a forecast holds THEN the sentence is contested', () => {
    expect(contestedIn('Insurance analysts are now questioning whether the broker can keep its record of earnings growth.')).toBe(true);
  });

  it('GIVEN a chance "to question whether" a law was needed THEN a call to ask is no dispute', () => {
    expect(contestedIn('The opposition leader said it was a chance to question whether the new powers were needed.')).toBe(false);
  });

  it('GIVEN "questioning" as a noun before "if" THEN no claim is disputed', () => {
    expect(contestedIn('The judge said officers should only use more intrusive questioning if there was a specific reason.')).toBe(false);
  });

  it('GIVEN someone who questioned how the plans would be paid for THEN the sentence is contested', () => {
    expect(contestedIn('The shadow chancellor questioned how the government would pay for its plans.')).toBe(true);
  });

  it('GIVEN "dismissed an attempt" THEN a rejected plan is not a contested claim', () => {
    expect(contestedIn('The board dismissed an attempt by shareholders to replace the chairman.')).toBe(false);
  });

  it('GIVEN "to solve disputes" THEN quarrels are not a contested claim', () => {
    expect(contestedIn('A new body will be set up to solve disputes between landlords and tenants.')).toBe(false);
  });

  it('GIVEN "contested races" THEN a fight for seats is not a contested claim', () => {
    expect(contestedIn('Labour won most of the hotly contested races in the north.')).toBe(false);
  });

  it('GIVEN "denied bail" THEN a refusal is not a contested claim', () => {
    expect(contestedIn('The former chief executive was denied bail by the court.')).toBe(false);
  });

  it('GIVEN voters rejected a plan THEN the sentence is not contested', () => {
    expect(contestedIn('Voters in the north-east rejected the plan for a regional assembly.')).toBe(false);
  });

  it('GIVEN someone questioned by police THEN the sentence is not contested', () => {
    expect(contestedIn('The driver was questioned by police for six hours.')).toBe(false);
  });

  it('GIVEN firms questioned on a topic in a survey THEN asking is not disputing', () => {
    expect(contestedIn('When retailers were questioned on their Christmas trade, most reported higher sales.')).toBe(false);
  });

  it('GIVEN people "questioned for a survey" with the "were" left out THEN asking is not disputing', () => {
    expect(contestedIn('Pensioners questioned for a survey have shown little trust in the new rules.')).toBe(false);
  });

  it('GIVEN figures "questioned by" economists THEN the sentence is contested', () => {
    expect(contestedIn('The jobless figures questioned by economists last week have been revised.')).toBe(true);
  });

  it('GIVEN figures questioned over their accuracy THEN the sentence is contested', () => {
    expect(contestedIn('The official figures were questioned over their accuracy by several economists.')).toBe(true);
  });

  it('GIVEN a policy "denying people choice" THEN a refusal is not a contested claim', () => {
    expect(contestedIn('The opposition said the reforms were denying people choice over their pensions.')).toBe(false);
  });

  it('GIVEN someone "failed to deny" claims THEN no one disputes them', () => {
    expect(contestedIn('The chancellor pointedly failed to deny claims of a rift with the prime minister.')).toBe(false);
  });

  it('GIVEN "had he denied the charge" THEN a supposed denial is not a contested claim', () => {
    expect(contestedIn('He pleaded guilty and was jailed for ten years; the sentence would have been longer had he denied the charge.')).toBe(false);
  });

  it('GIVEN someone "contesting" a seat THEN standing for election is not a contested claim', () => {
    expect(contestedIn('She entered the Commons in 1997, after first contesting the Bristol West seat in 1992.')).toBe(false);
  });

  it('GIVEN someone disputing an election result THEN the sentence is contested', () => {
    expect(contestedIn('The losing candidate disputed the election result and demanded a recount.')).toBe(true);
  });

  it('GIVEN a step someone "has yet to confirm will happen" THEN an undecided plan is not a contested claim', () => {
    expect(contestedIn('The former presenter said there was strong support for a new party, something he has yet to confirm will happen.')).toBe(false);
  });

  it('GIVEN a report the ministry "has yet to confirm" THEN the claim is contested', () => {
    expect(contestedIn('The ministry has yet to confirm the report of a second outbreak at the farm.')).toBe(true);
  });

  it('GIVEN someone "sceptical about" a policy THEN an opinion of the policy is not a contested claim', () => {
    expect(contestedIn('The transport secretary is far more sceptical about road pricing than his predecessor.')).toBe(false);
  });

  it('GIVEN "nobody is denying" a suggestion THEN a denial no one makes is not a contest', () => {
    expect(contestedIn('One official said that nobody is denying suggestions that the two unions could merge.')).toBe(false);
  });

  it('GIVEN pupils "denied adequate sporting opportunities" THEN a refusal is not a contested claim', () => {
    expect(contestedIn('The shadow minister said a million pupils were being denied adequate sporting opportunities.')).toBe(false);
  });

  it('GIVEN a poll "which questioned" a number of adults THEN asking is not disputing', () => {
    expect(contestedIn('The survey, which questioned 2,000 adults by telephone, found most opposed the tax.')).toBe(false);
  });

  it('GIVEN someone who "denied security services were involved" THEN a denial of a clause is contested', () => {
    expect(contestedIn('A former minister denied security services were involved in the break-in.')).toBe(true);
  });

  it('GIVEN a pollster "sceptical about how much difference" a vote could make THEN doubt of a claim is contested', () => {
    expect(contestedIn('One pollster is sceptical about how much difference tactical voting could make.')).toBe(true);
  });

  it('GIVEN laws passed "to deny criminal gangs the profits" of crime THEN a refusal is not a contested claim', () => {
    expect(contestedIn('The laws were passed to deny criminal gangs the profits of their crimes.')).toBe(false);
  });

  it('GIVEN fraud from "false claims on" existing accounts THEN fraudulent demands are not a contested claim', () => {
    expect(contestedIn('Almost 12% of the fraud came from false claims on existing credit cards.')).toBe(false);
  });

  it('GIVEN a minister who "made false claims about" his record THEN the claim is contested', () => {
    expect(contestedIn('The opposition said the minister made false claims about his record on crime.')).toBe(true);
  });

  it('GIVEN views that "could be dismissed as" wishful thinking THEN a dismissal that may happen is not a contest', () => {
    expect(contestedIn('There was a time when such hopes could be dismissed as wishful thinking.')).toBe(false);
  });

  it('GIVEN economists "sceptical of" the figures THEN the claim is contested', () => {
    expect(contestedIn('Several economists were sceptical of the official figures on job creation.')).toBe(true);
  });
});

describe('certainty of the terms of a deal', () => {
  it('GIVEN "would" setting out what holders receive under an agreement THEN it is a plan, probable rather than a guess', () => {
    const { level, cues } = analyseSentenceText('Under the agreement, shareholders would receive 120p in cash for each share.');
    expect(level).toBe('probable');
    expect(cues.map((cue) => cue.text)).toEqual(['would']);
  });

  it('GIVEN "would" after an "if" in a deal THEN it stays a condition’s outcome, only possible', () => {
    expect(analyseSentenceText('If regulators approve the merger, the bank would become the largest in Spain.').level).toBe('possible');
  });
});
