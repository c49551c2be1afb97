/**
 * A Thrift compact-protocol reader for Parquet page headers: bounds-checked and depth-limited, so a
 * hostile header is an error, never a hang or a huge allocation. Structs come back as field id → value.
 */

export type ThriftValue = number | bigint | boolean | Uint8Array | ThriftStruct | ThriftValue[];
export type ThriftStruct = Map<number, ThriftValue>;

const MAX_DEPTH = 16;
const MAX_LIST = 1 << 20;

export class ThriftReader {
  constructor(
    readonly bytes: Uint8Array,
    public offset: number,
    readonly end: number,
  ) {}

  private byte(): number {
    if (this.offset >= this.end) throw new Error('page header runs past the end of the column chunk');
    return this.bytes[this.offset++]!;
  }

  /** An unsigned varint as a number (at most 10 bytes; beyond 2^53 it is approximate, and unused). */
  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw new Error('page header: a varint longer than 10 bytes');
  }

  private zigzag(): number {
    const n = this.varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  struct(depth = 0): ThriftStruct {
    if (depth > MAX_DEPTH) throw new Error(`page header nested deeper than ${MAX_DEPTH} levels`);
    const fields: ThriftStruct = new Map();
    let id = 0;
    for (;;) {
      const head = this.byte();
      const type = head & 0x0f;
      if (type === 0) return fields;
      const delta = head >> 4;
      id = delta === 0 ? this.zigzag() : id + delta;
      fields.set(id, this.value(type, depth));
    }
  }

  private value(type: number, depth: number): ThriftValue {
    switch (type) {
      case 1:
        return true;
      case 2:
        return false;
      case 3: {
        const b = this.byte();
        return b > 127 ? b - 256 : b;
      }
      case 4:
      case 5:
      case 6:
        return this.zigzag();
      case 7: {
        if (this.offset + 8 > this.end) throw new Error('page header: a double past the end');
        const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, 8);
        this.offset += 8;
        return view.getFloat64(0, true);
      }
      case 8: {
        const length = this.varint();
        if (this.offset + length > this.end) throw new Error('page header: a binary field past the end');
        const out = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
      }
      case 9:
      case 10: {
        const head = this.byte();
        const size = head >> 4 === 15 ? this.varint() : head >> 4;
        if (size > MAX_LIST) throw new Error(`page header: a list of ${size} elements`);
        const list: ThriftValue[] = [];
        for (let i = 0; i < size; i++) list.push(this.value(head & 0x0f, depth + 1));
        return list;
      }
      case 11: {
        const size = this.varint();
        if (size > MAX_LIST) throw new Error(`page header: a map of ${size} entries`);
        const types = size > 0 ? this.byte() : 0;
        const list: ThriftValue[] = [];
        for (let i = 0; i < size; i++) {
          list.push(this.value(types >> 4, depth + 1));
          list.push(this.value(types & 0x0f, depth + 1));
        }
        return list;
      }
      case 12:
        return this.struct(depth + 1);
      default:
        throw new Error(`page header: unknown thrift type ${type}`);
    }
  }
}
