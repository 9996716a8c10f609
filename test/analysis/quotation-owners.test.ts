import { describe, expect, it } from 'vitest';
import { findQuotationOwner, type QuotationOwner } from '../../src/analysis/quotations.ts';

/**
 * The owner `findQuotationOwner` gives the quotation `"words"` of `sentence`, read as a sentence
 * on its own, with `speaker` the name the sentence's verb of speech gives it.
 */
function ownerOf(sentence: string, words: string, speaker: string | null = null): QuotationOwner | undefined {
  const at = sentence.search(new RegExp(`["\u201C\u2018']${words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}["\u201D\u2019']`, 'u'));
  if (at < 0) throw new Error(`no quotation "${words}" in the sentence`);
  return findQuotationOwner(sentence, { start: 0, end: sentence.length }, { start: at, end: at + words.length + 2 }, speaker);
}

/** The name of the holder `findQuotationOwner` gives, or what it gives instead. */
function holderOf(sentence: string, words: string, speaker: string | null = null): string | undefined {
  const owner = ownerOf(sentence, words, speaker);
  if (owner?.kind !== 'holder') return owner?.kind;
  expect(sentence.slice(owner.holder.start, owner.holder.end)).toContain(owner.name.split(' ').at(-1));
  return owner.name;
}

describe('quotations held by someone named beside them', () => {
  it('GIVEN "the Transport Secretary\'s plans for "…"" THEN the words are the Transport Secretary\'s', () => {
    const sentence = 'Mr Davies said the party would fight the Transport Secretary\'s plans for "road pricing zones" across the south east.';
    expect(holderOf(sentence, 'road pricing zones', 'Davies')).toBe('Transport Secretary');
  });

  it('GIVEN "X\'s description of him as a "…"" THEN the words are X\'s', () => {
    const sentence = 'The minister laughed off Sir Peter Tapsell\'s description of him as a "political weathervane".';
    expect(holderOf(sentence, 'political weathervane')).toBe('Sir Peter Tapsell');
  });

  it('GIVEN "Mr X\'s promise to deliver a "…"" THEN the words are X\'s, without the title', () => {
    const sentence = 'Business leaders doubted Mr Kane\'s promise to deliver a "bonfire of red tape" before the summer.';
    expect(holderOf(sentence, 'bonfire of red tape', 'Business leaders')).toBe('Kane');
  });

  it('GIVEN "X\'s claim that the scheme had been "…"" THEN the words are X\'s', () => {
    const sentence = 'Officials questioned Lord Hurd\'s claim that the scheme had been "quietly shelved".';
    expect(holderOf(sentence, 'quietly shelved', 'Officials')).toBe('Lord Hurd');
  });

  it('GIVEN "a call for it to "…" from X" THEN the words are X\'s', () => {
    const sentence = 'The council pressed ahead with the closures despite a call for it to "think again" from the Local Government Association.';
    expect(holderOf(sentence, 'think again', 'council')).toBe('Local Government Association');
  });

  it('GIVEN "have been described as "…" by X" THEN the words are X\'s', () => {
    const sentence = 'The prescription charges have been described as "a tax on the sick" by the British Medical Association.';
    expect(holderOf(sentence, 'a tax on the sick')).toBe('British Medical Association');
  });

  it('GIVEN ""…", which the minister herself once used" THEN the words are the minister\'s', () => {
    const sentence = 'Few voters could explain "supply-side socialism", which the minister herself once used to describe the policy.';
    expect(holderOf(sentence, 'supply-side socialism')).toBe('the minister');
  });
  it('GIVEN "Despite X\'s promise to hold "…"" at the start of a sentence THEN the opening word is no part of the name', () => {
    const sentence = 'Despite Tony Marsh\'s promise to hold "a full and open debate", backbenchers were angry.';
    expect(holderOf(sentence, 'a full and open debate', 'backbenchers')).toBe('Tony Marsh');
  });

  it('GIVEN "X\'s phrase "…"" THEN the phrase is X\'s', () => {
    const sentence = 'Critics still remind him of Lord Fenby\'s phrase "a nation of shopkeepers" whenever retail figures fall.';
    expect(holderOf(sentence, 'a nation of shopkeepers', 'Critics')).toBe('Lord Fenby');
  });

  it('GIVEN "in X\'s words, "…"" THEN the words are X\'s', () => {
    const sentence = 'The summit moved to Leeds because, in the organisers\' words, "the north is where the start-ups are".';
    expect(ownerOf(sentence, 'the north is where the start-ups are')?.kind).toBe('holder');
  });

  it('GIVEN "in what X calls an "…"" THEN the words are X\'s', () => {
    const sentence = 'Staff turnover rose sharply in what the Retail Consortium calls an "exodus of skills", the report found.';
    expect(holderOf(sentence, 'exodus of skills', 'report')).toBe('Retail Consortium');
  });

  it('GIVEN "what Mr. X called "…"" THEN the title\'s dot does not end the name', () => {
    const sentence = 'Under what Mr. Okoro called "the old settlement", the club paid no rent.';
    expect(holderOf(sentence, 'the old settlement', 'club')).toBe('Okoro');
  });

  it('GIVEN "what she calls "…"" THEN a pronoun is left to the verb of speech', () => {
    const sentence = 'Ms Patel says voters are hungry for what she calls "straight answers".';
    expect(ownerOf(sentence, 'straight answers', 'Patel')).toBeUndefined();
  });
});

