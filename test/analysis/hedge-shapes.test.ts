import { describe, expect, it } from 'vitest';
import { analyseSentenceText } from '../../src/analysis/certainty.ts';

const levelOf = (text: string) => analyseSentenceText(text).level;

describe('hedge words in noun phrases', () => {
  it('GIVEN "potential buyers" THEN a role is named and the talks are certain', () => {
    expect(levelOf('The group said it was in talks with potential buyers for its frozen food arm.')).toBe('certain');
  });

  it('GIVEN "potential" before an outcome THEN the outcome is only possible', () => {
    expect(levelOf('Investors fear the potential fallout from a price war among the big supermarkets.')).toBe('possible');
  });

  it('GIVEN "an estimated" before a figure THEN the figure is approximate and the claim certain', () => {
    expect(levelOf('An estimated 200,000 people marched through the capital on Saturday.')).toBe('certain');
  });

  it('GIVEN "estimated that" THEN an estimate is reported and the sentence is probable', () => {
    expect(levelOf('The union estimated that 200,000 people had marched.')).toBe('probable');
  });

  it('GIVEN insurance "claims" being processed THEN the claims are demands for money, no hedge', () => {
    expect(levelOf('Insurers have begun processing claims from the floods in the north of England.')).toBe('certain');
  });
});

describe('conditions that do not bear on the claim', () => {
  it('GIVEN "in case" THEN a precaution is asserted', () => {
    expect(levelOf('The airline has hired extra staff in case the strike spreads to other airports.')).toBe('certain');
  });

  it('GIVEN "if necessary" THEN readiness is asserted', () => {
    expect(levelOf('The central bank has set aside reserves to support the currency if necessary.')).toBe('certain');
  });

  it('GIVEN a real "if" clause THEN the sentence stays possible', () => {
    expect(levelOf('The plant will close if no buyer is found by March.')).toBe('possible');
  });
});

describe('legal acts are facts', () => {
  it('GIVEN someone "was charged with" an offence THEN the charge is a fact', () => {
    expect(levelOf('The former chief executive was charged with fraud on Tuesday.')).toBe('certain');
  });

  it('GIVEN a firm that "has accused" others with nothing alleged in the sentence THEN the act of accusing is a fact', () => {
    expect(levelOf('The oil company has also accused the state gas monopoly and two other firms.')).toBe('certain');
  });

  it('GIVEN "accused" a regime, a relative clause later, "of" an offence THEN the allegation hedges', () => {
    expect(levelOf('The president has accused the old regime, which was toppled by protesters last year, of letting bribery flourish.')).toBe('possible');
  });

  it('GIVEN someone "accused of" an offence THEN the accusation hedges', () => {
    expect(levelOf('The former chief executive is accused of hiding losses from investors.')).toBe('possible');
  });
});

describe('should of duty and should of forecast', () => {
  it('GIVEN "should resign" THEN a call is no hedge', () => {
    expect(levelOf('Opposition MPs said the minister should resign over the affair.')).toBe('certain');
  });

  it('GIVEN "should be up to" THEN a view of who decides is no hedge', () => {
    expect(levelOf('Head teachers said it should be up to schools to decide how to spend the money.')).toBe('certain');
  });

  it('GIVEN "should" inside a question of what to do THEN it is no hedge', () => {
    expect(levelOf('The report sets out how the money should be spent.')).toBe('certain');
  });

  it('GIVEN "should help" THEN the outcome is forecast and probable', () => {
    expect(levelOf('The bank said the sale should help it meet the new capital rules.')).toBe('probable');
  });
});

