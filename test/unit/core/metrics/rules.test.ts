import { describe, expect, test } from '@jest/globals';
import { defaultDirection, parseRules } from '../../../../src/core/metrics/rules.js';

const where = { file: 'mlci.yml' };

describe('rules', () => {
  test('compact strings and objects give the same rule', () => {
    const [compact] = parseRules({ accuracy: 'higher, floor 0.8, margin 0.01' }, where);
    const [object] = parseRules({ accuracy: { direction: 'higher', floor: 0.8, margin: 0.01 } }, where);
    expect(compact).toEqual(object);
    expect(compact).toMatchObject({
      metric: 'accuracy',
      direction: 'higher',
      floor: 0.8,
      margin: 0.01,
      comparative: true,
    });
  });

  test('percentages, relative margins and informational metrics', () => {
    const rules = parseRules(
      {
        log_loss: 'lower, relative-margin 5%',
        latency_ms: 'info',
        r2: { 'relative-min-improvement': '10%' },
      },
      where,
    );
    expect(rules[0]).toMatchObject({ direction: 'lower', relativeMargin: 0.05, comparative: true });
    expect(rules[1]).toMatchObject({ informational: true, comparative: false, direction: 'lower' });
    expect(rules[2]).toMatchObject({ relativeMinImprovement: 0.1, direction: 'higher' });
  });

  test('a floor alone is absolute only; a bare direction means no worse than the baseline', () => {
    expect(parseRules({ accuracy: 'floor 0.9' }, where)[0]).toMatchObject({ comparative: false, floor: 0.9 });
    expect(parseRules({ accuracy: 'higher' }, where)[0]).toMatchObject({ comparative: true });
    expect(parseRules({ accuracy: null }, where)[0]).toMatchObject({
      comparative: true,
      direction: 'higher',
    });
  });

  test('directions default by name: losses and errors go down', () => {
    expect(defaultDirection('log_loss')).toBe('lower');
    expect(defaultDirection('eval.rmse')).toBe('lower');
    expect(defaultDirection('train.error_rate')).toBe('lower');
    expect(defaultDirection('f1_macro')).toBe('higher');
  });

  test('conflicting and unknown settings are usage errors naming both', () => {
    expect(() => parseRules({ f1: 'margin 0.01, min-improvement 0.02' }, where)).toThrow(
      /margin .* and a min-improvement .* cannot both be set/,
    );
    expect(() => parseRules({ f1: { margn: 0.01 } }, where)).toThrow(
      /unknown key `margn` — did you mean `margin`/,
    );
    expect(() => parseRules({ f1: 'margin -0.1' }, where)).toThrow(/must be ≥ 0/);
    expect(() => parseRules({ f1: 'sideways' }, where)).toThrow(/cannot read "sideways"/);
    expect(() => parseRules({ f1: { direction: 'up' } }, where)).toThrow(/higher or lower/);
    expect(() => parseRules(['f1'], where)).toThrow(/mapping of metric name/);
  });
});
