import { DataError } from '../../errors.js';
import { CSV_LIMITS, type CsvDialect } from './dialect.js';

/** Cell flags: the cell text needs unescaping (`""` inside quotes) or is malformed (`"ab"cd`). */
export const CELL_FLAG = { escaped: 1, malformed: 2, quoted: 4 } as const;

/** Receives each record as byte ranges of the scanner's buffer, valid only during the call. */
export interface RowSink {
  row(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    line: number,
  ): void;
}

const STOP = 1;
const LITERAL_QUOTE = 2;

/**
 * RFC 4180 record scanner over bytes: quoted fields with embedded delimiters, newlines and doubled
 * quotes; CRLF, LF and lone CR line ends; any one-byte delimiter. It never builds strings: the sink gets
 * byte ranges. scan() is restartable at record boundaries, so a caller can feed any chunking.
 */
export class CsvScanner {
  /** Line number of the next record (1-based). */
  line = 1;
  /** Quote bytes seen in quoted fields; with `irregular` false, its parity says if a range is aligned. */
  quoteBytes = 0;
  /** A quote inside an unquoted field or text after a closing quote was seen (not RFC 4180). */
  irregular = false;
  /** Buffer offset just past the record being handed to the sink (valid during row()). */
  recordEnd = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  private readonly table = new Uint8Array(256);

  constructor(
    private readonly dialect: CsvDialect,
    private readonly sink: RowSink,
    private readonly maxColumns: number = CSV_LIMITS.maxColumns,
  ) {
    this.starts = new Int32Array(maxColumns);
    this.ends = new Int32Array(maxColumns);
    this.flags = new Uint8Array(maxColumns);
    this.table[dialect.delimiter] = STOP;
    this.table[10] = STOP;
    this.table[13] = STOP;
    if (dialect.quote >= 0) this.table[dialect.quote] = LITERAL_QUOTE;
  }

  /**
   * Hands every complete record in buf[start, end) to the sink and returns where the first incomplete
   * one starts (end when all were complete). With `final`, the data ends at `end` and all is consumed.
   */
  scan(buf: Uint8Array, start: number, end: number, final: boolean): number {
    const { delimiter, quote } = this.dialect;
    const table = this.table;
    const { starts, ends, flags } = this;
    let p = start;
    while (p < end) {
      const recordStart = p;
      let count = 0;
      let newlines = 0;
      let quoteBytes = 0;
      for (;;) {
        let s = p;
        let e: number;
        let flag = 0;
        if (buf[p] === quote) {
          flag = CELL_FLAG.quoted;
          s = ++p;
          for (;;) {
            while (p < end && buf[p] !== quote) {
              if (buf[p] === 10) newlines++;
              p++;
            }
            if (p >= end || (p + 1 >= end && !final)) {
              if (final) throw this.unterminated();
              return recordStart;
            }
            // (p + 1 < end: the buffer may hold stale bytes past `end`.)
            if (p + 1 < end && buf[p + 1] === quote) {
              flag |= CELL_FLAG.escaped;
              quoteBytes += 2;
              p += 2;
              continue;
            }
            break;
          }
          quoteBytes += 2;
          e = p++;
          if (p < end && table[buf[p]!] !== STOP) {
            // `"ab"cd`: keep the raw text; the decoder reads it as Python's csv module does ("abcd").
            this.irregular = true;
            flag |= CELL_FLAG.malformed;
            s--;
            while (p < end && table[buf[p]!] !== STOP) p++;
            e = p;
          }
        } else {
          // One comparison per byte on the common path: only a stop byte or a quote is non-zero.
          while (p < end) {
            const kind = table[buf[p]!]!;
            if (kind !== 0) {
              if (kind === STOP) break;
              this.irregular = true;
            }
            p++;
          }
          e = p;
        }
        if (count === this.maxColumns) throw this.tooManyColumns();
        starts[count] = s;
        ends[count] = e;
        flags[count] = flag;
        count++;
        if (p >= end) {
          if (!final) return recordStart;
          break;
        }
        const c = buf[p];
        if (c === delimiter) {
          p++;
          if (p >= end) {
            if (!final) return recordStart;
            if (count === this.maxColumns) throw this.tooManyColumns();
            starts[count] = ends[count] = p;
            flags[count++] = 0;
            break;
          }
          continue;
        }
        if (c === 13) {
          if (p + 1 >= end && !final) return recordStart;
          p += p + 1 < end && buf[p + 1] === 10 ? 2 : 1;
        } else p++;
        break;
      }
      this.quoteBytes += quoteBytes;
      this.recordEnd = p;
      this.sink.row(buf, starts, ends, flags, count, this.line);
      this.line += 1 + newlines;
    }
    return end;
  }

  private unterminated(): DataError {
    return new DataError(`unterminated quoted field in the record starting at line ${this.line}`, {
      hint: 'close the quote, or check the quote character and delimiter',
    });
  }

  private tooManyColumns(): DataError {
    return new DataError(`the record at line ${this.line} has more than ${this.maxColumns} columns`, {
      hint: 'check the delimiter; mlci reads at most this many columns',
    });
  }
}

/** The text of a flagged cell: `""` unescaped, and `"ab"cd` read as `abcd` (Python csv's reading). */
export function unescapeCell(raw: string, flag: number, quote = '"'): string {
  if ((flag & CELL_FLAG.malformed) === 0) return raw.split(quote + quote).join(quote);
  let out = '';
  let i = 1;
  for (; i < raw.length; i++) {
    if (raw[i] === quote) {
      if (raw[i + 1] === quote) {
        out += quote;
        i++;
        continue;
      }
      break;
    }
    out += raw[i];
  }
  return out + raw.slice(i + 1);
}