describe('beliefs compared and beliefs named', () => {
  it('GIVEN "smaller than previously thought" THEN the comparison asserts the outcome', () => {
    expect(levelOf('The oil firm told investors its reserves were 20% smaller than previously thought.')).toBe('certain');
  });

  it('GIVEN "rather than believe" THEN the belief is not compared and still hedges', () => {
    expect(levelOf('Voters seem to doubt the figures rather than believe them.')).toBe('probable');
  });

  it('GIVEN "much thought" THEN "thought" is a noun', () => {
    expect(levelOf('The board has given the offer much thought.')).toBe('certain');
  });

  it('GIVEN "think about" THEN deliberation is no belief', () => {
    expect(levelOf('Ministers will think about the findings over the summer.')).toBe('certain');
  });

  it('GIVEN "believes in" THEN a conviction is no guess about a fact', () => {
    expect(levelOf('The new chairman believes in free trade.')).toBe('certain');
  });

  it('GIVEN "ruled out the possibility" THEN the possibility is denied, not left open', () => {
    expect(levelOf('The chancellor ruled out the possibility of a tax rise.')).toBe('certain');
  });

  it('GIVEN "raised the possibility" THEN the sentence is only possible', () => {
    expect(levelOf('The chancellor raised the possibility of a tax rise.')).toBe('possible');
  });
});

describe('could of perception', () => {
  it('GIVEN "could hear" THEN what was heard is asserted', () => {
    expect(levelOf('Residents could hear gunfire from the hills overnight.')).toBe('certain');
  });

  it('GIVEN "could see" THEN a forecast stays possible', () => {
    expect(levelOf('Insurers could see claims of nearly $1bn from the storm.')).toBe('possible');
  });
});

describe('would of reported speech', () => {
  it('GIVEN prosecutors "determined" that cases would be dealt with THEN the commitment is a plan, probable rather than a guess', () => {
    expect(levelOf('Prosecutors were determined that such cases would be dealt with swiftly.')).toBe('probable');
  });

  it('GIVEN a forecast with "would" and the reporting clause after it THEN it is read as the same report as with the clause before', () => {
    expect(levelOf('US growth would reach 4.4% this year, the OECD said.')).toBe('probable');
    expect(levelOf('The OECD said US growth would reach 4.4% this year.')).toBe('probable');
  });

  it('GIVEN a "would" inside a direct quotation THEN it is the speaker\'s own hypothesis, possible', () => {
    expect(levelOf('"Without the grant the old mill would simply crumble," the council leader said.')).toBe('possible');
  });

  it('GIVEN "would not comment" THEN a refusal is no hedge', () => {
    expect(levelOf('The bank said it would not comment on the talks.')).toBe('certain');
  });

  it('GIVEN people who "wouldn\'t go public" THEN a refusal told of the past is no hedge', () => {
    expect(levelOf("I fell for someone who was married, and they wouldn't go public, and things soon went wrong.")).toBe('certain');
  });

  it('GIVEN a spokesman who "would not go into detail" THEN a refusal to say more is no hedge', () => {
    expect(levelOf('A spokesman for the insurer would not go into detail about the claims.')).toBe('certain');
  });

  it('GIVEN a leader who "would not commit to" a post for a rival THEN a refusal is no hedge', () => {
    expect(levelOf('He praised his chancellor, although he would not commit to any job for him after the election.')).toBe('certain');
  });

  it('GIVEN a deal that "would not go ahead" THEN a forecast stays about the future', () => {
    expect(levelOf('The bank said the merger would not go ahead without the regulator.')).toBe('probable');
  });
});

describe('possible before a role', () => {
  it('GIVEN "possible successors" THEN a role is named and the claim certain', () => {
    expect(levelOf('The board has drawn up a list of possible successors to the chief executive.')).toBe('certain');
  });
});

describe('would of refusal and of judgement', () => {
  it('GIVEN "would only say" THEN a refusal to say more is no hedge', () => {
    expect(levelOf('A Downing Street spokeswoman would only say that the date was a matter for the prime minister.')).toBe('certain');
  });

  it('GIVEN "it would be wrong to" THEN a judgement is no hypothesis', () => {
    expect(levelOf('It would be wrong to compare a review of public bodies with a purge.')).toBe('certain');
  });

  it('GIVEN "it would be able to" THEN a forecast stays possible', () => {
    expect(levelOf('With the new plant it would be able to double its output.')).toBe('possible');
  });
});

