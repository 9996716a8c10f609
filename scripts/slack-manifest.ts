import { writeFile } from 'node:fs/promises';
import { renderSlackManifest } from '../src/adapters/slack/manifest.ts';

/** Write slack/manifest.yml from the command list. */
await writeFile(new URL('../slack/manifest.yml', import.meta.url), renderSlackManifest());
console.error('crosscheck: wrote slack/manifest.yml');
