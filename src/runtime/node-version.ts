/**
 * The oldest Node.js crosscheck runs on, and the check `npm start` makes before anything else
 * loads. The floor is the highest any part needs: `process.loadEnvFile` (20.12), the Slack
 * Socket Mode client's undici (20.18.1), and the HTML parser under /add's page extraction
 * (htmlparser2, entities, css-select: 20.19.0). package.json's `engines` says the same; a test
 * keeps them equal.
 */
export const MINIMUM_NODE = '20.19.0';

function parts(version: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/u.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** True when `version` (`20.18.1`, `v22.3.0`) is at least `minimum`; an unreadable version counts as new enough. */
export function isNodeRecentEnough(version: string, minimum = MINIMUM_NODE): boolean {
  const have = parts(version);
  const need = parts(minimum);
  if (!have) return true;
  if (!need) return false;
  const [major, minor, patch] = have;
  const [needMajor, needMinor, needPatch] = need;
  if (major !== needMajor) return major > needMajor;
  if (minor !== needMinor) return minor > needMinor;
  return patch >= needPatch;
}

/** What to tell someone starting crosscheck on too old a Node.js, or undefined when it is recent enough. */
export function describeOldNode(version: string, minimum = MINIMUM_NODE): string | undefined {
  if (isNodeRecentEnough(version, minimum)) return undefined;
  return `crosscheck needs Node.js ${minimum} or newer, and this is Node.js ${version.replace(/^v/u, '')}. Install a current LTS release from https://nodejs.org (or run: nvm install --lts), then npm ci and start again.`;
}
