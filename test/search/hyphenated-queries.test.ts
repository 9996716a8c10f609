import { describe, expect, it } from 'vitest';
import { libraryOf } from '../crosscheck/library-of.ts';

// A hyphenated word asked for is one word: its parts side by side, never each part anywhere. The
// texts are written in the shapes of education, health and business reporting.
const library = libraryOf({
  exams:
    'Exam results rise again\n\nThe number of pupils gaining top A-level grades rose for the 22nd year in a row, exam boards said. ' +
    'Head teachers said the A-levels taken this summer were as hard as ever. Private schools asked for a level playing field. Critics said standards of literacy had fallen to worrying levels in some schools. ' +
    'Grades at GCSE level also rose.',
  hospital:
    'Scanner waits fall\n\nPatients waited less for X-rays and scans this winter, the health trust said. ' +
    'Staff said rays of sunshine through the new atrium had cheered the ward, which is on level x of the tower.',
  vote:
    'Labour holds seat\n\nLabour comfortably won the by-election in the north-east on Thursday, the returning officer said. ' +
    'The party said the result boded well for the general election expected in May.',
  match: 'Chelsea rotate again\n\nThe manager kept rivals guessing with his line-ups all season. ' + 'He said he would line them up in a back four and keep them there.',
  shops:
    'Retailer warns on profits\n\nThe chain said sales of T-shirts had slowed, and it would stop sending brochures by e-mail. ' +
    'Its list of suppliers grew. Its anti-fraud team was praised. Anti-war campaigners protested outside, saying social policy was ignored.',
});
const found = (query: string): string[] => library.index.search(query).hits.map((hit) => hit.sentence.text);

describe('a hyphenated word asked for', () => {
  it('with a one-letter first part finds the hyphenated term, not its second half anywhere', () => {
    const sentences = found('A-levels');
    expect(sentences).toHaveLength(2);
    expect(sentences).toEqual(expect.arrayContaining([expect.stringContaining('top A-level grades'), expect.stringContaining('the A-levels taken')]));
  });

  it('with a common word for a part finds it hyphenated, not spaced as grammar ("a level playing field")', () => {
    expect(found('A-level')).not.toContainEqual(expect.stringContaining('a level playing field'));
  });

  it('finds its parts side by side, not each somewhere in the sentence', () => {
    expect(found('X-rays')).toEqual([expect.stringContaining('waited less for X-rays')]);
  });

  it('of two content words finds them side by side, not apart', () => {
    expect(found('anti-social')).toEqual([]);
  });

  it('keeps a part the search would drop as a common word (by-election)', () => {
    expect(found('by-election')).toEqual([expect.stringContaining('won the by-election')]);
  });

  it('ending in a word the search drops finds its plural too (line-up, line-ups)', () => {
    expect(found('line-up')).toEqual([expect.stringContaining('guessing with his line-ups')]);
  });

  it('beside another word still needs every word of the query', () => {
    expect(found('A-level grades')).toEqual([expect.stringContaining('top A-level grades')]);
  });

  it('that no sentence holds is named whole in what the search looked for', () => {
    const result = library.index.search('A-list');
    expect(result.hits).toEqual([]);
    expect(result.asked).toBe('A-list');
  });

  it('lacking from a sentence that holds its parts apart is what that near miss lacks', () => {
    const [miss] = library.index.search('anti-social').nearMisses;
    expect(miss?.sentence.text).toContain('Anti-war campaigners');
    expect(miss?.missingTerms).toEqual(['anti-social']);
  });

  it('with a dash between spaced words is two words, as before', () => {
    expect(found('fraud - team')).toEqual([expect.stringContaining('anti-fraud team')]);
  });
});
