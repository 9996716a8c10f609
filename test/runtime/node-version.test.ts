import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeOldNode, isNodeRecentEnough, MINIMUM_NODE } from '../../src/runtime/node-version.ts';

describe('the Node.js version check', () => {
  it('GIVEN package.json THEN its engines field states the same minimum the start-up check enforces', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(`>=${MINIMUM_NODE}`);
  });

  it('GIVEN versions around the minimum THEN only those at or above it pass', () => {
    expect(isNodeRecentEnough('20.19.0')).toBe(true);
    expect(isNodeRecentEnough('v22.3.0')).toBe(true);
    expect(isNodeRecentEnough('20.18.1')).toBe(false);
    expect(isNodeRecentEnough('20.12.2')).toBe(false);
    expect(isNodeRecentEnough('18.20.4')).toBe(false);
  });

  it('GIVEN too old a Node.js THEN the message names the version needed, the version found, and where to get a newer one', () => {
    expect(describeOldNode('v20.11.1')).toBe(
      `crosscheck needs Node.js ${MINIMUM_NODE} or newer, and this is Node.js 20.11.1. Install a current LTS release from https://nodejs.org (or run: nvm install --lts), then npm ci and start again.`,
    );
    expect(describeOldNode('20.19.1')).toBeUndefined();
  });

  it('GIVEN the start-up check on a Node.js that reports an old version THEN it prints the message and exits with 2 before anything else loads', async () => {
    const script = "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.11.1' } }); await import('./src/runtime/require-node.ts'); console.log('went on');";
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script]);
    await expect(run).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('crosscheck needs Node.js 20.19.0 or newer, and this is Node.js 20.11.1') });
  }, 60_000);
});
