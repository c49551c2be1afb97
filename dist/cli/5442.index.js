export const id = 5442;
export const ids = [5442];
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

/***/ 75724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ loadHistory)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_release_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64692);
/* harmony import */ var _platform_github_release_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9230);



/**
 * Production history from the releases, newest first (by `releasedAt`), for one model when given.
 * A release whose record asset is not a valid record is skipped with a warning: it is not evidence.
 * A draft release of `draftTag` (the tag about to be released) is a usage error.
 */
async function loadHistory(github, repo, asset, model, log, draftTag) {
    const { records, skipped, drafts } = await (0,_platform_github_release_records_js__WEBPACK_IMPORTED_MODULE_2__/* .readRecords */ .T3)(github, repo, asset);
    const draft = drafts.find((r) => r.tag_name === draftTag);
    if (draft) {
        // Checked before anything moves: GitHub would refuse the release of this tag after the promotion.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`a draft release of ${draftTag} exists (${draft.html_url}); mlci attaches the record to a published release`, {
            hint: 'publish the draft (its notes become the "why") or delete it, then re-run',
        });
    }
    for (const reason of skipped)
        log.warning(`skipped ${reason}`);
    const ordered = (0,_core_release_history_js__WEBPACK_IMPORTED_MODULE_1__/* .productionHistory */ .mt)(records.map((r) => r.record), model);
    return ordered.map((record) => records.find((r) => r.record === record));
}


/***/ }),

/***/ 63707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release),
  whyOf: () => (/* binding */ whyOf)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/image/reference.js
var reference = __webpack_require__(19349);
;// CONCATENATED MODULE: ./build/core/release/promotion.js
/**
 * Production before the release of `tag`: the newest record of another tag, and on a rerun after this
 * tag was recorded, the newest one at or before its record (so a rerun compares with what the first
 * run compared with). `history` is newest first.
 */
function productionBefore(history, tag) {
    const earlier = history.find((r) => r.tag === tag);
    return history.find((r) => r.tag !== tag && (!earlier || Date.parse(r.releasedAt) <= Date.parse(earlier.releasedAt)));
}
/**
 * The rollback to `to`, or why there is none. The production tags are the moving tags of what is in
 * production now (not its own full version), and the rollback gets its own release tag,
 * `rollback-<n>-<to>`, n counting rollbacks. When the newest record is already a rollback to `to`, the
 * plan converges on it instead of rolling back twice.
 *
 *   history = [v1.4.0 (tags 1.4.0, 1.4, 1), v1.3.0]
 *   planRollback(history, 'v1.3.0') = { target: v1.3.0, from: v1.4.0, tags: ['1.4', '1'], tag: 'rollback-1-v1.3.0' }
 */
function planRollback(history, to) {
    const target = history.find((r) => r.tag === to && !r.rollback);
    if (!target) {
        const known = history.filter((r) => !r.rollback).map((r) => r.tag);
        return `no production release ${to} to roll back to (recorded: ${known.slice(0, 10).join(', ') || 'none'})`;
    }
    const current = history[0];
    if (current.rollback?.to.tag === to && current.image.digest === target.image.digest) {
        const from = history[1] ?? current;
        return { target, from, tags: current.image.tags, tag: current.tag, converging: current };
    }
    if (current === target)
        return `${to} is already in production`;
    const moving = current.image.tags.filter((t) => t !== current.release && t !== current.tag);
    const n = history.filter((r) => r.rollback).length + 1;
    return { target, from: current, tags: moving, tag: `rollback-${n}-${to}` };
}

// EXTERNAL MODULE: ./build/core/release/record.js
var release_record = __webpack_require__(15051);
;// CONCATENATED MODULE: ./build/core/release/tag-pattern.js
const DEFAULT_TEMPLATES = (/* unused pure expression or super */ null && (['{{version}}', '{{major}}.{{minor}}', '{{major}}']));
// semver.org's grammar: no leading zeros in numeric parts, dot-separated prerelease identifiers.
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);
/**
 * The version a tag names, or undefined when the tag is not `<prefix><semver>`.
 *
 *   parseReleaseTag('v1.4.0', 'v')          = { major: 1, minor: 4, patch: 0, prerelease: '', version: '1.4.0' }
 *   parseReleaseTag('v1.4.0-rc.1+b7', 'v')  = { …, prerelease: 'rc.1', version: '1.4.0-rc.1' }
 *   parseReleaseTag('v1.4', 'v')            = undefined
 */
function parseReleaseTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    const match = SEMVER.exec(tag.slice(prefix.length));
    if (!match)
        return undefined;
    const [, major, minor, patch, prerelease = ''] = match;
    const core = `${major}.${minor}.${patch}`;
    return {
        major: Number(major),
        minor: Number(minor),
        patch: Number(patch),
        prerelease,
        version: prerelease ? `${core}-${prerelease}` : core,
    };
}
/**
 * The image tags a release moves, in template order, without duplicates. As in metadata-action, a
 * prerelease only gets the templates that carry its full version: `1.4.0-rc.1` must never move `1.4` or `1`.
 *
 *   imageTags(v1.4.0, { templates: DEFAULT_TEMPLATES, latest: true })  = ['1.4.0', '1.4', '1', 'latest']
 *   imageTags(v1.4.0-rc.1, same)                                       = ['1.4.0-rc.1']
 */
function imageTags(version, tag, pattern) {
    const tags = [];
    for (const template of pattern.templates) {
        const full = template.includes('{{version}}') || template.includes('{{tag}}');
        if (version.prerelease && !full)
            continue;
        const value = template
            .replaceAll('{{version}}', version.version)
            .replaceAll('{{tag}}', tag)
            .replaceAll('{{major}}', String(version.major))
            .replaceAll('{{minor}}', String(version.minor))
            .replaceAll('{{patch}}', String(version.patch))
            // OCI tags allow [A-Za-z0-9_.-]; `+` of build metadata (from {{tag}}) becomes `-` as in metadata-action.
            .replaceAll('+', '-');
        if (!tags.includes(value))
            tags.push(value);
    }
    if (pattern.latest && !version.prerelease && !tags.includes('latest'))
        tags.push('latest');
    return tags;
}
/** Reasons a template is unusable: an unknown placeholder, or characters no OCI tag may hold. */
function checkTemplate(template) {
    const unknown = template.match(/\{\{(?!(?:version|major|minor|patch|tag)\}\})[^}]*\}\}/);
    if (unknown)
        return `unknown placeholder ${unknown[0]} (known: {{version}}, {{major}}, {{minor}}, {{patch}}, {{tag}})`;
    const literal = template.replace(/\{\{\w+\}\}/g, '0');
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(literal))
        return 'not a valid OCI tag once filled in';
    return undefined;
}

// EXTERNAL MODULE: ./build/platform/github/errors.js
var github_errors = __webpack_require__(61381);
;// CONCATENATED MODULE: ./build/platform/github/approvals.js

/**
 * Who approved the run's protected environments (required reviewers), as GitHub records it
 * (reference §4.4). A run without protection rules has none; a 404 (GHES without the endpoint, or a
 * run of another repository) also gives none rather than failing the release.
 */
async function runApprovals(client, repo, runId) {
    let list;
    try {
        list = await client.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...repo, run_id: Number(runId) }, 'actions: read');
    }
    catch (thrown) {
        if (thrown instanceof github_errors/* GitHubError */.y && thrown.status === 404)
            return [];
        throw thrown;
    }
    return list.map((a) => ({
        user: a.user?.login ?? 'unknown',
        state: a.state ?? 'unknown',
        comment: a.comment ?? '',
        environments: (a.environments ?? []).map((e) => e.name ?? '').filter(Boolean),
    }));
}

// EXTERNAL MODULE: ./build/platform/github/marked.js
var marked = __webpack_require__(97118);
// EXTERNAL MODULE: ./build/platform/github/release-records.js
var release_records = __webpack_require__(9230);
;// CONCATENATED MODULE: ./build/platform/github/release-publish.js




/** The published release of `tag`, or undefined. */
async function releaseByTag(client, repo, tag) {
    try {
        return await client.get('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag }, 'contents: read');
    }
    catch (thrown) {
        if (thrown instanceof github_errors/* GitHubError */.y && thrown.status === 404)
            return undefined;
        throw thrown;
    }
}
/**
 * The release of `tag`, created if missing. A creating POST whose outcome is unknown looks the release
 * up before trying again, so a rerun or a retry never makes a second one; a 422 "already exists" (a
 * concurrent run won) is answered with the existing release.
 */
async function ensureRelease(client, repo, fields) {
    const existing = await releaseByTag(client, repo, fields.tag);
    if (existing)
        return existing;
    try {
        return await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/releases', {
            ...repo,
            tag_name: fields.tag,
            target_commitish: fields.commit,
            name: fields.name,
            body: fields.body,
            make_latest: fields.makeLatest ? 'true' : 'false',
        }, () => releaseByTag(client, repo, fields.tag), { permission: 'contents: write' });
    }
    catch (thrown) {
        if (!(thrown instanceof github_errors/* GitHubError */.y) || thrown.status !== 422)
            throw thrown;
        const raced = await releaseByTag(client, repo, fields.tag);
        if (raced)
            return raced;
        // GitHub does not find drafts by tag, but refuses a second release of the tag.
        const draft = (await (0,release_records/* listReleases */.tH)(client, repo)).find((r) => r.draft && r.tag_name === fields.tag);
        if (draft) {
            throw new errors/* UsageError */.eb(`a draft release of ${fields.tag} exists (${draft.html_url}); mlci attaches the record to a published release`, {
                hint: 'publish the draft (its notes become the "why") or delete it, then re-run',
                cause: thrown,
            });
        }
        throw thrown;
    }
}
/** The assets of a release as GitHub lists them now. */
async function assetsOf(client, repo, release) {
    return client.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...repo, release_id: release.id }, 'assets', { maxPages: 10, permission: 'contents: read' });
}
/**
 * Puts `bytes` as the asset `name` of `release`, idempotently: an asset with the same bytes is kept,
 * one with other bytes is replaced (GitHub refuses a second asset of the same name). An upload whose
 * outcome is unknown is looked up before trying again. Returns what happened.
 */
