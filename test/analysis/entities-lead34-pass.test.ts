import { describe, expect, it } from 'vitest';
import { tableOf } from '../support/entity-table-of.ts';

describe('an exchange named in its own language', () => {
  it('GIVEN "Shares in Nordische Boerse rose …" THEN the exchange is an organisation, not a person of two unknown names', () => {
    const table = tableOf('Shares in Nordische Boerse rose after the exchange raised its offer for its Dublin rival, Nordische Boerse said.');
    expect(table.find('Nordische Boerse')?.kind).toBe('organisation');
  });

  it('GIVEN "the Lisbon Bolsa" THEN a bolsa is an exchange too', () => {
    const table = tableOf('Shares fell on the Lisbon Bolsa on Monday.');
    expect(table.find('Lisbon Bolsa')?.kind).toBe('organisation');
  });
});
