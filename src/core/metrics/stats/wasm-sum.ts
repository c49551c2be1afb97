/**
 * The hot loop of the decomposable bootstrap as a tiny WebAssembly function, assembled here from the
 * listing below (no toolchain needed). It draws exactly what sumsKernel's JavaScript loop draws —
 * xoshiro128** outputs, Lemire's multiply-shift with the same rejection — and adds the same values
 * in the same order, so the sums are bit-identical (a unit test checks); the 64-bit multiply and
 * integer compares make it about 2x faster than V8's code for the JavaScript loop.
 *
 *   (func $sum (param $values i32) (param $size i32) (param $state i32) (param $threshold i32) (result f64)
 *     load s0..s3 from $state; $left = $size
 *     draw = loop {
 *       x = s1 * 5; r = rotl(x, 7) * 9; t = s1 << 9
 *       s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
 *       m = u64(r) * u64(size)
 *       if u32(m) < threshold: continue            ;; the rare rejection
 *     }; the value is f64.load($values + (m >> 32) * 8)
 *     while $left >= 2: acc0 += draw; acc1 += draw; $left -= 2
 *     if $left == 1: acc0 += draw
 *     store s0..s3 to $state; return acc0 + acc1)
 *
 * Accepted draws go to two sums in turn (even ones to acc0, odd ones to acc1): one sum would make
 * every draw wait for the previous addition (4 cycles), which was the loop's bottleneck; two make it
 * about 1.6x faster. The JavaScript loop adds in the same order.
 *
 * Memory: the state at byte 0 (4 × i32), the values from byte 64.
 *
 * `sumk2` … `sumk8` are the same loop for rows of k values (RMSE and R² need four sums, a shared pass
 * of several regression metrics more), unrolled for each k: the drawn row's k values are added to
 * k sums held in f64 locals, again in two sets taken in turn, and written to $out at the end:
 *
 *   (func $sumk<k> (param $values i32) (param $size i32) (param $state i32) (param $threshold i32)
 *                  (param $k i32) (param $out i32)            ;; $k is k, kept for one signature
 *     … the same draws …; p = $values + (m >> 32) * k * 8
 *     even draws: a_j += f64.load(p + 8j); odd draws: b_j += f64.load(p + 8j)   (j < k)
 *     f64.store($out + 8j, a_j + b_j))
 *
 * Wider rows take sumsKernel's JavaScript loop, which adds in the same order.
 */

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const name = (text: string): number[] => vec([...text].map((ch) => [ch.charCodeAt(0)]));

const I32 = 0x7f;
const I64 = 0x7e;
const F64 = 0x7c;
// Parameters 0–3, then locals: 8 × i32 (s0 s1 s2 s3 x r t left), 1 × i64 (m), 2 × f64 (acc, acc1).
const [VALUES, SIZE, STATE, THRESHOLD, S0, S1, S2, S3, X, R, T, LEFT, M, ACC, ACC1] = Array.from(
  { length: 15 },
  (_, i) => i,
);
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const i32 = (v: number) => [0x41, v]; // small non-negative constants only (< 64)
const load = (offset: number) => [0x28, 2, offset];
const store = (offset: number) => [0x36, 2, offset];
const [MUL, ROTL, SHL, XOR, ADD, SUB, LT_U] = [0x6c, 0x77, 0x74, 0x73, 0x6a, 0x6b, 0x49];
const [EXTEND_U, I64_MUL, I64_SHR_U, WRAP, F64_LOAD, F64_ADD] = [0xad, 0x7e, 0x88, 0xa7, 0x2b, 0xa0];
const [BLOCK, LOOP, BR, BR_IF, END, VOID] = [0x02, 0x03, 0x0c, 0x0d, 0x0b, 0x40];

/** One xoshiro128** step and the multiply-shift, for the locals of `sum`. */
// biome-ignore format: one instruction group per line reads as the listing above.
const step = [
  ...get(S1), ...i32(5), MUL, ...set(X),
  ...get(X), ...i32(7), ROTL, ...i32(9), MUL, ...set(R),
  ...get(S1), ...i32(9), SHL, ...set(T),
  ...get(S2), ...get(S0), XOR, ...set(S2),
  ...get(S3), ...get(S1), XOR, ...set(S3),
  ...get(S1), ...get(S2), XOR, ...set(S1),
  ...get(S0), ...get(S3), XOR, ...set(S0),
  ...get(S2), ...get(T), XOR, ...set(S2),
  ...get(S3), ...i32(11), ROTL, ...set(S3),
  ...get(R), EXTEND_U, ...get(SIZE), EXTEND_U, I64_MUL, ...set(M),
];
/** Draws until a draw is accepted, and adds its value to the sum `acc`. */
// biome-ignore format: one instruction group per line reads as the listing above.
const drawInto = (acc: number) => [
  LOOP, VOID, ...step, ...get(M), WRAP, ...get(THRESHOLD), LT_U, BR_IF, 0, END,
  ...get(acc),
  ...get(VALUES), ...get(M), 0x42, 32, I64_SHR_U, WRAP, ...i32(3), SHL, ADD,
  F64_LOAD, 3, 0, F64_ADD, ...set(acc),
];
const IF = 0x04;
// biome-ignore format: one instruction group per line reads as the listing above.
const body = [
  ...[S0, S1, S2, S3].flatMap((local, k) => [...get(STATE), ...load(k * 4), ...set(local)]),
  ...get(SIZE), ...set(LEFT),
  BLOCK, VOID, LOOP, VOID,
  ...get(LEFT), ...i32(2), LT_U, BR_IF, 1,
  ...drawInto(ACC), ...drawInto(ACC1),
  ...get(LEFT), ...i32(2), SUB, ...set(LEFT),
  BR, 0,
  END, END,
  ...get(LEFT), IF, VOID, ...drawInto(ACC), END,
  ...[S0, S1, S2, S3].flatMap((local, k) => [...get(STATE), ...get(local), ...store(k * 4)]),
  ...get(ACC), ...get(ACC1), F64_ADD,
  END,
];
const locals = vec([
  [...uleb(8), I32],
  [...uleb(1), I64],
  [...uleb(2), F64],
]);
const code = [...locals, ...body];

