export const id = 6872;
export const ids = [6872];
export const modules = {

/***/ 5343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ FINGERPRINT_SCHEMA),
/* harmony export */   Tn: () => (/* binding */ explainInputs),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   bo: () => (/* binding */ diffInputs),
/* harmony export */   ms: () => (/* binding */ envValueId)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41593);

/** Bumped when the encoding of the inputs changes meaning: every fingerprint changes with it. */
const FINGERPRINT_SCHEMA = 1;
/** The fingerprint: SHA-256 over the canonical encoding (RFC 8785 style) of the inputs. */
function fingerprintOf(inputs) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(inputs));
}
/** An env var's value as it goes into the fingerprint and record: hashed, never in clear. */
function envValueId(value) {
    return value === undefined ? 'unset' : `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(value)}`;
}
/** The inputs flattened to one line per leaf, in canonical order, values as canonical JSON. */
function explainInputs(inputs) {
    const lines = [];
    const walk = (prefix, value, depth) => {
        // Three levels (section, group, entry): runtime.tools.python, params.params.yaml.train.lr; a params
        // value that is itself a mapping stays whole, as the user wrote it.
        if (depth < 3 && value && typeof value === 'object' && !Array.isArray(value)) {
            const keys = Object.keys(value).sort();
            if (keys.length === 0)
                lines.push({ name: prefix, value: '{}' });
            for (const key of keys)
                walk(prefix ? `${prefix}.${key}` : key, value[key], depth + 1);
            return;
        }
        lines.push({ name: prefix, value: typeof value === 'string' ? value : (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(value) });
    };
    walk('', inputs, 0);
    return lines;
}
/** The leaves that changed from `before` (a previous run record's inputs) to `after`. */
function diffInputs(before, after) {
    const old = new Map(explainInputs(before).map(({ name, value }) => [name, value]));
    const now = new Map(explainInputs(after).map(({ name, value }) => [name, value]));
    const names = [...new Set([...old.keys(), ...now.keys()])].sort();
    return names
        .filter((name) => old.get(name) !== now.get(name))
        .map((name) => ({ name, before: old.get(name), after: now.get(name) }));
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

/***/ 85324:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mayHoldGitIds),
/* harmony export */   M: () => (/* binding */ kindOnlyChanges)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5343);

// A content id has a kind: a tracked file gets git's blob id, an untracked one a sha256 of its bytes
// (fingerprint.ts). So `git add` of a file with the same bytes changes its id, and with it the
// fingerprint, though nothing that decides the outputs changed. These helpers let a run look for the
// outputs under the fingerprint the inputs would have with every id taken from the bytes, and let
// --explain say "now tracked by git, content unchanged" instead of showing two unrelated hashes.
/** Whether any dep or lockfile id may come from git (a blob id, or a tree listing that can hold one). */
function mayHoldGitIds(inputs) {
    const ids = [...Object.values(inputs.deps), ...Object.values(inputs.runtime.lockfiles)];
    return ids.some((id) => id.startsWith('git-') || id.startsWith('tree-'));
}
/**
 * The names of the inputs whose ids differ between `before` and `now` only because of their kind: `bytes`
 * (the current inputs with every id from the bytes) gives them the id `before` had.
 */
function kindOnlyChanges(before, now, bytes) {
    const old = new Map((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .explainInputs */ .Tn)(before).map(({ name, value }) => [name, value]));
    const asBytes = new Map((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .explainInputs */ .Tn)(bytes).map(({ name, value }) => [name, value]));
    return (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .explainInputs */ .Tn)(now)
        .filter(({ name, value }) => old.get(name) !== value && old.get(name) === asBytes.get(name))
        .map(({ name }) => name);
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

/***/ 25285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k$: () => (/* binding */ cacheKey),
  Cd: () => (/* binding */ reproduceStage),
  LE: () => (/* binding */ stageFingerprint)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/train/errors.js
var train_errors = __webpack_require__(25488);
// EXTERNAL MODULE: ./build/core/train/id-kinds.js
var id_kinds = __webpack_require__(85324);
// EXTERNAL MODULE: ./build/core/train/fingerprint.js
var train_fingerprint = __webpack_require__(5343);
// EXTERNAL MODULE: ./build/core/train/params.js
var train_params = __webpack_require__(10549);
// EXTERNAL MODULE: ./build/core/train/stage.js
var train_stage = __webpack_require__(78029);
;// CONCATENATED MODULE: ./build/core/train/verify.js
/** Compares the outputs and metrics of two runs of the same stage. */
function compareRuns(first, second, against) {
    const a = new Map(first.outputs.map((file) => [file.path, file]));
    const b = new Map(second.outputs.map((file) => [file.path, file]));
    const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differing = paths
        .filter((path) => a.get(path)?.sha256 !== b.get(path)?.sha256)
        .map((path) => ({ path, first: a.get(path), second: b.get(path) }));
    const metrics = [];
    for (const file of [...new Set([...Object.keys(first.metrics), ...Object.keys(second.metrics)])].sort()) {
        const x = first.metrics[file] ?? {};
        const y = second.metrics[file] ?? {};
        for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
            if (x[key] === y[key])
                continue;
            const delta = typeof x[key] === 'number' && typeof y[key] === 'number' ? y[key] - x[key] : undefined;
            metrics.push({ file, key, first: x[key], second: y[key], delta });
        }
    }
    return { identical: differing.length === 0, against, differing, metrics };
}
/** "model.pkl differs; metrics.json: accuracy 0.91 -> 0.93 (Δ +0.02)" for the error message. */
function describeDifferences(result) {
    const files = result.differing.map(({ path, first, second }) => !first || !second ? `${path} ${first ? 'missing' : 'only'} in the second run` : `${path} differs`);
    const metrics = result.metrics.map(({ file, key, first, second, delta }) => `${file}: ${key} ${first ?? 'missing'} -> ${second ?? 'missing'}${delta === undefined ? '' : ` (Δ ${delta >= 0 ? '+' : ''}${Number(delta.toPrecision(6))})`}`);
    return [...files, ...metrics].join('; ');
}

;// CONCATENATED MODULE: ./build/core/train/reproduce.js







/** The fingerprint of a stage and its inputs, given its upstream stages' fingerprints. */
async function stageFingerprint(stage, upstream, effects) {
    const params = (0,train_params/* resolveParams */.x)(stage, (file) => effects.readParamsFile(stage, file));
    // Hashing the deps and asking the tools their versions (child processes) overlap.
    const [deps, runtime] = await Promise.all([effects.hashDeps(stage), effects.runtime(stage)]);
    const inputs = {
        schema: train_fingerprint/* FINGERPRINT_SCHEMA */.Li,
        cmd: stage.cmd,
        shell: stage.shell ?? 'default',
        wdir: stage.wdir,
        deps,
        params,
        env: Object.fromEntries(stage.env.map((name) => [name, (0,train_fingerprint/* envValueId */.ms)(effects.envValue(name))])),
        runtime,
        seed: stage.seed,
        outs: (0,train_stage/* stageOutputs */.Tp)(stage),
        upstream,
    };
    return { fingerprint: (0,train_fingerprint/* fingerprintOf */.ax)(inputs), inputs, params };
}
/**
 * On a miss: the outputs saved under the fingerprint the inputs have with every id taken from the bytes,
 * i.e. as they were before a dep became tracked by git with the same content. Found ones are saved under
 * the new key too (by the caller's usual save), so the next run hits directly.
 */
