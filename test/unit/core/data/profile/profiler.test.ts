import { describe, expect, test } from '@jest/globals';
import { hllStandardError } from '../../../../../src/core/data/profile/hll.js';
import { rankError } from '../../../../../src/core/data/profile/kll.js';
import type { ColumnProfile, DataProfile } from '../../../../../src/core/data/profile/profile.js';
import { formatProfile, parseProfile } from '../../../../../src/core/data/profile/profile-json.js';
import {
  createProfiler,
  type FieldInfo,
  mergeProfiles,
} from '../../../../../src/core/data/profile/profiler.js';
import { normal, seededRandom } from '../../../../support/seeded-random.js';

type Cell = number | string | boolean | null;

const FIELDS: FieldInfo[] = [
  { name: 'amount', type: 'number' },
  { name: 'user_id', type: 'integer' },
  { name: 'event_date', type: 'date' },
  { name: 'category', type: 'string' },
  { name: 'is_member', type: 'boolean' },
  { name: 'note', type: 'string' },
];

function table(rows: number, seed: number): Cell[][] {
  const random = seededRandom(seed);
  const categories = ['a', 'b', 'c', 'd', 'e', 'f'];
  return Array.from({ length: rows }, (_, i) => [
    random() < 0.05 ? null : 100 + 15 * normal(random),
    Math.floor(random() * 5000),
    random() < 0.01 ? null : `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    categories[Math.floor(random() ** 2 * categories.length)]!,
    random() < 0.3,
    random() < 0.3 ? null : `note ${i} ${Math.floor(random() * 1e6)}`,
  ]);
}

function profile(rows: readonly Cell[][], options = {}): DataProfile {
  const profiler = createProfiler(FIELDS, options);
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) profiler.add(i, row[i]!);
    profiler.endRow();
  }
  return profiler.result();
}

const column = (p: DataProfile, name: string): ColumnProfile => p.columns.find((c) => c.name === name)!;

describe('createProfiler', () => {
  const rows = table(30_000, 1);

  test('counts, nulls and moments match a direct computation', () => {
    const p = profile(rows);
    expect(p.rows).toBe(30_000);
    const amounts = rows.map((r) => r[0]).filter((v): v is number => v !== null);
    const mean = amounts.reduce((a, b) => a + b, 0) / amounts.length;
    const std = Math.sqrt(amounts.reduce((a, b) => a + (b - mean) ** 2, 0) / amounts.length);
    const amount = column(p, 'amount');
    expect(amount.count).toBe(amounts.length);
    expect(amount.nulls).toBe(30_000 - amounts.length);
    expect(amount.numeric!.mean).toBeCloseTo(mean, 9);
    expect(amount.numeric!.std).toBeCloseTo(std, 9);
    expect(amount.numeric!.min).toBe(Math.min(...amounts));
    expect(amount.numeric!.max).toBe(Math.max(...amounts));
    expect(column(p, 'event_date').numeric!.unit).toBe('epoch-ms');
    expect(column(p, 'event_date').numeric!.min).toBe(Date.parse('2024-01-10'));
  });

  test('categories are exact under the cap and the distinct estimate is within 4 standard errors', () => {
    const p = profile(rows);
    const category = column(p, 'category');
    const truth = new Map<string, number>();
    for (const r of rows) truth.set(r[3] as string, (truth.get(r[3] as string) ?? 0) + 1);
    expect(category.categorical!.exact).toBe(true);
    expect(Object.fromEntries(category.categorical!.values.map((v) => [v.value, v.count]))).toEqual(
      Object.fromEntries(truth),
    );
    const userIds = new Set(rows.map((r) => r[1])).size;
    const estimate = column(p, 'user_id').distinct.estimate;
    expect(Math.abs(estimate - userIds) / userIds).toBeLessThan(4 * hllStandardError(12));
    expect(
      column(p, 'is_member')
        .categorical!.values.map((v) => v.value)
        .sort(),
    ).toEqual(['false', 'true']);
  });

  test('free text falls back to Misra–Gries and says how far counts may be off', () => {
    const note = column(profile(rows), 'note');
    expect(note.categorical!.exact).toBe(false);
    expect(note.categorical!.values.length).toBeLessThanOrEqual(256);
    expect(note.categorical!.maxUndercount).toBeLessThanOrEqual(note.count / 257);
  });

  test('same data gives the same bytes, and the bytes parse back', () => {
    const a = formatProfile(profile(rows));
    const b = formatProfile(profile(rows));
    expect(a).toBe(b);
    expect(formatProfile(parseProfile(a, 'p.json'))).toBe(a);
  });

  test('NaN and infinities are counted apart, not folded into the moments', () => {
    const profiler = createProfiler([{ name: 'x', type: 'number' }]);
    for (const v of [1, 2, Number.NaN, Infinity, -Infinity, 3, null]) {
      profiler.add(0, v);
      profiler.endRow();
    }
    const x = profiler.result().columns[0]!;
    expect(x.numeric).toMatchObject({ nan: 1, infinite: 2, min: 1, max: 3, mean: 2 });
    expect(x.count).toBe(6);
    expect(x.nulls).toBe(1);
  });

  test('with a reference, numeric columns are binned exactly on its edges', () => {
    const reference = profile(table(5000, 2));
    const p = profile(rows, { reference });
    const histogram = column(p, 'amount').numeric!.histogram;
    expect(histogram.exact).toBe(true);
    expect(histogram.edges).toEqual(column(reference, 'amount').numeric!.histogram.edges);
    const edges = histogram.edges;
    const truth = new Array(edges.length + 1).fill(0);
    for (const r of rows) {
      const v = r[0];
      if (v === null) continue;
      truth[edges.filter((e) => e <= (v as number)).length]++;
    }
    expect(histogram.counts).toEqual(truth);
  });
});

describe('mergeProfiles', () => {
  const rows = table(30_000, 3);
  const shards = [rows.slice(0, 7_000), rows.slice(7_000, 19_000), rows.slice(19_000)];

  function check(whole: DataProfile, merged: DataProfile) {
    expect(merged.rows).toBe(whole.rows);
    expect(merged.parts).toBe(3);
    merged.columns.forEach((m, i) => {
      const w = whole.columns[i]!;
      expect([m.name, m.count, m.nulls]).toEqual([w.name, w.count, w.nulls]);
      // HLL registers merge by max: exactly the one-pass registers.
      expect(m.distinct.registers).toBe(w.distinct.registers);
      expect(m.distinct.estimate).toBe(w.distinct.estimate);
      if (w.numeric) {
        const [mn, wn] = [m.numeric!, w.numeric];
        expect([mn.min, mn.max, mn.nan, mn.infinite]).toEqual([wn.min, wn.max, wn.nan, wn.infinite]);
        expect(Math.abs(mn.mean! - wn.mean!) / Math.abs(wn.mean!)).toBeLessThan(1e-12);
        expect(Math.abs(mn.std! - wn.std!) / wn.std!).toBeLessThan(1e-12);
        expect(mn.sketch.n).toBe(wn.sketch.n);
        expect(mn.histogram.counts.reduce((a, b) => a + b, 0)).toBe(wn.sketch.n);
      }
      if (w.categorical) {
        const [mc, wc] = [m.categorical!, w.categorical];
        const truth = new Map<string, number>();
        for (const r of rows) {
          const v = r[i];
          if (v !== null) truth.set(String(v), (truth.get(String(v)) ?? 0) + 1);
        }
        if (wc.exact) expect(mc.values).toEqual(wc.values);
        // Within the Misra–Gries bound: listed counts are never high and at most maxUndercount low.
        expect(mc.maxUndercount).toBeLessThanOrEqual(m.count / (mc.capacity + 1));
        for (const { value, count } of mc.values) {
          expect(count).toBeLessThanOrEqual(truth.get(value)!);
          expect(truth.get(value)! - count).toBeLessThanOrEqual(mc.maxUndercount);
        }
        expect(mc.length).toEqual(wc.length);
      }
    });
  }

  test('shards merged give the one-pass profile (exactly for counts, registers; within bounds otherwise)', () => {
    const whole = profile(rows);
    const merged = shards.map((s) => profile(s)).reduce(mergeProfiles);
    check(whole, merged);
    // Quantiles within the KLL rank error of the truth.
    const amounts = rows
      .map((r) => r[0])
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    const p50 = column(merged, 'amount').numeric!.quantiles['p50']!;
    const rank = amounts.filter((v) => v <= p50).length / amounts.length;
    expect(Math.abs(rank - 0.5)).toBeLessThanOrEqual(rankError(200));
  });

  test('with a shared reference, merged bins equal one-pass bins exactly', () => {
    const reference = profile(table(5000, 4));
    const whole = profile(rows, { reference });
    const merged = shards.map((s) => profile(s, { reference })).reduce(mergeProfiles);
    check(whole, merged);
    expect(column(merged, 'amount').numeric!.histogram).toEqual(column(whole, 'amount').numeric!.histogram);
  });

  test('refuses to merge profiles of different tables', () => {
    const other = createProfiler([{ name: 'x', type: 'number' }]).result();
    expect(() => mergeProfiles(profile(rows.slice(0, 10)), other)).toThrow(/different tables/);
  });
});

// A parsed profile as an attacker may shape it: any field may hold anything.
// biome-ignore lint/suspicious/noExplicitAny: -- the point of these cases is values of the wrong type
type Damaged = any;

describe('parseProfile on hostile input', () => {
  const valid = () => {
    const profiler = createProfiler([{ name: 'x', type: 'number' }]);
    profiler.add(0, 1);
    profiler.endRow();
    return JSON.parse(formatProfile(profiler.result()));
  };

  test.each([
    [
      'a sketch k that would allocate gigabytes',
      (p: Damaged) => (p.columns[0].numeric.sketch.k = 1e9),
      /k in 8\.\.65536/,
    ],
    [
      'a bin count that would loop for ever',
      (p: Damaged) => (p.columns[0].numeric.histogram.bins = 1e12),
      /more than 10000 histogram bins/,
    ],
    [
      'non-finite sketch items',
      (p: Damaged) => (p.columns[0].numeric.sketch.levels = [['x']]),
      /not a list of finite numbers/,
    ],
    ['HLL precision 30', (p: Damaged) => (p.columns[0].distinct.precision = 30), /precision 4\.\.18/],
    ['negative counts', (p: Damaged) => (p.columns[0].count = -1), /needs count and nulls/],
  ])('%s is refused', (_, damage, message) => {
    const profile = valid();
    damage(profile);
    expect(() => parseProfile(JSON.stringify(profile), 'p.json')).toThrow(message);
  });
});
