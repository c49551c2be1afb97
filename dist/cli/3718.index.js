export const id = 3718;
export const ids = [3718];
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
/* harmony import */ var _core_data_jsonl_jsonl_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74550);
/* harmony import */ var _core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29310);
/* harmony import */ var _core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19726);
/* harmony import */ var _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(85006);
/* harmony import */ var _core_data_validate_key_partitions_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11221);
/* harmony import */ var _core_data_validate_table_state_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(19242);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(62807);
/* harmony import */ var _platform_data_read_bytes_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(26969);
/* harmony import */ var _spare_worker_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(16260);















const KIND = 'mlci-csv-range';
let jsonSchemaModule;
function jsonSchema() {
    if (!jsonSchemaModule)
        throw new Error('range worker: the JSON Schema module was not loaded');
    return jsonSchemaModule;
}
/** True when a job compiles a JSON Schema: records checked against one, or a `jsonSchema` constraint. */
function needsJsonSchema(job) {
    return job.record !== undefined || (0,_core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_8__/* .usesJsonSchema */ .I)(job.schema);
}
const here = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
/**
 * The module a worker runs. In every bundle (the validate-data action's, the umbrella action's, the
 * CLI's) this module sits in a chunk `<id>.index.js` that cannot run alone: the worker starts the entry
 * `index.js` beside it, which imports this module in worker threads (and the action or the CLI only on
 * the main thread). After tsc it is this file.
 */
const WORKER_ENTRY = /^\d+\.index\.js$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(here)) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(here), 'index.js') : here;
/**
 * Scans one range; pure apart from reading the file. `captured`: the rows a capture-mode pass collected.
 * A job that needsJsonSchema runs after runRangeJob has loaded that module.
 */
function runRange(job, keyMode, afterProgress, part) {
    const range = rangeScan(job, keyMode);
    let failure;
    try {
        const input = new _core_data_csv_chunked_js__WEBPACK_IMPORTED_MODULE_3__/* .ChunkedInput */ .$9(range.scanner, { startOffset: job.start, buffer: part?.buffer });
        const progress = keyMode?.kind === 'capture' ? undefined : progressOf(job, afterProgress, part?.doneBefore);
        try {
            (0,_platform_data_read_bytes_js__WEBPACK_IMPORTED_MODULE_13__/* .readRange */ .qX)(job.path, input, job.start, job.end, progress);
        }
        finally {
            if (part)
                part.buffer = input.buffer;
        }
    }
    catch (thrown) {
        failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .messageOf */ .bD)(thrown);
    }
    return range.result(failure);
}
/** The state, scanner and collector one range is scanned with, and the range's result once done. */
function rangeScan(job, keyMode) {
    const errors = new _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_9__/* .ErrorCollector */ .KO(job.maxErrors);
    const schema = job.schema;
    const compiled = schema
        ? (0,_core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_8__/* .compileTable */ .g)(schema, {
            compileJsonSchema: (json) => jsonSchema().compileJsonSchema(json),
            profiling: job.profiling,
            duplicateRows: job.duplicateRows === true,
            labelField: job.labelField,
            keyMode: keyMode ?? (job.keys ? { kind: 'record', partitions: job.keys } : undefined),
        })
        : undefined;
    const profiler = schema && job.profiling ? (0,_core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_7__/* .createProfiler */ .I)(schema.fields, { reference: job.reference }) : undefined;
    const state = schema && compiled
        ? new _core_data_validate_table_state_js__WEBPACK_IMPORTED_MODULE_11__/* .TableState */ .Ed({ schema, file: job.file, errors, ...compiled, profiler })
        : undefined;
    const n = schema?.fields.length ?? 0;
    let scanner;
    let table;
    if (job.format === 'jsonl') {
        table = new _core_data_jsonl_jsonl_table_js__WEBPACK_IMPORTED_MODULE_6__/* .JsonlTable */ .F(state, job.file, errors, job.record ? jsonSchema().recordValidator(job.record) : undefined);
        scanner = table;
    }
    else {
        const columns = { fieldOf: Int32Array.from(job.fieldOf), labels: job.labels, errors: [] };
        scanner = new _core_data_csv_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvScanner */ .BR(job.dialect, new _core_data_csv_csv_table_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvTable */ .d(state, { columns, firstRow: 1 }));
    }
    const result = (failure, records = table ? table.rows : state.rows) => ({
        rows: records,
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
        keyPartitions: job.keys && keyMode?.kind !== 'capture' ? compiled?.keys?.partitioned() : undefined,
        keyLines: job.keys && keyMode?.kind !== 'capture' ? compiled?.keys?.recordedLines() : undefined,
        captured: compiled?.keys?.captured,
    });
    return { scanner, table, result };
}
/**
 * Validates the gunzip segments a GUNZIP_SEGMENTS_SOURCE worker hands out on `job.segments`, asking for
 * the next one until there is none: one state for all of them, the table set to each segment's first
 * line and record, so errors carry the file's rows and lines (`rows` of the result: the records seen here).
 */
async function runSegments(job, port) {
    const range = rangeScan(job);
    const table = range.table;
    let records = 0;
    let failure;
    // Two requests are always out: the next segment is there when this one is done, even when the gunzip
    // worker's thread waits for a core (a busy machine). Each request but the first two gives a buffer back.
    const arrived = [];
    let wake;
    port.on('message', (message) => {
        arrived.push(message);
        wake?.();
    });
    const ask = (buffer) => buffer ? port.postMessage(buffer, [buffer]) : port.postMessage(null);
    ask(null);
    ask(null);
    try {
        for (;;) {
            while (arrived.length === 0)
                await new Promise((resolve) => {
                    wake = resolve;
                });
            const message = arrived.shift();
            if (message.type === 'end')
                break;
            if (message.type === 'error') {
                failure = message.message;
                break;
            }
            table.startAt(message.line, message.row);
            // The segment is read in place: it ends at a line feed, or is the file's end.
            const data = message.data;
            const input = new _core_data_csv_chunked_js__WEBPACK_IMPORTED_MODULE_3__/* .ChunkedInput */ .$9(table, {
                startOffset: message.offset,
                buffer: Buffer.from(data.buffer),
            });
            input.commit(data.length);
            input.end();
            records += table.rows - (message.row - 1);
            ask(data.buffer);
        }
    }
    catch (thrown) {
        failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .messageOf */ .bD)(thrown);
    }
    finally {
        port.close();
    }
    return range.result(failure, records);
}
/**
 * Writes this thread's bytes read (`before` from its earlier parts, plus this range's) into its shared
 * slot, then calls `after` (on the main thread).
 */
