export const id = 718;
export const ids = [718];
export const modules = {

/***/ 53718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WORKER_ENTRY: () => (/* binding */ WORKER_ENTRY),
/* harmony export */   answerKeyRequest: () => (/* binding */ answerKeyRequest),
/* harmony export */   runRange: () => (/* binding */ runRange),
/* harmony export */   runRangeJob: () => (/* binding */ runRangeJob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var _core_data_csv_chunked_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91996);
/* harmony import */ var _core_data_csv_csv_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81873);
/* harmony import */ var _core_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97194);
/* harmony import */ var _core_data_jsonl_json_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37092);
/* harmony import */ var _core_data_jsonl_jsonl_table_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6221);
/* harmony import */ var _core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29310);
/* harmony import */ var _core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19726);
/* harmony import */ var _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85006);
/* harmony import */ var _core_data_validate_partitioned_keys_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(14934);
/* harmony import */ var _core_data_validate_table_state_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(19242);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(62807);
/* harmony import */ var _core_data_parquet_parquet_table_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(69329);
/* harmony import */ var _platform_data_parquet_file_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(16626);
/* harmony import */ var _platform_data_read_bytes_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(26969);

















const KIND = 'mlci-csv-range';
const here = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
/**
 * The module a worker runs. In a one-file ncc bundle (an action's) that is the bundle itself (its entry
 * runs the action only on the main thread). In a code-split bundle (the CLI's, the umbrella action's) this
 * module sits in a chunk `<id>.index.js` that cannot run alone: the worker starts the entry `index.js`
 * beside it, which imports this module in worker threads. After tsc it is this file.
 */
const WORKER_ENTRY = /^\d+\.index\.js$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(here)) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(here), 'index.js') : here;
/** Scans one range; pure apart from reading the file. `captured`: the rows a capture-mode pass collected. */
function runRange(job, keyMode) {
    const errors = new _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_10__/* .ErrorCollector */ .KO(job.maxErrors);
    const schema = job.schema;
    const compiled = schema
        ? (0,_core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_9__/* .compileTable */ .g)(schema, {
            compileJsonSchema: (json) => (0,_core_data_jsonl_json_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .compileJsonSchema */ .n)(json),
            profiling: job.profiling,
            duplicateRows: job.duplicateRows === true,
            labelField: job.labelField,
            keyMode: keyMode ?? (job.keys ? { kind: 'record' } : undefined),
        })
        : undefined;
    const profiler = schema && job.profiling ? (0,_core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_8__/* .createProfiler */ .I)(schema.fields, { reference: job.reference }) : undefined;
    const state = schema && compiled
        ? new _core_data_validate_table_state_js__WEBPACK_IMPORTED_MODULE_12__/* .TableState */ .E({ schema, file: job.file, errors, ...compiled, profiler })
        : undefined;
    const n = schema?.fields.length ?? 0;
    let scanner;
    let rows;
    if (job.format === 'jsonl') {
        const table = new _core_data_jsonl_jsonl_table_js__WEBPACK_IMPORTED_MODULE_7__/* .JsonlTable */ .F(state, job.file, errors, job.record ? (0,_core_data_jsonl_json_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .recordValidator */ .c)(job.record) : undefined);
        scanner = table;
        rows = () => table.rows;
    }
    else {
        const columns = { fieldOf: Int32Array.from(job.fieldOf), labels: job.labels, errors: [] };
        scanner = new _core_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvScanner */ .BR(job.dialect, new _core_data_csv_csv_table_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvTable */ .d(state, { columns, firstRow: 1 }));
        rows = () => state.rows;
    }
    let failure;
    try {
        (0,_platform_data_read_bytes_js__WEBPACK_IMPORTED_MODULE_16__/* .readRange */ .qX)(job.path, new _core_data_csv_chunked_js__WEBPACK_IMPORTED_MODULE_3__/* .ChunkedInput */ .$9(scanner, { startOffset: job.start }), job.start, job.end);
    }
    catch (thrown) {
        failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .messageOf */ .bD)(thrown);
    }
    return {
        rows: rows(),
        checkedRows: state?.rows ?? 0,
        lines: scanner.line - 1,
        quoteBytes: scanner instanceof _core_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvScanner */ .BR ? scanner.quoteBytes : 0,
        irregular: scanner instanceof _core_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvScanner */ .BR ? scanner.irregular : false,
        errors: errors.serialize(),
        nulls: state?.nulls ?? new Float64Array(n),
        typeErrors: state?.typeErrors ?? new Float64Array(n),
        constraintErrors: state?.constraintErrors ?? new Float64Array(n),
        labelCounts: [...(state?.labelCounts ?? [])],
        profile: profiler?.result(),
        failure,
        keyHashes: job.keys && !keyMode ? compiled?.keys?.recorded() : undefined,
        captured: compiled?.keys?.captured,
    };
}
/** Answers a key request of the main thread (see RangeJob.keys). */
function answerKeyRequest(job, request) {
    if (request.type === 'own')
        return (0,_core_data_validate_partitioned_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .ownRepeats */ .ff)(request.ranges, request.part, request.parts);
    // The range again, keeping the lines and values of the asked rows: only when there are repeats to report.
    const rows = new Set(request.rows);
    return runRange({ ...job, profiling: false }, { kind: 'capture', rows }).captured ?? [];
}
/** Scans one range of any format; CSV and JSONL run synchronously from the call (see the end of file). */
async function runRangeJob(job) {
    if (job.format !== 'parquet')
        return runRange(job);
    const schema = job.schema;
    const errors = new _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_10__/* .ErrorCollector */ .KO(job.maxErrors);
    const compiled = (0,_core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_9__/* .compileTable */ .g)(schema, {
        compileJsonSchema: (json) => (0,_core_data_jsonl_json_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .compileJsonSchema */ .n)(json),
        profiling: job.profiling,
        duplicateRows: false,
        labelField: job.labelField,
    });
    const profiler = job.profiling ? (0,_core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_8__/* .createProfiler */ .I)(schema.fields, { reference: job.reference }) : undefined;
    const state = new _core_data_validate_table_state_js__WEBPACK_IMPORTED_MODULE_12__/* .TableState */ .E({ schema, file: job.file, errors, ...compiled, profiler });
    let rows = 0;
    let failure;
    try {
        const buffer = await (0,_platform_data_parquet_file_js__WEBPACK_IMPORTED_MODULE_15__/* .parquetFile */ .T)(job.path, job.end);
        try {
            rows = await (0,_core_data_parquet_parquet_table_js__WEBPACK_IMPORTED_MODULE_14__/* .validateParquet */ .Tr)(buffer, state, { groups: job.groups, labels: job.groups?.[0] === 0 });
        }
        finally {
            await buffer.close();
        }
    }
    catch (thrown) {
        failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .messageOf */ .bD)(thrown);
    }
    return {
        rows,
        checkedRows: state.rows,
        lines: 0,
        quoteBytes: 0,
        irregular: false,
        errors: errors.serialize(),
        nulls: state.nulls,
        typeErrors: state.typeErrors,
        constraintErrors: state.constraintErrors,
        labelCounts: [...state.labelCounts],
        profile: profiler?.result(),
        failure,
    };
}
/** True when this thread was started to scan a range. */
function isRangeWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData?.kind === KIND;
}
// CSV and JSONL ranges are scanned synchronously right here, while the bundle is still being evaluated:
// an entry module that does not check isMainThread (the CLI's) only runs after the result is posted.
// A `keys` job then answers the main thread's key requests until it is terminated.
if (isRangeWorker()) {
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData;
    void runRangeJob(job).then((result) => {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(result);
        if (job.keys)
            node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.on('message', (request) => node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(answerKeyRequest(job, request)));
    });
}


