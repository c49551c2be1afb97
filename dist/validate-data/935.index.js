export const id = 935;
export const ids = [935];
export const modules = {

/***/ 2935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/core/data/profile/profile-json.js + 1 modules
var profile_json = __webpack_require__(606);
// EXTERNAL MODULE: ./build/core/data/profile/profiler.js + 5 modules
var profile_profiler = __webpack_require__(9310);
// EXTERNAL MODULE: ./build/core/version.js
var version = __webpack_require__(8614);
// EXTERNAL MODULE: ./build/core/text/order.js
var order = __webpack_require__(1472);
;// CONCATENATED MODULE: ./build/core/data/validate/report.js


const CELL_TYPES = new Set(['type-error', 'constraint-error']);
/**
 * Builds the report. Cell errors of columns whose `mostly` check passed become warnings; a failed table
 * check or drifted column is an error of its own type (row-count, null-rate, label-balance, drift).
 */
function buildReport(input) {
    const tolerated = new Set(input.checks.filter((c) => c.check === 'mostly' && c.passed).map((c) => c.field));
    const counts = {};
    const errors = [];
    const warnings = [];
    let warningCount = 0;
    const toleratedCounts = new Map();
    for (const field of input.fields) {
        if (!tolerated.has(field.name))
            continue;
        toleratedCounts.set('type-error', (toleratedCounts.get('type-error') ?? 0) + field.typeErrors);
        toleratedCounts.set('constraint-error', (toleratedCounts.get('constraint-error') ?? 0) + field.constraintErrors);
        warningCount += field.typeErrors + field.constraintErrors;
    }
    let truncated = false;
    for (const [type, count] of [...input.errors.counts].sort(([a], [b]) => (0,order/* byCodeUnits */.C)(a, b))) {
        const samples = input.errors.samples.get(type) ?? [];
        if (count > samples.length)
            truncated = true;
        const kept = count - (toleratedCounts.get(type) ?? 0);
        if (kept > 0)
            counts[type] = kept;
        for (const sample of samples) {
            if (CELL_TYPES.has(sample.type) && sample.field !== undefined && tolerated.has(sample.field))
                warnings.push(sample);
            else
                errors.push(sample);
        }
    }
    const fileOrder = new Map(input.files.map((file, i) => [file.path, i]));
    const position = (e) => [fileOrder.get(e.file ?? '') ?? -1, e.row ?? 0, e.column ?? 0];
    const byPosition = (a, b) => {
        const [pa, pb] = [position(a), position(b)];
        return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2] || (0,order/* byCodeUnits */.C)(a.type, b.type);
    };
    errors.sort(byPosition);
    warnings.sort(byPosition);
    for (const check of input.checks) {
        if (check.passed || check.check === 'mostly')
            continue;
        counts[check.check] = (counts[check.check] ?? 0) + 1;
        errors.push({ type: check.check, field: check.field, message: check.message });
    }
    for (const check of input.checks) {
        if (check.check !== 'mostly' || check.passed)
            continue;
        counts.mostly = (counts.mostly ?? 0) + 1;
        errors.push({ type: 'mostly', field: check.field, message: check.message });
    }
    for (const column of input.drift?.columns ?? []) {
        if (!column.drifted)
            continue;
        counts.drift = (counts.drift ?? 0) + 1;
        errors.push({
            type: 'drift',
            field: column.column,
            message: `${column.column}: ${column.reasons.join('; ')}`,
        });
    }
    const errorCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const rows = input.files.reduce((sum, f) => sum + f.rows, 0);
    const bytes = input.files.reduce((sum, f) => sum + f.bytes, 0);
    return {
        kind: 'mlci/validation-report',
        version: 1,
        tool: { name: 'mlci', version: version/* MLCI_VERSION */.B },
        valid: errorCount === 0,
        files: input.files,
        stats: { rows, bytes, durationMs: Math.round(input.durationMs), files: input.files.length },
        errorCount,
        errorCounts: counts,
        errors,
        truncated,
        samplesPerType: input.errors.perType,
        warningCount,
        warnings,
        checks: input.checks,
        fields: input.fields,
        profile: input.profile,
        drift: input.drift,
        schemaDiff: input.schemaDiff,
    };
}

// EXTERNAL MODULE: ./build/core/errors.js
var core_errors = __webpack_require__(2807);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/platform/data/files.js



const MAGIC = /[*?[{]/;
/** `*`, `**`, `?`, `[abc]` and `{a,b}` as a regular expression over `/`-separated paths. */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*' && glob[i + 1] === '*') {
            source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '{') {
            const close = glob.indexOf('}', i);
            if (close === -1)
                source += '\\{';
            else {
                source += `(?:${glob
                    .slice(i + 1, close)
                    .split(',')
                    .map(escapeRegExp)
                    .join('|')})`;
                i = close;
            }
        }
        else if (ch === '[') {
            const close = glob.indexOf(']', i);
            source += close === -1 ? '\\[' : glob.slice(i, close + 1);
            if (close !== -1)
                i = close;
        }
        else
            source += escapeRegExp(ch);
    }
    return new RegExp(`^${source}$`);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function walk(dir, out) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            walk(path, out);
        else if (entry.isFile())
            out.push(path);
    }
}
/**
 * Expands the `data` input (paths and globs, one per line) to files, sorted within each pattern so that
 * shard order, and so row numbers and error samples, are the same on every runner OS.
 */
function resolveDataFiles(patterns, cwd) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        const normalised = pattern.split(external_node_path_.sep).join('/');
        const matches = [];
        if (!MAGIC.test(normalised))
            matches.push((0,external_node_path_.resolve)(cwd, pattern));
        else {
            const parts = normalised.split('/');
            const staticParts = parts.slice(0, parts.findIndex((part) => MAGIC.test(part)));
            const base = (0,external_node_path_.resolve)(cwd, staticParts.join('/') || '.');
            const re = globToRegExp((0,external_node_path_.resolve)(cwd, normalised).split(external_node_path_.sep).join('/'));
            const all = [];
            try {
                walk(base, all);
            }
            catch {
                // A missing base directory is the same as no match, reported below.
            }
            matches.push(...all.filter((file) => re.test(file.split(external_node_path_.sep).join('/'))).sort());
            if (matches.length === 0)
                throw new core_errors/* UsageError */.eb(`no file matches "${pattern}"`, { hint: `looked under ${base}` });
        }
        for (const absolute of matches) {
            if (seen.has(absolute))
                continue;
            seen.add(absolute);
            let bytes;
            try {
                const stat = (0,external_node_fs_.statSync)(absolute);
                if (!stat.isFile())
                    throw new core_errors/* UsageError */.eb(`${pattern} is not a file`);
                bytes = stat.size;
            }
            catch (thrown) {
                if (thrown instanceof core_errors/* UsageError */.eb)
                    throw thrown;
                throw new core_errors/* UsageError */.eb(`cannot read data file ${pattern}: ${thrown.code ?? String(thrown)}`, {
                    hint: 'check the path; relative paths are resolved against the workspace',
                });
            }
            const path = (0,external_node_path_.isAbsolute)(pattern) && !MAGIC.test(pattern) ? pattern : (0,external_node_path_.relative)(cwd, absolute).split(external_node_path_.sep).join('/');
            files.push({ path, absolute, bytes });
        }
    }
    return files;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./build/platform/fs/atomic-write.js




// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set();
function onSignal(signal) {
    for (const temp of pending) {
        try {
            (0,external_node_fs_.unlinkSync)(temp);
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
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${++temps}.${random}.tmp`);
}
async function fsyncDirectory(dir) {
    // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
    if (process.platform === 'win32')
        return;
    const handle = await (0,promises_.open)(dir, 'r').catch(() => undefined);
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
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,external_node_stream_promises_.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        if (durable) {
            const handle = await (0,promises_.open)(temp, 'r+');
            try {
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (thrown) {
        await (0,promises_.rm)(temp, { force: true });
        throw thrown;
    }
    finally {
        untrack(temp);
    }
    if (durable)
        await fsyncDirectory((0,external_node_path_.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content, options = {}) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    }, options);
}

;// CONCATENATED MODULE: ./build/core/fs/link-rule.js



/** True when `path` is `root` or below it (both absolute, already real). */
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * The one link rule (DESIGN.md, trust boundaries), shared by build-image's sources and train's outputs:
 * a symbolic link whose target resolves (through every further link) outside `root` is a usage error
 * naming the link, so no file reached through a link — a credentials file, /etc — is ever packed into an
 * image or a cache entry. A link that stays inside is returned for the caller to keep as a link (or, where
 * it cannot be, to copy its target). `root` must be a real path; `shown` is how the error names the link.
 */
async function linkInside(absolute, root, shown, rootName = 'the workspace') {
    const target = await readlink(absolute);
    // A dangling link has no real path: judge the path it names.
    const resolved = await realpath(absolute).catch(() => resolve(dirname(absolute), target));
    if (!isInside(root, resolved)) {
        throw new UsageError(`symlink "${shown}" points outside ${rootName} (to ${target})`, {
            hint: 'a link may only point inside the workspace; copy the target in or remove the link',
        });
    }
    return { target, resolved };
}

;// CONCATENATED MODULE: ./build/platform/fs/output-paths.js




async function realOf(absolute) {
    const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
    if (real)
        return real;
    const parent = (0,external_node_path_.dirname)(absolute);
    return parent === absolute ? absolute : (0,external_node_path_.join)(await realOf(parent), (0,external_node_path_.basename)(absolute));
}
async function identities(cwd, paths) {
    const out = [];
    for (const [name, value] of Object.entries(paths)) {
        for (const path of typeof value === 'string' ? [value] : (value ?? [])) {
            if (!path)
                continue;
            const absolute = (0,external_node_path_.resolve)(cwd, path);
            const info = await (0,promises_.stat)(absolute).catch(() => undefined);
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
            throw new core_errors/* UsageError */.eb(`\`${out.name}\` (${out.path}) is the input \`${input.name}\` (${input.path}): mlci would overwrite a file it reads`, { hint: `write the ${out.name} to another path` });
        }
        const other = outs.slice(0, i).find((candidate) => same(out, candidate));
        if (other) {
            throw new core_errors/* UsageError */.eb(`\`${out.name}\` and \`${other.name}\` are the same file (${out.path})`, {
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
    const workspace = await realOf((0,external_node_path_.resolve)(io.cwd));
    for (const input of await identities(io.cwd, inputs)) {
        if (!isInside(workspace, input.real))
            io.log.warning(`input \`${input.name}\` (${input.path}) resolves outside the workspace, to ${input.real}`);
    }
}
/** What every command entry does first: warn about inputs outside the workspace, refuse outputs that are inputs. */
async function checkRunPaths(io, outputs, inputs) {
    await warnInputsOutsideWorkspace(io, inputs);
    await checkOutputsAreNotInputs(io.cwd, outputs, inputs);
}

// EXTERNAL MODULE: ./build/core/text/redact.js
var redact = __webpack_require__(7827);
;// CONCATENATED MODULE: ./build/platform/fs/report-file.js





const inodeOf = (path) => (0,promises_.stat)(path).then((info) => `${info.dev}:${info.ino}`, () => undefined);
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
                tool: { name: 'mlci', version: version/* MLCI_VERSION */.B },
                status: 'error',
                error: {
                    message: (0,redact/* redactCredentials */.U)((0,core_errors/* messageOf */.bD)(thrown)),
                    exitCode: thrown instanceof core_errors/* MlciError */.sc ? thrown.exitCode : 1,
                },
            };
            await writeFileAtomic(path, `${JSON.stringify(stale, null, 2)}\n`).catch(() => undefined);
        }
        throw thrown;
    }
}

;// CONCATENATED MODULE: ./build/actions/validate-data/annotations.js
/**
 * GitHub shows at most 10 error and 10 warning annotations per step (reference/actions-runtime.md §6.1).
 * One error annotation is kept for the step's own failure message, so 9 go to data errors; the rest
 * are in the job summary table and the JSON report.
 */
const ANNOTATION_LIMITS = { errors: 9, warnings: 10 };
function props(error) {
    const file = error.file || undefined;
    return {
        title: `${error.type}${error.field ? ` (${error.field})` : ''}`,
        where: file ? { file, line: error.line ?? error.row } : undefined,
    };
}
/** Annotates the first errors and warnings on the data file at the failing row. */
function annotate(report, log) {
    for (const error of report.errors.slice(0, ANNOTATION_LIMITS.errors))
        log.error(error.message, props(error));
    for (const warning of report.warnings.slice(0, ANNOTATION_LIMITS.warnings))
        log.warning(warning.message, props(warning));
}

;// CONCATENATED MODULE: ./build/actions/inputs.js

function readString(read, name, fallback) {
    return read.get(name)?.trim() || fallback;
}
/** A required input, or a usage error that says how to give it in both forms. */
function requireString(read, name) {
    const value = readString(read, name);
    if (value === undefined) {
        throw new UsageError(`input \`${name}\` is required`, {
            hint: `set \`with: ${name}: …\` in the workflow step, or pass --${name} on the command line`,
        });
    }
    return value;
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
/** A boolean input in the YAML 1.2 core schema spellings (as @actions/core accepts), or a usage error. */
function readBoolean(read, name, fallback) {
    const value = readString(read, name);
    if (value === undefined)
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new core_errors/* UsageError */.eb(`input \`${name}\` must be true or false, got "${value}"`);
}
/** A number input within bounds, or a usage error naming the input and the bounds. */
function readNumber(read, name, fallback, bounds = {}) {
    const text = readString(read, name);
    if (text === undefined)
        return fallback;
    const value = Number(text);
    const { min = -Infinity, max = Infinity, integer = false } = bounds;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        const kind = integer ? 'an integer' : 'a number';
        const range = Number.isFinite(min) || Number.isFinite(max) ? ` in [${min}, ${max}]` : '';
        throw new core_errors/* UsageError */.eb(`input \`${name}\` must be ${kind}${range}, got "${text}"`);
    }
    return value;
}
/** A list input: one item per line (a YAML block scalar) or comma-separated; blanks and # comments dropped. */
function readList(read, name) {
    const text = readString(read, name);
    if (text === undefined)
        return [];
    const lines = text.split(/\r?\n/).map((line) => line.trim());
    const items = lines.length === 1 ? lines[0].split(',') : lines;
    return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}

;// CONCATENATED MODULE: ./build/actions/validate-data/inputs.js


const DELIMITER_NAMES = new Set(['tab', '\\t', 'comma', 'semicolon', 'pipe']);
/** The only place validate-data reads its inputs. */
function getValidateDataInputs(read) {
    const data = readList(read, 'data');
    const datapackage = readString(read, 'datapackage');
    if (data.length === 0 && !datapackage)
        throw new core_errors/* UsageError */.eb('input `data` is required', {
            hint: 'give data files or globs: `with: data: data/*.csv`, or `mlci validate data.csv`',
        });
    if (datapackage) {
        const extra = ['data', 'schema', 'profile', 'reference-profile', 'base-ref', 'format', 'delimiter'].find((name) => readString(read, name) !== undefined);
        if (extra)
            throw new core_errors/* UsageError */.eb(`input \`${extra}\` cannot be combined with \`datapackage\``, {
                hint: 'the data package gives each resource its paths, schema, format and dialect',
            });
    }
    // A raw TAB would be trimmed away as whitespace: read the delimiter untrimmed.
    const rawDelimiter = read.get('delimiter');
    const delimiter = rawDelimiter === '\t' ? '\t' : rawDelimiter?.trim() || undefined;
    if (delimiter !== undefined &&
        !DELIMITER_NAMES.has(delimiter) &&
        (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127))
        throw new core_errors/* UsageError */.eb(`input \`delimiter\` must be one ASCII character (or tab, comma, semicolon, pipe), got "${delimiter}"`);
    if (delimiter === '"' || delimiter === '\n' || delimiter === '\r')
        throw new core_errors/* UsageError */.eb(`input \`delimiter\` cannot be a quote or a line break`);
    return {
        data,
        datapackage,
        schema: readString(read, 'schema'),
        format: readString(read, 'format'),
        delimiter,
        header: readBoolean(read, 'header', true),
        checks: readString(read, 'checks'),
        'reference-profile': readString(read, 'reference-profile'),
        profile: readString(read, 'profile'),
        report: readString(read, 'report', 'mlci-validation-report.json'),
        'max-errors': readNumber(read, 'max-errors', 100, { min: 1, max: 100_000, integer: true }),
        workers: readNumber(read, 'workers', 0, { min: 0, max: 64, integer: true }),
        'fail-on-error': readBoolean(read, 'fail-on-error', true),
        'base-ref': readString(read, 'base-ref'),
        'fail-on-schema-change': readBoolean(read, 'fail-on-schema-change', false),
    };
}
/** The default of `base-ref`: the PR's base branch (GITHUB_BASE_REF) on pull_request* runs, else none. */
function pullRequestBase(env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const base = env.GITHUB_BASE_REF?.trim();
    return event.startsWith('pull_request') && base ? base : undefined;
}

// EXTERNAL MODULE: ./build/core/data/schema-diff/schema-diff.js
var schema_diff = __webpack_require__(9944);
;// CONCATENATED MODULE: ./build/actions/validate-data/schema-change.js


/**
 * The schema file diffed against the same file on the base branch, for the report. Information, not a
 * verdict: a base that cannot be read (no git checkout, base not fetchable) is noted when the base came
 * from the pull_request event, and a usage error only when the user named it.
 */