function progressOf(job, after, before = 0) {
    if (!job.progress)
        return undefined;
    const done = new Float64Array(job.progress.shared);
    const slot = job.progress.slot;
    return (bytes) => {
        done[slot] = before + bytes;
        after?.();
    };
}
/** Answers a key request of the main thread (see RangeJob.keys). */
function answerKeyRequest(job, request) {
    if (request.type === 'dedupe') {
        const { ranges, rowShifts, claim, keep, layout } = request;
        return (0,_core_data_validate_key_partitions_js__WEBPACK_IMPORTED_MODULE_10__/* .dedupePartitions */ .dk)(ranges, rowShifts, (0,_core_data_validate_key_partitions_js__WEBPACK_IMPORTED_MODULE_10__/* .claimFrom */ .Jj)(claim, layout), keep, layout);
    }
    // The range again, keeping the lines and values of the asked rows: only when there are repeats to report.
    const rows = new Set(request.rows);
    return runRange({ ...job, profiling: false }, { kind: 'capture', rows }).captured ?? [];
}
/** Scans one range of any format; CSV and JSONL run synchronously from the call (see the end of file). */
async function runRangeJob(job, afterProgress) {
    if (needsJsonSchema(job))
        jsonSchemaModule ??= await Promise.all(/* import() */[__webpack_require__.e(9892), __webpack_require__.e(7092)]).then(__webpack_require__.bind(__webpack_require__, 37092));
    if (job.segments)
        return runSegments(job, job.segments);
    if (job.claim === undefined)
        return job.format === 'parquet'
            ? runParquetRange(job)
            : runRange(job, job.keys ? { kind: 'record', partitions: job.keys } : undefined, afterProgress);
    // Claimed parts (runs of row groups, JSONL byte ranges), until none is left: the threads share the file
    // however fast each starts.
    const next = new Int32Array(job.claim);
    const parts = [];
    if (job.format === 'parquet') {
        const [first, last] = job.groups;
        const step = Math.max(1, job.step ?? 1);
        const buffers = {}; // reused from run to run
        for (;;) {
            const from = first + Atomics.add(next, 0, step);
            if (from >= last)
                break;
            const groups = [from, Math.min(last, from + step)];
            const result = await runParquetRange({ ...job, claim: undefined, groups }, buffers);
            parts.push({ group: from, result });
            if (result.failure !== undefined)
                break;
        }
    }
    else {
        const blocks = job.blocks;
        const part = { doneBefore: 0 };
        for (;;) {
            const index = Atomics.add(next, 0, 1);
            if (index >= blocks.length - 1)
                break;
            const [start, end] = [blocks[index], blocks[index + 1]];
            const result = runRange({ ...job, claim: undefined, start, end }, undefined, afterProgress, part);
            part.doneBefore += end - start;
            parts.push({ group: index, result });
            if (result.failure !== undefined)
                break;
        }
    }
    const failure = parts.find((part) => part.result.failure !== undefined)?.result.failure;
    const empty = new Float64Array(0);
    return {
        rows: 0,
        checkedRows: 0,
        lines: 0,
        quoteBytes: 0,
        irregular: false,
        errors: new _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_9__/* .ErrorCollector */ .KO(0).serialize(),
        nulls: empty,
        typeErrors: empty,
        constraintErrors: empty,
        labelCounts: [],
        parts,
        failure,
    };
}
async function runParquetRange(job, buffers) {
    const { validateParquet } = await Promise.all(/* import() */[__webpack_require__.e(6367), __webpack_require__.e(4469)]).then(__webpack_require__.bind(__webpack_require__, 84469));
    const { parquetFile } = await __webpack_require__.e(/* import() */ 6626).then(__webpack_require__.bind(__webpack_require__, 16626));
    const schema = job.schema;
    const errors = new _core_data_validate_error_collector_js__WEBPACK_IMPORTED_MODULE_9__/* .ErrorCollector */ .KO(job.maxErrors);
    const compiled = (0,_core_data_validate_compile_table_js__WEBPACK_IMPORTED_MODULE_8__/* .compileTable */ .g)(schema, {
        compileJsonSchema: (json) => jsonSchema().compileJsonSchema(json),
        profiling: job.profiling,
        duplicateRows: false,
        labelField: job.labelField,
    });
    const profiler = job.profiling ? (0,_core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_7__/* .createProfiler */ .I)(schema.fields, { reference: job.reference }) : undefined;
    const state = new _core_data_validate_table_state_js__WEBPACK_IMPORTED_MODULE_11__/* .TableState */ .Ed({ schema, file: job.file, errors, ...compiled, profiler });
    let rows = 0;
    let failure;
    try {
        const buffer = await parquetFile(job.path, job.end);
        try {
            rows = await validateParquet(buffer, state, {
                groups: job.groups,
                labels: job.groups?.[0] === 0,
                buffers,
            });
        }
        finally {
            await buffer.close();
        }
    }
    catch (thrown) {
        failure = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .messageOf */ .bD)(thrown);
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
/** The `kind` of this worker thread's workerData (none on the main thread): what it was started as. */
function startedAs() {
    return node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread ? undefined : node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData?.kind;
}
/** Runs a worker's job, posts the result, then (a `keys` job) answers the main thread's requests until terminated. */
function serve(job) {
    void runRangeJob(job).then((result) => {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(result);
        if (job.keys)
            node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.on('message', (request) => node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(answerKeyRequest(job, request)));
    });
}
// CSV and JSONL ranges are scanned synchronously right here, while the bundle is still being evaluated:
// an entry module that does not check isMainThread (the CLI's) only runs after the result is posted.
// A spare (spare-worker.ts) gets its job as its first message.
if (startedAs() === KIND)
    serve(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData);
else if (startedAs() === _spare_worker_js__WEBPACK_IMPORTED_MODULE_14__/* .SPARE_KIND */ .hF)
    node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.once('message', (job) => serve(job));


/***/ }),

/***/ 16260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ takeSpareInflater),
/* harmony export */   hF: () => (/* binding */ SPARE_KIND),
/* harmony export */   pO: () => (/* binding */ takeSpare)
/* harmony export */ });
/* unused harmony exports startSpare, startSpareInflater */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);



/** The workerData of a spare range worker: it waits for its job (a RangeJob) as its first message. */
const SPARE_KIND = 'mlci-spare-range-worker';
/**
 * One worker started before its job is known (its workerData says what it is; the job comes as its first
 * message), kept until taken. Unref'd, so that an unused spare does not keep the process alive; one that
 * fails or ends before it is taken is dropped, and the taker then starts a worker of its own.
 */
class SpareSlot {
    worker;
    get empty() {
        return this.worker === undefined;
    }
    start(source, options) {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(source, { ...options, stdout: true, stderr: true });
        worker.unref();
        const drop = () => {
            if (this.worker === worker)
                this.worker = undefined;
        };
        worker.once('error', drop);
        worker.once('exit', drop);
        this.worker = worker;
    }
    /** The spare, if one was started and is not taken yet; the caller gives it its job and ends it. */
    take() {
        const worker = this.worker;
        this.worker = undefined;
        worker?.ref();
        return worker;
    }
}
const rangeWorker = new SpareSlot();
const inflater = new SpareSlot();
/**
 * Starts a range worker before any job is known, from the entry (`entry`: the module a worker runs). A
 * worker loads its modules for about 90 ms; started at once, it does so on another core while this thread
 * loads the action's modules and reads the inputs (about 0.2 s), instead of after, when the main thread
 * is already scanning its first part (measured: the worker began 90 ms after the main thread on a 200 MiB
 * JSONL file). The first startWorker takes it (takeSpare). An unused spare (a small file, `workers: 1`)
 * does not keep the process alive; not started on a single core, where no worker runs.
 */
function startSpare(entry) {
    if (!rangeWorker.empty || availableParallelism() < 2)
        return;
    rangeWorker.start(entry, { workerData: { kind: SPARE_KIND } });
}
/** The spare range worker, if one was started and is not taken yet; the caller gives it its job and ends it. */
function takeSpare() {
    return rangeWorker.take();
}
/**
 * Starts the gunzip worker of a compressed JSONL file before the inputs are read, when `data` (the action's
 * `data` input as the runner passes it) names one such file and no glob: the worker boots (36-52 ms here)
 * while this thread loads the action, instead of after, when the threads already wait for its first
 * segment (measured on a 26 MiB .jsonl.gz: they asked at 107-134 ms and waited 40-65 ms). A guess from the
 * raw input, made before it is parsed or checked: a wrong one costs a thread's boot on another core.
 */
