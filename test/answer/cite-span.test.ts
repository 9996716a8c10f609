import { describe, expect, it } from 'vitest';
import { citeSpan } from '../../src/answer/build.ts';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';
import { must } from '../support/must.ts';

const library = libraryOf({
  cards:
    'Minister presses on with ID cards\n\nHome Secretary Tom Hale has vowed to press on with identity cards despite a call for him to "pause for thought" from Anna Lane. Mr Hale said the scheme would go ahead next year.',
});
const sentence = sentenceOf(library, 'cards', 'pause for thought');
const quotation = must(library.quotationsOf('cards').find((candidate) => library.article('cards')?.text.slice(candidate.start, candidate.end).includes('pause for thought')));

describe('the note of a quotation cited on its own', () => {
  it("GIVEN quoted words whose speaker is not the source of their sentence THEN the note says whose words they are before the sentence's note", () => {
    const citation = citeSpan(library, sentence, { span: quotation, kind: 'quotation', speaker: 'Anna Lane' });
    expect(citation.certainty?.note).toMatch(/^The quoted words are Anna Lane's; the sentence as a whole: Attributed to .*Hale/u);
  });

  it("GIVEN quoted words whose speaker is the source of their sentence, under another form of the name THEN the note is the sentence's", () => {
    const citation = citeSpan(library, sentence, { span: quotation, kind: 'quotation', speaker: 'Mr Hale' });
    expect(citation.certainty?.note).toBe(library.certaintyOf(sentence)?.note);
  });
});
