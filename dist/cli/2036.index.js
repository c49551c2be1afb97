export const id = 2036;
export const ids = [2036];
export const modules = {

/***/ 58334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitor: () => (/* binding */ monitor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/platform/github/repository-client.js
var repository_client = __webpack_require__(73848);
// EXTERNAL MODULE: ./build/core/data/drift/drift.js + 3 modules
var drift_drift = __webpack_require__(15317);
// EXTERNAL MODULE: ./build/core/data/profile/profiler.js + 5 modules
var profiler = __webpack_require__(29310);
// EXTERNAL MODULE: ./build/core/data/validate/report.js
var report = __webpack_require__(47818);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/metrics/evaluation.js
var metrics_evaluation = __webpack_require__(91680);
// EXTERNAL MODULE: ./build/core/metrics/read/metrics-file.js + 1 modules
var metrics_file = __webpack_require__(69918);
// EXTERNAL MODULE: ./build/core/metrics/read/predictions-file.js
var predictions_file = __webpack_require__(3510);
// EXTERNAL MODULE: ./build/core/data/drift/metrics.js
var metrics = __webpack_require__(38398);
;// CONCATENATED MODULE: ./build/core/monitor/findings.js

/** Data quality of the fresh sample: each error type and each failing table check is a figure. */
function dataQualityFinding(report) {
    const figures = Object.entries(report.errorCounts).map(([type, count]) => ({
        key: `errors:${type}`,
        label: `${type} errors`,
        value: count,
        limit: 0,
        failing: count > 0,
        reason: `${count} ${type} error(s) in the sample`,
    }));
    for (const check of report.checks)
        figures.push(checkFigure(check));
    const failing = figures.filter((f) => f.failing);
    return {
        kind: 'data-quality',
        status: failing.length ? 'fail' : 'pass',
        summary: failing.length
            ? `${report.errorCount} error(s) and ${report.checks.filter((c) => !c.passed).length} failing check(s) in ${report.stats.rows} row(s)`
            : `${report.stats.rows} row(s) valid against the schema and checks`,
        figures,
    };
}
function checkFigure(check) {
    return {
        key: `check:${check.check}${check.field ? `:${check.field}` : ''}`,
        label: `${check.check}${check.field ? ` (${check.field})` : ''}`,
        value: check.observed ?? (check.passed ? 0 : 1),
        limit: null,
        failing: !check.passed,
        reason: check.passed ? undefined : check.message,
    };
}
const METRIC_ORDER = ['psi', 'jensenShannon', 'wasserstein', 'linf', 'chiSquareP'];
/** Data drift of each column against the reference profile, and prediction drift when measured. */
function driftFinding(data, predictions) {
    const figures = [];
    for (const column of data?.columns ?? []) {
        const metric = METRIC_ORDER.find((name) => column.metrics[name] !== undefined);
        figures.push({
            key: `drift:${column.name}`,
            label: metric ? `${column.name} (${metric})` : column.name,
            value: metric ? column.metrics[metric] : 0,
            limit: null,
            failing: column.drifted,
            reason: column.drifted ? column.reasons.join('; ') : undefined,
        });
    }
    figures.push(...predictions);
    const failing = figures.filter((f) => f.failing);
    return {
        kind: 'drift',
        status: failing.length ? 'fail' : 'pass',
        summary: failing.length
            ? `drift in ${failing.map((f) => f.label).join(', ')}`
            : `no drift in ${figures.length} figure(s)`,
        figures,
    };
}
const PREDICTION_DRIFT_DEFAULTS = { scorePsi: 0.2, classJs: 0.1 };
/**
 * Prediction drift: the score distribution (binned at the reference's deciles) and the predicted
 * class distribution of production against the reference predictions.
 */
function predictionDrift(reference, current, thresholds = PREDICTION_DRIFT_DEFAULTS) {
    const figures = [];
    const refScores = reference
        .map((r) => r.score)
        .filter((s) => s !== undefined && Number.isFinite(s));
    const curScores = current
        .map((r) => r.score)
        .filter((s) => s !== undefined && Number.isFinite(s));
    if (refScores.length > 0 && curScores.length > 0) {
        const edges = deciles(refScores);
        const value = (0,metrics/* psi */.js)(histogram(refScores, edges), histogram(curScores, edges));
        const failing = value > thresholds.scorePsi;
        figures.push({
            key: 'predictions:score',
            label: 'prediction score (psi)',
            value,
            limit: thresholds.scorePsi,
            failing,
            reason: failing
                ? `the score distribution shifted: PSI ${value.toFixed(3)} > ${thresholds.scorePsi}`
                : undefined,
        });
    }
    const refClasses = reference.map((r) => r.prediction).filter((p) => p !== undefined);
    const curClasses = current.map((r) => r.prediction).filter((p) => p !== undefined);
    if (refClasses.length > 0 && curClasses.length > 0) {
        const labels = [...new Set([...refClasses, ...curClasses])].sort();
        const count = (values) => labels.map((label) => values.filter((v) => v === label).length);
        const value = (0,metrics/* jensenShannon */.fy)(count(refClasses), count(curClasses));
        const failing = value > thresholds.classJs;
        figures.push({
            key: 'predictions:class',
            label: 'predicted class (jensenShannon)',
            value,
            limit: thresholds.classJs,
            failing,
            reason: failing
                ? `the predicted class distribution shifted: Jensen–Shannon ${value.toFixed(3)} > ${thresholds.classJs}`
                : undefined,
        });
    }
    return figures;
}
function deciles(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const edges = [];
    for (let q = 1; q < 10; q++)
        edges.push(sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / 10))]);
    return [...new Set(edges)];
}
function histogram(values, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    for (const v of values) {
        let i = 0;
        while (i < edges.length && v > edges[i])
            i++;
        counts[i]++;
    }
    return counts;
}