function startSpareInflater(data, workers) {
    if (!inflater.empty || availableParallelism() < 2 || data === undefined)
        return;
    if (workers?.trim() === '1')
        return; // one thread: the file is inflated on it
    const names = data
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    // formatOf's and isGzip's reading of a name, written here: the entry imports nothing it need not
    // (lazy-imports.test.ts), and both would bring core/errors and read-bytes into it.
    if (names.length !== 1 || /[*?[{]/.test(names[0]) || !/\.(jsonl|ndjson|json)\.gz$/i.test(names[0]))
        return;
    inflater.start(GUNZIP_SEGMENTS_SOURCE, { eval: true, workerData: { kind: SPARE_SEGMENTS_KIND } });
}
/** The spare gunzip worker, if one was started and is not taken yet; the caller posts its job and ends it. */
function takeSpareInflater() {
    return inflater.take();
}


/***/ }),

/***/ 74550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ JsonlTable)
});

// EXTERNAL MODULE: ./build/core/data/cast/decode.js
var decode = __webpack_require__(53465);
// EXTERNAL MODULE: ./build/core/data/validate/field-checker.js + 5 modules
var field_checker = __webpack_require__(98707);
// EXTERNAL MODULE: ./build/core/data/validate/error-collector.js
var error_collector = __webpack_require__(85006);
// EXTERNAL MODULE: ./build/core/data/wasm/instance.js + 1 modules
var instance = __webpack_require__(40684);
;// CONCATENATED MODULE: ./build/core/data/jsonl/record-scanner.js

/** What a scanned record holds for a field: where its value is, and what kind of JSON value it is. */
const VALUE = {
    absent: 0,
    /** A string without escapes: start/end are its bytes inside the quotes. */
    string: 1,
    /** A string with backslash escapes: start/end are inside the quotes, the text needs JSON.parse. */
    escaped: 2,
    number: 3,
    true: 4,
    false: 5,
    null: 6,
    /** An object or array: start/end cover its JSON text. */
    nested: 7,
    /** A value that passed its field's checks in the scan (ScanCheck): nothing is left to check. */
    checked: 8,
};
/**
 * Finds the values of named keys in one JSON text that should be an object, straight from its UTF-8
 * bytes (already validated as UTF-8 by ChunkedInput), without building the object. It checks the whole
 * text against the JSON grammar as JSON.parse does, and answers -1 — "use JSON.parse" — for anything
 * it does not settle: text that is not an object or not valid JSON (JSON.parse then gives the error), a
 * key with escapes, a named key given twice, nesting deeper than MAX_DEPTH (../wasm/instance.ts). It
 * never accepts text that JSON.parse rejects. Keys it is not asked about are validated and skipped.
 *
 * The scanning is WebAssembly compiled from AssemblyScript (../wasm/assembly/record-scanner.ts, built
 * by scripts/data-wasm.mjs), instantiated once a thread: records are copied into its memory a range at
 * a time (load) and read one at a time (next), and it writes what it finds into tables this class
 * views. Measured on the benchmark's typed JSONL (1 M records, one thread, in one process): 216-323 ms
 * against 530-550 ms for the same scanner in TypeScript on its first pass, which ran at a third of its
 * later speed until V8 had optimised it.
 */
class JsonRecordScanner {
    /** What each name's value is (VALUE), after a scan that settled the record. */
    kinds;
    /** Where each value is in the loaded buffer: a string's bytes inside its quotes, else its JSON text. */
    starts;
    ends;
    /** A number field's value when the scan could read it exactly, else NaN (read it from the text). */
    numbers;
    status;
    /** The memory buffer the views are on (a new one after the memory grew). */
    viewed;
    instance;
    layout;
    /** buf[loadedStart, loadedEnd) is in the scanner's memory at the instance's `input`. */
    loadedStart = 0;
    loadedEnd = 0;
    /**
     * `checks`: what the scan may settle of each field's value on its own (FieldChecker.scanCheck); a value
     * that passes is marked VALUE.checked. None by default: every value is left to the caller.
     */
    constructor(names, blanks, checks = []) {
        this.instance = (0,instance/* threadInstance */.qV)();
        this.layout = this.instance.layout(names, blanks, checks);
        this.view();
    }
    /** Keys of the last record that are none of the names. */
    get unknownKeys() {
        return this.status[0];
    }
    /** Every unknown key's value was null or an unescaped string equal to one of `blanks`. */
    get unknownBlank() {
        return this.status[1] === 1;
    }
    /**
     * Copies buf[start, end) into the scanner's memory: the records next() reads, and the buffer whose
     * offsets starts/ends give. Records are read from this copy only: buf may change after. It stays
     * loaded until another scanner of the thread loads, or one is made for other names.
     */
    load(buf, start, end) {
        const instance = this.instance;
        instance.copyIn(buf.subarray(start, end), 0, this);
        instance.use(this.layout);
        instance.wasm.setBias(start - instance.input);
        this.loadedStart = start;
        this.loadedEnd = end;
        this.view();
    }
    /**
     * Scans the loaded record that starts at `start` (an offset in the loaded buffer), up to its line feed:
     * the offset of that line feed (or the loaded end, when `final` and the last line has none) when
     * kinds/starts/ends describe the record, else -1 (the line is to be found and read as before: not an
     * object the scanner settles, or not complete in what was loaded).
     */
    next(start, final) {
        const instance = this.instance;
        if (instance.loadedBy !== this)
            throw new Error('JsonRecordScanner.next: load the records first');
        const shift = instance.input - this.loadedStart;
        const lf = instance.wasm.scanLine(start + shift, this.loadedEnd + shift, final ? 1 : 0);
        return lf < 0 ? -1 : lf - shift;
    }
    /** load(buf, start, end) and next(start, final): one record, or the first of a buffer of lines. */
    scanLine(buf, start, end, final) {
        this.load(buf, start, end);
        return this.next(start, final);
    }
    /** Views of this scanner's tables on the memory's current buffer. */
    view() {
        const buffer = this.instance.bytes.buffer;
        if (this.viewed === buffer)
            return;
        const { count, kinds, starts, ends, numbers, status } = this.layout;
        this.kinds = new Uint8Array(buffer, kinds, count);
        this.starts = new Int32Array(buffer, starts, count);
        this.ends = new Int32Array(buffer, ends, count);
        this.numbers = new Float64Array(buffer, numbers, count);
        this.status = new Int32Array(buffer, status, 2);
        this.viewed = buffer;
    }
}
const UNESCAPED = {
    34: 34,
    92: 92,
    47: 47,
    98: 8,
    102: 12,
    110: 10,
    114: 13,
    116: 9,
};
/**
 * The UTF-8 of a JSON string's text, from its bytes between the quotes (already validated by the scanner),
 * written into `out`; its length, or -1 when it does not fit or holds a lone surrogate escape (whose
 * text has no UTF-8: leave such strings to JSON.parse).
 */
function unescapeInto(buf, start, end, out) {
    let n = 0;
    let p = start;
    const room = out.length - 4;
    while (p < end) {
        if (n > room)
            return -1;
        const c = buf[p];
        if (c !== 92) {
            out[n++] = c;
            p++;
            continue;
        }
        const d = buf[p + 1];
        if (d !== 117) {
            out[n++] = UNESCAPED[d];
            p += 2;
            continue;
        }
        let code = hex4(buf, p + 2);
        p += 6;
        if (code >= 0xd800 && code <= 0xdfff) {
            if (code >= 0xdc00 || p + 6 > end || buf[p] !== 92 || buf[p + 1] !== 117)
                return -1;
            const low = hex4(buf, p + 2);
            if (low < 0xdc00 || low > 0xdfff)
                return -1;
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            p += 6;
        }
        if (code < 0x80)
            out[n++] = code;
        else if (code < 0x800) {
            out[n++] = 0xc0 | (code >> 6);
            out[n++] = 0x80 | (code & 0x3f);
        }
        else if (code < 0x10000) {
            out[n++] = 0xe0 | (code >> 12);
            out[n++] = 0x80 | ((code >> 6) & 0x3f);
            out[n++] = 0x80 | (code & 0x3f);
        }
        else {
            out[n++] = 0xf0 | (code >> 18);
            out[n++] = 0x80 | ((code >> 12) & 0x3f);
            out[n++] = 0x80 | ((code >> 6) & 0x3f);
            out[n++] = 0x80 | (code & 0x3f);
        }
    }
    return n;
}
function hex4(buf, p) {
    let value = 0;
    for (let i = 0; i < 4; i++) {
        const c = buf[p + i];
        value = value * 16 + (c <= 57 ? c - 48 : (c | 0x20) - 87);
    }
    return value;
}

