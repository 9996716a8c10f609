import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFlagsOfAsk } from '../../scripts/lib/ask-command.ts';

const askScript = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { ask: string } }).scripts.ask;

describe('how npm run ask starts node', () => {
  it('GIVEN the ask script THEN node keeps a young generation of 4 MB semi-spaces, which held a one-shot answer from the snapshot 16 MB lower at its peak (docs/benchmarks.md, mem30)', () => {
    expect(nodeFlagsOfAsk(askScript)).toEqual(['--max-semi-space-size=4']);
  });
  it('GIVEN node and flags before the compiled CLI THEN the bench reads those flags', () => {
    expect(nodeFlagsOfAsk('node dist/src/ask.js')).toEqual([]);
    expect(nodeFlagsOfAsk('node  --a=1 --b dist/src/ask.js')).toEqual(['--a=1', '--b']);
  });
  it('GIVEN a script that does not run the compiled CLI with node THEN the bench refuses it, naming the script', () => {
    expect(() => nodeFlagsOfAsk('tsx src/ask.ts')).toThrow(/tsx src\/ask\.ts/);
  });
});
