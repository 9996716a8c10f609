import { describe, expect, it } from 'vitest';
import { analyseSentenceText } from '../../src/analysis/certainty.ts';

const levelOf = (text: string) => analyseSentenceText(text).level;
const hedgeWordsOf = (text: string) =>
  analyseSentenceText(text)
    .cues.filter((cue) => cue.kind === 'hedge' || cue.kind === 'conditional')
    .map((cue) => cue.text);

describe('a noun cue that is the object of a rejection, a deception or an answer', () => {
  it('GIVEN voters "will not be taken in by" a rival\'s claims THEN the speaker\'s own claim is certain', () => {
    expect(levelOf('"Voters will not be taken in by the Conservatives\' claims of £20bn in savings," the party leader said.')).toBe('certain');
  });

  it('GIVEN a deal that "laid to rest any suggestion" THEN the sentence asserts the deal did so', () => {
    expect(levelOf('The minister said the agreement laid to rest any suggestion the union was hostile to reform.')).toBe('certain');
  });

  it('GIVEN someone who "dismissed claims that" THEN the dismissal is no hedge', () => {
    expect(hedgeWordsOf('The chancellor dismissed claims that he had been sidelined by Downing Street.')).toEqual([]);
  });

  it('GIVEN someone who "responded to allegations that" THEN the response is no hedge', () => {
    expect(levelOf('The chairman responded to allegations that the board had misled shareholders.')).toBe('certain');
  });

  it('GIVEN a rejection of claims that something "would" happen THEN the cue inside the rejected claim hedges nothing', () => {
    expect(hedgeWordsOf('She also dismissed claims that the new tax would cost jobs.')).toEqual([]);
  });

  it('GIVEN "vowed to counter that accusation" THEN the act is no hedge', () => {
    expect(levelOf('She vowed to counter that accusation in court.')).toBe('certain');
  });

  it('GIVEN "claims and counter claims about this alleged feud" THEN "counter" is a noun and the feud stays alleged', () => {
    expect(levelOf('Staff were unsettled by the claims and counter claims about this alleged feud.')).toBe('possible');
  });

  it('GIVEN someone who "did not deny claims that" THEN the claim stays open and hedges', () => {
    expect(levelOf('The spokesman did not deny claims that the chief executive was about to resign.')).toBe('probable');
  });

  it('GIVEN "claims that" reported as news THEN the claim hedges', () => {
    expect(levelOf('There were claims that the chief executive was about to resign.')).toBe('probable');
  });
});

describe('a claim a verb of rejection rejects', () => {
  it('GIVEN someone who "denied" a clause with "would" THEN the cue is the rejected claim\'s and the denial is certain', () => {
    expect(levelOf('The minister denied the decision would send the wrong signal to investors.')).toBe('certain');
  });

  it('GIVEN "denied reports that" something "would" happen THEN the cue is the rejected claim\'s', () => {
    expect(levelOf('The actor denied reports that he would leave the show next year.')).toBe('certain');
  });

  it('GIVEN "denied accusing" someone of something THEN the act denied hedges nothing', () => {
    expect(levelOf('The MEP denied accusing the government of lying to voters.')).toBe('certain');
  });

  it('GIVEN "nobody is denying suggestions" that something "could" happen THEN no one rejects and the cue hedges', () => {
    expect(levelOf('"Nobody is denying suggestions that a sale could be agreed this year," one official said.')).toBe('possible');
  });

  it('GIVEN "rejected a rival offer that could" help THEN an offer is no claim and the cue still hedges', () => {
    expect(levelOf('The board rejected a rival offer that could save the plant.')).toBe('possible');
  });

  it('GIVEN "rejected by" an agent "and that" a clause with "should" THEN a passive rejects no clause and the cue still hedges', () => {
    expect(levelOf('The report said such excuses should be rejected by courts and that drunkenness should count against the offender.')).toBe('probable');
  });

  it('GIVEN "rejected the idea" and a second verb of the same subject THEN the cue after the second verb still hedges', () => {
    expect(hedgeWordsOf('The chairman rejected the idea that the founder was a threat and asked why he had failed to confirm rumours of a rival firm.')).toEqual(['rumours']);
  });
});

describe('conditionals of speech', () => {
  it('GIVEN "If you look at" something THEN the condition is on looking, not on the claim', () => {
    expect(levelOf('"If you look at the figures, the economy is growing strongly," the minister said.')).toBe('certain');
  });

  it('GIVEN "if you like" inside a sentence THEN it is a manner of speaking', () => {
    expect(levelOf('"It is, if you like, a vote of confidence."')).toBe('certain');
  });
});