async function schemaChange(io, request) {
    const { ref, path, schema } = request;
    if (!schema.table) {
        return {
            base: ref,
            file: path,
            status: 'unsupported',
            changed: false,
            changes: [],
            message: 'a JSON Schema for records is not diffed (Table Schemas and the short form are)',
        };
    }
    let result;
    try {
        // git (node:child_process: ~5 ms of start-up) loads only for a run that diffs its schema.
        const { schemaDiffAgainstBase } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 8240));
        result = await schemaDiffAgainstBase({ cwd: io.cwd, ref, path, head: schema.table, git: request.git });
    }
    catch (thrown) {
        if (request.explicit || !(thrown instanceof core_errors/* MlciError */.sc))
            throw thrown;
        io.log.warning(`schema diff against ${ref} skipped: ${(0,core_errors/* messageOf */.bD)(thrown)}`);
        return {
            base: ref,
            file: path,
            status: 'unavailable',
            changed: false,
            changes: [],
            message: (0,core_errors/* messageOf */.bD)(thrown),
        };
    }
    if (result.status === 'new-file')
        return { base: ref, file: path, status: 'new-file', changed: false, changes: [] };
    if (result.status === 'unreadable') {
        io.log.warning(`schema on ${ref} cannot be read: ${result.message}`);
        return {
            base: ref,
            file: path,
            status: 'unreadable',
            changed: false,
            changes: [],
            message: result.message,
        };
    }
    const changes = (0,schema_diff/* describeSchemaDiff */.G)(result.diff);
    for (const line of changes)
        io.log.info(`schema change against ${ref}: ${line}`);
    return {
        base: ref,
        file: path,
        status: 'compared',
        changed: result.diff.changed,
        changes,
        diff: result.diff,
    };
}

;// CONCATENATED MODULE: ./build/core/text/markdown.js
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
function markdown_link(text, url, max = 120) {
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

;// CONCATENATED MODULE: ./build/actions/validate-data/summary.js

const SUMMARY_ROWS = 50;
function where(error) {
    const parts = [error.file, error.line ?? error.row].filter((part) => part !== undefined && part !== '');
    const place = parts.join(':');
    // In a data package the resource name says which table, beside the file that holds the row.
    const text = error.resource ? `${error.resource}${place ? ` (${place})` : ''}` : place;
    return text ? cell(text) : '';
}
/**
 * The job summary: verdict, counts per error type, table checks, drift, then the first errors. The
 * headline is the step's verdict: valid data under `fail-on-schema-change` with a changed schema fails
 * the step, so it is not headed "✅ valid".
 */
function renderSummary(report, reportPath, options = {}) {
    const lines = [];
    const mib = (report.stats.bytes / 2 ** 20).toFixed(1);
    const schemaFails = options.failOnSchemaChange === true && report.schemaDiff?.changed === true;
    const headline = !report.valid
        ? `❌ validate-data: ${report.errorCount} errors`
        : schemaFails
            ? '❌ validate-data: the data is valid, but the schema changed (fail-on-schema-change)'
            : '✅ validate-data: valid';
    lines.push(`### ${headline}`);
    lines.push('');
    lines.push(`${report.stats.files} file(s), ${report.stats.rows} rows, ${mib} MiB in ${(report.stats.durationMs / 1000).toFixed(2)} s. Report: \`${cell(reportPath)}\`${report.profile ? `, profile: \`${cell(report.profile)}\`` : ''}.`);
    const counts = Object.entries(report.errorCounts);
    if (counts.length) {
        lines.push('', '| error type | count |', '|---|---:|');
        for (const [type, count] of counts)
            lines.push(`| ${type} | ${count} |`);
        if (report.truncated)
            lines.push('', `Samples are capped at ${report.samplesPerType} per type; the counts above are complete.`);
    }
    if (report.checks.length) {
        lines.push('', '| check | result | detail |', '|---|---|---|');
        for (const check of report.checks)
            lines.push(`| ${check.check} | ${check.passed ? 'pass' : '**fail**'} | ${cell(check.message)} |`);
    }
    if (report.drift) {
        lines.push('', `Drift against \`${cell(report.drift.reference)}\`: ${report.drift.drifted ? '**drifted**' : 'no drift'}`);
        const drifted = report.drift.columns.filter((c) => c.drifted);
        if (drifted.length) {
            lines.push('', '| column | reason |', '|---|---|');
            for (const column of drifted)
                lines.push(`| ${cell(column.column)} | ${cell(column.reasons.join('; '), 300)} |`);
        }
    }
    if (report.schemaDiff)
        lines.push('', ...schemaDiffLines(report.schemaDiff));
    const shown = report.errors.slice(0, SUMMARY_ROWS);
    if (shown.length) {
        lines.push('', '| type | where | field | value | message |', '|---|---|---|---|---|');
        for (const e of shown)
            lines.push(`| ${e.type} | ${where(e)} | ${cell(e.field ?? '')} | ${cell(e.value ?? '', 40)} | ${cell(e.message)} |`);
        const more = report.errorCount - shown.length;
        if (more > 0)
            lines.push('', `…and ${more} more (see the JSON report).`);
    }
    if (report.warningCount)
        lines.push('', `${report.warningCount} cell errors tolerated by passing \`mostly\` checks.`);
    return `${lines.join('\n')}\n`;
}
const SCHEMA_CHANGE_ROWS = 50;
// Column names and constraint values come from the PR's files: every line is escaped.
function schemaDiffLines(section) {
    const against = `\`${cell(section.file)}\` against \`${cell(section.base)}\``;
    if (section.status !== 'compared')
        return [
            `Schema ${against}: ${section.status}${section.message ? ` (${cell(section.message, 300)})` : ''}.`,
        ];
    if (!section.changed)
        return [`Schema ${against}: unchanged.`];
    const shown = section.changes.slice(0, SCHEMA_CHANGE_ROWS).map((line) => `- ${cell(line, 300)}`);
    const more = section.changes.length - shown.length;
    return [
        `Schema ${against}: ${section.changes.length} change(s).`,
        '',
        ...shown,
        ...(more > 0 ? [`- …and ${more} more (see the JSON report).`] : []),
    ];
}

;// CONCATENATED MODULE: ./build/core/data/format.js

/**
 * The format of a data file: the `format` input when given, else from its name (.jsonl/.ndjson/.json
 * → jsonl, .parquet/.pq → parquet, anything else → csv; a trailing .gz is ignored).
 */
function formatOf(path, format) {
    const given = (format ?? '').toLowerCase();
    if (given === 'csv' || given === 'tsv')
        return 'csv';
    if (given === 'jsonl' || given === 'ndjson')
        return 'jsonl';
    if (given === 'parquet')
        return 'parquet';
    if (given)
        throw new core_errors/* UsageError */.eb(`unknown format "${format}"`, { hint: 'use csv, tsv, jsonl or parquet' });
    const name = path.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json'))
        return 'jsonl';
    if (name.endsWith('.parquet') || name.endsWith('.pq'))
        return 'parquet';
    return 'csv';
}

;// CONCATENATED MODULE: ./build/core/data/drift/drift-options.js

const METRICS = ['psi', 'jensenShannon', 'wasserstein', 'linf', 'chiSquareP', 'newCategoryShare'];
/**
 * Drift thresholds from a parsed mlci.yml section or thresholds file:
 *
 *   defaults: { psi: 0.2 }              # over the documented defaults, for every column
 *   columns:
 *     amount: { wasserstein: 0.05 }     # one column
 *     note: { jensenShannon: null }     # null: reported, never a reason for drift
 *
 * A misspelt metric or a negative number is a usage error at the offending key, not a silently
 * ignored key. `where` maps a key path inside the section to its file position (SourceDoc.where).
 */
function readDriftOptions(value, where) {
    if (value === undefined || value === null)
        return {};
    const fail = (path, message) => {
        throw new core_errors/* UsageError */.eb(`drift thresholds: ${message}`, {
            where: typeof where === 'function' ? where(path) : where,
            hint: `metrics are ${METRICS.join(', ')}; each a number ≥ 0 or null`,
        });
    };
    if (!isObject(value))
        return fail([], 'expected a mapping with `defaults` and/or `columns`');
    for (const key of Object.keys(value))
        if (key !== 'defaults' && key !== 'columns')
            fail([key], `unknown key \`${key}\``);
    const defaults = value.defaults === undefined ? undefined : readThresholds(value.defaults, ['defaults'], fail);
    const columns = Object.create(null);
    if (value.columns !== undefined) {
        if (!isObject(value.columns))
            fail(['columns'], '`columns` must map column names to thresholds');
        for (const [name, thresholds] of Object.entries(value.columns)) {
            columns[name] = readThresholds(thresholds, ['columns', name], fail);
        }
    }
    return { ...(defaults ? { defaults } : {}), columns };
}
function readThresholds(value, path, fail) {
    const at = path.join('.');
    if (!isObject(value))
        return fail(path, `\`${at}\` must map metric names to thresholds`);
    const out = {};
    for (const [key, threshold] of Object.entries(value)) {
        if (!METRICS.includes(key))
            fail([...path, key], `unknown metric \`${key}\` in \`${at}\``);
        if (threshold !== null &&
            (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0)) {
            fail([...path, key], `\`${at}.${key}\` must be a number ≥ 0 or null, got ${JSON.stringify(threshold)}`);
        }
        out[key] = threshold;
    }
    return out;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/core/data/checks/table-checks.js


const KEYS = ['rowCount', 'nullRate', 'mostly', 'duplicateRows', 'labelBalance', 'drift'];
/** Reads and checks a `checks` object; `path` is where it sits in its document (for error lines). */
function readTableChecks(doc, path) {
    const value = path.reduce((node, key) => node?.[key], doc.value);
    if (value === undefined || value === null)
        return {};
    const fail = (at, message) => {
        throw new core_errors/* UsageError */.eb(`invalid checks: ${message}`, { where: doc.where([...path, ...at]) });
    };
    if (typeof value !== 'object' || Array.isArray(value))
        return fail([], 'checks must be an object');
    const checks = value;
    for (const key of Object.keys(checks))
        if (!KEYS.includes(key))
            fail([key], `unknown check "${key}" (known: ${KEYS.join(', ')})`);
    const share = (at, v) => {
        if (typeof v !== 'number' || !(v >= 0 && v <= 1))
            fail(at, 'must be a share between 0 and 1');
    };
    const bound = (at, v) => {
        if (v !== undefined && (typeof v !== 'number' || !(v >= 0)))
            fail(at, 'must be a number >= 0');
    };
    const rowCount = checks.rowCount;
    if (rowCount !== undefined) {
        if (typeof rowCount !== 'object' || rowCount === null)
            fail(['rowCount'], 'rowCount takes {min, max}');
        bound(['rowCount', 'min'], rowCount.min);
        bound(['rowCount', 'max'], rowCount.max);
    }
    for (const key of ['nullRate', 'mostly']) {
        const map = checks[key];
        if (map === undefined)
            continue;
        if (typeof map !== 'object' || map === null || Array.isArray(map))
            fail([key], `${key} maps column names to shares`);
        for (const [column, v] of Object.entries(map))
            share([key, column], v);
    }
    if (checks.duplicateRows !== undefined && typeof checks.duplicateRows !== 'boolean')
        fail(['duplicateRows'], 'duplicateRows must be true or false');
    const balance = checks.labelBalance;
    if (balance !== undefined) {
        if (typeof balance !== 'object' || balance === null || typeof balance.field !== 'string')
            fail(['labelBalance'], 'labelBalance takes {field, min, max, classes}');
        if (balance.min !== undefined)
            share(['labelBalance', 'min'], balance.min);
        if (balance.max !== undefined)
            share(['labelBalance', 'max'], balance.max);
    }
    // The same reader as merge-profiles' thresholds file: misspelt metrics and negative numbers fail here,
    // at their line, instead of being ignored by compareProfiles.
    const drift = checks.drift === undefined
        ? undefined
        : readDriftOptions(checks.drift, (at) => doc.where([...path, 'drift', ...at]));
    return { ...checks, ...(drift ? { drift } : {}) };
}
/** Merges two checks objects; entries of `over` win, maps are merged key by key. */
function mergeChecks(base, over) {
    return {
        ...base,
        ...over,
        nullRate: base.nullRate || over.nullRate ? { ...base.nullRate, ...over.nullRate } : undefined,
        mostly: base.mostly || over.mostly ? { ...base.mostly, ...over.mostly } : undefined,
    };
}
const pct = (share) => `${(share * 100).toFixed(2)}%`;
/** Evaluates the row-count, null-rate, mostly and label-balance checks over the totals. */
function evaluateTableChecks(checks, totals) {
    const results = [];
    const { rows, fields } = totals;
    if (checks.rowCount) {
        const { min = 0, max = Number.POSITIVE_INFINITY } = checks.rowCount;
        const passed = rows >= min && rows <= max;
        results.push({
            check: 'row-count',
            passed,
            observed: rows,
            message: `${rows} rows${passed ? ' within' : ' outside'} [${min}, ${Number.isFinite(max) ? max : '∞'}]`,
        });
    }
    if (checks.nullRate) {
        fields.forEach((field, i) => {
            const ceiling = checks.nullRate[field] ?? checks.nullRate['*'];
            if (ceiling === undefined)
                return;
            const rate = rows === 0 ? 0 : totals.nulls[i] / rows;
            const passed = rate <= ceiling;
            results.push({
                check: 'null-rate',
                passed,
                field,
                observed: rate,
                message: `${field}: ${pct(rate)} missing, ceiling ${pct(ceiling)}`,
            });
        });
    }
    if (checks.mostly) {
        for (const [field, share] of Object.entries(checks.mostly)) {
            const i = fields.indexOf(field);
            if (i < 0) {
                results.push({ check: 'mostly', passed: false, field, message: `${field}: no such column` });
                continue;
            }
            const failed = totals.typeErrors[i] + totals.constraintErrors[i];
            const passing = rows === 0 ? 1 : 1 - failed / rows;
            results.push({
                check: 'mostly',
                passed: passing >= share,
                field,
                observed: passing,
                message: `${field}: ${pct(passing)} of rows pass, mostly ${pct(share)}`,
            });
        }
    }
    if (checks.labelBalance)
        results.push(...labelBalance(checks.labelBalance, totals));
    return results;
}
function labelBalance(balance, totals) {
    const { min = 0, max = 1, classes = [] } = balance;
    let labelled = 0;
    for (const count of totals.labelCounts.values())
        labelled += count;
    const names = [...new Set([...classes, ...totals.labelCounts.keys()])].sort();
    return names.map((name) => {
        const share = labelled === 0 ? 0 : (totals.labelCounts.get(name) ?? 0) / labelled;
        const passed = share >= min && share <= max;
        return {
            check: 'label-balance',
            passed,
            field: balance.field,
            observed: share,
            message: `${balance.field} = ${name}: ${pct(share)} of labelled rows, bounds [${pct(min)}, ${pct(max)}]`,
        };
    });
}

// EXTERNAL MODULE: ./build/core/data/csv/chunked.js
var chunked = __webpack_require__(1996);
// EXTERNAL MODULE: ./build/core/data/csv/csv-table.js
var csv_table = __webpack_require__(1873);
// EXTERNAL MODULE: ./build/core/data/csv/dialect.js
var csv_dialect = __webpack_require__(1674);
// EXTERNAL MODULE: ./build/core/data/csv/scanner.js
var csv_scanner = __webpack_require__(7194);
// EXTERNAL MODULE: ./build/core/data/jsonl/jsonl-table.js + 1 modules
var jsonl_table = __webpack_require__(4550);
// EXTERNAL MODULE: ./build/core/data/validate/compile-table.js
var compile_table = __webpack_require__(9726);
// EXTERNAL MODULE: ./build/core/data/validate/error-collector.js
var error_collector = __webpack_require__(5006);
// EXTERNAL MODULE: ./build/core/data/validate/table-state.js
var table_state = __webpack_require__(9242);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/platform/data/read-bytes.js
var read_bytes = __webpack_require__(6969);
;// CONCATENATED MODULE: ./build/platform/terminal/progress.js

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

// EXTERNAL MODULE: ./build/core/data/profile/hash.js
var hash = __webpack_require__(4233);
// EXTERNAL MODULE: ./build/core/data/profile/hll.js
var hll = __webpack_require__(5961);
;// CONCATENATED MODULE: ./build/core/data/profile/infer/column-inference.js


// Lexical forms of Table Schema's default formats (reference/data-validation.md §3.2).
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/i;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/** Table Schema's default true spellings, less `1` (a 0/1 column is drafted as integer). */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
/** Table Schema's default false spellings, less `0`. */
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const BOOLEAN = new Set([...TRUE_VALUES, ...FALSE_VALUES]);
/**
 * Text that usually stands for a missing value in CSV exports (R and pandas write NA, spreadsheets N/A,
 * databases NULL): a draft lists the ones it saw in `missingValues` instead of making them enum members
 * or turning a numeric column into a string one. The empty string is Table Schema's default already.
 */
const MISSING_MARKERS = (/* unused pure expression or super */ null && (['NA', 'N/A', 'n/a', 'NULL', 'null']));
/** A number written with a leading zero (`007`, `01234`): a code (zip, id), not a quantity. */
const LEADING_ZERO = /^[+-]?0\d/;
/** Distinct values kept per column to propose an enum (and one more, to know there were more). */
const ENUM_LIMIT = 20;
const hashes = new Uint32Array(2);
/**
 * What one column's values allow, narrowed cell by cell: a type stays a candidate while every value
 * seen fits it. CSV cells arrive as text; JSONL and Parquet values arrive typed (number, boolean,
 * Date, object), and a JSON string is never read as a number.
 */
class ColumnInference {
    name;
    values = 0;
    integer = true;
    number = true;
    boolean = true;
    date = true;
    datetime = true;
    sawText = false;
    sawNative = false;
    sawObject = false;
    sawArray = false;
    min = Infinity;
    max = -Infinity;
    minLength = Infinity;
    maxLength = -1;
    /** Smallest and largest text: for ISO dates that is the date range. */
    minText;
    maxText;
    distinctValues = new Map();
    distinct = new hll/* HyperLogLog */.l(12);
    constructor(name) {
        this.name = name;
    }
    /** One non-missing value: text from CSV, or a typed value from JSONL/Parquet. */
    add(value, fromText) {
        this.values++;
        if (typeof value === 'string')
            this.addText(value, fromText);
        else if (typeof value === 'number' || typeof value === 'bigint')
            this.addNumber(Number(value));
        else if (typeof value === 'boolean')
            this.narrow({ boolean: true }, String(value));
        // Parquet DATE columns arrive as Dates at UTC midnight: still a date while every value is one.
        else if (value instanceof Date)
            this.narrow({ date: value.getTime() % 86_400_000 === 0, datetime: true }, value.toISOString());
        else if (Array.isArray(value)) {
            this.sawArray = true;
            this.narrow({}, undefined);
        }
        else {
            this.sawObject = true;
            this.narrow({}, undefined);
        }
    }
    addText(text, fromText) {
        this.sawText = true;
        if (text.length < this.minLength)
            this.minLength = text.length;
        if (text.length > this.maxLength)
            this.maxLength = text.length;
        if (this.minText === undefined || text < this.minText)
            this.minText = text;
        if (this.maxText === undefined || text > this.maxText)
            this.maxText = text;
        // "007" read as the integer 7 would lose the code's meaning and fail every value with its zeros kept.
        const code = LEADING_ZERO.test(text);
        this.integer &&= fromText && !code && INTEGER.test(text);
        this.number &&= fromText && !code && NUMBER.test(text);
        this.boolean &&= fromText && BOOLEAN.has(text);
        this.date &&= DATE.test(text);
        this.datetime &&= DATETIME.test(text);
        if (this.number)
            this.range(Number(text.replace(/^(-?)INF$/i, '$1Infinity')));
        this.remember(text);
    }
    addNumber(value) {
        this.sawNative = true;
        this.narrow({ integer: Number.isInteger(value), number: true }, String(value));
        this.range(value);
    }
    narrow(allowed, key) {
        if (!allowed.integer)
            this.integer = false;
        if (!allowed.number)
            this.number = false;
        if (!allowed.boolean)
            this.boolean = false;
        if (!allowed.date)
            this.date = false;
        if (!allowed.datetime)
            this.datetime = false;
        this.sawNative = true;
        if (key !== undefined)
            this.remember(key);
    }
    range(value) {
        if (Number.isFinite(value)) {
            if (value < this.min)
                this.min = value;
            if (value > this.max)
                this.max = value;
        }
    }
    remember(key) {
        (0,hash/* hashString */.YZ)(key, hashes);
        this.distinct.addHash(hashes[0], hashes[1]);
        const seen = this.distinctValues.get(key);
        if (seen !== undefined)
            this.distinctValues.set(key, seen + 1);
        else if (this.distinctValues.size <= ENUM_LIMIT)
            this.distinctValues.set(key, 1);
    }
    /** The narrowest Table Schema type every value fits. */
    type() {
        if (this.values === 0)
            return 'string';
        if (this.sawObject || this.sawArray) {
            const only = this.sawObject !== this.sawArray && !this.sawText && !this.integer && !this.number && !this.boolean;
            return only ? (this.sawObject ? 'object' : 'array') : 'any';
        }
        if (this.integer)
            return 'integer';
        if (this.number)
            return 'number';
        if (this.boolean)
            return 'boolean';
        if (this.date)
            return 'date';
        if (this.datetime)
            return 'datetime';
        // JSON strings mixed with JSON numbers or booleans: no single type fits.
        return this.sawText && this.sawNative ? 'any' : 'string';
    }
}

;// CONCATENATED MODULE: ./build/actions/validate-data/header-schema.js








const HEADER_PROBE_BYTES = 1 << 20;
/**
 * Without a schema, CSV and Parquet are still checked for structure (labels, ragged rows, encoding) and
 * profiled: every column of the first file's header becomes a field of type `any`. Without a header
 * (`header: false`) the columns are `field1`, `field2`, … as frictionless names them. A file whose
 * columns cannot be read gives a schema without fields: its own pass then reports why.
 */
async function headerSchema(file, format, options) {
    let labels = [];
    const rows = [];
    if (format === 'jsonl')
        return undefined;
    if (format === 'parquet') {
        // hyparquet loads only for a Parquet file (its own chunk of the bundle).
        const { parquetMetadataAsync } = await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(367)]).then(__webpack_require__.bind(__webpack_require__, 3551));
        const { parquetFile } = await __webpack_require__.e(/* import() */ 626).then(__webpack_require__.bind(__webpack_require__, 6626));
        const buffer = await parquetFile(file.absolute, file.bytes);
        try {
            const metadata = await parquetMetadataAsync(buffer);
            labels = metadata.schema
                .slice(1)
                .filter((e) => e.num_children === undefined)
                .map((e) => e.name);
        }
        catch {
            labels = []; // the per-file pass reports the unreadable file
        }
        finally {
            await buffer.close();
        }
    }
    else {
        const sink = {
            row: (buf, starts, ends, flags, count) => {
                const cells = () => Array.from({ length: count }, (_, i) => (0,csv_table/* cellText */.I)(buf, starts[i], ends[i], flags[i]));
                if (labels.length === 0) {
                    labels = cells();
                    if (options.header === false && options.inferTypes)
                        rows.push(labels);
                }
                else if (options.inferTypes)
                    rows.push(cells());
            },
        };
        try {
            const input = new chunked/* ChunkedInput */.$9(new csv_scanner/* CsvScanner */.BR((0,csv_dialect/* dialectFor */.S)(file.path, options.delimiter), sink));
            if ((0,read_bytes/* isGzip */.bf)(file.path)) {
                // The same header as the plain file's: the start of the gunzipped text, not the gzip bytes.
                const start = await gunzippedStart(file.absolute);
                input.write(start);
                input.end();
            }
            else
                (0,read_bytes/* readRange */.qX)(file.absolute, input, 0, HEADER_PROBE_BYTES);
        }
        catch (thrown) {
            if (!(thrown instanceof core_errors/* DataError */.fL))
                throw thrown;
        }
        if (options.header === false)
            labels = labels.map((_, i) => `field${i + 1}`);
    }
    // The probe may end inside the last record: leave it out of the sample.
    const sample = file.bytes > HEADER_PROBE_BYTES ? rows.slice(0, -1) : rows;
    const types = labels.map((name, i) => (options.inferTypes ? sampleType(name, sample, i) : 'any'));
    return {
        fields: labels.map((name, i) => ({ name, type: types[i], format: 'default', constraints: {}, raw: {} })),
        fieldsMatch: 'exact',
        missingValues: [''],
        primaryKey: [],
        uniqueKeys: [],
        foreignKeys: [],
    };
}
/** The first decompressed bytes of a gzip file (at most HEADER_PROBE_BYTES, whole lines), read lazily. */
async function gunzippedStart(path) {
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19)); // loaded by gzip files only (start-up)
    const input = (0,external_node_fs_.createReadStream)(path);
    const gunzip = createGunzip();
    const chunks = [];
    let total = 0;
    await new Promise((resolvePromise) => {
        const stop = () => {
            input.destroy();
            gunzip.destroy();
            resolvePromise();
        };
        input.on('error', stop);
        gunzip.on('error', stop); // a truncated or invalid file: the validation pass reports it
        gunzip.on('data', (chunk) => {
            chunks.push(chunk);
            total += chunk.length;
            if (total >= HEADER_PROBE_BYTES)
                stop();
        });
        gunzip.on('end', stop);
        input.pipe(gunzip);
    });
    const text = Buffer.concat(chunks, total);
    if (total < HEADER_PROBE_BYTES)
        return text;
    // Only whole lines: a record cut in the middle would give a wrong label count.
    return text.subarray(0, text.lastIndexOf(10) + 1);
}
/** The narrowest type every non-empty sample cell of column `i` fits (infer-schema's rule), else any. */
function sampleType(name, rows, i) {
    const column = new ColumnInference(name);
    for (const row of rows) {
        const cell = row[i];
        if (cell !== undefined && cell !== '')
            column.add(cell, true);
    }
    return column.values === 0 ? 'any' : column.type();
}

