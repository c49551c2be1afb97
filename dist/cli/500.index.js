export const id = 500;
export const ids = [500];
export const modules = {

/***/ 17119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferSchema: () => (/* binding */ inferSchema)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/data/profile/infer/column-inference.js
var column_inference = __webpack_require__(13516);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/core/data/profile/infer/draft-schema.js


const SCHEMA_URL = 'https://datapackage.org/profiles/2.0/tableschema.json';
/**
 * One field per column. Only what the sample proves is written as a constraint: `required` when no
 * value was missing, `enum` for strings with at most 20 distinct values each seen at least twice on
 * average. Ranges and lengths are notes, not constraints: new data may rightly exceed what one sample
 * showed, and a reviewer decides the real limits.
 */
function draftSchema(columns, rows, files, missingValues = []) {
    return { rows, files, fields: columns.map((column) => draftField(column, rows)), missingValues };
}
/** The schema-level keys of a draft: `missingValues` only when markers beyond "" were seen. */
function schemaKeys(draft) {
    return draft.missingValues.length > 0 ? { missingValues: ['', ...draft.missingValues] } : {};
}
// Plain scalars that YAML 1.1 readers (PyYAML, Ruby's Psych, go-yaml v2) read as something else than
// the string YAML 1.2 reads: booleans (yes/no/on/off/y/n), sexagesimal numbers (1:20), underscored or
// octal numbers (1_000, 010), null (~). The yaml package quotes what 1.2 would misread; these it does not.
const YAML11_TRAPS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?0[0-7_]+|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$/;
function draftField(column, rows) {
    const type = column.type();
    const constraints = {};
    const notes = [];
    const missing = rows - column.values;
    if (column.values > 0 && missing === 0)
        constraints.required = true;
    else if (column.values === 0)
        notes.push('no values seen: type is a guess');
    else
        notes.push(`${missing} of ${rows} values missing (${percent(missing / rows)})`);
    const distinct = column.distinctValues.size;
    if (type === 'string' && distinct <= column_inference/* ENUM_LIMIT */.Mv && column.values >= 2 * distinct && distinct > 0) {
        constraints.enum = [...column.distinctValues.keys()].sort();
    }
    if ((type === 'integer' || type === 'number') && column.min <= column.max) {
        notes.push(`observed range ${column.min} .. ${column.max} (add minimum/maximum if these are the real limits)`);
    }
    if (type === 'date' && column.minText !== undefined)
        notes.push(`observed ${column.minText} .. ${column.maxText}`);
    if (type === 'string' && !constraints.enum && column.maxLength >= 0) {
        notes.push(`observed length ${column.minLength} .. ${column.maxLength}`);
    }
    const estimate = Math.min(column.distinct.estimate(), column.values);
    if (column.values > 100 && estimate >= 0.98 * column.values && type !== 'number') {
        notes.push(`about ${estimate} distinct of ${column.values} values: an id? (consider unique: true)`);
    }
    const descriptor = { name: column.name, type };
    if (Object.keys(constraints).length > 0)
        descriptor.constraints = constraints;
    return { descriptor, notes };
}
function percent(share) {
    return `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;
}
/** The draft as YAML, with the header and each field's notes as comments for the reviewer. */
function draftToYaml(draft) {
    const doc = new dist/* Document */.yo({
        $schema: SCHEMA_URL,
        ...schemaKeys(draft),
        fields: draft.fields.map((field) => field.descriptor),
    });
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && YAML11_TRAPS.test(node.value))
                node.type = 'QUOTE_DOUBLE';
        },
    });
    doc.commentBefore = [
        ` Draft Table Schema written by \`mlci infer-schema\` from ${draft.files.join(', ')} (${draft.rows} rows).`,
        ' Review it before it gates anything: types, required and enum come from this sample only;',
        ' the comments above each field are observations, not constraints.',
    ].join('\n');
    const fields = doc.get('fields');
    draft.fields.forEach((field, i) => {
        if (field.notes.length > 0)
            fields.items[i].commentBefore = field.notes.map((note) => ` ${note}`).join('\n');
    });
    return doc.toString({ lineWidth: 0 });
}
/** The draft as JSON (no comments in JSON: the notes go into each field's `description`). */
function draftToJson(draft) {
    const fields = draft.fields.map(({ descriptor, notes }) => notes.length > 0 ? { ...descriptor, description: `mlci infer-schema: ${notes.join('; ')}` } : descriptor);
    return `${JSON.stringify({ $schema: SCHEMA_URL, ...schemaKeys(draft), fields }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./build/core/data/profile/infer/typed-value.js

/**
 * A value as the profiler takes it for a field of `type`, the way validate-data hands over typed cells:
 * numbers as numbers, dates and datetimes as epoch milliseconds (UTC when no zone is written), strings
 * as text. A value the type does not fit is null (validate-data reports it as a type error).
 */
function typedValue(type, value) {
    if (value === null || value === undefined || value === '')
        return null;
    switch (type) {
        case 'integer':
        case 'number': {
            const n = typeof value === 'string' ? Number(value.replace(/^(-?)INF$/i, '$1Infinity')) : Number(value);
            return typeof value === 'boolean' || (Number.isNaN(n) && !/^nan$/i.test(String(value))) ? null : n;
        }
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            return column_inference/* TRUE_VALUES */.AR.includes(String(value)) ? true : column_inference/* FALSE_VALUES */.Pm.includes(String(value)) ? false : null;
        case 'date':
        case 'datetime': {
            if (value instanceof Date)
                return value.getTime();
            const text = String(value);
            const zoned = type === 'datetime' && !/(Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text;
            const ms = Date.parse(zoned);
            return Number.isNaN(ms) ? null : ms;
        }
        case 'string':
            return typeof value === 'string' ? value : String(value);
        default:
            return typeof value === 'string'
                ? value
                : JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? String(v) : v));
    }
}

// EXTERNAL MODULE: ./build/core/data/profile/profile-json.js
var profile_json = __webpack_require__(29503);
// EXTERNAL MODULE: ./build/core/data/profile/profiler.js + 5 modules
var profile_profiler = __webpack_require__(29310);
// EXTERNAL MODULE: ./build/platform/data/files.js
var data_files = __webpack_require__(85796);
// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
// EXTERNAL MODULE: ./build/core/text/markdown.js
var markdown = __webpack_require__(5583);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 16 modules
var read = __webpack_require__(24317);
// EXTERNAL MODULE: ./build/core/data/format.js
var data_format = __webpack_require__(35596);
// EXTERNAL MODULE: ./build/core/data/parquet/parquet-table.js + 3 modules
var parquet_table = __webpack_require__(69329);
// EXTERNAL MODULE: ./build/core/data/csv/chunked.js
var chunked = __webpack_require__(91996);
// EXTERNAL MODULE: ./build/core/data/csv/csv-table.js
var csv_table = __webpack_require__(81873);
// EXTERNAL MODULE: ./build/core/data/csv/dialect.js
var dialect = __webpack_require__(11674);
// EXTERNAL MODULE: ./build/core/data/csv/scanner.js
var scanner = __webpack_require__(97194);
// EXTERNAL MODULE: ./build/platform/data/parquet-file.js
var parquet_file = __webpack_require__(16626);
// EXTERNAL MODULE: ./build/platform/data/read-bytes.js
var read_bytes = __webpack_require__(26969);
;// CONCATENATED MODULE: ./build/actions/infer-schema/read-rows.js










/** Reads every row of one file through the validator's own scanners and byte readers. */
async function readRows(file, options, onRow) {
    try {
        const format = (0,data_format/* formatOf */.b)(file.path);
        if (format === 'parquet')
            return await readParquet(file, onRow);
        const scanner = format === 'csv' ? csvScanner(file, options, onRow) : jsonlScanner(file, onRow);
        const input = new chunked/* ChunkedInput */.$9(scanner);
        if ((0,read_bytes/* isGzip */.bf)(file.path))
            await (0,read_bytes/* readGzip */.H9)(file.absolute, input, file.bytes);
        else
            (0,read_bytes/* readRange */.qX)(file.absolute, input);
    }
    catch (thrown) {
        if (thrown instanceof errors/* MlciError */.sc && !thrown.where) {
            throw new errors/* DataError */.fL(thrown.message, {
                where: { file: file.path },
                hint: thrown.hint,
                cause: thrown.cause,
            });
        }
        throw thrown;
    }
}
function csvScanner(file, options, onRow) {
    let header;
    return new scanner/* CsvScanner */.BR((0,dialect/* dialectFor */.S)(file.path, options.delimiter), {
        row: (buf, starts, ends, flags, count) => {
            const cells = Array.from({ length: count }, (_, i) => (0,csv_table/* cellText */.I)(buf, starts[i], ends[i], flags[i]));
            if (header)
                onRow(header, cells, true);
            else
                header = checkedHeader(cells, file.path);
        },
    });
}
/** A header usable as field names: none blank, none repeated (frictionless blank-label, duplicate-label). */
function checkedHeader(labels, path) {
    const seen = new Set();
    labels.forEach((label, i) => {
        const where = { file: path, line: 1, column: i + 1 };
        if (label.trim() === '') {
            throw new errors/* DataError */.fL(`column ${i + 1} of the header has no name`, {
                where,
                hint: 'name every column in the first row',
            });
        }
        if (seen.has(label)) {
            throw new errors/* DataError */.fL(`duplicate column name "${label}" in the header`, {
                where,
                hint: 'column names must be unique',
            });
        }
        seen.add(label);
    });
    return labels;
}
function jsonlScanner(file, onRow) {
    const decoder = new TextDecoder();
    const scanner = {
        line: 1,
        scan(buf, start, end, final) {
            let p = start;
            while (p < end) {
                let nl = buf.indexOf(10, p);
                if (nl === -1 || nl >= end) {
                    if (!final)
                        return p;
                    nl = end;
                }
                const text = decoder.decode(buf.subarray(p, nl)).trim();
                if (text !== '')
                    record(text, scanner.line);
                scanner.line++;
                p = nl + 1;
            }
            return end;
        },
    };
    const record = (text, line) => {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (thrown) {
            throw new errors/* DataError */.fL(`line ${line} is not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
                where: { file: file.path, line },
            });
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new errors/* DataError */.fL(`line ${line} is not a JSON object`, { where: { file: file.path, line } });
        }
        // JSON.parse makes "__proto__" an own key, never a prototype: keys and values are read as data.
        onRow(Object.keys(value), Object.values(value), false);
    };
    return scanner;
}
async function readParquet(file, onRow) {
    const buffer = await (0,parquet_file/* parquetFile */.T)(file.absolute, file.bytes);
    try {
        let metadata;
        try {
            metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
        }
        catch (thrown) {
            throw new errors/* DataError */.fL(`not a readable Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
        }
        const names = metadata.schema
            .slice(1)
            .filter((element) => element.num_children === undefined)
            .map((element) => element.name);
        let rowStart = 0;
        // One row group at a time keeps memory bounded by the largest group.
        for (const group of metadata.row_groups) {
            const rowEnd = rowStart + Number(group.num_rows);
            await (0,read/* parquetRead */.bA)({
                file: buffer,
                metadata,
                columns: names,
                rowStart,
                rowEnd,
                compressors: parquet_table/* COMPRESSORS */.vZ,
                onComplete: (rows) => {
                    for (const row of rows)
                        onRow(names, row, false);
                },
            });
            rowStart = rowEnd;
        }
    }
    finally {
        await buffer.close();
    }
}

;// CONCATENATED MODULE: ./build/actions/infer-schema/infer-schema.js













/** `mlci infer-schema`: a draft schema from the data, and optionally a reference profile. */
async function inferSchema(io) {
    const patterns = (0,inputs/* readList */.LD)(io.inputs, 'data');
    if (patterns.length === 0) {
        throw new errors/* UsageError */.eb('give the data files to infer a schema from', {
            hint: 'mlci infer-schema data/train.csv',
        });
    }
    const files = (0,data_files/* resolveDataFiles */.A)(patterns, io.cwd);
    const options = { delimiter: (0,inputs/* readString */.E3)(io.inputs, 'delimiter') };
    const out = (0,external_node_path_.resolve)(io.cwd, (0,inputs/* readString */.E3)(io.inputs, 'out', 'schema.yaml'));
    const profileOut = (0,inputs/* readString */.E3)(io.inputs, 'profile-out');
    await (0,output_paths/* checkRunPaths */.A$)(io, { out, 'profile-out': profileOut }, { data: files.map((file) => file.absolute) });
    const { columns, rows, markers } = await infer(files, options);
    const draft = draftSchema(columns, rows, files.map((file) => file.path), column_inference/* MISSING_MARKERS */.rK.filter((marker) => markers.has(marker)));
    await (0,atomic_write/* writeFileAtomic */.Zf)(out, /\.json$/i.test(out) ? draftToJson(draft) : draftToYaml(draft));
    io.log.info(`wrote a draft schema of ${columns.length} fields from ${rows} rows to ${out}: review it before use`);
    io.output('schema', out);
    io.output('fields', String(columns.length));
    io.output('rows', String(rows));
    if (profileOut) {
        const profile = await referenceProfile(files, options, draft);
        const target = (0,external_node_path_.resolve)(io.cwd, profileOut);
        await (0,atomic_write/* writeFileAtomic */.Zf)(target, (0,profile_json/* formatProfile */.p)(profile));
        io.log.info(`wrote the reference profile to ${target}`);
        io.output('profile', target);
    }
    await io.summary(summary(draft));
}
/** Pass 1: every value narrows its column's type. Columns are named by the first file's header. */
async function infer(files, options) {
    const columns = [];
    const byName = new Map();
    const markers = new Set();
    let rows = 0;
    for (const file of files) {
        await readRows(file, options, (names, values, fromText) => {
            rows++;
            for (let i = 0; i < names.length; i++) {
                const value = values[i];
                let column = byName.get(names[i]);
                if (!column) {
                    column = new column_inference/* ColumnInference */.q7(names[i]);
                    byName.set(column.name, column);
                    columns.push(column);
                }
                if (fromText && typeof value === 'string' && column_inference/* MISSING_MARKERS */.rK.includes(value))
                    markers.add(value);
                else if (value !== undefined && value !== null && value !== '')
                    column.add(value, fromText);
            }
        });
    }
    return { columns, rows, markers };
}
/**
 * Passes 2 and 3: a profile of the typed values, then a second one counted on the first one's bin
 * edges, so the reference's histograms are exact counts rather than sketch estimates.
 */
async function referenceProfile(files, options, draft) {
    const fields = draft.fields.map(({ descriptor }) => ({
        name: String(descriptor.name),
        type: String(descriptor.type),
    }));
    const index = new Map(fields.map((field, i) => [field.name, i]));
    const pass = async (reference) => {
        const profiler = (0,profile_profiler/* createProfiler */.I)(fields, { reference });
        const row = new Array(fields.length);
        for (const file of files) {
            await readRows(file, options, (names, values) => {
                row.fill(null);
                for (let i = 0; i < names.length; i++) {
                    const at = index.get(names[i]);
                    if (at !== undefined)
                        row[at] = values[i];
                }
                for (let i = 0; i < fields.length; i++) {
                    const value = row[i];
                    // The draft's missingValues are missing in its reference profile too.
                    const missing = typeof value === 'string' && draft.missingValues.includes(value);
                    profiler.add(i, missing ? null : typedValue(fields[i].type, value));
                }
                profiler.endRow();
            });
        }
        return profiler.result();
    };
    return pass(await pass());
}
function summary(draft) {
    const lines = [
        `### Draft schema from ${draft.rows} rows`,
        '',
        '| field | type | constraints | notes |',
        '| --- | --- | --- | --- |',
        ...draft.fields.map(({ descriptor, notes }) => {
            const constraints = descriptor.constraints ? JSON.stringify(descriptor.constraints) : '';
            return `| ${(0,markdown/* cell */.Hn)(String(descriptor.name))} | ${(0,markdown/* cell */.Hn)(String(descriptor.type))} | ${(0,markdown/* cell */.Hn)(constraints)} | ${(0,markdown/* cell */.Hn)(notes.join('; '))} |`;
        }),
        '',
        'Review the draft before it gates anything: it describes this sample, not the rules of the data.',
    ];
    return lines.join('\n');
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
