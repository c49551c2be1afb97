export const id = 219;
export const ids = [219];
export const modules = {

/***/ 80219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   history: () => (/* binding */ history)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _platform_github_repository_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73848);
/* harmony import */ var _core_release_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64692);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65355);
/* harmony import */ var _release_records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75724);





const FORMATS = ['table', 'json', 'markdown'];
/**
 * `mlci history [--at T] [--model M] [--format table|json|markdown]`: the auditor's view, read from
 * every release's record (all pages). With `--at`, the one record that was in production then.
 */
async function history(io) {
    const format = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(io.inputs, 'format', 'table');
    if (!FORMATS.includes(format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`format\` must be one of ${FORMATS.join(', ')}, got "${format}"`);
    const atText = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(io.inputs, 'at');
    const at = atText === undefined ? undefined : (0,_core_release_history_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(atText);
    const model = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(io.inputs, 'model');
    const found = (0,_platform_github_repository_client_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryClient */ .c)(io, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(io.inputs, 'token'));
    if (!found)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('history reads the releases of GITHUB_REPOSITORY with a token (GITHUB_TOKEN or --token)');
    const { client: github, repo: { owner, repo }, } = found;
    const all = await (0,_release_records_js__WEBPACK_IMPORTED_MODULE_4__/* .loadHistory */ .F)(github, { owner, repo }, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readString */ .E3)(io.inputs, 'record-asset', 'mlci-release-record.json'), model, io.log);
    const records = all.map((r) => r.record);
    const shown = at === undefined ? records : [(0,_core_release_history_js__WEBPACK_IMPORTED_MODULE_2__/* .productionAt */ .B7)(records, at)].filter((r) => r !== undefined);
    if (at !== undefined && shown.length === 0)
        io.log.notice(`nothing was in production at ${new Date(at).toISOString()} (first release: ${records.at(-1)?.releasedAt ?? 'none'})`);
    const rows = shown.map(_core_release_history_js__WEBPACK_IMPORTED_MODULE_2__/* .historyRow */ .zf);
    if (format === 'json')
        await io.summary(`${JSON.stringify(at === undefined ? rows : (rows[0] ?? null), null, 2)}\n`);
    else if (format === 'markdown')
        await io.summary((0,_core_release_history_js__WEBPACK_IMPORTED_MODULE_2__/* .renderHistoryMarkdown */ .IQ)(rows, at === undefined ? 'Production history' : `In production at ${new Date(at).toISOString()}`));
    else
        await io.summary((0,_core_release_history_js__WEBPACK_IMPORTED_MODULE_2__/* .renderHistoryText */ .ym)(rows));
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

/***/ 75724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ loadHistory)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_release_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64692);
/* harmony import */ var _platform_github_release_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9230);



/**
 * Production history from the releases, newest first (by `releasedAt`), for one model when given.
 * A release whose record asset is not a valid record is skipped with a warning: it is not evidence.
 * A draft release of `draftTag` (the tag about to be released) is a usage error.
 */
async function loadHistory(github, repo, asset, model, log, draftTag) {
    const { records, skipped, drafts } = await (0,_platform_github_release_records_js__WEBPACK_IMPORTED_MODULE_2__/* .readRecords */ .T3)(github, repo, asset);
    const draft = drafts.find((r) => r.tag_name === draftTag);
    if (draft) {
        // Checked before anything moves: GitHub would refuse the release of this tag after the promotion.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`a draft release of ${draftTag} exists (${draft.html_url}); mlci attaches the record to a published release`, {
            hint: 'publish the draft (its notes become the "why") or delete it, then re-run',
        });
    }
    for (const reason of skipped)
        log.warning(`skipped ${reason}`);
    const ordered = (0,_core_release_history_js__WEBPACK_IMPORTED_MODULE_1__/* .productionHistory */ .mt)(records.map((r) => r.record), model);
    return ordered.map((record) => records.find((r) => r.record === record));
}


/***/ }),

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

/***/ 64692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ productionAt),
/* harmony export */   IQ: () => (/* binding */ renderHistoryMarkdown),
/* harmony export */   mt: () => (/* binding */ productionHistory),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   ym: () => (/* binding */ renderHistoryText),
/* harmony export */   zf: () => (/* binding */ historyRow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5583);


/**
 * Production history, newest first: every record is one production change (a release or a
 * rollback) at `releasedAt`. Records of other models are left out when `model` is given. Two records
 * with the same time keep their listing order (the newer GitHub release first).
 */
