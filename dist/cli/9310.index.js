export const id = 9310;
export const ids = [9310];
export const modules = {

/***/ 34233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   YZ: () => (/* binding */ hashString)
/* harmony export */ });
/* unused harmony export fmix32 */
// Hashes for the distinct-count sketch. Numbers hash their float64 bits through one shared scratch
// view, so the hot path allocates nothing; -0 is folded into 0 first (they are the same value).
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** Two independent 32-bit hashes of a number, written into `out` (no allocation). */
function hashNumber(value, out) {
    scratch[0] = value === 0 ? 0 : value;
    const lo = words[0];
    const hi = words[1];
    out[0] = fmix32(Math.imul(lo, 0x9e3779b1) ^ hi);
    out[1] = fmix32(Math.imul(hi ^ 0x27d4eb2f, 0x85ebca77) ^ lo ^ 0x165667b1);
}
/** Two independent 32-bit hashes of a string's UTF-16 code units, written into `out`. */
function hashString(value, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x1b873593 ^ value.length;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    out[0] = fmix32(h1);
    out[1] = fmix32(h2 ^ h1);
}


/***/ }),

/***/ 97751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bs: () => (/* binding */ sameEdges),
/* harmony export */   j4: () => (/* binding */ equalFrequencyEdges),
/* harmony export */   jU: () => (/* binding */ binOf),
/* harmony export */   r5: () => (/* binding */ histogramFromSketch)
/* harmony export */ });
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48256);

/** Index of the bin holding `value`: the number of edges ≤ value (binary search, no allocation). */
function binOf(edges, value) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (edges[mid] <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Equal-frequency edges from a sketch: the i/bins quantiles, duplicates removed. */
function equalFrequencyEdges(sketch, bins) {
    const { values, weights } = (0,_kll_js__WEBPACK_IMPORTED_MODULE_0__/* .weightedItems */ .Sy)(sketch);
    if (values.length === 0)
        return [];
    let total = 0;
    for (const weight of weights)
        total += weight;
    const edges = [];
    let cumulative = 0;
    let next = 1;
    for (let i = 0; i < values.length && next < bins; i++) {
        cumulative += weights[i];
        while (next < bins && cumulative >= (next * total) / bins) {
            // The edge is the first value *after* the quantile, so bins are [edge_i, edge_i+1) as counted.
            const edge = values[Math.min(i + 1, values.length - 1)];
            if (edges.length === 0 || edge > edges[edges.length - 1])
                edges.push(edge);
            next++;
        }
    }
    if (edges.length === 0)
        edges.push(values[0]);
    return edges;
}
/** Bin counts read from a sketch's weighted items (exact total, bins approximate within rank error). */
function histogramFromSketch(sketch, edges, bins) {
    const counts = new Array(edges.length + 1).fill(0);
    sketch.levels.forEach((level, i) => {
        for (const value of level)
            counts[binOf(edges, value)] += 2 ** i;
    });
    return { edges: [...edges], counts, exact: false, ...(bins === undefined ? {} : { bins }) };
}
/** True when two edge lists are the same numbers. */
function sameEdges(a, b) {
    return a.length === b.length && a.every((edge, i) => edge === b[i]);
}


/***/ }),

/***/ 5961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/* unused harmony export hllStandardError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * HyperLogLog (Flajolet et al. 2007) with the linear-counting correction for small cardinalities
 * (Heule et al., "HyperLogLog in Practice", 2013). Registers merge by element-wise max, so a merged
 * sketch has exactly the registers one pass over all shards would have.
 */
