import { describe, expect, it } from 'vitest';
import { tableOf } from '../support/entity-table-of.ts';

describe('"GB" is Great Britain', () => {
  it('GIVEN "the GB team" and "GB captain" THEN GB is a place, not a body', () => {
    const table = tableOf('The GB team flew to Sydney on Monday. GB captain Ann Lowe said the squad was fit.');
    expect(table.find('GB')?.kind).toBe('place');
  });
});
