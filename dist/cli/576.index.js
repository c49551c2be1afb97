export const id = 576;
export const ids = [576];
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

/***/ 40445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ chiSquareSurvival)
/* harmony export */ });
/* unused harmony export logGamma */
/**
 * Upper tail of the χ² distribution, P(X ≥ x) for `dof` degrees of freedom: the regularised upper
 * incomplete gamma Q(dof/2, x/2), by its series below a+1 and Lentz's continued fraction above
 * (Numerical Recipes §6.2). Checked against scipy.stats.chi2.sf in the integration tests.
 */
function chiSquareSurvival(x, dof) {
    if (!(x > 0))
        return 1;
    if (dof <= 0)
        return Number.NaN;
    const a = dof / 2;
    const z = x / 2;
    return z < a + 1 ? 1 - lowerSeries(a, z) : upperFraction(a, z);
}
const EPS = 1e-15;
const TINY = 1e-300;
function lowerSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function upperFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
// Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for positive arguments.
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(z) for z > 0. */
function logGamma(z) {
    if (z < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
    const x = z - 1;
    let sum = LANCZOS[0];
    for (let i = 1; i < 9; i++)
        sum += LANCZOS[i] / (x + i);
    const t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
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

/***/ 15317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ compareProfiles),
  v: () => (/* binding */ figure)
});

// EXTERNAL MODULE: ./build/core/data/profile/hll.js
var hll = __webpack_require__(5961);
// EXTERNAL MODULE: ./build/core/data/profile/kll.js
var kll = __webpack_require__(48256);
// EXTERNAL MODULE: ./build/core/data/drift/metrics.js
var metrics = __webpack_require__(38398);
// EXTERNAL MODULE: ./build/core/data/drift/chi-square.js
var chi_square = __webpack_require__(40445);
;// CONCATENATED MODULE: ./build/core/data/drift/noise.js


// What two samples of the SAME distribution show by chance. A fixed distance threshold (0.1) cries wolf
// on small batches: with 500 rows against a 20 000-row reference, Jensen–Shannon passed 0.1 in 9 of 20
// unchanged runs (issue #10). Each distance's threshold is therefore raised to its sampling-noise floor,
// the (1 − NOISE_ALPHA) quantile of the distance under "no shift", from the two sample sizes; on large
// samples the floor is far below the threshold and changes nothing. test/unit/core/data/drift/
// false-alarms.test.ts measures the false-alarm rate this gives (≤ 5 % at 500, 1k and 10k rows).
/** The chance, per figure, that an unchanged batch passes its floor. */
const NOISE_ALPHA = 0.005;
/** The effective sample size of a two-sample comparison: n·m / (n + m). */
function effectiveSize(n, m) {
    return n > 0 && m > 0 ? (n * m) / (n + m) : 0;
}
/** The x with P(χ²_dof > x) = alpha, by bisection on the survival function. */
function chiSquareQuantile(alpha, dof) {
    if (dof <= 0)
        return 0;
    let low = 0;
    let high = dof + 20 * Math.sqrt(2 * dof) + 50;
    for (let i = 0; i < 100; i++) {
        const mid = (low + high) / 2;
        if ((0,chi_square/* chiSquareSurvival */.Y)(mid, dof) > alpha)
            low = mid;
        else
            high = mid;
    }
    return high;
}
/**
 * Noise floors of the binned figures over k non-empty bins. Under no shift Pearson's statistic
 * X² = n_eff·Σ(p_i − q_i)²/m_i is χ²(k − 1) (m the pooled shares), and to second order
 * PSI ≈ X²/n_eff, JS divergence ≈ X²/(8·n_eff) (the distance is its square root), and each
 * (p_i − q_i)² ≤ m_i·X²/n_eff bounds L∞.
 */