class HyperLogLog {
    precision;
    registers;
    constructor(precision) {
        this.precision = precision;
        this.registers = new Uint8Array(1 << precision);
    }
    /** Records a value by its two 32-bit hashes: the first picks the register, the second gives the rank. */
    addHash(h1, h2) {
        const index = h1 >>> (32 - this.precision);
        const rank = Math.clz32(h2) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    /** Element-wise max with another sketch's registers of the same precision. */
    mergeRegisters(other) {
        for (let i = 0; i < other.length; i++) {
            if (other[i] > this.registers[i])
                this.registers[i] = other[i];
        }
    }
    /** The cardinality estimate, rounded to an integer. */
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (const register of this.registers) {
            sum += 2 ** -register;
            if (register === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return Math.round(m * Math.log(m / zeros));
        return Math.round(raw);
    }
    encode() {
        return Buffer.from(this.registers).toString('base64');
    }
    /** Registers from a stored profile, checked for the right length. */
    static decode(precision, base64, column) {
        const sketch = new HyperLogLog(precision);
        const bytes = Buffer.from(base64, 'base64');
        if (bytes.length !== sketch.registers.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`profile column "${column}": distinct registers have the wrong length`, {
                hint: 'the profile file is damaged or was written by another tool; profile the data again',
            });
        }
        sketch.registers.set(bytes);
        return sketch;
    }
}
/** Standard error of the HLL estimate at a precision: 1.04 / sqrt(2^p). */
function hllStandardError(precision) {
    return 1.04 / Math.sqrt(2 ** precision);
}


/***/ }),

/***/ 48256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ weightedItems),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   gu: () => (/* binding */ KllSketch)
/* harmony export */ });
/* unused harmony export rankError */
// Level 0 compacts at 128 items at the least (DataSketches' minimum width is 8): one sort of 128
// values per 128 adds instead of one of 8 per 8 once the sketch is deep. A wider level only lowers the
// error (fewer compactions at that level) and costs 1 KiB.
const LEVEL0_MIN = 128;
// The bottom sampler (the KLL paper's own construction for its optimal bound): once the stream is long,
// each block of w values sends one value, picked by the seeded coin, to level log2(w) with weight w.
// Sorting is what costs (≈70 ns per value measured with w = 1); with w = 64 it almost vanishes. A block
// adds rank variance ≤ w²/4, so all blocks add ≤ n·w/4: keeping w ≤ SAMPLER_SHARE·n holds the sampler's
// standard error at √(w/4n) ≤ 0.2 %, well inside the compactors' 1.65 %.
const SAMPLER_SHARE = 1.6e-5;
const SAMPLER_MAX = 64;
/**
 * KLL quantile sketch (Karnin, Lang, Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016),
 * in the form Apache DataSketches ships: compactors whose capacities shrink by c = 2/3 per level below
 * the top. With k = 200 the normalised rank error is about 1.65 % (DataSketches' published table, 99 %
 * confidence), whatever the value range. We chose it over DDSketch, whose error is relative to the value:
 * for epoch-ms timestamps or years a 1 % relative bucket spans months or decades, useless for drift bins;
 * and over t-digest, whose merge has no clean bound. The coin of each compaction comes from a seeded
 * xorshift, so the same cells in the same order give the same sketch (deterministic profile bytes).
 */
