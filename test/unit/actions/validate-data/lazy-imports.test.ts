import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';

// Start-up (issue #11): the validate-data entry loads what every run needs; ajv, hyparquet and the Parquet
// reader, the zstd decoders and the drift code load with `await import()` where a run needs them (a JSON
// Schema, a Parquet file, a reference profile), so ncc puts them in chunks of their own. A static import
// anywhere on the way would bring them back into the entry chunk: this walks the static imports.
const SRC = join(import.meta.dirname, '../../../../src');

/** The modules a file imports statically (not `import type`, not `await import()`), as paths or packages. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const pattern = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers.map((s) => {
    if (!s.startsWith('.')) return s;
    const ts = resolve(dirname(file), s).replace(/\.js$/, '.ts');
    if (!existsSync(ts)) throw new Error(`${relative(SRC, file)}: cannot resolve ${s}`);
    return ts;
  });
}

/** Every module reached from `entry` through static imports: source files (relative to src) and packages. */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(SRC, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const name = file.startsWith('/') ? relative(SRC, file) : file;
    if (seen.has(name)) continue;
    seen.add(name);
    if (file.startsWith('/')) queue.push(...staticImports(file));
  }
  return seen;
}

const LAZY = [
  'ajv',
  'ajv-formats',
  'hyparquet',
  'fzstd',
  'zstddec',
  'core/data/jsonl/json-schema.ts',
  'core/data/parquet/parquet-table.ts',
  'core/data/parquet/zstd.ts',
  'core/data/drift/drift.ts',
  // Node's own modules cost start-up too (measured, `node -e`: ~5 ms for child_process, ~3 ms for zlib):
  // git loads for a schema diff only, zlib for a gzip file only.
  'node:child_process',
  'node:zlib',
  // ~15 ms (69 M instructions, callgrind): atomic writes and the runner's output delimiter use Math.random.
  'node:crypto',
];

describe('validate-data start-up: rarely needed modules stay out of the static import graph', () => {
  test('the action (and the CLI command), validate-data.ts', () => {
    const graph = reached('actions/validate-data/validate-data.ts');
    // The walk itself works: it reaches what every run uses.
    expect(graph).toContain('actions/validate-data/validate-data.ts');
    expect(graph).toContain('core/data/csv/scanner.ts');
    expect(graph).toContain('yaml');
    expect(LAZY.filter((module) => graph.has(module))).toEqual([]);
  });

  test("the entry loads the action and the range scanner lazily: a range worker loads none of the action's modules", () => {
    const entry = reached('actions/validate-data/main.ts');
    expect([...entry].sort()).toEqual([
      'actions/validate-data/main.ts',
      'actions/validate-data/spare-worker.ts',
      'node:os',
      'node:worker_threads',
      // The gunzip worker's source text (no runtime imports): the entry boots a .jsonl.gz file's inflater.
      'platform/data/gunzip-worker.ts',
    ]);
    const worker = reached('actions/validate-data/range-worker.ts');
    expect(worker).toContain('core/data/jsonl/record-scanner.ts');
    for (const module of ['yaml', '@actions/core', 'actions/validate-data/validate-data.ts', ...LAZY])
      expect(worker).not.toContain(module);
  });

  test("the Parquet reader loads the zstd decoders, node:zlib and hyparquet's generic reader only where needed", () => {
    const parquet = reached('core/data/parquet/parquet-table.ts');
    expect(parquet).toContain('core/data/parquet/column-chunk.ts');
    // The footer's reader alone (hyparquet's index is its whole generic reader: 161 kB of bundle to parse).
    expect(parquet).toContain('hyparquet/src/metadata.js');
    for (const module of ['fzstd', 'zstddec', 'node:zlib', 'node:crypto', 'hyparquet'])
      expect(parquet).not.toContain(module);
  });

  test('the walk sees a static import of one of them (the test can fail)', () => {
    expect(reached('actions/infer-schema/read-rows.ts')).toContain('hyparquet');
    expect(reached('core/data/jsonl/json-schema.ts')).toContain('ajv');
  });
});
