// The validate-data benchmarks time what users run: the action bundle (ncc, as in dist/), built from the
// current sources into bench/.data/<name> — never over dist/ — and run as a whole process.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the named action bundle from the current sources into `bench/.data/<dir>` (each benchmark its own
 * directory, so two benchmarks can build at once) and returns the path of its entry (`…/dist/<name>/index.js`).
 * `--reuse` on the command line keeps a previous build.
 */
export function actionBundle(root, name, dir) {
  const out = join(root, 'bench/.data', dir);
  const entry = join(out, 'dist', name, 'index.js');
  if (process.argv.includes('--reuse') && existsSync(entry)) return entry;
  console.log(`building the ${name} bundle …`);
  const compiled = `.build-${dir}`;
  execFileSync(
    process.execPath,
    [join(root, 'scripts/build.mjs'), '--only', name, '--out', out, '--compiled', compiled],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: root },
  );
  rmSync(join(root, compiled), { recursive: true, force: true }); // ncc has inlined it
  if (!existsSync(entry)) throw new Error(`the ${name} bundle was not built (${entry})`);
  return entry;
}