class KllSketch {
    k;
    levels;
    sizes = [0];
    /** Capacity per level, recomputed only when a level is added (not per add: `**` is costly). */
    capacities;
    count = 0;
    seed;
    /** Sampler block size (a power of two), its level, and the values of the current block. */
    weight = 1;
    samplerLevel = 0;
    block = new Float64Array(SAMPLER_MAX);
    blockSize = 0;
    constructor(k, seed = 0x9e3779b9) {
        this.k = k;
        this.seed = seed | 0 || 1;
        this.capacities = [Math.max(LEVEL0_MIN, k)];
        this.levels = [new Float64Array(this.capacities[0])];
    }
    get n() {
        return this.count;
    }
    /** Adds one finite value; allocation-free except when a level grows. */
    add(value) {
        this.count++;
        if (this.weight === 1) {
            const size = this.sizes[0];
            this.levels[0][size] = value;
            this.sizes[0] = size + 1;
            if (size + 1 >= this.capacities[0])
                this.compress();
            if (this.count >= 2 / SAMPLER_SHARE)
                this.growSampler();
            return;
        }
        this.block[this.blockSize++] = value;
        if (this.blockSize < this.weight)
            return;
        this.blockSize = 0;
        const level = this.samplerLevel;
        this.push(level, this.block[this.pick(this.weight)]);
        if (this.sizes[level] >= this.capacities[level])
            this.compress();
        if (this.count >= (2 * this.weight) / SAMPLER_SHARE && this.weight < SAMPLER_MAX)
            this.growSampler();
    }
    /** Doubles the sampler's block (only between blocks, so every block has one weight). */
    growSampler() {
        this.weight *= 2;
        this.samplerLevel++;
        while (this.levels.length <= this.samplerLevel)
            this.addLevel();
    }
    /** Adds every item of another sketch (each level to the same level) and compacts. */
    merge(other) {
        for (let level = 0; level < other.levels.length; level++) {
            while (this.levels.length <= level)
                this.addLevel();
            for (const value of other.levels[level])
                this.push(level, value);
        }
        this.count += other.n;
        this.compress();
    }
    /** The canonical, serialisable state: each level sorted, trailing empty levels dropped. */
    state() {
        const levels = this.levels.map((buffer, level) => Array.from(buffer.subarray(0, this.sizes[level])));
        // The values of an unfinished sampler block are kept exactly, at weight 1.
        levels[0].push(...this.block.subarray(0, this.blockSize));
        for (const level of levels)
            level.sort((a, b) => a - b);
        while (levels.length > 1 && levels[levels.length - 1].length === 0)
            levels.pop();
        return { k: this.k, n: this.count, levels };
    }
    /** A sketch holding a stored state, ready to merge into. */
    static from(state) {
        const sketch = new KllSketch(state.k, hashSeed(state));
        sketch.merge(state);
        return sketch;
    }
    capacity(level) {
        const depth = this.levels.length - 1 - level;
        return Math.max(level === 0 ? LEVEL0_MIN : 8, Math.ceil(this.k * (2 / 3) ** depth));
    }
    push(level, value) {
        let buffer = this.levels[level];
        const size = this.sizes[level];
        if (size === buffer.length) {
            const grown = new Float64Array(buffer.length * 2);
            grown.set(buffer);
            this.levels[level] = buffer = grown;
        }
        buffer[size] = value;
        this.sizes[level] = size + 1;
    }
    addLevel() {
        this.levels.push(new Float64Array(8));
        this.sizes.push(0);
        this.capacities = this.levels.map((_, level) => this.capacity(level));
        // Level 0 is written without a bounds check in add(): keep it as long as its capacity.
        if (this.levels[0].length < this.capacities[0]) {
            const grown = new Float64Array(this.capacities[0]);
            grown.set(this.levels[0]);
            this.levels[0] = grown;
        }
    }
    /** Compacts every level at or over its capacity, lowest first: half its items move up, weight doubled. */
    compress() {
        for (let level = 0; level < this.levels.length; level++) {
            const size = this.sizes[level];
            if (size < this.capacities[level])
                continue;
            if (level === this.levels.length - 1)
                this.addLevel();
            const items = this.levels[level].subarray(0, size).sort();
            // An odd item out stays behind (the largest), so weights stay exact.
            const pairs = size - (size % 2);
            const offset = this.coin();
            for (let i = offset; i < pairs; i += 2)
                this.push(level + 1, items[i]);
            if (size % 2 === 1)
                items[0] = items[size - 1];
            this.sizes[level] = size % 2;
        }
    }
    /** A seeded index in [0, n) for a power of two n. */
    pick(n) {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return (x >>> 8) & (n - 1);
    }
    coin() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return x & 1;
    }
}
/** A seed derived from a state, so rebuilding and merging stored profiles is deterministic too. */
function hashSeed(state) {
    let h = 0x811c9dc5 ^ state.n;
    for (const level of state.levels)
        h = Math.imul(h ^ level.length, 0x01000193);
    return h | 0 || 1;
}
/** Items of a sketch as sorted values with their weights (2^level). */
function weightedItems(state) {
    const pairs = [];
    state.levels.forEach((level, i) => {
        for (const value of level)
            pairs.push([value, 2 ** i]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    return {
        values: Float64Array.from(pairs, (pair) => pair[0]),
        weights: Float64Array.from(pairs, (pair) => pair[1]),
    };
}
/** The value at normalised rank q (0..1): the smallest item whose cumulative weight reaches q·total. */
function quantile(state, q) {
    const { values, weights } = weightedItems(state);
    if (values.length === 0)
        return null;
    let total = 0;
    for (const weight of weights)
        total += weight;
    const target = q * total;
    let cumulative = 0;
    for (let i = 0; i < values.length; i++) {
        cumulative += weights[i];
        if (cumulative >= target)
            return values[i];
    }
    return values[values.length - 1];
}
/** Normalised rank error of KLL at k = 200 (DataSketches' table, 99 % confidence), scaled as 1/k. */
function rankError(k) {
    return (1.65 / 100) * (200 / k);
}


/***/ }),

/***/ 19212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PROFILE_VERSION)
/* harmony export */ });
/** Version of the profile JSON; bumped when a field changes meaning or disappears. */
const PROFILE_VERSION = 1;


