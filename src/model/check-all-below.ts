/**
 * Throws `message` unless each of `numbers` from `from` up to `to` is an index below `limit`: the check that a restored
 * snapshot's part names only what the library holds. Indexed, not iterated with for…of, which made an iterator result per
 * number (from 13 to 113 MB of garbage in a start from the BBC ×10 snapshot).
 */
export function checkAllBelow(numbers: ArrayLike<number>, limit: number, message: string, from = 0, to = numbers.length): void {
  for (let i = from; i < to; i++) {
    const number = numbers[i] ?? -1;
    if (!(number >= 0 && number < limit)) throw new Error(message);
  }
}
