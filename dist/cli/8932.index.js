export const id = 8932;
export const ids = [8932];
export const modules = {

/***/ 62063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jd: () => (/* binding */ METRICS_NAMES),
  SJ: () => (/* binding */ PREDICTIONS_NAMES),
  AZ: () => (/* binding */ baselineSources),
  Z3: () => (/* binding */ eventPayload),
  Mk: () => (/* binding */ readNamed)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/platform/github/repository-client.js
var repository_client = __webpack_require__(73848);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/metrics/baseline-ref.js
var baseline_ref = __webpack_require__(4753);
// EXTERNAL MODULE: ./build/platform/git/run.js
var run = __webpack_require__(45092);
;// CONCATENATED MODULE: ./build/platform/git/ancestry.js

/** The first parent of `sha`, deepening a shallow clone by one commit when it is not there yet. */
async function parentCommit(cwd, sha, remote = 'origin') {
    const local = await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^1^{commit}`]);
    if (local)
        return local;
    if ((await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--is-shallow-repository'])) !== 'true')
        return undefined;
    await (0,run/* tryGit */.Ii)(cwd, ['fetch', '--no-tags', '--deepen=1', remote, sha]);
    return (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^1^{commit}`]);
}
/** Up to `count` first-parent ancestors of `sha`, nearest first, deepening a shallow clone for them. */
async function firstParentAncestors(cwd, sha, count, remote = 'origin') {
    const list = async () => ((await (0,run/* tryGit */.Ii)(cwd, ['rev-list', '--first-parent', `--max-count=${count + 1}`, sha])) ?? '')
        .split('\n')
        .filter(Boolean)
        .slice(1);
    let ancestors = await list();
    if (ancestors.length < count && (await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true') {
        await (0,run/* tryGit */.Ii)(cwd, ['fetch', '--no-tags', `--deepen=${count}`, remote, sha]);
        ancestors = await list();
    }
    return ancestors;
}
/** The SHA `ref` names, or undefined. */
function resolveCommit(cwd, ref) {
    return (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}

;// CONCATENATED MODULE: ./build/platform/git/at-commit.js


/** The content of `path` at commit `sha`, or undefined when the file did not exist there. */
async function readFileAtCommit(cwd, sha, path) {
    const exists = await (0,run/* tryGit */.Ii)(cwd, ['cat-file', '-e', `${sha}:${path}`]);
    if (exists === undefined)
        return undefined;
    return (0,run/* git */.$Y)(cwd, ['show', `${sha}:${path}`]);
}
/** Path of `file` relative to the repository root, with forward slashes as git wants. */
async function repoRelative(cwd, file) {
    const prefix = (await (0,run/* git */.$Y)(cwd, ['rev-parse', '--show-prefix'])).trim();
    const top = (await (0,run/* git */.$Y)(cwd, ['rev-parse', '--show-toplevel'])).trim();
    const rel = (0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(top, file) : `${prefix}${file}`;
    return rel.split('\\').join('/');
}

;// CONCATENATED MODULE: ./build/platform/git/merge-base.js


/** How far to deepen a shallow clone before giving up and unshallowing (commits). */
const DEEPEN_STEPS = [50, 200, 1000];
/**
 * The merge-base of HEAD and the base branch, fetching only what is needed from a shallow clone
 * (actions/checkout fetches one commit): first the base tip, then deeper history in steps, and only as
 * a last resort the whole history (reference §3.2: "fetch the base SHA rather than requiring
 * fetch-depth: 0").
 */
async function findMergeBase(options) {
    const { cwd, remote = 'origin' } = options;
    const log = options.log ?? (() => { });
    if (!(0,run/* isSafeRef */.fx)(options.base) || !(0,run/* isSafeRef */.fx)(remote)) {
        throw new errors/* MlciError */.sc(`"${options.base}" is not a branch name or SHA git would accept`, 2, {
            hint: 'set base-ref to a branch name such as main, or a commit SHA',
        });
    }
    const head = await resolveHead(cwd, options.head ?? 'HEAD', remote, log);
    const isSha = /^[0-9a-f]{40}$/i.test(options.base);
    const baseRef = isSha ? options.base : `refs/remotes/${remote}/${options.base}`;
    const refspec = isSha ? options.base : `+refs/heads/${options.base}:refs/remotes/${remote}/${options.base}`;
    if (!(await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]))) {
        log(`fetching ${options.base} from ${remote}`);
        await (0,run/* git */.$Y)(cwd, ['fetch', '--no-tags', '--depth=1', remote, refspec]);
    }
    const mergeBase = async () => (0,run/* tryGit */.Ii)(cwd, ['merge-base', head, baseRef]);
    let found = await mergeBase();
    if (found)
        return found;
    const shallow = (await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true';
    if (shallow) {
        for (const depth of DEEPEN_STEPS) {
            log(`shallow clone: deepening by ${depth} commits to find the merge-base`);
            await fetchDeeper(cwd, [`--deepen=${depth}`], remote, refspec, head);
            found = await mergeBase();
            if (found)
                return found;
        }
        log('shallow clone: fetching the full history to find the merge-base');
        await fetchDeeper(cwd, ['--unshallow'], remote, refspec, head);
        found = await mergeBase();
        if (found)
            return found;
    }
    throw new errors/* MlciError */.sc(`no merge-base between ${head.slice(0, 12)} and ${options.base}`, 1, {
        hint: 'the branches share no history; pass base-ref explicitly',
    });
}
/**
 * The SHA of the head to compare from. In a pull_request run HEAD is GitHub's synthetic merge commit,
 * whose merge-base with the base branch is the base tip itself; the PR's own head commit (from the
 * event) is the right one, and a depth-1 checkout of the merge commit does not have it yet.
 */
async function resolveHead(cwd, head, remote, log) {
    const local = await (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--verify', '--quiet', `${head}^{commit}`]);
    if (local)
        return local;
    if (!/^[0-9a-f]{40}$/i.test(head))
        throw new errors/* MlciError */.sc(`unknown head "${head}"`, 2);
    log(`fetching the head commit ${head.slice(0, 12)} from ${remote}`);
    await (0,run/* git */.$Y)(cwd, ['fetch', '--no-tags', '--depth=1', remote, head]);
    return head;
}
/**
 * Fetches more history of the base and of HEAD. HEAD's SHA is asked for by id (GitHub allows it); a
 * server that does not (uploadpack.allowReachableSHA1InWant off) still deepens the base alone.
 */
async function fetchDeeper(cwd, how, remote, refspec, head) {
    try {
        await (0,run/* git */.$Y)(cwd, ['fetch', '--no-tags', ...how, remote, refspec, head]);
    }
    catch {
        await (0,run/* git */.$Y)(cwd, ['fetch', '--no-tags', ...how, remote, refspec]);
    }
}

// EXTERNAL MODULE: ./build/platform/github/baseline-artifact.js
var baseline_artifact = __webpack_require__(5284);
;// CONCATENATED MODULE: ./build/platform/github/baseline-release.js
/**
 * The production record written by the release action: the newest published (not draft, not
 * prerelease) release carrying the record asset. GitHub lists releases newest first by creation; we do
 * not use /releases/latest, whose "latest" is by the tagged commit's date (reference §3.1).
 */
function releaseSource(client, options) {
    const { owner, repo } = options;
    return {
        name: 'release',
        async find() {
            const releases = await client.paginate('GET /repos/{owner}/{repo}/releases', { owner, repo }, 'releases', {
                maxPages: 3,
                permission: 'contents: read',
            });
            const release = releases.find((r) => !r.draft && !r.prerelease && r.assets.some((a) => a.name === options.asset));
            if (!release)
                return `no published release carries an asset named ${options.asset}`;
            const recordAsset = release.assets.find((a) => a.name === options.asset);
            const text = await asset(client, owner, repo, recordAsset.id);
            const found = {
                metrics: { name: options.asset, text },
                detail: { release: release.tag_name, asset: options.asset },
            };
            const predictionsName = predictionsAssetOf(text);
            const predictionsAsset = predictionsName
                ? release.assets.find((a) => a.name === predictionsName)
                : undefined;
            if (!predictionsAsset)
                return found;
            return {
                ...found,
                predictions: {
                    name: predictionsAsset.name,
                    text: await asset(client, owner, repo, predictionsAsset.id),
                },
            };
        },
    };
}
async function asset(client, owner, repo, id) {
    const bytes = await client.download('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: id }, { accept: 'application/octet-stream', permission: 'contents: read' });
    return Buffer.from(bytes).toString('utf8');
}
/** `predictions.asset` (or a plain string `predictions`) of a release record, without trusting its shape. */
function predictionsAssetOf(text) {
    try {
        const record = JSON.parse(text);
        const p = record.predictions;
        if (typeof p === 'string')
            return p;
        if (p && typeof p === 'object' && typeof p.asset === 'string')
            return p.asset;
    }
    catch {
        // Not JSON: the metrics parser reports it with a position.
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/actions/compare-metrics/sources.js










/** How many first-parent ancestors of the merge-base the artifact source may try (API calls are per SHA). */
const ARTIFACT_ANCESTORS = 5;
/** What the artifact source looks for after the candidate's own file name. */
const METRICS_NAMES = [
    'metrics.json',
    'metrics.yaml',
    'metrics.yml',
    'metrics.csv',
    'run-record.json',
];
const PREDICTIONS_NAMES = ['predictions.jsonl', 'predictions.csv'];
/** Reads a user-named file, or a usage error naming the input it came from. */
async function readNamed(io, path, input) {
    try {
        return { name: path, text: await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, path), 'utf8') };
    }
    catch (cause) {
        throw new errors/* UsageError */.eb(`cannot read ${path} (input \`${input}\`)`, {
            cause,
            hint: 'check the path is relative to the workspace',
        });
    }
}
/** The event that started the run (GITHUB_EVENT_PATH), or {} when there is none or it cannot be read. */
async function eventPayload(io) {
    const path = io.env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The baseline sources of this run, built from the inputs and the runner's environment. */
async function baselineSources(io, inputs) {
    const event = await eventPayload(io);
    const { defaultBranch, base } = (0,baseline_ref/* baseBranch */.sH)(inputs['base-ref'], io.env.GITHUB_BASE_REF, event);
    const baseSha = baselineCommitOnce(io, base, event);
    const sources = new Map();
    sources.set('file', await fileSource(io, inputs));
    const github = githubClient(io, inputs);
    sources.set('release', github
        ? releaseSource(github.client, { ...github.repo, asset: inputs['release-asset'] })
        : needsGitHub('release'));
    sources.set('artifact', github ? artifactSourceOf(io, inputs, github, defaultBranch, baseSha) : needsGitHub('artifact'));
    sources.set('git', gitSource(io, inputs, base, baseSha));
    return sources;
}
/**
 * The baseline commit, computed once on first use and shared by the artifact and git sources. In a
 * pull_request run HEAD is the synthetic merge commit: the merge-base is taken from the PR's head.
 */
function baselineCommitOnce(io, base, event) {
    let commit;
    return () => {
        commit ??= (async () => {
            const prHead = event.pull_request?.head?.sha;
            const sha = await findMergeBase({ cwd: io.cwd, base, head: prHead, log: (m) => io.log.info(m) });
            const head = await resolveCommit(io.cwd, prHead ?? 'HEAD');
            return (0,baseline_ref/* baselineCommit */.Le)(sha, head, (of) => parentCommit(io.cwd, of));
        })();
        return commit;
    };
}
/** The `baseline` / `baseline-predictions` files, read now (a bad path is a usage error before any search). */
async function fileSource(io, inputs) {
    if (!inputs.baseline && !inputs['baseline-predictions'])
        return { name: 'file', find: async () => 'no baseline or baseline-predictions input' };
    const metrics = inputs.baseline ? await readNamed(io, inputs.baseline, 'baseline') : undefined;
    const predictions = inputs['baseline-predictions']
        ? await readNamed(io, inputs['baseline-predictions'], 'baseline-predictions')
        : undefined;
    return {
        name: 'file',
        find: async () => ({
            metrics,
            predictions,
            detail: { file: inputs.baseline ?? inputs['baseline-predictions'] },
        }),
    };
}
/** A GitHub client for this repository, or undefined without GITHUB_REPOSITORY or a token. */
function githubClient(io, inputs) {
    return (0,repository_client/* repositoryClient */.c)(io, inputs.token);
}
const needsGitHub = (name) => ({
    name,
    find: async () => 'needs GITHUB_REPOSITORY and a token',
});
/** The metrics of the base branch's last successful run at the baseline commit or its nearest ancestors. */
function artifactSourceOf(io, inputs, github, defaultBranch, baseSha) {
    return (0,baseline_artifact/* artifactSource */.k)(github.client, {
        ...github.repo,
        branch: defaultBranch,
        sha: baseSha,
        // Main runs can skip commits (batched pushes, path filters): the nearest ancestors' runs will do.
        ancestors: (sha) => firstParentAncestors(io.cwd, sha, ARTIFACT_ANCESTORS),
        artifact: inputs['artifact-name'],
        workflow: inputs.workflow,
        metricsNames: (0,baseline_ref/* artifactNames */.jh)(inputs.candidate, METRICS_NAMES),
        predictionsNames: (0,baseline_ref/* artifactNames */.jh)(inputs.predictions, PREDICTIONS_NAMES),
    });
}
/** The metrics and predictions files as they were at the baseline commit. */
function gitSource(io, inputs, base, baseSha) {
    const metricsPath = inputs['metrics-path'] ?? inputs.candidate;
    return {
        name: 'git',
        async find() {
            if (!metricsPath && !inputs.predictions)
                return 'no metrics-path or candidate to look up';
            if (!(await resolveCommit(io.cwd, 'HEAD')))
                return 'the workspace is not a git checkout';
            const sha = await baseSha();
            const at = async (path) => {
                if (!path)
                    return undefined;
                const text = await readFileAtCommit(io.cwd, sha, await repoRelative(io.cwd, path));
                return text === undefined ? undefined : { name: path, text };
            };
            const metrics = await at(metricsPath);
            const predictions = await at(inputs.predictions);
            if (!metrics && !predictions)
                return `${metricsPath ?? inputs.predictions} did not exist at ${sha.slice(0, 12)}`;
            return { metrics, predictions, detail: { commit: sha, base } };
        },
    };
}


/***/ }),

/***/ 93369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ ACCEPTANCE_CHECK),
/* harmony export */   TO: () => (/* binding */ parseAcceptance),
/* harmony export */   tW: () => (/* binding */ acceptanceFor)
/* harmony export */ });
/** Name of the check run an acceptance is stored in, on the commit it accepts. */
const ACCEPTANCE_CHECK = 'mlci/acceptance';
const SHA = /^[0-9a-f]{40}$/;
/**
 * An acceptance read back from its store, or undefined when the stored text is not one (wrong kind,
 * version, a field missing or of another type). Never throws: stored text is untrusted input.
 */