async function restoreByBytes(stage, inputs, effects) {
    if (!effects.bytesIds || !(0,id_kinds/* mayHoldGitIds */.F)(inputs))
        return undefined;
    const bytes = await effects.bytesIds(stage, inputs);
    const fingerprint = (0,train_fingerprint/* fingerprintOf */.ax)(bytes);
    if (fingerprint === (0,train_fingerprint/* fingerprintOf */.ax)(inputs))
        return undefined;
    const hit = await effects.restore(stage, cacheKey(stage, fingerprint));
    if (hit) {
        effects.log(`Stage '${stage.name}': restored the outputs of fingerprint ${fingerprint.slice(0, 12)}: the same inputs, with deps now tracked by git and their content unchanged`);
    }
    return hit;
}
/** The cache key of a stage run: readable, under 512 characters and comma-free (actions/cache's rules). */
function cacheKey(stage, fingerprint) {
    return `mlci-train-${stage.name}-${fingerprint}`;
}
async function runOnce(stage, params, effects, onResult) {
    await effects.removeOutputs(stage);
    const result = await effects.run(stage, params);
    onResult(result); // recorded before any check, so a failed run's record still has its exit code
    if (result.timedOut) {
        throw (0,train_errors/* stageFailure */.v)(stage, `timed out after ${stage.timeout} s; ${result.killed ?? 'the process tree was killed'}`, {
            hint: 'raise `timeout:` or make the stage faster',
        });
    }
    if (result.exitCode !== 0) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
        throw (0,train_errors/* stageFailure */.v)(stage, `command ${how}`, { hint: 'see the log lines prefixed with the stage name' });
    }
    const { outputs, missing } = await effects.hashOutputs(stage);
    if (missing.length) {
        throw (0,train_errors/* stageFailure */.v)(stage, `the command did not produce ${missing.map((path) => `"${path}"`).join(', ')}`, {
            hint: 'write every declared out, metrics and plots file, or remove it from the stage',
        });
    }
    return { result, outputs, metrics: await effects.readMetrics(stage) };
}
/**
 * One stage: fingerprint, then restore from the cache and skip, or run (twice with verify), check the
 * outputs, and save them. Never throws: a failure comes back with the record that describes it, and
 * outputs of a failed run are never saved.
 */
async function reproduceStage(stage, upstream, effects, opts = {}) {
    const started = effects.now();
    let fingerprint = null;
    let inputs = null;
    let key = null;
    let hit;
    let exitCode = null;
    let resources = null;
    let verify = null;
    let outputs = [];
    let metrics = {};
    let save = null;
    const record = (status, error) => {
        const ended = effects.now();
        return {
            stage: stage.name,
            status,
            fingerprint,
            inputs,
            cache: key ? { key, hit: hit !== undefined, source: hit?.source ?? null, save } : null,
            exitCode,
            startedAt: started.toISOString(),
            endedAt: ended.toISOString(),
            durationMs: ended.getTime() - started.getTime(),
            outputs,
            metrics,
            resources,
            verify,
            error,
        };
    };
    // DVC's `frozen`: never run. The cache's outputs for this fingerprint if it has them, else the
    // workspace's as they are; with neither there is nothing to use, which the user must resolve.
    const frozenStage = async () => {
        hit = key ? await effects.restore(stage, key) : undefined;
        if (hit) {
            effects.log(`Stage '${stage.name}' is frozen: not run, outputs restored from the ${hit.source} cache`);
            outputs = hit.outputs;
            metrics = await effects.readMetrics(stage);
            return { record: record('cached', null) };
        }
        const present = await effects.hashOutputs(stage);
        if (present.missing.length) {
            throw (0,train_errors/* stageUsageError */.g)(stage, `is frozen, and ${present.missing.map((path) => `"${path}"`).join(', ')} ${present.missing.length === 1 ? 'is' : 'are'} neither cached nor in the workspace`, { hint: 'unfreeze the stage (`frozen: false`) to produce it, or restore the file' });
        }
        effects.log(`Stage '${stage.name}' is frozen: not run, its outputs are used as they are in the workspace`);
        outputs = present.outputs;
        metrics = await effects.readMetrics(stage);
        return { record: record('frozen', null) };
    };
    try {
        // DVC does not look at a frozen stage's deps: one that cannot be hashed (a dep gone) is no reason to
        // fail, the workspace's outputs are used as they are.
        const computed = await stageFingerprint(stage, upstream, effects).catch((error) => {
            if (stage.frozen && error instanceof errors/* MlciError */.sc && error.exitCode === 2)
                return undefined;
            throw error;
        });
        if (!computed)
            return await frozenStage();
        ({ fingerprint, inputs } = computed);
        key = cacheKey(stage, fingerprint);
        if (stage.frozen)
            return await frozenStage();
        hit = opts.force || stage.alwaysChanged ? undefined : await effects.restore(stage, key);
        const exact = hit !== undefined;
        if (!hit && !opts.force && !stage.alwaysChanged)
            hit = await restoreByBytes(stage, inputs, effects);
        if (hit && !stage.verify) {
            effects.log(`Stage '${stage.name}' didn't change, skipping (fingerprint ${fingerprint.slice(0, 12)}, restored from ${hit.source} cache)`);
            outputs = hit.outputs;
            metrics = await effects.readMetrics(stage);
            // Found under the bytes-only fingerprint: keep them under this one too, so the next run hits directly.
            if (!exact)
                save = await effects
                    .save(stage, key, outputs, inputs)
                    .catch((error) => `failed: ${(0,errors/* messageOf */.bD)(error)}`);
            return { record: record('cached', null) };
        }
        effects.log(`Running stage '${stage.name}' (fingerprint ${fingerprint.slice(0, 12)}${opts.force ? ', forced' : stage.alwaysChanged ? ', always changed' : ''})`);
        const cachedRun = hit ? { outputs: hit.outputs, metrics: await effects.readMetrics(stage) } : undefined;
        const onResult = (result) => {
            exitCode = result.exitCode;
            resources = result.resources;
        };
        const first = await runOnce(stage, computed.params, effects, onResult);
        outputs = first.outputs;
        metrics = first.metrics;
        if (stage.verify) {
            let baseline = cachedRun;
            if (!baseline) {
                effects.log(`Verifying stage '${stage.name}': running it a second time`);
                baseline = first;
                const again = await runOnce(stage, computed.params, effects, () => { });
                outputs = again.outputs;
                metrics = again.metrics;
            }
            verify = compareRuns(baseline, { outputs, metrics }, cachedRun ? 'cache' : 'run');
            if (!verify.identical) {
                throw (0,train_errors/* stageFailure */.v)(stage, `is not reproducible: ${describeDifferences(verify)}`, {
                    hint: 'seed every random generator from MLCI_SEED and avoid wall-clock or thread-order effects (docs/train.md)',
                });
            }
            effects.log(`Stage '${stage.name}' is reproducible: ${outputs.length} output file(s) identical`);
        }
        // A cache problem never fails the stage (the stores warn themselves; this catches the rest).
        if (!hit)
            save = await effects.save(stage, key, outputs, inputs).catch((error) => `failed: ${(0,errors/* messageOf */.bD)(error)}`);
        return { record: record('ran', null) };
    }
    catch (thrown) {
        const failure = thrown instanceof errors/* MlciError */.sc ? thrown : (0,train_errors/* stageFailure */.v)(stage, (0,errors/* messageOf */.bD)(thrown), { cause: thrown });
        return { record: record('failed', failure.message), failure };
    }
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

/***/ 31322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ effectsContext)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/train/triggers.js
var triggers = __webpack_require__(96610);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./build/platform/git/run.js
var run = __webpack_require__(45092);
;// CONCATENATED MODULE: ./build/platform/git/blob-ids.js



