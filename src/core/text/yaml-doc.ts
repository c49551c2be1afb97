import { type Document, LineCounter, parseDocument, visit } from 'yaml';
import type { ErrorDetails, MlciError, Where } from '../errors.js';

/**
 * Budgets of every YAML or JSON document mlci reads from a user or a pull request (mlci.yml, dvc.yaml,
 * schemas, checks files, params and metrics files, the `rules` input). JSON is YAML 1.2, so one parser
 * and one set of budgets serve both. See docs/security.md.
 */
export const DOC_LIMITS = {
  maxBytes: 16 * 1024 * 1024, // larger than any honest config, schema or metrics file
  // Scalars, mappings and sequences together, counted before anything is built: a schema of 10,000
  // fields with a few properties each is well under it.
  maxNodes: 200_000,
  maxAliasCount: 100, // expansions of `*alias`: the billion-laughs document is refused, not expanded
} as const;

/** Makes the error of a document problem: UsageError for configuration, DataError for data. */
export type DocError = (message: string, details: ErrorDetails) => MlciError;

/** A parsed document with its line counter, for callers that locate nodes themselves. */
export interface ParsedYaml {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** 1-based place of a character offset. */
  at(offset: number): { line: number; column: number };
}

const MIB = 1024 * 1024;

/**
 * Parses `text` within DOC_LIMITS: a document over the byte budget is refused before parsing, one with
 * more nodes than the budget after it (before any value is built). Syntax errors stay in `doc.errors`
 * for the caller to word; `yamlValue` builds the value.
 */
export function parseYamlBudgeted(text: string, file: string, fail: DocError): ParsedYaml {
  if (text.length > DOC_LIMITS.maxBytes) {
    throw fail(`${file} is larger than ${DOC_LIMITS.maxBytes / MIB} MiB`, {
      where: { file },
      hint: `mlci reads documents of up to ${DOC_LIMITS.maxBytes / MIB} MiB`,
    });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length === 0) {
    let nodes = 0;
    visit(doc, (_key, node) => {
      if (++nodes > DOC_LIMITS.maxNodes) {
        const range = (node as { range?: [number, number] }).range;
        throw fail(`${file} has more than ${DOC_LIMITS.maxNodes} values`, {
          where: { file, ...(range ? at(range[0]) : {}) },
          hint: 'split the document, or leave out what mlci does not need',
        });
      }
    });
  }
  return { doc, lines, at };
}

/**
 * The document's value, with alias expansion capped: a document whose aliases would expand past the
 * budget (a "billion laughs" bomb) is an error at the first alias, not gigabytes of memory, and never
 * anything but an MlciError.
 */
export function yamlValue(parsed: ParsedYaml, file: string, fail: DocError): unknown {
  try {
    return parsed.doc.toJS({ maxAliasCount: DOC_LIMITS.maxAliasCount });
  } catch (thrown) {
    let where: Where = { file };
    visit(parsed.doc, {
      Alias(_key, node) {
        if (node.range) where = { file, ...parsed.at(node.range[0]) };
        return visit.BREAK;
      },
    });
    throw fail(`cannot read ${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
      where,
      hint: 'remove the YAML aliases (*name) that expand this document',
    });
  }
}
