export const id = 1399;
export const ids = [1399];
export const modules = {

/***/ 86093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareMetrics: () => (/* binding */ compareMetrics),
  readRules: () => (/* binding */ readRules)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/metrics/baseline.js
var metrics_baseline = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/core/metrics/compare.js + 6 modules
var compare = __webpack_require__(12822);
// EXTERNAL MODULE: ./build/core/metrics/errors.js
var metrics_errors = __webpack_require__(87525);
// EXTERNAL MODULE: ./build/core/metrics/fingerprint.js
var fingerprint = __webpack_require__(45636);
// EXTERNAL MODULE: ./build/core/metrics/report.js
var metrics_report = __webpack_require__(34420);
// EXTERNAL MODULE: ./build/core/metrics/rules.js
var rules = __webpack_require__(96467);
// EXTERNAL MODULE: ./build/core/metrics/summary.js
var summary = __webpack_require__(97708);
// EXTERNAL MODULE: ./build/config/loader.js + 1 modules
var loader = __webpack_require__(64321);
// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/platform/fs/report-file.js
var report_file = __webpack_require__(85923);
// EXTERNAL MODULE: ./build/platform/terminal/progress.js + 1 modules
var progress = __webpack_require__(26986);
// EXTERNAL MODULE: ./build/core/metrics/acceptance.js
var acceptance = __webpack_require__(93369);
;// CONCATENATED MODULE: ./build/core/metrics/apply-acceptances.js

/**
 * The report with the maintainers' acceptances of commit `sha` applied: each failed metric with an
 * acceptance for exactly that commit no longer fails the gate; its row keeps its verdict and gains the
 * reason "accepted by @x: reason", and the report lists what was applied (`acceptances`). Acceptances
 * of other commits never apply (a new push needs a new acceptance).
 */
function applyAcceptances(report, acceptances, sha) {
    const applied = [];
    for (const metric of report.failedMetrics) {
        const found = (0,acceptance/* acceptanceFor */.tW)(acceptances, sha, metric);
        if (found)
            applied.push({
                metric,
                sha,
                by: found.by,
                reason: found.reason,
                commentUrl: found.commentUrl,
                at: found.at,
            });
    }
    if (applied.length === 0)
        return { ...report, acceptances: [] };
    const reasonOf = new Map(applied.map((a) => [a.metric, `accepted by @${a.by}: ${a.reason}`]));
    // The gate's reasons are the failing metrics' own reasons, verbatim (gate.ts): take out one occurrence
    // of each reason of an accepted metric, so a twin sentence of another metric still fails the gate.
    const owed = new Map();
    for (const m of report.metrics)
        if (reasonOf.has(m.name))
            for (const r of m.reasons)
                owed.set(r, (owed.get(r) ?? 0) + 1);
    const reasons = report.reasons.filter((reason) => {
        const left = owed.get(reason) ?? 0;
        if (left > 0 && !report.impossible.includes(reason)) {
            owed.set(reason, left - 1);
            return false;
        }
        return ![...reasonOf.keys()].some((m) => reason.startsWith(`${m} is inconclusive`));
    });
    return {
        ...report,
        // An impossible comparison stays impossible: an acceptance covers a regression, not a broken input.
        verdict: reasons.length || report.impossible.length ? 'fail' : 'pass',
        reasons,
        failedMetrics: report.failedMetrics.filter((m) => !reasonOf.has(m)),
        metrics: report.metrics.map((m) => reasonOf.has(m.name) ? { ...m, reasons: [...m.reasons, reasonOf.get(m.name)] } : m),
        acceptances: applied,
    };
}

// EXTERNAL MODULE: ./build/platform/github/repository-client.js
var repository_client = __webpack_require__(73848);
// EXTERNAL MODULE: ./build/platform/github/acceptances.js
var acceptances = __webpack_require__(47868);
// EXTERNAL MODULE: ./build/actions/compare-metrics/sources.js + 4 modules
var compare_metrics_sources = __webpack_require__(62063);
;// CONCATENATED MODULE: ./build/actions/compare-metrics/acceptances.js





/**
 * The report with the `/mlci accept` acceptances of the candidate's commit applied (the PR head in a
 * pull_request run, else GITHUB_SHA), read from the check runs only the workflow's app can write.
 * Without a token, a repository or a commit, or when reading fails, the report is left as it is (a
 * warning for a failure): an acceptance can only relax the gate, so not finding one is the safe side.
 */
async function withAcceptances(io, inputs, report) {
    if (inputs.acceptances === 'off' || report.failedMetrics.length === 0)
        return report;
    const event = await (0,compare_metrics_sources/* eventPayload */.Z3)(io);
    const sha = event.pull_request?.head?.sha ?? io.env.GITHUB_SHA;
    const github = sha ? (0,repository_client/* repositoryClient */.c)(io, inputs.token) : undefined;
    if (!sha || !github)
        return report;
    const { client, repo: { owner, repo }, } = github;
    try {
        const applied = applyAcceptances(report, await (0,acceptances/* readAcceptances */.$o)(client, { owner, repo }, sha), sha);
        // The reason is the maintainer's free text: it goes to the report and the escaped summary, not the log.
        for (const a of applied.acceptances ?? [])
            io.log.notice(`${a.metric}: regression accepted by ${a.by} for ${sha.slice(0, 12)}`);
        return applied;
    }
    catch (thrown) {
        io.log.warning(`could not read acceptances of ${sha.slice(0, 12)}: ${(0,errors/* messageOf */.bD)(thrown).split('\n')[0]}`);
        return report;
    }
}

// EXTERNAL MODULE: ./build/actions/compare-metrics/inputs.js
var compare_metrics_inputs = __webpack_require__(80895);
;// CONCATENATED MODULE: ./build/actions/compare-metrics/compare-metrics.js





















/** `mlci compare-metrics`: resolve the baseline, compare, write the report, outputs and summary; exit 1 on a failed gate. */
async function compareMetrics(io) {
    const inputs = (0,compare_metrics_inputs/* getCompareInputs */.j)(io.inputs);
    await (0,output_paths/* checkRunPaths */.A$)(io, { report: inputs.report }, {
        candidate: inputs.candidate,
        predictions: inputs.predictions,
        baseline: inputs.baseline,
        'baseline-predictions': inputs['baseline-predictions'],
        config: inputs.config,
        'eval-data': inputs['eval-data'],
    });
    await (0,report_file/* keepReportCurrent */.R)((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/comparison-report', version: metrics_report/* COMPARISON_REPORT_VERSION */.oH }, () => compareWith(io, inputs));
}
async function compareWith(io, inputs) {
    const rules = await readRules(io, inputs);
    const candidate = {
        metrics: inputs.candidate ? await (0,compare_metrics_sources/* readNamed */.Mk)(io, inputs.candidate, 'candidate') : undefined,
        predictions: inputs.predictions ? await (0,compare_metrics_sources/* readNamed */.Mk)(io, inputs.predictions, 'predictions') : undefined,
        evalData: inputs['eval-data']
            ? (0,fingerprint/* fingerprintBytes */.S1)(await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, inputs['eval-data'])))
            : undefined,
    };
    if (!candidate.metrics && !candidate.predictions) {
        throw new errors/* UsageError */.eb('give the candidate `candidate` (a metrics file), `predictions`, or both');
    }
    const sources = await (0,compare_metrics_sources/* baselineSources */.AZ)(io, inputs);
    const baseline = await io.log.group('Resolving the baseline', async () => {
        const resolved = await (0,metrics_baseline/* resolveBaseline */.o)(inputs['baseline-order'], sources);
        for (const step of resolved.searched)
            io.log.info(`${step.source}: ${step.outcome} — ${step.reason}`);
        return resolved;
    });
    const progress = bootstrapProgress(io);
    const compared = await (0,compare/* compareMetrics */.f)({
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
    await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, inputs.report), (0,metrics_report/* serializeReport */.xH)(report));
    for (const warning of report.warnings)
        io.log.warning(warning);
    for (const notice of report.notices)
        io.log.notice(notice);
    io.output('verdict', report.verdict);
    io.output('failed-metrics', report.failedMetrics.join(','));
    io.output('comparable', String(report.impossible.length === 0));
    io.output('report', inputs.report);
    io.output('baseline-source', report.baseline.source);
    await io.summary((0,summary/* renderSummary */.B)(report));
    if (report.impossible.length) {
        throw new metrics_errors/* ImpossibleComparisonError */.J(`the comparison could not be made: ${report.impossible.join('; ')}`, {
            hint: `see ${inputs.report}; exit 2 means the inputs cannot be compared, not that the model got worse`,
        });
    }
    if (report.verdict === 'fail') {
        throw new errors/* DataError */.fL(`gate failed: ${report.reasons.join('; ')}`, {
            hint: `see ${inputs.report} and the job summary`,
        });
    }
    io.log.info(`gate passed (${report.metrics.filter((m) => m.role === 'gated').length} gated metric(s))`);
}
/**
 * Rules from the `rules` input and from mlci.yml's `compare-metrics.gate`; one metric in both is an
 * error. Also the rules release re-checks the gate with.
 */
async function readRules(io, inputs) {
    let fromInput = [];
    if (inputs.rules?.trim()) {
        let value;
        try {
            value = (0,dist/* parse */.qg)(inputs.rules);
        }
        catch (cause) {
            throw new errors/* UsageError */.eb(`input \`rules\` is not valid YAML: ${(0,errors/* messageOf */.bD)(cause).split('\n')[0]}`, {
                cause,
            });
        }
        fromInput = (0,rules/* parseRules */.N)(value, { file: 'input `rules`' });
    }
    const configPath = (0,external_node_path_.resolve)(io.cwd, inputs.config);
    let fromConfig = [];
    if ((0,external_node_fs_.existsSync)(configPath)) {
        const config = await (0,loader/* loadConfig */.Z)(configPath);
        const section = config.value['compare-metrics'];
        if (section?.gate !== undefined) {
            fromConfig = (0,rules/* parseRules */.N)(section.gate, {
                file: inputs.config,
                ...config.locate(['compare-metrics', 'gate']),
            });
        }
    }
    const both = fromInput.filter((rule) => fromConfig.some((other) => other.metric === rule.metric));
    if (both.length) {
        throw new errors/* UsageError */.eb(`rules for ${both.map((r) => `\`${r.metric}\``).join(', ')} are given both in \`rules\` and in ${inputs.config} (compare-metrics.gate)`, {
            hint: 'keep each metric in one place',
        });
    }
    return [...fromConfig, ...fromInput];
}
/**
 * The bootstrap's progress: resamples drawn so far (every metric's, summed), as the updating line on a
 * terminal, else a log line every 10 s of a long run; nothing for a run shorter than that.
 */