const idOf = (oid) => `git-${oid.length === 40 ? 'sha1' : 'sha256'}:${oid}`;
/** `git hash-object --stdin-paths`: the ids the index would get, with .gitattributes filters (LFS, eol) applied. */
function hashObjects(top, paths) {
    if (paths.length === 0)
        return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-C', top, 'hash-object', '--stdin-paths'], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => {
            out += chunk.toString();
        });
        child.stderr.on('data', (chunk) => {
            err += chunk.toString();
        });
        child.on('error', reject);
        child.on('close', (code) => {
            const oids = out.trim().split('\n');
            if (code !== 0 || oids.length !== paths.length)
                return reject(new Error(`git hash-object failed: ${err.trim()}`));
            resolve(new Map(paths.map((path, i) => [path, idOf(oids[i])])));
        });
        child.stdin.end(`${paths.map((path) => (0,external_node_path_.relative)(top, path).split(external_node_path_.sep).join('/')).join('\n')}\n`);
    });
}
/**
 * Git's blob ids of tracked files. A blob id is sha1("blob <size>\0" + content) of the cleaned content: a
 * content id in its own right, known without reading the file. `git status` refreshes the index first, so
 * a file edited since checkout (even within the same second: git handles "racy clean") is not taken from
 * the index; git hashes it again. Conflicted entries, submodules and symlinks are not tracked files here.
 * Files with clean filters (LFS, eol conversion) get the id of the cleaned content, which still changes
 * exactly when the content does. Git hashes with collision-detecting SHA-1 (sha1dc).
 */
async function gitBlobIds(cwd) {
    const ids = new Map();
    const tracked = new Set();
    const at = BigInt(Date.now()) * 1000000n;
    const none = { ids, tracked, at, hashObjects: async () => new Map() };
    // All three at once (each is a process start, about all of a small repository's cost), from `cwd`:
    // porcelain status paths are always relative to the top, and ls-files gets the whole tree with `:/` and
    // --full-name. The staged ids ls-files prints do not depend on the stat refresh status may write.
    const [top, status, listing] = await Promise.all([
        (0,run/* tryGit */.Ii)(cwd, ['rev-parse', '--show-toplevel']),
        (0,run/* gitOutput */.oM)(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--ignore-submodules=all']),
        // --no-literal-pathspecs: `:/` stays "the top" even under GIT_LITERAL_PATHSPECS=1.
        (0,run/* gitOutput */.oM)(cwd, ['--no-literal-pathspecs', 'ls-files', '-s', '-z', '--full-name', '--', ':/']),
    ]);
    if (!top)
        return none;
    if (status === undefined || listing === undefined)
        return none;
    const dirty = new Set();
    const records = status.split('\0');
    for (let i = 0; i < records.length; i++) {
        const record = records[i];
        if (record.length < 4)
            continue;
        const [x, y] = [record[0], record[1]];
        if (y !== ' ')
            dirty.add(record.slice(3));
        if (x === 'R' || x === 'C')
            i++; // the next record is the rename's source path
    }
    for (const line of listing.split('\0')) {
        const match = /^(\d{6}) ([0-9a-f]{40,64}) (\d)\t(.*)$/s.exec(line);
        if (!match)
            continue;
        const [, mode, oid, stage, path] = match;
        if (stage !== '0' || mode === '160000' || mode === '120000')
            continue;
        const abs = (0,external_node_path_.join)(top, path);
        tracked.add(abs);
        if (!dirty.has(path))
            ids.set(abs, idOf(oid));
    }
    return { ids, tracked, at, hashObjects: (paths) => hashObjects(top, paths) };
}
/**
 * gitBlobIds(cwd), taken when first asked for and then shared: a run whose stages read no file (no deps, no
 * lockfile) never starts git, and one that does asks while it stats the files, not before. The snapshot's
 * `at` is when git was asked, so a file changed before that is judged by git's view at that time.
 */
function lazyGitIds(cwd) {
    let taken;
    return () => {
        taken ??= gitBlobIds(cwd);
        return taken;
    };
}

// EXTERNAL MODULE: ./build/platform/process/hash-state.js
var hash_state = __webpack_require__(10838);
;// CONCATENATED MODULE: ./build/platform/train/context.js




/**
 * Everything the stage effects need for this run. The cache stores (Actions cache, registry client, their
 * archive code: ~170 kB of bundle) load only when a cache is on, so `mlci fingerprint` never parses them.
 */
async function effectsContext(io, choice, root) {
    const store = choice.cache === 'none' ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(7746), __webpack_require__.e(3183)]).then(__webpack_require__.bind(__webpack_require__, 73183))).cacheStore(io, choice, root);
    return {
        io,
        root,
        state: await hash_state/* HashState */.S.load((0,external_node_path_.resolve)(root, choice['cache-dir'], 'hash-state.json')),
        git: lazyGitIds(root),
        store,
        saveBlocked: (0,triggers/* saveBlockedBy */.$J)(io.env.GITHUB_EVENT_NAME ?? ''),
    };
}


/***/ }),

/***/ 50077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ stageEffects)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/train/errors.js
var train_errors = __webpack_require__(25488);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/core/train/metrics.js

/**
 * Python's json.dumps writes bare NaN, Infinity and -Infinity by default, so training scripts' metrics
 * files contain them. Policy: accept them and keep them visible as the strings 'NaN', 'Infinity',
 * '-Infinity' (never as 0 or null, which a gate could compare as a number). Strings are left alone.
 */
function withNonFiniteQuoted(text) {
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            out += ch;
            if (ch === '\\')
                out += text[++i] ?? '';
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        const word = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
        if (!inString && word) {
            out += `"${word[1]}"`;
            i += word[1].length - 1;
            continue;
        }
        out += ch;
    }
    return out;
}
/** Numeric leaves of a metrics file, flattened to dotted keys ('eval.accuracy'); other leaves are left out. */
function flattenMetrics(tree, prefix = '') {
    const out = {};
    if (typeof tree === 'number') {
        out[prefix] = Number.isFinite(tree) ? tree : String(tree);
    }
    else if (tree === 'NaN' || tree === 'Infinity' || tree === '-Infinity') {
        out[prefix] = tree;
    }
    else if (tree && typeof tree === 'object') {
        for (const [key, value] of Object.entries(tree)) {
            Object.assign(out, flattenMetrics(value, prefix ? `${prefix}.${key}` : key));
        }
    }
    return out;
}
/** Parses a metrics file's text (JSON, with Python's NaN/Infinity, or YAML) into flattened values. */
function parseMetrics(file, text) {
    if (/\.ya?ml$/i.test(file))
        return flattenMetrics((0,dist/* parse */.qg)(text, { maxAliasCount: 100 }));
    return flattenMetrics(JSON.parse(withNonFiniteQuoted(text)));
}

// EXTERNAL MODULE: ./build/core/train/glob.js
var glob = __webpack_require__(53889);
// EXTERNAL MODULE: ./build/core/train/paths.js
var paths = __webpack_require__(9015);
// EXTERNAL MODULE: ./build/core/train/stage.js
var train_stage = __webpack_require__(78029);
;// CONCATENATED MODULE: ./build/core/train/tools.js
/** Shell builtins and keywords: not programs with a version. */
const BUILTINS = new Set(('cd echo export set unset test [ [[ true false exit source . eval exec if then else elif fi for while do ' +
    'done case esac function return shift trap umask wait read printf pwd time env sudo nohup nice mkdir rm ' +
    'cp mv ls cat touch').split(' '));
