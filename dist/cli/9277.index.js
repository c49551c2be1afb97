export const id = 9277;
export const ids = [9277];
export const modules = {

/***/ 59277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   push: () => (/* binding */ push)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_train_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9015);
/* harmony import */ var _core_train_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70204);
/* harmony import */ var _core_train_stage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78029);
/* harmony import */ var _core_train_triggers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96610);
/* harmony import */ var _platform_cache_outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74617);
/* harmony import */ var _platform_train_stores_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73183);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65355);
/* harmony import */ var _train_cache_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(46314);
/* harmony import */ var _train_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(96240);
/* harmony import */ var _train_load_stages_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(18079);













/**
 * `mlci push [stage…]`: saves the outputs of the last run (its run record) to the registry cache under
 * the keys that run computed. A stage whose outputs changed on disk since the run is not pushed: its
 * entry would claim outputs the inputs did not produce. The trust rules of saving apply (no privileged
 * event, no fork pull request).
 */
async function push(io) {
    const read = await (0,_train_cache_config_js__WEBPACK_IMPORTED_MODULE_10__/* .withCacheConfig */ .p)(io.inputs, io.cwd);
    const inputs = (0,_train_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getTrainInputs */ .g)(read);
    const root = io.cwd;
    const blocked = (0,_core_train_triggers_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteSaveBlockedBy */ .Xm)(io.env.GITHUB_EVENT_NAME ?? '', await (0,_platform_train_stores_js__WEBPACK_IMPORTED_MODULE_8__.eventPayload)(io));
    if (blocked)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`mlci push refused: ${blocked}`);
    const recordPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readString */ .E3)(read, 'record', '.mlci/run-record.json'));
    const record = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(recordPath, 'utf8')
        .then((text) => JSON.parse(text))
        .catch((cause) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read the run record ${recordPath}`, {
            cause,
            hint: 'run `mlci train` first: push uploads the results of that run',
        });
    });
    const { stages } = await (0,_train_load_stages_js__WEBPACK_IMPORTED_MODULE_12__/* .loadStages */ .G)(root, inputs, (line) => io.log.warning(line));
    const graph = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildGraph */ .ZG)(stages);
    const store = await (0,_platform_train_stores_js__WEBPACK_IMPORTED_MODULE_8__.remoteStore)(io, inputs['cache-registry'], root, inputs);
    const pushed = [];
    const failed = [];
    for (const stageRecord of record.stages ?? []) {
        const name = stageRecord.stage;
        if (inputs.targets.length && !inputs.targets.includes(name))
            continue;
        const stage = graph.stages.get(name);
        if (!stage || !stageRecord.inputs || !stageRecord.cache?.key || stageRecord.status === 'failed')
            continue;
        const { files, missing } = await (0,_platform_cache_outputs_js__WEBPACK_IMPORTED_MODULE_7__/* .hashOutputs */ .JO)(root, (0,_core_train_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .stageOutputs */ .Tp)(stage).map((out) => (0,_core_train_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .workspacePath */ .X)(stage.wdir, out)));
        const recorded = new Map(stageRecord.outputs.map((file) => [file.path, file.sha256]));
        const drifted = missing.length > 0 ||
            files.length !== recorded.size ||
            files.some((file) => recorded.get(file.path) !== file.sha256);
        if (drifted) {
            failed.push(`${name}: its outputs changed since the run (run \`mlci train\` again)`);
            continue;
        }
        const result = await store.save({
            kind: 'mlci/cache-entry',
            version: 1,
            key: stageRecord.cache.key,
            inputs: stageRecord.inputs,
            files,
        });
        if (result.startsWith('failed'))
            failed.push(`${name}: ${result}`);
        else {
            io.log.info(`pushed ${name}: ${result === 'exists' ? 'already in the registry' : 'saved'}`);
            pushed.push(name);
        }
    }
    io.output('pushed', pushed.join(','));
    await io.summary(`${[`pushed ${pushed.length} stage(s)`, ...failed.map((line) => `  not pushed: ${line}`)].join('\n')}\n`);
    if (failed.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`could not push ${failed.length} stage(s):\n  ${failed.join('\n  ')}`);
}


/***/ }),

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

/***/ 96610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ saveBlockedBy),
/* harmony export */   O0: () => (/* binding */ isPrivilegedEvent),
/* harmony export */   Xm: () => (/* binding */ remoteSaveBlockedBy),
/* harmony export */   Xz: () => (/* binding */ untrustedCheckout)
/* harmony export */ });
/* unused harmony export PRIVILEGED_EVENTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * Events whose runs share the default branch's cache scope while they may carry code from a fork:
 * they restore but never save (TRIG-02; reference/reliability-and-security.md §2.2).
 */
const PRIVILEGED_EVENTS = ['pull_request_target', 'issue_comment', 'workflow_run'];
/** Whether `event` (GITHUB_EVENT_NAME) runs with the default branch's secrets and cache scope. */
const isPrivilegedEvent = (event) => PRIVILEGED_EVENTS.includes(event);
/** Why this event may not save to the cache (TRIG-02), or undefined when it may. */
function saveBlockedBy(event) {
    return isPrivilegedEvent(event)
        ? `\`${event}\` runs share the default branch's cache, so they only restore`
        : undefined;
}
/**
 * TRIG-01: the refusal to run training code of a privileged event when the workspace holds another
 * commit than the workflow's (`workflowSha`, GITHUB_SHA), or undefined when it may run. Without either
 * commit there is nothing to compare, and the run goes ahead.
 */
function untrustedCheckout(event, head, workflowSha, refusal = TRAIN_REFUSAL) {
    if (!head || !workflowSha || head === workflowSha)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`refusing to run ${refusal.what} under \`${event}\`: the workspace is at ${head.slice(0, 12)}, not the workflow's commit ${workflowSha.slice(0, 12)}`, { hint: refusal.hint });
}
const TRAIN_REFUSAL = {
    what: 'training code',
    hint: 'run untrusted code in a `pull_request` workflow instead, or set `allow-untrusted-code: true` if you trust it (docs/train.md#permissions)',
};
/**
 * Why a run may not write to a shared remote cache (a registry): a pull request from a fork carries code
 * nobody reviewed, and what it trained would be restored by the base repository's own runs. GitHub keeps
 * the Actions cache apart by scope; a registry has no scopes, so mlci refuses the save itself.
 */
function remoteSaveBlockedBy(event, payload) {
    const privileged = saveBlockedBy(event);
    if (privileged)
        return privileged;
    const pr = payload
        ?.pull_request;
    // pull_request, pull_request_review, pull_request_review_comment: all run a PR head's code.
    if (!pr) {
        return event.startsWith('pull_request')
            ? 'the event payload does not say whether the pull request comes from a fork'
            : undefined;
    }
    const head = pr.head?.repo?.full_name;
    // A deleted fork has head.repo null: as untrusted as a live one.
    if (typeof head !== 'string' || head !== pr.base?.repo?.full_name)
        return 'a pull request from a fork may not write to the shared registry cache';
    return undefined;
}


/***/ })

};
