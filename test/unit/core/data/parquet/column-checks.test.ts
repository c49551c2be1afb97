import { describe, expect, test } from '@jest/globals';
import { type ColumnVector, columnSpec } from '../../../../../src/core/data/parquet/column-chunk.js';
import { checkColumns } from '../../../../../src/core/data/parquet/column-checks.js';
import { StringCheck } from '../../../../../src/core/data/parquet/string-check.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { compileTable } from '../../../../../src/core/data/validate/compile-table.js';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { TableState } from '../../../../../src/core/data/validate/table-state.js';

const spec = columnSpec({
  name: 'v',
  type: 'BYTE_ARRAY',
  repetition_type: 'OPTIONAL',
  converted_type: 'UTF8',
})!;

function tableState(labelField?: string) {
  const schema = loadTableSchema(
    parseSourceDoc(
      's.json',
      JSON.stringify({ fields: [{ name: 'v', type: 'string', constraints: { enum: ['a', 'b', 'c'] } }] }),
    ),
  );
  const errors = new ErrorCollector(100);
  const compiled = compileTable(schema, {
    compileJsonSchema: () => () => true,
    profiling: false,
    duplicateRows: false,
    labelField,
  });
  return new TableState({ schema, file: 'd.parquet', errors, ...compiled });
}

/** A plain page's values: each a 4-byte length, then its UTF-8 bytes. */
function plainPage(values: string[]): { page: Uint8Array; starts: number[] } {
  const parts: number[] = [];
  const starts: number[] = [];
  for (const value of values) {
    const bytes = Buffer.from(value);
    parts.push(...new Uint8Array(Uint32Array.of(bytes.length).buffer));
    starts.push(parts.length);
    parts.push(...bytes);
  }
  return { page: Uint8Array.from(parts), starts };
}

describe('checkColumns', () => {
  test('a chunk whose dictionary filled up: its dictionary and plain failures in row order, as one dictionary gives them', () => {
    // 9 rows, 2 nulls; the first 3 values from a dictionary, the last 4 plain (a writer's fallback).
    const present = Uint8Array.of(1, 1, 0, 1, 1, 1, 0, 1, 1);
    const rows = present.length;
    const dictionary = ['a', 'zz', 'b'];
    const plain = ['zz2', '', 'zz3', 'c'];
    const mixed = tableState();
    const sink = new StringCheck(mixed.options.checkers[0]!, undefined, rows, {});
    const { page, starts } = plainPage(plain);
    plain.forEach((value, i) => {
      sink.value(page, starts[i]!, starts[i]! + Buffer.byteLength(value), 3 + i);
    });
    const vector: ColumnVector = {
      present,
      count: 7,
      indices: Int32Array.of(0, 1, 2),
      dictionary,
      dense: undefined,
      sunk: 4,
    };
    const fields = Int32Array.of(0);
    checkColumns(
      mixed,
      [spec],
      [0],
      fields,
      { rows, vectors: [vector], nullCounts: [-1], sinks: [sink] },
      10,
    );
    // The same values as the row path reads them: the plain ones joined to the dictionary.
    const joined = tableState();
    const all: ColumnVector = {
      ...vector,
      indices: Int32Array.of(0, 1, 2, 3, 4, 5, 6),
      dictionary: [...dictionary, ...plain],
      sunk: 0,
    };
    checkColumns(
      joined,
      [spec],
      [0],
      fields,
      { rows, vectors: [all], nullCounts: [-1], sinks: [undefined] },
      10,
    );
    const outcome = (state: TableState) => ({
      rows: state.rows,
      nulls: [...state.nulls],
      constraintErrors: [...state.constraintErrors],
      samples: state.options.errors
        .serialize()
        .samples.flatMap(([type, records]) => records.map((record) => [type, record.row, record.message])),
    });
    expect(outcome(mixed)).toEqual(outcome(joined));
    // Row numbers as a CSV of the table gives them (rowStart 10, the header row 1): zz at row 13, zz2 at
    // 16, zz3 at 19; the two nulls are blank rows (the only column), the '' a missing value.
    const { samples, rows: checked, nulls } = outcome(mixed);
    expect(samples.map(([type, row]) => [type, row])).toEqual([
      ['blank-row', 14],
      ['blank-row', 18],
      ['constraint-error', 13],
      ['constraint-error', 16],
      ['constraint-error', 19],
    ]);
    expect([samples[3]![2], samples[4]![2]]).toEqual([
      expect.stringMatching(/"zz2"/),
      expect.stringMatching(/"zz3"/),
    ]);
    expect([checked, nulls]).toEqual([9, [3]]);
  });

  test.each([undefined, 'v'])(
    'a row group too large for the WebAssembly verdicts (label %s): the same outcome as smaller groups give',
    (label) => {
      // Over 2^21 indices the tables pass 16 MiB and the loops in column-checks.ts take them; the same
      // values in groups of 2^16 go to the WebAssembly. Each must count, fail and sample alike.
      const dictionary = ['a', 'zz', 'b', '', 'c'];
      const required = columnSpec({ name: 'v', type: 'BYTE_ARRAY', converted_type: 'UTF8' })!;
      const rows = 2 ** 21 + 5000;
      const indices = Int32Array.from({ length: rows }, (_, k) =>
        k % 7 === 3 ? 1 : k % 11 === 0 ? 3 : k % 5,
      );
      const run = (groupRows: number) => {
        const state = tableState(label);
        for (let start = 0; start < rows; start += groupRows) {
          const part = indices.subarray(start, Math.min(rows, start + groupRows));
          const vector: ColumnVector = {
            present: undefined,
            count: part.length,
            indices: part,
            dictionary,
            dense: undefined,
            sunk: 0,
          };
          const group = { rows: part.length, vectors: [vector], nullCounts: [0], sinks: [undefined] };
          checkColumns(state, [required], [0], Int32Array.of(0), group, start);
        }
        return {
          rows: state.rows,
          nulls: [...state.nulls],
          constraintErrors: [...state.constraintErrors],
          labels: [...state.labelCounts].sort(),
          samples: state.options.errors
            .serialize()
            .samples.flatMap(([, records]) => records.map((r) => r.row)),
        };
      };
      const whole = run(rows);
      expect(whole).toEqual(run(2 ** 16));
      const failing = indices.filter((index) => index === 1).length;
      const missing = indices.filter((index) => index === 3).length;
      expect([whole.rows, whole.constraintErrors, whole.nulls]).toEqual([rows, [failing], [missing]]);
      expect(whole.samples.slice(0, 2)).toEqual([1 + 2, 3 + 2]); // rows 1 and 3 (header row 1)
      if (label) expect(whole.labels.map(([key]) => key)).toEqual(['a', 'b', 'c']);
    },
  );
});
