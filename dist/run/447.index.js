export const id = 447;
export const ids = [447];
export const modules = {

/***/ 29503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseProfile),
/* harmony export */   p: () => (/* binding */ formatProfile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _report_envelope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22691);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19212);



/**
 * The profile as deterministic text: keys in construction order, two-space indentation, arrays of
 * numbers on one line (KLL levels and bins would otherwise take one line per number).
 */
function formatProfile(profile) {
    return `${format(profile, '')}\n`;
}
function format(value, indent) {
    if (Array.isArray(value)) {
        if (value.every((item) => typeof item === 'number'))
            return JSON.stringify(value);
        if (value.length === 0)
            return '[]';
        const inner = `${indent}  `;
        return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
    }
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).filter(([, item]) => item !== undefined);
        if (entries.length === 0)
            return '{}';
        const inner = `${indent}  `;
        const body = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`);
        return `{\n${body.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value);
}
/**
 * A profile from JSON text, checked enough that merge and drift cannot trip over it. Profiles arrive as
 * artifacts of other jobs (possibly fork PRs): they are data under a shape check, never trusted code.
 */
function parseProfile(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (thrown) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where: { file },
            cause: thrown,
            hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
        });
    }
    const header = (0,_report_envelope_js__WEBPACK_IMPORTED_MODULE_1__/* .readHeader */ .a)(value);
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`not an mlci data profile: ${why}`, {
            where: { file },
            hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
        });
    };
    if (typeof header === 'string')
        return fail(header);
    if (header.kind !== 'mlci/data-profile')
        return fail(`its kind is "${header.kind}"`);
    if (header.version !== _profile_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_VERSION */ .P) {
        return fail(`profile version ${header.version}, this mlci reads version ${_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_VERSION */ .P}`);
    }
    const profile = value;
    if (!isCount(profile.rows) || !isCount(profile.parts))
        return fail('"rows" and "parts" must be counts');
    if (!Array.isArray(profile.columns))
        return fail('"columns" must be an array');
    for (const [i, column] of profile.columns.entries()) {
        const at = `columns[${i}]`;
        if (typeof column !== 'object' || column === null)
            fail(`${at} is not an object`);
        if (typeof column.name !== 'string' || typeof column.type !== 'string')
            return fail(`${at} needs name and type`);
        if (!isCount(column.count) || !isCount(column.nulls))
            return fail(`${at} needs count and nulls`);
        const precision = column.distinct?.precision;
        if (typeof column.distinct?.registers !== 'string' ||
            !isCount(precision) ||
            precision < 4 ||
            precision > 18) {
            return fail(`${at} needs distinct registers of precision 4..18`);
        }
        if (column.kind === 'numeric') {
            const numeric = column.numeric;
            const sketch = numeric?.sketch;
            if (!sketch ||
                !Array.isArray(sketch.levels) ||
                !isCount(sketch.k) ||
                sketch.k < 8 ||
                sketch.k > MAX_K ||
                !isCount(sketch.n) ||
                !numeric.histogram) {
                return fail(`${at} (numeric) needs a sketch (k in 8..${MAX_K}) and a histogram`);
            }
            if (!numeric.sketch.levels.every((level) => Array.isArray(level) && level.every(Number.isFinite))) {
                return fail(`${at} has a sketch level that is not a list of finite numbers`);
            }
            const { edges, counts, bins } = numeric.histogram;
            if (!Array.isArray(edges) || !Array.isArray(counts) || counts.length !== edges.length + 1) {
                return fail(`${at} has a histogram whose counts do not match its edges`);
            }
            if (edges.length > MAX_BINS || (bins !== undefined && (!isCount(bins) || bins > MAX_BINS))) {
                return fail(`${at} has more than ${MAX_BINS} histogram bins`);
            }
            if (!edges.every(Number.isFinite) || !counts.every(isCount)) {
                return fail(`${at} has a histogram with non-numeric edges or counts`);
            }
        }
        else if (column.kind === 'categorical') {
            const values = column.categorical?.values;
            if (!Array.isArray(values) || !values.every((v) => typeof v?.value === 'string' && isCount(v.count))) {
                return fail(`${at} (categorical) needs values as {value, count}`);
            }
        }
        else if (column.kind !== 'other') {
            return fail(`${at} has unknown kind "${String(column.kind)}"`);
        }
    }
    return profile;
}
// Caps on sizes a hostile profile could use to make a merge allocate or loop without end.
const MAX_K = 65_536;
const MAX_BINS = 10_000;
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
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

/***/ 22691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readHeader)
/* harmony export */ });
/* unused harmony export REPORT_KINDS */
/**
 * Every capability writes one JSON report with a documented, versioned shape. The next action reads
 * it, and the report action renders any of them: reports are the contract between actions.
 */