function binnedFloors(reference, current) {
    const totalR = reference.reduce((a, b) => a + b, 0);
    const totalC = current.reduce((a, b) => a + b, 0);
    const n = effectiveSize(totalR, totalC);
    if (n === 0)
        return { psi: 0, jensenShannon: 0, linf: 0 };
    let bins = 0;
    let largest = 0;
    for (let i = 0; i < reference.length; i++) {
        const pooled = (reference[i] + current[i]) / (totalR + totalC);
        if (pooled > 0)
            bins++;
        largest = Math.max(largest, pooled);
    }
    const x2 = chiSquareQuantile(NOISE_ALPHA, bins - 1);
    return {
        psi: (PSI_TAIL * x2) / n,
        jensenShannon: JS_TAIL * Math.sqrt(x2 / (8 * n)),
        linf: Math.sqrt((largest * x2) / n),
    };
}
// The second-order forms above understate the tails at 20-50 values per bin: measured over 300
// unchanged runs each (normal, exponential and 4-category columns; 500 vs 20,000, 1,000 vs 1,000 and
// 500 vs 1,000 rows), the 99.5 % quantile of PSI reached 1.25x its χ² form and JS 1.12x. These factors
// cover that with a margin; L∞'s bound already sat at ≤ 0.6x.
const PSI_TAIL = 1.5;
const JS_TAIL = 1.25;
// E∫|B(F(x))|dx = √(2/π)·∫√(F(1 − F))dx for a Brownian bridge B; the L1 functional's upper tail is
// light: in the runs above its 99.5 % quantile reached 3.4 times that mean (an exponential column,
// 1,000 vs 1,000 rows), so 4 times leaves a margin.
const W1_TAIL = 4;
/**
 * Noise floor of the normalised Wasserstein distance W₁/σ: √n_eff·W₁ tends to ∫|B(F(x))|dx, whose
 * mean is √(2/π)·∫√(F(1 − F))dx, read from the reference's quantile sketch (so the floor follows the
 * distribution's shape).
 */
function wassersteinFloor(reference, std, n, m) {
    const size = effectiveSize(n, m);
    if (size === 0)
        return 0;
    const { values, weights } = (0,kll/* weightedItems */.Sy)(reference);
    let total = 0;
    for (const w of weights)
        total += w;
    let cumulative = 0;
    let integral = 0;
    for (let i = 0; i + 1 < values.length; i++) {
        cumulative += weights[i];
        const f = cumulative / total;
        integral += Math.sqrt(f * (1 - f)) * (values[i + 1] - values[i]);
    }
    return (W1_TAIL * Math.sqrt(2 / Math.PI) * integral) / (Math.max(std, 0.001) * Math.sqrt(size));
}

// EXTERNAL MODULE: ./build/core/data/profile/histogram.js
var histogram = __webpack_require__(97751);
;// CONCATENATED MODULE: ./build/core/data/drift/shared-bins.js

/**
 * Numeric bins: the reference's histogram edges for both sides. The current side uses its own counts
 * when it was profiled on those edges (validate-data passes the reference to the profiler), and
 * otherwise re-reads its KLL sketch on them (within the sketch's rank error).
 */
function numericBins(reference, current) {
    const edges = reference.histogram.edges;
    const onEdges = (0,histogram/* sameEdges */.bs)(current.histogram.edges, edges);
    const counts = onEdges ? current.histogram.counts : (0,histogram/* histogramFromSketch */.r5)(current.sketch, edges).counts;
    const labels = counts.map((_, i) => i === 0 ? `< ${edges[0]}` : i === edges.length ? `≥ ${edges[i - 1]}` : `[${edges[i - 1]}, ${edges[i]})`);
    return {
        labels,
        reference: reference.histogram.counts,
        current: counts,
        exact: reference.histogram.exact && onEdges && current.histogram.exact,
    };
}
/** Label of the bucket that holds values outside the listed top-k on either side. */
const OTHER = '(other)';
/**
 * Category counts over the union of both sides' listed values, plus one "(other)" bucket for what the
 * top-k summaries did not list (present only when either side has such values). A side that kept only
 * its top values (inexact) decides which categories can be compared: a value it did not list sits in
 * its "(other)", so the other side's count of that value goes to its "(other)" too. Otherwise 500 ids
 * counted exactly against 5,000 summarised ones look like 500 new categories.
 */
function categoricalBins(reference, current) {
    const r = new Map(reference.values.map(({ value, count }) => [value, count]));
    const c = new Map(current.values.map(({ value, count }) => [value, count]));
    const labels = [...new Set([...r.keys(), ...c.keys()])]
        .filter((label) => (reference.exact || r.has(label)) && (current.exact || c.has(label)))
        .sort();
    const refCounts = labels.map((label) => r.get(label) ?? 0);
    const curCounts = labels.map((label) => c.get(label) ?? 0);
    const refOther = reference.other + sumOf(r) - refCounts.reduce((a, b) => a + b, 0);
    const curOther = current.other + sumOf(c) - curCounts.reduce((a, b) => a + b, 0);
    if (refOther > 0 || curOther > 0) {
        labels.push(OTHER);
        refCounts.push(refOther);
        curCounts.push(curOther);
    }
    return { labels, reference: refCounts, current: curCounts, exact: reference.exact && current.exact };
}
function sumOf(counts) {
    let total = 0;
    for (const count of counts.values())
        total += count;
    return total;
}