function parseAcceptance(text) {
    if (!text || text.length > 65_536)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!value || typeof value !== 'object')
        return undefined;
    const a = value;
    const strings = ['sha', 'reason', 'by', 'permission', 'commentUrl', 'at'];
    if (a.kind !== 'mlci/acceptance' || a.version !== 1)
        return undefined;
    if (!strings.every((key) => typeof a[key] === 'string'))
        return undefined;
    if (!SHA.test(a.sha))
        return undefined;
    if (!Array.isArray(a.metrics) || !a.metrics.every((m) => typeof m === 'string' && m.length > 0))
        return undefined;
    if (!Number.isSafeInteger(a.commentId) || !Number.isSafeInteger(a.pullRequest))
        return undefined;
    return {
        kind: 'mlci/acceptance',
        version: 1,
        sha: a.sha,
        metrics: a.metrics,
        reason: a.reason,
        by: a.by,
        permission: a.permission,
        commentUrl: a.commentUrl,
        commentId: a.commentId,
        pullRequest: a.pullRequest,
        at: a.at,
    };
}
/** The newest acceptance that covers `metric` at commit `sha`, if any. */
function acceptanceFor(acceptances, sha, metric) {
    return acceptances
        .filter((a) => a.sha === sha && a.metrics.includes(metric))
        .reduce((newest, a) => (!newest || a.at > newest.at ? a : newest), undefined);
}


/***/ }),

/***/ 12822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ compareMetrics)
});

// UNUSED EXPORTS: metricsToResample

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/metrics/classification.js
var classification = __webpack_require__(37662);
// EXTERNAL MODULE: ./build/core/metrics/errors.js
var metrics_errors = __webpack_require__(87525);
;// CONCATENATED MODULE: ./build/core/metrics/align.js

/**
 * Refuses duplicate ids, naming the first (`duplicate example id "d5" at line 301`): a repeated row
 * would count twice in every metric, and paired statistics need one row per example. Exit 2: the
 * comparison cannot be made.
 */
function checkUniqueIds(rows, file) {
    const byId = new Map();
    const duplicates = [];
    for (const row of rows) {
        if (byId.has(row.id))
            duplicates.push(row);
        else
            byId.set(row.id, row);
    }
    if (duplicates.length > 0) {
        const first = duplicates[0];
        const more = duplicates.length > 1
            ? ` and ${duplicates.length - 1} more (${duplicates
                .slice(1, 5)
                .map((row) => `"${row.id}" at line ${row.line}`)
                .join(', ')}${duplicates.length > 5 ? ', …' : ''})`
            : '';
        throw new metrics_errors/* ImpossibleComparisonError */.J(`duplicate example id "${first.id}" at line ${first.line} (first at line ${byId.get(first.id).line})${more}`, {
            where: { file, line: first.line },
            hint: 'every example needs a unique, stable id: a repeated row would count twice in every metric',
        });
    }
    return byId;
}
/** Pairs rows by id in the candidate's order. */
function alignById(baseline, baselineFile, candidate, candidateFile, 
/** The rows by id when the caller has already checked them (checkUniqueIds). */
known = {}) {
    const baseById = known.baseline ?? checkUniqueIds(baseline, baselineFile);
    const candById = known.candidate ?? checkUniqueIds(candidate, candidateFile);
    const pairedBase = [];
    const pairedCand = [];
    const onlyCandidate = [];
    let labelMismatches = 0;
    for (const row of candidate) {
        const other = baseById.get(row.id);
        if (!other) {
            onlyCandidate.push(row.id);
            continue;
        }
        pairedBase.push(other);
        pairedCand.push(row);
        if (other.label !== row.label)
            labelMismatches++;
    }
    const onlyBaseline = baseline.filter((row) => !candById.has(row.id)).map((row) => row.id);
    return {
        baseline: pairedBase,
        candidate: pairedCand,
        onlyBaseline: onlyBaseline.length,
        onlyCandidate: onlyCandidate.length,
        examplesOnlyBaseline: onlyBaseline.slice(0, 5),
        examplesOnlyCandidate: onlyCandidate.slice(0, 5),
        labelMismatches,
    };
}
/** How two test sets differ, for the refusal message: counts and the first few ids of each kind. */
function describeIdDifference(candidate, baseline, shown = 3) {
    const baseLabel = new Map(baseline.map((row) => [row.id, row.label]));
    const candIds = new Set(candidate.map((row) => row.id));
    const onlyCandidate = [];
    const relabelled = [];
    for (const row of candidate) {
        const label = baseLabel.get(row.id);
        if (label === undefined)
            onlyCandidate.push(row.id);
        else if (label !== row.label)
            relabelled.push(row.id);
    }
    const onlyBaseline = baseline.filter((row) => !candIds.has(row.id)).map((row) => row.id);
    const list = (ids) => `${ids
        .slice(0, shown)
        .map((id) => JSON.stringify(id))
        .join(', ')}${ids.length > shown ? ', …' : ''}`;
    const parts = [];
    if (onlyCandidate.length)
        parts.push(`${onlyCandidate.length} only in the candidate (${list(onlyCandidate)})`);
    if (onlyBaseline.length)
        parts.push(`${onlyBaseline.length} only in the baseline (${list(onlyBaseline)})`);
    if (relabelled.length)
        parts.push(`${relabelled.length} with another label (${list(relabelled)})`);
    return parts.length
        ? `${parts.join(', ')} of ${candidate.length} vs ${baseline.length} examples`
        : 'no id differs';
}

// EXTERNAL MODULE: ./build/core/metrics/compute.js + 1 modules
var compute = __webpack_require__(25616);
// EXTERNAL MODULE: ./build/core/metrics/evaluation.js
var metrics_evaluation = __webpack_require__(91680);
// EXTERNAL MODULE: ./build/core/metrics/fingerprint.js
var fingerprint = __webpack_require__(45636);
// EXTERNAL MODULE: ./build/core/metrics/gate.js + 4 modules
var metrics_gate = __webpack_require__(3815);
;// CONCATENATED MODULE: ./build/core/metrics/paired-statistic.js


/** Whether the bootstrap ran stratified, for the report. */
function isStratified(e, stratify) {
    if (e.task === 'regression' || stratify === 'never')
        return false;
    if (stratify === 'always')
        return true;
    const counts = new Map();
    for (const code of e.y)
        counts.set(code, (counts.get(code) ?? 0) + 1);
    const smallest = Math.min(...counts.values());
    return smallest < (0.5 * e.y.length) / counts.size;
}
function fromBootstrap(result, extra = {}) {
    return {
        method: 'bootstrap-percentile',
        lower: result.lower,
        upper: result.upper,
        standardError: result.standardError,
        deltas: result.deltas,
        ...extra,
    };
}
function strataOf(e, stratified) {
    if (!stratified || e.task === 'regression')
        return [Int32Array.from(e.y.keys())];
    const groups = new Map();
    for (let i = 0; i < e.y.length; i++) {
        const code = e.y[i];
        const group = groups.get(code);
        if (group)
            group.push(i);
        else
            groups.set(code, [i]);
    }
    return [...groups.keys()].sort((a, b) => a - b).map((code) => Int32Array.from(groups.get(code)));
}
function toStatistic(result) {
    return result instanceof errors/* DataError */.fL ? result : fromBootstrap(result);
}
/** The regression metrics computed from per-example sums (all of them). */
const REGRESSION_SUMS = ['mae', 'mse', 'rmse', 'r2', 'mape'];
/** The pass a metric's resamples come from: its seed is seedFor(seed, pass). */
function passOf(metric) {
    if (classification/* CONFUSION_METRICS */.Dr.includes(metric))
        return 'cells';
    if (REGRESSION_SUMS.includes(metric) || metric === 'log_loss' || metric === 'brier')
        return 'examples';
    return metric;
}

// EXTERNAL MODULE: ./build/core/metrics/losses.js
var losses = __webpack_require__(32129);
// EXTERNAL MODULE: ./build/core/metrics/regression.js
var regression = __webpack_require__(21939);
// EXTERNAL MODULE: ./build/core/metrics/rng.js
var rng = __webpack_require__(76121);
// EXTERNAL MODULE: ./build/core/metrics/stats/bootstrap.js + 4 modules
var bootstrap = __webpack_require__(3201);
;// CONCATENATED MODULE: ./build/core/metrics/paired-sums.js






/** Log loss and Brier: per-example differences, one shared pass of index draws (within classes when stratified). */
async function lossStatistics(base, cand, metrics, plan) {
    const positive = (0,compute/* positiveFlags */.tc)(cand);
    const perExample = (e, metric) => metric === 'log_loss'
        ? (0,compute/* logLosses */.yB)(e)
        : positive && e.score
            ? (0,losses/* brierPerExample */.ys)(positive, e.score)
            : 'no score';
    const columns = [];
    const names = [];
    for (const metric of metrics) {
        const a = perExample(base, metric);
        const b = perExample(cand, metric);
        if (typeof a === 'string' || typeof b === 'string')
            continue;
        columns.push(Float64Array.from(b, (value, i) => value - a[i]));
        names.push(metric);
    }
    if (!columns.length)
        return new Map();
    const strata = strataOf(cand, isStratified(cand, plan.stratify));
    const results = await sumsPass(columns, names.map((_, j) => (s, at, n) => s[at + j] / n), {
        ...plan,
        seed: (0,rng/* seedFor */.ln)(plan.seed, passOf('log_loss')),
        strata,
    });
    return new Map(names.map((metric, j) => [metric, toStatistic(results[j])]));
}
/** Bootstrap of mean(candidate_i − baseline_i): the decomposable fast path (one value per example). */
function meanDifference(base, cand, plan) {
    const d = Float64Array.from(cand, (value, i) => value - base[i]);
    return bootstrapSums(d, 1, (sums, at, n) => sums[at] / n, plan);
}
/** Interleaves per-example columns into rows (row-major, as the kernel reads them) and runs one pass. */
function sumsPass(columns, deltas, plan) {
    const k = columns.length;
    const n = columns[0].length;
    const rows = new Float64Array(n * k);
    for (let j = 0; j < k; j++) {
        const column = columns[j];
        for (let i = 0; i < n; i++)
            rows[i * k + j] = column[i];
    }
    return (0,bootstrap/* bootstrapSumsMany */.y9)(rows, k, deltas, plan);
}
/**
 * MAE, MSE, RMSE, R² and MAPE from one pass: only the columns the asked-for metrics need. RMSE and R²
 * need each model's Σe² (and R² the centred Σ(y − ȳ), Σ(y − ȳ)²: centring first keeps Σy² − (Σy)²/n
 * accurate); MAE, MAPE and MSE alone need only the per-example difference.
 */
async function regressionStatistics(base, cand, metrics, plan) {
    const y = cand.y;
    const n = y.length;
    const a = base.predicted;
    const b = cand.predicted;
    const wants = (metric) => metrics.includes(metric);
    const columns = [];
    const column = (f) => columns.push(Float64Array.from({ length: n }, (_, i) => f(i))) - 1;
    const separate = wants('rmse') || wants('r2');
    const sqA = separate ? column((i) => (y[i] - a[i]) ** 2) : -1;
    const sqB = separate ? column((i) => (y[i] - b[i]) ** 2) : -1;
    const dSq = !separate && wants('mse') ? column((i) => (y[i] - b[i]) ** 2 - (y[i] - a[i]) ** 2) : -1;
    let yMean = 0;
    for (let i = 0; i < n; i++)
        yMean += y[i];
    yMean /= n;
    const centred = wants('r2') ? column((i) => y[i] - yMean) : -1;
    const centredSq = wants('r2') ? column((i) => (y[i] - yMean) ** 2) : -1;
    const dAbs = wants('mae') ? column((i) => Math.abs(y[i] - b[i]) - Math.abs(y[i] - a[i])) : -1;
    const ape = (p, t) => Math.abs(t - p) / Math.max(Math.abs(t), losses/* EPS */.HV);
    const dApe = wants('mape') ? column((i) => ape(b[i], y[i]) - ape(a[i], y[i])) : -1;
    const delta = {
        mae: (s, at, m) => s[at + dAbs] / m,
        mse: separate ? (s, at, m) => (s[at + sqB] - s[at + sqA]) / m : (s, at, m) => s[at + dSq] / m,
        rmse: (s, at, m) => Math.sqrt(s[at + sqB] / m) - Math.sqrt(s[at + sqA] / m),
        r2: (s, at, m) => {
            const total = s[at + centredSq] - s[at + centred] ** 2 / m;
            return (0,regression/* r2From */.P)(s[at + sqB], total) - (0,regression/* r2From */.P)(s[at + sqA], total);
        },
        mape: (s, at, m) => s[at + dApe] / m,
    };
    const wanted = REGRESSION_SUMS.filter(wants);
    const results = await sumsPass(columns, wanted.map((metric) => delta[metric]), {
        ...plan,
        seed: (0,rng/* seedFor */.ln)(plan.seed, passOf('rmse')),
        strata: [Int32Array.from({ length: n }, (_, i) => i)],
    });
    return new Map(wanted.map((metric, j) => [metric, toStatistic(results[j])]));
}

// EXTERNAL MODULE: ./build/core/metrics/stats/special.js
var special = __webpack_require__(24551);
;// CONCATENATED MODULE: ./build/core/metrics/stats/delong.js


/**
 * DeLong's test for two correlated ROC AUCs on the same examples, in Sun & Xu's O(n log n) midrank
 * form (reference §2.5; the same numbers as pROC's delong.paired.test). `margin` shifts the null to
 * Δ = −margin for a non-inferiority p-value; the interval is Δ ± z(1−α/2)·√Var.
 */
