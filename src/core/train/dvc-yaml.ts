import { posix } from 'node:path';
import { isMap } from 'yaml';
import { UsageError } from '../errors.js';
import { parseYamlBudgeted, yamlValue } from '../text/yaml-doc.js';
import { parseStage } from './parse-stages.js';
import type { Stage } from './stage.js';

/** dvc.yaml stage keys mlci reads; the rest do not change what runs (desc, meta) or are refused. */
const READ = new Set([
  'cmd',
  'deps',
  'params',
  'outs',
  'metrics',
  'plots',
  'wdir',
  'frozen',
  'always_changed',
]);
const IGNORED = new Set(['desc', 'meta']);

/**
 * Options of an out (`- model.pkl: {persist: true}`), by what mlci does with them: `persist` is honoured;
 * the descriptive and plot-rendering ones change nothing that runs; `cache: false` and the DVC-remote
 * ones are ignored with a warning (mlci caches every output in its own store); the rest are refused.
 */
const OUT_OPTIONS = {
  honoured: new Set(['persist']),
  silent: new Set(['desc', 'type', 'labels', 'meta', 'title', 'template', 'x', 'y', 'x_label', 'y_label']),
} as const;

/** What a dvc.yaml out list holds: its paths, and the ones marked `persist: true`. */
interface OutList {
  readonly paths: unknown;
  readonly persist: string[];
}

/** The outs of one list: each `path` or `{path: {persist: true, cache: false, …}}`. */
function readOuts(
  raw: unknown,
  what: string,
  where: (path: readonly (string | number)[]) => { file: string; line?: number; column?: number },
  path: readonly (string | number)[],
  warn: (message: string) => void,
): OutList {
  if (!Array.isArray(raw)) return { paths: raw, persist: [] };
  const persist: string[] = [];
  const paths = raw.map((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length !== 1)
      return item;
    const [[out, options]] = Object.entries(item) as [[string, unknown]];
    for (const [option, value] of Object.entries((options ?? {}) as Record<string, unknown>)) {
      if (option === 'persist' && value === true) persist.push(out);
      else if (option === 'cache' && value === false) {
        warn(`${what}: "${out}" has \`cache: false\`; mlci caches and restores every output anyway`);
      } else if (option === 'remote' || option === 'push') {
        warn(`${what}: "${out}": \`${option}\` is a DVC remote setting; mlci keeps outputs in its own cache`);
      } else if (!OUT_OPTIONS.honoured.has(option) && !OUT_OPTIONS.silent.has(option) && option !== 'cache') {
        throw new UsageError(`${what}: "${out}": dvc.yaml output option \`${option}\` is not supported`, {
          where: where([...path, index, out, option]),
          hint: 'remove it, or keep running this stage with `dvc repro`',
        });
      }
    }
    return out;
  });
  return { paths, persist };
}

/**
 * The stages of a dvc.yaml (cmd, deps, params, outs, metrics, plots, wdir, frozen, always_changed, and the
 * `persist` option of outputs), so a DVC project runs under mlci unchanged; what mlci ignores is `warn`ed. `file` is the dvc.yaml path relative to the workspace; stage paths stay relative to the
 * stage's wdir, as in DVC. `foreach`/`matrix` and `${…}` templating are refused with a hint, not guessed.
 */
export function parseDvcYaml(
  text: string,
  file: string,
  warn: (message: string) => void = () => {},
): Stage[] {
  const fail = (message: string, details: ConstructorParameters<typeof UsageError>[1]) =>
    new UsageError(message, details);
  const parsed = parseYamlBudgeted(text, file, fail);
  const { doc, lines } = parsed;
  const at = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    if (!node?.range) return undefined;
    const { line, col } = lines.linePos(node.range[0]);
    return { line, column: col };
  };
  if (doc.errors[0]) {
    const { line, col } = lines.linePos(doc.errors[0].pos[0]);
    throw new UsageError(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, {
      where: { file, line, column: col },
    });
  }
  // Top-level keys besides `stages` describe the project for `dvc plots`/`dvc exp`/artifacts and do not
  // change what runs (`vars` only matters through `${…}`, which is refused below).
  // Expanded once, under the alias budget (doc.toJS() would expand an alias bomb unchecked).
  const value = yamlValue(parsed, file, fail) as { stages: Record<string, Record<string, unknown>> } | null;
  const top = value as Record<string, unknown> | null;
  for (const key of Object.keys(top && typeof top === 'object' ? top : {})) {
    if (!['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'].includes(key)) {
      throw new UsageError(`unknown dvc.yaml top-level key \`${key}\``, { where: { file, ...at([key]) } });
    }
  }
  const stages = doc.getIn(['stages'], true);
  if (!isMap(stages)) {
    throw new UsageError('dvc.yaml has no `stages:` mapping', { where: { file, line: 1, column: 1 } });
  }
  const base = posix.dirname(file.split('\\').join('/'));
  return Object.entries(value!.stages).map(([name, raw]) => {
    const where = { file, ...at(['stages', name]) };
    if (!raw || typeof raw !== 'object') throw new UsageError(`stage '${name}' must be a mapping`, { where });
    for (const key of Object.keys(raw)) {
      if (key === 'foreach' || key === 'matrix' || key === 'do') {
        throw new UsageError(`stage '${name}': dvc.yaml \`${key}\` stages are not supported`, {
          where: { file, ...at(['stages', name, key]) },
          hint: 'write one stage per item in mlci.yml `train.stages`, or keep running this one with `dvc repro`',
        });
      }
      if (!READ.has(key) && !IGNORED.has(key)) {
        throw new UsageError(`stage '${name}': unknown dvc.yaml key \`${key}\``, {
          where: { file, ...at(['stages', name, key]) },
        });
      }
    }
    if (JSON.stringify(raw).includes('${')) {
      throw new UsageError(`stage '${name}': dvc.yaml templating (\`\${…}\`) is not supported`, {
        where,
        hint: 'replace the template with its value, or declare the stage in mlci.yml',
      });
    }
    const whereAt = (path: readonly (string | number)[]) => ({ file, ...at(path) });
    const outs = (key: string) => readOuts(raw[key], `stage '${name}'`, whereAt, ['stages', name, key], warn);
    const [out, metrics, plots] = [outs('outs'), outs('metrics'), outs('plots')];
    const wdir = posix.normalize(posix.join(base, typeof raw.wdir === 'string' ? raw.wdir : '.'));
    const stage = parseStage(
      name,
      {
        cmd: raw.cmd,
        deps: raw.deps,
        params: raw.params,
        outs: out.paths,
        metrics: metrics.paths,
        plots: plots.paths,
        persist: [...out.persist, ...metrics.persist, ...plots.persist],
        frozen: raw.frozen === true,
        'always-changed': raw.always_changed === true,
      },
      { file, path: ['stages', name], locate: at },
    );
    return { ...stage, wdir };
  });
}
