import { UsageError } from '../../core/errors.js';
import type { InputReader } from '../../platform/io.js';
import { readBoolean, readList, readNumber, readString } from '../inputs.js';

/** The train command's inputs, keyed by their action.yml names: the only place they are read. */
export interface TrainInputs {
  readonly targets: string[];
  readonly config: string;
  readonly 'dvc-file': string | undefined;
  readonly cmd: string | undefined;
  readonly name: string;
  readonly deps: string[];
  readonly params: string[];
  readonly outs: string[];
  readonly metrics: string[];
  readonly plots: string[];
  readonly env: string[];
  readonly 'pass-env': string[];
  readonly seed: number;
  readonly timeout: string;
  readonly verify: boolean;
  readonly shell: string | undefined;
  readonly cache: 'auto' | 'local' | 'github-actions' | 'registry' | 'none';
  readonly 'cache-dir': string;
  readonly 'cache-registry': string | undefined;
  readonly 'cache-registry-username': string | undefined;
  readonly 'cache-registry-password': string | undefined;
  readonly 'github-token': string | undefined;
  readonly force: boolean;
  readonly downstream: boolean;
  readonly 'keep-going': boolean;
  readonly record: string;
  readonly 'allow-untrusted-code': boolean;
  readonly lock: 'write' | 'check' | 'off';
  readonly 'frozen-lock': boolean;
}

const LOCKS = ['write', 'check', 'off'] as const;
const CACHES = ['auto', 'local', 'github-actions', 'registry', 'none'] as const;

/** Reads and checks every input of `mlci train`. */
export function getTrainInputs(read: InputReader): TrainInputs {
  const cache = readString(read, 'cache', 'auto');
  const lock = readString(read, 'lock', 'write');
  if (!(LOCKS as readonly string[]).includes(lock)) {
    throw new UsageError(`input \`lock\` must be one of ${LOCKS.join(', ')}, got "${lock}"`);
  }
  if (!(CACHES as readonly string[]).includes(cache)) {
    throw new UsageError(`input \`cache\` must be one of ${CACHES.join(', ')}, got "${cache}"`);
  }
  return {
    targets: readList(read, 'targets'),
    config: readString(read, 'config', 'mlci.yml'),
    'dvc-file': readString(read, 'dvc-file'),
    cmd: read.get('cmd')?.trim() || undefined,
    name: readString(read, 'name', 'train'),
    deps: readList(read, 'deps'),
    params: readList(read, 'params'),
    outs: readList(read, 'outs'),
    metrics: readList(read, 'metrics'),
    plots: readList(read, 'plots'),
    env: readList(read, 'env'),
    'pass-env': readList(read, 'pass-env'),
    seed: readNumber(read, 'seed', 0, { min: 0, max: 4294967295, integer: true }),
    timeout: readString(read, 'timeout', '0'),
    verify: readBoolean(read, 'verify', false),
    shell: readString(read, 'shell'),
    cache: cache as TrainInputs['cache'],
    'cache-dir': readString(read, 'cache-dir', '.mlci/cache'),
    'cache-registry': readString(read, 'cache-registry'),
    'cache-registry-username': readString(read, 'cache-registry-username'),
    'cache-registry-password': readString(read, 'cache-registry-password'),
    'github-token': readString(read, 'github-token'),
    force: readBoolean(read, 'force', false),
    downstream: readBoolean(read, 'downstream', false),
    'keep-going': readBoolean(read, 'keep-going', false),
    record: readString(read, 'record', '.mlci/run-record.json'),
    'allow-untrusted-code': readBoolean(read, 'allow-untrusted-code', false),
    lock: lock as TrainInputs['lock'],
    'frozen-lock': readBoolean(read, 'frozen-lock', false),
  };
}
