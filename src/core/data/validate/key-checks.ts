import type { TableSchema } from '../table-schema/types.js';
import type { DataErrorRecord, ErrorCollector } from './error-collector.js';
import { HashTable, KeyHasher } from './key-hash.js';
import { type PartitionedKeys, type PartitionLayout, PartitionWriter } from './key-partitions.js';
import { LineShifts } from './line-shifts.js';

/** One key check (a `unique` field, the primary key, a unique key, duplicate rows) and its table. */
export interface KeySet {
  readonly type: 'unique-error' | 'primary-key' | 'duplicate-row';
  readonly fields: readonly number[];
  readonly names: readonly string[];
  /** Index into KeyChecks.tables: sets over the same fields share one table. */
  readonly table: number;
}

interface ForeignKeyState {
  readonly fields: readonly number[];
  readonly names: readonly string[];
  readonly referenced: HashTable;
  readonly referenceFields: readonly number[];
  /** Candidates to check once every referenced value is known: h1, h2, row, line. */
  pending: Int32Array;
  count: number;
}

/** A foreign key into another resource of a data package, whose key set is already complete. */
export interface ResourceReference {
  readonly fields: readonly string[];
  readonly resource: string;
  readonly referenceFields: readonly string[];
  /** Hashes of every key tuple of `referenceFields` in `resource` (see KeyChecks.collected). */
  readonly keys: HashTable;
}

/** What a data package asks of one resource's pass beyond its own schema. */
export interface PackageKeys {
  /** Field lists whose key tuples other resources reference: their hash sets end up in `collected`. */
  readonly collect: readonly (readonly string[])[];
  readonly references: readonly ResourceReference[];
}

interface LookupState {
  readonly fields: readonly number[];
  readonly names: readonly string[];
  readonly resource: string;
  readonly referenceFields: readonly string[];
  readonly keys: HashTable;
}

/**
 * What row() does: check (insert into the tables, report repeats), record each row's key hashes into
 * partitions of `partitions` (a range of a file whose ranges' keys are deduplicated together; see
 * key-partitions.ts and recorded-keys.ts), or capture the key values of some rows (the sampled repeats of
 * a recorded range whose key is not a number).
 */
export type KeyMode =
  | { readonly kind: 'check' }
  | { readonly kind: 'record'; readonly partitions: PartitionLayout }
  | { readonly kind: 'capture'; readonly rows: ReadonlySet<number> };

/** A row's line and logical values, as captured for an error sample. */
export type CapturedRow = readonly [row: number, line: number, values: readonly unknown[]];

/**
 * The O(n)-memory checks: `unique` constraints, primaryKey, uniqueKeys, duplicate rows and foreign keys
 * within the table. Each keeps 64-bit hashes (key-hash.ts), so about 16-24 bytes per distinct key. In check
 * mode the rows' keys are inserted in batches (flush()): the key errors are complete only after finish().
 */
export class KeyChecks {
  private readonly sets: KeySet[] = [];
  /**
   * One hash table per distinct key (ordered field list, or the whole record): `unique` on id and
   * `primaryKey: [id]` are one table and one insert per row, not two (half the memory and time).
   */
  private readonly tables: HashTable[] = [];
  /** Per table, the first key set on it: its fields (or the whole record) make the key. */
  private readonly tableSets: KeySet[];
  /** Check mode: per table, the keys of the rows waiting for their batch insert (see flush()). */
  private pending: PendingKeys[] = [];
  /** Check mode: the waiting rows (at most BATCH), their lines, and the collector and file they report to. */
  private readonly pendingRows = new Int32Array(BATCH);
  private readonly pendingLines = new Int32Array(BATCH);
  private pendingCount = 0;
  private pendingErrors: ErrorCollector | undefined;
  private pendingFile = '';
  /** Record mode, or check mode after recordPartitioned(): per table, where its keys go. */
  private writers: PartitionWriter[] | undefined;
  /** Recording: where a row's line stops being its row plus the previous shift (quoted newlines). */
  private readonly lineShifts = new LineShifts();
  private recordedRows = 0;
  /** Capture mode: the rows asked for, in the order met. */
  readonly captured: CapturedRow[] = [];
  private readonly foreign: ForeignKeyState[] = [];
  private readonly hasher = new KeyHasher();
  private readonly collect: { readonly fields: readonly number[]; readonly table: HashTable }[] = [];
  private readonly lookups: LookupState[] = [];
  private columns: Int32Array | undefined;
  /** Set by hashFields when the key was one number (its own bits). */
  private numberKey = false;

  /** Each field's 1-based column in the file being read (set per file), for the errors' `column`. */
  get columnOf(): Int32Array | undefined {
    return this.columns;
  }

  set columnOf(columnOf: Int32Array | undefined) {
    this.flush(); // the waiting rows' errors name the columns of their own file
    this.columns = columnOf;
  }