/**
 * The programs a stage command names: the first word of each simple command (after `&&`, `||`, `;`,
 * `|`, newlines and `VAR=value` prefixes), less shell builtins and coreutils. `python3 train.py && dvc
 * push` -> ['python3', 'dvc']. A heuristic by design: `tools:` in the stage adds what it misses.
 */
function toolsNamedIn(cmd) {
    const tools = new Set();
    for (const segment of cmd.split(/&&|\|\||[;|\n]/)) {
        const words = segment.trim().split(/\s+/).filter(Boolean);
        const first = words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
        if (!first || /^[#(){}]/.test(first))
            continue;
        const name = first.replace(/^["']|["']$/g, '');
        if (!BUILTINS.has(name))
            tools.add(name);
    }
    return [...tools];
}
/** Lockfiles whose hash goes into every fingerprint when present at the workspace root or the stage's wdir. */
const LOCKFILES = [
    'requirements.txt',
    'poetry.lock',
    'uv.lock',
    'Pipfile.lock',
    'pdm.lock',
    'environment.yml',
    'environment.yaml',
    'conda-lock.yml',
    'package-lock.json',
    'pnpm-lock.yaml',
    'yarn.lock',
];

// EXTERNAL MODULE: ./build/platform/cache/outputs.js
var outputs = __webpack_require__(74617);
// EXTERNAL MODULE: ./build/platform/process/content-ids.js
var content_ids = __webpack_require__(10142);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./build/platform/process/resources.js

// USER_HZ: the unit of /proc CPU times. 100 on every mainstream Linux architecture (the kernel ABI
// fixes it, whatever CONFIG_HZ is); Node has no sysconf(_SC_CLK_TCK) to ask.
const USER_HZ = 100;
const SAMPLE_MS = 100;
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Fields after the command name of /proc/<pid>/stat (field 3 = index 0). */
function statFields(pid) {
    const text = readText(`/proc/${pid}/stat`);
    return text?.slice(text.lastIndexOf(')') + 2).split(' ');
}
/** User and system CPU of this process's reaped children, in ms (fields 16 and 17: cutime, cstime). */
function childrenCpuMs() {
    const fields = statFields('self');
    if (!fields)
        return undefined;
    return { user: (Number(fields[13]) * 1000) / USER_HZ, system: (Number(fields[14]) * 1000) / USER_HZ };
}
/** VmHWM (the kernel's peak RSS of one process) of `pid`, in bytes; 0 once it is gone. */
function processPeakRss(pid) {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? '');
    return hwm ? Number(hwm[1]) * 1024 : 0;
}
/** Largest VmHWM among the processes of process group `pgid`, in bytes. */
function groupPeakRss(pgid) {
    let peak = 0;
    let pids;
    try {
        pids = (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name));
    }
    catch {
        return 0;
    }
    for (const pid of pids) {
        const fields = statFields(pid);
        if (!fields || Number(fields[2]) !== pgid)
            continue; // field 5: process group
        peak = Math.max(peak, processPeakRss(pid));
    }
    return peak;
}
/**
 * Measures a command's process tree. On Linux: peak memory is the largest VmHWM (the kernel's own
 * per-process high-water mark) seen among the tree's processes — process group `pgid` and whatever
 * `members` lists (the tree tracker's: a `setsid` descendant has left the group) — sampled every 100 ms,
 * so a process that lives less than that can be missed; CPU time is exact, from the cutime/cstime the kernel adds to this
 * process when it reaps the command (which includes the command's own reaped children). Elsewhere it
 * reports null with the reason: Node exposes no getrusage(RUSAGE_CHILDREN).
 */
function watchResources(pgid, members) {
    if (process.platform !== 'linux' || !childrenCpuMs()) {
        return {
            stop: () => ({
                peakRssBytes: null,
                cpuUserMs: null,
                cpuSystemMs: null,
                method: `not measured on ${process.platform}: Node has no getrusage(RUSAGE_CHILDREN)`,
            }),
        };
    }
    const before = childrenCpuMs();
    let peak = groupPeakRss(pgid);
    const sample = () => {
        peak = Math.max(peak, groupPeakRss(pgid));
        members?.().then((pids) => {
            for (const pid of pids)
                peak = Math.max(peak, processPeakRss(pid));
        }, () => { });
    };
    sample();
    const timer = setInterval(sample, SAMPLE_MS);
    timer.unref();
    return {
        stop: () => {
            clearInterval(timer);
            const after = childrenCpuMs();
            return {
                peakRssBytes: peak || null,
                cpuUserMs: Math.round(after.user - before.user),
                cpuSystemMs: Math.round(after.system - before.system),
                method: 'linux: largest /proc VmHWM of the process tree (its group and every descendant seen) sampled every 100 ms; CPU from reaped children',
            };
        },
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/platform/process/cgroup.js



// A cgroup v2 per stage holds every process the command starts, whatever it does to its session or
// group (setsid, double fork): the kernel puts a child in its parent's cgroup and only a privileged
// write moves it out. It needs a writable cgroup v2 hierarchy (root in a container with its own cgroup
// namespace, a systemd delegated scope); GitHub's hosted runners do not give the runner user one, so
// process-tree.ts falls back to walking /proc. Node cannot make mlci a child subreaper
// (PR_SET_CHILD_SUBREAPER needs prctl, i.e. native code, which DESIGN.md rules out).
/** The cgroup v2 directory this process lives in, if the v2 hierarchy is mounted. */
function ownCgroupDir() {
    try {
        const line = (0,external_node_fs_.readFileSync)('/proc/self/cgroup', 'utf8')
            .split('\n')
            .find((l) => l.startsWith('0::'));
        const mount = (0,external_node_fs_.readFileSync)('/proc/self/mountinfo', 'utf8')
            .split('\n')
            .find((l) => l.includes(' - cgroup2 '));
        if (!line || !mount)
            return undefined;
        return (0,external_node_path_.join)(mount.split(' ')[4], line.slice(3));
    }
    catch {
        return undefined;
    }
}
let counter = 0;
let usable;
/** Joins the cgroup whose cgroup.procs is $0, then becomes the command (`exec` keeps the pid). */
const JOIN = '{ echo 0 > "$0"; } 2>/dev/null; exec "$@"';
/**
 * The parent directory for stage cgroups, if this process may create cgroups and move processes into
 * them. Decided once per process by a probe: a `sh` joins a fresh cgroup and the cgroup is removed.
 */
function cgroupParent() {
    if (usable !== undefined)
        return usable || undefined;
    usable = false;
    if (process.platform !== 'linux')
        return undefined;
    const parent = ownCgroupDir();
    if (!parent || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(parent, 'cgroup.procs')))
        return undefined;
    const probe = (0,external_node_path_.join)(parent, `mlci-probe-${process.pid}`);
    try {
        (0,external_node_fs_.mkdirSync)(probe);
    }
    catch {
        return undefined;
    }
    const joined = (0,external_node_child_process_.spawnSync)('/bin/sh', ['-c', 'echo 0 > "$0"', (0,external_node_path_.join)(probe, 'cgroup.procs')], {
        stdio: 'ignore',
    });
    try {
        (0,external_node_fs_.rmdirSync)(probe);
    }
    catch {
        // Still populated a moment after the probe exits on some kernels; harmless and empty soon.
    }
    if (joined.status === 0)
        usable = parent;
    return usable || undefined;
}
/** A fresh cgroup for one command, or undefined where cgroups cannot be used (then walk /proc). */
function createStageCgroup() {
    const parent = cgroupParent();
    if (!parent)
        return undefined;
    const dir = (0,external_node_path_.join)(parent, `mlci-${process.pid}-${++counter}`);
    try {
        (0,external_node_fs_.mkdirSync)(dir);
    }
    catch {
        return undefined;
    }
    return {
        dir,
        wrap: (file, args) => ({ file: '/bin/sh', args: ['-c', JOIN, (0,external_node_path_.join)(dir, 'cgroup.procs'), file, ...args] }),
        pids() {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
            }
            catch {
                return [];
            }
        },
        killAll() {
            try {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'cgroup.kill'), '1');
                return true;
            }
            catch {
                return false;
            }
        },
        remove() {
            try {
                (0,external_node_fs_.rmdirSync)(dir);
            }
            catch {
                // Not empty (a process in uninterruptible sleep): the kernel frees it once the process is gone.
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platform/process/process-table.js
// Pure rules over a snapshot of the OS process table: which processes belong to a stage's tree. The
// snapshots come from /proc (Linux), `ps` (macOS) or CIM (Windows); see process-tree.ts.
/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself hold spaces and
 * ')', so the fields are counted from the LAST ')'. Returns undefined for text that is not a stat line.
 */
function parseProcStat(text) {
    const close = text.lastIndexOf(')');
    const pid = Number.parseInt(text, 10);
    if (close < 0 || !Number.isInteger(pid))
        return undefined;
    // fields[0] is field 3 (state); ppid 4, pgrp 5, session 6, starttime 22 (proc(5)).
    const fields = text.slice(close + 2).split(' ');
    const num = (index) => Number(fields[index]);
    if (fields.length < 20 || [1, 2, 3, 19].some((i) => !Number.isFinite(num(i))))
        return undefined;
    return { pid, ppid: num(1), pgrp: num(2), session: num(3), start: num(19), state: fields[0] ?? '' };
}
/** Whether a row is a process that can still run (not a zombie waiting to be reaped). */
const isAlive = (row) => row.state !== 'Z' && row.state !== 'X';
/**
 * The pids of a stage's tree in `rows`: the root; every process of its session or process group; every
 * process seen in the tree before (`known`: pid → start, so a reused pid does not count); and, to a
 * fixpoint, every child of one of those. Anything started before the root is left out, which keeps an
 * unrelated process that reused a pid (or leads a new session with the root's old pid) safe.
 */
function treeMembers(rows, root, known = new Map()) {
    const candidates = rows.filter((row) => row.start >= root.start);
    const members = new Map();
    for (const row of candidates) {
        const inGroup = root.pid > 0 && (row.session === root.pid || row.pgrp === root.pid);
        if (row.pid === root.pid || inGroup || known.get(row.pid) === row.start)
            members.set(row.pid, row);
    }
    for (let grew = true; grew;) {
        grew = false;
        for (const row of candidates) {
            // The root counts as a parent even when it has exited (Windows does not re-parent its children).
            if (!members.has(row.pid) && (members.has(row.ppid) || row.ppid === root.pid)) {
                members.set(row.pid, row);
                grew = true;
            }
        }
    }
    return [...members.values()];
}
/**
 * Parses `ps -A -o pid=,ppid=,pgid=` (macOS, BSD): one process per line. `ps` gives no start time in a
 * comparable unit, so every row gets start 0 (a root with start 0 accepts them all).
 */
function parsePs(text) {
    return text
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number))
        .filter((cols) => cols.length >= 3 && cols.slice(0, 3).every(Number.isInteger))
        .map(([pid, ppid, pgrp]) => ({ pid: pid, ppid: ppid, pgrp: pgrp, session: -1, start: 0, state: '' }));
}
/**
 * Parses lines `<ProcessId> <ParentProcessId> <CreationDate as ms since the epoch>` (written by the
 * PowerShell CIM query of process-tree.ts). Windows keeps a process's ParentProcessId after the parent
 * exits (nothing is re-parented), which is what lets mlci find what a finished shell left behind.
 */
function parseWindowsProcesses(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim().split(/\s+/).map(Number))
        .filter((cols) => cols.length === 3 && cols.every(Number.isFinite))
        .map(([pid, ppid, start]) => ({
        pid: pid,
        ppid: ppid,
        pgrp: -1,
        session: -1,
        start: start,
        state: '',
    }));
}

;// CONCATENATED MODULE: ./build/platform/process/process-tree.js





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const POLL_MS = 100;
function procRows() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name));
    }
    catch {
        return [];
    }
    const rows = [];
    for (const name of names) {
        try {
            const row = parseProcStat((0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8'));
            if (row)
                rows.push(row);
        }
        catch {
            // Exited between readdir and read.
        }
    }
    return rows;
}
const procStart = (pid) => {
    try {
        return parseProcStat((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'))?.start;
    }
    catch {
        return undefined;
    }
};
function signalAll(pids, signal) {
    return pids.filter((pid) => {
        try {
            process.kill(pid, signal);
            return true;
        }
        catch {
            return false; // already gone
        }
    });
}
/**
 * Linux: a cgroup where one can be made (every descendant, setsid or not), otherwise /proc polled every
 * 100 ms: the session and group the shell leads, plus every process ever seen in the tree and its
 * children. The poll is what finds a `setsid` descendant after its parent has exited; one started and
 * orphaned within a single poll interval can still escape, and the message does not claim otherwise.
 */
function linuxTracker(useCgroup) {
    const cgroup = useCgroup ? createStageCgroup() : undefined;
    return {
        wrap: (file, args) => (cgroup ? cgroup.wrap(file, args) : { file, args: [...args] }),
        start(pid) {
            // Nothing of the tree started before mlci did: a floor for the root's start until it can be read.
            const root = { pid, start: procStart(pid) ?? procStart('self') ?? 0 };
            const known = new Map();
            const scan = () => {
                const rows = treeMembers(procRows(), root, known);
                const inCgroup = new Set(cgroup?.pids() ?? []);
                for (const row of rows)
                    known.set(row.pid, row.start);
                const alive = rows.filter(isAlive).map((row) => row.pid);
                return [...new Set([...alive, ...inCgroup])];
            };
            const timer = cgroup ? undefined : setInterval(scan, POLL_MS);
            timer?.unref();
            scan();
            return {
                method: cgroup ? 'its cgroup' : '/proc: its session, process group and every descendant seen',
                members: async () => scan(),
                async kill(signal) {
                    const pids = signalAll(scan(), signal);
                    if (signal === 'SIGKILL')
                        cgroup?.killAll();
                    return pids;
                },
                close() {
                    if (timer)
                        clearInterval(timer);
                    cgroup?.remove();
                },
            };
        },
    };
}
/** macOS and other POSIX: the process group the shell leads, and the children of its members (`ps`). */
function psTracker() {
    return {
        wrap: (file, args) => ({ file, args: [...args] }),
        start(pid) {
            const scan = async () => {
                const { stdout } = await run('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' }).catch(() => ({ stdout: '' }));
                return treeMembers(parsePs(stdout), { pid, start: 0 }).map((row) => row.pid);
            };
            return {
                method: 'ps: its process group and their children',
                members: scan,
                async kill(signal) {
                    return signalAll(await scan(), signal);
                },
                close() { },
            };
        },
    };
}
// CreationDate as ms since the epoch: Windows keeps ParentProcessId after the parent exits, so this finds
// what a finished shell left behind. Untested here: no Windows runner (docs/train.md says so).
const CIM_QUERY = "Get-CimInstance Win32_Process | ForEach-Object { '{0} {1} {2}' -f $_.ProcessId, $_.ParentProcessId, [long]($_.CreationDate.ToUniversalTime() - [datetime]'1970-01-01').TotalMilliseconds }";
/** Windows: the shell's descendants by ParentProcessId (CIM), each killed with `taskkill /T /F`. */
function windowsTracker() {
    return {
        wrap: (file, args) => ({ file, args: [...args] }),
        start(pid, running) {
            const root = { pid, start: Date.now() - 1000 };
            const scan = async () => {
                const { stdout } = await run('powershell.exe', ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', CIM_QUERY], { encoding: 'utf8', windowsHide: true }).catch(() => ({ stdout: '' }));
                return treeMembers(parseWindowsProcesses(stdout), root).map((row) => row.pid);
            };
            return {
                method: 'CIM ParentProcessId walk, taskkill /T /F',
                members: scan,
                async kill() {
                    // The shell itself by pid while it runs, even if the CIM query failed (taskkill /T takes its
                    // live tree); after it exited its pid may be reused, so then only what the query found.
                    const found = await scan();
                    const pids = running() && !found.includes(pid) ? [pid, ...found] : found;
                    await Promise.all(pids.map((member) => taskkill(member)));
                    return pids;
                },
                close() { },
            };
        },
    };
}
/** `taskkill /T /F` on one pid: the process and its live descendants, forcibly (Windows has no SIGTERM). */
function taskkill(pid) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
            .on('error', () => resolve())
            .on('exit', () => resolve());
    });
}
/** The tracker for this OS. `cgroup: false` forces the /proc walk on Linux (tests exercise both). */
function treeTracker(options = {}) {
    if (process.platform === 'win32')
        return windowsTracker();
    if (process.platform === 'linux')
        return linuxTracker(options.cgroup ?? true);
    return psTracker();
}

