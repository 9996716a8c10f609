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
      { about: 'a figure (the other articles give none)', kind: 'detail', variants: [{ text: '$9.35bn', articleIds: ['a-article'] }] },
      { about: 'a date (the other articles give none)', kind: 'detail', variants: [{ text: '19 December', articleIds: ['a-article'] }] },
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
});
