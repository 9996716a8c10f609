import { describe, expect, it } from 'vitest';
import { analyseArticle, type ArticleAnalysis } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import { must } from '../support/must.ts';

function read(body: string): { article: Article; analysis: ArticleAnalysis } {
  const result = readArticle('passage.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return { article: result.article, analysis: analyseArticle(result.article) };
}

/** The speaker the analysis gives the quotation that starts with `opening`. */
function speakerOf(body: string, opening: string): string | null {
  const found = read(body).analysis.quotations.find((quotation) => quotation.text.startsWith(opening));
  if (!found) throw new Error(`no quotation starts with "${opening}"`);
  return found.speaker;
}

const CLASH = [
  'Michael Howard and Ruth Kelly clashed over school funding on Tuesday.',
  '"The money is simply not reaching classrooms," Mr Howard said.',
  'Ms Kelly rejected the claim. "Every school has had a real-terms rise," she said.',
  'He accused ministers of hiding the figures. "Parents know the truth," he added.',
].join('\n\n');

describe('quote speakers over passages', () => {
  it('GIVEN "..., Mr Howard said" THEN the quotation is Howard\'s', () => {
    expect(speakerOf(CLASH, 'The money is simply')).toBe('Howard');
  });

  it('GIVEN Ms Kelly named in the sentence before THEN "she said" goes to Kelly, not to the last speaker', () => {
    expect(speakerOf(CLASH, 'Every school has had')).toBe('Kelly');
  });

  it('GIVEN Kelly spoke last THEN a later "he added" goes back to Howard', () => {
    expect(speakerOf(CLASH, 'Parents know the truth')).toBe('Howard');
  });

  it('GIVEN only Mr Howard named THEN "she said" is an unnamed speaker, never Howard', () => {
    const body = 'Mr Howard spoke at a rally in Folkestone on Friday.\n\n"We will win this seat back," she said.';
    expect(speakerOf(body, 'We will win')).toBe("an unnamed speaker ('she')");
  });

  it('GIVEN a woman named by her given name THEN "she" finds her past a man named since', () => {
    const body = 'Patricia Hewitt opened the plant in Derby. Its manager, Mr Grant, showed her round.\n\n"These jobs are safe," she said.';
    expect(speakerOf(body, 'These jobs are safe')).toBe('Patricia Hewitt');
  });

  it('GIVEN words quoted inside a claim someone dismisses ("dismissed claims that … “…”") THEN they are not the dismisser\'s', () => {
    const body = 'Party leader Ann Price has dismissed claims that her housing policy was "a gift to landlords".';
    expect(speakerOf(body, 'a gift to landlords')).toBeNull();
  });

  it('GIVEN a word quoted in what someone denies with no "that" ("denied the party was trying to “hide” him") THEN it is not the denier\'s', () => {
    const body = 'Party chief Ann Price denied the party was trying to "hide" its leader.';
    expect(speakerOf(body, 'hide')).toBeNull();
  });

  it('GIVEN a label after "so-called" before a speaker\'s verb THEN the label is no one\'s words', () => {
    const body = 'The ad men behind the so-called "Fagin" posters have not been sacked, as party chief Ann Price declared, "they are doing a very good job".';
    expect(speakerOf(body, 'Fagin')).toBeNull();
  });

  it('GIVEN a word the dismisser uses of what they dismiss ("dismissed the report as “…”") THEN it is theirs', () => {
    const body = 'Ms Price dismissed the report as "pure fantasy".';
    expect(speakerOf(body, 'pure fantasy')).toBe('Price');
  });

  it('GIVEN a person only mentioned inside a phrase after the subject of the sentence before THEN "he said" goes to the subject', () => {
    const body = 'Mr Hale used his speech to set out the party\'s plans. There was an attempt to end talk of his rift with Chancellor Tom Ord. It is, as he said, more than "a slogan".';
    expect(speakerOf(body, 'a slogan')).toBe('Hale');
  });

  it('GIVEN "The prime minister" opening the sentence before THEN "He insisted" is the prime minister, not a lord named before that', () => {
    const body = 'The party repaid money to Lord Ashby after he predicted a defeat. The prime minister toured the country at the weekend. He insisted "the date is not fixed".';
    expect(speakerOf(body, 'the date is not fixed')).toBe('The prime minister');
  });

  it('GIVEN an unnamed spokesman before a sentence that mentions a named man THEN a later "He denied" is the named man', () => {
    const body = 'A party spokesman said: "Mike has strong views."\n\nThe film showed tensions between Mr Vale and his colleagues. He denied "wanting the top job".';
    expect(speakerOf(body, 'wanting the top job')).toBe('Vale');
  });

  it('GIVEN "Name, role told" with the role\'s closing comma missing THEN "he said" in the next sentence is that name', () => {
    const body = 'His enthusiasm is undimmed, Alan Marsh, the party\'s election strategist told the BBC. Mr Hale has "the same passion", he said.';
    expect(speakerOf(body, 'the same passion')).toBe('Alan Marsh');
  });

  it("GIVEN a closing mark set off by a space before the next sentence's speaker THEN the quotation stays with the speaker who opened it", () => {
    const body = 'Tory chairman Tom Vale said: "The figures do not add up. "Families would be worse off. " And Chancellor Ann Price said the plans were costed.';
    expect(speakerOf(body, 'Families would be worse off')).toBe('Tom Vale');
  });

  it('GIVEN a group named before THEN "they said" goes to the group', () => {
    const body = 'Rebel Labour MPs met the chief whip on Monday night.\n\n"We will vote against the bill," they said.';
    expect(speakerOf(body, 'We will vote against')).toBe('Rebel Labour MPs');
  });

  it('GIVEN a company named before THEN "it said" goes to the company', () => {
    const body = 'Corvane Motors reported a sharp fall in sales in Europe.\n\n"The strong pound has hurt our exports," it said.';
    expect(speakerOf(body, 'The strong pound')).toBe('Corvane Motors');
  });

  it('GIVEN "the chancellor" after Chancellor Gordon Brown THEN the quotation is Brown\'s', () => {
    const body = 'Chancellor Gordon Brown delivered his pre-budget report on Thursday.\n\n"Britain is better placed than ever," the chancellor said.';
    expect(speakerOf(body, 'Britain is better placed')).toBe('Gordon Brown');
  });

  it('GIVEN the person told ("told BBC News") THEN the speaker is who told, not the outlet', () => {
    const body = '"I have no regrets," Mr Byers told BBC News.';
    expect(speakerOf(body, 'I have no regrets')).toBe('Byers');
  });

  it("GIVEN a quotation that runs on into the next sentence THEN both sentences are its speaker's", () => {
    const { analysis } = read('"We cannot go on like this. The service is close to collapse," said Dr Ian Bogle.');
    // However the splitter cuts it, every sentence of the quotation is Bogle's.
    for (const certainty of analysis.sentences) expect(certainty.attributedTo).toEqual(['Ian Bogle']);
  });

  it("GIVEN any passage THEN every quotation's speaker is one of its sentence's sources, so /who and the note agree", () => {
    for (const body of [CLASH, 'Mr Howard spoke on Friday.\n\n"We will win," she said.', '"It is over," the firm said. Mr Reid told MPs: "We tried."']) {
      const { analysis } = read(body);
      for (const quotation of analysis.quotations) {
        if (quotation.speaker !== null) expect(must(analysis.sentences[quotation.sentenceIndex], `sentence ${quotation.sentenceIndex}`).attributedTo).toContain(quotation.speaker);
      }
    }
  });
});

describe('quotations that run over several sentences, each opened and only the last closed', () => {
  const REOPENED = [
    'The union leader Sara Quinn said: "Our members have waited three years for this offer. "They will not wait another three."',
    'Ms Quinn said the strike would go ahead on Monday.',
  ].join('\n\n');

  it('GIVEN "… offer. "They will …" THEN each sentence of the quotation is a quotation of its own, a verbatim slice ending at its full stop', () => {
    const { article, analysis } = read(REOPENED);
    const first = analysis.quotations.find((quotation) => quotation.text.startsWith('Our members'));
    expect(first?.text).toBe('Our members have waited three years for this offer.');
    expect(first && article.text.slice(first.start, first.end)).toBe(first?.text);
  });

  it("GIVEN a quotation reopened at a new sentence THEN both its sentences are the speaker's who introduced it", () => {
    expect(speakerOf(REOPENED, 'Our members have waited')).toBe('Sara Quinn');
    expect(speakerOf(REOPENED, 'They will not wait')).toBe('Sara Quinn');
  });

  it('GIVEN a reopened quotation closed with "said X" THEN its first sentence is X\'s too', () => {
    const body = 'The vote is on Friday. "It will be close. "We are ready for either result," said Tom Reyes, the party\'s agent.';
    expect(speakerOf(body, 'It will be close')).toBe('Tom Reyes');
  });

  it('GIVEN a paragraph that opens with a quotation and names nobody THEN it goes on the last speaker of the paragraph before', () => {
    const body = ['In a statement, the chief constable Ruth Adams said: "The inquiry was thorough." She said officers had been told to cooperate.', '"Nobody has been suspended."'].join('\n\n');
    expect(speakerOf(body, 'Nobody has been suspended')).toBe('Ruth Adams');
  });

  it('GIVEN a quotation that opens a paragraph after one with no quotation THEN it is not given an earlier speaker', () => {
    const body = ['Mr Grant said: "We will appeal."', 'The court sits again in May.', '"It is a scandal."'].join('\n\n');
    expect(speakerOf(body, 'It is a scandal')).toBeNull();
  });

  it('GIVEN a reopened quotation earlier in the paragraph THEN a later quotation with its own speaker is still found', () => {
    const body = 'Mr Lane said: "Prices are too high. "Nobody can afford a home." Jo Park, his rival, said: "The market will cool."';
    expect(speakerOf(body, 'The market will cool')).toBe('Jo Park');
  });

  it('GIVEN a quoted word inside a sentence (no full stop before the mark) THEN it is not read as a new part', () => {
    const body = 'She said: "The plan was \'sold\' to voters as a saving." Then she left.';
    expect(speakerOf(body, 'The plan was')).not.toBeNull();
  });
});

describe('the speaker of a quotation after "X told Y:"', () => {
  it('GIVEN "X told MPs: …" THEN the quotation is X\'s, not the MPs\'', () => {
    expect(speakerOf('Mr Dale told MPs: "The scheme will be scrapped."', 'The scheme will')).toBe('Dale');
  });

  it('GIVEN a time phrase before "X told reporters: …" THEN the speaker is X alone, without the time or the verb', () => {
    expect(speakerOf('On Monday, Dr Helen Marsh told reporters: "We were never consulted."', 'We were never')).toBe('Helen Marsh');
  });

  it('GIVEN "X told a BBC programme: …" THEN the note names X and no outlet, since the outlet only asked', () => {
    const { analysis } = read('Lord Wexley told BBC Radio 4\'s Today programme: "The figures are wrong."');
    expect(analysis.quotations[0]?.speaker).toBe('Wexley');
    expect(analysis.sentences[0]?.sourcing).toBe('named');
    expect(analysis.sentences[0]?.attributedTo).not.toContain('BBC');
  });
});

describe('speakers named by a title and given name, or for a body', () => {
  it('GIVEN "Sir John Bourne" named in full earlier THEN "Sir John said" is his, not a man called John', () => {
    const body = [
      'Sir John Bourne, the head of the audit office, published his report on Tuesday.',
      'Ministers have until June to reply.',
      'On the unpaid bills, Sir John said the department had been "slow".',
    ].join('\n\n');
    expect(speakerOf(body, 'slow')).toBe('John Bourne');
  });

  it('GIVEN "Sir Menzies said" with no full name before THEN the speaker keeps the title, never the given name alone', () => {
    expect(speakerOf('Sir Menzies said the war had been "a mistake".', 'a mistake')).toBe('Sir Menzies');
  });

  it('GIVEN "a spokesman for the firm" after the firm is named THEN the source is a spokesman for that firm, named', () => {
    const { analysis } = read('Dunmore Energy owns three fields in the North Sea. A spokesman for the firm said the new tax would cut their value by 5%.');
    expect(analysis.sentences[1]?.sourcing).toBe('named');
    expect(analysis.sentences[1]?.attributedTo.join(' ')).toContain('Dunmore Energy');
  });

  it('GIVEN "a spokesman for the firm" with no firm named before THEN the spokesman stays anonymous', () => {
    const { analysis } = read("A spokesman for the firm said the new tax would cut the field's value by 5%.");
    expect(analysis.sentences[0]?.sourcing).toBe('anonymous');
  });
});

describe('speakers of quotations inside what someone reports', () => {
  it('GIVEN "X pointed out that Y have announced their withdrawal "…"" THEN the quotation is X\'s, who reports it', () => {
    const body = 'Mr Kennedy pointed out that Denmark and Poland, which both have troops in the south, have announced their withdrawal "whatever happens on the ground".';
    expect(speakerOf(body, 'whatever happens')).toBe('Kennedy');
  });

  it('GIVEN "X said that Y told her: "…"" THEN the quotation is Y\'s, whose verb it follows', () => {
    expect(speakerOf('Ms Hale said that Mr Dorn told her: "The plan is dead."', 'The plan is dead')).toBe('Dorn');
  });

  it('GIVEN "…, with Y warning that "…"" after another source THEN the quotation is Y\'s', () => {
    expect(speakerOf('Officials confirmed the talks had stalled, with Mr Dorn warning that "nothing is agreed".', 'nothing is agreed')).toBe('Dorn');
  });

  it('GIVEN "denied by X, who accused them of "…"" THEN the quotation is X\'s', () => {
    expect(speakerOf('His claims were denied by Home Secretary Jane Marsh, who accused the party of "scaremongering".', 'scaremongering')).toBe('Jane Marsh');
  });

  it("GIVEN a sentence with no cue of its own that quotes words its speaker is known for THEN the sentence is that speaker's", () => {
    const body = 'Mr Kennedy set out his party\'s plan for Iraq on Monday. "Our troops should be home by Christmas," he said. Any exit strategy must "protect and support" the new parliament.';
    const { analysis } = read(body);
    expect(analysis.sentences[2]?.attributedTo).toEqual(['Kennedy']);
  });
});

describe('quoted texts that nobody speaks', () => {
  it('GIVEN "The proposed question is: "…"" after a speaker\'s quotation THEN the question has no speaker', () => {
    const body = '"We will win this vote," Mr Ancram said. The proposed question for the referendum is: "Should the UK approve the treaty?"';
    expect(speakerOf(body, 'Should the UK')).toBeNull();
  });
});

describe('speakers of a reporting clause, not of a name it only speaks of', () => {
  it('GIVEN "A UKIP spokesman said …" and then "He argued …, just as Mr K …" THEN "he" is the spokesman, not the man named in what he argued', () => {
    const body = [
      'Mr Kendal was heard attacking the party on Tuesday.',
      'A Veritas spokesman said there were 30 members in the group. He argued it was their right to hold such views - just as Mr Kendal had a right to his.',
    ].join('\n\n');
    const { analysis } = read(body);
    expect(analysis.sentences[2]?.attributedTo).toEqual(['A Veritas spokesman']);
  });

  it('GIVEN "A spokeswoman said …" THEN a later "she said" is hers', () => {
    const body = 'Mr Grant opened the hearing.\n\nA spokeswoman for the council said the site was safe. "We have checked it twice," she said.';
    expect(speakerOf(body, 'We have checked')).toBe('A spokeswoman for the council');
  });

  it('GIVEN "The barrister who had represented Mr M had said "…", said Mr C" THEN the quotation is the barrister\'s and a next "He said" is Mr C\'s', () => {
    const body = 'The barrister who had represented Mr Moss had said the rules were "stacked against" the householder, said Mr Carey. He said: "Nobody has explained the law well enough."';
    expect(speakerOf(body, 'stacked against')).toBe('The barrister');
    expect(speakerOf(body, 'Nobody has explained')).toBe('Carey');
  });

  it("GIVEN a phrase quoted inside the article's own sentence that names the last speaker THEN the phrase is not that speaker's", () => {
    const body = 'Mr Dorn repeated the party\'s slogans and spoke of its "shared purpose". The event was meant to show the "central role" Mr Dorn will play in the campaign.';
    expect(speakerOf(body, 'central role')).toBeNull();
  });

  it('GIVEN a quotation that opens its sentence and then "Prof X continues" THEN the quotation is still X\'s', () => {
    const body = '"We will not stop every attack," Prof Lind writes. "We must be ready for the worst," Prof Lind continues.';
    expect(speakerOf(body, 'We must be ready')).toBe('Lind');
  });

  it("GIVEN a speaker who spoke without quoting after the last quotation THEN a quoted phrase in a next sentence with no cue is that speaker's", () => {
    const body =
      'Mr Kendal said: "I was wrong to stay." A party spokesman said there were 40 members in the group. They came from every wing of politics but shared a belief in the "folly of the treaty".';
    expect(speakerOf(body, 'folly of the treaty')).toBe('A party spokesman');
  });
});

describe('speakers named by a role written before their name', () => {
  it('GIVEN "chairman Chung Mong-koo said" THEN a later "He said" is Chung Mong-koo, hyphenated part and all', () => {
    const body = '"We will build a second plant," chairman Chung Mong-koo said in a statement.\n\n"India is our base for exports," he said.';
    expect(speakerOf(body, 'India is our base')).toBe('Chung Mong-koo');
  });

  it('GIVEN "survey chairman Norvel Ashby" whose given name is in no list THEN "he said" is Norvel Ashby', () => {
    const body = '"It was another good month," said survey chairman Norvel Ashby.\n\n"Exports remain strong," he said.';
    expect(speakerOf(body, 'Exports remain strong')).toBe('Norvel Ashby');
  });
});

describe('speakers named by a role the article gave them elsewhere', () => {
  it('GIVEN "X, who was cabinet secretary from 1988 to 1998," THEN a quotation after "The former cabinet secretary said:" is X\'s', () => {
    const body =
      'Lord Hadley, who was cabinet secretary from 1988 to 1998, has attacked the way the government works.\n\nThe former cabinet secretary said in an interview: "There is far too much central control."';
    expect(speakerOf(body, 'There is far too much')).toBe('Hadley');
  });

  it('GIVEN "A senior Tory MP has criticised …" and then "X, the Tory MP for Y, said" THEN the first sentence\'s quotation is X\'s', () => {
    const body = 'A senior Tory MP has criticised the department\'s "lackadaisical" approach to flood planning.\n\nEdward Lyle, the Tory MP for Ashby, said the agency was "dragging its heels".';
    expect(speakerOf(body, 'lackadaisical')).toBe('Edward Lyle');
  });

  it('GIVEN two people given the role THEN a quotation after "The spokesman said:" stays the role\'s as written', () => {
    const body = 'Jane Moor, the Labour spokesman, and Tom Reed, the Tory spokesman, clashed over the plans on Monday.\n\nThe spokesman said: "This is a tax on families."';
    expect(speakerOf(body, 'This is a tax')).toBe('The spokesman');
  });
});

describe('names and titles in quotation marks', () => {
  it('GIVEN "which means \\"Work of God\\" in Latin" after a quoted speaker THEN the name is cited, no one’s words', () => {
    const body = 'Ms Vale said: "I have my faith." Her links to the group, which means "Work of God" in Latin, have been questioned.';
    expect(speakerOf(body, 'Work of God')).toBeNull();
  });

  it('GIVEN "dubbing Mr Brown \\"Sir Wastealot\\"" THEN the coinage is the dubber’s', () => {
    const body = 'But Mr Lewin, for the Tories, attacked government red tape, dubbing Mr Brown "Sir Wastealot".';
    expect(speakerOf(body, 'Sir Wastealot')).toBe('Lewin');
  });
});

describe('a term in single marks in an article that quotes speech in double marks', () => {
  const BOOM = [
    'Shares in Dublin rose on Monday. Fund manager Brian Healy said: "It is still looking good."',
    "Ireland's economic 'miracle' is enjoying a second wind, with strong growth expected this year.",
  ].join(' ');

  it('GIVEN a speaker quoted just before THEN the single-marked "miracle" is no one\'s words', () => {
    expect(speakerOf(BOOM, 'miracle')).toBeNull();
  });

  it('GIVEN the same words in double marks THEN they still go on with the speaker before', () => {
    expect(speakerOf(BOOM.replace("'miracle'", '"miracle"'), 'miracle')).toBe('Brian Healy');
  });

  it('GIVEN words in guillemets beside double marks THEN they are no single-marked term, and go on with the speaker', () => {
    expect(speakerOf(BOOM.replace("'miracle'", '\u00ABmiracle\u00BB'), 'miracle')).toBe('Brian Healy');
  });

  it('GIVEN an article that quotes all its speech in single marks THEN a phrase in them still goes on with the speaker', () => {
    expect(speakerOf(BOOM.replace(/"/gu, "'"), 'miracle')).toBe('Brian Healy');
  });
});

describe('a quotation the article forgot to close', () => {
  const UNCLOSED = [
    'The released detainee spoke to reporters in London.',
    'Mr Okafor, who says he is not bitter, said: "I lost two years of my life for nothing. He added: "They wanted to break me but they made me stronger." The Pentagon said: "He was properly held."',
  ].join('\n\n');

  it("GIVEN a colon and a new mark in a later sentence THEN the unclosed quotation ends at the sentence before, and is the speaker's", () => {
    const found = read(UNCLOSED).analysis.quotations.find((quotation) => quotation.text.startsWith('I lost two years'));
    expect(found?.text).toBe('I lost two years of my life for nothing.');
    expect(found?.speaker).toBe('Okafor');
  });

  it('GIVEN the quotations after it THEN each is found again, with its own speaker', () => {
    expect(speakerOf(UNCLOSED, 'They wanted to break me')).toBe('Okafor');
    expect(speakerOf(UNCLOSED, 'He was properly held')).toBe('Pentagon');
  });

  it('GIVEN "Mr." inside the unclosed quotation THEN its full stop ends no sentence, and the quotation runs on to the real one', () => {
    const passage = 'Senator Joan Pike said: "I spoke to Mr. Hale about the budget. Then she added: "We will vote no."';
    const quoted = read(passage).analysis.quotations.map((quotation) => quotation.text);
    expect(quoted).toContain('I spoke to Mr. Hale about the budget.');
  });

  it('GIVEN sentences between the unclosed mark and the next colon THEN only the first is quoted: where it should close cannot be told', () => {
    const passage = 'Full-back Ashley Hale said: "Of course he will learn. Johan Berg is likely to start up front on Sunday. Coach Ian Moss said: "We need a second striker."';
    const quoted = read(passage).analysis.quotations.map((quotation) => quotation.text);
    expect(quoted).toContain('Of course he will learn.');
    expect(quoted.some((text) => text.includes('Johan Berg'))).toBe(false);
  });
});
