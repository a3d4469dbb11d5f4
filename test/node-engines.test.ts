import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/** What npm ci installs: every package of the lockfile, with the Node versions it says it runs on. */
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const ours = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };

/** The oldest Node the project's `engines` lets in, and the LTS CI runs the suite on as well. */
const OLDEST = semver.minVersion(ours.engines.node)!.version;
const SECOND_NODE = /SECOND_NODE_VERSION:-(\d+\.\d+\.\d+)/.exec(readFileSync(new URL('../.ci/second-node.sh', import.meta.url), 'utf8'))?.[1];

describe('engines: what package.json says is what the installed packages say', () => {
  it('every installed package runs on the oldest Node the project allows and on the second CI Node (npm ci warns of none)', () => {
    expect(OLDEST).toBe('20.19.0');
    expect(SECOND_NODE).toMatch(/^\d+\./);
    const refused: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const node = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
      if (!path || !node) continue;
      for (const version of [OLDEST, SECOND_NODE!]) {
        if (!semver.satisfies(version, node)) refused.push(`${path}@${pkg.version} wants node ${node}, not ${version}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
