import { UsageError, type Where } from '../../errors.js';
import type { SourceDoc } from '../table-schema/source-doc.js';

/** One resource of a data package as its descriptor gives it, paths still relative to the package. */
export interface PackageResource {
  readonly name: string;
  /** Position in `resources`, for errors that point into the descriptor. */
  readonly index: number;
  readonly paths: readonly string[];
  /**
   * An inline schema (a view of the descriptor), the path of a schema file, or undefined: the Data
   * Package spec says a tabular resource SHOULD (not MUST) have one, so its schema is then inferred.
   */
  readonly schema: SourceDoc | string | undefined;
  readonly format?: string;
  readonly delimiter?: string;
  readonly header?: boolean;
}

/** A Frictionless Data Package: its resources and where each came from in the descriptor. */
export interface DataPackage {
  readonly file: string;
  readonly resources: readonly PackageResource[];
  where(path: readonly (string | number)[]): Where;
}

/** True for a relative path that stays inside the package directory (no absolute path, no `..`). */
export function insidePackage(path: string): boolean {
  return (
    !path.startsWith('/') &&
    !path.startsWith('\\') &&
    !/^[a-z]:/i.test(path) &&
    !path.split(/[\\/]/).includes('..')
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a datapackage.json/.yaml. Paths must be relative and stay inside the package directory (the
 * Data Package spec forbids absolute and `..` paths: a descriptor from a PR must not read other files);
 * URLs are refused because mlci reads no remote data.
 */
export function readDataPackage(doc: SourceDoc): DataPackage {
  const fail = (path: readonly (string | number)[], message: string, hint?: string): never => {
    throw new UsageError(`invalid data package: ${message}`, { where: doc.where(path), hint });
  };
  if (!isObject(doc.value)) return fail([], 'expected an object with `resources`');
  const raw = doc.value.resources;
  if (!Array.isArray(raw) || raw.length === 0)
    return fail(
      ['resources'],
      '`resources` must be a non-empty list',
      'see docs/validate-data.md#data-packages',
    );
  const names = new Set<string>();
  const resources = raw.map((resource: unknown, index): PackageResource => {
    const at = ['resources', index];
    if (!isObject(resource)) return fail(at, 'a resource must be an object with `name`, `path` and `schema`');
    const name = resource.name;
    if (typeof name !== 'string' || name === '') return fail([...at, 'name'], 'a resource needs a `name`');
    if (names.has(name)) fail([...at, 'name'], `duplicate resource name "${name}"`);
    names.add(name);
    const path = resource.path;
    const paths = typeof path === 'string' ? [path] : path;
    if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string' || p === ''))
      return fail([...at, 'path'], `resource "${name}": \`path\` must be a path or a list of paths`);
    paths.forEach((p: string, i) => {
      const where = [...at, 'path', ...(typeof path === 'string' ? [] : [i])];
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p))
        fail(where, `resource "${name}": remote path ${p} is not supported`, 'download the file first');
      if (!insidePackage(p))
        fail(where, `resource "${name}": path ${p} must be relative and stay inside the package directory`);
    });
    const schema = resource.schema;
    if (schema !== undefined && typeof schema !== 'string' && !isObject(schema))
      return fail([...at, 'schema'], `resource "${name}": \`schema\` must be an object or a path`);
    const format = resource.format;
    if (format !== undefined && typeof format !== 'string') fail([...at, 'format'], 'must be a string');
    const dialect = resource.dialect;
    if (dialect !== undefined && !isObject(dialect)) fail([...at, 'dialect'], 'must be an object');
    const delimiter = isObject(dialect) ? dialect.delimiter : undefined;
    if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1))
      fail([...at, 'dialect', 'delimiter'], 'must be one character');
    const header = isObject(dialect) ? dialect.header : undefined;
    if (header !== undefined && typeof header !== 'boolean')
      fail([...at, 'dialect', 'header'], 'must be true or false');
    return {
      name,
      index,
      paths: paths as string[],
      schema:
        typeof schema === 'string' || schema === undefined
          ? schema
          : { file: doc.file, value: schema, where: (p) => doc.where([...at, 'schema', ...p]) },
      format: format as string | undefined,
      delimiter: delimiter as string | undefined,
      header: header as boolean | undefined,
    };
  });
  return { file: doc.file, resources, where: doc.where };
}
