import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a judgement "X has called Y …" is X\'s (qa38)', () => {
  it('GIVEN "Amnesty International has called Camp Hope a \\"legal black hole\\"" THEN the judgement is attributed to Amnesty', () => {
    expect(certaintyOf('Amnesty International has called Camp Hope a "legal black hole" and an "affront to justice".').note).toBe('Attributed to Amnesty International.');
  });

  it('GIVEN "a company called Fenwick Ltd" THEN naming still gives no source', () => {
    expect(certaintyOf('The shop is run by a company called Fenwick Ltd.').sourcing).toBe('none');
  });
});

describe('a verb of telling that narrates or describes a service is no source (qa38)', () => {
  it('GIVEN "The agencies also tell citizens of serious security threats" THEN what they do is stated by the article', () => {
    expect(certaintyOf('Alerting agencies in Germany and France also tell citizens of serious security threats.').note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "Restaurants use texts to tell customers about offers" THEN it reads alike', () => {
    expect(certaintyOf('Restaurants are using text messages to tell customers about special offers.').sourcing).toBe('none');
  });

  it('GIVEN a film that "tells the story of" two brothers THEN the film is no source', () => {
    expect(certaintyOf('Northern Rain tells the story of two brothers who run away to sea.').sourcing).toBe('none');
  });

  it('GIVEN "She tells the story of a small farm" THEN a person telling a story is speaking', () => {
    expect(certaintyOf('She tells the story of a small farm in Ohio at every rally.', 'Senator Ruth Dale was in Ohio on Monday.').sourcing).toBe('named');
  });

  it('GIVEN "He told the story of an older supporter" THEN a story told in the past is words too', () => {
    expect(certaintyOf('The candidate told the story of an elderly supporter in Tampa.').sourcing).toBe('named');
  });

  it('GIVEN "He told reporters about the deal" THEN words told are still his', () => {
    expect(certaintyOf('The minister told reporters about the deal.').sourcing).toBe('named');
  });

  it('GIVEN "tells the congregation of 2,000 that peace is worth it" THEN the `that` clause after is what he says', () => {
    expect(certaintyOf('The cardinal tells the congregation of 2,000 at the cathedral that peace is worth striving for.').sourcing).toBe('named');
  });

  it('GIVEN "Officials tell the BBC the talks have failed" THEN a clause told is still words', () => {
    expect(certaintyOf('Officials tell the BBC the talks have failed.').sourcing).not.toBe('none');
  });
});
