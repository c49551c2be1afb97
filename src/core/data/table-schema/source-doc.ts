import { isNode, LineCounter, parseDocument } from 'yaml';
import { UsageError, type Where } from '../../errors.js';

/** A parsed JSON or YAML document that can say where a value came from (for schema errors). */
export interface SourceDoc {
  readonly file: string;
  readonly value: unknown;
  /** File, line and column of the value at `path` (or of its nearest existing parent). */
  where(path: readonly (string | number)[]): Where;
}

/**
 * Parses JSON or YAML (JSON is YAML 1.2) keeping positions. Aliases are capped (billion laughs), duplicate
 * keys are errors, and a too-deep document is an error rather than a stack overflow (yaml >= 2.8.3).
 */
export function parseSourceDoc(file: string, text: string): SourceDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const [offset] = first.pos;
    const { line, col } = lineCounter.linePos(offset);
    throw new UsageError(`cannot parse ${file}: ${first.message.split('\n')[0]}`, {
      where: { file, line, column: col },
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (thrown) {
    throw new UsageError(
      `cannot read ${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      {
        where: { file },
        hint: 'remove the YAML aliases (*name) that expand this document',
      },
    );
  }
  const where = (path: readonly (string | number)[]): Where => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { file, line, column: col };
      }
    }
    return { file };
  };
  return { file, value, where };
}