function delong(positive, baselineScores, candidateScores, alpha, margin = 0) {
    const pos = [];
    const neg = [];
    for (let i = 0; i < positive.length; i++)
        (positive[i] ? pos : neg).push(i);
    const m = pos.length;
    const n = neg.length;
    if (m < 2 || n < 2) {
        throw new errors/* DataError */.fL(`DeLong needs at least 2 positive and 2 negative examples (got ${m} and ${n})`);
    }
    const base = components(pos, neg, baselineScores);
    const cand = components(pos, neg, candidateScores);
    const s10 = covariance(cand.v10, base.v10);
    const s01 = covariance(cand.v01, base.v01);
    const varC = s10.xx / m + s01.xx / n;
    const varB = s10.yy / m + s01.yy / n;
    const cov = s10.xy / m + s01.xy / n;
    const variance = Math.max(0, varC + varB - 2 * cov);
    const delta = cand.auc - base.auc;
    const se = Math.sqrt(variance);
    // pROC special-cases zero variance: equal AUCs give z = 0 (p = 1) instead of NaN.
    const shifted = delta + margin;
    const z = se === 0 ? (shifted === 0 ? 0 : Math.sign(shifted) * Infinity) : shifted / se;
    const half = (0,special/* normalQuantile */.Zl)(1 - alpha / 2) * se;
    return {
        aucBaseline: base.auc,
        aucCandidate: cand.auc,
        delta,
        variance,
        z,
        pValue: (0,special/* normalTwoSided */.NG)(z),
        lower: delta - half,
        upper: delta + half,
    };
}
/** AUC and the structural components V10 (per positive) and V01 (per negative) from midranks. */
function components(pos, neg, scores) {
    const m = pos.length;
    const n = neg.length;
    const x = Float64Array.from(pos, (i) => scores[i]);
    const y = Float64Array.from(neg, (i) => scores[i]);
    const z = new Float64Array(m + n);
    z.set(x);
    z.set(y, m);
    const rz = midranks(z);
    const rx = midranks(x);
    const ry = midranks(y);
    let sum = 0;
    const v10 = new Float64Array(m);
    for (let i = 0; i < m; i++) {
        sum += rz[i];
        v10[i] = (rz[i] - rx[i]) / n;
    }
    const v01 = new Float64Array(n);
    for (let j = 0; j < n; j++)
        v01[j] = 1 - (rz[m + j] - ry[j]) / m;
    return { auc: (sum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}
/** 1-based midranks: tied values share the average of their ranks. */
function midranks(values) {
    const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(values.length);
    let i = 0;
    while (i < order.length) {
        let j = i;
        while (j + 1 < order.length && values[order[j + 1]] === values[order[i]])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}
function covariance(x, y) {
    const k = x.length;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < k; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= k;
    my /= k;
    let xx = 0;
    let yy = 0;
    let xy = 0;
    for (let i = 0; i < k; i++) {
        const dx = x[i] - mx;
        const dy = y[i] - my;
        xx += dx * dx;
        yy += dy * dy;
        xy += dx * dy;
    }
    return { xx: xx / (k - 1), yy: yy / (k - 1), xy: xy / (k - 1) };
}

;// CONCATENATED MODULE: ./build/core/metrics/stats/mcnemar.js

/** Below this many discordant pairs the exact binomial test runs (mlxtend's advice, reference §2.4). */
const MCNEMAR_EXACT_BELOW = 25;
/**
 * McNemar's test on the discordant pairs: exact two-sided binomial (= scipy.stats.binomtest(b, b+c))
 * when b + c < 25, else χ² = (|b − c| − 1)² / (b + c) with one degree of freedom.
 */
function mcnemar(b, c) {
    const n = b + c;
    if (n < MCNEMAR_EXACT_BELOW) {
        const pValue = n === 0 ? 1 : Math.min(1, 2 * (0,special/* binomialCdf */.HU)(Math.min(b, c), n, 0.5));
        return { b, c, variant: 'mcnemar-exact', pValue };
    }
    const statistic = (Math.abs(b - c) - 1) ** 2 / n;
    return { b, c, variant: 'mcnemar-chi2-cc', statistic, pValue: (0,special/* chi2Sf1 */.Nn)(statistic) };
}
/** The discordant counts of two 0/1 correctness vectors aligned by example. */
function discordantPairs(baselineCorrect, candidateCorrect) {
    let b = 0;
    let c = 0;
    for (let i = 0; i < baselineCorrect.length; i++) {
        if (baselineCorrect[i] && !candidateCorrect[i])
            b++;
        else if (!baselineCorrect[i] && candidateCorrect[i])
            c++;
    }
    return { b, c };
}

;// CONCATENATED MODULE: ./build/core/metrics/paired.js











/**
 * Paired statistics for each named metric both models can compute on the same aligned examples.
 * Metrics that share a way of resampling share one pass and its resamples: the confusion-matrix
 * metrics one stream of multinomial cell draws, the per-example sums (MAE, MSE, RMSE, R², MAPE, log
 * loss, Brier) one stream of index draws, so asking for five regression metrics costs one pass.
 * Each pass has its own seed (seedFor(seed, pass)): adding a metric of another pass changes nothing here.
 */
async function pairedStatistics(baseline, candidate, metrics, plan, notes = []) {
    const out = new Map();
    const keep = (metric, result) => {
        // A statistic undefined on this data (DeLong with one positive) leaves the metric on point estimates.
        if (result instanceof errors/* DataError */.fL)
            notes.push(`${metric}: no interval (${result.message})`);
        else if (result)
            out.set(metric, result);
    };
    const attempt = async (metrics, run) => {
        try {
            for (const [metric, result] of await run())
                keep(metric, result);
        }
        catch (thrown) {
            if (!(thrown instanceof errors/* DataError */.fL))
                throw thrown;
            for (const metric of metrics)
                keep(metric, thrown);
        }
    };
    if (baseline.task === 'regression' && candidate.task === 'regression') {
        const wanted = metrics.filter((m) => REGRESSION_SUMS.includes(m));
        if (wanted.length)
            await attempt(wanted, () => regressionStatistics(baseline, candidate, wanted, plan));
    }
    else if (baseline.task === 'classification' && candidate.task === 'classification') {
        const cells = metrics.filter((m) => classification/* CONFUSION_METRICS */.Dr.includes(m));
        if (cells.length)
            await attempt(cells, async () => cellStatistics(baseline, candidate, cells, plan));
        const sums = metrics.filter((m) => m === 'log_loss' || m === 'brier');
        if (sums.length)
            await attempt(sums, () => lossStatistics(baseline, candidate, sums, plan));
        for (const metric of metrics.filter((m) => m === 'roc_auc' || m === 'pr_auc')) {
            await attempt([metric], async () => new Map([[metric, await rankedStatistic(baseline, candidate, metric, plan)]]));
        }
    }
    // Keep the order asked for: the report and its bytes do not depend on how passes were grouped.
    return new Map(metrics.filter((m) => out.has(m)).map((m) => [m, out.get(m)]));
}
function cellStatistics(base, cand, metrics, plan) {
    const wanted = cand.positive ? metrics : metrics.filter((m) => !['precision', 'recall', 'f1'].includes(m));
    const stratified = isStratified(cand, plan.stratify);
    const n = cand.y.length;
    const k = cand.classes.length;
    if (k * k * k > 2 ** 22) {
        throw new errors/* DataError */.fL(`${k} classes are too many for the paired confusion-matrix bootstrap`);
    }
    const cells = new Float64Array(k * k * k);
    for (let i = 0; i < n; i++)
        cells[(cand.y[i] * k + base.predicted[i]) * k + cand.predicted[i]]++;
    const cellStratum = stratified
        ? Int32Array.from(cells.keys(), (cell) => Math.floor(cell / (k * k)))
        : undefined;
    const matrixA = new Float64Array(k * k);
    const matrixB = new Float64Array(k * k);
    const positive = cand.positive?.index;
    // Only cells that occur can be drawn: with many classes K³ cells are mostly empty.
    const occurring = Int32Array.from(cells.keys()).filter((cell) => cells[cell] > 0);
    const deltas = (counts, out) => {
        matrixA.fill(0);
        matrixB.fill(0);
        for (const cell of occurring) {
            const count = counts[cell];
            if (count === 0)
                continue;
            const t = Math.floor(cell / (k * k));
            const a = Math.floor(cell / k) % k;
            const b = cell % k;
            matrixA[t * k + a] += count;
            matrixB[t * k + b] += count;
        }
        const valuesA = (0,classification/* confusionMetrics */.IB)(matrixA, k, positive);
        const valuesB = (0,classification/* confusionMetrics */.IB)(matrixB, k, positive);
        for (let j = 0; j < wanted.length; j++)
            out[j] = valuesB[wanted[j]] - valuesA[wanted[j]];
    };
    const seed = (0,rng/* seedFor */.ln)(plan.seed, passOf('accuracy'));
    const results = (0,bootstrap/* bootstrapCellsMany */.hw)(cells, cellStratum, wanted.length, deltas, { ...plan, seed });
    const out = new Map();
    wanted.forEach((metric, j) => {
        const result = results[j];
        if (result instanceof errors/* DataError */.fL || metric !== 'accuracy') {
            out.set(metric, result instanceof errors/* DataError */.fL ? result : fromBootstrap(result));
            return;
        }
        const correctA = Uint8Array.from(base.y, (y, i) => (y === base.predicted[i] ? 1 : 0));
        const correctB = Uint8Array.from(cand.y, (y, i) => (y === cand.predicted[i] ? 1 : 0));
        const { b, c } = discordantPairs(correctA, correctB);
        out.set(metric, fromBootstrap(result, { mcnemar: mcnemar(b, c) }));
    });
    return out;
}
async function rankedStatistic(base, cand, metric, plan) {
    const positive = (0,compute/* positiveFlags */.tc)(cand);
    if (!positive || !base.score || !cand.score)
        return undefined;
    if (metric === 'roc_auc') {
        const result = delong(positive, base.score, cand.score, plan.alpha);
        return {
            method: 'delong',
            lower: result.lower,
            upper: result.upper,
            standardError: Math.sqrt(result.variance),
            delong: { delta: result.delta, variance: result.variance },
        };
    }
    // Always stratified by class: a resample without positives has no precision-recall curve.
    const strata = [
        Int32Array.from(positive.keys()).filter((i) => positive[i] === 1),
        Int32Array.from(positive.keys()).filter((i) => positive[i] === 0),
    ].filter((s) => s.length > 0);
    const seed = (0,rng/* seedFor */.ln)(plan.seed, passOf(metric));
    return fromBootstrap(await (0,bootstrap/* bootstrapRanked */.GH)(positive, base.score, cand.score, 'pr_auc', { ...plan, seed, strata }));
}

// EXTERNAL MODULE: ./build/core/metrics/read/metrics-file.js + 1 modules
var metrics_file = __webpack_require__(69918);
// EXTERNAL MODULE: ./build/core/metrics/read/predictions-file.js
var predictions_file = __webpack_require__(3510);
// EXTERNAL MODULE: ./build/core/metrics/report.js
var report = __webpack_require__(34420);
;// CONCATENATED MODULE: ./build/core/metrics/compare.js













function readSide(metrics, predictions, options) {
    const document = metrics ? (0,metrics_file/* parseMetricsFile */.jI)(metrics.text, metrics.name) : undefined;
    const values = new Map(document?.values ?? []);
    if (!predictions)
        return { document, values, fingerprint: document?.fingerprint };
    const rows = (0,predictions_file/* parsePredictions */.Y8)(predictions.text, predictions.name);
    // Before anything counts them: a repeated row would count twice in every metric.
    const byId = checkUniqueIds(rows, predictions.name);
    const evaluation = (0,metrics_evaluation/* buildEvaluation */.t8)(rows, predictions.name, options);
    const computed = (0,compute/* computeMetrics */.pH)(evaluation);
    for (const [name, value] of Object.entries(computed.values))
        values.set(name, value);
    const fp = (0,fingerprint/* fingerprintRows */.E_)(rows);
    return {
        document,
        rows,
        predictionsFile: predictions.name,
        values,
        fingerprint: fp.value,
        idsFingerprint: fp.ids,
        confusion: computed.confusion,
        undefinedMetrics: computed.undefinedMetrics,
        task: evaluation.task,
        byId,
    };
}
/**
 * The whole comparison, pure: read both sides, check they saw the same test set, compute paired
 * statistics where both have per-example predictions, decide each metric and the gate.
 */
async function compareMetrics(input) {
    const { options } = input;
    if (!input.candidate.metrics && !input.candidate.predictions) {
        throw new errors/* DataError */.fL('nothing to compare: give the candidate a metrics file, a predictions file, or both');
    }
    const candidate = readSide(input.candidate.metrics, input.candidate.predictions, options.evaluation);
    const found = input.baseline.found;
    const baseline = found ? readSide(found.metrics, found.predictions, options.evaluation) : undefined;
    const warnings = [];
    const notices = [];
    const reasons = [];
    // Why the comparison cannot be made at all (exit 2, not a regression).
    const impossible = [];
    // Every fingerprint each side has, best first; the first pair of the same scheme is compared.
    const candidateFps = fingerprintsOf(candidate, input.candidate.evalData);
    const baselineFps = baseline ? fingerprintsOf(baseline) : [];
    const pairFound = candidateFps
        .flatMap((c) => baselineFps.map((b) => [c, b]))
        .find(([c, b]) => scheme(c.value) === scheme(b.value));
    const candFp = pairFound?.[0] ?? candidateFps[0];
    const baseFp = pairFound?.[1] ?? baselineFps[0];
    const match = baseline && pairFound ? (0,fingerprint/* compareFingerprints */.tS)(pairFound[0], pairFound[1]) : 'unknown';
    if (baseline && match === 'unknown') {
        warnings.push('cannot verify that candidate and baseline used the same test set (no comparable fingerprints)');
    }
    const refused = (match === 'different' || match === 'relabelled') && !options.allowDifferentTestSets;
    if (refused) {
        const how = candidate.rows && baseline?.rows
            ? describeIdDifference(candidate.rows, baseline.rows)
            : `fingerprints ${pairFound[0].value} and ${pairFound[1].value}`;
        impossible.push(match === 'relabelled'
            ? `the test set was relabelled: same example ids, different labels (${how}); deltas would mean nothing (set allow-different-test-sets to compare anyway)`
            : `candidate and baseline were evaluated on different test sets: ${how}; refusing to compare (set allow-different-test-sets to compare anyway)`);
    }
    else if (match === 'different' || match === 'relabelled') {
        warnings.push(`test sets differ (${match}); compared because allow-different-test-sets is set`);
    }
    const pairing = await pair(candidate, baseline, refused, options, warnings, input.rules);
    const gate = (0,metrics_gate/* decide */.LD)({
        candidate: candidate.values,
        baseline: baseline && !refused ? baseline.values : undefined,
        rules: input.rules,
        paired: pairing.stats,
        mode: options.mode,
        alpha: options.alpha,
        power: options.power,
        onInconclusive: options.onInconclusive,
        n: candidate.rows?.length,
        whyUndefined: candidate.undefinedMetrics,
    });
    warnings.push(...gate.warnings);
    reasons.push(...gate.reasons);
    impossible.push(...gate.impossible);
    if (!found) {
        const searched = input.baseline.searched.map((step) => `${step.source}: ${step.reason}`).join('; ');
        const text = `no baseline found (searched: ${searched || 'nothing'})`;
        if (options.onNoBaseline === 'fail')
            reasons.push(`${text} and on-no-baseline is fail`);
        else
            notices.push(`${text}: first run, only absolute thresholds were checked`);
    }
    for (const step of input.baseline.searched) {
        if (step.outcome === 'error')
            warnings.push(`baseline source ${step.source} failed: ${step.reason}`);
    }
    const failedMetrics = gate.metrics
        .filter((m) => m.verdict === 'fail' ||
        (m.verdict === 'inconclusive' && m.role === 'gated' && options.onInconclusive === 'fail'))
        .map((m) => m.name);
    return {
        ...(0,report/* comparisonHeader */.vv)(),
        verdict: reasons.length || impossible.length ? 'fail' : 'pass',
        reasons: [...impossible, ...reasons],
        impossible,
        warnings,
        notices,
        failedMetrics,
        gate: {
            mode: options.mode,
            correction: gate.correction,
            alpha: options.alpha,
            power: options.power,
            onInconclusive: options.onInconclusive,
            onNoBaseline: options.onNoBaseline,
        },
        baseline: {
            source: input.baseline.source ?? 'none',
            detail: found?.detail ?? {},
            searched: input.baseline.searched,
            metricsFile: found?.metrics?.name ?? null,
            predictionsFile: found?.predictions?.name ?? null,
        },
        candidate: {
            metricsFile: input.candidate.metrics?.name ?? null,
            predictionsFile: input.candidate.predictions?.name ?? null,
        },
        testSet: {
            candidate: candFp?.value ?? null,
            baseline: baseFp?.value ?? null,
            match,
            differentAllowed: options.allowDifferentTestSets,
            n: candidate.rows?.length ?? null,
        },
        pairing: pairing.summary,
        statistics: {
            rng: {
                algorithm: rng/* RNG_ALGORITHM */.cV,
                seeding: rng/* RNG_SEEDING */.un,
                seed: options.seed,
                perMetricSeed: 'one stream per pass, shared by its metrics: fnv1a32("<seed>:cells") for the confusion-matrix metrics, fnv1a32("<seed>:examples") for the per-example sums (mae, mse, rmse, r2, mape, log_loss, brier), fnv1a32("<seed>:pr_auc"); chunks of 250 resamples seeded fnv1a32("<pass seed>#<chunk>")',
            },
            resamples: options.resamples,
            stratified: pairing.stratified,
            interval: `percentile bootstrap (numpy "linear" quantiles) at ${1 - options.alpha}; DeLong for roc_auc`,
            mcnemar: `exact binomial below ${MCNEMAR_EXACT_BELOW} discordant pairs, else chi-square with continuity correction`,
        },
        metrics: gate.metrics,
        confusion: candidate.confusion
            ? {
                labels: candidate.confusion.labels,
                candidate: candidate.confusion.matrix,
                baseline: baseline?.confusion && sameLabels(baseline.confusion.labels, candidate.confusion.labels)
                    ? baseline.confusion.matrix
                    : null,
            }
            : null,
    };
}
/** Intervals whose cost does not grow with the resamples × examples (multinomial cells, DeLong). */
const CHEAP = new Set([...classification/* CONFUSION_METRICS */.Dr, 'roc_auc']);
/**
 * The metrics that get paired statistics: every gated comparative one, plus informational ones whose
 * interval is cheap. When nothing gates, every metric (the table is then all there is to read).
 */
function metricsToResample(shared, rules) {
    const gated = new Set(rules.filter((r) => r.comparative && !r.informational).map((r) => r.metric));
    if (gated.size === 0)
        return [...shared];
    return shared.filter((name) => gated.has(name) || CHEAP.has(name));
}
function fingerprintsOf(side, evalData) {
    const out = [];
    if (side.rows)
        out.push({ value: side.fingerprint, ids: side.idsFingerprint });
    if (evalData)
        out.push(evalData);
    const recorded = side.document?.fingerprint;
    if (recorded && !out.some((fp) => fp.value === recorded))
        out.push({ value: recorded });
    return out;
}
function scheme(fingerprint) {
    return fingerprint.split(':')[0];
}
function sameLabels(a, b) {
    return a.length === b.length && a.every((label, i) => label === b[i]);
}
async function pair(candidate, baseline, refused, options, warnings, rules) {
    const none = (why) => ({
        stats: new Map(),
        stratified: false,
        summary: { paired: false, examples: 0, onlyCandidate: 0, onlyBaseline: 0, why },
    });
    if (!baseline)
        return none('no baseline');
    if (refused)
        return none('test sets differ');
    if (!candidate.rows || !baseline.rows) {
        warnings.push('no per-example predictions for both models: metrics compared on point estimates, without intervals');
        return none('per-example predictions missing on one side');
    }
    const alignment = alignById(baseline.rows, baseline.predictionsFile, candidate.rows, candidate.predictionsFile, { baseline: baseline.byId, candidate: candidate.byId });
    if (alignment.onlyBaseline || alignment.onlyCandidate) {
        warnings.push(`ids differ: ${alignment.onlyCandidate} only in the candidate (e.g. ${alignment.examplesOnlyCandidate.join(', ') || '-'}), ${alignment.onlyBaseline} only in the baseline (e.g. ${alignment.examplesOnlyBaseline.join(', ') || '-'}); paired on the ${alignment.candidate.length} shared`);
    }
    if (alignment.labelMismatches > 0) {
        warnings.push(`${alignment.labelMismatches} paired examples have different labels: no paired statistics`);
        return none('labels differ between the files');
    }
    if (alignment.candidate.length < 2)
        return none('fewer than 2 shared examples');
    // The candidate's task for both (detected once when it was read): classes only for classification.
    const task = candidate.task ?? (options.evaluation.task === 'auto' ? undefined : options.evaluation.task);
    const classes = task === 'regression'
        ? undefined
        : (0,metrics_evaluation/* sortLabels */.CL)([...alignment.candidate, ...alignment.baseline].flatMap((row) => [
            row.label,
            ...(row.prediction !== undefined ? [row.prediction] : []),
        ]));
    const evaluation = { ...options.evaluation, task: task ?? options.evaluation.task, classes };
    let base;
    let cand;
    try {
        base = (0,metrics_evaluation/* buildEvaluation */.t8)(alignment.baseline, baseline.predictionsFile, evaluation);
        cand = (0,metrics_evaluation/* buildEvaluation */.t8)(alignment.candidate, candidate.predictionsFile, evaluation);
    }
    catch (thrown) {
        warnings.push(`no paired statistics: ${(0,errors/* messageOf */.bD)(thrown)}`);
        return none('predictions could not be paired');
    }
    const shared = [...candidate.values.keys()].filter((name) => baseline.values.has(name));
    const wanted = metricsToResample(shared, rules);
    const plan = {
        resamples: options.resamples,
        seed: options.seed,
        alpha: options.alpha,
        stratify: options.stratify,
        threads: options.threads,
        onResamples: options.onResamples,
    };
    const stats = await pairedStatistics(base, cand, wanted, plan, warnings);
    return {
        stats,
        stratified: isStratified(cand, options.stratify),
        summary: {
            paired: true,
            examples: alignment.candidate.length,
            onlyCandidate: alignment.onlyCandidate,
            onlyBaseline: alignment.onlyBaseline,
            why: 'both models have per-example predictions on the same examples',
        },
    };
}


/***/ }),

/***/ 87525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ImpossibleComparisonError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * The comparison could not be made (different test sets, duplicate example ids, a gated metric missing
 * from one side): exit 2, distinct from a regression (exit 1), so a workflow can tell "the model got
 * worse" from "the comparison is broken".
 */
class ImpossibleComparisonError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlciError */ .sc {
    name = 'ImpossibleComparisonError';
    constructor(message, details = {}) {
        super(message, 2, details);
    }
}


/***/ }),

