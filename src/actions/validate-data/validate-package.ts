import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { mergeChecks, type TableChecks } from '../../core/data/checks/table-checks.js';
import { type DataPackage, insidePackage, readDataPackage } from '../../core/data/package/data-package.js';
import { planPackage, type SchemaResource } from '../../core/data/package/package-order.js';
import { type LoadedSchema, loadSchema } from '../../core/data/table-schema/load-any.js';
import { parseSourceDoc, type SourceDoc } from '../../core/data/table-schema/source-doc.js';
import { ErrorCollector } from '../../core/data/validate/error-collector.js';
import type { HashTable } from '../../core/data/validate/key-hash.js';
import type { CheckResult } from '../../core/data/checks/table-checks.js';
import type { FieldStats, ReportFile } from '../../core/data/validate/report.js';
import { UsageError } from '../../core/errors.js';
import { resolveDataFiles } from '../../platform/data/files.js';
import type { Logger } from '../../platform/io.js';
import { type ValidateResult, validateFiles } from './validate-files.js';
import { headerSchema } from './header-schema.js';
import { formatOf } from '../../core/data/format.js';
import type { DataFile } from '../../platform/data/files.js';

/** The inputs a package run shares with a plain run. */
export interface PackageOptions {
  readonly cwd: string;
  /** The `datapackage` input as given (relative to cwd). */
  readonly descriptor: string;
  readonly extraChecks: TableChecks;
  readonly maxErrors: number;
  readonly workers: number;
  readonly log: Logger;
}

async function readText(path: string, shown: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (thrown) {
    throw new UsageError(
      `cannot read ${what} ${shown}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`,
    );
  }
}

/** A path under the package directory as the report shows it: relative to the workspace, `/`-separated. */
function shown(cwd: string, absolute: string): string {
  return relative(cwd, absolute).split(sep).join('/');
}

async function loadResourceSchema(
  pkg: DataPackage,
  index: number,
  cwd: string,
): Promise<SourceDoc | undefined> {
  const resource = pkg.resources[index]!;
  if (typeof resource.schema !== 'string') return resource.schema;
  const dir = dirname(resolve(cwd, pkg.file));
  const absolute = resolve(dir, resource.schema);
  if (!insidePackage(resource.schema))
    throw new UsageError(`resource "${resource.name}": schema path must stay inside the package directory`, {
      where: pkg.where(['resources', index, 'schema']),
    });
  const file = shown(cwd, absolute);
  return parseSourceDoc(file, await readText(absolute, file, 'schema'));
}

/**
 * The files a package run reads (every resource's data paths and schema files, absolute), for the check
 * that no output is one of them. An unreadable or invalid descriptor gives none: validatePackage reports
 * it with its line once the run starts.
 */
export async function packageInputPaths(cwd: string, descriptor: string): Promise<string[]> {
  let pkg: DataPackage;
  try {
    pkg = readDataPackage(parseSourceDoc(descriptor, await readFile(resolve(cwd, descriptor), 'utf8')));
  } catch {
    return [];
  }
  const dir = dirname(resolve(cwd, descriptor));
  return pkg.resources.flatMap((resource) => [
    ...resource.paths.map((path) => resolve(dir, path)),
    ...(typeof resource.schema === 'string' ? [resolve(dir, resource.schema)] : []),
  ]);
}

/**
 * Validates every resource of a data package, referenced resources first, and checks foreign keys across
 * them; errors carry their resource. Each resource is one table (its paths are shards), as a plain run.
 */