function bootstrapProgress(io) {
    const task = (0,progress/* progressOrLog */.lH)(io.progress, (line) => io.log.info(line), {
        label: 'bootstrap',
        unit: 'resamples',
        everyMs: 10_000,
        line: (done, seconds) => `bootstrap: ${done.toLocaleString('en-US')} resamples (${Math.round(done / seconds).toLocaleString('en-US')}/s)`,
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


/***/ }),

/***/ 80895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ getCompareInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_metrics_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4793);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65355);



function oneOf(read, name, allowed, fallback) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, name, fallback);
    if (allowed.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`${name}\` must be one of ${allowed.join(', ')}, got "${value}"`);
}
/** The only place compare-metrics reads its inputs. */
function getCompareInputs(read) {
    const order = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readList */ .LD)(read, 'baseline-order');
    for (const name of order) {
        if (!_core_metrics_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .BASELINE_SOURCES */ .B.includes(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`baseline-order\`: unknown source "${name}"`, {
                hint: `known sources: ${_core_metrics_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .BASELINE_SOURCES */ .B.join(', ')}`,
            });
        }
    }
    const mode = oneOf(read, 'mode', ['block-on-regression', 'all-must-pass'], 'block-on-regression');
    const stratify = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'stratify', 'auto');
    return {
        candidate: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'candidate'),
        predictions: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'predictions'),
        baseline: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'baseline'),
        'baseline-predictions': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'baseline-predictions'),
        'baseline-order': (order.length ? order : [..._core_metrics_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .BASELINE_SOURCES */ .B]),
        'release-asset': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'release-asset', 'mlci-release-record.json'),
        'artifact-name': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'artifact-name', 'mlci-baseline'),
        workflow: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'workflow'),
        'metrics-path': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'metrics-path'),
        'base-ref': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'base-ref'),
        rules: read.get('rules'),
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'config', 'mlci.yml'),
        mode,
        'on-inconclusive': oneOf(read, 'on-inconclusive', ['pass', 'fail'], mode === 'all-must-pass' ? 'fail' : 'pass'),
        'on-no-baseline': oneOf(read, 'on-no-baseline', ['pass', 'fail'], 'pass'),
        alpha: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(read, 'alpha', 0.05, { min: 1e-6, max: 0.5 }),
        power: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(read, 'power', 0.8, { min: 0.5, max: 0.999 }),
        resamples: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(read, 'resamples', 2000, { min: 100, max: 1_000_000, integer: true }),
        seed: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(read, 'seed', 20240611, { min: 0, max: 4294967295, integer: true }),
        stratify: stratify === 'true'
            ? 'always'
            : stratify === 'false'
                ? 'never'
                : oneOf(read, 'stratify', ['auto', 'always', 'never'], 'auto'),
        task: oneOf(read, 'task', ['auto', 'classification', 'regression'], 'auto'),
        'positive-label': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'positive-label'),
        threshold: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(read, 'threshold', 0.5),
        'eval-data': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'eval-data'),
        'allow-different-test-sets': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(read, 'allow-different-test-sets', false),
        report: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'report', 'mlci-comparison-report.json'),
        token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(read, 'token'),
        acceptances: oneOf(read, 'acceptances', ['auto', 'off'], 'auto'),
    };
}