async function putAsset(client, repo, release, name, bytes, contentType) {
    const current = (await assetsOf(client, repo, release)).find((a) => a.name === name);
    if (current &&
        current.size === bytes.length &&
        (await (0,release_records/* downloadAsset */.Bx)(client, repo, current.id)).equals(bytes))
        return 'kept';
    if (current) {
        await client.write('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: current.id }, { permission: 'contents: write' });
    }
    // Uploads go to uploads.github.com (GHES: <host>/api/uploads), named by the release's upload_url.
    const baseUrl = release.upload_url.replace(/\/repos\/.*$/, '');
    const find = async () => {
        const found = (await assetsOf(client, repo, release)).find((a) => a.name === name);
        return found && found.size === bytes.length ? found : undefined;
    };
    await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name}', { ...repo, baseUrl, release_id: release.id, name, data: bytes, headers: { 'content-type': contentType } }, find, { permission: 'contents: write' });
    return current ? 'replaced' : 'uploaded';
}

// EXTERNAL MODULE: ./build/platform/git/run.js
var run = __webpack_require__(45092);
;// CONCATENATED MODULE: ./build/platform/git/tag.js

/**
 * The tag as the workspace's git sees it, or undefined when git or the tag is missing. actions/checkout
 * on a tag push fetches the tag object itself, so the message and tagger are there at depth 1.
 */
async function tagInfo(cwd, tag) {
    if (!(0,run/* isSafeRef */.fx)(tag))
        return undefined;
    const commit = await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    if (!commit)
        return undefined;
    const type = await (0,run/* tryGit */.Ii)(cwd, ['cat-file', '-t', `refs/tags/${tag}`]);
    if (type !== 'tag')
        return { commit };
    const fields = await (0,run/* tryGit */.Ii)(cwd, [
        'for-each-ref',
        '--format=%(taggername) %(taggeremail)%00%(contents)',
        `refs/tags/${tag}`,
    ]);
    const [tagger = '', contents = ''] = (fields ?? '').split('\0');
    const message = contents.replace(/-----BEGIN (PGP|SSH) SIGNATURE-----[\s\S]*$/, '').trim();
    return { commit, tagger: tagger.trim() || undefined, message: message || undefined };
}

// EXTERNAL MODULE: ./build/platform/registry/promote.js
var promote = __webpack_require__(71064);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/image/digest.js
var digest = __webpack_require__(80046);
// EXTERNAL MODULE: ./build/core/image/lineage.js
var image_lineage = __webpack_require__(28793);
// EXTERNAL MODULE: ./build/core/text/order.js
var order = __webpack_require__(51472);
;// CONCATENATED MODULE: ./build/core/release/candidate.js




const PREDICTIONS = /(^|\/)predictions\.(jsonl|csv)$/i;
const METRICS = /(^|\/)metrics\.(json|ya?ml|csv)$/i;
function kindOf(text) {
    if (!text.trimStart().startsWith('{'))
        return undefined;
    try {
        const kind = JSON.parse(text).kind;
        return typeof kind === 'string' ? kind : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Reads the candidate artifact's files (untrusted: any name, any bytes): the mlci/image-report gives
 * the image, the mlci/run-record the metrics and lineage (a `metrics.*` file when there is no run
 * record), `predictions.jsonl|csv` the per-example predictions. Two files of one kind are ambiguous.
 */
function readCandidate(files) {
    const byKind = new Map();
    let predictions;
    let metricsFile;
    for (const [name, bytes] of [...files].sort(([a], [b]) => (0,order/* byCodeUnits */.C)(a, b))) {
        const text = Buffer.from(bytes).toString('utf8');
        if (PREDICTIONS.test(name))
            predictions ??= { name, text };
        const kind = name.endsWith('.json') ? kindOf(text) : undefined;
        if (kind)
            byKind.set(kind, [...(byKind.get(kind) ?? []), { name, text }]);
        else if (METRICS.test(name))
            metricsFile ??= { name, text };
    }
    const one = (kind) => {
        const found = byKind.get(kind) ?? [];
        if (found.length > 1)
            throw new errors/* DataError */.fL(`the candidate artifact holds ${found.length} ${kind} files (${found.map((f) => f.name).join(', ')})`, {
                hint: 'upload one per release candidate',
            });
        return found[0];
    };
    const imageReport = one('mlci/image-report');
    const runRecord = one('mlci/run-record');
    const image = imageReport ? imageOf(imageReport) : undefined;
    const lineage = runRecord ? (0,image_lineage/* modelLineage */.xR)(JSON.parse(runRecord.text)) : {};
    return {
        image,
        metrics: runRecord ?? metricsFile,
        predictions,
        fingerprints: {
            run: runRecord ? (0,digest/* sha256 */.sc)(runRecord.text) : null,
            model: lineage.runFingerprint ?? null,
            data: lineage.dataFingerprint ?? null,
        },
    };
}
function imageOf(file) {
    const report = JSON.parse(file.text);
    if (typeof report.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(report.digest))
        throw new errors/* DataError */.fL(`${file.name}: the image report has no sha256 digest`);
    if (report.pushed === false || typeof report.image !== 'string')
        throw new errors/* DataError */.fL(`${file.name}: the image was not pushed to a registry, so there is nothing to promote`, {
            hint: 'push the candidate image in the build run (build-image with `image`)',
        });
    const layers = Array.isArray(report.layers)
        ? report.layers
            .filter((l) => typeof l?.digest === 'string')
            .map((l) => ({
            name: String(l.name ?? ''),
            role: String(l.role ?? ''),
            digest: l.digest,
        }))
        : [];
    const revision = typeof report.lineage?.revision === 'string' ? report.lineage.revision : undefined;
    return {
        reference: `${report.image}@${report.digest}`,
        digest: report.digest,
        layers,
        ...(revision ? { revision } : {}),
    };
}
/**
 * Whether a rebuild gave the candidate's image: the same digest, or the first layer (by position) whose
 * digest differs, named as the rebuild report names it; when every layer matches, the config or
 * manifest differs (created time, labels).
 */
function compareRebuild(candidate, rebuilt) {
    if (candidate.digest === rebuilt.digest)
        return undefined;
    const n = Math.max(candidate.layers.length, rebuilt.layers.length);
    for (let i = 0; i < n; i++) {
        const a = candidate.layers[i];
        const b = rebuilt.layers[i];
        if (a?.digest === b?.digest)
            continue;
        const label = b ? `layer ${i + 1} "${b.name}"${b.role ? ` (${b.role})` : ''}` : `layer ${i + 1}`;
        if (!a)
            return `${label} is new in the rebuild (${b.digest})`;
        if (!b)
            return `${label} "${a.name}" is missing from the rebuild`;
        return `${label} differs: reviewed ${a.digest}, rebuilt ${b.digest}`;
    }
    return `every layer matches; the image config or manifest differs (reviewed ${candidate.digest}, rebuilt ${rebuilt.digest}): check source-date-epoch and labels`;
}
/** An mlci/image-report given as the rebuild (`rebuild-report`), as a CandidateImage. */
function readImageReport(file) {
    if (kindOf(file.text) !== 'mlci/image-report')
        throw new errors/* DataError */.fL(`${file.name} is not an mlci/image-report`);
    const report = JSON.parse(file.text);
    return imageOf({ ...file, text: JSON.stringify({ ...report, pushed: true, image: 'rebuild' }) });
}

// EXTERNAL MODULE: ./build/platform/github/zip.js
var github_zip = __webpack_require__(49071);
;// CONCATENATED MODULE: ./build/platform/github/candidate-artifact.js

const UNTRUSTED_EVENTS = /^pull_request/;
/**
 * The artifact `name` of a successful run that built exactly `sha` (any branch: the build ran on the
 * default branch, the release runs on the tag), or the list of what was searched. Runs of pull-request
 * events and of forks are never used: their artifacts are not what was reviewed and merged.
 */
async function findCandidateArtifact(client, repo, sha, name, workflow) {
    const route = workflow
        ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
        : 'GET /repos/{owner}/{repo}/actions/runs';
    const runs = await client.paginate(route, { ...repo, workflow_id: workflow, status: 'success', head_sha: sha }, 'workflow_runs', { maxPages: 2, permission: 'actions: read' });
    const full = `${repo.owner}/${repo.repo}`.toLowerCase();
    const trusted = runs.filter((run) => run.head_sha === sha &&
        !UNTRUSTED_EVENTS.test(run.event) &&
        (run.head_repository?.full_name ?? full).toLowerCase() === full);
    const where = `successful${workflow ? ` ${workflow}` : ''} runs at ${sha.slice(0, 12)}`;
    if (trusted.length === 0)
        return `no ${where}`;
    const expired = [];
    for (const run of trusted) {
        const artifacts = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...repo, run_id: run.id, name }, 'artifacts', { maxPages: 1, permission: 'actions: read' });
        const artifact = artifacts.find((a) => a.name === name);
        if (!artifact)
            continue;
        if (artifact.expired) {
            expired.push(run.id);
            continue;
        }
        const zip = await client.download('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...repo, artifact_id: artifact.id, archive_format: 'zip' }, { permission: 'actions: read' });
        return { run: { id: run.id, url: run.html_url ?? null }, files: (0,github_zip/* readZip */.u)(zip) };
    }
    if (expired.length)
        return `artifact ${name} of run ${expired.join(', ')} has expired (retention)`;
    return `none of the ${trusted.length} ${where} uploaded an artifact named ${name}`;
}

;// CONCATENATED MODULE: ./build/actions/release/candidate.js







/**
 * What was reviewed for `commit`: the artifact of the run that built it; its image may instead be
 * named by `candidate-image` (resolved to a digest in the registry). Without an image the error names
 * everything searched.
 */
async function findCandidate(io, ctx, inputs, commit) {
    const name = inputs['candidate-artifact'];
    const found = await findCandidateArtifact(ctx.github, ctx.repo, commit, name, inputs.workflow);
    const searched = [`artifact ${name}: ${typeof found === 'string' ? found : `run ${found.run.id}`}`];
    const candidate = typeof found === 'string' ? undefined : readCandidate(found.files);
    let image = candidate?.image;
    let source = typeof found === 'string' ? '' : `artifact ${name} of run ${found.run.id}`;
    if (!image && inputs['candidate-image']) {
        image = await imageInRegistry(ctx, inputs['candidate-image']);
        source = source ? `${source}; image ${inputs['candidate-image']}` : `image ${inputs['candidate-image']}`;
    }
    else if (!image) {
        searched.push(typeof found === 'string'
            ? 'input candidate-image: not given'
            : `the artifact has no mlci/image-report`);
    }
    if (!image) {
        throw new errors/* DataError */.fL(`no release candidate for commit ${commit.slice(0, 12)} (searched: ${searched.join('; ')})`, {
            hint: 'upload the build’s image report, run record and predictions as the candidate artifact on the default branch, or set `candidate-image`',
        });
    }
    if (image.revision && image.revision !== commit) {
        throw new errors/* DataError */.fL(`the candidate image ${image.reference} was built from ${image.revision.slice(0, 12)}, not the tagged commit ${commit.slice(0, 12)}`, {
            hint: 'release the commit that was built, or rebuild that commit on the default branch',
        });
    }
    io.log.info(`candidate ${image.reference} from ${source}`);
    return {
        ...(candidate ?? { fingerprints: { run: null, model: null, data: null } }),
        image,
        source,
        buildRun: typeof found === 'string' ? null : found.run,
    };
}
/** The image a reference names, by digest, with its layer digests (for naming a differing layer). */
async function imageInRegistry(ctx, text) {
    const ref = (0,reference/* parseReference */.F2)(text, 'candidate-image');
    if (!ref.digest && !ref.tag)
        throw new errors/* UsageError */.eb(`candidate-image "${text}" needs a tag or a digest`);
    const artifact = await (0,promote/* pullArtifact */.O)(await ctx.registry(ref.registry), ref);
    const digest = artifact.manifest.descriptor.digest;
    const images = artifact.kind === 'index' ? artifact.images : [artifact];
    return {
        reference: `${(0,reference/* formatReference */.FH)({ ...ref, tag: undefined, digest: undefined })}@${digest}`,
        digest,
        layers: images.flatMap((image) => image.layers.map((l, i) => ({ name: `layer ${i + 1}`, role: '', digest: l.descriptor.digest }))),
    };
}
/**
 * The rebuild check: the `rebuild-report` image must have the candidate's digest. Returns the
 * rebuild's digest for the record, or fails naming the first layer that differs.
 */
async function checkRebuild(io, inputs, candidate) {
    const path = inputs['rebuild-report'];
    if (!path)
        return null;
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, path), 'utf8');
    }
    catch (cause) {
        throw new errors/* UsageError */.eb(`cannot read ${path} (input \`rebuild-report\`)`, { cause });
    }
    const rebuilt = readImageReport({ name: path, text });
    const difference = compareRebuild(candidate, rebuilt);
    if (difference) {
        throw new errors/* DataError */.fL(`the rebuild is not the reviewed image: ${difference}`, {
            hint: 'the release promotes only the reviewed digest; make the build reproducible (source-date-epoch, pinned base by digest, same inputs) and tag again',
        });
    }
    io.log.info(`rebuild reproduced ${candidate.digest} exactly (reproducibility proof)`);
    return { digest: rebuilt.digest, identical: true };
}