export async function validatePackage(options: PackageOptions): Promise<ValidateResult> {
  const { cwd, log } = options;
  const pkg = readDataPackage(
    parseSourceDoc(
      options.descriptor,
      await readText(resolve(cwd, options.descriptor), options.descriptor, 'data package'),
    ),
  );
  const docs = await Promise.all(pkg.resources.map((_, i) => loadResourceSchema(pkg, i, cwd)));
  const dir = dirname(resolve(cwd, options.descriptor));
  const dataFiles = pkg.resources.map((resource) =>
    resolveDataFiles(
      resource.paths.map((p) => shown(cwd, resolve(dir, p))),
      cwd,
    ),
  );
  const loaded: LoadedSchema[] = await Promise.all(
    docs.map((doc, i) =>
      doc ? loadSchema(doc) : inferResourceSchema(pkg.resources[i]!, dataFiles[i]!, log),
    ),
  );
  const schemas: SchemaResource[] = pkg.resources.map((resource, i) => {
    const table = loaded[i]!.table;
    if (!table)
      throw new UsageError(
        docs[i]
          ? `resource "${resource.name}": a data package resource needs a Table Schema`
          : `resource "${resource.name}" has no schema, and a schema is inferred only from a CSV header or Parquet columns`,
        {
          where: pkg.where(['resources', i, docs[i] ? 'schema' : 'name']),
          hint: docs[i] ? undefined : 'add a `schema` (a Table Schema) to the resource',
        },
      );
    // A key naming its own resource is a reference within the table: KeyChecks checks those.
    const foreignKeys = table.foreignKeys.map((key) =>
      key.resource === resource.name ? { ...key, resource: undefined } : key,
    );
    return {
      name: resource.name,
      schema: { ...table, foreignKeys },
      where: docs[i]?.where ?? ((path) => pkg.where(['resources', i, ...path])),
    };
  });
  const plan = planPackage(schemas);
  const errors = new ErrorCollector(options.maxErrors);
  const files: ReportFile[] = [];
  const checks: CheckResult[] = [];
  const fields: FieldStats[] = [];
  const keySets = new Map<string, readonly HashTable[]>();
  for (const name of plan.order) {
    const i = pkg.resources.findIndex((r) => r.name === name);
    const resource = pkg.resources[i]!;
    const schema = schemas[i]!.schema;
    const data = dataFiles[i]!;
    const result = await log.group(`Resource ${name}: ${data.length} file(s)`, () =>
      validateFiles({
        files: data,
        format: resource.format,
        delimiter: resource.delimiter,
        header: resource.header ?? true,
        schema: { ...loaded[i]!, table: schema },
        checks: mergeChecks(loaded[i]!.checks, options.extraChecks),
        maxErrors: options.maxErrors,
        workers: options.workers,
        packageKeys: {
          collect: plan.collect.get(name) ?? [],
          references: (plan.references.get(name) ?? []).map((ref) => ({
            ...ref.key,
            keys: keySets.get(ref.key.resource)![ref.slot]!,
          })),
        },
        log,
      }),
    );
    keySets.set(name, result.collected);
    const serialized = result.errors.serialize();
    errors.merge({
      counts: serialized.counts,
      samples: serialized.samples.map(([type, list]) => [type, list.map((e) => ({ ...e, resource: name }))]),
    });
    files.push(...result.files);
    checks.push(...result.checks.map((c) => ({ ...c, message: `${name}: ${c.message}` })));
    fields.push(...result.fields.map((f) => ({ ...f, name: `${name}.${f.name}` })));
  }
  return { files, errors, checks, fields, collected: [] };
}

/**
 * A resource without a schema gets one inferred from its first file, as frictionless does: the header's
 * labels, each typed by the narrowest type its first MiB of cells fits (so other resources' typed foreign
 * keys resolve against it). A notice says so: an inferred schema checks structure, not meaning.
 */
async function inferResourceSchema(
  resource: DataPackage['resources'][number],
  files: readonly DataFile[],
  log: Logger,
): Promise<LoadedSchema> {
  const first = files[0]!;
  const table = await headerSchema(first, formatOf(first.path, resource.format), {
    delimiter: resource.delimiter,
    header: resource.header ?? true,
    inferTypes: true,
  });
  const fields = table?.fields.map((f) => `${f.name}: ${f.type}`).join(', ') ?? '';
  log.notice(
    `resource "${resource.name}" has no schema; inferred from ${first.path}: ${fields || '(no columns)'}. Add a schema to check types and constraints.`,
  );
  return { file: first.path, table, checks: {} };
}
