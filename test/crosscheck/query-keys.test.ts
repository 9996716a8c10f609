import { describe, expect, it } from 'vitest';
import { carriesInOtherWords, figuresInAll, keepsMarkedFigures, readQueryKeys, rolesOf } from '../../src/crosscheck/query-keys.ts';

describe('readQueryKeys', () => {
  it('GIVEN a query with a sum and a name THEN it reads the sum as money and the name as written', () => {
    const keys = readQueryKeys('Harlow Oil $4.2bn tax bill');
    expect(keys.figures.map((figure) => [figure.kind, figure.unit, figure.value])).toEqual([['money', 'usd', 4.2e9]]);
    expect(keys.figureTexts).toEqual(['$4.2bn']);
    expect(keys.names).toEqual(['Harlow', 'Oil']);
  });

  it('GIVEN a possessive in the query THEN the name is read without it', () => {
    expect(readQueryKeys('Russia’s support').names).toEqual(['Russia']);
  });
});

describe('keepsMarkedFigures', () => {
  const may5 = readQueryKeys('election on 5 May');

  it('GIVEN a query date THEN a sentence giving that date keeps it', () => {
    expect(keepsMarkedFigures('The election is widely expected on 5 May.', may5)).toBe(true);
  });

  it('GIVEN a query date THEN a sentence with a count of years does not keep it', () => {
    expect(keepsMarkedFigures('Ministers promised to cut waiting lists within five years of the election, which may come soon.', may5)).toBe(false);
  });

  it('GIVEN a query date THEN a sentence with a share does not keep it', () => {
    expect(keepsMarkedFigures('Some 5% of voters may stay at home at the election.', may5)).toBe(false);
  });

  it('GIVEN a query count THEN a sentence with the count in words is not dropped, since the search reads number words', () => {
    expect(keepsMarkedFigures('Five thousand troops crossed the border.', readQueryKeys('5000 troops'))).toBe(true);
  });
});

describe('carriesInOtherWords', () => {
  it('GIVEN a query sum THEN a sentence giving the same sum carries it and one giving another sum does not', () => {
    const { figures } = readQueryKeys('$4.2bn tax bill');
    expect(carriesInOtherWords('Judges upheld a $4.2bn tax claim against the firm.', figures, [])).toBe(true);
    expect(carriesInOtherWords('The firm sold its drilling unit for $1.1bn.', figures, [])).toBe(false);
  });

  it('GIVEN a name found as the one acting THEN a sentence naming it only after a preposition does not carry it', () => {
    const names = [{ forms: ['Harlow'], roles: rolesOf('Harlow lost its appeal on Tuesday.', 'Harlow') }];
    expect(carriesInOtherWords('Judges ruled against Harlow on Tuesday.', [], names)).toBe(false);
    expect(carriesInOtherWords('Harlow’s appeal failed on Tuesday.', [], names)).toBe(true);
  });

  it('GIVEN a query with neither figure nor name THEN nothing is admitted in other words', () => {
    expect(carriesInOtherWords('Oil prices hit a new high.', [], [])).toBe(false);
  });
});

describe('figuresInAll', () => {
  it('GIVEN two sentences that both give a tax bill and one a price THEN only the bill is common to them', () => {
    const { figureTexts } = figuresInAll(['The unit was sold for $1.1bn to help pay a $4.2bn tax bill.', 'The firm faces a $4.2bn tax bill.']);
    expect(figureTexts).toEqual(['$4.2bn']);
  });
});