/***/ 45636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ fingerprintRows),
/* harmony export */   S1: () => (/* binding */ fingerprintBytes),
/* harmony export */   tS: () => (/* binding */ compareFingerprints)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * Fingerprint of predictions: SHA-256 over the examples sorted by id, one `JSON(id)\tJSON(label)\n` line
 * each, so file order and extra columns (predictions, scores) do not matter but every label does.
 */
function fingerprintRows(rows) {
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const all = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const ids = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // The same bytes as one update per line, handed over in batches (an update per line is slow).
    const BATCH = 4096;
    for (let from = 0; from < sorted.length; from += BATCH) {
        let allText = '';
        let idText = '';
        for (let i = from; i < Math.min(from + BATCH, sorted.length); i++) {
            const id = JSON.stringify(sorted[i].id);
            allText += `${id}\t${JSON.stringify(sorted[i].label)}\n`;
            idText += `${id}\n`;
        }
        all.update(allText);
        ids.update(idText);
    }
    return {
        value: `mlci-fp-v1:sha256:${all.digest('hex')}`,
        ids: `sha256:${ids.digest('hex')}`,
        n: rows.length,
    };
}
/** Fingerprint of an evaluation data file: SHA-256 of its full content. */
function fingerprintBytes(bytes) {
    return { value: `file:sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}` };
}
/** Compares fingerprints: identical, same ids with other labels, different, or unknown (one side missing). */
function compareFingerprints(a, b) {
    if (!a || !b)
        return 'unknown';
    if (a.value === b.value)
        return 'identical';
    if (a.ids && b.ids && a.ids === b.ids)
        return 'relabelled';
    return 'different';
}


/***/ }),

/***/ 3815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LD: () => (/* binding */ decide),
  Sc: () => (/* reexport */ fmt)
});

// UNUSED EXPORTS: ruleText, signed

// EXTERNAL MODULE: ./build/core/text/suggest.js
var suggest = __webpack_require__(91138);
;// CONCATENATED MODULE: ./build/core/metrics/metric-names.js

/** The last segment of a flattened metric key: `eval.metrics.f1` → `f1`, `eval/m.json:acc` → `acc`. */
function leaf(key) {
    return key.split(/[.:]/).pop() ?? key;
}
/**
 * The metric key a rule most likely meant, for "did you mean": a key whose last segment is the name
 * (`f1` → `metrics.f1`, nested files flatten with dots), else the same name in another case, else the
 * closest by edit distance (over whole keys, then over last segments). Undefined when nothing is close.
 */
function closestMetric(name, keys) {
    const others = keys.filter((key) => key !== name);
    const byLeaf = others.filter((key) => leaf(key) === name);
    if (byLeaf.length)
        return byLeaf.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    const lower = name.toLowerCase();
    const sameCase = others.find((key) => key.toLowerCase() === lower || leaf(key).toLowerCase() === lower);
    if (sameCase)
        return sameCase;
    const whole = (0,suggest/* closest */.kp)(name, others);
    if (whole)
        return whole;
    const leaves = new Map(others.map((key) => [leaf(key), key]));
    const near = (0,suggest/* closest */.kp)(leaf(name), leaves.keys());
    return near === undefined ? undefined : leaves.get(near);
}

;// CONCATENATED MODULE: ./build/core/metrics/gate-text.js

/** Renders a rule as the one-line text the report and the summary show. */
function ruleText(rule) {
    if (!rule)
        return 'none (informational)';
    if (rule.informational)
        return 'informational';
    const parts = [rule.direction === 'higher' ? 'higher is better' : 'lower is better'];
    if (rule.floor !== undefined)
        parts.push(`floor ${rule.floor}`);
    if (rule.ceiling !== undefined)
        parts.push(`ceiling ${rule.ceiling}`);
    if (rule.margin !== undefined)
        parts.push(`non-inferiority margin ${rule.margin}`);
    if (rule.relativeMargin !== undefined)
        parts.push(`non-inferiority margin ${rule.relativeMargin * 100}% of |baseline|`);
    if (rule.minImprovement !== undefined)
        parts.push(`min improvement ${rule.minImprovement}`);
    if (rule.relativeMinImprovement !== undefined) {
        parts.push(`min improvement ${rule.relativeMinImprovement * 100}% of |baseline|`);
    }
    if (rule.comparative && parts.length === 1)
        parts.push('no worse than baseline');
    return parts.join(', ');
}
/** A signed number for messages, with a true minus sign: "+0.02", "−0.04". */
function signed(value) {
    const text = fmt(value).replace('-', '−');
    return value > 0 ? `+${text}` : text;
}
/** The closest metric name, as " — did you mean `metrics.f1`?", or nothing. */
function suggestion(name, available) {
    const match = available ? closestMetric(name, [...available.keys()]) : undefined;
    return match === undefined ? '' : ` — did you mean \`${match}\`?`;
}
/** Numbers in messages: 4 significant digits. */
function fmt(value) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

// EXTERNAL MODULE: ./build/core/metrics/stats/bootstrap.js + 4 modules
var bootstrap = __webpack_require__(3201);
// EXTERNAL MODULE: ./build/core/metrics/stats/special.js
var special = __webpack_require__(24551);
;// CONCATENATED MODULE: ./build/core/metrics/stats/mde.js

/** z(1−α/2) + z(power): 2.802 for α = 0.05 and power 0.8 (reference §2.9). */
function mdeMultiplier(alpha, power) {
    return (0,special/* normalQuantile */.Zl)(1 - alpha / 2) + (0,special/* normalQuantile */.Zl)(power);
}
/** Minimum detectable effect from the standard error of the delta (paired, from the resamples or DeLong). */
function mdeFromStandardError(standardError, alpha, power) {
    return mdeMultiplier(alpha, power) * standardError;
}
/** Unpaired MDE of a proportion metric (metrics-only baseline): multiplier · √(2p(1−p)/n). */
function unpairedProportionMde(p, n, alpha, power) {
    return mdeMultiplier(alpha, power) * Math.sqrt((2 * p * (1 - p)) / n);
}

;// CONCATENATED MODULE: ./build/core/metrics/stats/multiple.js
/**
 * Holm's step-down adjusted p-values (family-wise error): p̃(i) = max over j ≤ i of min(1, (k−j+1)·p(j)),
 * returned in the input order.
 */
function holm(pValues) {
    const k = pValues.length;
    const order = sortedOrder(pValues);
    const adjusted = new Array(k);
    let running = 0;
    order.forEach((index, rank) => {
        running = Math.max(running, Math.min(1, (k - rank) * pValues[index]));
        adjusted[index] = running;
    });
    return adjusted;
}
/** Benjamini–Hochberg adjusted p-values (false discovery rate): p̃(i) = min over j ≥ i of min(1, k·p(j)/j). */
function benjaminiHochberg(pValues) {
    const k = pValues.length;
    const order = sortedOrder(pValues);
    const adjusted = new Array(k);
    let running = 1;
    for (let rank = k - 1; rank >= 0; rank--) {
        const index = order[rank];
        running = Math.min(running, Math.min(1, (k * pValues[index]) / (rank + 1)));
        adjusted[index] = running;
    }
    return adjusted;
}
/** Adjusted p-values under a correction. */
function adjust(pValues, correction) {
    if (correction === 'holm')
        return holm(pValues);
    if (correction === 'bh')
        return benjaminiHochberg(pValues);
    return [...pValues];
}
function sortedOrder(values) {
    // Stable by index among equal p-values, so the result does not depend on the sort implementation.
    return values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
}

;// CONCATENATED MODULE: ./build/core/metrics/gate.js





