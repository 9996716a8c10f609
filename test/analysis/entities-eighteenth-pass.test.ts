import { describe, expect, it } from 'vitest';
import { tableOf } from '../support/entity-table-of.ts';

// What /who shows for a name: its kind and its descriptors, as the article gives them. The texts
// are written in the shapes of business, media and political reporting.
const descriptorsOf = (name: string, ...bodies: string[]): string[] => [
  ...(tableOf(...bodies)
    .find(name)
    ?.descriptors.keys() ?? []),
];

describe('a nickname in quotation marks', () => {
  it('GIVEN a founder who remains the firm\'s "Chief Yahoo" THEN Yahoo is no person titled Chief', () => {
    const table = tableOf('Yahoo, one of the best-known web firms, turns ten this week. David Filo, who remains the firm\'s "Chief Yahoo", said the company had grown up.');
    expect(table.find('Yahoo')?.kind).not.toBe('person');
    expect([...(table.find('Yahoo')?.descriptors.keys() ?? [])]).not.toContain('Chief');
  });

  it('GIVEN a chancellor his rival mocked as "Lord Spendalot" THEN there is no person called Spendalot', () => {
    const table = tableOf('The Tory spokesman mocked the chancellor as "Lord Spendalot" during the debate on Wednesday.');
    expect(table.find('Spendalot')).toBeUndefined();
  });
});

describe('a title with a hyphen', () => {
  it('GIVEN "director-general Mark Tully" THEN his descriptor is director-general, not general', () => {
    expect(descriptorsOf('Mark Tully', 'The resignations of chairman Paul Fenn and director-general Mark Tully shook the corporation.')).toEqual(['director-general']);
  });

  it('GIVEN "editor-in-chief Anna Berg" THEN her descriptor is editor-in-chief', () => {
    expect(descriptorsOf('Anna Berg', 'The magazine said editor-in-chief Anna Berg would step down in June.')).toEqual(['editor-in-chief']);
  });

  it('GIVEN "co-founder Sam Price" THEN his descriptor is co-founder, not founder', () => {
    expect(descriptorsOf('Sam Price', 'The website was started in a garage by co-founder Sam Price in 1998.')).toEqual(['co-founder']);
  });
});

describe('a former holder of a title', () => {
  it('GIVEN "former Labour MP Tom Reid" THEN his descriptor keeps "former"', () => {
    expect(descriptorsOf('Tom Reid', 'In Bethnal Green, former Labour MP Tom Reid, who now leads a party of his own, is standing again.')).toEqual(['former Labour MP']);
  });

  it('GIVEN "the then Home Secretary Alan Pike" THEN his descriptor keeps "then"', () => {
    expect(descriptorsOf('Alan Pike', 'The rules were drawn up by the then Home Secretary Alan Pike in 2001.')).toEqual(['then Home Secretary']);
  });

  it('GIVEN "shadow Home Secretary Ruth Dale" in lower case THEN her descriptor keeps "shadow"', () => {
    expect(descriptorsOf('Ruth Dale', 'The plan was attacked by shadow Home Secretary Ruth Dale on Monday.')).toEqual(['shadow Home Secretary']);
  });
});

describe('a title that lists with a comma or "and"', () => {
  it('GIVEN "Culture, Media and Sport Secretary Jane Holt" THEN her title keeps Culture', () => {
    expect(descriptorsOf('Jane Holt', 'The plan was backed by Culture, Media and Sport Secretary Jane Holt on Monday.')).toEqual(['Culture, Media and Sport Secretary']);
  });

  it('GIVEN "British and Irish Lions coach Ian Marsh" THEN his descriptor keeps British', () => {
    expect(descriptorsOf('Ian Marsh', 'The tour will be led by British and Irish Lions coach Ian Marsh in June.')).toEqual(['British and Irish Lions coach']);
  });

  it('GIVEN "his wife Ann Cole and United manager Ian Marsh" THEN his descriptor is no part of her name', () => {
    expect(descriptorsOf('Ian Marsh', 'The guests included his wife Ann Cole and United manager Ian Marsh.')).toEqual(['United manager']);
  });
});

describe('an apposition', () => {
  it('GIVEN "the German co-head of the group will also step down" THEN the descriptor ends before the verb', () => {
    expect(descriptorsOf('Karl Weber', 'Karl Weber, the German co-head of the group will also step down next year.')).toEqual(['German co-head of the group']);
  });

  it('GIVEN "a film by writer-director Ann Cole" after a film title THEN the role is hers, not the film\'s', () => {
    const table = tableOf('The festival opens with The Squid and the Whale, a comic film by writer-director Ann Cole, on Friday.');
    expect(table.find('Whale')?.kind).not.toBe('person');
  });
});