// EXTERNAL MODULE: ./build/platform/github/repository-client.js
var repository_client = __webpack_require__(73848);
// EXTERNAL MODULE: ./build/platform/registry/client.js + 1 modules
var client = __webpack_require__(9697);
// EXTERNAL MODULE: ./build/platform/registry/credentials.js + 1 modules
var credentials = __webpack_require__(30412);
;// CONCATENATED MODULE: ./build/actions/release/context.js




/** The context from the runner's (or shell's) environment; release cannot run without the API. */
function releaseContext(io, inputs) {
    const found = (0,repository_client/* repositoryClient */.c)(io, inputs.token);
    if (!found) {
        throw new errors/* UsageError */.eb('release needs GITHUB_REPOSITORY and a token (input `token` or GITHUB_TOKEN)', {
            hint: 'on a laptop: GITHUB_REPOSITORY=owner/name GITHUB_TOKEN=$(gh auth token) mlci release …',
        });
    }
    const { client: github, repo: { owner, repo }, token, } = found;
    const server = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = io.env.GITHUB_RUN_ID ?? null;
    const clients = new Map();
    return {
        github,
        repo: { owner, repo },
        actor: io.env.GITHUB_ACTOR ?? null,
        triggeringActor: io.env.GITHUB_TRIGGERING_ACTOR ?? io.env.GITHUB_ACTOR ?? null,
        run: { id: runId, url: runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : null },
        now: () => new Date().toISOString(),
        registry(host) {
            let client = clients.get(host);
            if (!client) {
                client = registryClient(io, inputs, host, token);
                clients.set(host, client);
            }
            return client;
        },
    };
}
/** A registry client with credentials resolved and masked before first use. */
async function registryClient(io, inputs, host, githubToken) {
    const resolved = await (0,credentials/* resolveCredentials */.z)(host, {
        username: inputs['registry-username'],
        password: inputs['registry-password'],
        githubToken,
        env: io.env,
    });
    for (const secret of resolved.secrets)
        io.setSecret(secret);
    if (resolved.warning)
        io.log.warning(resolved.warning);
    io.log.info(`${host}: credentials from ${resolved.from}`);
    return new client/* RegistryClient */.b(host, {
        credentials: resolved.credentials,
        insecure: inputs['insecure-registries'],
        secret: (value) => io.setSecret(value),
    });
}

;// CONCATENATED MODULE: ./build/platform/github/deployments.js

/** `payload.mlci` of a deployment mlci created, read defensively. */
function tagOf(payload) {
    const value = typeof payload === 'string' ? safeJson(payload) : payload;
    const mlci = value?.mlci;
    return typeof mlci?.tag === 'string' ? mlci.tag : undefined;
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * The deployment of `tag` to `environment`, created once: a rerun finds the one an earlier attempt
 * created (by SHA, environment and `payload.mlci.tag`) instead of making another. `auto_merge: false`:
 * GitHub's default would try to merge the default branch into the ref (reference §4.3).
 */
async function ensureDeployment(client, repo, fields) {
    const find = async () => {
        const list = await client.paginate('GET /repos/{owner}/{repo}/deployments', { ...repo, sha: fields.sha, environment: fields.environment, task: 'deploy' }, 'deployments', { maxPages: 5, permission: 'deployments: read' });
        return list.find((d) => tagOf(d.payload) === fields.tag)?.id;
    };
    const existing = await find();
    if (existing !== undefined)
        return existing;
    const created = await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/deployments', {
        ...repo,
        ref: fields.sha,
        task: 'deploy',
        environment: fields.environment,
        auto_merge: false,
        required_contexts: [...fields.requiredContexts],
        description: fields.description.slice(0, 140),
        payload: { mlci: { tag: fields.tag, digest: fields.digest, image: fields.image } },
        production_environment: true,
    }, async () => {
        const id = await find();
        return id === undefined ? undefined : { id };
    }, { permission: 'deployments: write' });
    return created.id;
}
/**
 * Sets the deployment's status unless its newest status already says the same (or one of
 * `unlessNewest`): a rerun after a crash ends with the statuses of one run. Returns whether a status
 * was added.
 */
async function setDeploymentStatus(client, repo, id, status) {
    const description = status.description.slice(0, 140);
    const newest = async () => (await client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: id }, '', { maxPages: 1, permission: 'deployments: read' }))[0];
    const same = (s) => s?.state === status.state && (s.description ?? '') === description;
    const current = await newest();
    if (same(current) || (current && status.unlessNewest?.includes(current.state)))
        return false;
    await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: id,
        state: status.state,
        description,
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        auto_inactive: true,
    }, async () => {
        const s = await newest();
        return same(s) ? s : undefined;
    }, { permission: 'deployments: write' });
    return true;
}

;// CONCATENATED MODULE: ./build/actions/release/deploy.js

/**
 * The deployment of a release or rollback to `environment` (found again on a rerun), whose statuses
 * carry the run's log URL. A rerun of a change that already succeeded does not go back to in_progress.
 */
async function startDeployment(ctx, inputs, fields) {
    const id = await ensureDeployment(ctx.github, ctx.repo, {
        ...fields,
        environment: inputs.environment,
        requiredContexts: inputs['required-contexts'],
    });
    return {
        id,
        status: (state, description) => setDeploymentStatus(ctx.github, ctx.repo, id, {
            state,
            description,
            logUrl: ctx.run.url ?? undefined,
            environmentUrl: inputs['environment-url'],
            unlessNewest: state === 'in_progress' ? ['success'] : [],
        }),
    };
}

// EXTERNAL MODULE: ./build/core/metrics/compare.js + 6 modules
var compare = __webpack_require__(12822);
// EXTERNAL MODULE: ./build/core/metrics/acceptance.js
var acceptance = __webpack_require__(93369);
;// CONCATENATED MODULE: ./build/core/release/decision.js

/**
 * Whether a candidate may replace production, from the gate re-run against the production record:
 * no production yet is the first release; a passing gate releases; a failing one releases only when
 * every failed metric is accepted for this exact commit (an mlci/acceptance check run) or the release
 * step was given `accept` with a reason. A failure that is not about a metric (different test sets)
 * can only be accepted by `accept`.
 */
function decideRelease(report, commit, stored, accept) {
    const metrics = report.metrics.map((m) => ({
        name: m.name,
        value: m.candidate,
        baseline: m.baseline,
        delta: m.delta,
        interval: m.interval,
        verdict: m.verdict,
    }));
    if (report.baseline.source === 'none')
        return { outcome: 'first', reasons: [], acceptances: [], metrics };
    if (report.verdict === 'pass')
        return { outcome: 'pass', reasons: [], acceptances: [], metrics };
    const used = new Map();
    const uncovered = [];
    for (const metric of report.failedMetrics) {
        const found = (0,acceptance/* acceptanceFor */.tW)(stored, commit, metric);
        if (found)
            used.set(found, [...(used.get(found) ?? []), metric]);
        else
            uncovered.push(metric);
    }
    const structural = report.failedMetrics.length === 0;
    const recorded = [...used].map(([a, names]) => ({
        metrics: names,
        reason: a.reason,
        by: a.by,
        source: 'check-run',
        at: a.at,
        url: a.commentUrl,
    }));
    if ((uncovered.length || structural) && accept) {
        recorded.push({
            metrics: structural ? [] : uncovered,
            reason: accept.reason,
            by: accept.by,
            source: 'input',
            at: accept.at,
            url: null,
        });
        return { outcome: 'accepted', reasons: report.reasons, acceptances: recorded, metrics };
    }
    if (uncovered.length || structural) {
        const what = structural ? report.reasons.join('; ') : `regression in ${uncovered.join(', ')}`;
        return {
            outcome: 'refused',
            reasons: [`${what}, and no acceptance for commit ${commit.slice(0, 12)}`, ...report.reasons],
            acceptances: recorded,
            metrics,
        };
    }
    return { outcome: 'accepted', reasons: report.reasons, acceptances: recorded, metrics };
}

