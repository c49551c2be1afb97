import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 1029:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var _spare_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6260);


// The range workers start this same entry. The action (schema and YAML reading, @actions/core, reports)
// and the range scanner are chunks of their own, loaded with `await import()`: a worker loads only the
// range scanner, whose top level does the worker's job, and skips the action's modules (measured: its
// start-up was about 0.2 s of CPU with them, a sixth of validating a 200 MiB JSONL file on two threads).
// What only some runs need, such as ajv and hyparquet, is in chunks of its own in both.
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread) {
    // A range worker starts now and loads its modules on another core while this thread loads the action's
    // (spare-worker.ts): a large file's first worker then has its job at once.
    (0,_spare_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .startSpare */ .Es)(new URL(import.meta.url));
    // A .jsonl.gz file's gunzip worker boots now too (spare-worker.ts).
    (0,_spare_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .startSpareInflater */ .hU)(process.env.INPUT_DATA, process.env.INPUT_WORKERS);
    const [{ runAction }, { spec }, { validateData }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 104).then(__nccwpck_require__.bind(__nccwpck_require__, 9104)),
        __nccwpck_require__.e(/* import() */ 803).then(__nccwpck_require__.bind(__nccwpck_require__, 8803)),
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(718), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2935)),
    ]);
    await runAction(spec, validateData);
}
else
    await __nccwpck_require__.e(/* import() */ 718).then(__nccwpck_require__.bind(__nccwpck_require__, 3718));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ takeSpareInflater),
/* harmony export */   Es: () => (/* binding */ startSpare),
/* harmony export */   hF: () => (/* binding */ SPARE_KIND),
/* harmony export */   hU: () => (/* binding */ startSpareInflater),
/* harmony export */   pO: () => (/* binding */ takeSpare)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var _platform_data_gunzip_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1973);



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
    if (!rangeWorker.empty || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() < 2)
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
    if (!inflater.empty || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() < 2 || data === undefined)
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
    inflater.start(_platform_data_gunzip_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .GUNZIP_SEGMENTS_SOURCE */ .TD, { eval: true, workerData: { kind: _platform_data_gunzip_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .SPARE_SEGMENTS_KIND */ .qn } });
}
/** The spare gunzip worker, if one was started and is not taken yet; the caller posts its job and ends it. */
function takeSpareInflater() {
    return inflater.take();
}


/***/ }),

/***/ 1973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ GUNZIP_SEGMENTS_SOURCE),
/* harmony export */   V6: () => (/* binding */ GUNZIP_WORKER_SOURCE),
/* harmony export */   qn: () => (/* binding */ SPARE_SEGMENTS_KIND)
/* harmony export */ });
/**
 * Source shared by both gunzip workers: `collected(bytes)` runs a minor garbage collection every 16 MiB
 * inflated. The file stream's and zlib's spent buffers (1 MiB each) are external memory behind tiny
 * wrappers, and these threads allocate little else: Node 20's V8 collected them soon after use, Node 22+'s
 * lets them pile up (a 26 MiB .jsonl.gz: the worker alone peaked 45 MiB higher on Node 24, the validation
 * at 204 MiB against 121 MiB). A minor collection of this small heap costs well under a millisecond.
 * `gc` is reached through a new context (--expose-gc set at run time applies to contexts created after, so
 * a later worker of the same process, and a process run with --expose-gc, has it as a global already).
 */
const COLLECT_SOURCE = `
const collectGarbage =
  typeof globalThis.gc === 'function'
    ? globalThis.gc
    : (require('node:v8').setFlagsFromString('--expose-gc'), require('node:vm').runInNewContext('gc'));
let uncollected = 0;
const collected = (bytes) => {
  uncollected += bytes;
  if (uncollected < 16 << 20) return;
  uncollected = 0;
  collectGarbage({ type: 'minor' });
};
`;
/**
 * The gunzip worker (readGzip in read-bytes.ts), run with `eval`: it needs only node's fs, zlib and
 * worker_threads, so it starts without loading the bundle (~20 ms). Its event loop does nothing but
 * drive zlib, so inflating never waits for validation: it reads `workerData.path`, inflates it (all gzip
 * members) and posts each inflated chunk as a GunzipMessage, its buffer transferred. zlib's chunks are
 * views of buffers it keeps writing into, so each is copied once into a buffer of its own here, on this
 * otherwise idle thread. At most `workerData.queue` chunks are unacknowledged (the main thread answers
 * each once written, handing its buffer back for the next chunk: no allocation per chunk, and no
 * garbage to wait for): then zlib is paused, and with it the file read. Kept as source text so that no
 * bundler rewrites its requires.
 */
