import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The speaker the analysis gives the quotation that starts with `opening`, in a passage whose paragraphs are joined by blank lines. */
function speakerOf(paragraphs: readonly string[], opening: string): string | null {
  const result = readArticle('passage.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  const found = analyseArticle(result.article).quotations.find((quotation) => quotation.text.startsWith(opening));
  if (!found) throw new Error(`no quotation starts with "${opening}"`);
  return found.speaker;
}

const PORTRAYED = [
  'Former finance director Tom Hale gave evidence on the fourth day of the trial.',
  'He portrayed Mr Ellis as a man obsessed with costs. "He would talk about the price of paper clips for hours," he said. "We needed to cut expenses, he told us, every single week."',
];

describe('quote speakers: a pronoun subject carries on the subject before it', () => {
  it('GIVEN "He portrayed Mr Ellis as …" after Tom Hale was named THEN the next "he said" is Hale\'s, not Ellis\'s', () => {
    expect(speakerOf(PORTRAYED, 'He would talk about')).toBe('Tom Hale');
  });

  it('GIVEN the quotation goes on in a sentence of its own THEN it stays with Hale', () => {
    expect(speakerOf(PORTRAYED, 'We needed to cut')).toBe('Tom Hale');
  });

  it('GIVEN "He described Mr Ellis as …" THEN "he said" is the describer\'s', () => {
    const passage = ["Mr Hale, the firm's former auditor, spoke for two hours.", 'He described Mr Ellis as careful to a fault. "He checked every bill himself," he said.'];
    expect(speakerOf(passage, 'He checked every bill')).toBe('Hale');
  });

  it('GIVEN "She blamed Mr Ellis for …" after Ms Rust was named THEN "she said" is Rust\'s', () => {
    const passage = ['Union leader Joan Rust addressed the conference on Monday.', 'She blamed Mr Ellis for the closures. "The workers paid for his mistakes," she said.'];
    expect(speakerOf(passage, 'The workers paid')).toBe('Joan Rust');
  });

  it('GIVEN "But he told Mr Ellis …" opening the sentence THEN the subject is still the one named before', () => {
    const passage = ['Mr Hale denied any wrongdoing.', 'But he told Mr Ellis in a letter that the accounts were late. "I warned them twice," he said.'];
    expect(speakerOf(passage, 'I warned them twice')).toBe('Hale');
  });

  it('GIVEN a woman puts the question to Mr Ellis THEN "he said" is Ellis\'s answer', () => {
    const passage = ['Committee chair Ann Rust opened the hearing.', 'She asked Mr Ellis about the costs. "We cut them as fast as we could," he said.'];
    expect(speakerOf(passage, 'We cut them')).toBe('Ellis');
  });
});

describe('quote speakers: the one asked answers', () => {
  it('GIVEN "He pressed Mr Ellis on the costs" THEN "he said" is Ellis\'s answer, not the questioner\'s', () => {
    const passage = ['Mr Hale chaired the hearing.', 'He pressed Mr Ellis on the costs. "We cut them as fast as we could," he said.'];
    expect(speakerOf(passage, 'We cut them')).toBe('Ellis');
  });

  it('GIVEN "He asked Mr Ellis whether …" THEN "he said" is Ellis\'s answer', () => {
    const passage = ['Mr Hale chaired the hearing.', 'He asked Mr Ellis whether the plant would close. "Not this year," he said.'];
    expect(speakerOf(passage, 'Not this year')).toBe('Ellis');
  });

  it('GIVEN "He asked Mr Ellis to resign" (a request, not a question) THEN "he said" stays with the one asking', () => {
    const passage = ['Mr Hale chaired the hearing.', 'He asked Mr Ellis to resign. "It is time for a fresh start," he said.'];
    expect(speakerOf(passage, 'It is time')).toBe('Hale');
  });
});

/** Seven sentences that name no one, to put a first mention out of a pronoun's reach. */
const INTERLUDE = [
  'The party held its debate in a school hall.',
  'Voters were split on taxes.',
  'Turnout was low in the rural counties.',
  'The economy dominated the evening.',
  'The field was wide open.',
  'Local papers gave the debate their front pages.',
  'Tickets had sold out within an hour.',
];

describe('quote speakers: a bare surname long after the full name', () => {
  it('GIVEN "Ben Carver" named paragraphs before a bare "Carver" THEN the bare name is still Carver and "he said" after it is his', () => {
    const passage = [
      'Ben Carver opened his campaign office in Leeds.',
      ...INTERLUDE,
      'Carver once ran level with front-runner Tom Drake in the polls. But he slipped to third place in the latest survey.',
      '"Nobody on my team is going anywhere," he said.',
    ];
    expect(speakerOf(passage, 'Nobody on my team')).toBe('Carver');
  });

  it('GIVEN "President Obama" (no sex given) named paragraphs before a bare "Obama" THEN a later "she said" does not go to Obama', () => {
    const passage = ['President Obama spoke in Ohio.', ...INTERLUDE, 'Obama was expected to campaign with her.', '"It was a fine speech," she said.'];
    expect(speakerOf(passage, 'It was a fine speech')).toBe("an unnamed speaker ('she')");
  });
});

describe('quote speakers: the subject of a sentence that does not open with it', () => {
  it('GIVEN "Raised in …, Lord Ashby became …" after another man spoke THEN the "he said" that follows is Ashby\'s', () => {
    const passage = [
      'Party leader Colin Reed said: "He was a giant of the movement."',
      'Raised in Hull and trained as a printer, Lord Ashby became a union organiser in his twenties.',
      'He joined the navy in 1942. When his own party turned against him, he said: "Nobody will force me out."',
    ];
    expect(speakerOf(passage, 'Nobody will force me out')).toBe('Ashby');
  });

  it('GIVEN "Political correspondent Glenn Ward said …" after "Officers said Gale should …" THEN "He said:" is the correspondent\'s', () => {
    const passage = [
      'Martin Gale, 41, walked out of the clinic on Sunday.',
      ...INTERLUDE,
      'Officers said Gale should not be approached.',
      'Political correspondent Glenn Ward said the minister wanted answers by Friday. He said: "No single official approved the release."',
    ];
    expect(speakerOf(passage, 'No single official')).toBe('Glenn Ward');
  });

  it('GIVEN "called for Commons leader Peter Hale to …" before another man speaks THEN "he said" is the speaker\'s, not Hale\'s', () => {
    const passage = [
      'Opposition parties called for Commons leader Peter Hale to explain the leak.',
      'Conservative frontbencher Andrew Tyne demanded an inquiry. Rising in the chamber, he said the leak was "a slap in the face for MPs".',
    ];
    expect(speakerOf(passage, 'a slap in the face')).toBe('Andrew Tyne');
  });
});

describe('quote speakers: a name of one word after a role that opens the sentence', () => {
  it('GIVEN "United midfielder Delo, who once …, was surprised …" after the coach spoke THEN "he said" is Delo\'s', () => {
    const passage = [
      'Coach Frank Rijk criticised the visitors for leaving early. "That is poor manners," he said.',
      'United midfielder Delo, who once played under the visiting coach, was surprised too. "He never used to act like that," he said.',
    ];
    expect(speakerOf(passage, 'He never used to act')).toBe('Delo');
  });

  it('GIVEN "the club called for coach Delo to …" THEN the one-word name is no subject and "he said" stays with the speaker before', () => {
    const passage = ['Mr Rijk, the chairman, spoke after the game.', 'The fans called for coach Delo to go. "We will decide in the summer," he said.'];
    expect(speakerOf(passage, 'We will decide')).toBe('Rijk');
  });
});

describe('quote speakers: a sex the article gives outranks a guess', () => {
  it('GIVEN "she said" once guessed for a name of no known sex THEN that guess does not follow the name paragraphs later, and "he added" after it is theirs', () => {
    const passage = [
      'Lib Dem president Morgan Hughes opened the debate.',
      '"Labour has lost people\'s trust," she said.',
      ...INTERLUDE,
      'For the Lib Dems, Morgan Hughes said pensioners were means tested. He added: "Council tax is unfair."',
    ];
    expect(speakerOf(passage, 'Council tax is unfair')).toBe('Morgan Hughes');
  });
});

describe('quote speakers: a pronoun never goes to words that name no one', () => {
  it('GIVEN "According to a speech text handed out by aides, he told members" after Gordon Brown THEN the quotation is Brown\'s, not the text\'s', () => {
    const passage = ['Gordon Brown addressed the conference.', 'According to a speech text handed out by aides, he told members: "We must stand together."'];
    expect(speakerOf(passage, 'We must stand together')).toBe('Gordon Brown');
  });

  it('GIVEN "Our correspondent said" THEN a later "he added" stays with the correspondent', () => {
    const passage = ['Union leaders met the deputy prime minister, Tom Brand, on Friday.', 'Our correspondent said no offer had been made. Talks had "a fair chance" of resuming, he added.'];
    expect(speakerOf(passage, 'a fair chance')).toBe('Our correspondent');
  });
});
