/**
 * The resampling loops, written as self-contained functions: no imports and no outer variables, so
 * that parallel.ts can ship their source text to worker threads (a bundle has no separate worker file).
 * The RNG is xoshiro128** seeded by splitmix32 and Lemire's bounded integers, inlined for speed; a unit
 * test checks the stream equals rng.ts. Each call runs one chunk of resamples with its own seed.
 */

/** Arguments of sumsKernel: per-example rows of k values, resampled with replacement (within strata). */
export interface SumsArgs {
  readonly values: Float64Array;
  readonly k: number;
  /** Example indices of each stratum, concatenated; strataEnds[s] is where stratum s ends. One stratum = plain bootstrap. */
  readonly strataIndex: Int32Array;
  readonly strataEnds: Int32Array;
  readonly resamples: number;
  readonly seed: number;
  /** wasm-sum.ts's module for the unstratified case (any k); absent = the JavaScript loop. */
  readonly wasm?: Uint8Array;
}

/** Column sums of each resample, resamples × k, row-major. */
export function sumsKernel(args: SumsArgs): Float64Array {
  const { values, k, strataIndex, strataEnds, resamples } = args;
  const out = new Float64Array(resamples * k);
  let a = args.seed | 0;
  const st = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    st[i] = (t ^ (t >>> 15)) >>> 0;
  }
  const s0 = st[0]! | 0;
  const s1 = st[1]! | 0;
  const s2 = st[2]! | 0;
  const s3 = st[3]! | 0;
  // Accepted draws go to two sets of sums in turn (even draws, odd draws), as the WebAssembly loops add.
  const sums = new Float64Array(k);
  const sums1 = new Float64Array(k);
  // One stratum holding every example in order, one value per example: the common case, in a loop of
  // its own so V8 keeps the state in registers.
  const plain = strataEnds.length === 1 && strataIndex.every((row, i) => row === i);
  const identity = k === 1 && plain;
  const state = Int32Array.of(s0, s1, s2, s3);
  const wasmSum = plain && args.wasm ? instantiate(args.wasm) : undefined;
  for (let b = 0; b < resamples; b++) {
    if (wasmSum) {
      wasmSum(out, b * k);
      continue;
    }
    if (identity) {
      out[b] = sumOne(values, values.length, state);
      continue;
    }
    sums.fill(0);
    sums1.fill(0);
    let accepted = 0;
    let from = 0;
    for (let s = 0; s < strataEnds.length; s++) {
      const to = strataEnds[s]!;
      const size = to - from;
      // Lemire's multiply-shift in doubles: m = r·size/2^32 is exact while size <= 2^21; its integer part
      // is the draw, and a fractional part below (2^32 mod size)/2^32 is the rare rejection that keeps it
      // unbiased (the same test as rng.ts boundedBelow, written without integer truncations of values
      // above 2^31, which V8 makes slow).
      const scale = size * 2.3283064365386963e-10;
      const reject = ((4294967296 - size) % size) * 2.3283064365386963e-10;
      let t0 = state[0]!;
      let t1 = state[1]!;
      let t2 = state[2]!;
      let t3 = state[3]!;
      for (let draw = 0; draw < size; draw++) {
        const x = Math.imul(t1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = t1 << 9;
        t2 ^= t0;
        t3 ^= t1;
        t1 ^= t2;
        t0 ^= t3;
        t2 ^= t;
        t3 = (t3 << 11) | (t3 >>> 21);
        const m = r * scale;
        const hi = m | 0;
        if (m - hi < reject) {
          draw--;
          continue;
        }
        const into = accepted++ & 1 ? sums1 : sums;
        for (let j = 0, at = strataIndex[from + hi]! * k; j < k; j++) into[j]! += values[at + j]!;
      }
      state[0] = t0;
      state[1] = t1;
      state[2] = t2;
      state[3] = t3;
      from = to;
    }
    for (let j = 0; j < k; j++) out[b * k + j] = sums[j]! + sums1[j]!;
  }
  return out;

  /** The same draws and additions in WebAssembly (wasm-sum.ts): state at byte 0, values from byte 64. */
  function instantiate(bytes: Uint8Array): ((target: Float64Array, at: number) => void) | undefined {
    // The lib settings carry no WebAssembly types: the few members used, typed here.
    type Exports = {
      mem: { buffer: ArrayBuffer; grow(pages: number): number };
      sum: (at: number, n: number, st: number, threshold: number) => number;
    } & Record<string, unknown>;
    type SumK = (at: number, n: number, st: number, threshold: number, k: number, out: number) => void;
    type Api = {
      Module: new (bytes: Uint8Array) => unknown;
      Instance: new (module: unknown, imports: object) => { exports: Exports };
    };
    const global = globalThis as { WebAssembly?: Api; mlciWasmSum?: { bytes: Uint8Array; module: unknown } };
    const api = global.WebAssembly;
    if (!api) return undefined;
    // One compiled module per thread: V8 starts a new module in its baseline compiler and only later
    // optimises it, so compiling per chunk would run most chunks in the slow tier.
    let compiled = global.mlciWasmSum;
    const same =
      compiled?.bytes.length === bytes.length && compiled.bytes.every((byte, i) => byte === bytes[i]);
    if (!compiled || !same) {
      compiled = { bytes, module: new api.Module(bytes) };
      global.mlciWasmSum = compiled;
    }
    // Memory: the state at byte 0, k sums from byte 64, the rows after them (64-byte aligned).
    const size = values.length / k;
    const valuesAt = 64 + Math.ceil((k * 8) / 64) * 64;
    const { exports } = new api.Instance(compiled.module, {});
    const memory = exports.mem;
    const { sum } = exports;
    // sumk2 … sumk8 keep the sums in registers; wider rows take the JavaScript loop.
    const sumk = exports[`sumk${k}`] as SumK | undefined;
    if (k > 1 && typeof sumk !== 'function') return undefined;
    memory.grow(Math.ceil((values.length * 8 + valuesAt) / 65536));
    new Float64Array(memory.buffer, valuesAt, values.length).set(values);
    new Int32Array(memory.buffer, 0, 4).set(state);
    const threshold = ((4294967296 - size) % size) | 0;
    if (k === 1) {
      return (target, at) => {
        target[at] = sum(valuesAt, size, 0, threshold);
      };
    }
    const sums = new Float64Array(memory.buffer, 64, k);
    return (target, at) => {
      sums.fill(0);
      sumk!(valuesAt, size, 0, threshold, k, 64);
      target.set(sums, at);
    };
  }

  function sumOne(v: Float64Array, size: number, st: Int32Array): number {
    const scale = size * 2.3283064365386963e-10;
    const reject = ((4294967296 - size) % size) * 2.3283064365386963e-10;
    let u0 = st[0]!;
    let u1 = st[1]!;
    let u2 = st[2]!;
    let u3 = st[3]!;
    // Accepted draws go to two sums in turn, as the WebAssembly loop adds them (wasm-sum.ts).
    let acc = 0;
    let acc1 = 0;
    for (let draw = 0; draw < size; draw++) {
      const x = Math.imul(u1, 5);
      const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const t = u1 << 9;
      u2 ^= u0;
      u3 ^= u1;
      u1 ^= u2;
      u0 ^= u3;
      u2 ^= t;
      u3 = (u3 << 11) | (u3 >>> 21);
      const m = r * scale;
      const hi = m | 0;
      if (m - hi < reject) {
        draw--;
        continue;
      }
      if (draw & 1) acc1 += v[hi]!;
      else acc += v[hi]!;
    }
    st[0] = u0;
    st[1] = u1;
    st[2] = u2;
    st[3] = u3;
    return acc + acc1;
  }
}

