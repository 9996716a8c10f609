import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Certainty } from '../../src/model/answer.ts';
import { must } from '../support/must.ts';

/**
 * Whose voice an article's paragraphs are in: a guest's first-person piece, readers' comments signed or not, and the news
 * shapes that only look like them. Every text is written for these tests in the shapes of real pages.
 */

/** The notes of an article made of these paragraphs, by the opening words of a sentence. */
function notesOf(paragraphs: readonly string[]): (opening: string) => Certainty {
  const result = readArticle('voices.txt', new TextEncoder().encode(`A headline for the page\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the article');
  const { article } = result;
  const analysis = analyseArticle(article);
  return (opening) => {
    const index = article.sentences.findIndex((sentence) => sentence.text.startsWith(opening));
    if (index < 0) throw new Error(`no sentence opens with: ${opening}`);
    return must(analysis.sentences[index], `sentence ${index}`);
  };
}

const GUEST_PIECE = [
  'The government has set out plans to let ministers hold suspects without trial for longer.',
  'Ministers say the change is needed to stop attacks. But the novelist Harold Pembury tells BBC News of his personal response to the plans.',
  'I was born in a garrison town in 1941. My first memory is of a siren. We slept in the cellar for most of that winter.',
  'Every generation has been told that its danger is new. The Home Secretary says this one is different. I have heard that before.',
  'A free country does not lock people up on a minister’s word. That is the line we should hold.',
];

describe('a guest’s first-person piece', () => {
  it('GIVEN a piece handed over to a named writer THEN its narrative sentences are attributed to the writer', () => {
    const note = notesOf(GUEST_PIECE);
    for (const opening of ['I was born', 'My first memory', 'Every generation', 'A free country', 'That is the line']) {
      expect(note(opening), opening).toMatchObject({ sourcing: 'named', attributedTo: ['Harold Pembury'] });
    }
  });

  it('GIVEN a sentence in the piece that names its own source THEN it keeps that source', () => {
    expect(notesOf(GUEST_PIECE)('The Home Secretary says').attributedTo.join(' ')).toContain('Home Secretary');
  });

  it('GIVEN the news paragraphs before the hand-over THEN they stay the article’s own', () => {
    expect(notesOf(GUEST_PIECE)('The government has set out')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN readers answering the piece after it THEN each answer is an unsigned reader’s, not the writer’s', () => {
    const note = notesOf([
      ...GUEST_PIECE,
      'I agree with Harold Pembury. We cannot fight fear by becoming afraid.',
      'An interesting article, but the threat really is new this time. Nobody in 1941 carried a bomb onto a bus.',
    ]);
    expect(note('We cannot fight fear')).toMatchObject({ sourcing: 'anonymous', attributedTo: ['a reader (unsigned comment)'] });
    expect(note('Nobody in 1941')).toMatchObject({ sourcing: 'anonymous' });
    expect(note('A free country').attributedTo).toEqual(['Harold Pembury']);
  });

  it('GIVEN a standfirst tagged with its columnist THEN the column is theirs and the closing line about them is the article’s', () => {
    const note = notesOf([
      'The real risk to your savings is not the hacker at the door, argues technology analyst Marion Keble.',
      'Most of us worry about what happens to our card number on the way to the shop. I used to worry about it myself.',
      'The danger is inside the building. A clerk with a grudge can copy a whole customer list in an afternoon.',
      'Marion Keble is a regular contributor to the Tuesday technology programme.',
    ]);
    expect(note('The danger is inside')).toMatchObject({ sourcing: 'named', attributedTo: ['Marion Keble'] });
    expect(note('A clerk with a grudge').attributedTo).toEqual(['Marion Keble']);
    expect(note('Marion Keble is a regular')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN a column whose closing line names its contributor, named in the standfirst too THEN the paragraphs between are theirs', () => {
    const note = notesOf([
      'Analyst Marion Keble has seen where television is going, and it is in her daughter’s bedroom.',
      'I bought my daughter a cheap tablet last spring. She has not watched the family television since.',
      'The broadcasters are still selling schedules. Nobody under twenty keeps one.',
      'Marion Keble is a regular commentator on the Tuesday technology programme.',
    ]);
    expect(note('The broadcasters are still')).toMatchObject({ sourcing: 'named', attributedTo: ['Marion Keble'] });
    expect(note('Analyst Marion Keble has seen')).toMatchObject({ sourcing: 'none' });
    expect(note('Marion Keble is a regular')).toMatchObject({ sourcing: 'none' });
  });

  it('GIVEN a closing line about a contributor but no first-person paragraphs THEN the report stays the article’s', () => {
    const note = notesOf([
      'Analyst Marion Keble has looked at the latest television figures.',
      'Viewing among under-twenties fell by a fifth last year. The broadcasters are cutting children’s programmes.',
      'Advertisers have followed the audience online.',
      'Marion Keble is a regular commentator on the Tuesday technology programme.',
    ]);
    expect(note('Viewing among under-twenties')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN the writer reporting their own words in the piece THEN the note names the writer, not an anonymous "I"', () => {
    const note = notesOf([...GUEST_PIECE, 'I told a junior minister so in 1998, and I wrote to the prime minister the week after.']);
    expect(note('I told a junior minister').attributedTo).toContain('Harold Pembury');
  });
});

/** A short news story that quotes, as a page prints one before its readers' comments. */
const STORY = [
  'The council voted on Tuesday to close two of the town’s three libraries to save money.',
  'The council says the building on Bank Street needs a new roof it cannot pay for. "We have no choice," its leader said.',
  'The two branches cost £400,000 a year to run. They will shut in April.',
];

/** Readers' comments with their heading and sign-offs gone, as the page leaves them. */
const TRAILING_COMMENTS = [
  'I have used the Bank Street library every week for thirty years. It is a false economy.',
  'Where will the children go after school now? My son does his homework there every night.',
  'We were never asked. The consultation was a sham!',
  'I agree with the council. Nobody borrows books any more, and the roof really is falling in.',
  'Why not charge a small fee instead of closing them? I would happily pay.',
  'Shocking decision. Our town deserves better!',
];

describe('readers’ comments', () => {
  it('GIVEN comments under a heading, each signed with a name and a place THEN each comment is its reader’s', () => {
    const note = notesOf([
      'The council voted on Tuesday to close two of the town’s three libraries to save money.',
      'Here is a selection of your comments.',
      'I have used the library on Bank Street every week for thirty years. Closing it is a false economy.',
      'Margaret Ellery, Hexham',
      'My children learnt to read there. Where are they supposed to go after school now?',
      'Peter Ravensworth, Morpeth',
    ]);
    expect(note('Closing it is a false economy')).toMatchObject({ sourcing: 'named', attributedTo: ['Margaret Ellery (a reader, Hexham)'] });
    expect(note('Where are they supposed to go').attributedTo).toEqual(['Peter Ravensworth (a reader, Morpeth)']);
    expect(note('The council voted')).toMatchObject({ sourcing: 'none' });
  });

  it('GIVEN each sign-off on the line under its comment, the last one closing the page THEN each comment is still its reader’s', () => {
    const result = readArticle(
      'voices.txt',
      new TextEncoder().encode(
        'A headline for the page\n\nThe council voted to close two libraries.\n\nWe asked readers what they thought. Here are some of your comments.\n\n' +
          'I have used the library every week for thirty years. Closing it is a false economy.\nMargaret Ellery, Hexham\n\n' +
          'My children learnt to read there. Where will they go now?\nPeter Ravensworth, Morpeth, UK\n',
      ),
    );
    if (!result.ok) throw new Error('the loader refused the article');
    const { article } = result;
    const notes = analyseArticle(article).sentences;
    const noteOf = (opening: string): Certainty => must(notes[article.sentences.findIndex((sentence) => sentence.text.startsWith(opening))], opening);
    expect(noteOf('Closing it').attributedTo).toEqual(['Margaret Ellery (a reader, Hexham)']);
    expect(noteOf('Where will they go').attributedTo).toEqual(['Peter Ravensworth (a reader, Morpeth, UK)']);
  });

  it('GIVEN comments under a heading with no sign-offs THEN each is an unsigned reader’s', () => {
    const note = notesOf([
      'The council voted on Tuesday to close two of the town’s three libraries to save money.',
      'Your comments:',
      'This is a false economy. The building will cost more to keep empty than to keep open.',
      'We should have been asked first. Nobody at the council reads the consultation replies anyway.',
    ]);
    expect(note('The building will cost more')).toMatchObject({ sourcing: 'anonymous', attributedTo: ['a reader (unsigned comment)'] });
    expect(note('Nobody at the council')).toMatchObject({ sourcing: 'anonymous' });
  });

  it('GIVEN first-person comments each closed by a sign-off and no heading THEN each comment is its reader’s', () => {
    const note = notesOf([
      'Fans have been sending their views on the new stadium plans.',
      'I have had a season ticket since 1985 and I will not pay these prices.',
      'Graham Whitfield, Sunderland',
      'We waited twenty years for a new ground. I think the club has got it right.',
      'Susan Harker, Durham',
    ]);
    expect(note('I have had a season ticket')).toMatchObject({ sourcing: 'named', attributedTo: ['Graham Whitfield (a reader, Sunderland)'] });
    expect(note('We waited twenty years').attributedTo).toEqual(['Susan Harker (a reader, Durham)']);
  });

  it('GIVEN a run of readers’ comments after a story whose heading the page lost THEN each is an unsigned reader’s and the story stays the article’s', () => {
    const note = notesOf([...STORY, ...TRAILING_COMMENTS]);
    expect(note('I have used the Bank Street library')).toMatchObject({ sourcing: 'anonymous', attributedTo: ['a reader (unsigned comment)'] });
    expect(note('Where will the children go')).toMatchObject({ sourcing: 'anonymous' });
    expect(note('The council says the building')).toMatchObject({ sourcing: 'named' });
    expect(note('The two branches cost')).toMatchObject({ sourcing: 'none' });
  });

  it('GIVEN a story that quotes no one until its third paragraph, then a run of readers’ comments THEN each comment is still an unsigned reader’s', () => {
    const note = notesOf([
      'Two of the town’s three libraries will close in April, the council has announced.',
      'The branches on Bank Street and Mill Lane cost £400,000 a year to run between them.',
      'The council’s leader said it had looked at every other budget first. "We have no choice," she said.',
      ...TRAILING_COMMENTS,
    ]);
    expect(note('I have used the Bank Street library')).toMatchObject({ sourcing: 'anonymous', attributedTo: ['a reader (unsigned comment)'] });
    expect(note('The branches on Bank Street')).toMatchObject({ sourcing: 'none' });
  });

  it('GIVEN fewer than five such paragraphs after a story THEN they stay the article’s', () => {
    const note = notesOf([...STORY, ...TRAILING_COMMENTS.slice(0, 3)]);
    expect(note('I have used the Bank Street library')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN an interview printed as questions and answers after a story THEN the answers are not read as readers’ comments', () => {
    const note = notesOf([
      ...STORY,
      'Q: Why close the libraries now?',
      'A: I have no money left. We looked at every other budget first.',
      'Q: Will the buildings be sold?',
      'A: I hope not. We want community groups to run them.',
      'Q: What do you say to the parents?',
      'A: I understand their anger. I would be angry too.',
    ]);
    expect(note('A: I have no money left').attributedTo).not.toContain('a reader (unsigned comment)');
  });

  it('GIVEN a reader opening with "I\'d say that" THEN the comment is the reader’s, not a source called "I\'d"', () => {
    const note = notesOf([
      'The council voted on Tuesday to close two of the town’s three libraries to save money.',
      'Your comments:',
      "I'd say that the council has its priorities wrong. The library costs less than the new signs.",
    ]);
    expect(note("I'd say").attributedTo).toEqual(['a reader (unsigned comment)']);
  });

  it('GIVEN a request for comments at the foot of a story THEN the paragraphs after it are not read as comments', () => {
    const note = notesOf([
      'The council voted on Tuesday to close two of the town’s three libraries to save money.',
      'Send us your views using the form below.',
      'We will publish a selection on Friday. The consultation closes at the end of the month.',
    ]);
    expect(note('The consultation closes')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN a stance adverb opening a reader’s sentence THEN the adverb is never its source', () => {
    const note = notesOf([
      'The council voted on Tuesday to close two of the town’s three libraries to save money.',
      'Your comments:',
      'Sadly comments such as the leader’s will make people think nobody is listening.',
    ]);
    expect(note('Sadly comments').attributedTo).not.toContain('Sadly');
  });
});

describe('a participle opening a sentence before its subject', () => {
  it('GIVEN "Shivering in a long dress, the actress … joked: "…"" THEN "Shivering" is no source of the sentence or the quotation', () => {
    const note = notesOf(['Shivering in a long silver dress, the actress stopped to sign autographs and joked: "It is tight but I love it."']);
    expect(note('Shivering in').attributedTo).not.toContain('Shivering');
  });

  it('GIVEN "Shivering in a long dress, the actress stopped … and joked: "…"" THEN the actress is the speaker', () => {
    const note = notesOf(['Shivering in a long silver dress, the actress stopped to sign autographs and joked: "It is tight but I love it."']);
    expect(note('Shivering in').attributedTo).toEqual(['the actress']);
  });

  it('GIVEN a surname shaped like a participle that the article also writes mid-sentence THEN it is still a name', () => {
    const note = notesOf(['Coach Liz Yelling said the marathon had gone well.', 'Yelling told the BBC she expected her runner to race again in April.']);
    expect(note('Yelling told')).toMatchObject({ sourcing: 'named', attributedTo: [expect.stringMatching(/Yelling$/u)] });
  });
});

describe('news that only looks like another voice', () => {
  it('GIVEN a news story quoting someone in the first person THEN its narrative stays the article’s and the quotation its speaker’s', () => {
    const note = notesOf([
      'A retired nurse has won her fight to keep her home after the council dropped its eviction case.',
      'Edna Farrow, 82, had lived in the flat for forty years.',
      '"I was born in this street and I intend to die in it," Mrs Farrow said. "My neighbours never doubted me."',
      'The council said it would review how it handles similar cases.',
    ]);
    expect(note('Edna Farrow, 82')).toMatchObject({ sourcing: 'none' });
    expect(note('"I was born').attributedTo.join(' ')).toContain('Farrow');
    expect(note('"My neighbours').attributedTo.join(' ')).toContain('Farrow');
    expect(note('The council said').attributedTo.join(' ')).toContain('council');
  });

  it('GIVEN a paragraph listing places THEN no paragraph is read as a reader’s comment', () => {
    const note = notesOf([
      'The tour will visit six cities in the spring. I am told tickets sold out within an hour.',
      'Leeds, Bradford, York',
      'We expect the extra dates to be announced next week. Our readers have asked for a Scottish leg.',
      'Newcastle, Durham',
    ]);
    expect(note('We expect the extra dates')).toMatchObject({ sourcing: 'none', attributedTo: [] });
    expect(note('The tour will visit')).toMatchObject({ sourcing: 'none' });
  });

  it('GIVEN a line naming a chief executive inside a news story THEN it is no sign-off', () => {
    const note = notesOf([
      'Shares in the shipping group fell 8% after it cut its profit forecast.',
      'We expected a weak quarter, but not this weak. Our customers have stopped ordering.',
      'John Smith, Chief Executive',
      'The company will publish full-year results in March. We will know more then.',
      'Mary Jones, Finance Director',
    ]);
    expect(note('We expected a weak quarter').attributedTo).not.toContain('John Smith (a reader, Chief Executive)');
    expect(note('The company will publish')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN a list of candidates, each name and place before a paragraph about them THEN none is a reader', () => {
    const note = notesOf([
      'Three candidates are standing in the by-election.',
      'Alice Brampton, Whitby',
      'A former teacher, she has led the town council for six years.',
      'Robert Linthorpe, Scarborough',
      'He runs a boatyard and has campaigned against the harbour charges.',
    ]);
    expect(note('A former teacher')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN a writer whose words are reported with "that" THEN the news after it is not read as their piece', () => {
    const note = notesOf([
      'A new book on the last election has angered senior figures in the party.',
      'In it the journalist Anna Brightwell writes that the leader offered to stand down twice.',
      'We understand the party will not comment. Its lawyers are said to be reading the book.',
    ]);
    expect(note('We understand the party')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });
});