describe('a noun cue that is the subject of a judgement', () => {
  it('GIVEN "His claim that … is not a rogue claim" THEN the speaker judges the claim and is certain', () => {
    expect(levelOf('"Her claim that the party would cut services is not a rogue claim," the minister said.')).toBe('certain');
  });

  it('GIVEN a chancellor\'s "forecasts for" revenues that "were too optimistic" THEN the judgement is certain', () => {
    expect(levelOf("The institute said that the chancellor's forecasts for tax receipts were too optimistic.")).toBe('certain');
  });

  it('GIVEN "repeated his claim that" the figures "were wrong" THEN the content is the claim and hedges', () => {
    expect(levelOf('He repeated his claim that the official figures were wrong.')).toBe('probable');
  });

  it('GIVEN claims that something "was wrong" which "have resurfaced" THEN the claims are news and hedge', () => {
    expect(levelOf('Claims that the count was wrong have resurfaced.')).toBe('probable');
  });
});

describe('plans named as a noun', () => {
  it('GIVEN "Plans to" opening the sentence THEN the plans are the subject, no plan announced', () => {
    expect(levelOf('Plans to give councils new powers over licensing face their first vote in the Commons.')).toBe('certain');
  });

  it('GIVEN "to back ambitious Treasury plans to" THEN the noun is no plan announced', () => {
    expect(levelOf('Party members voted to back ambitious Treasury plans to tax second homes.')).toBe('certain');
  });

  it('GIVEN "Anyone planning to" move THEN the participle says who is meant, no plan announced', () => {
    expect(levelOf('Anyone planning to work in the country will need a permit, the minister has said.')).toBe('certain');
  });

  it('GIVEN "the firm is planning to" THEN the verb still announces a plan', () => {
    expect(levelOf('The firm is planning to close two factories in the Midlands.')).toBe('probable');
  });

  it('GIVEN "I don\'t intend to" THEN an intent denied is no plan', () => {
    expect(levelOf('"I haven\'t discussed it and I don\'t intend to."')).toBe('certain');
  });
});

describe('a cue inside a relative clause with a subject of its own', () => {
  it('GIVEN "three lenders it had accused of" wrongdoing THEN the accusation hedges only the clause', () => {
    expect(levelOf('The oil firm has dropped its lawsuit against three lenders it had accused of helping a rival.')).toBe('certain');
  });

  it('GIVEN "the state-owned firm that was expected to win" THEN a past expectation says which firm is meant', () => {
    expect(levelOf('The lender had refused to fund Rosneft, the state-owned firm that was expected to win the tender.')).toBe('certain');
  });

  it('GIVEN "a share sale that is expected to raise" money THEN the forecast is news of the issue and hedges', () => {
    expect(levelOf('Shareholders backed a share sale that is expected to raise £300m.')).toBe('probable');
  });

  it('GIVEN "a deal that is likely to" do something THEN the writer\'s own forecast hedges', () => {
    expect(levelOf('The bank is weighing a deal that is likely to involve job cuts.')).toBe('probable');
  });

  it('GIVEN "the regulator which claims" something THEN one body\'s claim is news the sentence carries and hedges', () => {
    expect(levelOf('The licence was withdrawn by the regulator which claims the operator owes £2m in fees.')).toBe('probable');
  });

  it('GIVEN "people who claim to" have been hurt THEN the clause says which people are meant', () => {
    expect(levelOf('The drug maker faces lawsuits from people who claim to have been harmed by the pill.')).toBe('certain');
  });

  it('GIVEN the firm itself "has accused" a rival of something THEN the accusation hedges', () => {
    expect(levelOf('The airline has accused its rival of dumping seats below cost.')).toBe('possible');
  });
});

