import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';
import { names, tableOf } from '../support/entity-table-of.ts';

describe('words that name members of a plain object', () => {
  it('GIVEN a firm called "Constructor" as a speaker THEN the sentence is read, not refused', () => {
    expect(certaintyOf('Constructor said the bridge was safe.').sourcing).toBe('named');
  });
});

describe('entities named by words that name members of a plain object', () => {
  it('GIVEN "Constructor" in names THEN the entity table is built and holds them', () => {
    const table = tableOf('Constructor Holdings said the bridge was safe. Mr Constructor agreed. Prototype Constructor was built.');
    expect(names(table).length).toBeGreaterThan(0);
  });
});