  constructor(
    schema: TableSchema,
    duplicateRows: boolean,
    pkg?: PackageKeys,
    private readonly mode: KeyMode = { kind: 'check' },
  ) {
    const index = (names: readonly string[]) =>
      names.map((name) => schema.fields.findIndex((f) => f.name === name));
    const tableOf = new Map<string, number>();
    const addSet = (type: KeySet['type'], fields: readonly number[], names: readonly string[]) => {
      const key = type === 'duplicate-row' ? 'record' : fields.join(',');
      let table = tableOf.get(key);
      if (table === undefined) {
        table = this.tables.push(new HashTable()) - 1;
        tableOf.set(key, table);
      }
      this.sets.push({ type, fields, names, table });
    };
    schema.fields.forEach((field, i) => {
      if (field.constraints.unique) addSet('unique-error', [i], [field.name]);
    });
    if (schema.primaryKey.length > 0) addSet('primary-key', index(schema.primaryKey), schema.primaryKey);
    for (const key of schema.uniqueKeys) addSet('unique-error', index(key), key);
    if (duplicateRows) addSet('duplicate-row', [], []);
    this.tableSets = this.tables.map((_, table) => this.sets.find((s) => s.table === table)!);
    if (mode.kind === 'check')
      this.pending = this.tableSets.map((set) => {
        return {
          set,
          count: 0,
          index: new Int32Array(BATCH),
          hashes: new Int32Array(BATCH * 2),
          rows: new Int32Array(BATCH),
          firsts: new Int32Array(BATCH),
          firstOf: new Int32Array(BATCH),
          values: set.fields.length === 1 ? new Array<unknown>(BATCH) : undefined,
        };
      });
    if (mode.kind === 'record') this.recordPartitioned(mode.partitions);
    for (const fk of schema.foreignKeys) {
      if (fk.resource !== undefined) continue; // other resources are checked by the package validator
      this.foreign.push({
        fields: index(fk.fields),
        names: fk.fields,
        referenced: new HashTable(),
        referenceFields: index(fk.referenceFields),
        pending: new Int32Array(4096),
        count: 0,
      });
    }
    for (const names of pkg?.collect ?? [])
      this.collect.push({ fields: index(names), table: new HashTable() });
    for (const ref of pkg?.references ?? [])
      this.lookups.push({ ...ref, fields: index(ref.fields), names: ref.fields });
  }

  /**
   * Sizes the key tables for about `rows` more rows (an estimate: they still grow past it), so a large
   * file's table is allocated once instead of grown and rehashed through every size.
   */
  expectRows(rows: number): void {
    // Partitions grow a block at a time: nothing to size.
    if (this.mode.kind !== 'check' || this.writers) return;
    for (const table of this.tables) table.reserve(table.count + rows);
  }

  /** Bytes held by the key tables of this table's own checks (unique, keys, duplicate rows). */
  get tableBytes(): number {
    return this.tables.reduce((sum, table) => sum + table.bytes, 0);
  }

  /** The key checks in report order, each with the index of its table (shared by sets over the same key). */
  get keySets(): readonly KeySet[] {
    return this.sets;
  }

  /**
   * True when the file's rows can be split into ranges whose keys are recorded elsewhere and inserted
   * here (recorded-keys.ts): no foreign keys, no data package keys (those look keys up as rows come).
   */
  get splittable(): boolean {
    return this.foreign.length === 0 && this.collect.length === 0 && this.lookups.length === 0;
  }

  /**
   * From now on (before any row), records each row's keys into partitions of `layout`, as a range worker
   * does, and reports no key error itself: the caller deduplicates the partitions of every range
   * (dedupePartitions) and reports the repeats (recorded-keys.ts). Check mode switches to this for a file
   * scanned in ranges, where one table on one thread was the bottleneck.
   */
  recordPartitioned(layout: PartitionLayout): void {
    if (this.recordedRows > 0 || this.pendingCount > 0)
      throw new Error('key checks: recordPartitioned() after rows were seen');
    this.writers = this.tables.map(() => new PartitionWriter(layout));
  }

  /** Per table, the keys recorded into partitions (record mode, or after recordPartitioned). */
  partitioned(): PartitionedKeys[] {
    return this.writers?.map((writer) => writer.result()) ?? [];
  }

  /** Recording: the (row, line - row) pairs from which a recorded row's line follows (LineShifts). */
  recordedLines(): Int32Array {
    return this.lineShifts.result();
  }

  /** The key sets asked for by `PackageKeys.collect`, in its order, once every row has been seen. */
  get collected(): readonly HashTable[] {
    return this.collect.map((c) => c.table);
  }