;// CONCATENATED MODULE: ./build/core/data/csv/byte-ranges.js
/**
 * Splits [start, size) into `parts` ranges that each begin just after a line feed, so that workers can
 * scan them independently. `lineFeedAfter(offset)` gives the first LF at or after offset (-1 for none).
 * Whether every LF boundary is also a record boundary (no quoted newline spans it) is decided after the
 * scan from the quote parity (see alignedRanges).
 */
function splitAtLines(start, size, parts, lineFeedAfter) {
    const nominal = Array.from({ length: parts - 1 }, (_, i) => Math.floor(start + ((size - start) * (i + 1)) / parts));
    return splitAtOffsets(start, size, nominal, lineFeedAfter);
}
/**
 * Splits [start, size) into ranges that begin just after the first line feed at or after each of the
 * increasing offsets `nominal` (an offset inside a range already cut is skipped).
 */
function splitAtOffsets(start, size, nominal, lineFeedAfter) {
    const ranges = [];
    let from = start;
    for (const offset of nominal) {
        if (from >= size)
            break;
        if (offset <= from)
            continue;
        const lf = lineFeedAfter(offset);
        if (lf === -1 || lf + 1 >= size)
            break;
        ranges.push({ start: from, end: lf + 1 });
        from = lf + 1;
    }
    ranges.push({ start: from, end: size });
    return ranges;
}
/**
 * True when every range began outside a quoted field, so the ranges' results are the file's. In RFC 4180
 * text a position is inside quotes exactly when an odd number of quote bytes precede it; each range was
 * scanned assuming it starts outside, which holds for range 0 and then, inductively, whenever the quote
 * bytes before a range sum to an even number. Irregular quoting voids the argument: scan on one thread.
 */
function alignedRanges(scans) {
    let before = 0;
    for (const scan of scans) {
        if (scan.irregular || before % 2 !== 0)
            return false;
        before += scan.quoteBytes;
    }
    return true;
}

// EXTERNAL MODULE: ./build/core/data/validate/header.js
var validate_header = __webpack_require__(5649);
// EXTERNAL MODULE: ./build/core/data/validate/key-partitions.js
var key_partitions = __webpack_require__(1221);
// EXTERNAL MODULE: ./build/core/data/validate/key-checks.js
var key_checks = __webpack_require__(3631);
// EXTERNAL MODULE: ./build/core/data/validate/key-hash.js
var key_hash = __webpack_require__(3814);
// EXTERNAL MODULE: ./build/core/data/validate/line-shifts.js
var line_shifts = __webpack_require__(6182);
;// CONCATENATED MODULE: ./build/core/data/validate/recorded-keys.js
// Key checks of a file scanned in byte ranges: each range's scanner records each row's key hash into
// partitions (KeyChecks in record mode, or recordPartitioned on the main thread), and the threads then
// deduplicate the partitions visiting the ranges in file order (key-partitions.ts). The repeats come out
// as one pass finds them: same rows, first rows, order and samples. This file turns a range's repeats
// into its errors: the line of a row from the range's LineShifts, the value of a
// one-number key from its own 64 bits, and other one-field keys' values from the few rows re-read.




/**
 * Calls `visit` for each repeat of each key set in the order one pass reports them: by row, then by set
 * (sets over the same key share a table, hence its repeats). `at`: the repeat's index in its table's array.
 */
function eachRepeat(sets, repeats, visit) {
    const next = sets.map(() => 0);
    for (;;) {
        let best = -1;
        let bestRow = 0;
        for (let s = 0; s < sets.length; s++) {
            const pairs = repeats[sets[s].table];
            if (next[s] >= pairs.length)
                continue;
            const row = pairs[next[s]];
            if (best === -1 || row < bestRow) {
                best = s;
                bestRow = row;
            }
        }
        if (best === -1)
            return;
        visit(best, repeats[sets[best].table], next[best]);
        next[best] += 4;
    }
}
/** True when a set's error message needs the key's value, and the recorded hash cannot give it back. */
const needsCapture = (set, range) => set.type !== 'duplicate-row' && set.names.length === 1 && !range.numbers[set.table];
/**
 * The range's own rows (from 1) whose values the errors' samples need: repeats of a one-field key that is
 * not a number, among the samples `errors` will still keep of each type. Empty for number keys.
 */
function rowsToCapture(sets, range, errors) {
    if (!sets.some((set) => needsCapture(set, range)))
        return [];
    const taken = new Map();
    const rows = new Set();
    eachRepeat(sets, range.repeats, (s, pairs, at) => {
        const set = sets[s];
        const count = taken.get(set.type) ?? errors.counts.get(set.type) ?? 0;
        if (count >= errors.perType)
            return;
        taken.set(set.type, count + 1);
        if (needsCapture(set, range))
            rows.add(pairs[at] - range.shift.rows);
    });
    return [...rows].sort((a, b) => a - b);
}
/**
 * rowsToCapture for every range, before any is reported: each range's repeats are counted as
 * reportRepeats will count them (each repeat one error of each set on its table, the dropped ones too),
 * so that every range can be read again for its values at once, each on its own thread.
 */
function rowsToCaptureAll(sets, ranges, errors) {
    const counts = new error_collector/* ErrorCollector */.KO(errors.perType);
    for (const [type, count] of errors.counts)
        counts.count(type, count);
    return ranges.map((range) => {
        const rows = rowsToCapture(sets, range, counts);
        for (const set of sets)
            counts.count(set.type, range.repeats[set.table].length / 4 + (range.dropped[set.table] ?? 0));
        return rows;
    });
}
/**
 * Adds a range's repeats to `errors` as one pass would have. `captured`: the values (by field) of the
 * range's rows that rowsToCapture named, by their own row; `columnOf` as KeyChecks.columnOf.
 */
