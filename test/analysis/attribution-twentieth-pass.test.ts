import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a named person whose job at an outlet is their own opinion', () => {
  it('GIVEN "Olympic champion and BBC pundit Jim Reed believes …" THEN the pundit gives his own view, named, not the outlet relaying', () => {
    const certainty = certaintyOf('Olympic champion and BBC pundit Jim Reed believes Wales can win the title.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Jim Reed']);
  });

  it('GIVEN "Evening Standard film critic Ann Lowe said …" THEN the critic speaks, named', () => {
    const certainty = certaintyOf('Evening Standard film critic Ann Lowe said the film was his finest.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Ann Lowe']);
  });

  it('GIVEN "BBC political editor Nick Dunn said …" THEN a journalist still reports for the outlet, a media relay', () => {
    expect(certaintyOf('BBC political editor Nick Dunn said the vote would be close.').sourcing).toBe('media');
  });
});

describe('a stray comma between a subject and its verb after an opening clause', () => {
  it('GIVEN "Although details were scant, Mr Dorn, said …" THEN the name after the opening clause is the subject the comma was stray after', () => {
    const certainty = certaintyOf('Although details were scant, Mr Dorn, said the browser would block more viruses.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Dorn']);
  });
});

describe('a heading over a list of names is nobody speaking', () => {
  it('GIVEN a squad list "Backs: Ian Reid (Bath, captain), Tom Ross (Leeds), …" THEN the heading is no speaker', () => {
    const certainty = certaintyOf('Backs: Ian Reid (Bath, captain), Tom Ross (Leeds), Ed Vale (Sale Sharks), Huw Pryce (Ospreys).');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "Subs Not Used: Reid, Ross." THEN the words after the heading are names, nothing said', () => {
    expect(certaintyOf('Subs Not Used: Reid, Ross.').attributedTo).toEqual([]);
  });

  it('GIVEN "Mr Reid: Wales will win the title" THEN a headline speaker before a colon and a clause still speaks', () => {
    expect(certaintyOf('Mr Reid: Wales will win the title this year.').attributedTo).toEqual(['Reid']);
  });
});
