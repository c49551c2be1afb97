import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { MlciCommand } from '../../core/commands/grammar.js';
import {
  candidateMetricsText,
  directionRules,
  type HeadReport,
  readHeadReport,
} from '../../core/commands/recompare.js';
import { noComparisonReply } from '../../core/commands/replies.js';
import type { BaselineFound, NamedText, ResolvedBaseline } from '../../core/metrics/baseline.js';
import { artifactNames } from '../../core/metrics/baseline-ref.js';
import { compareMetrics } from '../../core/metrics/compare.js';
import { type MetricRule, parseRules } from '../../core/metrics/rules.js';
import { renderSummary } from '../../core/metrics/summary.js';
import { escapeMarkdown, inlineCode } from '../../core/text/markdown.js';
import { loadConfig } from '../../config/loader.js';
import { artifactSource } from '../../platform/github/baseline-artifact.js';
import { artifactFile, comparisonArtifactAt, type WorkflowRun } from '../../platform/github/pr-runs.js';
import { pullRequestHead } from '../../platform/github/pull-request.js';
import { releaseBaseline } from '../../platform/github/release-by-tag.js';
import { METRICS_NAMES, PREDICTIONS_NAMES } from '../compare-metrics/sources.js';
import type { CommandContext, Handled } from './context.js';

/** The artifact default-branch runs upload for compare-metrics' artifact source. */
const BASELINE_ARTIFACT = 'mlci-baseline';

/**
 * `/mlci compare <ref>`: the head commit's comparison inputs (from its comparison artifact) against
 * another baseline — the production record of the release tagged `ref`, or the default branch's
 * baseline artifact at commit `ref` — through the same compare-metrics core, replied as its summary.
 * Nothing is stored and no gate changes: it is a view for the reviewer.
 */
export async function compare(
  ctx: CommandContext,
  command: Extract<MlciCommand, { verb: 'compare' }>,
): Promise<Handled> {
  const { client, repo, comment, inputs, io } = ctx;
  const pr = await pullRequestHead(client, repo, comment.pullRequest);
  const artifact = await comparisonArtifactAt(client, repo, pr.sha, {
    artifact: inputs['artifact-name'],
    workflow: inputs.workflow,
  });
  if (typeof artifact === 'string')
    return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, artifact) };
  const reportText = artifactFile(artifact.files, inputs['report-name']);
  const head =
    reportText === undefined ? `the artifact has no ${inputs['report-name']}` : readHeadReport(reportText);
  if (typeof head === 'string') return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, head) };

  const candidate = candidateOf(head, artifact.files);
  const found =
    command.refKind === 'tag'
      ? await releaseBaseline(client, repo, command.ref, inputs['release-asset'])
      : await commitBaseline(ctx, command.ref, head);
  if (typeof found === 'string') {
    return {
      outcome: 'invalid',
      reply: `ℹ️ No baseline at ${inlineCode(command.ref)}: ${escapeMarkdown(found, 300)}. Nothing was changed.`,
    };
  }
  const source = command.refKind === 'tag' ? 'release' : 'artifact';
  const baseline: ResolvedBaseline = {
    source,
    found,
    searched: [{ source, outcome: 'found', reason: command.ref }],
  };
  const { rules, from } = await rulesFor(ctx, head);
  io.log.info(`compare: head ${pr.sha} against ${command.refKind} ${command.ref} (rules from ${from})`);
  const report = await compareMetrics({
    candidate: { metrics: candidate.metrics, predictions: candidate.predictions },
    baseline,
    rules,
    options: {
      mode: head.gate.mode,
      alpha: head.gate.alpha,
      power: head.gate.power,
      resamples: head.resamples,
      seed: head.seed,
      stratify: 'auto',
      onInconclusive: head.gate.onInconclusive,
      onNoBaseline: 'pass',
      allowDifferentTestSets: false,
      evaluation: { task: 'auto', threshold: 0.5 },
    },
  });
  const notes = [
    `Head ${inlineCode(pr.sha.slice(0, 12))} against the ${command.refKind} ${inlineCode(command.ref)}; candidate: ${escapeMarkdown(candidate.what)}; rules: ${escapeMarkdown(from)}. A view only: no gate or check changed.`,
  ];
  return { outcome: 'done', reply: `${notes.join('\n')}\n\n${renderSummary(report)}` };
}

/** The candidate's predictions and metrics files when the artifact has them, else the report's values. */
function candidateOf(
  head: HeadReport,
  files: ReadonlyMap<string, Uint8Array>,
): { metrics?: NamedText; predictions?: NamedText; what: string } {
  const named = (path: string | null) => {
    const text = path ? artifactFile(files, basename(path)) : undefined;
    return text === undefined ? undefined : { name: basename(path!), text };
  };
  const predictions = named(head.predictionsFile);
  const metrics = named(head.metricsFile);
  if (predictions || metrics) {
    return {
      metrics,
      predictions,
      what: predictions ? 'its predictions (paired statistics)' : 'its metrics file',
    };
  }
  return {
    metrics: { name: 'candidate values of the comparison report', text: candidateMetricsText(head) },
    what: 'the values in its comparison report (point estimates: upload the predictions with the report for intervals)',
  };
}

/** The default branch's baseline artifact at `ref`; a short SHA is matched against its successful runs. */
async function commitBaseline(
  ctx: CommandContext,
  ref: string,
  head: HeadReport,
): Promise<BaselineFound | string> {
  const { client, repo, inputs } = ctx;
  let sha = ref;
  if (ref.length < 40) {
    const runs = await client.paginate<WorkflowRun>(
      'GET /repos/{owner}/{repo}/actions/runs',
      { ...repo, branch: ctx.defaultBranch, status: 'success' },
      'workflow_runs',
      { maxPages: 3, permission: 'actions: read' },
    );
    const matches = [...new Set(runs.map((run) => run.head_sha).filter((s) => s.startsWith(ref)))];
    if (matches.length !== 1) {
      return matches.length
        ? `${ref} is ambiguous: give more digits`
        : `no successful ${ctx.defaultBranch} run at a commit starting ${ref}`;
    }
    sha = matches[0]!;
  }
  return artifactSource(client, {
    ...repo,
    branch: ctx.defaultBranch,
    sha: async () => sha,
    artifact: BASELINE_ARTIFACT,
    workflow: inputs.workflow,
    metricsNames: artifactNames(head.metricsFile ?? undefined, METRICS_NAMES),
    predictionsNames: artifactNames(head.predictionsFile ?? undefined, PREDICTIONS_NAMES),
  }).find();
}

/** Rules of mlci.yml's `compare-metrics.gate` when the workspace has it, else the head's directions. */
async function rulesFor(
  ctx: CommandContext,
  head: HeadReport,
): Promise<{ rules: MetricRule[]; from: string }> {
  const path = resolve(ctx.io.cwd, ctx.inputs.config);
  if (existsSync(path)) {
    const config = await loadConfig(path);
    const gate = (config.value['compare-metrics'] as Record<string, unknown> | undefined)?.gate;
    if (gate !== undefined) {
      return {
        rules: parseRules(gate, { file: ctx.inputs.config, ...config.locate(['compare-metrics', 'gate']) }),
        from: ctx.inputs.config,
      };
    }
  }
  return {
    rules: parseRules(directionRules(head), { file: 'the head comparison report' }),
    from: 'the directions of the head comparison (no mlci.yml gate: margins and floors not applied)',
  };
}