;// CONCATENATED MODULE: ./build/platform/process/shell.js
/** The default shell: bash on Linux and macOS, pwsh on Windows (as GitHub's `run:` steps). */
function defaultShell(platform = process.platform) {
    return platform === 'win32' ? 'pwsh' : 'bash';
}
/**
 * Program and arguments that run `cmd` in `shell`, with the fail-fast flags GitHub's `shell:` uses.
 * `verbatim`: pass the arguments to Windows as they are (windowsVerbatimArguments), for cmd.exe, which
 * parses its own command line and does not undo the C runtime's `\"` quoting Node would otherwise add.
 */
function shellCommand(shell, cmd) {
    switch (shell) {
        case 'bash':
            return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', cmd], verbatim: false };
        case 'sh':
            return { file: 'sh', args: ['-e', '-c', cmd], verbatim: false };
        case 'pwsh':
        case 'powershell': {
            // GitHub wraps pwsh the same way: stop on errors, and exit with the last native exit code.
            const script = `$ErrorActionPreference = 'stop'\n${cmd}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`;
            return {
                file: shell,
                args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script],
                verbatim: false,
            };
        }
        case 'cmd':
            // `/S /C "<cmd>"`: cmd.exe drops the first and the last quote and runs what is between exactly as
            // written (quotes, `&`, `^` included), as GitHub's own `shell: cmd` wrapper relies on.
            return { file: 'cmd.exe', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', `"${cmd}"`], verbatim: true };
    }
}
/**
 * Variables passed through from the outer environment to every stage: what programs need to start at
 * all (PATH, HOME, locale, temp dirs, Windows system dirs). Nothing else leaks in unless declared.
 */
