/**
 * Remembering which Events API deliveries were already taken, so a redelivery is answered only
 * when the first delivery never arrived. Slack redelivers an event it thinks was lost (up to three
 * times over about five minutes, `x-slack-retry-num` in HTTP mode, `retry_attempt` in Socket Mode)
 * with the same `event_id`; the id, not the retry counter, says whether we have seen it.
 */

/**
 * Where taken event ids are kept. The in-memory store serves one process; several replicas
 * behind one request URL would share one (Redis `SET key 1 NX EX ttl` does exactly `claim`).
 */
export interface DeliveryStore {
  /** True the first time `eventId` is claimed (answer it); false for a redelivery already taken. */
  claim(eventId: string): Promise<boolean>;
}

/** How many ids and for how long: Slack's last retry comes about five minutes after the first try. */
export const DEFAULT_DELIVERY_MEMORY = { maxIds: 10_000, ttlMs: 60 * 60 * 1000 };

/**
 * A {@link DeliveryStore} in this process's memory, bounded in size (the oldest id is forgotten
 * first) and in time (an id older than `ttlMs` counts as new again).
 */
export function createMemoryDeliveryStore(options: { maxIds?: number; ttlMs?: number; now?: () => number } = {}): DeliveryStore {
  const { maxIds = DEFAULT_DELIVERY_MEMORY.maxIds, ttlMs = DEFAULT_DELIVERY_MEMORY.ttlMs, now = Date.now } = options;
  const takenAt = new Map<string, number>();
  return {
    async claim(eventId) {
      const time = now();
      const seen = takenAt.get(eventId);
      if (seen !== undefined && time - seen < ttlMs) return false;
      // Re-inserting moves the id to the end, so insertion order stays oldest first.
      takenAt.delete(eventId);
      takenAt.set(eventId, time);
      for (const oldest of takenAt.keys()) {
        if (takenAt.size <= maxIds) break;
        takenAt.delete(oldest);
      }
      return true;
    },
  };
}
