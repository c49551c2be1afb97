import { UsageError } from '../../core/errors.js';
import { BASELINE_SOURCES, type BaselineSourceName } from '../../core/metrics/baseline.js';
import type { GateMode } from '../../core/metrics/gate.js';
import type { InputReader } from '../../platform/io.js';
import { readBoolean, readList, readNumber, readString } from '../inputs.js';

/** Every input of compare-metrics, typed once, keyed by its action.yml name (STYLE §10). */
export interface CompareInputs {
  readonly candidate?: string;
  readonly predictions?: string;
  readonly baseline?: string;
  readonly 'baseline-predictions'?: string;
  readonly 'baseline-order': readonly BaselineSourceName[];
  readonly 'release-asset': string;
  readonly 'artifact-name': string;
  readonly workflow?: string;
  readonly 'metrics-path'?: string;
  readonly 'base-ref'?: string;
  readonly rules?: string;
  readonly config: string;
  readonly mode: GateMode;
  readonly 'on-inconclusive': 'pass' | 'fail';
  readonly 'on-no-baseline': 'pass' | 'fail';
  readonly alpha: number;
  readonly power: number;
  readonly resamples: number;
  readonly seed: number;
  readonly stratify: 'auto' | 'always' | 'never';
  readonly task: 'auto' | 'classification' | 'regression';
  readonly 'positive-label'?: string;
  readonly threshold: number;
  readonly 'eval-data'?: string;
  readonly 'allow-different-test-sets': boolean;
  readonly report: string;
  readonly token?: string;
  readonly acceptances: 'auto' | 'off';
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = readString(read, name, fallback);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input \`${name}\` must be one of ${allowed.join(', ')}, got "${value}"`);
}

/** The only place compare-metrics reads its inputs. */
export function getCompareInputs(read: InputReader): CompareInputs {
  const order = readList(read, 'baseline-order');
  for (const name of order) {
    if (!(BASELINE_SOURCES as readonly string[]).includes(name)) {
      throw new UsageError(`input \`baseline-order\`: unknown source "${name}"`, {
        hint: `known sources: ${BASELINE_SOURCES.join(', ')}`,
      });
    }
  }
  const mode = oneOf(read, 'mode', ['block-on-regression', 'all-must-pass'] as const, 'block-on-regression');
  const stratify = readString(read, 'stratify', 'auto');
  return {
    candidate: readString(read, 'candidate'),
    predictions: readString(read, 'predictions'),
    baseline: readString(read, 'baseline'),
    'baseline-predictions': readString(read, 'baseline-predictions'),
    'baseline-order': (order.length ? order : [...BASELINE_SOURCES]) as BaselineSourceName[],
    'release-asset': readString(read, 'release-asset', 'mlci-release-record.json'),
    'artifact-name': readString(read, 'artifact-name', 'mlci-baseline'),
    workflow: readString(read, 'workflow'),
    'metrics-path': readString(read, 'metrics-path'),
    'base-ref': readString(read, 'base-ref'),
    rules: read.get('rules'),
    config: readString(read, 'config', 'mlci.yml'),
    mode,
    'on-inconclusive': oneOf(
      read,
      'on-inconclusive',
      ['pass', 'fail'] as const,
      mode === 'all-must-pass' ? 'fail' : 'pass',
    ),
    'on-no-baseline': oneOf(read, 'on-no-baseline', ['pass', 'fail'] as const, 'pass'),
    alpha: readNumber(read, 'alpha', 0.05, { min: 1e-6, max: 0.5 }),
    power: readNumber(read, 'power', 0.8, { min: 0.5, max: 0.999 }),
    resamples: readNumber(read, 'resamples', 2000, { min: 100, max: 1_000_000, integer: true }),
    seed: readNumber(read, 'seed', 20240611, { min: 0, max: 4294967295, integer: true }),
    stratify:
      stratify === 'true'
        ? 'always'
        : stratify === 'false'
          ? 'never'
          : oneOf(read, 'stratify', ['auto', 'always', 'never'] as const, 'auto'),
    task: oneOf(read, 'task', ['auto', 'classification', 'regression'] as const, 'auto'),
    'positive-label': readString(read, 'positive-label'),
    threshold: readNumber(read, 'threshold', 0.5),
    'eval-data': readString(read, 'eval-data'),
    'allow-different-test-sets': readBoolean(read, 'allow-different-test-sets', false),
    report: readString(read, 'report', 'mlci-comparison-report.json'),
    token: readString(read, 'token'),
    acceptances: oneOf(read, 'acceptances', ['auto', 'off'] as const, 'auto'),
  };
}
