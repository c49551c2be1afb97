export const id = 7611;
export const ids = [7611];
export const modules = {

/***/ 65355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/* unused harmony export requireString */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`${name}\` must be true or false, got "${value}"`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`${name}\` must be ${kind}${range}, got "${text}"`);
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


/***/ }),

/***/ 27611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeProfilesCommand: () => (/* binding */ mergeProfilesCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_data_drift_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15317);
/* harmony import */ var _core_data_drift_drift_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5443);
/* harmony import */ var _core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29503);
/* harmony import */ var _core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29310);
/* harmony import */ var _core_data_table_schema_source_doc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62807);
/* harmony import */ var _platform_data_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85796);
/* harmony import */ var _platform_data_profile_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35425);
/* harmony import */ var _platform_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(71501);
/* harmony import */ var _platform_fs_output_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74814);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(65355);
/* harmony import */ var _core_text_markdown_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5583);















/** `mlci merge-profiles`: shards' partial profiles into one; drift against a reference when given. */
async function mergeProfilesCommand(io) {
    const patterns = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readList */ .LD)(io.inputs, 'profiles');
    if (patterns.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('give the partial profiles to merge', {
            hint: 'mlci merge-profiles partials/*.json --out profile.json',
        });
    }
    const files = (0,_platform_data_files_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveDataFiles */ .A)(patterns, io.cwd);
    const merged = files.map((file) => (0,_platform_data_profile_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readProfileFile */ .C)(file.absolute, file.path)).reduce(_core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeProfiles */ .N);
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'out', 'profile.json'));
    await (0,_platform_fs_output_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .checkRunPaths */ .A$)(io, { out }, { profiles: files.map((file) => file.absolute), reference: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'reference') });
    await (0,_platform_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_10__/* .writeFileAtomic */ .Zf)(out, (0,_core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProfile */ .p)(merged));
    io.log.info(`merged ${files.length} profiles (${merged.rows} rows) into ${out}`);
    io.output('profile', out);
    io.output('rows', String(merged.rows));
    const referencePath = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'reference');
    if (!referencePath) {
        await io.summary(`### Merged ${files.length} partial profiles: ${merged.rows} rows, ${merged.columns.length} columns`);
        return;
    }
    const reference = (0,_platform_data_profile_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readProfileFile */ .C)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, referencePath), referencePath);
    const drift = (0,_core_data_drift_drift_js__WEBPACK_IMPORTED_MODULE_2__.compareProfiles)(reference, merged, readThresholdsFile(io));
    const drifted = drift.columns.filter((column) => column.drifted);
    io.output('drifted', String(drift.drifted));
    io.output('drifted-columns', drifted.map((column) => column.name).join(','));
    await io.summary(driftSummary(drift, merged.rows));
    for (const column of drifted)
        for (const reason of column.reasons)
            io.log.warning(reason, { title: 'drift' });
    if (drift.drifted && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readBoolean */ .Vf)(io.inputs, 'fail-on-drift', true)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`drift from ${referencePath}: ${drifted.flatMap((column) => column.reasons).join('; ')}`, {
            hint: 'if the change is expected, refresh the reference profile or raise the column threshold',
        });
    }
}
function readThresholdsFile(io) {
    const path = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'thresholds');
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), 'utf8');
    }
    catch (thrown) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`cannot read thresholds ${path}: ${thrown.code ?? String(thrown)}`);
    }
    const doc = (0,_core_data_table_schema_source_doc_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSourceDoc */ .d)(path, text);
    // The `drift:` section of a validate-data checks file works as is: the same thresholds in both places.
    const prefix = isObject(doc.value) && 'drift' in doc.value ? ['drift'] : [];
    const section = prefix.length ? doc.value.drift : doc.value;
    return (0,_core_data_drift_drift_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readDriftOptions */ .K)(section, (at) => doc.where([...prefix, ...at]));
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function driftSummary(drift, rows) {
    const show = (value) => (value === undefined ? '' : (0,_core_data_drift_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .figure */ .v)(value));
    return [
        `### Drift: ${drift.columns.filter((c) => c.drifted).length} of ${drift.columns.length} columns drifted (${rows} rows)`,
        '',
        '| column | kind | PSI | JS | Wasserstein | L∞ | χ² p | drifted |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...drift.columns.map(({ name, kind, metrics: m, drifted }) => `| ${(0,_core_text_markdown_js__WEBPACK_IMPORTED_MODULE_13__/* .cell */ .Hn)(name)} | ${kind} | ${show(m.psi)} | ${show(m.jensenShannon)} | ${show(m.wasserstein)} | ${show(m.linf)} | ${show(m.chiSquareP)} | ${drifted ? '**yes**' : 'no'} |`),
    ].join('\n');
}