/***/ }),

/***/ 37092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ recordValidator),
/* harmony export */   n: () => (/* binding */ compileJsonSchema)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52210);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);




// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0__["default"] ?? ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
const MAX_PROBLEMS_PER_RECORD = 20;
function createAjv(schema, allErrors) {
    const is2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
    // $data stays off (CVE-2025-69873) and there is no loadSchema: no remote $refs. "fast" formats avoid
    // the ReDoS-prone full regexes (reference/reliability-and-security.md §4.2).
    const options = { allErrors, strict: false, $data: false, validateFormats: true };
    const ajv = is2020 ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020(options) : new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv(options);
    addFormats(ajv, { mode: 'fast' });
    return ajv;
}
/** Compiles a JSON Schema into a predicate (for the `jsonSchema` constraint); throws UsageError if invalid. */
function compileJsonSchema(schema, file) {
    const validate = compile(createAjv(schema, false), schema, file);
    return (value) => validate(value) === true;
}
function compile(ajv, schema, file) {
    try {
        return ajv.compile(schema);
    }
    catch (thrown) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid JSON Schema: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where: file ? { file } : undefined,
        });
    }
}
/**
 * A record validator for JSONL: a fast first pass without allErrors, and only for a failing record a
 * second pass that lists its problems (as the ajv docs advise: no allErrors on untrusted data at scale).
 */
function recordValidator(schema, file) {
    const fast = compile(createAjv(schema, false), schema, file);
    const full = compile(createAjv(schema, true), schema, file);
    return (record) => {
        if (fast(record) === true)
            return [];
        full(record);
        return (full.errors ?? []).slice(0, MAX_PROBLEMS_PER_RECORD).map(problem);
    };
}
function problem(error) {
    const path = error.instancePath || '/';
    const params = error.params;
    switch (error.keyword) {
        case 'type':
            return { type: 'type-error', field: path, message: `${path} ${error.message}` };
        case 'required':
            return {
                type: 'missing-cell',
                field: String(params.missingProperty),
                message: `${path} ${error.message}`,
            };
        case 'additionalProperties':
            return {
                type: 'extra-cell',
                field: String(params.additionalProperty),
                message: `${path} has an extra property "${String(params.additionalProperty)}"`,
            };
        default:
            return {
                type: 'constraint-error',
                field: path,
                message: `${path} ${error.message} (${error.keyword})`,
            };
    }
}


