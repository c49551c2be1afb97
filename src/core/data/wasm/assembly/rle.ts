// Parquet's RLE / bit-packed hybrid in WebAssembly, for dictionary indices: the format of rleHybrid in
// src/core/data/parquet/column-chunk.ts, which stays the reference (it says what is wrong: here any fault
// is only -1, and the host then runs it for the message). The host copies the encoded bytes in with 16
// bytes of room after them (a value is read as one unaligned 8-byte word).

/** The largest value rle() decoded last, unsigned (the host reads it as i32: negative when the top bit is set). */
let largest: u32 = 0;

export function rleLargest(): u32 {
  return largest;
}

/**
 * Decodes `n` values `width` (0-32) bits wide from [start, end) into i32s at `out`: 0, or -1 when the
 * data ends before the n values (a header, a run's value or a bit-packed group past `end`) or a run
 * header is longer than 5 bytes.
 */
export function rle(start: i32, end: i32, width: i32, out: usize, n: i32): i32 {
  if (width < 0 || width > 32) return -1;
  const byteWidth = (width + 7) >> 3;
  const mask: u64 = ((<u64>1) << (<u64>width)) - 1;
  let p = start;
  let i = 0;
  let max: u32 = 0;
  while (i < n) {
    let header: u64 = 0;
    for (let shift: u64 = 0; ; shift += 7) {
      if (p >= end || shift > 28) return -1;
      const b = <u64>load<u8>(p++);
      header |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    const left = <u64>(n - i);
    if ((header & 1) === 0) {
      if (end - p < byteWidth) return -1;
      let value: u32 = 0;
      for (let b = 0; b < byteWidth; b++) value |= (<u32>load<u8>(p + b)) << (<u32>(8 * b));
      p += byteWidth;
      const run = <i32>min(header >> 1, left);
      const at = out + ((<usize>i) << 2);
      for (let k = 0; k < run; k++) store<u32>(at + ((<usize>k) << 2), value);
      if (run > 0 && value > max) max = value;
      i += run;
    } else {
      const groups = header >> 1;
      const count = <i32>min(groups * 8, left);
      // The last group may be cut short when it holds only the page's last values.
      if (<u64>count * <u64>width > <u64>(end - p) * 8) return -1;
      const at = out + ((<usize>i) << 2);
      if (width === 0) for (let k = 0; k < count; k++) store<u32>(at + ((<usize>k) << 2), 0);
      else {
        let bit: usize = 0;
        for (let k = 0; k < count; k++) {
          const value = <u32>((load<u64>(<usize>p + (bit >> 3)) >> <u64>(bit & 7)) & mask);
          store<u32>(at + ((<usize>k) << 2), value);
          if (value > max) max = value;
          bit += <usize>width;
        }
      }
      i += count;
      // Past all the groups the header announced (they may run past the end: only if no value is left).
      p = <i32>min(<u64>p + groups * <u64>width, <u64>end + 1);
    }
  }
  largest = max;
  return 0;
}

/** How many indices indexVerdicts() found missing last. */
let missingCount: i32 = 0;

export function verdictMissing(): i32 {
  return missingCount;
}

/**
 * The verdicts of `n` dictionary indices (i32s at `indices`) by their values' statuses (`size` bytes at
 * `statuses`, CELL in field-checker.ts: 0 passes, 1 missing, any other fails): counts how often each index
 * occurs into i32s at `occurs` (when it is not 0, zeroed by the host), writes the positions of those that
 * fail as i32s at `failed` and returns how many; keeps how many are missing (verdictMissing). -1 for an
 * index outside the dictionary (the reader refuses those: never a read or write outside the tables).
 */
export function indexVerdicts(
  indices: usize,
  n: i32,
  statuses: usize,
  size: i32,
  occurs: usize,
  failed: usize,
): i32 {
  // Each loop checks the indices it dereferences (no pass of its own over them).
  let missing = 0;
  let bad = 0;
  if (occurs !== 0)
    for (let k = 0; k < n; k++) {
      const index = <u32>load<i32>(indices + ((<usize>k) << 2));
      if (index >= <u32>size) return -1;
      const at = occurs + ((<usize>index) << 2);
      store<i32>(at, load<i32>(at) + 1);
    }
  for (let k = 0; k < n; k++) {
    const index = <u32>load<i32>(indices + ((<usize>k) << 2));
    if (index >= <u32>size) return -1;
    const status = load<u8>(statuses + <usize>index);
    if (status === 0) continue;
    if (status === 1) missing++;
    else {
      store<i32>(failed + ((<usize>bad) << 2), k);
      bad++;
    }
  }
  missingCount = missing;
  return bad;
}
