import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  fraud_a:
    'Former Halvern boss on trial\n\nThe fraud trial of former Halvern chief executive Victor Dressler has opened in New York. Mr Dressler could face a jail sentence of 30 years if convicted of all the charges he is facing. He denies all the charges.',
  fraud_b:
    'Dressler trial opens\n\nJury selection has begun in the trial of Victor Dressler, who ran the collapsed telecoms firm Halvern. Mr Dressler could face a sentence of 30 years if convicted of all the charges against him. His lawyers say he knew nothing of the fraud.',
  singer_c:
    'Singer denies assault charges\n\nThe pop singer Danny Corvo has pleaded not guilty to three charges of assault at a Leeds nightclub. If convicted, he could face up to five years in prison. His trial is set for March.',
  fraud_d:
    'Dressler lawyers seek delay\n\nLawyers for Victor Dressler have asked for more time to prepare for his fraud trial. If convicted, he could face a sentence of 30 years in prison. The judge will rule on Friday.',
  results_a: 'Dalcor Foods profits rise\n\nDalcor Foods said annual profits rose 12% to £1.4bn on strong sales of its frozen foods.',
  results_b: 'Dalcor Foods beats forecasts\n\nDalcor Foods said annual profits rose 12% to £1.4bn, helped by strong sales of its frozen foods abroad.',
  questions_a: 'Holt to face voters online\n\nPrime Minister Adam Holt will answer questions sent in by the public by text message and e-mail on Saturday evening.',
  questions_b:
    'Kell rallies party faithful\n\nChancellor Ruth Kell told the party conference in Harrogate that the election would be a clear choice. The prime minister will answer questions sent in by the public by text message and e-mail on Saturday.',
  losses_a: "Brandt under pressure\n\nTom Brandt's men have now lost nine of their last 14 matches since the 2003 World Cup final.",
  losses_b:
    'Wakely out of Six Nations\n\nFly-half Jon Wakely is recovering from a knee injury. He has not played for England since the World Cup final in November 2003, since when the world champions have lost nine of their 14 matches.',
  results_c: 'Brewer lifts dividend\n\nThe brewer Ostmark raised its dividend on Tuesday. The firm said annual profits rose 12% to £1.4bn on strong sales of its lagers.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a subject that only refers, read in its own article', () => {
  it('GIVEN "he could face" in an article that never names the man the claim is about THEN it is not his claim', () => {
    expect(together(['fraud_a', 'Mr Dressler could face'], ['singer_c', 'he could face'])).toBe(false);
  });

  it('GIVEN "he could face" in an article that names that man before THEN it tells his claim', () => {
    expect(together(['fraud_a', 'Mr Dressler could face'], ['fraud_d', 'he could face'])).toBe(true);
  });

  it('GIVEN "the firm said profits rose" in an article about another firm THEN it is not the named firm’s claim', () => {
    expect(together(['results_a', 'Dalcor Foods said'], ['results_c', 'The firm said'])).toBe(false);
  });

  it('GIVEN "he" doing another act than the claim tells, the claim told in a clause of its own THEN he is not weighed as its actor: one claim', () => {
    expect(together(['losses_a', 'have now lost'], ['losses_b', 'He has not played'])).toBe(true);
  });

  it('GIVEN "the prime minister" in an article that names only the chancellor THEN it may still be the man another article calls Prime Minister: one claim', () => {
    expect(together(['questions_a', 'Prime Minister Adam Holt will answer'], ['questions_b', 'The prime minister will answer'])).toBe(true);
  });
});
