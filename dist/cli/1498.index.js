export const id = 1498;
export const ids = [1498];
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

/***/ 81498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundleName: () => (/* binding */ bundleName),
  report: () => (/* binding */ report),
  reportCommand: () => (/* binding */ reportCommand),
  stickyMarker: () => (/* binding */ stickyMarker)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/core/report/budget.js
/**
 * The size budget of a posted body. GitHub refuses comment bodies over 65,536 characters (422 "Body is
 * too long"; reference statistics-and-baselines.md §5.1), and check-run summaries over 65,535. The
 * report drops detail in this order until it fits, each step whole blocks only, so no table is cut
 * mid-row and no <details> is left open; the verdict line and the marker are kept at every level.
 */
const BUDGET_LEVELS = [
    'nothing',
    'charts',
    'long tables (informational metrics, further error samples, per-file, per-column and per-layer details)',
    'all collapsed details',
    'every section body (headlines kept)',
    'the section headlines',
];
/** Level at which only the verdict line, the trimmed note and the marker remain. */
const LAST_LEVEL = BUDGET_LEVELS.length - 1;
/** GitHub's limit for an issue or PR comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a check run's output.summary / output.text. */
const CHECK_RUN_LIMIT = 65_535;
/** The job summary's limit is 1 MiB per step; leave room for other steps' lines. */
const JOB_SUMMARY_LIMIT = 1_000_000;
/** What left out up to `level` means, for the trimmed note. */
function omittedAt(level) {
    return BUDGET_LEVELS.slice(1, level + 1);
}

// EXTERNAL MODULE: ./build/core/report/marker.js
var marker = __webpack_require__(12971);
// EXTERNAL MODULE: ./build/core/text/markdown.js
var text_markdown = __webpack_require__(5583);
;// CONCATENATED MODULE: ./build/core/report/markdown.js

/** Inline pieces as markdown: text escaped, code fenced, links only to URLs mlci built (link()). */
function inlineMarkdown(parts, max = 500) {
    if (typeof parts === 'string')
        return (0,text_markdown/* escapeMarkdown */.FV)(parts, max);
    return parts.map((part) => piece(part, max)).join('');
}
function piece(part, max) {
    if (typeof part === 'string')
        return (0,text_markdown/* escapeMarkdown */.FV)(part, max);
    if ('code' in part)
        return (0,text_markdown/* inlineCode */.ti)(part.code);
    if ('strong' in part)
        return `**${(0,text_markdown/* escapeMarkdown */.FV)(part.strong, max)}**`;
    return (0,text_markdown/* link */.nf)(part.text, part.link);
}
/** Whether a node is kept at this budget level (budget.ts). */
function kept(node, level) {
    if (node.drop !== undefined && node.drop <= level)
        return false;
    if (level >= 3 && node.type === 'details')
        return false;
    return true;
}
/** Nodes as markdown blocks separated by blank lines; every table row has the header's cell count. */
function nodesMarkdown(nodes, level) {
    return nodes
        .filter((node) => kept(node, level))
        .map((node) => nodeMarkdown(node, level))
        .filter((text) => text !== '')
        .join('\n\n');
}
function nodeMarkdown(node, level) {
    switch (node.type) {
        case 'paragraph':
            return inlineMarkdown(node.parts);
        case 'list':
            return node.items.map((item) => `- ${inlineMarkdown(item)}`).join('\n');
        case 'table': {
            if (node.rows.length === 0)
                return '';
            const width = node.head.length;
            const row = (values) => `| ${Array.from({ length: width }, (_, i) => tableCell(values[i])).join(' | ')} |`;
            const rule = `|${node.head.map((_, i) => (node.align?.[i] === 'r' ? '---:' : '---')).join('|')}|`;
            return [row(node.head), rule, ...node.rows.map(row)].join('\n');
        }
        case 'details': {
            const body = nodesMarkdown(node.body, level);
            if (!body)
                return '';
            return `<details><summary>${(0,text_markdown/* htmlText */.js)(node.summary)}</summary>\n\n${body}\n\n</details>`;
        }
        case 'chart':
            return (0,text_markdown/* codeBlock */.DV)(node.mermaid, 'mermaid');
    }
}
function tableCell(value) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        return '–';
    return typeof value === 'string' ? (0,text_markdown/* cell */.Hn)(value) : inlineMarkdown(value, 120);
}

;// CONCATENATED MODULE: ./build/core/report/plain.js
/** Terminal text has no markdown: control characters are made visible, nothing is escaped. */
function clean(text) {
    return text
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
}
/** Inline pieces as plain text; a link shows its text only. */
function inlinePlain(parts) {
    if (typeof parts === 'string')
        return clean(parts);
    return parts
        .map((part) => clean(typeof part === 'string'
        ? part
        : 'code' in part
            ? part.code
            : 'strong' in part
                ? part.strong
                : part.text))
        .join('');
}

// EXTERNAL MODULE: ./build/core/metrics/acceptance.js
var acceptance = __webpack_require__(93369);
;// CONCATENATED MODULE: ./build/core/report/format.js
/** Numbers as people read them in a report: 4 significant digits, bytes and durations in units. */
/** 4 significant digits; non-finite values as their name. */
function num(value) {
    if (value === null || value === undefined)
        return '–';
    return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}
/** A signed number (`+0.12`, `-0.3`, `0`). */
function signed(value) {
    if (value === null || value === undefined)
        return '–';
    return value > 0 ? `+${num(value)}` : num(value);
}
/** Bytes in binary units (`14 MiB`). */
function bytes(value) {
    if (value === null || value === undefined)
        return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let n = value;
    let unit = 0;
    while (n >= 1024 && unit < units.length - 1) {
        n /= 1024;
        unit++;
    }
    return `${unit === 0 ? n : Number(n.toPrecision(3))} ${units[unit]}`;
}
/** A duration (`786 ms`, `3.2 s`, `4 min 5 s`). */
function duration(ms) {
    if (ms === null || ms === undefined)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toPrecision(3))} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** The first 12 hex digits of a digest or fingerprint (`sha256:` kept when present). */
function format_short(digest) {
    if (!digest)
        return '–';
    const [algo, hex] = digest.includes(':') ? digest.split(':', 2) : ['', digest];
    return `${algo ? `${algo}:` : ''}${(hex ?? '').slice(0, 12)}`;
}
/** `n thing` / `n things`. */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}

;// CONCATENATED MODULE: ./build/core/report/charts.js


/**
 * Mermaid charts GitHub draws in comments (reference statistics-and-baselines.md §5.3): xychart-beta,
 * labels through mermaidLabel(), numbers only. Each chart is placed beside the table with its values.
 */
