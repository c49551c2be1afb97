import { DataError, messageOf } from '../../core/errors.js';
import type { Acceptance } from '../../core/metrics/acceptance.js';
import type { ResolvedBaseline } from '../../core/metrics/baseline.js';
import { compareMetrics } from '../../core/metrics/compare.js';
import type { ComparisonReport } from '../../core/metrics/report.js';
import { decideRelease, type ReleaseDecision } from '../../core/release/decision.js';
import { serializeRecord } from '../../core/release/record.js';
import { readAcceptances } from '../../platform/github/acceptances.js';
import { downloadAsset, type StoredRecord } from '../../platform/github/release-records.js';
import type { ActionIO } from '../../platform/io.js';
import { readRules } from '../compare-metrics/compare-metrics.js';
import { getCompareInputs } from '../compare-metrics/inputs.js';
import type { FoundCandidate } from './candidate.js';
import type { ReleaseContext } from './context.js';
import type { ReleaseInputs } from './inputs.js';

/** The gate re-run and what it decides, with the comparison report for the summary. */
export interface GateResult {
  readonly report: ComparisonReport;
  readonly decision: ReleaseDecision;
}

/**
 * Re-checks the candidate against the current production record with compare-metrics' own code and
 * rules (`rules` / mlci.yml), paired when production's predictions asset is there, then decides with
 * the acceptances recorded for this exact commit and the `accept` input.
 */
export async function recheckGate(
  io: ActionIO,
  ctx: ReleaseContext,
  inputs: ReleaseInputs,
  candidate: FoundCandidate,
  production: StoredRecord | undefined,
  commit: string,
): Promise<GateResult> {
  if (!candidate.metrics && !candidate.predictions) {
    throw new DataError(
      `the candidate (${candidate.source}) has no metrics to gate: no mlci/run-record, metrics file or predictions`,
      {
        hint: 'upload the run record (or metrics.json) and predictions.jsonl in the candidate artifact',
      },
    );
  }
  const gate = getCompareInputs(io.inputs);
  const rules = await readRules(io, gate);
  const baseline = await productionBaseline(ctx, inputs, production);
  const report = await compareMetrics({
    candidate: { metrics: candidate.metrics, predictions: candidate.predictions },
    baseline,
    rules,
    options: {
      mode: gate.mode,
      alpha: gate.alpha,
      power: gate.power,
      resamples: gate.resamples,
      seed: gate.seed,
      stratify: gate.stratify,
      onInconclusive: gate['on-inconclusive'],
      onNoBaseline: 'pass',
      allowDifferentTestSets: gate['allow-different-test-sets'],
      evaluation: { task: gate.task, positiveLabel: gate['positive-label'], threshold: gate.threshold },
    },
  });
  const stored = report.verdict === 'fail' ? await acceptances(io, ctx, commit) : [];
  const accept = inputs.accept
    ? { reason: inputs.accept, by: ctx.actor ?? 'unknown', at: ctx.now() }
    : undefined;
  return { report, decision: decideRelease(report, commit, stored, accept) };
}

/** Production as compare-metrics' `release` source would find it, or "none" before the first release. */
async function productionBaseline(
  ctx: ReleaseContext,
  inputs: ReleaseInputs,
  production: StoredRecord | undefined,
): Promise<ResolvedBaseline> {
  if (!production) {
    return {
      searched: [{ source: 'release', outcome: 'not-found', reason: 'no production release recorded yet' }],
    };
  }
  const { release, record } = production;
  const asset = record.predictions
    ? release.assets.find((a) => a.name === record.predictions!.asset)
    : undefined;
  const predictions = asset
    ? { name: asset.name, text: (await downloadAsset(ctx.github, ctx.repo, asset.id)).toString('utf8') }
    : undefined;
  return {
    source: 'release',
    found: {
      metrics: { name: inputs['record-asset'], text: serializeRecord(record) },
      predictions,
      detail: { release: release.tag_name, asset: inputs['record-asset'] },
    },
    searched: [{ source: 'release', outcome: 'found', reason: `release ${release.tag_name}` }],
  };
}

/** Acceptances on the commit; unreadable ones (no `checks: read`) are a warning, not a pass. */
async function acceptances(io: ActionIO, ctx: ReleaseContext, commit: string): Promise<Acceptance[]> {
  try {
    return await readAcceptances(ctx.github, ctx.repo, commit);
  } catch (thrown) {
    io.log.warning(`cannot read acceptances of ${commit.slice(0, 12)}: ${messageOf(thrown)}`);
    return [];
  }
}
