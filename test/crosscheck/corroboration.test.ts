import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/crosscheck/cross-check.ts';
import { corroborate, MOST_WEIGHED_ARTICLES } from '../../src/crosscheck/corroboration.ts';
import { libraryOf, sentenceOf } from './library-of.ts';
import { must } from '../support/must.ts';
import { claimOfSentences } from '../../src/library/alignment.ts';

const SMELTER =
  'Rivet to shut Carrow smelter\n\nRivet Mining will close its Carrow smelter in March with the loss of 400 jobs, the company said on Thursday. The smelter has made a loss for three years. Local councillors said they would ask the government to help.';
const library = libraryOf({
  smelter_041: SMELTER,
  smelter_077: SMELTER,
  smelter_102: SMELTER.replace('on Thursday', 'on Thursday morning'),
  agency_one:
    'Fishing quotas to be cut\n\nFishing quotas in the northern waters will be cut by a fifth next year, according to the Ledger news agency, citing ministry officials. Boat owners fear for their livelihoods.',
  agency_two:
    'Quota cut expected\n\nThe Ledger news agency, citing ministry officials, reported that fishing quotas in the northern waters would be cut by a fifth next year. Harbour towns are preparing for job losses.',
  denial:
    'Union disputes smelter plan\n\nThe union said the plan was not final. Rivet Mining denied that it will close its Carrow smelter in March with the loss of 400 jobs. Workers met on Friday to discuss the news.',
});
const checkOf = (id: string, words: string) => crossCheck(library, [sentenceOf(library, id, words)]);

/** Two reports of one trade figure with nothing else in common, so that neither is a copy or a retelling of the other. */
const tradeLibrary = libraryOf({
  trade_a:
    'Deficit with Norway narrows\n\nAlthough exports to the region are rising, according to Statistics Office figures, the Trade Ministry revealed the deficit with Norway was $4.6bn in May. Shipping firms expect a busy summer. Oil made up most of the imports. Fish exports reached a record. Ministers meet in Oslo next week. Farmers want lower tariffs on grain.',
  trade_b:
    'Trade gap shrinks\n\nThe trade deficit with Norway was $4.6bn in May, down from $4.9bn in April. Car makers said sales abroad had picked up. The pound fell against the krone on Friday. Economists had expected a wider gap. Retail sales rose for a third month. The figures will be revised in July.',
});

/** Three reports of one port closure with nothing else in common: one names the port authority, the others only analysts or no source at all. */
const portLibrary = libraryOf({
  port_a:
    'Harbour shut for repairs\n\nThe port of Calmar will close for six weeks from June for dredging, the Calmar port authority said. Ferries will use a smaller quay at Brenn. The last dredging was in 1998. Fishing boats may moor at the river mouth. The council has set aside funds for signs. A public meeting is planned for April.',
  port_b:
    'Ferry delays feared\n\nThe port of Calmar will close for six weeks from June for dredging, analysts said. Freight firms are planning other routes through Varna. Lorry drivers expect longer journeys. Insurance costs for cargo could rise. Shares in the largest operator slipped on Monday. Rail links may take some of the load.',
  port_c:
    'Summer of disruption\n\nThe port of Calmar will close for six weeks from June for dredging. Hotels near the quay expect fewer guests this year. A festival on the seafront will go ahead. Restaurants hope local visitors will make up the loss. Taxi firms are less worried. The tourist office has printed new maps.',
});
const portSentences = ['port_a', 'port_b', 'port_c'].map((id) => sentenceOf(portLibrary, id, 'will close for six weeks'));

/** Two articles about one club's rescue that tell different things of it: a warning of bankruptcy, and shares slipping after a deal. */
const clubLibrary = libraryOf({
  club_a:
    'Club near bust\n\nGerman football club Eastport Rovers has warned it will go bankrupt if rescue talks with creditors fail. The club owes more than 100m euros. Its stadium was sold last year. Fans have raised money of their own. The league has offered no help. Players agreed to a pay cut.',
  club_b:
    'Rescue hope for Eastport\n\nShares in struggling German football club Eastport Rovers slipped on Monday despite the club agreeing a rescue plan with creditors on Friday. Trading was thin. The plan must still be approved by the league. A new coach starts next month. Ticket prices will not rise. The club expects to return to profit in three years.',
});

