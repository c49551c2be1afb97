// The supported Node range is package.json's `engines.node`: every package the lock file installs must
// accept its lowest version and the Node 24 the actions run on, or `npm ci` warns EBADENGINE there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

const root = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

/** Node versions the project says it supports and tests: the lowest of its range and the actions' node24. */
function supported(): string[] {
  const lowest = semver.minVersion(pkg.engines.node);
  if (!lowest) throw new Error(`package.json engines.node "${pkg.engines.node}" has no lowest version`);
  return [lowest.version, '24.0.0'];
}

/** Locked packages whose `engines.node` refuses one of the given Node versions. */
function refusing(versions: readonly string[]): string[] {
  const out: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || !entry.engines || Array.isArray(entry.engines) || !entry.engines.node) continue;
    for (const v of versions) {
      if (!semver.satisfies(v, entry.engines.node))
        out.push(`${path}@${entry.version} needs node ${entry.engines.node}, not ${v}`);
    }
  }
  return out;
}

describe('the supported Node range', () => {
  it('is accepted by every locked package (npm ci prints no EBADENGINE)', () => {
    expect(refusing(supported())).toEqual([]);
  });

  it('would catch a package that needs a newer Node than the lowest supported', () => {
    // The check itself must be able to fail: content-type 3 (Node >= 22) was locked before.
    expect(semver.satisfies('20.19.0', '>=22')).toBe(false);
    expect(refusing(['0.10.0']).length).toBeGreaterThan(0);
  });

  it('includes Node 20.19 and 24, the versions the tests and the actions run on', () => {
    expect(semver.satisfies('20.19.0', pkg.engines.node)).toBe(true);
    expect(semver.satisfies('24.0.0', pkg.engines.node)).toBe(true);
  });
});