// EXTERNAL MODULE: ./build/core/report/marker.js
var marker = __webpack_require__(12971);
// EXTERNAL MODULE: ./build/core/text/markdown.js
var markdown = __webpack_require__(5583);
;// CONCATENATED MODULE: ./build/core/monitor/render.js

const KIND_TITLES = {
    'data-quality': 'data quality',
    drift: 'drift',
    'live-metric': 'live model quality',
};
/** "2 d 3 h", "45 min": how long an incident has lasted. */
function duration(ms) {
    const minutes = Math.max(0, Math.round(ms / 60_000));
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h ${minutes % 60} min`;
    return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
function number(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(4)));
}
/** The figures of a finding as a table, failing ones first. */
function figuresTable(figures) {
    if (figures.length === 0)
        return '_No figures._';
    const rows = [...figures].sort((a, b) => Number(b.failing) - Number(a.failing));
    const lines = ['| | figure | value | limit | |', '|---|---|---:|---:|---|'];
    for (const f of rows) {
        const interval = f.interval ? ` (${number(f.interval[0])} to ${number(f.interval[1])})` : '';
        lines.push(`| ${f.failing ? '❌' : '✅'} | ${(0,markdown/* cell */.Hn)(f.label)} | ${number(f.value)}${interval} | ${f.limit === null ? '—' : number(f.limit)} | ${f.reason ? (0,markdown/* cell */.Hn)(f.reason, 300) : ''} |`);
    }
    return lines.join('\n');
}
/**
 * A mermaid line chart of one figure over the last runs, with the table it draws beside it (every
 * chart has its table: not every reader sees the picture).
 */
function trendChart(key, label, history) {
    const points = history.filter((p) => p.figures[key] !== undefined && Number.isFinite(p.figures[key]));
    if (points.length < 2)
        return '';
    const xs = points.map((_, i) => `r${i + 1}`);
    const ys = points.map((p) => number(p.figures[key]));
    const chart = [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,markdown/* mermaidLabel */._b)(label, 60)}"`,
        `  x-axis [${xs.join(', ')}]`,
        `  line [${ys.join(', ')}]`,
        '```',
    ].join('\n');
    const table = [
        '| run | when | value | status |',
        '|---|---|---:|---|',
        ...points.map((p, i) => `| r${i + 1} | ${(0,markdown/* cell */.Hn)(p.at)} | ${ys[i]} | ${p.status} |`),
    ].join('\n');
    return `${chart}\n\n<details><summary>${(0,markdown/* cell */.Hn)(label)} over the last ${points.length} runs</summary>\n\n${table}\n\n</details>`;
}
/** Trend charts of the failing figures (at most `max`), from the incident's history. */
function trends(finding, history, max = 3) {
    return finding.figures
        .filter((f) => f.failing)
        .slice(0, max)
        .map((f) => trendChart(f.key, f.label, history))
        .filter(Boolean)
        .join('\n\n');
}
/** The monitor's job summary / `--out` document: every finding, its figures, what happened to incidents. */
function renderMonitorReport(report, histories = new Map()) {
    const head = report.status === 'pass' ? '✅' : '❌';
    const out = [
        `## ${head} mlci monitor — ${(0,markdown/* escapeMarkdown */.FV)(report.model)}`,
        '',
        `${report.sample.rows} row(s) from ${report.sample.files.map((f) => (0,markdown/* inlineCode */.ti)(f)).join(', ') || 'no data file'} checked at ${(0,markdown/* escapeMarkdown */.FV)(report.at)}.`,
        '',
        '| check | status | summary | incident |',
        '|---|---|---|---|',
    ];
    for (const finding of report.findings) {
        const incident = report.incidents.find((i) => i.kind === finding.kind);
        const issue = incident?.issue ? ` #${incident.issue.number}` : '';
        out.push(`| ${KIND_TITLES[finding.kind]} | ${finding.status === 'fail' ? '❌ fail' : finding.status === 'pass' ? '✅ pass' : '— skipped'} | ${(0,markdown/* cell */.Hn)(finding.summary, 300)} | ${incident ? `${incident.action}${issue}` : '—'} |`);
    }
    for (const finding of report.findings.filter((f) => f.status !== 'skipped')) {
        out.push('', `### ${KIND_TITLES[finding.kind]}`, '', figuresTable(finding.figures));
        const chart = trends(finding, histories.get(finding.kind) ?? []);
        if (chart)
            out.push('', chart);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/core/monitor/state.js
/** Runs of trend kept in the body. */
const HISTORY_LIMIT = 30;
const STATE = /^<!-- mlci-state: ([A-Za-z0-9+/=]{1,200000}) -->$/m;
function encodeState(state) {
    return `<!-- mlci-state: ${Buffer.from(JSON.stringify(state)).toString('base64')} -->`;
}
/** The state kept in an issue body, or undefined when there is none or it was tampered into nonsense. */
function decodeState(body, kind) {
    const match = body ? STATE.exec(body) : null;
    if (!match)
        return undefined;
    let value;
    try {
        value = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
    const s = value;
    if (s?.v !== 1 || s.kind !== kind)
        return undefined;
    if (typeof s.since !== 'string' || Number.isNaN(Date.parse(s.since)))
        return undefined;
    if (!Number.isSafeInteger(s.passes) || s.passes < 0)
        return undefined;
    if (typeof s.signature !== 'string' || !Array.isArray(s.history))
        return undefined;
    const history = s.history
        .filter((p) => !!p &&
        typeof p.at === 'string' &&
        (p.status === 'pass' || p.status === 'fail') &&
        !!p.figures &&
        typeof p.figures === 'object' &&
        Object.values(p.figures).every((x) => typeof x === 'number'))
        .slice(-HISTORY_LIMIT);
    return { v: 1, kind, since: s.since, passes: s.passes, signature: s.signature, history };
}

;// CONCATENATED MODULE: ./build/core/monitor/incident.js




/** The hidden marker of a model's incident of one kind. */
function incidentMarker(model, kind) {
    return (0,marker/* marker */.Q)('incident', model, kind);
}
function incidentTitle(model, kind) {
    const name = model.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100);
    return `mlci monitor: ${KIND_TITLES[kind]} incident on ${name}`;
}
const START = '<!-- mlci-status:start -->';
const END = '<!-- mlci-status:end -->';
/**
 * The incident lifecycle, as a pure decision: opened when a check first fails; while it keeps failing
 * the body's status block is edited in place, with a comment only when the set of failing figures
 * changes; closed after `closeAfter` consecutive passing runs; reopened when it returns within the
 * window. A skipped check (its inputs not given this run) leaves the incident as it is.
 */
function planIncident(finding, existing, config, now) {
    if (finding.status === 'skipped')
        return { action: 'none' };
    const failing = finding.status === 'fail';
    const point = {
        at: now,
        status: finding.status,
        figures: Object.fromEntries(finding.figures.map((f) => [f.key, f.value])),
    };
    const signature = finding.figures
        .filter((f) => f.failing)
        .map((f) => f.key)
        .sort()
        .join('\n');
    const recentlyClosed = existing?.state === 'closed' &&
        existing.closedAt !== null &&
        Date.parse(now) - Date.parse(existing.closedAt) <= config.reopenWithinMs;
    if (!existing || (existing.state === 'closed' && !recentlyClosed)) {
        if (!failing)
            return { action: 'none' };
        const state = {
            v: 1,
            kind: finding.kind,
            since: now,
            passes: 0,
            signature,
            history: [point],
        };
        return {
            action: 'open',
            title: incidentTitle(config.model, finding.kind),
            body: issueBody(finding, state, config, now, undefined),
            state,
        };
    }
    const previous = decodeState(existing.body, finding.kind);
    const history = [...(previous?.history ?? []), point].slice(-HISTORY_LIMIT);
    if (existing.state === 'closed') {
        if (!failing)
            return { action: 'none' };
        const state = { v: 1, kind: finding.kind, since: now, passes: 0, signature, history };
        return {
            action: 'reopen',
            body: issueBody(finding, state, config, now, existing.body),
            comment: `${mentionLine(config)}**Relapsed**: the ${KIND_TITLES[finding.kind]} check fails again, ${duration(Date.parse(now) - Date.parse(existing.closedAt))} after this incident closed.\n\n${figuresTable(finding.figures)}\n`,
            state,
        };
    }
    const since = previous?.since ?? existing.createdAt;
    const lasted = duration(Date.parse(now) - Date.parse(since));
    if (failing) {
        const state = { v: 1, kind: finding.kind, since, passes: 0, signature, history };
        const body = issueBody(finding, state, config, now, existing.body);
        if (previous && previous.signature === signature && previous.passes === 0)
            return { action: 'update', body, state };
        const chart = trends(finding, history);
        return {
            action: 'comment',
            body,
            comment: `Still failing after ${lasted}; the failing figures changed.\n\n${figuresTable(finding.figures)}\n${chart ? `\n${chart}\n` : ''}`,
            state,
        };
    }
    const passes = (previous?.passes ?? 0) + 1;
    const state = {
        v: 1,
        kind: finding.kind,
        since,
        passes,
        signature: previous?.signature ?? '',
        history,
    };
    const body = issueBody(finding, state, config, now, existing.body);
    if (passes >= config.closeAfter)
        return {
            action: 'close',
            body,
            comment: `**Recovered**: ${passes} consecutive passing run(s); closing after ${lasted}.\n\n${figuresTable(finding.figures)}\n`,
            state,
        };
    return { action: 'update', body, state };
}
function mentionLine(config) {
    const logins = config.mentions.filter((login) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(login));
    return logins.length ? `${logins.map((login) => `@${login}`).join(' ')} ` : '';
}
/**
 * The issue body: the marker, an introduction (kept as a human may have edited it), and the status
 * block between START and END, which mlci rewrites in place each run.
 */
function issueBody(finding, state, config, now, previousBody) {
    const lasted = duration(Date.parse(now) - Date.parse(state.since));
    const status = finding.status === 'fail'
        ? `**Status: failing** for ${lasted} (since ${(0,markdown/* escapeMarkdown */.FV)(state.since)}).`
        : `**Status: recovering** — ${state.passes} of ${config.closeAfter} consecutive passing run(s) needed to close.`;
    const block = [
        START,
        '## Status',
        '',
        status,
        '',
        `Last checked ${(0,markdown/* escapeMarkdown */.FV)(now)}: ${(0,markdown/* cell */.Hn)(finding.summary, 500)}`,
        '',
        figuresTable(finding.figures),
        '',
        trends(finding, state.history),
        '',
        encodeState(state),
        END,
    ].join('\n');
    const at = previousBody ? previousBody.indexOf(START) : -1;
    const end = previousBody ? previousBody.indexOf(END, at) : -1;
    const mark = incidentMarker(config.model, finding.kind);
    if (previousBody && at >= 0 && end > at)
        return `${previousBody.slice(0, at)}${block}${previousBody.slice(end + END.length)}`;
    // A human removed the status block: keep their text and add the block back below it.
    if (previousBody)
        return `${previousBody.trimEnd()}\n\n${block}\n`;
    const intro = `mlci monitor opened this incident: the scheduled **${KIND_TITLES[finding.kind]}** check of **${(0,markdown/* escapeMarkdown */.FV)(config.model)}** fails. It is updated by each run, and closed after ${config.closeAfter} consecutive passing run(s).`;
    return `${mark}\n${mentionLine(config)}${intro}\n\n${block}\n`;
}

// EXTERNAL MODULE: ./build/core/metrics/compute.js + 1 modules
var compute = __webpack_require__(25616);
// EXTERNAL MODULE: ./build/core/metrics/rng.js
var metrics_rng = __webpack_require__(76121);
// EXTERNAL MODULE: ./build/core/metrics/rules.js
var rules = __webpack_require__(96467);
// EXTERNAL MODULE: ./build/core/text/suggest.js
var suggest = __webpack_require__(91138);
;// CONCATENATED MODULE: ./build/core/monitor/live-metrics.js





/**
 * Live metrics on labelled production predictions against the production release's figures. A metric
 * is an incident only when its whole bootstrap interval lies beyond production by more than the
 * tolerance: a drop smaller than the sample's noise is not one.
 */
function liveMetrics(evaluation, production, options) {
    const computed = (0,compute/* computeMetrics */.pH)(evaluation).values;
    const names = options.metrics?.length
        ? options.metrics
        : Object.keys(production).filter((name) => computed[name] !== undefined);
    for (const name of names) {
        if (production[name] === undefined)
            throw new errors/* UsageError */.eb(`metric "${name}" is not in the production record ${options.productionFile}${(0,suggest/* didYouMean */.au)(name, Object.keys(production))}`);
        if (computed[name] === undefined)
            throw new errors/* UsageError */.eb(`metric "${name}" cannot be computed from the predictions${(0,suggest/* didYouMean */.au)(name, Object.keys(computed))}`);
    }
    if (names.length === 0)
        throw new errors/* UsageError */.eb(`no metric of the production record ${options.productionFile} can be computed from the predictions`, { hint: `the predictions give: ${Object.keys(computed).join(', ')}` });
    const intervals = bootstrapIntervals(evaluation, names, options);
    const figures = names.map((name) => {
        const value = computed[name];
        const reference = production[name];
        const interval = intervals.get(name);
        const higher = (0,rules/* defaultDirection */.H)(name) === 'higher';
        const limit = higher ? reference - options.tolerance : reference + options.tolerance;
        const failing = higher ? interval[1] < limit : interval[0] > limit;
        const reason = failing
            ? `${name} is ${round(value)} (interval ${round(interval[0])} to ${round(interval[1])}), ${higher ? 'below' : 'above'} production's ${round(reference)}${options.tolerance ? ` by more than ${options.tolerance}` : ''}`
            : undefined;
        return { key: `metric:${name}`, label: name, value, limit, failing, reason, interval };
    });
    const failing = figures.filter((f) => f.failing);
    return {
        kind: 'live-metric',
        status: failing.length ? 'fail' : 'pass',
        summary: failing.length
            ? `${failing.map((f) => f.label).join(', ')} dropped beyond the noise on ${evaluation.ids.length} labelled examples`
            : `${figures.length} live metric(s) hold against production on ${evaluation.ids.length} labelled examples`,
        figures,
    };
}
/** Percentile bootstrap intervals of each metric, resampling examples with a seeded generator. */
function bootstrapIntervals(evaluation, names, options) {
    const n = evaluation.ids.length;
    const rng = (0,metrics_rng/* createRng */.SZ)((0,metrics_rng/* seedFor */.ln)(options.seed, 'monitor'));
    const samples = new Map(names.map((name) => [name, new Float64Array(options.resamples)]));
    const index = new Int32Array(n);
    for (let r = 0; r < options.resamples; r++) {
        for (let i = 0; i < n; i++)
            index[i] = rng.below(n);
        const values = (0,compute/* computeMetrics */.pH)(resample(evaluation, index)).values;
        for (const name of names)
            samples.get(name)[r] = values[name] ?? Number.NaN;
    }
    const alpha = (1 - options.confidence) / 2;
    const out = new Map();
    for (const [name, values] of samples) {
        const finite = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
        if (finite.length === 0)
            out.set(name, [Number.NaN, Number.NaN]);
        else
            out.set(name, [quantile(finite, alpha), quantile(finite, 1 - alpha)]);
    }
    return out;
}
/** The evaluation of the examples at `index` (with repeats), sharing classes and the positive label. */
function resample(e, index) {
    const pick = (values) => {
        const out = new values.constructor(index.length);
        for (let i = 0; i < index.length; i++)
            out[i] = values[index[i]];
        return out;
    };
    if (e.task === 'regression')
        return { ...e, y: pick(e.y), predicted: pick(e.predicted) };
    const c = e;
    let probabilities = c.probabilities;
    if (probabilities) {
        const k = probabilities.classes.length;
        const values = new Float64Array(index.length * k);
        for (let i = 0; i < index.length; i++)
            values.set(probabilities.values.subarray(index[i] * k, index[i] * k + k), i * k);
        probabilities = { classes: probabilities.classes, values };
    }
    return {
        ...c,
        y: pick(c.y),
        predicted: pick(c.predicted),
        score: c.score ? pick(c.score) : undefined,
        probabilities,
    };
}
/** Linear-interpolated quantile of sorted values (numpy's default). */
function quantile(sorted, q) {
    const at = q * (sorted.length - 1);
    const lo = Math.floor(at);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
function round(value) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

// EXTERNAL MODULE: ./build/core/metrics/read/csv.js
var csv = __webpack_require__(5309);
// EXTERNAL MODULE: ./build/core/metrics/read/json.js
var json = __webpack_require__(52843);
;// CONCATENATED MODULE: ./build/core/monitor/records.js





/** Records of a JSONL or CSV file (by extension), before any field is required. */
function readRecords(text, file) {
    if (text.length > predictions_file/* MAX_PREDICTIONS_BYTES */.u2)
        throw new errors/* DataError */.fL(`larger than ${predictions_file/* MAX_PREDICTIONS_BYTES */.u2} bytes`, { where: { file } });
    if ((0,external_node_path_.extname)(file).toLowerCase() === '.csv') {
        const [header, ...rows] = (0,csv/* parseCsv */.W)(text, file);
        if (!header)
            return [];
        return rows.map((row) => ({
            fields: Object.fromEntries(header.cells.map((name, i) => [name, row.cells[i] ?? ''])),
            line: row.line,
        }));
    }
    const out = [];
    text.split('\n').forEach((raw, index) => {
        if (raw.trim() === '')
            return;
        const value = (0,json/* parseJsonLenient */.V)(raw, file, index);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            throw new errors/* DataError */.fL('each line must be a JSON object', { where: { file, line: index + 1 } });
        out.push({ fields: value, line: index + 1 });
    });
    return out;
}
function pick(record, names) {
    for (const name of names)
        if (Object.hasOwn(record.fields, name))
            return record.fields[name];
    return undefined;
}
const idOf = (record) => {
    const id = pick(record, predictions_file/* COLUMNS */.cZ.id);
    return id === undefined || id === null || id === '' ? undefined : String(id);
};
/**
 * Joins late-arriving labels to predictions by example id. A label whose id no prediction has means
 * the files do not belong together (exit 2, naming the ids); predictions still waiting for their
 * label are left out and counted.
 */
function joinLabels(predictions, predictionsFile, labels, labelsFile) {
    const byId = new Map();
    for (const record of labels) {
        const id = idOf(record);
        if (id === undefined)
            throw new errors/* UsageError */.eb(`a label without an id (one of ${predictions_file/* COLUMNS */.cZ.id.join(', ')})`, {
                where: { file: labelsFile, line: record.line },
            });
        if (byId.has(id))
            throw new errors/* UsageError */.eb(`duplicate example id "${id}"`, {
                where: { file: labelsFile, line: record.line },
            });
        byId.set(id, pick(record, predictions_file/* COLUMNS */.cZ.label));
    }
    const seen = new Set();
    const lines = [];
    for (const record of predictions) {
        const id = idOf(record);
        if (id === undefined)
            throw new errors/* UsageError */.eb(`a prediction without an id (one of ${predictions_file/* COLUMNS */.cZ.id.join(', ')})`, {
                where: { file: predictionsFile, line: record.line },
            });
        seen.add(id);
        const label = byId.get(id);
        if (label === undefined || label === null || label === '')
            continue;
        lines.push(JSON.stringify({ ...record.fields, label }));
    }
    const strangers = [...byId.keys()].filter((id) => !seen.has(id));
    if (strangers.length > 0)
        throw new errors/* UsageError */.eb(`${strangers.length} label(s) name examples the predictions do not have: ${strangers
            .slice(0, 5)
            .map((id) => JSON.stringify(id))
            .join(', ')}`, {
            where: { file: labelsFile },
            hint: `labels are joined to ${predictionsFile} by id: check both files come from the same period and model`,
        });
    if (lines.length === 0 && labels.length > 0)
        throw new errors/* UsageError */.eb('no prediction has a label', { where: { file: labelsFile } });
    return { labelled: lines.join('\n'), count: lines.length, unlabelled: predictions.length - lines.length };
}

// EXTERNAL MODULE: ./build/core/version.js
var version = __webpack_require__(18614);
;// CONCATENATED MODULE: ./build/core/monitor/report.js

/** Version of the monitor report's shape (report-envelope.ts: bumped only when a field changes meaning). */
const MONITOR_REPORT_VERSION = 1;
/** What monitor watches; one incident issue per model and kind. */
const FINDING_KINDS = (/* unused pure expression or super */ null && (['data-quality', 'drift', 'live-metric']));
function monitorHeader() {
    return {
        kind: 'mlci/monitor-report',
        version: MONITOR_REPORT_VERSION,
        tool: { name: 'mlci', version: version/* MLCI_VERSION */.B },
    };
}
/** Overall status: fail when any finding fails. */
function overallStatus(findings) {
    return findings.some((f) => f.status === 'fail') ? 'fail' : 'pass';
}

// EXTERNAL MODULE: ./build/platform/data/files.js
var data_files = __webpack_require__(85796);
// EXTERNAL MODULE: ./build/platform/github/errors.js
var github_errors = __webpack_require__(61381);
// EXTERNAL MODULE: ./build/platform/github/marked.js
var marked = __webpack_require__(97118);
// EXTERNAL MODULE: ./build/core/text/order.js
var order = __webpack_require__(51472);
;// CONCATENATED MODULE: ./build/platform/github/incidents.js



const LIST = 'GET /repos/{owner}/{repo}/issues';
/** Every issue (open and closed, over all pages) that mlci's identity opened for this marker; PRs left out. */
async function listIncidents(client, repo, mark, author) {
    const items = await (0,marked/* findMarked */.Em)(client, LIST, { ...repo, state: 'all', sort: 'created', direction: 'desc' }, mark, author);
    return items.filter((item) => item.pull_request === undefined).sort((a, b) => a.number - b.number);
}
/** The incident to act on: the oldest open one, else the most recently closed one. */
function incidents_pick(items) {
    const open = items.filter((i) => i.state === 'open');
    if (open.length)
        return open[0];
    return [...items].sort((a, b) => (0,order/* byCodeUnits */.C)(b.closed_at ?? '', a.closed_at ?? ''))[0];
}
/** Finds the incident issue of a marker, as the pure planner wants it. */
async function findIncident(target) {
    const item = incidents_pick(await listIncidents(target.client, target.repo, target.mark, target.author));
    return item
        ? {
            number: item.number,
            state: item.state,
            body: item.body ?? null,
            createdAt: item.created_at,
            closedAt: item.closed_at,
            url: item.html_url,
        }
        : undefined;
}
/** Creates the labels that are missing (a concurrent run creating one first is fine). */
async function ensureLabels(client, repo, labels) {
    for (const name of labels) {
        try {
            await client.get('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name });
        }
        catch (thrown) {
            if (!(thrown instanceof github_errors/* GitHubError */.y) || thrown.status !== 404)
                throw thrown;
            try {
                await client.write('POST /repos/{owner}/{repo}/labels', { ...repo, name, color: 'd93f0b' }, { permission: 'issues: write' });
            }
            catch (created) {
                if (!(created instanceof github_errors/* GitHubError */.y) || created.status !== 422)
                    throw created;
            }
        }
    }
}
/**
 * Carries out one plan. An opened issue is looked for before a retry (never two issues for one
 * failure), and concurrent runs that both opened one converge: the oldest stays, the others are closed
 * as its duplicates.
 */
async function applyIncident(target, kind, plan, existing) {
    const { client, repo } = target;
    const issueRoute = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
    const comment = (number, body) => (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body }, async () => (await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number }, '', { maxPages: 100 })).find((c) => c.user?.login === target.author && c.body === body), { permission: 'issues: write' });
    switch (plan.action) {
        case 'none':
            return { kind, action: 'none', issue: existing && { number: existing.number, url: existing.url } };
        case 'open': {
            await ensureLabels(client, repo, target.labels);
            const created = await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/issues', {
                ...repo,
                title: plan.title,
                body: plan.body,
                labels: [...target.labels],
                assignees: [...target.assignees],
            }, async () => (await listIncidents(client, repo, target.mark, target.author)).find((i) => i.state === 'open'), { permission: 'issues: write' });
            const kept = await dedupe(target, created);
            return { kind, action: 'opened', issue: { number: kept.number, url: kept.html_url } };
        }
        case 'reopen':
        case 'comment':
        case 'update':
        case 'close': {
            const number = existing.number;
            const state = plan.action === 'close' ? 'closed' : 'open';
            if (plan.comment && plan.action !== 'close')
                await comment(number, plan.comment);
            await client.write(issueRoute, {
                ...repo,
                issue_number: number,
                body: plan.body,
                state,
                ...(plan.action === 'close' ? { state_reason: 'completed' } : {}),
            }, { permission: 'issues: write' });
            if (plan.comment && plan.action === 'close')
                await comment(number, plan.comment);
            const action = plan.action === 'reopen'
                ? 'reopened'
                : plan.action === 'comment'
                    ? 'commented'
                    : plan.action === 'close'
                        ? 'closed'
                        : 'updated';
            return { kind, action, issue: { number, url: existing.url } };
        }
    }
}
async function dedupe(target, created) {
    const open = (await listIncidents(target.client, target.repo, target.mark, target.author)).filter((i) => i.state === 'open');
    const keep = open[0] ?? created;
    for (const extra of open.slice(1)) {
        await target.client.write('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...target.repo,
            issue_number: extra.number,
            body: `Duplicate of #${keep.number}, opened by a concurrent run.`,
        }, { permission: 'issues: write' });
        await target.client.write('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...target.repo, issue_number: extra.number, state: 'closed', state_reason: 'not_planned' }, { permission: 'issues: write' });
    }
    return keep;
}

// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/platform/fs/report-file.js
var report_file = __webpack_require__(85923);
// EXTERNAL MODULE: ./build/platform/fs/read-input.js
var read_input = __webpack_require__(13419);
// EXTERNAL MODULE: ./build/actions/validate-data/validate-files.js + 4 modules
var validate_files = __webpack_require__(73139);
// EXTERNAL MODULE: ./build/actions/validate-data/validation-inputs.js
var validation_inputs = __webpack_require__(24209);
// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
;// CONCATENATED MODULE: ./build/actions/monitor/inputs.js


const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `7d`, `36h`, `90m` as milliseconds. */
function parseWindow(text, name) {
    const match = /^(\d+(?:\.\d+)?)\s*([mhd])$/.exec(text.trim());
    if (!match)
        throw new errors/* UsageError */.eb(`input \`${name}\` must be a duration like 7d, 36h or 90m, got "${text}"`);
    return Number(match[1]) * UNITS[match[2]];
}
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function logins(read, name) {
    const list = (0,inputs/* readList */.LD)(read, name).map((login) => login.replace(/^@/, ''));
    for (const login of list)
        if (!LOGIN.test(login))
            throw new errors/* UsageError */.eb(`input \`${name}\`: "${login}" is not a GitHub login`);
    return list;
}
/** The only place monitor reads its inputs. */
function getMonitorInputs(read) {
    const task = (0,inputs/* readString */.E3)(read, 'task', 'auto');
    if (task !== 'auto' && task !== 'classification' && task !== 'regression')
        throw new errors/* UsageError */.eb(`input \`task\` must be auto, classification or regression, got "${task}"`);
    return {
        data: (0,inputs/* readList */.LD)(read, 'data'),
        schema: (0,inputs/* readString */.E3)(read, 'schema'),
        'reference-profile': (0,inputs/* readString */.E3)(read, 'reference-profile'),
        checks: (0,inputs/* readString */.E3)(read, 'checks'),
        format: (0,inputs/* readString */.E3)(read, 'format'),
        delimiter: read.get('delimiter') || undefined,
        header: (0,inputs/* readBoolean */.Vf)(read, 'header', true),
        predictions: (0,inputs/* readString */.E3)(read, 'predictions'),
        labels: (0,inputs/* readString */.E3)(read, 'labels'),
        'reference-predictions': (0,inputs/* readString */.E3)(read, 'reference-predictions'),
        'release-record': (0,inputs/* readString */.E3)(read, 'release-record'),
        metrics: (0,inputs/* readList */.LD)(read, 'metrics'),
        'metric-tolerance': (0,inputs/* readNumber */.kz)(read, 'metric-tolerance', 0, { min: 0 }),
        resamples: (0,inputs/* readNumber */.kz)(read, 'resamples', 1000, { min: 100, max: 100_000, integer: true }),
        confidence: (0,inputs/* readNumber */.kz)(read, 'confidence', 0.95, { min: 0.5, max: 0.999 }),
        seed: (0,inputs/* readNumber */.kz)(read, 'seed', 20240611, { min: 0, max: 4294967295, integer: true }),
        task,
        'positive-label': (0,inputs/* readString */.E3)(read, 'positive-label'),
        threshold: (0,inputs/* readNumber */.kz)(read, 'threshold', 0.5),
        model: (0,inputs/* readString */.E3)(read, 'model'),
        incidents: (0,inputs/* readBoolean */.Vf)(read, 'incidents', true),
        'issue-labels': (0,inputs/* readList */.LD)(read, 'issue-labels').length
            ? (0,inputs/* readList */.LD)(read, 'issue-labels')
            : ['mlci-incident'],
        assignees: logins(read, 'assignees'),
        mention: logins(read, 'mention'),
        'close-after': (0,inputs/* readNumber */.kz)(read, 'close-after', 3, { min: 1, max: 100, integer: true }),
        'reopen-within': parseWindow((0,inputs/* readString */.E3)(read, 'reopen-within', '7d'), 'reopen-within'),
        'fail-on-incident': (0,inputs/* readBoolean */.Vf)(read, 'fail-on-incident', false),
        report: (0,inputs/* readString */.E3)(read, 'report', '.mlci/monitor-report.json'),
        out: (0,inputs/* readString */.E3)(read, 'out'),
        token: (0,inputs/* readString */.E3)(read, 'token'),
        'bot-login': (0,inputs/* readString */.E3)(read, 'bot-login'),
    };
}