const PROPORTIONS = /^(accuracy|precision|recall|f1)(_|$)/;
/** Decides every metric and the gate (reference statistics-and-baselines.md §2.3 decision rules, §2.8 modes). */
function decide(input) {
    const ruleOf = new Map(input.rules.map((rule) => [rule.metric, rule]));
    // Baseline metrics too: one the candidate lost is shown as missing, even without a rule.
    const names = [
        ...new Set([
            ...input.rules.map((rule) => rule.metric),
            ...input.candidate.keys(),
            ...(input.baseline?.keys() ?? []),
        ]),
    ];
    const warnings = [];
    const drafts = names.map((name) => draft(name, ruleOf.get(name), input));
    const correction = input.mode === 'block-on-regression' ? 'holm' : 'none';
    const tested = drafts.filter((d) => d.compared && d.pValue !== undefined && d.rule && !d.rule.informational);
    const adjusted = adjust(tested.map((d) => d.pValue), correction);
    const adjustedOf = new Map(tested.map((d, i) => [d.name, adjusted[i]]));
    const metrics = drafts.map((d) => finish(d, adjustedOf.get(d.name), input, warnings));
    const gated = metrics.filter((m) => m.role === 'gated');
    const reasons = [];
    const impossible = drafts.flatMap((d) => (d.impossible ? [d.impossible] : []));
    for (const m of gated) {
        if (drafts.find((d) => d.name === m.name)?.impossible)
            continue;
        if (m.verdict === 'fail')
            reasons.push(...m.reasons);
        if (m.verdict === 'inconclusive' && input.onInconclusive === 'fail') {
            reasons.push(`${m.name} is inconclusive (${m.reasons.join('; ')}), and on-inconclusive is fail`);
        }
    }
    if (gated.length === 0)
        warnings.push('no rules configured: every metric is informational and nothing gates');
    const verdict = reasons.length || impossible.length ? 'fail' : 'pass';
    return { metrics, correction, verdict, reasons, impossible, warnings };
}
function draft(name, rule, input) {
    const d = {
        name,
        rule,
        direction: rule?.direction ?? 'higher',
        base: input.baseline?.get(name),
        cand: input.candidate.get(name),
        stat: input.paired.get(name),
        test: 'none',
        reasons: [],
        hardFail: false,
        compared: false,
    };
    if (d.cand === undefined && d.base !== undefined && (!rule || rule.informational)) {
        d.reasons.push('missing from the candidate');
        return d;
    }
    if (!rule || rule.informational) {
        // Shown with its test against "no difference", never gating and never in the correction.
        if (d.cand !== undefined && d.base !== undefined && Number.isFinite(d.cand) && Number.isFinite(d.base))
            test(d, 0);
        return d;
    }
    if (d.cand === undefined) {
        d.hardFail = true;
        const why = input.whyUndefined?.[name];
        d.impossible = why
            ? `${name} has a rule but is missing from the candidate: ${why}`
            : `${name} has a rule but is missing from the candidate${suggestion(name, input.candidate)}`;
        d.reasons.push(d.impossible);
        return d;
    }
    if (!Number.isFinite(d.cand)) {
        d.hardFail = true;
        d.reasons.push(`${name} is ${d.cand} in the candidate`);
        return d;
    }
    if (rule.floor !== undefined && d.cand < rule.floor) {
        d.hardFail = true;
        d.reasons.push(`${name} is ${fmt(d.cand)}, below the floor ${rule.floor}`);
    }
    if (rule.ceiling !== undefined && d.cand > rule.ceiling) {
        d.hardFail = true;
        d.reasons.push(`${name} is ${fmt(d.cand)}, above the ceiling ${rule.ceiling}`);
    }
    if (!rule.comparative)
        return d;
    if (!input.baseline) {
        d.reasons.push('no baseline: compared with thresholds only');
        return d;
    }
    if (d.base === undefined) {
        // The rule asks for a comparison the baseline cannot give: not a regression, a broken comparison.
        d.uncomparable = true;
        d.impossible = `${name} has a comparative rule but is missing from the baseline${suggestion(name, input.baseline)}`;
        d.reasons.push(d.impossible);
        return d;
    }
    if (!Number.isFinite(d.base)) {
        // Not a failure of the candidate (MLflow fails it), but not a pass either: the policy decides.
        d.uncomparable = true;
        d.reasons.push(`the baseline value is ${d.base}`);
        return d;
    }
    d.compared = true;
    const scale = Math.abs(d.base);
    d.boundary =
        rule.minImprovement ??
            (rule.relativeMinImprovement !== undefined ? rule.relativeMinImprovement * scale : undefined) ??
            -(rule.margin ?? (rule.relativeMargin !== undefined ? rule.relativeMargin * scale : 0));
    test(d, d.boundary);
    return d;
}
/** The p-value of H0 "oriented delta = boundary" and the test that gave it. */
function test(d, boundary) {
    const sign = d.direction === 'higher' ? 1 : -1;
    if (!d.stat) {
        d.test = 'point';
        return;
    }
    if (d.stat.delong) {
        const se = Math.sqrt(d.stat.delong.variance);
        const shifted = sign * d.stat.delong.delta - boundary;
        d.pValue = se === 0 ? (shifted === 0 ? 1 : 0) : (0,special/* normalTwoSided */.NG)(shifted / se);
        d.test = 'delong';
    }
    else if (d.stat.mcnemar && boundary === 0) {
        d.pValue = d.stat.mcnemar.pValue;
        d.test = d.stat.mcnemar.variant;
    }
    else if (d.stat.deltas) {
        const deltas = sign === 1 ? d.stat.deltas : Float64Array.from(d.stat.deltas, (v) => -v).reverse();
        d.pValue = (0,bootstrap/* bootstrapPValue */.Gm)(deltas, boundary);
        d.test = 'bootstrap-percentile';
    }
}
function finish(d, pAdjusted, input, warnings) {
    const gated = d.rule !== undefined && !d.rule.informational;
    const sign = d.direction === 'higher' ? 1 : -1;
    const delta = d.cand !== undefined && d.base !== undefined ? d.cand - d.base : undefined;
    const reasons = [...d.reasons];
    let verdict = gated ? 'pass' : 'info';
    if (d.hardFail)
        verdict = 'fail';
    else if (d.uncomparable)
        verdict = 'inconclusive';
    const mde = mdeOf(d, input);
    if (gated && d.compared && delta !== undefined && d.boundary !== undefined) {
        const oriented = sign * delta;
        const what = d.boundary > 0
            ? `improvement of at least ${fmt(d.boundary)}`
            : d.boundary < 0
                ? `no worse than the baseline by more than ${fmt(-d.boundary)}`
                : 'no worse than the baseline';
        // The failure as a sentence: "accuracy is significantly worse than the baseline: Δ −0.04, …".
        const failing = d.boundary > 0
            ? `falls short of the required improvement of ${fmt(d.boundary)}`
            : d.boundary < 0
                ? `worse than the baseline by more than the margin ${fmt(-d.boundary)}`
                : 'worse than the baseline';
        const is = d.boundary > 0 ? `${d.name}` : `${d.name} is`;
        const change = `Δ ${signed(delta)}`;
        let comparison;
        if (!d.stat) {
            comparison = oriented >= d.boundary ? 'pass' : 'fail';
            reasons.push(comparison === 'pass'
                ? `meets ${what} on point estimates (no paired predictions)`
                : `${is} ${failing} on point estimates: ${change} (no paired predictions, so no interval)`);
        }
        else {
            const [lo, hi] = sign === 1 ? [d.stat.lower, d.stat.upper] : [-d.stat.upper, -d.stat.lower];
            const level = `${fmt((1 - input.alpha) * 100)}% interval [${signed(d.stat.lower)}, ${signed(d.stat.upper)}]`;
            if (lo > d.boundary) {
                comparison = 'pass';
                reasons.push(`${what}: shown by the interval`);
            }
            else if (input.mode === 'all-must-pass'
                ? hi < d.boundary
                : (pAdjusted ?? 1) <= input.alpha && oriented < d.boundary) {
                comparison = 'fail';
                reasons.push(input.mode === 'all-must-pass'
                    ? `${is} ${failing}: ${change}, ${level} excludes ${signed(sign * d.boundary)}`
                    : `${is} significantly ${failing}: ${change}, Holm-adjusted p = ${fmt(pAdjusted)}`);
            }
            else {
                comparison = 'inconclusive';
                reasons.push(`the ${level} cannot tell whether it is ${what}`);
            }
        }
        if (verdict !== 'fail')
            verdict = comparison;
        const target = Math.abs(d.boundary);
        if (mde !== undefined && target > 0 && target < mde) {
            warnings.push(`${d.name}: the rule's ${d.boundary > 0 ? 'min-improvement' : 'margin'} ${fmt(target)} is below the minimum detectable effect ${fmt(mde)} for this test set: the decision mostly reflects noise`);
        }
    }
    return {
        name: d.name,
        role: gated ? 'gated' : 'info',
        direction: d.direction,
        baseline: d.base ?? null,
        candidate: d.cand ?? null,
        delta: delta ?? null,
        relativeDelta: delta !== undefined && d.base ? delta / Math.abs(d.base) : null,
        interval: d.stat
            ? { lower: d.stat.lower, upper: d.stat.upper, level: 1 - input.alpha, method: d.stat.method }
            : null,
        pValue: d.pValue ?? null,
        pAdjusted: pAdjusted ?? null,
        test: d.test,
        boundary: d.boundary ?? null,
        mde: mde ?? null,
        discordant: d.stat?.mcnemar ? { b: d.stat.mcnemar.b, c: d.stat.mcnemar.c } : null,
        rule: ruleText(d.rule),
        verdict,
        reasons,
    };
}
function mdeOf(d, input) {
    if (d.stat)
        return mdeFromStandardError(d.stat.standardError, input.alpha, input.power);
    if (input.n && d.base !== undefined && PROPORTIONS.test(d.name) && d.base >= 0 && d.base <= 1) {
        return unpairedProportionMde(d.base, input.n, input.alpha, input.power);
    }
    return undefined;
}



/***/ }),

/***/ 34420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oH: () => (/* binding */ COMPARISON_REPORT_VERSION),
/* harmony export */   vv: () => (/* binding */ comparisonHeader),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18614);

/** Version of the comparison report's shape (report-envelope.ts: bumped only when a field changes meaning). */
const COMPARISON_REPORT_VERSION = 1;
/** The report header of this kind and version. */
function comparisonHeader() {
    return {
        kind: 'mlci/comparison-report',
        version: COMPARISON_REPORT_VERSION,
        tool: { name: 'mlci', version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .MLCI_VERSION */ .B },
    };
}
/** The report as written to disk: two-space JSON with a final newline; non-finite numbers become strings. */
function serializeReport(report) {
    return `${JSON.stringify(report, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2)}\n`;
}


/***/ }),

/***/ 3201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hw: () => (/* binding */ bootstrapCellsMany),
  Gm: () => (/* binding */ bootstrapPValue),
  GH: () => (/* binding */ bootstrapRanked),
  y9: () => (/* binding */ bootstrapSumsMany)
});

// UNUSED EXPORTS: MAX_STRATUM, bootstrapCells, bootstrapSums, quantile, rankOrder, summarize

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/metrics/rng.js
var metrics_rng = __webpack_require__(76121);
// EXTERNAL MODULE: ./build/core/metrics/stats/special.js
var special = __webpack_require__(24551);
;// CONCATENATED MODULE: ./build/core/metrics/stats/binomial.js

/**
 * An exact Binomial(n, p) draw by inversion. For small n·p the search starts at 0; otherwise it starts at
 * the mode and alternates outwards, which is inversion over a reordered support (still exact) and takes
 * O(√(np(1−p))) steps.
 */
