/**
 * `list[index]`, where the caller's own bookkeeping keeps `index` in range: a token of the sentence
 * being read, the middle of a binary search, a group a regex always fills. A miss is a bug in that
 * bookkeeping, and the error names the list and the index, where `list[index]!` would fail later
 * with "cannot read properties of undefined" (or, passed on, give a wrong answer quietly).
 */
export function readAt<T>(list: ArrayLike<T>, index: number, what: string): T {
  const value = list[index];
  if (value === undefined) throw new Error(`crosscheck: ${what}[${index}] is out of range (length ${list.length}), which the code reading it rules out`);
  return value;
}

/** `map.get(key)`, for a key the caller's own bookkeeping put in the map: a miss is a bug there, and says which map. */
export function readKey<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`crosscheck: ${what} has no entry for ${String(key)}, which the code reading it rules out`);
  return value;
}