/***/ }),

/***/ 44673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ linkInside),
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



/** True when `path` is `root` or below it (both absolute, already real). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The one link rule (DESIGN.md, trust boundaries), shared by build-image's sources and train's outputs:
 * a symbolic link whose target resolves (through every further link) outside `root` is a usage error
 * naming the link, so no file reached through a link — a credentials file, /etc — is ever packed into an
 * image or a cache entry. A link that stays inside is returned for the caller to keep as a link (or, where
 * it cannot be, to copy its target). `root` must be a real path; `shown` is how the error names the link.
 */
async function linkInside(absolute, root, shown, rootName = 'the workspace') {
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(absolute);
    // A dangling link has no real path: judge the path it names.
    const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), target));
    if (!isInside(root, resolved)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`symlink "${shown}" points outside ${rootName} (to ${target})`, {
            hint: 'a link may only point inside the workspace; copy the target in or remove the link',
        });
    }
    return { target, resolved };
}


/***/ }),

/***/ 4793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ BASELINE_SOURCES),
/* harmony export */   o: () => (/* binding */ resolveBaseline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/** Where a baseline can come from, in the order a user may set. */
const BASELINE_SOURCES = ['file', 'release', 'artifact', 'git'];
/**
 * Tries the sources in order; the first that finds something wins. A source that fails (an API error
 * after retries, a missing permission, an expired artifact) is recorded and the next one is tried:
 * the baseline fails over rather than failing the job.
 */
async function resolveBaseline(order, sources) {
    const searched = [];
    for (const name of order) {
        const source = sources.get(name);
        if (!source) {
            searched.push({ source: name, outcome: 'skipped', reason: 'not configured' });
            continue;
        }
        try {
            const result = await source.find();
            if (typeof result === 'string') {
                searched.push({ source: name, outcome: 'not-found', reason: result });
                continue;
            }
            searched.push({ source: name, outcome: 'found', reason: describeDetail(result.detail) });
            return { source: name, found: result, searched };
        }
        catch (thrown) {
            searched.push({ source: name, outcome: 'error', reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(thrown) });
        }
    }
    return { searched };
}
function describeDetail(detail) {
    return Object.entries(detail)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ');
}


/***/ }),