describe('quotations left to the verb of speech', () => {
  it("GIVEN the holder is the speaker himself THEN the quotation stays the speaker's", () => {
    const sentence = 'Mr Howard\'s plans for "a fair deal for pensioners" would be costed in full, Mr Howard said.';
    expect(ownerOf(sentence, 'a fair deal for pensioners', 'Michael Howard')).toBeUndefined();
  });

  it('GIVEN "his plans for "…"" THEN a possessive pronoun names no other holder', () => {
    const sentence = 'He defended his plans for "earned citizenship" at the conference.';
    expect(ownerOf(sentence, 'earned citizenship', 'Blunkett')).toBeUndefined();
  });

  it('GIVEN a quoted word right after a possessive ("the department\'s "lackadaisical" approach") THEN it is the critic\'s judgement', () => {
    const sentence = 'A senior MP has criticised the department\'s "lackadaisical" approach to flood planning.';
    expect(ownerOf(sentence, 'lackadaisical', 'senior MP')).toBeUndefined();
  });

  it('GIVEN "X\'s remarks about the strike "…"" THEN a topic after "about" does not make the judgement X\'s', () => {
    const sentence = 'The senator called the governor\'s remarks about the strike "deeply unhelpful".';
    expect(ownerOf(sentence, 'deeply unhelpful', 'senator')).toBeUndefined();
  });

  it('GIVEN "X\'s plans for the riverside "…"" THEN a noun before the mark ends X\'s plans and the words are the speaker\'s', () => {
    const sentence = 'The mayor called the developer\'s plans for the riverside "a disgrace".';
    expect(ownerOf(sentence, 'a disgrace', 'mayor')).toBeUndefined();
  });

  it('GIVEN "a warning that "…" from the start" THEN a phrase of time after "from" names no holder', () => {
    const sentence = 'Ms Adeyemi said she had given a warning that the budget was "never realistic" from the start.';
    expect(ownerOf(sentence, 'never realistic', 'Adeyemi')).toBeUndefined();
  });

  it('GIVEN "plans to publish a "…" by X" THEN a verb\'s object is not read as the noun\'s complement', () => {
    const sentence = 'The publisher announced plans to publish a "frank memoir" by Joan Hartley next spring.';
    expect(ownerOf(sentence, 'frank memoir', 'publisher')).toBeUndefined();
  });

  it('GIVEN "X\'s remarks as "…"" THEN the words are those of whoever judges the remarks', () => {
    const sentence = 'The chief executive dismissed the regulator\'s remarks as "scaremongering".';
    expect(ownerOf(sentence, 'scaremongering', 'chief executive')).toBeUndefined();
  });
});

