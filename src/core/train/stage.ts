import type { Where } from '../errors.js';

/** A stage name: also part of cache keys, so no commas or spaces (actions/cache rejects commas in keys). */
export const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Params a stage reads: keys of a params file (all keys when `keys` is undefined), or inline values. */
export type ParamsSource =
  | { readonly kind: 'file'; readonly file: string; readonly keys?: readonly string[] }
  | { readonly kind: 'inline'; readonly values: Readonly<Record<string, unknown>> };

/** The shells a stage command can run in; each is spawned with the flags GitHub's `shell:` uses. */
export const SHELLS = ['bash', 'sh', 'pwsh', 'powershell', 'cmd'] as const;
/** One of SHELLS. */
export type Shell = (typeof SHELLS)[number];

/**
 * One training stage, as declared in mlci.yml, dvc.yaml or action inputs. Paths are relative to `wdir`,
 * which is relative to the workspace; `where` says where it was declared, for errors.
 */
export interface Stage {
  readonly name: string;
  readonly cmd: string;
  /** Files, directories or globs the command reads. */
  readonly deps: readonly string[];
  readonly params: readonly ParamsSource[];
  /** Files or directories the command writes: cached and restored. */
  readonly outs: readonly string[];
  /** Metrics files (JSON or YAML) the command writes: outputs whose numbers go into the run record. */
  readonly metrics: readonly string[];
  /** Plot data files the command writes: outputs, carried for the report action. */
  readonly plots: readonly string[];
  /** Names of environment variables whose values matter: passed to the command and fingerprinted. */
  readonly env: readonly string[];
  /** Names of environment variables passed through but not fingerprinted (tokens, log levels). */
  readonly passEnv: readonly string[];
  readonly dependsOn: readonly string[];
  /** Seconds; 0 means no limit. */
  readonly timeout: number;
  readonly seed: number;
  readonly verify: boolean;
  /** Undefined: bash on Linux and macOS, pwsh on Windows. */
  readonly shell?: Shell;
  /** Programs whose `--version` goes into the fingerprint, beyond those named in `cmd`. */
  readonly tools: readonly string[];
  /** Working directory of the command, relative to the workspace ('.' by default). */
  readonly wdir: string;
  /** Outputs left in place before the command runs (DVC `persist: true`): checkpoints a run resumes from. */
  readonly persist?: readonly string[];
  /** Never run: outputs come from the cache, or are used as they are in the workspace (DVC `frozen`). */
  readonly frozen?: boolean;
  /** Run even when the cache holds outputs for the fingerprint (DVC `always_changed`). */
  readonly alwaysChanged?: boolean;
  readonly where?: Where;
}

/** Every path a stage writes: outs, metrics and plots, in declaration order and without repeats. */
export function stageOutputs(stage: Stage): string[] {
  return [...new Set([...stage.outs, ...stage.metrics, ...stage.plots])];
}

/** Defaults of a stage's optional fields, each with its reason. */
export const STAGE_DEFAULTS = {
  timeout: 0, // no limit of our own: the job's `timeout-minutes` still applies
  seed: 0, // PYTHONHASHSEED=0 disables hash randomisation, the common reproducibility setting
  verify: false, // verifying runs the command twice: opt-in
  wdir: '.',
} as const;
