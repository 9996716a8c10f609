import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Growth figures of unrelated things, given as the same small percentage with the same everyday
 * verb: business pages say "grew 1.4% in the quarter" of an economy and of a retailer in one week.
 * The other articles make "grew" and "quarter" words many sentences use, as they are in a real library.
 */
const library = libraryOf({
  economy_norland: 'Growth slows\n\nThe economy grew 1.4% in the last quarter, the statistics office said. Economists had expected a stronger figure.',
  retail_harbour: 'Harbour Group lifts sales\n\nSales at the Harbour Group department stores grew 1.4% in the quarter, helped by online orders. Its shares rose.',
  port_a: 'Port traffic rises\n\nContainer traffic through Kesh harbour grew 3.1% in the quarter. The port grew faster than its rivals over the quarter.',
  port_b: 'Airline adds routes\n\nPassenger numbers grew 8% in the quarter as the airline grew its network. Fuel costs grew too in the quarter.',
  farm: 'Farm incomes up\n\nFarm incomes grew 5% in the quarter, as the dairy herd grew. Milk prices grew slowly over the quarter.',
  shipyard_a: 'Shipyard orders recover\n\nOrders for Norland’s shipbuilders grew 2.7% in March, the shipbuilding federation said. New tankers led the rise.',
  shipyard_b: 'Tanker demand lifts yards\n\nShipbuilding orders grew 2.7% in March as tanker demand picked up. Yards in the north hired more welders.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a share given alike', () => {
  it('GIVEN the same small percentage of two unrelated things with one everyday verb (“grew 1.4%”) THEN they are not one claim', () => {
    expect(together(['economy_norland', 'The economy grew 1.4%'], ['retail_harbour', 'stores grew 1.4%'])).toBe(false);
  });

  it('GIVEN one percentage told by two articles beside a rare word of the claim (“shipbuilding … 2.7%”) THEN they carry one claim', () => {
    expect(together(['shipyard_a', 'shipbuilders grew 2.7%'], ['shipyard_b', 'Shipbuilding orders grew'])).toBe(true);
  });
});