/***/ }),

/***/ 6221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ JsonlTable)
/* harmony export */ });
/* harmony import */ var _cast_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53465);
/* harmony import */ var _validate_field_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98707);
/* harmony import */ var _validate_error_collector_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85006);



/**
 * JSONL lines: each non-empty line is one JSON value. Lines are split on `\n` (a raw newline cannot occur
 * inside a JSON string), parsed with JSON.parse, then checked against the Table Schema fields and/or a
 * JSON Schema for the record. Implements the scanner interface ChunkedInput drives.
 */
class JsonlTable {
    state;
    file;
    errors;
    recordValidator;
    onRecord;
    line = 1;
    nextRow = 1;
    constructor(state, file, errors, recordValidator, onRecord) {
        this.state = state;
        this.file = file;
        this.errors = errors;
        this.recordValidator = recordValidator;
        this.onRecord = onRecord;
    }
    /** Number of records seen (blank lines are not records). */
    get rows() {
        return this.nextRow - 1;
    }
    scan(buf, start, end, final) {
        let p = start;
        while (p < end) {
            let nl = buf.indexOf(10, p);
            if (nl === -1 || nl >= end) {
                if (!final)
                    return p;
                nl = end;
            }
            let e = nl;
            if (e > p && buf[e - 1] === 13)
                e--;
            if (e > p)
                this.record((0,_cast_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)(buf, p, e));
            this.line++;
            p = nl + 1;
        }
        return end;
    }
    record(text) {
        const row = this.nextRow++;
        const line = this.line;
        let record;
        try {
            record = JSON.parse(text);
        }
        catch (thrown) {
            const why = thrown instanceof Error ? thrown.message : String(thrown);
            this.errors.add({
                type: 'format-error',
                file: this.file,
                row,
                line,
                value: (0,_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_2__/* .sampleValue */ .Kq)(text),
                message: `not valid JSON: ${why}`,
            });
            return;
        }
        if (this.recordValidator) {
            for (const problem of this.recordValidator(record))
                this.errors.add({ ...problem, file: this.file, row, line, value: (0,_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_2__/* .sampleValue */ .Kq)(text) });
        }
        this.onRecord?.(record);
        if (this.state)
            this.fields(record, row, line);
    }
    // Every value null, or a string that is a missing value of its field (the schema's list for others).
    isBlank(object) {
        const { schema, checkers } = this.state.options;
        for (const [key, value] of Object.entries(object)) {
            if (value === null)
                continue;
            if (typeof value !== 'string')
                return false;
            const field = schema.fields.findIndex((f) => f.name === key);
            if (field >= 0 ? !checkers[field].isMissingText(value) : !schema.missingValues.includes(value))
                return false;
        }
        return true;
    }
    fields(record, row, line) {
        const state = this.state;
        const { schema, checkers, keys, profiler, file, errors } = state.options;
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
            errors.add({ type: 'format-error', file, row, line, message: 'a record must be a JSON object' });
            return;
        }
        state.rows++;
        const object = record;
        if (schema.fields.length > 0 && this.isBlank(object)) {
            state.blankRow(row, line);
            return;
        }
        const { labelField } = state.options;
        for (let i = 0; i < schema.fields.length; i++) {
            const name = schema.fields[i].name;
            const raw = Object.hasOwn(object, name) ? object[name] : null;
            const status = checkers[i].checkNative(raw, true);
            if (status === _validate_field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.ok) {
                if (state.tracksOk || i === labelField)
                    state.ok(i);
            }
            else if (status === _validate_field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.missing)
                state.missing(i);
            else
                state.cell(i, status, row, line, () => typeof raw === 'string' || typeof raw === 'number' ? String(raw) : safeJson(raw));
        }
        if (schema.fieldsMatch === 'exact' ||
            schema.fieldsMatch === 'equal' ||
            schema.fieldsMatch === 'superset') {
            for (const key of Object.keys(object)) {
                if (schema.fields.some((field) => field.name === key))
                    continue;
                errors.add({
                    type: 'extra-cell',
                    file,
                    row,
                    line,
                    field: key,
                    message: `key "${key}" is not in the schema`,
                });
            }
        }
        if (keys && state.needValues)
            keys.row(state.values, safeJson(record), row, line, errors, file);
        profiler?.endRow();
    }
}
/** JSON text of a parsed value; a value nested too deeply to stringify (JSON.parse accepts any depth) is cut. */
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return '(nested too deeply to show)';
    }
}


/***/ }),

/***/ 19726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ compileTable)
/* harmony export */ });
/* harmony import */ var _field_checker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98707);
/* harmony import */ var _key_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33631);


