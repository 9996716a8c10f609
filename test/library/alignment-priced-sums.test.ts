import { describe, expect, it } from 'vitest';
import { explainPairs } from '../../src/library/alignment.ts';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

// Other stories give 14bn often, in conversions ("$27bn (£14bn)"), and write "euros" and the scale word "m" in more
// sentences than a word that anchors a claim may be used by, as a library of business news does.
const conversions = Array.from({ length: 12 }, (_, i) => `Claim ${i + 1} in the case was put at $27bn (£14bn) by lawyers.`).join(' ');
const prices = Array.from({ length: 110 }, (_, i) => `Lot ${i + 1} of the wine sale went for ${100 + i}m euros.`).join(' ');
const library = libraryOf({
  tax_case: `Tax case drags on\n\n${conversions}`,
  wine_sale: `Wine sale\n\n${prices}`,
  dairy_a: 'Dairy group emerges from crisis\n\nThe firm gained protection from creditors last year after revealing debts of 14bn euros ($18bn; £9.6bn). It has since sold its drinks arm.',
  dairy_b: 'Dairy group sues its banks\n\nThe firm collapsed last year with debts of about 14bn euros ($19bn; £10bn), and its new boss has taken legal action against several lenders.',
  fleet_aid: 'Aid for fishing fleet\n\nThe government is to hand its struggling fishing fleet 70m euros ($91m) in aid to help it through the winter.',
  biotech_float: 'Biotech firm to float\n\nA biotech firm whose main product comes from frog skin is looking to raise more than 70m euros ($91m; £49m) on the stock market.',
});
const explain = explainPairs(library.articles);

describe('claim identity: a sum with its currency written out', () => {
  it('GIVEN two sentences on "the firm", naming no one, that give its "debts of 14bn euros", a figure many conversions give THEN the claim test reads one claim by the figure', () => {
    expect(explain(sentenceOf(library, 'dairy_a', 'debts of 14bn euros'), sentenceOf(library, 'dairy_b', 'debts of about 14bn euros'))?.reason).toBe('figure');
  });

  it('GIVEN "70m euros ($91m)" in aid to a fishing fleet and "70m euros ($91m; £49m)" a biotech firm seeks to raise THEN no claim: the sum and its conversions alike say nothing of what it is for', () => {
    expect(explain(sentenceOf(library, 'fleet_aid', '70m euros'), sentenceOf(library, 'biotech_float', '70m euros'))?.reason).toBeNull();
  });
});
