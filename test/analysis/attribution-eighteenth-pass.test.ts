import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('knowing is no saying', () => {
  it('GIVEN "Only one in five voters knew who …, the survey found" THEN the survey is the source, not the voters', () => {
    expect(certaintyOf('Only one in five voters knew who their local councillor was, the survey found.').attributedTo).toEqual(['the survey']);
  });

  it('GIVEN "He knows he faces a hard fight" THEN the writer\'s reading of him has no source', () => {
    expect(certaintyOf('He knows he faces a hard fight in the final.', 'Mr Dale lost in the first round last year.').sourcing).toBe('none');
  });

  it('GIVEN "As far as Ms Vale knows, …" THEN she vouches for the rest of the sentence', () => {
    expect(certaintyOf('As far as Ms Vale knows, the firm has no policy on blogging.').attributedTo).toEqual(['Vale']);
  });
});

describe('people close to someone', () => {
  it('GIVEN "A close aide to the minister said …" THEN `close` describes the aide, an unnamed source', () => {
    const certainty = certaintyOf('A close aide to the minister said the plan was dead.');
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['A close aide to the minister']);
  });

  it('GIVEN "A close associate of the former mayor has told a court …" THEN the associate is the source', () => {
    expect(certaintyOf('A close associate of the former mayor has told a court that the money was paid in cash.').attributedTo).toEqual(['A close associate of the former mayor']);
  });

  it('GIVEN "Allies of the chancellor said …" THEN his allies are unnamed people, not a named source', () => {
    expect(certaintyOf('Allies of the chancellor said he would stay.').sourcing).toBe('anonymous');
  });

  it('GIVEN "Friends of the Earth said …" THEN a body so named is named, not anyone\'s friends', () => {
    const certainty = certaintyOf('Friends of the Earth said the plan was flawed.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Friends of the Earth']);
  });

  it('GIVEN "Sources close to the chairman said …" THEN `close to` still links the sources to whom they are close to', () => {
    expect(certaintyOf('Sources close to the chairman said he would quit.').attributedTo).toEqual(['Sources close to the chairman']);
  });
});
