export const id = 5401;
export const ids = [5401];
export const modules = {

/***/ 4753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ apiToken),
/* harmony export */   Le: () => (/* binding */ baselineCommit),
/* harmony export */   jh: () => (/* binding */ artifactNames),
/* harmony export */   sH: () => (/* binding */ baseBranch)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * The branch to compare against: the `base-ref` input, else the PR's base (GITHUB_BASE_REF, then the
 * event's), else the repository's default branch ('main' when the event does not say).
 *
 *   baseBranch(undefined, 'release', event)  = { defaultBranch: <event's or main>, base: 'release' }
 *   baseBranch('v1', 'release', event)       = { …, base: 'v1' }
 */
function baseBranch(baseRef, envBaseRef, event) {
    const defaultBranch = event.repository?.default_branch ?? 'main';
    return { defaultBranch, base: baseRef ?? envBaseRef ?? event.pull_request?.base?.ref ?? defaultBranch };
}
/**
 * The commit whose metrics are the baseline. On a PR branch it is the merge-base; on the base branch
 * itself the merge-base is HEAD (`head`), and the baseline is then its parent, the state before this
 * push (`parentOf` is only asked then: it may fetch). Without a parent (the first commit) the
 * merge-base stays.
 */
async function baselineCommit(mergeBase, head, parentOf) {
    if (mergeBase !== head)
        return mergeBase;
    return (await parentOf(mergeBase)) ?? mergeBase;
}
/** The token to call the API with: the input, unless it is an unexpanded `${{ github.token }}` (the action.yml default, seen by the CLI), else GITHUB_TOKEN. */
function apiToken(input, envToken) {
    return input && !input.includes('${{') ? input : envToken;
}
/** File names to look for in a run's artifact: the user's file's base name first, then the usual names. */
function artifactNames(path, defaults) {
    return path ? [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path), ...defaults] : [...defaults];
}


/***/ }),

/***/ 37662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ CONFUSION_METRICS),
/* harmony export */   IB: () => (/* binding */ confusionMetrics),
/* harmony export */   gM: () => (/* binding */ confusionMatrix)
/* harmony export */ });
/** Confusion matrix K × K, row = true class, column = predicted class (scikit-learn's layout). */
function confusionMatrix(y, predicted, k) {
    const matrix = new Float64Array(k * k);
    for (let i = 0; i < y.length; i++)
        matrix[y[i] * k + predicted[i]]++;
    return matrix;
}
/** Names of the metrics read off a confusion matrix. */
const CONFUSION_METRICS = [
    'accuracy',
    'precision',
    'recall',
    'f1',
    'precision_macro',
    'recall_macro',
    'f1_macro',
    'precision_micro',
    'recall_micro',
    'f1_micro',
    'precision_weighted',
    'recall_weighted',
    'f1_weighted',
    'mcc',
];
/**
 * Accuracy and precision/recall/F1 (binary, macro, micro, weighted) from a confusion matrix, with
 * scikit-learn's zero_division=0 for ill-defined ratios and F1 = 2PR/(P+R) from the rounded P and R.
 * Binary metrics only when `positive` is given (its index is -1 when the class never occurs: all 0).
 */
function confusionMetrics(matrix, k, positive) {
    const tp = new Float64Array(k);
    const predSum = new Float64Array(k);
    const trueSum = new Float64Array(k);
    let total = 0;
    for (let t = 0; t < k; t++) {
        for (let p = 0; p < k; p++) {
            const count = matrix[t * k + p];
            predSum[p] += count;
            trueSum[t] += count;
            total += count;
        }
        tp[t] = matrix[t * k + t];
    }
    const precision = Float64Array.from(tp, (v, c) => ratio(v, predSum[c]));
    const recall = Float64Array.from(tp, (v, c) => ratio(v, trueSum[c]));
    const f1 = Float64Array.from(precision, (p, c) => fScore(p, recall[c]));
    const tpAll = tp.reduce((a, b) => a + b, 0);
    const microP = ratio(tpAll, total);
    const support = trueSum.reduce((a, b) => a + b, 0);
    const weighted = (values) => support === 0 ? 0 : values.reduce((acc, v, c) => acc + v * trueSum[c], 0) / support;
    const mean = (values) => values.reduce((a, b) => a + b, 0) / k;
    const out = {
        accuracy: ratio(tpAll, total),
        precision_macro: mean(precision),
        recall_macro: mean(recall),
        f1_macro: mean(f1),
        precision_micro: microP,
        recall_micro: microP,
        f1_micro: fScore(microP, microP),
        precision_weighted: weighted(precision),
        recall_weighted: weighted(recall),
        f1_weighted: weighted(f1),
        mcc: matthews(tpAll, total, trueSum, predSum),
    };
    if (positive !== undefined) {
        out.precision = positive < 0 ? 0 : precision[positive];
        out.recall = positive < 0 ? 0 : recall[positive];
        out.f1 = positive < 0 ? 0 : f1[positive];
    }
    return out;
}
/**
 * Matthews correlation coefficient, multiclass (Gorodkin's R_K) as scikit-learn's matthews_corrcoef:
 * (c·s − Σ p_k t_k) / √((s² − Σ p_k²)(s² − Σ t_k²)), 0 when either factor is 0.
 */
function matthews(correct, total, trueSum, predSum) {
    let pt = 0;
    let pp = 0;
    let tt = 0;
    for (let c = 0; c < trueSum.length; c++) {
        pt += predSum[c] * trueSum[c];
        pp += predSum[c] * predSum[c];
        tt += trueSum[c] * trueSum[c];
    }
    const covPP = total * total - pp;
    const covTT = total * total - tt;
    if (covPP * covTT === 0)
        return 0;
    return (correct * total - pt) / Math.sqrt(covTT * covPP);
}
function ratio(numerator, denominator) {
    return denominator === 0 ? 0 : numerator / denominator;
}
function fScore(p, r) {
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}


/***/ }),

/***/ 25616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pH: () => (/* binding */ computeMetrics),
  yB: () => (/* binding */ logLosses),
  tc: () => (/* binding */ positiveFlags)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/metrics/classification.js
var classification = __webpack_require__(37662);
// EXTERNAL MODULE: ./build/core/metrics/losses.js
var metrics_losses = __webpack_require__(32129);
;// CONCATENATED MODULE: ./build/core/metrics/ranking.js
/**
 * ROC AUC of binary labels and scores: the Mann–Whitney probability that a positive outscores a
 * negative, ties counting ½ (= scikit-learn's trapezoidal area). NaN when a class is absent, where
 * scikit-learn raises "Only one class present in y_true".
 */
function rocAuc(positive, score) {
    let area = 0;
    let P = 0;
    let N = 0;
    forEachTieGroup(positive, score, (groupPos, groupNeg) => {
        area += groupNeg * (P + groupPos / 2);
        P += groupPos;
        N += groupNeg;
    });
    return P === 0 || N === 0 ? Number.NaN : area / (P * N);
}
/**
 * Average precision as scikit-learn computes it: Σ (R_k − R_{k−1}) · P_k over distinct thresholds in
 * descending order, no interpolation. Without positives scikit-learn returns 0 (recall is set to 1).
 */
