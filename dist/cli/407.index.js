export const id = 407;
export const ids = [407];
export const modules = {

/***/ 76407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheGc: () => (/* binding */ cacheGc)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_train_cache_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82988);
/* harmony import */ var _platform_registry_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29241);
/* harmony import */ var _platform_registry_push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66989);
/* harmony import */ var _platform_train_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32041);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65355);
/* harmony import */ var _train_cache_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46314);







/**
 * `mlci cache gc --keep-last N`: lists the cache repository's tags, reads each entry's manifest, keeps the
 * newest N entries of every stage (by their creation annotation) and deletes the rest by manifest digest,
 * which removes both of an entry's tags. Blobs are left to the registry's own garbage collection (for
 * docker-registry, `registry garbage-collect`), as a registry API cannot delete a blob another entry shares.
 */
async function cacheGc(io) {
    const read = await (0,_train_cache_config_js__WEBPACK_IMPORTED_MODULE_6__/* .withCacheConfig */ .p)(io.inputs, io.cwd);
    const command = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readString */ .E3)(read, 'command', '');
    if (command !== 'gc')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown cache command "${command}"`, { hint: 'use `mlci cache gc --keep-last N`' });
    const keep = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readNumber */ .kz)(read, 'keep-last', 5, { min: 0, integer: true });
    const dryRun = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readBoolean */ .Vf)(read, 'dry-run', false);
    const { client, repository } = await (0,_platform_train_context_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteTarget */ .Op)(io, read.get('cache-registry')?.trim());
    client.prepare(repository, 'push');
    const tags = await client.listTags(repository);
    const entries = new Map();
    await (0,_platform_registry_push_js__WEBPACK_IMPORTED_MODULE_3__/* .pool */ .d)(tags, 4, async (tag) => {
        try {
            const manifest = await client.getManifest(repository, tag);
            const entry = (0,_core_train_cache_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCacheManifest */ .Lm)(manifest.bytes);
            const known = entries.get(manifest.digest);
            if (known)
                known.tags.push(tag);
            else
                entries.set(manifest.digest, {
                    digest: manifest.digest,
                    stage: entry.stage,
                    created: entry.created,
                    tags: [tag],
                });
        }
        catch (error) {
            io.log.debug(`skipping tag ${tag}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`); // not a train cache entry
        }
    });
    const byStage = new Map();
    for (const entry of entries.values())
        byStage.set(entry.stage, [...(byStage.get(entry.stage) ?? []), entry]);
    const doomed = [];
    for (const [stage, list] of [...byStage].sort(([a], [b]) => (a < b ? -1 : 1))) {
        list.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
        doomed.push(...list.slice(keep));
        io.log.info(`stage ${stage || '(unnamed)'}: ${list.length} entr${list.length === 1 ? 'y' : 'ies'}, keeping ${Math.min(keep, list.length)}`);
    }
    let deleted = 0;
    for (const entry of doomed) {
        if (dryRun) {
            io.log.info(`would delete ${entry.tags.join(', ')} (${entry.created})`);
            deleted++;
            continue;
        }
        try {
            await client.deleteManifest(repository, entry.digest);
            deleted++;
            io.log.info(`deleted ${entry.tags.join(', ')} (${entry.created})`);
        }
        catch (error) {
            if (error instanceof _platform_registry_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .g && [405, 403, 401].includes(error.status))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${client.registry}/${repository} does not allow deleting manifests: ${error.message}`, {
                    cause: error,
                    hint: 'docker-registry: set REGISTRY_STORAGE_DELETE_ENABLED=true; ghcr.io: delete package versions with the GitHub API or a retention workflow (docs/train.md#remote-cache)',
                });
            throw error;
        }
    }
    io.output('deleted', String(deleted));
    io.output('kept', String(entries.size - doomed.length));
    await io.summary(`${dryRun ? 'would delete' : 'deleted'} ${deleted} of ${entries.size} cache entr${entries.size === 1 ? 'y' : 'ies'} in ${client.registry}/${repository}\n`);
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
