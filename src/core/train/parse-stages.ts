import { UsageError, type Where } from '../errors.js';
import { type ParamsSource, SHELLS, STAGE_DEFAULTS, STAGE_NAME, type Shell, type Stage } from './stage.js';

/** Finds the line and column of a path inside the declaring file (mlci.yml's `locate`). */
export type Locate = (path: readonly (string | number)[]) => { line: number; column: number } | undefined;

/** Where a stage mapping came from: the file, the path of the mapping in it, and a locator. */
export interface StageSource {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly locate?: Locate;
}

/** "90" / 90 -> 90, "30m" -> 1800, "2h" -> 7200; anything else is a usage error naming the stage. */
export function parseDuration(value: unknown, what: string, where?: Where): number {
  if (value === undefined || value === null || value === '') return 0;
  const match = /^([0-9]+(?:\.[0-9]+)?)([smh]?)$/.exec(String(value).trim());
  if (!match) {
    throw new UsageError(`${what}: timeout must be seconds or "90s", "30m", "2h", got "${String(value)}"`, {
      where,
    });
  }
  const unit = { '': 1, s: 1, m: 60, h: 3600 }[match[2] as '' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

function list(value: unknown, what: string, where?: Where): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (typeof item !== 'string' || item.trim() === '')
      throw new UsageError(`${what} must be a list of non-empty strings`, { where });
  }
  return (items as string[]).map((item) => item.trim());
}

/** `params:` in either form: a list of keys / `{file: [keys]}`, or a mapping of inline values. */
export function parseParams(value: unknown, what: string, where?: Where): ParamsSource[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    if (typeof value !== 'object')
      throw new UsageError(`${what}: params must be a list or a mapping`, { where });
    return [{ kind: 'inline', values: value as Record<string, unknown> }];
  }
  // 'all' (every key of the file) absorbs any list of keys of the same file.
  const byFile = new Map<string, Set<string> | 'all'>();
  const add = (file: string, keys: string[] | 'all') => {
    const known = byFile.get(file) ?? new Set<string>();
    byFile.set(file, keys === 'all' || known === 'all' ? 'all' : new Set([...known, ...keys]));
  };
  for (const item of value) {
    if (typeof item === 'string') add('params.yaml', [item]);
    else if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 1) {
      const [[file, keys]] = Object.entries(item) as [[string, unknown]];
      // `- params.json:` with no keys (null or []) means every key of the file, as in dvc.yaml.
      if (keys === null || (Array.isArray(keys) && keys.length === 0)) add(file, 'all');
      else add(file, list(keys, `${what}: params of ${file}`, where));
    } else {
      throw new UsageError(`${what}: each params item is a key or a single \`file: [keys]\` mapping`, {
        where,
      });
    }
  }
  return [...byFile].map(([file, keys]) =>
    keys === 'all' ? { kind: 'file', file } : { kind: 'file', file, keys: [...keys] },
  );
}

function whereOf(source: StageSource, ...path: (string | number)[]): Where {
  const position = source.locate?.([...source.path, ...path]);
  return { file: source.file, ...position };
}

/** One stage from its mapping (mlci.yml `train.stages.<name>`, or the action's single-stage inputs). */
export function parseStage(name: string, raw: Readonly<Record<string, unknown>>, source: StageSource): Stage {
  const where = whereOf(source);
  const what = `stage '${name}'`;
  if (!STAGE_NAME.test(name)) {
    throw new UsageError(
      `${what}: a stage name takes letters, digits, '.', '_' and '-' (no spaces or commas)`,
      {
        where,
        hint: 'stage names are part of cache keys',
      },
    );
  }
  const cmd = Array.isArray(raw.cmd) ? raw.cmd.map(String).join('\n') : raw.cmd;
  if (typeof cmd !== 'string' || cmd.trim() === '')
    throw new UsageError(`${what} has no \`cmd\``, { where, hint: 'add `cmd: python train.py`' });
  const shell = raw.shell as Shell | undefined;
  if (shell !== undefined && !SHELLS.includes(shell))
    throw new UsageError(`${what}: unknown shell "${String(shell)}"`, { where: whereOf(source, 'shell') });
  const seed = raw.seed ?? STAGE_DEFAULTS.seed;
  if (!Number.isInteger(Number(seed)) || Number(seed) < 0)
    throw new UsageError(`${what}: seed must be a non-negative integer`, { where: whereOf(source, 'seed') });
  const outputs = [
    ...list(raw.outs, what, where),
    ...list(raw.metrics, what, where),
    ...list(raw.plots, what, where),
  ];
  const persist = list(raw.persist, `${what}: persist`, whereOf(source, 'persist'));
  const stray = persist.find((path) => !outputs.includes(path));
  if (stray !== undefined) {
    throw new UsageError(`${what}: persist "${stray}" is not one of the stage's outs, metrics or plots`, {
      where: whereOf(source, 'persist'),
      hint: 'list under `persist` only paths the stage also declares as outputs',
    });
  }
  return {
    name,
    cmd,
    deps: list(raw.deps, `${what}: deps`, whereOf(source, 'deps')),
    params: parseParams(raw.params, what, whereOf(source, 'params')),
    outs: list(raw.outs, `${what}: outs`, whereOf(source, 'outs')),
    metrics: list(raw.metrics, `${what}: metrics`, whereOf(source, 'metrics')),
    plots: list(raw.plots, `${what}: plots`, whereOf(source, 'plots')),
    env: list(raw.env, `${what}: env`, whereOf(source, 'env')),
    passEnv: list(raw['pass-env'], `${what}: pass-env`, whereOf(source, 'pass-env')),
    dependsOn: list(raw['depends-on'], `${what}: depends-on`, whereOf(source, 'depends-on')),
    timeout: parseDuration(raw.timeout, what, whereOf(source, 'timeout')),
    seed: Number(seed),
    verify: raw.verify === true || raw.verify === 'true',
    shell,
    tools: list(raw.tools, `${what}: tools`, whereOf(source, 'tools')),
    wdir: typeof raw.wdir === 'string' && raw.wdir.trim() ? raw.wdir.trim() : STAGE_DEFAULTS.wdir,
    ...(persist.length ? { persist } : {}),
    ...(raw.frozen === true || raw.frozen === 'true' ? { frozen: true } : {}),
    ...(raw['always-changed'] === true || raw['always-changed'] === 'true' ? { alwaysChanged: true } : {}),
    where,
  };
}

/** Every stage of mlci.yml's `train.stages` mapping, in declaration order. */
export function parseStages(stages: Readonly<Record<string, unknown>>, source: StageSource): Stage[] {
  return Object.entries(stages).map(([name, raw]) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new UsageError(`stage '${name}' must be a mapping with at least \`cmd\``, {
        where: whereOf(source, name),
      });
    }
    return parseStage(name, raw as Record<string, unknown>, { ...source, path: [...source.path, name] });
  });
}