;// CONCATENATED MODULE: ./build/core/data/jsonl/jsonl-table.js




/** A JSON string of at most this many bytes has at most 256 characters: checkNative's byte fast path. */
const SHORT_STRING_BYTES = 256;
/** Room for an escaped string's text when it is short enough for that fast path (longer: -1, JSON.parse). */
const TEXT = new Uint8Array(SHORT_STRING_BYTES);
/**
 * JSONL lines: each non-empty line is one JSON value. Lines are split on `\n` (a raw newline cannot occur
 * inside a JSON string). Against a Table Schema alone, a byte-level scanner (record-scanner.ts) finds the
 * fields' values in the line and checks them as bytes, as the CSV path does; a line it does not settle
 * (not an object, not valid JSON, escaped keys, repeated keys, keys to report as extra, a record a key
 * check hashes whole) and every line checked against a JSON Schema go through JSON.parse, and both paths
 * give the same verdicts (test/unit/core/data/jsonl). Implements the scanner interface ChunkedInput drives.
 */
class JsonlTable {
    state;
    file;
    errors;
    recordValidator;
    onRecord;
    line = 1;
    nextRow = 1;
    /** The byte-level scanner, when the records need no objects (undefined: JSON.parse every line). */
    scanner;
    reportsExtraKeys;
    constructor(state, file, errors, recordValidator, onRecord, options = {}) {
        this.state = state;
        this.file = file;
        this.errors = errors;
        this.recordValidator = recordValidator;
        this.onRecord = onRecord;
        const schema = state?.options.schema;
        const names = schema?.fields.map((field) => field.name) ?? [];
        const fast = state !== undefined &&
            !recordValidator &&
            !onRecord &&
            options.parseAll !== true &&
            state.options.keys?.needsRecord !== true &&
            new Set(names).size === names.length;
        const encoder = new TextEncoder();
        // A value the scan settles needs nothing more here, unless a profile or a key reads every value
        // (tracksOk) or it is the label, whose classes are counted.
        const checks = state === undefined || state.tracksOk
            ? []
            : state.options.checkers.map((checker, i) => i === state.options.labelField ? undefined : checker.scanCheck());
        this.scanner = fast
            ? new JsonRecordScanner(names, schema.missingValues.map((value) => encoder.encode(value)), checks)
            : undefined;
        this.reportsExtraKeys =
            schema?.fieldsMatch === 'exact' ||
                schema?.fieldsMatch === 'equal' ||
                schema?.fieldsMatch === 'superset';
    }
    /**
     * Goes on at another place in the file: the next line scanned is `line`, and the next record `row` (a
     * part of the file scanned on its own, whose first line and record are known: gunzip segments).
     */
    startAt(line, row) {
        this.line = line;
        this.nextRow = row;
    }
    /** Number of records seen (blank lines are not records). */
    get rows() {
        return this.nextRow - 1;
    }
    scan(buf, start, end, final) {
        const scanner = this.scanner;
        scanner?.load(buf, start, end);
        let p = start;
        while (p < end) {
            // The byte-level path finds the record's line feed itself (one pass, no search for it first). A line
            // it does not settle is found and parsed below: scanning it again within its line feed would give
            // the same answer (a line feed is never whitespace to the scanner, nor inside any value it reads).
            if (scanner !== undefined) {
                const lf = scanner.next(p, final);
                if (lf >= 0 && this.settled(buf)) {
                    this.line++;
                    p = lf + 1;
                    continue;
                }
            }
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
                this.record((0,decode/* decode */.D4)(buf, p, e));
            this.line++;
            p = nl + 1;
        }
        return end;
    }
    /** The byte-level path after a scan that succeeded: checks the record, or returns false having changed nothing. */
    settled(buf) {
        const scanner = this.scanner;
        if (scanner.unknownKeys > 0 && this.reportsExtraKeys)
            return false;
        const state = this.state;
        const { schema, checkers, keys, profiler, labelField, errors, file } = state.options;
        const { kinds, starts, ends } = scanner;
        const n = schema.fields.length;
        let blank = n > 0;
        for (let i = 0; blank && i < n; i++)
            blank = isBlankValue(checkers[i], kinds[i], buf, starts[i], ends[i]);
        // Whether a record whose fields are all missing is blank turns on its other keys; JSON.parse settles
        // any of them given twice (the last one counts).
        if (blank && !scanner.unknownBlank)
            return false;
        const row = this.nextRow++;
        const line = this.line;
        state.rows++;
        if (blank) {
            state.blankRow(row, line);
            return true;
        }
        for (let i = 0; i < n; i++) {
            const kind = kinds[i];
            if (kind === VALUE.checked)
                continue;
            const s = starts[i];
            const e = ends[i];
            const status = kind === VALUE.number
                ? checkers[i].checkJsonNumber(exactNumber(scanner.numbers[i], buf, s, e))
                : checkScanned(checkers[i], kind, buf, s, e);
            if (status === field_checker/* CELL */.JA.ok) {
                if (state.tracksOk || i === labelField)
                    state.ok(i);
            }
            else if (status === field_checker/* CELL */.JA.missing)
                state.missing(i);
            else
                failedCell(state, i, status, row, line, kind, buf, s, e);
        }
        if (keys && state.needValues)
            keys.row(state.values, undefined, row, line, errors, file);
        profiler?.endRow();
        return true;
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
                value: (0,error_collector/* sampleValue */.Kq)(text),
                message: `not valid JSON: ${why}`,
            });
            return;
        }
        if (this.recordValidator) {
            for (const problem of this.recordValidator(record))
                this.errors.add({ ...problem, file: this.file, row, line, value: (0,error_collector/* sampleValue */.Kq)(text) });
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
            if (status === field_checker/* CELL */.JA.ok) {
                if (state.tracksOk || i === labelField)
                    state.ok(i);
            }
            else if (status === field_checker/* CELL */.JA.missing)
                state.missing(i);
            else
                state.cell(i, status, row, line, () => cellText(raw));
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
/** A scanned number: its value read in the scan, or (NaN: not exact there) from its text as JSON.parse does. */
function exactNumber(scanned, buf, start, end) {
    return Number.isNaN(scanned) ? Number((0,decode/* decode */.D4)(buf, start, end)) : scanned;
}
/** checkNative(value, true) for a scanned value (not a number: see exactNumber), from its bytes where that gives the same outcome. */
function checkScanned(checker, kind, buf, start, end) {
    if (kind === VALUE.string && end - start <= SHORT_STRING_BYTES)
        return checker.checkBytes(buf, start, end);
    if (kind === VALUE.escaped) {
        const length = unescapeInto(buf, start, end, TEXT);
        if (length >= 0)
            return checker.checkBytes(TEXT, 0, length);
    }
    return checker.checkNative(jsonValue(kind, buf, start, end), true);
}
/**
 * Records a failed cell. Out of line so that the row loop captures nothing in a closure: a closure there
 * gives every iteration a heap-allocated context (measured: 640 bytes a row, most of the garbage).
 */
function failedCell(state, field, status, row, line, kind, buf, start, end) {
    state.cell(field, status, row, line, () => cellText(jsonValue(kind, buf, start, end)));
}
/** A cell's text in an error sample: strings and numbers as they are, other values as JSON. */
function cellText(raw) {
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : safeJson(raw);
}
/** The value JSON.parse gives for a scanned value (VALUE.absent: the key is not there, read as null). */
function jsonValue(kind, buf, start, end) {
    switch (kind) {
        case VALUE.string:
            return (0,decode/* decode */.D4)(buf, start, end);
        case VALUE.escaped:
            return JSON.parse((0,decode/* decode */.D4)(buf, start - 1, end + 1));
        case VALUE.number:
            return Number((0,decode/* decode */.D4)(buf, start, end));
        case VALUE.true:
            return true;
        case VALUE.false:
            return false;
        case VALUE.nested:
            return JSON.parse((0,decode/* decode */.D4)(buf, start, end));
        default:
            return null;
    }
}
/** isBlank's test of one field's value, on the scanned bytes. */
function isBlankValue(checker, kind, buf, start, end) {
    if (kind === VALUE.absent || kind === VALUE.null)
        return true;
    if (kind === VALUE.string)
        return checker.isMissingBytes(buf, start, end);
    if (kind === VALUE.escaped) {
        const length = unescapeInto(buf, start, end, TEXT);
        return length >= 0
            ? checker.isMissingBytes(TEXT, 0, length)
            : checker.isMissingText(jsonValue(kind, buf, start, end));
    }
    return false;
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
/* harmony export */   I: () => (/* binding */ usesJsonSchema),
/* harmony export */   g: () => (/* binding */ compileTable)
/* harmony export */ });
/* harmony import */ var _field_checker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98707);
/* harmony import */ var _key_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33631);