describe('said to and suspicion', () => {
  it('GIVEN "said to" after its speaker THEN "said" reports and "to" opens a purpose', () => {
    expect(levelOf('Mr Adriano said to cut rates the central bank must look beyond inflation.')).toBe('certain');
  });

  it('GIVEN "said to be" of a thing THEN the report hedges', () => {
    expect(levelOf('The painting, once said to be worth £5m, was sold for £200,000.')).toBe('probable');
  });

  it('GIVEN someone "arrested on suspicion of" an offence THEN the arrest is a fact', () => {
    expect(levelOf('Two men were arrested on suspicion of fraud on Tuesday.')).toBe('certain');
  });
});

describe('abilities and reconsiderations', () => {
  it('GIVEN "could barely" THEN past inability is asserted', () => {
    expect(levelOf('The youth worker could barely understand the slang at first.')).toBe('certain');
  });

  it('GIVEN "think again" THEN a call to reconsider is no belief', () => {
    expect(levelOf('Peers urged the government to think again about the identity cards bill.')).toBe('certain');
  });
});

describe('beliefs nobody holds', () => {
  it('GIVEN "no one is suggesting that" THEN the denied belief asserts, no hedge', () => {
    expect(levelOf('There is no one who is suggesting that the poorest countries will lose out.')).toBe('certain');
  });

  it('GIVEN "some are suggesting that" THEN the belief hedges', () => {
    expect(levelOf('Some economists are suggesting that the poorest countries will lose out.')).toBe('probable');
  });
});

describe('until of time and until of condition', () => {
  it('GIVEN "until" opening a clause in the past THEN it tells when, no hedge', () => {
    expect(levelOf('He ran the family firm until he retired in 2003.')).toBe('certain');
  });

  it('GIVEN "until" opening a clause still to come THEN the outcome waits on it, possible', () => {
    expect(levelOf('The union will not sign the deal until members have voted on it.')).toBe('possible');
  });
});

describe('expectations overtaken', () => {
  it('GIVEN "had been expected to ..., but" THEN the sentence asserts what happened instead', () => {
    expect(levelOf('The gas giant had been expected to win the auction, but it did not bid.')).toBe('certain');
  });

  it('GIVEN "is expected to" THEN the forecast stays probable', () => {
    expect(levelOf('The gas giant is expected to win the auction, but rivals may still bid.')).not.toBe('certain');
  });
});

