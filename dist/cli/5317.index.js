export const id = 5317;
export const ids = [5317];
export const modules = {

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

/***/ 15317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareProfiles: () => (/* binding */ compareProfiles),
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


/***/ })

};
