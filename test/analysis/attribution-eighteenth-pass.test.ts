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

describe('the spokesperson of a body', () => {
  it('GIVEN "…, said a company spokesman." after the firm spoke THEN the spokesman is the firm\'s, a named source', () => {
    const certainty = certaintyOf('The hacker took the names of 400 customers, said a company spokesman.', 'Telvo Mobile said its network was secure.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['a spokesman for Telvo Mobile']);
  });

  it('GIVEN "A spokesperson said:" right after a body denied the claims THEN it is that body\'s spokesperson', () => {
    expect(certaintyOf('A spokesperson said the episodes did not breach the code.', 'Dovetail Media denied the claims.').attributedTo).toEqual(['A spokesperson for Dovetail Media']);
  });

  it('GIVEN "A spokesperson said" with no body speaking before THEN the spokesperson stays unnamed', () => {
    expect(certaintyOf('A spokesperson said the episodes did not breach the code.', 'The show drew ten million viewers.').sourcing).toBe('anonymous');
  });

  it('GIVEN "a BBC spokesman said" THEN the broadcaster speaks for itself as a named body, relaying no one', () => {
    const certainty = certaintyOf('"We are very pleased with the figures," a BBC spokesman said.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['a BBC spokesman']);
  });

  it('GIVEN "media watchdog Ofcom has said …" THEN the regulator is a named body, not a media outlet', () => {
    const certainty = certaintyOf('But media watchdog Ofcom has said the broadcaster will not be sold.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Ofcom']);
  });

  it('GIVEN "A party spokesman said" after a radio station is named THEN the spokesman is no spokesman of the station', () => {
    const certainty = certaintyOf('A party spokesman said it was courting younger voters.', 'Mr Kennedy began with an interview on BBC Radio 2 on Monday.');
    expect(certainty.attributedTo).toEqual(['A party spokesman']);
  });

  it('GIVEN "… the People\'s Bank\'s customers …, a bank spokesman told Reuters" after another bank spoke THEN the spokesman is not given to the other bank', () => {
    const certainty = certaintyOf(
      "One in ten of the state-owned People's Bank's customers were affected, a bank spokesman told Reuters.",
      'Westland Bank chief Al Perera told a news conference that losses were high.',
    );
    expect(certainty.attributedTo).not.toContain('a spokesman for Westland Bank');
  });
});

describe('sources written in other orders (qa28)', () => {
  it('GIVEN "…, explains Mr Ash, …" THEN the inverted present form names the source', () => {
    expect(certaintyOf('In a typical attack, explains Mr Ash, the thieves still need the code.').attributedTo).toEqual(['Ash']);
  });

  it('GIVEN "Claims a memo was drafted by the office were unfounded, he insisted" THEN the noun `Claims` opening the sentence inverts nothing', () => {
    expect(certaintyOf('Claims a memo was drafted by the office were "wholly unfounded," he insisted.', 'Lord Hale spoke in the Lords.').attributedTo).toEqual(['Hale']);
  });

  it('GIVEN "Originally called "…" the firm took the name …" THEN the opening adverb is no source', () => {
    expect(certaintyOf('Originally called "Jim and Ed\'s Guide" the firm took the name Zappo because the founders liked it.').sourcing).toBe('none');
  });

  it('GIVEN "War on Want\'s Jo Hale said" THEN the person is the source, not the first word of the body\'s name', () => {
    expect(certaintyOf("War on Want's Jo Hale said the policy was a disgrace.").attributedTo).toEqual(['Jo Hale']);
  });
});

describe('a list of reactions', () => {
  it('GIVEN a line "- Chelsea boss Jo Hale "We deserved the win."" THEN the words are the named person\'s', () => {
    const certainty = certaintyOf('- Chelsea boss Jo Hale "We deserved the win."', 'The reaction after the match:\n\n');
    expect(certainty.attributedTo).toEqual(['Jo Hale']);
  });

  it('GIVEN a line "- The fans chanted "Out, out."" THEN words after a verb are no listed speaker\'s', () => {
    expect(certaintyOf('- The fans chanted "Out, out."', 'The scenes after the match:\n\n').attributedTo).not.toContain('The fans chanted');
  });
});

describe('an aside of a bare noun with a describing word', () => {
  it('GIVEN "A spokesman for Daimler, parent company of Mercedes, said …" THEN the spokesman speaks across the aside', () => {
    expect(certaintyOf('A spokesman for Daimler, parent company of Mercedes, said it would halt production.').attributedTo).toEqual(['A spokesman for Daimler']);
  });

  it('GIVEN "Leading analyst, and founder of the consultancy Jo Hale, agreed …" THEN an aside opened by `and` is no apposition', () => {
    expect(certaintyOf('Leading analyst, and founder of the consultancy Jo Hale, agreed that the time was ripe.').attributedTo).not.toEqual(['Leading analyst']);
  });
});
