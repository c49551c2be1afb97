export const id = 7927;
export const ids = [7927];
export const modules = {

/***/ 87927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pull: () => (/* binding */ pull)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_train_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9015);
/* harmony import */ var _core_train_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70204);
/* harmony import */ var _core_train_reproduce_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25285);
/* harmony import */ var _core_train_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78029);
/* harmony import */ var _platform_cache_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74617);
/* harmony import */ var _platform_train_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31322);
/* harmony import */ var _platform_train_stores_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73183);
/* harmony import */ var _platform_train_stage_effects_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50077);
/* harmony import */ var _train_cache_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46314);
/* harmony import */ var _train_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(96240);
/* harmony import */ var _train_load_stages_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(18079);












const outputsOf = (stage) => (0,_core_train_stage_js__WEBPACK_IMPORTED_MODULE_4__/* .stageOutputs */ .Tp)(stage).map((out) => (0,_core_train_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .workspacePath */ .X)(stage.wdir, out));
/**
 * `mlci pull [stage…]`: for each stage in plan order, its inputs in this checkout are fingerprinted and
 * the registry entry of those inputs is looked up, first by the machine-independent key (what CI saved
 * for the same commands, deps, params and env on its own OS), then by this machine's fingerprint. Found
 * outputs are verified blob by blob and moved into place; the next stage's deps then include them. A stage
 * that is not in the registry fails the command (exit 1) after the others are pulled.
 */
async function pull(io) {
    const inputs = (0,_train_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .getTrainInputs */ .g)(await (0,_train_cache_config_js__WEBPACK_IMPORTED_MODULE_9__/* .withCacheConfig */ .p)(io.inputs, io.cwd));
    const root = io.cwd;
    const { stages } = await (0,_train_load_stages_js__WEBPACK_IMPORTED_MODULE_11__/* .loadStages */ .G)(root, inputs, (line) => io.log.warning(line));
    const graph = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .buildGraph */ .ZG)(stages);
    const plan = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planTraining */ .kD)(graph, inputs.targets);
    const store = await (0,_platform_train_stores_js__WEBPACK_IMPORTED_MODULE_7__.remoteStore)(io, inputs['cache-registry'], root, inputs);
    const ctx = await (0,_platform_train_context_js__WEBPACK_IMPORTED_MODULE_6__/* .effectsContext */ .y)(io, { ...inputs, cache: 'none' }, root);
    const effects = (0,_platform_train_stage_effects_js__WEBPACK_IMPORTED_MODULE_8__/* .stageEffects */ .z)(ctx);
    const fingerprints = {};
    const pulled = [];
    const failed = [];
    for (const name of plan) {
        const stage = graph.stages.get(name);
        const upstream = Object.fromEntries((graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']));
        try {
            const { fingerprint, inputs: made } = await (0,_core_train_reproduce_js__WEBPACK_IMPORTED_MODULE_3__/* .stageFingerprint */ .LE)(stage, upstream, effects);
            fingerprints[name] = fingerprint;
            const entry = (await store.lookupPortable(name, made)) ?? (await store.lookup((0,_core_train_reproduce_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheKey */ .k$)(stage, fingerprint)));
            if (!entry) {
                failed.push(`${name}: the registry has no outputs for its inputs in this checkout`);
                continue;
            }
            const outputs = outputsOf(stage);
            for (const file of entry.files)
                if (!(0,_platform_cache_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .withinOutputs */ .o$)(file.path, outputs))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the entry holds "${file.path}", outside the stage's outputs`);
            const started = Date.now();
            await store.fetchFiles(entry.files, outputs);
            const bytes = entry.files.reduce((sum, file) => sum + file.size, 0);
            io.log.info(`pulled ${name}: ${entry.files.length} file(s), ${bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s (entry of ${entry.created || 'unknown time'})`);
            pulled.push(name);
        }
        catch (error) {
            failed.push(`${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`);
        }
    }
    await ctx.state.save().catch(() => undefined);
    io.output('pulled', pulled.join(','));
    await io.summary(`${[`pulled ${pulled.length} of ${plan.length} stage(s)`, ...failed.map((line) => `  not pulled: ${line}`)].join('\n')}\n`);
    if (failed.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`could not pull ${failed.length} stage(s):\n  ${failed.join('\n  ')}`, {
            hint: 'run `mlci train` (with cache: registry) where the outputs are missing, or `mlci push` from where they were made',
        });
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


/***/ })

};
