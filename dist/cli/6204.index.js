export const id = 6204;
export const ids = [6204];
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
/* harmony import */ var _platform_train_stores_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73183);
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
    const { client, repository } = await (0,_platform_train_stores_js__WEBPACK_IMPORTED_MODULE_4__.remoteTarget)(io, read.get('cache-registry')?.trim(), {
        'cache-registry-username': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readString */ .E3)(read, 'cache-registry-username'),
        'cache-registry-password': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readString */ .E3)(read, 'cache-registry-password'),
        'github-token': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readString */ .E3)(read, 'github-token'),
    });
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

/***/ 51472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ byCodeUnits)
/* harmony export */ });
/**
 * Orders two strings by their UTF-16 code units: the same order on every machine. `localeCompare` orders
 * by the runner's locale (an ä or an uppercase letter moves with LANG) and its first call loads ICU's
 * collation data: 11 ms on Node 24 and 24 ms on Node 20, a twentieth of validating 2 M rows of Parquet.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 41593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _text_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51472);


/**
 * The canonical encoding fingerprints are computed over: JSON with object keys sorted by UTF-16 code
 * units, no whitespace, and ECMAScript number serialisation: the JSON Canonicalization Scheme (RFC 8785)
 * for the values mlci produces. Non-finite numbers and undefined are refused, not silently dropped, so
 * two different inputs can never encode alike.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`cannot encode ${value} canonically`);
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (0,_text_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byCodeUnits */ .C)(a, b));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    throw new TypeError(`cannot encode a ${typeof value} canonically`);
}
/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
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


/***/ }),

/***/ 74617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ hashOutputs),
/* harmony export */   PN: () => (/* binding */ listOutputs),
/* harmony export */   WR: () => (/* binding */ placeOutputs),
/* harmony export */   o$: () => (/* binding */ withinOutputs),
/* harmony export */   rH: () => (/* binding */ removeOutputs)
/* harmony export */ });
/* unused harmony export linkDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44673);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _process_hash_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42444);






/** The sha256 a link is recorded with: of its target, so a changed target is a changed output. */
function linkDigest(target) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`symlink\u0000${target}`).digest('hex');
}
async function walk(root, realRoot, abs, out) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
    // The link rule build-image applies (core/fs/link-rule.ts): a link out of the workspace is an error
    // naming it, so a credentials file reached through a link never lands in a cache entry others restore.
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).isSymbolicLink()) {
        const { target } = await (0,_core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .linkInside */ .B)(abs, realRoot, path);
        // An absolute target inside the workspace is stored relative, so it still leads there on another runner.
        const link = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(target) ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs), target).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/') || '.' : target;
        out.push({ path, abs, size: 0, executable: false, link });
        return;
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs).catch(() => undefined);
    if (!info)
        return; // a dangling link inside the workspace: nothing to store
    if (info.isDirectory()) {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(abs)).sort())
            await walk(root, realRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, name), out);
    }
    else if (info.isFile()) {
        out.push({
            path,
            abs,
            size: info.size,
            executable: process.platform !== 'win32' && (info.mode & 0o111) !== 0,
        });
    }
}
/** Every file under the declared outputs (workspace-relative paths), and the outputs that do not exist. */
async function listOutputs(root, outputs) {
    const files = [];
    const missing = [];
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    for (const output of outputs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, output);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined)))
            missing.push(output);
        else
            await walk(root, realRoot, abs, files);
    }
    return { files, missing };
}
/** Hashes of every output file (read in parallel). */
async function hashOutputs(root, outputs) {
    const { files, missing } = await listOutputs(root, outputs);
    const hashes = await (0,_process_hash_files_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFiles */ .yQ)(files.filter((file) => file.link === undefined).map(({ abs, size }) => ({ path: abs, size })));
    const stored = files.map(({ path, abs, executable, link }) => {
        if (link !== undefined)
            return { path, sha256: linkDigest(link), size: 0, executable: false, link };
        const { sha256, size } = hashes.get(abs);
        return { path, sha256, size, executable };
    });
    return { files: stored, missing };
}
/** Deletes the declared outputs (before a run, as DVC does, so a stale file never passes as produced). */
async function removeOutputs(root, outputs) {
    for (const output of outputs)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, output), { recursive: true, force: true });
}
/** True when `path` is one of `outputs` or inside one of them (POSIX, workspace-relative). */
function withinOutputs(path, outputs) {
    return outputs.some((output) => path === output || path.startsWith(`${output.replace(/\/$/, '')}/`));
}
/**
 * Moves restored outputs from `staging` (same layout as the workspace) into `root`: each declared output
 * present in staging replaces the one in the workspace with a rename (same filesystem, no copy).
 */