/**
 * True when a field has a `jsonSchema` constraint: only then does a caller load the JSON Schema compiler
 * (ajv) for `compileJsonSchema`, and a Table Schema without one starts without it.
 */
function usesJsonSchema(schema) {
    return schema?.fields.some((field) => field.constraints.jsonSchema !== undefined) === true;
}
/** Compiles a schema's fields; string cells are decoded only where a profile, key or label needs them. */
function compileTable(schema, options) {
    const keys = new _key_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyChecks */ .ZI(schema, options.duplicateRows, options.packageKeys, options.keyMode);
    const used = keys.fieldsUsed;
    const labelField = options.labelField === undefined
        ? undefined
        : schema.fields.findIndex((f) => f.name === options.labelField);
    const checkers = schema.fields.map((field, i) => new _field_checker_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldChecker */ .Of(field, {
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

/***/ 33631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZI: () => (/* binding */ KeyChecks),
/* harmony export */   a9: () => (/* binding */ keyError),
/* harmony export */   aN: () => (/* binding */ columnOfField)
/* harmony export */ });
/* harmony import */ var _key_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83814);
/* harmony import */ var _key_partitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11221);
/* harmony import */ var _line_shifts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6182);



/**
 * The O(n)-memory checks: `unique` constraints, primaryKey, uniqueKeys, duplicate rows and foreign keys
 * within the table. Each keeps 64-bit hashes (key-hash.ts), so about 16-24 bytes per distinct key. In check
 * mode the rows' keys are inserted in batches (flush()): the key errors are complete only after finish().
 */