/***/ 5583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/**
 * The one markdown choke point (DESIGN.md "Trust boundaries"): text from data, file names, metric
 * names, branch names, PR text or server replies is made inert here before it reaches a job summary,
 * comment, issue, review or check run (reliability §2.6 MD-01…MD-09): no HTML, links, images,
 * @mentions, #references, table breaks, workflow-command words or bidi tricks. The result stays on one
 * line, so it is safe in a table cell, a heading or a list item.
 */
function escapeMarkdown(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return (cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/@/g, '@\u200b')
        // GitHub links #123 (and owner/repo#123) on the rendered text, where `\#` is a plain `#` again.
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        .replace(/^(\s*)([-=:])/, '$1\\$2')
        .replace(/::/g, ':\u200b:')
        // GFM's extended autolinks need no brackets: `https://x` and `www.x` become links even escaped.
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\b(www)\./gi, '$1\u200b.'));
}
/** A table cell from untrusted text: escaped, one line, at most `max` characters before escaping. */
function cell(text, max = 120) {
    return escapeMarkdown(text, max);
}
/**
 * Untrusted text as inline code: the backtick run that fences it is longer than any inside it, and
 * characters a table would act on (`|`, newlines) are replaced, since code spans do not escape them.
 */
function inlineCode(text, max = 200) {
    const cut = (text.length > max ? `${text.slice(0, max)}…` : text)
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/\|/g, '¦')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') || cut === '' ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/**
 * A fenced code block around untrusted multi-line text (logs, diffs): the fence is longer than any
 * backtick run inside, so the text cannot close it and become markdown.
 */
