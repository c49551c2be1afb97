/** Shell builtins and keywords: not programs with a version. */
const BUILTINS = new Set(
  (
    'cd echo export set unset test [ [[ true false exit source . eval exec if then else elif fi for while do ' +
    'done case esac function return shift trap umask wait read printf pwd time env sudo nohup nice mkdir rm ' +
    'cp mv ls cat touch'
  ).split(' '),
);

/**
 * The programs a stage command names: the first word of each simple command (after `&&`, `||`, `;`,
 * `|`, newlines and `VAR=value` prefixes), less shell builtins and coreutils. `python3 train.py && dvc
 * push` -> ['python3', 'dvc']. A heuristic by design: `tools:` in the stage adds what it misses.
 */
export function toolsNamedIn(cmd: string): string[] {
  const tools = new Set<string>();
  for (const segment of cmd.split(/&&|\|\||[;|\n]/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    const first = words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    if (!first || /^[#(){}]/.test(first)) continue;
    const name = first.replace(/^["']|["']$/g, '');
    if (!BUILTINS.has(name)) tools.add(name);
  }
  return [...tools];
}

/** Lockfiles whose hash goes into every fingerprint when present at the workspace root or the stage's wdir. */
export const LOCKFILES = [
  'requirements.txt',
  'poetry.lock',
  'uv.lock',
  'Pipfile.lock',
  'pdm.lock',
  'environment.yml',
  'environment.yaml',
  'conda-lock.yml',
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock',
] as const;