const finite = (value) => (Number.isFinite(value) ? num(value) : '0');
/** Distinct labels: mermaid merges equal categories, so a repeated one gets a suffix. */
function labels(names) {
    const seen = new Map();
    return names.map((name) => {
        const base = (0,text_markdown/* mermaidLabel */._b)(name);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base} ${n}`;
    });
}
const axis = (names) => `[${labels(names)
    .map((l) => `"${l}"`)
    .join(', ')}]`;
const series = (values) => `[${values.map(finite).join(', ')}]`;
/** Bars of Δ per metric, with the interval's lower and upper ends as two lines. */
function deltaChart(rows) {
    const all = rows.flatMap((r) => [r.delta, r.lower ?? r.delta, r.upper ?? r.delta]).filter(Number.isFinite);
    const lo = Math.min(0, ...all);
    const hi = Math.max(0, ...all);
    const pad = (hi - lo) * 0.1 || 0.01;
    const lines = [
        'xychart-beta',
        '  title "Delta candidate - baseline with interval"',
        `  x-axis ${axis(rows.map((r) => r.name))}`,
        `  y-axis "delta" ${finite(lo - pad)} --> ${finite(hi + pad)}`,
        `  bar ${series(rows.map((r) => r.delta))}`,
    ];
    if (rows.some((r) => r.lower !== undefined)) {
        lines.push(`  line ${series(rows.map((r) => r.lower ?? r.delta))}`);
        lines.push(`  line ${series(rows.map((r) => r.upper ?? r.delta))}`);
    }
    return lines.join('\n');
}
/** Bars of one drift score per column, with the threshold as a line when known. */
function driftChart(rows, scoreName, threshold) {
    const values = rows.map((r) => r.score).filter(Number.isFinite);
    const hi = Math.max(threshold ?? 0, ...values, 0.01) * 1.1;
    const lines = [
        'xychart-beta',
        `  title "Drift per column - ${(0,text_markdown/* mermaidLabel */._b)(scoreName)}"`,
        `  x-axis ${axis(rows.map((r) => r.column))}`,
        `  y-axis "${(0,text_markdown/* mermaidLabel */._b)(scoreName)}" 0 --> ${finite(hi)}`,
        `  bar ${series(rows.map((r) => r.score))}`,
    ];
    if (threshold !== undefined)
        lines.push(`  line ${series(rows.map(() => threshold))}`);
    return lines.join('\n');
}
/** One line per metric over releases, oldest first. */
function historyChart(releases, metric, values) {
    const known = values.filter(Number.isFinite);
    const lo = Math.min(...known);
    const hi = Math.max(...known);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 0.01;
    return [
        'xychart-beta',
        `  title "${(0,text_markdown/* mermaidLabel */._b)(metric, 40)} over releases"`,
        `  x-axis ${axis(releases)}`,
        `  y-axis "${(0,text_markdown/* mermaidLabel */._b)(metric)}" ${finite(lo - pad)} --> ${finite(hi + pad)}`,
        `  line ${series(values)}`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/core/report/document.js
/**
 * The report as a small tree of plain values, before any markdown: sections build it from the JSON
 * reports with raw (untrusted) strings, and two renderers turn it into markdown (escaping every string
 * at the one choke point, src/core/text/markdown.ts) or aligned plain text for a terminal.
 */
/** Table cells from values: null/undefined become an en dash. */
function cells(...values) {
    return values.map((value) => value === null || value === undefined ? '–' : typeof value === 'number' ? String(value) : value);
}

;// CONCATENATED MODULE: ./build/core/report/sections/comparison.js




/** Rows of a metrics table at most; the JSON report keeps them all. */
const MAX_METRIC_ROWS = 100;
/** Bars in the delta chart at most (the gated metrics, first). */
const MAX_CHART_BARS = 12;
const ICON = {
    pass: '✅ pass',
    fail: '❌ fail',
    inconclusive: '⚠️ inconclusive',
    info: 'ℹ️ info',
};
/** Δ, and for a gated metric whether that is better or worse by its rule's direction: `+0.13 (better)`. */
function deltaText(m) {
    if (m.delta === null)
        return '–';
    if (m.delta === 0)
        return '0';
    // An informational metric without a rule has no known direction: no better/worse claimed for it.
    if (m.role !== 'gated')
        return signed(m.delta);
    const better = m.direction === 'higher' ? m.delta > 0 : m.delta < 0;
    return `${signed(m.delta)} (${better ? 'better' : 'worse'})`;
}
function verdictCell(m, accepted) {
    if (m.verdict === 'fail' && accepted)
        return `☑️ accepted by @${accepted.by}: ${accepted.reason}`;
    return ICON[m.verdict];
}
function metricRow(m, accepted) {
    const interval = m.interval ? `[${signed(m.interval.lower)}, ${signed(m.interval.upper)}]` : '–';
    const p = m.pValue === null
        ? '–'
        : m.pAdjusted !== null && m.pAdjusted !== m.pValue
            ? `${num(m.pValue)} (adj. ${num(m.pAdjusted)})`
            : num(m.pValue);
    return cells([{ code: m.name }], num(m.baseline), num(m.candidate), deltaText(m), interval, p, verdictCell(m, accepted));
}
const HEAD = ['metric', 'baseline', 'candidate', 'Δ', 'interval', 'p', 'verdict'];
const ALIGN = ['l', 'r', 'r', 'r', 'l', 'r', 'l'];
/** The comparison report: verdict (acceptances honoured), metrics table and chart, confusion matrix. */
function comparisonSection(file, report, ctx) {
    const metrics = report.metrics ?? [];
    const acceptedOf = (m) => m.verdict === 'fail' && m.role === 'gated' && ctx.headSha
        ? (0,acceptance/* acceptanceFor */.tW)(ctx.acceptances, ctx.headSha, m.name)
        : undefined;
    const gated = metrics.filter((m) => m.role === 'gated');
    const info = metrics.filter((m) => m.role !== 'gated');
    const failed = gated.filter((m) => m.verdict === 'fail');
    const unaccepted = failed.filter((m) => !acceptedOf(m));
    const inconclusive = gated.filter((m) => m.verdict === 'inconclusive');
    // Reasons not tied to a metric (a test-set mismatch, no baseline with on-no-baseline fail) cannot be accepted.
    const otherReasons = (report.reasons ?? []).filter((r) => !metrics.some((m) => r.startsWith(`${m.name}: `)));
    const verdict = report.verdict === 'fail' && (unaccepted.length > 0 || otherReasons.length > 0 || failed.length === 0)
        ? 'fail'
        : inconclusive.length > 0
            ? 'inconclusive'
            : 'pass';
    const headline = [];
    if (verdict === 'fail') {
        headline.push(unaccepted.length
            ? `${plural(unaccepted.length, 'gated metric')} failed: ${unaccepted.map((m) => m.name).join(', ')}`
            : (otherReasons[0] ?? 'the gate failed'));
    }
    else {
        headline.push(`${gated.length - failed.length - inconclusive.length} of ${plural(gated.length, 'gated metric')} passed`);
        if (failed.length)
            headline.push(`; ${failed.length} failed and accepted for this commit`);
        if (inconclusive.length)
            headline.push(`; inconclusive: ${inconclusive.map((m) => m.name).join(', ')}`);
    }
    const source = report.baseline?.source ?? 'none';
    headline.push(`; baseline: ${source === 'none' ? 'none found' : source}`);
    const body = [];
    const reasons = [...(report.reasons ?? [])].filter((r) => !failed.some((m) => acceptedOf(m) && r.startsWith(`${m.name}: `)));
    if (reasons.length)
        body.push({ type: 'list', items: reasons.slice(0, 20).map((r) => [r]) });
    const shownGated = gated.slice(0, MAX_METRIC_ROWS);
    body.push({
        type: 'table',
        head: HEAD,
        align: ALIGN,
        rows: shownGated.map((m) => metricRow(m, acceptedOf(m))),
    });
    const accepted = failed.map((m) => [m, acceptedOf(m)]).filter(([, a]) => a);
    if (accepted.length) {
        body.push({
            type: 'list',
            items: accepted.map(([m, a]) => [
                { code: m.name },
                ` accepted by @${a.by} (${a.permission}) at ${a.at}: ${a.reason}`,
            ]),
        });
    }
    const chartRows = gated
        .filter((m) => m.delta !== null && Number.isFinite(m.delta))
        .slice(0, MAX_CHART_BARS)
        .map((m) => ({ name: m.name, delta: m.delta, lower: m.interval?.lower, upper: m.interval?.upper }));
    if (ctx.charts && chartRows.length) {
        body.push({
            type: 'details',
            summary: 'Chart: Δ per gated metric with its interval',
            drop: 1,
            body: [{ type: 'chart', kind: 'metric-deltas', mermaid: deltaChart(chartRows), drop: 1 }],
        });
    }
    if (info.length) {
        const shown = info.slice(0, Math.max(0, MAX_METRIC_ROWS - shownGated.length));
        const more = info.length - shown.length;
        body.push({
            type: 'details',
            summary: `Informational metrics (${info.length})`,
            drop: 2,
            body: [
                { type: 'table', head: HEAD, align: ALIGN, rows: shown.map((m) => metricRow(m, undefined)) },
                ...(more > 0 ? [{ type: 'paragraph', parts: [`${more} more in ${file}.`] }] : []),
            ],
        });
    }
    if (report.confusion && report.confusion.labels.length <= 30)
        body.push(confusionDetails(report.confusion));
    body.push({
        type: 'details',
        summary: 'How this was decided',
        body: [
            {
                type: 'list',
                items: [
                    [
                        `Mode ${report.gate?.mode ?? '–'} (${report.gate?.correction === 'holm' ? 'Holm correction' : 'no correction'}), α = ${report.gate?.alpha ?? '–'}.`,
                    ],
                    [
                        `Baseline: ${source}${Object.entries(report.baseline?.detail ?? {})
                            .map(([k, v]) => `, ${k} ${v}`)
                            .join('')}.`,
                    ],
                    [
                        `Test set: ${report.testSet?.match ?? '–'}${report.testSet?.n ? `, n = ${report.testSet.n}` : ''}; paired: ${report.pairing?.paired ? `yes (${report.pairing.examples} examples)` : `no (${report.pairing?.why ?? '–'})`}.`,
                    ],
                    [
                        `Intervals: ${report.statistics?.interval ?? '–'}; ${report.statistics?.resamples ?? '–'} resamples; seed ${report.statistics?.rng?.seed ?? '–'}.`,
                    ],
                    ...(report.warnings ?? []).map((w) => [`⚠️ ${w}`]),
                ],
            },
        ],
    });
    return { kind: report.kind, file, title: 'Model metrics', verdict, headline, body };
}
/** The confusion matrix as a table: rows are the true class, columns the prediction (candidate, Δ vs baseline). */
function confusionDetails(confusion) {
    const { labels, candidate, baseline } = confusion;
    const rows = labels.map((label, i) => cells([{ code: label }], ...labels.map((_, j) => {
        const c = candidate[i]?.[j] ?? 0;
        const b = baseline?.[i]?.[j];
        return b === undefined || b === c ? String(c) : `${c} (${signed(c - b)})`;
    })));
    return {
        type: 'details',
        summary: `Confusion matrix (${labels.length} classes)`,
        drop: 2,
        body: [
            {
                type: 'paragraph',
                parts: ['Rows: true class; columns: predicted. In brackets: change against the baseline.'],
            },
            {
                type: 'table',
                head: ['true ↓ predicted →', ...labels],
                align: ['l', ...labels.map(() => 'r')],
                rows,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/core/report/sections/generic.js

const TITLES = {
    'mlci/release-record': 'Release',
    'mlci/monitor-report': 'Monitoring',
};
/** The verdict a report states of itself: `verdict`, `valid`, or `status` (passed / failed / …). */
function statedVerdict(value) {
    const v = value.verdict ?? value.status;
    if (v === 'pass' || v === 'passed' || v === 'ok' || value.valid === true)
        return 'pass';
    if (v === 'fail' || v === 'failed' || v === 'error' || value.valid === false)
        return 'fail';
    if (v === 'inconclusive')
        return 'inconclusive';
    return 'info';
}
/**
 * A report kind without a dedicated section yet (release records, monitor reports): its stated
 * verdict and its top-level scalar fields, so nothing the user passed is silently left out.
 */
function genericSection(report) {
    const scalars = Object.entries(report.value).filter(([key, v]) => !['kind', 'version', 'tool'].includes(key) &&
        (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'));
    return {
        kind: report.kind,
        file: report.file,
        title: TITLES[report.kind] ?? report.kind,
        verdict: statedVerdict(report.value),
        headline: [`${report.kind} version ${report.version}`],
        body: scalars.length
            ? [
                {
                    type: 'details',
                    summary: 'Fields',
                    drop: 2,
                    body: [
                        {
                            type: 'table',
                            head: ['field', 'value'],
                            rows: scalars.slice(0, 50).map(([k, v]) => cells([{ code: k }], String(v))),
                        },
                    ],
                },
            ]
            : [],
    };
}

;// CONCATENATED MODULE: ./build/core/report/sections/image.js


/** A model image: its reference by digest, size, layers reused vs pushed. */
function imageSection(file, report) {
    const layers = report.layers ?? [];
    const size = layers.reduce((sum, l) => sum + (l.size ?? 0), 0);
    const pushed = layers.filter((l) => l.action === 'uploaded');
    const reused = layers.filter((l) => l.action === 'skipped' || l.action === 'mounted');
    const reference = report.reference ?? (report.image ? `${report.image}@${report.digest}` : report.digest);
    const headline = [{ code: reference }, `; ${bytes(size)} in ${plural(layers.length, 'layer')}`];
    if (report.pushed)
        headline.push(`; pushed ${pushed.length}, reused ${reused.length}`);
    else
        headline.push('; not pushed');
    if (report.promotedFrom)
        headline.push(`; promoted from ${report.promotedFrom.reference}`);
    const model = report.lineage?.model;
    return {
        kind: report.kind,
        file,
        title: 'Model image',
        verdict: 'info',
        headline,
        body: [
            ...(report.tags?.length
                ? [
                    {
                        type: 'paragraph',
                        parts: ['Tags: ', ...report.tags.slice(0, 20).flatMap((t, i) => [i ? ', ' : '', { code: t }])],
                    },
                ]
                : []),
            {
                type: 'details',
                summary: `Layers (${layers.length})`,
                drop: 2,
                body: [
                    {
                        type: 'table',
                        head: ['layer', 'origin', 'digest', 'size', 'push'],
                        align: ['l', 'l', 'l', 'r', 'l'],
                        rows: layers
                            .slice(0, 100)
                            .map((l) => cells([{ code: l.name }], l.origin, [{ code: format_short(l.digest) }], bytes(l.size), l.action ?? '–')),
                    },
                    ...(model
                        ? [
                            {
                                type: 'list',
                                items: Object.entries(model)
                                    .filter(([, v]) => typeof v === 'string')
                                    .map(([k, v]) => [`${k}: `, { code: String(v) }]),
                            },
                        ]
                        : []),
                ],
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/core/report/sections/profile.js


/** Columns listed at most. */
const MAX_PROFILE_COLUMNS = 100;
/** A data profile: rows and one line per column (nulls, distinct, range or most frequent values). */
function profileSection(file, profile) {
    const columns = profile.columns ?? [];
    const rows = columns.slice(0, MAX_PROFILE_COLUMNS).map((c) => {
        const summary = c.numeric
            ? `min ${num(c.numeric.min)}, mean ${num(c.numeric.mean)}, max ${num(c.numeric.max)}`
            : c.categorical
                ? c.categorical.values
                    .slice(0, 3)
                    .map((v) => `${v.value} (${v.count})`)
                    .join(', ')
                : '–';
        return cells([{ code: c.name }], c.type, String(c.nulls), `≈${num(c.distinct?.estimate)}`, summary);
    });
    return {
        kind: profile.kind,
        file,
        title: 'Data profile',
        verdict: 'info',
        headline: [
            `${plural(profile.rows, 'row')}, ${plural(columns.length, 'column')}${profile.parts > 1 ? `, merged from ${profile.parts} parts` : ''}`,
        ],
        body: [
            {
                type: 'details',
                summary: `Columns (${columns.length})`,
                drop: 2,
                body: [
                    {
                        type: 'table',
                        head: ['column', 'type', 'nulls', 'distinct', 'summary'],
                        align: ['l', 'l', 'r', 'r', 'l'],
                        rows,
                    },
                ],
            },
        ],
    };
}

// EXTERNAL MODULE: ./build/core/text/order.js
var order = __webpack_require__(51472);
;// CONCATENATED MODULE: ./build/core/report/sections/history.js




/** Releases shown at most (the last ones), and metrics charted at most. */
const MAX_RELEASES = 10;
const MAX_HISTORY_METRICS = 3;
/** A release record read defensively (kind mlci/release-record: tag, releasedAt, flat metrics). */
function readRelease(value) {
    const metrics = new Map();
    const raw = value.metrics;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        for (const [k, v] of Object.entries(raw))
            if (typeof v === 'number' && Number.isFinite(v))
                metrics.set(k, v);
    }
    const evaluation = value.evaluation;
    return {
        tag: typeof value.tag === 'string' ? value.tag : '?',
        at: typeof value.releasedAt === 'string' ? value.releasedAt : '',
        metrics,
        verdict: typeof evaluation?.verdict === 'string' ? evaluation.verdict : '–',
    };
}
/** The production history from release records: a table of the last releases' metrics, and a chart per metric. */
function historySection(records, ctx) {
    const releases = records
        .map((r) => readRelease(r.value))
        .sort((a, b) => (0,order/* byCodeUnits */.C)(a.at, b.at))
        .slice(-MAX_RELEASES);
    const names = [...new Set(releases.flatMap((r) => [...r.metrics.keys()]))];
    const shared = names.filter((n) => releases.every((r) => r.metrics.has(n)));
    const columns = (shared.length ? shared : names).slice(0, 8);
    const latest = releases[releases.length - 1];
    const body = [
        {
            type: 'table',
            head: ['release', 'released at', 'evaluation', ...columns],
            align: ['l', 'l', 'l', ...columns.map(() => 'r')],
            rows: releases.map((r) => cells([{ code: r.tag }], r.at || '–', r.verdict, ...columns.map((c) => num(r.metrics.get(c))))),
        },
    ];
    if (ctx.charts && releases.length >= 2) {
        const charted = shared.slice(0, MAX_HISTORY_METRICS);
        if (charted.length) {
            body.push({
                type: 'details',
                summary: `Chart: ${charted.join(', ')} over the last ${releases.length} releases`,
                drop: 1,
                body: charted.map((m) => ({
                    type: 'chart',
                    kind: 'history',
                    drop: 1,
                    mermaid: historyChart(releases.map((r) => r.tag), m, releases.map((r) => r.metrics.get(m))),
                })),
            });
        }
    }
    return {
        kind: 'mlci/release-record',
        file: records.length === 1 ? records[0].file : `${records[0].file} (+${records.length - 1})`,
        title: 'Production history',
        verdict: 'info',
        headline: [`${plural(releases.length, 'release')}${latest ? `; in production: ${latest.tag}` : ''}`],
        body,
    };
}

;// CONCATENATED MODULE: ./build/core/report/sections/run-record.js


/** A training run: stages ran / cached / failed, fingerprints, time and peak memory. */
function runRecordSection(file, record) {
    const stages = record.stages ?? [];
    const count = (status) => stages.filter((s) => s.status === status).length;
    const peaks = stages
        .map((s) => s.resources?.peakRssBytes)
        .filter((n) => typeof n === 'number');
    const parts = [`${count('ran')} ran`, `${count('cached')} cached`];
    if (count('failed'))
        parts.push(`${count('failed')} failed`);
    if (count('skipped'))
        parts.push(`${count('skipped')} skipped`);
    if (count('frozen'))
        parts.push(`${count('frozen')} frozen`);
    const headline = `${plural(stages.length, 'stage')}: ${parts.join(', ')}; ${duration(record.durationMs)}${peaks.length ? `, peak memory ${bytes(Math.max(...peaks))}` : ''}`;
    const icon = {
        ran: '▶️ ran',
        cached: '♻️ cached',
        failed: '❌ failed',
        skipped: '⏭️ skipped',
        frozen: '🧊 frozen',
    };
    const rows = stages
        .slice(0, 100)
        .map((s) => cells([{ code: s.stage }], icon[s.status] ?? s.status, s.fingerprint ? [{ code: format_short(s.fingerprint) }] : '–', s.cache
        ? `${s.cache.hit ? `hit (${s.cache.source ?? '?'})` : 'miss'}${s.cache.save ? `, ${s.cache.save}` : ''}`
        : '–', duration(s.durationMs), bytes(s.resources?.peakRssBytes), s.verify ? String(s.verify.status ?? 'checked') : '–'));
    const failed = stages.filter((s) => s.status === 'failed' && s.error);
    return {
        kind: record.kind,
        file,
        title: 'Training',
        verdict: record.status === 'failed' ? 'fail' : 'pass',
        headline: [headline],
        body: [
            ...(failed.length
                ? [{ type: 'list', items: failed.map((s) => [{ code: s.stage }, `: ${s.error}`]) }]
                : []),
            {
                type: 'table',
                head: ['stage', 'status', 'fingerprint', 'cache', 'time', 'peak memory', 'reproducible'],
                align: ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
                rows,
            },
            {
                type: 'details',
                summary: 'Run',
                drop: 2,
                body: [
                    {
                        type: 'list',
                        items: [
                            ['Commit ', { code: record.git?.commit ?? '–' }, ` on ${record.git?.ref ?? '–'}`],
                            [
                                `Trigger: ${record.trigger?.event ?? '–'} by ${record.trigger?.actor ?? '–'}, run ${record.trigger?.runId ?? '–'}`,
                            ],
                            [`${record.startedAt} → ${record.endedAt}`],
                        ],
                    },
                ],
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/core/report/context.js
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
/**
 * The URL of `path` at the head commit, line `line`, or undefined when it cannot be a file of this
 * repository (no repository or SHA known, an absolute path, `..`, a server URL that is not https).
 */
function fileUrl(ctx, path, line) {
    const repo = ctx.repository;
    if (!repo || !ctx.headSha || !/^[0-9a-f]{40}$/.test(ctx.headSha))
        return undefined;
    if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(repo.serverUrl.replace(/\/+$/, '')))
        return undefined;
    if (!NAME.test(repo.owner) || !NAME.test(repo.repo))
        return undefined;
    const parts = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
    if (path.startsWith('/') ||
        /^[A-Za-z]:/.test(path) ||
        parts.some((p) => p === '..' || p === '' || p === '.'))
        return undefined;
    const encoded = parts.map((p) => encodeURIComponent(p).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    const anchor = line !== undefined && Number.isSafeInteger(line) && line > 0 ? `#L${line}` : '';
    return `${repo.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/${ctx.headSha}/${encoded.join('/')}${anchor}`;
}

;// CONCATENATED MODULE: ./build/core/report/sections/validation.js




/** Errors shown in the first table; the next ones only while the budget allows (drop level 2). */
const FIRST_ERRORS = 10;
const MORE_ERRORS = 90;
/** Columns in the drift chart at most. */
const MAX_DRIFT_BARS = 20;
/** `file:line` linked to the file at the head commit when the repository is known. */
function whereCell(e, ctx) {
    if (!e.file)
        return e.resource ?? '–';
    const line = e.line ?? e.row;
    const text = line !== undefined ? `${e.file}:${line}` : e.file;
    const url = fileUrl(ctx, e.file, line);
    return url ? [{ link: url, text }] : [{ code: text }];
}
function errorRows(errors, ctx) {
    return errors.map((e) => cells(whereCell(e, ctx), e.type, e.field ?? '–', e.value === undefined ? '–' : [{ code: e.value }], e.message));
}
const ERROR_HEAD = ['where', 'type', 'field', 'value', 'message'];
/** The validation report: error counts by type, the first errors linked to their line, drift, schema changes. */
function validationSection(file, report, ctx) {
    const stats = report.stats ?? { rows: 0, bytes: 0, files: 0, durationMs: 0 };
    const files = report.files ?? [];
    const scope = `${plural(stats.rows, 'row')} in ${plural(files.length, 'file')} (${bytes(stats.bytes)})`;
    const headline = report.valid
        ? [`${scope} valid`]
        : [`${plural(report.errorCount, 'error')} in ${scope}`];
    if (report.warningCount)
        headline.push(`; ${plural(report.warningCount, 'tolerated error')}`);
    if (report.drift)
        headline.push(report.drift.drifted
            ? `; drift in ${plural(report.drift.columns.filter((c) => c.drifted).length, 'column')}`
            : '; no drift');
    if (report.schemaDiff?.changed)
        headline.push('; schema changed');
    const body = [];
    const counts = Object.entries(report.errorCounts ?? {}).sort(([, a], [, b]) => b - a);
    if (counts.length) {
        body.push({
            type: 'table',
            head: ['error type', 'count'],
            align: ['l', 'r'],
            rows: counts.map(([type, n]) => cells(type, String(n))),
        });
    }
    const errors = report.errors ?? [];
    if (errors.length) {
        body.push({
            type: 'details',
            summary: `First ${Math.min(errors.length, FIRST_ERRORS)} of ${plural(report.errorCount, 'error')}`,
            body: [{ type: 'table', head: ERROR_HEAD, rows: errorRows(errors.slice(0, FIRST_ERRORS), ctx) }],
        });
    }
    if (errors.length > FIRST_ERRORS) {
        const more = errors.slice(FIRST_ERRORS, FIRST_ERRORS + MORE_ERRORS);
        body.push({
            type: 'details',
            summary: `${more.length} more error samples`,
            drop: 2,
            body: [
                { type: 'table', head: ERROR_HEAD, rows: errorRows(more, ctx) },
                ...(errors.length > FIRST_ERRORS + MORE_ERRORS || report.truncated
                    ? [{ type: 'paragraph', parts: [`The rest are counted above; samples are in ${file}.`] }]
                    : []),
            ],
        });
    }
    const failedChecks = (report.checks ?? []).filter((c) => !c.passed);
    if (failedChecks.length) {
        body.push({
            type: 'list',
            items: failedChecks.map((c) => [
                { strong: c.check },
                `${c.field ? ` (${c.field})` : ''}: ${c.message}`,
            ]),
        });
    }
    if (report.drift)
        body.push(...driftNodes(report.drift, ctx));
    if (report.schemaDiff && (report.schemaDiff.changed || report.schemaDiff.status !== 'compared')) {
        const diff = report.schemaDiff;
        body.push({
            type: 'details',
            summary: `Schema ${diff.changed ? 'changed' : diff.status} against ${diff.base}`,
            body: [
                {
                    type: 'paragraph',
                    parts: [{ code: diff.file }, `: ${diff.status}${diff.message ? ` — ${diff.message}` : ''}`],
                },
                ...(diff.changes.length
                    ? [{ type: 'list', items: diff.changes.slice(0, 50).map((c) => [c]) }]
                    : []),
            ],
        });
    }
    if (files.length) {
        body.push({
            type: 'details',
            summary: `Files (${files.length})`,
            drop: 2,
            body: [
                {
                    type: 'table',
                    head: ['file', 'format', 'rows', 'size'],
                    align: ['l', 'l', 'r', 'r'],
                    rows: files
                        .slice(0, 100)
                        .map((f) => cells([{ code: f.path }], f.format, String(f.rows), bytes(f.bytes))),
                },
            ],
        });
    }
    return {
        kind: report.kind,
        file,
        title: 'Data validation',
        verdict: report.valid ? 'pass' : 'fail',
        headline,
        body,
    };
}
/** Drift per column: drifted columns first, a table with every score and a chart of Jensen–Shannon distance. */
function driftNodes(drift, ctx) {
    const columns = [...drift.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted));
    const scores = [...new Set(columns.flatMap((c) => Object.keys(c.metrics)))];
    const rows = columns
        .slice(0, 100)
        .map((c) => cells([{ code: c.column }], c.drifted ? '❌ drifted' : '✅ stable', ...scores.map((s) => num(c.metrics[s] ?? null))));
    const nodes = [];
    const table = {
        type: 'table',
        head: ['column', 'drift', ...scores],
        align: ['l', 'l', ...scores.map(() => 'r')],
        rows,
    };
    const drifted = columns.filter((c) => c.drifted);
    if (drifted.length)
        nodes.push({
            type: 'list',
            items: drifted.slice(0, 20).flatMap((c) => c.reasons.slice(0, 3).map((r) => [r])),
        });
    const charted = columns.filter((c) => Number.isFinite(c.metrics.jensenShannon)).slice(0, MAX_DRIFT_BARS);
    nodes.push({
        type: 'details',
        summary: `Drift against ${drift.reference} (${columns.length} columns)`,
        body: [
            table,
            ...(ctx.charts && charted.length
                ? [
                    {
                        type: 'chart',
                        kind: 'drift',
                        drop: 1,
                        mermaid: driftChart(charted.map((c) => ({ column: c.column, score: c.metrics.jensenShannon })), 'Jensen-Shannon'),
                    },
                ]
                : []),
        ],
    });
    return nodes;
}

