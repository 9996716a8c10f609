import { describe, expect, it } from 'vitest';
import { claimOfSentences, type Claim } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import type { Sentence } from '../../src/model/article.ts';
import { seedLibrary } from '../support/seeds.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

const library = await seedLibrary();

function sentence(articleId: string, index: number, text: string): Sentence {
  return { id: `${articleId}#${index}`, articleId, index, paragraph: 1, start: 0, end: text.length, text };
}

describe('discrepanciesOf', () => {
  it('GIVEN figures told differently, in sentences not in article order, one wording told twice THEN it pins each figure and date, whole and like with like, in the order first met', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article', 'c-article', 'd-article'],
      terms: ['troop', 'cross', 'march'],
      sentences: [
        sentence('c-article', 0, 'Officials said 5,000 troops and 300 tanks crossed on 4 March.'),
        sentence('a-article', 3, 'About 6,000 troops and 300 tanks crossed on 5 March, officials said.'),
        sentence('d-article', 1, 'Some 5,000 soldiers and 250 tanks crossed on 4 March.'),
        sentence('b-article', 2, 'About 6,000 troops and 300 tanks crossed on 5 March, officials said.'),
      ],
    };
    const figures = discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.about === 'figures' || discrepancy.about === 'dates');
    expect(figures).toEqual([
      {
        about: 'figures',
        kind: 'figure',
        variants: [
          { text: '5,000 troops', articleIds: ['c-article'] },
          { text: '6,000 troops', articleIds: ['a-article', 'b-article'] },
        ],
      },
      {
        about: 'dates',
        kind: 'date',
        variants: [
          { text: '4 March', articleIds: ['c-article', 'd-article'] },
          { text: '5 March', articleIds: ['a-article', 'b-article'] },
        ],
      },
      {
        about: 'figures',
        kind: 'figure',
        variants: [
          { text: '300 tanks', articleIds: ['c-article', 'a-article', 'b-article'] },
          { text: '250 tanks', articleIds: ['d-article'] },
        ],
      },
    ]);
  });

  it('GIVEN two wordings that differ only in “says”/“said” and “adds” THEN there is no difference to show', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article'],
      terms: ['plant', 'close', 'june'],
      sentences: [
        sentence('a-article', 0, 'The firm says the plant will close in June, and adds that 200 jobs will go.'),
        sentence('b-article', 0, 'The firm said the plant will close in June, adding that 200 jobs will go.'),
      ],
    };
    expect(discrepanciesOf(library, claim)).toEqual([]);
  });

  it('GIVEN one sale priced at $9.37bn in one article and $9.3bn in another THEN the figures differ, each shown whole', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article'],
      terms: ['baikal', 'paid', 'unit'],
      sentences: [sentence('a-article', 0, 'Baikal paid $9.37bn (£4.8bn) for the unit.'), sentence('b-article', 0, 'Baikal paid $9.3bn for the unit.')],
    };
    expect(discrepanciesOf(library, claim)).toEqual([
      {
        about: 'figures',
        kind: 'figure',
        variants: [
          { text: '$9.37bn', articleIds: ['a-article'] },
          { text: '$9.3bn', articleIds: ['b-article'] },
        ],
      },
    ]);
  });

  it('GIVEN one article credits a ministry with “said” and another with “according to … figures” THEN the two credit one source and no attribution difference is shown', () => {
    const credited = libraryOf({
      exports_a: 'Exports climb\n\nThe Trade Ministry said exporters shipped goods worth 4.1bn euros in March.',
      exports_b: 'Exports up\n\nAccording to Trade Ministry figures, exporters shipped goods worth 4.1bn euros in March.',
    });
    const claim = claimOfSentences([sentenceOf(credited, 'exports_a', 'exporters shipped'), sentenceOf(credited, 'exports_b', 'exporters shipped')]);
    expect(discrepanciesOf(credited, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN one article names the agency it relays and another only says “are said to” after citing that agency THEN the attribution is shown in the words of the article that names it', () => {
    const relayed = libraryOf({
      border_a:
        'Engineers sent to border\n\nThe Tass agency, citing the defence ministry, reported that 400 army engineers had reached the border town. Some 120 of the engineers are said to specialise in bridge repairs.',
      border_b: 'Border repairs\n\nThe Tass agency, citing the defence ministry, claims that 120 army engineers will specialise in bridge repairs near the border town.',
      border_c: 'Repairs begin\n\nAbout 120 army engineers will specialise in bridge repairs near the border town.',
    });
    const claim = claimOfSentences([sentenceOf(relayed, 'border_a', 'are said to'), sentenceOf(relayed, 'border_b', 'claims that'), sentenceOf(relayed, 'border_c', 'About 120')]);
    const attribution = discrepanciesOf(relayed, claim).filter((discrepancy) => discrepancy.kind === 'attribution');
    expect(attribution.flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text))).not.toContain('are said to');
  });

  it('GIVEN two articles that word the attribution alike (“They pledged”), whoever each “they” is taken for THEN no attribution difference is shown', () => {
    const pledged = libraryOf({
      fares_a: 'Greens promise cheaper trains\n\nGreen Party activists held a rally in Brighton on Monday. They pledged to cut rail fares by a third within five years.',
      fares_b: 'Rail fares pledge\n\nLabour activists held a rally in Leeds on Monday. They pledged to cut rail fares by a third within five years.',
    });
    const claim = claimOfSentences([sentenceOf(pledged, 'fares_a', 'pledged'), sentenceOf(pledged, 'fares_b', 'pledged')]);
    expect(discrepanciesOf(pledged, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN a claim told in the framing before “X said:” and a quotation THEN the speaker credits the quotation, and no attribution difference is shown', () => {
    const framed = libraryOf({
      port_a: "Minister visits port\n\nThe decision came on Ms Okafor's first day as transport minister following Mr Lind's resignation. Dockers met on Tuesday.",
      port_b:
        'Port strike ends\n\nSpeaking at the docks on her first day as transport minister following Mr Lind\'s resignation, Ms Okafor said: "We will settle this dispute before the winter." Shipping resumed on Wednesday.',
    });
    const claim = claimOfSentences([sentenceOf(framed, 'port_a', 'first day'), sentenceOf(framed, 'port_b', 'first day')]);
    expect(discrepanciesOf(framed, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN one article counts jobs “in January” and another “last month”, neither dated THEN the two figures are not compared', () => {
    const undated = libraryOf({
      jobs_a: 'Hiring slows\n\nAccording to Labour Office figures, firms added 146,000 jobs in January.',
      jobs_b: 'Hiring steady\n\nAccording to Labour Office figures, firms added 157,000 jobs last month.',
    });
    const claim = claimOfSentences([sentenceOf(undated, 'jobs_a', 'firms added'), sentenceOf(undated, 'jobs_b', 'firms added')]);
    expect(discrepanciesOf(undated, claim).filter((discrepancy) => discrepancy.kind === 'figure')).toEqual([]);
  });

  it('GIVEN “last month” in an article dated in February and “in January” in another THEN the two January figures differ', () => {
    const dated = libraryOf({
      jobs_a: 'Hiring slows\nDate: 4 February 2005\n\nFirms added 146,000 jobs in January, the Labour Office said.',
      jobs_b: 'Hiring steady\nDate: 5 February 2005\n\nFirms added 157,000 jobs last month, the Labour Office said.',
    });
    const claim = claimOfSentences([sentenceOf(dated, 'jobs_a', 'Firms added'), sentenceOf(dated, 'jobs_b', 'Firms added')]);
    expect(discrepanciesOf(dated, claim).filter((discrepancy) => discrepancy.kind === 'figure')).toEqual([
      {
        about: 'figures',
        kind: 'figure',
        variants: [
          { text: '146,000 jobs', articleIds: ['jobs_a'] },
          { text: '157,000 jobs', articleIds: ['jobs_b'] },
        ],
      },
    ]);
  });

  it('GIVEN “on Saturday” in an article dated Monday 20 December 2004 and “19 December” in another THEN the days differ, each shown as written', () => {
    const dated = libraryOf({
      auction_a: 'Unit sold\nDate: 20 December 2004\n\nThe oil unit was sold at an auction in Moscow on Saturday.',
      auction_b: 'Unit sold\nDate: 21 December 2004\n\nThe oil unit was sold at an auction in Moscow on 19 December.',
    });
    const claim = claimOfSentences([sentenceOf(dated, 'auction_a', 'auction'), sentenceOf(dated, 'auction_b', 'auction')]);
    expect(discrepanciesOf(dated, claim).filter((discrepancy) => discrepancy.kind === 'date')).toEqual([
      {
        about: 'dates',
        kind: 'date',
        variants: [
          { text: 'on Saturday', articleIds: ['auction_a'] },
          { text: '19 December', articleIds: ['auction_b'] },
        ],
      },
    ]);
  });

  it('GIVEN a source whose words are joined on after the claim (“and many analysts say that …”) THEN it does not credit the claim, and no attribution difference is shown', () => {
    const joined = libraryOf({
      levy_a: 'Miner fined\n\nThe miner was hit with a bill of more than $4bn in back taxes and fines.',
      levy_b: 'Miner fined\n\nThe miner was hit with more than $4bn in back taxes and fines and many analysts now say that its sale is only a matter of time.',
    });
    const claim = claimOfSentences([sentenceOf(joined, 'levy_a', 'back taxes'), sentenceOf(joined, 'levy_b', 'back taxes')]);
    expect(discrepanciesOf(joined, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN a source that speaks only in an aside set off by a dash after the claim (“- far below the $2bn the ministry says it is owed”) THEN it does not credit the claim, and no attribution difference is shown', () => {
    const aside = libraryOf({
      mill_a: 'Steel mill sold\n\nVarnak paid 41.6bn roubles ($1.4bn) for the Ostrog mill - far below the $2bn the ministry says the mill owes in taxes.',
      mill_b: 'Mill buyer named\n\nVarnak Holding Group won the auction, agreeing to pay 41.6bn roubles ($1.4bn) for the Ostrog mill.',
    });
    const claim = claimOfSentences([sentenceOf(aside, 'mill_a', '41.6bn'), sentenceOf(aside, 'mill_b', '41.6bn')]);
    expect(discrepanciesOf(aside, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN a claim one article tells in a clause opened by “when”, after a main clause naming other people THEN those people are no detail the other article leaves out', () => {
    const told = libraryOf({
      lords_a: 'Veteran joins Lords\n\nLord Harwood - who led the Liberal party from 1987 until 1995 - has been named chairman of the new ethics panel.',
      lords_b: 'Panel chief named\n\nBoth Mr Tanner and Mr Olsen rose to prominence when Lord Harwood led the Liberal party between 1987 and 1995.',
    });
    const claim = claimOfSentences([sentenceOf(told, 'lords_a', 'Harwood'), sentenceOf(told, 'lords_b', 'Harwood')]);
    expect(discrepanciesOf(told, claim).filter((discrepancy) => discrepancy.about.startsWith('a name'))).toEqual([]);
  });

  it('GIVEN one article says the soldiers “will specialize” and another that they “were reportedly trained” THEN the difference shows those words, not the sentences', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article'],
      terms: ['soldier', 'demin', 'oper'],
      sentences: [
        sentence('a-article', 0, 'Another 800 soldiers will specialize in demining operations near the border.'),
        sentence('b-article', 0, 'Another 800 soldiers were reportedly trained in demining operations near the border.'),
      ],
    };
    expect(discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'certainty')).toEqual([
      {
        about: 'hedges and tenses',
        kind: 'certainty',
        variants: [
          { text: 'will specialize in demining', articleIds: ['a-article'] },
          { text: 'were reportedly trained in demining', articleIds: ['b-article'] },
        ],
      },
    ]);
  });

  it('GIVEN one article gives the sale’s price and day and another gives neither THEN each is a detail only that article gives, whole, not a contradiction', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article'],
      terms: ['baikal', 'bought', 'unit'],
      sentences: [sentence('a-article', 0, 'Baikal bought the unit for $9.35bn on 19 December.'), sentence('b-article', 0, 'Baikal bought the unit at the auction.')],
    };
    expect(discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'detail')).toEqual([
      { about: 'a figure (b-article gives none)', kind: 'detail', variants: [{ text: '$9.35bn', articleIds: ['a-article'] }] },
      { about: 'a date (b-article gives none)', kind: 'detail', variants: [{ text: '19 December', articleIds: ['a-article'] }] },
    ]);
  });

  it('GIVEN one count told by two nouns (“1,000 soldiers”, “1,000 demining specialists”) THEN neither is a detail the other leaves out', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article'],
      terms: ['demin'],
      sentences: [sentence('a-article', 0, 'Another 1,000 soldiers will work on demining.'), sentence('b-article', 0, 'The force includes 1,000 demining specialists.')],
    };
    expect(discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'detail')).toEqual([]);
  });

  it('GIVEN one article credits the head of a shareholders’ group and another says the group itself threatened the same action THEN they name one source, and no attribution difference is shown', () => {
    const group = libraryOf({
      field_a: 'Oil field sold\n\nMeanwhile, Anna Berg, head of the main shareholders’ group Norvik, said that legal action would be taken against the buyers of the Tarsk field.',
      field_b: 'Field buyers warned\n\nNorvik, the main shareholders’ group, has also threatened legal action against the buyers of the Tarsk field.',
    });
    const claim = claimOfSentences([sentenceOf(group, 'field_a', 'legal action'), sentenceOf(group, 'field_b', 'legal action')]);
    expect(discrepanciesOf(group, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN one article credits a bank with “said” and another names the bank as the agent of a passive (“rejected by Harbour Bank”) THEN they name one source, and no attribution difference is shown', () => {
    const agent = libraryOf({
      offer_a: 'Bid turned down\n\nHarbour Bank said it had rejected the £900m offer from Castell Group in March.',
      offer_b: 'Castell returns\n\nCastell Group offered £900m in March, which was rejected by Harbour Bank.',
    });
    const claim = claimOfSentences([sentenceOf(agent, 'offer_a', '£900m'), sentenceOf(agent, 'offer_b', '£900m')]);
    expect(discrepanciesOf(agent, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN one article gives the reason for a rejection in a clause after it (“…, saying it undervalued the business”) and another gives none THEN the reason is a detail, and no attribution difference is shown', () => {
    const reason = libraryOf({
      bourse_a: 'Exchange bid\n\nThe exchange rejected Castell Group’s £900m offer in March, saying it undervalued the business.',
      bourse_b: 'Exchange talks\n\nCastell Group previously offered £900m for the exchange in March, which was rejected.',
    });
    const claim = claimOfSentences([sentenceOf(reason, 'bourse_a', '£900m'), sentenceOf(reason, 'bourse_b', '£900m')]);
    expect(discrepanciesOf(reason, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN a rejection with its reason after “claiming that” in one article and none in another THEN no attribution difference is shown', () => {
    const reason = libraryOf({
      bourse_a: 'Exchange bid\n\nLast week, the exchange rejected a £900m takeover offer from Castell Group, claiming that it undervalued the business.',
      bourse_b: 'Exchange talks\n\nCastell Group previously offered £900m for the exchange in March, which was rejected.',
    });
    const claim = claimOfSentences([sentenceOf(reason, 'bourse_a', '£900m'), sentenceOf(reason, 'bourse_b', '£900m')]);
    expect(discrepanciesOf(reason, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN two articles that name one source in different words and a third that names none THEN each variant lists only the articles that word it so', () => {
    const worded = libraryOf({
      jobs_a: 'Bank cuts jobs\n\nHarbour Bank said it had cut 300 jobs at its call centres in Leeds.',
      jobs_b: 'Call centre cuts\n\nHarbour Bank announced it had cut 300 jobs at its call centres in Leeds.',
      jobs_c: 'Leeds jobs go\n\nSome 300 jobs have been cut at the Leeds call centres of the lender.',
    });
    const sentences = [sentenceOf(worded, 'jobs_a', '300 jobs'), sentenceOf(worded, 'jobs_b', '300 jobs'), sentenceOf(worded, 'jobs_c', '300 jobs')];
    const variants = discrepanciesOf(worded, claimOfSentences(sentences))
      .filter((discrepancy) => discrepancy.kind === 'attribution')
      .flatMap((discrepancy) => discrepancy.variants);
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) for (const id of variant.articleIds) expect(sentences.find((one) => one.articleId === id)?.text).toContain(variant.text);
  });

  it('GIVEN one article says a chief “held talks” and another that he “is reported to have already held” them THEN the difference is in certainty, shown once, not again as an attribution', () => {
    const reported = libraryOf({
      talks_a: 'Exchange talks\n\nRival chief Tom Hale held talks with Harbour Bank boss Clara Venn the day after Castell Group put forward its own bid.',
      talks_b: 'Bid battle\n\nRival chief executive Tom Hale is reported to have already held private talks with Harbour Bank’s chief executive Clara Venn.',
    });
    const claim = claimOfSentences([sentenceOf(reported, 'talks_a', 'held talks'), sentenceOf(reported, 'talks_b', 'held private talks')]);
    const found = discrepanciesOf(reported, claim);
    expect(found.find((discrepancy) => discrepancy.kind === 'certainty')?.variants.map((variant) => variant.text)).toEqual(['Hale held talks', 'is reported to have already held private']);
    expect(found.filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN one person glossed “Harbour Bank boss” in one article and “chief executive” in another THEN the two name one post, and no difference in how she is described is shown', () => {
    const titled = libraryOf({
      talks_a: 'Exchange talks\n\nRival chief Tom Hale held talks with Harbour Bank boss Clara Venn the day after Castell Group put forward its own bid.',
      talks_b: 'Bid battle\n\nRival chief executive Tom Hale is reported to have already held private talks with Harbour Bank’s chief executive Clara Venn.',
    });
    const claim = claimOfSentences([sentenceOf(titled, 'talks_a', 'held talks'), sentenceOf(titled, 'talks_b', 'held private talks')]);
    expect(discrepanciesOf(titled, claim).filter((discrepancy) => discrepancy.kind === 'description')).toEqual([]);
  });

  it('GIVEN one person glossed “chief economist” in one article and “chief executive” in another THEN the posts differ, and the difference in how she is described is shown', () => {
    const posts = libraryOf({
      rates_a: 'Rates held\n\nHarbour Bank chief economist Clara Venn said interest rates would stay at 4.5% until the spring.',
      rates_b: 'Rates steady\n\nHarbour Bank chief executive Clara Venn said interest rates would stay at 4.5% until the spring.',
    });
    const claim = claimOfSentences([sentenceOf(posts, 'rates_a', 'interest rates'), sentenceOf(posts, 'rates_b', 'interest rates')]);
    expect(discrepanciesOf(posts, claim).filter((discrepancy) => discrepancy.kind === 'description')).toHaveLength(1);
  });

  it('GIVEN one article puts a service as “will not be available” and another as “was not immediately available” THEN the plain telling is shown with its negation', () => {
    const claim: Claim = {
      id: -1,
      articleIds: ['a-article', 'b-article'],
      terms: ['fibr', 'servic', 'avail'],
      sentences: [
        sentence('a-article', 0, 'The new fibre service will not be available immediately in rural areas.'),
        sentence('b-article', 0, 'The new fibre service was not immediately available in rural areas.'),
      ],
    };
    const texts = discrepanciesOf(library, claim)
      .filter((discrepancy) => discrepancy.kind === 'certainty')
      .flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text));
    expect(texts).toContain('was not immediately available in rural');
  });

  it('GIVEN one article credits a firm and another “its chief”, in a sentence that names the firm THEN the reading cannot tell them apart, and no attribution difference is shown', () => {
    const chief = libraryOf({
      talks_a: 'Talks held\n\nCastell Group said it had held friendly talks with Harbour Bank about a merger.',
      talks_b: 'Merger talks\n\nCastell Group bosses have held friendly talks with Harbour Bank about a merger, its chief has said.',
    });
    const claim = claimOfSentences([sentenceOf(chief, 'talks_a', 'friendly talks'), sentenceOf(chief, 'talks_b', 'friendly talks')]);
    expect(discrepanciesOf(chief, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });

  it('GIVEN one article’s “he could not say” read as its source and another’s “he could not find” left unread THEN a missed reading is no difference, and no attribution difference is shown', () => {
    const unread = libraryOf({
      visa_a: 'Inquiry reports\n\nThe inquiry was led by Sir John Harte. But he could not say whether the minister had treated the gardener as a special case or as an example of delays.',
      visa_b:
        'Minister cleared\n\nThe report was published on Tuesday. But he could not find evidence to show whether the minister had treated the gardener as a special case or as an example of delays.',
    });
    const claim = claimOfSentences([sentenceOf(unread, 'visa_a', 'special case'), sentenceOf(unread, 'visa_b', 'special case')]);
    expect(discrepanciesOf(unread, claim).filter((discrepancy) => discrepancy.kind === 'attribution')).toEqual([]);
  });
});