describe('cue words in a sense that hedges nothing', () => {
  it('GIVEN someone "appeared alongside" another on television THEN being there is no hedge', () => {
    expect(levelOf('The minister has also appeared along side her husband on TV chat shows.')).toBe('certain');
  });

  it('GIVEN "appears to" THEN an appearance hedges', () => {
    expect(levelOf('The minister appears to have misled the committee.')).toBe('probable');
  });

  it('GIVEN "until" before a clause with a verb in the past THEN it tells when, no hedge', () => {
    expect(levelOf('The tycoon was little-known in Britain until he started to buy shares in the club in 2003.')).toBe('certain');
  });

  it('GIVEN "until" before a passive still to come THEN the outcome waits on it, possible', () => {
    expect(levelOf('The board will keep looking for other bidders until an offer is made.')).toBe('possible');
  });

  it('GIVEN "until" before a perfect after a main clause in the perfect THEN it tells how long, no hedge', () => {
    expect(levelOf('The council has ignored the residents until it has been shamed by the local paper into acting.')).toBe('certain');
  });

  it('GIVEN "until" before a perfect after a "have" of possession THEN the condition stands, possible', () => {
    expect(levelOf('Those who have power keep their rights until you have proven they broke the law.')).toBe('possible');
  });

  it('GIVEN "The expected deal" opening the sentence THEN the deal is still only expected, probable', () => {
    expect(levelOf('The expected deal comes as ministers prepare to meet union leaders.')).toBe('probable');
  });

  it('GIVEN "Whether or not ... I am not sure" THEN the question stays open', () => {
    expect(levelOf('Whether or not we will get a ban I am not sure.')).toBe('unknown');
  });

  it('GIVEN "in a widely-predicted move" THEN the move described happened and the sentence is certain', () => {
    expect(levelOf('The central bank has held interest rates at 4.5%, in a widely-predicted move.')).toBe('certain');
  });

  it('GIVEN "the expected course" of something THEN the participle describes a noun, no hedge', () => {
    expect(levelOf('Doctors explained to the family the expected course of the illness.')).toBe('certain');
  });

  it('GIVEN "was predicted" THEN a forecast is reported and the sentence is probable', () => {
    expect(levelOf('A rise in rates was widely predicted by City economists.')).toBe('probable');
  });

  it('GIVEN "the great potential of" something THEN a capacity is named, no hedge', () => {
    expect(levelOf('Ministers praised the great potential of gene research for medicine.')).toBe('certain');
  });

  it('GIVEN "pause for thought" THEN the noun is no belief', () => {
    expect(levelOf('The home secretary ignored calls for a pause for thought on identity cards.')).toBe('certain');
  });

  it('GIVEN "think for themselves" THEN thinking is no belief', () => {
    expect(levelOf('Teachers want pupils who are able to think for themselves.')).toBe('certain');
  });

  it('GIVEN a noun "forecasts" acted on THEN revising forecasts is a fact', () => {
    expect(levelOf('The Treasury has been re-casting its forecasts every few months since the spring.')).toBe('certain');
  });

  it('GIVEN "forecasts" with their content THEN the forecast hedges', () => {
    expect(levelOf('Its forecasts show growth slowing to 2% next year.')).toBe('probable');
  });

  it('GIVEN a trailing "the agency forecasts" THEN the verb reports a forecast, probable', () => {
    expect(levelOf('The world economy will slow next year, the agency forecasts, because of weak demand.')).toBe('probable');
  });

  it('GIVEN a participle after a possessive ("next year\'s expected election") THEN it describes the election, no hedge', () => {
    expect(levelOf("The party has opened offices in every seat ahead of next year's expected general election.")).toBe('certain');
  });

  it('GIVEN "plans to" as a noun after a party name THEN attacking the plans is a fact', () => {
    expect(levelOf('He attacked Tory plans to cut the number of civil servants.')).toBe('certain');
  });

  it('GIVEN "plans to" as a verb after a company name THEN the plan is probable', () => {
    expect(levelOf('Tesco plans to open 40 new stores next year.')).toBe('probable');
  });

  it('GIVEN "The UK plans to" THEN the verb still announces a plan', () => {
    expect(levelOf('The UK plans to send 600 more troops to the region.')).toBe('probable');
  });

  it('GIVEN "plans to" closing a noun phrase after a preposition THEN the noun is no plan announced', () => {
    expect(levelOf('The minister refused to give ground on his controversial asylum plans to speed up deportations.')).toBe('certain');
  });

  it('GIVEN "plans to" after a compound written with a hyphen THEN the noun is no plan announced', () => {
    expect(levelOf('Unions have attacked the cost-cutting plans to close 40 branches.')).toBe('certain');
  });

  it('GIVEN "no plans to" THEN a plan denied is no plan announced', () => {
    expect(levelOf('The bank said it had no plans to move its headquarters abroad.')).toBe('certain');
  });

  it('GIVEN "said the company plans to" THEN the verb still announces a plan', () => {
    expect(levelOf('A spokesman said the company plans to cut 300 jobs at the plant.')).toBe('probable');
  });

  it('GIVEN "the group plans to" opening the sentence THEN the verb still announces a plan', () => {
    expect(levelOf('In the spring the Anglo-Dutch group plans to sell its frozen food arm.')).toBe('probable');
  });

  it('GIVEN a rhetorical "can anyone be in any doubt" THEN the question asserts, no hedge', () => {
    expect(levelOf('But can anyone be in any doubt that the announcement is only days away?')).toBe('certain');
  });

  it('GIVEN "whether ... or" meaning regardless THEN the outcome is asserted either way', () => {
    expect(levelOf('The minister said that whether voters chose the Tories or the Liberal Democrats, the result would be the same.')).not.toBe('unknown');
  });

  it('GIVEN "whether" after a verb of knowing THEN the question stays open', () => {
    expect(levelOf('Nobody knows whether the talks will resume.')).toBe('unknown');
  });

  it('GIVEN "should be shouldered by" THEN a duty is no hedge', () => {
    expect(levelOf('The firm insisted the tax should be shouldered by the licence holder.')).toBe('certain');
  });

  it('GIVEN "these rumours" referred to again THEN the sentence is about the rumours, no hedge', () => {
    expect(levelOf('These rumours were fuelled by the timing of the press conference.')).toBe('certain');
  });

  it('GIVEN "The allegations, which he denies," named again THEN the sentence says something of them, no hedge', () => {
    expect(levelOf('The allegations, which he denies, are being looked into by a senior civil servant.')).toBe('certain');
  });

  it('GIVEN "the allegation was that" THEN the content is alleged and hedges', () => {
    expect(levelOf('The allegation was that the builder had paid officials to win the contract.')).toBe('possible');
  });

  it('GIVEN "the allegations that" THEN the content is alleged and hedges', () => {
    expect(levelOf('He faces the allegations that he lied to the committee.')).toBe('possible');
  });

  it('GIVEN "a legal presumption of" a right THEN a rule of law is no guess', () => {
    expect(levelOf('The bill contains a legal presumption of shared care for both parents.')).toBe('certain');
  });

  it('GIVEN "the presumption that" THEN a guess is named and hedges', () => {
    expect(levelOf('The ruling rested on the presumption that mothers are closer to their children.')).toBe('probable');
  });

  it('GIVEN a referendum question opening with "Should" THEN it asks what to do, no forecast', () => {
    expect(levelOf('Voters will be asked: "Should the country adopt the single currency?"')).toBe('certain');
  });

  it('GIVEN "rumours" reported anew THEN the claim is only possible', () => {
    expect(levelOf('There were rumours of a rift between the two men.')).toBe('possible');
  });

  it('GIVEN "confident" listed with other words of manner THEN it describes, no hedge', () => {
    expect(levelOf('He promised a campaign that is upbeat, confident and optimistic.')).toBe('certain');
  });

  it('GIVEN "confident" of an outcome THEN a belief hedges', () => {
    expect(levelOf('Party officials are confident of winning the seat.')).toBe('probable');
  });
});

