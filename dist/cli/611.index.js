export const id = 611;
export const ids = [611];
export const modules = {

/***/ 27611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeProfilesCommand: () => (/* binding */ mergeProfilesCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_data_drift_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15317);
/* harmony import */ var _core_data_drift_drift_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5443);
/* harmony import */ var _core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29503);
/* harmony import */ var _core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29310);
/* harmony import */ var _core_data_table_schema_source_doc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62807);
/* harmony import */ var _platform_data_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85796);
/* harmony import */ var _platform_data_profile_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35425);
/* harmony import */ var _platform_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(71501);
/* harmony import */ var _platform_fs_output_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74814);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(65355);
/* harmony import */ var _core_text_markdown_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5583);















/** `mlci merge-profiles`: shards' partial profiles into one; drift against a reference when given. */
async function mergeProfilesCommand(io) {
    const patterns = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readList */ .LD)(io.inputs, 'profiles');
    if (patterns.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('give the partial profiles to merge', {
            hint: 'mlci merge-profiles partials/*.json --out profile.json',
        });
    }
    const files = (0,_platform_data_files_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveDataFiles */ .A)(patterns, io.cwd);
    const merged = files.map((file) => (0,_platform_data_profile_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readProfileFile */ .C)(file.absolute, file.path)).reduce(_core_data_profile_profiler_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeProfiles */ .N);
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'out', 'profile.json'));
    await (0,_platform_fs_output_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .checkRunPaths */ .A$)(io, { out }, { profiles: files.map((file) => file.absolute), reference: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'reference') });
    await (0,_platform_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_10__/* .writeFileAtomic */ .Zf)(out, (0,_core_data_profile_profile_json_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProfile */ .p)(merged));
    io.log.info(`merged ${files.length} profiles (${merged.rows} rows) into ${out}`);
    io.output('profile', out);
    io.output('rows', String(merged.rows));
    const referencePath = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'reference');
    if (!referencePath) {
        await io.summary(`### Merged ${files.length} partial profiles: ${merged.rows} rows, ${merged.columns.length} columns`);
        return;
    }
    const reference = (0,_platform_data_profile_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readProfileFile */ .C)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, referencePath), referencePath);
    const drift = (0,_core_data_drift_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .compareProfiles */ .G)(reference, merged, readThresholdsFile(io));
    const drifted = drift.columns.filter((column) => column.drifted);
    io.output('drifted', String(drift.drifted));
    io.output('drifted-columns', drifted.map((column) => column.name).join(','));
    await io.summary(driftSummary(drift, merged.rows));
    for (const column of drifted)
        for (const reason of column.reasons)
            io.log.warning(reason, { title: 'drift' });
    if (drift.drifted && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readBoolean */ .Vf)(io.inputs, 'fail-on-drift', true)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .DataError */ .fL(`drift from ${referencePath}: ${drifted.flatMap((column) => column.reasons).join('; ')}`, {
            hint: 'if the change is expected, refresh the reference profile or raise the column threshold',
        });
    }
}
function readThresholdsFile(io) {
    const path = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readString */ .E3)(io.inputs, 'thresholds');
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), 'utf8');
    }
    catch (thrown) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`cannot read thresholds ${path}: ${thrown.code ?? String(thrown)}`);
    }
    const doc = (0,_core_data_table_schema_source_doc_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSourceDoc */ .d)(path, text);
    // The `drift:` section of a validate-data checks file works as is: the same thresholds in both places.
    const prefix = isObject(doc.value) && 'drift' in doc.value ? ['drift'] : [];
    const section = prefix.length ? doc.value.drift : doc.value;
    return (0,_core_data_drift_drift_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readDriftOptions */ .K)(section, (at) => doc.where([...prefix, ...at]));
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function driftSummary(drift, rows) {
    const show = (value) => (value === undefined ? '' : (0,_core_data_drift_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .figure */ .v)(value));
    return [
        `### Drift: ${drift.columns.filter((c) => c.drifted).length} of ${drift.columns.length} columns drifted (${rows} rows)`,
        '',
        '| column | kind | PSI | JS | Wasserstein | L∞ | χ² p | drifted |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...drift.columns.map(({ name, kind, metrics: m, drifted }) => `| ${(0,_core_text_markdown_js__WEBPACK_IMPORTED_MODULE_13__/* .cell */ .Hn)(name)} | ${kind} | ${show(m.psi)} | ${show(m.jensenShannon)} | ${show(m.wasserstein)} | ${show(m.linf)} | ${show(m.chiSquareP)} | ${drifted ? '**yes**' : 'no'} |`),
    ].join('\n');
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


/***/ })

};