function averagePrecision(positive, score) {
    let totalPos = 0;
    for (const flag of positive)
        totalPos += flag;
    if (totalPos === 0)
        return 0;
    let tp = 0;
    let fp = 0;
    let ap = 0;
    forEachTieGroup(positive, score, (groupPos, groupNeg) => {
        tp += groupPos;
        fp += groupNeg;
        if (groupPos > 0)
            ap += (groupPos / totalPos) * (tp / (tp + fp));
    });
    return ap;
}
/** Calls back with the positive and negative counts of each run of equal scores, highest score first. */
function forEachTieGroup(positive, score, visit) {
    const order = Int32Array.from(score.keys()).sort((a, b) => score[b] - score[a]);
    let i = 0;
    while (i < order.length) {
        let groupPos = 0;
        let groupNeg = 0;
        const value = score[order[i]];
        while (i < order.length && score[order[i]] === value) {
            if (positive[order[i]])
                groupPos++;
            else
                groupNeg++;
            i++;
        }
        visit(groupPos, groupNeg);
    }
}

// EXTERNAL MODULE: ./build/core/metrics/regression.js
var regression = __webpack_require__(21939);
;// CONCATENATED MODULE: ./build/core/metrics/compute.js





/** Every metric the task supports, matching scikit-learn on the same inputs (see the integration tests). */
function computeMetrics(evaluation) {
    if (evaluation.ids.length === 0)
        throw new errors/* DataError */.fL('metrics are undefined on an empty set of predictions');
    if (evaluation.task === 'regression') {
        return { values: (0,regression/* regressionMetrics */.N)(evaluation.y, evaluation.predicted), undefinedMetrics: {} };
    }
    return classificationMetrics(evaluation);
}
function classificationMetrics(e) {
    const k = e.classes.length;
    const matrix = (0,classification/* confusionMatrix */.gM)(e.y, e.predicted, k);
    const values = (0,classification/* confusionMetrics */.IB)(matrix, k, e.positive?.index);
    const undefinedMetrics = {};
    if (!e.positive) {
        const why = `binary metrics need two classes and a positive label (classes: ${e.classes.join(', ')})`;
        for (const name of ['precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'brier'])
            undefinedMetrics[name] = why;
    }
    const positive = positiveFlags(e);
    if (e.positive && e.score) {
        const auc = rocAuc(positive, e.score);
        if (Number.isNaN(auc))
            undefinedMetrics.roc_auc = 'ROC AUC is undefined when only one class is present';
        else
            values.roc_auc = auc;
        values.pr_auc = averagePrecision(positive, e.score);
        values.brier = (0,metrics_losses/* mean */.i2)((0,metrics_losses/* brierPerExample */.ys)(positive, e.score));
    }
    else if (e.positive) {
        for (const name of ['roc_auc', 'pr_auc', 'brier'])
            undefinedMetrics[name] = 'needs a score or probabilities';
    }
    const losses = logLosses(e, positive);
    if (typeof losses === 'string')
        undefinedMetrics.log_loss = losses;
    else
        values.log_loss = (0,metrics_losses/* mean */.i2)(losses);
    const rows = Array.from({ length: k }, (_, t) => Array.from(matrix.subarray(t * k, t * k + k)));
    return { values, undefinedMetrics, confusion: { labels: e.classes, matrix: rows } };
}
/** 1 where the true class is the positive one (binary tasks). */
function positiveFlags(e) {
    if (!e.positive)
        return undefined;
    const index = e.positive.index;
    return Uint8Array.from(e.y, (code) => (code === index ? 1 : 0));
}
/** Per-example log loss, or why it cannot be computed. */
function logLosses(e, positive = positiveFlags(e)) {
    if (e.probabilities) {
        const { classes, values } = e.probabilities;
        if (classes.length < 2)
            return 'log loss needs probabilities of at least two classes';
        const column = new Map(classes.map((label, j) => [label, j]));
        const trueColumn = new Int32Array(e.y.length);
        for (let i = 0; i < e.y.length; i++) {
            const j = column.get(e.classes[e.y[i]]);
            if (j === undefined)
                return `true label "${e.classes[e.y[i]]}" has no probability column`;
            trueColumn[i] = j;
        }
        return (0,metrics_losses/* logLossPerExample */.Ns)(trueColumn, values, classes.length);
    }
    if (e.score && positive) {
        if (e.score.some((p) => p < 0 || p > 1))
            return 'log loss needs probabilities in [0, 1], the scores are not';
        return (0,metrics_losses/* binaryLogLossPerExample */.Wp)(positive, e.score);
    }
    return 'needs a score or probabilities';
}


/***/ }),

/***/ 91680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ sortLabels),
/* harmony export */   t8: () => (/* binding */ buildEvaluation)
/* harmony export */ });
/* unused harmony exports detectTask, parseTask */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _text_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51472);