const PASS_THROUGH = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LC_ALL',
    'LC_CTYPE',
    'TERM',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SystemRoot',
    'SYSTEMROOT',
    'ComSpec',
    'COMSPEC',
    'PATHEXT',
    'WINDIR',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'ProgramData',
    'ProgramFiles',
    'ProgramFiles(x86)',
    'HOMEDRIVE',
    'HOMEPATH',
];

;// CONCATENATED MODULE: ./build/platform/process/run-command.js





// A line longer than this is passed on in pieces: a command that never prints a line break must not
// grow mlci's memory.
const MAX_LINE = 64 * 1024;
/**
 * Cuts a command's output into lines at LF, CRLF and a lone CR, as the runner does when it reads the log
 * (a progress bar's CR starts a new line there): every segment reaches onLine, so each gets the stage
 * prefix and none can begin a workflow command of its own.
 */
function lineSplitter(onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let rest = '';
    const take = (text) => {
        rest += text;
        let start = 0;
        for (let i = 0; i < rest.length; i++) {
            const ch = rest.charCodeAt(i);
            if (ch !== 10 && ch !== 13)
                continue;
            // A CR at the very end may be the first half of a CRLF split across two chunks: wait for the next.
            if (ch === 13 && i === rest.length - 1)
                break;
            onLine(rest.slice(start, i));
            if (ch === 13 && rest.charCodeAt(i + 1) === 10)
                i++;
            start = i + 1;
        }
        rest = rest.slice(start);
        while (rest.length > MAX_LINE) {
            onLine(rest.slice(0, MAX_LINE));
            rest = rest.slice(MAX_LINE);
        }
    };
    return {
        push(chunk) {
            take(decoder.write(chunk));
        },
        flush() {
            take(decoder.end());
            if (rest.endsWith('\r'))
                rest = rest.slice(0, -1);
            if (rest)
                onLine(rest);
            rest = '';
        },
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** SIGTERM to every live process of the tree, then SIGKILL to those still alive after `graceMs`. */
async function endTree(tree, graceMs) {
    const termed = await tree.kill('SIGTERM');
    if (!termed.length)
        return { termed, forced: [] };
    for (const deadline = Date.now() + graceMs; Date.now() < deadline;) {
        await sleep(50);
        if (!(await tree.members()).length)
            return { termed, forced: [] };
    }
    return { termed, forced: await tree.kill('SIGKILL') };
}
const plural = (n) => `${n} process${n === 1 ? '' : 'es'}`;
/** What was killed, in words true to what happened: "killed 3 processes found through its cgroup …". */
function describeKill(ended, method) {
    if (!ended.termed.length)
        return `no process of the tree was left to kill (tracked through ${method})`;
    const forced = ended.forced.length ? `; ${plural(ended.forced.length)} ignored it and got SIGKILL` : '';
    return `sent SIGTERM to ${plural(ended.termed.length)} found through ${method}${forced}`;
}
/** Waits for the output pipes to close, at most `ms`; a process outside the tree may still hold them. */
function pipesClosed(child, ms) {
    const open = [child.stdout, child.stderr].filter((s) => !!s && !s.closed);
    if (!open.length)
        return Promise.resolve(true);
    return Promise.race([
        Promise.all(open.map((s) => new Promise((resolve) => s.once('close', resolve)))).then(() => true),
        sleep(ms).then(() => false),
    ]);
}
/**
 * Runs a stage command in its shell with exactly `env`, streaming its output line by line. The stage owns
 * its whole process tree: when the shell exits, whatever it left running (`tensorboard &`, a `setsid`
 * daemon) gets SIGTERM, then SIGKILL after the grace period, and mlci stops waiting on output pipes those
 * processes inherited; on timeout the same happens to the whole tree, shell included.
 */
function runCommand(cmd, options) {
    const shell = shellCommand(options.shell, cmd);
    const tracker = treeTracker({ cgroup: options.cgroup });
    const { file, args } = tracker.wrap(shell.file, shell.args);
    const graceMs = (options.killGrace ?? 5) * 1000;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: { ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own session and process group on POSIX (setsid), so the tree can be found and signalled.
            detached: process.platform !== 'win32',
            windowsHide: true,
            // cmd.exe parses its own command line: Node's C-runtime quoting would mangle `cmd` (shell.ts).
            windowsVerbatimArguments: shell.verbatim,
        });
        const running = () => child.exitCode === null && child.signalCode === null;
        const tree = child.pid ? tracker.start(child.pid, running) : undefined;
        const watch = child.pid ? watchResources(child.pid, tree ? () => tree.members() : undefined) : undefined;
        const out = lineSplitter(options.onLine);
        const err = lineSplitter(options.onLine);
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        let timedOut = false;
        let ending;
        const end = () => (ending ??= tree ? endTree(tree, graceMs) : Promise.resolve({ termed: [], forced: [] }));
        const timer = options.timeout > 0
            ? setTimeout(() => {
                timedOut = true;
                void end();
            }, options.timeout * 1000)
            : undefined;
        // The command leads its own session, so a signal to mlci (a cancelled job) would not reach it: take
        // the tree down, then let the signal do what it would have done.
        const onSignal = (signal) => {
            // The group synchronously (the process exits right after), then whatever else the tracker knows.
            if (child.pid) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // Already gone.
                }
            }
            void tree?.kill('SIGKILL');
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
            process.kill(process.pid, signal);
        };
        if (process.platform !== 'win32') {
            process.once('SIGINT', onSignal);
            process.once('SIGTERM', onSignal);
        }
        const finish = async (exitCode, signal, spawnError) => {
            if (timer)
                clearTimeout(timer);
            // The shell is gone; what it left behind goes too (a stage owns its whole tree).
            const ended = await end();
            const closed = await pipesClosed(child, 1000);
            if (!closed) {
                child.stdout.destroy();
                child.stderr.destroy();
            }
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
            tree?.close();
            out.flush();
            err.flush();
            if (spawnError)
                options.onLine(`cannot start ${file}: ${spawnError.message}`);
            const killed = tree ? describeKill(ended, tree.method) : null;
            if (!timedOut && ended.termed.length) {
                options.onNote?.(`the command exited and left ${plural(ended.termed.length)} running: ${killed}`);
            }
            if (!closed) {
                options.onNote?.('output pipes stayed open after the tree was killed (a process outside it holds them): stopped reading');
            }
            const resources = watch?.stop() ?? {
                peakRssBytes: null,
                cpuUserMs: null,
                cpuSystemMs: null,
                method: 'not measured: the command did not start',
            };
            resolve({ exitCode: spawnError ? 127 : exitCode, signal, timedOut, resources, killed });
        };
        let done = false;
        child.on('error', (error) => {
            if (done || child.pid)
                return;
            done = true;
            void finish(null, null, error);
        });
        // 'exit', not 'close': 'close' waits for every holder of the pipes, background processes included.
        child.on('exit', (code, signal) => {
            if (done)
                return;
            done = true;
            void finish(code, signal);
        });
    });
}

