export const id = 8169;
export const ids = [8169];
export const modules = {

/***/ 68169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _core_train_lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51880);
/* harmony import */ var _core_train_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9015);
/* harmony import */ var _core_train_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70204);
/* harmony import */ var _core_train_stage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78029);
/* harmony import */ var _platform_cache_outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74617);
/* harmony import */ var _platform_process_hash_state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10838);
/* harmony import */ var _platform_train_lock_io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(25857);
/* harmony import */ var _train_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(96240);
/* harmony import */ var _train_load_stages_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(18079);













const outputsOf = (stage) => (0,_core_train_stage_js__WEBPACK_IMPORTED_MODULE_7__/* .stageOutputs */ .Tp)(stage).map((out) => (0,_core_train_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .workspacePath */ .X)(stage.wdir, out));
/** A dvc.lock's stages, for a project migrating from DVC: only `cmd` and params compare (DVC hashes are md5). */
async function dvcLockStages(path) {
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), { maxAliasCount: 100 });
    const out = new Map();
    for (const [name, stage] of Object.entries(value?.stages ?? {})) {
        const cmd = Array.isArray(stage.cmd) ? stage.cmd.join('\n') : String(stage.cmd ?? '');
        out.set(name, { cmd, params: stage.params ?? {} });
    }
    return out;
}
/** `mlci status [stage…]`: what changed since mlci.lock, per stage, as `dvc status` prints it. */
async function status(io) {
    const inputs = (0,_train_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getTrainInputs */ .g)(io.inputs);
    const root = io.cwd;
    const { stages } = await (0,_train_load_stages_js__WEBPACK_IMPORTED_MODULE_12__/* .loadStages */ .G)(root, inputs, (line) => io.log.warning(line));
    const graph = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .buildGraph */ .ZG)(stages);
    const plan = (0,_core_train_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planTraining */ .kD)(graph, inputs.targets);
    const state = await _platform_process_hash_state_js__WEBPACK_IMPORTED_MODULE_9__/* .HashState */ .S.load((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, inputs['cache-dir'], 'hash-state.json'));
    const path = (0,_platform_train_lock_io_js__WEBPACK_IMPORTED_MODULE_10__/* .lockPath */ .HZ)(root, inputs.config);
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split('\\').join('/');
    const lock = await (0,_platform_train_lock_io_js__WEBPACK_IMPORTED_MODULE_10__/* .readLock */ .mF)(path, shown);
    const produced = (0,_platform_train_lock_io_js__WEBPACK_IMPORTED_MODULE_10__/* .producedBy */ .kH)(stages);
    const lines = [];
    const changed = [];
    const report = (name, what) => {
        if (!what.length)
            return;
        changed.push(name);
        lines.push(`${name}:`, ...what.map((line) => `  ${line}`));
    };
    const dvcLock = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, 'dvc.lock');
    if (!lock && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dvcLock)) {
        const dvc = await dvcLockStages(dvcLock);
        lines.push(`(no ${shown}: comparing commands and params with dvc.lock; deps and outs need mlci.lock)`);
        for (const name of plan) {
            const entry = dvc.get(name);
            if (!entry) {
                report(name, ['not in dvc.lock (never run)']);
                continue;
            }
            const { inputs: now } = await (0,_platform_train_lock_io_js__WEBPACK_IMPORTED_MODULE_10__/* .lockInputs */ .NP)(root, graph.stages.get(name), state, produced);
            const locked = {
                fingerprint: '',
                cmd: entry.cmd,
                deps: {},
                params: entry.params,
                outs: [],
                metrics: {},
            };
            report(name, (0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .describeChanges */ .DT)((0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .inputChanges */ .Ke)(locked, { ...now, deps: {} })));
        }
    }
    else {
        for (const name of plan) {
            const entry = lock?.stages[name];
            if (!entry) {
                report(name, [`not in ${shown} (never run)`]);
                continue;
            }
            const stage = graph.stages.get(name);
            const { inputs: now } = await (0,_platform_train_lock_io_js__WEBPACK_IMPORTED_MODULE_10__/* .lockInputs */ .NP)(root, stage, state, produced);
            const { files } = await (0,_platform_cache_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .hashOutputs */ .JO)(root, outputsOf(stage));
            const changes = [...(0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .inputChanges */ .Ke)(entry, now), ...(0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .outputChanges */ .xe)(entry, files)];
            report(name, (0,_core_train_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .describeChanges */ .DT)(changes));
        }
        for (const name of Object.keys(lock?.stages ?? {}).sort())
            if (!graph.stages.has(name) && !inputs.targets.length)
                report(name, ['removed from the pipeline']);
    }
    await state.save().catch(() => undefined);
    if (!changed.length)
        lines.push('Data and pipelines are up to date.');
    io.output('changed', changed.join(','));
    await io.summary(`${lines.join('\n')}\n`);
}