class KeyChecks {
    mode;
    sets = [];
    /**
     * One hash table per distinct key (ordered field list, or the whole record): `unique` on id and
     * `primaryKey: [id]` are one table and one insert per row, not two (half the memory and time).
     */
    tables = [];
    /** Per table, the first key set on it: its fields (or the whole record) make the key. */
    tableSets;
    /** Check mode: per table, the keys of the rows waiting for their batch insert (see flush()). */
    pending = [];
    /** Check mode: the waiting rows (at most BATCH), their lines, and the collector and file they report to. */
    pendingRows = new Int32Array(BATCH);
    pendingLines = new Int32Array(BATCH);
    pendingCount = 0;
    pendingErrors;
    pendingFile = '';
    /** Record mode, or check mode after recordPartitioned(): per table, where its keys go. */
    writers;
    /** Recording: where a row's line stops being its row plus the previous shift (quoted newlines). */
    lineShifts = new _line_shifts_js__WEBPACK_IMPORTED_MODULE_2__/* .LineShifts */ .s();
    recordedRows = 0;
    /** Capture mode: the rows asked for, in the order met. */
    captured = [];
    foreign = [];
    hasher = new _key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyHasher */ .l5();
    collect = [];
    lookups = [];
    columns;
    /** Set by hashFields when the key was one number (its own bits). */
    numberKey = false;
    /** Each field's 1-based column in the file being read (set per file), for the errors' `column`. */
    get columnOf() {
        return this.columns;
    }
    set columnOf(columnOf) {
        this.flush(); // the waiting rows' errors name the columns of their own file
        this.columns = columnOf;
    }
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
        this.tableSets = this.tables.map((_, table) => this.sets.find((s) => s.table === table));
        if (mode.kind === 'check')
            this.pending = this.tableSets.map((set) => {
                return {
                    set,
                    count: 0,
                    index: new Int32Array(BATCH),
                    hashes: new Int32Array(BATCH * 2),
                    rows: new Int32Array(BATCH),
                    firsts: new Int32Array(BATCH),
                    firstOf: new Int32Array(BATCH),
                    values: set.fields.length === 1 ? new Array(BATCH) : undefined,
                };
            });
        if (mode.kind === 'record')
            this.recordPartitioned(mode.partitions);
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
    /**
     * Sizes the key tables for about `rows` more rows (an estimate: they still grow past it), so a large
     * file's table is allocated once instead of grown and rehashed through every size.
     */
    expectRows(rows) {
        // Partitions grow a block at a time: nothing to size.
        if (this.mode.kind !== 'check' || this.writers)
            return;
        for (const table of this.tables)
            table.reserve(table.count + rows);
    }
    /** Bytes held by the key tables of this table's own checks (unique, keys, duplicate rows). */
    get tableBytes() {
        return this.tables.reduce((sum, table) => sum + table.bytes, 0);
    }
    /** The key checks in report order, each with the index of its table (shared by sets over the same key). */
    get keySets() {
        return this.sets;
    }
    /**
     * True when the file's rows can be split into ranges whose keys are recorded elsewhere and inserted
     * here (recorded-keys.ts): no foreign keys, no data package keys (those look keys up as rows come).
     */
    get splittable() {
        return this.foreign.length === 0 && this.collect.length === 0 && this.lookups.length === 0;
    }
    /**
     * From now on (before any row), records each row's keys into partitions of `layout`, as a range worker
     * does, and reports no key error itself: the caller deduplicates the partitions of every range
     * (dedupePartitions) and reports the repeats (recorded-keys.ts). Check mode switches to this for a file
     * scanned in ranges, where one table on one thread was the bottleneck.
     */
    recordPartitioned(layout) {
        if (this.recordedRows > 0 || this.pendingCount > 0)
            throw new Error('key checks: recordPartitioned() after rows were seen');
        this.writers = this.tables.map(() => new _key_partitions_js__WEBPACK_IMPORTED_MODULE_1__/* .PartitionWriter */ .UE(layout));
    }
    /** Per table, the keys recorded into partitions (record mode, or after recordPartitioned). */
    partitioned() {
        return this.writers?.map((writer) => writer.result()) ?? [];
    }
    /** Recording: the (row, line - row) pairs from which a recorded row's line follows (LineShifts). */
    recordedLines() {
        return this.lineShifts.result();
    }
    /** The key sets asked for by `PackageKeys.collect`, in its order, once every row has been seen. */
    get collected() {
        return this.collect.map((c) => c.table);
    }
    /** True when any check needs the logical values of a row. */
    get active() {
        return (this.sets.length > 0 || this.foreign.length > 0 || this.collect.length > 0 || this.lookups.length > 0);
    }
    /** True when a check hashes the whole record (duplicate rows), not only field values. */
    get needsRecord() {
        return this.sets.some((set) => set.type === 'duplicate-row');
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
        const writers = this.writers;
        if (writers) {
            this.lineShifts.add(row, line);
            this.recordedRows++;
            for (let table = 0; table < writers.length; table++) {
                hasher.reset();
                this.numberKey = false;
                // keys with a null are excluded (SQL)
                if (this.hashKey(this.tableSets[table], values, record))
                    writers[table].add(hasher.h1, hasher.h2, row, this.numberKey);
            }
        }
        else if (this.pending.length > 0)
            this.queue(values, record, row, line, errors, file);
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
    /** Hashes a row's keys into the waiting batch; a full batch is inserted (flush). */
    queue(values, record, row, line, errors, file) {
        if (this.pendingCount > 0 && (file !== this.pendingFile || errors !== this.pendingErrors))
            this.flush();
        this.pendingErrors = errors;
        this.pendingFile = file;
        const hasher = this.hasher;
        const r = this.pendingCount;
        for (const pending of this.pending) {
            hasher.reset();
            if (!this.hashKey(pending.set, values, record))
                continue; // keys with a null are excluded (SQL)
            const i = pending.count++;
            pending.index[i] = r;
            pending.hashes[i * 2] = hasher.h1;
            pending.hashes[i * 2 + 1] = hasher.h2;
            pending.rows[i] = row;
            if (pending.values)
                pending.values[r] = values[pending.set.fields[0]];
        }
        this.pendingRows[r] = row;
        this.pendingLines[r] = line;
        if (++this.pendingCount === BATCH)
            this.flush();
    }
    /**
     * Inserts the waiting rows' keys (one batch per table: HashTable.insertBatch) and reports their repeats
     * as one row at a time would have: by row, then by key set, each naming the first row of its key.
     */
    flush() {
        const count = this.pendingCount;
        if (count === 0)
            return;
        this.pendingCount = 0;
        this.pending.forEach((pending, table) => {
            pending.firstOf.fill(-1, 0, count);
            if (pending.count === 0)
                return;
            this.tables[table].insertBatch(pending.hashes, pending.rows, pending.count, pending.firsts);
            for (let i = 0; i < pending.count; i++)
                pending.firstOf[pending.index[i]] = pending.firsts[i];
            pending.count = 0;
        });
        const errors = this.pendingErrors;
        for (let r = 0; r < count; r++) {
            for (const set of this.sets) {
                const pending = this.pending[set.table];
                const first = pending.firstOf[r];
                if (first === -1)
                    continue;
                // The message needs only a one-field key's value: the rest of the row is long gone.
                const values = [];
                if (pending.values)
                    values[set.fields[0]] = pending.values[r];
                const column = set.names.length === 1 ? this.column(set.fields[0]) : undefined;
                const row = this.pendingRows[r];
                errors.add(keyError(set, values, first, row, this.pendingLines[r], this.pendingFile, column));
            }
        }
        for (const pending of this.pending)
            pending.values?.fill(undefined, 0, count);
    }
    /**
     * Reports what is still waiting: the last rows' repeats, and foreign keys with no referenced row, once
     * the whole table has been seen. The key errors of a table are complete only after this.
     */
    finish(errors, file) {
        this.flush();
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
        return columnOfField(this.columnOf, field);
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
        if (fields.length === 1) {
            const value = values[fields[0]];
            if (typeof value === 'number') {
                this.hasher.setNumber(value);
                this.numberKey = true;
                return true;
            }
        }
        for (const field of fields) {
            const value = values[field];
            if (value === null || value === undefined)
                return false;
            this.hasher.add(value);
        }
        return true;
    }
}
/** Rows whose keys are inserted together (HashTable.insertBatch): their cache misses overlap. */
const BATCH = 256;
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
/** A field's 1-based column in the file (`columnOf`: per field, 0 when absent), or its position. */
function columnOfField(columnOf, field) {
    return columnOf === undefined ? field + 1 : columnOf[field] || undefined;
}
function keyText(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}


/***/ }),

/***/ 83814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ HashTable),
/* harmony export */   l5: () => (/* binding */ KeyHasher),
/* harmony export */   rl: () => (/* binding */ numberOf),
/* harmony export */   sT: () => (/* binding */ fmix32)
/* harmony export */ });
/* unused harmony export slotOf */
// 64-bit key hashes as two 32-bit halves: uniqueness and foreign keys keep 12 bytes per key instead of the
// key itself. A key of one number is its own 64 bits (exact); other keys are hashed, and a false duplicate
// needs both halves to collide: about n^2 / 2^65, so ~3e-4 for 1e8 keys (reference/data-validation.md
// §5.2). Documented as the price of bounded memory (docs/validate-data.md).
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
    /**
     * A key of one number: its 64 bits as they are, so such keys never collide (exact, not hashed). The
     * tables finalize them for the slot. Other keys, and numbers within composite keys, are hashed.
     */
    setNumber(value) {
        f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same key
        this.h1 = u32[0] | 0;
        this.h2 = u32[1] | 0;
    }
    /** Adds raw bytes (a whole record, for duplicate-row). */
    addBytes(buf, start, end) {
        this.mix(5);
        for (let p = start; p < end; p++)
            this.mix(buf[p]);
        this.mix(end - start);
    }
}
/** The number whose 64 bits a one-number key's hash is (KeyHasher.setNumber), back from its halves. */
function numberOf(h1, h2) {
    u32[0] = h1;
    u32[1] = h2;
    return f64[0];
}
/** Murmur3's 32-bit finalizer: every input bit flips about half the output bits. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * An open-addressing set of 64-bit hashes, each with the first row that had it: one Int32Array of
 * (h1, h2, row + 1) triples, 12 bytes a slot, at most 3/4 full (16 bytes a key), so a probe reads one
 * cache line, not one in a key array and one in a row array. The slot is the finalized hash scaled to
 * the capacity (not masked), so the capacity need not be a power of two and a table sized for the
 * expected keys (reserve) holds 3M keys in 4M slots (48 MB), never grows and never holds two copies.
 */
