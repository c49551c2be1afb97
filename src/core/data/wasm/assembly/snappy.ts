// Snappy block decompression in WebAssembly, for Parquet's SNAPPY pages: the same format as
// src/core/data/parquet/snappy.ts, which stays the reference (it reports why a block is bad: here any
// fault is only -1, and the host then runs that decoder for the message). The host copies the block in
// and leaves 16 bytes of room after both the block and the output (word moves may touch them).

/**
 * Decodes the block [start, end) into [out, out + size): 0 when it fills exactly that, else -1 (a cut or
 * corrupt block, a length or offset out of range, or another size than the page's).
 */
export function snappy(start: i32, end: i32, out: i32, size: i32): i32 {
  let pos = start;
  let claimed: u32 = 0;
  for (let shift: u32 = 0; ; shift += 7) {
    if (pos >= end || shift > 28) return -1;
    const b = <u32>load<u8>(pos++);
    claimed |= (b & 0x7f) << shift;
    if (b < 0x80) break;
  }
  if (claimed !== <u32>size) return -1;
  const outEnd = out + size;
  let o = out;
  while (pos < end) {
    const tag = <i32>load<u8>(pos++);
    if ((tag & 3) === 0) {
      let length = (tag >> 2) + 1;
      if (length > 60) {
        const extra = length - 60; // 1-4 bytes of length follow
        if (end - pos < extra) return -1;
        const word = load<u32>(pos);
        const value = extra === 4 ? word : word & (((<u32>1) << ((<u32>extra) << 3)) - 1);
        if (value >= 0x7fffffff) return -1;
        length = <i32>value + 1;
        pos += extra;
      }
      if (length > end - pos || length > outEnd - o) return -1;
      if (length <= 16) {
        // Two words: the excess lands in the room after the output or under the next element.
        store<u64>(o, load<u64>(pos));
        store<u64>(o, load<u64>(pos, 8), 8);
      } else memory.copy(<usize>o, <usize>pos, <usize>length);
      pos += length;
      o += length;
      continue;
    }
    let length: i32;
    let offset: i32;
    if ((tag & 3) === 1) {
      if (end - pos < 1) return -1;
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | <i32>load<u8>(pos);
      pos += 1;
    } else if ((tag & 3) === 2) {
      if (end - pos < 2) return -1;
      length = (tag >> 2) + 1;
      offset = <i32>load<u16>(pos);
      pos += 2;
    } else {
      if (end - pos < 4) return -1;
      length = (tag >> 2) + 1;
      offset = load<i32>(pos);
      pos += 4;
    }
    if (offset <= 0 || offset > o - out || length > outEnd - o) return -1;
    const from = o - offset;
    if (offset >= 8) {
      // Word by word: each word read lies at least a word behind the one written.
      for (let i = 0; i < length; i += 8) store<u64>(o + i, load<u64>(from + i));
    } else for (let i = 0; i < length; i++) store<u8>(o + i, load<u8>(from + i));
    o += length;
  }
  return o === outEnd ? 0 : -1;
}