describe('stock phrases around hedge words', () => {
  it('GIVEN "most, if not all" THEN an upper bound on a figure is no condition', () => {
    expect(levelOf('Most, if not all, of the big retailers reported higher sales over Christmas.')).toBe('certain');
  });

  it('GIVEN "couldn\'t seem to" THEN an inability is reported, no appearance', () => {
    expect(levelOf("The contestant said he just couldn't seem to find the words.")).toBe('certain');
  });

  it('GIVEN "potential trading partners" THEN a role is named and the talks are certain', () => {
    expect(levelOf('New members must open negotiations with potential trading partners.')).toBe('certain');
  });

  it('GIVEN "should not bide their time" THEN a call is no hedge', () => {
    expect(levelOf('The regulator should not bide its time, the consumer group said.')).toBe('certain');
  });

  it('GIVEN a figure "more than the £1.4bn expected" THEN the comparison asserts the outcome', () => {
    expect(levelOf('Consumer credit rose by £1.5bn in December, more than the £1.4bn expected.')).toBe('certain');
  });
});

describe('a likelihood changed or given', () => {
  it('GIVEN something that "heightens the likelihood of" an outcome THEN the effect is asserted', () => {
    expect(levelOf('Poverty heightens the likelihood of conflict.')).toBe('certain');
  });

  it('GIVEN a measured rate "six times more likely to" THEN the statistic is asserted', () => {
    expect(levelOf('Pupils from private schools are six times more likely to go to university, the survey found.')).toBe('certain');
  });

  it('GIVEN "more likely to" with no measure THEN a forecast hedges', () => {
    expect(levelOf('The Tories are more likely to win the seat than Labour.')).toBe('probable');
  });

  it('GIVEN "in all likelihood" THEN the claim is only probable', () => {
    expect(levelOf('The plant will in all likelihood close next year.')).toBe('probable');
  });
});

