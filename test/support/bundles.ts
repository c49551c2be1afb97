// The bundle an e2e test runs. By default the committed `dist/<name>/index.js`: what ships, and the
// check-dist test proves it equals the sources. With MLCI_E2E_BUILD=1, every bundle is built once per
// process from the current sources into a temp dir (for development, when dist/ is behind the sources).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '../..');
// Keyed by pid: jest workers are separate processes and each builds its own; the test files one worker
// runs one after another share the build (module state does not survive jest's per-file registry).
const out = join(tmpdir(), `mlci-e2e-${process.pid}`);
const done = join(out, 'dist/.complete');

/**
 * Path of `dist/<name>/index.js`: the committed one, a fresh build of the sources with MLCI_E2E_BUILD=1,
 * or one under MLCI_E2E_DIST.
 */
export async function bundle(name: string): Promise<string> {
  // MLCI_E2E_DIST=<dir>: bundles built earlier with `scripts/build.mjs --out <dir>` (a slow machine
  // builds once for several test runs).
  const prebuilt = process.env.MLCI_E2E_DIST;
  if (prebuilt) return join(prebuilt, 'dist', name, 'index.js');
  if (process.env.MLCI_E2E_BUILD !== '1') return join(root, 'dist', name, 'index.js');
  if (!existsSync(done)) await buildAll();
  const path = join(out, 'dist', name, 'index.js');
  if (!existsSync(path)) throw new Error(`scripts/build.mjs built no bundle named ${name} (${path})`);
  return path;
}

async function buildAll(): Promise<void> {
  // A compile dir of our own, so that a developer's `npm run build` (build/) and the other worker are untouched.
  const compiled = `.build-e2e-${process.pid}`;
  await promisify(execFile)(
    process.execPath,
    [join(root, 'scripts/build.mjs'), '--out', out, '--compiled', compiled],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  // ncc has inlined the compiled modules; the directory is no longer needed.
  await rm(join(root, compiled), { recursive: true, force: true });
  await writeFile(done, '');
}