class HashTable {
    seed;
    capacity = 0;
    size = 0;
    slots = new Int32Array(0);
    /** insertBatch's first slots, and what its touching read (kept, so the reads are not dropped). */
    starts = new Int32Array(0);
    touched = 0;
    /**
     * `expected`: keys to make room for without growing (callers that learn an estimate later use reserve()).
     * `seed`: of the slot function (slotOf); random unless a test fixes it.
     */
    constructor(expected = 0, seed = (Math.random() * 4294967296) | 0) {
        this.seed = seed;
        this.resize(capacityFor(expected));
    }
    /** Keys stored. */
    get count() {
        return this.size;
    }
    /** Slots (a fresh table has 4,096). */
    get slotCount() {
        return this.capacity;
    }
    /** Bytes the table holds: 12 a slot. */
    get bytes() {
        return this.slots.byteLength;
    }
    /** Makes room for `expected` keys in all, now (no growth, no rehash, up to that many). */
    reserve(expected) {
        const capacity = capacityFor(expected);
        if (capacity > this.capacity)
            this.resize(capacity);
    }
    /** Inserts; returns the first row seen with this hash, or -1 when it is new. */
    insert(h1, h2, row) {
        if (this.size * 4 >= this.capacity * 3)
            this.resize(Math.ceil(this.capacity * 1.5));
        const slots = this.slots;
        const at = this.find(h1 | 0, h2 | 0);
        if (slots[at + 2] !== 0)
            return slots[at + 2] - 1;
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = row + 1;
        this.size++;
        return -1;
    }
    /**
     * Inserts `count` keys at once: `hashes` holds (h1, h2) pairs, `rows` their rows; `firsts[i]` gets what
     * insert() would return. The slots are found for the whole batch first, touching each (their cache
     * misses overlap, instead of one whole miss per key between two rows' parsing), then filled in order,
     * so the result is that of inserting one by one.
     */
    insertBatch(hashes, rows, count, firsts) {
        if ((this.size + count) * 4 >= this.capacity * 3)
            this.resize(Math.max(Math.ceil(this.capacity * 1.5), capacityFor(this.size + count)));
        if (this.starts.length < count)
            this.starts = new Int32Array(count);
        const starts = this.starts;
        const slots = this.slots;
        const capacity = this.capacity;
        const seed = this.seed;
        let touched = 0;
        for (let i = 0; i < count; i++) {
            const at = slotOf(hashes[i * 2], hashes[i * 2 + 1], capacity, seed) * 3;
            starts[i] = at;
            touched |= slots[at + 2];
        }
        this.touched = touched;
        const end = capacity * 3;
        for (let i = 0; i < count; i++) {
            const h1 = hashes[i * 2];
            const h2 = hashes[i * 2 + 1];
            let at = starts[i];
            while (slots[at + 2] !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
                at += 3;
                if (at === end)
                    at = 0;
            }
            if (slots[at + 2] !== 0)
                firsts[i] = slots[at + 2] - 1;
            else {
                slots[at] = h1;
                slots[at + 1] = h2;
                slots[at + 2] = rows[i] + 1;
                this.size++;
                firsts[i] = -1;
            }
        }
    }
    has(h1, h2) {
        return this.slots[this.find(h1 | 0, h2 | 0) + 2] !== 0;
    }
    /** The index of the triple holding (h1, h2), or of the empty slot where it goes. */
    find(h1, h2) {
        const slots = this.slots;
        const end = this.capacity * 3;
        let at = slotOf(h1, h2, this.capacity, this.seed) * 3;
        while (slots[at + 2] !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
            at += 3;
            if (at === end)
                at = 0;
        }
        return at;
    }
    resize(capacity) {
        const old = this.slots;
        this.capacity = capacity;
        this.slots = new Int32Array(capacity * 3);
        for (let i = 0; i < old.length; i += 3) {
            if (old[i + 2] === 0)
                continue;
            const at = this.find(old[i], old[i + 1]);
            this.slots[at] = old[i];
            this.slots[at + 1] = old[i + 1];
            this.slots[at + 2] = old[i + 2];
        }
    }
}
/**
 * A hash's first slot: both halves finalized with the table's seed, then multiply-shifted onto
 * [0, capacity) (exact in a double: < 2^54). The seed is random per table: a number key's hash is its
 * bits, which a file chooses at will, and an unseeded slot function would let a crafted file put every
 * key on one probe chain (quadratic time).
 */
function slotOf(h1, h2, capacity, seed) {
    return Math.floor((fmix32(h1 ^ fmix32(h2 ^ seed)) * capacity) / 4294967296);
}
/** Slots for `expected` keys at most 3/4 full (4,096 at least). */
function capacityFor(expected) {
    return Math.max(1 << 12, Math.ceil((expected * 4) / 3) + 1);
}


/***/ }),

/***/ 11221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ claimFrom),
/* harmony export */   UE: () => (/* binding */ PartitionWriter),
/* harmony export */   Zk: () => (/* binding */ mergePartitionRepeats),
/* harmony export */   dk: () => (/* binding */ dedupePartitions),
/* harmony export */   r8: () => (/* binding */ partitionLayout)
/* harmony export */ });
/* unused harmony exports partitionOf, BLOCK */
/* harmony import */ var _key_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83814);
// Duplicate keys of a file scanned in byte ranges, found without one big hash table. Each range's scanner
// appends each row's key (h1, h2, row) to one of 2^bits partitions, chosen by the top bits of a seeded
// finalizer of the key: sequential writes, where inserting into one table of 3M keys (48 MB) was a cache
// and TLB miss per key on the thread that also parsed. Once every range is scanned, the threads claim
// partitions and deduplicate each with a small table that stays in L2 (a few thousand keys), visiting
// the ranges in file order. A key's entries all fall in one partition, in row order within a range, so
// each partition yields the repeats and first rows that one pass in row order finds.

/** The partition of a key hash (h1, h2) under `layout`. */
function partitionOf(h1, h2, layout) {
    return fmix32(h1 ^ fmix32(h2 ^ layout.seed)) >>> (32 - layout.bits);
}
/** Keys a partition is meant to hold: its dedupe table (2 slots a key, 12 bytes each) stays ~100 KB. */
const KEYS_PER_PARTITION = 4096;
/**
 * The layout for about `expectedKeys` keys. The seed is random (a test may fix it): a one-number key's
 * hash is its own bits, which a file chooses, and an unseeded function would let a file put every key in
 * one partition (still correct, and still linear, but on one thread and out of cache).
 */
