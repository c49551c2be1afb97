export const id = 956;
export const ids = [956,614];
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

/***/ 18614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ MLCI_VERSION)
/* harmony export */ });
/** mlci's own version, written into every report. Kept equal to package.json by a unit test. */
const MLCI_VERSION = '0.1.0';


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
/* harmony import */ var _process_hash_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38812);






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

/***/ 38812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yQ: () => (/* binding */ hashFiles),
  hU: () => (/* binding */ startHashing)
});

// UNUSED EXPORTS: hashFileSync

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/platform/process/hash-worker-source.js
// What a hash worker runs, and what it answers: kept apart from the pool that drives it (hash-workers.ts).
// 256 KiB reads: the block is still in the L2 cache when it is hashed after the copy from the page cache
// (a 4 MiB one goes out to L3 or memory). Measured on 1 GB, 2 cores: 2 workers over 1000 files 398 ms
// against 412 ms, one thread over one 300 MiB file 197 against 207 ms; 4096 reads per GB cost nothing seen.
const READ_SIZE = 256 * 1024;
// A worker sends what it hashed at most this often (and when it runs out of files), not once per file: each
// message wakes the main thread, which on a busy machine takes the core from a worker (1000 files of 1 MiB,
// two workers posting one reply per file, loaded machine: 60-300 ms of each worker's wall time went by
// inside postMessage; with the files taken from a shared counter and answered in bulk, ~12 ms).
const REPORT_MS = 100;
// The worker is eval'd source (CommonJS) with no import beyond node:fs and node:crypto: it survives ncc
// bundling as one string and starts without parsing any of the bundle. A batch is every file given in one
// turn of the main thread, biggest first; every worker gets all its paths, and `control` (shared memory)
// holds the next file to take ([0], taken by whichever worker is free: the workers finish together) and,
// per file, 1 once the main thread no longer wants it ([1 + index]: checked before and after every read).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(${READ_SIZE});
parentPort.on('message', ({ batch, paths, control }) => {
  const shared = new Int32Array(control);
  const unwanted = (index) => Atomics.load(shared, 1 + index) === 1;
  let done = [];
  let reported = Date.now();
  const report = (end) => {
    parentPort.postMessage({ batch, done, end });
    done = [];
    reported = Date.now();
  };
  for (let index = Atomics.add(shared, 0, 1); index < paths.length; index = Atomics.add(shared, 0, 1)) {
    if (unwanted(index)) continue;
    let fd;
    try {
      fd = openSync(paths[index], 'r');
      const hash = createHash('sha256');
      let size = 0;
      let n;
      while ((n = readSync(fd, buffer, 0, buffer.length, null)) > 0 && !unwanted(index)) {
        hash.update(buffer.subarray(0, n));
        size += n;
      }
      if (n === 0) done.push([index, hash.digest('hex'), size]);
    } catch (error) {
      done.push([index, null, String((error && error.message) || error)]);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (Date.now() - reported >= ${REPORT_MS}) report(false);
  }
  report(true);
});
`;

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/platform/process/hash-workers.js





/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
const defaultWorkers = () => Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
let helpBuffer;
// node:crypto is loaded when the main thread first hashes, not with this module: the CLI's entry imports it
// to start a worker before anything else, and loading crypto first (~3 ms) would only delay that worker
// (and `mlci --version`, which shares the entry and hashes nothing).
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
// The main thread hashes blocks for up to this long per turn of its event loop: a turn per block (~0.15 ms)
// would spend more on the loop than on hashing, and 2 ms is still a prompt answer to git's pipes and timers.
const HELP_TURN_MS = 2;
/**
 * SHA-256 worker threads that take files whenever they are given: the files given in one turn of the event
 * loop make a batch, taken biggest first (so one large file does not finish last alone) by whichever worker
 * is free. Idle workers do not keep the process alive (unref'd); busy ones do, until their batches are
 * done. close() ends them; a worker that dies fails every waiting file.
 */
class HashWorkers {
    workers = [];
    /** Files given since the last batch was posted. */
    waiting = [];
    batches = new Map();
    nextBatch = 0;
    failed;
    closing = false;
    mainThreadHelps;
    /** Whether a turn of the main thread's hashing is scheduled, and the file it is in. */
    helpScheduled = false;
    helping;
    constructor(count = defaultWorkers(), options = {}) {
        this.mainThreadHelps = options.mainThreadHelps ?? false;
        this.grow(count);
    }
    /** Starts more workers, up to `count` in all; each joins the batches under way (one can start early). */
    grow(count) {
        while (!this.failed && this.workers.length < count) {
            const worker = this.spawn();
            this.workers.push(worker);
            for (const [id, batch] of this.batches)
                this.send(worker, id, batch);
            this.refresh(worker);
        }
    }
    /**
     * Hashes `path` when a worker is free; `size` (from stat) only orders the work. The files given in this
     * turn are posted at its end, or at flush().
     */
    hash(path, size) {
        let job;
        const result = new Promise((resolve, reject) => {
            job = { path, size, resolve, reject, dropped: false };
        });
        if (this.failed)
            job.reject(this.failed);
        else {
            if (this.waiting.length === 0)
                queueMicrotask(() => this.flush());
            this.waiting.push(job);
        }
        return {
            result,
            drop: () => this.drop(job),
            get dropped() {
                return job.dropped;
            },
        };
    }
    /** Ends every worker; files still waiting or being hashed fail. */
    async close() {
        this.fail(new Error('the hash workers were closed'));
        this.closing = true;
        // Referenced while they end: else, the loop empty, the process would leave before terminate() resolves
        // (an unfinished top-level await: exit code 13).
        await Promise.all(this.workers.map((worker) => {
            worker.ref();
            return worker.terminate();
        }));
    }
    drop(job) {
        if (job.dropped)
            return;
        job.dropped = true;
        // A waiting job is left out of its batch; a posted one is skipped, or stopped at its next read.
        if (job.posted)
            Atomics.store(job.posted.control, 1 + job.posted.index, 1);
        job.reject(new Error(`${job.path}: dropped`));
    }
    /**
     * Posts the files given since the last batch as one batch to every worker, biggest first, now: a caller
     * that goes on with synchronous work (spawning git: 10-30 ms) calls it rather than wait for the turn's end.
     */
    flush() {
        const jobs = this.waiting.filter((job) => !job.dropped).sort((a, b) => b.size - a.size);
        this.waiting = [];
        if (this.failed || jobs.length === 0)
            return;
        const control = new Int32Array(new SharedArrayBuffer((1 + jobs.length) * Int32Array.BYTES_PER_ELEMENT));
        jobs.forEach((job, index) => {
            job.posted = { control, index };
        });
        const id = this.nextBatch++;
        const batch = { jobs, paths: jobs.map((job) => job.path), control, busy: new Set() };
        this.batches.set(id, batch);
        for (const worker of this.workers) {
            this.send(worker, id, batch);
            this.refresh(worker);
        }
        if (this.mainThreadHelps)
            this.scheduleHelp();
    }
    scheduleHelp() {
        if (this.helpScheduled)
            return;
        this.helpScheduled = true;
        setImmediate(() => {
            this.helpScheduled = false;
            const until = performance.now() + HELP_TURN_MS;
            while (this.helpTurn()) {
                if (performance.now() < until)
                    continue;
                this.scheduleHelp();
                return;
            }
        });
    }
    /** One block of the main thread's share; false once no batch has a file left to take. */
    helpTurn() {
        const current = this.helping ?? this.takeFile();
        if (!current)
            return false;
        const { job, fd, hash } = current;
        const finish = (settle) => {
            this.helping = undefined;
            (0,external_node_fs_.closeSync)(fd);
            if (!job.dropped)
                settle();
        };
        if (this.failed || job.dropped) {
            finish(() => undefined);
            return !this.failed;
        }
        try {
            helpBuffer ??= Buffer.allocUnsafe(READ_SIZE);
            const n = (0,external_node_fs_.readSync)(fd, helpBuffer, 0, helpBuffer.length, null);
            if (n === 0)
                finish(() => job.resolve({ sha256: hash.digest('hex'), size: current.size }));
            else {
                hash.update(helpBuffer.subarray(0, n));
                current.size += n;
            }
        }
        catch (error) {
            finish(() => job.reject(new Error(`${job.path}: ${(0,errors/* messageOf */.bD)(error)}`)));
        }
        return true;
    }
    /** The next file of the oldest batch with one left (taken as a worker takes it), opened. */
    takeFile() {
        for (const [id, batch] of this.batches) {
            for (let index = Atomics.add(batch.control, 0, 1); index < batch.jobs.length;) {
                const job = batch.jobs[index];
                if (!job.dropped) {
                    try {
                        this.helping = { job, fd: (0,external_node_fs_.openSync)(job.path, 'r'), hash: sha256(), size: 0 };
                        return this.helping;
                    }
                    catch (error) {
                        job.reject(new Error(`${job.path}: ${(0,errors/* messageOf */.bD)(error)}`));
                    }
                }
                index = Atomics.add(batch.control, 0, 1);
            }
            // Every file taken: without workers to end it, the batch ends here.
            if (batch.busy.size === 0)
                this.batches.delete(id);
        }
        return undefined;
    }
    send(worker, id, batch) {
        batch.busy.add(worker);
        worker.postMessage({ batch: id, paths: batch.paths, control: batch.control.buffer });
    }
    spawn() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        worker.on('message', ({ batch: id, done, end }) => {
            const batch = this.batches.get(id);
            if (!batch)
                return;
            for (const [index, sha256, sizeOrError] of done) {
                const job = batch.jobs[index];
                if (job.dropped)
                    continue;
                if (sha256 === null)
                    job.reject(new Error(`${job.path}: ${sizeOrError}`));
                else
                    job.resolve({ sha256, size: sizeOrError });
            }
            if (!end)
                return;
            // Every file of a batch was taken by some worker, and each answers for its files before it ends.
            batch.busy.delete(worker);
            if (batch.busy.size === 0)
                this.batches.delete(id);
            this.refresh(worker);
        });
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', (code) => this.fail(new Error(`a hash worker exited (code ${code})`)));
        return worker;
    }
    /** A worker with files to hash keeps the process alive; an idle one does not. */
    refresh(worker) {
        if (this.closing)
            return;
        const busy = [...this.batches.values()].some((batch) => batch.busy.has(worker));
        if (busy)
            worker.ref();
        else
            worker.unref();
    }
    fail(error) {
        this.failed ??= error;
        const jobs = [...this.waiting.splice(0), ...[...this.batches.values()].flatMap((batch) => batch.jobs)];
        this.batches.clear();
        for (const worker of this.workers)
            if (!this.closing)
                worker.unref();
        // A job already settled ignores the second settlement; the rest fail with the first error.
        for (const job of jobs)
            job.reject(this.failed);
    }
}
let early;
/** Workers beside a main thread that helps: one core is the main thread's. */
const helpedWorkers = () => Math.max(1, defaultWorkers() - 1);
/**
 * Starts `count` hash workers now (more if some were started before), with the main thread helping, for
 * every later hashing of this process: the CLI starts one before loading a command that will hash, so it
 * starts while the command's modules load and its files are listed, and the command starts the rest (on
 * more than two cores) when its plan needs them.
 */
function startHashWorkers(count = helpedWorkers()) {
    if (early)
        early.grow(count);
    else if (count > 0)
        early = new HashWorkers(count, { mainThreadHelps: true });
}
/** The workers startHashWorkers started, if it did. */
const earlyHashWorkers = () => early;
/** Ends the workers startHashWorkers started (none: nothing to do). */
async function stopHashWorkers() {
    const workers = early;
    early = undefined;
    await workers?.close();
}

;// CONCATENATED MODULE: ./build/platform/process/hash-files.js




let mainBuffer;
/** SHA-256 of one file, read in this thread (for small jobs, where starting workers costs more). */
function hashFileSync(path) {
    mainBuffer ??= Buffer.allocUnsafe(READ_SIZE);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, mainBuffer, 0, mainBuffer.length, null);
            if (n === 0)
                break;
            hash.update(mainBuffer.subarray(0, n));
            size += n;
        }
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    const early = earlyHashWorkers();
    const count = Math.min(helpedWorkers(), files.length - 1);
    early?.grow(count);
    const workers = early ?? new HashWorkers(count, { mainThreadHelps: true });
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