/** Sorts labels as numpy does: numerically when every label is a number, else by code point. */
function sortLabels(labels) {
    const unique = [...new Set(labels)];
    const numbers = unique.map((label) => (label.trim() === '' ? Number.NaN : Number(label)));
    if (!numbers.every((value) => Number.isFinite(value))) {
        return unique.sort(_text_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byCodeUnits */ .C);
    }
    // Parsed once, not in the comparator: a regression file's labels can be 100,000 distinct numbers.
    const order = Array.from(unique.keys()).sort((i, j) => {
        const a = unique[i];
        const b = unique[j];
        return numbers[i] - numbers[j] || (0,_text_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byCodeUnits */ .C)(a, b);
    });
    return order.map((i) => unique[i]);
}
/** Chooses the task: regression when labels are numbers that are not all small integers. */
function detectTask(rows) {
    let integers = true;
    for (const row of rows) {
        if (row.score !== undefined || row.probabilities !== undefined)
            return 'classification';
        const value = Number(row.label);
        if (!Number.isFinite(value))
            return 'classification';
        if (!Number.isInteger(value))
            integers = false;
    }
    if (!integers)
        return 'regression';
    const distinct = new Set();
    for (const row of rows) {
        distinct.add(Number(row.label));
        if (distinct.size > 20)
            return 'regression';
    }
    return 'classification';
}
/** Builds the typed per-example arrays the metrics and the statistics work on. */
function buildEvaluation(rows, file, options) {
    if (rows.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('no examples to evaluate', { where: { file } });
    const task = options.task === 'auto' ? detectTask(rows) : options.task;
    return task === 'regression' ? regression(rows, file) : classification(rows, file, options);
}
function regression(rows, file) {
    const y = new Float64Array(rows.length);
    const predicted = new Float64Array(rows.length);
    rows.forEach((row, i) => {
        y[i] = finite(row.label, file, row.line, 'label');
        const value = row.prediction ?? (row.score === undefined ? undefined : String(row.score));
        if (value === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`example ${row.id} has no prediction`, { where: { file, line: row.line } });
        }
        predicted[i] = finite(value, file, row.line, 'prediction');
    });
    return { task: 'regression', ids: rows.map((row) => row.id), y, predicted };
}
function finite(text, file, line, what) {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what} "${text}" is not a finite number (regression)`, { where: { file, line } });
    }
    return value;
}
function classification(rows, file, options) {
    const probaClasses = rows[0].probabilities ? sortLabels(Object.keys(rows[0].probabilities)) : undefined;
    const trueLabels = new Set(rows.map((row) => row.label));
    const known = sortLabels([...trueLabels, ...(probaClasses ?? []), ...(options.classes ?? [])]);
    const positiveLabel = choosePositive(options.positiveLabel, known);
    const negativeLabel = negativeOf(positiveLabel, known);
    const predictedLabels = rows.map((row) => predictedLabel(row, file, options.threshold, positiveLabel, negativeLabel));
    const classes = sortLabels([...trueLabels, ...predictedLabels, ...(options.classes ?? [])]);
    const code = new Map(classes.map((label, index) => [label, index]));
    const y = Int32Array.from(rows, (row) => code.get(row.label));
    const predicted = Int32Array.from(predictedLabels, (label) => code.get(label));
    const probabilities = probaClasses ? probabilityMatrix(rows, probaClasses, file) : undefined;
    let score;
    if (rows.every((row) => row.score !== undefined)) {
        score = Float64Array.from(rows, (row) => row.score);
    }
    else if (probabilities && positiveLabel && probaClasses.includes(positiveLabel)) {
        const column = probaClasses.indexOf(positiveLabel);
        const k = probaClasses.length;
        score = Float64Array.from(rows, (_row, i) => probabilities.values[i * k + column]);
    }
    else if (rows.some((row) => row.score !== undefined)) {
        const missing = rows.find((row) => row.score === undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`example ${missing.id} has no score while others do`, {
            where: { file, line: missing.line },
        });
    }
    const binary = classes.length <= 2 && positiveLabel !== undefined;
    return {
        task: 'classification',
        ids: rows.map((row) => row.id),
        classes,
        y,
        predicted,
        positive: binary ? { label: positiveLabel, index: classes.indexOf(positiveLabel) } : undefined,
        score: binary ? score : undefined,
        probabilities,
    };
}
function choosePositive(given, labels) {
    if (given !== undefined)
        return given;
    for (const label of ['1', 'true', 'True'])
        if (labels.includes(label))
            return label;
    return labels.length === 2 ? labels[1] : undefined;
}
/** The other class of a binary task: the one other known label, or 0/false when only the positive occurs. */
function negativeOf(positive, known) {
    if (positive === undefined)
        return undefined;
    const others = known.filter((label) => label !== positive);
    if (others.length === 1)
        return others[0];
    if (others.length > 1)
        return undefined;
    return { '1': '0', true: 'false', True: 'False' }[positive];
}
function predictedLabel(row, file, threshold, positive, negative) {
    if (row.prediction !== undefined)
        return row.prediction;
    if (row.probabilities) {
        // numpy's argmax: the first of equal maxima, in sorted class order.
        let best;
        for (const label of sortLabels(Object.keys(row.probabilities))) {
            if (best === undefined || row.probabilities[label] > row.probabilities[best])
                best = label;
        }
        if (best !== undefined)
            return best;
    }
    if (row.score !== undefined && positive !== undefined && negative !== undefined) {
        return row.score >= threshold ? positive : negative;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`example ${row.id} has no prediction`, {
        where: { file, line: row.line },
        hint: 'write `prediction`, or `score` for a binary task with two known labels, or `probabilities`',
    });
}
function probabilityMatrix(rows, classes, file) {
    const k = classes.length;
    const values = new Float64Array(rows.length * k);
    rows.forEach((row, i) => {
        const p = row.probabilities;
        if (!p)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`example ${row.id} has no probabilities while others do`, {
                where: { file, line: row.line },
            });
        classes.forEach((label, j) => {
            const value = p[label];
            if (value === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`example ${row.id} has no probability for class "${label}"`, {
                    where: { file, line: row.line },
                });
            }
            values[i * k + j] = value;
        });
    });
    return { classes, values };
}
/** Refuses a task option that is not one of the three. */
function parseTask(text) {
    if (text === 'auto' || text === 'classification' || text === 'regression')
        return text;
    throw new UsageError(`input \`task\` must be auto, classification or regression, got "${text}"`);
}


/***/ }),

/***/ 32129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ EPS),
/* harmony export */   Ns: () => (/* binding */ logLossPerExample),
/* harmony export */   Wp: () => (/* binding */ binaryLogLossPerExample),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   ys: () => (/* binding */ brierPerExample)
/* harmony export */ });
/** float64 machine epsilon: scikit-learn's log_loss clips probabilities to [eps, 1 − eps] ("auto"). */
const EPS = 2 ** -52;
/**
 * Per-example log loss as scikit-learn computes it: clip each probability to [eps, 1 − eps], renormalise
 * the row, take −ln of the true class's share. `probabilities` is n × classes.length.
 */
function logLossPerExample(trueColumn, probabilities, classes) {
    const out = new Float64Array(trueColumn.length);
    for (let i = 0; i < trueColumn.length; i++) {
        let sum = 0;
        for (let j = 0; j < classes; j++)
            sum += clip(probabilities[i * classes + j]);
        out[i] = -Math.log(clip(probabilities[i * classes + trueColumn[i]]) / sum);
    }
    return out;
}
/** Per-example log loss of a binary positive-class probability (columns [1 − p, p]). */
function binaryLogLossPerExample(positive, score) {
    const out = new Float64Array(positive.length);
    for (let i = 0; i < positive.length; i++) {
        const p1 = clip(score[i]);
        const p0 = clip(1 - score[i]);
        out[i] = -Math.log((positive[i] ? p1 : p0) / (p0 + p1));
    }
    return out;
}
/** Per-example squared error of the positive-class probability (Brier). */
function brierPerExample(positive, score) {
    return Float64Array.from(score, (p, i) => (positive[i] - p) ** 2);
}
function clip(p) {
    return Math.min(Math.max(p, EPS), 1 - EPS);
}
/** Arithmetic mean, as numpy's pairwise sum would give to within a few ulps. */
function mean(values) {
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum / values.length;
}


/***/ }),

/***/ 5309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseCsv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * RFC 4180 records of a small CSV file (metrics and prediction files, not training data): quoted fields
 * with doubled quotes and embedded newlines, CRLF or LF, a leading BOM stripped. Rows keep their line.
 */
function parseCsv(text, file) {
    const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const rows = [];
    let cells = [];
    let field = '';
    let line = 1;
    let rowLine = 1;
    let i = 0;
    let quotedField = false;
    const endField = () => {
        cells.push(field);
        field = '';
        quotedField = false;
    };
    const endRow = () => {
        endField();
        if (!(cells.length === 1 && cells[0] === ''))
            rows.push({ cells, line: rowLine });
        cells = [];
    };
    while (i < src.length) {
        const ch = src[i];
        if (ch === '"' && field === '' && !quotedField) {
            const start = line;
            i++;
            for (;;) {
                if (i >= src.length) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('unterminated quoted field', { where: { file, line: start } });
                }
                const q = src[i];
                if (q === '"') {
                    if (src[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (q === '\n')
                    line++;
                field += q;
                i++;
            }
            quotedField = true;
            continue;
        }
        if (field === '' && !quotedField && ch !== ',' && ch !== '\n' && ch !== '\r') {
            // An unquoted field, taken whole up to its delimiter (a quote inside it is a literal character):
            // one slice instead of a string grown a character at a time.
            let j = i + 1;
            while (j < src.length) {
                const c = src.charCodeAt(j);
                if (c === 44 || c === 10 || c === 13)
                    break;
                j++;
            }
            field = src.slice(i, j);
            i = j;
            continue;
        }
        if (ch === ',') {
            endField();
        }
        else if (ch === '\n' || ch === '\r') {
            endRow();
            if (ch === '\r' && src[i + 1] === '\n')
                i++;
            line++;
            rowLine = line;
        }
        else {
            field += ch;
        }
        i++;
    }
    if (field !== '' || cells.length > 0 || quotedField)
        endRow();
    return rows;
}


/***/ }),