/***/ }),

/***/ 53889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/** True when a dep is a glob pattern rather than a path. */
function isGlob(path) {
    return /[*?[{]/.test(path);
}
/** The directory part of a glob before its first wildcard ('data/raw/*.csv' -> 'data/raw'). */
function globBase(pattern) {
    const parts = pattern.split('/');
    const fixed = [];
    for (const part of parts) {
        if (isGlob(part))
            break;
        fixed.push(part);
    }
    if (fixed.length === parts.length)
        fixed.pop();
    return fixed.join('/') || '.';
}
/**
 * A glob as a RegExp over POSIX paths: `*` and `?` stay within a segment, `**` spans segments, `[…]`
 * and `{a,b}` as in bash. Dotfiles match only when the pattern names the dot, as in most shells.
 */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*' && pattern[i + 1] === '*') {
            const slash = pattern[i + 2] === '/';
            out += slash ? '(?:(?!\\.)[^/]*/)*' : '.*';
            i += slash ? 2 : 1;
        }
        else if (ch === '*')
            out += '(?!\\.)[^/]*';
        else if (ch === '?')
            out += '[^/]';
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end === -1)
                out += '\\[';
            else {
                out += `[${pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            braces++;
            out += '(?:';
        }
        else if (ch === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (ch === ',' && braces > 0)
            out += '|';
        else
            out += ch.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
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

/***/ 10549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ resolveParams)
/* harmony export */ });
/* unused harmony export lookup */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25488);



/** The value at a dotted key ('train.optimizer.lr'), or undefined. Arrays index by number ('layers.0'). */
function lookup(tree, key) {
    let node = tree;
    for (const part of key.split('.')) {
        if (node === null || typeof node !== 'object' || !(part in node))
            return undefined;
        node = node[part];
    }
    return node;
}
function parseParamsFile(stage, file, text) {
    try {
        if (file.endsWith('.json'))
            return JSON.parse(text);
        if (/\.ya?ml$/.test(file))
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch (cause) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stageUsageError */ .g)(stage, `cannot parse params file ${file}`, { cause, where: { file } });
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stageUsageError */ .g)(stage, `params file ${file} is not JSON or YAML`, {
        hint: 'use params.yaml, params.yml or params.json',
    });
}
/**
 * The values of every params key `stage` reads. `read` returns a file's text (path relative to the
 * stage's wdir) or undefined when it does not exist. A missing file or key is a usage error naming both.
 */
function resolveParams(stage, read) {
    const out = {};
    for (const source of stage.params) {
        if (source.kind === 'inline') {
            out.inline = { ...out.inline, ...source.values };
            continue;
        }
        const text = read(source.file);
        if (text === undefined) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stageUsageError */ .g)(stage, `params file ${source.file} does not exist`, {
                hint: `create ${source.file}, or declare the values inline under \`params:\``,
            });
        }
        const tree = parseParamsFile(stage, source.file, text);
        if (source.keys === undefined) {
            out[source.file] = { ...tree };
            continue;
        }
        const values = {};
        for (const key of source.keys) {
            const value = lookup(tree, key);
            if (value === undefined) {
                const top = tree && typeof tree === 'object' ? Object.keys(tree) : [];
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stageUsageError */ .g)(stage, `params key '${key}' does not exist in ${source.file}`, {
                    hint: `keys at the top of ${source.file}: ${top.join(', ') || '(none)'}${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, top)}`,
                });
            }
            values[key] = value;
        }
        out[source.file] = values;
    }
    return out;
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

/***/ 10142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ MissingPathError),
/* harmony export */   e: () => (/* binding */ contentIds)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_train_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41593);
/* harmony import */ var _core_train_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53889);
/* harmony import */ var _hash_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42444);





