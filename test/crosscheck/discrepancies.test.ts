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
});