/***/ 52843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseJsonLenient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity Python's json.dumps writes by
 * default (reliability §4.3): they become non-finite numbers, which fail any gate that uses them.
 * Errors name the line and column.
 */
function parseJsonLenient(text, file, lineOffset = 0) {
    try {
        return JSON.parse(text);
    }
    catch (first) {
        const replaced = replacePythonTokens(text);
        if (replaced !== text) {
            try {
                return JSON.parse(replaced, (_key, value) => (typeof value === 'string' ? revive(value) : value));
            }
            catch {
                // fall through to the original error, which points at the real problem
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`invalid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(first)}`, {
            where: { file, ...position(text, first, lineOffset) },
            hint: 'check the file is JSON (one object per line for JSONL)',
        });
    }
}
const MARK = '\u0000mlci-nonfinite:';
function revive(value) {
    if (!value.startsWith(MARK))
        return value;
    const token = value.slice(MARK.length);
    return token === 'NaN' ? Number.NaN : token === 'Infinity' ? Infinity : -Infinity;
}
/** Replaces NaN/Infinity tokens outside strings by marked strings that the reviver turns into numbers. */
function replacePythonTokens(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const match = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
        if (match) {
            out += JSON.stringify(MARK + match[1]);
            i += match[1].length;
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}
function position(text, error, lineOffset) {
    const at = /position (\d+)/.exec(error.message);
    const lineCol = /line (\d+) column (\d+)/.exec(error.message);
    if (lineCol)
        return { line: Number(lineCol[1]) + lineOffset, column: Number(lineCol[2]) };
    if (!at)
        return lineOffset ? { line: lineOffset + 1 } : {};
    const before = text.slice(0, Number(at[1]));
    const lines = before.split('\n');
    return { line: lines.length + lineOffset, column: lines[lines.length - 1].length + 1 };
}


/***/ }),

/***/ 69918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jI: () => (/* binding */ parseMetricsFile)
});

// UNUSED EXPORTS: MAX_METRICS, MAX_METRICS_BYTES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/text/yaml-doc.js
var yaml_doc = __webpack_require__(43814);
;// CONCATENATED MODULE: ./build/core/metrics/read/flatten.js
/** Nesting deeper than this is refused: metrics files are small documents (reliability DATA-11). */
const MAX_DEPTH = 32;
/**
 * DVC-style flattening: nested mapping keys joined with dots (`{"train": {"loss": 0.1}}` → `train.loss`),
 * list items by index (`per_class.0`). Numbers are kept (NaN and ±Infinity included, also as the strings
 * "NaN", "Infinity", "-Infinity"; the gate rejects them later); other strings, booleans and nulls are skipped.
 */
function flattenMetrics(value, out = new Map(), prefix = '', depth = 0) {
    if (depth > MAX_DEPTH)
        throw new RangeError(`nested deeper than ${MAX_DEPTH} levels at "${prefix}"`);
    if (typeof value === 'number') {
        if (prefix)
            out.set(prefix, value);
    }
    else if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') {
        // How the train action's run record keeps non-finite values (JSON cannot hold them).
        if (prefix)
            out.set(prefix, Number(value));
    }
    else if (Array.isArray(value)) {
        value.forEach((item, index) => {
            flattenMetrics(item, out, join(prefix, String(index)), depth + 1);
        });
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value))
            flattenMetrics(item, out, join(prefix, key), depth + 1);
    }
    return out;
}
function join(prefix, key) {
    return prefix ? `${prefix}.${key}` : key;
}

// EXTERNAL MODULE: ./build/core/metrics/read/csv.js
var csv = __webpack_require__(5309);
// EXTERNAL MODULE: ./build/core/metrics/read/json.js
var json = __webpack_require__(52843);
;// CONCATENATED MODULE: ./build/core/metrics/read/metrics-file.js







/** Largest metrics file read into memory (reliability ART-01: fork artifacts can be huge). */
const MAX_METRICS_BYTES = yaml_doc/* DOC_LIMITS */.a9.maxBytes;
/** Most metrics one file may hold (after flattening): more is not a metrics file but a data dump. */
const MAX_METRICS = 10_000;
// Over a budget is a usage error (exit 2) at load, as for every other document mlci reads.
const overBudget = (message, details) => new errors/* UsageError */.eb(message, details);
/** Parses a metrics file by its extension (.json, .yaml/.yml, .csv/.tsv; anything else tried as JSON then YAML). */
function parseMetricsFile(text, file) {
    if (text.length > MAX_METRICS_BYTES) {
        throw new errors/* UsageError */.eb(`${file} is larger than ${MAX_METRICS_BYTES / 1024 / 1024} MiB: too large`, {
            where: { file },
        });
    }
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (ext === '.csv' || ext === '.tsv')
        return fromCsv(text, file, ext === '.tsv' ? '\t' : ',');
    if (ext === '.yaml' || ext === '.yml')
        return fromStructured(parseYaml(text, file), file, 'yaml');
    if (ext === '.json')
        return fromStructured((0,json/* parseJsonLenient */.V)(text, file), file, 'json');
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return fromStructured((0,json/* parseJsonLenient */.V)(text, file), file, 'json');
    }
    return fromStructured(parseYaml(text, file), file, 'yaml');
}
function parseYaml(text, file) {
    const parsed = (0,yaml_doc/* parseYamlBudgeted */.rU)(text, file, overBudget);
    const { doc } = parsed;
    const [error] = doc.errors;
    if (error) {
        throw new errors/* DataError */.fL(`invalid YAML: ${error.message.split('\n')[0]}`, {
            where: { file, ...parsed.at(error.pos[0]) },
        });
    }
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        throw new errors/* DataError */.fL('a YAML metrics file must be a mapping of metric names to numbers', {
            where: { file, line: 1, column: 1 },
        });
    }
    return (0,yaml_doc/* yamlValue */.t$)(parsed, file, overBudget);
}
function fromStructured(value, file, format) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* DataError */.fL('a metrics file must hold an object of metric names to numbers', { where: { file } });
    }
    const record = value;
    const kind = typeof record.kind === 'string' ? record.kind : undefined;
    if (kind === 'mlci/run-record' || kind === 'mlci/release-record') {
        return fromRecord(record, file, kind);
    }
    if (kind === 'mlci/comparison-report') {
        throw new errors/* DataError */.fL('this is a comparison report, not a metrics file', {
            where: { file },
            hint: 'pass the metrics file or run record that was compared, not the report',
        });
    }
    return { file, format, values: capped(flatten(value, file), file), fingerprint: fingerprintOf(record) };
}
function capped(values, file) {
    if (values.size > MAX_METRICS)
        throw new errors/* UsageError */.eb(`metrics file holds ${values.size} metrics, more than ${MAX_METRICS}`, {
            where: { file },
            hint: 'write the summary metrics to the metrics file, and per-example values to a predictions file',
        });
    return values;
}
/**
 * A train run record or a release record, read defensively. Metrics are taken from a top-level
 * `metrics` field, or from each of `stages[].metrics` (the train action's shape). Each is either a flat
 * or nested map of numbers, or `{ [metricsFile]: { … } }` one level per file. Names shared by two
 * files or stages keep their source as a prefix (`eval/metrics.json:accuracy`); others are used as is.
 */
