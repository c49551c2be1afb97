import { posix } from 'node:path';
import { isMap } from 'yaml';
import { UsageError } from '../errors.js';
import { parseYamlBudgeted, yamlValue } from '../text/yaml-doc.js';
import { parseStage } from './parse-stages.js';
import type { Stage } from './stage.js';

/** dvc.yaml stage keys mlci reads; the rest either do not change what runs (desc, meta) or are refused. */
const READ = new Set(['cmd', 'deps', 'params', 'outs', 'metrics', 'plots', 'wdir']);
const IGNORED = new Set(['desc', 'meta', 'always_changed', 'frozen']);

/** An out of dvc.yaml: `path` or `{path: {cache: false, persist: true, …}}`; mlci caches every out. */
function outPath(item: unknown): unknown {
  if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 1)
    return Object.keys(item)[0];
  return item;
}

/**
 * The stages of a dvc.yaml (cmd, deps, params, outs, metrics, plots, wdir), so a DVC project runs under
 * mlci unchanged. `file` is the dvc.yaml path relative to the workspace; stage paths stay relative to the
 * stage's wdir, as in DVC. `foreach`/`matrix` and `${…}` templating are refused with a hint, not guessed.
 */
export function parseDvcYaml(text: string, file: string): Stage[] {
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
  const stages = doc.getIn(['stages'], true);
  if (!isMap(stages)) {
    throw new UsageError('dvc.yaml has no `stages:` mapping', { where: { file, line: 1, column: 1 } });
  }
  const value = yamlValue(parsed, file, fail) as { stages: Record<string, Record<string, unknown>> };
  const base = posix.dirname(file.split('\\').join('/'));
  return Object.entries(value.stages).map(([name, raw]) => {
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
    const outs = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).map(outPath) : raw[key]);
    const wdir = posix.normalize(posix.join(base, typeof raw.wdir === 'string' ? raw.wdir : '.'));
    const stage = parseStage(
      name,
      {
        cmd: raw.cmd,
        deps: raw.deps,
        params: raw.params,
        outs: outs('outs'),
        metrics: outs('metrics'),
        plots: outs('plots'),
      },
      { file, path: ['stages', name], locate: at },
    );
    return { ...stage, wdir };
  });
}