function partitionLayout(expectedKeys, seed = (Math.random() * 4294967296) | 0) {
    const bits = Math.ceil(Math.log2(Math.max(1, expectedKeys / KEYS_PER_PARTITION)));
    return { bits: Math.min(12, Math.max(4, bits)), seed };
}
/** Triples (h1, h2, row) per block: a partition's entries are a list of blocks (768 bytes each). */
const BLOCK = 64;
/** Blocks per shared slab (1.5 MB): the writer allocates slabs as it fills them. */
const SLAB_BLOCKS = 2048;
const SLAB_INTS = SLAB_BLOCKS * BLOCK * 3;
const EMPTY = new Int32Array(0);
/** Appends one range's keys of one table to their partitions, in row order. */
class PartitionWriter {
    shift;
    seed;
    /** Per partition: the next int in its current block's slab, and the end of that block. */
    next;
    end;
    /** Per partition: the slab its current block is in, and its blocks so far. */
    current;
    lists;
    slabs = [];
    views = [];
    blockCount = 0;
    numbers = true;
    constructor(layout) {
        const partitions = 1 << layout.bits;
        this.shift = 32 - layout.bits;
        this.seed = layout.seed;
        this.next = new Int32Array(partitions);
        this.end = new Int32Array(partitions);
        this.current = Array.from({ length: partitions }, () => EMPTY); // next = end: the first add takes a block
        this.lists = Array.from({ length: partitions }, () => []);
    }
    /** `number`: the key is one number (KeyHasher.setNumber). */
    add(h1, h2, row, number) {
        const p = (0,_key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(h1 ^ (0,_key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(h2 ^ this.seed)) >>> this.shift;
        let at = this.next[p];
        if (at === this.end[p])
            at = this.newBlock(p);
        const slab = this.current[p];
        slab[at] = h1;
        slab[at + 1] = h2;
        slab[at + 2] = row;
        this.next[p] = at + 3;
        if (!number)
            this.numbers = false;
    }
    /** Gives partition p a fresh block; returns its first int. */
    newBlock(p) {
        const b = this.blockCount++;
        if (b % SLAB_BLOCKS === 0) {
            const slab = new SharedArrayBuffer(SLAB_INTS * 4);
            this.slabs.push(slab);
            this.views.push(new Int32Array(slab));
        }
        this.lists[p].push(b);
        this.current[p] = this.views[this.views.length - 1];
        const at = (b % SLAB_BLOCKS) * BLOCK * 3;
        this.end[p] = at + BLOCK * 3;
        return at;
    }
    result() {
        const partitions = this.lists.length;
        const starts = new Int32Array(partitions + 1);
        const counts = new Int32Array(partitions);
        for (let p = 0; p < partitions; p++) {
            const list = this.lists[p];
            starts[p + 1] = starts[p] + list.length;
            if (list.length > 0) {
                const last = list[list.length - 1];
                const used = (this.next[p] - (last % SLAB_BLOCKS) * BLOCK * 3) / 3;
                counts[p] = (list.length - 1) * BLOCK + used;
            }
        }
        return {
            slabs: this.slabs,
            blocks: Int32Array.from(this.lists.flat()),
            starts,
            counts,
            numbers: this.numbers,
        };
    }
}
/**
 * Hands out the partitions of `layout` one at a time through a shared counter (index 0 of `shared`, 4
 * bytes, zero to begin), to every thread that calls it; -1 when none is left.
 */
function claimFrom(shared, layout) {
    const next = new Int32Array(shared, 0, 1);
    const partitions = 1 << layout.bits;
    return () => {
        const p = Atomics.add(next, 0, 1);
        return p < partitions ? p : -1;
    };
}
/**
 * Deduplicates the partitions `claim()` hands out (-1: none left) across `ranges` (per range in file
 * order, per table its PartitionedKeys, all of one layout); `rowShifts[r]` makes range r's rows the
 * file's. Several threads may run this at once over one claim counter: each partition is theirs alone.
 */
function dedupePartitions(ranges, rowShifts, claim, keep, layout) {
    const tables = ranges[0]?.length ?? 0;
    const repeats = ranges.map(() => Array.from({ length: tables }, () => new Growing()));
    const dropped = ranges.map(() => new Array(tables).fill(0));
    const views = ranges.map((range) => range.map((keys) => keys.slabs.map((slab) => new Int32Array(slab))));
    const mask = (1 << (32 - layout.bits)) - 1;
    const seed = layout.seed;
    let slots = new Int32Array(3 * 1024);
    for (let p = claim(); p !== -1; p = claim()) {
        for (let t = 0; t < tables; t++) {
            let entries = 0;
            for (const range of ranges)
                entries += range[t].counts[p];
            if (entries === 0)
                continue;
            // At most half full (every entry a new key), a power of two: the slot is the hash's low bits,
            // which the partition (its top bits) leaves free.
            let capacity = 16;
            while (capacity < 2 * entries)
                capacity *= 2;
            if (slots.length < capacity * 3)
                slots = new Int32Array(capacity * 3);
            else
                slots.fill(0, 0, capacity * 3);
            const slotMask = Math.min(capacity - 1, mask);
            const end = capacity * 3;
            for (let r = 0; r < ranges.length; r++) {
                const keys = ranges[r][t];
                const slabs = views[r][t];
                const shift = rowShifts[r];
                const out = repeats[r][t];
                let found = 0;
                let left = keys.counts[p];
                for (let j = keys.starts[p]; left > 0; j++) {
                    const b = keys.blocks[j];
                    const slab = slabs[(b / SLAB_BLOCKS) | 0];
                    const from = (b % SLAB_BLOCKS) * BLOCK * 3;
                    const to = from + Math.min(BLOCK, left) * 3;
                    left -= BLOCK;
                    for (let e = from; e < to; e += 3) {
                        const h1 = slab[e];
                        const h2 = slab[e + 1];
                        const row = slab[e + 2] + shift;
                        let at = ((0,_key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(h1 ^ (0,_key_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(h2 ^ seed)) & slotMask) * 3;
                        let first = slots[at + 2];
                        while (first !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
                            at += 3;
                            if (at === end)
                                at = 0;
                            first = slots[at + 2];
                        }
                        if (first === 0) {
                            slots[at] = h1;
                            slots[at + 1] = h2;
                            slots[at + 2] = row + 1;
                        }
                        else if (found < keep) {
                            out.push(row, first - 1, h1, h2);
                            found++;
                        }
                        else
                            dropped[r][t]++;
                    }
                }
            }
        }
    }
    return { repeats: repeats.map((range) => range.map((out) => out.result())), dropped };
}
/**
 * Per range and table, the first `keep` repeats by row of every thread's PartitionRepeats together, and
 * how many more there were: what RangeRepeats holds.
 */
function mergePartitionRepeats(parts, keep) {
    const ranges = parts[0]?.repeats.length ?? 0;
    return Array.from({ length: ranges }, (_, r) => {
        const tables = parts[0].repeats[r].length;
        const repeats = [];
        const dropped = [];
        for (let t = 0; t < tables; t++) {
            const found = parts.map((part) => part.repeats[r][t]);
            const quads = new Int32Array(found.reduce((sum, part) => sum + part.length, 0));
            let at = 0;
            for (const part of found) {
                quads.set(part, at);
                at += part.length;
            }
            const more = parts.reduce((sum, part) => sum + part.dropped[r][t], 0);
            const order = Array.from({ length: quads.length / 4 }, (_, i) => i).sort((a, b) => quads[a * 4] - quads[b * 4]);
            const kept = Math.min(keep, order.length);
            const out = new Int32Array(kept * 4);
            for (let i = 0; i < kept; i++)
                out.set(quads.subarray(order[i] * 4, order[i] * 4 + 4), i * 4);
            repeats.push(out);
            dropped.push(more + order.length - kept);
        }
        return { repeats, dropped };
    });
}
/** An Int32Array that doubles as it fills. */
class Growing {
    data = new Int32Array(64);
    length = 0;
    push(a, b, c, d) {
        if (this.length + 4 > this.data.length)
            this.grow();
        this.data[this.length] = a;
        this.data[this.length + 1] = b;
        this.data[this.length + 2] = c;
        this.data[this.length + 3] = d;
        this.length += 4;
    }
    grow() {
        const grown = new Int32Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
    }
    result() {
        return this.data.slice(0, this.length);
    }
}


/***/ }),

/***/ 6182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lineOf),
/* harmony export */   s: () => (/* binding */ LineShifts)
/* harmony export */ });
// The lines of a range's rows, without a line per row: rows and lines advance together except where a
// record spans lines (a quoted newline).
/**
 * A range's rows' lines, kept as the points where `line - row` changes: (row, line - row) pairs. A file
 * without quoted newlines has one pair; each record that spans lines adds one.
 */
class LineShifts {
    pairs = new Int32Array(64);
    count = 0;
    last = Number.NaN;
    add(row, line) {
        const shift = line - row;
        if (shift === this.last)
            return;
        this.last = shift;
        if (this.count * 2 + 2 > this.pairs.length) {
            const grown = new Int32Array(this.pairs.length * 2);
            grown.set(this.pairs);
            this.pairs = grown;
        }
        this.pairs[this.count * 2] = row;
        this.pairs[this.count * 2 + 1] = shift;
        this.count++;
    }
    result() {
        return this.pairs.slice(0, this.count * 2);
    }
}
/** The line of a recorded row, from its range's LineShifts pairs (the last change at or before it). */
function lineOf(shifts, row) {
    let lo = 0;
    let hi = shifts.length / 2 - 1;
    if (hi < 0 || shifts[0] > row)
        throw new Error(`recorded keys: no line for row ${row}`);
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (shifts[mid * 2] <= row)
            lo = mid;
        else
            hi = mid - 1;
    }
    return row + shifts[lo * 2 + 1];
}


/***/ })

};