;// CONCATENATED MODULE: ./build/actions/monitor/monitor.js


























/**
 * `mlci monitor`: checks a fresh production sample (schema and quality, drift against the reference
 * profile, prediction drift, live metrics against the production release), writes the report, and
 * keeps one incident issue per model and finding kind opened, updated and closed.
 */
async function monitor(io) {
    const inputs = getMonitorInputs(io.inputs);
    await (0,output_paths/* checkRunPaths */.A$)(io, { report: inputs.report, out: inputs.out }, {
        data: inputs.data.filter((p) => !/[*?[{]/.test(p)),
        schema: inputs.schema,
        'reference-profile': inputs['reference-profile'],
        checks: inputs.checks,
        predictions: inputs.predictions,
        labels: inputs.labels,
        'reference-predictions': inputs['reference-predictions'],
        'release-record': inputs['release-record'],
    });
    await (0,report_file/* keepReportCurrent */.R)((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/monitor-report', version: MONITOR_REPORT_VERSION }, () => monitorRun(io, inputs));
}
async function monitorRun(io, inputs) {
    if (!inputs.data.length && !inputs.predictions)
        throw new errors/* UsageError */.eb('nothing to monitor: give `data` (a production sample) and/or `predictions`');
    const at = new Date().toISOString();
    const model = inputs.model ?? io.env.GITHUB_REPOSITORY?.split('/')[1] ?? 'model';
    const data = inputs.data.length ? await checkData(io, inputs) : undefined;
    const predictions = inputs.predictions ? await checkPredictions(io, inputs) : undefined;
    const findings = [
        data?.quality ?? skipped('data-quality', 'no production sample given'),
        data?.drift || predictions?.drift.length
            ? driftFinding(data?.drift, predictions?.drift ?? [])
            : skipped('drift', 'no reference profile or reference predictions given'),
        predictions?.live ?? skipped('live-metric', 'no labelled predictions and release record given'),
    ];
    const histories = new Map();
    const incidents = await reconcileIncidents(io, inputs, model, findings, at, histories);
    const report = {
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
    await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, inputs.report), `${JSON.stringify(report, null, 2)}\n`);
    if (inputs.out)
        await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, inputs.out), markdown);
    const open = incidents
        .filter((i) => i.issue && ['opened', 'reopened', 'commented', 'updated'].includes(i.action))
        .map((i) => i.issue.number);
    io.output('status', report.status);
    io.output('open-incidents', open.join(','));
    io.output('report', inputs.report);
    for (const finding of findings.filter((f) => f.status === 'fail'))
        io.log.warning(`${finding.kind}: ${finding.summary}`, { title: `mlci monitor: ${model}` });
    await io.summary(markdown);
    if (inputs['fail-on-incident'] && (report.status === 'fail' || open.length > 0))
        throw new errors/* DataError */.fL(report.status === 'fail'
            ? `monitoring found: ${findings
                .filter((f) => f.status === 'fail')
                .map((f) => f.kind)
                .join(', ')}`
            : `incident(s) still open: ${open.map((n) => `#${n}`).join(', ')}`, { hint: `details in ${inputs.report} and the job summary` });
}
function skipped(kind, why) {
    return { kind, status: 'skipped', summary: why, figures: [] };
}
/** Schema, quality and drift of the sample, with validate-data's readers, checks and profiles. */
async function checkData(io, inputs) {
    const files = (0,data_files/* resolveDataFiles */.A)(inputs.data, io.cwd);
    const { schema, checks, reference } = await (0,validation_inputs/* readValidationInputs */.v)(io.cwd, inputs);
    const referencePath = inputs['reference-profile'];
    if (reference && schema?.table) {
        const fields = new Set(schema.table.fields.map((f) => f.name));
        const strangers = reference.columns.map((c) => c.name).filter((name) => !fields.has(name));
        if (strangers.length > 0)
            throw new errors/* UsageError */.eb(`the reference profile has column(s) the schema does not: ${strangers.slice(0, 5).join(', ')}`, {
                where: { file: referencePath },
                hint: 'the profile and the schema must describe the same version of the data: use the pair of the model in production',
            });
    }
    const result = await io.log.group(`Checking ${files.length} sample file(s)`, () => (0,validate_files/* validateFiles */.k)({
        files,
        format: inputs.format,
        delimiter: inputs.delimiter,
        header: inputs.header,
        schema,
        checks,
        maxErrors: 100,
        workers: 0,
        createProfiler: reference ? (table) => (0,profiler/* createProfiler */.I)(table.fields, { reference }) : undefined,
        reference,
        log: io.log,
    }));
    const validation = (0,report/* buildReport */.F)({
        files: result.files,
        durationMs: 0,
        errors: result.errors,
        checks: result.checks,
        fields: result.fields,
    });
    const rows = validation.stats.rows;
    if (rows === 0)
        throw new errors/* UsageError */.eb('the production sample is empty', {
            where: { file: files[0].path },
            hint: 'check the step that fetches the sample: monitoring an empty sample would report nothing',
        });
    const table = schema?.table;
    const headerErrors = (validation.errorCounts['missing-label'] ?? 0) + (validation.errorCounts['incorrect-label'] ?? 0);
    if (table && headerErrors >= table.fields.length)
        throw new errors/* UsageError */.eb("the sample has none of the schema's columns: it is not the data this model serves", {
            where: { file: files[0].path },
            hint: `the schema ${inputs.schema} names ${table.fields
                .map((f) => f.name)
                .slice(0, 5)
                .join(', ')}…`,
        });
    const profile = result.profile;
    const drift = reference && profile ? (0,drift_drift.compareProfiles)(reference, profile, checks.drift ?? {}) : undefined;
    return { files: files.map((f) => f.path), rows, quality: dataQualityFinding(validation), drift };
}
/** Prediction drift against the reference predictions, and live metrics when labels are there. */
async function checkPredictions(io, inputs) {
    const path = inputs.predictions;
    const text = await (0,read_input/* readInputText */._)(io.cwd, path, 'predictions');
    const records = readRecords(text, path);
    if (records.length === 0)
        throw new errors/* UsageError */.eb('the predictions file is empty', { where: { file: path } });
    const toRows = (recs) => recs.map((r) => {
        const prediction = pick(r, predictions_file/* COLUMNS */.cZ.prediction);
        const score = pick(r, predictions_file/* COLUMNS */.cZ.score);
        return {
            id: String(r.line),
            label: '',
            prediction: prediction === undefined || prediction === null ? undefined : String(prediction),
            score: score === undefined || score === null || score === '' ? undefined : Number(score),
            line: r.line,
        };
    });
    let drift = [];
    const referencePath = inputs['reference-predictions'];
    if (referencePath) {
        const reference = readRecords(await (0,read_input/* readInputText */._)(io.cwd, referencePath, 'reference predictions'), referencePath);
        drift = predictionDrift(toRows(reference), toRows(records));
    }
    let live;
    const recordPath = inputs['release-record'];
    if (recordPath) {
        let labelled;
        let shown = path;
        if (inputs.labels) {
            const labels = readRecords(await (0,read_input/* readInputText */._)(io.cwd, inputs.labels, 'labels'), inputs.labels);
            const joined = joinLabels(records, path, labels, inputs.labels);
            if (joined.unlabelled > 0)
                io.log.info(`${joined.unlabelled} prediction(s) have no label yet and are left out`);
            shown = `${path} joined with ${inputs.labels}`;
            labelled = (0,predictions_file/* parsePredictions */.Y8)(joined.labelled, shown);
        }
        else
            labelled = (0,predictions_file/* parsePredictions */.Y8)(text, path);
        const production = (0,metrics_file/* parseMetricsFile */.jI)(await (0,read_input/* readInputText */._)(io.cwd, recordPath, 'release record'), recordPath);
        const evaluation = (0,metrics_evaluation/* buildEvaluation */.t8)(labelled, shown, {
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
async function reconcileIncidents(io, inputs, model, findings, now, histories) {
    const github = (0,repository_client/* repositoryClient */.c)(io, inputs.token);
    if (!inputs.incidents)
        return [];
    if (!github) {
        io.log.info('no GITHUB_REPOSITORY or token: incidents are not tracked (the report has every finding)');
        return [];
    }
    const { client, repo: { owner, repo }, } = github;
    const outcomes = [];
    let author;
    try {
        author = await (0,marked/* actingLogin */._h)(client, inputs['bot-login']);
    }
    catch (thrown) {
        io.log.warning(`cannot reach GitHub, incidents not updated: ${String(thrown.message ?? thrown)}`);
        return findings
            .filter((f) => f.status !== 'skipped')
            .map((f) => ({ kind: f.kind, action: 'unreachable' }));
    }
    for (const finding of findings) {
        if (finding.status === 'skipped')
            continue;
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
            const plan = planIncident(finding, existing, {
                model,
                closeAfter: inputs['close-after'],
                reopenWithinMs: inputs['reopen-within'],
                mentions: inputs.mention,
            }, now);
            if (plan.state)
                histories.set(finding.kind, plan.state.history);
            else if (existing)
                histories.set(finding.kind, decodeState(existing.body, finding.kind)?.history ?? []);
            outcomes.push(await applyIncident(target, finding.kind, plan, existing));
        }
        catch (thrown) {
            const message = thrown instanceof Error ? thrown.message : String(thrown);
            io.log.warning(`incident for ${finding.kind} not updated: ${message}`);
            outcomes.push({ kind: finding.kind, action: 'unreachable', detail: message });
        }
    }
    return outcomes;
}


/***/ }),

/***/ 18761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RETRYABLE_STATUS)
/* harmony export */ });
/**
 * HTTP statuses worth repeating an idempotent request for: timeouts, rate limits and server errors
 * (reliability §1.2, §1.5; ggcr remote/options.go defaultRetryStatusCodes). Shared by the GitHub client
 * and the registry client so that the two never drift apart.
 */
const RETRYABLE_STATUS = new Set([
    408,
    429,
    500,
    502,
    503,
    504,
    522, // Cloudflare: connection to the origin timed out, seen in front of GHES and registries
]);


/***/ })

};