;// CONCATENATED MODULE: ./build/core/report/render.js











const render_ICON = { pass: '✅', fail: '❌', inconclusive: '⚠️', info: 'ℹ️' };
/** The markdown of reports, as a pure function (the sticky comment, `/mlci compare` replies, monitor issues). */
function renderReport(reports, options = {}) {
    return renderDocument(reports, options).markdown;
}
/** Sections of the reports, in the order given (release records together as one history section). */
function buildSections(reports, options = {}) {
    const ctx = {
        acceptances: options.acceptances ?? [],
        headSha: options.headSha,
        repository: options.repository,
        charts: options.charts ?? true,
    };
    const releases = reports.filter((r) => r.kind === 'mlci/release-record');
    const sections = [];
    for (const r of reports) {
        const v = r.value;
        switch (r.kind) {
            case 'mlci/validation-report':
                sections.push(validationSection(r.file, v, ctx));
                break;
            case 'mlci/data-profile':
                sections.push(profileSection(r.file, v));
                break;
            case 'mlci/run-record':
                sections.push(runRecordSection(r.file, v));
                break;
            case 'mlci/comparison-report':
                sections.push(comparisonSection(r.file, v, ctx));
                break;
            case 'mlci/image-report':
                sections.push(imageSection(r.file, v));
                break;
            case 'mlci/release-record':
                if (r === releases[0])
                    sections.push(historySection(releases, ctx));
                break;
            default:
                sections.push(genericSection(r));
        }
    }
    return sections;
}
/** Overall verdict: fail if a section failed, else inconclusive if one is, else pass; and why, in one line. */
function overall(sections) {
    const of = (v) => sections.filter((s) => s.verdict === v);
    const line = (list) => list.map((s) => `${s.title}: ${inlinePlain(s.headline)}`).join('; ');
    if (of('fail').length)
        return { verdict: 'fail', why: line(of('fail')) };
    if (of('inconclusive').length)
        return { verdict: 'inconclusive', why: line(of('inconclusive')) };
    if (sections.length === 0)
        return { verdict: 'pass', why: 'no reports given' };
    const gated = of('pass');
    return {
        verdict: 'pass',
        why: gated.length ? line(gated) : 'nothing gates (informational reports only)',
    };
}
/** The markdown document at the first budget level that fits (budget.ts). */
function renderDocument(reports, options = {}) {
    const sections = buildSections(reports, options);
    const { verdict, why } = overall(sections);
    const budget = options.budget ?? COMMENT_LIMIT;
    const title = options.title ?? 'mlci';
    const first = `## ${render_ICON[verdict]} ${(0,text_markdown/* escapeMarkdown */.FV)(title, 80)}: ${verdict} — ${(0,text_markdown/* escapeMarkdown */.FV)(why, 400)}`;
    let markdown = '';
    let level = Math.max(0, Math.min(options.level ?? 0, LAST_LEVEL));
    for (; level <= LAST_LEVEL; level++) {
        markdown = assemble(first, sections, level, options);
        if (markdown.length <= budget)
            break;
    }
    level = Math.min(level, LAST_LEVEL);
    return { markdown, verdict, why, sections, level, omitted: omittedAt(level) };
}
function assemble(first, sections, level, options) {
    const blocks = [first];
    if (options.note)
        blocks.push(`> ⚠️ ${(0,text_markdown/* escapeMarkdown */.FV)(options.note, 500)}`);
    if (level < LAST_LEVEL) {
        for (const s of sections) {
            blocks.push(`### ${render_ICON[s.verdict]} ${(0,text_markdown/* escapeMarkdown */.FV)(s.title, 80)} · ${inlineMarkdown([{ code: s.file }])}`);
            blocks.push(inlineMarkdown(s.headline));
            if (level < LAST_LEVEL - 1) {
                const body = nodesMarkdown(s.body, level);
                if (body)
                    blocks.push(body);
            }
        }
    }
    if (level > 0) {
        const where = options.fullReportAt ?? 'the JSON reports';
        blocks.push(`> ✂️ Trimmed to fit ${options.budget ?? COMMENT_LIMIT} characters: left out ${omittedAt(level).join('; ')}. The full report is in ${(0,text_markdown/* escapeMarkdown */.FV)(where, 200)}.`);
    }
    if (options.marker)
        blocks.push(options.marker);
    return `${blocks.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./build/platform/github/acceptances.js
var github_acceptances = __webpack_require__(47868);
// EXTERNAL MODULE: ./build/platform/github/client.js + 1 modules
var client = __webpack_require__(73530);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/actions/report/context.js

/** The event that started the run (GITHUB_EVENT_PATH), or {} when there is none or it cannot be read. */
async function readEvent(io) {
    const path = io.env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The target of this run from the runner's environment, the event and the override inputs. */
function targetOf(io, inputs, event) {
    const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    const pr = event.pull_request;
    const headRepo = pr?.head?.repo?.full_name;
    return {
        owner,
        repo,
        pull: inputs['pull-request'] ?? pr?.number,
        headSha: inputs['head-sha'] ?? pr?.head?.sha ?? io.env.GITHUB_SHA,
        // A deleted fork has `repo: null`; it is a fork all the same.
        fork: pr !== undefined && (headRepo ?? '').toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
        eventName: io.env.GITHUB_EVENT_NAME,
        serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
    };
}
/** The mode `auto` stands for: artifact for a fork PR, workflow-run on a workflow_run event, else post. */
function resolveMode(mode, target) {
    if (mode !== 'auto')
        return mode;
    if (target?.eventName === 'workflow_run')
        return 'workflow-run';
    if (target?.fork)
        return 'artifact';
    return 'post';
}

// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/report-envelope.js
var report_envelope = __webpack_require__(22691);
;// CONCATENATED MODULE: ./build/core/report/load.js


/** The newest version of each report kind this mlci reads; a newer one is refused, not guessed at. */
const READABLE_VERSIONS = {
    'mlci/validation-report': 1,
    'mlci/data-profile': 1,
    'mlci/run-record': 1,
    'mlci/comparison-report': 1,
    'mlci/image-report': 1,
    'mlci/release-record': 1,
    'mlci/monitor-report': 1,
};
/** Largest report file read: 10⁵ per-class metrics of a comparison take ≈ 60 MB. */
const MAX_REPORT_BYTES = 128 * 1024 * 1024;
const HINT = 'give JSON reports written by mlci (validate-data, train, compare-metrics, build-image, release, monitor)';
/** A report from its file's text, or a usage error (exit 2) naming the file and why. */
function parseReport(text, file) {
    if (text.length > MAX_REPORT_BYTES) {
        throw new errors/* UsageError */.eb(`${file} is larger than ${MAX_REPORT_BYTES} bytes; not an mlci report`, {
            where: { file },
            hint: HINT,
        });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (cause) {
        throw new errors/* UsageError */.eb(`${file} is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, {
            where: { file },
            hint: HINT,
            cause,
        });
    }
    const header = (0,report_envelope/* readHeader */.a)(value);
    if (typeof header === 'string') {
        throw new errors/* UsageError */.eb(`${file} is not an mlci report: ${header}`, { where: { file }, hint: HINT });
    }
    const newest = READABLE_VERSIONS[header.kind];
    if (header.version > newest || header.version < 1) {
        throw new errors/* UsageError */.eb(`${file} is ${header.kind} version ${header.version}; this mlci reads up to version ${newest}`, { where: { file }, hint: 'render it with the mlci release that wrote it, or upgrade mlci' });
    }
    return { file, kind: header.kind, version: header.version, value: value };
}