;// CONCATENATED MODULE: ./build/platform/process/tool-version.js



/** The absolute path `name` runs as, looked up on PATH (with PATHEXT on Windows), or undefined. */
function which(name, path) {
    const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    const candidates = (0,external_node_path_.isAbsolute)(name)
        ? [name]
        : (path ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map((dir) => (0,external_node_path_.join)(dir, name));
    for (const candidate of candidates) {
        for (const ext of exts) {
            try {
                (0,external_node_fs_.accessSync)(candidate + ext, external_node_fs_.constants.X_OK);
                return candidate + ext;
            }
            catch {
                // next
            }
        }
    }
    return undefined;
}
/**
 * `tool --version`'s first line. Only programs found on PATH or by absolute path outside the workspace
 * are asked: a script of the repository (`./train.sh`) could do anything with `--version`, and it is
 * a dep, hashed by content, anyway.
 */
async function toolVersion(name, env, workspace) {
    if (!(0,external_node_path_.isAbsolute)(name) && /[\\/]/.test(name))
        return 'repository file (hash it as a dep)';
    const found = which(name, env.PATH ?? env.Path);
    if (!found)
        return 'not found';
    const inside = (0,external_node_path_.relative)(workspace, found);
    if (!inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
        return 'repository file (hash it as a dep)';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(found, ['--version'], { env: { ...env }, timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
            const line = `${stdout}\n${stderr}`.split(/\r?\n/).find((text) => text.trim() !== '');
            if (line)
                resolve(line.trim().slice(0, 200));
            else
                resolve(error ? `unknown (${error.message.split('\n')[0]})` : 'unknown');
        });
    });
}
/** "ubuntu 24.04" from /etc/os-release on Linux; '' elsewhere or when unreadable. */
function linuxDistro() {
    if (process.platform !== 'linux')
        return '';
    try {
        const text = (0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8');
        const field = (key) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
        return `${field('ID')} ${field('VERSION_ID')}`.trim();
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./build/core/train/determinism.js
/**
 * Variables that make common ML frameworks deterministic, each with what honours it. Exported to every
 * stage command; a variable the user declares in `env` wins (their value is fingerprinted).
 */
function determinismEnv(seed) {
    const text = String(seed);
    return {
        MLCI_SEED: text, // for the user's own code: random.seed(int(os.environ["MLCI_SEED"]))
        PYTHONHASHSEED: text, // CPython: fixes str/bytes hash randomisation (set iteration order)
        PL_GLOBAL_SEED: text, // PyTorch Lightning: seed_everything() reads it when called without a seed
        PL_SEED_WORKERS: '1', // PyTorch Lightning: seeds dataloader workers too
        CUBLAS_WORKSPACE_CONFIG: ':4096:8', // cuBLAS >= 10.2: required by torch.use_deterministic_algorithms(True)
        TF_DETERMINISTIC_OPS: '1', // TensorFlow: deterministic GPU kernels (pre-2.9 spelling, still read)
        TF_CUDNN_DETERMINISTIC: '1', // TensorFlow: deterministic cuDNN convolution algorithms
        TF_ENABLE_ONEDNN_OPTS: '0', // TensorFlow: oneDNN kernels reorder float sums between runs and CPUs
        XLA_FLAGS: '--xla_gpu_deterministic_ops=true', // JAX/XLA on GPU: deterministic reductions and scatters
        PYTHONDONTWRITEBYTECODE: '1', // no __pycache__ written next to deps (it would change directory hashes)
    };
}

// EXTERNAL MODULE: ./build/core/train/canonical.js
var canonical = __webpack_require__(41593);
;// CONCATENATED MODULE: ./build/platform/train/stage-env.js



/** The environment a stage command runs with: pass-through basics, determinism variables, declared env. */
function stageEnv(stage, outer, params) {
    const env = {};
    for (const name of [...PASS_THROUGH, ...stage.passEnv]) {
        if (outer[name] !== undefined)
            env[name] = outer[name];
    }
    Object.assign(env, determinismEnv(stage.seed));
    for (const name of stage.env)
        if (outer[name] !== undefined)
            env[name] = outer[name];
    env.MLCI_STAGE = stage.name;
    env.MLCI_PARAMS = (0,canonical/* canonicalJson */.d)(params);
    return env;
}

// EXTERNAL MODULE: ./build/platform/terminal/progress.js + 1 modules
var progress = __webpack_require__(26986);
;// CONCATENATED MODULE: ./build/platform/train/transfer-log.js

const MiB = 1024 * 1024;
/** "12 file(s), 480.0 MiB in 0.4 s (1200 MiB/s)" for cache transfers. */
function transferred(files, started) {
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = (bytes / MiB / seconds).toFixed(0);
    return `${files.length} file(s), ${(bytes / MiB).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${rate} MiB/s)`;
}
/** A progress line every 5 s while hashing (on a terminal, the updating line instead); end() when done. */
function hashProgress(io, what) {
    let files = 0;
    const task = (0,progress/* progressOrLog */.lH)(io.progress, (line) => io.log.info(line), {
        label: `hashing ${what}`,
        everyMs: 5000,
        line: (bytes, seconds) => `  hashing ${what}: ${files} file(s), ${(bytes / MiB).toFixed(0)} MiB, ${(bytes / MiB / seconds).toFixed(0)} MiB/s`,
    });
    const log = (done) => {
        files = done.files;
        task.update(done.bytes);
    };
    return Object.assign(log, { end: task.end });
}

;// CONCATENATED MODULE: ./build/platform/train/stage-effects.js


















/** The StageEffects of a real run: files, git, processes and the cache store. */
function stageEffects(ctx) {
    const { io, root } = ctx;
    const wdirOf = (stage) => (0,external_node_path_.resolve)(root, stage.wdir);
    const outputsOf = (stage) => (0,train_stage/* stageOutputs */.Tp)(stage).map((out) => (0,paths/* insideWorkspace */.C)(stage.wdir, out, `stage '${stage.name}': output`, stage.where));
    const tools = new Map();
    return {
        async hashDeps(stage) {
            try {
                const progress = hashProgress(io, `deps of '${stage.name}'`);
                const ids = await (0,content_ids/* contentIds */.e)(wdirOf(stage), stage.deps, {
                    state: ctx.state,
                    git: ctx.git,
                    onProgress: progress,
                }).finally(progress.end);
                return Object.fromEntries(Object.entries(ids).map(([dep, id]) => [(0,paths/* workspacePath */.X)(stage.wdir, dep), id]));
            }
            catch (error) {
                if (!(error instanceof content_ids/* MissingPathError */._))
                    throw error;
                const why = error.reason === 'missing' ? 'does not exist' : 'matches no file';
                throw (0,train_errors/* stageUsageError */.g)(stage, `dep "${error.path}" ${why}`, {
                    hint: 'create it, fix the path, or let an upstream stage produce it (`depends-on`)',
                });
            }
        },
        readParamsFile(stage, file) {
            const path = (0,external_node_path_.resolve)(wdirOf(stage), file);
            return (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : undefined;
        },
        async runtime(stage) {
            const env = stageEnv(stage, io.env, {});
            const names = [...new Set([...toolsNamedIn(stage.cmd), ...stage.tools])].sort();
            const versions = {};
            for (const name of names) {
                if (!tools.has(name))
                    tools.set(name, toolVersion(name, env, root));
                versions[name] = await tools.get(name);
            }
            const candidates = [...new Set(LOCKFILES.flatMap((file) => [file, (0,paths/* workspacePath */.X)(stage.wdir, file)]))];
            const present = candidates.filter((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)));
            const lockfiles = present.length
                ? await (0,content_ids/* contentIds */.e)(root, present, { state: ctx.state, git: ctx.git })
                : {};
            return { os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)(), distro: linuxDistro(), tools: versions, lockfiles };
        },
        envValue: (name) => io.env[name],
        async restore(stage, key) {
            if (!ctx.store)
                return undefined;
            const started = Date.now();
            const hit = await ctx.store.restore(key, outputsOf(stage));
            if (!hit)
                return undefined;
            io.log.info(`  restored ${transferred(hit.files, started)} from the ${hit.source} cache`);
            return {
                source: hit.source,
                outputs: hit.files.map(({ path, sha256, size }) => ({ path, sha256, size })),
            };
        },
        async save(stage, key, _outputs, inputs) {
            if (!ctx.store)
                return 'skipped: cache is off';
            if (ctx.saveBlocked) {
                io.log.notice(`cache save skipped for stage '${stage.name}': ${ctx.saveBlocked}`);
                return `skipped: ${ctx.saveBlocked}`;
            }
            const started = Date.now();
            const { files } = await (0,outputs/* hashOutputs */.JO)(root, outputsOf(stage));
            const result = await ctx.store.save({ kind: 'mlci/cache-entry', version: 1, key, inputs, files });
            if (result === 'saved')
                io.log.info(`  saved ${transferred(files, started)} to the ${ctx.store.name} cache`);
            return result;
        },
        // `persist` outputs stay: a command resuming from its checkpoint needs them (DVC `persist: true`).
        removeOutputs: (stage) => {
            const kept = new Set(stage.persist ?? []);
            const removed = (0,train_stage/* stageOutputs */.Tp)(stage).filter((out) => !kept.has(out));
            return (0,outputs/* removeOutputs */.rH)(root, removed.map((out) => (0,paths/* insideWorkspace */.C)(stage.wdir, out, `stage '${stage.name}': output`, stage.where)));
        },
        run(stage, params) {
            // pass-env is where tokens go: keep their values out of the log even if the command prints them.
            for (const name of stage.passEnv)
                if (io.env[name])
                    io.setSecret(io.env[name]);
            return runCommand(stage.cmd, {
                shell: stage.shell ?? defaultShell(),
                cwd: wdirOf(stage),
                env: stageEnv(stage, io.env, params),
                timeout: stage.timeout,
                onLine: (line) => io.log.info(`[${stage.name}] ${line}`),
                onNote: (line) => io.log.notice(`stage '${stage.name}': ${line}`),
            });
        },
        async hashOutputs(stage) {
            const { files, missing } = await (0,outputs/* hashOutputs */.JO)(root, outputsOf(stage));
            return { outputs: files.map(({ path, sha256, size }) => ({ path, sha256, size })), missing };
        },
        async readMetrics(stage) {
            const out = {};
            for (const file of stage.metrics) {
                const path = (0,paths/* workspacePath */.X)(stage.wdir, file);
                try {
                    out[path] = parseMetrics(path, await (0,promises_.readFile)((0,external_node_path_.join)(root, path), 'utf8'));
                }
                catch (error) {
                    io.log.warning(`stage '${stage.name}': cannot read metrics file ${path}: ${(0,errors/* messageOf */.bD)(error)}`);
                }
            }
            return out;
        },
        async bytesIds(stage, inputs) {
            // Nothing tracked under any dep or lockfile: no id came from git, so there is nothing to redo
            // (and an upstream stage's fresh outputs are not read a second time).
            const bases = [
                ...stage.deps.map((dep) => (0,external_node_path_.resolve)(wdirOf(stage), (0,glob/* isGlob */.fg)(dep) ? (0,glob/* globBase */.EI)(dep) : dep)),
                ...Object.keys(inputs.runtime.lockfiles).map((file) => (0,external_node_path_.resolve)(root, file)),
            ];
            const under = (file, base) => file === base || file.startsWith(`${base}${external_node_path_.sep}`);
            const { tracked } = await ctx.git();
            if (![...tracked].some((file) => bases.some((base) => under(file, base))))
                return inputs;
            // No git ids: every file's id is the sha256 of its bytes (the hash state spares re-reading).
            const deps = await (0,content_ids/* contentIds */.e)(wdirOf(stage), stage.deps, { state: ctx.state });
            const lockfiles = await (0,content_ids/* contentIds */.e)(root, Object.keys(inputs.runtime.lockfiles), { state: ctx.state });
            return {
                ...inputs,
                deps: Object.fromEntries(Object.entries(deps).map(([dep, id]) => [(0,paths/* workspacePath */.X)(stage.wdir, dep), id])),
                runtime: { ...inputs.runtime, lockfiles },
            };
        },
        now: () => new Date(),
        log: (line) => io.log.info(line),
    };
}


/***/ })

};
