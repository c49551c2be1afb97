// The lines of a range's rows, without a line per row: rows and lines advance together except where a
// record spans lines (a quoted newline).

/**
 * A range's rows' lines, kept as the points where `line - row` changes: (row, line - row) pairs. A file
 * without quoted newlines has one pair; each record that spans lines adds one.
 */
export class LineShifts {
  private pairs = new Int32Array(64);
  private count = 0;
  private last = Number.NaN;

  add(row: number, line: number): void {
    const shift = line - row;
    if (shift === this.last) return;
    this.last = shift;
    if (this.count * 2 + 2 > this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.count * 2] = row;
    this.pairs[this.count * 2 + 1] = shift;
    this.count++;
  }

  result(): Int32Array {
    return this.pairs.slice(0, this.count * 2);
  }
}

/** The line of a recorded row, from its range's LineShifts pairs (the last change at or before it). */
export function lineOf(shifts: Int32Array, row: number): number {
  let lo = 0;
  let hi = shifts.length / 2 - 1;
  if (hi < 0 || shifts[0]! > row) throw new Error(`recorded keys: no line for row ${row}`);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shifts[mid * 2]! <= row) lo = mid;
    else hi = mid - 1;
  }
  return row + shifts[lo * 2 + 1]!;
}