// EXTERNAL MODULE: ./build/platform/github/acceptances.js
var acceptances = __webpack_require__(47868);
// EXTERNAL MODULE: ./build/actions/compare-metrics/compare-metrics.js + 2 modules
var compare_metrics = __webpack_require__(86093);
// EXTERNAL MODULE: ./build/actions/compare-metrics/inputs.js
var compare_metrics_inputs = __webpack_require__(80895);
;// CONCATENATED MODULE: ./build/actions/release/gate.js








/**
 * Re-checks the candidate against the current production record with compare-metrics' own code and
 * rules (`rules` / mlci.yml), paired when production's predictions asset is there, then decides with
 * the acceptances recorded for this exact commit and the `accept` input.
 */
async function recheckGate(io, ctx, inputs, candidate, production, commit) {
    if (!candidate.metrics && !candidate.predictions) {
        throw new errors/* DataError */.fL(`the candidate (${candidate.source}) has no metrics to gate: no mlci/run-record, metrics file or predictions`, {
            hint: 'upload the run record (or metrics.json) and predictions.jsonl in the candidate artifact',
        });
    }
    const gate = (0,compare_metrics_inputs/* getCompareInputs */.j)(io.inputs);
    const rules = await (0,compare_metrics.readRules)(io, gate);
    const baseline = await productionBaseline(ctx, inputs, production);
    const report = await (0,compare/* compareMetrics */.f)({
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
    const stored = report.verdict === 'fail' ? await gate_acceptances(io, ctx, commit) : [];
    const accept = inputs.accept
        ? { reason: inputs.accept, by: ctx.actor ?? 'unknown', at: ctx.now() }
        : undefined;
    return { report, decision: decideRelease(report, commit, stored, accept) };
}
/** Production as compare-metrics' `release` source would find it, or "none" before the first release. */
async function productionBaseline(ctx, inputs, production) {
    if (!production) {
        return {
            searched: [{ source: 'release', outcome: 'not-found', reason: 'no production release recorded yet' }],
        };
    }
    const { release, record } = production;
    const asset = record.predictions
        ? release.assets.find((a) => a.name === record.predictions.asset)
        : undefined;
    const predictions = asset
        ? { name: asset.name, text: (await (0,release_records/* downloadAsset */.Bx)(ctx.github, ctx.repo, asset.id)).toString('utf8') }
        : undefined;
    return {
        source: 'release',
        found: {
            metrics: { name: inputs['record-asset'], text: (0,release_record/* serializeRecord */.Om)(record) },
            predictions,
            detail: { release: release.tag_name, asset: inputs['record-asset'] },
        },
        searched: [{ source: 'release', outcome: 'found', reason: `release ${release.tag_name}` }],
    };
}
/** Acceptances on the commit; unreadable ones (no `checks: read`) are a warning, not a pass. */
async function gate_acceptances(io, ctx, commit) {
    try {
        return await (0,acceptances/* readAcceptances */.$o)(ctx.github, ctx.repo, commit);
    }
    catch (thrown) {
        io.log.warning(`cannot read acceptances of ${commit.slice(0, 12)}: ${(0,errors/* messageOf */.bD)(thrown)}`);
        return [];
    }
}

// EXTERNAL MODULE: ./build/actions/inputs.js
var actions_inputs = __webpack_require__(65355);
;// CONCATENATED MODULE: ./build/actions/release/inputs.js



/** The only place release reads its own inputs. */
function getReleaseInputs(read) {
    const templates = (0,actions_inputs/* readList */.LD)(read, 'image-tags');
    for (const template of templates) {
        const problem = checkTemplate(template);
        if (problem)
            throw new errors/* UsageError */.eb(`input \`image-tags\`: "${template}": ${problem}`);
    }
    const inputs = {
        tag: (0,actions_inputs/* readString */.E3)(read, 'tag'),
        image: (0,actions_inputs/* readString */.E3)(read, 'image'),
        // An empty prefix is allowed (tags like 1.4.0): read.get, not readString, keeps it.
        'tag-prefix': read.get('tag-prefix')?.trim() ?? 'v',
        'image-tags': templates.length ? templates : ['{{version}}', '{{major}}.{{minor}}', '{{major}}'],
        latest: (0,actions_inputs/* readBoolean */.Vf)(read, 'latest', false),
        model: (0,actions_inputs/* readString */.E3)(read, 'model'),
        'candidate-artifact': (0,actions_inputs/* readString */.E3)(read, 'candidate-artifact', 'mlci-release-candidate'),
        workflow: (0,actions_inputs/* readString */.E3)(read, 'workflow'),
        'candidate-image': (0,actions_inputs/* readString */.E3)(read, 'candidate-image'),
        'rebuild-report': (0,actions_inputs/* readString */.E3)(read, 'rebuild-report'),
        accept: (0,actions_inputs/* readString */.E3)(read, 'accept'),
        reason: (0,actions_inputs/* readString */.E3)(read, 'reason'),
        'rollback-to': (0,actions_inputs/* readString */.E3)(read, 'rollback-to'),
        environment: (0,actions_inputs/* readString */.E3)(read, 'environment', 'production'),
        'environment-url': (0,actions_inputs/* readString */.E3)(read, 'environment-url'),
        'required-contexts': (0,actions_inputs/* readList */.LD)(read, 'required-contexts'),
        'record-asset': (0,actions_inputs/* readString */.E3)(read, 'record-asset', 'mlci-release-record.json'),
        'intended-use': read.get('intended-use')?.trim() || undefined,
        limitations: read.get('limitations')?.trim() || undefined,
        license: (0,actions_inputs/* readString */.E3)(read, 'license'),
        'data-profile': (0,actions_inputs/* readString */.E3)(read, 'data-profile'),
        record: (0,actions_inputs/* readString */.E3)(read, 'record', 'mlci-release-record.json'),
        'registry-username': (0,actions_inputs/* readString */.E3)(read, 'registry-username'),
        'registry-password': (0,actions_inputs/* readString */.E3)(read, 'registry-password'),
        'insecure-registries': (0,actions_inputs/* readList */.LD)(read, 'insecure-registries'),
        token: (0,actions_inputs/* readString */.E3)(read, 'token'),
    };
    if (inputs['rollback-to'] && !inputs.reason)
        throw new errors/* UsageError */.eb('a rollback needs `reason`: the audit trail records why production went back', {
            hint: 'e.g. --rollback-to v1.3.0 --reason "v1.4.0 doubles p99 latency (INC-212)"',
        });
    if (inputs['rollback-to'] && inputs.accept)
        throw new errors/* UsageError */.eb('`accept` and `rollback-to` cannot be combined: a rollback re-points to a release that already passed');
    return inputs;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/core/text/markdown.js
var markdown = __webpack_require__(5583);
;// CONCATENATED MODULE: ./build/core/release/model-card.js


const fmt = (v) => (v === null ? '—' : String(Number(v.toPrecision(6))));
/**
 * The model card attached to the release: Hugging Face model card metadata as YAML front matter
 * (`model-index` with the evaluation metrics; `dataset.revision` = the test-set fingerprint), then
 * intended use, training data, evaluation with intervals, and limitations. YAML is written by the
 * yaml library (untrusted names stay quoted data); markdown text goes through the one escape.
 */
function renderModelCard(record, text = {}) {
    const name = record.model ?? record.repository.split('/').pop() ?? 'model';
    const front = {
        ...(text.license ? { license: text.license } : {}),
        tags: ['mlci'],
        'model-index': [
            {
                name,
                results: [
                    {
                        task: { type: 'other', name: 'evaluation' },
                        dataset: {
                            type: 'custom',
                            name: 'test set',
                            ...(record.fingerprint ? { revision: record.fingerprint } : {}),
                        },
                        metrics: Object.entries(record.metrics).map(([metric, value]) => ({
                            type: metric,
                            name: metric,
                            value,
                            verified: false,
                        })),
                    },
                ],
            },
        ],
    };
    const lines = [
        '---',
        (0,dist/* stringify */.As)(front).trimEnd(),
        '---',
        '',
        `# ${(0,markdown/* escapeMarkdown */.FV)(name)} ${(0,markdown/* escapeMarkdown */.FV)(record.release)}`,
        '',
        `Image ${(0,markdown/* inlineCode */.ti)(record.image.reference)}, commit ${(0,markdown/* inlineCode */.ti)(record.commit)}, released ${(0,markdown/* escapeMarkdown */.FV)(record.releasedAt)}.`,
        '',
        '## Intended use',
        '',
        text.intendedUse ? (0,markdown/* escapeMarkdown */.FV)(text.intendedUse) : '_Not stated: set the `intended-use` input._',
        '',
        '## Training data',
        '',
        `- Data fingerprint: ${record.fingerprints.data ? (0,markdown/* inlineCode */.ti)(record.fingerprints.data) : 'not recorded'}`,
        `- Model fingerprint: ${record.fingerprints.model ? (0,markdown/* inlineCode */.ti)(record.fingerprints.model) : 'not recorded'}`,
        `- Run record: ${record.fingerprints.run ? (0,markdown/* inlineCode */.ti)(record.fingerprints.run) : 'not recorded'}`,
    ];
    if (text.profile) {
        lines.push(`- Profile: ${text.profile.rows} rows, ${text.profile.columns.length} columns (${text.profile.columns
            .slice(0, 20)
            .map((c) => `${(0,markdown/* escapeMarkdown */.FV)(c.name, 40)}: ${(0,markdown/* escapeMarkdown */.FV)(c.kind, 20)}`)
            .join(', ')}${text.profile.columns.length > 20 ? ', …' : ''})`);
    }
    lines.push('', '## Evaluation', '', `Test set ${record.fingerprint ? (0,markdown/* inlineCode */.ti)(record.fingerprint) : '(no fingerprint)'}; against ${record.evaluation.against ? (0,markdown/* escapeMarkdown */.FV)(record.evaluation.against.tag) : 'no previous production'}: **${record.evaluation.verdict}**.`, '', '| metric | value | production | delta | interval |', '|---|---|---|---|---|', ...record.evaluation.metrics.map((m) => `| ${(0,markdown/* cell */.Hn)(m.name)} | ${fmt(m.value)} | ${fmt(m.baseline)} | ${fmt(m.delta)} | ${m.interval
        ? `[${fmt(m.interval.lower)}, ${fmt(m.interval.upper)}] at ${m.interval.level} (${(0,markdown/* cell */.Hn)(m.interval.method, 40)})`
        : '—'} |`), '', '## Limitations', '', text.limitations ? (0,markdown/* escapeMarkdown */.FV)(text.limitations) : '_Not stated: set the `limitations` input._', '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./build/core/report/marker.js
var marker = __webpack_require__(12971);
// EXTERNAL MODULE: ./build/platform/data/profile-file.js
var profile_file = __webpack_require__(35425);
;// CONCATENATED MODULE: ./build/actions/release/publish.js







/** Names of the assets release attaches beside the record. */
const CARD_ASSET = 'mlci-model-card.md';
const predictionsAsset = (file) => file.name.toLowerCase().endsWith('.csv') ? 'mlci-predictions.csv' : 'mlci-predictions.jsonl';
/** The body of a release mlci creates; its marker tells it apart from notes a person wrote. */
const RELEASE_BODY_MARK = (0,marker/* marker */.Q)('release-body');
/** Release notes a person wrote (the "why"), or undefined for none or mlci's own body. */
function notesOf(release) {
    const body = release?.body?.trim();
    return body && !body.includes(RELEASE_BODY_MARK) ? body : undefined;
}
/**
 * The GitHub release of the record's tag, created if missing, with the predictions, the model card and
 * the record attached, the record last: it is what history and compare-metrics read, so it appears
 * only once everything it points to is there. Every step is idempotent, so a rerun converges.
 */
async function publishRelease(io, ctx, inputs, record, predictions) {
    const release = await ensureRelease(ctx.github, ctx.repo, {
        tag: record.tag,
        commit: record.commit,
        name: `${record.model ? `${record.model} ` : ''}${record.release}${record.rollback ? ` (rollback to ${record.rollback.to.tag})` : ''}`,
        body: releaseBody(record),
        makeLatest: true,
    });
    const put = async (name, bytes, type) => {
        const done = await putAsset(ctx.github, ctx.repo, release, name, bytes, type);
        io.log.info(`release ${record.tag}: ${name} ${done}`);
    };
    if (predictions && record.predictions)
        await put(record.predictions.asset, Buffer.from(predictions.text), 'application/octet-stream');
    await put(CARD_ASSET, Buffer.from(renderModelCard(record, await cardText(io, inputs))), 'text/markdown');
    await put(inputs['record-asset'], Buffer.from((0,release_record/* serializeRecord */.Om)(record)), 'application/json');
    return release;
}
function releaseBody(record) {
    const what = record.rollback
        ? `Rollback of production to ${(0,markdown/* escapeMarkdown */.FV)(record.rollback.to.tag)}.`
        : `Model ${(0,markdown/* escapeMarkdown */.FV)(record.release)} released by mlci.`;
    return [
        what,
        '',
        `Image ${(0,markdown/* inlineCode */.ti)(record.image.reference)}`,
        '',
        `The release record (\`mlci-release-record.json\`) and the model card are attached.`,
        '',
        RELEASE_BODY_MARK,
    ].join('\n');
}
/** The model card's own words, and the training data profile's summary when one is given. */
async function cardText(io, inputs) {
    const path = inputs['data-profile'];
    // The same size-capped, checked reader as validate-data's reference profiles.
    const profile = path ? (0,profile_file/* readProfileFile */.C)((0,external_node_path_.resolve)(io.cwd, path), path) : undefined;
    return {
        intendedUse: inputs['intended-use'],
        limitations: inputs.limitations,
        license: inputs.license,
        profile: profile && {
            rows: profile.rows,
            columns: profile.columns.map((c) => ({ name: c.name, kind: c.type })),
        },
    };
}

// EXTERNAL MODULE: ./build/actions/release/records.js
var records = __webpack_require__(75724);
// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
;// CONCATENATED MODULE: ./build/actions/release/summary.js

const summary_fmt = (v) => (v === null ? '—' : String(Number(v.toPrecision(6))));
/** The job summary of a release, a rollback or a refusal. */
function renderReleaseSummary(record, outcome, reasons = []) {
    const title = outcome === 'refused'
        ? `Release ${(0,markdown/* escapeMarkdown */.FV)(record.tag)} refused`
        : outcome === 'rolled-back'
            ? `Production rolled back to ${(0,markdown/* escapeMarkdown */.FV)(record.rollback?.to.tag ?? record.release)}`
            : `Released ${(0,markdown/* escapeMarkdown */.FV)(record.release)} (${(0,markdown/* escapeMarkdown */.FV)(record.tag)})`;
    const lines = [
        `## ${title}`,
        '',
        `Image ${(0,markdown/* inlineCode */.ti)(record.image.reference)}${record.image.tags.length ? `, tags ${record.image.tags.map((t) => (0,markdown/* inlineCode */.ti)(t)).join(' ')}` : ''}.`,
        `Previous production: ${record.previous ? (0,markdown/* escapeMarkdown */.FV)(record.previous.tag) : 'none (first release)'}. Gate: **${(0,markdown/* escapeMarkdown */.FV)(record.evaluation.verdict)}**.`,
        '',
    ];
    for (const reason of reasons)
        lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(reason, 300)}`);
    if (reasons.length)
        lines.push('');
    if (record.evaluation.metrics.length) {
        lines.push('| metric | candidate | production | delta | interval | verdict |', '|---|---|---|---|---|---|');
        for (const m of record.evaluation.metrics) {
            const interval = m.interval ? `[${summary_fmt(m.interval.lower)}, ${summary_fmt(m.interval.upper)}]` : '—';
            lines.push(`| ${(0,markdown/* cell */.Hn)(m.name)} | ${summary_fmt(m.value)} | ${summary_fmt(m.baseline)} | ${summary_fmt(m.delta)} | ${interval} | ${(0,markdown/* cell */.Hn)(m.verdict)} |`);
        }
        lines.push('');
    }
    for (const a of record.acceptances)
        lines.push(`Accepted ${a.metrics.map((m) => (0,markdown/* cell */.Hn)(m)).join(', ') || 'the failed gate'} by ${(0,markdown/* cell */.Hn)(a.by)}: ${(0,markdown/* escapeMarkdown */.FV)(a.reason, 300)}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/actions/release/finish.js




/** Outputs, the local record file and the job summary, shared by release and rollback. */
async function finish(io, inputs, record, releaseUrl, outcome) {
    await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, inputs.record), (0,release_record/* serializeRecord */.Om)(record));
    io.output('outcome', outcome);
    io.output('version', record.release);
    io.output('digest', record.image.digest);
    io.output('tags', record.image.tags.join('\n'));
    io.output('record', inputs.record);
    io.output('release-url', releaseUrl);
    await io.summary(renderReleaseSummary(record, outcome));
    io.log.info(`${outcome}: ${record.release} (${record.image.digest}) is in production`);
}

;// CONCATENATED MODULE: ./build/actions/release/rollback.js











/**
 * `--rollback-to v1.3.0`: the production tags (the moving ones of what is in production now: `1.4`,
 * `1`, `latest`, not the immutable `1.4.0`) go back to v1.3.0's digest, and a new record, marked as a
 * rollback with why and by whom, is published on its own release (`rollback-<n>-v1.3.0`, at v1.3.0's
 * commit), so that it is the newest production record for history and for compare-metrics. A rerun
 * after a crash finds its own rollback as production and converges instead of rolling back twice.
 */
async function rollback(io, ctx, inputs) {
    const to = inputs['rollback-to'];
    const history = await (0,records/* loadHistory */.F)(ctx.github, ctx.repo, inputs['record-asset'], inputs.model, io.log);
    const plan = planRollback(history.map((r) => r.record), to);
    if (typeof plan === 'string')
        throw new errors/* UsageError */.eb(plan);
    const { tags, tag, converging } = plan;
    const target = history.find((r) => r.record === plan.target);
    const image = (0,reference/* parseReference */.F2)(target.record.image.reference, 'rollback-to image');
    const repository = inputs.image ? (0,reference/* parseReference */.F2)(inputs.image, 'image') : image;
    const deployment = await startDeployment(ctx, inputs, {
        sha: target.record.commit,
        tag,
        digest: target.record.image.digest,
        image: `${repository.registry}/${repository.repository}`,
        description: `mlci rollback to ${to}`,
    });
    await deployment.status('in_progress', `rolling back to ${to}`);
    io.output('deployment-id', String(deployment.id));
    await io.log.group(`Re-pointing ${tags.join(', ')} to ${target.record.image.digest}`, async () => (0,promote/* promoteImage */.k)({ client: await ctx.registry(image.registry), ref: image }, { client: await ctx.registry(repository.registry), repository: repository.repository }, tags, { warn: (m) => io.log.warning(m) }));
    const t = target.record;
    const record = (0,release_record/* buildReleaseRecord */.$p)({
        model: t.model,
        repository: t.repository,
        tag,
        release: t.release,
        commit: t.commit,
        image: { reference: t.image.reference, digest: t.image.digest, tags, rebuild: null },
        metrics: t.metrics,
        fingerprint: t.fingerprint,
        predictions: t.predictions,
        fingerprints: t.fingerprints,
        evaluation: { verdict: 'rollback', against: (0,release_record/* refOf */.H8)(plan.from), metrics: [], reasons: [] },
        who: { actor: ctx.actor, triggeringActor: ctx.triggeringActor, tagger: null },
        releasedAt: converging ? converging.releasedAt : ctx.now(),
        why: { source: 'input', text: inputs.reason },
        approvals: ctx.run.id ? await runApprovals(ctx.github, ctx.repo, ctx.run.id) : [],
        acceptances: [],
        previous: (0,release_record/* refOf */.H8)(plan.from),
        first: false,
        rollback: { to: (0,release_record/* refOf */.H8)(t) },
        deployment: { environment: inputs.environment, id: deployment.id },
        run: ctx.run,
    });
    // The predictions travel with the record, so compare-metrics' next comparison stays paired.
    const asset = t.predictions
        ? target.release.assets.find((a) => a.name === t.predictions.asset)
        : undefined;
    const predictions = asset
        ? { name: asset.name, text: (await (0,release_records/* downloadAsset */.Bx)(ctx.github, ctx.repo, asset.id)).toString('utf8') }
        : undefined;
    const published = await publishRelease(io, ctx, inputs, record, predictions);
    await deployment.status('success', `rolled back to ${to}: ${t.image.digest.slice(7, 19)}`);
    await finish(io, inputs, record, published.html_url, 'rolled-back');
}

;// CONCATENATED MODULE: ./build/actions/release/release.js



















/**
 * `mlci release`: on a tag, find what was reviewed for its commit, re-check the gate against
 * production, then (only when everything passed) promote the digest, publish the record and model card,
 * and mark the deployment. Each side effect is idempotent, so a rerun after a failure converges.
 */
async function release(io) {
    const inputs = getReleaseInputs(io.inputs);
    const ctx = releaseContext(io, inputs);
    if (inputs['rollback-to'])
        return rollback(io, ctx, inputs);
    const tag = releaseTag(inputs, io.env);
    const version = tag === undefined ? undefined : parseReleaseTag(tag, inputs['tag-prefix']);
    if (tag === undefined || !version) {
        io.log.notice(tag === undefined
            ? `${io.env.GITHUB_REF} is not a tag: nothing to release, skipped`
            : `tag ${tag} is not ${inputs['tag-prefix']}<semantic version>: not a release, skipped`);
        io.output('outcome', 'skipped');
        return;
    }
    const git = await tagInfo(io.cwd, tag);
    const commit = git?.commit ?? (io.env.GITHUB_REF === `refs/tags/${tag}` ? io.env.GITHUB_SHA : undefined);
    if (!commit)
        throw new errors/* UsageError */.eb(`cannot tell which commit tag ${tag} points at`, {
            hint: 'check out the tag (actions/checkout does on a tag push)',
        });
    const history = await (0,records/* loadHistory */.F)(ctx.github, ctx.repo, inputs['record-asset'], inputs.model, io.log, tag);
    const earlier = history.find((r) => r.record.tag === tag);
    const before = productionBefore(history.map((r) => r.record), tag);
    const production = history.find((r) => r.record === before);
    const candidate = await findCandidate(io, ctx, inputs, commit);
    const rebuild = await checkRebuild(io, inputs, candidate.image);
    const target = inputs.image
        ? (0,reference/* parseReference */.F2)(inputs.image, 'image')
        : (0,reference/* parseReference */.F2)(candidate.image.reference, 'candidate');
    const tags = imageTags(version, tag, { templates: inputs['image-tags'], latest: inputs.latest });
    const deployment = await startDeployment(ctx, inputs, {
        sha: commit,
        tag,
        digest: candidate.image.digest,
        image: (0,reference/* repositoryName */.aR)(target),
        description: `mlci release ${tag}`,
    });
    await deployment.status('in_progress', `releasing ${tag}`);
    io.output('deployment-id', String(deployment.id));
    const { report, decision } = await recheckGate(io, ctx, inputs, candidate, production, commit);
    const facts = {
        tag,
        release: version.version,
        image: {
            reference: `${(0,reference/* repositoryName */.aR)(target)}@${candidate.image.digest}`,
            digest: candidate.image.digest,
            tags,
            rebuild,
        },
        evaluation: {
            verdict: decision.outcome,
            against: production ? (0,release_record/* refOf */.H8)(production.record) : null,
            metrics: decision.metrics,
            reasons: decision.reasons,
        },
        acceptances: decision.acceptances,
        previous: production ? (0,release_record/* refOf */.H8)(production.record) : null,
        rollback: null,
    };
    if (decision.outcome === 'refused') {
        await deployment.status('failure', `refused: ${decision.reasons[0]}`);
        await io.summary(renderReleaseSummary(facts, 'refused', decision.reasons));
        io.output('outcome', 'refused');
        throw new errors/* DataError */.fL(`release ${tag} refused: ${decision.reasons[0]}`, {
            hint: 'nothing was tagged; record an acceptance for this commit (/mlci accept) or re-run with `accept: <reason>`',
        });
    }
    await io.log.group(`Promoting ${candidate.image.reference} as ${tags.join(', ')}`, async () => {
        const source = (0,reference/* parseReference */.F2)(candidate.image.reference, 'candidate');
        await (0,promote/* promoteImage */.k)({ client: await ctx.registry(source.registry), ref: source }, { client: await ctx.registry(target.registry), repository: target.repository }, tags, { warn: (m) => io.log.warning(m) });
    });
    const record = (0,release_record/* buildReleaseRecord */.$p)({
        ...facts,
        model: inputs.model ?? null,
        repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
        commit,
        metrics: Object.fromEntries(report.metrics
            .filter((m) => m.candidate !== null && Number.isFinite(m.candidate))
            .map((m) => [m.name, m.candidate])),
        fingerprint: report.testSet.candidate,
        predictions: candidate.predictions ? { asset: predictionsAsset(candidate.predictions) } : null,
        fingerprints: candidate.fingerprints,
        who: { actor: ctx.actor, triggeringActor: ctx.triggeringActor, tagger: git?.tagger ?? null },
        // A rerun keeps the time of the run that first recorded this release.
        releasedAt: earlier?.record.releasedAt ?? ctx.now(),
        why: whyOf(git?.message, notesOf(earlier?.release ?? (await releaseByTag(ctx.github, ctx.repo, tag))), inputs.reason),
        approvals: ctx.run.id ? await runApprovals(ctx.github, ctx.repo, ctx.run.id) : [],
        first: production === undefined,
        deployment: { environment: inputs.environment, id: deployment.id },
        run: ctx.run,
    });
    const published = await publishRelease(io, ctx, inputs, record, candidate.predictions);
    await deployment.status('success', `${tag} in production: ${record.image.digest.slice(7, 19)}`);
    await finish(io, inputs, record, published.html_url, 'released');
}
/**
 * The tag to release: the input, else the pushed tag; undefined on a branch push (the umbrella action
 * runs every section of mlci.yml on every push: a release section must not fail the other pushes).
 */
function releaseTag(inputs, env) {
    if (inputs.tag)
        return inputs.tag;
    const ref = env.GITHUB_REF;
    if (ref?.startsWith('refs/tags/'))
        return ref.slice('refs/tags/'.length);
    if (ref)
        return undefined;
    throw new errors/* UsageError */.eb('release needs a tag: run it on a tag push, or pass `tag`', {
        hint: 'trigger the workflow with `on: push: tags: [v*]`, or: mlci release --tag v1.4.0',
    });
}
/** Why: the annotated tag's message, else release notes a person wrote, else the `reason` input. */
function whyOf(message, notes, reason) {
    if (message)
        return { source: 'tag-message', text: message };
    if (notes)
        return { source: 'release-notes', text: notes };
    if (reason)
        return { source: 'input', text: reason };
    return { source: 'none', text: '' };
}


/***/ }),

/***/ 19212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PROFILE_VERSION)
/* harmony export */ });
/** Version of the profile JSON; bumped when a field changes meaning or disappears. */
const PROFILE_VERSION = 1;