  /** True when any check needs the logical values of a row. */
  get active(): boolean {
    return (
      this.sets.length > 0 || this.foreign.length > 0 || this.collect.length > 0 || this.lookups.length > 0
    );
  }

  /** True when a check hashes the whole record (duplicate rows), not only field values. */
  get needsRecord(): boolean {
    return this.sets.some((set) => set.type === 'duplicate-row');
  }

  /** Fields whose values the checks read. */
  get fieldsUsed(): ReadonlySet<number> {
    return new Set([
      ...this.sets.flatMap((s) => s.fields),
      ...this.foreign.flatMap((f) => [...f.fields, ...f.referenceFields]),
      ...this.collect.flatMap((c) => c.fields),
      ...this.lookups.flatMap((l) => l.fields),
    ]);
  }

  /**
   * Checks one row. `values` are the logical values by field index (null when missing); `record` is the
   * raw record bytes for duplicate-row.
   */
  row(
    values: readonly unknown[],
    record: { buf: Uint8Array; start: number; end: number } | string | undefined,
    row: number,
    line: number,
    errors: ErrorCollector,
    file: string,
  ): void {
    const hasher = this.hasher;
    if (this.mode.kind === 'capture') {
      if (this.mode.rows.has(row)) this.captured.push([row, line, [...values]]);
      return;
    }
    const writers = this.writers;
    if (writers) {
      this.lineShifts.add(row, line);
      this.recordedRows++;
      for (let table = 0; table < writers.length; table++) {
        hasher.reset();
        this.numberKey = false;
        // keys with a null are excluded (SQL)
        if (this.hashKey(this.tableSets[table]!, values, record))
          writers[table]!.add(hasher.h1, hasher.h2, row, this.numberKey);
      }
    } else if (this.pending.length > 0) this.queue(values, record, row, line, errors, file);
    for (const fk of this.foreign) {
      hasher.reset();
      if (this.hashFields(values, fk.referenceFields)) fk.referenced.insert(hasher.h1, hasher.h2, row);
      hasher.reset();
      if (!this.hashFields(values, fk.fields)) continue;
      if (fk.count * 4 + 4 > fk.pending.length) {
        const grown = new Int32Array(fk.pending.length * 2);
        grown.set(fk.pending);
        fk.pending = grown;
      }
      fk.pending.set([hasher.h1 | 0, hasher.h2 | 0, row, line], fk.count * 4);
      fk.count++;
    }
    for (const set of this.collect) {
      hasher.reset();
      if (this.hashFields(values, set.fields)) set.table.insert(hasher.h1, hasher.h2, row);
    }
    // The referenced resource was read first, so its key set is complete: a miss is reported at once.
    for (const ref of this.lookups) {
      hasher.reset();
      if (!this.hashFields(values, ref.fields)) continue; // a null in any key field is not checked
      if (ref.keys.has(hasher.h1, hasher.h2)) continue;
      if (!errors.wants('foreign-key')) {
        errors.count('foreign-key');
        continue;
      }
      const value = ref.fields.map((f) => keyText(values[f])).join(', ');
      errors.add({
        type: 'foreign-key',
        file,
        row,
        line,
        column: ref.fields.length === 1 ? this.column(ref.fields[0]!) : undefined,
        field: ref.names.join(', '),
        value,
        message: `(${ref.names.join(', ')}) = (${value}) has no matching row in ${ref.resource} (${ref.referenceFields.join(', ')})`,
      });
    }
  }

  /** Hashes a row's keys into the waiting batch; a full batch is inserted (flush). */
  private queue(
    values: readonly unknown[],
    record: { buf: Uint8Array; start: number; end: number } | string | undefined,
    row: number,
    line: number,
    errors: ErrorCollector,
    file: string,
  ): void {
    if (this.pendingCount > 0 && (file !== this.pendingFile || errors !== this.pendingErrors)) this.flush();
    this.pendingErrors = errors;
    this.pendingFile = file;
    const hasher = this.hasher;
    const r = this.pendingCount;
    for (const pending of this.pending) {
      hasher.reset();
      if (!this.hashKey(pending.set, values, record)) continue; // keys with a null are excluded (SQL)
      const i = pending.count++;
      pending.index[i] = r;
      pending.hashes[i * 2] = hasher.h1;
      pending.hashes[i * 2 + 1] = hasher.h2;
      pending.rows[i] = row;
      if (pending.values) pending.values[r] = values[pending.set.fields[0]!];
    }
    this.pendingRows[r] = row;
    this.pendingLines[r] = line;
    if (++this.pendingCount === BATCH) this.flush();
  }