function reportRepeats(sets, range, captured, columnOf, errors, file) {
    eachRepeat(sets, range.repeats, (s, pairs, at) => {
        const set = sets[s];
        if (!errors.wants(set.type)) {
            errors.count(set.type);
            return;
        }
        const row = pairs[at];
        const local = row - range.shift.rows;
        let values = [];
        if (set.type !== 'duplicate-row' && set.names.length === 1) {
            if (range.numbers[set.table]) {
                const fieldValues = [];
                fieldValues[set.fields[0]] = (0,key_hash/* numberOf */.rl)(pairs[at + 2], pairs[at + 3]);
                values = fieldValues;
            }
            else {
                const found = captured.get(local);
                if (!found)
                    throw new Error(`recorded keys: the values of row ${row} were not captured`);
                values = found;
            }
        }
        const line = (0,line_shifts/* lineOf */.c)(range.lines, local) + range.shift.lines;
        const column = set.names.length === 1 ? (0,key_checks/* columnOfField */.aN)(columnOf, set.fields[0]) : undefined;
        errors.add((0,key_checks/* keyError */.a9)(set, values, pairs[at + 1], row, line, file, column));
    });
    for (const set of sets)
        if (range.dropped[set.table])
            errors.count(set.type, range.dropped[set.table]);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/platform/data/gunzip-worker.js
var gunzip_worker = __webpack_require__(1973);
// EXTERNAL MODULE: ./build/actions/validate-data/spare-worker.js
var spare_worker = __webpack_require__(6260);
// EXTERNAL MODULE: ./build/actions/validate-data/range-worker.js
var range_worker = __webpack_require__(3718);
;// CONCATENATED MODULE: ./build/actions/validate-data/parallel-ranges.js












/** When workers pay off, and how many at most. */
const PARALLEL_DEFAULTS = {
    // Below this a single thread finishes before the workers have started (~30 ms each).
    minBytes: 32 * 2 ** 20,
    maxWorkers: 8,
};
/**
 * JSONL: the file is cut into parts of about this size (newline-aligned), claimed one at a time by the
 * threads: a thread that starts late (a worker loads its modules first) or runs slower on a busy machine
 * takes fewer. The last parts get smaller (jsonlPartOffsets), down to JSONL_LAST_PART_BYTES, so that the
 * threads finish within a few milliseconds of each other, not within one 8 MiB part's scan (~40 ms).
 */
const JSONL_PART_BYTES = 8 * 2 ** 20;
const JSONL_LAST_PART_BYTES = 2 ** 20;
const TAPER_PARTS = 16;
/** At most this many parts (each holds its own error samples until the merge): larger parts beyond. */
const JSONL_MAX_PARTS = 64;
/**
 * Where the JSONL parts of a file of `bytes` start (before aligning to lines), for `threads` threads. The
 * file ends in a taper of parts growing by a quarter from JSONL_LAST_PART_BYTES (read backwards: at most
 * TAPER_PARTS of them, a larger step for a large file) up to the base size, JSONL_PART_BYTES or a
 * 48th of the file; the rest is cut into even parts of about the base size, JSONL_MAX_PARTS in all at
 * most. The taper holds about three (a large file) to five base parts: the threads' last claims get smaller
 * and smaller, and up to three threads finish within about one small part of each other. A file under two base parts a
 * thread (only with a lower minBytes: tests) gets two even parts a thread.
 */
function jsonlPartOffsets(bytes, threads) {
    if (bytes < 2 * threads * JSONL_PART_BYTES) {
        const count = 2 * threads;
        return Array.from({ length: count - 1 }, (_, i) => Math.floor((bytes * (i + 1)) / count));
    }
    const base = Math.max(JSONL_PART_BYTES, bytes / 48);
    const step = Math.max(1.25, (base / JSONL_LAST_PART_BYTES) ** (1 / TAPER_PARTS));
    const taper = []; // from the file's end
    let tapered = 0;
    for (let size = JSONL_LAST_PART_BYTES; size < base && taper.length < TAPER_PARTS; size *= step) {
        if (tapered + size >= bytes)
            break;
        taper.push(Math.floor(size));
        tapered += Math.floor(size);
    }
    const front = bytes - tapered;
    const count = Math.min(JSONL_MAX_PARTS - taper.length, Math.max(1, Math.round(front / base)));
    const sizes = [...Array.from({ length: count }, () => front / count), ...taper.reverse()];
    const offsets = [];
    let at = 0;
    for (const size of sizes.slice(0, -1)) {
        at += size;
        offsets.push(Math.floor(at));
    }
    return offsets;
}
/** How many decoded Parquet bytes weigh as one CSV byte against minBytes. */
const PARQUET_BYTES_PER_CSV_BYTE = 6;
/**
 * The same for the bytes of string columns without a dictionary: each value is cast and checked from its
 * bytes as a CSV cell is, so they weigh as CSV bytes. The benchmark's all-string 2 M rows (94.5 MiB decoded,
 * 82.7 of them such strings) took 0.96-1.15 s on one thread here (CPU 1.1-1.4 s), 0.79-0.98 s on two (CPU
 * 1.4-1.7 s; zstd: 0.76-1.04 s against 0.75-0.95 s), six alternating runs each; the typed 2 M rows
 * (57 MiB, its strings in dictionaries) stay on one thread: 0.43-0.47 s against 0.48-0.55 s on two.
 */
const PARQUET_TEXT_BYTES_PER_CSV_BYTE = 1;
/**
 * The same with a profile: every cell then goes to its column's accumulators (sketches, distinct counts,
 * category counts), as many as a CSV cell's, and chunks are never settled by statistics or dictionaries.
 * Whole processes, the benchmark's typed 2 M rows (57 MiB decoded) with a profile, one thread against two
 * (one share each), load 1-2: 1.0-1.35 s against 1.1-1.2 s; 6 M rows: 2.7-3.3 s against 1.9-2.0 s.
 */
const PROFILED_PARQUET_BYTES_PER_CSV_BYTE = 1;
/**
 * Threads for a Parquet file of `groups` row groups that decodes to `decoded` bytes (its column chunks'
 * uncompressed sizes: a zstd file can decode to 30 times its size, so the file's own size says little),
 * with `cores` threads available: 1 below 192 MiB decoded (PARQUET_BYTES_PER_CSV_BYTE x minBytes), where
 * `text` of them, string columns without a dictionary, weigh as CSV bytes (PARQUET_TEXT_BYTES_PER_CSV_BYTE).
 * A second thread pays its start-up, its own module loading and ~25 % more CPU per row (the two cores
 * share caches) before it gains. CPU seconds of whole processes, one thread against two (the benchmarks'
 * files, snappy, load 4-7, two runs each): 57 MiB typed 0.27-0.30 against 0.45-0.48; 96 MiB all-string
 * 0.65-0.76 against 0.99-1.09; 171 MiB typed 0.38-0.39 against 0.62; 285 MiB all-string 1.26-1.31
 * against 1.75-1.77; 380 MiB (the 10M-row benchmark) 2.11-2.13 against 2.63-2.74. On two idle cores
 * the wall is about a thread's half of that plus ~0.2 s: two threads gain from about 1 s of work.
 * `profiling`: a profile is written or compared (PROFILED_PARQUET_BYTES_PER_CSV_BYTE).
 */
function parquetThreads(decoded, groups, cores, minBytes = PARALLEL_DEFAULTS.minBytes, profiling = false, text = 0) {
    const work = profiling
        ? decoded / PROFILED_PARQUET_BYTES_PER_CSV_BYTE
        : (decoded - text) / PARQUET_BYTES_PER_CSV_BYTE + text / PARQUET_TEXT_BYTES_PER_CSV_BYTE;
    if (cores < 2 || groups < 2 || work < minBytes)
        return 1;
    return Math.min(cores, groups, PARALLEL_DEFAULTS.maxWorkers);
}
/**
 * Progress across ranges: each range's reader (worker or main thread) writes its bytes read into its slot
 * of a shared array; the sum goes to `onProgress` every 200 ms while the main thread waits, and after each
 * read of a range the main thread scans itself.
 */
function rangeProgress(count, onProgress) {
    if (!onProgress)
        return { job: () => undefined, report: undefined, stop: () => { } };
    const shared = new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT);
    const done = new Float64Array(shared);
    const report = () => onProgress(done.reduce((sum, bytes) => sum + bytes, 0));
    const timer = setInterval(report, 200);
    timer.unref();
    return {
        job: (slot) => ({ shared, slot }),
        report,
        stop: () => {
            clearInterval(timer);
            report();
        },
    };
}
/** Workers for this file, or 0 when the parallel path does not apply (a small file, one core, ts-jest). */
function workersFor(file, options, bytes = file.bytes) {
    const workers = Math.min(options.workers || (0,external_node_os_.availableParallelism)(), PARALLEL_DEFAULTS.maxWorkers);
    if (workers < 2 || bytes < (options.minBytes ?? PARALLEL_DEFAULTS.minBytes))
        return 0;
    return range_worker.WORKER_ENTRY.endsWith('.js') ? workers : 0; // under ts-jest the entry is TypeScript
}
/** The fields of a worker's job that every format shares: file, schema, limits, label field, profiling. */
function sharedJob(file, state, options) {
    const schema = state?.options.schema;
    const labelField = state?.options.labelField;
    return {
        kind: 'mlci-csv-range',
        path: file.absolute,
        file: file.path,
        schema,
        maxErrors: options.maxErrors,
        labelField: labelField === undefined || !schema ? undefined : schema.fields[labelField].name,
        profiling: state?.options.profiler !== undefined,
        reference: options.reference,
    };
}
/** A CSV range job's fields: the shared ones, the range, and the dialect and header mapping of the file. */
function csvRangeJob(file, state, options, range, dialect, columns) {
    return {
        ...sharedJob(file, state, options),
        format: 'csv',
        start: range.start,
        end: range.end,
        dialect,
        fieldOf: Array.from(columns.fieldOf),
        labels: columns.labels,
        duplicateRows: options.duplicateRows,
    };
}
// JSONL and Parquet jobs carry no CSV dialect or header mapping.
const NOT_CSV = { dialect: { delimiter: 44, quote: 34, header: false }, fieldOf: [], labels: [] };
/**
 * Validates a CSV file over newline-aligned byte ranges in worker threads (both cores of a runner) and
 * merges the results in range order, so rows, lines and samples are those of a single pass. Returns
 * false, having changed nothing, when it does not apply: a small file, a header it cannot read, ranges
 * that began inside quoted fields (quoted newlines), or any range that failed. The caller then scans
 * the file on one thread, which also reports such errors with exact lines.
 */
async function validateCsvParallel(file, state, dialect, options) {
    const count = workersFor(file, options);
    if (count === 0)
        return false;
    const header = readHeader(file, dialect);
    if (!header)
        return false;
    const columns = (0,validate_header/* matchHeader */.Rh)(header.labels, state.options.schema, file.path);
    const ranges = splitAtLines(header.end, file.bytes, count, (offset) => lineFeedAfter(file.absolute, offset));
    const progress = rangeProgress(ranges.length, options.onProgress);
    const workers = ranges.map((range, slot) => startWorker({
        progress: progress.job(slot),
        ...csvRangeJob(file, state, options, range, dialect, columns),
    }));
    try {
        const results = await Promise.all(workers.map((worker) => worker.result));
        progress.stop();
        if (results.some((result) => result.failure !== undefined) || !alignedRanges(results))
            return false;
        for (const error of columns.errors)
            state.options.errors.add(error);
        mergeResults(results, state, state.options.errors, options.profiles, { rows: 1, lines: header.lines });
        return true;
    }
    finally {
        progress.stop();
        for (const worker of workers)
            worker.terminate();
    }
}
/**
 * Merges range results in order: samples shifted to file rows and lines (the first N of each type stay
 * the file's first N), counts summed, partial profiles collected for mergeProfiles.
 */
function mergeResults(results, state, errors, profiles, start) {
    // Byte ranges number their rows from 1 and need shifting; Parquet parts number them from the file start.
    let { rows, lines } = start === 'absolute' ? { rows: 0, lines: 0 } : start;
    let records = 0;
    for (const result of results) {
        errors.merge(result.errors, { rows, lines });
        if (start !== 'absolute') {
            rows += result.rows;
            lines += result.lines;
        }
        records += result.rows;
        if (state) {
            state.rows += result.checkedRows;
            for (let i = 0; i < state.nulls.length; i++) {
                state.nulls[i] += result.nulls[i];
                state.typeErrors[i] += result.typeErrors[i];
                state.constraintErrors[i] += result.constraintErrors[i];
            }
            for (const [label, count] of result.labelCounts)
                state.labelCounts.set(label, (state.labelCounts.get(label) ?? 0) + count);
        }
        if (result.profile)
            profiles.push(result.profile);
    }
    return records;
}
/**
 * JSONL over newline-aligned parts of the file: always safe, since a raw newline cannot occur inside a
 * JSON string. The main thread and the workers claim the parts one at a time from a shared counter; each
 * part is scanned as its own range and the parts merge in file order (rows and lines shifted by the parts
 * before), so the report is the single pass's. Returns the number of records, or undefined (nothing
 * changed) when it does not apply.
 */
async function validateJsonlParallel(file, state, errors, record, options) {
    const threads = workersFor(file, options);
    if (threads === 0)
        return undefined;
    const parts = splitAtOffsets(0, file.bytes, jsonlPartOffsets(file.bytes, threads), (offset) => lineFeedAfter(file.absolute, offset));
    const blocks = [...parts.map((part) => part.start), file.bytes];
    const claim = new SharedArrayBuffer(4);
    const progress = rangeProgress(threads, options.onProgress);
    const job = (slot) => ({
        progress: progress.job(slot),
        ...sharedJob(file, state, options),
        ...NOT_CSV,
        format: 'jsonl',
        record,
        start: 0,
        end: file.bytes,
        claim,
        blocks,
    });
    // The main thread, idle otherwise, claims parts too, from the start, while the workers load: one worker
    // fewer to start (module loading and JIT warm-up were a sixth of the CPU time of a 200 MiB file).
    const others = Array.from({ length: threads - 1 }, (_, k) => runWorker(job(k + 1)));
    let results;
    try {
        results = [await (0,range_worker.runRangeJob)(job(0), progress.report), ...(await Promise.all(others))];
    }
    finally {
        progress.stop();
    }
    if (results.some((result) => result.failure !== undefined))
        return undefined;
    const done = results.flatMap((result) => result.parts ?? []).sort((a, b) => a.group - b.group);
    if (done.length !== parts.length)
        return undefined;
    return mergeResults(done.map((part) => part.result), state, errors, options.profiles, { rows: 0, lines: 0 });
}
/** .jsonl.gz: segments of this many inflated bytes, handed to the threads one at a time. */
const GZIP_SEGMENT_BYTES = 2 * 2 ** 20;
/** A compressed byte weighs as this many bytes against minBytes (JSONL compresses 5-10:1). */
const GZIP_RATIO_GUESS = 4;
/**
 * .jsonl.gz on several threads. gzip cannot be split, so a worker inflates (gunzip-worker.ts) and cuts
 * the text into segments of whole lines, numbered with their first line and record; the main thread and
 * the range workers each ask it for the next segment when done with one, and validate it with rows and
 * lines of the file. Inflating and validating run side by side, and validation on every thread. The
 * threads' errors interleave by row: per type, the first samples by row are the single pass's. Returns the
 * record count, or undefined (nothing changed) when it does not apply or anything failed (bad gzip, the
 * limits, invalid UTF-8...): the caller then reads the file on one thread, which reports that exactly.
 */
