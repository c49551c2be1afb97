import { resolve } from 'node:path';
import { repositoryClient } from '../../platform/github/repository-client.js';
import { compareProfiles } from '../../core/data/drift/drift.js';
import { createProfiler, type DataProfile } from '../../core/data/profile/profiler.js';
import { buildReport } from '../../core/data/validate/report.js';
import { DataError, UsageError } from '../../core/errors.js';
import { buildEvaluation } from '../../core/metrics/evaluation.js';
import { parseMetricsFile } from '../../core/metrics/read/metrics-file.js';
import { COLUMNS, type PredictionRow, parsePredictions } from '../../core/metrics/read/predictions-file.js';
import { dataQualityFinding, driftFinding, predictionDrift } from '../../core/monitor/findings.js';
import { incidentMarker, planIncident } from '../../core/monitor/incident.js';
import { liveMetrics } from '../../core/monitor/live-metrics.js';
import { joinLabels, pick, readRecords } from '../../core/monitor/records.js';
import { renderMonitorReport } from '../../core/monitor/render.js';
import {
  type Finding,
  type FindingKind,
  type IncidentOutcome,
  type MonitorReport,
  MONITOR_REPORT_VERSION,
  monitorHeader,
  overallStatus,
} from '../../core/monitor/report.js';
import { decodeState, type RunPoint } from '../../core/monitor/state.js';
import { resolveDataFiles } from '../../platform/data/files.js';
import { applyIncident, findIncident } from '../../platform/github/incidents.js';
import { actingLogin } from '../../platform/github/marked.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import { keepReportCurrent } from '../../platform/fs/report-file.js';
import { readInputText } from '../../platform/fs/read-input.js';
import type { ActionIO } from '../../platform/io.js';
import { validateFiles } from '../validate-data/validate-files.js';
import { readValidationInputs } from '../validate-data/validation-inputs.js';
import { getMonitorInputs, type MonitorInputs } from './inputs.js';

/**
 * `mlci monitor`: checks a fresh production sample (schema and quality, drift against the reference
 * profile, prediction drift, live metrics against the production release), writes the report, and
 * keeps one incident issue per model and finding kind opened, updated and closed.
 */