/***/ }),

/***/ 28793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ lineageAnnotations),
/* harmony export */   tB: () => (/* binding */ unproducedWeights),
/* harmony export */   w_: () => (/* binding */ runRecordFacts),
/* harmony export */   xR: () => (/* binding */ modelLineage)
/* harmony export */ });
/* unused harmony exports MODEL_KEYS, canonicalJson */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80046);

/** mlci's own annotation/label keys, in reverse-DNS form as the spec asks. */
const MODEL_KEYS = {
    runFingerprint: 'dev.mlci.model.run-fingerprint',
    dataFingerprint: 'dev.mlci.model.data-fingerprint',
    metricsDigest: 'dev.mlci.model.metrics-digest',
};
/** The annotations (and labels: the same keys) that carry the lineage; absent facts are left out. */
function lineageAnnotations(lineage) {
    const out = {};
    const put = (key, value) => {
        if (value)
            out[key] = value;
    };
    put('org.opencontainers.image.created', lineage.created);
    put('org.opencontainers.image.source', lineage.source);
    put('org.opencontainers.image.revision', lineage.revision);
    put('org.opencontainers.image.version', lineage.version);
    put('org.opencontainers.image.base.name', lineage.baseName);
    put('org.opencontainers.image.base.digest', lineage.baseDigest);
    put(MODEL_KEYS.runFingerprint, lineage.model?.runFingerprint);
    put(MODEL_KEYS.dataFingerprint, lineage.model?.dataFingerprint);
    put(MODEL_KEYS.metricsDigest, lineage.model?.metricsDigest);
    return out;
}
const str = (value) => typeof value === 'string' && value.trim() ? value.trim() : undefined;
const obj = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
    ? value
    : undefined;