/** Where a path could not be hashed: missing, or a glob that matched nothing. */
class MissingPathError extends Error {
    path;
    reason;
    constructor(path, reason) {
        super(reason === 'missing' ? `${path} does not exist` : `${path} matches no file`);
        this.path = path;
        this.reason = reason;
    }
}
/**
 * `to` relative to `from`, with `/`. A file walked from under `from` (both absolute and normalized) is the rest
 * of its path: no path.relative, which resolves both paths on every call (~10 ms for 1000 files, a third of
 * an unchanged re-run's own work). Anything else goes through path.relative.
 */
function posixRelative(from, to) {
    const prefix = from.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? from : `${from}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`;
    const rest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(from) && to.startsWith(prefix) ? to.slice(prefix.length) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(from, to);
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? rest : rest.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
// Synchronous stats: ~3 µs each against ~20 µs of main-thread work for a promise through the thread pool
// (1000 files: 2-10 ms instead of 20-50 ms), and nothing else runs meanwhile that they would hold up (git
// answers into pipes; the hash workers have their next files). A compromise for metadata not in the page
// cache (a network filesystem), where the thread pool's four stats at once would be faster.
function walk(dir, depth = 0) {
    if (depth > 64)
        throw new Error(`${dir}: directories nested over 64 deep (a symlink loop?)`);
    const out = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { bigint: true });
        if (info.isDirectory())
            out.push(...walk(abs, depth + 1));
        else if (info.isFile())
            out.push({ abs, stat: info });
    }
    return out;
}
// Git's view is a snapshot: a file a stage rewrites later (a tracked output of an upstream stage) keeps its
// old blob id in it. The index's id is taken only for files untouched since well before the snapshot
// (mtime and ctime, with the hash state's 2 s racy margin); other tracked files are hashed by git itself,
// so a tracked file always gets a git blob id and an untracked one a sha256, whatever the timing.
const GIT_MARGIN_NS = 2000000000n;
function gitId(git, file) {
    if (!git)
        return undefined;
    const settled = file.stat.mtimeNs + GIT_MARGIN_NS < git.at && file.stat.ctimeNs + GIT_MARGIN_NS < git.at;
    return settled ? git.ids.get(file.abs) : undefined;
}
/** The files a dep names: itself, every file under a directory, or every match of a glob. */
function expand(base, dep) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, dep);
    if ((0,_core_train_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .isGlob */ .fg)(dep)) {
        const pattern = (0,_core_train_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globToRegExp */ .tL)(dep.split('\\').join('/'));
        const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, (0,_core_train_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globBase */ .EI)(dep.split('\\').join('/')));
        let all = [];
        try {
            all = walk(root);
        }
        catch {
            // No such directory (or unreadable): the glob matches nothing.
        }
        const files = all.filter((file) => pattern.test(posixRelative(base, file.abs)));
        if (files.length === 0)
            throw new MissingPathError(dep, 'no-match');
        return { kind: 'tree', files };
    }
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { bigint: true });
    }
    catch {
        // Missing, or a path through a file (ENOTDIR): the dep does not exist.
    }
    if (!info)
        throw new MissingPathError(dep, 'missing');
    if (info.isDirectory())
        return { kind: 'tree', files: walk(abs) };
    return { kind: 'file', files: [{ abs, stat: info }] };
}
/**
 * A content id for each path (file, directory or glob, relative to `base`): a tracked unmodified file's
 * git blob id, a remembered sha256 whose stat still matches, or a fresh sha256 (all files read in
 * parallel); a directory or glob gets 'tree-sha256:' over its sorted (relative path, id) listing.
 */