const GUNZIP_WORKER_SOURCE = `${COLLECT_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { path, queue, chunkSize } = workerData;
const input = createReadStream(path, { highWaterMark: chunkSize });
const gunzip = createGunzip({ chunkSize });
let unacknowledged = 0;
let failed = false;
const fail = (stage, error) => {
  if (failed) return;
  failed = true;
  parentPort.postMessage({ type: 'error', stage, code: error.code, message: error.message });
  input.destroy();
  gunzip.destroy();
};
input.on('error', (error) => fail('read', error));
gunzip.on('error', (error) => fail('gunzip', error));
const free = [];
gunzip.on('data', (chunk) => {
  if (failed) return;
  const data = new Uint8Array(free.pop() ?? new ArrayBuffer(chunkSize), 0, chunk.length);
  data.set(chunk);
  parentPort.postMessage({ type: 'chunk', data, read: input.bytesRead }, [data.buffer]);
  collected(chunk.length);
  if (++unacknowledged >= queue) gunzip.pause();
});
gunzip.on('end', () => {
  if (!failed) parentPort.postMessage({ type: 'end' });
});
parentPort.on('message', (buffer) => {
  free.push(buffer);
  unacknowledged--;
  if (unacknowledged < queue && gunzip.isPaused()) gunzip.resume();
});
input.pipe(gunzip);
`;
/** The workerData of a segments worker started before its job is known: the job is its first message. */
const SPARE_SEGMENTS_KIND = 'mlci-spare-gunzip-segments';
/**
 * The gunzip worker for validating one compressed JSONL file on several threads (workerData: a
 * SegmentsJob, or SPARE_SEGMENTS_KIND and then the job as its first message: a worker booted before the
 * file was known). It inflates the file into segments of whole lines, each numbered with its offset, first
 * line and first record (it counts the line feeds and the empty lines, which are not records, as
 * JsonlTable does), and hands them to whichever consumer asks first: the threads validate at their own
 * pace, and the segments' errors carry the file's own rows and lines. At most `ahead` segments wait;
 * then zlib is paused. A consumer's request gives back the buffer of its last segment, reused for a
 * later one. Any failure (read error, bad or truncated gzip, the limits, an overlong line) is sent to
 * every consumer as an error: the caller then reads the file on one thread, which reports it exactly.
 */
const GUNZIP_SEGMENTS_SOURCE = `${COLLECT_SOURCE}
const { workerData, parentPort } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
function run(job) {
const done = job.progress ? new Float64Array(job.progress.shared) : undefined;
const input = createReadStream(job.path, { highWaterMark: 1 << 20 });
const gunzip = createGunzip({ chunkSize: 1 << 20 });
const capacity = job.segmentBytes + (1 << 20); // a segment under its size, and a chunk of zlib's
const free = [];
let buf = new Uint8Array(capacity);
let length = 0;
let offset = 0;
let line = 1;
let row = 1;
let index = 0;
let total = 0;
let ended = false;
let failure;
// The first segments are small, so that the threads start validating at once; then segmentBytes.
let target = Math.min(job.segmentBytes, 1 << 16);
const ready = [];
const waiting = [];
const fail = (message) => {
  if (failure) return;
  failure = { type: 'error', message };
  ready.length = 0;
  input.destroy();
  gunzip.destroy();
  serve();
};
const send = (port, message) =>
  message.type === 'segment' ? port.postMessage(message, [message.data.buffer]) : port.postMessage(message);
function serve() {
  while (waiting.length > 0 && (failure || ready.length > 0 || ended))
    send(waiting.shift(), failure ?? ready.shift() ?? { type: 'end' });
  if (!failure && gunzip.isPaused() && ready.length < job.ahead) gunzip.resume();
}
function cut(end) {
  const data = buf.subarray(0, end);
  const segment = { type: 'segment', index: index++, offset, line, row, data };
  const view = Buffer.from(buf.buffer, 0, end);
  // A BOM is not part of the first line (ChunkedInput drops it): a BOM and a line feed make an empty line.
  const bom = offset === 0 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf;
  for (let p = bom ? 3 : 0; p < end; ) {
    let nl = view.indexOf(10, p);
    if (nl === -1) nl = end;
    if (nl - p >= job.maxLineBytes) return fail('a line too long');
    const empty = nl === p || (nl === p + 1 && view[p] === 13);
    if (!empty) row++;
    line++;
    p = nl + 1;
  }
  ready.push(segment);
  offset += end;
  const next = length - end < capacity ? (free.pop() ?? new Uint8Array(capacity)) : new Uint8Array(2 * (length - end));
  next.set(buf.subarray(end, length));
  length -= end;
  buf = next;
  if (ready.length >= job.ahead) gunzip.pause();
  serve();
}
input.on('error', (error) => fail('cannot read the file: ' + (error.code ?? error.message)));
gunzip.on('error', (error) => fail('gzip: ' + error.message));
gunzip.on('data', (chunk) => {
  if (failure) return;
  total += chunk.length;
  if (done) done[job.progress.slot] = input.bytesRead;
  const ratio = total / Math.max(1, job.compressedBytes);
  if (total > job.limits.maxBytes || (total > job.limits.ratioAfter && ratio > job.limits.maxRatio))
    return fail('beyond the limits');
  if (length + chunk.length > buf.length) {
    if (length + chunk.length > job.maxSegmentBytes) return fail('a line too long');
    const grown = new Uint8Array(Math.max(2 * buf.length, length + chunk.length));
    grown.set(buf.subarray(0, length));
    buf = grown;
  }
  buf.set(chunk, length);
  length += chunk.length;
  collected(chunk.length);
  // Segments of at most target bytes, but for a line longer than that (then the segment is that line).
  while (!failure && length >= target) {
    let end = buf.lastIndexOf(10, target - 1) + 1;
    if (end === 0) end = buf.indexOf(10, target) + 1;
    if (end === 0 || end > length) break;
    cut(end);
    target = Math.min(job.segmentBytes, 2 * target);
  }
});
gunzip.on('end', () => {
  if (failure) return;
  if (length > 0) cut(length);
  if (failure) return;
  ended = true;
  serve();
});
for (const port of job.ports)
  port.on('message', (returned) => {
    if (returned && returned.byteLength === capacity && free.length < job.ahead)
      free.push(new Uint8Array(returned));
    waiting.push(port);
    serve();
  });
input.pipe(gunzip);
}
if (workerData && workerData.kind === '${SPARE_SEGMENTS_KIND}') parentPort.once('message', run);
else run(workerData);
`;


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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
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
/******/ var __webpack_exports__ = __nccwpck_require__(1029);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
