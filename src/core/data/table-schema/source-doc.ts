import { isNode } from 'yaml';
import { UsageError, type Where } from '../../errors.js';
import { parseYamlBudgeted, yamlValue } from '../../text/yaml-doc.js';

/** A parsed JSON or YAML document that can say where a value came from (for schema errors). */
export interface SourceDoc {
  readonly file: string;
  readonly value: unknown;
  /** File, line and column of the value at `path` (or of its nearest existing parent). */
  where(path: readonly (string | number)[]): Where;
}

/**
 * Parses JSON or YAML (JSON is YAML 1.2) keeping positions, within the document budgets (size, values,
 * alias expansion: core/text/yaml-doc.ts); duplicate keys are errors, and a too-deep document is an
 * error rather than a stack overflow (yaml >= 2.8.3).
 */
export function parseSourceDoc(file: string, text: string): SourceDoc {
  const fail = (message: string, details: ConstructorParameters<typeof UsageError>[1]) =>
    new UsageError(message, details);
  const parsed = parseYamlBudgeted(text, file, fail);
  const { doc } = parsed;
  const first = doc.errors[0];
  if (first) {
    throw new UsageError(`cannot parse ${file}: ${first.message.split('\n')[0]}`, {
      where: { file, ...parsed.at(first.pos[0]) },
    });
  }
  const value = yamlValue(parsed, file, fail);
  const where = (path: readonly (string | number)[]): Where => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        return { file, ...parsed.at(node.range[0]) };
      }
    }
    return { file };
  };
  return { file, value, where };
}
