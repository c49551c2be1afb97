import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DataError, messageOf, UsageError } from '../../core/errors.js';
import { resolveBaseline } from '../../core/metrics/baseline.js';
import { compareMetrics as compare } from '../../core/metrics/compare.js';
import { ImpossibleComparisonError } from '../../core/metrics/errors.js';
import { fingerprintBytes } from '../../core/metrics/fingerprint.js';
import { serializeReport } from '../../core/metrics/report.js';
import { type MetricRule, parseRules } from '../../core/metrics/rules.js';
import { renderSummary } from '../../core/metrics/summary.js';
import { loadConfig } from '../../config/loader.js';
import { COMPARISON_REPORT_VERSION } from '../../core/metrics/report.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import { keepReportCurrent } from '../../platform/fs/report-file.js';
import type { ActionIO } from '../../platform/io.js';
import { progressOrLog } from '../../platform/terminal/progress.js';
import { withAcceptances } from './acceptances.js';
import { type CompareInputs, getCompareInputs } from './inputs.js';
import { baselineSources, readNamed } from './sources.js';

/** `mlci compare-metrics`: resolve the baseline, compare, write the report, outputs and summary; exit 1 on a failed gate. */
export async function compareMetrics(io: ActionIO): Promise<void> {
  const inputs = getCompareInputs(io.inputs);
  await checkRunPaths(
    io,
    { report: inputs.report },
    {
      candidate: inputs.candidate,
      predictions: inputs.predictions,
      baseline: inputs.baseline,
      'baseline-predictions': inputs['baseline-predictions'],
      config: inputs.config,
      'eval-data': inputs['eval-data'],
    },
  );
  await keepReportCurrent(
    resolve(io.cwd, inputs.report),
    { kind: 'mlci/comparison-report', version: COMPARISON_REPORT_VERSION },
    () => compareWith(io, inputs),
  );
}

async function compareWith(io: ActionIO, inputs: CompareInputs): Promise<void> {
  const rules = await readRules(io, inputs);
  const candidate = {
    metrics: inputs.candidate ? await readNamed(io, inputs.candidate, 'candidate') : undefined,
    predictions: inputs.predictions ? await readNamed(io, inputs.predictions, 'predictions') : undefined,
    evalData: inputs['eval-data']
      ? fingerprintBytes(await readFile(resolve(io.cwd, inputs['eval-data'])))
      : undefined,
  };
  if (!candidate.metrics && !candidate.predictions) {
    throw new UsageError('give the candidate `candidate` (a metrics file), `predictions`, or both');
  }
  const sources = await baselineSources(io, inputs);
  const baseline = await io.log.group('Resolving the baseline', async () => {
    const resolved = await resolveBaseline(inputs['baseline-order'], sources);
    for (const step of resolved.searched) io.log.info(`${step.source}: ${step.outcome} — ${step.reason}`);
    return resolved;
  });
  const progress = bootstrapProgress(io);
  const compared = await compare({
    candidate,
    baseline,
    rules,
    options: {
      onResamples: progress.add,
      mode: inputs.mode,
      alpha: inputs.alpha,
      power: inputs.power,
      resamples: inputs.resamples,
      seed: inputs.seed,
      stratify: inputs.stratify,
      onInconclusive: inputs['on-inconclusive'],
      onNoBaseline: inputs['on-no-baseline'],
      allowDifferentTestSets: inputs['allow-different-test-sets'],
      evaluation: { task: inputs.task, positiveLabel: inputs['positive-label'], threshold: inputs.threshold },
    },
  }).finally(progress.end);
  const report = await withAcceptances(io, inputs, compared);
  await writeFileAtomic(resolve(io.cwd, inputs.report), serializeReport(report));
  for (const warning of report.warnings) io.log.warning(warning);
  for (const notice of report.notices) io.log.notice(notice);
  io.output('verdict', report.verdict);
  io.output('failed-metrics', report.failedMetrics.join(','));
  io.output('comparable', String(report.impossible.length === 0));
  io.output('report', inputs.report);
  io.output('baseline-source', report.baseline.source);
  await io.summary(renderSummary(report));
  if (report.impossible.length) {
    throw new ImpossibleComparisonError(`the comparison could not be made: ${report.impossible.join('; ')}`, {
      hint: `see ${inputs.report}; exit 2 means the inputs cannot be compared, not that the model got worse`,
    });
  }
  if (report.verdict === 'fail') {
    throw new DataError(`gate failed: ${report.reasons.join('; ')}`, {
      hint: `see ${inputs.report} and the job summary`,
    });
  }
  io.log.info(`gate passed (${report.metrics.filter((m) => m.role === 'gated').length} gated metric(s))`);
}

/**
 * Rules from the `rules` input and from mlci.yml's `compare-metrics.gate`; one metric in both is an
 * error. Also the rules release re-checks the gate with.
 */
export async function readRules(
  io: ActionIO,
  inputs: Pick<CompareInputs, 'rules' | 'config'>,
): Promise<MetricRule[]> {
  let fromInput: MetricRule[] = [];
  if (inputs.rules?.trim()) {
    let value: unknown;
    try {
      value = parseYaml(inputs.rules);
    } catch (cause) {
      throw new UsageError(`input \`rules\` is not valid YAML: ${messageOf(cause).split('\n')[0]}`, {
        cause,
      });
    }
    fromInput = parseRules(value, { file: 'input `rules`' });
  }
  const configPath = resolve(io.cwd, inputs.config);
  let fromConfig: MetricRule[] = [];
  if (existsSync(configPath)) {
    const config = await loadConfig(configPath);
    const section = config.value['compare-metrics'] as Record<string, unknown> | undefined;
    if (section?.gate !== undefined) {
      fromConfig = parseRules(section.gate, {
        file: inputs.config,
        ...config.locate(['compare-metrics', 'gate']),
      });
    }
  }
  const both = fromInput.filter((rule) => fromConfig.some((other) => other.metric === rule.metric));
  if (both.length) {
    throw new UsageError(
      `rules for ${both.map((r) => `\`${r.metric}\``).join(', ')} are given both in \`rules\` and in ${inputs.config} (compare-metrics.gate)`,
      {
        hint: 'keep each metric in one place',
      },
    );
  }
  return [...fromConfig, ...fromInput];
}

/**
 * The bootstrap's progress: resamples drawn so far (every metric's, summed), as the updating line on a
 * terminal, else a log line every 10 s of a long run; nothing for a run shorter than that.
 */
function bootstrapProgress(io: ActionIO): { add(count: number): void; end(): void } {
  const task = progressOrLog(io.progress, (line) => io.log.info(line), {
    label: 'bootstrap',
    unit: 'resamples',
    everyMs: 10_000,
    line: (done, seconds) =>
      `bootstrap: ${done.toLocaleString('en-US')} resamples (${Math.round(done / seconds).toLocaleString('en-US')}/s)`,
  });
  let done = 0;
  return {
    add: (count) => {
      done += count;
      task.update(done);
    },
    end: task.end,
  };
}
