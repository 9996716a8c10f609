import { describe, expect, it } from 'vitest';
import { explainPairs } from '../../src/library/alignment.ts';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

// Other stories give 14bn often, in conversions ("($27bn; £14bn)"), and write "debts" and "euros" often, as a library of
// business news does: the bare figure is too common to anchor a claim, and "debts of … euros" is no rare phrase.
const conversions = Array.from({ length: 12 }, (_, i) => `Debts in claim ${i + 1} were put at ${20 + i}bn euros ($27bn; £14bn) by lawyers.`).join(' ');
const library = libraryOf({
  tax_case: `Tax case drags on\n\n${conversions}`,
  dairy_a: 'Dairy group emerges from crisis\n\nThe firm gained protection from creditors last year after revealing debts of 14bn euros ($18bn; £9.6bn). It has since sold its drinks arm.',
  dairy_b: 'Dairy group sues its banks\n\nThe firm collapsed last year with debts of about 14bn euros ($19bn; £10bn), and its new boss has taken legal action against several lenders.',
});
const explain = explainPairs(library.articles);

describe('claim identity: a sum with its currency written out', () => {
  it('GIVEN two sentences on "the firm", naming no one, that give its "debts of 14bn euros", a figure many conversions give THEN the claim test reads one claim by the figure', () => {
    expect(explain(sentenceOf(library, 'dairy_a', 'debts of 14bn euros'), sentenceOf(library, 'dairy_b', 'debts of about 14bn euros'))?.reason).toBe('figure');
  });
});
