export const id = 385;
export const ids = [385];
export const modules = {

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

/***/ 27827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials)
/* harmony export */ });
// Credentials written into a URL or an image reference (`https://user:pass@host/…`,
// `user:token@ghcr.io/acme/model`) must not reach a log line, an annotation or a summary. The logger and
// the summary writers pass every text through this (src/platform/inert-logger.ts).
// scheme://userinfo@ — anything up to the `@` before the host is userinfo.
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/@]+@/g;
// user:secret@host/… without a scheme, where host looks like a registry host (a dotted name or
// localhost, an optional port, then `/` or the end). `name:tag@sha256:…` is a digest, not a password:
// `sha256` has no dot, so it is left alone.
const BARE_USERINFO = /(^|[\s"'`(=,])[^\s/@:"'`]+:[^\s/@"'`]+@(?=(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:\/|$|[\s"'`)]))/g;
/** `text` with the userinfo of every URL or image reference in it replaced by `***`. */
function redactCredentials(text) {
    if (!text.includes('@'))
        return text;
    return text.replace(URL_USERINFO, '$1***@').replace(BARE_USERINFO, '$1***@');
}


/***/ }),

/***/ 71501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ writeStreamAtomic)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);





// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set();
function onSignal(signal) {
    for (const temp of pending) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
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
/** A temp name beside `path` (same directory, so the rename is atomic), hidden and unique. */
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
async function fsyncDirectory(dir) {
    // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
    if (process.platform === 'win32')
        return;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r').catch(() => undefined);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
}
/**
 * The one way mlci writes a file (DESIGN.md, trust boundaries): into a temp file in the same directory,
 * fsync, rename over `path`. A reader sees the old file or the whole new one, never a half; a failed or
 * killed write leaves the old file as it was and no temp behind. `write` streams the content into the
 * temp file (a docker tar, a verified blob); throwing from it abandons the write.
 */
async function writeStreamAtomic(path, write) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
    }
    catch (thrown) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw thrown;
    }
    finally {
        untrack(temp);
    }
    await fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    });
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
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59232);
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
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59232);







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