function productionHistory(records, model) {
    return records
        .map((record, index) => ({ record, index, at: Date.parse(record.releasedAt) }))
        .filter(({ record }) => model === undefined || record.model === model)
        .sort((a, b) => b.at - a.at || a.index - b.index)
        .map(({ record }) => record);
}
/**
 * What was in production at `at` (ms since the epoch): the newest change at or before it, or
 * undefined before the first release.
 *
 *   history = [v1.4.0 @ 03-05, rollback to v1.3.0 @ 03-02, v1.3.0 @ 02-01]   (newest first)
 *   productionAt(history, 03-01) = v1.3.0;  productionAt(history, 03-03) = the rollback;  productionAt(history, 01-01) = undefined
 */
function productionAt(history, at) {
    return history.find((record) => Date.parse(record.releasedAt) <= at);
}
// 2027-03-01, 2027-03-01T12:00Z, 2027-03-01T12:00:30.5+02:00: a zone is required with a time, so
// "12:00" cannot silently mean the runner's local time.
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/** `--at` as ms since the epoch; a date alone means the end of that day (UTC). */
function parseInstant(text) {
    const trimmed = text.trim();
    const ms = INSTANT.test(trimmed)
        ? Date.parse(trimmed.length === 10 ? `${trimmed}T23:59:59.999Z` : trimmed)
        : Number.NaN;
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`\`at\` must be an ISO 8601 date or time with a zone, got "${text}"`, {
            hint: 'e.g. 2027-03-01T12:00Z or 2027-03-01 (end of that day, UTC)',
        });
    }
    return ms;
}
/** The row of a record: who is the actor (tagger when there is no actor). */
function historyRow(record) {
    return {
        version: record.release,
        tag: record.tag,
        model: record.model ?? null,
        releasedAt: record.releasedAt,
        who: record.who?.actor ?? record.who?.tagger ?? 'unknown',
        why: record.why?.text ?? '',
        digest: record.image.digest,
        metrics: record.metrics,
        rollback: record.rollback ? record.rollback.to.tag : null,
        verdict: record.evaluation?.verdict ?? 'unknown',
    };
}
/** Stored text made printable for a terminal: control characters (ANSI escapes, bidi overrides) become visible. */
const printable = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const firstLine = (text) => text.split(/\r?\n/, 1)[0] ?? '';
const metricsText = (metrics, max = 3) => Object.entries(metrics)
    .slice(0, max)
    .map(([name, value]) => `${name}=${Number(value.toPrecision(4))}`)
    .join(' ');
/** Plain text columns for a terminal (untrusted text made printable by the logger that prints it). */
function renderHistoryText(rows) {
    const table = [
        ['VERSION', 'RELEASED', 'WHO', 'DIGEST', 'ROLLBACK', 'METRICS', 'WHY'],
        ...rows.map((r) => [
            r.version,
            r.releasedAt,
            r.who,
            short(r.digest),
            r.rollback ? `to ${r.rollback}` : '',
            metricsText(r.metrics),
            firstLine(r.why).slice(0, 60),
        ].map(printable)),
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
    return `${table
        .map((row) => row
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n')}\n`;
}
/** A markdown table, then a mermaid timeline (oldest first); every stored string escaped. */
function renderHistoryMarkdown(rows, title = 'Production history') {
    const lines = [
        `## ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(title)}`,
        '',
        '| version | released | who | why | metrics | digest | rollback |',
        '|---|---|---|---|---|---|---|',
        ...rows.map((r) => `| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.version)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.releasedAt)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.who)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(firstLine(r.why), 80)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(metricsText(r.metrics))} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(short(r.digest))} | ${r.rollback ? `to ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.rollback)}` : ''} |`),
    ];
    if (rows.length === 0)
        return `${lines.join('\n')}\n\nNo production release recorded.\n`;
    lines.push('', '```mermaid', 'timeline', `    title ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(title)}`);
    for (const r of [...rows].reverse()) {
        const day = r.releasedAt.slice(0, 10);
        const what = r.rollback ? `rollback to ${r.rollback}` : r.version;
        lines.push(`    ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(day)} : ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(`${what} by ${r.who}`)}`);
    }
    lines.push('```', '');
    return lines.join('\n');
}


/***/ }),