/***/ }),

/***/ 29310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ createProfiler),
  N: () => (/* reexport */ mergeProfiles)
});

// EXTERNAL MODULE: ./build/core/version.js
var version = __webpack_require__(18614);
;// CONCATENATED MODULE: ./build/core/data/profile/frequent.js
/**
 * Category counts: exact while at most `exactLimit` distinct values have been seen, then a Misra–Gries
 * summary of `capacity` counters ("Finding repeated elements", 1982). Each kept count is too low by at
 * most `undercount` ≤ (n − kept sum) / (capacity + 1), and two summaries merge with the same bound
 * (Agarwal et al., "Mergeable Summaries", 2012): add the counters, then subtract the (capacity+1)-th
 * largest count from all.
 */
class FrequentValues {
    exactLimit;
    capacity;
    // Counts live in a small mutable slot per value, so a repeated value costs one hash lookup, not two.
    counts = new Map();
    inexact = false;
    undercountTotal = 0;
    constructor(exactLimit, capacity) {
        this.exactLimit = exactLimit;
        this.capacity = capacity;
    }
    get exact() {
        return !this.inexact;
    }
    get undercount() {
        return this.undercountTotal;
    }
    /**
     * Counts one value (weight 1 on the hot path; merged counters come with their weights). Returns
     * false when the value already had a counter, so callers can skip work done once per value.
     */
    add(value, weight = 1) {
        const counts = this.counts;
        const slot = counts.get(value);
        if (slot !== undefined) {
            slot.count += weight;
            return false;
        }
        counts.set(value, { count: weight });
        // Twice the capacity before reducing: each reduction then frees at least `capacity` counters, so
        // a stream of unique values costs O(log capacity) per value, not a sort per value.
        if (counts.size > (this.inexact ? 2 * this.capacity : this.exactLimit))
            this.reduce();
        return true;
    }
    /** Adds another summary's counters and its undercount bound. */
    merge(values, exact, undercount) {
        if (!exact)
            this.inexact = true;
        this.undercountTotal += undercount;
        for (const { value, count } of values)
            this.add(value, count);
        if (this.inexact && this.counts.size > 2 * this.capacity)
            this.reduce();
    }
    /** Counters sorted by count (descending), then value, so the profile bytes are deterministic. */
    sorted() {
        if (this.inexact && this.counts.size > this.capacity)
            this.reduce();
        return [...this.counts]
            .map(([value, slot]) => ({ value, count: slot.count }))
            .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    /**
     * Misra–Gries reduction: subtract the (capacity+1)-th largest count from every counter and drop the
     * ones left at zero or below. Leaves at most `capacity` counters.
     */
    reduce() {
        this.inexact = true;
        if (this.counts.size <= this.capacity)
            return;
        const ordered = [...this.counts.values()].map((slot) => slot.count).sort((a, b) => b - a);
        const cut = ordered[this.capacity];
        this.undercountTotal += cut;
        for (const [value, slot] of this.counts) {
            if (slot.count <= cut)
                this.counts.delete(value);
            else
                slot.count -= cut;
        }
    }
}

// EXTERNAL MODULE: ./build/core/data/profile/hash.js
var hash = __webpack_require__(34233);
// EXTERNAL MODULE: ./build/core/data/profile/hll.js
var hll = __webpack_require__(5961);
;// CONCATENATED MODULE: ./build/core/data/profile/categorical-column.js



// Longer values are counted by their first 200 code units, so one 10 MB cell cannot become a 10 MB
// map key in every shard's profile. The distinct estimate still hashes the whole value.
const MAX_KEY = 200;
const hashes = new Uint32Array(2);
/** The running state of a string-like column: exact counts, then Misra–Gries; HLL; value lengths. */
class CategoricalColumn {
    name;
    type;
    kind;
    settings;
    nulls = 0;
    count = 0;
    minLength = Infinity;
    maxLength = -1;
    values;
    distinct;
    constructor(name, type, kind, settings) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.settings = settings;
        this.values = new FrequentValues(settings.exactCategories, settings.topKCapacity);
        this.distinct = new hll/* HyperLogLog */.l(settings.hllPrecision);
    }
    add(value) {
        if (value === null) {
            this.nulls++;
            return;
        }
        const text = typeof value === 'string' ? value : String(value);
        this.count++;
        const length = text.length;
        if (length < this.minLength)
            this.minLength = length;
        if (length > this.maxLength)
            this.maxLength = length;
        // A value that already has a counter was hashed into the HLL when it got it (HLL ignores repeats),
        // so only new values and truncated long ones are hashed: most cells of a category column skip it.
        const isNew = this.kind !== 'categorical' || this.values.add(length > MAX_KEY ? `${text.slice(0, MAX_KEY)}…` : text);
        if (isNew || length > MAX_KEY) {
            (0,hash/* hashString */.YZ)(text, hashes);
            this.distinct.addHash(hashes[0], hashes[1]);
        }
    }
    result() {
        return categoricalProfile(this);
    }
}
/** The profile JSON of a categorical (or other) column. */
function categoricalProfile(state) {
    const values = state.values.sorted();
    const listed = values.reduce((sum, { count }) => sum + count, 0);
    const base = {
        name: state.name,
        type: state.type,
        kind: state.kind,
        count: state.count,
        nulls: state.nulls,
        distinct: {
            estimate: state.distinct.estimate(),
            precision: state.distinct.precision,
            registers: state.distinct.encode(),
        },
    };
    if (state.kind !== 'categorical')
        return base;
    return {
        ...base,
        categorical: {
            exact: state.values.exact,
            values,
            other: state.count - listed,
            maxUndercount: state.values.undercount,
            capacity: state.values.capacity,
            length: {
                min: state.count === 0 ? null : state.minLength,
                max: state.count === 0 ? null : state.maxLength,
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/core/data/profile/column-kind.js
// validate-data hands time, yearmonth and duration over as numbers (ms since midnight, epoch ms of the
// month's first day, ms), so they are profiled as numbers too.
const NUMERIC = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const TEMPORAL = new Set(['date', 'datetime']);
const OTHER = new Set(['object', 'array', 'list', 'geojson', 'geopoint']);
/** How a Table Schema type is profiled: numbers and dates by moments and sketch, strings by counts. */
function kindOf(type) {
    if (NUMERIC.has(type))
        return 'numeric';
    if (OTHER.has(type))
        return 'other';
    return 'categorical';
}
/** Dates and datetimes are profiled as milliseconds since the epoch. */
function isTemporal(type) {
    return TEMPORAL.has(type);
}

// EXTERNAL MODULE: ./build/core/data/profile/histogram.js
var profile_histogram = __webpack_require__(97751);
// EXTERNAL MODULE: ./build/core/data/profile/kll.js
var kll = __webpack_require__(48256);
;// CONCATENATED MODULE: ./build/core/data/profile/numeric-column.js




const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const numeric_column_hashes = new Uint32Array(2);
/**
 * The running state of a numeric (or date) column. Welford's update keeps mean and M2 stable on a
 * long stream; two states combine with Chan et al.'s formula (see merge.ts). Everything the hot path
 * touches is a number field or a typed array: `add` allocates nothing.
 */
class NumericColumn {
    name;
    type;
    temporal;
    settings;
    nulls = 0;
    nan = 0;
    infinite = 0;
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    sketch;
    distinct;
    edges;
    binCounts;
    constructor(name, type, temporal, settings, referenceEdges) {
        this.name = name;
        this.type = type;
        this.temporal = temporal;
        this.settings = settings;
        this.sketch = new kll/* KllSketch */.gu(settings.quantileK);
        this.distinct = new hll/* HyperLogLog */.l(settings.hllPrecision);
        if (referenceEdges) {
            this.edges = Float64Array.from(referenceEdges);
            this.binCounts = new Float64Array(referenceEdges.length + 1);
        }
    }
    add(value) {
        if (value === null) {
            this.nulls++;
            return;
        }
        const x = typeof value === 'number'
            ? value
            : typeof value === 'boolean'
                ? +value
                : this.temporal
                    ? Date.parse(value)
                    : Number(value);
        if (Number.isNaN(x)) {
            this.nan++;
            return;
        }
        if (x === Infinity || x === -Infinity) {
            this.infinite++;
            return;
        }
        const n = ++this.n;
        const delta = x - this.mean;
        this.mean += delta / n;
        this.m2 += delta * (x - this.mean);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        this.sketch.add(x);
        (0,hash/* hashNumber */.YR)(x, numeric_column_hashes);
        this.distinct.addHash(numeric_column_hashes[0], numeric_column_hashes[1]);
        if (this.binCounts)
            this.binCounts[(0,profile_histogram/* binOf */.jU)(this.edges, x)]++;
    }
    result() {
        const sketch = this.sketch.state();
        const histogram = this.binCounts
            ? { edges: Array.from(this.edges), counts: Array.from(this.binCounts), exact: true }
            : (0,profile_histogram/* histogramFromSketch */.r5)(sketch, (0,profile_histogram/* equalFrequencyEdges */.j4)(sketch, this.settings.bins), this.settings.bins);
        return numericProfile(this, sketch, histogram);
    }
}
/** The profile JSON of a numeric column. */
function numericProfile(m, sketch, histogram) {
    const empty = m.n === 0;
    const quantiles = {};
    for (const q of QUANTILES) {
        const value = (0,kll/* quantile */.YV)(sketch, q);
        if (value !== null)
            quantiles[`p${String(Math.round(q * 100)).padStart(2, '0')}`] = value;
    }
    const numeric = {
        min: empty ? null : m.min,
        max: empty ? null : m.max,
        mean: empty ? null : m.mean,
        m2: m.m2,
        std: empty ? null : Math.sqrt(m.m2 / m.n),
        nan: m.nan,
        infinite: m.infinite,
        ...(m.temporal ? { unit: 'epoch-ms' } : {}),
        quantiles,
        sketch,
        histogram,
    };
    return {
        name: m.name,
        type: m.type,
        kind: 'numeric',
        count: m.n + m.nan + m.infinite,
        nulls: m.nulls,
        distinct: {
            estimate: m.distinct.estimate(),
            precision: m.distinct.precision,
            registers: m.distinct.encode(),
        },
        numeric,
    };
}

// EXTERNAL MODULE: ./build/core/data/profile/profile.js
var profile = __webpack_require__(19212);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/core/data/profile/merge.js










/**
 * Combines two partial profiles of shards of one table into the profile of the whole: counts add,
 * min/max combine, (n, mean, M2) merge by Chan's formula, HLL registers by max, KLL and Misra–Gries
 * by their merge rules. Counts, nulls, min/max and registers equal one pass exactly; mean and std to
 * floating-point rounding; quantiles, histograms and top-k within the sketches' bounds.
 */
function mergeProfiles(a, b) {
    const names = (p) => p.columns.map((c) => c.name).join(', ');
    if (names(a) !== names(b)) {
        throw new errors/* DataError */.fL(`cannot merge profiles of different tables: columns [${names(a)}] vs [${names(b)}]`, {
            hint: 'merge only the partial profiles of shards of the same table (same schema, same column order)',
        });
    }
    return {
        kind: 'mlci/data-profile',
        version: profile/* PROFILE_VERSION */.P,
        tool: { name: 'mlci', version: version/* MLCI_VERSION */.B },
        rows: a.rows + b.rows,
        parts: a.parts + b.parts,
        columns: a.columns.map((column, i) => mergeColumn(column, b.columns[i])),
    };
}
function mergeColumn(a, b) {
    if (a.type !== b.type || a.kind !== b.kind || a.distinct.precision !== b.distinct.precision) {
        throw new errors/* DataError */.fL(`cannot merge column "${a.name}": profiled as ${a.type}/${a.kind} (HLL p=${a.distinct.precision}) and ${b.type}/${b.kind} (HLL p=${b.distinct.precision})`, { hint: 'profile every shard with the same schema and the same mlci version' });
    }
    const distinct = hll/* HyperLogLog */.l.decode(a.distinct.precision, a.distinct.registers, a.name);
    distinct.mergeRegisters(hll/* HyperLogLog */.l.decode(b.distinct.precision, b.distinct.registers, b.name).registers);
    if (a.numeric && b.numeric)
        return mergeNumeric(a, a.numeric, b, b.numeric, distinct);
    const values = new FrequentValues(Number.MAX_SAFE_INTEGER, a.categorical?.capacity ?? 0);
    const ca = a.categorical;
    const cb = b.categorical;
    if (ca && cb) {
        if (ca.capacity !== cb.capacity) {
            throw new errors/* DataError */.fL(`cannot merge column "${a.name}": top-k capacities ${ca.capacity} and ${cb.capacity}`);
        }
        values.merge(ca.values, ca.exact, ca.maxUndercount);
        values.merge(cb.values, cb.exact, cb.maxUndercount);
    }
    const lengths = [ca?.length, cb?.length].filter((l) => l && l.min !== null);
    return categoricalProfile({
        name: a.name,
        type: a.type,
        kind: a.kind,
        nulls: a.nulls + b.nulls,
        count: a.count + b.count,
        minLength: Math.min(...lengths.map((l) => l.min)),
        maxLength: Math.max(-1, ...lengths.map((l) => l.max)),
        values,
        distinct,
    });
}
function mergeNumeric(a, na, b, nb, distinct) {
    const finiteA = na.sketch.n;
    const finiteB = nb.sketch.n;
    const n = finiteA + finiteB;
    const meanA = na.mean ?? 0;
    const meanB = nb.mean ?? 0;
    // Chan, Golub, LeVeque (1979): the pairwise update of (n, mean, M2).
    const delta = meanB - meanA;
    const mean = n === 0 ? 0 : meanA + (delta * finiteB) / n;
    const m2 = n === 0 ? 0 : na.m2 + nb.m2 + (delta * delta * finiteA * finiteB) / n;
    if (na.sketch.k !== nb.sketch.k) {
        throw new errors/* DataError */.fL(`cannot merge column "${a.name}": quantile sketches of k=${na.sketch.k} and k=${nb.sketch.k}`, {
            hint: 'profile every shard with the same mlci version and settings',
        });
    }
    const sketch = kll/* KllSketch */.gu.from(na.sketch);
    sketch.merge(nb.sketch);
    const state = sketch.state();
    return numericProfile({
        name: a.name,
        type: a.type,
        temporal: isTemporal(a.type),
        nulls: a.nulls + b.nulls,
        nan: na.nan + nb.nan,
        infinite: na.infinite + nb.infinite,
        n,
        mean,
        m2,
        min: Math.min(na.min ?? Infinity, nb.min ?? Infinity),
        max: Math.max(na.max ?? -Infinity, nb.max ?? -Infinity),
        distinct,
    }, state, mergeHistograms(na.histogram, nb.histogram, state));
}
/** Exact bins add when both shards counted on the same (reference) edges; otherwise re-read the sketch. */
function mergeHistograms(a, b, sketch) {
    if (a.exact && b.exact && (0,profile_histogram/* sameEdges */.bs)(a.edges, b.edges)) {
        return { edges: [...a.edges], counts: a.counts.map((count, i) => count + b.counts[i]), exact: true };
    }
    if (a.exact || b.exact)
        return (0,profile_histogram/* histogramFromSketch */.r5)(sketch, a.exact ? a.edges : b.edges);
    const bins = Math.max(a.bins ?? a.counts.length, b.bins ?? b.counts.length);
    return (0,profile_histogram/* histogramFromSketch */.r5)(sketch, (0,profile_histogram/* equalFrequencyEdges */.j4)(sketch, bins), bins);
}

;// CONCATENATED MODULE: ./build/core/data/profile/profiler.js





/** Re-exported: the agreed interface names profiler.ts as its home. */

// Defaults, each with its reason.
const DEFAULTS = {
    quantileK: 200, // DataSketches' default: ≈1.65 % normalised rank error at 99 % confidence
    hllPrecision: 12, // 4096 one-byte registers per column, 1.6 % standard error
    exactCategories: 1000, // label and category columns stay exact; free text falls to Misra–Gries
    topKCapacity: 256, // undercount ≤ n/257 per value once inexact
    bins: 20, // Sturges gives ≈24 bins at 10 M rows (Evidently); 20 quantile bins of 5 % each
};
/** A profiler for a table with these columns. */
function createProfiler(fields, options = {}) {
    const settings = {
        quantileK: options.quantileK ?? DEFAULTS.quantileK,
        hllPrecision: options.hllPrecision ?? DEFAULTS.hllPrecision,
        exactCategories: options.exactCategories ?? DEFAULTS.exactCategories,
        topKCapacity: options.topKCapacity ?? DEFAULTS.topKCapacity,
        bins: options.bins ?? DEFAULTS.bins,
    };
    const referenceEdges = new Map();
    for (const column of options.reference?.columns ?? []) {
        if (column.numeric)
            referenceEdges.set(column.name, column.numeric.histogram.edges);
    }
    const columns = fields.map((field) => {
        const kind = kindOf(field.type);
        return kind === 'numeric'
            ? new NumericColumn(field.name, field.type, isTemporal(field.type), settings, referenceEdges.get(field.name))
            : new CategoricalColumn(field.name, field.type, kind, settings);
    });
    let rows = 0;
    return {
        add: (index, value) => columns[index].add(value),
        endRow: () => {
            rows++;
        },
        result: () => ({
            kind: 'mlci/data-profile',
            version: profile/* PROFILE_VERSION */.P,
            tool: { name: 'mlci', version: version/* MLCI_VERSION */.B },
            rows,
            parts: 1,
            columns: columns.map((column) => column.result()),
        }),
    };
}


/***/ })

};
