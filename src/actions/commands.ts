import { buildImage } from './build-image/build-image.js';
import { spec as buildImageSpec } from './build-image/spec.js';
import { commands } from './commands/commands.js';
import { spec as commandsSpec } from './commands/spec.js';
import { compareMetrics } from './compare-metrics/compare-metrics.js';
import { spec as compareMetricsSpec } from './compare-metrics/spec.js';
import { monitor } from './monitor/monitor.js';
import { spec as monitorSpec } from './monitor/spec.js';
import { release } from './release/release.js';
import { spec as releaseSpec } from './release/spec.js';
import { report } from './report/report.js';
import { spec as reportSpec } from './report/spec.js';
import type { Command } from './run-action.js';
import type { CommandSpec } from './spec.js';
import { train } from './train/train.js';
import { spec as trainSpec } from './train/spec.js';
import { validateData } from './validate-data/validate-data.js';
import { spec as validateDataSpec } from './validate-data/spec.js';

export interface Registered {
  readonly spec: CommandSpec;
  readonly run: Command;
}

/** The capabilities, in pipeline order: each has an action (actions/<name>) and a CLI command. */
export const CAPABILITIES: readonly Registered[] = [
  { spec: validateDataSpec, run: validateData },
  { spec: trainSpec, run: train },
  { spec: compareMetricsSpec, run: compareMetrics },
  { spec: buildImageSpec, run: buildImage },
  { spec: reportSpec, run: report },
  { spec: releaseSpec, run: release },
  { spec: monitorSpec, run: monitor },
  { spec: commandsSpec, run: commands },
];
