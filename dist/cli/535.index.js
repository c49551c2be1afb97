export const id = 535;
export const ids = [535];
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

/***/ 35596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ formatOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown format "${format}"`, { hint: 'use csv, tsv, jsonl or parquet' });
    const name = path.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json'))
        return 'jsonl';
    if (name.endsWith('.parquet') || name.endsWith('.pq'))
        return 'parquet';
    return 'csv';
}


/***/ }),

/***/ 13516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ TRUE_VALUES),
/* harmony export */   Mv: () => (/* binding */ ENUM_LIMIT),
/* harmony export */   Pm: () => (/* binding */ FALSE_VALUES),
/* harmony export */   q7: () => (/* binding */ ColumnInference),
/* harmony export */   rK: () => (/* binding */ MISSING_MARKERS)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5961);


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
const MISSING_MARKERS = ['NA', 'N/A', 'n/a', 'NULL', 'null'];
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
    distinct = new _hll_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l(12);
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
        (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(key, hashes);
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


/***/ }),

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


/***/ })

};
