import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'reference.py');

/** Asks reference.py (scikit-learn / scipy under Debian's /usr/bin/python3) for reference values. */
export function reference<T>(request: Record<string, unknown>): T {
  const result = spawnSync('/usr/bin/python3', [SCRIPT], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONWARNINGS: 'ignore' },
  });
  if (result.status !== 0) throw new Error(`reference.py ${String(request.op)} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
