import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an article that opens a noun phrase of its own inside the words before the verb', () => {
  it('GIVEN "That\'s why the Lyons review recommends …" THEN the review is the source, not the words before it', () => {
    expect(certaintyOf("That's why the Lyons review recommends that the targets be cut to ten.").attributedTo).toEqual(['the Lyons review']);
  });

  it('GIVEN "Two weeks\' ago the airline announced …" THEN the time is no part of the source', () => {
    expect(certaintyOf("Two weeks' ago the airline announced it would close two routes.").attributedTo).toEqual(['the airline']);
  });

  it('GIVEN "According to Ms Walker the chancellor said: …" (no comma) THEN the chancellor is a source of his own, not part of her name', () => {
    expect(certaintyOf('According to Ms Walker the chancellor said: "We will not raise the rate."').attributedTo).toEqual(['Walker', 'the chancellor']);
  });

  it('GIVEN "the £2bn the Treasury had pledged." ending the sentence THEN the pledge is background and the Treasury no source of the sentence', () => {
    expect(certaintyOf('Mr Vine compared the new cost with the £2bn the Treasury had pledged.').sourcing).toBe('none');
  });

  it('GIVEN a kind of body before its name ("Pressure group the Ramblers Association said") THEN the body is named', () => {
    expect(certaintyOf('Pressure group the Ramblers Association said the path should stay open.').attributedTo).toEqual(['Ramblers Association']);
  });
});

describe('who issued the statement a participle reports', () => {
  it('GIVEN "Mr Dale and Mr Ross issued a statement late on Friday saying …" THEN both men are sources', () => {
    expect(certaintyOf('Mr Dale and Mr Ross issued a statement late on Friday saying they would keep their shares.').attributedTo).toEqual(['Dale', 'Ross']);
  });

  it('GIVEN "The unions and the employers issued a statement saying …" THEN the two sides are the sources, not the statement', () => {
    expect(certaintyOf('The unions and the employers issued a statement saying talks would resume.').attributedTo).toEqual(['The unions', 'the employers']);
  });

  it('GIVEN "The firm released a statement saying …" THEN the firm is the source', () => {
    expect(certaintyOf('The firm released a statement saying sales had fallen.').attributedTo).toEqual(['The firm']);
  });
});
