/**
 * `value`, or a failure that says what was missing: for what a test expects to be there (an
 * answer's first citation, a matched group). Failing here names the gap, where a `!` would fail
 * later with "cannot read properties of undefined".
 */
export function must<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, but it is ${String(value)}`);
  return value;
}
