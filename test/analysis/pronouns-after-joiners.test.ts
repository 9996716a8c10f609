import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an "it" or "they" opening a clause joined to the main one is the main clause\'s subject', () => {
  it('GIVEN a think-tank that spoke before THEN "The government has ruled out …, because it says …" is the government\'s', () => {
    const certainty = certaintyOf(
      'The government has ruled out raising the state pension age, because it says the change would hurt manual workers.',
      'The Pensions Institute said life expectancy had been understated.',
    );
    expect(certainty.attributedTo).toEqual(['The government']);
  });

  it('GIVEN the government spoke before THEN "Business leaders had opposed the plan as they said …" is the business leaders\'', () => {
    const certainty = certaintyOf('Business leaders had opposed the plan as they said it would be too costly to run.', 'The government said the new rules would start in April.');
    expect(certainty.attributedTo).toEqual(['Business leaders']);
  });

  it('GIVEN a party named before THEN "The campaigners unveiled a poster before they announced …" is the campaigners\'', () => {
    const certainty = certaintyOf('The campaigners unveiled a huge poster in the city centre before they announced their plans for the election.', 'Labour said it would fight every seat.');
    expect(certainty.attributedTo).not.toContain('Labour');
  });

  it('GIVEN magazines named in the sentence THEN "Jo Sparks attacked the magazines after they reported …" is not the singer\'s', () => {
    const certainty = certaintyOf('Pop star Jo Sparks has attacked "false" US tabloid magazines, questioning their honesty after they reported she was pregnant.');
    expect(certainty.attributedTo.filter((name) => name.includes('Sparks'))).toEqual([]);
  });

  it('GIVEN the firm is named two sentences on THEN "The company gave no details but it said …" does not keep "The company" as a speaker', () => {
    const certainty = certaintyOf(
      'By 2010, it expects to double its sales in India.',
      [
        "South Korea's Hyundai Motor has announced a second plant in India.",
        "The company didn't give details of its investment but it said the new plant would make 150,000 cars a year.",
        'Hyundai expects its sales in India to grow 16% in 2005.',
      ].join(' '),
    );
    expect(certainty.attributedTo).toEqual(['Hyundai']);
  });
});

describe('"the firm" after a business whose name was read as a person\'s', () => {
  it('GIVEN "Tesco said it would …" THEN "The firm said …" is Tesco\'s, as "It said …" is', () => {
    const certainty = certaintyOf('The firm said the new store would open in May.', 'Tesco said it would build a new store in Leeds.');
    expect(certainty.attributedTo).toEqual(['Tesco']);
  });

  it('GIVEN a person named Sasha Hale who spoke THEN "The company said …" is not theirs', () => {
    const certainty = certaintyOf('The company said the new store would open in May.', 'Sasha Hale said the store would be built in Leeds.');
    expect(certainty.attributedTo).not.toContain('Sasha Hale');
  });
});

describe('"the company" after a business that spoke, its name read as a person\'s', () => {
  it('GIVEN "Microsoft has said it will replace the cables for its Xbox consoles" THEN "The company said …" is Microsoft\'s, not the product\'s', () => {
    const certainty = certaintyOf(
      'The company said the move was a "preventative step" after reports of fire hazards.',
      'Microsoft has said it will replace more than 14 million power cables for its Xbox consoles.',
      'Xbox power cable fire fear',
    );
    expect(certainty.attributedTo).toEqual(['Microsoft']);
  });

  it('GIVEN Turkcell spoke, then was only mentioned beside another firm THEN "The company has said …" is not Turkcell\'s', () => {
    const certainty = certaintyOf(
      'The company has said it would accept a minority stake.',
      'Turkcell said the vote increased the risks. If Turkcell does pull out, MTN - the South African firm which lost the tender - may be back in the running.',
    );
    expect(certainty.attributedTo).toEqual(['MTN']);
  });

  it('GIVEN Sony, IBM and Toshiba named before THEN "the Cell consortium expects …" is not one of its members', () => {
    const certainty = certaintyOf(
      'In servers, the Cell consortium expects the chip to handle 16 trillion calculations every second.',
      'Sony said the Cell chip, made with IBM and Toshiba, would power its next console.',
    );
    expect(certainty.attributedTo).toEqual(['the Cell consortium']);
  });
});