async function validateJsonlGzipParallel(file, state, errors, record, options) {
    const threads = workersFor(file, options, file.bytes * GZIP_RATIO_GUESS);
    if (threads === 0)
        return undefined;
    const channels = Array.from({ length: threads }, () => new external_node_worker_threads_.MessageChannel());
    const progress = rangeProgress(1, options.onProgress);
    const segments = {
        path: file.absolute,
        ports: channels.map((channel) => channel.port1),
        segmentBytes: GZIP_SEGMENT_BYTES,
        maxSegmentBytes: GZIP_SEGMENT_BYTES + 2 * csv_dialect/* CSV_LIMITS */.O.maxRecordBytes,
        // Lines near the record limit go to one thread, where the limit applies as it always has.
        maxLineBytes: csv_dialect/* CSV_LIMITS */.O.maxRecordBytes - 2 * 2 ** 20,
        ahead: threads + 1,
        compressedBytes: file.bytes,
        limits: read_bytes/* GZIP_LIMITS */.QU,
        progress: progress.job(0),
    };
    // The spare the entry booted for this file, when there is one, gets the job as its first message.
    const spare = (0,spare_worker/* takeSpareInflater */.CN)();
    spare?.postMessage(segments, [...segments.ports]);
    const inflater = spare ??
        new external_node_worker_threads_.Worker(gunzip_worker/* GUNZIP_SEGMENTS_SOURCE */.TD, {
            eval: true,
            workerData: segments,
            transferList: [...segments.ports],
            stdout: true,
            stderr: true,
        });
    const failed = new Promise((resolve) => {
        const failure = (why) => resolve({ failure: `gunzip worker: ${why}` });
        inflater.once('error', (error) => failure(error.message));
        inflater.once('exit', (code) => failure(`exited with code ${code}`));
    });
    const job = (port) => ({
        ...sharedJob(file, state, options),
        ...NOT_CSV,
        format: 'jsonl',
        record,
        start: 0,
        end: 0,
        segments: port,
    });
    const others = channels.slice(1).map((channel) => startWorker(job(channel.port2), [channel.port2]));
    const mine = channels[0].port2;
    let results;
    try {
        const all = Promise.all([
            (0,range_worker.runRangeJob)(job(mine), progress.report),
            ...others.map((other) => other.result),
        ]);
        // A gunzip worker that dies answers no one: its failure ends the wait, and the finally clause the rest.
        results = await Promise.race([all, failed.then((failure) => [failure])]);
    }
    finally {
        progress.stop();
        void inflater.terminate();
        for (const other of others)
            other.terminate();
        mine.close();
    }
    if (results.some((result) => result.failure !== undefined))
        return undefined;
    const [first, ...rest] = results;
    const none = { counts: [], samples: [] };
    return mergeResults([
        {
            ...first,
            errors: byRow(results.map((result) => result.errors), errors.perType),
        },
        ...rest.map((result) => ({ ...result, errors: none })),
    ], state, errors, options.profiles, 'absolute');
}
/** Errors of threads whose rows interleave, as one pass adds them: per type, the first samples by row. */
function byRow(parts, perType) {
    const counts = new Map();
    const samples = new Map();
    for (const part of parts) {
        for (const [type, count] of part.counts)
            counts.set(type, (counts.get(type) ?? 0) + count);
        for (const [type, list] of part.samples)
            samples.set(type, [...(samples.get(type) ?? []), ...list]);
    }
    const first = [...samples].map(([type, list]) => {
        const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
        return [type, sorted.slice(0, perType)];
    });
    return { counts: [...counts], samples: first };
}
function runWorker(job) {
    const worker = startWorker(job);
    return worker.result.finally(() => worker.terminate());
}
/** Starts a range worker on `job` (`transferList`: ports the job carries); the caller terminates it. */
function startWorker(job, transferList = []) {
    // The spare worker the entry started, when there is one, gets the job as its first message.
    const spare = (0,spare_worker/* takeSpare */.pO)();
    spare?.postMessage(job, [...transferList]);
    // stdout/stderr: true keeps whatever an entry module prints in a worker (the CLI bundle's main)
    // out of the user's terminal; the range result comes back as a message.
    const worker = spare ??
        new external_node_worker_threads_.Worker(range_worker.WORKER_ENTRY, {
            workerData: job,
            transferList: [...transferList],
            stdout: true,
            stderr: true,
        });
    let pending;
    let gone;
    const fail = (why) => {
        gone ??= why;
        pending?.reject(new Error(`validate-data worker: ${why}`));
        pending = undefined;
    };
    const result = new Promise((resolve) => {
        let scanned = false;
        worker.on('message', (message) => {
            if (!scanned) {
                scanned = true;
                resolve(message);
            }
            else {
                pending?.resolve(message);
                pending = undefined;
            }
        });
        worker.once('error', (error) => {
            resolve({ failure: error.message });
            fail(error.message);
        });
        worker.once('exit', (code) => {
            resolve({ failure: `worker exited with code ${code}` });
            fail(`exited with code ${code}`);
        });
    });
    return {
        result,
        request: (request) => new Promise((resolve, reject) => {
            if (gone)
                return reject(new Error(`validate-data worker: ${gone}`));
            pending = { resolve: resolve, reject };
            worker.postMessage(request);
        }),
        terminate: () => void worker.terminate(),
    };
}
const PROBE_BYTES = 1 << 20;
/** The header labels, the byte offset where data starts and the lines the header took; undefined if unclear. */
function readHeader(file, dialect) {
    const buf = Buffer.alloc(Math.min(PROBE_BYTES, file.bytes));
    const fd = (0,external_node_fs_.openSync)(file.absolute, 'r');
    try {
        (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    let labels;
    let end = 0;
    let scanner;
    const sink = {
        row: (b, starts, ends, flags, count) => {
            if (labels)
                return;
            labels = Array.from({ length: count }, (_, i) => (0,csv_table/* cellText */.I)(b, starts[i], ends[i], flags[i]));
            end = scanner.recordEnd;
        },
    };
    scanner = new csv_scanner/* CsvScanner */.BR(dialect, sink);
    const lf = buf.indexOf(10, bom);
    if (lf === -1)
        return undefined;
    try {
        scanner.scan(buf, bom, lf + 1, false);
    }
    catch {
        return undefined;
    }
    return labels && end === lf + 1 ? { labels, end, lines: 1 } : undefined;
}
function lineFeedAfter(path, offset) {
    const buf = Buffer.alloc(64 * 1024);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        for (let at = offset;; at += buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, at);
            if (n === 0)
                return -1;
            const lf = buf.subarray(0, n).indexOf(10);
            if (lf !== -1)
                return at + lf;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Parquet over row groups: each worker reads a contiguous share of the row groups. Rows are numbered from
 * the file's start in every share, so results merge unshifted. Returns the row count, or undefined when it
 * does not apply (one row group, a small file, keys to check).
 */
async function validateParquetParallel(file, state, options) {
    const workers = workersFor(file, options, Number.POSITIVE_INFINITY);
    if (workers === 0)
        return undefined;
    // hyparquet loads only for a Parquet file (its own chunk of the bundle).
    const { parquetRowGroups } = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 7943));
    const { parquetFile } = await __webpack_require__.e(/* import() */ 626).then(__webpack_require__.bind(__webpack_require__, 6626));
    const buffer = await parquetFile(file.absolute, file.bytes);
    let groups;
    let uncompressed;
    let text;
    try {
        ({ groups, uncompressed, text } = await parquetRowGroups(buffer, file.path));
    }
    finally {
        await buffer.close();
    }
    const profiling = state.options.profiler !== undefined;
    const threads = parquetThreads(uncompressed, groups, workers, options.minBytes, profiling, text);
    if (threads < 2)
        return undefined;
    // The main thread reads row groups too (it would only wait): one thread fewer to start and to hold in
    // memory. The row groups are claimed a few at a time from a shared counter, so a worker that starts
    // late (its modules load first) takes fewer; each claimed run is a part, merged in file order.
    const claim = new SharedArrayBuffer(4);
    // Small claims (a sixteenth of a thread's share): the last ones even out the threads' finishing times.
    // With a profile, one share per thread: each claim is a profile of its own, merged with the others,
    // and a short one costs its sketches' start (the quantile sketch sorts every value of its first 125 000
    // before it samples) and a merge: ~80 ms of CPU per claim on the benchmark's 11 columns.
    const step = profiling ? Math.ceil(groups / threads) : Math.max(1, Math.floor(groups / (16 * threads)));
    const results = await Promise.all(Array.from({ length: threads }, (_, k) => {
        const job = {
            ...sharedJob(file, state, options),
            ...NOT_CSV,
            format: 'parquet',
            groups: [0, groups],
            claim,
            step,
            start: 0,
            end: file.bytes,
        };
        return k === threads - 1 ? (0,range_worker.runRangeJob)(job) : runWorker(job); // the workers start first
    }));
    if (results.some((result) => result.failure !== undefined))
        return undefined;
    const parts = results.flatMap((result) => result.parts ?? []).sort((a, b) => a.group - b.group);
    return mergeResults(parts.map((part) => part.result), state, state.options.errors, options.profiles, 'absolute');
}

;// CONCATENATED MODULE: ./build/actions/validate-data/parallel-key-ranges.js










/**
 * Validates a CSV file with key checks (unique, primaryKey, uniqueKeys, duplicate rows) on every core:
 * this thread checks the first byte range itself, into `state`, as the one-thread scan does; range workers
 * check the others. Every range appends its rows' keys to partitions (key-partitions.ts) instead of one
 * key table; once all are scanned, the threads deduplicate the partitions together, and the repeats,
 * first rows, lines and samples are those of one pass (core/data/validate/recorded-keys.ts). When a
 * worker's range is unusable (it began inside a quoted field, or failed), its keys are left out and this
 * thread scans on from where its own range ended: the one-thread scan, without starting over. Returns
 * false, having changed nothing, when the parallel path does not apply.
 */
async function validateCsvKeysParallel(file, state, dialect, options) {
    const keys = state.options.keys;
    const count = workersFor(file, options);
    if (count === 0 || !keys)
        return false;
    const header = readHeader(file, dialect);
    if (!header)
        return false;
    const columns = (0,validate_header/* matchHeader */.Rh)(header.labels, state.options.schema, file.path);
    // Equal ranges: every thread parses its own, appends its keys and deduplicates a share of the partitions.
    const ranges = splitAtLines(header.end, file.bytes, count, (offset) => lineFeedAfter(file.absolute, offset));
    const progress = rangeProgress(ranges.length, options.onProgress);
    const layout = (0,key_partitions/* partitionLayout */.r8)(options.expectedRows);
    keys.recordPartitioned(layout);
    const workers = ranges.slice(1).map((range, k) => startWorker({
        progress: progress.job(k + 1),
        ...csvRangeJob(file, state, options, range, dialect, columns),
        keys: layout,
    }));
    try {
        for (const error of columns.errors)
            state.options.errors.add(error);
        const scanner = new csv_scanner/* CsvScanner */.BR(dialect, new csv_table/* CsvTable */.d(state, { columns, firstRow: 2 }));
        scanner.line = header.lines + 1;
        const input = new chunked/* ChunkedInput */.$9(scanner, { startOffset: header.end });
        const slot = progress.job(0);
        const done = slot ? new Float64Array(slot.shared) : undefined;
        const read = (from, to, sink) => (0,read_bytes/* readRange */.qX)(file.absolute, sink, from, to, (bytes) => {
            if (!done)
                return;
            done[0] = from - header.end + bytes;
            progress.report?.();
        });
        // The first range, without ending the input: the rest may follow on this thread.
        read(header.end, ranges[0].end, {
            space: () => input.space(),
            commit: (bytes) => input.commit(bytes),
            write: (chunk) => input.write(chunk),
            end: () => { },
        });
        const lastRow = 1 + state.rows;
        // A record left incomplete at the end of this range (a quoted newline there): the next range began
        // inside it, whatever the quote count of the complete records says.
        const open = input.pendingBytes > 0;
        const scans = [{ quoteBytes: scanner.quoteBytes, irregular: scanner.irregular || open }];
        const first = { rows: lastRow, lines: scanner.line - 1 };
        const results = await usableResults(workers, scans);
        let end = ranges[0].end;
        if (!results) {
            for (const worker of workers)
                worker.terminate();
            done?.fill(0);
            read(ranges[0].end, file.bytes, input);
            end = file.bytes;
        }
        else
            input.end();
        // This thread's range first: its rows and lines are the file's.
        const mine = { keys: keys.partitioned(), lines: keys.recordedLines(), shift: { rows: 0, lines: 0 } };
        const others = (results ?? []).map((result, k) => {
            const shift = shifted(first, results.slice(0, k));
            return { keys: result.keyPartitions, lines: result.keyLines, shift };
        });
        const all = [mine, ...others];
        const keep = state.options.errors.perType;
        const helpers = results ? workers : [];
        const found = (0,key_partitions/* mergePartitionRepeats */.Zk)(await dedupe(all, helpers, keep, layout), keep);
        const repeats = all.map((range, r) => ({
            repeats: found[r].repeats,
            dropped: found[r].dropped,
            numbers: range.keys.map((table) => table.numbers),
            lines: range.lines,
            shift: range.shift,
        }));
        // Every range's sampled repeats of a string key are read again for their values at once: this range
        // on this thread, the others on their workers.
        const wanted = rowsToCaptureAll(keys.keySets, repeats, state.options.errors);
        const asked = results ? workers.map((worker, k) => capture(worker, wanted[k + 1])) : [];
        // Awaited in range order below; a later worker failing meanwhile is not an unhandled rejection.
        for (const answer of asked)
            answer.catch(() => { });
        const job = csvRangeJob(file, state, options, { start: header.end, end }, dialect, columns);
        report(keys, state, repeats[0], captureMine(job, wanted[0]));
        if (!results)
            return 'this thread';
        mergeResults(results, state, state.options.errors, options.profiles, first);
        for (let k = 0; k < workers.length; k++)
            report(keys, state, repeats[k + 1], await asked[k]);
        return 'workers';
    }
    finally {
        progress.stop();
        for (const worker of workers)
            worker.terminate();
    }
}
/** Where range k + 1 starts in the file's rows and lines: after the first range and those before it. */
function shifted(first, before) {
    return before.reduce((at, result) => ({ rows: at.rows + result.rows, lines: at.lines + result.lines }), first);
}
/**
 * The workers' results once all are in, or undefined when a range is not usable: it failed, or began
 * inside a quoted field (the ranges before it, `scans` first, were irregular or had an odd quote count).
 */
async function usableResults(workers, scans) {
    const results = await Promise.all(workers.map((worker) => worker.result));
    if (results.some((result) => result.failure !== undefined))
        return undefined;
    return alignedRanges([...scans, ...results]) ? results : undefined;
}
/**
 * Deduplicates every range's partitions on this thread and the `workers` together (they claim partitions
 * from one counter). A worker that fails meanwhile took partitions no one else will do: this thread then
 * does them all again, alone.
 */
async function dedupe(ranges, workers, keep, layout) {
    const request = {
        type: 'dedupe',
        ranges: ranges.map((range) => range.keys),
        rowShifts: ranges.map((range) => range.shift.rows),
        claim: new SharedArrayBuffer(4),
        keep,
        layout,
    };
    const asked = workers.map((worker) => worker.request(request));
    const own = () => (0,key_partitions/* claimFrom */.Jj)(request.claim, layout);
    const mine = (0,key_partitions/* dedupePartitions */.dk)(request.ranges, request.rowShifts, own(), keep, layout);
    try {
        return [mine, ...(await Promise.all(asked))];
    }
    catch {
        new Int32Array(request.claim).fill(0);
        return [(0,key_partitions/* dedupePartitions */.dk)(request.ranges, request.rowShifts, own(), keep, layout)];
    }
}
/** The values of this thread's range's `rows` (file rows), read again from `job` (which numbers them from 1). */
function captureMine(job, rows) {
    const captured = new Map();
    if (rows.length === 0)
        return captured;
    const local = new Set(rows.map((row) => row - 1));
    const scan = (0,range_worker.runRange)({ ...job, profiling: false }, { kind: 'capture', rows: local });
    for (const [row, , values] of scan.captured ?? [])
        captured.set(row + 1, values);
    return captured;
}
/** The values of a worker range's `rows` (its own rows), read again by the worker. */
async function capture(worker, rows) {
    const captured = new Map();
    if (rows.length === 0)
        return captured;
    for (const [row, , values] of await worker.request({ type: 'capture', rows }))
        captured.set(row, values);
    return captured;
}
/** Adds a range's repeats to the errors, with the values captured for its sampled rows. */
function report(keys, state, range, captured) {
    reportRepeats(keys.keySets, range, captured, keys.columnOf, state.options.errors, state.options.file);
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validate-files.js



















/**
 * Validates all files as shards of one table: one schema, one profile, keys unique across files, table
 * checks over the total. A file that cannot be read is a `source-error` in the report, not a crash.
 */
async function validateFiles(options) {
    const { files, log } = options;
    const errors = new error_collector/* ErrorCollector */.KO(options.maxErrors);
    const first = files[0];
    const table = options.schema?.table ??
        (options.schema?.record
            ? undefined
            : await headerSchema(first, formatOf(first.path, options.format), options));
    // ajv loads only for a JSON Schema (records, or a `jsonSchema` constraint): not for the common case.
    const jsonSchema = options.schema?.record !== undefined || (0,compile_table/* usesJsonSchema */.I)(table)
        ? await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 7092))
        : undefined;
    const record = options.schema?.record && jsonSchema
        ? jsonSchema.recordValidator(options.schema.record, options.schema.file)
        : undefined;
    const compiled = table
        ? (0,compile_table/* compileTable */.g)(table, {
            schemaFile: options.schema?.file,
            compileJsonSchema: (schema) => {
                if (!jsonSchema)
                    throw new Error('validate-data: the JSON Schema module was not loaded');
                return jsonSchema.compileJsonSchema(schema, options.schema?.file);
            },
            profiling: options.createProfiler !== undefined,
            duplicateRows: options.checks.duplicateRows === true,
            labelField: options.checks.labelBalance?.field,
            packageKeys: options.packageKeys,
        })
        : undefined;
    if (options.checks.labelBalance && table && compiled?.labelField === undefined)
        throw new core_errors/* UsageError */.eb(`labelBalance: no column "${options.checks.labelBalance.field}" in the schema`);
    const profiler = table && options.createProfiler ? options.createProfiler(table) : undefined;
    const n = table?.fields.length ?? 0;
    const totals = {
        rows: 0,
        nulls: new Float64Array(n),
        typeErrors: new Float64Array(n),
        constraintErrors: new Float64Array(n),
        labelCounts: new Map(),
    };
    const reportFiles = [];
    const partialProfiles = [];
    for (const file of files) {
        const format = formatOf(file.path, options.format);
        const state = table && compiled
            ? new table_state/* TableState */.Ed({ schema: table, file: file.path, errors, ...compiled, profiler })
            : undefined;
        const started = Date.now();
        let rows = 0;
        try {
            if (format === 'csv') {
                if (!state)
                    throw new core_errors/* UsageError */.eb('a JSON Schema describes JSONL records; CSV needs a Table Schema');
                rows = await validateCsv(file, state, options, partialProfiles);
            }
            else if (format === 'jsonl')
                rows = await validateJsonl(file, state, errors, record, options, partialProfiles);
            else {
                if (!state)
                    throw new core_errors/* UsageError */.eb('a JSON Schema describes JSONL records; Parquet needs a Table Schema');
                rows = await validateParquetFile(file, state, options, partialProfiles);
            }
        }
        catch (thrown) {
            if (!(thrown instanceof core_errors/* DataError */.fL))
                throw thrown;
            errors.add({
                type: thrown instanceof chunked/* EncodingError */.Ug ? 'encoding-error' : 'source-error',
                file: file.path,
                line: thrown.where?.line,
                message: thrown.describe({ where: false }),
            });
            rows = state?.rows ?? rows;
        }
        if (state) {
            totals.rows += state.rows;
            for (let i = 0; i < n; i++) {
                totals.nulls[i] += state.nulls[i];
                totals.typeErrors[i] += state.typeErrors[i];
                totals.constraintErrors[i] += state.constraintErrors[i];
            }
            for (const [label, count] of state.labelCounts)
                totals.labelCounts.set(label, (totals.labelCounts.get(label) ?? 0) + count);
        }
        else
            totals.rows += rows;
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        log.info(`${file.path}: ${rows} rows, ${(file.bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(2)} s (${(file.bytes / 2 ** 20 / seconds).toFixed(0)} MiB/s)`);
        reportFiles.push({ path: file.path, format, rows, bytes: file.bytes });
    }
    compiled?.keys?.finish(errors, files.length === 1 ? first.path : '');
    const fieldNames = table?.fields.map((field) => field.name) ?? [];
    const checks = evaluateTableChecks(options.checks, { ...totals, fields: fieldNames });
    const fields = (table?.fields ?? []).map((field, i) => ({
        name: field.name,
        type: field.type,
        nulls: totals.nulls[i],
        typeErrors: totals.typeErrors[i],
        constraintErrors: totals.constraintErrors[i],
    }));
    const profile = profiler
        ? partialProfiles.reduce(profile_profiler/* mergeProfiles */.N, profiler.result())
        : undefined;
    return { files: reportFiles, errors, checks, fields, profile, collected: compiled?.keys?.collected ?? [] };
}
async function validateCsv(file, state, options, profiles) {
    const dialect = (0,csv_dialect/* dialectFor */.S)(file.path, options.delimiter);
    // Keys and duplicate rows of one file: this thread checks the first range and the workers the others,
    // every range's keys deduplicated together (parallel-key-ranges.ts). Across several files (shards of one
    // table), or with foreign keys, every key must meet the others on one thread.
    const keys = state.needValues && state.options.keys?.splittable === true && options.files.length === 1;
    if (!(0,read_bytes/* isGzip */.bf)(file.path) && options.header && options.workers !== 1 && (!state.needValues || keys)) {
        const progress = fileProgress(file, options.log, options.progress);
        const parallel = {
            workers: options.workers,
            maxErrors: options.maxErrors,
            reference: options.reference,
            profiles,
            duplicateRows: options.checks.duplicateRows === true,
            minBytes: options.parallelMinBytes,
            onProgress: progress.update,
        };
        let handled;
        try {
            handled = keys
                ? await validateCsvKeysParallel(file, state, dialect, {
                    ...parallel,
                    expectedRows: estimateRows(file),
                })
                : (await validateCsvParallel(file, state, dialect, parallel)) && 'workers';
        }
        finally {
            progress.end();
        }
        if (handled === 'workers')
            options.log.info(`${file.path}: scanned in ${Math.min(options.workers || (0,external_node_os_.availableParallelism)(), 8)} worker threads`);
        else if (handled === 'this thread')
            options.log.info(`${file.path}: scanned on one thread after the first range (a range began inside a quoted field, or a worker failed)`);
        if (handled)
            return state.rows;
    }
    if (!(0,read_bytes/* isGzip */.bf)(file.path))
        state.options.keys?.expectRows(estimateRows(file));
    const table = new csv_table/* CsvTable */.d(state, options.header ? {} : { columns: undefined, firstRow: 1 });
    if (!options.header)
        table.columns = positional(state);
    const input = new chunked/* ChunkedInput */.$9(new csv_scanner/* CsvScanner */.BR(dialect, table));
    await readWhole(file, input, options.log, options.progress);
    if (options.header && table.columns === undefined)
        state.options.errors.add({
            type: 'source-error',
            file: file.path,
            message: 'the file is empty: no header row',
        });
    return state.rows;
}
/**
 * About how many rows a CSV file holds, from the lines of its first 64 KiB, plus 5% (0 for a file that
 * small: the key tables start with room for 3,072 keys). Sizes the key tables once (KeyChecks.expectRows).
 * At most 8M rows (a 134 MB table): a file whose first lines are short and the rest long would otherwise
 * reserve memory for rows it does not have; a larger table grows as it fills.
 */
