import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a participle of speech after a comma has the main clause's subject", () => {
  it('GIVEN "The pair then spent … in hospital, claiming …" THEN an adverb between the subject and its verb is no part of the source', () => {
    const certainty = certaintyOf('The pair then spent three nights in hospital, claiming they had been hurt in a fall.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['The pair']);
  });

  it('GIVEN "But he opposed the merger, saying …" THEN the comma before the participle closes the clause, not an opening "But"', () => {
    const certainty = certaintyOf('But he opposed the merger, saying that it would cost jobs.', 'Mr Tarrant spoke to reporters on Monday.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Tarrant']);
  });

  it('GIVEN "But the fans are furious - arguing that …" THEN the participle after a dash has the clause\'s subject too', () => {
    expect(certaintyOf('But the home fans are furious - arguing that the goal was offside.').attributedTo).toEqual(['the home fans']);
  });
});

describe('a verb of speech negated says nothing', () => {
  it('GIVEN "Jo Reid has been picked … - despite not yet confirming her availability" THEN the one picked is no source of her picking', () => {
    const certainty = certaintyOf('Jo Reid has been picked for the relay squad - despite not yet confirming her availability.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "The firm cut 300 jobs without saying why" THEN nothing is said, and the cut is stated as fact', () => {
    expect(certaintyOf('The firm cut 300 jobs without saying why.').sourcing).toBe('none');
  });

  it('GIVEN "Mr Reid said nothing, not saying whether …" THEN the plain "said" before it still speaks', () => {
    expect(certaintyOf('Mr Reid said little, not saying whether he would stand.').attributedTo).toEqual(['Reid']);
  });
});

describe('an idiom of speech is nobody speaking', () => {
  it('GIVEN "Time will tell." THEN no speaker called Time', () => {
    const certainty = certaintyOf('Time will tell.', 'The club hopes the new manager can turn the season round.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "Time will tell." before "…," he said THEN the later "he" goes back to the man named, not to Time', () => {
    const certainty = certaintyOf('"We have the players to do it," he said.', 'Mr Dunne took over in May. Time will tell.');
    expect(certainty.attributedTo).toEqual(['Dunne']);
  });

  it('GIVEN "He told Time magazine …" THEN the magazine spoken to is still read as written', () => {
    expect(certaintyOf('Ms Pryce told Time magazine the files were lost.').attributedTo).toEqual(['Pryce']);
  });
});

describe('a plural speaker inverted after a comma, with the bare verb', () => {
  it('GIVEN "…, warn union leaders." THEN the union leaders are the source, unnamed, as with "say"', () => {
    const certainty = certaintyOf('Thousands of council staff could walk out over the pension plans, warn union leaders.');
    expect(certainty.attributedTo).toEqual(['union leaders']);
    expect(certainty.sourcing).toBe(certaintyOf('Thousands of council staff could walk out over the pension plans, say union leaders.').sourcing);
  });

  it('GIVEN "…, argue economists." THEN the economists are the source', () => {
    expect(certaintyOf('Rates will have to rise again before the summer, argue economists.').attributedTo).toEqual(['economists']);
  });

  it('GIVEN "He urged firms to act, warn staff and cut costs." THEN a bare verb before a plain object is no inverted speaker', () => {
    expect(certaintyOf('The minister urged firms to act, warn staff and cut costs.').attributedTo).toEqual(['The minister']);
  });
});