/** Compiles a schema's fields; string cells are decoded only where a profile, key or label needs them. */
function compileTable(schema, options) {
    const keys = new _key_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyChecks */ .Z(schema, options.duplicateRows, options.packageKeys, options.keyMode);
    const used = keys.fieldsUsed;
    const labelField = options.labelField === undefined
        ? undefined
        : schema.fields.findIndex((f) => f.name === options.labelField);
    const checkers = schema.fields.map((field, i) => new _field_checker_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldChecker */ .O(field, {
        missingValues: schema.missingValues,
        compileJsonSchema: options.compileJsonSchema,
        schemaFile: options.schemaFile,
        decodeStrings: options.profiling || used.has(i) || i === labelField,
    }));
    return {
        checkers,
        keys: keys.active ? keys : undefined,
        labelField: labelField === undefined || labelField < 0 ? undefined : labelField,
    };
}


/***/ }),

/***/ 85006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ ErrorCollector),
/* harmony export */   Kq: () => (/* binding */ sampleValue)
/* harmony export */ });
/* unused harmony export SAMPLE_DEFAULTS */
/** How many samples of each error type to keep, and how long a sampled value may be. */
const SAMPLE_DEFAULTS = {
    perType: 100,
    valueChars: 200,
};
/** Counts every error and keeps the first N samples of each type: capped, never silently partial. */
class ErrorCollector {
    perType;
    counts = new Map();
    samples = new Map();
    constructor(perType = SAMPLE_DEFAULTS.perType) {
        this.perType = perType;
    }
    add(error) {
        const count = (this.counts.get(error.type) ?? 0) + 1;
        this.counts.set(error.type, count);
        if (count > this.perType)
            return;
        const list = this.samples.get(error.type);
        if (list)
            list.push(error);
        else
            this.samples.set(error.type, [error]);
    }
    /** True when add() would keep another sample of this type (callers skip building the message if not). */
    wants(type) {
        return (this.counts.get(type) ?? 0) < this.perType;
    }
    /** Counts one error whose sample is not wanted. */
    count(type) {
        this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
    }
    get total() {
        let total = 0;
        for (const count of this.counts.values())
            total += count;
        return total;
    }
    /** Appends another collector's errors after this one's (shards in order), shifting their rows. */
    merge(other, shift = { rows: 0, lines: 0 }) {
        for (const [type, count] of other.counts) {
            const samples = other.samples.find(([t]) => t === type)?.[1] ?? [];
            const before = this.counts.get(type) ?? 0;
            this.counts.set(type, before + count);
            const list = this.samples.get(type) ?? [];
            for (const sample of samples) {
                if (list.length >= this.perType)
                    break;
                list.push(shiftRows(sample, shift));
            }
            if (list.length > 0)
                this.samples.set(type, list);
        }
    }
    serialize() {
        return { counts: [...this.counts], samples: [...this.samples] };
    }
}
function shiftRows(error, shift) {
    if (shift.rows === 0 && shift.lines === 0)
        return error;
    return {
        ...error,
        row: error.row === undefined ? undefined : error.row + shift.rows,
        line: error.line === undefined ? undefined : error.line + shift.lines,
    };
}
/** A cell value cut for a report: long values keep their start and say how long they were. */
function sampleValue(text, max = SAMPLE_DEFAULTS.valueChars) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}


/***/ }),

/***/ 33631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ KeyChecks),
/* harmony export */   a: () => (/* binding */ keyError)
/* harmony export */ });
/* harmony import */ var _key_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83814);

/**
 * The O(n)-memory checks: `unique` constraints, primaryKey, uniqueKeys, duplicate rows and foreign keys
 * within the table. Each keeps 64-bit hashes (key-hash.ts), so about 16-24 bytes per row per key.
 */
