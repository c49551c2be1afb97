import { spec as buildImageSpec } from './build-image/spec.js';
import { spec as commandsSpec } from './commands/spec.js';
import { spec as compareMetricsSpec } from './compare-metrics/spec.js';
import { spec as monitorSpec } from './monitor/spec.js';
import { spec as releaseSpec } from './release/spec.js';
import { spec as reportSpec } from './report/spec.js';
import type { Command } from './run-action.js';
import type { CommandSpec } from './spec.js';
import { spec as trainSpec } from './train/spec.js';
import { spec as validateDataSpec } from './validate-data/spec.js';

export interface Registered {
  readonly spec: CommandSpec;
  readonly run: Command;
}

/**
 * A command whose module is imported on first call. The specs stay static (small, no dependencies);
 * the implementations load per command, so `mlci --version` or `mlci fingerprint` never parse the
 * code of the other commands (ncc turns each dynamic import into its own chunk of the bundle).
 */
export function lazyCommand<M>(load: () => Promise<M>, pick: (module: M) => Command): Command {
  return async (io) => pick(await load())(io);
}

/** The capabilities, in pipeline order: each has an action (actions/<name>) and a CLI command. */
export const CAPABILITIES: readonly Registered[] = [
  {
    spec: validateDataSpec,
    run: lazyCommand(
      () => import('./validate-data/validate-data.js'),
      (m) => m.validateData,
    ),
  },
  {
    spec: trainSpec,
    run: lazyCommand(
      () => import('./train/train.js'),
      (m) => m.train,
    ),
  },
  {
    spec: compareMetricsSpec,
    run: lazyCommand(
      () => import('./compare-metrics/compare-metrics.js'),
      (m) => m.compareMetrics,
    ),
  },
  {
    spec: buildImageSpec,
    run: lazyCommand(
      () => import('./build-image/build-image.js'),
      (m) => m.buildImage,
    ),
  },
  {
    spec: reportSpec,
    run: lazyCommand(
      () => import('./report/report.js'),
      (m) => m.report,
    ),
  },
  {
    spec: releaseSpec,
    run: lazyCommand(
      () => import('./release/release.js'),
      (m) => m.release,
    ),
  },
  {
    spec: monitorSpec,
    run: lazyCommand(
      () => import('./monitor/monitor.js'),
      (m) => m.monitor,
    ),
  },
  {
    spec: commandsSpec,
    run: lazyCommand(
      () => import('./commands/commands.js'),
      (m) => m.commands,
    ),
  },
];