function fromRecord(record, file, kind) {
    const groups = [];
    const addTree = (tree, source) => {
        if (!isObject(tree))
            return;
        const entries = Object.entries(tree);
        const perFile = entries.length > 0 && entries.every(([key, v]) => isFileKey(key) && isObject(v));
        if (perFile)
            for (const [key, v] of entries)
                groups.push([key, flatten(v, file)]);
        else
            groups.push([source, flatten(tree, file)]);
    };
    if (isObject(record.metrics))
        addTree(record.metrics, kind);
    else if (Array.isArray(record.stages)) {
        for (const stage of record.stages) {
            if (isObject(stage))
                addTree(stage.metrics, String(stage.stage ?? 'stage'));
        }
    }
    if (groups.length === 0) {
        throw new errors/* DataError */.fL(`${kind} has no \`metrics\` object`, {
            where: { file },
            hint: 'the record must carry the evaluation metrics (top-level `metrics`, or `stages[].metrics`)',
        });
    }
    const seen = new Map();
    for (const [, map] of groups)
        for (const name of map.keys())
            seen.set(name, (seen.get(name) ?? 0) + 1);
    const values = new Map();
    for (const [source, map] of groups) {
        for (const [name, v] of map)
            values.set((seen.get(name) ?? 0) > 1 ? `${source}:${name}` : name, v);
    }
    const predictions = record.predictions;
    const predictionsName = typeof predictions === 'string'
        ? predictions
        : isObject(predictions) && typeof predictions.asset === 'string'
            ? String(predictions.asset)
            : isObject(predictions) && typeof predictions.path === 'string'
                ? String(predictions.path)
                : undefined;
    return { file, format: kind, values, fingerprint: fingerprintOf(record), predictions: predictionsName };
}
function isFileKey(key) {
    return /\.(json|ya?ml|csv|tsv)$/i.test(key);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `fingerprint` / `test_set_fingerprint` at the top, or `evaluation.fingerprint` / `data.eval.fingerprint`. */
function fingerprintOf(record) {
    const candidates = [
        record.fingerprint,
        record.test_set_fingerprint,
        record.evaluation?.fingerprint,
        record.data?.eval
            ?.fingerprint,
    ];
    const found = candidates.find((value) => typeof value === 'string');
    return found;
}
function flatten(value, file) {
    try {
        const values = flattenMetrics(value);
        values.delete('version');
        return values;
    }
    catch (cause) {
        throw new errors/* DataError */.fL(`metrics file ${(0,errors/* messageOf */.bD)(cause)}`, { where: { file }, cause });
    }
}
/**
 * CSV metrics in either shape DVC users write: a header of metric names over one row of values, or
 * two columns `name,value` (`metric,value`) with one metric per row.
 */
function fromCsv(text, file, delimiter) {
    const source = delimiter === ',' ? text : text.replace(/\t/g, ',');
    const rows = (0,csv/* parseCsv */.W)(source, file);
    if (rows.length < 2) {
        throw new errors/* DataError */.fL('a CSV metrics file needs a header row and at least one data row', {
            where: { file },
        });
    }
    const header = rows[0].cells.map((cell) => cell.trim());
    const values = new Map();
    const nameValue = header.length === 2 && /^(name|metric)$/i.test(header[0]) && /^value$/i.test(header[1]);
    if (nameValue) {
        for (const { cells, line } of rows.slice(1))
            values.set(cells[0].trim(), numberCell(cells[1], file, line, 2));
    }
    else {
        if (rows.length > 2) {
            throw new errors/* DataError */.fL(`a wide CSV metrics file must have exactly one data row, found ${rows.length - 1}`, {
                where: { file, line: rows[2].line },
                hint: 'use one row of values under a header of metric names, or two columns `name,value`',
            });
        }
        const { cells, line } = rows[1];
        header.forEach((name, column) => {
            const cell = cells[column]?.trim() ?? '';
            if (cell !== '' && !Number.isNaN(Number(cell)))
                values.set(name, Number(cell));
            else if (/^(nan|inf|-inf|infinity|-infinity)$/i.test(cell))
                values.set(name, numberCell(cell, file, line, column + 1));
        });
    }
    return { file, format: 'csv', values };
}
function numberCell(cell, file, line, column) {
    const text = (cell ?? '').trim();
    if (/^nan$/i.test(text))
        return Number.NaN;
    if (/^(inf|infinity)$/i.test(text))
        return Infinity;
    if (/^-(inf|infinity)$/i.test(text))
        return -Infinity;
    const value = Number(text);
    if (text === '' || Number.isNaN(value)) {
        throw new errors/* DataError */.fL(`"${text}" is not a number`, { where: { file, line, column } });
    }
    return value;
}


/***/ }),

/***/ 3510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ parsePredictions),
/* harmony export */   cZ: () => (/* binding */ COLUMNS),
/* harmony export */   u2: () => (/* binding */ MAX_PREDICTIONS_BYTES)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5309);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52843);