/***/ 15051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ buildReleaseRecord),
/* harmony export */   CU: () => (/* binding */ parseReleaseRecord),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Om: () => (/* binding */ serializeRecord)
/* harmony export */ });
/* unused harmony exports RELEASE_RECORD_VERSION, RECORD_ASSET */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18614);

/** Version of the release record's shape (docs/release.md); adding fields does not bump it. */
const RELEASE_RECORD_VERSION = 1;
/** Asset name compare-metrics' `release` source reads by default (docs/compare-metrics.md). */
const RECORD_ASSET = 'mlci-release-record.json';
/** Builds the record in one step. */
function buildReleaseRecord(fields) {
    return {
        kind: 'mlci/release-record',
        version: RELEASE_RECORD_VERSION,
        tool: { name: 'mlci', version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .MLCI_VERSION */ .B },
        ...fields,
    };
}
/** The record as attached: two-space JSON with a final newline. */
function serializeRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** How another record is named in this one. */
function refOf(record) {
    return { tag: record.tag, version: record.release, digest: record.image.digest };
}
const str = (v) => typeof v === 'string';
/**
 * A stored record read back, or the reason it is not one. Never throws: release assets are untrusted
 * text (anyone with write access can upload one). Only the fields history and release rely on are
 * checked; the rest is kept as stored.
 */
function parseReleaseRecord(text) {
    if (text.length > 4 * 1024 * 1024)
        return 'larger than 4 MiB';
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not JSON';
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'not a JSON object';
    const r = value;
    if (r.kind !== 'mlci/release-record')
        return 'not an mlci/release-record';
    if (r.version !== RELEASE_RECORD_VERSION)
        return `version ${String(r.version)} is not ${RELEASE_RECORD_VERSION}`;
    for (const key of ['tag', 'release', 'commit', 'releasedAt'])
        if (!str(r[key]))
            return `field \`${key}\` is missing`;
    if (Number.isNaN(Date.parse(r.releasedAt)))
        return '`releasedAt` is not a time';
    const image = r.image;
    if (!image || !str(image.digest) || !/^sha256:[0-9a-f]{64}$/.test(image.digest))
        return '`image.digest` is not a sha256 digest';
    if (!r.metrics || typeof r.metrics !== 'object')
        return 'field `metrics` is missing';
    return value;
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

/***/ 9230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ downloadAsset),
/* harmony export */   T3: () => (/* binding */ readRecords),
/* harmony export */   tH: () => (/* binding */ listReleases)
/* harmony export */ });
/* harmony import */ var _core_release_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15051);

/** Releases are listed 100 a page; 100 pages is 10,000 releases, far beyond any model's history. */
const MAX_PAGES = 100;
/** Record downloads in flight at once. */
const PARALLEL = 8;
/** Every release of the repository, newest first, over all pages. */
function listReleases(client, repo) {
    return client.paginate('GET /repos/{owner}/{repo}/releases', { ...repo }, 'releases', {
        maxPages: MAX_PAGES,
        permission: 'contents: read',
    });
}
/** An asset's bytes, through GitHub's 302 to storage. */
async function downloadAsset(client, repo, id) {
    const bytes = await client.download('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: id }, { accept: 'application/octet-stream', permission: 'contents: read', maxBytes: 64 * 1024 * 1024 });
    return Buffer.from(bytes);
}
/**
 * The release records of every published release carrying the asset `asset`, in listing order, and
 * the releases whose asset is not a record (`skipped`, with the reason, for a warning). Drafts and
 * prereleases are not production.
 */
async function readRecords(client, repo, asset, releases) {
    const all = releases ?? (await listReleases(client, repo));
    const carrying = all.filter((r) => !r.draft && !r.prerelease && r.assets.some((a) => a.name === asset));
    const results = new Array(carrying.length);
    let next = 0;
    const worker = async () => {
        while (next < carrying.length) {
            const index = next++;
            const release = carrying[index];
            const text = (await downloadAsset(client, repo, release.assets.find((a) => a.name === asset).id)).toString('utf8');
            const record = (0,_core_release_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReleaseRecord */ .CU)(text);
            results[index] =
                typeof record === 'string' ? `release ${release.tag_name}: ${asset} ${record}` : { release, record };
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, carrying.length) }, worker));
    return {
        records: results.filter((r) => typeof r !== 'string'),
        skipped: results.filter((r) => typeof r === 'string'),
        drafts: all.filter((r) => r.draft),
    };
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
