export const id = 3558;
export const ids = [3558];
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

/***/ 5583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/**
 * The one markdown choke point (DESIGN.md "Trust boundaries"): text from data, file names, metric
 * names, branch names, PR text or server replies is made inert here before it reaches a job summary,
 * comment, issue, review or check run (reliability §2.6 MD-01…MD-09): no HTML, links, images,
 * @mentions, #references, table breaks, workflow-command words or bidi tricks. The result stays on one
 * line, so it is safe in a table cell, a heading or a list item.
 */
function escapeMarkdown(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return (cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/@/g, '@\u200b')
        // GitHub links #123 (and owner/repo#123) on the rendered text, where `\#` is a plain `#` again.
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        .replace(/^(\s*)([-=:])/, '$1\\$2')
        .replace(/::/g, ':\u200b:')
        // GFM's extended autolinks need no brackets: `https://x` and `www.x` become links even escaped.
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\b(www)\./gi, '$1\u200b.'));
}
/** A table cell from untrusted text: escaped, one line, at most `max` characters before escaping. */
function cell(text, max = 120) {
    return escapeMarkdown(text, max);
}
/**
 * Untrusted text as inline code: the backtick run that fences it is longer than any inside it, and
 * characters a table would act on (`|`, newlines) are replaced, since code spans do not escape them.
 */
function inlineCode(text, max = 200) {
    const cut = (text.length > max ? `${text.slice(0, max)}…` : text)
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/\|/g, '¦')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') || cut === '' ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/**
 * A fenced code block around untrusted multi-line text (logs, diffs): the fence is longer than any
 * backtick run inside, so the text cannot close it and become markdown.
 */
function codeBlock(text, language = '') {
    const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
    const longest = Math.max(2, ...(clean.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${clean.replace(/\n?$/, '\n')}${fence}`;
}
/**
 * Untrusted text inside an HTML block (`<summary>…</summary>`), where markdown escapes would show
 * literally: HTML-escaped, one line, and `@`/`#` broken with a zero-width space so GitHub's mention
 * and reference linking, which runs on the rendered text, finds nothing.
 */
function htmlText(text, max = 200) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1\u200b')
        .replace(/::/g, ':\u200b:')
        .replace(/:\/\//g, ':/\u200b/');
}
/**
 * A link whose text is untrusted and whose URL mlci built itself (a file at a commit on the
 * repository's own server). A URL that is not plain https without spaces, brackets or quotes is
 * refused: the escaped text is returned without a link.
 */
function link(text, url, max = 120) {
    const label = escapeMarkdown(text, max);
    if (!/^https:\/\/[^\s()<>"'`\\[\]]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/**
 * A label inside a mermaid chart (axis category, series title), which mermaid parses itself: only
 * ASCII letters, digits, space and `._-/` survive, at most `max` characters, so no directive (`%%`),
 * HTML or quote can reach the chart source. Always non-empty.
 */
function mermaidLabel(text, max = 24) {
    const clean = text
        .replace(/[^A-Za-z0-9 ._\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const cut = clean.length > max ? `${clean.slice(0, max - 1)}~` : clean;
    return cut || '_';
}
/**
 * Untrusted text as a mermaid label (timeline periods and events): only letters, digits, spaces and
 * `._/+-@` survive, `@` loses its mention power, and the result is capped. Mermaid reads `:` as an event
 * separator, `#`/`;` as entity and statement syntax, and brackets/quotes as node shapes, so all of
 * them go.
 */
function mermaidText(text, max = 60) {
    const kept = text
        .replace(/[^A-Za-z0-9 ._/+@-]/g, ' ')
        .replace(/@/g, 'at ')
        .replace(/\s+/g, ' ')
        .trim();
    return (kept.length > max ? `${kept.slice(0, max)}…` : kept) || '-';
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


/***/ })

};