function codeBlock(text, language = '') {
    const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
    const longest = Math.max(2, ...(clean.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${clean.replace(/\n?$/, '\n')}${fence}`;
}
/**
 * Untrusted text inside an HTML block (`<summary>…</summary>`), where markdown escapes would show
 * literally: HTML-escaped, one line, and `@`/`#` broken with a zero-width space so GitHub's mention
 * and reference linking, which runs on the rendered text, finds nothing.
 */
function htmlText(text, max = 200) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1\u200b')
        .replace(/::/g, ':\u200b:')
        .replace(/:\/\//g, ':/\u200b/');
}
/**
 * A link whose text is untrusted and whose URL mlci built itself (a file at a commit on the
 * repository's own server). A URL that is not plain https without spaces, brackets or quotes is
 * refused: the escaped text is returned without a link.
 */
function link(text, url, max = 120) {
    const label = escapeMarkdown(text, max);
    if (!/^https:\/\/[^\s()<>"'`\\[\]]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/**
 * A label inside a mermaid chart (axis category, series title), which mermaid parses itself: only
 * ASCII letters, digits, space and `._-/` survive, at most `max` characters, so no directive (`%%`),
 * HTML or quote can reach the chart source. Always non-empty.
 */
function mermaidLabel(text, max = 24) {
    const clean = text
        .replace(/[^A-Za-z0-9 ._\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const cut = clean.length > max ? `${clean.slice(0, max - 1)}~` : clean;
    return cut || '_';
}
/**
 * Untrusted text as a mermaid label (timeline periods and events): only letters, digits, spaces and
 * `._/+-@` survive, `@` loses its mention power, and the result is capped. Mermaid reads `:` as an event
 * separator, `#`/`;` as entity and statement syntax, and brackets/quotes as node shapes, so all of
 * them go.
 */
function mermaidText(text, max = 60) {
    const kept = text
        .replace(/[^A-Za-z0-9 ._/+@-]/g, ' ')
        .replace(/@/g, 'at ')
        .replace(/\s+/g, ' ')
        .trim();
    return (kept.length > max ? `${kept.slice(0, max)}…` : kept) || '-';
}


/***/ }),

/***/ 71501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ writeStreamAtomic)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);




// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set();
function onSignal(signal) {
    for (const temp of pending) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
        }
        catch {
            // Already renamed or removed.
        }
    }
    pending.clear();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    // Re-raised with no handler of ours left: the default action (or another handler) runs.
    process.kill(process.pid, signal);
}
function track(temp) {
    if (pending.size === 0 && process.platform !== 'win32') {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    pending.add(temp);
}
function untrack(temp) {
    pending.delete(temp);
    if (pending.size === 0) {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
let temps = 0;
/**
 * A temp name beside `path` (same directory, so the rename is atomic), hidden and unique: the process id
 * and a count tell this process's writes apart, a random part other processes' with a reused id (not
 * node:crypto: loading it costs every run's start-up ~15 ms).
 */
function tempPathFor(path) {
    const random = Math.floor(Math.random() * 2 ** 32).toString(16);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${++temps}.${random}.tmp`);
}
async function fsyncDirectory(dir) {
    // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
    if (process.platform === 'win32')
        return;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r').catch(() => undefined);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
}
/**
 * The one way mlci writes a file (DESIGN.md, trust boundaries): into a temp file in the same directory,
 * fsync, rename over `path`. A reader sees the old file or the whole new one, never a half; a failed or
 * killed write leaves the old file as it was and no temp behind. `write` streams the content into the
 * temp file (a docker tar, a verified blob); throwing from it abandons the write.
 */
async function writeStreamAtomic(path, write, options = {}) {
    const durable = options.durable ?? true;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        if (durable) {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'r+');
            try {
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (thrown) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw thrown;
    }
    finally {
        untrack(temp);
    }
    if (durable)
        await fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content, options = {}) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    }, options);
}


/***/ }),

/***/ 74814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ checkRunPaths)
/* harmony export */ });
/* unused harmony exports checkOutputsAreNotInputs, warnInputsOutsideWorkspace */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44673);




async function realOf(absolute) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined);
    if (real)
        return real;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
    return parent === absolute ? absolute : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await realOf(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
}
async function identities(cwd, paths) {
    const out = [];
    for (const [name, value] of Object.entries(paths)) {
        for (const path of typeof value === 'string' ? [value] : (value ?? [])) {
            if (!path)
                continue;
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
            out.push({
                name,
                path,
                real: await realOf(absolute),
                inode: info?.isFile() ? `${info.dev}:${info.ino}` : undefined,
            });
        }
    }
    return out;
}
const same = (a, b) => a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
/**
 * The one check that no file mlci writes is one it reads in the same run (DESIGN.md, trust boundaries):
 * an output that resolves (real path, or the same inode through a hard link) to an input, or two outputs
 * that resolve to one file, is a usage error (exit 2) before any work. Command entries call it first.
 */
async function checkOutputsAreNotInputs(cwd, outputs, inputs) {
    const outs = await identities(cwd, outputs);
    const ins = await identities(cwd, inputs);
    for (const [i, out] of outs.entries()) {
        const input = ins.find((candidate) => same(out, candidate));
        if (input) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`\`${out.name}\` (${out.path}) is the input \`${input.name}\` (${input.path}): mlci would overwrite a file it reads`, { hint: `write the ${out.name} to another path` });
        }
        const other = outs.slice(0, i).find((candidate) => same(out, candidate));
        if (other) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`\`${out.name}\` and \`${other.name}\` are the same file (${out.path})`, {
                hint: `give \`${out.name}\` a path of its own`,
            });
        }
    }
}
/**
 * Inputs that resolve (links followed) outside the workspace, on a runner: a warning each, naming the
 * input. The workflow author chose them, so not an error; but a path a pull request controls should not
 * reach a runner's other files unnoticed. Silent in the CLI, where the shell's cwd is no boundary.
 */
