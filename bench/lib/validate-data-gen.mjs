// Generates the validate-data benchmark table: ~11 mixed columns, planted errors at fixed rows, so every
// engine must find exactly PLANTED. Deterministic (LCG), written in 8 MiB blocks.
import { closeSync, openSync, writeSync } from 'node:fs';

export const CATEGORIES = Array.from({ length: 20 }, (_, i) => `cat_${String.fromCharCode(97 + i)}`);
export const COUNTRIES = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'SE',
  'NO',
  'PL',
  'JP',
  'IN',
  'BR',
  'CA',
  'AU',
];
// Free text, so that 10M rows make about 1 GB as in the issue; two of them need quotes (RFC 4180).
const NOTES = [
  'returned after two weeks, refunded',
  'gift order, "express" shipping',
  'customer asked for an invoice',
  'first purchase of the year',
];
const field = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
export const HEADER = 'id,user_id,amount,score,category,country,event_date,ts,is_member,label,note';

/** Rows where errors are planted, by kind; derived from the row count so any size has the same kinds. */
export function plantedRows(rows) {
  const every = (n, offset) =>
    Array.from({ length: n }, (_, k) => Math.floor(((k + 0.5) * rows) / n) + offset);
  return {
    amountType: every(10, 1), // "N/A": type error in amount
    scoreRange: every(7, 2), // 1.5: constraint error (maximum 1)
    categoryEnum: every(5, 3), // "cat_zz": constraint error (enum)
    dateType: every(3, 4), // 2024-02-30: type error in event_date
  };
}

/** Expected findings for a table of `rows` rows. */
export function expected(rows) {
  const p = plantedRows(rows);
  let scoreNulls = 0;
  for (let i = 0; i < rows; i++) if (i % 20 === 7 && !p.scoreRange.includes(i)) scoreNulls++;
  return {
    rows,
    typeErrors: { amount: p.amountType.length, event_date: p.dateType.length },
    constraintErrors: { score: p.scoreRange.length, category: p.categoryEnum.length },
    scoreNulls,
  };
}

/**
 * Calls `emit(values)` for each row: the row's cells as text, '' for an empty cell, in HEADER order (the
 * note's text unquoted). Deterministic: every writer sees the same table.
 */
function eachRow(rows, emit) {
  const p = plantedRows(rows);
  const sets = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, new Set(v)]));
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const pad = (n) => (n < 10 ? `0${n}` : `${n}`);
  for (let i = 0; i < rows; i++) {
    const r = rand();
    const amount = sets.amountType.has(i) ? 'N/A' : (r * 1000).toFixed(2);
    const score = sets.scoreRange.has(i) ? '1.5' : i % 20 === 7 ? '' : rand().toFixed(4);
    const category = sets.categoryEnum.has(i) ? 'cat_zz' : CATEGORIES[Math.floor(r * r * 20)];
    const country = COUNTRIES[i % 15];
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const date = sets.dateType.has(i) ? '2024-02-30' : `2024-${pad(month)}-${pad(day)}`;
    const ts = `2024-${pad(month)}-${pad(day)}T${pad(i % 24)}:${pad(i % 60)}:${pad((i * 7) % 60)}Z`;
    const member = i % 3 === 0 ? 'true' : 'false';
    const label = r < 0.3 ? 1 : 0;
    const note = i % 10 < 3 ? '' : `note ${i % 1000}: ${NOTES[i % NOTES.length]}`;
    emit([
      String(i),
      String((i * 7919) % 1000003),
      amount,
      score,
      category,
      country,
      date,
      ts,
      member,
      String(label),
      note,
    ]);
  }
}

/** Writes `text` pieces in 8 MiB blocks; returns the bytes written. */
function blockWriter(path) {
  const fd = openSync(path, 'w');
  let block = '';
  let bytes = 0;
  return {
    add(text) {
      block += text;
      if (block.length > 8 * 2 ** 20) {
        bytes += writeSync(fd, block);
        block = '';
      }
    },
    close() {
      bytes += writeSync(fd, block);
      closeSync(fd);
      return bytes;
    },
  };
}

/** Writes the CSV; returns its size in bytes. */
export function generateCsv(path, rows) {
  const out = blockWriter(path);
  out.add(`${HEADER}\n`);
  eachRow(rows, (v) => {
    v[10] = v[10] === '' ? '' : field(v[10]);
    out.add(`${v.join(',')}\n`);
  });
  return out.close();
}

/**
 * Writes the table as typed JSONL, one object per line: ids, amounts, scores and labels as JSON numbers
 * (as written in the CSV, "N/A" stays a string), is_member as a boolean, empty cells as null, text as
 * strings (the notes have escaped quotes); with `strings`, every value but null a string (as DuckDB
 * writes a VARCHAR table). Returns its size in bytes.
 */
export function generateJsonl(path, rows, { strings = false } = {}) {
  const out = blockWriter(path);
  const names = HEADER.split(',');
  const numeric = new Set(['id', 'user_id', 'amount', 'score', 'label']);
  eachRow(rows, (v) => {
    const members = names.map((name, k) => {
      const text = v[k];
      let json;
      if (text === '') json = 'null';
      else if (strings) json = JSON.stringify(text);
      else if (numeric.has(name) && text !== 'N/A') json = text;
      else if (name === 'is_member') json = text;
      else json = JSON.stringify(text);
      return `"${name}":${json}`;
    });
    out.add(`{${members.join(',')}}\n`);
  });
  return out.close();
}

/** The schema every engine checks (15 checks: types, enums, ranges, required, null rate, row count, labels). */
export const SCHEMA_YAML = `
fields:
  - {name: id, type: integer, constraints: {required: true}}
  - {name: user_id, type: integer, constraints: {minimum: 0}}
  - {name: amount, type: number}
  - {name: score, type: number, constraints: {minimum: 0, maximum: 1}}
  - {name: category, type: string, constraints: {enum: [${CATEGORIES.join(', ')}]}}
  - {name: country, type: string, constraints: {enum: [${COUNTRIES.join(', ')}]}}
  - {name: event_date, type: date}
  - {name: ts, type: datetime}
  - {name: is_member, type: boolean}
  - {name: label, type: integer, constraints: {enum: [0, 1]}}
  - {name: note, type: string, constraints: {maxLength: 200}}
checks:
  rowCount: {min: 1}
  nullRate: {score: 0.1}
  labelBalance: {field: label, min: 0.05, max: 0.95}
`;