function binomial(rng, n, p) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - binomial(rng, n, 1 - p);
    const ratio = p / (1 - p);
    let u = rng.uniform();
    if (n * p < 30) {
        let pmf = Math.exp(n * Math.log1p(-p));
        for (let k = 0; k < n; k++) {
            if (u < pmf)
                return k;
            u -= pmf;
            pmf *= (ratio * (n - k)) / (k + 1);
        }
        return n;
    }
    const mode = Math.floor((n + 1) * p);
    const atMode = Math.exp((0,special/* binomialLogPmf */.pY)(mode, n, p));
    if (u < atMode)
        return mode;
    u -= atMode;
    let low = mode;
    let high = mode;
    let pmfLow = atMode;
    let pmfHigh = atMode;
    while (low > 0 || high < n) {
        if (high < n) {
            pmfHigh *= (ratio * (n - high)) / (high + 1);
            high++;
            if (u < pmfHigh)
                return high;
            u -= pmfHigh;
        }
        if (low > 0) {
            pmfLow *= low / (ratio * (n - low + 1));
            low--;
            if (u < pmfLow)
                return low;
            u -= pmfLow;
        }
    }
    // Rounding left a sliver of probability unassigned: the mode is the least surprising answer.
    return mode;
}
/** Multinomial(n, counts/Σcounts) by sequential conditional binomials. */
function multinomial(rng, n, counts, out) {
    let remainingN = n;
    let remainingMass = 0;
    for (let i = 0; i < counts.length; i++)
        remainingMass += counts[i];
    for (let i = 0; i < counts.length; i++) {
        const c = counts[i];
        if (remainingN === 0 || c === 0) {
            out[i] = 0;
        }
        else if (c >= remainingMass) {
            out[i] = remainingN;
            remainingN = 0;
        }
        else {
            const draw = binomial(rng, remainingN, c / remainingMass);
            out[i] = draw;
            remainingN -= draw;
        }
        remainingMass -= c;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./build/core/metrics/stats/kernels.js
/**
 * The resampling loops, written as self-contained functions: no imports and no outer variables, so
 * that parallel.ts can ship their source text to worker threads (a bundle has no separate worker file).
 * The RNG is xoshiro128** seeded by splitmix32 and Lemire's bounded integers, inlined for speed; a unit
 * test checks the stream equals rng.ts. Each call runs one chunk of resamples with its own seed.
 */
/** Column sums of each resample, resamples × k, row-major. */
function sumsKernel(args) {
    const { values, k, strataIndex, strataEnds, resamples } = args;
    const out = new Float64Array(resamples * k);
    let a = args.seed | 0;
    const st = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
        a = (a + 0x9e3779b9) | 0;
        let t = a ^ (a >>> 16);
        t = Math.imul(t, 0x21f0aaad);
        t ^= t >>> 15;
        t = Math.imul(t, 0x735a2d97);
        st[i] = (t ^ (t >>> 15)) >>> 0;
    }
    const s0 = st[0] | 0;
    const s1 = st[1] | 0;
    const s2 = st[2] | 0;
    const s3 = st[3] | 0;
    // Accepted draws go to two sets of sums in turn (even draws, odd draws), as the WebAssembly loops add.
    const sums = new Float64Array(k);
    const sums1 = new Float64Array(k);
    // One stratum holding every example in order, one value per example: the common case, in a loop of
    // its own so V8 keeps the state in registers.
    const plain = strataEnds.length === 1 && strataIndex.every((row, i) => row === i);
    const identity = k === 1 && plain;
    const state = Int32Array.of(s0, s1, s2, s3);
    const wasmSum = plain && args.wasm ? instantiate(args.wasm) : undefined;
    for (let b = 0; b < resamples; b++) {
        if (wasmSum) {
            wasmSum(out, b * k);
            continue;
        }
        if (identity) {
            out[b] = sumOne(values, values.length, state);
            continue;
        }
        sums.fill(0);
        sums1.fill(0);
        let accepted = 0;
        let from = 0;
        for (let s = 0; s < strataEnds.length; s++) {
            const to = strataEnds[s];
            const size = to - from;
            // Lemire's multiply-shift in doubles: m = r·size/2^32 is exact while size <= 2^21; its integer part
            // is the draw, and a fractional part below (2^32 mod size)/2^32 is the rare rejection that keeps it
            // unbiased (the same test as rng.ts boundedBelow, written without integer truncations of values
            // above 2^31, which V8 makes slow).
            const scale = size * 2.3283064365386963e-10;
            const reject = ((4294967296 - size) % size) * 2.3283064365386963e-10;
            let t0 = state[0];
            let t1 = state[1];
            let t2 = state[2];
            let t3 = state[3];
            for (let draw = 0; draw < size; draw++) {
                const x = Math.imul(t1, 5);
                const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
                const t = t1 << 9;
                t2 ^= t0;
                t3 ^= t1;
                t1 ^= t2;
                t0 ^= t3;
                t2 ^= t;
                t3 = (t3 << 11) | (t3 >>> 21);
                const m = r * scale;
                const hi = m | 0;
                if (m - hi < reject) {
                    draw--;
                    continue;
                }
                const into = accepted++ & 1 ? sums1 : sums;
                for (let j = 0, at = strataIndex[from + hi] * k; j < k; j++)
                    into[j] += values[at + j];
            }
            state[0] = t0;
            state[1] = t1;
            state[2] = t2;
            state[3] = t3;
            from = to;
        }
        for (let j = 0; j < k; j++)
            out[b * k + j] = sums[j] + sums1[j];
    }
    return out;
    /** The same draws and additions in WebAssembly (wasm-sum.ts): state at byte 0, values from byte 64. */
    function instantiate(bytes) {
        const global = globalThis;
        const api = global.WebAssembly;
        if (!api)
            return undefined;
        // One compiled module per thread: V8 starts a new module in its baseline compiler and only later
        // optimises it, so compiling per chunk would run most chunks in the slow tier.
        let compiled = global.mlciWasmSum;
        const same = compiled?.bytes.length === bytes.length && compiled.bytes.every((byte, i) => byte === bytes[i]);
        if (!compiled || !same) {
            compiled = { bytes, module: new api.Module(bytes) };
            global.mlciWasmSum = compiled;
        }
        // Memory: the state at byte 0, k sums from byte 64, the rows after them (64-byte aligned).
        const size = values.length / k;
        const valuesAt = 64 + Math.ceil((k * 8) / 64) * 64;
        const { exports } = new api.Instance(compiled.module, {});
        const memory = exports.mem;
        const { sum } = exports;
        // sumk2 … sumk8 keep the sums in registers; wider rows take the JavaScript loop.
        const sumk = exports[`sumk${k}`];
        if (k > 1 && typeof sumk !== 'function')
            return undefined;
        memory.grow(Math.ceil((values.length * 8 + valuesAt) / 65536));
        new Float64Array(memory.buffer, valuesAt, values.length).set(values);
        new Int32Array(memory.buffer, 0, 4).set(state);
        const threshold = ((4294967296 - size) % size) | 0;
        if (k === 1) {
            return (target, at) => {
                target[at] = sum(valuesAt, size, 0, threshold);
            };
        }
        const sums = new Float64Array(memory.buffer, 64, k);
        return (target, at) => {
            sums.fill(0);
            sumk(valuesAt, size, 0, threshold, k, 64);
            target.set(sums, at);
        };
    }
    function sumOne(v, size, st) {
        const scale = size * 2.3283064365386963e-10;
        const reject = ((4294967296 - size) % size) * 2.3283064365386963e-10;
        let u0 = st[0];
        let u1 = st[1];
        let u2 = st[2];
        let u3 = st[3];
        // Accepted draws go to two sums in turn, as the WebAssembly loop adds them (wasm-sum.ts).
        let acc = 0;
        let acc1 = 0;
        for (let draw = 0; draw < size; draw++) {
            const x = Math.imul(u1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = u1 << 9;
            u2 ^= u0;
            u3 ^= u1;
            u1 ^= u2;
            u0 ^= u3;
            u2 ^= t;
            u3 = (u3 << 11) | (u3 >>> 21);
            const m = r * scale;
            const hi = m | 0;
            if (m - hi < reject) {
                draw--;
                continue;
            }
            if (draw & 1)
                acc1 += v[hi];
            else
                acc += v[hi];
        }
        st[0] = u0;
        st[1] = u1;
        st[2] = u2;
        st[3] = u3;
        return acc + acc1;
    }
}
/** candidate − baseline of ROC AUC or average precision, per resample. */
function rankedKernel(args) {
    const { positive, strataIndex, strataEnds, resamples, metric } = args;
    const n = positive.length;
    const out = new Float64Array(resamples);
    const weights = new Int32Array(n);
    let a = args.seed | 0;
    const st = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
        a = (a + 0x9e3779b9) | 0;
        let t = a ^ (a >>> 16);
        t = Math.imul(t, 0x21f0aaad);
        t ^= t >>> 15;
        t = Math.imul(t, 0x735a2d97);
        st[i] = (t ^ (t >>> 15)) >>> 0;
    }
    let s0 = st[0] | 0;
    let s1 = st[1] | 0;
    let s2 = st[2] | 0;
    let s3 = st[3] | 0;
    const score = (order, starts) => {
        let totalPos = 0;
        let totalNeg = 0;
        for (let i = 0; i < n; i++) {
            if (positive[i])
                totalPos += weights[i];
            else
                totalNeg += weights[i];
        }
        let tp = 0;
        let fp = 0;
        let groupPos = 0;
        let groupNeg = 0;
        let area = 0;
        const close = () => {
            if (metric === 0)
                area += groupNeg * (tp + groupPos / 2);
            else if (groupPos > 0)
                area += (groupPos / totalPos) * ((tp + groupPos) / (tp + groupPos + fp + groupNeg));
            tp += groupPos;
            fp += groupNeg;
            groupPos = 0;
            groupNeg = 0;
        };
        for (let i = 0; i < n; i++) {
            if (starts[i] && i > 0)
                close();
            const row = order[i];
            const w = weights[row];
            if (positive[row])
                groupPos += w;
            else
                groupNeg += w;
        }
        close();
        return metric === 0 ? area / (totalPos * totalNeg) : area;
    };
    for (let b = 0; b < resamples; b++) {
        weights.fill(0);
        let from = 0;
        for (let s = 0; s < strataEnds.length; s++) {
            const to = strataEnds[s];
            const size = to - from;
            const scale = size * 2.3283064365386963e-10;
            const reject = ((4294967296 - size) % size) * 2.3283064365386963e-10;
            for (let draw = 0; draw < size; draw++) {
                const x = Math.imul(s1, 5);
                const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
                const t = s1 << 9;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = (s3 << 11) | (s3 >>> 21);
                const m = r * scale;
                const hi = m | 0;
                if (m - hi < reject) {
                    draw--;
                    continue;
                }
                weights[strataIndex[from + hi]]++;
            }
            from = to;
        }
        out[b] =
            score(args.orderCandidate, args.startsCandidate) - score(args.orderBaseline, args.startsBaseline);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/core/metrics/stats/parallel.js




/**
 * Resamples run in fixed chunks, each seeded from (metric seed, chunk number): the result is the same
 * whatever the number of threads, so a report is byte-identical on a 2-core runner and a laptop.
 */
const CHUNK = 250;
const KERNELS = { sums: sumsKernel, ranked: rankedKernel };
/** The seed of chunk `index` of a metric's stream. */
function chunkSeed(seed, index) {
    return (0,metrics_rng/* fnv1a32 */.Ec)(`${seed}#${index}`);
}
/** Below this many draws (resamples × examples) threads cost more than they save. */
const PARALLEL_FROM = 20_000_000;
/**
 * Runs `resamples` resamples of a kernel in chunks, on worker threads when the work is large, and
 * concatenates the chunks' outputs in chunk order.
 */
async function runKernel(name, args, resamples, seed, options) {
    const chunks = [];
    for (let done = 0, index = 0; done < resamples; done += CHUNK, index++) {
        chunks.push({ resamples: Math.min(CHUNK, resamples - done), seed: chunkSeed(seed, index) });
    }
    const threads = Math.min(options.threads ?? (0,external_node_os_.availableParallelism)(), chunks.length);
    const kernel = KERNELS[name];
    let parts;
    if (threads <= 1 || resamples * options.examples < PARALLEL_FROM) {
        parts = chunks.map((chunk) => {
            const out = kernel({ ...args, ...chunk });
            options.onResamples?.(chunk.resamples);
            return out;
        });
    }
    else {
        parts = await onWorkers(name, args, chunks, threads, options.onResamples);
    }
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const out = new Float64Array(total);
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
// The worker evaluates the kernels' own source text: ncc bundles have no separate worker file, and
// the kernels are written to be self-contained for exactly this (kernels.ts).
const workerSource = () => `
const { parentPort, workerData } = require('node:worker_threads');
const kernels = { sums: ${sumsKernel.toString()}, ranked: ${rankedKernel.toString()} };
parentPort.on('message', ({ index, chunk }) => {
  const out = kernels[workerData.name]({ ...workerData.args, ...chunk });
  parentPort.postMessage({ index, out }, [out.buffer]);
});
`;
async function onWorkers(name, args, chunks, threads, onResamples) {
    const parts = new Array(chunks.length);
    let next = 0;
    const source = workerSource();
    const workers = Array.from({ length: threads }, () => new external_node_worker_threads_.Worker(source, { eval: true, workerData: { name, args } }));
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            const feed = () => {
                if (next >= chunks.length)
                    return resolve();
                const index = next++;
                worker.postMessage({ index, chunk: chunks[index] });
            };
            worker.on('message', ({ index, out }) => {
                parts[index] = out;
                onResamples?.(chunks[index].resamples);
                feed();
            });
            worker.on('error', reject);
            feed();
        })));
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return parts;
}

;// CONCATENATED MODULE: ./build/core/metrics/stats/wasm-sum.js
/**
 * The hot loop of the decomposable bootstrap as a tiny WebAssembly function, assembled here from the
 * listing below (no toolchain needed). It draws exactly what sumsKernel's JavaScript loop draws —
 * xoshiro128** outputs, Lemire's multiply-shift with the same rejection — and adds the same values
 * in the same order, so the sums are bit-identical (a unit test checks); the 64-bit multiply and
 * integer compares make it about 2x faster than V8's code for the JavaScript loop.
 *
 *   (func $sum (param $values i32) (param $size i32) (param $state i32) (param $threshold i32) (result f64)
 *     load s0..s3 from $state; $left = $size
 *     draw = loop {
 *       x = s1 * 5; r = rotl(x, 7) * 9; t = s1 << 9
 *       s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
 *       m = u64(r) * u64(size)
 *       if u32(m) < threshold: continue            ;; the rare rejection
 *     }; the value is f64.load($values + (m >> 32) * 8)
 *     while $left >= 2: acc0 += draw; acc1 += draw; $left -= 2
 *     if $left == 1: acc0 += draw
 *     store s0..s3 to $state; return acc0 + acc1)
 *
 * Accepted draws go to two sums in turn (even ones to acc0, odd ones to acc1): one sum would make
 * every draw wait for the previous addition (4 cycles), which was the loop's bottleneck; two make it
 * about 1.6x faster. The JavaScript loop adds in the same order.
 *
 * Memory: the state at byte 0 (4 × i32), the values from byte 64.
 *
 * `sumk2` … `sumk8` are the same loop for rows of k values (RMSE and R² need four sums, a shared pass
 * of several regression metrics more), unrolled for each k: the drawn row's k values are added to
 * k sums held in f64 locals, again in two sets taken in turn, and written to $out at the end:
 *
 *   (func $sumk<k> (param $values i32) (param $size i32) (param $state i32) (param $threshold i32)
 *                  (param $k i32) (param $out i32)            ;; $k is k, kept for one signature
 *     … the same draws …; p = $values + (m >> 32) * k * 8
 *     even draws: a_j += f64.load(p + 8j); odd draws: b_j += f64.load(p + 8j)   (j < k)
 *     f64.store($out + 8j, a_j + b_j))
 *
 * Wider rows take sumsKernel's JavaScript loop, which adds in the same order.
 */