export async function monitor(io: ActionIO): Promise<void> {
  const inputs = getMonitorInputs(io.inputs);
  await checkRunPaths(
    io,
    { report: inputs.report, out: inputs.out },
    {
      data: inputs.data.filter((p) => !/[*?[{]/.test(p)),
      schema: inputs.schema,
      'reference-profile': inputs['reference-profile'],
      checks: inputs.checks,
      predictions: inputs.predictions,
      labels: inputs.labels,
      'reference-predictions': inputs['reference-predictions'],
      'release-record': inputs['release-record'],
    },
  );
  await keepReportCurrent(
    resolve(io.cwd, inputs.report),
    { kind: 'mlci/monitor-report', version: MONITOR_REPORT_VERSION },
    () => monitorRun(io, inputs),
  );
}

async function monitorRun(io: ActionIO, inputs: MonitorInputs): Promise<void> {
  if (!inputs.data.length && !inputs.predictions)
    throw new UsageError('nothing to monitor: give `data` (a production sample) and/or `predictions`');
  const at = new Date().toISOString();
  const model = inputs.model ?? io.env.GITHUB_REPOSITORY?.split('/')[1] ?? 'model';

  const data = inputs.data.length ? await checkData(io, inputs) : undefined;
  const predictions = inputs.predictions ? await checkPredictions(io, inputs) : undefined;
  const findings: Finding[] = [
    data?.quality ?? skipped('data-quality', 'no production sample given'),
    data?.drift || predictions?.drift.length
      ? driftFinding(data?.drift, predictions?.drift ?? [])
      : skipped('drift', 'no reference profile or reference predictions given'),
    predictions?.live ?? skipped('live-metric', 'no labelled predictions and release record given'),
  ];

  const histories = new Map<FindingKind, readonly RunPoint[]>();
  const incidents = await reconcileIncidents(io, inputs, model, findings, at, histories);
  const report: MonitorReport = {
    ...monitorHeader(),
    model,
    status: overallStatus(findings),
    at,
    sample: { files: data?.files ?? [], rows: data?.rows ?? 0 },
    reference: { profile: inputs['reference-profile'] ?? null, release: inputs['release-record'] ?? null },
    findings,
    incidents,
  };
  const markdown = renderMonitorReport(report, histories);
  await writeFileAtomic(resolve(io.cwd, inputs.report), `${JSON.stringify(report, null, 2)}\n`);
  if (inputs.out) await writeFileAtomic(resolve(io.cwd, inputs.out), markdown);
  const open = incidents
    .filter((i) => i.issue && ['opened', 'reopened', 'commented', 'updated'].includes(i.action))
    .map((i) => i.issue!.number);
  io.output('status', report.status);
  io.output('open-incidents', open.join(','));
  io.output('report', inputs.report);
  for (const finding of findings.filter((f) => f.status === 'fail'))
    io.log.warning(`${finding.kind}: ${finding.summary}`, { title: `mlci monitor: ${model}` });
  await io.summary(markdown);
  if (inputs['fail-on-incident'] && (report.status === 'fail' || open.length > 0))
    throw new DataError(
      report.status === 'fail'
        ? `monitoring found: ${findings
            .filter((f) => f.status === 'fail')
            .map((f) => f.kind)
            .join(', ')}`
        : `incident(s) still open: ${open.map((n) => `#${n}`).join(', ')}`,
      { hint: `details in ${inputs.report} and the job summary` },
    );
}

function skipped(kind: FindingKind, why: string): Finding {
  return { kind, status: 'skipped', summary: why, figures: [] };
}

/** Schema, quality and drift of the sample, with validate-data's readers, checks and profiles. */
async function checkData(io: ActionIO, inputs: MonitorInputs) {
  const files = resolveDataFiles(inputs.data, io.cwd);
  const { schema, checks, reference } = await readValidationInputs(io.cwd, inputs);
  const referencePath = inputs['reference-profile'];
  if (reference && schema?.table) {
    const fields = new Set(schema.table.fields.map((f) => f.name));
    const strangers = reference.columns.map((c) => c.name).filter((name) => !fields.has(name));
    if (strangers.length > 0)
      throw new UsageError(
        `the reference profile has column(s) the schema does not: ${strangers.slice(0, 5).join(', ')}`,
        {
          where: { file: referencePath! },
          hint: 'the profile and the schema must describe the same version of the data: use the pair of the model in production',
        },
      );
  }
  const result = await io.log.group(`Checking ${files.length} sample file(s)`, () =>
    validateFiles({
      files,
      format: inputs.format,
      delimiter: inputs.delimiter,
      header: inputs.header,
      schema,
      checks,
      maxErrors: 100,
      workers: 0,
      createProfiler: reference ? (table) => createProfiler(table.fields, { reference }) : undefined,
      reference,
      log: io.log,
    }),
  );
  const validation = buildReport({
    files: result.files,
    durationMs: 0,
    errors: result.errors,
    checks: result.checks,
    fields: result.fields,
  });
  const rows = validation.stats.rows;
  if (rows === 0)
    throw new UsageError('the production sample is empty', {
      where: { file: files[0]!.path },
      hint: 'check the step that fetches the sample: monitoring an empty sample would report nothing',
    });
  const table = schema?.table;
  const headerErrors =
    (validation.errorCounts['missing-label'] ?? 0) + (validation.errorCounts['incorrect-label'] ?? 0);
  if (table && headerErrors >= table.fields.length)
    throw new UsageError(
      "the sample has none of the schema's columns: it is not the data this model serves",
      {
        where: { file: files[0]!.path },
        hint: `the schema ${inputs.schema} names ${table.fields
          .map((f) => f.name)
          .slice(0, 5)
          .join(', ')}…`,
      },
    );
  const profile = result.profile as DataProfile | undefined;
  const drift = reference && profile ? compareProfiles(reference, profile, checks.drift ?? {}) : undefined;
  return { files: files.map((f) => f.path), rows, quality: dataQualityFinding(validation), drift };
}

/** Prediction drift against the reference predictions, and live metrics when labels are there. */
async function checkPredictions(io: ActionIO, inputs: MonitorInputs) {
  const path = inputs.predictions!;
  const text = await readInputText(io.cwd, path, 'predictions');
  const records = readRecords(text, path);
  if (records.length === 0) throw new UsageError('the predictions file is empty', { where: { file: path } });
  const toRows = (recs: typeof records): PredictionRow[] =>
    recs.map((r) => {
      const prediction = pick(r, COLUMNS.prediction);
      const score = pick(r, COLUMNS.score);
      return {
        id: String(r.line),
        label: '',
        prediction: prediction === undefined || prediction === null ? undefined : String(prediction),
        score: score === undefined || score === null || score === '' ? undefined : Number(score),
        line: r.line,
      };
    });
  let drift: ReturnType<typeof predictionDrift> = [];
  const referencePath = inputs['reference-predictions'];
  if (referencePath) {
    const reference = readRecords(
      await readInputText(io.cwd, referencePath, 'reference predictions'),
      referencePath,
    );
    drift = predictionDrift(toRows(reference), toRows(records));
  }
  let live: Finding | undefined;
  const recordPath = inputs['release-record'];
  if (recordPath) {
    let labelled: PredictionRow[];
    let shown = path;
    if (inputs.labels) {
      const labels = readRecords(await readInputText(io.cwd, inputs.labels, 'labels'), inputs.labels);
      const joined = joinLabels(records, path, labels, inputs.labels);
      if (joined.unlabelled > 0)
        io.log.info(`${joined.unlabelled} prediction(s) have no label yet and are left out`);
      shown = `${path} joined with ${inputs.labels}`;
      labelled = parsePredictions(joined.labelled, shown);
    } else labelled = parsePredictions(text, path);
    const production = parseMetricsFile(
      await readInputText(io.cwd, recordPath, 'release record'),
      recordPath,
    );
    const evaluation = buildEvaluation(labelled, shown, {
      task: inputs.task,
      positiveLabel: inputs['positive-label'],
      threshold: inputs.threshold,
    });
    live = liveMetrics(evaluation, Object.fromEntries(production.values), {
      metrics: inputs.metrics,
      tolerance: inputs['metric-tolerance'],
      resamples: inputs.resamples,
      confidence: inputs.confidence,
      seed: inputs.seed,
      productionFile: recordPath,
    });
  }
  return { drift, live };
}

/**
 * One incident issue per model and finding kind. Reaching GitHub is best effort: a failure is a
 * warning, the finding stays in the report and the summary, and the next run reconciles.
 */
async function reconcileIncidents(
  io: ActionIO,
  inputs: MonitorInputs,
  model: string,
  findings: readonly Finding[],
  now: string,
  histories: Map<FindingKind, readonly RunPoint[]>,
): Promise<IncidentOutcome[]> {
  const github = repositoryClient(io, inputs.token);
  if (!inputs.incidents) return [];
  if (!github) {
    io.log.info('no GITHUB_REPOSITORY or token: incidents are not tracked (the report has every finding)');
    return [];
  }
  const {
    client,
    repo: { owner, repo },
  } = github;
  const outcomes: IncidentOutcome[] = [];
  let author: string;
  try {
    author = await actingLogin(client, inputs['bot-login']);
  } catch (thrown) {
    io.log.warning(
      `cannot reach GitHub, incidents not updated: ${String((thrown as Error).message ?? thrown)}`,
    );
    return findings
      .filter((f) => f.status !== 'skipped')
      .map((f) => ({ kind: f.kind, action: 'unreachable' }));
  }
  for (const finding of findings) {
    if (finding.status === 'skipped') continue;
    const target = {
      client,
      repo: { owner, repo },
      mark: incidentMarker(model, finding.kind),
      author,
      labels: inputs['issue-labels'],
      assignees: inputs.assignees,
    };
    try {
      const existing = await findIncident(target);
      const plan = planIncident(
        finding,
        existing,
        {
          model,
          closeAfter: inputs['close-after'],
          reopenWithinMs: inputs['reopen-within'],
          mentions: inputs.mention,
        },
        now,
      );
      if (plan.state) histories.set(finding.kind, plan.state.history);
      else if (existing) histories.set(finding.kind, decodeState(existing.body, finding.kind)?.history ?? []);
      outcomes.push(await applyIncident(target, finding.kind, plan, existing));
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      io.log.warning(`incident for ${finding.kind} not updated: ${message}`);
      outcomes.push({ kind: finding.kind, action: 'unreachable', detail: message });
    }
  }
  return outcomes;
}