describe('corroboration', () => {
  // The alignment of a six-article library holds these two for one claim (every word is rare in it); on the 927 BBC
  // articles it does not (`/sources Borussia Dortmund rescue`). `corroborate` is given the alignment's verdict directly.
  const clubSentences = [sentenceOf(clubLibrary, 'club_a', 'has warned it will go bankrupt'), sentenceOf(clubLibrary, 'club_b', 'Shares in struggling')];

  it('GIVEN two articles that hold the words but tell no one claim, one naming a source THEN the note says so, not that both carry it', () => {
    const { note } = corroborate(clubLibrary, clubSentences, [], () => false);
    expect(note).toContain('hold these words, but not as one claim they retell; one of them names a source');
    expect(note).not.toContain('carry this');
  });

  it('GIVEN the same two sentences held for one claim THEN the note says both carry it and only one names a source', () => {
    expect(corroborate(clubLibrary, clubSentences, [], () => true).note).toContain('carry this; only one of them names a source');
  });

  it('GIVEN one article that names two sources for two clauses and one that names none THEN the note names both sources without saying one cites the other', () => {
    const found = [sentenceOf(tradeLibrary, 'trade_a', 'deficit with Norway'), sentenceOf(tradeLibrary, 'trade_b', 'deficit with Norway')];
    const { note } = crossCheck(tradeLibrary, found).corroboration;
    expect(note).toContain('Statistics Office figures and Trade Ministry');
    expect(note).not.toContain('citing');
  });

  it('GIVEN one article naming its source and another citing only analysts THEN the note does not say the others name no source', () => {
    const { note } = crossCheck(portLibrary, portSentences).corroboration;
    expect(note).toContain('only one of them names a source, the Calmar port authority');
    expect(note).toContain('the others name none (sources given, none of them a named person or body: analysts)');
  });

  it('GIVEN articles that describe their source without naming it THEN the note gives the description instead of saying none says where it comes from', () => {
    const described = libraryOf({ port_b: must(portLibrary.article('port_b')).text, port_c: must(portLibrary.article('port_c')).text });
    const found = ['port_b', 'port_c'].map((id) => sentenceOf(described, id, 'will close for six weeks'));
    const { note } = crossCheck(described, found).corroboration;
    expect(note).toContain('sources given, none of them a named person or body: analysts');
    expect(note).not.toContain('none of them says where it comes from');
  });

  it('GIVEN two named sources beside sentences that share words but not a claim THEN the note does not call them more than one source for it', () => {
    const unrelated = libraryOf({
      fares:
        'Ferry fares to rise\n\nThe Calmar Harbour Board said ferry fares would rise in May. Passengers on the island route pay most. The board last raised fares in 2001. Freight rates are not affected.',
      festival:
        'Festival prices up\n\nFestival director Anna Lane said ticket prices would rise in May. The festival runs for ten days in August. Local hotels are already full. A new stage is planned by the river.',
    });
    const found = [sentenceOf(unrelated, 'fares', 'would rise in May'), sentenceOf(unrelated, 'festival', 'would rise in May')];
    const { corroboration } = crossCheck(unrelated, found);
    expect(corroboration.independent).toBe(false);
    expect(corroboration.note).toContain('stand behind different sentences, not one claim the articles retell');
  });

  it('GIVEN one named source beside a sentence that shares the words but not its claim THEN the note says that one source stands behind one of the sentences', () => {
    const unrelated = libraryOf({
      deficit:
        'Trade gap at record\n\nThe Trade Office said the trade deficit for last year was the largest on record. Imports of fuel rose most. Exports of grain fell. The office publishes the figures monthly.',
      currency:
        'Nordbank shares slip\n\nShares in Nordbank fell as traders turned to the record trade deficit. Bond prices were little changed. Shares in exporters rose. The central bank meets next week.',
    });
    const found = [sentenceOf(unrelated, 'deficit', 'largest on record'), sentenceOf(unrelated, 'currency', 'record trade deficit')];
    const { corroboration } = crossCheck(unrelated, found);
    expect(corroboration.independent).toBe(false);
    expect(corroboration.note).toContain('the one source they name (Trade Office) stands behind one of the sentences, not one claim the articles retell');
  });

  it('GIVEN a copy among articles whose sentences share the words but do not all retell one claim THEN the note names the copy and counts no independent confirmation', () => {
    const REPORT = 'Port fees rise\n\nThe Calmar port authority said fees would rise in May. Ferries will pay most. The last rise was in 2001. Freight is not affected.';
    const scattered = libraryOf({
      port_a: REPORT,
      port_b: REPORT,
      festival: 'Festival prices up\n\nFestival director Anna Lane said prices would rise in May for the first time. The festival runs for ten days. Hotels are full. A new stage is planned.',
    });
    const found = [sentenceOf(scattered, 'port_a', 'would rise in May'), sentenceOf(scattered, 'port_b', 'would rise in May'), sentenceOf(scattered, 'festival', 'would rise in May')];
    const { corroboration } = crossCheck(scattered, found);
    expect(corroboration.independent).toBe(false);
    expect(corroboration.note).toBe('3 of 7 articles carry these words, but they do not all retell one claim, so their number is no count of independent confirmation; port_b is a copy of port_a.');
  });

  it('GIVEN an article, a byte copy and a near copy THEN the note counts 3 articles, 1 independent, and names the copies', () => {
    const { corroboration } = checkOf('smelter_041', 'will close its Carrow smelter');
    expect(corroboration).toMatchObject({
      voices: 1,
      independent: false,
      copies: [
        { articleId: 'smelter_077', of: 'smelter_041' },
        { articleId: 'smelter_102', of: 'smelter_041' },
      ],
    });
    expect(corroboration.note).toContain('1 independent: smelter_077 and smelter_102 are copies of smelter_041');
  });

  it('GIVEN two articles that both relay one agency citing one ministry THEN they are one voice, not independent confirmation', () => {
    const { corroboration } = checkOf('agency_one', 'will be cut by a fifth');
    expect(corroboration).toMatchObject({ articles: 2, independent: false, origins: ['Ledger news agency'], voices: 1 });
    expect(corroboration.note).toContain('Repetition is not confirmation');
  });

  it('GIVEN a sentence that denies the claim THEN it is shown as the dispute and not counted among the articles that carry it', () => {
    const { corroboration, disputes } = checkOf('smelter_041', 'will close its Carrow smelter');
    expect(disputes.map((sentence) => sentence.articleId)).toEqual(['denial']);
    expect(corroboration.articleIds).not.toContain('denial');
    expect(corroboration.disputes).toEqual(['denial']);
  });

  it('GIVEN a company that “rejected claims that” it will do what another article reports THEN the rejection is the claim’s dispute, not one more article carrying it', () => {
    const rejected = libraryOf({
      smelter_041: SMELTER,
      rejection:
        'Miner rejects closure report\n\nThe union said the plan was not final. Rivet Mining rejected claims that it will close its Carrow smelter in March with the loss of 400 jobs. Workers met on Friday to discuss the news.',
    });
    const { corroboration, disputes } = crossCheck(rejected, [sentenceOf(rejected, 'smelter_041', 'will close its Carrow smelter')]);
    expect(disputes.map((sentence) => sentence.articleId)).toEqual(['rejection']);
    expect(corroboration.articleIds).not.toContain('rejection');
  });

  it('GIVEN two articles that both report a court rejecting a claim THEN the rejection is what they carry, and neither disputes it', () => {
    const ruling = libraryOf({
      ruling_a: 'Lender wins appeal\n\nThe claim for $90m against Harrow Bank, filed by the regulator in 2001, was rejected by an appeal panel in a 2-1 decision.',
      ruling_b: 'Appeal lost\n\nAn appeal panel rejected the claim for $90m against Harrow Bank, filed by the regulator in 2001, in a 2-1 decision.',
    });
    const { corroboration, disputes } = crossCheck(ruling, [sentenceOf(ruling, 'ruling_a', 'appeal panel')]);
    expect(disputes).toEqual([]);
    expect(corroboration.articleIds).toEqual(['ruling_a', 'ruling_b']);
  });

  it('GIVEN a denial that goes on “saying” what another article reports the denier said THEN it carries those words and disputes nothing', () => {
    const reason = libraryOf({
      pledge_a: 'Minister answers critics\n\nThe minister said the new harbour tax would be spent only on repairs to the sea wall.',
      pledge_b: 'Minister rejects claims\n\nThe minister denied the claims, saying the new harbour tax would be spent only on repairs to the sea wall.',
    });
    const { disputes } = crossCheck(reason, [sentenceOf(reason, 'pledge_a', 'harbour tax')]);
    expect(disputes).toEqual([]);
  });

  it('GIVEN an article that tells the claim and, in a clause joined by “although”, denies something else THEN it carries the claim and disputes nothing', () => {
    const split = libraryOf({
      back_a: 'Opposition backs cruise levy\n\nThe opposition will back the new harbour levy on cruise ships. Ferry firms are exempt. The levy starts in June.',
      back_b:
        'Party split denied\n\nThe opposition announced it would back the new harbour levy on cruise ships although its leader was forced to deny the party was split over the decision. Two members abstained.',
    });
    const { corroboration, disputes } = crossCheck(split, [sentenceOf(split, 'back_a', 'harbour levy')]);
    expect(disputes).toEqual([]);
    expect(corroboration.articleIds).toEqual(['back_a', 'back_b']);
  });

  it('GIVEN a denial of one thing with a clause joined on after it that tells the claim THEN the sentence carries the claim, disputes nothing, and the denier is no source of it', () => {
    const remark = libraryOf({
      trust_a: 'Minister backs governor\n\nLater the chancellor told reporters: "Of course I trust the governor of the central bank." Bond prices rose.',
      trust_b:
        'Row over remark\n\nOn Monday Premier Adel Rask flatly denied Mr Osei had made that remark, and before he left for Brussels on Sunday the chancellor told reporters: "Of course I trust the governor of the central bank." The row has unsettled markets.',
    });
    const { claim, corroboration, disputes, discrepancies } = crossCheck(remark, [sentenceOf(remark, 'trust_a', 'Of course I trust')]);
    expect(claim?.articleIds).toEqual(['trust_a', 'trust_b']);
    expect(disputes).toEqual([]);
    expect(corroboration.articleIds).toEqual(['trust_a', 'trust_b']);
    expect(corroboration.note).not.toContain('Rask');
    expect(JSON.stringify(discrepancies)).not.toContain('denied');
  });

  it('GIVEN any claim THEN the count equals the articles listed and each listed sentence carries it', () => {
    const { corroboration, carriers } = checkOf('agency_one', 'will be cut by a fifth');
    expect(corroboration.articles).toBe(corroboration.articleIds?.length);
    expect(carriers.map((sentence) => sentence.articleId)).toEqual(corroboration.articleIds);
  });

  it('GIVEN origins THEN each is a link of an attribution chain, never a fragment of the sentence', () => {
    const { corroboration } = checkOf('agency_one', 'will be cut by a fifth');
    const chains = must(corroboration.articleIds).flatMap((id) => must(library.article(id)).sentences.flatMap((sentence) => library.certaintyOf(sentence)?.attributedTo ?? []));
    for (const origin of corroboration.origins) expect(chains.some((link) => link.includes(origin) || origin.includes(link))).toBe(true);
  });
});

