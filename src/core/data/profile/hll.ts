import { DataError } from '../../errors.js';

/**
 * HyperLogLog (Flajolet et al. 2007) with the linear-counting correction for small cardinalities
 * (Heule et al., "HyperLogLog in Practice", 2013). Registers merge by element-wise max, so a merged
 * sketch has exactly the registers one pass over all shards would have.
 */
export class HyperLogLog {
  readonly registers: Uint8Array;

  constructor(readonly precision: number) {
    this.registers = new Uint8Array(1 << precision);
  }

  /** Records a value by its two 32-bit hashes: the first picks the register, the second gives the rank. */
  addHash(h1: number, h2: number): void {
    const index = h1 >>> (32 - this.precision);
    const rank = Math.clz32(h2) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  /** Element-wise max with another sketch's registers of the same precision. */
  mergeRegisters(other: Uint8Array): void {
    for (let i = 0; i < other.length; i++) {
      if (other[i]! > this.registers[i]!) this.registers[i] = other[i]!;
    }
  }

  /** The cardinality estimate, rounded to an integer. */
  estimate(): number {
    const m = this.registers.length;
    let sum = 0;
    let zeros = 0;
    for (const register of this.registers) {
      sum += 2 ** -register;
      if (register === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = (alpha * m * m) / sum;
    if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(raw);
  }

  encode(): string {
    return Buffer.from(this.registers).toString('base64');
  }

  /** Registers from a stored profile, checked for the right length. */
  static decode(precision: number, base64: string, column: string): HyperLogLog {
    const sketch = new HyperLogLog(precision);
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length !== sketch.registers.length) {
      throw new DataError(`profile column "${column}": distinct registers have the wrong length`, {
        hint: 'the profile file is damaged or was written by another tool; profile the data again',
      });
    }
    sketch.registers.set(bytes);
    return sketch;
  }
}

/** Standard error of the HLL estimate at a precision: 1.04 / sqrt(2^p). */
export function hllStandardError(precision: number): number {
  return 1.04 / Math.sqrt(2 ** precision);
}