class KeyChecks {
    mode;
    sets = [];
    /**
     * One hash table per distinct key (ordered field list, or the whole record): `unique` on id and
     * `primaryKey: [id]` are one table and one insert per row, not two (half the memory and time).
     */
    tables = [];
    /** Per table, the current row's insert result: NOT_DONE, -1 (new or null key) or the first row. */
    firsts = new Float64Array(0);
    recorders = [];
    /** Capture mode: the rows asked for, in the order met. */
    captured = [];
    foreign = [];
    hasher = new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyHasher */ .l5();
    collect = [];
    lookups = [];
    /** Each field's 1-based column in the file being read (set per file), for the errors' `column`. */
    columnOf;
    constructor(schema, duplicateRows, pkg, mode = { kind: 'check' }) {
        this.mode = mode;
        const index = (names) => names.map((name) => schema.fields.findIndex((f) => f.name === name));
        const tableOf = new Map();
        const addSet = (type, fields, names) => {
            const key = type === 'duplicate-row' ? 'record' : fields.join(',');
            let table = tableOf.get(key);
            if (table === undefined) {
                table = this.tables.push(new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .HashTable */ .JD()) - 1;
                tableOf.set(key, table);
            }
            this.sets.push({ type, fields, names, table });
        };
        schema.fields.forEach((field, i) => {
            if (field.constraints.unique)
                addSet('unique-error', [i], [field.name]);
        });
        if (schema.primaryKey.length > 0)
            addSet('primary-key', index(schema.primaryKey), schema.primaryKey);
        for (const key of schema.uniqueKeys)
            addSet('unique-error', index(key), key);
        if (duplicateRows)
            addSet('duplicate-row', [], []);
        this.firsts = new Float64Array(this.tables.length);
        if (mode.kind === 'record')
            for (const _ of this.tables)
                this.recorders.push(new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyRecorder */ .Ak());
        for (const fk of schema.foreignKeys) {
            if (fk.resource !== undefined)
                continue; // other resources are checked by the package validator
            this.foreign.push({
                fields: index(fk.fields),
                names: fk.fields,
                referenced: new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .HashTable */ .JD(),
                referenceFields: index(fk.referenceFields),
                pending: new Int32Array(4096),
                count: 0,
            });
        }
        for (const names of pkg?.collect ?? [])
            this.collect.push({ fields: index(names), table: new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .HashTable */ .JD() });
        for (const ref of pkg?.references ?? [])
            this.lookups.push({ ...ref, fields: index(ref.fields), names: ref.fields });
    }
    /** The key checks in report order, each with the index of its table (shared by sets over the same key). */
    get keySets() {
        return this.sets;
    }
    /**
     * True when every check here can be partitioned by key hash (no foreign keys, no data package keys:
     * those need the referenced keys of the whole table in one place).
     */
    get partitionable() {
        return this.foreign.length === 0 && this.collect.length === 0 && this.lookups.length === 0;
    }
    /** Record mode: per table, every row's key hash and row number, in row order (shared memory). */
    recorded() {
        return this.recorders.map((recorder) => recorder.result());
    }
    /** The key sets asked for by `PackageKeys.collect`, in its order, once every row has been seen. */
    get collected() {
        return this.collect.map((c) => c.table);
    }
    /** True when any check needs the logical values of a row. */
    get active() {
        return (this.sets.length > 0 || this.foreign.length > 0 || this.collect.length > 0 || this.lookups.length > 0);
    }
    /** Fields whose values the checks read. */
    get fieldsUsed() {
        return new Set([
            ...this.sets.flatMap((s) => s.fields),
            ...this.foreign.flatMap((f) => [...f.fields, ...f.referenceFields]),
            ...this.collect.flatMap((c) => c.fields),
            ...this.lookups.flatMap((l) => l.fields),
        ]);
    }
    /**
     * Checks one row. `values` are the logical values by field index (null when missing); `record` is the
     * raw record bytes for duplicate-row.
     */
    row(values, record, row, line, errors, file) {
        const hasher = this.hasher;
        if (this.mode.kind === 'capture') {
            if (this.mode.rows.has(row))
                this.captured.push([row, line, [...values]]);
            return;
        }
        const firsts = this.firsts.fill(NOT_DONE);
        for (const set of this.sets) {
            let first = firsts[set.table];
            if (first === NOT_DONE) {
                hasher.reset();
                if (!this.hashKey(set, values, record))
                    first = -1; // keys with a null are excluded (SQL)
                else if (this.mode.kind === 'record') {
                    this.recorders[set.table].add(hasher.h1, hasher.h2, row);
                    first = -1;
                }
                else
                    first = this.tables[set.table].insert(hasher.h1, hasher.h2, row);
                firsts[set.table] = first;
            }
            if (first === -1)
                continue;
            errors.add(keyError(set, values, first, row, line, file, set.names.length === 1 ? this.column(set.fields[0]) : undefined));
        }
        for (const fk of this.foreign) {
            hasher.reset();
            if (this.hashFields(values, fk.referenceFields))
                fk.referenced.insert(hasher.h1, hasher.h2, row);
            hasher.reset();
            if (!this.hashFields(values, fk.fields))
                continue;
            if (fk.count * 4 + 4 > fk.pending.length) {
                const grown = new Int32Array(fk.pending.length * 2);
                grown.set(fk.pending);
                fk.pending = grown;
            }
            fk.pending.set([hasher.h1 | 0, hasher.h2 | 0, row, line], fk.count * 4);
            fk.count++;
        }
        for (const set of this.collect) {
            hasher.reset();
            if (this.hashFields(values, set.fields))
                set.table.insert(hasher.h1, hasher.h2, row);
        }
        // The referenced resource was read first, so its key set is complete: a miss is reported at once.
        for (const ref of this.lookups) {
            hasher.reset();
            if (!this.hashFields(values, ref.fields))
                continue; // a null in any key field is not checked
            if (ref.keys.has(hasher.h1, hasher.h2))
                continue;
            if (!errors.wants('foreign-key')) {
                errors.count('foreign-key');
                continue;
            }
            const value = ref.fields.map((f) => keyText(values[f])).join(', ');
            errors.add({
                type: 'foreign-key',
                file,
                row,
                line,
                column: ref.fields.length === 1 ? this.column(ref.fields[0]) : undefined,
                field: ref.names.join(', '),
                value,
                message: `(${ref.names.join(', ')}) = (${value}) has no matching row in ${ref.resource} (${ref.referenceFields.join(', ')})`,
            });
        }
    }
    /** Reports foreign keys with no referenced row, once the whole table has been seen. */
    finish(errors, file) {
        for (const fk of this.foreign) {
            for (let i = 0; i < fk.count; i++) {
                const [h1, h2, row, line] = fk.pending.subarray(i * 4, i * 4 + 4);
                if (fk.referenced.has(h1, h2))
                    continue;
                errors.add({
                    type: 'foreign-key',
                    file,
                    row,
                    line,
                    field: fk.names.join(', '),
                    message: `(${fk.names.join(', ')}) has no matching row in the referenced fields`,
                });
            }
        }
    }
    column(field) {
        return this.columnOf === undefined ? field + 1 : this.columnOf[field] || undefined;
    }
    /** Hashes the key of `set` into the hasher; false when the key is excluded (a null, or no record). */
    hashKey(set, values, record) {
        if (set.type !== 'duplicate-row')
            return this.hashFields(values, set.fields);
        if (record === undefined)
            return false;
        if (typeof record === 'string')
            this.hasher.add(record);
        else
            this.hasher.addBytes(record.buf, record.start, record.end);
        return true;
    }
    hashFields(values, fields) {
        for (const field of fields) {
            const value = values[field];
            if (value === null || value === undefined)
                return false;
            this.hasher.add(value);
        }
        return true;
    }
}
const NOT_DONE = -2;
/** The error of a row whose key repeats row `first` (by the row's logical values). */
function keyError(set, values, first, row, line, file, 
/** The key field's column in the file, when the caller knows it (fields matched by name). */
column = set.names.length === 1 ? set.fields[0] + 1 : undefined) {
    const what = set.type === 'duplicate-row' ? 'row' : `(${set.names.join(', ')})`;
    const firstLine = set.names.length === 1 ? ` value ${JSON.stringify(values[set.fields[0]])}` : '';
    return {
        type: set.type,
        file,
        row,
        line,
        field: set.names.length === 1 ? set.names[0] : undefined,
        column,
        message: `${what}${firstLine} repeats row ${first}`,
    };
}
function keyText(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}