;// CONCATENATED MODULE: ./build/core/data/drift/thresholds.js
/**
 * Defaults, each with its source (reference/data-validation.md §2 and §5.3). A column drifts when any
 * figure reaches its threshold (≥, as Evidently compares).
 */
const DEFAULT_THRESHOLDS = {
    psi: 0.1, // Evidently's psi stattest default threshold
    jensenShannon: 0.1, // Evidently's jensenshannon default (a distance: sqrt of the divergence, ln)
    wasserstein: 0.1, // Evidently's wasserstein (normed by the reference std) default for > 1000 rows
    // TFDV's infinity_norm has no default (set per feature; its tutorial uses 0.01 on a key column).
    // 0.1 = one category's share moving by 10 points, about as strict as JS 0.1 on a binary column.
    linf: 0.1,
    // Evidently's chisquare default is 0.05; 0.01 here because the distances decide beside it, and 0.05
    // alone would fail one unchanged batch in twenty (the false-alarm test allows 5 % for everything).
    // Applied only while the reference has at most P_VALUE_MAX_REFERENCE rows.
    chiSquareP: 0.01,
    // Deepchecks' NewCategoryTrainTest reports this share; a quarter of the values never seen in the
    // reference is drift by any reading (an id column whose values were all replaced reaches 1).
    newCategoryShare: 0.25,
};
/** Evidently switches from p-value tests to distances above 1000 reference rows (_get_default_stattest). */
const P_VALUE_MAX_REFERENCE = 1000;
/** The thresholds of one column: documented defaults, then the options' defaults, then its own. */
function thresholdsFor(column, defaults = {}, perColumn = {}) {
    const own = Object.hasOwn(perColumn, column) ? perColumn[column] : undefined;
    return { ...DEFAULT_THRESHOLDS, ...defined(defaults), ...defined(own ?? {}) };
}
function defined(thresholds) {
    return Object.fromEntries(Object.entries(thresholds).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./build/core/data/drift/drift.js






/**
 * Compares a current profile with a stored reference profile, column by column (TFDV's model:
 * statistics against statistics, never re-reading the reference data). Columns present on one side
 * only, or profiled as different kinds, are left to the schema diff.
 */
function compareProfiles(reference, current, thresholds = {}) {
    const byName = new Map(current.columns.map((column) => [column.name, column]));
    const columns = [];
    for (const ref of reference.columns) {
        const cur = byName.get(ref.name);
        if (!cur || cur.kind !== ref.kind || ref.kind === 'other')
            continue;
        const limits = thresholdsFor(ref.name, thresholds.defaults, thresholds.columns);
        const figures = ref.kind === 'numeric' ? numericMetrics(ref, cur) : categoricalMetrics(ref, cur);
        if (!figures)
            continue;
        const { metrics, noise } = figures;
        const reasons = reasonsFor(ref.name, metrics, limits, ref.count, noise);
        columns.push({ name: ref.name, kind: ref.kind, metrics, noise, drifted: reasons.length > 0, reasons });
    }
    return { columns, drifted: columns.some((column) => column.drifted) };
}
function numericMetrics(ref, cur) {
    if (!ref.numeric || !cur.numeric || ref.numeric.sketch.n === 0 || cur.numeric.sketch.n === 0)
        return undefined;
    const bins = numericBins(ref.numeric, cur.numeric);
    // Normalised as Evidently's wasserstein_distance_norm: divided by the reference std, floored at 0.001.
    const norm = Math.max(ref.numeric.std ?? 0, 0.001);
    const floors = binnedFloors(bins.reference, bins.current);
    return {
        metrics: {
            psi: (0,metrics/* psi */.js)(bins.reference, bins.current),
            jensenShannon: (0,metrics/* jensenShannon */.fy)(bins.reference, bins.current),
            wasserstein: (0,metrics/* wasserstein */.nn)((0,kll/* weightedItems */.Sy)(ref.numeric.sketch), (0,kll/* weightedItems */.Sy)(cur.numeric.sketch)) / norm,
        },
        noise: {
            psi: floors.psi,
            jensenShannon: floors.jensenShannon,
            wasserstein: wassersteinFloor(ref.numeric.sketch, norm, ref.numeric.sketch.n, cur.numeric.sketch.n),
        },
    };
}
function categoricalMetrics(ref, cur) {
    if (!ref.categorical || !cur.categorical || ref.count === 0 || cur.count === 0)
        return undefined;
    const bins = categoricalBins(ref.categorical, cur.categorical);
    const floors = binnedFloors(bins.reference, bins.current);
    return {
        metrics: {
            jensenShannon: (0,metrics/* jensenShannon */.fy)(bins.reference, bins.current),
            linf: (0,metrics/* linf */.gu)(bins.reference, bins.current),
            chiSquareP: (0,metrics/* chiSquareP */.KB)(bins.reference, bins.current),
            newCategoryShare: newCategoryShare(ref, cur),
        },
        noise: { jensenShannon: floors.jensenShannon, linf: floors.linf },
    };
}
/**
 * The share of current values unseen in the reference. Past the tracked categories both sides collapse
 * into "(other)", so 5,000 ids all swapped for new ones move no category count; the distinct sketches
 * still tell the two sets apart.
 */
function newCategoryShare(ref, cur) {
    const r = ref.categorical;
    const c = cur.categorical;
    if (r.exact && c.exact) {
        const seen = new Set(r.values.map((v) => v.value));
        const unseen = c.values.reduce((sum, v) => sum + (seen.has(v.value) ? 0 : v.count), 0);
        return cur.count > 0 ? unseen / cur.count : 0;
    }
    if (ref.distinct.precision !== cur.distinct.precision)
        return 0;
    const reference = hll/* HyperLogLog */.l.decode(ref.distinct.precision, ref.distinct.registers, ref.name);
    const current = hll/* HyperLogLog */.l.decode(cur.distinct.precision, cur.distinct.registers, cur.name);
    const union = hll/* HyperLogLog */.l.decode(ref.distinct.precision, ref.distinct.registers, ref.name);
    union.mergeRegisters(current.registers);
    const distinct = current.estimate();
    if (distinct === 0)
        return 0;
    return Math.min(1, Math.max(0, union.estimate() - reference.estimate()) / distinct);
}
const NAMES = {
    psi: 'PSI',
    jensenShannon: 'Jensen–Shannon distance',
    wasserstein: 'normalised Wasserstein distance',
    linf: 'L∞ distance',
    chiSquareP: 'χ² p-value',
    newCategoryShare: 'share of values unseen in the reference',
};
/** One sentence per exceeded threshold: the column, the metric, the figure and the threshold. */
function reasonsFor(column, metrics, limits, referenceRows, noise = {}) {
    const reasons = [];
    for (const key of ['psi', 'jensenShannon', 'wasserstein', 'linf', 'newCategoryShare']) {
        const value = metrics[key];
        const limit = limits[key];
        if (value === undefined || limit === null)
            continue;
        // A threshold below what unchanged data reaches at these sizes is raised to that floor.
        const floor = key === 'newCategoryShare' ? 0 : (noise[key] ?? 0);
        const effective = Math.max(limit, floor);
        // NaN must not pass silently (reference/reliability-and-security.md rule 9).
        if (Number.isNaN(value) || value >= effective) {
            const raised = effective > limit ? ` (${limit}, raised to the sampling noise at these sizes)` : '';
            reasons.push(`column "${column}": ${NAMES[key]} ${figure(value)} ≥ threshold ${figure(effective)}${raised}`);
        }
    }
    const p = metrics.chiSquareP;
    const alpha = limits.chiSquareP;
    if (p !== undefined && alpha !== null && referenceRows <= P_VALUE_MAX_REFERENCE && !(p >= alpha)) {
        reasons.push(`column "${column}": ${NAMES.chiSquareP} ${figure(p)} < ${alpha}`);
    }
    return reasons;
}
/** Four significant digits: enough to act on, stable in a report. */
function figure(value) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}


/***/ }),

