import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
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

describe("a speaker's words in a relative clause set off before the sentence's own verb", () => {
  it('GIVEN "The FA - which said it was "deeply disappointed" by the ruling - is deciding whether to appeal" THEN the decision is no claim of the FA\'s', () => {
    const certainty = certaintyOf('The FA - which said it was "deeply disappointed" by the ruling - is deciding whether to appeal.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "Ms Cole - who says she is innocent - could lose her title after Mr Dean said …" THEN only the main clause\'s speaker stands behind it', () => {
    expect(certaintyOf('Ms Cole - who says she is innocent - could lose her title after Mr Dean said he had supplied the drug.').attributedTo).toEqual(['Dean']);
  });

  it('GIVEN "Mr Weitz - who admitted … - said …" THEN a speaker whose own verb is one of speech still speaks', () => {
    expect(certaintyOf('Mr Weitz - who admitted he was an odd choice - said the film mattered to him.').attributedTo).toEqual(['Weitz']);
  });

  it('GIVEN "Mr Barr - who said … - called for …" THEN a main verb of stance after the aside keeps the speaker', () => {
    expect(certaintyOf('Mr Barr - who said the "problem is growing" - called for new laws to protect staff.').attributedTo).toEqual(['Barr']);
  });

  it('GIVEN "The deal was backed by Mr Reid, who said it was fair." THEN a relative clause that ends the sentence is still its source', () => {
    expect(certaintyOf('The deal was backed by Mr Reid, who said it was fair.').attributedTo).toEqual(['Reid']);
  });
});

describe('an announcement made is an act, unless the sentence gives what was announced', () => {
  it('GIVEN "The aid package was announced by farm minister Ann Reid after talks" THEN the minister is no source of the sentence', () => {
    const certainty = certaintyOf('The aid package was announced by farm minister Ann Reid after talks with growers.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "It was announced by the board that 300 jobs would go" THEN the board stands behind what it announced', () => {
    expect(certaintyOf('It was announced by the board that 300 jobs would go.').attributedTo).toEqual(['the board']);
  });

  it('GIVEN "Pay is to rise as part of proposals announced by Ann Reid" THEN the maker of proposals the sentence gives stands behind them', () => {
    expect(certaintyOf('Maternity pay is to rise by £900 as part of proposals announced by the trade secretary Ann Reid.').attributedTo).toEqual(['Ann Reid']);
  });

  it('GIVEN an announcement by a minister named THEN a later "she said" still goes back to her', () => {
    expect(certaintyOf('She said it would help.', 'The aid package was announced by farm minister Ann Reid on Monday.').attributedTo).toEqual(['Ann Reid']);
  });
});

describe('a quotation the article never closes ends where the article names its speaker in a tag', () => {
  const quotedIn = (body: string): string[] => {
    const result = readArticle('quoted.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
    if (!result.ok) throw new Error('the loader refused the passage');
    return analyseArticle(result.article).quotations.map((quotation) => quotation.text);
  };

  it('GIVEN "…: "We are worried. This echoed its earlier warnings, it said. "It is hard …"" THEN the tagged sentence is the article\'s, not quoted', () => {
    expect(
      quotedIn(
        'In its report the committee said: "We are deeply worried by the shortages. This echoed warnings the committee had given before, it said. "It is hard to see how progress can be made."',
      ),
    ).toEqual(['We are deeply worried by the shortages.', 'It is hard to see how progress can be made.']);
  });

  it('GIVEN a quotation whose first sentence ends in ", the agency said in its report." THEN it ends at the tag and the next sentence is no one\'s quotation', () => {
    const quoted = quotedIn('"Rates are likely to stay on hold, the agency said in its report. Global growth is expected to slow. "The reversal is a challenge," it noted.');
    expect(quoted).toEqual(['Rates are likely to stay on hold', 'The reversal is a challenge']);
  });

  it('GIVEN a quotation reopened at each of its sentences with no tag between THEN it still runs on', () => {
    expect(quotedIn('Mr Dunne said: "We will win the league. We are strong. "And we have the money."')).toEqual(['We will win the league. We are strong.', 'And we have the money.']);
  });
});

describe('a judgement passed in the passive with "called" and quoted words', () => {
  it('GIVEN "Mr Vane was called "one of the worst offenders" by the judge" THEN the judge stands behind the judgement', () => {
    const certainty = certaintyOf('Mr Vane, who ran the scheme for a decade, was called "one of the worst offenders in the country" by the judge.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['the judge']);
  });

  it('GIVEN "The new rules have been called into question by the committee" THEN the committee questions them', () => {
    expect(certaintyOf('The new rules have also been called into question by the Commons home affairs committee.').attributedTo).toEqual(['Commons home affairs committee']);
  });

  it('GIVEN "The single is called Home For Good by Vale Street" THEN a title and its band are no judgement', () => {
    expect(certaintyOf('The single is called Home For Good by Vale Street.').sourcing).toBe('none');
  });
});