/***/ }),

/***/ 83814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ KeyRecorder),
/* harmony export */   JD: () => (/* binding */ HashTable),
/* harmony export */   l5: () => (/* binding */ KeyHasher)
/* harmony export */ });
// 64-bit key hashes as two independent 32-bit halves: uniqueness and foreign keys keep 12 bytes per key
// instead of the key itself. A false duplicate needs both halves to collide: about n^2 / 2^65, so
// ~3e-4 for 1e8 keys (reference/data-validation.md §5.2). Documented as the price of bounded memory.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Running state of a composite key's hash. */
class KeyHasher {
    h1 = 0x811c9dc5;
    h2 = 0x9747b28c;
    reset() {
        this.h1 = 0x811c9dc5;
        this.h2 = 0x9747b28c;
    }
    mix(word) {
        this.h1 = Math.imul(this.h1 ^ word, 0x01000193);
        let k = Math.imul(word, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        // `| 0`: the same 32 bits as before, kept a small integer. The plain sum is a double up to 6e9, and
        // every insert then took V8's slow number path (3M integer keys: 3 s to insert instead of 1).
        this.h2 =
            (Math.imul(((this.h2 ^ Math.imul(k, 0x1b873593)) << 13) | ((this.h2 ^ Math.imul(k, 0x1b873593)) >>> 19), 5) +
                0xe6546b64) |
                0;
    }
    /** Adds one logical value (a key part); distinct types never hash alike. */
    add(value) {
        if (typeof value === 'number') {
            f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same key
            this.mix(1);
            this.mix(u32[0]);
            this.mix(u32[1]);
        }
        else if (typeof value === 'string') {
            this.mix(2);
            for (let i = 0; i < value.length; i++)
                this.mix(value.charCodeAt(i));
            this.mix(value.length);
        }
        else if (typeof value === 'boolean') {
            this.mix(value ? 3 : 4);
        }
        else {
            this.add(JSON.stringify(value));
        }
    }
    /** Adds raw bytes (a whole record, for duplicate-row). */
    addBytes(buf, start, end) {
        this.mix(5);
        for (let p = start; p < end; p++)
            this.mix(buf[p]);
        this.mix(end - start);
    }
}
/** Appends (h1, h2, row) triples to a growing Int32Array over a SharedArrayBuffer (no copy to post it). */
class KeyRecorder {
    count = 0;
    triples = new Int32Array(new SharedArrayBuffer(3 * 4096 * 4));
    add(h1, h2, row) {
        if (this.count * 3 + 3 > this.triples.length) {
            const grown = new Int32Array(new SharedArrayBuffer(this.triples.length * 2 * 4));
            grown.set(this.triples);
            this.triples = grown;
        }
        const at = this.count * 3;
        this.triples[at] = h1;
        this.triples[at + 1] = h2;
        this.triples[at + 2] = row;
        this.count++;
    }
    result() {
        return { count: this.count, triples: this.triples };
    }
}
/** An open-addressing set of 64-bit hashes, each with the first row that had it. */
class HashTable {
    capacity;
    size = 0;
    keys;
    rows;
    /** `expected`: keys to room for without growing (when the caller knows, as a partition owner does). */
    constructor(expected = 0) {
        let capacity = 1 << 12;
        while (expected * 4 >= capacity * 3)
            capacity *= 2;
        this.capacity = capacity;
        this.keys = new Uint32Array(capacity * 2);
        this.rows = new Int32Array(capacity).fill(-1);
    }
    /** Inserts; returns the first row seen with this hash, or -1 when it is new. */
    insert(h1, h2, row) {
        // At most 3/4 full: linear probing stays short, and 3M keys fit 4M slots (48 MB), not 8M.
        if (this.size * 4 >= this.capacity * 3)
            this.grow();
        const slot = this.find(h1 >>> 0, h2 >>> 0);
        if (this.rows[slot] !== -1)
            return this.rows[slot];
        this.keys[slot * 2] = h1;
        this.keys[slot * 2 + 1] = h2;
        this.rows[slot] = row;
        this.size++;
        return -1;
    }
    has(h1, h2) {
        return this.rows[this.find(h1 >>> 0, h2 >>> 0)] !== -1;
    }
    find(h1, h2) {
        const mask = this.capacity - 1;
        let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
        while (this.rows[slot] !== -1 && (this.keys[slot * 2] !== h1 || this.keys[slot * 2 + 1] !== h2)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
    grow() {
        const { keys, rows, capacity } = this;
        this.capacity *= 2;
        this.keys = new Uint32Array(this.capacity * 2);
        this.rows = new Int32Array(this.capacity).fill(-1);
        for (let i = 0; i < capacity; i++) {
            if (rows[i] === -1)
                continue;
            const slot = this.find(keys[i * 2], keys[i * 2 + 1]);
            this.keys[slot * 2] = keys[i * 2];
            this.keys[slot * 2 + 1] = keys[i * 2 + 1];
            this.rows[slot] = rows[i];
        }
    }
}


/***/ }),

/***/ 14934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ sampledRows),
/* harmony export */   Q5: () => (/* binding */ repeatsInOrder),
/* harmony export */   ff: () => (/* binding */ ownRepeats)
/* harmony export */ });
/* unused harmony export ownerOf */
/* harmony import */ var _key_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83814);

