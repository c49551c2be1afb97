export const id = 4571;
export const ids = [4571];
export const modules = {

/***/ 34571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fingerprint: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_train_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5343);
/* harmony import */ var _core_train_id_kinds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85324);
/* harmony import */ var _core_train_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70204);
/* harmony import */ var _core_train_reproduce_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25285);
/* harmony import */ var _core_train_run_record_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(15874);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65355);
/* harmony import */ var _platform_process_hash_workers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99284);
/* harmony import */ var _platform_train_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31322);
/* harmony import */ var _platform_train_stage_effects_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50077);
/* harmony import */ var _train_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(96240);
/* harmony import */ var _train_load_stages_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(18079);














async function readPrevious(path) {
    try {
        return (0,_core_train_run_record_js__WEBPACK_IMPORTED_MODULE_13__/* .previousStages */ .Jh)(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
    }
    catch {
        return new Map();
    }
}
function explain(name, fingerprint, inputs, before, was, bytes) {
    const lines = [`stage ${name}  ${fingerprint}`];
    const rows = (0,_core_train_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .explainInputs */ .Tn)(inputs);
    const width = Math.min(48, Math.max(...rows.map((row) => row.name.length)));
    for (const { name: input, value } of rows)
        lines.push(`  ${input.padEnd(width)}  ${value}`);
    if (!before)
        lines.push('  (no previous run of this stage in the run record)');
    else if (was === fingerprint)
        lines.push('  unchanged since the run record: the stage would be restored from the cache');
    else {
        lines.push(`  changed since the run record (was ${was?.slice(0, 12)}):`);
        const kindOnly = new Set(bytes ? (0,_core_train_id_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOnlyChanges */ .M)(before, inputs, bytes) : []);
        for (const change of (0,_core_train_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .diffInputs */ .bo)(before, inputs)) {
            const note = kindOnly.has(change.name) ? ' (now tracked by git, content unchanged)' : '';
            lines.push(`    ${change.name}: ${change.before ?? '(absent)'} -> ${change.after ?? '(absent)'}${note}`);
        }
        if (bytes && (0,_core_train_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintOf */ .ax)(bytes) === was) {
            lines.push('  only id kinds changed: the stage would be restored from the cache, not run');
        }
    }
    return lines.join('\n');
}
/** `mlci fingerprint [--explain] [stage…]`: what each stage's fingerprint is made of, without running it. */
async function fingerprint(io) {
    const inputs = (0,_train_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getTrainInputs */ .g)(io.inputs);
    const explainAll = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readBoolean */ .Vf)(io.inputs, 'explain', false);
    const root = io.cwd;
    const { stages } = await (0,_train_load_stages_js__WEBPACK_IMPORTED_MODULE_12__/* .loadStages */ .G)(root, inputs, (line) => io.log.warning(line));
    const graph = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildGraph */ .ZG)(stages);
    const plan = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planTraining */ .kD)(graph, inputs.targets);
    const ctx = await (0,_platform_train_context_js__WEBPACK_IMPORTED_MODULE_9__/* .effectsContext */ .y)(io, { ...inputs, cache: 'none' }, root);
    // With deps and an empty hash state (a first run, a new checkout), every file will be read: the workers
    // start now (the CLI's entry may have started one already), and their start-up (~20-40 ms each) overlaps
    // reading the run record and listing the files.
    // Otherwise none start before the listing asks for them: a worker still starting holds up the exit
    // (+25 ms to an unchanged re-run, +40 ms to a stage without deps).
    if (ctx.state.size === 0 && plan.some((name) => graph.stages.get(name).deps.length > 0))
        (0,_platform_process_hash_workers_js__WEBPACK_IMPORTED_MODULE_8__/* .startHashWorkers */ .EG)();
    try {
        await fingerprintPlan(io, ctx, inputs, explainAll, graph, plan);
    }
    finally {
        await (0,_platform_process_hash_workers_js__WEBPACK_IMPORTED_MODULE_8__/* .stopHashWorkers */ .sz)();
    }
}
async function fingerprintPlan(io, ctx, inputs, explainAll, graph, plan) {
    const root = io.cwd;
    const effects = (0,_platform_train_stage_effects_js__WEBPACK_IMPORTED_MODULE_10__/* .stageEffects */ .z)(ctx);
    const previous = await readPrevious((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, inputs.record));
    const fingerprints = {};
    const out = [];
    for (const name of plan) {
        const stage = graph.stages.get(name);
        const upstream = Object.fromEntries((graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']));
        try {
            const { fingerprint: value, inputs: made } = await (0,_core_train_reproduce_js__WEBPACK_IMPORTED_MODULE_6__/* .stageFingerprint */ .LE)(stage, upstream, effects);
            fingerprints[name] = value;
            const before = previous.get(name);
            const changed = explainAll && before?.inputs && before.fingerprint !== value;
            const bytes = changed && (0,_core_train_id_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .mayHoldGitIds */ .F)(made) ? await effects.bytesIds?.(stage, made) : undefined;
            out.push(explainAll
                ? explain(name, value, made, before?.inputs ?? undefined, before?.fingerprint ?? undefined, bytes)
                : `${name}  ${value}`);
        }
        catch (error) {
            // A dep an upstream stage has not produced yet: its fingerprint is known only after that stage runs.
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlciError */ .sc) || (graph.upstream.get(name) ?? []).length === 0)
                throw error;
            out.push(`${name}  unknown until its upstream stages run (${error.message})`);
        }
    }
    // The workers end, the state is written and the summary printed at once: each mostly waits.
    const ended = (0,_platform_process_hash_workers_js__WEBPACK_IMPORTED_MODULE_8__/* .stopHashWorkers */ .sz)();
    const saved = ctx.state.save().catch(() => undefined);
    io.output('fingerprint', fingerprints[plan[plan.length - 1]] ?? '');
    await io.summary(out.join('\n\n'));
    await Promise.all([ended, saved]);
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


/***/ })

};
