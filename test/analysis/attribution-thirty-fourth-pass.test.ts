import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a body whose name lists the fields it deals with, joined by commas and "and"', () => {
  it('GIVEN "according to the Ministry of Economy, Trade and Industry (METI), …" THEN the whole ministry is the source', () => {
    const certainty = certaintyOf('According to the Ministry of Economy, Trade and Industry (METI), the fall was led by weaker demand for car parts.');
    expect(certainty.attributedTo).toEqual(['Ministry of Economy, Trade and Industry']);
  });

  it('GIVEN "A spokesman for the Department for Culture, Media and Sport said …" THEN the spokesman for the whole department speaks', () => {
    const certainty = certaintyOf('A spokesman for the Department for Culture, Media and Sport said there were no plans to sell the channel.');
    expect(certainty.attributedTo).toEqual(['A spokesman for the Department for Culture, Media and Sport']);
  });

  it('GIVEN "A Department for Media, Culture and Sport spokeswoman said: …" THEN the spokeswoman of the whole department speaks', () => {
    const certainty = certaintyOf('A Department for Media, Culture and Sport spokeswoman said: "We are working with the embassy to sort this out."');
    expect(certainty.attributedTo).toEqual(['A Department for Media, Culture and Sport spokeswoman']);
  });

  it('GIVEN "The State Administration of Radio, Film and Television, which …, plans to …" THEN the whole administration is the source', () => {
    const certainty = certaintyOf('The State Administration of Radio, Film and Television, which regulates broadcasting, plans to move all channels to digital by 2015.');
    expect(certainty.attributedTo).toEqual(['State Administration of Radio, Film and Television']);
  });

  it('GIVEN "The Culture, Media and Sport Committee said …" THEN the whole committee is the source', () => {
    const certainty = certaintyOf('The Culture, Media and Sport Committee said the licence fee should stay until 2016.');
    expect(certainty.attributedTo).toEqual(['Culture, Media and Sport Committee']);
  });

  it('GIVEN firms listed with commas, "Paramount, Universal and Warner Brothers said …" THEN they are not read as one body', () => {
    const certainty = certaintyOf('Last month, Paramount, Universal and Warner Brothers said they were backing the rival format.');
    expect(certainty.attributedTo).not.toContain('Paramount, Universal and Warner Brothers');
  });
});

describe('a forecast in the past progressive', () => {
  it('GIVEN "Economists had been forecasting a rise …" THEN the economists are its vague source', () => {
    const certainty = certaintyOf('Economists had been forecasting a 0.3% rise in retail sales for the month.');
    expect(certainty.attributedTo).toEqual(['Economists']);
  });

  it('GIVEN "She was predicting a drop …" after a named executive THEN the forecast is hers', () => {
    const certainty = certaintyOf('She was predicting a drop in viewers for the older shows next season.', 'The network will cut two shows, programming chief Ann Lowe said.');
    expect(certainty.attributedTo).toEqual(['Ann Lowe']);
  });
});

describe('two makers of the documents that speak, after "from"', () => {
  it('GIVEN "surveys from Nationwide and Halifax have indicated …" THEN both lenders are its sources', () => {
    const certainty = certaintyOf('The latest surveys from Nationwide and Halifax have indicated that house prices are still rising.');
    expect(certainty.attributedTo).toEqual(['Nationwide', 'Halifax']);
  });
});

describe('a part of a period, written as a fraction after an ordinal', () => {
  it('GIVEN "The first quarter showed growth of 5.1%, and analysts had been forecasting …" THEN the quarter is no source', () => {
    const certainty = certaintyOf('The first quarter showed growth of 5.1%, with the second showing 0.8%, and analysts had been forecasting as much as 1.5% this time.');
    expect(certainty.attributedTo).toEqual(['analysts']);
  });

  it('GIVEN "However, a weaker-than-expected fourth quarter points to slower growth" THEN no one is its source', () => {
    const certainty = certaintyOf('However, a weaker-than-expected fourth quarter points to slower growth for the export-driven economy this year.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "the final quarter told us a whole lot more about this side" THEN no one is its source', () => {
    const certainty = certaintyOf('The first half was scrappy, but the final quarter told us a whole lot more about this young side.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "In the fourth quarter alone Ford reported …" THEN Ford alone is the source', () => {
    const certainty = certaintyOf('In the fourth quarter alone Ford reported net income of $104m, against a loss a year earlier.');
    expect(certainty.attributedTo).toEqual(['Ford']);
  });
});