const uleb = (n) => {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n)
            byte |= 0x80;
        out.push(byte);
    } while (n);
    return out;
};
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const wasm_sum_name = (text) => vec([...text].map((ch) => [ch.charCodeAt(0)]));
const I32 = 0x7f;
const I64 = 0x7e;
const F64 = 0x7c;
// Parameters 0–3, then locals: 8 × i32 (s0 s1 s2 s3 x r t left), 1 × i64 (m), 2 × f64 (acc, acc1).
const [VALUES, SIZE, STATE, THRESHOLD, S0, S1, S2, S3, X, R, T, LEFT, M, ACC, ACC1] = Array.from({ length: 15 }, (_, i) => i);
const get = (i) => [0x20, i];
const set = (i) => [0x21, i];
const i32 = (v) => [0x41, v]; // small non-negative constants only (< 64)
const load = (offset) => [0x28, 2, offset];
const store = (offset) => [0x36, 2, offset];
const [MUL, ROTL, SHL, XOR, ADD, SUB, LT_U] = [0x6c, 0x77, 0x74, 0x73, 0x6a, 0x6b, 0x49];
const [EXTEND_U, I64_MUL, I64_SHR_U, WRAP, F64_LOAD, F64_ADD] = [0xad, 0x7e, 0x88, 0xa7, 0x2b, 0xa0];
const [BLOCK, LOOP, BR, BR_IF, END, VOID] = [0x02, 0x03, 0x0c, 0x0d, 0x0b, 0x40];
/** One xoshiro128** step and the multiply-shift, for the locals of `sum`. */
// biome-ignore format: one instruction group per line reads as the listing above.
const step = [
    ...get(S1), ...i32(5), MUL, ...set(X),
    ...get(X), ...i32(7), ROTL, ...i32(9), MUL, ...set(R),
    ...get(S1), ...i32(9), SHL, ...set(T),
    ...get(S2), ...get(S0), XOR, ...set(S2),
    ...get(S3), ...get(S1), XOR, ...set(S3),
    ...get(S1), ...get(S2), XOR, ...set(S1),
    ...get(S0), ...get(S3), XOR, ...set(S0),
    ...get(S2), ...get(T), XOR, ...set(S2),
    ...get(S3), ...i32(11), ROTL, ...set(S3),
    ...get(R), EXTEND_U, ...get(SIZE), EXTEND_U, I64_MUL, ...set(M),
];
/** Draws until a draw is accepted, and adds its value to the sum `acc`. */
// biome-ignore format: one instruction group per line reads as the listing above.
const drawInto = (acc) => [
    LOOP, VOID, ...step, ...get(M), WRAP, ...get(THRESHOLD), LT_U, BR_IF, 0, END,
    ...get(acc),
    ...get(VALUES), ...get(M), 0x42, 32, I64_SHR_U, WRAP, ...i32(3), SHL, ADD,
    F64_LOAD, 3, 0, F64_ADD, ...set(acc),
];
const IF = 0x04;
// biome-ignore format: one instruction group per line reads as the listing above.
const body = [
    ...[S0, S1, S2, S3].flatMap((local, k) => [...get(STATE), ...load(k * 4), ...set(local)]),
    ...get(SIZE), ...set(LEFT),
    BLOCK, VOID, LOOP, VOID,
    ...get(LEFT), ...i32(2), LT_U, BR_IF, 1,
    ...drawInto(ACC), ...drawInto(ACC1),
    ...get(LEFT), ...i32(2), SUB, ...set(LEFT),
    BR, 0,
    END, END,
    ...get(LEFT), IF, VOID, ...drawInto(ACC), END,
    ...[S0, S1, S2, S3].flatMap((local, k) => [...get(STATE), ...get(local), ...store(k * 4)]),
    ...get(ACC), ...get(ACC1), F64_ADD,
    END,
];
const locals = vec([
    [...uleb(8), I32],
    [...uleb(1), I64],
    [...uleb(2), F64],
]);
const code = [...locals, ...body];
// sumk<k>: parameters 0–5 (values size state threshold k out), then 10 × i32 (s0 s1 s2 s3 x r t left j p),
// 1 × i64 (m), then the 2k f64 sums.
const K = {
    VALUES: 0,
    SIZE: 1,
    STATE: 2,
    THRESHOLD: 3,
    COLUMNS: 4,
    OUT: 5,
    S0: 6,
    S1: 7,
    S2: 8,
    S3: 9,
    X: 10,
    R: 11,
    T: 12,
    LEFT: 13,
    J: 14,
    P: 15,
    M: 16,
};
const F64_STORE = 0x39;
/** Largest k with its own unrolled function (its sums kept in locals, not memory). */
const UNROLLED_UP_TO = 8;
/** A signed LEB128 i32 constant (any small value, unlike i32() above). */
const i32c = (v) => {
    const out = [0x41];
    for (;;) {
        const byte = v & 0x7f;
        v >>= 7;
        if ((v === 0 && !(byte & 0x40)) || (v === -1 && byte & 0x40)) {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
};
/** sumk<k>: the k sums in f64 locals, in two sets taken in turn (see the listing at the top). */
function unrolled(k) {
    const acc = (set, j) => 17 + set * k + j;
    // biome-ignore format: one instruction group per line reads as the listing above.
    const stepK = [
        ...get(K.S1), ...i32(5), MUL, ...set(K.X),
        ...get(K.X), ...i32(7), ROTL, ...i32(9), MUL, ...set(K.R),
        ...get(K.S1), ...i32(9), SHL, ...set(K.T),
        ...get(K.S2), ...get(K.S0), XOR, ...set(K.S2),
        ...get(K.S3), ...get(K.S1), XOR, ...set(K.S3),
        ...get(K.S1), ...get(K.S2), XOR, ...set(K.S1),
        ...get(K.S0), ...get(K.S3), XOR, ...set(K.S0),
        ...get(K.S2), ...get(K.T), XOR, ...set(K.S2),
        ...get(K.S3), ...i32(11), ROTL, ...set(K.S3),
        ...get(K.R), EXTEND_U, ...get(K.SIZE), EXTEND_U, I64_MUL, ...set(K.M),
    ];
    // biome-ignore format: one instruction group per line reads as the listing above.
    const drawRowInto = (which) => [
        LOOP, VOID, ...stepK, ...get(K.M), WRAP, ...get(K.THRESHOLD), LT_U, BR_IF, 0, END,
        ...get(K.VALUES), ...get(K.M), 0x42, 32, I64_SHR_U, WRAP, ...i32c(k * 8), MUL, ADD, ...set(K.P),
        ...Array.from({ length: k }, (_, j) => [
            ...get(acc(which, j)), ...get(K.P), F64_LOAD, 3, ...uleb(j * 8), F64_ADD, ...set(acc(which, j)),
        ]).flat(),
    ];
    // biome-ignore format: one instruction group per line reads as the listing above.
    const body = [
        ...[K.S0, K.S1, K.S2, K.S3].flatMap((local, i) => [...get(K.STATE), ...load(i * 4), ...set(local)]),
        ...get(K.SIZE), ...set(K.LEFT),
        BLOCK, VOID, LOOP, VOID,
        ...get(K.LEFT), ...i32(2), LT_U, BR_IF, 1,
        ...drawRowInto(0), ...drawRowInto(1),
        ...get(K.LEFT), ...i32(2), SUB, ...set(K.LEFT),
        BR, 0,
        END, END,
        ...get(K.LEFT), IF, VOID, ...drawRowInto(0), END,
        ...[K.S0, K.S1, K.S2, K.S3].flatMap((local, i) => [...get(K.STATE), ...get(local), ...store(i * 4)]),
        ...Array.from({ length: k }, (_, j) => [
            ...get(K.OUT), ...get(acc(0, j)), ...get(acc(1, j)), F64_ADD, F64_STORE, 3, ...uleb(j * 8),
        ]).flat(),
        END,
    ];
    return [
        ...vec([
            [...uleb(10), I32],
            [...uleb(1), I64],
            [...uleb(2 * k), F64],
        ]),
        ...body,
    ];
}
const UNROLLED = Array.from({ length: UNROLLED_UP_TO - 1 }, (_, i) => unrolled(i + 2));
/** The module: memory "mem" (1 page, grown by the caller), "sum" and "sumk2" … "sumk8". */
const WASM_SUM = Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec([
        [0x60, ...vec([[I32], [I32], [I32], [I32]]), ...vec([[F64]])],
        [0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([])],
    ])),
    ...section(3, vec([[0], ...UNROLLED.map(() => [1])])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([
        [...wasm_sum_name('mem'), 0x02, 0],
        [...wasm_sum_name('sum'), 0x00, 0],
        ...UNROLLED.map((_, i) => [...wasm_sum_name(`sumk${i + 2}`), 0x00, i + 1]),
    ])),
    ...section(10, vec([[...uleb(code.length), ...code], ...UNROLLED.map((fn) => [...uleb(fn.length), ...fn])])),
]);

;// CONCATENATED MODULE: ./build/core/metrics/stats/bootstrap.js





/** Largest stratum the kernels' exact 53-bit multiply-shift supports. */
const MAX_STRATUM = 2 ** 21;
/**
 * Paired bootstrap of a metric that is a function of per-example sums (MAE, RMSE, R², log loss, the
 * mean of per-example differences …): the kernel resamples rows and sums them; `delta` turns one
 * resample's sums into candidate − baseline.
 */
async function bootstrapSums(values, k, delta, plan) {
    return orThrow((await bootstrapSumsMany(values, k, [delta], plan))[0]);
}
/**
 * Several metrics on the same resamples: one pass of index draws sums every column once, and each
 * delta reads the columns it needs. RMSE, R², MAE … of one comparison cost one pass, not one each.
 */
async function bootstrapSumsMany(values, k, deltas, plan) {
    const { strataIndex, strataEnds, n } = flattenStrata(plan.strata);
    const sums = await runKernel('sums', { values, k, strataIndex, strataEnds, wasm: WASM_SUM }, plan.resamples, plan.seed, {
        threads: plan.threads,
        examples: n,
        onResamples: plan.onResamples,
    });
    return deltas.map((delta) => {
        const out = new Float64Array(plan.resamples);
        for (let b = 0; b < plan.resamples; b++)
            out[b] = delta(sums, b * k, n);
        return summarizeOrError(out, plan.alpha);
    });
}
/** Scores sorted descending with tie-run starts, for rankedKernel. */
function rankOrder(scores) {
    const order = Int32Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
    const starts = new Uint8Array(order.length);
    for (let i = 0; i < order.length; i++) {
        starts[i] = i === 0 || scores[order[i]] !== scores[order[i - 1]] ? 1 : 0;
    }
    return { order, starts };
}
/** Paired, class-stratified bootstrap of ROC AUC or average precision. */
async function bootstrapRanked(positive, baselineScores, candidateScores, metric, plan) {
    const { strataIndex, strataEnds, n } = flattenStrata(plan.strata);
    const base = rankOrder(baselineScores);
    const cand = rankOrder(candidateScores);
    const args = {
        positive,
        orderBaseline: base.order,
        startsBaseline: base.starts,
        orderCandidate: cand.order,
        startsCandidate: cand.starts,
        strataIndex,
        strataEnds,
        metric: metric === 'roc_auc' ? 0 : 1,
    };
    const deltas = await runKernel('ranked', args, plan.resamples, plan.seed, {
        threads: plan.threads,
        examples: n,
        onResamples: plan.onResamples,
    });
    return summarize(deltas, plan.alpha);
}
/**
 * Paired bootstrap of a metric computed from counts of a few cells (accuracy, precision, recall, F1 of
 * every averaging): resampling n examples with replacement gives Multinomial(n, cell shares) cell
 * counts, so each resample costs one multinomial draw per stratum instead of n index draws.
 * `cellStratum[c]` names the stratum (true class) of cell c when stratified.
 */
function bootstrapCells(cellCounts, cellStratum, delta, plan) {
    const [result] = bootstrapCellsMany(cellCounts, cellStratum, 1, (counts, out) => {
        out[0] = delta(counts);
    }, plan);
    return orThrow(result);
}
/** `outputs` metrics on the same multinomial draws: `deltas` writes each one's delta into `out`. */
function bootstrapCellsMany(cellCounts, cellStratum, outputs, deltas, plan) {
    const rng = (0,metrics_rng/* createRng */.SZ)(plan.seed);
    const groups = groupCells(cellCounts, cellStratum);
    const counts = new Float64Array(cellCounts.length);
    const one = new Float64Array(outputs);
    const all = Array.from({ length: outputs }, () => new Float64Array(plan.resamples));
    for (let b = 0; b < plan.resamples; b++) {
        for (const group of groups) {
            multinomial(rng, group.total, group.counts, group.draw);
            for (let i = 0; i < group.cells.length; i++)
                counts[group.cells[i]] = group.draw[i];
        }
        deltas(counts, one);
        for (let j = 0; j < outputs; j++)
            all[j][b] = one[j];
    }
    return all.map((deltasOfOne) => summarizeOrError(deltasOfOne, plan.alpha));
}
/** One metric of a shared pass may be undefined on every resample while the others are fine. */
function summarizeOrError(raw, alpha) {
    try {
        return summarize(raw, alpha);
    }
    catch (thrown) {
        if (thrown instanceof errors/* DataError */.fL)
            return thrown;
        throw thrown;
    }
}
function orThrow(result) {
    if (result instanceof DataError)
        throw result;
    return result;
}
function groupCells(cellCounts, cellStratum) {
    const byStratum = new Map();
    cellCounts.forEach((count, cell) => {
        if (count === 0)
            return;
        const stratum = cellStratum ? cellStratum[cell] : 0;
        const cells = byStratum.get(stratum);
        if (cells)
            cells.push(cell);
        else
            byStratum.set(stratum, [cell]);
    });
    return [...byStratum.keys()]
        .sort((a, b) => a - b)
        .map((stratum) => {
        const cells = byStratum.get(stratum);
        const counts = Float64Array.from(cells, (cell) => cellCounts[cell]);
        return {
            cells,
            counts,
            total: counts.reduce((sum, c) => sum + c, 0),
            draw: new Float64Array(cells.length),
        };
    });
}
function flattenStrata(strata) {
    const n = strata.reduce((sum, s) => sum + s.length, 0);
    if (n === 0)
        throw new errors/* DataError */.fL('cannot bootstrap an empty test set');
    const strataIndex = new Int32Array(n);
    const strataEnds = new Int32Array(strata.length);
    let at = 0;
    strata.forEach((stratum, s) => {
        if (stratum.length > MAX_STRATUM) {
            throw new errors/* DataError */.fL(`the bootstrap supports up to ${MAX_STRATUM} examples per stratum, got ${stratum.length}`);
        }
        strataIndex.set(stratum, at);
        at += stratum.length;
        strataEnds[s] = at;
    });
    return { strataIndex, strataEnds: strataEnds.filter((end, s) => s === 0 || end !== strataEnds[s - 1]), n };
}
/** Sorts the deltas, drops undefined ones and reads the percentile interval and the standard error. */
function summarize(raw, alpha) {
    const defined = raw.filter((value) => Number.isFinite(value)).sort();
    const undefinedResamples = raw.length - defined.length;
    if (defined.length === 0)
        throw new errors/* DataError */.fL('the metric is undefined on every bootstrap resample');
    let mean = 0;
    for (const value of defined)
        mean += value;
    mean /= defined.length;
    let ss = 0;
    for (const value of defined)
        ss += (value - mean) ** 2;
    return {
        deltas: defined,
        lower: quantile(defined, alpha / 2),
        upper: quantile(defined, 1 - alpha / 2),
        standardError: defined.length > 1 ? Math.sqrt(ss / (defined.length - 1)) : 0,
        undefinedResamples,
    };
}
/** numpy's default "linear" quantile of sorted values: h = (B−1)p, interpolate between ⌊h⌋ and ⌈h⌉. */
function quantile(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/**
 * Two-sided bootstrap p-value of H0 "oriented delta = boundary" by inverting the percentile interval,
 * with the +1 correction that keeps the false-rejection rate at or below α (sacrebleu, multeval).
 */
function bootstrapPValue(sortedOriented, boundary) {
    let below = 0;
    let above = 0;
    for (const value of sortedOriented) {
        if (value <= boundary)
            below++;
        if (value >= boundary)
            above++;
    }
    const B = sortedOriented.length;
    return Math.min(1, (2 * (Math.min(below, above) + 1)) / (B + 1));
}


/***/ }),

/***/ 24551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ binomialCdf),
/* harmony export */   NG: () => (/* binding */ normalTwoSided),
/* harmony export */   Nn: () => (/* binding */ chi2Sf1),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   pY: () => (/* binding */ binomialLogPmf)
/* harmony export */ });
/* unused harmony exports erfc, normalCdf, lgamma */
/** Special functions the tests need, accurate to ~1e-15 relative (checked against scipy in the integration tests). */
const SQRT_PI = Math.sqrt(Math.PI);
/** Complementary error function: a positive series below 2.5, Lentz's continued fraction above. */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < 2.5)
        return 1 - erfSeries(x);
    if (x > 27)
        return 0;
    // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated by modified Lentz.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        const a = k / 2;
        d = x + a * d;
        d = Math.abs(d) < tiny ? tiny : d;
        c = x + a / c;
        c = Math.abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / (SQRT_PI * f);
}
/** erf(x) = 2x/√π · e^(−x²) · Σ (2x²)^n / (1·3·…·(2n+1)): all terms positive, no cancellation. */
function erfSeries(x) {
    const x2 = 2 * x * x;
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 200; n++) {
        term *= x2 / (2 * n + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return ((2 * x) / SQRT_PI) * Math.exp(-x * x) * sum;
}
/** Standard normal CDF Φ(z). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** Two-sided normal p-value 2·(1 − Φ(|z|)), computed in the tail so small p keep their digits. */
function normalTwoSided(z) {
    return erfc(Math.abs(z) / Math.SQRT2);
}
/** Survival function of χ² with one degree of freedom: P(X > x) = erfc(√(x/2)). */
function chi2Sf1(x) {
    return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}
const A = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
    2.506628277459239,
];
const B = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const C = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
/** Standard normal quantile Φ⁻¹(p): Acklam's rational approximation plus one Halley step on erfc. */
function normalQuantile(p) {
    if (!(p > 0 && p < 1)) {
        if (p === 0)
            return -Infinity;
        if (p === 1)
            return Infinity;
        return Number.NaN;
    }
    // The upper half by symmetry: 1 − p is exact there (Sterbenz), Φ(x) − p near 1 would not be.
    if (p > 0.5)
        return -normalQuantile(1 - p);
    const low = 0.02425;
    let x;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        x = poly(C, q) / (poly(D, q) * q + 1);
    }
    else if (p <= 1 - low) {
        const q = p - 0.5;
        const r = q * q;
        x = (poly(A, r) * q) / (poly(B, r) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x = -poly(C, q) / (poly(D, q) * q + 1);
    }
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}
function poly(coefficients, x) {
    return coefficients.reduce((acc, c) => acc * x + c, 0);
}
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function lgamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** ln of the binomial pmf C(n,k) p^k (1−p)^(n−k). */
function binomialLogPmf(k, n, p) {
    if (k < 0 || k > n)
        return -Infinity;
    const logChoose = lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);
    const left = k === 0 ? 0 : k * Math.log(p);
    const right = n - k === 0 ? 0 : (n - k) * Math.log1p(-p);
    return logChoose + left + right;
}
/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space so large n does not underflow. */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    let max = -Infinity;
    const logs = [];
    for (let i = 0; i <= k; i++) {
        const value = binomialLogPmf(i, n, p);
        logs.push(value);
        if (value > max)
            max = value;
    }
    let sum = 0;
    for (const value of logs)
        sum += Math.exp(value - max);
    return Math.min(1, Math.exp(max) * sum);
}