const REPORT_KINDS = [
    'mlci/validation-report',
    'mlci/data-profile',
    'mlci/run-record',
    'mlci/comparison-report',
    'mlci/image-report',
    'mlci/release-record',
    'mlci/monitor-report',
];
/** Reads kind and version from a parsed JSON value, or says why it is not an mlci report. */
function readHeader(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a JSON object';
    const { kind, version } = value;
    if (typeof kind !== 'string')
        return 'has no "kind"';
    if (!REPORT_KINDS.includes(kind))
        return `unknown kind "${kind}"`;
    if (typeof version !== 'number' || !Number.isInteger(version))
        return 'has no integer "version"';
    return { kind: kind, version };
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

/***/ 35425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readProfileFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29503);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



// Profiles come from other jobs' artifacts (possibly a fork's): read as data, under a size cap
// (reference/reliability-and-security.md ART-01). A real profile is tens of KB per column.
const MAX_PROFILE_BYTES = 64 * 2 ** 20;
/** Reads and checks one profile file (merge-profiles' shards, either command's reference), size-capped. */
function readProfileFile(path, shown = path) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch (thrown) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read profile ${shown}: ${thrown.code ?? String(thrown)}`);
    }
    if (size > MAX_PROFILE_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${size} bytes, over the ${MAX_PROFILE_BYTES / 2 ** 20} MiB profile limit`, {
            where: { file: shown },
            hint: 'a profile is tens of KB per column; this file is not one',
        });
    }
    return (0,_core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProfile */ .j)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), shown);
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

/***/ 43692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ blobProgress),
/* harmony export */   lH: () => (/* binding */ progressOrLog)
/* harmony export */ });
/* unused harmony exports progressText, ttyProgress */

const MiB = (/* unused pure expression or super */ null && (1024 * 1024));
function amount(n, unit) {
    if (unit === 'bytes')
        return `${(n / MiB).toFixed(n < 10 * MiB ? 1 : 0)} MiB`;
    return `${Math.round(n).toLocaleString('en-US')} ${unit}`;
}
/** "data.csv  45%  216/480 MiB  40 MiB/s  ETA 7 s": what the updating line says. */
function progressText(label, done, total, seconds, unit = 'bytes') {
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [visibleLabel(label)];
    if (total && total > 0) {
        parts.push(`${Math.min(100, Math.floor((100 * done) / total))}%`);
        parts.push(`${amount(done, unit).replace(/ \w+$/, '')}/${amount(total, unit)}`);
    }
    else
        parts.push(amount(done, unit));
    parts.push(`${amount(rate, unit)}/s`);
    if (total && rate > 0)
        parts.push(`ETA ${Math.max(0, Math.ceil((total - done) / rate))} s`);
    return parts.join('  ');
}
/**
 * Progress as one line on a terminal, redrawn in place (`\r` + erase line) at most every 100 ms and
 * cleared at the end, so the log lines around it stay clean. Only for a TTY: in a CI log, the
 * commands' periodic plain lines are the progress.
 */
function ttyProgress(options) {
    const now = options.now ?? (() => performance.now());
    const every = options.everyMs ?? 100;
    /** Whether a progress line is on the screen now (one line, shared by every task). */
    let onScreen = false;
    const write = (text) => {
        options.write(text);
        onScreen = text !== '\r\u001b[K';
    };
    const start = (label, total, unit = 'bytes') => {
        const started = now();
        let last = Number.NEGATIVE_INFINITY;
        let shown = false;
        return {
            update: (done) => {
                const at = now();
                if (at - last < every)
                    return;
                last = at;
                let text = progressText(label, done, total, (at - started) / 1000, unit);
                if (options.columns && text.length >= options.columns)
                    text = `${text.slice(0, options.columns - 2)}…`;
                write(`\r\u001b[K${text}`);
                shown = true;
            },
            end: () => {
                if (shown && onScreen)
                    write('\r\u001b[K');
                shown = false;
            },
        };
    };
    /** Erases the line before a log line is printed, so the two never share a line; the next update redraws it. */
    const clear = () => {
        if (onScreen)
            write('\r\u001b[K');
    };
    return Object.assign(start, { clear });
}
/**
 * A push's onProgress (name, sent, size) as progress tasks, one per blob, each ended when its last
 * byte is sent.
 */
function blobProgress(progress) {
    const tasks = new Map();
    return (name, sent, size) => {
        let task = tasks.get(name);
        if (!task) {
            task = progress(`pushing ${name}`, size);
            tasks.set(name, task);
        }
        task.update(sent);
        if (sent >= size)
            task.end();
    };
}
/**
 * Long work's progress wherever it runs: the terminal's updating line when the IO has one (`tty`), else a
 * plain log line at most every `everyMs`, so a CI log keeps a trace without a line per chunk.
 */
function progressOrLog(tty, log, work) {
    const task = tty?.(work.label, work.total, work.unit);
    if (task)
        return task;
    const started = Date.now();
    let last = started;
    return {
        update: (done) => {
            const now = Date.now();
            if (now - last < work.everyMs)
                return;
            last = now;
            log(work.line(done, (now - started) / 1000));
        },
        end: () => { },
    };
}


/***/ })

};
