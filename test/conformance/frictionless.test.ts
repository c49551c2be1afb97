import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import type { DataErrorRecord } from '../../src/core/data/validate/error-collector.js';
import { runValidateData } from '../support/validate-data-run.js';

// frictionless-py's validation tests as data (frictionless-cases.yaml), run against mlci's validate-data.
// The cases are data and the fixtures are frictionless's; this harness is mlci's own.

type Triple = [number | null, number | null, string];

interface PackageResource {
  readonly name: string;
  readonly path?: string;
  readonly data?: readonly (readonly (string | null)[])[];
  readonly schema?: unknown;
  readonly dialect?: Readonly<Record<string, unknown>>;
}

interface Case {
  readonly test: string;
  readonly data?: string;
  readonly csv?: string;
  readonly schema?: string | Readonly<Record<string, unknown>>;
  readonly schemaPatch?: Readonly<Record<string, unknown>>;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly pick?: readonly string[];
  readonly package?: { readonly resources: readonly PackageResource[] };
  readonly datapackage?: string;
  readonly rows?: number;
  readonly expect: readonly Triple[];
  readonly deviation?: { readonly spec: string; readonly mlci: readonly Triple[] };
}

const here = (path: string) => new URL(path, import.meta.url);
const cases = parse(readFileSync(here('./frictionless-cases.yaml'), 'utf8')) as Case[];
const fixture = (name: string) => readFileSync(here(`./data/${name}`));

// Header errors have no row in frictionless (mlci numbers the header row 1); row and table errors no field.
const HEADER = new Set([
  'blank-label',
  'duplicate-label',
  'missing-label',
  'extra-label',
  'incorrect-label',
  'unmatched-header',
  'blank-header',
]);
const NO_FIELD = new Set([
  'blank-row',
  'primary-key',
  'foreign-key',
  'duplicate-row',
  'unmatched-header',
  'source-error',
  'encoding-error',
  'format-error',
]);
const NO_ROW = new Set([...HEADER, 'source-error', 'encoding-error']);

/** An mlci error as frictionless's flatten(["rowNumber", "fieldNumber", "type"]) would show it. */
function frictionlessTriple(error: DataErrorRecord): Triple {
  return [
    NO_ROW.has(error.type) ? null : (error.row ?? null),
    NO_FIELD.has(error.type) ? null : (error.column ?? null),
    error.type,
  ];
}

const order = (triples: readonly Triple[]): string[] => triples.map((t) => JSON.stringify(t)).sort();

/** The files and inputs of one case, for runValidateData. */
function materialise(c: Case): {
  files: Record<string, string | Uint8Array>;
  inputs: Record<string, string>;
} {
  const files: Record<string, string | Uint8Array> = {};
  const inputs: Record<string, string> = { ...c.inputs };
  const schemaFile = (schema: Case['schema']): string => {
    const base = typeof schema === 'string' ? JSON.parse(fixture(schema).toString('utf8')) : schema;
    files['schema.json'] = JSON.stringify({ ...base, ...c.schemaPatch });
    return 'schema.json';
  };
  if (c.data !== undefined) {
    files[c.data] = fixture(c.data);
    inputs.data = c.data;
  }
  if (c.csv !== undefined) {
    files['data.csv'] = c.csv;
    inputs.data = 'data.csv';
  }
  if (c.schema !== undefined) inputs.schema = schemaFile(c.schema);
  if (c.package) {
    const resources = c.package.resources.map((resource) => {
      const { data, ...rest } = resource;
      if (typeof rest.schema === 'string') files[rest.schema] = fixture(rest.schema);
      if (data === undefined) {
        files[rest.path!] = fixture(rest.path!);
        return rest;
      }
      const path = `${resource.name}.csv`;
      files[path] = `${data.map((row) => row.map((cell) => cell ?? '').join(',')).join('\n')}\n`;
      return { ...rest, path };
    });
    files['datapackage.json'] = JSON.stringify({ resources });
    inputs.datapackage = 'datapackage.json';
  }
  if (c.datapackage !== undefined) {
    const dir = dirname(c.datapackage);
    for (const name of readdirSync(here(`./data/${dir}`)))
      files[`${dir}/${name}`] = fixture(`${dir}/${name}`);
    inputs.datapackage = c.datapackage;
  }
  return { files, inputs };
}

const counted = cases.filter((c) => !c.test.startsWith('(mlci)'));
const deviations = counted.filter((c) => c.deviation);

describe('conformance with frictionless-py validation tests (44661adf)', () => {
  test.each(cases.map((c) => [c.test, c] as const))('%s', async (_name, c) => {
    const { files, inputs } = materialise(c);
    const run = await runValidateData(files, inputs);
    try {
      expect(run.error?.exitCode === 2 ? run.error.message : 'no usage error').toBe('no usage error');
      const report = run.report!;
      const triples = report.errors
        .filter((e) => c.pick === undefined || c.pick.includes(e.type))
        .map(frictionlessTriple);
      if (c.deviation) {
        // mlci follows the spec here: it must report what the spec asks, and differ from frictionless.
        expect(order(triples)).toEqual(order(c.deviation.mlci));
        expect(order(c.deviation.mlci)).not.toEqual(order(c.expect));
      } else expect(order(triples)).toEqual(order(c.expect));
      if (c.pick === undefined) expect(report.valid).toBe((c.deviation?.mlci ?? c.expect).length === 0);
      if (c.rows !== undefined) expect(report.stats.rows).toBe(c.rows);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });

  test('docs/validate-data.md states the agreement count and names every deviation', () => {
    const docs = readFileSync(here('../../docs/validate-data.md'), 'utf8');
    const agree = counted.length - deviations.length;
    expect(docs).toContain(`${agree} of ${counted.length} frictionless-py validation tests agree`);
    for (const c of deviations) expect(docs).toContain(c.test.replace(/^.*::/, '').replace(/ \(.*$/, ''));
  });
});
