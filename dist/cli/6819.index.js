export const id = 6819;
export const ids = [6819];
export const modules = {

/***/ 46314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ withCacheConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64321);



/** The keys of mlci.yml's `train:` section that `mlci train`, `pull`, `push` and `cache gc` take from it. */
const FROM_CONFIG = ['cache', 'cache-registry'];
/**
 * The inputs, with `cache` and `cache-registry` taken from mlci.yml's `train:` section when the command
 * line (or the step) does not give them: a team writes its remote once, and `mlci pull` on a laptop finds
 * it. `mlci run` passes the section as inputs anyway; explicit inputs always win.
 */
async function withCacheConfig(read, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, read.get('config')?.trim() || 'mlci.yml');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return read;
    const train = (await (0,_config_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(path)).value.train;
    const found = new Map();
    for (const key of FROM_CONFIG) {
        const value = train?.[key];
        if (typeof value === 'string' && !read.get(key)?.trim())
            found.set(key, value);
    }
    if (!found.size)
        return read;
    return { get: (name) => found.get(name) ?? read.get(name) };
}


/***/ }),

/***/ 76819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  train: () => (/* binding */ train)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/train/plan.js
var train_plan = __webpack_require__(70204);
// EXTERNAL MODULE: ./build/core/train/reproduce.js + 1 modules
var reproduce = __webpack_require__(25285);
// EXTERNAL MODULE: ./build/core/train/run-record.js
var run_record = __webpack_require__(15874);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/core/train/execute.js


/**
 * Runs `plan` in order through `runStage` (the effect is passed in, as DVC's `repro_fn`). With 'fail'
 * the first failure stops the run; with 'keep-going' the dependents of a failed stage are skipped and
 * named in the log, the other stages still run, and one error lists all failures at the end.
 */
async function execute(graph, plan, runStage, opts = {}) {
    const outcomes = [];
    const skipped = new Map();
    const failures = [];
    for (const [index, stage] of plan.entries()) {
        const because = skipped.get(stage);
        if (because !== undefined) {
            outcomes.push({ stage, status: 'skipped', because });
            continue;
        }
        try {
            outcomes.push({ stage, status: 'done', result: await runStage(stage) });
        }
        catch (error) {
            outcomes.push({ stage, status: 'failed', error });
            failures.push({ stage, error });
            if (opts.onError !== 'keep-going') {
                for (const rest of plan.slice(index + 1))
                    outcomes.push({ stage: rest, status: 'skipped', because: stage });
                break;
            }
            const dependents = (0,train_plan/* dependentsOf */.yk)(graph, plan, stage).filter((name) => !skipped.has(name));
            for (const name of dependents)
                skipped.set(name, stage);
            if (dependents.length) {
                const names = dependents.map((name) => `'${name}'`).join(', ');
                opts.log?.(`Stages ${names} will be skipped due to the failure of '${stage}'`);
            }
        }
    }
    return { outcomes, error: combine(failures) };
}
function combine(failures) {
    if (failures.length === 0)
        return undefined;
    if (failures.length === 1 && failures[0].error instanceof errors/* MlciError */.sc)
        return failures[0].error;
    // Exit 2 only when every failure is a usage error; a failed run (exit 1) wins otherwise.
    const usage = failures.every(({ error }) => error instanceof errors/* MlciError */.sc && error.exitCode === 2);
    const lines = failures.map(({ error }) => `  - ${(0,errors/* messageOf */.bD)(error).split('\n')[0]}`);
    const error = new errors/* DataError */.fL(`${failures.length} stage(s) failed:\n${lines.join('\n')}`);
    return usage ? new errors/* MlciError */.sc(error.message, 2) : error;
}

;// CONCATENATED MODULE: ./build/core/train/training-run.js

/**
 * Runs `plan` through `reproduce`, handing each stage the fingerprints of its upstream stages
 * ('unknown' for one that has none, e.g. it failed before hashing), and keeps every stage's record,
 * failed ones included.
 *
 *   prepare -> train:  reproduce(train, { prepare: <prepare's fingerprint> })
 */