/** Column names accepted for each field, first match wins (documented in docs/compare-metrics.md). */
const COLUMNS = {
    id: ['id', 'example_id', 'sample_id'],
    label: ['label', 'y_true', 'target', 'y'],
    prediction: ['prediction', 'pred', 'y_pred'],
    score: ['score', 'y_score', 'proba', 'probability'],
    probabilities: ['probabilities', 'probas'],
};
/** Largest predictions file read into memory. */
const MAX_PREDICTIONS_BYTES = 512 * 1024 * 1024;
/** Reads JSONL (.jsonl/.ndjson) or CSV (.csv) predictions; errors name the file, line and column. */
function parsePredictions(text, file) {
    if (text.length > MAX_PREDICTIONS_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`predictions file is larger than ${MAX_PREDICTIONS_BYTES} bytes`, {
            where: { file },
        });
    }
    const rows = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase() === '.csv' ? fromCsv(text, file) : fromJsonl(text, file);
    if (rows.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL('the predictions file has no examples', {
            where: { file },
            hint: 'metrics are undefined on an empty test set: check the evaluation step wrote its predictions',
        });
    }
    return rows;
}
function fromJsonl(text, file) {
    const rows = [];
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = index + 1;
        if (raw.trim() === '')
            return;
        const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonLenient */ .V)(raw, file, index);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL('each line must be a JSON object', { where: { file, line } });
        }
        rows.push(fromRecord(value, file, line));
    });
    return rows;
}
function pick(record, names) {
    for (const name of names)
        if (Object.hasOwn(record, name))
            return record[name];
    return undefined;
}
function fromRecord(record, file, line) {
    const id = pick(record, COLUMNS.id);
    const label = pick(record, COLUMNS.label);
    if (id === undefined || id === null || id === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`example has no id (one of ${COLUMNS.id.join(', ')})`, {
            where: { file, line },
            hint: 'predictions are paired by id: write a stable example id on every row',
        });
    }
    if (label === undefined || label === null || label === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`example ${String(id)} has no label (one of ${COLUMNS.label.join(', ')})`, {
            where: { file, line },
        });
    }
    if (typeof id === 'number' && Number.isInteger(id) && !Number.isSafeInteger(id)) {
        // JSON.parse has already rounded it: two ids may now be equal (reliability DATA-11).
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`example id ${id} is above 2^53 and lost digits when read as a number`, {
            where: { file, line },
            hint: 'write ids as strings ("id": "9007199254740993")',
        });
    }
    const prediction = pick(record, COLUMNS.prediction);
    const score = pick(record, COLUMNS.score);
    const probabilities = pick(record, COLUMNS.probabilities);
    return {
        id: String(id),
        label: labelText(label),
        prediction: prediction === undefined || prediction === null ? undefined : labelText(prediction),
        score: score === undefined || score === null ? undefined : numberOf(score, file, line, 'score'),
        probabilities: probabilities === undefined ? undefined : probabilityMap(probabilities, file, line),
        line,
    };
}
function labelText(value) {
    return typeof value === 'string' ? value : String(value);
}
function numberOf(value, file, line, what) {
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
    if (!Number.isFinite(number)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${what} ${JSON.stringify(value)} is not a finite number`, { where: { file, line } });
    }
    return number;
}
function probabilityMap(value, file, line) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL('`probabilities` must be an object of class label → probability', {
            where: { file, line },
            hint: 'write {"cat": 0.7, "dog": 0.3}, so the classes are named and not implied by order',
        });
    }
    const out = Object.create(null);
    for (const [key, p] of Object.entries(value))
        out[key] = numberOf(p, file, line, `probability of ${key}`);
    return out;
}
/** CSV with a header; probabilities as `proba_<label>` or `prob_<label>` columns. */
function fromCsv(text, file) {
    const rows = (0,_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCsv */ .W)(text, file);
    if (rows.length === 0)
        return [];
    const header = rows[0].cells.map((cell) => cell.trim());
    const probaColumns = header
        .map((name, column) => ({ match: /^probas?_(.+)$|^prob_(.+)$/.exec(name), column }))
        .filter(({ match }) => match)
        .map(({ match, column }) => ({ label: (match[1] ?? match[2]), column }));
    return rows.slice(1).map(({ cells, line }) => {
        if (cells.length !== header.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`row has ${cells.length} fields, the header has ${header.length}`, {
                where: { file, line },
            });
        }
        const record = Object.create(null);
        header.forEach((name, column) => {
            if (cells[column] !== '')
                record[name] = cells[column];
        });
        if (probaColumns.length > 0) {
            const probabilities = Object.create(null);
            for (const { label, column } of probaColumns)
                probabilities[label] = cells[column];
            record.probabilities = probabilities;
        }
        return fromRecord(record, file, line);
    });
}


/***/ }),

/***/ 21939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ regressionMetrics),
/* harmony export */   P: () => (/* binding */ r2From)
/* harmony export */ });
/* harmony import */ var _losses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32129);

/** MAE, MSE, RMSE, R² and MAPE as scikit-learn defines them (R² = 1 when y is constant and fitted exactly, else 0 there). */
function regressionMetrics(y, predicted) {
    const n = y.length;
    let abs = 0;
    let sq = 0;
    let ape = 0;
    let yMean = 0;
    for (let i = 0; i < n; i++)
        yMean += y[i];
    yMean /= n;
    let total = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - predicted[i];
        abs += Math.abs(e);
        sq += e * e;
        ape += Math.abs(e) / Math.max(Math.abs(y[i]), _losses_js__WEBPACK_IMPORTED_MODULE_0__/* .EPS */ .HV);
        total += (y[i] - yMean) ** 2;
    }
    return {
        mae: abs / n,
        mse: sq / n,
        rmse: Math.sqrt(sq / n),
        r2: r2From(sq, total),
        mape: ape / n,
    };
}
/** R² from residual and total sums of squares, with scikit-learn's force_finite rules. */
function r2From(residual, total) {
    if (total === 0)
        return residual === 0 ? 1 : 0;
    return 1 - residual / total;
}


/***/ }),

/***/ 76121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ fnv1a32),
/* harmony export */   SZ: () => (/* binding */ createRng),
/* harmony export */   cV: () => (/* binding */ RNG_ALGORITHM),
/* harmony export */   ln: () => (/* binding */ seedFor),
/* harmony export */   un: () => (/* binding */ RNG_SEEDING)
/* harmony export */ });
/* unused harmony exports seedState, nextUint32, boundedBelow */
/**
 * Seeded random numbers that are the same on every Node version and platform: xoshiro128** seeded by
 * splitmix32, 32-bit integer arithmetic only (reference/statistics-and-baselines.md §7.1).
 */
/** Names recorded in reports so a reader can reproduce a resample stream. */
const RNG_ALGORITHM = 'xoshiro128**';
const RNG_SEEDING = 'splitmix32';
/** The four 32-bit words of a xoshiro128** state, seeded from one 32-bit seed by splitmix32. */
function seedState(seed) {
    let a = seed | 0;
    const state = new Uint32Array(4);
    for (let i = 0; i < 4; i++) {
        a = (a + 0x9e3779b9) | 0;
        let t = a ^ (a >>> 16);
        t = Math.imul(t, 0x21f0aaad);
        t ^= t >>> 15;
        t = Math.imul(t, 0x735a2d97);
        state[i] = (t ^ (t >>> 15)) >>> 0;
    }
    return state;
}
/** The next uint32 of a xoshiro128** state, advancing it in place. */
function nextUint32(s) {
    const r = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/** A seeded generator. */
function createRng(seed) {
    const s = seedState(seed);
    const uint32 = () => nextUint32(s);
    return {
        uint32,
        below: (n) => boundedBelow(s, n),
        uniform: () => (uint32() * 2 ** 21 + (uint32() >>> 11)) / 2 ** 53,
    };
}
/**
 * Lemire's nearly-divisionless bounded integer: m = r·n is exact in a double while n <= 2^21, its high
 * 32 bits are the result, and the low bits decide the (rare) rejection that removes the bias.
 */
function boundedBelow(s, n) {
    if (n > 2097152)
        return boundedByModulo(s, n);
    let m = nextUint32(s) * n;
    let low = m % 4294967296;
    if (low < n) {
        const threshold = (4294967296 - n) % n;
        while (low < threshold) {
            m = nextUint32(s) * n;
            low = m % 4294967296;
        }
    }
    return Math.floor(m / 4294967296);
}
/** Rejection by modulo for n above 2^21, where r·n would no longer be exact in a double. */
function boundedByModulo(s, n) {
    const threshold = (4294967296 - n) % n;
    for (;;) {
        const r = nextUint32(s);
        if (r >= threshold)
            return r % n;
    }
}
/** FNV-1a over the UTF-16 code units of a string: derives independent per-metric seeds. */
function fnv1a32(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
/** The seed of one metric's stream: adding a metric never changes another metric's resamples. */
function seedFor(seed, name) {
    return fnv1a32(`${seed}:${name}`);
}


/***/ }),

/***/ 96467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ defaultDirection),
/* harmony export */   N: () => (/* binding */ parseRules)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91138);


const LOWER_IS_BETTER = /(loss|error|^mae$|^mse$|^rmse$|^mape$|brier|latency|_time$|duration|size|perplexity)/i;
/** Direction of a metric by its name: losses and errors go down, everything else up. */
function defaultDirection(metric) {
    return LOWER_IS_BETTER.test(metric.split('.').pop() ?? metric) ? 'lower' : 'higher';
}
const KEYS = [
    'direction',
    'floor',
    'min',
    'ceiling',
    'max',
    'margin',
    'relative-margin',
    'min-improvement',
    'relative-min-improvement',
    'informational',
];
/**
 * Parses rules from mlci.yml (`gate:`) or the `rules` input: a mapping of metric name to either an
 * object (`{ direction: higher, floor: 0.8, margin: 0.01 }`) or a compact string
 * (`higher, floor 0.8, margin 0.01`, `lower, relative-margin 5%`, `info`).
 */
function parseRules(value, where) {
    if (value === undefined || value === null || value === '')
        return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('rules must be a mapping of metric name to rule', {
            where,
            hint: 'e.g. `accuracy: higher, floor 0.8, margin 0.01` — one metric per line',
        });
    }
    return Object.entries(value).map(([metric, rule]) => parseRule(metric, rule, where));
}
function parseRule(metric, raw, where) {
    const fields = typeof raw === 'string' ? compact(metric, raw, where) : raw === null ? {} : raw;
    if (typeof fields !== 'object' || Array.isArray(fields)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\` must be a mapping or a string`, { where });
    }
    const record = fields;
    for (const key of Object.keys(record)) {
        if (!KEYS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: unknown key \`${key}\`${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(key, [...KEYS])}`, {
                where,
                hint: `allowed: ${KEYS.join(', ')}`,
            });
        }
    }
    const number = (key, options = {}) => readNumber(metric, key, record[key], where, options);
    const direction = record.direction ?? defaultDirection(metric);
    if (direction !== 'higher' && direction !== 'lower') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: direction must be higher or lower, got "${String(direction)}"`, {
            where,
        });
    }
    const rule = {
        metric,
        direction: direction,
        informational: record.informational === true || record.informational === 'true',
        floor: number('floor') ?? number('min'),
        ceiling: number('ceiling') ?? number('max'),
        margin: number('margin', { positive: true }),
        relativeMargin: number('relative-margin', { percent: true, positive: true }),
        minImprovement: number('min-improvement'),
        relativeMinImprovement: number('relative-min-improvement', { percent: true }),
    };
    const nonInferiority = rule.margin !== undefined || rule.relativeMargin !== undefined;
    const superiority = rule.minImprovement !== undefined || rule.relativeMinImprovement !== undefined;
    if (nonInferiority && superiority) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: a margin (non-inferiority) and a min-improvement (superiority) cannot both be set`, { where, hint: 'keep `margin` to allow a small regression, or `min-improvement` to require a gain' });
    }
    if (rule.margin !== undefined && rule.relativeMargin !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: set \`margin\` or \`relative-margin\`, not both`, { where });
    }
    if (rule.minImprovement !== undefined && rule.relativeMinImprovement !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: set \`min-improvement\` or \`relative-min-improvement\`, not both`, {
            where,
        });
    }
    const bare = rule.floor === undefined && rule.ceiling === undefined;
    return { ...rule, comparative: !rule.informational && (nonInferiority || superiority || bare) };
}
/** `higher, floor 0.8, margin 1%` → { direction: 'higher', floor: '0.8', margin: '1%' }. */
function compact(metric, text, where) {
    const out = {};
    for (const part of text
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [key, ...rest] = part.split(/\s+|=|:\s*/).filter(Boolean);
        if (key === 'higher' || key === 'lower')
            out.direction = key;
        else if (key === 'info' || key === 'informational')
            out.informational = true;
        else if (key && rest.length === 1)
            out[key] = rest[0];
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: cannot read "${part}"`, {
                where,
                hint: 'write comma-separated parts such as `higher, floor 0.8, margin 0.01` or `info`',
            });
        }
    }
    return out;
}
function readNumber(metric, key, value, where, options) {
    if (value === undefined)
        return undefined;
    let number;
    if (typeof value === 'number')
        number = value;
    else if (typeof value === 'string' && options.percent && value.trim().endsWith('%')) {
        number = Number(value.trim().slice(0, -1)) / 100;
    }
    else
        number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    if (!Number.isFinite(number)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: \`${key}\` must be a number, got "${String(value)}"`, {
            where,
        });
    }
    if (options.positive && number < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`rule of \`${metric}\`: \`${key}\` must be ≥ 0 (it is how much worse is allowed)`, {
            where,
        });
    }
    return number;
}