// EXTERNAL MODULE: ./build/platform/data/files.js
var data_files = __webpack_require__(85796);
;// CONCATENATED MODULE: ./build/actions/report/files.js





/** The reports the `reports` input names (paths and globs), parsed, in the order given. */
async function loadReports(patterns, cwd) {
    const files = (0,data_files/* resolveDataFiles */.A)(patterns, cwd);
    if (files.length === 0) {
        throw new errors/* UsageError */.eb(`no report matches ${patterns.join(', ')}`, {
            hint: 'give the JSON reports the other mlci steps wrote',
        });
    }
    const reports = [];
    for (const file of files) {
        // A report outside the workspace is named by its absolute path rather than a `../../` chain.
        const name = file.path.startsWith('../') ? file.absolute.split(external_node_path_.sep).join('/') : file.path;
        reports.push(parseReport(await (0,promises_.readFile)(file.absolute, 'utf8'), name));
    }
    return { reports, paths: files.map((f) => f.absolute) };
}
/** An output path that is also one of the inputs is a usage error (DESIGN.md "files"). */
function checkOut(out, cwd, inputs) {
    const path = (0,external_node_path_.resolve)(cwd, out);
    if (inputs.includes(path))
        throw new errors/* UsageError */.eb(`--out ${out} is also one of the reports read`, {
            hint: 'write the markdown elsewhere',
        });
    return path;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/core/report/bundle.js


const BUNDLE_LIMITS = {
    files: 50,
    fileBytes: 16 * 1024 * 1024,
    totalBytes: 64 * 1024 * 1024,
};
const REPORT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.json$/;
const reject = (why) => {
    throw new errors/* DataError */.fL(`report artifact rejected: ${why}`, {
        hint: 'the artifact comes from an untrusted run; nothing was posted',
    });
};
/**
 * The bundle's meta and reports, or a DataError when anything is off: an entry other than meta.json,
 * report.md and reports/<name>.json, too many or too large files, a meta of another shape, a head SHA
 * other than the run's, a PR number the run does not name (when it names any).
 */
function readBundle(files, run) {
    if (files.size > BUNDLE_LIMITS.files + 2)
        reject(`${files.size} entries, at most ${BUNDLE_LIMITS.files} reports`);
    let total = 0;
    for (const [path, bytes] of files) {
        total += bytes.length;
        if (bytes.length > BUNDLE_LIMITS.fileBytes)
            reject(`${JSON.stringify(path)} is larger than ${BUNDLE_LIMITS.fileBytes} bytes`);
        const allowed = path === 'meta.json' ||
            path === 'report.md' ||
            (path.startsWith('reports/') && REPORT_NAME.test(path.slice(8)));
        if (!allowed)
            reject(`unexpected entry ${JSON.stringify(path.slice(0, 200))}`);
    }
    if (total > BUNDLE_LIMITS.totalBytes)
        reject(`${total} bytes in all, at most ${BUNDLE_LIMITS.totalBytes}`);
    const metaBytes = files.get('meta.json');
    if (!metaBytes)
        return reject('no meta.json');
    let meta;
    try {
        meta = JSON.parse(Buffer.from(metaBytes).toString('utf8'));
    }
    catch {
        return reject('meta.json is not JSON');
    }
    if (meta === null || typeof meta !== 'object' || meta.kind !== 'mlci/report-bundle' || meta.version !== 1) {
        reject('meta.json is not an mlci/report-bundle version 1');
    }
    const { pullRequest, headSha, job, key, reports } = meta;
    if (!Number.isSafeInteger(pullRequest) || pullRequest < 1)
        reject('meta.json has no PR number');
    if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha))
        reject('meta.json has no head SHA');
    if (typeof job !== 'string' || job.length > 200 || typeof key !== 'string' || key.length > 2000)
        reject('meta.json job/key');
    if (!Array.isArray(reports) || reports.length === 0 || reports.length > BUNDLE_LIMITS.files)
        reject('meta.json lists no reports');
    if (headSha !== run.headSha)
        reject(`head SHA ${headSha} is not the triggering run's ${run.headSha}`);
    if (run.pullRequests.length && !run.pullRequests.includes(pullRequest)) {
        reject(`PR #${pullRequest} is not the triggering run's (${run.pullRequests.map((n) => `#${n}`).join(', ')})`);
    }
    const loaded = reports.map((name) => {
        if (typeof name !== 'string' || !REPORT_NAME.test(name))
            return reject(`report name ${JSON.stringify(String(name).slice(0, 200))}`);
        const bytes = files.get(`reports/${name}`);
        if (!bytes)
            return reject(`reports/${name} is listed but missing`);
        try {
            return parseReport(Buffer.from(bytes).toString('utf8'), name);
        }
        catch (thrown) {
            return reject(thrown instanceof Error ? thrown.message : String(thrown));
        }
    });
    return { meta: meta, reports: loaded };
}

