import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a "he says" inside a relative clause', () => {
  it('GIVEN "Opposition leader David Morris attacked the plans." THEN "Mr Patel contrasted …, which he said would raise taxes" is Patel\'s', () => {
    const certainty = certaintyOf('In his speech, Mr Patel contrasted his own party with a rival party, which he said would raise taxes.', 'Opposition leader David Morris attacked the plans.');
    expect(certainty.attributedTo).toContain('Patel');
    expect(certainty.attributedTo).not.toContain('David Morris');
  });

  it('GIVEN an inquiry by another man THEN "… to see Mrs Lane\'s son - whom he says he fathered" is the man the sentence names', () => {
    const certainty = certaintyOf(
      "Most voters said Mr Ellis was right to go to court for the right to see Mrs Lane's son - whom he says he fathered - and few backed her.",
      'Sir Peter Crane found that the visa had been processed quickly.',
    );
    expect(certainty.attributedTo).toContain('Ellis');
    expect(certainty.attributedTo).not.toContain('Peter Crane');
  });

  it('GIVEN a director named before THEN "Actor Sam Reid won the award for Dust Road, which he wrote and directed" is Reid\'s', () => {
    const certainty = certaintyOf('Actor Sam Reid won the award for best first feature for Dust Road, which he wrote and directed.', 'The prize for best director went to Carl Moss.');
    expect(certainty.attributedTo).toEqual(['Sam Reid']);
  });

  it('GIVEN no person earlier in the sentence THEN "The board rejected the offer, which he said was too low" goes back to the chief executive', () => {
    const certainty = certaintyOf('The board rejected the offer, which he said was far too low.', 'Chief executive Tom Hart spoke to shareholders on Monday.');
    expect(certainty.attributedTo).toEqual(['Tom Hart']);
  });

  it('GIVEN another man named before THEN "Mr Hunt, the shadow minister, is angry at what he believes is a mistake" is Hunt\'s', () => {
    const certainty = certaintyOf('Mark Hunt, the shadow health minister, is angry at what he believes is a costly mistake by the government.', 'Michael Dodd opened the debate.');
    expect(certainty.attributedTo).toEqual(['Mark Hunt']);
  });

  it('GIVEN no one else to go to THEN "tycoon Steve Cole, who grew tired of what he claimed was indecision" is Cole\'s, not an unnamed "he"', () => {
    const certainty = certaintyOf(
      'The bid collapsed with the withdrawal of tycoon Steve Cole, who grew tired of what he claimed was indecision by the board.',
      'The club has been for sale since May.',
    );
    expect(certainty.attributedTo).toEqual(['Steve Cole']);
  });

  it('GIVEN only a man earlier in the sentence THEN "…, which she said …" goes back to the woman named before', () => {
    const certainty = certaintyOf('Mr Ross backed the new tax, which she said would hurt small firms.', 'Shadow chancellor Ann Clay criticised the budget.');
    expect(certainty.attributedTo).toEqual(['Ann Clay']);
  });
});

