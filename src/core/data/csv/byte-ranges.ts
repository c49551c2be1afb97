/**
 * Splits [start, size) into `parts` ranges that each begin just after a line feed, so that workers can
 * scan them independently. `lineFeedAfter(offset)` gives the first LF at or after offset (-1 for none).
 * Whether every LF boundary is also a record boundary (no quoted newline spans it) is decided after the
 * scan from the quote parity (see alignedRanges).
 */
export function splitAtLines(
  start: number,
  size: number,
  parts: number,
  lineFeedAfter: (offset: number) => number,
): { start: number; end: number }[] {
  const nominal = Array.from({ length: parts - 1 }, (_, i) =>
    Math.floor(start + ((size - start) * (i + 1)) / parts),
  );
  return splitAtOffsets(start, size, nominal, lineFeedAfter);
}

/**
 * Splits [start, size) into ranges that begin just after the first line feed at or after each of the
 * increasing offsets `nominal` (an offset inside a range already cut is skipped).
 */
export function splitAtOffsets(
  start: number,
  size: number,
  nominal: readonly number[],
  lineFeedAfter: (offset: number) => number,
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let from = start;
  for (const offset of nominal) {
    if (from >= size) break;
    if (offset <= from) continue;
    const lf = lineFeedAfter(offset);
    if (lf === -1 || lf + 1 >= size) break;
    ranges.push({ start: from, end: lf + 1 });
    from = lf + 1;
  }
  ranges.push({ start: from, end: size });
  return ranges;
}

/** What a worker reports about the quotes it saw in its range. */
export interface QuoteScan {
  /** Quote bytes inside quoted fields: 2 per field plus 2 per doubled quote. */
  readonly quoteBytes: number;
  /** A quote outside a quoted field, or text after a closing quote: parity says nothing then. */
  readonly irregular: boolean;
}

/**
 * True when every range began outside a quoted field, so the ranges' results are the file's. In RFC 4180
 * text a position is inside quotes exactly when an odd number of quote bytes precede it; each range was
 * scanned assuming it starts outside, which holds for range 0 and then, inductively, whenever the quote
 * bytes before a range sum to an even number. Irregular quoting voids the argument: scan on one thread.
 */
export function alignedRanges(scans: readonly QuoteScan[]): boolean {
  let before = 0;
  for (const scan of scans) {
    if (scan.irregular || before % 2 !== 0) return false;
    before += scan.quoteBytes;
  }
  return true;
}