/** The part (of `parts`) that owns a key hash. */
const ownerOf = (h2, parts) => (h2 >>> 0) % parts;
/**
 * Owner `part` of `parts`: per table, the repeats among the keys it owns as (row, first row) pairs in
 * row order. The ranges must come in file order.
 */
function ownRepeats(ranges, part, parts) {
    const tables = ranges[0]?.tables.length ?? 0;
    const out = [];
    for (let t = 0; t < tables; t++) {
        let owned = 0;
        for (const { tables: recorded } of ranges) {
            const { count, triples } = recorded[t];
            for (let i = 0; i < count; i++)
                if (ownerOf(triples[i * 3 + 1], parts) === part)
                    owned++;
        }
        const table = new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .HashTable */ .JD(owned);
        let pairs = new Int32Array(64);
        let n = 0;
        for (const { tables: recorded, rowShift } of ranges) {
            const { count, triples } = recorded[t];
            for (let i = 0; i < count; i++) {
                const h2 = triples[i * 3 + 1];
                if (ownerOf(h2, parts) !== part)
                    continue;
                const row = triples[i * 3 + 2] + rowShift;
                const first = table.insert(triples[i * 3], h2, row);
                if (first === -1)
                    continue;
                if (n * 2 + 2 > pairs.length) {
                    const grown = new Int32Array(pairs.length * 2);
                    grown.set(pairs);
                    pairs = grown;
                }
                pairs[n * 2] = row;
                pairs[n * 2 + 1] = first;
                n++;
            }
        }
        out.push(pairs.slice(0, n * 2));
    }
    return out;
}
/**
 * Every owner's repeats as the errors of each key set (sets sharing a table report the same repeats), in
 * the order one pass adds them: by row, then by set.
 */
function repeatsInOrder(sets, owners) {
    const out = [];
    sets.forEach((set, index) => {
        for (const tables of owners) {
            const pairs = tables[set.table];
            for (let i = 0; i < pairs.length; i += 2)
                out.push({ row: pairs[i], set: index, first: pairs[i + 1] });
        }
    });
    return out.sort((a, b) => a.row - b.row || a.set - b.set);
}
/** The rows whose values and lines the error samples need: those of the first `perType` repeats of each type. */
function sampledRows(sets, repeats, perType) {
    const taken = new Map();
    const rows = new Set();
    for (const { row, set } of repeats) {
        const type = sets[set].type;
        const count = taken.get(type) ?? 0;
        if (count >= perType)
            continue;
        taken.set(type, count + 1);
        rows.add(row);
    }
    return [...rows];
}