/***/ }),

/***/ 5443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readDriftOptions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`drift thresholds: ${message}`, {
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


/***/ }),

/***/ 39136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseSourceDoc)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _text_yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43814);



/**
 * Parses JSON or YAML (JSON is YAML 1.2) keeping positions, within the document budgets (size, values,
 * alias expansion: core/text/yaml-doc.ts); duplicate keys are errors, and a too-deep document is an
 * error rather than a stack overflow (yaml >= 2.8.3).
 */
function parseSourceDoc(file, text) {
    const fail = (message, details) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message, details);
    const parsed = (0,_text_yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlBudgeted */ .rU)(text, file, fail);
    const { doc } = parsed;
    const first = doc.errors[0];
    if (first) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot parse ${file}: ${first.message.split('\n')[0]}`, {
            where: { file, ...parsed.at(first.pos[0]) },
        });
    }
    const value = (0,_text_yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlValue */ .t$)(parsed, file, fail);
    const where = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = doc.getIn(path.slice(0, depth), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.range) {
                return { file, ...parsed.at(node.range[0]) };
            }
        }
        return { file };
    };
    return { file, value, where };
}


/***/ }),

/***/ 43814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a9: () => (/* binding */ DOC_LIMITS),
/* harmony export */   rU: () => (/* binding */ parseYamlBudgeted),
/* harmony export */   t$: () => (/* binding */ yamlValue)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length === 0) {
        let nodes = 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, (_key, node) => {
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
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(parsed.doc, {
            Alias(_key, node) {
                if (node.range)
                    where = { file, ...parsed.at(node.range[0]) };
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
        });
        throw fail(`cannot read ${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where,
            hint: 'remove the YAML aliases (*name) that expand this document',
        });
    }
}


/***/ }),

/***/ 85796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveDataFiles)
/* harmony export */ });
/* unused harmony export globToRegExp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



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
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
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
        const normalised = pattern.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        const matches = [];
        if (!MAGIC.test(normalised))
            matches.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern));
        else {
            const parts = normalised.split('/');
            const staticParts = parts.slice(0, parts.findIndex((part) => MAGIC.test(part)));
            const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, staticParts.join('/') || '.');
            const re = globToRegExp((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, normalised).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            const all = [];
            try {
                walk(base, all);
            }
            catch {
                // A missing base directory is the same as no match, reported below.
            }
            matches.push(...all.filter((file) => re.test(file.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))).sort());
            if (matches.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no file matches "${pattern}"`, { hint: `looked under ${base}` });
        }
        for (const absolute of matches) {
            if (seen.has(absolute))
                continue;
            seen.add(absolute);
            let bytes;
            try {
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
                if (!stat.isFile())
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${pattern} is not a file`);
                bytes = stat.size;
            }
            catch (thrown) {
                if (thrown instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
                    throw thrown;
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read data file ${pattern}: ${thrown.code ?? String(thrown)}`, {
                    hint: 'check the path; relative paths are resolved against the workspace',
                });
            }
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) && !MAGIC.test(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            files.push({ path, absolute, bytes });
        }
    }
    return files;
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


/***/ })

};
