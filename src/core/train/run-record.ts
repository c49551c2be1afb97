import type { ReportHeader } from '../report-envelope.js';
import { MLCI_VERSION } from '../version.js';
import type { FingerprintInputs } from './fingerprint.js';
import type { MetricValue } from './metrics.js';
import type { OutputFile, Reproducibility } from './verify.js';

/** Version of the run record's shape (see docs/train.md); adding fields does not bump it. */
export const RUN_RECORD_VERSION = 1;

/** Resource use of a stage's command, with how it was measured (honest about what each platform gives). */
export interface ResourceUse {
  /** Peak resident memory of the largest process of the command's tree, in bytes; null if unknown. */
  readonly peakRssBytes: number | null;
  readonly cpuUserMs: number | null;
  readonly cpuSystemMs: number | null;
  /** e.g. 'linux: /proc VmHWM sampled every 100 ms; CPU from the reaped children's times'. */
  readonly method: string;
}

/** Where a stage's outputs came from in the cache, and what happened to saving them. */
export interface CacheUse {
  readonly key: string;
  readonly hit: boolean;
  /** 'local', 'github-actions' or 'registry' on a hit; null on a miss. */
  readonly source: string | null;
  /** 'saved', 'exists', 'skipped: <why>', 'failed: <why>', or null when nothing was saved (hit, failure). */
  readonly save: string | null;
}

/** One stage of a run: the lineage later actions (compare, image, release) carry forward. */
export interface StageRecord {
  readonly stage: string;
  readonly status: 'ran' | 'cached' | 'frozen' | 'failed' | 'skipped';
  readonly fingerprint: string | null;
  readonly inputs: FingerprintInputs | null;
  readonly cache: CacheUse | null;
  readonly exitCode: number | null;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly durationMs: number;
  readonly outputs: readonly OutputFile[];
  /** Per metrics file, its numeric values flattened to dotted keys. */
  readonly metrics: Readonly<Record<string, Readonly<Record<string, MetricValue>>>>;
  readonly resources: ResourceUse | null;
  readonly verify: Reproducibility | null;
  readonly error: string | null;
}

/** The report of `mlci train` (kind mlci/run-record). */
export interface RunRecord extends ReportHeader<'mlci/run-record'> {
  readonly status: 'passed' | 'failed';
  readonly git: { readonly commit: string | null; readonly ref: string | null };
  readonly trigger: {
    readonly actor: string | null;
    readonly event: string | null;
    readonly runId: string | null;
  };
  readonly startedAt: string;
  readonly endedAt: string;
  readonly durationMs: number;
  readonly stages: readonly StageRecord[];
}

/** Builds the record in one step from the run's facts. */
export function buildRunRecord(facts: Omit<RunRecord, 'kind' | 'version' | 'tool' | 'status'>): RunRecord {
  const failed = facts.stages.some((stage) => stage.status === 'failed');
  return {
    kind: 'mlci/run-record',
    version: RUN_RECORD_VERSION,
    tool: { name: 'mlci', version: MLCI_VERSION },
    status: failed ? 'failed' : 'passed',
    ...facts,
  };
}

/** The stage records of a previous run record file's value, by stage, or an empty map if it is not one. */
export function previousStages(value: unknown): Map<string, StageRecord> {
  const record = value as Partial<RunRecord> | undefined;
  if (record?.kind !== 'mlci/run-record' || !Array.isArray(record.stages)) return new Map();
  return new Map(record.stages.filter((stage) => stage.inputs).map((stage) => [stage.stage, stage]));
}