  /**
   * Inserts the waiting rows' keys (one batch per table: HashTable.insertBatch) and reports their repeats
   * as one row at a time would have: by row, then by key set, each naming the first row of its key.
   */
  private flush(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    this.pendingCount = 0;
    this.pending.forEach((pending, table) => {
      pending.firstOf.fill(-1, 0, count);
      if (pending.count === 0) return;
      this.tables[table]!.insertBatch(pending.hashes, pending.rows, pending.count, pending.firsts);
      for (let i = 0; i < pending.count; i++) pending.firstOf[pending.index[i]!] = pending.firsts[i]!;
      pending.count = 0;
    });
    const errors = this.pendingErrors!;
    for (let r = 0; r < count; r++) {
      for (const set of this.sets) {
        const pending = this.pending[set.table]!;
        const first = pending.firstOf[r]!;
        if (first === -1) continue;
        // The message needs only a one-field key's value: the rest of the row is long gone.
        const values: unknown[] = [];
        if (pending.values) values[set.fields[0]!] = pending.values[r];
        const column = set.names.length === 1 ? this.column(set.fields[0]!) : undefined;
        const row = this.pendingRows[r]!;
        errors.add(keyError(set, values, first, row, this.pendingLines[r]!, this.pendingFile, column));
      }
    }
    for (const pending of this.pending) pending.values?.fill(undefined, 0, count);
  }

  /**
   * Reports what is still waiting: the last rows' repeats, and foreign keys with no referenced row, once
   * the whole table has been seen. The key errors of a table are complete only after this.
   */
  finish(errors: ErrorCollector, file: string): void {
    this.flush();
    for (const fk of this.foreign) {
      for (let i = 0; i < fk.count; i++) {
        const [h1, h2, row, line] = fk.pending.subarray(i * 4, i * 4 + 4);
        if (fk.referenced.has(h1!, h2!)) continue;
        errors.add({
          type: 'foreign-key',
          file,
          row,
          line,
          field: fk.names.join(', '),
          message: `(${fk.names.join(', ')}) has no matching row in the referenced fields`,
        });
      }
    }
  }

  private column(field: number): number | undefined {
    return columnOfField(this.columnOf, field);
  }

  /** Hashes the key of `set` into the hasher; false when the key is excluded (a null, or no record). */
  private hashKey(
    set: KeySet,
    values: readonly unknown[],
    record: { buf: Uint8Array; start: number; end: number } | string | undefined,
  ): boolean {
    if (set.type !== 'duplicate-row') return this.hashFields(values, set.fields);
    if (record === undefined) return false;
    if (typeof record === 'string') this.hasher.add(record);
    else this.hasher.addBytes(record.buf, record.start, record.end);
    return true;
  }

  private hashFields(values: readonly unknown[], fields: readonly number[]): boolean {
    if (fields.length === 1) {
      const value = values[fields[0]!];
      if (typeof value === 'number') {
        this.hasher.setNumber(value);
        this.numberKey = true;
        return true;
      }
    }
    for (const field of fields) {
      const value = values[field];
      if (value === null || value === undefined) return false;
      this.hasher.add(value);
    }
    return true;
  }
}

/** Rows whose keys are inserted together (HashTable.insertBatch): their cache misses overlap. */
const BATCH = 256;

/** One key table's share of the waiting batch. */
interface PendingKeys {
  /** The first key set on this table: its fields (or the whole record) make the key. */
  readonly set: KeySet;
  /** Keys waiting (rows with a null in the key have none). */
  count: number;
  /** Each key's row in the batch (0 … BATCH - 1), its (h1, h2), its row, and insertBatch's results. */
  readonly index: Int32Array;
  readonly hashes: Int32Array;
  readonly rows: Int32Array;
  readonly firsts: Int32Array;
  /** By row in the batch: the first row of its key, or -1 (new key, or no key). */
  readonly firstOf: Int32Array;
  /** A one-field key's value by row in the batch, for the error message. */
  readonly values: unknown[] | undefined;
}

/** The error of a row whose key repeats row `first` (by the row's logical values). */
export function keyError(
  set: KeySet,
  values: readonly unknown[],
  first: number,
  row: number,
  line: number,
  file: string,
  /** The key field's column in the file, when the caller knows it (fields matched by name). */
  column = set.names.length === 1 ? set.fields[0]! + 1 : undefined,
): DataErrorRecord {
  const what = set.type === 'duplicate-row' ? 'row' : `(${set.names.join(', ')})`;
  const firstLine = set.names.length === 1 ? ` value ${JSON.stringify(values[set.fields[0]!])}` : '';
  return {
    type: set.type,
    file,
    row,
    line,
    field: set.names.length === 1 ? set.names[0] : undefined,
    column,
    message: `${what}${firstLine} repeats row ${first}`,
  };
}

/** A field's 1-based column in the file (`columnOf`: per field, 0 when absent), or its position. */
export function columnOfField(columnOf: Int32Array | undefined, field: number): number | undefined {
  return columnOf === undefined ? field + 1 : columnOf[field] || undefined;
}

function keyText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