describe('corroboration of words that hundreds of articles hold', () => {
  const many = Object.fromEntries(
    Array.from({ length: MOST_WEIGHED_ARTICLES + 1 }, (_, i) => [
      `story_${i}`,
      `Story ${i}\n\nThe Varn council said on ${i % 2 === 0 ? 'Monday' : 'Tuesday'} that the old harbour would reopen in May, the mayor of town ${i} said.`,
    ]),
  );
  const broad = libraryOf(many);
  const found = Object.keys(many).map((id) => sentenceOf(broad, id, 'harbour'));

  it('GIVEN one word held by more articles than are weighed one by one THEN the note says so and names no origin, independence or copies', () => {
    const { corroboration } = crossCheck(broad, found);
    expect(corroboration).toMatchObject({ articles: MOST_WEIGHED_ARTICLES + 1, origins: [], independent: false });
    expect(corroboration.note).toContain('too many to be one claim retold');
  });

  it('GIVEN one word held by more articles than are weighed one by one THEN no claim among them has its details set against each other', () => {
    const reopening = (cost: string): string =>
      `Varn harbour to reopen\n\nThe Varn council said the old harbour would reopen in May after repairs costing ${cost}. Ferries to Osk will resume in June.`;
    const claim = { varn_a: reopening('£4m'), varn_b: reopening('£6m'), varn_c: reopening('£4m') };
    const wider = libraryOf({ ...many, ...claim });
    const alone = crossCheck(wider, [sentenceOf(wider, 'varn_a', 'old harbour')]);
    expect(alone.discrepancies.length).toBeGreaterThan(0);
    const all = crossCheck(
      wider,
      [...Object.keys(claim), ...Object.keys(many)].map((id) => sentenceOf(wider, id, 'harbour')),
    );
    expect(all.claim).toBe(alone.claim);
    expect(all.discrepancies).toEqual([]);
  });
});

