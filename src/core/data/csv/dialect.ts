/** How a delimited text file is written (a subset of the CSV Dialect spec). */
export interface CsvDialect {
  /** One byte: `,` by default, TAB for .tsv. */
  readonly delimiter: number;
  /** One byte, `"` by default; -1 for none (IANA TSV has no quoting). */
  readonly quote: number;
  readonly header: boolean;
}

/** Limits that keep a hostile or broken file from taking all memory (reliability DATA-01/02/08). */
export const CSV_LIMITS = {
  // An unterminated quote turns the rest of a file into one field: stop at 16 MiB per record.
  maxRecordBytes: 16 * 1024 * 1024,
  maxColumns: 16_384,
} as const;

/** The dialect for a file name and the user's delimiter input (`\t`, `tab`, `;`, ...). */
export function dialectFor(path: string, delimiter?: string): CsvDialect {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const text = delimiter ? (named[delimiter] ?? delimiter) : /\.tsv(\.gz)?$/i.test(path) ? '\t' : ',';
  return { delimiter: text.charCodeAt(0), quote: 34, header: true };
}
