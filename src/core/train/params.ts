import { parse as parseYaml } from 'yaml';
import { didYouMean } from '../text/suggest.js';
import { stageUsageError } from './errors.js';
import type { Stage } from './stage.js';

/** Resolved params: per file (and 'inline'), the values of the keys the stage reads. */
export type ParamValues = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The value at a dotted key ('train.optimizer.lr'), or undefined. Arrays index by number ('layers.0'). */
export function lookup(tree: unknown, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in (node as object))) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function parseParamsFile(stage: Stage, file: string, text: string): unknown {
  try {
    if (file.endsWith('.json')) return JSON.parse(text);
    if (/\.ya?ml$/.test(file)) return parseYaml(text, { maxAliasCount: 100 });
  } catch (cause) {
    throw stageUsageError(stage, `cannot parse params file ${file}`, { cause, where: { file } });
  }
  throw stageUsageError(stage, `params file ${file} is not JSON or YAML`, {
    hint: 'use params.yaml, params.yml or params.json',
  });
}

/**
 * The values of every params key `stage` reads. `read` returns a file's text (path relative to the
 * stage's wdir) or undefined when it does not exist. A missing file or key is a usage error naming both.
 */
export function resolveParams(stage: Stage, read: (file: string) => string | undefined): ParamValues {
  const out: Record<string, Record<string, unknown>> = {};
  for (const source of stage.params) {
    if (source.kind === 'inline') {
      out.inline = { ...out.inline, ...source.values };
      continue;
    }
    const text = read(source.file);
    if (text === undefined) {
      throw stageUsageError(stage, `params file ${source.file} does not exist`, {
        hint: `create ${source.file}, or declare the values inline under \`params:\``,
      });
    }
    const tree = parseParamsFile(stage, source.file, text);
    if (source.keys === undefined) {
      out[source.file] = { ...(tree as Record<string, unknown>) };
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const key of source.keys) {
      const value = lookup(tree, key);
      if (value === undefined) {
        const top = tree && typeof tree === 'object' ? Object.keys(tree) : [];
        throw stageUsageError(stage, `params key '${key}' does not exist in ${source.file}`, {
          hint: `keys at the top of ${source.file}: ${top.join(', ') || '(none)'}${didYouMean(key, top)}`,
        });
      }
      values[key] = value;
    }
    out[source.file] = values;
  }
  return out;
}
