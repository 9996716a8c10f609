import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a verb of speech inverted with its comma left out', () => {
  it('GIVEN "… that teach as they entertain said Mr Pike." THEN the titled name that ends the sentence speaks', () => {
    const certainty = certaintyOf('There are already games in the shops, such as Rome and Empire Builder, that teach as they entertain said Mr Pike.');
    expect(certainty.attributedTo).toEqual(['Pike']);
  });

  it('GIVEN "… said Karen Doyle, an analyst with research firm Ovum." THEN the name before the apposition speaks', () => {
    const certainty = certaintyOf('Tracking traffic will matter more to networks if they are to keep their heaviest users said Karen Doyle, an analyst with research firm Ovum.');
    expect(certainty.attributedTo).toEqual(['Karen Doyle']);
  });

  it('GIVEN "… thinks Tom Reid, editor of Web User." THEN the verb of opinion inverted names its holder', () => {
    const certainty = certaintyOf('Most shoppers will soon buy their music online but the shops are not finished yet thinks Tom Reid, editor of Web User.');
    expect(certainty.attributedTo).toEqual(['Tom Reid']);
  });

  it('GIVEN "… too says BT." THEN a body named alone after the verb speaks', () => {
    const certainty = certaintyOf('The service could also carry local news and pet cams, too says BT.');
    expect(certainty.attributedTo).toEqual(['BT']);
  });

  it('GIVEN "Staff at the firm said Mr Pike, its founder, had been unfair" THEN a name going on past a second comma is what was said, not who said it', () => {
    const certainty = certaintyOf('Staff at the firm said Mr Pike, its founder, had been unfair to them.');
    expect(certainty.attributedTo).toEqual(['Staff at the firm']);
  });
});

describe('a forecast in the past, made by people the sentence counts', () => {
  it('GIVEN "Analysts expected a figure closer to £40m." THEN the analysts are its vague source', () => {
    const certainty = certaintyOf('Analysts expected a figure closer to £40m.');
    expect([certainty.sourcing, certainty.attributedTo]).toEqual(['vague', ['Analysts']]);
  });

  it('GIVEN "Economists had expected the index to rise" THEN a forecast in the past perfect is theirs', () => {
    expect(certaintyOf('Economists had expected the index to rise to 55 in March.').attributedTo).toEqual(['Economists']);
  });

  it('GIVEN "Many expected this to be her year" THEN the many who expected it are its vague source', () => {
    expect(certaintyOf('Many expected this to be her year, but she lost again.').sourcing).toBe('vague');
  });

  it('GIVEN "Sales expected to rise" THEN a bare `expected` after no people is a passive, with no source', () => {
    expect(certaintyOf('Sales expected to rise as the firm cuts prices.').sourcing).toBe('none');
  });

  it('GIVEN "more than the £100m analysts had expected" THEN an expectation measured against is no source', () => {
    expect(certaintyOf('The sale raised more than the £100m analysts had expected.').sourcing).toBe('none');
  });
});