describe('quotations that cite words, not speech', () => {
  it('GIVEN "a blend of "…" and "…"" THEN each part is cited as a word, no one\'s', () => {
    const sentence = 'She coined the word "staycation", a blend of "stay" and "vacation".';
    expect(ownerOf(sentence, 'stay', 'Hewitt')).toEqual({ kind: 'cited' });
    expect(ownerOf(sentence, 'vacation', 'Hewitt')).toEqual({ kind: 'cited' });
  });

  it('GIVEN the word someone coined ("coined the word "…"") THEN it is left to the verb: the coiner\'s', () => {
    const sentence = 'She coined the word "staycation", a blend of "stay" and "vacation".';
    expect(ownerOf(sentence, 'staycation', 'Hewitt')).toBeUndefined();
  });

  it('GIVEN a "no" vote THEN the ballot answer is a label, no one\'s', () => {
    expect(ownerOf('The union will campaign for a "no" vote in the ballot.', 'no', 'union')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "known as "…"" THEN the name is no one\'s', () => {
    expect(ownerOf('Traders used a practice known as "bed and breakfasting" to cut their bills, the report said.', 'bed and breakfasting', 'report')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "the so-called "…"" THEN the label is no one\'s', () => {
    expect(ownerOf('He blamed the so-called "magic circle" of advisers.', 'magic circle', 'He')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "the so called "…"" without its hyphen THEN the label is no one\'s', () => {
    expect(ownerOf('The so called "Growth Pledge" was dropped within a year, she said.', 'Growth Pledge', 'she')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "is called "…" by X" THEN the name is X\'s, not a label of no one\'s', () => {
    const sentence = 'The levy is called "a stealth tax" by the Taxpayers Alliance.';
    expect(holderOf(sentence, 'a stealth tax')).toBe('Taxpayers Alliance');
  });

  it('GIVEN "the film "…"" THEN the title is no one\'s', () => {
    expect(ownerOf('Sales of the studio\'s film "Harbour Lights" lifted earnings, the company said.', 'Harbour Lights', 'company')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "in his book, "…"," THEN the title is no one\'s', () => {
    expect(ownerOf('In his new book, "The Long Recovery," the economist argues that rates stayed low too long.', 'The Long Recovery,', 'economist')).toEqual({
      kind: 'cited',
    });
  });

  it('GIVEN a lower-case judgement after "the show" ("called the show "…"") THEN it is no title and stays the speaker\'s', () => {
    expect(ownerOf('The network\'s head called the show "the best thing on radio".', 'the best thing on radio', 'head')).toBeUndefined();
  });

  it('GIVEN "according to the report, "…"" THEN a report speaks and its words are no title', () => {
    expect(ownerOf('According to the report, "Growth will slow sharply next year".', 'Growth will slow sharply next year', 'report')).toBeUndefined();
  });
});

describe('a quoted label between a determiner and a holder noun (qa30)', () => {
  it('GIVEN "apologise for his "Nazi" comment, Tory MP Jo Bell has insisted" THEN the label is cited, not her words', () => {
    expect(ownerOf('Mr Hale should not apologise for his "Nazi" comment to a reporter, Tory MP Jo Bell has insisted.', 'Nazi', 'Jo Bell')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "backs the "strong dollar" policy" THEN the policy\'s name is cited', () => {
    expect(ownerOf('The White House still backs the "strong dollar" policy.', 'strong dollar')).toEqual({ kind: 'cited' });
  });

  it('GIVEN "said it was a "hugely important" day" THEN a quoted judgement before a noun that holds no one\'s words stays the speaker\'s', () => {
    expect(ownerOf('Mr Blair said it was a "hugely important" day for Britain.', 'hugely important', 'Blair')).toBeUndefined();
  });
});

describe('a nickname given by no one (qa32)', () => {
  it('GIVEN "a school known then as the "Eton of the valleys"" THEN the nickname is cited, not the last speaker\'s', () => {
    expect(ownerOf('He went to a boys\' school nearby, known then as the "Eton of the valleys".', 'Eton of the valleys', 'Kinnock')).toEqual({ kind: 'cited' });
  });
});