/***/ 38398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ chiSquareP),
/* harmony export */   fy: () => (/* binding */ jensenShannon),
/* harmony export */   gu: () => (/* binding */ linf),
/* harmony export */   js: () => (/* binding */ psi),
/* harmony export */   nn: () => (/* binding */ wasserstein)
/* harmony export */ });
/* unused harmony export PSI_FLOOR */
/* harmony import */ var _chi_square_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40445);

// The drift figures, each over two distributions on the same bins or categories. Inputs are counts
// (or weights); each function normalises what it needs. Each formula is checked against scipy on fixed
// vectors in test/integration/validate-data-profile.
/** Zero shares are floored here before PSI's logarithm, as Evidently's psi.py does. */
const PSI_FLOOR = 1e-4;
function shares(counts) {
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (total > 0 ? c / total : 0));
}
/** Population stability index: Σ (r − c)·ln(r / c) over shared bins, zero shares floored at 1e-4. */
function psi(reference, current) {
    const r = shares(reference);
    const c = shares(current);
    let sum = 0;
    for (let i = 0; i < r.length; i++) {
        const ri = Math.max(r[i], PSI_FLOOR);
        const ci = Math.max(c[i], PSI_FLOOR);
        sum += (ri - ci) * Math.log(ri / ci);
    }
    return sum;
}
/**
 * Jensen–Shannon *distance* (the square root of the divergence, natural log), as
 * scipy.spatial.distance.jensenshannon computes it and Evidently thresholds it (0.1).
 */