;// CONCATENATED MODULE: ./build/platform/github/artifact-upload.js
/**
 * Uploads files as a workflow artifact with the real @actions/artifact (twirp results service; needs
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which every job has, fork PRs included). Imported
 * lazily: the library reads the runner's environment when it loads.
 */
async function uploadArtifact(name, files, root, retentionDays = 5) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(1371), __webpack_require__.e(7935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
    return new DefaultArtifactClient().uploadArtifact(name, [...files], root, { retentionDays });
}

// EXTERNAL MODULE: ./build/platform/github/errors.js
var github_errors = __webpack_require__(61381);
// EXTERNAL MODULE: ./build/platform/github/zip.js
var github_zip = __webpack_require__(49071);
;// CONCATENATED MODULE: ./build/actions/report/fork.js








/** Largest report artifact downloaded by the workflow_run stage. */
const MAX_BUNDLE_DOWNLOAD = 64 * 1024 * 1024;
/**
 * Stage 1 of a fork PR (read-only token, no secrets): the rendered markdown and its source reports
 * as an artifact, for the privileged workflow_run stage to check and post.
 */
async function uploadBundle(io, name, sources, markdown, meta) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(io.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'mlci-report-'));
    try {
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'reports'));
        const names = sources.map((path, i) => `${String(i + 1).padStart(2, '0')}-${(0,external_node_path_.basename)(path)
            .replace(/[^A-Za-z0-9._-]/g, '_')
            .slice(0, 80)}`);
        const files = [(0,external_node_path_.join)(dir, 'meta.json'), (0,external_node_path_.join)(dir, 'report.md')];
        for (const [i, path] of sources.entries()) {
            const target = (0,external_node_path_.join)(dir, 'reports', names[i].endsWith('.json') ? names[i] : `${names[i]}.json`);
            await (0,promises_.copyFile)(path, target);
            files.push(target);
        }
        const full = {
            kind: 'mlci/report-bundle',
            version: 1,
            ...meta,
            reports: files.slice(2).map((f) => (0,external_node_path_.basename)(f)),
        };
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'meta.json'), `${JSON.stringify(full, null, 2)}\n`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'report.md'), markdown);
        await uploadArtifact(name, files, dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Report artifacts of one run handled at most (one per job of a matrix). */
const MAX_BUNDLES = 20;
/**
 * Stage 2 (on: workflow_run, write token): the triggering run's report artifacts (`<name>-<job key>`,
 * one per job), each downloaded and checked (readBundle: entries, sizes, schema, head SHA), and the PR
 * it names checked against GitHub (open, head at the run's commit). Empty when the run left none.
 */
async function fetchBundles(io, client, target, event, name) {
    const run = event.workflow_run;
    if (!run?.id || !run.head_sha) {
        throw new errors/* MlciError */.sc('mode workflow-run needs a workflow_run event (its run id and head SHA)', 2, {
            hint: 'run this step in a workflow triggered by `on: workflow_run`',
        });
    }
    const repo = { owner: target.owner, repo: target.repo };
    const artifacts = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...repo, run_id: run.id }, 'artifacts', { maxPages: 10, permission: 'actions: read' });
    const ours = newestAttempts(artifacts.filter((a) => !a.expired && (a.name === name || a.name.startsWith(`${name}-`))));
    if (ours.length === 0) {
        io.log.notice(`run ${run.id} left no \`${name}\` artifact: nothing to post`);
        return [];
    }
    if (ours.length > MAX_BUNDLES) {
        throw new errors/* MlciError */.sc(`run ${run.id} left ${ours.length} \`${name}\` artifacts, at most ${MAX_BUNDLES} are posted`, 1);
    }
    const bundles = [];
    for (const artifact of ours)
        bundles.push(await fetchOne(client, repo, run, artifact));
    return bundles;
}
/** Of `<base>-<job key>-<attempt>` artifacts, the newest attempt of each job key. */
function newestAttempts(artifacts) {
    const newest = new Map();
    for (const artifact of artifacts) {
        const match = /^(.*)-(\d{1,6})$/.exec(artifact.name);
        const [key, attempt] = match ? [match[1], Number(match[2])] : [artifact.name, 0];
        const seen = newest.get(key);
        if (!seen || attempt > seen.attempt)
            newest.set(key, { artifact, attempt });
    }
    return [...newest.values()].map((v) => v.artifact);
}
async function fetchOne(client, repo, run, artifact) {
    const zip = await client.download('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...repo, artifact_id: artifact.id, archive_format: 'zip' }, { permission: 'actions: read', maxBytes: MAX_BUNDLE_DOWNLOAD });
    const pullRequests = (run.pull_requests ?? [])
        .map((p) => p.number)
        .filter((n) => Number.isSafeInteger(n));
    const { meta, reports } = readBundle((0,github_zip/* readZip */.u)(zip), { id: run.id, headSha: run.head_sha, pullRequests });
    // A fork's run names no PR: the artifact's number is only believed when GitHub says that PR's head is this commit.
    let pull;
    try {
        pull = await client.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: meta.pullRequest }, 'pull-requests: read');
    }
    catch (thrown) {
        if (thrown instanceof github_errors/* GitHubError */.y && thrown.status === 404) {
            throw new errors/* MlciError */.sc(`report artifact rejected: PR #${meta.pullRequest} does not exist`, 1);
        }
        throw thrown;
    }
    if (pull.head.sha !== run.head_sha || pull.state !== 'open') {
        throw new errors/* MlciError */.sc(`report artifact rejected: PR #${meta.pullRequest} is ${pull.state} with head ${pull.head.sha.slice(0, 12)}, the run built ${run.head_sha.slice(0, 12)}`, 1, { hint: 'a newer push supersedes this run; its own run will report' });
    }
    return { meta, reports, runId: run.id };
}

// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
;// CONCATENATED MODULE: ./build/actions/report/inputs.js


function oneOf(read, name, allowed, fallback) {
    const value = (0,inputs/* readString */.E3)(read, name, fallback);
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb(`input \`${name}\` must be one of ${allowed.join(', ')}, got "${value}"`);
}
/** The only place report reads its inputs. */
function getReportInputs(read) {
    const reports = (0,inputs/* readList */.LD)(read, 'reports');
    const sha = (0,inputs/* readString */.E3)(read, 'head-sha');
    if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha)) {
        throw new errors/* UsageError */.eb(`input \`head-sha\` must be a 40-hex commit SHA, got "${sha}"`);
    }
    const pull = (0,inputs/* readString */.E3)(read, 'pull-request');
    return {
        reports: reports.length ? reports : ['.mlci/*.json'],
        out: (0,inputs/* readString */.E3)(read, 'out'),
        format: oneOf(read, 'format', ['auto', 'plain', 'markdown'], 'auto'),
        comment: (0,inputs/* readBoolean */.Vf)(read, 'comment', true),
        'check-run': (0,inputs/* readBoolean */.Vf)(read, 'check-run', true),
        'check-name': (0,inputs/* readString */.E3)(read, 'check-name', 'mlci report'),
        review: (0,inputs/* readBoolean */.Vf)(read, 'review', true),
        charts: (0,inputs/* readBoolean */.Vf)(read, 'charts', true),
        key: (0,inputs/* readString */.E3)(read, 'key', ''),
        mode: oneOf(read, 'mode', ['auto', 'post', 'artifact', 'workflow-run'], 'auto'),
        'artifact-name': (0,inputs/* readString */.E3)(read, 'artifact-name', 'mlci-report'),
        'fail-on-verdict': (0,inputs/* readBoolean */.Vf)(read, 'fail-on-verdict', false),
        'pull-request': pull === undefined ? undefined : (0,inputs/* readNumber */.kz)(read, 'pull-request', 0, { min: 1, integer: true }),
        'head-sha': sha,
        'acting-login': (0,inputs/* readString */.E3)(read, 'acting-login'),
        token: (0,inputs/* readString */.E3)(read, 'token'),
    };
}

;// CONCATENATED MODULE: ./build/core/report/review-plan.js


/** Inline comments in one review at most; the rest are summarised in its body. */
const MAX_INLINE_COMMENTS = 50;
/** Row errors of validation reports with a file and line, paths made relative to the repository root. */
function rowErrors(errors, toRepoPath) {
    const out = [];
    for (const error of errors) {
        const line = error.line ?? error.row;
        if (!error.file || line === undefined)
            continue;
        const path = toRepoPath(error.file);
        if (path)
            out.push({ path, line, error });
    }
    return out;
}
/**
 * Which row errors become inline comments: only lines in the PR's diff (`changed`: path → commentable
 * new lines; GitHub refuses others with 422), one comment per line listing its errors, at most
 * MAX_INLINE_COMMENTS; every other error is counted per file in the body.
 */
function planReview(errors, changed, mark) {
    const byLine = new Map();
    const rest = new Map();
    for (const e of errors) {
        const key = `${e.path}\u0000${e.line}`;
        if (changed.get(e.path)?.has(e.line) && (byLine.has(key) || byLine.size < MAX_INLINE_COMMENTS)) {
            byLine.set(key, [...(byLine.get(key) ?? []), e]);
        }
        else
            rest.set(e.path, (rest.get(e.path) ?? 0) + 1);
    }
    const comments = [...byLine.values()].map((list) => ({
        path: list[0].path,
        line: list[0].line,
        side: 'RIGHT',
        body: list
            .slice(0, 10)
            .map(({ error }) => `**${(0,text_markdown/* escapeMarkdown */.FV)(error.type)}**${error.field ? ` in ${(0,text_markdown/* inlineCode */.ti)(error.field)}` : ''}: ${(0,text_markdown/* escapeMarkdown */.FV)(error.message, 300)}`)
            .join('\n\n'),
    }));
    const inline = [...byLine.values()].reduce((n, list) => n + list.length, 0);
    const summarised = [...rest.values()].reduce((n, c) => n + c, 0);
    const lines = [
        `### mlci data validation: ${plural(inline + summarised, 'row error')} in this pull request's data`,
        '',
    ];
    lines.push(`${plural(inline, 'error')} on changed lines ${inline === 1 ? 'is' : 'are'} commented inline.`);
    if (summarised) {
        lines.push('', `${plural(summarised, 'other error')} (outside the diff, or past ${MAX_INLINE_COMMENTS} comments), by file:`, '');
        for (const [path, n] of [...rest].slice(0, 50))
            lines.push(`- ${(0,text_markdown/* inlineCode */.ti)(path)}: ${n}`);
    }
    lines.push('', mark);
    return { comments, body: lines.join('\n'), inline, summarised };
}

