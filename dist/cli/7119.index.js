export const id = 7119;
export const ids = [7119,6626];
export const modules = {

/***/ 17119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferSchema: () => (/* binding */ inferSchema)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/data/profile/infer/column-inference.js
var column_inference = __webpack_require__(13516);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/core/data/profile/infer/draft-schema.js


const SCHEMA_URL = 'https://datapackage.org/profiles/2.0/tableschema.json';
/**
 * One field per column. Only what the sample proves is written as a constraint: `required` when no
 * value was missing, `enum` for strings with at most 20 distinct values each seen at least twice on
 * average. Ranges and lengths are notes, not constraints: new data may rightly exceed what one sample
 * showed, and a reviewer decides the real limits.
 */
function draftSchema(columns, rows, files, missingValues = []) {
    return { rows, files, fields: columns.map((column) => draftField(column, rows)), missingValues };
}
/** The schema-level keys of a draft: `missingValues` only when markers beyond "" were seen. */
function schemaKeys(draft) {
    return draft.missingValues.length > 0 ? { missingValues: ['', ...draft.missingValues] } : {};
}
// Plain scalars that YAML 1.1 readers (PyYAML, Ruby's Psych, go-yaml v2) read as something else than
// the string YAML 1.2 reads: booleans (yes/no/on/off/y/n), sexagesimal numbers (1:20), underscored or
// octal numbers (1_000, 010), null (~). The yaml package quotes what 1.2 would misread; these it does not.
const YAML11_TRAPS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?0[0-7_]+|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$/;
function draftField(column, rows) {
    const type = column.type();
    const constraints = {};
    const notes = [];
    const missing = rows - column.values;
    if (column.values > 0 && missing === 0)
        constraints.required = true;
    else if (column.values === 0)
        notes.push('no values seen: type is a guess');
    else
        notes.push(`${missing} of ${rows} values missing (${percent(missing / rows)})`);
    const distinct = column.distinctValues.size;
    if (type === 'string' && distinct <= column_inference/* ENUM_LIMIT */.Mv && column.values >= 2 * distinct && distinct > 0) {
        constraints.enum = [...column.distinctValues.keys()].sort();
    }
    if ((type === 'integer' || type === 'number') && column.min <= column.max) {
        notes.push(`observed range ${column.min} .. ${column.max} (add minimum/maximum if these are the real limits)`);
    }
    if (type === 'date' && column.minText !== undefined)
        notes.push(`observed ${column.minText} .. ${column.maxText}`);
    if (type === 'string' && !constraints.enum && column.maxLength >= 0) {
        notes.push(`observed length ${column.minLength} .. ${column.maxLength}`);
    }
    const estimate = Math.min(column.distinct.estimate(), column.values);
    if (column.values > 100 && estimate >= 0.98 * column.values && type !== 'number') {
        notes.push(`about ${estimate} distinct of ${column.values} values: an id? (consider unique: true)`);
    }
    const descriptor = { name: column.name, type };
    if (Object.keys(constraints).length > 0)
        descriptor.constraints = constraints;
    return { descriptor, notes };
}
function percent(share) {
    return `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;
}
/** The draft as YAML, with the header and each field's notes as comments for the reviewer. */
function draftToYaml(draft) {
    const doc = new dist/* Document */.yo({
        $schema: SCHEMA_URL,
        ...schemaKeys(draft),
        fields: draft.fields.map((field) => field.descriptor),
    });
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && YAML11_TRAPS.test(node.value))
                node.type = 'QUOTE_DOUBLE';
        },
    });
    doc.commentBefore = [
        ` Draft Table Schema written by \`mlci infer-schema\` from ${draft.files.join(', ')} (${draft.rows} rows).`,
        ' Review it before it gates anything: types, required and enum come from this sample only;',
        ' the comments above each field are observations, not constraints.',
    ].join('\n');
    const fields = doc.get('fields');
    draft.fields.forEach((field, i) => {
        if (field.notes.length > 0)
            fields.items[i].commentBefore = field.notes.map((note) => ` ${note}`).join('\n');
    });
    return doc.toString({ lineWidth: 0 });
}
/** The draft as JSON (no comments in JSON: the notes go into each field's `description`). */
function draftToJson(draft) {
    const fields = draft.fields.map(({ descriptor, notes }) => notes.length > 0 ? { ...descriptor, description: `mlci infer-schema: ${notes.join('; ')}` } : descriptor);
    return `${JSON.stringify({ $schema: SCHEMA_URL, ...schemaKeys(draft), fields }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./build/core/data/profile/infer/typed-value.js

/**
 * A value as the profiler takes it for a field of `type`, the way validate-data hands over typed cells:
 * numbers as numbers, dates and datetimes as epoch milliseconds (UTC when no zone is written), strings
 * as text. A value the type does not fit is null (validate-data reports it as a type error).
 */
function typedValue(type, value) {
    if (value === null || value === undefined || value === '')
        return null;
    switch (type) {
        case 'integer':
        case 'number': {
            const n = typeof value === 'string' ? Number(value.replace(/^(-?)INF$/i, '$1Infinity')) : Number(value);
            return typeof value === 'boolean' || (Number.isNaN(n) && !/^nan$/i.test(String(value))) ? null : n;
        }
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            return column_inference/* TRUE_VALUES */.AR.includes(String(value)) ? true : column_inference/* FALSE_VALUES */.Pm.includes(String(value)) ? false : null;
        case 'date':
        case 'datetime': {
            if (value instanceof Date)
                return value.getTime();
            const text = String(value);
            const zoned = type === 'datetime' && !/(Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text;
            const ms = Date.parse(zoned);
            return Number.isNaN(ms) ? null : ms;
        }
        case 'string':
            return typeof value === 'string' ? value : String(value);
        default:
            return typeof value === 'string'
                ? value
                : JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? String(v) : v));
    }
}

// EXTERNAL MODULE: ./build/core/data/profile/profile-json.js
var profile_json = __webpack_require__(29503);
// EXTERNAL MODULE: ./build/core/data/profile/profiler.js + 5 modules
var profile_profiler = __webpack_require__(29310);
// EXTERNAL MODULE: ./build/platform/data/files.js
var data_files = __webpack_require__(85796);
// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
// EXTERNAL MODULE: ./build/core/text/markdown.js
var markdown = __webpack_require__(5583);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(42123);
// EXTERNAL MODULE: ./build/core/data/format.js
var data_format = __webpack_require__(35596);
// EXTERNAL MODULE: ./build/core/data/parquet/parquet-table.js + 7 modules
var parquet_table = __webpack_require__(84469);
// EXTERNAL MODULE: ./build/core/data/parquet/zstd.js
var zstd = __webpack_require__(30377);
// EXTERNAL MODULE: ./build/core/data/csv/chunked.js
var chunked = __webpack_require__(91996);
// EXTERNAL MODULE: ./build/core/data/csv/csv-table.js
var csv_table = __webpack_require__(81873);
// EXTERNAL MODULE: ./build/core/data/csv/dialect.js
var dialect = __webpack_require__(11674);
// EXTERNAL MODULE: ./build/core/data/csv/scanner.js
var scanner = __webpack_require__(97194);
// EXTERNAL MODULE: ./build/platform/data/parquet-file.js
var parquet_file = __webpack_require__(16626);
// EXTERNAL MODULE: ./build/platform/data/read-bytes.js
var read_bytes = __webpack_require__(26969);
;// CONCATENATED MODULE: ./build/actions/infer-schema/read-rows.js











/** Reads every row of one file through the validator's own scanners and byte readers. */
async function readRows(file, options, onRow) {
    try {
        const format = (0,data_format/* formatOf */.b)(file.path);
        if (format === 'parquet')
            return await readParquet(file, onRow);
        const scanner = format === 'csv' ? csvScanner(file, options, onRow) : jsonlScanner(file, onRow);
        const input = new chunked/* ChunkedInput */.$9(scanner);
        if ((0,read_bytes/* isGzip */.bf)(file.path))
            await (0,read_bytes/* readGzip */.H9)(file.absolute, input, file.bytes);
        else
            (0,read_bytes/* readRange */.qX)(file.absolute, input);
    }
    catch (thrown) {
        if (thrown instanceof errors/* MlciError */.sc && !thrown.where) {
            throw new errors/* DataError */.fL(thrown.message, {
                where: { file: file.path },
                hint: thrown.hint,
                cause: thrown.cause,
            });
        }
        throw thrown;
    }
}
function csvScanner(file, options, onRow) {
    let header;
    return new scanner/* CsvScanner */.BR((0,dialect/* dialectFor */.S)(file.path, options.delimiter), {
        row: (buf, starts, ends, flags, count) => {
            const cells = Array.from({ length: count }, (_, i) => (0,csv_table/* cellText */.I)(buf, starts[i], ends[i], flags[i]));
            if (header)
                onRow(header, cells, true);
            else
                header = checkedHeader(cells, file.path);
        },
    });
}
/** A header usable as field names: none blank, none repeated (frictionless blank-label, duplicate-label). */
function checkedHeader(labels, path) {
    const seen = new Set();
    labels.forEach((label, i) => {
        const where = { file: path, line: 1, column: i + 1 };
        if (label.trim() === '') {
            throw new errors/* DataError */.fL(`column ${i + 1} of the header has no name`, {
                where,
                hint: 'name every column in the first row',
            });
        }
        if (seen.has(label)) {
            throw new errors/* DataError */.fL(`duplicate column name "${label}" in the header`, {
                where,
                hint: 'column names must be unique',
            });
        }
        seen.add(label);
    });
    return labels;
}
function jsonlScanner(file, onRow) {
    const decoder = new TextDecoder();
    const scanner = {
        line: 1,
        scan(buf, start, end, final) {
            let p = start;
            while (p < end) {
                let nl = buf.indexOf(10, p);
                if (nl === -1 || nl >= end) {
                    if (!final)
                        return p;
                    nl = end;
                }
                const text = decoder.decode(buf.subarray(p, nl)).trim();
                if (text !== '')
                    record(text, scanner.line);
                scanner.line++;
                p = nl + 1;
            }
            return end;
        },
    };
    const record = (text, line) => {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (thrown) {
            throw new errors/* DataError */.fL(`line ${line} is not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
                where: { file: file.path, line },
            });
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new errors/* DataError */.fL(`line ${line} is not a JSON object`, { where: { file: file.path, line } });
        }
        // JSON.parse makes "__proto__" an own key, never a prototype: keys and values are read as data.
        onRow(Object.keys(value), Object.values(value), false);
    };
    return scanner;
}
async function readParquet(file, onRow) {
    const buffer = await (0,parquet_file.parquetFile)(file.absolute, file.bytes);
    try {
        let metadata;
        try {
            metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
        }
        catch (thrown) {
            throw new errors/* DataError */.fL(`not a readable Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
        }
        const names = metadata.schema
            .slice(1)
            .filter((element) => element.num_children === undefined)
            .map((element) => element.name);
        if ((0,parquet_table/* usesZstd */.e$)(metadata))
            await (0,zstd/* zstdReady */.b7)();
        let rowStart = 0;
        // One row group at a time keeps memory bounded by the largest group.
        for (const group of metadata.row_groups) {
            const rowEnd = rowStart + Number(group.num_rows);
            await (0,read/* parquetRead */.bA)({
                file: buffer,
                metadata,
                columns: names,
                rowStart,
                rowEnd,
                compressors: parquet_table/* COMPRESSORS */.vZ,
                onComplete: (rows) => {
                    for (const row of rows)
                        onRow(names, row, false);
                },
            });
            rowStart = rowEnd;
        }
    }
    finally {
        await buffer.close();
    }
}

;// CONCATENATED MODULE: ./build/actions/infer-schema/infer-schema.js













/** `mlci infer-schema`: a draft schema from the data, and optionally a reference profile. */
async function inferSchema(io) {
    const patterns = (0,inputs/* readList */.LD)(io.inputs, 'data');
    if (patterns.length === 0) {
        throw new errors/* UsageError */.eb('give the data files to infer a schema from', {
            hint: 'mlci infer-schema data/train.csv',
        });
    }
    const files = (0,data_files/* resolveDataFiles */.A)(patterns, io.cwd);
    const options = { delimiter: (0,inputs/* readString */.E3)(io.inputs, 'delimiter') };
    const out = (0,external_node_path_.resolve)(io.cwd, (0,inputs/* readString */.E3)(io.inputs, 'out', 'schema.yaml'));
    const profileOut = (0,inputs/* readString */.E3)(io.inputs, 'profile-out');
    await (0,output_paths/* checkRunPaths */.A$)(io, { out, 'profile-out': profileOut }, { data: files.map((file) => file.absolute) });
    const { columns, rows, markers } = await infer(files, options);
    const draft = draftSchema(columns, rows, files.map((file) => file.path), column_inference/* MISSING_MARKERS */.rK.filter((marker) => markers.has(marker)));
    await (0,atomic_write/* writeFileAtomic */.Zf)(out, /\.json$/i.test(out) ? draftToJson(draft) : draftToYaml(draft));
    io.log.info(`wrote a draft schema of ${columns.length} fields from ${rows} rows to ${out}: review it before use`);
    io.output('schema', out);
    io.output('fields', String(columns.length));
    io.output('rows', String(rows));
    if (profileOut) {
        const profile = await referenceProfile(files, options, draft);
        const target = (0,external_node_path_.resolve)(io.cwd, profileOut);
        await (0,atomic_write/* writeFileAtomic */.Zf)(target, (0,profile_json/* formatProfile */.p)(profile));
        io.log.info(`wrote the reference profile to ${target}`);
        io.output('profile', target);
    }
    await io.summary(summary(draft));
}
/** Pass 1: every value narrows its column's type. Columns are named by the first file's header. */
async function infer(files, options) {
    const columns = [];
    const byName = new Map();
    const markers = new Set();
    let rows = 0;
    for (const file of files) {
        await readRows(file, options, (names, values, fromText) => {
            rows++;
            for (let i = 0; i < names.length; i++) {
                const value = values[i];
                let column = byName.get(names[i]);
                if (!column) {
                    column = new column_inference/* ColumnInference */.q7(names[i]);
                    byName.set(column.name, column);
                    columns.push(column);
                }
                if (fromText && typeof value === 'string' && column_inference/* MISSING_MARKERS */.rK.includes(value))
                    markers.add(value);
                else if (value !== undefined && value !== null && value !== '')
                    column.add(value, fromText);
            }
        });
    }
    return { columns, rows, markers };
}
/**
 * Passes 2 and 3: a profile of the typed values, then a second one counted on the first one's bin
 * edges, so the reference's histograms are exact counts rather than sketch estimates.
 */
async function referenceProfile(files, options, draft) {
    const fields = draft.fields.map(({ descriptor }) => ({
        name: String(descriptor.name),
        type: String(descriptor.type),
    }));
    const index = new Map(fields.map((field, i) => [field.name, i]));
    const pass = async (reference) => {
        const profiler = (0,profile_profiler/* createProfiler */.I)(fields, { reference });
        const row = new Array(fields.length);
        for (const file of files) {
            await readRows(file, options, (names, values) => {
                row.fill(null);
                for (let i = 0; i < names.length; i++) {
                    const at = index.get(names[i]);
                    if (at !== undefined)
                        row[at] = values[i];
                }
                for (let i = 0; i < fields.length; i++) {
                    const value = row[i];
                    // The draft's missingValues are missing in its reference profile too.
                    const missing = typeof value === 'string' && draft.missingValues.includes(value);
                    profiler.add(i, missing ? null : typedValue(fields[i].type, value));
                }
                profiler.endRow();
            });
        }
        return profiler.result();
    };
    return pass(await pass());
}
function summary(draft) {
    const lines = [
        `### Draft schema from ${draft.rows} rows`,
        '',
        '| field | type | constraints | notes |',
        '| --- | --- | --- | --- |',
        ...draft.fields.map(({ descriptor, notes }) => {
            const constraints = descriptor.constraints ? JSON.stringify(descriptor.constraints) : '';
            return `| ${(0,markdown/* cell */.Hn)(String(descriptor.name))} | ${(0,markdown/* cell */.Hn)(String(descriptor.type))} | ${(0,markdown/* cell */.Hn)(constraints)} | ${(0,markdown/* cell */.Hn)(notes.join('; '))} |`;
        }),
        '',
        'Review the draft before it gates anything: it describes this sample, not the rules of the data.',
    ];
    return lines.join('\n');
}


/***/ }),

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

/***/ 16626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetFile: () => (/* binding */ parquetFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);

/** Opens a file for hyparquet; close() when done. */
async function parquetFile(path, byteLength) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    return {
        byteLength,
        async slice(start, end = byteLength) {
            // A footer claiming more bytes than the file has is a corrupt file, not a reason to allocate.
            const from = Math.max(0, start);
            const to = Math.min(byteLength, end);
            const buffer = new ArrayBuffer(Math.max(0, to - from));
            if (to > from)
                await handle.read(new Uint8Array(buffer), 0, to - from, from);
            return buffer;
        },
        async readInto(start, end, into) {
            const from = Math.max(0, start);
            const length = Math.max(0, Math.min(byteLength, end) - from);
            const target = into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
            let done = 0;
            while (done < length) {
                const { bytesRead } = await handle.read(target, done, length - done, from + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return target.subarray(0, done);
        },
        close: () => handle.close(),
    };
}


/***/ })

};
