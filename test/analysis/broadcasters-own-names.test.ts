import { describe, expect, it } from 'vitest';
import { tableOf } from '../support/entity-table-of.ts';

describe("a broadcaster's channel, station or desk is an outlet", () => {
  it('GIVEN "BBC Three" and "ITV Wales" THEN both are media', () => {
    const table = tableOf('The comedy moves from BBC Three to a later slot. ITV Wales will show the match live.');
    expect(table.find('BBC Three')?.kind).toBe('media');
    expect(table.find('ITV Wales')?.kind).toBe('media');
  });

  it('GIVEN "the BBC Four World Cinema Award" THEN the prize is no outlet', () => {
    const table = tableOf('The film won the BBC Four World Cinema Award on Sunday.');
    expect(table.find('BBC Four World Cinema Award')?.kind).not.toBe('media');
  });
});
