import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an aim or a hope named in passing', () => {
  it('GIVEN jobs cut "as part of its aim to" cut costs THEN the cut is stated, not about the future', () => {
    const certainty = certaintyOf('The airline was forced to cut 4,000 jobs last year as part of its aim to save $2bn a year.');
    expect(certainty.level).toBe('certain');
    expect(certainty.cues.map((cue) => cue.text)).not.toContain('aim to');
  });

  it('GIVEN "the firm\'s hope to float … was dashed" THEN the dashing is stated, not a hope held', () => {
    expect(certaintyOf("The carmaker's hope to list its shares this spring was dashed by the slump.").level).toBe('certain');
  });

  it('GIVEN "It is the government\'s aim to halve …" THEN the aim is the claim, and about the future', () => {
    expect(certaintyOf("It is the government's aim to halve child poverty by 2010.").cues.map((cue) => cue.text)).toContain('aim to');
  });

  it('GIVEN "Ministers aim to …" THEN the verb still marks a plan', () => {
    expect(certaintyOf('Ministers aim to cut the deficit within three years.').cues.map((cue) => cue.text)).toContain('aim to');
  });
});

describe('a retort in the present', () => {
  it('GIVEN "…, they counter, while …" after a sentence naming the unions THEN the retort is theirs, not the article\'s', () => {
    const certainty = certaintyOf('Limiting spending will cost jobs, they counter, while the tax cuts will help only the rich.', 'The unions say the cuts go too far.');
    expect(certainty.attributedTo).toEqual(['The unions']);
  });

  it('GIVEN "Critics counter that …" THEN the critics are its vague source', () => {
    const certainty = certaintyOf('Critics counter that the scheme will cost more than it saves.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['Critics']);
  });

  it('GIVEN "rebuttals and counter claims" THEN the word before a noun describes it and no one counters', () => {
    expect(certaintyOf('The Da Vinci Code has spawned guides, rebuttals and counter claims.').sourcing).toBe('none');
  });

  it('GIVEN drugs sold "over the counter" THEN the noun is no cue', () => {
    expect(certaintyOf('Painkillers sold over the counter will cost more from April.').sourcing).toBe('none');
  });
});

describe('an outlet told something', () => {
  it('GIVEN "…, the BBC News website was told" THEN the words are an unnamed source\'s, told to the outlet', () => {
    const certainty = certaintyOf('The talks were settled at a meeting at the chairman\u2019s home on Sunday, the BBC News website was told.');
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['someone who told the BBC News website']);
  });

  it('GIVEN "…, BBC News has been told" THEN the outlet is the one told, not the source', () => {
    expect(certaintyOf('The bank is to close 40 branches, BBC News has been told.').attributedTo).toEqual(['someone who told BBC News']);
  });

  it('GIVEN "…, the court was told" THEN the court still heard it', () => {
    expect(certaintyOf('The directors knew of the losses, the court was told.').attributedTo).toEqual(['what the court heard']);
  });
});