// EXTERNAL MODULE: ./build/platform/github/marked.js
var marked = __webpack_require__(97118);
;// CONCATENATED MODULE: ./build/platform/github/check-run.js

/** GitHub takes at most 50 annotations per create or update request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
const PERMISSION = 'checks: write';
/**
 * A completed check run on the head commit whose conclusion is the gate verdict. It is created (with
 * a look before a re-POST), annotations 50 per request: the first batch with the create, the rest in
 * updates. When our run of this name and external_id (workflow run and attempt) already exists on the
 * commit, it is updated instead, without adding its annotations a second time.
 */
async function publishCheckRun(client, input, options = {}) {
    const repo = { owner: input.owner, repo: input.repo };
    const find = async () => (await client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: input.headSha, check_name: input.name, filter: 'all' }, 'check_runs', { maxPages: 10, permission: 'checks: read' })).find((run) => run.name === input.name && run.head_sha === input.headSha && run.external_id === input.externalId);
    const batches = [];
    for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (annotations) => ({
        title: input.title,
        summary: input.summary,
        ...(annotations?.length ? { annotations } : {}),
    });
    const fields = {
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        external_id: input.externalId,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    };
    const existing = await find();
    let run;
    if (existing) {
        run = await client.write('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: existing.id, ...fields, output: output(undefined) }, { permission: PERMISSION, idempotent: true });
        // Its annotations were added when it was created: adding them again would show each twice.
        return { id: run.id, url: run.html_url ?? undefined, action: 'updated', requests: 1 };
    }
    else {
        run = await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/check-runs', { ...repo, name: input.name, head_sha: input.headSha, ...fields, output: output(batches[0]) }, find, { permission: PERMISSION, sleep: options.sleep });
    }
    // Later batches append: a PATCH adds its annotations to the run's (GitHub docs, "Update a check run").
    // Not idempotent on a lost reply (a repeat would add the batch twice), so not retried on 5xx.
    for (const batch of batches.slice(1)) {
        await client.write('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: run.id, output: output(batch) }, { permission: PERMISSION, idempotent: false });
    }
    return {
        id: run.id,
        url: run.html_url ?? undefined,
        action: 'created',
        requests: 1 + Math.max(0, batches.length - 1),
    };
}

;// CONCATENATED MODULE: ./build/core/report/diff-lines.js
/**
 * Lines of the new file a review comment may be placed on: the right side of every hunk of a unified
 * diff patch (added and context lines), as GET /pulls/{n}/files gives it. GitHub refuses (422) a
 * review comment on a line outside the diff, so the review places only these inline.
 *
 *   @@ -10,3 +10,4 @@        → new lines 10..13
 *    a      (context, 10)
 *   -b      (removed: no new line)
 *   +c      (added, 11)
 *   +d      (added, 12)
 *    e      (context, 13)
 */
function commentableLines(patch) {
    const lines = new Set();
    if (!patch)
        return lines;
    let next;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === undefined || line.startsWith('\\'))
            continue;
        if (line.startsWith('-'))
            continue;
        if (line.startsWith('+') || line.startsWith(' ')) {
            lines.add(next);
            next++;
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./build/platform/github/review.js




/**
 * A review (event COMMENT) with inline comments on the changed lines of data files whose rows failed
 * validation. One per head commit: a rerun finds ours (author and marker) on that commit and posts
 * nothing. Returns undefined when no error is on a changed line.
 */
async function reviewRowErrors(client, target, errors, mark, author, options = {}) {
    if (errors.length === 0)
        return undefined;
    const repo = { owner: target.owner, repo: target.repo };
    const params = { ...repo, pull_number: target.pull };
    const find = async () => (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', params, '', {
        maxPages: 30,
    })).find((r) => r.user?.login === author && r.commit_id === target.headSha && (0,marker/* hasMarker */.x)(r.body, mark));
    const files = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', params, '', {
        maxPages: 30,
        permission: 'pull-requests: read',
    });
    const changed = new Map(files.map((f) => [f.filename, commentableLines(f.patch)]));
    const plan = planReview(errors, changed, mark);
    // Nothing on a changed line: the sticky comment already lists the errors; a review would only repeat it.
    if (plan.inline === 0)
        return undefined;
    if (await find())
        return { ...plan, action: 'exists' };
    await options.beforePost?.();
    await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...params, commit_id: target.headSha, event: 'COMMENT', body: plan.body, comments: plan.comments }, find, { permission: 'pull-requests: write', sleep: options.sleep });
    return { ...plan, action: 'created' };
}

;// CONCATENATED MODULE: ./build/platform/github/sticky.js

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const sticky_PERMISSION = 'pull-requests: write';
/**
 * The sticky comment: ours (author `author`, `mark` on a line of its own) found over every page,
 * updated in place; created when there is none, with a look before any re-POST (postOnce). Two jobs
 * with the same marker racing each other can both create: afterwards the oldest is kept, given this
 * body, and the others (ours only) are deleted. Someone else's comment quoting the marker is never
 * touched.
 */
async function upsertSticky(client, target, mark, author, body, options = {}) {
    const params = { owner: target.owner, repo: target.repo, issue_number: target.issue };
    const find = () => (0,marked/* findMarked */.Em)(client, LIST, params, mark, author);
    const existing = await find();
    let action;
    let kept;
    if (existing.length === 0) {
        kept = await (0,marked/* postOnce */.yn)(client, CREATE, { ...params, body }, async () => (await find())[0], {
            permission: sticky_PERMISSION,
            sleep: options.sleep,
        });
        action = 'created';
        // A concurrent job may have created one too between our look and our POST.
        const after = await find();
        if (after.length > 1)
            return settle(client, target, after, body, 'created');
    }
    else {
        return settle(client, target, existing, body, 'updated');
    }
    return { action, id: kept.id, url: kept.html_url, deleted: [] };
}
/** Keeps the oldest of our marked comments with `body`, deletes the other ones. */
async function settle(client, target, ours, body, fallback) {
    const [oldest, ...duplicates] = [...ours].sort((a, b) => a.id - b.id);
    let action = fallback;
    if (oldest.body !== body) {
        await client.write(UPDATE, { owner: target.owner, repo: target.repo, comment_id: oldest.id, body }, { permission: sticky_PERMISSION, idempotent: true });
        if (fallback === 'updated')
            action = 'updated';
    }
    else if (fallback === 'updated')
        action = 'unchanged';
    const deleted = [];
    for (const duplicate of duplicates) {
        try {
            await client.write(DELETE, { owner: target.owner, repo: target.repo, comment_id: duplicate.id }, { permission: sticky_PERMISSION, idempotent: true });
        }
        catch (thrown) {
            // Already deleted by the other job settling the same race.
            if (thrown.status !== 404)
                throw thrown;
        }
        deleted.push(duplicate.id);
    }
    return { action, id: oldest.id, url: oldest.html_url, deleted };
}

;// CONCATENATED MODULE: ./build/actions/report/publish.js










/**
 * Spacing of content-creating writes (reliability GH-07, GitHub's secondary rate limits): at least 3 s
 * between two that notify people (the comment, the review).
 */
const NOTIFYING_GAP_MS = 3000;
/** Row-error annotations on the check run at most (GitHub keeps 1000 per run; more help nobody). */
const MAX_ANNOTATIONS = 200;
/**
 * Posts what the inputs ask for: the sticky comment, the check run, the review. Each is tried on
 * its own; a failure is a warning with its reason, never a failed job (DESIGN.md "Nothing is lost"),
 * since the job summary already holds the report.
 */