/** JSON with object keys sorted, so the same metrics always hash the same. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const o = obj(value);
    if (o) {
        return `{${Object.keys(o)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * The model lineage in a `mlci/run-record` report, read defensively (unknown shapes give empty fields,
 * never an error: the record belongs to another capability and may grow).
 *
 * - run fingerprint: `fingerprint`; else the stages' fingerprints (one stage: its own; several: the
 *   sha256 of the canonical `{stage: fingerprint}` map)
 * - data fingerprint: `data.fingerprint` / `dataFingerprint`; else the sha256 of the canonical map of
 *   every stage's dependency hashes (`stages[].inputs.deps`: path -> content hash)
 * - metrics digest: `metrics.digest` / `metricsDigest`; else the sha256 of the canonical JSON of the
 *   metrics (`metrics`, or `{stage: metrics}` over `stages[]`)
 */
function modelLineage(record) {
    const r = obj(record) ?? {};
    const stages = (Array.isArray(r.stages) ? r.stages : [])
        .map(obj)
        .filter((s) => s !== undefined);
    const named = (pick) => {
        const out = {};
        for (const [i, stage] of stages.entries()) {
            const value = pick(stage);
            if (value !== undefined && value !== null)
                out[str(stage.stage) ?? String(i)] = value;
        }
        return out;
    };
    const hashOf = (map) => Object.keys(map).length ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(canonicalJson(map)) : undefined;
    const fingerprints = named((s) => str(s.fingerprint));
    const values = Object.values(fingerprints);
    const run = str(r.fingerprint) ?? (values.length === 1 ? values[0] : hashOf(fingerprints));
    const data = obj(r.data);
    const deps = {};
    for (const stage of stages)
        Object.assign(deps, obj(obj(stage.inputs)?.deps) ?? {});
    const dataFp = str(data?.fingerprint) ?? str(r.dataFingerprint) ?? hashOf(deps);
    const metrics = r.metrics;
    const stageMetrics = named((s) => obj(s.metrics) && Object.keys(obj(s.metrics)).length ? s.metrics : undefined);
    const metricsDigest = str(obj(metrics)?.digest) ??
        str(r.metricsDigest) ??
        (metrics !== undefined && metrics !== null ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(canonicalJson(metrics)) : hashOf(stageMetrics));
    const out = {};
    if (run)
        out.runFingerprint = run;
    if (dataFp)
        out.dataFingerprint = dataFp;
    if (metricsDigest)
        out.metricsDigest = metricsDigest;
    return out;
}
/** What build-image checks in a run record before naming it in labels: its status and its output files. */
function runRecordFacts(record) {
    const r = obj(record) ?? {};
    const outputs = [];
    for (const stage of Array.isArray(r.stages) ? r.stages : []) {
        const files = obj(stage)?.outputs;
        for (const file of Array.isArray(files) ? files : []) {
            const path = str(obj(file)?.path);
            const sha256 = str(obj(file)?.sha256);
            if (path && sha256)
                outputs.push({ path, sha256 });
        }
    }
    return { status: str(r.status), outputs };
}
const hex = (sha) => sha.replace(/^sha256:/, '').toLowerCase();
/**
 * Why each weights file was not produced by the run, one line per file (empty: all were). A file is the
 * run's when an output has its path and sha256, or, when it was copied or renamed after training, when
 * any output has its sha256. A file at an output's path with other bytes is the clearest mismatch.
 */
