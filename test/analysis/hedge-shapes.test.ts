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

  it('GIVEN someone "accused of" an offence THEN the accusation hedges', () => {
    expect(levelOf('The former chief executive is accused of hiding losses from investors.')).toBe('possible');
  });
});