async function contentIds(base, paths, options) {
    // Listed first (a missing dep fails before git is asked, and git is not asked when no file is named).
    const expanded = paths.map((path) => ({ path, ...expand(base, path) }));
    const files = [...new Map(expanded.flatMap((dep) => dep.files.map((file) => [file.abs, file]))).values()];
    const ids = new Map();
    const unknown = [];
    for (const file of files) {
        const known = options.state.get(file.abs, file.stat);
        if (known)
            ids.set(file.abs, `sha256:${known}`);
        else
            unknown.push(file);
    }
    // Every file the hash state does not know starts hashing now, while git lists the index (three process
    // starts: 10-50 ms of this thread); one git turns out to track is dropped, as its id is git's.
    const startedNs = BigInt(Date.now()) * 1000000n;
    const run = (0,_hash_files_js__WEBPACK_IMPORTED_MODULE_3__/* .startHashing */ .hU)(unknown.map((file) => ({ path: file.abs, size: Number(file.stat.size) })), options.onProgress);
    let hashed;
    const tracked = new Set();
    try {
        const git = typeof options.git === 'function' ? (files.length ? await options.git() : undefined) : options.git;
        const gitToHash = [];
        for (const file of git ? files : []) {
            const id = gitId(git, file);
            if (id)
                ids.set(file.abs, id);
            else if (git?.tracked.has(file.abs))
                gitToHash.push(file.abs);
            if (id || git?.tracked.has(file.abs))
                tracked.add(file.abs);
        }
        run.drop(tracked);
        const [gitHashed, ours] = await Promise.all([
            git?.hashObjects(gitToHash) ?? new Map(),
            run.done(),
        ]);
        for (const [path, id] of gitHashed)
            ids.set(path, id);
        hashed = ours;
    }
    catch (error) {
        run.drop(unknown.map((file) => file.abs));
        await run.done().catch(() => undefined);
        throw error;
    }
    for (const file of unknown) {
        // A tracked file's hash may have come before git answered: its id is git's all the same.
        const hash = tracked.has(file.abs) ? undefined : hashed.get(file.abs);
        if (!hash)
            continue;
        options.state.set(file.abs, file.stat, hash.sha256, startedNs);
        ids.set(file.abs, `sha256:${hash.sha256}`);
    }
    const out = {};
    for (const { path, kind, files } of expanded) {
        const key = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : path.split('\\').join('/');
        if (kind === 'file')
            out[key] = ids.get(files[0].abs);
        else {
            const root = (0,_core_train_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .isGlob */ .fg)(path) ? base : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
            const listing = files.map((file) => [posixRelative(root, file.abs), ids.get(file.abs)]);
            out[key] = `tree-sha256:${(0,_core_train_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)((0,_core_train_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(listing))}`;
        }
    }
    return out;
}


/***/ }),

/***/ 10838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ HashState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71501);


const VERSION = 1;
/**
 * A file modified within this window before it was hashed may change again within the same mtime tick
 * unnoticed (git's "racy clean" problem), so it is not remembered. 2 s covers coarse filesystems.
 */
const RACY_NS = 2000000000n;
/** The persistent hash cache: a second run does not re-read files whose stat is unchanged. */
class HashState {
    file;
    entries = new Map();
    dirty = false;
    constructor(file) {
        this.file = file;
    }
    /** Loads the state file (a missing or unreadable one is an empty state); undefined file: memory only. */
    static async load(file) {
        const state = new HashState(file);
        if (!file)
            return state;
        try {
            const value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
            if (value.version === VERSION)
                state.entries = new Map(Object.entries(value.entries));
        }
        catch {
            // No state yet, or a damaged one: hashing from scratch is always correct.
        }
        return state;
    }
    /** How many files it remembers. */
    get size() {
        return this.entries.size;
    }
    /** The remembered sha256 of `path` if its stat still matches. */
    get(path, stat) {
        const entry = this.entries.get(path);
        if (!entry)
            return undefined;
        const [size, mtime, ctime, ino, sha256] = entry;
        const same = size === String(stat.size) &&
            mtime === String(stat.mtimeNs) &&
            ctime === String(stat.ctimeNs) &&
            ino === String(stat.ino);
        return same ? sha256 : undefined;
    }
    /** Remembers a hash computed at `hashedAtNs` (wall clock), unless the file was modified racily close to it. */
    set(path, stat, sha256, hashedAtNs) {
        if (hashedAtNs - stat.mtimeNs < RACY_NS || hashedAtNs - stat.ctimeNs < RACY_NS) {
            this.entries.delete(path);
            return;
        }
        this.entries.set(path, [
            String(stat.size),
            String(stat.mtimeNs),
            String(stat.ctimeNs),
            String(stat.ino),
            sha256,
        ]);
        this.dirty = true;
    }
    /** Writes the state atomically (rename), if anything changed. */
    async save() {
        if (!this.file || !this.dirty)
            return;
        // Not durable: after a crash the state may be empty or lost, and an empty state is a correct one.
        await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(this.file, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }), { durable: false });
        this.dirty = false;
    }
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