describe('words held by articles that tell different claims', () => {
  const profits = libraryOf({
    kit_a: 'Telvik sees earnings improve\n\nEquipment maker Telvik has posted a rise in fourth quarter profits thanks to clients like Nordtel upgrading their networks.',
    tel_b: 'Nordtel sees mobile gain\n\nNordtel saw strong fourth quarter profits on the back of upbeat mobile earnings and better-than-expected asset sales.',
  });
  it('GIVEN one firm’s profits thanks to a client and the client’s own profits THEN the note says the articles hold the words, not that they carry one claim', () => {
    const found = [sentenceOf(profits, 'kit_a', 'fourth quarter profits'), sentenceOf(profits, 'tel_b', 'fourth quarter profits')];
    const { note, independent } = crossCheck(profits, found).corroboration;
    expect(note).toContain('hold these words, but not as one claim they retell');
    expect(independent).toBe(false);
  });

  describe('a source that speaks of another clause than the claim', () => {
    const sale = libraryOf({
      mill_a:
        'Steel mill sold\n\nVarnak paid 41.6bn roubles ($1.4bn) for the Ostrog mill - far below the $2bn the Finance Ministry says the mill owes in taxes. Workers at the mill have not been paid since March. The town council wants the new owner to keep the furnaces lit. Rail freight from the mill fell by half last year. Its last chief executive left in the spring.',
      mill_b:
        'Mill buyer named\n\nVarnak Holding Group won the auction, agreeing to pay 41.6bn roubles ($1.4bn) for the Ostrog mill. Little is known about the firm, which was registered last month. Its office is above a shop in the capital. Only one other bidder took part. Shares in rival steel makers rose on the news.',
      talks_a:
        'Pay talks resume\n\nShadow labour minister Petra Holm said: "This is an insult to every ward in the country." Talks between the unions and the health board resume on Monday. A strike ballot closes next week.',
      talks_b:
        'Nurses reject offer\n\nShadow labour minister Petra Holm said: "We will stand firm until it is withdrawn." Hospital managers fear walkouts over the winter. The health board says it cannot afford more than 2%.',
    });
    const noteOf = (first: string, second: string, words: string): string => {
      const sentences = [sentenceOf(sale, first, words), sentenceOf(sale, second, words)];
      return corroborate(sale, sentences, [], () => true, sentences, claimOfSentences(sentences)).note;
    };

    it('GIVEN a price one article follows with a dash aside the Finance Ministry speaks (“- far below the $2bn the Finance Ministry says …”) THEN the ministry is no source of the price', () => {
      const note = noteOf('mill_a', 'mill_b', '41.6bn');
      expect(note).toContain('2 of 8 articles carry this');
      expect(note).not.toContain('Ministry');
    });

    it('GIVEN two sentences held together by their speaker’s name and title before a colon THEN the speaker is still their source', () => {
      expect(noteOf('talks_a', 'talks_b', 'Petra Holm')).toContain('Petra Holm');
    });
  });
});
