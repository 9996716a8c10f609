import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a reply in deeds', () => {
  it('GIVEN "X responded and …" THEN the runner answered with a burst of speed, not words, and the sentence has no source', () => {
    expect(certaintyOf('Two Kenyans tried to pass him on the last lap, but Mwangi responded and a late burst clinched the title.').sourcing).toBe('none');
  });

  it('GIVEN "X replied with three penalties" THEN the reply is in points and the sentence has no source', () => {
    expect(certaintyOf('Gloucester replied with three penalties before half-time.').sourcing).toBe('none');
  });

  it('GIVEN "X replied in kind" THEN the reply is in deeds and the sentence has no source', () => {
    expect(certaintyOf('Wilkinson kicked a penalty after 20 minutes and Paterson replied in kind soon after.').sourcing).toBe('none');
  });

  it('GIVEN "they responded well" THEN the team played better and the sentence has no source', () => {
    expect(certaintyOf('The visitors were poor in the first half but they responded well after the break.').sourcing).toBe('none');
  });

  it('GIVEN "X has responded with six goals" THEN the goals are no words and the sentence has no source', () => {
    expect(certaintyOf('The teenager has responded with six goals in his last nine games.').sourcing).toBe('none');
  });

  it('GIVEN "X replied that …" THEN the reply is words and X is the source', () => {
    expect(certaintyOf('Mr Hain replied that the figures had been checked twice.').attributedTo).toEqual(['Hain']);
  });

  it('GIVEN "X responded angrily, saying …" THEN the reply is words and X is the source', () => {
    expect(certaintyOf('The carmaker responded angrily, saying the report was wrong.').sourcing).toBe('named');
  });

  it('GIVEN "X replied with a warning that …" THEN the reply is words and X is the source', () => {
    expect(certaintyOf('The governor replied with a warning that rates could rise again.').sourcing).toBe('named');
  });

  it('GIVEN "…," replied Mr X THEN the quotation is his words and he is the source', () => {
    expect(certaintyOf('"I was lying," replied Mr Sullivan.').attributedTo).toEqual(['Sullivan']);
  });
});

describe('a player kept from scoring', () => {
  it('GIVEN "X denied Y with a last-ditch tackle" THEN no claim is denied and the sentence has no source', () => {
    const certainty = certaintyOf('Carragher denied Drogba with a last-ditch tackle on the hour.');
    expect([certainty.sourcing, certainty.contested]).toEqual(['none', false]);
  });

  it('GIVEN "X denied A, B and C, while …" THEN no claim is denied', () => {
    expect(certaintyOf('Early on, Kirkland denied Robben, Lampard and Duff, while Hyypia cleared off the line.').contested).toBe(false);
  });

  it('GIVEN "X denied the England striker." THEN no claim is denied', () => {
    expect(certaintyOf('Once again the keeper denied the England striker.').contested).toBe(false);
  });

  it('GIVEN "X denied Mr Y made that remark" THEN the remark is denied and X is the source', () => {
    const certainty = certaintyOf('Mr Straw flatly denied Mr Cook made that remark.');
    expect([certainty.attributedTo, certainty.contested]).toEqual([['Straw'], true]);
  });

  it('GIVEN "X denied Labour claims that …" THEN the claims are denied', () => {
    expect(certaintyOf('The chancellor denied Labour claims that the figures had been fiddled.').contested).toBe(true);
  });
});