describe("an interviewer's question at the head of the sentence", () => {
  it('GIVEN "Asked how he would deal with claims that …," THEN the cues are the question\'s and the answer is certain', () => {
    expect(levelOf('Asked how he would deal with claims that he had lost the trust of his party, the minister replied: "Our record speaks for itself."')).toBe('certain');
  });

  it('GIVEN "Asked if he would …" with no comma before "he told" THEN the cues are still the question\'s', () => {
    expect(hedgeWordsOf('Asked if he would welcome their votes he told the BBC: "I want nobody to vote for them."')).toEqual([]);
  });

  it('GIVEN "a duty to offer hope to" THEN "hope" is a noun and no intent', () => {
    expect(hedgeWordsOf('"We have a duty to offer hope to the millions who suffer," he said.')).toEqual([]);
  });

  it('GIVEN "Asked whether …," and an answer with "might" THEN the answer\'s own cue still hedges', () => {
    expect(hedgeWordsOf('Asked whether he would stand again, the MP said: "I might."')).toEqual(['might']);
  });
});

describe('modals of rhetoric, ability, obligation and duty', () => {
  it('GIVEN "isn\'t it now clear which tax it would be?" THEN the rhetorical question asserts', () => {
    expect(levelOf('"Everyone knows taxes will rise: isn\'t it now clear which one it would be?"')).toBe('certain');
  });

  it('GIVEN "would" in a plain question THEN it still hedges', () => {
    expect(levelOf('"Which tax would it be?" he asked.')).toBe('possible');
  });

  it('GIVEN a survey finding that "Nearly all pupils could name" someone THEN the ability measured is a fact', () => {
    expect(levelOf('Nearly all pupils could name the prime minister, but fewer than one in five knew who the chancellor was.')).toBe('certain');
  });

  it('GIVEN "could identify" with no count of people THEN a possibility still hedges', () => {
    expect(levelOf('Police said the new cameras could identify drivers who jump red lights.')).toBe('possible');
  });

  it('GIVEN voters who "must have registered by" a deadline THEN a duty is no hedge', () => {
    expect(levelOf('Voters must have registered by 5pm on Friday to take part in the ballot.')).toBe('certain');
  });

  it('GIVEN drivers who "must have a licence" THEN a thing to hold is no hedge', () => {
    expect(levelOf('Drivers must have a licence to carry passengers for hire.')).toBe('certain');
  });

  it('GIVEN someone who "must have known" THEN an inference hedges', () => {
    expect(levelOf('The chairman must have known about the losses.')).toBe('possible');
  });

  it('GIVEN "so that people don\'t think I am" something THEN the speaker asserts their own state', () => {
    expect(levelOf('She said she kept the title "so that people don\'t think I am retired".')).toBe('certain');
  });

  it('GIVEN "I don\'t think the plan will work" THEN a belief still hedges', () => {
    expect(levelOf('"I don\'t think the plan will work," he said.')).toBe('probable');
  });

  it('GIVEN "I shouldn\'t have said" something THEN a regret is no hedge', () => {
    expect(levelOf('"I shouldn\'t have said that on air," he admitted.')).toBe('certain');
  });

  it('GIVEN "I should have owned up sooner" THEN a duty judged after the fact is no hedge', () => {
    expect(levelOf('"I was wrong and I should have owned up sooner."')).toBe('certain');
  });

  it('GIVEN "inspectors should have checked" every lorry THEN a duty judged after the fact is no hedge', () => {
    expect(levelOf('The report said inspectors should have checked every lorry.')).toBe('certain');
  });

  it('GIVEN "it should have arrived" THEN a thing expected still hedges', () => {
    expect(levelOf('The order was sent on Monday, so it should have arrived.')).toBe('probable');
  });

  it('GIVEN "he should have been clearing his desk by now" THEN something still expected hedges', () => {
    expect(levelOf('"He should have been clearing his desk by now."')).toBe('probable');
  });

  it('GIVEN "should help" a forecast THEN it still hedges', () => {
    expect(levelOf('The rate cut should help exporters later this year.')).toBe('probable');
  });
});

describe('cue words in senses of money, time and relief', () => {
  it('GIVEN "the damages claimed" THEN money demanded is no claim reported', () => {
    expect(levelOf('The damages claimed last year were the highest on record.')).toBe('certain');
  });

  it('GIVEN "as quickly as humanly possible" THEN a degree is no possibility', () => {
    expect(levelOf('The work was done as quickly as humanly possible.')).toBe('certain');
  });

  it('GIVEN "until death" THEN an end that comes to all is a time, no condition', () => {
    expect(levelOf('The scheme pays a pension until death.')).toBe('certain');
  });

  it('GIVEN something that "should allay suspicion" THEN the suspicion is the object and only "should" hedges', () => {
    expect(hedgeWordsOf('The minister said the audit should allay suspicion of corruption.')).toEqual(['should']);
  });
});