describe("a subject who acts on another's claims", () => {
  it('GIVEN "Prime Minister Tom Hale shrugged off claims from opposition leader Ken Marsh that …" THEN the next "He said" is Hale', () => {
    const certainty = certaintyOf(
      'He said the economy was stronger than at any time in a generation.',
      'Prime Minister Tom Hale shrugged off claims from opposition leader Ken Marsh that he had lost control of his party.',
    );
    expect(certainty.attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "… rejected allegations by Ken Marsh that …" THEN the next "He said" is the one who rejected them', () => {
    const certainty = certaintyOf('He said the economy was stronger than at any time in a generation.', 'Tom Hale rejected allegations by Ken Marsh that he had misled MPs.');
    expect(certainty.attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "Ken Marsh made claims that Tom Hale had misled MPs" THEN the next "He said" is still Marsh, the claimant who opens it', () => {
    const certainty = certaintyOf('He said the economy was stronger than at any time in a generation.', 'Ken Marsh made claims that Tom Hale had misled MPs.');
    expect(certainty.attributedTo).toEqual(['Ken Marsh']);
  });

  it('GIVEN the claim\'s author is the only one a sentence names THEN "Claims by Ken Marsh that … were denied. He said" is Marsh', () => {
    const certainty = certaintyOf('He said he would press for an inquiry.', 'Claims by Ken Marsh that ministers had misled MPs were denied on Monday.');
    expect(certainty.attributedTo).toEqual(['Ken Marsh']);
  });
});

describe('a subject named in apposition to a role in lower case', () => {
  it('GIVEN Mr Hart spoke, then "The shadow home secretary, Tom Kemp, welcomed …" THEN the next "But he said" is Kemp, not Hart', () => {
    const before = 'All four families have been told, Mr Hart said. The shadow home secretary, Tom Kemp, welcomed the return of the four men.';
    expect(certaintyOf('But he said there were still "serious questions" over the threat they pose.', before).attributedTo).toEqual(['Tom Kemp']);
  });
});

describe('a surname opening its sentence, far from the full name', () => {
  it('GIVEN "Robin Vale" named eight sentences back and another woman since THEN "Vale, who won before, paid tribute …" makes the next "she said" Vale\'s', () => {
    const before = [
      'The festival prize for best film went to a small drama, and its star Robin Vale was named best actress.',
      'The jury met for three days.',
      'Its chair praised the entries.',
      'Ticket sales rose by a fifth.',
      'The closing party ran late.',
      'Two films shared the audience award.',
      'Kate Moss won best actress in a comedy for her role in a road movie.',
      "Vale, who won the same prize in 2001, paid tribute to the film's director.",
    ].join(' ');
    expect(certaintyOf('"You guided us so well," she said.', before).attributedTo).toEqual(['Vale']);
  });
});

describe('a name whose given name no list holds, given a role in apposition', () => {
  it('GIVEN "… but Tarjei Vasstrand, a senior project manager at the firm, was adamant that …" THEN the next "He said" is Vasstrand', () => {
    const before = 'The name leads people to think of television, but Tarjei Vasstrand, a senior project manager at the firm, was adamant that it was radio.';
    expect(certaintyOf('He said: "It is not television at all."', before).attributedTo).toEqual(['Tarjei Vasstrand']);
  });
});

describe('people described and introduced before they are quoted', () => {
  it('GIVEN "Film-maker Sarah Vane won the prize." THEN the next "she said" is Sarah Vane, the hyphened description no part of her name', () => {
    expect(certaintyOf('"I am really not used to this," she said.', 'Film-maker Sarah Vane won the short film prize on Sunday.').attributedTo).toEqual(['Sarah Vane']);
  });

  it('GIVEN "Rhodri Price won the vote." THEN the next "he said" is Rhodri Price, a Welsh given name read as one', () => {
    expect(certaintyOf('"It is a great day for Wales," he said.', 'Rhodri Price won the vote in the assembly on Tuesday.').attributedTo).toEqual(['Rhodri Price']);
  });

  it('GIVEN one player quoted, then "Try scorer Martyn Hale was keen not to talk about …" THEN an untagged quotation after it is Hale\'s, not the first player\'s', () => {
    const before = [
      'Man-of-the-match Tom Reese, who kicked three penalties, was ecstatic after the win.',
      '"It is just a special moment," he said.',
      'Try scorer Martyn Hale was keen not to talk about a possible Grand Slam.',
    ].join(' ');
    expect(certaintyOf('"We have got more self-belief these days."', before).attributedTo).toEqual(['Martyn Hale']);
  });
});

describe('a "he said he" clause on a noun, with no relative word', () => {
  it('GIVEN the first sentence "Actor Tom Hale is suing a studio over an injury he said he suffered" THEN it is Hale, not an unnamed "he"', () => {
    const certainty = certaintyOf('Actor Tom Hale is suing a film studio over an injury he said he suffered while making a war film.');
    expect(certainty.attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN another man named in the sentence before THEN "the money she says she is owed" is still the sentence’s subject', () => {
    const certainty = certaintyOf('The singer Ann Ross is suing her old label over money she says she is owed.', 'Label boss Rick Dean declined to comment.');
    expect(certainty.attributedTo).toEqual(['Ann Ross']);
  });

  it('GIVEN the person named in full in an earlier sentence THEN "Mr Patel …, a target he says he has met" names him in full', () => {
    const certainty = certaintyOf('Under the new law, Mr Patel has to cut the deficit each year, a target he says he has now met.', 'Finance minister Ravi Patel presented the budget on Monday.');
    expect(certainty.attributedTo).toEqual(['Ravi Patel']);
  });
});

describe('the subject a coordinated verb reaches back to', () => {
  it('GIVEN "The 28-year-old runner has … but believes …" THEN no source is cut from inside the hyphened words ("The 28")', () => {
    const certainty = certaintyOf('The 28-year-old runner has not always matched his promise but believes his new coach will help.');
    expect(certainty.attributedTo).not.toContain('The 28');
  });

  it('GIVEN "The veteran defender believes … and says …" THEN both verbs are the one defender\'s, not a second "The veteran"', () => {
    const certainty = certaintyOf('The veteran defender believes the manager is right and says the squad will not turn on him.');
    expect(certainty.attributedTo).toEqual(['The veteran defender']);
  });

  it('GIVEN "the Welsh coach thinks … and says …" THEN the nationality inside the subject is no second source', () => {
    const certainty = certaintyOf('And the Welsh coach thinks the side is ready and says the players will win on Saturday.');
    expect(certainty.attributedTo).toEqual(['the Welsh coach']);
  });
});
