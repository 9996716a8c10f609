import { describe, expect, it } from 'vitest';
import { descriptorsOf, tableOf } from '../support/entity-table-of.ts';

describe('an apposition that names the body in capitals before the role in it', () => {
  it('GIVEN "Sir Alan Reid, CBI director general, warned …" THEN "CBI director general" is his descriptor', () => {
    const table = tableOf('He was speaking as Sir Alan Reid, CBI director general, warned the chancellor against tax rises.');
    expect(descriptorsOf(table, 'Alan Reid')).toEqual(['CBI director general']);
  });

  it('GIVEN "Jo Hale, Acme chief executive, said …" THEN a firm named before the role is part of her descriptor', () => {
    const table = tableOf('Jo Hale, Acme chief executive, said sales had risen by a fifth.');
    expect(descriptorsOf(table, 'Jo Hale')).toEqual(['Acme chief executive']);
  });

  it('GIVEN "Jo Hale, Tom Reed and Ann Bell signed …" THEN the next name of a list is no descriptor', () => {
    const table = tableOf('Jo Hale, Tom Reed and Ann Bell signed the letter to the board.');
    expect(descriptorsOf(table, 'Jo Hale')).toEqual([]);
  });
});