/***/ }),

/***/ 12971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ marker),
/* harmony export */   x: () => (/* binding */ hasMarker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * A hidden HTML comment by which mlci finds what it posted before: the sticky PR comment (keyed by
 * workflow, job and matrix values), an incident issue (model and finding), a recorded acceptance.
 * The key parts may be untrusted (job names, matrix values), so only their hash reaches the body,
 * and the marker is inert in markdown. Anyone can paste a marker: callers also check the author.
 */
function marker(kind, ...parts) {
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(kind))
        throw new Error(`marker kind ${JSON.stringify(kind)}`);
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20);
    return `<!-- mlci:${kind}:${key} -->`;
}
/** Whether a body carries the marker on a line of its own (not quoted, not inside other text). */
function hasMarker(body, mark) {
    if (!body)
        return false;
    return body.split(/\r\n|\r|\n/).some((line) => line.trim() === mark);
}


/***/ }),

/***/ 51472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ byCodeUnits)
/* harmony export */ });
/**
 * Orders two strings by their UTF-16 code units: the same order on every machine. `localeCompare` orders
 * by the runner's locale (an ä or an uppercase letter moves with LANG) and its first call loads ICU's
 * collation data: 11 ms on Node 24 and 24 ms on Node 20, a twentieth of validating 2 M rows of Parquet.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 73530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: MAX_DOWNLOAD_BYTES, redact

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./build/platform/github/errors.js
var errors = __webpack_require__(61381);
// EXTERNAL MODULE: ./build/platform/http/retryable.js
var retryable = __webpack_require__(18761);
;// CONCATENATED MODULE: ./build/platform/github/retry.js

const DEFAULT_RETRY = {
    backoff: [1000, 3000, 9000], // ggcr's factor-3 schedule (reliability §1.2)
    maxRetryAfter: 60_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Whether a failed request may be repeated, and after how long; undefined = do not retry. */
function retryDelay(status, headers, body, attempt, policy) {
    if (attempt >= policy.backoff.length)
        return undefined;
    const secondary = status === 403 && /secondary rate limit/i.test(body);
    // No status: the connection failed (reset, refused) before any response.
    if (status !== undefined && status !== 500 && !retryable/* RETRYABLE_STATUS */.U.has(status) && !secondary)
        return undefined;
    if (status === 500 && /not accessible/i.test(body))
        return undefined;
    const after = headers['retry-after'];
    if (after !== undefined) {
        const seconds = Number(after);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(after)) - Date.now();
        if (ms > policy.maxRetryAfter)
            return undefined;
        return Math.max(0, ms);
    }
    return policy.backoff[attempt];
}

;// CONCATENATED MODULE: ./build/platform/github/client.js



