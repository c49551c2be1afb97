import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHashWorkers } from '../platform/process/hash-workers.js';

/** The value of the last `--name value` or `--name=value` in `argv`, if any. */
function flag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) value = argv[i + 1];
    else if (argv[i]!.startsWith(`--${name}=`)) value = argv[i]!.slice(name.length + 3);
  }
  return value;
}

const mentionsDeps = (path: string) => {
  try {
    return readFileSync(path, 'latin1').includes('deps');
  } catch {
    return false;
  }
};

/**
 * Starts a hash worker for a `mlci fingerprint` that will most likely read files, before the CLI's modules
 * load: a worker takes 30-40 ms to start, which then overlaps loading the modules, reading mlci.yml and
 * listing the files instead of following them. One, not one per core: two workers starting beside the main
 * thread on two cores slowed its loading down (the first file was read ~20 ms later), and the main thread
 * hashes beside the workers anyway; on more cores the command starts the rest when its plan is known, and
 * they join the files under way. It is a guess made from argv and two small reads (with a hash state, most
 * files are known and none may be read; a config that never says `deps` declares none): a wrong guess costs
 * time, never correctness (fingerprint starts the workers itself when its plan needs them, and ends them
 * whoever started them). A worker started for nothing holds up the exit (~40 ms on a stage without deps),
 * hence the guess.
 */
export function prestartHashing(argv: readonly string[], cwd: string): void {
  if (argv[0] !== 'fingerprint' || argv.includes('--help') || argv.includes('-h')) return;
  if (existsSync(resolve(cwd, flag(argv, 'cache-dir') ?? '.mlci/cache', 'hash-state.json'))) return;
  const config = flag(argv, 'dvc-file') ?? flag(argv, 'config') ?? 'mlci.yml';
  const deps =
    flag(argv, 'deps') !== undefined ||
    mentionsDeps(resolve(cwd, config)) ||
    mentionsDeps(resolve(cwd, 'dvc.yaml'));
  if (deps) startHashWorkers(1);
}