// sumk<k>: parameters 0–5 (values size state threshold k out), then 10 × i32 (s0 s1 s2 s3 x r t left j p),
// 1 × i64 (m), then the 2k f64 sums.
const K = {
  VALUES: 0,
  SIZE: 1,
  STATE: 2,
  THRESHOLD: 3,
  COLUMNS: 4,
  OUT: 5,
  S0: 6,
  S1: 7,
  S2: 8,
  S3: 9,
  X: 10,
  R: 11,
  T: 12,
  LEFT: 13,
  J: 14,
  P: 15,
  M: 16,
} as const;
const F64_STORE = 0x39;
/** Largest k with its own unrolled function (its sums kept in locals, not memory). */
export const UNROLLED_UP_TO = 8;

/** A signed LEB128 i32 constant (any small value, unlike i32() above). */
const i32c = (v: number): number[] => {
  const out: number[] = [0x41];
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && !(byte & 0x40)) || (v === -1 && byte & 0x40)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
};

/** sumk<k>: the k sums in f64 locals, in two sets taken in turn (see the listing at the top). */
function unrolled(k: number): number[] {
  const acc = (set: number, j: number) => 17 + set * k + j;
  // biome-ignore format: one instruction group per line reads as the listing above.
  const stepK = [
    ...get(K.S1), ...i32(5), MUL, ...set(K.X),
    ...get(K.X), ...i32(7), ROTL, ...i32(9), MUL, ...set(K.R),
    ...get(K.S1), ...i32(9), SHL, ...set(K.T),
    ...get(K.S2), ...get(K.S0), XOR, ...set(K.S2),
    ...get(K.S3), ...get(K.S1), XOR, ...set(K.S3),
    ...get(K.S1), ...get(K.S2), XOR, ...set(K.S1),
    ...get(K.S0), ...get(K.S3), XOR, ...set(K.S0),
    ...get(K.S2), ...get(K.T), XOR, ...set(K.S2),
    ...get(K.S3), ...i32(11), ROTL, ...set(K.S3),
    ...get(K.R), EXTEND_U, ...get(K.SIZE), EXTEND_U, I64_MUL, ...set(K.M),
  ];
  // biome-ignore format: one instruction group per line reads as the listing above.
  const drawRowInto = (which: number) => [
    LOOP, VOID, ...stepK, ...get(K.M), WRAP, ...get(K.THRESHOLD), LT_U, BR_IF, 0, END,
    ...get(K.VALUES), ...get(K.M), 0x42, 32, I64_SHR_U, WRAP, ...i32c(k * 8), MUL, ADD, ...set(K.P),
    ...Array.from({ length: k }, (_, j) => [
      ...get(acc(which, j)), ...get(K.P), F64_LOAD, 3, ...uleb(j * 8), F64_ADD, ...set(acc(which, j)),
    ]).flat(),
  ];
  // biome-ignore format: one instruction group per line reads as the listing above.
  const body = [
    ...[K.S0, K.S1, K.S2, K.S3].flatMap((local, i) => [...get(K.STATE), ...load(i * 4), ...set(local)]),
    ...get(K.SIZE), ...set(K.LEFT),
    BLOCK, VOID, LOOP, VOID,
    ...get(K.LEFT), ...i32(2), LT_U, BR_IF, 1,
    ...drawRowInto(0), ...drawRowInto(1),
    ...get(K.LEFT), ...i32(2), SUB, ...set(K.LEFT),
    BR, 0,
    END, END,
    ...get(K.LEFT), IF, VOID, ...drawRowInto(0), END,
    ...[K.S0, K.S1, K.S2, K.S3].flatMap((local, i) => [...get(K.STATE), ...get(local), ...store(i * 4)]),
    ...Array.from({ length: k }, (_, j) => [
      ...get(K.OUT), ...get(acc(0, j)), ...get(acc(1, j)), F64_ADD, F64_STORE, 3, ...uleb(j * 8),
    ]).flat(),
    END,
  ];
  return [
    ...vec([
      [...uleb(10), I32],
      [...uleb(1), I64],
      [...uleb(2 * k), F64],
    ]),
    ...body,
  ];
}
const UNROLLED = Array.from({ length: UNROLLED_UP_TO - 1 }, (_, i) => unrolled(i + 2));

/** The module: memory "mem" (1 page, grown by the caller), "sum" and "sumk2" … "sumk8". */
export const WASM_SUM: Uint8Array = Uint8Array.from([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00,
  ...section(
    1,
    vec([
      [0x60, ...vec([[I32], [I32], [I32], [I32]]), ...vec([[F64]])],
      [0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([])],
    ]),
  ),
  ...section(3, vec([[0], ...UNROLLED.map(() => [1])])),
  ...section(5, vec([[0x00, 1]])),
  ...section(
    7,
    vec([
      [...name('mem'), 0x02, 0],
      [...name('sum'), 0x00, 0],
      ...UNROLLED.map((_, i) => [...name(`sumk${i + 2}`), 0x00, i + 1]),
    ]),
  ),
  ...section(
    10,
    vec([[...uleb(code.length), ...code], ...UNROLLED.map((fn) => [...uleb(fn.length), ...fn])]),
  ),
]);