/** Largest download accepted (artifacts and release assets hold metrics and predictions, not models). */
const MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;
/** A client over @actions/github's Octokit with mlci's retry policy and error messages. */
function createGitHubClient(options) {
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, '') });
    const policy = { ...DEFAULT_RETRY, ...options.retry };
    const warn = options.warn ?? (() => { });
    async function withRetry(what, permission, call, idempotent = true) {
        for (let attempt = 0;; attempt++) {
            try {
                return await call();
            }
            catch (thrown) {
                const failure = thrown;
                const status = failure.status === 500 && !failure.response ? undefined : failure.status;
                const body = bodyText(failure);
                const wait = idempotent || isRateLimited(status, body)
                    ? retryDelay(status, failure.response?.headers ?? {}, body, attempt, policy)
                    : undefined;
                if (wait === undefined) {
                    const label = status === undefined ? 'network error' : `${status}`;
                    throw new errors/* GitHubError */.y(`GitHub ${what}: ${label}: ${firstLine(body || failure.message || '')}`, status, (0,errors/* hintFor */.J)(status, permission, body), thrown);
                }
                warn(`GitHub ${what}: ${status ?? 'network error'}, retrying in ${Math.round(wait / 100) / 10} s`);
                await policy.sleep(wait);
            }
        }
    }
    const get = async (route, params, permission) => {
        const response = await withRetry(route, permission, () => octokit.request(route, params));
        return response.data;
    };
    return {
        get,
        async paginate(route, params, key, opts = {}) {
            const items = [];
            const maxPages = opts.maxPages ?? 10;
            for (let page = 1; page <= maxPages; page++) {
                const data = await get(route, { ...params, per_page: 100, page }, opts.permission);
                const list = (Array.isArray(data) ? data : data[key]) ??
                    [];
                items.push(...list);
                if (list.length < 100)
                    break;
            }
            return items;
        },
        async write(route, params, opts = {}) {
            const idempotent = opts.idempotent ?? !/^POST\s/i.test(route);
            const response = await withRetry(route, opts.permission, () => octokit.request(route, params), idempotent);
            return response.data;
        },
        async download(route, params, opts = {}) {
            const response = await withRetry(route, opts.permission, () => octokit.request(route, {
                ...params,
                headers: opts.accept ? { accept: opts.accept } : undefined,
                // Follow the redirect ourselves: the storage URL is pre-signed and must not see the token.
                request: { redirect: 'manual', parseSuccessResponseBody: false },
            }));
            const maxBytes = opts.maxBytes ?? MAX_DOWNLOAD_BYTES;
            const location = response.headers.location;
            if (response.status >= 300 && response.status < 400 && location) {
                return withRetry(`download ${redact(location)}`, undefined, () => fetchBytes(location, maxBytes));
            }
            return readLimited(response.data, maxBytes);
        },
    };
}
async function fetchBytes(url, maxBytes) {
    let response;
    try {
        response = await fetch(url, { redirect: 'follow' });
    }
    catch (cause) {
        throw Object.assign(new Error(`cannot reach ${redact(url)}`, { cause }), { status: 500 });
    }
    if (!response.ok) {
        const text = await response.text().catch(() => '');
        throw Object.assign(new Error(text || response.statusText), {
            status: response.status,
            response: { headers: Object.fromEntries(response.headers), data: text },
        });
    }
    return readLimited(response.body, maxBytes);
}
async function readLimited(body, maxBytes) {
    if (!body)
        return new Uint8Array();
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > maxBytes)
            throw new errors/* GitHubError */.y(`download is larger than ${maxBytes} bytes`, undefined, undefined);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** 429, or GitHub's secondary rate limit (a 403 that says so): the request was refused unprocessed. */
function isRateLimited(status, body) {
    return status === 429 || (status === 403 && /rate limit/i.test(body));
}
function bodyText(failure) {
    const data = failure.response?.data;
    if (typeof data === 'string')
        return data;
    if (data && typeof data === 'object' && 'message' in data)
        return String(data.message);
    return data === undefined ? '' : JSON.stringify(data);
}
function firstLine(text) {
    return text.split('\n')[0].slice(0, 300);
}
/** A URL without its query (pre-signed storage URLs carry credentials there). */
function redact(url) {
    return url.replace(/\?.*$/, '?…');
}


/***/ }),

/***/ 61381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ hintFor),
/* harmony export */   y: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/** A GitHub REST failure after retries, with the status and a hint a user can act on. */
class GitHubError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlciError */ .sc {
    status;
    name = 'GitHubError';
    constructor(message, status, hint, cause) {
        super(message, 1, { hint, cause });
        this.status = status;
    }
}
/** The hint for a status: 401 token, 403 permissions (naming the key the caller needs), 404 missing. */
function hintFor(status, permission, body) {
    if (status === 401)
        return 'the token is invalid or expired: check the `token` input';
    if (status === 403 && /not accessible by integration/i.test(body)) {
        return permission
            ? `the workflow token lacks a permission: add \`permissions: ${permission}\` to the job`
            : 'the workflow token lacks a permission for this call';
    }
    if (status === 403 || status === 429)
        return 'rate limited by GitHub: retry later';
    if (status === 404)
        return 'not found, or the token cannot see it';
    return undefined;
}


/***/ }),

/***/ 97118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ findMarked),
/* harmony export */   _h: () => (/* binding */ actingLogin),
/* harmony export */   yn: () => (/* binding */ postOnce)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT */
/* harmony import */ var _core_report_marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12971);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61381);


/** The login GITHUB_TOKEN acts as; an installation token cannot ask GET /user. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Who mlci posts as: the `override` when the workflow names it (a GitHub App's `slug[bot]`), else the
 * token's user (a PAT), else github-actions[bot] (GITHUB_TOKEN, which GET /user refuses).
 */
async function actingLogin(client, override) {
    if (override)
        return override;
    try {
        return (await client.get('GET /user', {})).login;
    }
    catch (thrown) {
        if (thrown instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y && (thrown.status === 403 || thrown.status === 404))
            return ACTIONS_BOT;
        throw thrown;
    }
}
/**
 * Every item of a list endpoint, over ALL its pages, that carries `mark` on a line of its own and was
 * written by `author`. A marker pasted into someone else's comment or issue is ignored.
 */
async function findMarked(client, route, params, mark, author, options = {}) {
    const items = await client.paginate(route, params, options.key ?? '', {
        maxPages: options.maxPages ?? 100,
    });
    return items.filter((item) => item.user?.login === author && (0,_core_report_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .x)(item.body, mark));
}
/**
 * A creating POST that never duplicates: when its outcome is unknown (5xx, dropped connection) it
 * first looks for what it would have created (`find`) and only then tries again.
 */
async function postOnce(client, route, params, find, options = {}) {
    const attempts = options.attempts ?? 3;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return await client.write(route, params, { ...options, idempotent: false });
        }
        catch (thrown) {
            const unknown = thrown instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y && (thrown.status === undefined || thrown.status >= 500);
            if (!unknown || attempt >= attempts)
                throw thrown;
            const found = await find();
            if (found !== undefined)
                return found;
            await sleep(1000 * 3 ** (attempt - 1));
        }
    }
}


/***/ }),

/***/ 73848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ repositoryClient)
/* harmony export */ });
/* harmony import */ var _core_metrics_baseline_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4753);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73530);


/**
 * The GitHub client every command uses for GITHUB_REPOSITORY: the `token` input (unless it is the
 * unexpanded `${{ github.token }}` the CLI sees) else GITHUB_TOKEN, masked as soon as it is known; the
 * API at GITHUB_API_URL; retry warnings to the log. Undefined without an `owner/name` repository or a token.
 */
function repositoryClient(io, tokenInput) {
    const token = (0,_core_metrics_baseline_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .apiToken */ .AV)(tokenInput, io.env.GITHUB_TOKEN);
    if (token)
        io.setSecret(token);
    const repository = io.env.GITHUB_REPOSITORY;
    if (!token || !repository?.includes('/'))
        return undefined;
    const [owner, repo] = repository.split('/');
    const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .LX)({
        token,
        baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
        warn: (m) => io.log.warning(m),
    });
    return { client, repo: { owner, repo }, token };
}


/***/ })

};