function unproducedWeights(weights, outputs) {
    const byPath = new Map(outputs.map((out) => [out.path, hex(out.sha256)]));
    const shas = new Set(outputs.map((out) => hex(out.sha256)));
    const problems = [];
    for (const file of weights) {
        const sha = hex(file.sha256);
        if (shas.has(sha))
            continue;
        const recorded = byPath.get(file.path);
        problems.push(recorded
            ? `${file.path}: sha256 ${sha.slice(0, 12)}… differs from the run record's output (${recorded.slice(0, 12)}…)`
            : `${file.path} (sha256 ${sha.slice(0, 12)}…) is not among the run record's outputs`);
    }
    return problems;
}


/***/ }),

/***/ 17981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/** Parses `linux/amd64` or `linux/arm64/v8`, or a usage error. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`platform "${text}" is not os/architecture[/variant]`, {
            hint: 'for example linux/amd64 or linux/arm64',
        });
    }
    const [os, architecture, variant] = parts;
    return variant ? { os, architecture, variant } : { os, architecture };
}
/** `linux/arm64/v8`. */
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
// Variants that are the default for their architecture: a request without a variant matches them,
// and `arm64` images are often listed without `v8` (reference/oci-images.md §2.5).
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7' };
/** True if an index entry's platform serves the wanted one. */
function platformMatches(have, want) {
    if (have.os !== want.os || have.architecture !== want.architecture)
        return false;
    if (!want.variant)
        return true;
    const fallback = DEFAULT_VARIANT[have.architecture];
    return (have.variant ?? fallback) === want.variant;
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

/***/ 64692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ productionAt),
/* harmony export */   IQ: () => (/* binding */ renderHistoryMarkdown),
/* harmony export */   mt: () => (/* binding */ productionHistory),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   ym: () => (/* binding */ renderHistoryText),
/* harmony export */   zf: () => (/* binding */ historyRow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5583);


/**
 * Production history, newest first: every record is one production change (a release or a
 * rollback) at `releasedAt`. Records of other models are left out when `model` is given. Two records
 * with the same time keep their listing order (the newer GitHub release first).
 */
function productionHistory(records, model) {
    return records
        .map((record, index) => ({ record, index, at: Date.parse(record.releasedAt) }))
        .filter(({ record }) => model === undefined || record.model === model)
        .sort((a, b) => b.at - a.at || a.index - b.index)
        .map(({ record }) => record);
}
/**
 * What was in production at `at` (ms since the epoch): the newest change at or before it, or
 * undefined before the first release.
 *
 *   history = [v1.4.0 @ 03-05, rollback to v1.3.0 @ 03-02, v1.3.0 @ 02-01]   (newest first)
 *   productionAt(history, 03-01) = v1.3.0;  productionAt(history, 03-03) = the rollback;  productionAt(history, 01-01) = undefined
 */
function productionAt(history, at) {
    return history.find((record) => Date.parse(record.releasedAt) <= at);
}
// 2027-03-01, 2027-03-01T12:00Z, 2027-03-01T12:00:30.5+02:00: a zone is required with a time, so
// "12:00" cannot silently mean the runner's local time.
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/** `--at` as ms since the epoch; a date alone means the end of that day (UTC). */
function parseInstant(text) {
    const trimmed = text.trim();
    const ms = INSTANT.test(trimmed)
        ? Date.parse(trimmed.length === 10 ? `${trimmed}T23:59:59.999Z` : trimmed)
        : Number.NaN;
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`\`at\` must be an ISO 8601 date or time with a zone, got "${text}"`, {
            hint: 'e.g. 2027-03-01T12:00Z or 2027-03-01 (end of that day, UTC)',
        });
    }
    return ms;
}
/** The row of a record: who is the actor (tagger when there is no actor). */
function historyRow(record) {
    return {
        version: record.release,
        tag: record.tag,
        model: record.model ?? null,
        releasedAt: record.releasedAt,
        who: record.who?.actor ?? record.who?.tagger ?? 'unknown',
        why: record.why?.text ?? '',
        digest: record.image.digest,
        metrics: record.metrics,
        rollback: record.rollback ? record.rollback.to.tag : null,
        verdict: record.evaluation?.verdict ?? 'unknown',
    };
}
/** Stored text made printable for a terminal: control characters (ANSI escapes, bidi overrides) become visible. */
const printable = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const firstLine = (text) => text.split(/\r?\n/, 1)[0] ?? '';
const metricsText = (metrics, max = 3) => Object.entries(metrics)
    .slice(0, max)
    .map(([name, value]) => `${name}=${Number(value.toPrecision(4))}`)
    .join(' ');
/** Plain text columns for a terminal (untrusted text made printable by the logger that prints it). */
function renderHistoryText(rows) {
    const table = [
        ['VERSION', 'RELEASED', 'WHO', 'DIGEST', 'ROLLBACK', 'METRICS', 'WHY'],
        ...rows.map((r) => [
            r.version,
            r.releasedAt,
            r.who,
            short(r.digest),
            r.rollback ? `to ${r.rollback}` : '',
            metricsText(r.metrics),
            firstLine(r.why).slice(0, 60),
        ].map(printable)),
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
    return `${table
        .map((row) => row
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n')}\n`;
}
/** A markdown table, then a mermaid timeline (oldest first); every stored string escaped. */
function renderHistoryMarkdown(rows, title = 'Production history') {
    const lines = [
        `## ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(title)}`,
        '',
        '| version | released | who | why | metrics | digest | rollback |',
        '|---|---|---|---|---|---|---|',
        ...rows.map((r) => `| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.version)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.releasedAt)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.who)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(firstLine(r.why), 80)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(metricsText(r.metrics))} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(short(r.digest))} | ${r.rollback ? `to ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.rollback)}` : ''} |`),
    ];
    if (rows.length === 0)
        return `${lines.join('\n')}\n\nNo production release recorded.\n`;
    lines.push('', '```mermaid', 'timeline', `    title ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(title)}`);
    for (const r of [...rows].reverse()) {
        const day = r.releasedAt.slice(0, 10);
        const what = r.rollback ? `rollback to ${r.rollback}` : r.version;
        lines.push(`    ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(day)} : ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(`${what} by ${r.who}`)}`);
    }
    lines.push('```', '');
    return lines.join('\n');
}


/***/ }),

/***/ 15051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ buildReleaseRecord),
/* harmony export */   CU: () => (/* binding */ parseReleaseRecord),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Om: () => (/* binding */ serializeRecord)
/* harmony export */ });
/* unused harmony exports RELEASE_RECORD_VERSION, RECORD_ASSET */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18614);

/** Version of the release record's shape (docs/release.md); adding fields does not bump it. */
const RELEASE_RECORD_VERSION = 1;
/** Asset name compare-metrics' `release` source reads by default (docs/compare-metrics.md). */
const RECORD_ASSET = 'mlci-release-record.json';
/** Builds the record in one step. */
function buildReleaseRecord(fields) {
    return {
        kind: 'mlci/release-record',
        version: RELEASE_RECORD_VERSION,
        tool: { name: 'mlci', version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .MLCI_VERSION */ .B },
        ...fields,
    };
}
/** The record as attached: two-space JSON with a final newline. */
function serializeRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** How another record is named in this one. */
function refOf(record) {
    return { tag: record.tag, version: record.release, digest: record.image.digest };
}
const str = (v) => typeof v === 'string';
/**
 * A stored record read back, or the reason it is not one. Never throws: release assets are untrusted
 * text (anyone with write access can upload one). Only the fields history and release rely on are
 * checked; the rest is kept as stored.
 */
function parseReleaseRecord(text) {
    if (text.length > 4 * 1024 * 1024)
        return 'larger than 4 MiB';
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not JSON';
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'not a JSON object';
    const r = value;
    if (r.kind !== 'mlci/release-record')
        return 'not an mlci/release-record';
    if (r.version !== RELEASE_RECORD_VERSION)
        return `version ${String(r.version)} is not ${RELEASE_RECORD_VERSION}`;
    for (const key of ['tag', 'release', 'commit', 'releasedAt'])
        if (!str(r[key]))
            return `field \`${key}\` is missing`;
    if (Number.isNaN(Date.parse(r.releasedAt)))
        return '`releasedAt` is not a time';
    const image = r.image;
    if (!image || !str(image.digest) || !/^sha256:[0-9a-f]{64}$/.test(image.digest))
        return '`image.digest` is not a sha256 digest';
    if (!r.metrics || typeof r.metrics !== 'object')
        return 'field `metrics` is missing';
    return value;
}


/***/ }),

/***/ 35425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readProfileFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29503);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



// Profiles come from other jobs' artifacts (possibly a fork's): read as data, under a size cap
// (reference/reliability-and-security.md ART-01). A real profile is tens of KB per column.
const MAX_PROFILE_BYTES = 64 * 2 ** 20;
/** Reads and checks one profile file (merge-profiles' shards, either command's reference), size-capped. */
function readProfileFile(path, shown = path) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch (thrown) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read profile ${shown}: ${thrown.code ?? String(thrown)}`);
    }
    if (size > MAX_PROFILE_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${size} bytes, over the ${MAX_PROFILE_BYTES / 2 ** 20} MiB profile limit`, {
            where: { file: shown },
            hint: 'a profile is tens of KB per column; this file is not one',
        });
    }
    return (0,_core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProfile */ .j)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), shown);
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