function estimateRows(file) {
    const sample = 64 * 1024;
    if (file.bytes <= sample)
        return 0;
    const buffer = Buffer.alloc(sample);
    let read;
    try {
        const fd = (0,external_node_fs_.openSync)(file.absolute, 'r');
        try {
            read = (0,external_node_fs_.readSync)(fd, buffer, 0, sample, 0);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return 0; // only an estimate: the scan itself reports an unreadable file, with its name
    }
    let lines = 0;
    for (let at = buffer.indexOf(10); at !== -1 && at < read; at = buffer.indexOf(10, at + 1))
        lines++;
    return lines === 0 ? 0 : Math.min(MAX_ESTIMATE, Math.ceil(((file.bytes / read) * lines * 21) / 20));
}
const MAX_ESTIMATE = 2 ** 23;
function positional(state) {
    const fields = state.options.schema.fields;
    return { fieldOf: Int32Array.from(fields, (_, i) => i), labels: fields.map((f) => f.name), errors: [] };
}
async function validateJsonl(file, state, errors, record, options, profiles) {
    if (options.workers !== 1 && !state?.needValues) {
        const parallel = {
            workers: options.workers,
            maxErrors: options.maxErrors,
            reference: options.reference,
            profiles,
        };
        const progress = fileProgress(file, options.log, options.progress);
        let records;
        try {
            const validate = (0,read_bytes/* isGzip */.bf)(file.path) ? validateJsonlGzipParallel : validateJsonlParallel;
            records = await validate(file, state, errors, options.schema?.record, {
                ...parallel,
                minBytes: options.parallelMinBytes,
                onProgress: progress.update,
            });
        }
        finally {
            progress.end();
        }
        if (records !== undefined) {
            if (records === 0)
                errors.add({ type: 'source-error', file: file.path, message: 'the file has no records' });
            options.log.info(`${file.path}: scanned in worker threads`);
            return records;
        }
    }
    const table = new jsonl_table/* JsonlTable */.F(state, file.path, errors, record);
    const input = new chunked/* ChunkedInput */.$9(table);
    await readWhole(file, input, options.log, options.progress);
    if (table.rows === 0)
        errors.add({ type: 'source-error', file: file.path, message: 'the file has no records' });
    return table.rows;
}
async function validateParquetFile(file, state, options, profiles) {
    if (options.workers !== 1 && !state.needValues) {
        const parallel = {
            workers: options.workers,
            maxErrors: options.maxErrors,
            reference: options.reference,
            profiles,
        };
        const rows = await validateParquetParallel(file, state, {
            ...parallel,
            minBytes: options.parallelMinBytes,
        });
        if (rows !== undefined) {
            options.log.info(`${file.path}: row groups read in worker threads`);
            return rows;
        }
    }
    // hyparquet and the decoders load only for a Parquet file.
    const { validateParquet } = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 7943));
    const { parquetFile } = await __webpack_require__.e(/* import() */ 626).then(__webpack_require__.bind(__webpack_require__, 6626));
    const buffer = await parquetFile(file.absolute, file.bytes);
    try {
        return await validateParquet(buffer, state);
    }
    finally {
        await buffer.close();
    }
}
/**
 * The progress of reading one file, one thread or many: the updating line on a terminal, else a log line
 * every 10 s with bytes done, rate and ETA (the bytes of a .gz are compressed bytes). `end` clears the line.
 */
function fileProgress(file, log, tty) {
    return progressOrLog(tty, (line) => log.info(line), {
        label: file.path,
        total: file.bytes,
        everyMs: 10_000,
        line: (bytes, seconds) => {
            const rate = bytes / seconds;
            const eta = rate > 0 ? Math.round((file.bytes - bytes) / rate) : 0;
            const pct = ((100 * bytes) / Math.max(1, file.bytes)).toFixed(0);
            return `${file.path}: ${pct}% (${(bytes / 2 ** 20).toFixed(0)} MiB, ${(rate / 2 ** 20).toFixed(0)} MiB/s, about ${eta} s left)`;
        },
    });
}
/** Feeds a whole file (gunzipped when it is .gz) to `input`, with progress; errors name the file. */
async function readWhole(file, input, log, tty) {
    const progress = fileProgress(file, log, tty);
    try {
        if ((0,read_bytes/* isGzip */.bf)(file.path))
            await (0,read_bytes/* readGzip */.H9)(file.absolute, input, file.bytes, progress.update);
        else
            (0,read_bytes/* readRange */.qX)(file.absolute, input, 0, Number.POSITIVE_INFINITY, progress.update);
    }
    catch (thrown) {
        throw withFile(thrown, file.path);
    }
    finally {
        progress.end();
    }
}
function withFile(thrown, path) {
    if (!(thrown instanceof core_errors/* MlciError */.sc) || thrown.where)
        return thrown;
    const Kind = thrown instanceof chunked/* EncodingError */.Ug ? chunked/* EncodingError */.Ug : core_errors/* DataError */.fL;
    return new Kind(thrown.message, { where: { file: path }, hint: thrown.hint, cause: thrown.cause });
}

;// CONCATENATED MODULE: ./build/core/data/package/data-package.js

/** True for a relative path that stays inside the package directory (no absolute path, no `..`). */
function insidePackage(path) {
    return (!path.startsWith('/') &&
        !path.startsWith('\\') &&
        !/^[a-z]:/i.test(path) &&
        !path.split(/[\\/]/).includes('..'));
}
function data_package_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Reads a datapackage.json/.yaml. Paths must be relative and stay inside the package directory (the
 * Data Package spec forbids absolute and `..` paths: a descriptor from a PR must not read other files);
 * URLs are refused because mlci reads no remote data.
 */
function readDataPackage(doc) {
    const fail = (path, message, hint) => {
        throw new core_errors/* UsageError */.eb(`invalid data package: ${message}`, { where: doc.where(path), hint });
    };
    if (!data_package_isObject(doc.value))
        return fail([], 'expected an object with `resources`');
    const raw = doc.value.resources;
    if (!Array.isArray(raw) || raw.length === 0)
        return fail(['resources'], '`resources` must be a non-empty list', 'see docs/validate-data.md#data-packages');
    const names = new Set();
    const resources = raw.map((resource, index) => {
        const at = ['resources', index];
        if (!data_package_isObject(resource))
            return fail(at, 'a resource must be an object with `name`, `path` and `schema`');
        const name = resource.name;
        if (typeof name !== 'string' || name === '')
            return fail([...at, 'name'], 'a resource needs a `name`');
        if (names.has(name))
            fail([...at, 'name'], `duplicate resource name "${name}"`);
        names.add(name);
        const path = resource.path;
        const paths = typeof path === 'string' ? [path] : path;
        if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string' || p === ''))
            return fail([...at, 'path'], `resource "${name}": \`path\` must be a path or a list of paths`);
        paths.forEach((p, i) => {
            const where = [...at, 'path', ...(typeof path === 'string' ? [] : [i])];
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p))
                fail(where, `resource "${name}": remote path ${p} is not supported`, 'download the file first');
            if (!insidePackage(p))
                fail(where, `resource "${name}": path ${p} must be relative and stay inside the package directory`);
        });
        const schema = resource.schema;
        if (schema !== undefined && typeof schema !== 'string' && !data_package_isObject(schema))
            return fail([...at, 'schema'], `resource "${name}": \`schema\` must be an object or a path`);
        const format = resource.format;
        if (format !== undefined && typeof format !== 'string')
            fail([...at, 'format'], 'must be a string');
        const dialect = resource.dialect;
        if (dialect !== undefined && !data_package_isObject(dialect))
            fail([...at, 'dialect'], 'must be an object');
        const delimiter = data_package_isObject(dialect) ? dialect.delimiter : undefined;
        if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1))
            fail([...at, 'dialect', 'delimiter'], 'must be one character');
        const header = data_package_isObject(dialect) ? dialect.header : undefined;
        if (header !== undefined && typeof header !== 'boolean')
            fail([...at, 'dialect', 'header'], 'must be true or false');
        return {
            name,
            index,
            paths: paths,
            schema: typeof schema === 'string' || schema === undefined
                ? schema
                : { file: doc.file, value: schema, where: (p) => doc.where([...at, 'schema', ...p]) },
            format: format,
            delimiter: delimiter,
            header: header,
        };
    });
    return { file: doc.file, resources, where: doc.where };
}

;// CONCATENATED MODULE: ./build/core/data/package/package-order.js

/**
 * Checks every cross-resource foreign key (the resource and its fields exist) and orders the resources
 * so that a referenced resource is read first (its key set is then complete when the referencing one is
 * read, so a miss is reported at once, in one pass). A cycle cannot be ordered: a usage error naming it.
 * Keys naming their own resource are not in `references`: the table checks them itself (KeyChecks).
 */
function planPackage(resources) {
    const byName = new Map(resources.map((r) => [r.name, r]));
    const collect = new Map(resources.map((r) => [r.name, []]));
    const references = new Map(resources.map((r) => [r.name, []]));
    const edges = new Map(resources.map((r) => [r.name, []]));
    for (const resource of resources) {
        resource.schema.foreignKeys.forEach((key, k) => {
            if (key.resource === undefined || key.resource === resource.name)
                return;
            const target = byName.get(key.resource);
            const at = ['foreignKeys', k, 'reference'];
            if (!target)
                throw new core_errors/* UsageError */.eb(`resource "${resource.name}": foreign key references resource "${key.resource}", which is not in the package`, { where: resource.where([...at, 'resource']), hint: `resources: ${[...byName.keys()].join(', ')}` });
            const names = new Set(target.schema.fields.map((f) => f.name));
            const missing = key.referenceFields.filter((f) => !names.has(f));
            if (missing.length > 0)
                throw new core_errors/* UsageError */.eb(`resource "${resource.name}": foreign key references field(s) ${missing.join(', ')} that resource "${target.name}" does not have`, { where: resource.where([...at, 'fields']), hint: `its fields: ${[...names].join(', ')}` });
            const lists = collect.get(target.name);
            let slot = lists.findIndex((l) => l.join('\u0000') === key.referenceFields.join('\u0000'));
            if (slot === -1)
                slot = lists.push([...key.referenceFields]) - 1;
            references
                .get(resource.name)
                .push({ from: resource.name, key: { ...key, resource: target.name }, slot });
            edges.get(resource.name).push(target.name);
        });
    }
    return {
        order: topologicalOrder(resources.map((r) => r.name), edges, byName),
        collect,
        references,
    };
}
/** Depth-first: a name comes after everything it depends on; a back edge is a cycle. */
function topologicalOrder(names, edges, byName) {
    const order = [];
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'open') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            const first = byName.get(cycle[0]);
            const k = first.schema.foreignKeys.findIndex((key) => key.resource === cycle[1]);
            throw new core_errors/* UsageError */.eb(`foreign keys form a cycle: ${cycle.join(' -> ')}`, {
                where: first.where(['foreignKeys', Math.max(0, k), 'reference', 'resource']),
                hint: 'a resource can only be checked against resources read before it; break the cycle',
            });
        }
        state.set(name, 'open');
        stack.push(name);
        for (const next of edges.get(name) ?? [])
            visit(next);
        stack.pop();
        state.set(name, 'done');
        order.push(name);
    };
    for (const name of names)
        visit(name);
    return order;
}

// EXTERNAL MODULE: ./build/core/data/table-schema/load-schema.js + 4 modules
var load_schema = __webpack_require__(6017);
;// CONCATENATED MODULE: ./build/core/data/table-schema/load-any.js



function looksLikeJsonSchema(value) {
    const uri = typeof value.$schema === 'string' ? value.$schema : '';
    return uri.includes('json-schema.org') || value.properties !== undefined || value.type === 'object';
}
/**
 * Tells the schema kinds apart: `fields` (Table Schema) or `columns` (short form), else a JSON Schema
 * (`$schema: https://json-schema.org/...`, or `type: object` / `properties`). Checks ride along in `checks:`.
 * Asynchronous because only a JSON Schema loads the compiler (ajv): a Table Schema, the common case,
 * does not pay its start-up.
 */
async function loadSchema(doc) {
    const value = doc.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new core_errors/* UsageError */.eb('invalid schema: expected an object', { where: doc.where([]) });
    const object = value;
    if (object.fields !== undefined || object.columns !== undefined) {
        return { file: doc.file, table: (0,load_schema/* loadTableSchema */.y)(doc), checks: readTableChecks(doc, ['checks']) };
    }
    if (looksLikeJsonSchema(object)) {
        const { compileJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 7092));
        compileJsonSchema(object, doc.file); // fails early, at load, on a schema ajv cannot compile
        return { file: doc.file, record: object, checks: {} };
    }
    throw new core_errors/* UsageError */.eb('invalid schema: expected `fields` (Table Schema), `columns` (short form) or a JSON Schema', {
        where: doc.where([]),
        hint: 'see docs/validate-data.md#schemas',
    });
}

// EXTERNAL MODULE: ./build/core/data/table-schema/source-doc.js + 1 modules
var source_doc = __webpack_require__(5913);
;// CONCATENATED MODULE: ./build/actions/validate-data/validate-package.js













