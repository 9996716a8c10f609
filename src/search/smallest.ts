/**
 * The positions of the `count` smallest of `keys` (all of them when there are no more), smallest
 * first, a tie going to the earlier position.
 *
 * A bounded heap of the best `count` seen so far, its worst at the root: each key is compared with
 * the root and only a better one costs a replacement, so tens of thousands of keys (the sentences
 * of an everyday word) cost about one comparison each rather than a sort of them all; the heap is
 * then put in order in place, comparing numbers rather than calling a comparator.
 */
export function chooseSmallest(keys: Float64Array, count: number): Int32Array {
  const size = Math.min(count, keys.length);
  const heap = new Int32Array(size);
  for (let i = 0; i < size; i++) heap[i] = i;
  for (let parent = (size >> 1) - 1; parent >= 0; parent--) siftDown(keys, heap, parent, size);
  let worst = keys[heap[0] ?? 0] ?? 0;
  for (let i = size; i < keys.length; i++) {
    // A later position never wins a tie, so only a strictly smaller key takes the worst one's place.
    if ((keys[i] ?? 0) < worst) {
      heap[0] = i;
      siftDown(keys, heap, 0, size);
      worst = keys[heap[0] ?? 0] ?? 0;
    }
  }
  // Heapsort: the worst left goes to the end of what is left, each in turn.
  for (let end = size - 1; end > 0; end--) {
    const root = heap[0] ?? 0;
    heap[0] = heap[end] ?? 0;
    heap[end] = root;
    siftDown(keys, heap, 0, end);
  }
  return heap;
}

/** Restore the heap of the first `size` entries below `parent`: each position's key and place no better than its children's. */
function siftDown(keys: Float64Array, heap: Int32Array, parent: number, size: number): void {
  // Every position read is one of `heap`'s or `keys`' own: `?? 0` only satisfies the type checker.
  const moving = heap[parent] ?? 0;
  const key = keys[moving] ?? 0;
  let at = parent;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    let childAt = heap[child] ?? 0;
    let childKey = keys[childAt] ?? 0;
    const right = child + 1;
    if (right < size) {
      const rightAt = heap[right] ?? 0;
      const rightKey = keys[rightAt] ?? 0;
      // The worse child: the larger key, or on a tie the later position.
      if (rightKey > childKey || (rightKey === childKey && rightAt > childAt)) {
        child = right;
        childAt = rightAt;
        childKey = rightKey;
      }
    }
    if (!(childKey > key || (childKey === key && childAt > moving))) break;
    heap[at] = childAt;
    at = child;
  }
  heap[at] = moving;
}