async function placeOutputs(staging, root, outputs) {
    for (const output of outputs) {
        const from = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, output);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(from).catch(() => undefined)))
            continue;
        const to = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(to, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(to), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(from, to);
    }
}


/***/ }),

/***/ 42444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hU: () => (/* binding */ startHashing),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony export hashFileSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var _hash_worker_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25547);
/* harmony import */ var _hash_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99284);




let mainBuffer;
/** SHA-256 of one file, read in this thread (for small jobs, where starting workers costs more). */
function hashFileSync(path) {
    mainBuffer ??= Buffer.allocUnsafe(_hash_worker_source_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_SIZE */ .V);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
        let size = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, mainBuffer, 0, mainBuffer.length, null);
            if (n === 0)
                break;
            hash.update(mainBuffer.subarray(0, n));
            size += n;
        }
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Below this many bytes in all, hashing stays on the main thread: a worker takes ~30 ms to start. */
const WORKER_THRESHOLD = 32 * 1024 * 1024;
/** A small run: nothing is read before done(), on this thread, and a dropped file never. */
function onThisThread(files, onProgress) {
    const dropped = new Set();
    let result;
    return {
        drop: (paths) => {
            for (const path of paths)
                dropped.add(path);
        },
        done: () => {
            result ??= (async () => {
                const out = new Map();
                let bytes = 0;
                for (const { path } of files) {
                    if (dropped.has(path))
                        continue;
                    const hash = hashFileSync(path);
                    out.set(path, hash);
                    bytes += hash.size;
                    onProgress?.({ files: out.size, bytes });
                }
                return out;
            })();
            return result;
        },
    };
}
/**
 * Starts hashing `files` on every core at once: on the workers startHashWorkers started, or on one worker
 * thread per core but one for this run, and on this thread between its other work. Below 32 MiB in all (or
 * one file), on this thread at done() instead. Node's sha256 is OpenSSL's, with SHA extensions where the CPU
 * has them. `size` (from stat) only orders the work.
 */
function startHashing(files, onProgress) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total < WORKER_THRESHOLD || files.length === 1)
        return onThisThread(files, onProgress);
    const early = (0,_hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .earlyHashWorkers */ .F$)();
    const count = Math.min((0,_hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .helpedWorkers */ .UE)(), files.length - 1);
    early?.grow(count);
    const workers = early ?? new _hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .HashWorkers */ .E3(count, { mainThreadHelps: true });
    const jobs = new Map(files.map((file) => [file.path, workers.hash(file.path, file.size)]));
    workers.flush();
    const out = new Map();
    let bytes = 0;
    let failure;
    // Handled from the start: a file that fails while the caller still waits for git is not an unhandled
    // rejection; the first failure drops the rest (their hashes would not be used).
    const settled = [...jobs].map(([path, job]) => job.result.then((hash) => {
        out.set(path, hash);
        bytes += hash.size;
        onProgress?.({ files: out.size, bytes });
    }, (error) => {
        if (job.dropped || failure !== undefined)
            return;
        failure = error;
        for (const other of jobs.values())
            other.drop();
    }));
    let result;
    return {
        drop: (paths) => {
            for (const path of paths)
                jobs.get(path)?.drop();
        },
        done: () => {
            result ??= (async () => {
                try {
                    await Promise.all(settled);
                }
                finally {
                    if (workers !== early)
                        await workers.close();
                }
                if (failure !== undefined)
                    throw failure;
                return out;
            })();
            return result;
        },
    };
}
/** SHA-256 of many files (startHashing, all of them wanted). */
function hashFiles(files, onProgress) {
    return startHashing(files, onProgress).done();
}


/***/ })

};