describe('cues whose subject is someone the sentence only describes', () => {
  it('GIVEN a belief in a clause that says which groups are meant THEN the main claim is certain', () => {
    expect(levelOf('The bishop said he had refused to share a platform with groups which believed women should not be priests.')).toBe('certain');
  });

  it('GIVEN "who think" defining the voters meant THEN the main claim is certain', () => {
    expect(levelOf('The party is losing votes to people who think immigration is too high.')).toBe('certain');
  });

  it('GIVEN a belief in a clause set off by commas THEN the belief is news and hedges', () => {
    expect(levelOf('Detectives, who believe the fire was started deliberately, have appealed for witnesses.')).toBe('probable');
  });

  it('GIVEN "seems" in a clause describing a thing THEN the writer doubts the description, probable', () => {
    expect(levelOf('Exports drove a recovery that seems stronger than the one in France.')).toBe('probable');
  });

  it('GIVEN "rumours" that are only what a row was about THEN the row is asserted', () => {
    expect(levelOf('The programme showed a row between the two leaders about rumours that the party treasurer was about to quit.')).toBe('certain');
  });

  it('GIVEN a resignation "over allegations" THEN the resignation is asserted', () => {
    expect(levelOf('The councillor resigned last week over allegations he had misused expenses.')).toBe('certain');
  });

  it('GIVEN shares moving "on rumours" of a bid THEN the bid is only rumoured', () => {
    expect(levelOf('Shares in the brewer rose 6% on rumours of a bid from a US rival.')).toBe('possible');
  });

  it('GIVEN "amid rumours that" THEN the rumour is news and hedges', () => {
    expect(levelOf('The chief executive cancelled his trip amid rumours that he was about to be replaced.')).toBe('possible');
  });
});

describe('questions and quotations within quotations', () => {
  it('GIVEN an opportunity "to question whether" something was needed THEN asking hedges nothing', () => {
    expect(levelOf("The opposition leader said the minister's departure was a chance to question whether the new powers were needed.")).toBe('certain');
  });

  it('GIVEN "whether" after a verb of knowing THEN the claim is still left open', () => {
    expect(levelOf('It is not known whether the factory will reopen after the fire.')).toBe('unknown');
  });

  it('GIVEN a rhetorical "Wouldn\'t this be …?" in a quotation THEN the question asserts, no hedge', () => {
    expect(levelOf('"Wouldn\'t this be the right moment for a new chairman to make a fresh start?" she asked.')).toBe('certain');
  });

  it('GIVEN a rhetorical "Would it not be …?" THEN the question asserts, no hedge', () => {
    expect(levelOf('He asked: "Would it not be wiser to wait for the inquiry to report?"')).toBe('certain');
  });

  it('GIVEN a question "Would this be …?" with no negation THEN the modal still hedges', () => {
    expect(levelOf('"Would this be a good time to sell the shares?" one investor asked.')).toBe('possible');
  });

  it('GIVEN "Do you think …?" THEN a belief asked about is no belief held', () => {
    expect(levelOf('"Do you really think the voters are fooled by this?" she asked.')).toBe('certain');
  });

  it('GIVEN a belief stated before a question tacked on THEN the belief still hedges', () => {
    expect(levelOf('Economists believe rates will rise again, but by how much?')).toBe('probable');
  });

  it("GIVEN a hedge inside a quotation quoted by another speaker THEN it is the inner speaker's and hedges nothing the sentence claims", () => {
    expect(levelOf('"It was no surprise the chairman told him: \'Nothing you could say would ever change my mind.\'"')).toBe('certain');
  });

  it("GIVEN a hedge in a plain quotation THEN it is the speaker's own and hedges", () => {
    expect(levelOf('"We could lose the contract next year," the chairman said.')).toBe('possible');
  });

  it('GIVEN an apostrophe after a plural inside a quotation THEN no inner quotation opens and the hedge holds', () => {
    expect(levelOf('"The workers\' pension fund could run dry within ten years," he said.')).toBe('possible');
  });
});