/***/ 9230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ downloadAsset),
/* harmony export */   T3: () => (/* binding */ readRecords),
/* harmony export */   tH: () => (/* binding */ listReleases)
/* harmony export */ });
/* harmony import */ var _core_release_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15051);

/** Releases are listed 100 a page; 100 pages is 10,000 releases, far beyond any model's history. */
const MAX_PAGES = 100;
/** Record downloads in flight at once. */
const PARALLEL = 8;
/** Every release of the repository, newest first, over all pages. */
function listReleases(client, repo) {
    return client.paginate('GET /repos/{owner}/{repo}/releases', { ...repo }, 'releases', {
        maxPages: MAX_PAGES,
        permission: 'contents: read',
    });
}
/** An asset's bytes, through GitHub's 302 to storage. */
async function downloadAsset(client, repo, id) {
    const bytes = await client.download('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: id }, { accept: 'application/octet-stream', permission: 'contents: read', maxBytes: 64 * 1024 * 1024 });
    return Buffer.from(bytes);
}
/**
 * The release records of every published release carrying the asset `asset`, in listing order, and
 * the releases whose asset is not a record (`skipped`, with the reason, for a warning). Drafts and
 * prereleases are not production.
 */
async function readRecords(client, repo, asset, releases) {
    const all = releases ?? (await listReleases(client, repo));
    const carrying = all.filter((r) => !r.draft && !r.prerelease && r.assets.some((a) => a.name === asset));
    const results = new Array(carrying.length);
    let next = 0;
    const worker = async () => {
        while (next < carrying.length) {
            const index = next++;
            const release = carrying[index];
            const text = (await downloadAsset(client, repo, release.assets.find((a) => a.name === asset).id)).toString('utf8');
            const record = (0,_core_release_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReleaseRecord */ .CU)(text);
            results[index] =
                typeof record === 'string' ? `release ${release.tag_name}: ${asset} ${record}` : { release, record };
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, carrying.length) }, worker));
    return {
        records: results.filter((r) => typeof r !== 'string'),
        skipped: results.filter((r) => typeof r === 'string'),
        drafts: all.filter((r) => r.draft),
    };
}


/***/ }),

/***/ 71064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ pullArtifact),
/* harmony export */   k: () => (/* binding */ promoteImage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8296);
/* harmony import */ var _core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19349);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86078);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30585);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66989);







/**
 * An image or index already in a registry, with its exact manifest bytes, so that pushing it elsewhere
 * gives the same digest (promotion never rebuilds). Layers are described, not downloaded.
 */
async function pullArtifact(client, ref) {
    client.prepare(ref.repository, 'pull');
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    const blob = (bytes, mediaType, digest) => ({
        bytes,
        descriptor: { mediaType, digest, size: bytes.length },
    });
    if ((0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexType */ .$U)(top.mediaType)) {
        const raw = JSON.parse(top.bytes.toString('utf8'));
        const images = await Promise.all((raw.manifests ?? []).map(async (entry) => {
            const child = await client.getManifest(ref.repository, entry.digest);
            return pulledImage(client, ref, blob(child.bytes, child.mediaType, child.digest), entry.platform);
        }));
        return { kind: 'index', manifest: blob(top.bytes, top.mediaType, top.digest), images };
    }
    return pulledImage(client, ref, blob(top.bytes, top.mediaType, top.digest), undefined);
}
async function pulledImage(client, ref, manifest, platform) {
    const raw = JSON.parse(manifest.bytes.toString('utf8'));
    if (!raw.config)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${(0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref)}: manifest ${manifest.descriptor.digest} has no config`);
    const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .readBody */ .x8)({ status: 200, headers: {}, url: '', body: await client.openBlob(ref.repository, raw.config.digest) }, 64 * 1024 * 1024, 'error');
    const got = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    if (got !== raw.config.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${(0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref)}: config ${raw.config.digest} read back as ${got}`);
    const config = JSON.parse(bytes.toString('utf8'));
    const diffIds = (config.rootfs?.diff_ids ?? []);
    const layers = (raw.layers ?? []).map((d, i) => ({
        descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size },
        layer: (0,_pull_js__WEBPACK_IMPORTED_MODULE_5__/* .registryBlob */ .L)(client, ref.repository, d, diffIds[i] ?? d.digest),
        name: `layer ${i + 1}`,
        origin: 'base',
        source: { registry: ref.registry, repository: ref.repository },
    }));
    const resolved = platform ?? {
        os: String(config.os ?? 'linux'),
        architecture: String(config.architecture ?? 'amd64'),
    };
    return {
        kind: 'image',
        platform: resolved,
        base: { platform: resolved, family: (0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .familyOf */ .Ap)(manifest.descriptor.mediaType), config, layers: [] },
        config: {
            bytes,
            descriptor: { mediaType: raw.config.mediaType, digest: raw.config.digest, size: bytes.length },
        },
        configSource: { registry: ref.registry, repository: ref.repository },
        manifest,
        layers,
    };
}
/**
 * Points `tags` of `to` at the image `from` names, without rebuilding: the digest stays the same, so
 * what was tested is what ships. Same repository: manifest PUTs only. Another repository of the same
 * registry: blobs are mounted. Another registry: blobs are streamed across. Used by `release`.
 */
async function promoteImage(source, target, tags, options = {}) {
    const artifact = await pullArtifact(source.client, source.ref);
    if (source.ref.digest && artifact.manifest.descriptor.digest !== source.ref.digest) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`${(0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(source.ref)} resolved to ${artifact.manifest.descriptor.digest}`, 1);
    }
    const sameRegistry = source.client.registry === target.client.registry;
    const how = !sameRegistry
        ? 'copy'
        : source.ref.repository === target.repository
            ? 'same-repository'
            : 'mount';
    const result = await (0,_push_js__WEBPACK_IMPORTED_MODULE_6__/* .pushImage */ .G)(target.client, target.repository, artifact, tags, options);
    return { ...result, how };
}


/***/ }),

/***/ 30585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ registryBlob),
/* harmony export */   g: () => (/* binding */ resolveBase)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_image_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80046);
/* harmony import */ var _core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8296);
/* harmony import */ var _core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17981);
/* harmony import */ var _core_image_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19349);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62807);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86078);







/** A blob in a repository, read lazily: base layers are mounted or streamed across, never unpacked. */
function registryBlob(client, repository, descriptor, diffId) {
    return {
        digest: async () => descriptor.digest,
        diffId: async () => diffId,
        size: async () => descriptor.size,
        mediaType: () => descriptor.mediaType,
        compressed: () => client.openBlob(repository, descriptor.digest),
    };
}
/**
 * Resolves a base image once: the tag to a digest, then one manifest per requested platform, and each
 * one's config. Layers are described, not downloaded. A platform the base lacks is a usage error that
 * lists what it has.
 */
async function resolveBase(client, ref, platforms) {
    client.prepare(ref.repository, 'pull');
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    const name = (0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)({ ...ref, digest: undefined });
    const parsed = JSON.parse(top.bytes.toString('utf8'));
    if ((0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexType */ .$U)(top.mediaType)) {
        const entries = (parsed.manifests ?? []).filter((m) => m.platform && m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
        return Promise.all(platforms.map(async (platform) => {
            const entry = entries.find((m) => (0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .platformMatches */ .J5)(m.platform, platform));
            if (!entry) {
                const have = entries.map((m) => (0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(m.platform)).join(', ') || 'none';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlciError */ .sc(`base image ${name} has no ${(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)} manifest (it has ${have})`, 2, {
                    hint: 'pick platforms the base provides, or another base image',
                });
            }
            const manifest = await client.getManifest(ref.repository, entry.digest);
            return base(client, ref, name, top.digest, manifest, platform);
        }));
    }
    if (!(0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isManifestType */ .Q3)(top.mediaType)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlciError */ .sc(`base image ${name} has media type "${top.mediaType}", not an image or index`, 2);
    }
    // A single-platform base: its config says which platform it is.
    const image = await base(client, ref, name, top.digest, top, platforms[0]);
    const actual = image.platform;
    const missing = platforms.filter((p) => !(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .platformMatches */ .J5)(actual, p));
    if (missing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlciError */ .sc(`base image ${name} has no ${(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(missing[0])} manifest (it is ${(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(actual)} only)`, 2, {
            hint: 'pick platforms the base provides, or a multi-platform base image',
        });
    }
    return [image];
}
async function base(client, ref, name, topDigest, manifest, wanted) {
    const raw = JSON.parse(manifest.bytes.toString('utf8'));
    if (!raw.config || !(0,_core_image_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(raw.config.digest))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`base image ${name}: manifest ${manifest.digest} has no config`);
    const configBytes = await readVerified(await client.openBlob(ref.repository, raw.config.digest), raw.config);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = (config.rootfs?.diff_ids ?? []);
    const descriptors = raw.layers ?? [];
    if (diffIds.length !== descriptors.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`base image ${name}: ${descriptors.length} layers but ${diffIds.length} diff_ids in its config`);
    }
    const layers = descriptors.map((descriptor, i) => ({
        descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
        layer: registryBlob(client, ref.repository, descriptor, diffIds[i]),
        name: `base layer ${i + 1}`,
        origin: 'base',
        source: { registry: ref.registry, repository: ref.repository },
    }));
    const platform = {
        os: typeof config.os === 'string' ? config.os : wanted.os,
        architecture: typeof config.architecture === 'string' ? config.architecture : wanted.architecture,
        ...(typeof config.variant === 'string'
            ? { variant: config.variant }
            : wanted.variant
                ? { variant: wanted.variant }
                : {}),
    };
    return {
        name,
        digest: topDigest,
        manifestDigest: manifest.digest,
        platform,
        family: (0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(manifest.mediaType),
        config,
        layers,
    };
}
/** Reads a small blob (a config) and checks digest and size before anyone trusts it. */
async function readVerified(stream, want) {
    const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .readBody */ .x8)({ status: 200, headers: {}, url: '', body: stream }, 64 * 1024 * 1024, 'error');
    const got = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    if (got !== want.digest || bytes.length !== want.size) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`blob ${want.digest} read back as ${got} (${bytes.length} bytes, expected ${want.size})`);
    }
    return bytes;
}


/***/ })

};
