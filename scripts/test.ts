/**
 * `npm test`: the type check and the tests, run side by side rather than one after the other. The
 * type check is one thread (on a fresh clone, as in CI, 20–30 s of CPU) and ran alone before the
 * tests, on one core of two; beside them it takes its share of both cores instead. Its report is
 * printed after the tests', so that a type error is the last thing read, and `npm test` fails when
 * either fails. Arguments go to vitest (`npm test -- test/cli.test.ts`).
 */
import { spawn } from 'node:child_process';

/** Run `command`; its output kept when `quiet`, else shown as it comes. */
function run(command: string, args: string[], quiet: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const typecheck = run('npm', ['run', '--silent', 'typecheck'], true);
const tests = await run(new URL('../node_modules/.bin/vitest', import.meta.url).pathname, ['run', ...process.argv.slice(2)], false);
const types = await typecheck;
process.stdout.write(types.output);
if (types.code !== 0) console.error('crosscheck: the type check failed (above)');
process.exitCode = tests.code || types.code;