async function runTraining(graph, plan, reproduce, opts = {}) {
    const fingerprints = {};
    const records = new Map();
    const result = await execute(graph, plan, async (name) => {
        const upstream = Object.fromEntries((graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']));
        const run = await reproduce(graph.stages.get(name), upstream);
        records.set(name, run.record);
        if (run.record.fingerprint)
            fingerprints[name] = run.record.fingerprint;
        if (run.failure)
            throw run.failure;
        return run.record;
    }, opts);
    return { outcomes: result.outcomes, records, fingerprints, error: result.error };
}
/** One record per planned stage, in plan order: a stage never reproduced gets a skipped record dated `at`. */
function stageRecordsOf(run, at) {
    return run.outcomes.map((outcome) => run.records.get(outcome.stage) ??
        skippedRecord(outcome.stage, outcome.status === 'skipped' ? outcome.because : '', at));
}
/** The record of a stage that did not run; `because` names the failed stage it depends on, if any. */
function skippedRecord(stage, because, at) {
    return {
        stage,
        status: 'skipped',
        fingerprint: null,
        inputs: null,
        cache: null,
        exitCode: null,
        startedAt: at.toISOString(),
        endedAt: at.toISOString(),
        durationMs: 0,
        outputs: [],
        metrics: {},
        resources: null,
        verify: null,
        error: because ? `skipped: stage '${because}' failed` : null,
    };
}
/** The outputs of a run, from its stage records, fingerprints and the run record's path as given. */
function trainOutputs(plan, stages, fingerprints, recordPath) {
    const done = stages.filter((stage) => stage.status !== 'skipped');
    const named = (status) => stages
        .filter((stage) => stage.status === status)
        .map((stage) => stage.stage)
        .join(',');
    return {
        'cache-hit': String(done.length > 0 && done.every((stage) => stage.status === 'cached')),
        fingerprint: fingerprints[plan[plan.length - 1]] ?? '',
        record: recordPath,
        ran: named('ran'),
        cached: named('cached'),
    };
}

// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/platform/fs/report-file.js
var report_file = __webpack_require__(85923);
// EXTERNAL MODULE: ./build/platform/git/commit.js
var commit = __webpack_require__(95272);
// EXTERNAL MODULE: ./build/platform/train/context.js + 1 modules
var context = __webpack_require__(31322);
// EXTERNAL MODULE: ./build/core/train/triggers.js
var triggers = __webpack_require__(96610);
;// CONCATENATED MODULE: ./build/actions/train/context.js


/**
 * TRIG-01: in a privileged event the workflow runs from the default branch (GITHUB_SHA) with its secrets
 * and cache scope. If the workspace holds another commit (a PR head checked out on purpose or by
 * mistake), running its stages would run untrusted code there: refuse unless explicitly allowed.
 */
async function checkTrustedCheckout(io, inputs, root) {
    const event = io.env.GITHUB_EVENT_NAME ?? '';
    if (!(0,triggers/* isPrivilegedEvent */.O0)(event) || inputs['allow-untrusted-code'])
        return;
    const refusal = (0,triggers/* untrustedCheckout */.Xz)(event, await (0,commit/* headCommit */.Qo)(root), io.env.GITHUB_SHA);
    if (refusal)
        throw refusal;
}

// EXTERNAL MODULE: ./build/platform/train/stage-effects.js + 12 modules
var stage_effects = __webpack_require__(50077);
// EXTERNAL MODULE: ./build/actions/train/cache-config.js
var cache_config = __webpack_require__(46314);
// EXTERNAL MODULE: ./build/actions/train/inputs.js
var train_inputs = __webpack_require__(96240);
// EXTERNAL MODULE: ./build/core/train/lock.js
var train_lock = __webpack_require__(51880);
// EXTERNAL MODULE: ./build/platform/train/lock-io.js
var lock_io = __webpack_require__(25857);
;// CONCATENATED MODULE: ./build/actions/train/lock-step.js





const shown = (root, path) => (0,external_node_path_.relative)(root, path).split('\\').join('/');
/**
 * `--frozen-lock` / `lock: check`: before anything runs, every planned stage's command, deps and params
 * must be what mlci.lock says (exit 1 otherwise, naming the stage and the input), so a PR that changed data
 * without re-training is caught. A dep an upstream stage produces is checked through that stage's entry.
 */
async function checkLock(root, config, graph, plan, state) {
    const path = (0,lock_io/* lockPath */.HZ)(root, config);
    const lock = await (0,lock_io/* readLock */.mF)(path, shown(root, path));
    if (!lock)
        throw new errors/* DataError */.fL(`${shown(root, path)} does not exist, and the lock is checked (frozen-lock)`, {
            hint: 'run `mlci train` and commit mlci.lock',
        });
    const produced = (0,lock_io/* producedBy */.kH)([...graph.stages.values()]);
    const problems = [];
    for (const name of plan) {
        const entry = lock.stages[name];
        if (!entry) {
            problems.push(`stage '${name}' is not in ${shown(root, path)}`);
            continue;
        }
        const { inputs, unknown } = await (0,lock_io/* lockInputs */.NP)(root, graph.stages.get(name), state, produced);
        const changes = (0,train_lock/* inputChanges */.Ke)(entry, inputs, (dep) => unknown.has(dep));
        for (const line of (0,train_lock/* describeChanges */.DT)(changes))
            problems.push(`stage '${name}': ${line}`);
    }
    if (problems.length)
        throw new errors/* DataError */.fL(`the workspace does not match ${shown(root, path)}:\n  ${problems.join('\n  ')}`, {
            where: { file: shown(root, path) },
            hint: 'run `mlci train` where the change was made and commit the updated mlci.lock',
        });
}
/**
 * Writes mlci.lock after a run: an entry for every stage that ran, was restored or is frozen; entries of
 * stages not in this plan are kept, those of stages no longer declared are dropped. Failed stages keep
 * their previous entry (their outputs were not produced).
 */
async function updateLock(io, config, graph, records, state) {
    const root = io.cwd;
    const path = (0,lock_io/* lockPath */.HZ)(root, config);
    const previous = await (0,lock_io/* readLock */.mF)(path, shown(root, path)).catch(() => undefined);
    const stages = {};
    for (const [name, entry] of Object.entries(previous?.stages ?? {}))
        if (graph.stages.has(name))
            stages[name] = entry;
    const produced = (0,lock_io/* producedBy */.kH)([...graph.stages.values()]);
    for (const record of records) {
        if (!['ran', 'cached', 'frozen'].includes(record.status))
            continue;
        const stage = graph.stages.get(record.stage);
        const { inputs } = await (0,lock_io/* lockInputs */.NP)(root, stage, state, produced);
        stages[record.stage] = {
            fingerprint: record.fingerprint ?? '',
            ...inputs,
            outs: record.outputs,
            metrics: record.metrics,
        };
    }
    await (0,lock_io/* writeLock */.be)(path, { schema: train_lock/* LOCK_SCHEMA */.wR, stages });
    io.log.info(`wrote ${shown(root, path)} (${Object.keys(stages).length} stage(s)): commit it`);
}

// EXTERNAL MODULE: ./build/actions/train/load-stages.js + 2 modules
var load_stages = __webpack_require__(18079);
;// CONCATENATED MODULE: ./build/actions/train/summary.js
const escapeMd = (text) => text.replace(/[\\`*_{}[\]<>|@#]/g, (ch) => (ch === '|' ? '\\|' : ch === '@' ? '@\u200b' : `\\${ch}`));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes) => (bytes === null ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
/** The job summary: one row per stage, then metrics and any reproducibility differences. */
function trainSummary(record) {
    const icon = {
        ran: '▶️ ran',
        cached: '♻️ cache hit, skipped',
        frozen: '🧊 frozen, not run',
        failed: '❌ failed',
        skipped: '⏭️ skipped',
    };
    const rows = record.stages.map((stage) => `| ${escapeMd(stage.stage)} | ${icon[stage.status]} | ${stage.fingerprint ? `\`${stage.fingerprint.slice(0, 12)}\`` : '–'} | ${seconds(stage.durationMs)} | ${stage.cache?.source ?? '–'} | ${mib(stage.resources?.peakRssBytes ?? null)} |`);
    const lines = [
        `### mlci train: ${record.status === 'passed' ? 'passed' : 'failed'}`,
        '',
        '| stage | result | fingerprint | time | cache | peak memory |',
        '|---|---|---|---|---|---|',
        ...rows,
    ];
    const metrics = record.stages.flatMap((stage) => Object.entries(stage.metrics).flatMap(([file, values]) => Object.entries(values).map(([key, value]) => `| ${escapeMd(stage.stage)} | ${escapeMd(file)} | ${escapeMd(key)} | ${value} |`)));
    if (metrics.length)
        lines.push('', '| stage | file | metric | value |', '|---|---|---|---|', ...metrics);
    for (const stage of record.stages) {
        if (stage.error)
            lines.push('', `**${escapeMd(stage.stage)}**: ${escapeMd(stage.error.split('\n')[0])}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/actions/train/train.js



















/** `mlci train`: plan the stages, restore or run each, write the run record, outputs and summary. */
async function train(io) {
    const inputs = (0,train_inputs/* getTrainInputs */.g)(await (0,cache_config/* withCacheConfig */.p)(io.inputs, io.cwd));
    const root = io.cwd;
    const { stages, source } = await (0,load_stages/* loadStages */.G)(root, inputs, (line) => io.log.warning(line));
    await (0,output_paths/* checkRunPaths */.A$)(io, { record: inputs.record }, { config: source === 'action inputs' ? [] : source, ...stagePaths(stages) });
    await (0,report_file/* keepReportCurrent */.R)((0,external_node_path_.resolve)(root, inputs.record), { kind: 'mlci/run-record', version: run_record/* RUN_RECORD_VERSION */.X1 }, () => trainStages(io, inputs, stages, source));
}
/** Every literal path the stages read or write, by the stage field that names it (globs left out). */
function stagePaths(stages) {
    const paths = { deps: [], outs: [], metrics: [], plots: [], params: [] };
    const add = (field, stage, list) => paths[field].push(...list.filter((p) => !/[*?[{]/.test(p)).map((p) => (0,external_node_path_.join)(stage.wdir, p)));
    for (const stage of stages) {
        add('deps', stage, stage.deps);
        add('outs', stage, stage.outs);
        add('metrics', stage, stage.metrics);
        add('plots', stage, stage.plots);
        add('params', stage, stage.params.flatMap((p) => (p.kind === 'file' ? [p.file] : [])));
    }
    return paths;
}
async function trainStages(io, inputs, stages, source) {
    const root = io.cwd;
    const graph = (0,train_plan/* buildGraph */.ZG)(stages);
    const plan = (0,train_plan/* planTraining */.kD)(graph, inputs.targets, { downstream: inputs.downstream });
    io.log.info(`mlci train: ${plan.length} stage(s) from ${source}: ${plan.join(' -> ')}`);
    await checkTrustedCheckout(io, inputs, root);
    const started = new Date();
    const ctx = await (0,context/* effectsContext */.y)(io, inputs, root);
    const lockMode = inputs['frozen-lock'] ? 'check' : inputs.lock;
    const fromFile = source !== 'action inputs';
    if (lockMode === 'check')
        await checkLock(root, inputs.config, graph, plan, ctx.state);
    const effects = (0,stage_effects/* stageEffects */.z)(ctx);
    const run = await runTraining(graph, plan, (stage, upstream) => io.log.group(`stage ${stage.name}`, () => (0,reproduce/* reproduceStage */.Cd)(stage, upstream, effects, { force: inputs.force })), { onError: inputs['keep-going'] ? 'keep-going' : 'fail', log: (line) => io.log.warning(line) });
    const ended = new Date();
    const stageRecords = stageRecordsOf(run, ended);
    if (lockMode === 'write' && fromFile)
        await updateLock(io, inputs.config, graph, stageRecords, ctx.state).catch((error) => io.log.warning(`cannot write mlci.lock: ${(0,errors/* messageOf */.bD)(error)}`));
    await ctx.state.save().catch((error) => io.log.warning(`cannot save the hash state: ${String(error)}`));
    const record = (0,run_record/* buildRunRecord */.pM)({
        git: {
            commit: io.env.GITHUB_SHA ?? (await (0,commit/* headCommit */.Qo)(root)) ?? null,
            ref: io.env.GITHUB_REF ?? (await (0,commit/* headRef */.uO)(root)) ?? null,
        },
        trigger: {
            actor: io.env.GITHUB_ACTOR ?? null,
            event: io.env.GITHUB_EVENT_NAME ?? null,
            runId: io.env.GITHUB_RUN_ID ?? null,
        },
        startedAt: started.toISOString(),
        endedAt: ended.toISOString(),
        durationMs: ended.getTime() - started.getTime(),
        stages: stageRecords,
    });
    await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(root, inputs.record), `${JSON.stringify(record, null, 2)}\n`);
    const outputs = trainOutputs(plan, stageRecords, run.fingerprints, inputs.record);
    for (const [name, value] of Object.entries(outputs))
        io.output(name, value);
    await io.summary(trainSummary(record));
    if (run.error)
        throw run.error;
}


/***/ }),

/***/ 51880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   Ke: () => (/* binding */ inputChanges),
/* harmony export */   PG: () => (/* binding */ parseLock),
/* harmony export */   wC: () => (/* binding */ renderLock),
/* harmony export */   wR: () => (/* binding */ LOCK_SCHEMA),
/* harmony export */   xe: () => (/* binding */ outputChanges)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41593);



/** Bumped when the lock file's shape changes meaning. */
const LOCK_SCHEMA = 1;
const sortKeys = (record) => Object.fromEntries(Object.keys(record)
    .sort()
    .map((key) => [key, record[key]]));
/**
 * The lock file's text: stages by name, every mapping's keys sorted, outs by path, so the same run writes
 * the same bytes and a diff shows only what changed.
 */
function renderLock(lock) {
    const stages = Object.fromEntries(Object.keys(lock.stages)
        .sort()
        .map((name) => {
        const stage = lock.stages[name];
        return [
            name,
            {
                fingerprint: stage.fingerprint,
                cmd: stage.cmd,
                deps: sortKeys(stage.deps),
                params: JSON.parse((0,_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(stage.params)),
                outs: [...stage.outs]
                    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
                    .map(({ path, sha256, size }) => ({ path, sha256, size })),
                metrics: JSON.parse((0,_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(stage.metrics)),
            },
        ];
    }));
    const body = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ schema: lock.schema, stages }, { sortMapEntries: false, lineWidth: 0 });
    return `# mlci.lock: written by \`mlci train\`; commit it. \`mlci status\` compares the workspace with it.\n${body}`;
}
/** Reads mlci.lock; a file that is not one is a usage error naming it. */
function parseLock(text, file) {
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file} is not valid YAML`, { cause, where: { file } });
    }
    const lock = value;
    if (!lock || typeof lock !== 'object' || typeof lock.stages !== 'object' || lock.stages === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file} is not an mlci lock file (no \`stages:\`)`, { where: { file } });
    if (lock.schema !== LOCK_SCHEMA)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file} has schema ${String(lock.schema)}; this mlci reads ${LOCK_SCHEMA}`, {
            where: { file },
            hint: 'run `mlci train` to rewrite it',
        });
    const stages = {};
    for (const [name, raw] of Object.entries(lock.stages)) {
        stages[name] = {
            fingerprint: String(raw?.fingerprint ?? ''),
            cmd: String(raw?.cmd ?? ''),
            deps: { ...(raw?.deps ?? {}) },
            params: { ...(raw?.params ?? {}) },
            outs: Array.isArray(raw?.outs) ? raw.outs : [],
            metrics: { ...(raw?.metrics ?? {}) },
        };
    }
    return { schema: LOCK_SCHEMA, stages };
}
/** Params flattened to `file:key` → canonical value. */
function flatParams(params) {
    const out = new Map();
    for (const [file, values] of Object.entries(params))
        for (const [key, value] of Object.entries(values))
            out.set(`${file}:${key}`, (0,_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(value));
    return out;
}
function diffMaps(what, locked, now, skip = () => false) {
    const names = [...new Set([...locked.keys(), ...now.keys()])].sort();
    return names.flatMap((name) => {
        if (skip(name))
            return [];
        const before = locked.get(name);
        const after = now.get(name);
        if (before === after)
            return [];
        return [
            { what, name, change: before === undefined ? 'new' : after === undefined ? 'deleted' : 'modified' },
        ];
    });
}
/**
 * What differs between a locked stage and its inputs now. `unknown(dep)` is true for a dep that cannot
 * be hashed yet (an upstream stage's output not produced): it is left out, not reported as deleted.
 */
function inputChanges(locked, now, unknown = () => false) {
    return [
        ...(locked.cmd === now.cmd ? [] : [{ what: 'cmd', name: 'cmd', change: 'modified' }]),
        ...diffMaps('dep', new Map(Object.entries(locked.deps)), new Map(Object.entries(now.deps)), unknown),
        ...diffMaps('param', flatParams(locked.params), flatParams(now.params)),
    ];
}
/** What differs between a locked stage's outs and the files in the workspace now. */
function outputChanges(locked, now) {
    const map = (files) => new Map(files.map((f) => [f.path, `${f.sha256}:${f.size}`]));
    return diffMaps('out', map(locked.outs), map(now));
}
/** One line per change: `changed deps: data/train.csv (modified)`. */
function describeChanges(changes) {
    const label = { cmd: 'changed command', dep: 'changed deps', param: 'changed params', out: 'changed outs' };
    return changes.map((c) => (c.what === 'cmd' ? label.cmd : `${label[c.what]}: ${c.name} (${c.change})`));
}


/***/ }),

/***/ 15874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ previousStages),
/* harmony export */   X1: () => (/* binding */ RUN_RECORD_VERSION),
/* harmony export */   pM: () => (/* binding */ buildRunRecord)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18614);

/** Version of the run record's shape (see docs/train.md); adding fields does not bump it. */
const RUN_RECORD_VERSION = 1;
/** Builds the record in one step from the run's facts. */
function buildRunRecord(facts) {
    const failed = facts.stages.some((stage) => stage.status === 'failed');
    return {
        kind: 'mlci/run-record',
        version: RUN_RECORD_VERSION,
        tool: { name: 'mlci', version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .MLCI_VERSION */ .B },
        status: failed ? 'failed' : 'passed',
        ...facts,
    };
}
/** The stage records of a previous run record file's value, by stage, or an empty map if it is not one. */
function previousStages(value) {
    const record = value;
    if (record?.kind !== 'mlci/run-record' || !Array.isArray(record.stages))
        return new Map();
    return new Map(record.stages.filter((stage) => stage.inputs).map((stage) => [stage.stage, stage]));
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

/***/ 95272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   sH: () => (/* binding */ originUrl),
/* harmony export */   uO: () => (/* binding */ headRef)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45092);

/** HEAD's commit SHA, or undefined outside a repository. */
async function headCommit(cwd, options = {}) {
    return (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['rev-parse', 'HEAD'], options)) || undefined;
}
/**
 * The ref HEAD stands for, as GITHUB_REF would name it: the branch checked out (`refs/heads/main`), or on
 * a detached HEAD a tag pointing at it (`refs/tags/v1.2.0`); undefined when it is neither (or no repo).
 */
async function headRef(cwd, options = {}) {
    const branch = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['symbolic-ref', '-q', 'HEAD'], options);
    if (branch)
        return branch;
    const tag = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['describe', '--tags', '--exact-match', 'HEAD'], options);
    return tag ? `refs/tags/${tag}` : undefined;
}
/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
async function commitTime(cwd, options = {}) {
    const text = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['log', '-1', '--format=%ct'], options)) || undefined;
    const seconds = Number(text);
    return text && Number.isInteger(seconds) ? seconds : undefined;
}
/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
async function originUrl(cwd, options = {}) {
    const url = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['remote', 'get-url', 'origin'], options);
    if (!url)
        return undefined;
    const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
}


/***/ }),

/***/ 25857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ lockPath),
/* harmony export */   NP: () => (/* binding */ lockInputs),
/* harmony export */   be: () => (/* binding */ writeLock),
/* harmony export */   kH: () => (/* binding */ producedBy),
/* harmony export */   mF: () => (/* binding */ readLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_train_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51880);
/* harmony import */ var _core_train_params_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10549);
/* harmony import */ var _core_train_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9015);
/* harmony import */ var _core_train_stage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78029);
/* harmony import */ var _process_content_ids_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10142);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71501);









/** Where mlci.lock lives: next to mlci.yml (the `config` input), as dvc.lock sits next to dvc.yaml. */
const lockPath = (root, config) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(config), 'mlci.lock');
/** The lock at `path`, or undefined when there is none. */
async function readLock(path, shown) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLock */ .PG)(text, shown);
}
/** Writes the lock whole or not at all (the shared atomic writer: a reader never sees half a file). */
async function writeLock(path, lock) {
    await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(path, (0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .renderLock */ .wC)(lock));
}
/** True when `path` (workspace-relative) is one of the outputs of a stage in `stages`, or inside one. */
function producedBy(stages) {
    const outs = stages.flatMap((stage) => (0,_core_train_stage_js__WEBPACK_IMPORTED_MODULE_6__/* .stageOutputs */ .Tp)(stage).map((out) => (0,_core_train_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspacePath */ .X)(stage.wdir, out)));
    return (path) => outs.some((out) => path === out || path.startsWith(`${out}/`));
}
/**
 * A stage's inputs as the lock records them: the command, every dep's id from its bytes (no git ids), and
 * the params values. A dep that is missing is left out; `unknown` lists those an upstream stage produces
 * (not there yet before a run), which a check must not call deleted.
 */
async function lockInputs(root, stage, state, produced) {
    const wdir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, stage.wdir);
    const deps = {};
    const unknown = new Set();
    for (const dep of stage.deps) {
        const path = (0,_core_train_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspacePath */ .X)(stage.wdir, dep);
        try {
            const ids = await (0,_process_content_ids_js__WEBPACK_IMPORTED_MODULE_7__/* .contentIds */ .e)(wdir, [dep], { state });
            for (const [name, id] of Object.entries(ids))
                deps[(0,_core_train_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspacePath */ .X)(stage.wdir, name)] = id;
        }
        catch (error) {
            if (!(error instanceof _process_content_ids_js__WEBPACK_IMPORTED_MODULE_7__/* .MissingPathError */ ._))
                throw error;
            if (produced(path))
                unknown.add(path);
        }
    }
    const params = (0,_core_train_params_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveParams */ .x)(stage, (file) => {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(wdir, file);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8') : undefined;
    });
    return { inputs: { cmd: stage.cmd, deps, params }, unknown };
}


/***/ })

};
