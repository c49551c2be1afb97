import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 20535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ enableCompileCache)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);

/**
 * Switches on Node's compile cache (V8 code cache for the modules loaded from now on; Node 22.1 and later,
 * a no-op on Node 20): a run of the CLI then skips parsing and compiling the ~0.7 MB of JavaScript a
 * command loads (measured on `mlci fingerprint`: 15-35 ms of CPU before the first file is listed). The
 * cache lives where Node puts it (NODE_COMPILE_CACHE, else the OS temp directory; NODE_DISABLE_COMPILE_CACHE
 * turns it off), is keyed by the module's path and checked against a hash of its source and the Node
 * version, so an edited or upgraded bundle is compiled afresh, never run from stale code. A directory that
 * cannot be written only means no cache.
 */
function enableCompileCache() {
    const enable = node_module__WEBPACK_IMPORTED_MODULE_0__.enableCompileCache;
    try {
        enable?.();
    }
    catch {
        // A cache is an optimisation: without one the CLI compiles its modules as it always did.
    }
}


/***/ }),

/***/ 59713:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(18614);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(20535);
/* harmony import */ var _prestart_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(64506);




// The bundle's entry is kept small on purpose: it is compiled before the compile cache can be switched on,
// and what it imports statically is compiled with it. The CLI proper (main.js and every command) is its own
// chunk, loaded after the cache is on. validate-data's range workers start this entry too: only the main
// thread is the CLI; a worker loads the range scanner (its own chunk), whose top level does the worker's job.
const argv = process.argv.slice(2);
// What main() prints for these, without loading it or opening the cache (start-up is all this command does).
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && (argv[0] === '--version' || argv[0] === '-V'))
    process.stdout.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_3__/* .MLCI_VERSION */ .B}\n`);
else {
    (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .enableCompileCache */ .L)();
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread)
        await Promise.all(/* import() */[__nccwpck_require__.e(9310), __nccwpck_require__.e(7348), __nccwpck_require__.e(3718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53718));
    else {
        (0,_prestart_js__WEBPACK_IMPORTED_MODULE_2__/* .prestartHashing */ .k)(argv, process.cwd());
        const { main } = await __nccwpck_require__.e(/* import() */ 7699).then(__nccwpck_require__.bind(__nccwpck_require__, 47699));
        process.exitCode = await main(argv);
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 64506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ prestartHashing)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _platform_process_hash_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(99284);



/** The value of the last `--name value` or `--name=value` in `argv`, if any. */
function flag(argv, name) {
    let value;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === `--${name}`)
            value = argv[i + 1];
        else if (argv[i].startsWith(`--${name}=`))
            value = argv[i].slice(name.length + 3);
    }
    return value;
}
const mentionsDeps = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'latin1').includes('deps');
    }
    catch {
        return false;
    }
};
/**
 * Starts a hash worker for a `mlci fingerprint` that will most likely read files, before the CLI's modules
 * load: a worker takes 30-40 ms to start, which then overlaps loading the modules, reading mlci.yml and
 * listing the files instead of following them. One, not one per core: two workers starting beside the main
 * thread on two cores slowed its loading down (the first file was read ~20 ms later), and the main thread
 * hashes beside the workers anyway; on more cores the command starts the rest when its plan is known, and
 * they join the files under way. It is a guess made from argv and two small reads (with a hash state, most
 * files are known and none may be read; a config that never says `deps` declares none): a wrong guess costs
 * time, never correctness (fingerprint starts the workers itself when its plan needs them, and ends them
 * whoever started them). A worker started for nothing holds up the exit (~40 ms on a stage without deps),
 * hence the guess.
 */
function prestartHashing(argv, cwd) {
    if (argv[0] !== 'fingerprint' || argv.includes('--help') || argv.includes('-h'))
        return;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, flag(argv, 'cache-dir') ?? '.mlci/cache', 'hash-state.json')))
        return;
    const config = flag(argv, 'dvc-file') ?? flag(argv, 'config') ?? 'mlci.yml';
    const deps = flag(argv, 'deps') !== undefined ||
        mentionsDeps((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, config)) ||
        mentionsDeps((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, 'dvc.yaml'));
    if (deps)
        (0,_platform_process_hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .startHashWorkers */ .EG)(1);
}


/***/ }),

/***/ 62807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ formatWhere),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   sc: () => (/* binding */ MlciError)
/* harmony export */ });
/* unused harmony export isErrorInstance */
/** The one error type of mlci: it carries its exit code and knows how to describe itself. */
class MlciError extends Error {
    exitCode;
    details;
    name = 'MlciError';
    constructor(message, exitCode, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.exitCode = exitCode;
        this.details = details;
    }
    get where() {
        return this.details.where;
    }
    get hint() {
        return this.details.hint;
    }
    /** The same error (class, message, exit code, hint, cause) placed at `where` instead. */
    placedAt(where) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        Object.defineProperty(copy, 'details', { value: { ...this.details, where }, enumerable: true });
        return copy;
    }
    /**
     * "mlci.yml:4:3: unknown key `trian` — did you mean `train`?" with the hint on its own line. Leave the
     * place out where it is shown another way (an annotation's file and line).
     */
    describe(options = {}) {
        const at = this.where && options.where !== false ? `${formatWhere(this.where)}: ` : '';
        const hint = this.hint && options.hint !== false ? `\n  hint: ${this.hint}` : '';
        return `${at}${this.message}${hint}`;
    }
}
/** A usage or configuration error (exit 2). */
class UsageError extends MlciError {
    name = 'UsageError';
    constructor(message, details = {}) {
        super(message, 2, details);
    }
}
/** Invalid data or a failed gate (exit 1). */
class DataError extends MlciError {
    name = 'DataError';
    constructor(message, details = {}) {
        super(message, 1, details);
    }
}
/** "file:line:column", leaving out what is unknown. */
function formatWhere(where) {
    let text = where.file;
    if (where.line !== undefined)
        text += `:${where.line}`;
    if (where.line !== undefined && where.column !== undefined)
        text += `:${where.column}`;
    return text;
}
/** True for Error instances, including ones from other realms (vm, workers). */
function isErrorInstance(value) {
    return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}
/** A message for anything thrown on one line, keeping the chain of causes ("a: b: c"). */
function messageOf(thrown) {
    if (thrown instanceof MlciError)
        return thrown.hint ? `${thrown.describe({ hint: false })} (hint: ${thrown.hint})` : thrown.describe();
    if (!isErrorInstance(thrown))
        return String(thrown);
    const parts = [thrown.message || thrown.name];
    let cause = thrown.cause;
    for (let depth = 0; cause !== undefined && depth < 5; depth++) {
        parts.push(isErrorInstance(cause) ? cause.message : String(cause));
        cause = isErrorInstance(cause) ? cause.cause : undefined;
    }
    return parts.join(': ');
}


/***/ }),

/***/ 18614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ MLCI_VERSION)
/* harmony export */ });
/** mlci's own version, written into every report. Kept equal to package.json by a unit test. */
const MLCI_VERSION = '0.1.0';


/***/ }),

/***/ 25547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ READ_SIZE),
/* harmony export */   r: () => (/* binding */ WORKER_SOURCE)
/* harmony export */ });
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


/***/ }),

/***/ 99284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ HashWorkers),
/* harmony export */   EG: () => (/* binding */ startHashWorkers),
/* harmony export */   F$: () => (/* binding */ earlyHashWorkers),
/* harmony export */   UE: () => (/* binding */ helpedWorkers),
/* harmony export */   sz: () => (/* binding */ stopHashWorkers)
/* harmony export */ });
/* unused harmony export defaultWorkers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(75919);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(62807);
/* harmony import */ var _hash_worker_source_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(25547);





/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
const defaultWorkers = () => Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), 8));
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            if (!job.dropped)
                settle();
        };
        if (this.failed || job.dropped) {
            finish(() => undefined);
            return !this.failed;
        }
        try {
            helpBuffer ??= Buffer.allocUnsafe(_hash_worker_source_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_SIZE */ .V);
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, helpBuffer, 0, helpBuffer.length, null);
            if (n === 0)
                finish(() => job.resolve({ sha256: hash.digest('hex'), size: current.size }));
            else {
                hash.update(helpBuffer.subarray(0, n));
                current.size += n;
            }
        }
        catch (error) {
            finish(() => job.reject(new Error(`${job.path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`)));
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
                        this.helping = { job, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(job.path, 'r'), hash: sha256(), size: 0 };
                        return this.helping;
                    }
                    catch (error) {
                        job.reject(new Error(`${job.path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`));
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
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(_hash_worker_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WORKER_SOURCE */ .r, { eval: true });
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


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(59713);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