async function readText(path, shown, what) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read ${what} ${shown}: ${thrown.code ?? String(thrown)}`);
    }
}
/** A path under the package directory as the report shows it: relative to the workspace, `/`-separated. */
function shown(cwd, absolute) {
    return (0,external_node_path_.relative)(cwd, absolute).split(external_node_path_.sep).join('/');
}
async function loadResourceSchema(pkg, index, cwd) {
    const resource = pkg.resources[index];
    if (typeof resource.schema !== 'string')
        return resource.schema;
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, pkg.file));
    const absolute = (0,external_node_path_.resolve)(dir, resource.schema);
    if (!insidePackage(resource.schema))
        throw new core_errors/* UsageError */.eb(`resource "${resource.name}": schema path must stay inside the package directory`, {
            where: pkg.where(['resources', index, 'schema']),
        });
    const file = shown(cwd, absolute);
    return (0,source_doc/* parseSourceDoc */.d)(file, await readText(absolute, file, 'schema'));
}
/**
 * The files a package run reads (every resource's data paths and schema files, absolute), for the check
 * that no output is one of them. An unreadable or invalid descriptor gives none: validatePackage reports
 * it with its line once the run starts.
 */
async function packageInputPaths(cwd, descriptor) {
    let pkg;
    try {
        pkg = readDataPackage((0,source_doc/* parseSourceDoc */.d)(descriptor, await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, descriptor), 'utf8')));
    }
    catch {
        return [];
    }
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, descriptor));
    return pkg.resources.flatMap((resource) => [
        ...resource.paths.map((path) => (0,external_node_path_.resolve)(dir, path)),
        ...(typeof resource.schema === 'string' ? [(0,external_node_path_.resolve)(dir, resource.schema)] : []),
    ]);
}
/**
 * Validates every resource of a data package, referenced resources first, and checks foreign keys across
 * them; errors carry their resource. Each resource is one table (its paths are shards), as a plain run.
 */
async function validatePackage(options) {
    const { cwd, log } = options;
    const pkg = readDataPackage((0,source_doc/* parseSourceDoc */.d)(options.descriptor, await readText((0,external_node_path_.resolve)(cwd, options.descriptor), options.descriptor, 'data package')));
    const docs = await Promise.all(pkg.resources.map((_, i) => loadResourceSchema(pkg, i, cwd)));
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, options.descriptor));
    const dataFiles = pkg.resources.map((resource) => resolveDataFiles(resource.paths.map((p) => shown(cwd, (0,external_node_path_.resolve)(dir, p))), cwd));
    const loaded = await Promise.all(docs.map((doc, i) => doc ? loadSchema(doc) : inferResourceSchema(pkg.resources[i], dataFiles[i], log)));
    const schemas = pkg.resources.map((resource, i) => {
        const table = loaded[i].table;
        if (!table)
            throw new core_errors/* UsageError */.eb(docs[i]
                ? `resource "${resource.name}": a data package resource needs a Table Schema`
                : `resource "${resource.name}" has no schema, and a schema is inferred only from a CSV header or Parquet columns`, {
                where: pkg.where(['resources', i, docs[i] ? 'schema' : 'name']),
                hint: docs[i] ? undefined : 'add a `schema` (a Table Schema) to the resource',
            });
        // A key naming its own resource is a reference within the table: KeyChecks checks those.
        const foreignKeys = table.foreignKeys.map((key) => key.resource === resource.name ? { ...key, resource: undefined } : key);
        return {
            name: resource.name,
            schema: { ...table, foreignKeys },
            where: docs[i]?.where ?? ((path) => pkg.where(['resources', i, ...path])),
        };
    });
    const plan = planPackage(schemas);
    const errors = new error_collector/* ErrorCollector */.KO(options.maxErrors);
    const files = [];
    const checks = [];
    const fields = [];
    const keySets = new Map();
    for (const name of plan.order) {
        const i = pkg.resources.findIndex((r) => r.name === name);
        const resource = pkg.resources[i];
        const schema = schemas[i].schema;
        const data = dataFiles[i];
        const result = await log.group(`Resource ${name}: ${data.length} file(s)`, () => validateFiles({
            files: data,
            format: resource.format,
            delimiter: resource.delimiter,
            header: resource.header ?? true,
            schema: { ...loaded[i], table: schema },
            checks: mergeChecks(loaded[i].checks, options.extraChecks),
            maxErrors: options.maxErrors,
            workers: options.workers,
            packageKeys: {
                collect: plan.collect.get(name) ?? [],
                references: (plan.references.get(name) ?? []).map((ref) => ({
                    ...ref.key,
                    keys: keySets.get(ref.key.resource)[ref.slot],
                })),
            },
            log,
        }));
        keySets.set(name, result.collected);
        const serialized = result.errors.serialize();
        errors.merge({
            counts: serialized.counts,
            samples: serialized.samples.map(([type, list]) => [type, list.map((e) => ({ ...e, resource: name }))]),
        });
        files.push(...result.files);
        checks.push(...result.checks.map((c) => ({ ...c, message: `${name}: ${c.message}` })));
        fields.push(...result.fields.map((f) => ({ ...f, name: `${name}.${f.name}` })));
    }
    return { files, errors, checks, fields, collected: [] };
}
/**
 * A resource without a schema gets one inferred from its first file, as frictionless does: the header's
 * labels, each typed by the narrowest type its first MiB of cells fits (so other resources' typed foreign
 * keys resolve against it). A notice says so: an inferred schema checks structure, not meaning.
 */
async function inferResourceSchema(resource, files, log) {
    const first = files[0];
    const table = await headerSchema(first, formatOf(first.path, resource.format), {
        delimiter: resource.delimiter,
        header: resource.header ?? true,
        inferTypes: true,
    });
    const fields = table?.fields.map((f) => `${f.name}: ${f.type}`).join(', ') ?? '';
    log.notice(`resource "${resource.name}" has no schema; inferred from ${first.path}: ${fields || '(no columns)'}. Add a schema to check types and constraints.`);
    return { file: first.path, table, checks: {} };
}

;// CONCATENATED MODULE: ./build/platform/data/profile-file.js



// Profiles come from other jobs' artifacts (possibly a fork's): read as data, under a size cap
// (reference/reliability-and-security.md ART-01). A real profile is tens of KB per column.
const MAX_PROFILE_BYTES = 64 * 2 ** 20;
/** Reads and checks one profile file (merge-profiles' shards, either command's reference), size-capped. */
function readProfileFile(path, shown = path) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read profile ${shown}: ${thrown.code ?? String(thrown)}`);
    }
    if (size > MAX_PROFILE_BYTES) {
        throw new core_errors/* DataError */.fL(`${size} bytes, over the ${MAX_PROFILE_BYTES / 2 ** 20} MiB profile limit`, {
            where: { file: shown },
            hint: 'a profile is tens of KB per column; this file is not one',
        });
    }
    return (0,profile_json/* parseProfile */.j)((0,external_node_fs_.readFileSync)(path, 'utf8'), shown);
}

;// CONCATENATED MODULE: ./build/platform/fs/read-input.js



/** A text input file (a schema, checks, predictions), or a usage error naming what it is and why not. */
async function readInputText(cwd, path, what) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read ${what} ${path}: ${thrown.code ?? String(thrown)}`);
    }
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validation-inputs.js






/** Reads the schema, checks and reference profile of a validation (paths relative to `cwd`). */
async function readValidationInputs(cwd, files) {
    const schema = files.schema
        ? await loadSchema((0,source_doc/* parseSourceDoc */.d)(files.schema, await readInputText(cwd, files.schema, 'schema')))
        : undefined;
    const extraChecks = files.checks
        ? readTableChecks((0,source_doc/* parseSourceDoc */.d)(files.checks, await readInputText(cwd, files.checks, 'checks')), [])
        : {};
    const referencePath = files['reference-profile'];
    return {
        schema,
        extraChecks,
        checks: mergeChecks(schema?.checks ?? {}, extraChecks),
        reference: referencePath ? readProfileFile((0,external_node_path_.resolve)(cwd, referencePath), referencePath) : undefined,
    };
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validate-data.js
















/** `mlci validate-data`: schema, table checks and drift over data files; one report, exit 1 when invalid. */
async function validateData(io) {
    const inputs = getValidateDataInputs(io.inputs);
    const files = inputs.datapackage ? [] : resolveDataFiles(inputs.data, io.cwd);
    await checkRunPaths(io, { report: inputs.report, profile: inputs.profile }, {
        data: files.map((file) => file.absolute),
        schema: inputs.schema,
        checks: inputs.checks,
        'reference-profile': inputs['reference-profile'],
        datapackage: inputs.datapackage,
        'datapackage resources': inputs.datapackage ? await packageInputPaths(io.cwd, inputs.datapackage) : [],
    });
    await keepReportCurrent((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/validation-report', version: 1 }, () => validate(io, inputs, files));
}
async function validate(io, inputs, files) {
    const started = performance.now();
    const { schema, extraChecks, checks, reference } = await readValidationInputs(io.cwd, inputs);
    const referencePath = inputs['reference-profile'];
    // Before the long pass: a base-ref that does not exist fails in seconds, not after the data.
    const baseRef = inputs['base-ref'] ?? pullRequestBase(io.env);
    if (inputs['fail-on-schema-change'] && !schema)
        throw new core_errors/* UsageError */.eb('`fail-on-schema-change` needs a `schema` to compare with the base', {
            hint: 'give the schema file: `schema: data/schema.yaml`',
        });
    // A push run has no base: nothing to compare, and not an error (the same workflow serves both events).
    if (inputs['fail-on-schema-change'] && !baseRef)
        io.log.info('no base-ref and not a pull_request run: the schema is not compared');
    const schemaDiff = baseRef && schema && inputs.schema
        ? await schemaChange(io, {
            ref: baseRef,
            path: inputs.schema,
            schema,
            explicit: inputs['base-ref'] !== undefined,
        })
        : undefined;
    const profiling = inputs.profile !== undefined || reference !== undefined;
    const result = inputs.datapackage
        ? await validatePackage({
            cwd: io.cwd,
            descriptor: inputs.datapackage,
            extraChecks,
            maxErrors: inputs['max-errors'],
            workers: inputs.workers,
            log: io.log,
        })
        : await io.log.group(`Validating ${files.length} file(s)`, () => validateFiles({
            files,
            format: inputs.format,
            delimiter: inputs.delimiter,
            header: inputs.header,
            schema,
            checks,
            maxErrors: inputs['max-errors'],
            workers: inputs.workers,
            createProfiler: profiling ? (table) => (0,profile_profiler/* createProfiler */.I)(table.fields, { reference }) : undefined,
            reference,
            log: io.log,
            progress: io.progress,
        }));
    const profile = result.profile;
    if (profile && inputs.profile)
        await writeOut(io.cwd, inputs.profile, (0,profile_json/* formatProfile */.p)(profile));
    let drift;
    if (reference && profile && referencePath) {
        // The drift code loads only when a reference profile is given.
        const { compareProfiles } = await __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 7280));
        drift = driftSection(referencePath, compareProfiles(reference, profile, checks.drift ?? {}));
    }
    const report = buildReport({
        files: result.files,
        durationMs: performance.now() - started,
        errors: result.errors,
        checks: result.checks,
        fields: result.fields,
        profile: profile && inputs.profile ? inputs.profile : undefined,
        drift,
        schemaDiff,
    });
    await writeOut(io.cwd, inputs.report, `${JSON.stringify(report, null, 2)}\n`);
    io.output('valid', String(report.valid));
    io.output('error-count', String(report.errorCount));
    io.output('report', inputs.report);
    if (report.profile)
        io.output('profile', report.profile);
    if (schemaDiff?.status === 'compared')
        io.output('schema-changed', String(schemaDiff.changed));
    annotate(report, io.log);
    await io.summary(renderSummary(report, inputs.report, { failOnSchemaChange: inputs['fail-on-schema-change'] }));
    if (!report.valid && inputs['fail-on-error']) {
        const types = Object.entries(report.errorCounts)
            .map(([type, count]) => `${count} ${type}`)
            .join(', ');
        throw new core_errors/* DataError */.fL(`the data is invalid: ${types}`, {
            hint: `details in ${inputs.report} and the job summary`,
        });
    }
    if (schemaDiff?.changed && inputs['fail-on-schema-change']) {
        throw new core_errors/* DataError */.fL(`the schema ${inputs.schema} differs from ${schemaDiff.base}: ${schemaDiff.changes.join('; ')}`, { hint: 'review the changes; drop `fail-on-schema-change` to only report them' });
    }
}
function driftSection(reference, result) {
    return {
        reference,
        drifted: result.drifted,
        columns: result.columns.map((c) => ({
            column: c.name,
            drifted: c.drifted,
            metrics: { ...c.metrics },
            ...(c.noise ? { noise: { ...c.noise } } : {}),
            reasons: c.reasons,
        })),
    };
}
async function writeOut(cwd, path, text) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    try {
        await writeFileAtomic(target, text);
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot write ${path}: ${thrown.code ?? String(thrown)}`);
    }
}


/***/ }),

/***/ 606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ formatProfile),
  j: () => (/* binding */ parseProfile)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(2807);
;// CONCATENATED MODULE: ./build/core/report-envelope.js
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

// EXTERNAL MODULE: ./build/core/data/profile/profile.js
var profile_profile = __webpack_require__(9212);
;// CONCATENATED MODULE: ./build/core/data/profile/profile-json.js



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
        throw new errors/* DataError */.fL(`not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where: { file },
            cause: thrown,
            hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
        });
    }
    const header = readHeader(value);
    const fail = (why) => {
        throw new errors/* DataError */.fL(`not an mlci data profile: ${why}`, {
            where: { file },
            hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
        });
    };
    if (typeof header === 'string')
        return fail(header);
    if (header.kind !== 'mlci/data-profile')
        return fail(`its kind is "${header.kind}"`);
    if (header.version !== profile_profile/* PROFILE_VERSION */.P) {
        return fail(`profile version ${header.version}, this mlci reads version ${profile_profile/* PROFILE_VERSION */.P}`);
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

/***/ 9944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ describeSchemaDiff),
/* harmony export */   e: () => (/* binding */ diffSchemas)
/* harmony export */ });
/* harmony import */ var _text_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1472);

const SCHEMA_KEYS = ['primaryKey', 'uniqueKeys', 'foreignKeys', 'missingValues', 'fieldsMatch'];
/**
 * Columns added, removed and retyped, and constraints changed, from `base` to `head`. Pure: both
 * schemas are parsed values. A type with a non-default format reads `type/format` (`string/email`).
 */
function diffSchemas(base, head) {
    const before = new Map(base.fields.map((field) => [field.name, field]));
    const after = new Map(head.fields.map((field) => [field.name, field]));
    const added = head.fields
        .filter((f) => !before.has(f.name))
        .map((f) => ({ name: f.name, type: typeOf(f) }));
    const removed = base.fields
        .filter((f) => !after.has(f.name))
        .map((f) => ({ name: f.name, type: typeOf(f) }));
    const retyped = [];
    const constraints = [];
    for (const field of head.fields) {
        const old = before.get(field.name);
        if (!old)
            continue;
        if (typeOf(old) !== typeOf(field))
            retyped.push({ name: field.name, from: typeOf(old), to: typeOf(field) });
        const was = (old.constraints ?? {});
        const now = (field.constraints ?? {});
        for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
            const from = was[key];
            const to = now[key];
            if (!sameValue(from, to))
                constraints.push({ field: field.name, key, from, to });
        }
    }
    for (const key of SCHEMA_KEYS) {
        const from = normaliseKey(key, base[key]);
        const to = normaliseKey(key, head[key]);
        if (!sameValue(from, to))
            constraints.push({ key, from, to });
    }
    const common = (fields, other) => fields.filter((f) => other.has(f.name)).map((f) => f.name);
    const reordered = common(base.fields, after).join('\n') !== common(head.fields, before).join('\n');
    const changed = added.length + removed.length + retyped.length + constraints.length > 0 || reordered;
    return { added, removed, retyped, constraints, reordered, changed };
}
function typeOf(field) {
    const type = field.type ?? 'any';
    const format = field.format?.replace(/^fmt:/, '');
    return format && format !== 'default' ? `${type}/${format}` : type;
}
// Defaults and v1 forms compare equal to their v2 spelling: no primaryKey = [], "id" = ["id"].
function normaliseKey(key, value) {
    if (key === 'primaryKey')
        return typeof value === 'string' ? [value] : (value ?? []);
    if (key === 'missingValues')
        return value ?? [''];
    if (key === 'fieldsMatch')
        return value ?? 'exact';
    return value ?? [];
}
/** Deep equality of JSON values (object key order ignored). */
function sameValue(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    if (value === undefined)
        return 'undefined';
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).sort(([a], [b]) => (0,_text_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnits */ .C)(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** One plain-text line per change, for a log or (escaped) a job summary. */
function describeSchemaDiff(diff) {
    const show = (value) => (value === undefined ? '(none)' : JSON.stringify(value));
    return [
        ...diff.added.map((f) => `added column "${f.name}" (${f.type})`),
        ...diff.removed.map((f) => `removed column "${f.name}" (${f.type})`),
        ...diff.retyped.map((f) => `column "${f.name}" retyped: ${f.from} -> ${f.to}`),
        ...diff.constraints.map((c) => c.field === undefined
            ? `${c.key} changed: ${show(c.from)} -> ${show(c.to)}`
            : `column "${c.field}" constraint ${c.key}: ${show(c.from)} -> ${show(c.to)}`),
        ...(diff.reordered ? ['columns reordered'] : []),
    ];
}


/***/ }),

/***/ 6017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ loadTableSchema)
});

// UNUSED EXPORTS: MAX_FIELDS

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(2807);
;// CONCATENATED MODULE: ./build/core/text/suggest.js
/**
 * Edit distance between two short strings, counting a swap of two neighbours as one edit (optimal
 * string alignment), since `trian` for `train` is the commonest typo.
 */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The closest candidate to a misspelt word, if it is close enough to be what the user meant:
 * at most a third of the word's letters differ (`trian` → `train`, not `foo` → `train`).
 */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/** " — did you mean `x`?" or nothing. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : ` — did you mean \`${match}\`?`;
}

;// CONCATENATED MODULE: ./build/core/data/cast/regex-safety.js
/**
 * Finds a repetition nested in a repeated group (`(a+)+`, `(\w*)*`, `(x+y?){2,}`): the shape behind
 * catastrophic backtracking in JavaScript's engine (`/^(0+)+$/` takes 1.7 s on 26 characters,
 * reference/reliability-and-security.md §4.2). A schema may come from a pull request, so such a pattern is
 * refused when the schema loads rather than left to hang a job. Returns the offending group's text, or
 * undefined. Overlapping alternatives (`(a|a)*`) are not detected: a known limit of this check.
 */