/** Arguments of rankedKernel: both models' scores pre-sorted, resampled within the two classes. */
export interface RankedArgs {
  readonly positive: Uint8Array;
  /** Example indices by descending score, and 1 where a position starts a new run of equal scores. */
  readonly orderBaseline: Int32Array;
  readonly startsBaseline: Uint8Array;
  readonly orderCandidate: Int32Array;
  readonly startsCandidate: Uint8Array;
  readonly strataIndex: Int32Array;
  readonly strataEnds: Int32Array;
  /** 0 = ROC AUC (Mann–Whitney, ties count ½), 1 = average precision as scikit-learn computes it. */
  readonly metric: number;
  readonly resamples: number;
  readonly seed: number;
}

/** candidate − baseline of ROC AUC or average precision, per resample. */
export function rankedKernel(args: RankedArgs): Float64Array {
  const { positive, strataIndex, strataEnds, resamples, metric } = args;
  const n = positive.length;
  const out = new Float64Array(resamples);
  const weights = new Int32Array(n);
  let a = args.seed | 0;
  const st = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    st[i] = (t ^ (t >>> 15)) >>> 0;
  }
  let s0 = st[0]! | 0;
  let s1 = st[1]! | 0;
  let s2 = st[2]! | 0;
  let s3 = st[3]! | 0;
  const score = (order: Int32Array, starts: Uint8Array): number => {
    let totalPos = 0;
    let totalNeg = 0;
    for (let i = 0; i < n; i++) {
      if (positive[i]) totalPos += weights[i]!;
      else totalNeg += weights[i]!;
    }
    let tp = 0;
    let fp = 0;
    let groupPos = 0;
    let groupNeg = 0;
    let area = 0;
    const close = () => {
      if (metric === 0) area += groupNeg * (tp + groupPos / 2);
      else if (groupPos > 0)
        area += (groupPos / totalPos) * ((tp + groupPos) / (tp + groupPos + fp + groupNeg));
      tp += groupPos;
      fp += groupNeg;
      groupPos = 0;
      groupNeg = 0;
    };
    for (let i = 0; i < n; i++) {
      if (starts[i] && i > 0) close();
      const row = order[i]!;
      const w = weights[row]!;
      if (positive[row]) groupPos += w;
      else groupNeg += w;
    }
    close();
    return metric === 0 ? area / (totalPos * totalNeg) : area;
  };
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    let from = 0;
    for (let s = 0; s < strataEnds.length; s++) {
      const to = strataEnds[s]!;
      const size = to - from;
      const scale = size * 2.3283064365386963e-10;
      const reject = ((4294967296 - size) % size) * 2.3283064365386963e-10;
      for (let draw = 0; draw < size; draw++) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        const m = r * scale;
        const hi = m | 0;
        if (m - hi < reject) {
          draw--;
          continue;
        }
        weights[strataIndex[from + hi]!]!++;
      }
      from = to;
    }
    out[b] =
      score(args.orderCandidate, args.startsCandidate) - score(args.orderBaseline, args.startsBaseline);
  }
  return out;
}
