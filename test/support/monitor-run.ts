import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitor } from '../../src/actions/monitor/monitor.js';
import { MlciError } from '../../src/core/errors.js';
import type { MonitorReport } from '../../src/core/monitor/report.js';
import type { ActionIO } from '../../src/platform/io.js';

export interface MonitorRun {
  readonly exitCode: number;
  readonly error?: MlciError;
  readonly report?: MonitorReport;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly warnings: string[];
}

/** Writes `files` into `dir` and runs the monitor command there in-process, as a scheduled step would. */
export async function runMonitor(
  dir: string,
  inputs: Record<string, string>,
  env: Readonly<Record<string, string>> = {},
  files: Record<string, string> = {},
): Promise<MonitorRun> {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const outputs: Record<string, string> = {};
  const warnings: string[] = [];
  let summary = '';
  const io: ActionIO = {
    inputs: { get: (name) => inputs[name] || undefined },
    log: {
      info: () => {},
      debug: () => {},
      notice: () => {},
      warning: (message) => warnings.push(message),
      error: (message) => warnings.push(message),
      group: (_name, work) => work(),
    },
    env,
    cwd: dir,
    output: (name, value) => {
      outputs[name] = value;
    },
    summary: async (markdown) => {
      summary += markdown;
    },
    setSecret: () => {},
  };
  let exitCode = 0;
  let error: MlciError | undefined;
  try {
    await monitor(io);
  } catch (thrown) {
    if (!(thrown instanceof MlciError)) throw thrown;
    error = thrown;
    exitCode = thrown.exitCode;
  }
  let report: MonitorReport | undefined;
  try {
    report = JSON.parse(
      readFileSync(join(dir, inputs.report ?? '.mlci/monitor-report.json'), 'utf8'),
    ) as MonitorReport;
  } catch {
    report = undefined;
  }
  return { exitCode, error, report, outputs, summary, warnings };
}
