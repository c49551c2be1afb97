import { readFile } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, type Document, type Node } from 'yaml';
import { UsageError } from '../core/errors.js';
import { parseYamlBudgeted, yamlValue } from '../core/text/yaml-doc.js';
import { didYouMean } from '../core/text/suggest.js';
import { validate as generated } from './mlci-yml-validator.generated.js';

/** A loaded mlci.yml: the plain value, and where each part of it came from (for later errors). */
export interface LoadedConfig {
  readonly file: string;
  readonly value: Readonly<Record<string, unknown>>;
  /** 1-based line and column of the node at a path such as ['train', 'stages', 'fit', 'cmd']. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/**
 * configSchema() compiled ahead of time by Ajv (scripts/config-validator.mjs, run by the build): compiling it
 * here cost ~170 ms on every start of a command that reads mlci.yml. A unit test keeps it current.
 */
const validate = generated as unknown as ValidateFunction;

/** Reads and checks mlci.yml; any problem is a UsageError naming file:line:column with a hint. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new UsageError(`cannot read ${file}`, {
      cause,
      hint: 'pass --config with the path of your mlci.yml',
    });
  }
  return parseConfig(text, file);
}

/** Parses mlci.yml text; exported for tests and for configs that come from another source. */
export function parseConfig(text: string, file = 'mlci.yml'): LoadedConfig {
  const fail = (message: string, details: ConstructorParameters<typeof UsageError>[1]) =>
    new UsageError(message, details);
  const parsed = parseYamlBudgeted(text, file, fail);
  const { doc, at } = parsed;
  const [syntax] = doc.errors;
  if (syntax) {
    throw new UsageError(`invalid YAML: ${syntax.message.split('\n')[0]}`, {
      where: { file, ...at(syntax.pos[0]) },
      hint: 'fix the YAML syntax at that position (indentation, a missing colon or quote)',
    });
  }
  // The alias budget: a billion-laughs mlci.yml is exit 2 at its first alias, not "failed unexpectedly".
  const value = yamlValue(parsed, file, fail);
  const locate = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true) as Node | undefined;
    return node?.range ? at(node.range[0]) : undefined;
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError('mlci.yml must be a mapping with `version: 1` and one section per step', {
      where: { file, line: 1, column: 1 },
    });
  }
  if (!validate(value)) throw configError(file, doc, validate.errors ?? [], at, locate);
  return { file, value: value as Record<string, unknown>, locate };
}

function configError(
  file: string,
  doc: Document,
  errors: ErrorObject[],
  at: (offset: number) => { line: number; column: number },
  locate: LoadedConfig['locate'],
): UsageError {
  const first = mostSpecific(errors);
  const path = first.instancePath.split('/').slice(1).map(unescapePointer);
  if (first.keyword === 'additionalProperties') {
    const key = String(first.params.additionalProperty);
    const known = Object.keys((first.parentSchema?.properties as object | undefined) ?? {});
    const where = keyPosition(doc, path, key, at) ?? locate(path);
    return new UsageError(`unknown key \`${key}\`${didYouMean(key, known)}`, {
      where: { file, ...where },
      hint: `allowed here: ${known.map((name) => `\`${name}\``).join(', ')}`,
    });
  }
  const where = locate(path) ?? { line: 1, column: 1 };
  const subject = path.length ? `\`${path.join('.')}\`` : 'mlci.yml';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem(s))` : '';
  return new UsageError(`${subject} ${first.message ?? 'is invalid'}${more}`, {
    where: { file, ...where },
    hint: 'see docs/mlci-yml.md for the format of each section',
  });
}

/** Of ajv's errors, the one deepest in the document (anyOf wrappers say less than their branches). */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const rank = (error: ErrorObject) =>
    error.instancePath.split('/').length * 10 + (error.keyword === 'additionalProperties' ? 5 : 0);
  return errors.reduce((best, error) => (rank(error) > rank(best) ? error : best));
}

function keyPosition(
  doc: Document,
  path: string[],
  key: string,
  at: (offset: number) => { line: number; column: number },
) {
  const parent = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? at(range[0]) : undefined;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