async function publish(io, client, input) {
    const { inputs, target } = input;
    const posted = [];
    const sleep = input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = input.now ?? Date.now;
    let notified;
    const pace = async () => {
        const wait = notified === undefined ? 0 : notified + NOTIFYING_GAP_MS - now();
        if (wait > 0)
            await sleep(wait);
    };
    const author = await attempt(io, 'find the identity mlci posts as', () => (0,marked/* actingLogin */._h)(client, inputs['acting-login']));
    let commentUrl;
    let checkRunId;
    if (inputs.comment && target.pull !== undefined && author) {
        const done = await attempt(io, 'post the PR comment', () => stickyWithShrink(io, client, input, author));
        notified = now();
        if (done) {
            posted.push('comment');
            commentUrl = done.url;
            io.log.info(`PR comment ${done.action} (${done.id})${done.deleted.length ? `; ${done.deleted.length} duplicate(s) removed` : ''}`);
        }
    }
    if (inputs['check-run'] && target.headSha) {
        const doc = renderDocument(input.reports, { ...input.render, budget: CHECK_RUN_LIMIT });
        const done = await attempt(io, 'create the check run', () => publishCheckRun(client, {
            owner: target.owner,
            repo: target.repo,
            name: inputs['check-name'],
            headSha: target.headSha,
            externalId: input.externalId,
            conclusion: doc.verdict === 'pass' ? 'success' : doc.verdict === 'fail' ? 'failure' : 'neutral',
            title: plainTitle(`${doc.verdict}: ${doc.why}`),
            summary: doc.markdown,
            annotations: annotations(io, input.reports),
        }, { sleep: input.sleep }));
        if (done) {
            posted.push('check-run');
            checkRunId = done.id;
            io.log.info(`check run ${done.action} (${done.id}, ${done.requests} request(s))`);
        }
    }
    if (inputs.review && target.pull !== undefined && target.headSha && author) {
        const errors = reviewErrors(io, input.reports);
        if (errors.length) {
            const done = await attempt(io, 'post the review', () => reviewRowErrors(client, { owner: target.owner, repo: target.repo, pull: target.pull, headSha: target.headSha }, errors, input.mark, author, { sleep: input.sleep, beforePost: pace }));
            if (done) {
                posted.push('review');
                io.log.info(`review ${done.action}: ${done.inline} error(s) inline, ${done.summarised} summarised`);
            }
        }
    }
    return { posted, commentUrl, checkRunId };
}
/** The sticky comment; a 422 (body too long by GitHub's count) re-renders with headlines only, once. */
async function stickyWithShrink(io, client, input, author) {
    const target = { owner: input.target.owner, repo: input.target.repo, issue: input.target.pull };
    const body = renderDocument(input.reports, {
        ...input.render,
        marker: input.mark,
        budget: COMMENT_LIMIT,
    }).markdown;
    try {
        return await upsertSticky(client, target, input.mark, author, body, { sleep: input.sleep });
    }
    catch (thrown) {
        if (!(thrown instanceof github_errors/* GitHubError */.y && thrown.status === 422))
            throw thrown;
        io.log.warning(`GitHub refused the comment (${thrown.message}); posting the short form`);
        const short = renderDocument(input.reports, {
            ...input.render,
            marker: input.mark,
            budget: COMMENT_LIMIT / 2,
            level: LAST_LEVEL - 1,
        }).markdown;
        return upsertSticky(client, target, input.mark, author, short, { sleep: input.sleep });
    }
}
/** Runs one posting step; a failure becomes a warning naming the step and the reason. */
async function attempt(io, what, work) {
    try {
        return await work();
    }
    catch (thrown) {
        io.log.warning(`could not ${what}: ${(0,errors/* messageOf */.bD)(thrown)}; the report is in the job summary`);
        return undefined;
    }
}
/** A check run title: plain text, one line, at most 200 characters. */
function plainTitle(text) {
    const line = text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ');
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
/** A report's file as a path in the repository (the workspace is its root), or undefined outside it. */
function repoPath(io, file) {
    const rel = (0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(io.cwd, file) : file.replace(/^\.\//, '');
    const posix = rel.split(external_node_path_.sep).join('/');
    if (posix === '' || posix.startsWith('../') || posix === '..' || (0,external_node_path_.isAbsolute)(posix))
        return undefined;
    return posix;
}
function validationErrors(reports) {
    return reports
        .filter((r) => r.kind === 'mlci/validation-report')
        .flatMap((r) => r.value.errors ?? []);
}
function reviewErrors(io, reports) {
    return rowErrors(validationErrors(reports), (file) => repoPath(io, file));
}
/** Failure annotations on the data lines whose rows failed validation (plain text: GitHub shows it raw). */
function annotations(io, reports) {
    return reviewErrors(io, reports)
        .slice(0, MAX_ANNOTATIONS)
        .map(({ path, line, error }) => ({
        path,
        start_line: line,
        end_line: line,
        annotation_level: 'failure',
        title: plainTitle(`${error.type}${error.field ? ` in ${error.field}` : ''}`),
        message: error.message.slice(0, 4000),
    }));
}

;// CONCATENATED MODULE: ./build/actions/report/report.js













const FORK_NOTE = "Rendered from a fork PR's artifact: the numbers were computed by the PR's own code and are not verified by a trusted job.";
/**
 * `mlci report`: render the JSON reports into one document; write it (`--out`), print it (CLI) or put
 * it in the job summary; then, on a runner, post it: sticky comment, check run, review — or, for a
 * fork PR, an artifact for the privileged workflow_run stage, which posts it (mode workflow-run).
 */
const report = reportCommand();
/** The report command with its collaborators (STYLE §5). */
function reportCommand(deps = {}) {
    return (io) => run(io, deps);
}
async function run(io, deps) {
    const inputs = getReportInputs(io.inputs);
    const onRunner = io.env.GITHUB_ACTIONS === 'true';
    const event = onRunner ? await readEvent(io) : {};
    const target = onRunner ? targetOf(io, inputs, event) : undefined;
    const mode = resolveMode(inputs.mode, target);
    if (mode === 'workflow-run')
        return workflowRunStage(io, inputs, target, event, deps);
    const { reports, paths } = await loadReports(inputs.reports, io.cwd);
    const out = inputs.out ? checkOut(inputs.out, io.cwd, paths) : undefined;
    const client = target && inputs.token ? client_(io, inputs, target, deps) : undefined;
    const render = await renderOptions(io, inputs, target, client);
    const doc = renderDocument(reports, { ...render, budget: COMMENT_LIMIT });
    if (out) {
        await (0,atomic_write/* writeFileAtomic */.Zf)(out, doc.markdown);
        io.output('markdown', inputs.out);
    }
    io.output('verdict', doc.verdict);
    if (onRunner)
        await io.summary(renderDocument(reports, { ...render, budget: JOB_SUMMARY_LIMIT }).markdown);
    else if (!out)
        await printReport(io, inputs, reports, render);
    const posted = onRunner ? ['summary'] : [];
    if (mode === 'artifact' && target) {
        try {
            const name = bundleName(inputs['artifact-name'], io.env.GITHUB_JOB ?? '', inputs.key, io.env.GITHUB_RUN_ATTEMPT);
            await uploadBundle(io, name, paths, doc.markdown, {
                pullRequest: target.pull ?? 0,
                headSha: target.headSha ?? '',
                job: io.env.GITHUB_JOB ?? '',
                key: inputs.key,
            });
            posted.push('artifact');
            io.log.notice(`fork pull request: the token is read-only, so the report was uploaded as the \`${name}\` artifact for the workflow_run stage to post (docs/report.md)`);
        }
        catch (thrown) {
            io.log.warning(`could not upload the report artifact: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
        }
    }
    else if (mode === 'post' && target && client) {
        const mark = stickyMarker(io.env.GITHUB_WORKFLOW ?? '', io.env.GITHUB_JOB ?? '', inputs.key);
        const result = await publish(io, client, {
            reports,
            render,
            target,
            inputs,
            mark,
            externalId: externalId(mark, io.env.GITHUB_RUN_ID, io.env.GITHUB_RUN_ATTEMPT),
            sleep: deps.retry?.sleep,
            now: deps.now,
        });
        posted.push(...result.posted);
        if (result.commentUrl)
            io.output('comment-url', result.commentUrl);
        if (result.checkRunId !== undefined)
            io.output('check-run-id', String(result.checkRunId));
    }
    io.output('posted', posted.join(','));
    finish(inputs, doc.verdict, doc.why);
}
/** The privileged second stage of a fork PR: fetch and check the artifact, re-render from its reports, post. */
async function workflowRunStage(io, inputs, target, event, deps) {
    if (!target || !inputs.token) {
        throw new errors/* DataError */.fL('mode workflow-run needs GITHUB_REPOSITORY and a token', {
            hint: 'run it as a workflow step',
        });
    }
    const client = client_(io, inputs, target, deps);
    const bundles = await fetchBundles(io, client, target, event, inputs['artifact-name']);
    const posted = new Set();
    let verdict;
    let why = '';
    for (const bundle of bundles) {
        const pr = { ...target, pull: bundle.meta.pullRequest, headSha: bundle.meta.headSha, fork: true };
        const render = { ...(await renderOptions(io, inputs, pr, client)), note: FORK_NOTE };
        const doc = renderDocument(bundle.reports, { ...render, budget: JOB_SUMMARY_LIMIT });
        await io.summary(doc.markdown);
        posted.add('summary');
        if (verdict === undefined || doc.verdict === 'fail')
            [verdict, why] = [doc.verdict, doc.why];
        // The workflow of the sticky key is the one that ran stage 1, named by GitHub, not by the artifact.
        const workflow = event.workflow_run?.name ?? '';
        const mark = stickyMarker(workflow, bundle.meta.job, bundle.meta.key);
        const result = await publish(io, client, {
            reports: bundle.reports,
            render,
            target: pr,
            inputs,
            mark,
            externalId: externalId(mark, String(bundle.runId), io.env.GITHUB_RUN_ATTEMPT),
            sleep: deps.retry?.sleep,
            now: deps.now,
        });
        for (const what of result.posted)
            posted.add(what);
        if (result.commentUrl)
            io.output('comment-url', result.commentUrl);
        if (result.checkRunId !== undefined)
            io.output('check-run-id', String(result.checkRunId));
    }
    io.output('posted', [...posted].join(','));
    if (verdict !== undefined) {
        io.output('verdict', verdict);
        finish(inputs, verdict, why);
    }
}
/**
 * The artifact of one job's bundle, `<base>-<hash of job and key>-<attempt>`: artifact names are unique
 * within a run, a matrix has many jobs, and a re-run job is a new attempt of the same run.
 */
function bundleName(base, job, key, attempt = '1') {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([job, key]))
        .digest('hex')
        .slice(0, 12);
    return `${base}-${hash}-${/^\d{1,6}$/.test(attempt) ? attempt : '1'}`;
}
function client_(io, inputs, target, deps) {
    io.setSecret(inputs.token);
    return (0,client/* createGitHubClient */.LX)({
        token: inputs.token,
        baseUrl: target.apiUrl,
        retry: deps.retry,
        warn: (m) => io.log.warning(m),
    });
}
/** Render options of this run: links at the head commit, and the acceptances recorded on it. */
async function renderOptions(io, inputs, target, client) {
    const base = {
        charts: inputs.charts,
        headSha: target?.headSha,
        repository: target ? { serverUrl: target.serverUrl, owner: target.owner, repo: target.repo } : undefined,
        fullReportAt: io.env.GITHUB_ACTIONS === 'true' ? 'the job summary of this run' : 'the JSON reports',
    };
    if (!client || !target?.headSha)
        return base;
    try {
        const acceptances = await (0,github_acceptances/* readAcceptances */.$o)(client, { owner: target.owner, repo: target.repo }, target.headSha);
        for (const a of acceptances)
            io.log.info(`acceptance by ${a.by} for ${a.metrics.join(', ')} at ${a.sha.slice(0, 12)}`);
        return { ...base, acceptances };
    }
    catch (thrown) {
        io.log.warning(`could not read acceptances: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
        return base;
    }
}
/** The sticky comment's marker: one per workflow, job and matrix values, hashed (inert in markdown). */
function stickyMarker(workflow, job, key) {
    return (0,marker/* marker */.Q)('report', workflow, job, key);
}
/** The check run's external_id: the marker's hash plus the workflow run and attempt. */
function externalId(mark, runId, attempt) {
    return `${mark.replace(/^<!-- mlci:report:|\s*-->$/g, '')}:${runId ?? '0'}:${attempt ?? '1'}`;
}
/**
 * The CLI prints the document through the IO's one terminal renderer (platform/terminal): rendered in a
 * terminal for `auto` (markdown when piped), always rendered for `plain`, never for `markdown`.
 */
async function printReport(io, inputs, reports, render) {
    const doc = renderDocument(reports, { ...render, budget: JOB_SUMMARY_LIMIT });
    await io.summary(doc.markdown, inputs.format === 'plain' ? 'text' : inputs.format);
}
/** Exit 1 on a failed verdict only when asked: the gate's own step fails the job. */
function finish(inputs, verdict, why) {
    if (inputs['fail-on-verdict'] && verdict === 'fail') {
        throw new errors/* DataError */.fL(`the report's verdict is fail: ${why}`, {
            hint: 'see the PR comment or the job summary',
        });
    }
}


/***/ }),

/***/ 93369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ ACCEPTANCE_CHECK),
/* harmony export */   TO: () => (/* binding */ parseAcceptance),
/* harmony export */   tW: () => (/* binding */ acceptanceFor)
/* harmony export */ });
/** Name of the check run an acceptance is stored in, on the commit it accepts. */
const ACCEPTANCE_CHECK = 'mlci/acceptance';
const SHA = /^[0-9a-f]{40}$/;
/**
 * An acceptance read back from its store, or undefined when the stored text is not one (wrong kind,
 * version, a field missing or of another type). Never throws: stored text is untrusted input.
 */
