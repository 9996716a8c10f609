import { describe, expect, it } from 'vitest';
import { originsOf, UNNAMED_SPEAKER } from '../../src/crosscheck/origins.ts';
import { crossCheck } from '../../src/crosscheck/cross-check.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

const library = libraryOf({
  dairy_012:
    'Dairy firm sues lenders\n\nThe Lombard dairy group Caseificio has sued 12 banks over its collapse. Caseificio was declared insolvent in 2003 after it emerged that 2bn euros thought to be held in an offshore account did not exist. Its new chief said more suits would follow.',
  oil_044:
    'Refiner faces tax demand\n\nThe oil firm Norneft says it will fight on. State prosecutors are forcing the sale of the refinery to help pay a $9bn back tax bill, which they claim is owed by Norneft. Norneft has denied any wrongdoing. Its shares fell by a third on Monday.',
});

describe('origins: sources, never the subject', () => {
  it('GIVEN a figure "thought to be held" THEN the sentence names no source, since the hedge weighs the figure and no one is said to think so', () => {
    const origin = originsOf(library, sentenceOf(library, 'dairy_012', 'thought to be held'));
    expect(library.certaintyOf(sentenceOf(library, 'dairy_012', 'thought to be held'))?.sourcing).toBe('none');
    expect(origin.links).toEqual([]);
    expect(origin.sourcing).toBe('none');
  });

  it('GIVEN "which they claim is owed by Norneft" after the main clause THEN the prosecutors are its origin, not Norneft, of what is said to be owed by it', () => {
    const origin = originsOf(library, sentenceOf(library, 'oil_044', 'which they claim'));
    expect(origin.named).not.toContain('Norneft');
    expect(library.certaintyOf(sentenceOf(library, 'oil_044', 'which they claim'))?.attributedTo).toEqual(['State prosecutors']);
    expect(origin.links).toEqual(['State prosecutors']);
  });

  it('GIVEN a sentence opening on its speaker THEN that speaker stays its source', () => {
    const origin = originsOf(library, sentenceOf(library, 'dairy_012', 'more suits'));
    expect(origin.links.length).toBe(1);
    expect(origin.links).not.toEqual([UNNAMED_SPEAKER]);
  });
});

/** Four reports of one closure: two credit the port authority, two state it with no source at all. */
const closures = libraryOf({
  quay_a: 'Quay to close\n\nThe Brenn ferry quay will shut for eight weeks from May for repairs, the Brenn port authority said. Ferries will sail from Varna instead. Freight is expected to fall.',
  quay_b: 'Ferries moved\n\nThe Brenn ferry quay will shut for eight weeks from May for repairs, the Brenn port authority announced. Travellers were told to book early. Coaches will run to Varna.',
  quay_c: 'Traders worried\n\nThe Brenn ferry quay will shut for eight weeks from May for repairs. Shops near the harbour expect a quiet spring. The market will move to the square.',
  quay_d: 'Summer works\n\nThe Brenn ferry quay will shut for eight weeks from May for repairs. Anglers may still use the north wall. A new footbridge opens in July.',
});

describe('corroboration: relaying one report', () => {
  it('GIVEN two articles naming one source and two naming none THEN the note does not say all four relay it, and says how many name it', () => {
    const found = ['quay_a', 'quay_b', 'quay_c', 'quay_d'].map((id) => sentenceOf(closures, id, 'will shut for eight weeks'));
    const { note } = crossCheck(closures, found).corroboration;
    expect(note).not.toContain('all relaying');
    expect(note).toContain('only 2 of them name a source');
    expect(note).toContain('the others name none');
  });
});

/** Two articles on one casino plan that tell different things of it: one minister's promise, and a debate where two parties speak. */
const casinos = libraryOf({
  casino_a: 'Minister rules out resort casinos\n\nThe culture minister Ruth Bell told the Herald there would be no resort casinos of the kind seen in Macau. Councils had bid for licences.',
  casino_b:
    'Assembly to vote on casinos\n\nA vote on whether councils may license resort casinos will be held by the Welsh Assembly in March. Plaid Cymru and the Liberal Democrats say the choice of resort casinos should be made in Cardiff.',
});

describe('corroboration over articles that tell different things', () => {
  it('GIVEN one article whose counted sentence names a minister and another whose later sentence names two parties THEN the note does not say the others name none', () => {
    const found = [sentenceOf(casinos, 'casino_a', 'no resort casinos'), sentenceOf(casinos, 'casino_b', 'A vote on whether'), sentenceOf(casinos, 'casino_b', 'should be made')];
    const { note } = crossCheck(casinos, found).corroboration;
    expect(note).not.toContain('the others name none');
    expect(note).toContain('stand behind different sentences');
  });
});

describe('origins: a source named with "to the"', () => {
  const statements = libraryOf({
    club_statement:
      'Club confirms approach\n\nMr Kahn owns a 28% stake, and the club\'s statement to the stock exchange said: "The board has received a detailed proposal from Mr Kahn." "A further announcement will be made in due course."',
  });

  it('GIVEN "a statement to the stock exchange" as the source THEN it is an origin, not a fragment running on into a verb', () => {
    const origin = originsOf(statements, sentenceOf(statements, 'club_statement', 'further announcement'));
    expect(origin.links).toEqual(["the club's statement to the stock exchange"]);
  });
});

describe('corroboration: one speaker heard directly and through an agency', () => {
  const governor = libraryOf({
    port_a: 'Governor warns of closures\n\nGovernor Ivan Petrov told a meeting in Varna that the northern port would close for the winter. Ships will dock in Burgas.',
    port_b: 'Port to close\n\nGovernor Ivan Petrov gave a detailed account of plans to close the northern port for the winter, as reported by the Interfax news agency. Fishermen fear for their jobs.',
  });

  it('GIVEN one article quoting a governor and another giving his account "as reported by" an agency THEN the note counts one origin, the governor', () => {
    const found = [sentenceOf(governor, 'port_a', 'would close'), sentenceOf(governor, 'port_b', 'detailed account')];
    const { note } = crossCheck(governor, found).corroboration;
    expect(note).toContain('all relaying one report: Ivan Petrov');
  });
});
