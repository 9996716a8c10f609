import { describe, expect, it } from 'vitest';
import { explainPairs } from '../../src/library/alignment.ts';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

// Other stories give each figure alone many times, as business news gives "$27bn" and "£14bn" in many conversions and
// tellings: neither anchors a claim by itself.
const dollars = Array.from({ length: 110 }, (_, i) => `Filing ${i + 1} in the case put the bill at $9bn, lawyers said.`).join(' ');
const pounds = Array.from({ length: 110 }, (_, i) => `Fund ${i + 1} of the scheme now holds £5bn of assets.`).join(' ');
const library = libraryOf({
  tax_filings: `Tax case drags on\n\n${dollars}`,
  pension_funds: `Pension funds grow\n\n${pounds}`,
  norneft_a:
    'Oil unit sale forced\n\nProsecutors are forcing the sale of the group’s Siberian unit to help pay a $9bn (£5bn) tax bill, which they say is owed by Norneft. The auction is set for next month.',
  norneft_b:
    'Norneft unit on the block\n\nThe government put the Siberian unit of Norneft up for sale last week after hitting the company with a $9bn (£5bn) bill for back taxes and fines. Its shares fell 8%.',
  bourse_a: 'Bidder told to explain\n\nIt said the bidder had to show why its planned £1.35bn ($2.5bn) bid was good for its own shareholders.',
  bourse_b: 'Fund attacks offer\n\nA fund that owns 5% of the bidder’s shares has complained that the £1.35bn ($2.5bn) offer for the exchange is too high.',
});
const explain = explainPairs(library.articles);

describe('claim identity: a sum and its conversion given alike', () => {
  it('GIVEN a sale forced to pay "a $9bn (£5bn) tax bill" told in other words, each figure common alone THEN the claim test reads one claim by the two figures', () => {
    expect(explain(sentenceOf(library, 'norneft_a', 'forcing the sale'), sentenceOf(library, 'norneft_b', 'up for sale'))?.reason).toBe('figure');
  });

  it('GIVEN "the £1.35bn ($2.5bn) offer" named as a thing known, and something else said of it THEN its conversion anchors nothing, as its sum does not', () => {
    expect(explain(sentenceOf(library, 'bourse_a', 'had to show'), sentenceOf(library, 'bourse_b', 'too high'))?.reason).toBeNull();
  });
});