function parseAcceptance(text) {
    if (!text || text.length > 65_536)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!value || typeof value !== 'object')
        return undefined;
    const a = value;
    const strings = ['sha', 'reason', 'by', 'permission', 'commentUrl', 'at'];
    if (a.kind !== 'mlci/acceptance' || a.version !== 1)
        return undefined;
    if (!strings.every((key) => typeof a[key] === 'string'))
        return undefined;
    if (!SHA.test(a.sha))
        return undefined;
    if (!Array.isArray(a.metrics) || !a.metrics.every((m) => typeof m === 'string' && m.length > 0))
        return undefined;
    if (!Number.isSafeInteger(a.commentId) || !Number.isSafeInteger(a.pullRequest))
        return undefined;
    return {
        kind: 'mlci/acceptance',
        version: 1,
        sha: a.sha,
        metrics: a.metrics,
        reason: a.reason,
        by: a.by,
        permission: a.permission,
        commentUrl: a.commentUrl,
        commentId: a.commentId,
        pullRequest: a.pullRequest,
        at: a.at,
    };
}
/** The newest acceptance that covers `metric` at commit `sha`, if any. */
function acceptanceFor(acceptances, sha, metric) {
    return acceptances
        .filter((a) => a.sha === sha && a.metrics.includes(metric))
        .reduce((newest, a) => (!newest || a.at > newest.at ? a : newest), undefined);
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

/***/ 5583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/**
 * The one markdown choke point (DESIGN.md "Trust boundaries"): text from data, file names, metric
 * names, branch names, PR text or server replies is made inert here before it reaches a job summary,
 * comment, issue, review or check run (reliability §2.6 MD-01…MD-09): no HTML, links, images,
 * @mentions, #references, table breaks, workflow-command words or bidi tricks. The result stays on one
 * line, so it is safe in a table cell, a heading or a list item.
 */
function escapeMarkdown(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return (cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/@/g, '@\u200b')
        // GitHub links #123 (and owner/repo#123) on the rendered text, where `\#` is a plain `#` again.
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        .replace(/^(\s*)([-=:])/, '$1\\$2')
        .replace(/::/g, ':\u200b:')
        // GFM's extended autolinks need no brackets: `https://x` and `www.x` become links even escaped.
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\b(www)\./gi, '$1\u200b.'));
}
/** A table cell from untrusted text: escaped, one line, at most `max` characters before escaping. */
function cell(text, max = 120) {
    return escapeMarkdown(text, max);
}
/**
 * Untrusted text as inline code: the backtick run that fences it is longer than any inside it, and
 * characters a table would act on (`|`, newlines) are replaced, since code spans do not escape them.
 */
function inlineCode(text, max = 200) {
    const cut = (text.length > max ? `${text.slice(0, max)}…` : text)
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/\|/g, '¦')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') || cut === '' ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/**
 * A fenced code block around untrusted multi-line text (logs, diffs): the fence is longer than any
 * backtick run inside, so the text cannot close it and become markdown.
 */
function codeBlock(text, language = '') {
    const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
    const longest = Math.max(2, ...(clean.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${clean.replace(/\n?$/, '\n')}${fence}`;
}
/**
 * Untrusted text inside an HTML block (`<summary>…</summary>`), where markdown escapes would show
 * literally: HTML-escaped, one line, and `@`/`#` broken with a zero-width space so GitHub's mention
 * and reference linking, which runs on the rendered text, finds nothing.
 */
function htmlText(text, max = 200) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1\u200b')
        .replace(/::/g, ':\u200b:')
        .replace(/:\/\//g, ':/\u200b/');
}
/**
 * A link whose text is untrusted and whose URL mlci built itself (a file at a commit on the
 * repository's own server). A URL that is not plain https without spaces, brackets or quotes is
 * refused: the escaped text is returned without a link.
 */
function link(text, url, max = 120) {
    const label = escapeMarkdown(text, max);
    if (!/^https:\/\/[^\s()<>"'`\\[\]]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/**
 * A label inside a mermaid chart (axis category, series title), which mermaid parses itself: only
 * ASCII letters, digits, space and `._-/` survive, at most `max` characters, so no directive (`%%`),
 * HTML or quote can reach the chart source. Always non-empty.
 */
function mermaidLabel(text, max = 24) {
    const clean = text
        .replace(/[^A-Za-z0-9 ._\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const cut = clean.length > max ? `${clean.slice(0, max - 1)}~` : clean;
    return cut || '_';
}
/**
 * Untrusted text as a mermaid label (timeline periods and events): only letters, digits, spaces and
 * `._/+-@` survive, `@` loses its mention power, and the result is capped. Mermaid reads `:` as an event
 * separator, `#`/`;` as entity and statement syntax, and brackets/quotes as node shapes, so all of
 * them go.
 */
function mermaidText(text, max = 60) {
    const kept = text
        .replace(/[^A-Za-z0-9 ._/+@-]/g, ' ')
        .replace(/@/g, 'at ')
        .replace(/\s+/g, ' ')
        .trim();
    return (kept.length > max ? `${kept.slice(0, max)}…` : kept) || '-';
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);




// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set();
function onSignal(signal) {
    for (const temp of pending) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
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
let temps = 0;
/**
 * A temp name beside `path` (same directory, so the rename is atomic), hidden and unique: the process id
 * and a count tell this process's writes apart, a random part other processes' with a reused id (not
 * node:crypto: loading it costs every run's start-up ~15 ms).
 */
function tempPathFor(path) {
    const random = Math.floor(Math.random() * 2 ** 32).toString(16);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${++temps}.${random}.tmp`);
}
async function fsyncDirectory(dir) {
    // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
    if (process.platform === 'win32')
        return;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r').catch(() => undefined);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
}
/**
 * The one way mlci writes a file (DESIGN.md, trust boundaries): into a temp file in the same directory,
 * fsync, rename over `path`. A reader sees the old file or the whole new one, never a half; a failed or
 * killed write leaves the old file as it was and no temp behind. `write` streams the content into the
 * temp file (a docker tar, a verified blob); throwing from it abandons the write.
 */
async function writeStreamAtomic(path, write, options = {}) {
    const durable = options.durable ?? true;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        if (durable) {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'r+');
            try {
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (thrown) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw thrown;
    }
    finally {
        untrack(temp);
    }
    if (durable)
        await fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content, options = {}) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    }, options);
}


/***/ }),

/***/ 47868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ readAcceptances),
/* harmony export */   hb: () => (/* binding */ recordAcceptance)
/* harmony export */ });
/* unused harmony export ACTIONS_APP */
/* harmony import */ var _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93369);
/* harmony import */ var _marked_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97118);


/** The GitHub App GITHUB_TOKEN belongs to: the only writer of acceptances trusted by default. */
const ACTIONS_APP = 'github-actions';
/**
 * Acceptances recorded on commit `sha`: check runs named ACCEPTANCE_CHECK, created by the workflow's
 * app (`app`, default github-actions: only a GitHub App can create check runs, so a user cannot forge
 * one), whose stored acceptance names that same commit.
 */
async function readAcceptances(client, repo, sha, app = ACTIONS_APP) {
    const runs = await client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: sha, check_name: _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD, filter: 'all' }, 'check_runs', { permission: 'checks: read' });
    return runs
        .filter((run) => run.name === _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD && run.head_sha === sha && run.app?.slug === app)
        .map((run) => (0,_core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAcceptance */ .TO)(run.output?.text))
        .filter((a) => a !== undefined && a.sha === sha);
}
/**
 * Stores an acceptance as a completed, neutral check run named ACCEPTANCE_CHECK on its commit, the
 * record in `output.text` and `summary` (already escaped markdown) for people. Created once per
 * comment: it looks for its own run (by external id = the comment) first, and again after an unknown
 * outcome before trying again. Only a
 * GitHub App can create check runs, which is what makes the record unforgeable by users.
 */
async function recordAcceptance(client, repo, acceptance, summary, options = {}) {
    const externalId = `mlci-accept-${acceptance.commentId}`;
    const find = async () => {
        const runs = await client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: acceptance.sha, check_name: _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD, filter: 'all' }, 'check_runs', { permission: 'checks: read' });
        return runs.find((run) => run.name === _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD && run.external_id === externalId);
    };
    // A re-run of the same job (same comment) finds its record instead of writing a second one.
    const existing = await find();
    if (existing)
        return existing;
    return (0,_marked_js__WEBPACK_IMPORTED_MODULE_0__/* .postOnce */ .yn)(client, 'POST /repos/{owner}/{repo}/check-runs', {
        ...repo,
        name: _core_metrics_acceptance_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_CHECK */ .DD,
        head_sha: acceptance.sha,
        external_id: externalId,
        // "Details" on the check run leads to the maintainer's comment.
        ...(/^https:\/\//.test(acceptance.commentUrl) ? { details_url: acceptance.commentUrl } : {}),
        status: 'completed',
        conclusion: 'neutral',
        output: {
            title: `Accepted: ${acceptance.metrics.join(', ')}`.slice(0, 200),
            summary,
            text: JSON.stringify(acceptance, null, 2),
        },
    }, find, { permission: 'checks: write', sleep: options.sleep });
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

/***/ 49071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony export ZIP_LIMITS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61381);



/** Caps for archives from other runs, which are untrusted (reliability ART-01/ART-02). */
const ZIP_LIMITS = { entries: 10_000, totalBytes: 512 * 1024 * 1024 };
/**
 * The regular files of a zip archive, read into memory by name (never written to disk, so a `../` or
 * absolute entry cannot escape anywhere; such names are refused anyway). Stored and deflated entries;
 * no zip64 (an artifact of metrics and predictions stays far below 4 GiB).
 */
function readZip(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    if (count > ZIP_LIMITS.entries)
        throw bad(`has ${count} entries (limit ${ZIP_LIMITS.entries})`);
    const files = new Map();
    let total = 0;
    for (let i = 0; i < count; i++) {
        if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
            throw bad('has a corrupt central directory');
        const method = buf.readUInt16LE(at + 10);
        const compressed = buf.readUInt32LE(at + 20);
        const size = buf.readUInt32LE(at + 24);
        const nameLength = buf.readUInt16LE(at + 28);
        const extraLength = buf.readUInt16LE(at + 30);
        const commentLength = buf.readUInt16LE(at + 32);
        const externalAttributes = buf.readUInt32LE(at + 38);
        const local = buf.readUInt32LE(at + 42);
        const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        if (compressed === 0xffffffff || size === 0xffffffff)
            throw bad('uses zip64, which is not supported');
        if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..')) {
            throw bad(`has an unsafe entry name "${name}"`);
        }
        // Unix mode in the high 16 bits: 0o120000 is a symbolic link, which an artifact never needs.
        if (((externalAttributes >>> 16) & 0o170000) === 0o120000)
            throw bad(`has a symbolic link "${name}"`);
        total += size;
        if (total > ZIP_LIMITS.totalBytes)
            throw bad(`expands beyond ${ZIP_LIMITS.totalBytes} bytes`);
        if (buf.readUInt32LE(local) !== 0x04034b50)
            throw bad(`has a corrupt local header for "${name}"`);
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + compressed);
        if (method === 0)
            files.set(name, data);
        else if (method === 8)
            files.set(name, inflate(data, size, name));
        else
            throw bad(`entry "${name}" uses compression method ${method}`);
    }
    return files;
}
/** Inflates at most the declared size: an entry that lies about its size (a zip bomb) is refused. */
function inflate(data, size, name) {
    try {
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(data, { maxOutputLength: Math.max(size, 1) });
    }
    catch (cause) {
        throw bad(`entry "${name}" does not inflate to its declared ${size} bytes (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause)})`);
    }
}
function findEndOfCentralDirectory(buf) {
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
        if (buf.readUInt32LE(i) === 0x06054b50)
            return i;
    }
    throw bad('is not a zip archive');
}
function bad(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubError */ .y(`the downloaded archive ${what}`, undefined, 'the artifact is untrusted input; re-upload it with actions/upload-artifact');
}


/***/ }),

/***/ 18761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RETRYABLE_STATUS)
/* harmony export */ });
/**
 * HTTP statuses worth repeating an idempotent request for: timeouts, rate limits and server errors
 * (reliability §1.2, §1.5; ggcr remote/options.go defaultRetryStatusCodes). Shared by the GitHub client
 * and the registry client so that the two never drift apart.
 */
const RETRYABLE_STATUS = new Set([
    408,
    429,
    500,
    502,
    503,
    504,
    522, // Cloudflare: connection to the origin timed out, seen in front of GHES and registries
]);


/***/ })

};