/***/ }),

/***/ 19242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ TableState)
/* harmony export */ });
/* harmony import */ var _error_collector_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85006);
/* harmony import */ var _field_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98707);


/** Per-field counts and the per-cell bookkeeping shared by the CSV, JSONL and Parquet passes. */
class TableState {
    options;
    rows = 0;
    nulls;
    /** Type and constraint errors per field (for `mostly` and the report's per-field table). */
    typeErrors;
    constraintErrors;
    labelCounts = new Map();
    /** Logical values of the current row by field, when keys need them. */
    values;
    needValues;
    /** False when a passing cell needs no bookkeeping at all (no profile, keys or label): the hot path. */
    tracksOk;
    /**
     * Each field's 1-based column in the file, once the header is matched (columnsOfFields): a report's
     * `column` is what a user counts in the file, not the field's position in the schema.
     */
    get columnOf() {
        return this.columns;
    }
    set columnOf(columnOf) {
        this.columns = columnOf;
        if (this.options.keys)
            this.options.keys.columnOf = columnOf;
    }
    columns;
    constructor(options) {
        this.options = options;
        const n = options.schema.fields.length;
        this.nulls = new Float64Array(n);
        this.typeErrors = new Float64Array(n);
        this.constraintErrors = new Float64Array(n);
        this.values = new Array(n).fill(null);
        this.needValues = options.keys?.active === true;
        this.tracksOk = this.needValues || options.profiler !== undefined;
    }
    /** The file column of a field for a report (its schema position when the file has no header map). */
    column(field) {
        if (this.columns === undefined)
            return field + 1;
        return this.columns[field] || undefined;
    }
    /**
     * A row whose every cell is a missing value: one `blank-row` error replaces the row's other errors
     * (frictionless-py table/row.py), each field counts a null, and no key sees the row.
     */
    blankRow(row, line) {
        const { errors, file, schema, profiler } = this.options;
        for (let field = 0; field < schema.fields.length; field++) {
            if (this.columns !== undefined && this.columns[field] === 0)
                continue; // not in this file
            this.nulls[field]++;
            profiler?.add(field, null);
        }
        profiler?.endRow();
        errors.add({
            type: 'blank-row',
            file,
            row,
            line,
            message: 'the row is blank: every cell is a missing value',
        });
    }
    /** A passing cell. */
    ok(field) {
        const checker = this.options.checkers[field];
        const value = checker.value;
        if (this.needValues)
            this.values[field] = checker.keyValue;
        this.options.profiler?.add(field, profileValue(value));
        if (field === this.options.labelField)
            this.countLabel(value);
    }
    /** A missing cell that is allowed to be missing. */
    missing(field) {
        if (this.needValues)
            this.values[field] = null;
        this.nulls[field]++;
        this.options.profiler?.add(field, null);
    }
    /** Records the outcome of one checked cell; `text` gives the cell's text for an error sample. */
    cell(field, status, row, line, text) {
        const checker = this.options.checkers[field];
        if (status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.ok) {
            if (this.needValues)
                this.values[field] = checker.keyValue;
            this.options.profiler?.add(field, profileValue(checker.value));
            if (field === this.options.labelField)
                this.countLabel(checker.value);
            return;
        }
        if (this.needValues)
            this.values[field] = null;
        if (status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.missing) {
            this.nulls[field]++;
            this.options.profiler?.add(field, null);
            return;
        }
        const note = checker.note;
        checker.note = '';
        if (status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.typeError)
            this.typeErrors[field]++;
        else
            this.constraintErrors[field]++;
        if (checker.value === null)
            this.nulls[field]++;
        this.options.profiler?.add(field, null);
        const type = status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.typeError ? 'type-error' : 'constraint-error';
        const errors = this.options.errors;
        if (!errors.wants(type)) {
            errors.count(type);
            return;
        }
        const value = text();
        const { field: f } = checker;
        const message = status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .J.typeError
            ? `"${(0,_error_collector_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(value, 60)}" is not a valid ${f.type}${f.format === 'default' ? '' : ` (format ${f.format})`}${note ? `: ${note}` : ''}`
            : checker.failed === 'required'
                ? 'a value is required'
                : `"${(0,_error_collector_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(value, 60)}" fails constraint ${checker.failed} = ${constraintText(f.constraints, checker.failed, f.categories)}`;
        errors.add({
            type,
            file: this.options.file,
            row,
            line,
            column: this.column(field),
            field: f.name,
            value: (0,_error_collector_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(value),
            message,
        });
    }
    countLabel(value) {
        const key = String(value);
        this.labelCounts.set(key, (this.labelCounts.get(key) ?? 0) + 1);
    }
}
function constraintText(constraints, name, categories) {
    const value = name === 'categories' ? categories : constraints[name];
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
function profileValue(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return value;
}


/***/ })

};