/***/ }),

/***/ 97708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export MAX_ROWS */
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3815);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5583);


/** Rows of the summary table at most (the JSON report has them all). */
const MAX_ROWS = 200;
const ICON = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive', info: 'ℹ️ info' };
function num(value) {
    return value === null ? '–' : (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(value);
}
function signed(value) {
    if (value === null)
        return '–';
    return value > 0 ? `+${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(value)}` : (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(value);
}
/** The job summary: verdict first, the table, then where the baseline came from and the statistics used. */
function renderSummary(report) {
    const lines = [];
    const headline = report.verdict === 'pass' ? '✅ pass' : report.impossible.length ? '⛔ comparison impossible' : '❌ fail';
    lines.push(`## mlci compare-metrics: ${headline}`, '');
    for (const reason of report.reasons)
        lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(reason)}`);
    if (report.reasons.length)
        lines.push('');
    for (const a of report.acceptances ?? [])
        lines.push(`- ✅ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(a.metric)}: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`accepted by @${a.by}: ${a.reason}`)}`);
    if (report.acceptances?.length)
        lines.push('');
    const source = report.baseline.source === 'none'
        ? 'no baseline found'
        : `baseline from **${report.baseline.source}**${Object.keys(report.baseline.detail).length
            ? ` (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(Object.entries(report.baseline.detail)
                .map(([k, v]) => `${k} ${v}`)
                .join(', '))})`
            : ''}`;
    lines.push(`Mode **${report.gate.mode}** (${report.gate.correction === 'holm' ? 'Holm correction' : 'no correction: each metric must pass on its own'}), α = ${report.gate.alpha}; ${source}.`, '');
    lines.push('| metric | baseline | candidate | Δ | rel. Δ | interval | p | test | MDE | rule | verdict |');
    lines.push('|---|---:|---:|---:|---:|---|---:|---|---:|---|---|');
    // Gated metrics first; informational ones up to a cap, so a metrics file with thousands of keys
    // (per-class scores) cannot push the summary past GitHub's size limits.
    const gated = report.metrics.filter((m) => m.role === 'gated');
    const info = report.metrics.filter((m) => m.role !== 'gated');
    const shown = [...gated, ...info.slice(0, Math.max(0, MAX_ROWS - gated.length))];
    for (const m of shown) {
        const interval = m.interval ? `[${signed(m.interval.lower)}, ${signed(m.interval.upper)}]` : '–';
        const p = m.pValue === null
            ? '–'
            : m.pAdjusted !== null && m.pAdjusted !== m.pValue
                ? `${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(m.pValue)} (adj. ${(0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(m.pAdjusted)})`
                : (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(m.pValue);
        const rel = m.relativeDelta === null ? '–' : `${signed(m.relativeDelta * 100)}%`;
        lines.push(`| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m.name)} | ${num(m.baseline)} | ${m.candidate === null && m.baseline !== null ? 'missing' : num(m.candidate)} | ${signed(m.delta)} | ${rel} | ${interval} | ${p} | ${m.test} | ${num(m.mde)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m.rule)} | ${ICON[m.verdict]} |`);
    }
    if (shown.length < report.metrics.length) {
        lines.push('', `${report.metrics.length - shown.length} more informational metric(s) are in the JSON report.`);
    }
    lines.push('');
    for (const warning of report.warnings)
        lines.push(`> ⚠️ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(warning)}`, '');
    for (const notice of report.notices)
        lines.push(`> ℹ️ ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(notice)}`, '');
    lines.push(`<details><summary>How this was decided</summary>`, '', `- Test set: ${report.testSet.match}${report.testSet.n !== null ? `, n = ${report.testSet.n}` : ''}; paired: ${report.pairing.paired ? `yes (${report.pairing.examples} examples)` : `no (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.pairing.why)})`}.`, `- Intervals: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.statistics.interval)}; ${report.statistics.resamples} resamples${report.statistics.stratified ? ', stratified by class' : ''}; RNG ${report.statistics.rng.algorithm} seed ${report.statistics.rng.seed}.`, `- McNemar: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.statistics.mcnemar)}.`, `- Baseline search: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.baseline.searched.map((s) => `${s.source} ${s.outcome} (${s.reason})`).join('; ') || 'none')}.`, '', '</details>', '');
    return lines.join('\n');
}


/***/ }),

/***/ 45092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Ii: () => (/* binding */ tryGit),
/* harmony export */   fx: () => (/* binding */ isSafeRef),
/* harmony export */   oM: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
// File listings (`ls-files -z`, `status -z`) of a large monorepo run to tens of MiB.
const MAX_OUTPUT = 256 * 1024 * 1024;
/** Runs git with an argument array (never a shell) in `cwd`; stdout, or an MlciError naming the command. */
async function git(cwd, args, options = {}) {
    try {
        const { stdout } = await run('git', [...args], {
            cwd,
            maxBuffer: MAX_OUTPUT,
            encoding: 'utf8',
            ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        });
        return stdout;
    }
    catch (cause) {
        const stderr = String(cause.stderr ?? '')
            .trim()
            .split('\n')[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlciError */ .sc(`git ${args[0]} failed: ${stderr || (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(cause)}`, 1, { cause });
    }
}
/** git's stdout as printed, or undefined when git fails or is missing (callers fall back). */
async function gitOutput(cwd, args, options = {}) {
    try {
        return await git(cwd, args, options);
    }
    catch {
        return undefined;
    }
}
/** git's stdout trimmed, or undefined when git fails or is missing. */
async function tryGit(cwd, args, options = {}) {
    return (await gitOutput(cwd, args, options))?.trim();
}
// A ref git would accept that cannot be read as an option (`--upload-pack=…`) or a range.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]+$/;
/** Whether `ref` is safe to pass to git as a ref: not option-like, not a range. */
const isSafeRef = (ref) => SAFE_REF.test(ref);


/***/ }),

/***/ 47868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ readAcceptances),
/* harmony export */   hb: () => (/* binding */ recordAcceptance)
/* harmony export */ });
/* unused harmony export ACTIONS_APP */
/* harmony import */ var _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93369);
/* harmony import */ var _marked_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97118);


/** The GitHub App GITHUB_TOKEN belongs to: the only writer of acceptances trusted by default. */
const ACTIONS_APP = 'github-actions';
/**
 * Acceptances recorded on commit `sha`: check runs named ACCEPTANCE_CHECK, created by the workflow's
 * app (`app`, default github-actions: only a GitHub App can create check runs, so a user cannot forge
 * one), whose stored acceptance names that same commit.
 */
async function readAcceptances(client, repo, sha, app = ACTIONS_APP) {
    const runs = await client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: sha, check_name: _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD, filter: 'all' }, 'check_runs', { permission: 'checks: read' });
    return runs
        .filter((run) => run.name === _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD && run.head_sha === sha && run.app?.slug === app)
        .map((run) => (0,_core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAcceptance */ .TO)(run.output?.text))
        .filter((a) => a !== undefined && a.sha === sha);
}
/**
 * Stores an acceptance as a completed, neutral check run named ACCEPTANCE_CHECK on its commit, the
 * record in `output.text` and `summary` (already escaped markdown) for people. Created once per
 * comment: it looks for its own run (by external id = the comment) first, and again after an unknown
 * outcome before trying again. Only a
 * GitHub App can create check runs, which is what makes the record unforgeable by users.
 */
async function recordAcceptance(client, repo, acceptance, summary, options = {}) {
    const externalId = `mlci-accept-${acceptance.commentId}`;
    const find = async () => {
        const runs = await client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: acceptance.sha, check_name: _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD, filter: 'all' }, 'check_runs', { permission: 'checks: read' });
        return runs.find((run) => run.name === _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD && run.external_id === externalId);
    };
    // A re-run of the same job (same comment) finds its record instead of writing a second one.
    const existing = await find();
    if (existing)
        return existing;
    return (0,_marked_js__WEBPACK_IMPORTED_MODULE_0__/* .postOnce */ .yn)(client, 'POST /repos/{owner}/{repo}/check-runs', {
        ...repo,
        name: _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD,
        head_sha: acceptance.sha,
        external_id: externalId,
        // "Details" on the check run leads to the maintainer's comment.
        ...(/^https:\/\//.test(acceptance.commentUrl) ? { details_url: acceptance.commentUrl } : {}),
        status: 'completed',
        conclusion: 'neutral',
        output: {
            title: `Accepted: ${acceptance.metrics.join(', ')}`.slice(0, 200),
            summary,
            text: JSON.stringify(acceptance, null, 2),
        },
    }, find, { permission: 'checks: write', sleep: options.sleep });
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ artifactSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49071);


const UNTRUSTED_EVENTS = /^pull_request/;
/**
 * The comparison input saved by the last successful run on the default branch at the merge-base:
 * runs listed with branch, status=success and head_sha, then the run's artifact by name, downloaded
 * through the 302 to its zip. Runs from forks or pull-request events are never used (reliability
 * ART-03: a fork can name its branch `main`).
 */
function artifactSource(client, options) {
    const { owner, repo } = options;
    return {
        name: 'artifact',
        async find() {
            const mergeBase = await options.sha();
            const reasons = [];
            for (const sha of [mergeBase, ...((await options.ancestors?.(mergeBase)) ?? [])]) {
                const found = await atSha(sha);
                if (typeof found !== 'string') {
                    return sha === mergeBase ? found : { ...found, detail: { ...found.detail, mergeBase } };
                }
                reasons.push(found);
            }
            return reasons.length > 1 ? `${reasons[0]} (nor at ${reasons.length - 1} ancestor(s))` : reasons[0];
        },
    };
    async function atSha(sha) {
        const route = options.workflow
            ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
            : 'GET /repos/{owner}/{repo}/actions/runs';
        const runs = await client.paginate(route, {
            owner,
            repo,
            workflow_id: options.workflow,
            branch: options.branch,
            status: 'success',
            head_sha: sha,
        }, 'workflow_runs', { maxPages: 2, permission: 'actions: read' });
        const trusted = runs.filter((run) => run.head_sha === sha &&
            !UNTRUSTED_EVENTS.test(run.event) &&
            (run.head_repository?.full_name ?? `${owner}/${repo}`).toLowerCase() ===
                `${owner}/${repo}`.toLowerCase());
        if (trusted.length === 0)
            return `no successful ${options.branch} run at ${sha.slice(0, 12)}`;
        const expired = [];
        for (const run of trusted) {
            const artifacts = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner, repo, run_id: run.id, name: options.artifact }, 'artifacts', { maxPages: 1, permission: 'actions: read' });
            const artifact = artifacts.find((a) => a.name === options.artifact);
            if (!artifact)
                continue;
            if (artifact.expired) {
                expired.push(run.id);
                continue;
            }
            const zip = await client.download('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: artifact.id, archive_format: 'zip' }, { permission: 'actions: read' });
            const files = (0,_zip_js__WEBPACK_IMPORTED_MODULE_1__/* .readZip */ .u)(zip);
            const pick = (names) => {
                for (const [path, bytes] of files) {
                    if (names.includes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path)))
                        return { name: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path), text: Buffer.from(bytes).toString('utf8') };
                }
                return undefined;
            };
            const metrics = pick(options.metricsNames);
            const predictions = pick(options.predictionsNames);
            if (!metrics && !predictions) {
                return `artifact ${options.artifact} of run ${run.id} has none of ${[...options.metricsNames, ...options.predictionsNames].join(', ')}`;
            }
            return { metrics, predictions, detail: { run: run.id, sha, artifact: options.artifact } };
        }
        if (expired.length)
            return `artifact ${options.artifact} of run ${expired.join(', ')} has expired (retention)`;
        return `no run at ${sha.slice(0, 12)} uploaded an artifact named ${options.artifact}`;
    }
}


/***/ }),

/***/ 49071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony export ZIP_LIMITS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61381);



/** Caps for archives from other runs, which are untrusted (reliability ART-01/ART-02). */
const ZIP_LIMITS = { entries: 10_000, totalBytes: 512 * 1024 * 1024 };
/**
 * The regular files of a zip archive, read into memory by name (never written to disk, so a `../` or
 * absolute entry cannot escape anywhere; such names are refused anyway). Stored and deflated entries;
 * no zip64 (an artifact of metrics and predictions stays far below 4 GiB).
 */
function readZip(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    if (count > ZIP_LIMITS.entries)
        throw bad(`has ${count} entries (limit ${ZIP_LIMITS.entries})`);
    const files = new Map();
    let total = 0;
    for (let i = 0; i < count; i++) {
        if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
            throw bad('has a corrupt central directory');
        const method = buf.readUInt16LE(at + 10);
        const compressed = buf.readUInt32LE(at + 20);
        const size = buf.readUInt32LE(at + 24);
        const nameLength = buf.readUInt16LE(at + 28);
        const extraLength = buf.readUInt16LE(at + 30);
        const commentLength = buf.readUInt16LE(at + 32);
        const externalAttributes = buf.readUInt32LE(at + 38);
        const local = buf.readUInt32LE(at + 42);
        const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        if (compressed === 0xffffffff || size === 0xffffffff)
            throw bad('uses zip64, which is not supported');
        if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..')) {
            throw bad(`has an unsafe entry name "${name}"`);
        }
        // Unix mode in the high 16 bits: 0o120000 is a symbolic link, which an artifact never needs.
        if (((externalAttributes >>> 16) & 0o170000) === 0o120000)
            throw bad(`has a symbolic link "${name}"`);
        total += size;
        if (total > ZIP_LIMITS.totalBytes)
            throw bad(`expands beyond ${ZIP_LIMITS.totalBytes} bytes`);
        if (buf.readUInt32LE(local) !== 0x04034b50)
            throw bad(`has a corrupt local header for "${name}"`);
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + compressed);
        if (method === 0)
            files.set(name, data);
        else if (method === 8)
            files.set(name, inflate(data, size, name));
        else
            throw bad(`entry "${name}" uses compression method ${method}`);
    }
    return files;
}
/** Inflates at most the declared size: an entry that lies about its size (a zip bomb) is refused. */
function inflate(data, size, name) {
    try {
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(data, { maxOutputLength: Math.max(size, 1) });
    }
    catch (cause) {
        throw bad(`entry "${name}" does not inflate to its declared ${size} bytes (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause)})`);
    }
}
function findEndOfCentralDirectory(buf) {
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
        if (buf.readUInt32LE(i) === 0x06054b50)
            return i;
    }
    throw bad('is not a zip archive');
}
function bad(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubError */ .y(`the downloaded archive ${what}`, undefined, 'the artifact is untrusted input; re-upload it with actions/upload-artifact');
}


/***/ })

};
