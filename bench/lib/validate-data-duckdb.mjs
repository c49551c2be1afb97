// DuckDB peer of the validate-data benchmark: the same ~15 checks in SQL. CSV is read as VARCHAR and
// typed with TRY_CAST (the form that keeps every row and gives per-column error counts,
// reference/data-validation.md §4.3); Parquet and JSONL are read typed. Prints one JSON line of findings.
import { DuckDBInstance } from '@duckdb/node-api';
import { CATEGORIES, COUNTRIES } from './validate-data-gen.mjs';

const [format, path, threads = '2'] = process.argv.slice(2);
const list = (values) => values.map((v) => `'${v}'`).join(', ');
const source = {
  csv: `read_csv('${path}', all_varchar = true, header = true)`,
  parquet: `read_parquet('${path}')`,
  jsonl: `read_json('${path}', format = 'newline_delimited', columns = {id: 'VARCHAR', user_id: 'VARCHAR', amount: 'VARCHAR', score: 'VARCHAR', category: 'VARCHAR', country: 'VARCHAR', event_date: 'VARCHAR', ts: 'VARCHAR', is_member: 'VARCHAR', label: 'VARCHAR', note: 'VARCHAR'})`,
}[format];
// Empty text and SQL NULL are both "missing" (Table Schema's default missingValues is [""]).
const missing = (c) => `(${c} IS NULL OR CAST(${c} AS VARCHAR) = '')`;
const text = (c) => `CAST(${c} AS VARCHAR)`;
const sql = `
SELECT
  count(*) AS rows,
  count(*) FILTER (WHERE ${missing('id')}) AS id_missing,
  count(*) FILTER (WHERE NOT ${missing('id')} AND TRY_CAST(${text('id')} AS BIGINT) IS NULL) AS id_type,
  count(*) FILTER (WHERE NOT ${missing('user_id')} AND TRY_CAST(${text('user_id')} AS BIGINT) IS NULL) AS user_id_type,
  count(*) FILTER (WHERE TRY_CAST(${text('user_id')} AS BIGINT) < 0) AS user_id_range,
  count(*) FILTER (WHERE NOT ${missing('amount')} AND TRY_CAST(${text('amount')} AS DOUBLE) IS NULL) AS amount_type,
  count(*) FILTER (WHERE NOT ${missing('score')} AND TRY_CAST(${text('score')} AS DOUBLE) IS NULL) AS score_type,
  count(*) FILTER (WHERE TRY_CAST(${text('score')} AS DOUBLE) NOT BETWEEN 0 AND 1) AS score_range,
  count(*) FILTER (WHERE ${missing('score')}) AS score_missing,
  count(*) FILTER (WHERE NOT ${missing('category')} AND ${text('category')} NOT IN (${list(CATEGORIES)})) AS category_enum,
  count(*) FILTER (WHERE NOT ${missing('country')} AND ${text('country')} NOT IN (${list(COUNTRIES)})) AS country_enum,
  count(*) FILTER (WHERE NOT ${missing('event_date')} AND TRY_CAST(${text('event_date')} AS DATE) IS NULL) AS event_date_type,
  count(*) FILTER (WHERE NOT ${missing('ts')} AND TRY_CAST(${text('ts')} AS TIMESTAMPTZ) IS NULL) AS ts_type,
  count(*) FILTER (WHERE NOT ${missing('is_member')} AND ${text('is_member')} NOT IN ('true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0')) AS is_member_type,
  count(*) FILTER (WHERE NOT ${missing('label')} AND TRY_CAST(${text('label')} AS BIGINT) IS NULL) AS label_type,
  count(*) FILTER (WHERE TRY_CAST(${text('label')} AS BIGINT) NOT IN (0, 1)) AS label_enum,
  count(*) FILTER (WHERE length(${text('note')}) > 200) AS note_length,
  count(*) FILTER (WHERE TRY_CAST(${text('label')} AS BIGINT) = 1) AS label_1
FROM ${source}`;
const started = performance.now();
const db = await DuckDBInstance.create(':memory:', { threads });
const connection = await db.connect();
const reader = await connection.runAndReadAll(sql);
const row = reader.getRowObjects()[0];
const n = (key) => Number(row[key]);
console.log(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    rows: n('rows'),
    typeErrors: { amount: n('amount_type'), event_date: n('event_date_type') },
    constraintErrors: { score: n('score_range'), category: n('category_enum') },
    scoreNulls: n('score_missing'),
    other: [
      'id_missing',
      'id_type',
      'user_id_type',
      'user_id_range',
      'score_type',
      'country_enum',
      'ts_type',
      'is_member_type',
      'label_type',
      'label_enum',
      'note_length',
    ].reduce((sum, k) => sum + n(k), 0),
  }),
);
