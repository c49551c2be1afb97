/**
 * Snappy block decompression (the format of Parquet's SNAPPY pages), for the column-chunk reader.
 *
 * Parquet text pages compress into tiny elements (DuckDB's: literals of 2-3 bytes and copies of 7-13 on
 * average), so the cost is per element, not per byte: short literals and copies move 4 bytes at a time
 * through DataViews (rounding up within the buffers, the next element overwrites the excess), long ones
 * use set/copyWithin. Every length and offset is checked against the input and the output before it is
 * used; a block that does not fill `output` exactly is an error.
 */
export function snappyDecompress(input: Uint8Array, output: Uint8Array): void {
  const inLength = input.length;
  const outLength = output.length;
  let pos = 0;
  // The preamble: the uncompressed length as a varint (at most 32 bits).
  let claimed = 0;
  for (let shift = 0; ; shift += 7) {
    if (pos >= inLength) throw new Error('snappy: the length preamble is cut short');
    if (shift > 28) throw new Error('snappy: a length preamble longer than 5 bytes');
    const b = input[pos++]!;
    claimed += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  if (claimed !== outLength)
    throw new Error(`snappy: the block says ${claimed} bytes uncompressed, the page ${outLength}`);
  const src = new DataView(input.buffer, input.byteOffset, inLength);
  const dst = new DataView(output.buffer, output.byteOffset, outLength);
  // A word move of n bytes touches up to n + 3: a literal of at most 16 stays inside below these.
  const inWords = inLength - 19;
  const outWords = outLength - 19;
  let out = 0;
  while (pos < inLength) {
    const tag = input[pos++]!;
    if ((tag & 3) === 0) {
      let length = (tag >>> 2) + 1;
      if (length > 60) {
        const extra = length - 60; // 1-4 bytes of length follow
        if (pos + extra > inLength) throw new Error('snappy: a literal length past the end of the block');
        length = input[pos]!;
        if (extra > 1) length += input[pos + 1]! * 0x100;
        if (extra > 2) length += input[pos + 2]! * 0x10000;
        if (extra > 3) length += input[pos + 3]! * 0x1000000;
        length += 1;
        pos += extra;
      }
      if (length > inLength - pos) throw new Error('snappy: a literal past the end of the block');
      if (length > outLength - out) throw new Error('snappy: a literal past the end of the page');
      if (length <= 16 && pos <= inWords && out <= outWords)
        for (let i = 0; i < length; i += 4) dst.setInt32(out + i, src.getInt32(pos + i, true), true);
      else if (length < 64) for (let i = 0; i < length; i++) output[out + i] = input[pos + i]!;
      else output.set(input.subarray(pos, pos + length), out);
      pos += length;
      out += length;
      continue;
    }
    let length: number;
    let offset: number;
    switch (tag & 3) {
      case 1:
        if (pos + 1 > inLength) throw new Error('snappy: a copy past the end of the block');
        length = ((tag >>> 2) & 7) + 4;
        offset = ((tag >>> 5) << 8) | input[pos]!;
        pos += 1;
        break;
      case 2:
        if (pos + 2 > inLength) throw new Error('snappy: a copy past the end of the block');
        length = (tag >>> 2) + 1;
        offset = input[pos]! | (input[pos + 1]! << 8);
        pos += 2;
        break;
      default:
        if (pos + 4 > inLength) throw new Error('snappy: a copy past the end of the block');
        length = (tag >>> 2) + 1;
        offset =
          (input[pos]! | (input[pos + 1]! << 8) | (input[pos + 2]! << 16) | (input[pos + 3]! << 24)) >>> 0;
        pos += 4;
    }
    if (offset === 0 || offset > out)
      throw new Error(`snappy: a copy from ${offset} bytes back, ${out} bytes written`);
    if (length > outLength - out) throw new Error('snappy: a copy past the end of the page');
    const from = out - offset;
    // Word by word is exact when the source runs at least a word behind (each word read is written).
    if (offset >= 4 && length + 3 <= outLength - out)
      for (let i = 0; i < length; i += 4) dst.setInt32(out + i, dst.getInt32(from + i, true), true);
    else if (offset >= length && length >= 64) output.copyWithin(out, from, from + length);
    else for (let i = 0; i < length; i++) output[out + i] = output[from + i]!;
    out += length;
  }
  if (out !== outLength) throw new Error(`snappy: the block fills ${out} of its ${outLength} bytes`);
}