function jensenShannon(reference, current) {
    const p = shares(reference);
    const q = shares(current);
    let divergence = 0;
    for (let i = 0; i < p.length; i++) {
        const m = (p[i] + q[i]) / 2;
        if (p[i] > 0)
            divergence += p[i] * Math.log(p[i] / m);
        if (q[i] > 0)
            divergence += q[i] * Math.log(q[i] / m);
    }
    return Math.sqrt(Math.max(0, divergence / 2));
}
/** L-infinity distance of the normalised counts (TFDV's `infinity_norm` comparator). */
function linf(reference, current) {
    const r = shares(reference);
    const c = shares(current);
    let max = 0;
    for (let i = 0; i < r.length; i++)
        max = Math.max(max, Math.abs(r[i] - c[i]));
    return max;
}
/**
 * Wasserstein-1 distance ∫ |F_u(x) − F_v(x)| dx between two weighted samples (scipy.stats.
 * wasserstein_distance with weights); both samples sorted by value.
 */
function wasserstein(u, v) {
    const totalU = sum(u.weights);
    const totalV = sum(v.weights);
    if (totalU === 0 || totalV === 0)
        return 0;
    let i = 0;
    let j = 0;
    let cdfU = 0;
    let cdfV = 0;
    let distance = 0;
    let previous = Math.min(u.values[0], v.values[0]);
    while (i < u.values.length || j < v.values.length) {
        const next = j >= v.values.length || (i < u.values.length && u.values[i] <= v.values[j])
            ? u.values[i]
            : v.values[j];
        distance += Math.abs(cdfU - cdfV) * (next - previous);
        while (i < u.values.length && u.values[i] === next)
            cdfU += u.weights[i++] / totalU;
        while (j < v.values.length && v.values[j] === next)
            cdfV += v.weights[j++] / totalV;
        previous = next;
    }
    return distance;
}
function sum(values) {
    let total = 0;
    for (let i = 0; i < values.length; i++)
        total += values[i];
    return total;
}
/**
 * p-value of Pearson's χ² test of homogeneity on the 2×k table [reference; current] (scipy.stats.
 * chi2_contingency with correction=False). Categories empty on both sides are left out; a category
 * new in the current data is allowed (unlike a goodness-of-fit test against reference shares).
 */
function chiSquareP(reference, current) {
    const columns = [];
    for (let i = 0; i < reference.length; i++) {
        if (reference[i] + current[i] > 0)
            columns.push([reference[i], current[i]]);
    }
    const totalR = columns.reduce((a, [r]) => a + r, 0);
    const totalC = columns.reduce((a, [, c]) => a + c, 0);
    const total = totalR + totalC;
    if (columns.length < 2 || totalR === 0 || totalC === 0)
        return 1;
    let statistic = 0;
    for (const [r, c] of columns) {
        const expectedR = ((r + c) * totalR) / total;
        const expectedC = ((r + c) * totalC) / total;
        statistic += (r - expectedR) ** 2 / expectedR + (c - expectedC) ** 2 / expectedC;
    }
    return (0,_chi_square_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquareSurvival */ .Y)(statistic, columns.length - 1);
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
