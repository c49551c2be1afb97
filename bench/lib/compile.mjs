// The benchmarks run our code compiled by tsc into a private directory of their own (no bundle needed;
// node_modules resolve from the repository), so that a developer's build/ is never touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Compiles src/ with tsconfig.build.json into `dir` and returns `load(path)`, which imports a compiled
 * module by its path below src/ (`'core/metrics/rng.js'`). Quiet by default: tsc still emits when files
 * someone else is editing do not type-check. `verbose` prints tsc's output and fails on its errors.
 */
export function compileSources(dir, { verbose = false } = {}) {
  const args = [
    join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    join(root, 'tsconfig.build.json'),
    '--outDir',
    dir,
  ];
  if (verbose) execFileSync(process.execPath, args, { stdio: 'inherit' });
  else spawnSync(process.execPath, args, { stdio: 'ignore' });
  // The compiled files are ES modules.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return (path) => import(pathToFileURL(join(dir, path)).href);
}
