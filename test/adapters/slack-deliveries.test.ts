import { describe, expect, it } from 'vitest';
import { createMemoryDeliveryStore } from '../../src/adapters/slack/deliveries.ts';

describe('createMemoryDeliveryStore', () => {
  it('GIVEN an event id claimed once THEN a second claim of it is refused', async () => {
    const store = createMemoryDeliveryStore();
    expect(await store.claim('Ev1')).toBe(true);
    expect(await store.claim('Ev1')).toBe(false);
    expect(await store.claim('Ev2')).toBe(true);
  });

  it('GIVEN more ids than it may hold THEN the oldest is forgotten first and memory stays bounded', async () => {
    const store = createMemoryDeliveryStore({ maxIds: 2 });
    await store.claim('Ev1');
    await store.claim('Ev2');
    await store.claim('Ev3');
    expect(await store.claim('Ev3')).toBe(false);
    expect(await store.claim('Ev1')).toBe(true);
  });

  it('GIVEN an id older than the time it is kept THEN it counts as new again', async () => {
    let now = 0;
    const store = createMemoryDeliveryStore({ ttlMs: 1000, now: () => now });
    await store.claim('Ev1');
    now = 999;
    expect(await store.claim('Ev1')).toBe(false);
    now = 2000;
    expect(await store.claim('Ev1')).toBe(true);
  });
});
