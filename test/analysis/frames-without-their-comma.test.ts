import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a frame of the speaking whose comma is left out is no part of the speaker', () => {
  it('GIVEN "In a talk at a software fair in Leeds Mr Okafor said …" THEN Mr Okafor is the source', () => {
    const certainty = certaintyOf('In a talk at a software fair in Leeds Mr Okafor said open standards were good for small firms.');
    expect(certainty.attributedTo).toEqual(['Okafor']);
  });

  it('GIVEN "In a statement issued on Monday Lord Pryce said …" THEN Lord Pryce, not the statement, is the source', () => {
    const certainty = certaintyOf('In a statement issued on Monday Lord Pryce said the review had been fair to everyone.');
    expect(certainty.attributedTo).toEqual(['Pryce']);
  });

  it('GIVEN "Speaking to the BBC News website Ms Adeyemi said …" THEN the outlet relays Ms Adeyemi', () => {
    const certainty = certaintyOf('Speaking to the BBC News website Ms Adeyemi said the award had come as a surprise.');
    expect(certainty.attributedTo).toEqual(['BBC News', 'Adeyemi']);
  });

  it('GIVEN "In reply to Dr Kerr\'s comments, …" THEN the possessive\'s noun is no cue, and the one who replies speaks', () => {
    const certainty = certaintyOf("In reply to Dr Kerr's comments, the council leader said the plan was sound.");
    expect(certainty.attributedTo).toEqual(['the council leader']);
  });
});