async function warnInputsOutsideWorkspace(io, inputs) {
    if (io.env.GITHUB_ACTIONS !== 'true')
        return;
    const workspace = await realOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd));
    for (const input of await identities(io.cwd, inputs)) {
        if (!(0,_core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(workspace, input.real))
            io.log.warning(`input \`${input.name}\` (${input.path}) resolves outside the workspace, to ${input.real}`);
    }
}
/** What every command entry does first: warn about inputs outside the workspace, refuse outputs that are inputs. */
async function checkRunPaths(io, outputs, inputs) {
    await warnInputsOutsideWorkspace(io, inputs);
    await checkOutputsAreNotInputs(io.cwd, outputs, inputs);
}


/***/ }),

/***/ 85923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ keepReportCurrent)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27827);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18614);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71501);





const inodeOf = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then((info) => `${info.dev}:${info.ino}`, () => undefined);
/**
 * Runs a command's work so that a failed run never leaves the previous run's report looking current:
 * when `work` throws and the report at `path` is still the one from before (every report is written
 * atomically, so a rewrite is a new inode), it is replaced by `{kind, version, status: "error", error}`
 * and the error goes on. A report this run wrote (a failed gate writes its report, then throws) is kept.
 * Call it after checkOutputsAreNotInputs, so the path is known not to be an input.
 */
async function keepReportCurrent(path, header, work) {
    const before = await inodeOf(path);
    try {
        return await work();
    }
    catch (thrown) {
        if (before !== undefined && (await inodeOf(path)) === before) {
            const stale = {
                kind: header.kind,
                version: header.version,
                tool: { name: 'mlci', version: _core_version_js__WEBPACK_IMPORTED_MODULE_3__/* .MLCI_VERSION */ .B },
                status: 'error',
                error: {
                    message: (0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(thrown)),
                    exitCode: thrown instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlciError */ .sc ? thrown.exitCode : 1,
                },
            };
            await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(path, `${JSON.stringify(stale, null, 2)}\n`).catch(() => undefined);
        }
        throw thrown;
    }
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