function nestedQuantifier(pattern) {
    const stack = [];
    let i = 0;
    const quantifierAt = (at) => {
        const ch = pattern[at];
        if (ch === '*' || ch === '+')
            return { unbounded: true, length: 1 };
        if (ch === '?')
            return { unbounded: false, length: 1 };
        if (ch === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
            if (!m)
                return undefined;
            const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
            return { unbounded: max > 1, length: m[0].length };
        }
        return undefined;
    };
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '\\') {
            i += 2;
        }
        else if (ch === '[') {
            i++;
            while (i < pattern.length && pattern[i] !== ']')
                i += pattern[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (ch === '(') {
            stack.push({ start: i, repeats: false });
            i++;
            continue;
        }
        else if (ch === ')') {
            const group = stack.pop();
            i++;
            const q = quantifierAt(i);
            if (group && q?.unbounded && group.repeats)
                return pattern.slice(group.start, i + q.length);
            if (group && stack.length > 0 && (group.repeats || q?.unbounded))
                stack.at(-1).repeats = true;
            if (q)
                i += q.length;
            continue;
        }
        else
            i++;
        const q = quantifierAt(i);
        if (q) {
            if (q.unbounded && stack.length > 0)
                stack.at(-1).repeats = true;
            i += q.length;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/core/data/table-schema/short-form.js
const ALIASES = {
    int: 'integer',
    float: 'number',
    double: 'number',
    bool: 'boolean',
    str: 'string',
    text: 'string',
    timestamp: 'datetime',
};
const STRING_FORMATS = ['email', 'uri', 'uuid', 'binary'];
const OPS = {
    '>=': 'minimum',
    '>': 'exclusiveMinimum',
    '<=': 'maximum',
    '<': 'exclusiveMaximum',
};
const HINT = 'write e.g. `amount: number! >= 0`, `score: number 0..1`, `code: string /[A-Z]{3}/`, `kind: [a, b]`';
/** True for the short YAML form: `columns:` instead of `fields:`. */
function isShortForm(value) {
    return value.columns !== undefined && value.fields === undefined;
}
/**
 * Compiles the short form to a Table Schema descriptor:
 *
 *   columns:
 *     id: integer! unique          -> {name: id, type: integer, constraints: {required: true, unique: true}}
 *     amount: number >= 0          -> constraints {minimum: 0}
 *     score: number 0..1           -> constraints {minimum: 0, maximum: 1}
 *     code: string /[A-Z]{3}/      -> constraints {pattern: "[A-Z]{3}"}
 *     name: string len 1..40       -> constraints {minLength: 1, maxLength: 40}
 *     category: [a, b, c]          -> type string, constraints {enum: [a, b, c]}
 *     ts: {type: datetime, ...}    -> a full field descriptor
 *
 * Other top-level keys (primaryKey, missingValues, checks, ...) pass through unchanged.
 */
function compileShortForm(value, fail) {
    const { columns, ...rest } = value;
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
        return fail(['columns'], '`columns` must map column names to types', HINT);
    const fields = Object.entries(columns).map(([name, spec]) => compileColumn(name, spec, fail));
    return { ...rest, fields };
}
function compileColumn(name, spec, fail) {
    const at = ['columns', name];
    if (Array.isArray(spec)) {
        const type = spec.every((item) => Number.isInteger(item)) ? 'integer' : 'string';
        return { name, type, constraints: { enum: type === 'string' ? spec.map(String) : spec } };
    }
    if (typeof spec === 'object' && spec !== null)
        return { name, ...spec };
    if (typeof spec !== 'string')
        return fail(at, `column "${name}": expected a type, a list or a descriptor`, HINT);
    const constraints = {};
    const field = { name, constraints };
    const tokens = tokenize(spec);
    const head = tokens.shift() ?? '';
    const required = head.endsWith('!');
    const typeName = head.replace(/[!?]$/, '');
    field.type = ALIASES[typeName] ?? typeName;
    if (required)
        constraints.required = true;
    while (tokens.length > 0) {
        const token = tokens.shift();
        const op = /^(>=|<=|>|<)(.*)$/.exec(token);
        const range = /^(-?[^.]+(?:\.\d+)?)\.\.(-?.+)$/.exec(token);
        if (token === 'unique')
            constraints.unique = true;
        else if (token === 'required')
            constraints.required = true;
        else if (STRING_FORMATS.includes(token))
            field.format = token;
        else if (token.startsWith('format='))
            field.format = token.slice(7);
        else if (token.length > 1 && token.startsWith('/') && token.endsWith('/'))
            constraints.pattern = token.slice(1, -1);
        else if (token === 'len') {
            const bounds = /^(\d*)\.\.(\d*)$/.exec(tokens.shift() ?? '');
            if (!bounds)
                return fail(at, `column "${name}": \`len\` takes a range such as 1..40`, HINT);
            if (bounds[1])
                constraints.minLength = Number(bounds[1]);
            if (bounds[2])
                constraints.maxLength = Number(bounds[2]);
        }
        else if (op) {
            const operand = op[2] || tokens.shift();
            if (!operand)
                return fail(at, `column "${name}": \`${op[1]}\` needs a value`, HINT);
            constraints[OPS[op[1]]] = literal(operand);
        }
        else if (range) {
            constraints.minimum = literal(range[1]);
            constraints.maximum = literal(range[2]);
        }
        else
            return fail(at, `column "${name}": cannot read "${token}"`, HINT);
    }
    return field;
}
// Splits on spaces but keeps /regex with spaces/ together.
function tokenize(spec) {
    const tokens = [];
    const text = spec.trim();
    const re = /\/(?:\\.|[^/\\])*\/|\S+/g;
    for (let match = re.exec(text); match; match = re.exec(text))
        tokens.push(match[0]);
    return tokens;
}
function literal(text) {
    const value = Number(text);
    return text.trim() !== '' && Number.isFinite(value) ? value : text;
}

;// CONCATENATED MODULE: ./build/core/data/table-schema/types.js
/** Table Schema field types (Data Package v2, table-schema.mdx). */
const FIELD_TYPES = [
    'string',
    'number',
    'integer',
    'boolean',
    'object',
    'array',
    'list',
    'datetime',
    'date',
    'time',
    'year',
    'yearmonth',
    'duration',
    'geopoint',
    'geojson',
    'any',
];

;// CONCATENATED MODULE: ./build/core/data/table-schema/load-schema.js





const FIELDS_MATCH = ['exact', 'equal', 'subset', 'superset', 'partial'];
const CONSTRAINTS = [
    'required',
    'unique',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'pattern',
    'enum',
    'jsonSchema',
];
// Which types take which constraints (table-schema.mdx, "Constraints").
const ORDERED = [
    'integer',
    'number',
    'date',
    'time',
    'datetime',
    'duration',
    'year',
    'yearmonth',
];
const COLLECTIONS = ['string', 'array', 'object', 'list'];
const FORMATS = {
    string: ['default', 'email', 'uri', 'binary', 'uuid'],
    geopoint: ['default', 'array', 'object'],
    geojson: ['default', 'topojson'],
};
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Most fields a schema may declare (a budget: each costs per-row work and memory). */
const MAX_FIELDS = 10_000;
/**
 * Loads a Table Schema (v2, or v1 forms: string primaryKey, string FK fields, `resource: ""`, `fmt:`)
 * or the short YAML form, and checks it. A schema that is itself invalid is a usage error at its line.
 */
function loadTableSchema(doc) {
    const fail = (path, message, hint) => {
        throw new errors/* UsageError */.eb(`invalid schema: ${message}`, { where: doc.where(path), hint });
    };
    if (!isObject(doc.value))
        return fail([], 'a schema must be an object with `fields` (or `columns`)');
    const descriptor = isShortForm(doc.value) ? compileShortForm(doc.value, fail) : doc.value;
    if (!Array.isArray(descriptor.fields)) {
        return fail([], 'missing `fields` (an array of field descriptors)', 'see docs/validate-data.md#schemas');
    }
    if (descriptor.fields.length > MAX_FIELDS)
        fail(['fields'], `${descriptor.fields.length} fields, more than ${MAX_FIELDS}`, 'docs/security.md#budgets');
    const missingValues = readMissingValues(descriptor.missingValues, ['missingValues'], fail) ?? [''];
    const fields = descriptor.fields.map((raw, index) => readField(raw, ['fields', index], fail));
    const names = new Set();
    fields.forEach((field, index) => {
        if (names.has(field.name))
            fail(['fields', index, 'name'], `duplicate field name "${field.name}"`);
        names.add(field.name);
    });
    const fieldList = (value, path) => {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.some((name) => typeof name !== 'string'))
            return fail(path, 'must be a field name or a list of field names');
        list.forEach((name, index) => {
            if (!names.has(name))
                fail(Array.isArray(value) ? [...path, index] : path, `unknown field "${name}"${didYouMean(name, [...names])}`);
        });
        return list;
    };
    const fieldsMatch = descriptor.fieldsMatch ?? 'exact';
    if (typeof fieldsMatch !== 'string' || !FIELDS_MATCH.includes(fieldsMatch))
        fail(['fieldsMatch'], `fieldsMatch must be one of ${FIELDS_MATCH.join(', ')}`);
    const primaryKey = descriptor.primaryKey === undefined ? [] : fieldList(descriptor.primaryKey, ['primaryKey']);
    const uniqueKeys = descriptor.uniqueKeys === undefined ? [] : descriptor.uniqueKeys;
    if (!Array.isArray(uniqueKeys))
        fail(['uniqueKeys'], 'uniqueKeys must be a list of lists of field names');
    const foreignKeys = descriptor.foreignKeys === undefined ? [] : descriptor.foreignKeys;
    if (!Array.isArray(foreignKeys))
        fail(['foreignKeys'], 'foreignKeys must be a list');
    return {
        fields: fields.map((field) => (primaryKey.includes(field.name) ? withRequired(field) : field)),
        fieldsMatch: fieldsMatch,
        missingValues,
        primaryKey,
        uniqueKeys: uniqueKeys.map((key, index) => fieldList(key, ['uniqueKeys', index])),
        foreignKeys: foreignKeys.map((key, index) => readForeignKey(key, ['foreignKeys', index], fieldList, fail)),
    };
}
function withRequired(field) {
    return { ...field, constraints: { ...field.constraints, required: true } };
}
function readForeignKey(raw, path, fieldList, fail) {
    if (!isObject(raw) || !isObject(raw.reference))
        return fail(path, 'a foreign key needs `fields` and `reference`');
    const fields = fieldList(raw.fields, [...path, 'fields']);
    const resource = raw.reference.resource;
    if (resource !== undefined && typeof resource !== 'string')
        fail([...path, 'reference', 'resource'], 'must be a string');
    const self = resource === undefined || resource === '';
    const refFields = raw.reference.fields;
    const referenceFields = self
        ? fieldList(refFields, [...path, 'reference', 'fields'])
        : typeof refFields === 'string'
            ? [refFields]
            : refFields;
    if (!Array.isArray(referenceFields) || referenceFields.length !== fields.length)
        fail([...path, 'reference', 'fields'], 'reference.fields must list as many fields as `fields`');
    return { fields, resource: self ? undefined : resource, referenceFields };
}
function readMissingValues(value, path, fail) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value))
        return fail(path, 'missingValues must be a list of strings');
    return value.map((item, index) => {
        if (typeof item === 'string')
            return item;
        if (isObject(item) && typeof item.value === 'string')
            return item.value;
        return fail([...path, index], 'a missing value is a string or {value, label}');
    });
}
function readField(raw, path, fail) {
    if (!isObject(raw))
        return fail(path, 'a field descriptor must be an object');
    if (typeof raw.name !== 'string')
        return fail(path, 'a field needs a `name` (string)');
    const type = (raw.type ?? 'any');
    if (!FIELD_TYPES.includes(type))
        fail([...path, 'type'], `unknown type "${String(raw.type)}"${didYouMean(String(raw.type), [...FIELD_TYPES])}`);
    let format = typeof raw.format === 'string' ? raw.format : 'default';
    if (format.startsWith('fmt:'))
        format = format.slice(4);
    const formats = FORMATS[type];
    const patterned = ['date', 'time', 'datetime'].includes(type);
    if (!patterned && format !== 'default' && !formats?.includes(format))
        fail([...path, 'format'], `format "${format}" is not defined for type ${type}`);
    const constraints = raw.constraints === undefined ? {} : raw.constraints;
    if (!isObject(constraints))
        return fail([...path, 'constraints'], 'constraints must be an object');
    for (const [name, value] of Object.entries(constraints)) {
        const at = [...path, 'constraints', name];
        if (!CONSTRAINTS.includes(name))
            fail(at, `unknown constraint "${name}"${didYouMean(name, CONSTRAINTS)}`);
        checkConstraint(type, name, value, at, fail);
    }
    const strings = (key) => {
        const value = raw[key];
        if (value === undefined)
            return undefined;
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
            return fail([...path, key], `${key} must be a list of strings`);
        return value;
    };
    const categories = raw.categories;
    if (categories !== undefined && !Array.isArray(categories))
        fail([...path, 'categories'], 'categories must be a list');
    return {
        name: raw.name,
        type,
        format,
        constraints,
        missingValues: readMissingValues(raw.missingValues, [...path, 'missingValues'], fail),
        categories: categories?.map((item) => (isObject(item) ? item.value : item)),
        trueValues: strings('trueValues'),
        falseValues: strings('falseValues'),
        decimalChar: typeof raw.decimalChar === 'string' ? raw.decimalChar : undefined,
        groupChar: typeof raw.groupChar === 'string' ? raw.groupChar : undefined,
        bareNumber: typeof raw.bareNumber === 'boolean' ? raw.bareNumber : undefined,
        delimiter: typeof raw.delimiter === 'string' ? raw.delimiter : undefined,
        itemType: typeof raw.itemType === 'string' ? raw.itemType : undefined,
        raw,
    };
}
function checkConstraint(type, name, value, at, fail) {
    const notFor = () => fail(at, `constraint ${name} does not apply to type ${type}`);
    switch (name) {
        case 'required':
        case 'unique':
            if (typeof value !== 'boolean')
                fail(at, `${name} must be true or false`);
            return;
        case 'minLength':
        case 'maxLength':
            if (!COLLECTIONS.includes(type))
                notFor();
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
                fail(at, `${name} must be an integer >= 0`);
            return;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            if (!ORDERED.includes(type))
                notFor();
            return;
        case 'pattern':
            if (type !== 'string')
                notFor();
            if (typeof value !== 'string')
                fail(at, 'pattern must be a string');
            try {
                new RegExp(`^(?:${value})$`, 'u');
            }
            catch (thrown) {
                fail(at, `pattern does not compile: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
            }
            {
                const nested = nestedQuantifier(value);
                if (nested)
                    fail(at, `pattern repeats a repetition (${nested}), which can take exponential time on some values`, 'rewrite it without the nested repetition, e.g. (a+)+ as a+');
            }
            return;
        case 'enum':
            if (!Array.isArray(value) || value.length === 0)
                fail(at, 'enum must be a non-empty list');
            return;
        case 'jsonSchema':
            if (type !== 'object' && type !== 'array')
                notFor();
            if (!isObject(value))
                fail(at, 'jsonSchema must be an object (a JSON Schema)');
            return;
    }
}


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ parseSourceDoc)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(2807);
;// CONCATENATED MODULE: ./build/core/text/yaml-doc.js

/**
 * Budgets of every YAML or JSON document mlci reads from a user or a pull request (mlci.yml, dvc.yaml,
 * schemas, checks files, params and metrics files, the `rules` input). JSON is YAML 1.2, so one parser
 * and one set of budgets serve both. See docs/security.md.
 */
const DOC_LIMITS = {
    maxBytes: 16 * 1024 * 1024, // larger than any honest config, schema or metrics file
    // Scalars, mappings and sequences together, counted before anything is built: a schema of 10,000
    // fields with a few properties each is well under it.
    maxNodes: 200_000,
    maxAliasCount: 100, // expansions of `*alias`: the billion-laughs document is refused, not expanded
};
const MIB = 1024 * 1024;
/**
 * Parses `text` within DOC_LIMITS: a document over the byte budget is refused before parsing, one with
 * more nodes than the budget after it (before any value is built). Syntax errors stay in `doc.errors`
 * for the caller to word; `yamlValue` builds the value.
 */
function parseYamlBudgeted(text, file, fail) {
    if (text.length > DOC_LIMITS.maxBytes) {
        throw fail(`${file} is larger than ${DOC_LIMITS.maxBytes / MIB} MiB`, {
            where: { file },
            hint: `mlci reads documents of up to ${DOC_LIMITS.maxBytes / MIB} MiB`,
        });
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length === 0) {
        let nodes = 0;
        (0,dist/* visit */.YR)(doc, (_key, node) => {
            if (++nodes > DOC_LIMITS.maxNodes) {
                const range = node.range;
                throw fail(`${file} has more than ${DOC_LIMITS.maxNodes} values`, {
                    where: { file, ...(range ? at(range[0]) : {}) },
                    hint: 'split the document, or leave out what mlci does not need',
                });
            }
        });
    }
    return { doc, lines, at };
}
/**
 * The document's value, with alias expansion capped: a document whose aliases would expand past the
 * budget (a "billion laughs" bomb) is an error at the first alias, not gigabytes of memory, and never
 * anything but an MlciError.
 */
function yamlValue(parsed, file, fail) {
    try {
        return parsed.doc.toJS({ maxAliasCount: DOC_LIMITS.maxAliasCount });
    }
    catch (thrown) {
        let where = { file };
        (0,dist/* visit */.YR)(parsed.doc, {
            Alias(_key, node) {
                if (node.range)
                    where = { file, ...parsed.at(node.range[0]) };
                return dist/* visit */.YR.BREAK;
            },
        });
        throw fail(`cannot read ${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where,
            hint: 'remove the YAML aliases (*name) that expand this document',
        });
    }
}

;// CONCATENATED MODULE: ./build/core/data/table-schema/source-doc.js



/**
 * Parses JSON or YAML (JSON is YAML 1.2) keeping positions, within the document budgets (size, values,
 * alias expansion: core/text/yaml-doc.ts); duplicate keys are errors, and a too-deep document is an
 * error rather than a stack overflow (yaml >= 2.8.3).
 */
function parseSourceDoc(file, text) {
    const fail = (message, details) => new errors/* UsageError */.eb(message, details);
    const parsed = parseYamlBudgeted(text, file, fail);
    const { doc } = parsed;
    const first = doc.errors[0];
    if (first) {
        throw new errors/* UsageError */.eb(`cannot parse ${file}: ${first.message.split('\n')[0]}`, {
            where: { file, ...parsed.at(first.pos[0]) },
        });
    }
    const value = yamlValue(parsed, file, fail);
    const where = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = doc.getIn(path.slice(0, depth), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range) {
                return { file, ...parsed.at(node.range[0]) };
            }
        }
        return { file };
    };
    return { file, value, where };
}


/***/ }),

/***/ 1472:
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

/***/ 7827:
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


/***/ })

};
