import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * One event told by one article as done and by another, written before it, as scheduled: the two tell one story, and
 * `/compare` must show that they put it at different stages, never as agreement.
 */
const library = libraryOf({
  auction_done: 'Unit sold at auction\n\nThe Garrow unit was auctioned by state authorities to help pay off a $6.5bn back-tax bill. Bidding lasted ten minutes.',
  auction_due: 'Auction date set\n\nState authorities are due to auction off the Garrow unit on 19 December to pay a huge tax bill sent to Harlow Oil. The firm calls the sale illegal.',
  squad_set: 'Coach to name squad\n\nTour coach Sir Alan Reddy is set to announce his squad for the June tour of New Zealand next month.',
  squad_will: 'Squad news next month\n\nTour coach Sir Alan Reddy will announce his squad for the June tour of New Zealand next month, his office said.',
  port_cause: 'Port delays go on\n\nDelays at the Brannock container port are due to the strike by dock workers, the port authority said.',
  port_caused: 'Port delays blamed on walkout\n\nDelays at the Brannock container port were caused by the strike by dock workers, shippers said.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const stagesOf = (...picks: [string, string][]) => discrepanciesOf(library, claimOf(...picks)).find((discrepancy) => discrepancy.about === 'hedges and tenses');

describe('discrepancies: an event told as done and as due', () => {
  it('GIVEN an auction told as held (“was auctioned”) and as scheduled (“are due to auction off … on 19 December”) THEN the difference shows each telling’s words', () => {
    const stages = stagesOf(['auction_done', 'was auctioned'], ['auction_due', 'are due to']);
    expect(stages?.variants.map((variant) => variant.text)).toEqual([expect.stringContaining('was auctioned'), expect.stringContaining('are due to auction')]);
  });

  it('GIVEN one announcement told as scheduled (“is set to announce”) and as to come (“will announce”) THEN they do not differ in stage', () => {
    expect(stagesOf(['squad_set', 'is set to'], ['squad_will', 'will announce'])).toBeUndefined();
  });

  it('GIVEN “are due to” before a noun (“are due to the strike”, a cause) THEN it schedules nothing and the tellings do not differ in stage', () => {
    expect(stagesOf(['port_cause', 'are due to'], ['port_caused', 'were caused'])).toBeUndefined();
  });
});