describe('feelings that hold a belief', () => {
  it('GIVEN "feel" before a clause with "that" left out THEN a belief is held, probable', () => {
    expect(levelOf('Many farmers feel they have been abandoned by the government.')).toBe('probable');
  });

  it('GIVEN "felt" before a thing THEN something was sensed, no hedge', () => {
    expect(levelOf('High street shops felt the pinch as shoppers stayed at home.')).toBe('certain');
  });

  it('GIVEN a feeling someone wants others "to feel" THEN no belief is held, no hedge', () => {
    expect(levelOf('The minister wants new citizens to feel they belong in their towns.')).toBe('certain');
  });
});

describe('forecasts an outcome is measured against', () => {
  it('GIVEN an index "missing forecasts of" a figure THEN the outcome is asserted', () => {
    expect(levelOf('Despite missing forecasts of 53.7, the index stayed above 50 for the ninth month.')).toBe('certain');
  });

  it('GIVEN profits that "beat analysts\' forecasts" THEN the outcome is asserted', () => {
    expect(levelOf("Quarterly profits beat analysts' forecasts by a wide margin.")).toBe('certain');
  });

  it('GIVEN growth "in line with forecasts" THEN the outcome is asserted', () => {
    expect(levelOf('The economy grew by 0.6% in the third quarter, in line with forecasts.')).toBe('certain');
  });

  it('GIVEN a forecast made THEN it still hedges', () => {
    expect(levelOf('The bank forecasts growth of 2.5% next year.')).toBe('probable');
  });
});

describe('an effect on how likely something is', () => {
  it('GIVEN something "has increased the potential for" an outcome THEN the effect is asserted', () => {
    expect(levelOf('The inquiry found that online betting has increased the potential for match fixing.')).toBe('certain');
  });

  it('GIVEN a check that "reduces the possibility of" an error THEN the effect is asserted', () => {
    expect(levelOf('The new scanner reduces the possibility of human error at the border.')).toBe('certain');
  });

  it('GIVEN "the possibility of" an outcome raised as news THEN it stays possible', () => {
    expect(levelOf('Ministers have raised the possibility of a ban on smoking in pubs.')).toBe('possible');
  });
});

describe('forecasts revised or outdone', () => {
  it('GIVEN a firm that "cut its ... forecast by" a share THEN the revision is asserted', () => {
    expect(levelOf('The airline cut its full-year passenger forecast by 3%.')).toBe('certain');
  });

  it('GIVEN a forecast cut "for" something to a figure THEN the new forecast still hedges', () => {
    expect(levelOf('The IMF cut its growth forecast for Germany to 0.8%.')).toBe('probable');
  });

  it('GIVEN "twice the amount expected" THEN the outcome is compared with the forecast and asserted', () => {
    expect(levelOf('Employers added 300,000 jobs last month, twice the amount expected.')).toBe('certain');
  });

  it('GIVEN analysts "who had expected" something, surprised THEN the expectation says who is meant', () => {
    expect(levelOf('The decision surprised analysts who had expected a unanimous vote.')).toBe('certain');
  });
});

describe('stock uses of said and expected', () => {
  it('GIVEN "what he has said to me" THEN a perfect is active speech, no hedge', () => {
    expect(levelOf('"He has always meant what he has said to me," the chairman said.')).toBe('certain');
  });

  it('GIVEN "is said to be" THEN the report hedges', () => {
    expect(levelOf('The painting is said to be worth £5m.')).toBe('probable');
  });

  it('GIVEN "that\'s to be expected" THEN the outcome is judged unsurprising, no forecast', () => {
    expect(levelOf('"Sales have slowed, but that\'s to be expected," said one analyst.')).toBe('certain');
  });

  it('GIVEN countries "trimming their growth forecasts" THEN the revision is asserted', () => {
    expect(levelOf('Countries across the region are trimming their growth forecasts.')).toBe('certain');
  });
});

describe('a plan named with "a" or "an"', () => {
  it('GIVEN "launched an ambitious plan to" THEN the noun is no plan announced by the sentence', () => {
    expect(levelOf('In 2003 the carmaker launched an ambitious plan to double its sales in Europe.')).toBe('certain');
  });

  it('GIVEN "another 11% plan to" THEN the verb still announces a plan', () => {
    expect(levelOf('About 30% of the firms polled have moved jobs abroad and another 11% plan to do so.')).toBe('probable');
  });
});
