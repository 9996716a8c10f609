import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  led_a:
    'Exchange bid dropped\n\nAnton Falk has dropped the £1.2bn bid for the Dublin Stock Exchange. Mr Falk, chief executive of Nordhaven Bourse, said shareholders had been against the deal. The Dublin exchange said it would now talk to other suitors.',
  led_b:
    'Nordhaven ends pursuit of Dublin\n\nNordhaven Bourse has dropped its £1.2bn bid for the Dublin Stock Exchange. Shares in Nordhaven Bourse rose 4% in Frankfurt on the news. Analysts said the bid had never won over investors.',
  elsewhere_a: 'Brewer drops stake sale\n\nMarta Lind has dropped the plan to sell the 20% stake in Oskarbryggeri to Holm Capital. She said the price offered was too low.',
  elsewhere_b: 'Stake stays put\n\nVarde Brewing has dropped the plan to sell the 20% stake in Oskarbryggeri to Holm Capital. Shares in Varde Brewing fell 1% in Oslo.',
  elsewhere_c: "Brewers meet\n\nVarde Brewing chief executive Marta Lind will address the brewers' conference in Bergen next month.",
  former_a:
    'Carmaker plan scrapped\n\nPaolo Renzi has scrapped the plan to sell the Turin engine plant to Vantor. Mr Renzi, the former chief executive of Alvesca Motors, now runs a private equity fund.',
  former_b: 'Alvesca keeps Turin plant\n\nAlvesca Motors has scrapped the plan to sell the Turin engine plant to Vantor. Shares in Alvesca Motors rose 2% after the news.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a person and the body he leads', () => {
  it('GIVEN one article telling its chief executive dropped a bid and another telling the exchange dropped it THEN one actor: one claim', () => {
    expect(together(['led_a', 'Anton Falk has dropped'], ['led_b', 'Nordhaven Bourse has dropped'])).toBe(true);
  });

  it('GIVEN the person linked to the body she leads only by a third article THEN neither article says she acts for it: two claims', () => {
    expect(together(['elsewhere_a', 'Marta Lind has dropped'], ['elsewhere_b', 'Varde Brewing has dropped'])).toBe(false);
  });

  it("GIVEN a person described as the body's former chief executive THEN what he did is not the body's act: two claims", () => {
    expect(together(['former_a', 'Paolo Renzi has scrapped'], ['former_b', 'Alvesca Motors has scrapped'])).toBe(false);
  });
});
