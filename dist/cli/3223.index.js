export const id = 3223;
export const ids = [3223];
export const modules = {

/***/ 43223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/data/profile/profile-json.js
var profile_json = __webpack_require__(29503);
// EXTERNAL MODULE: ./build/core/data/profile/profiler.js + 5 modules
var profiler = __webpack_require__(29310);
// EXTERNAL MODULE: ./build/core/data/validate/report.js
var validate_report = __webpack_require__(47818);
// EXTERNAL MODULE: ./build/core/errors.js
var core_errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/platform/data/files.js
var data_files = __webpack_require__(85796);
// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/platform/fs/report-file.js
var report_file = __webpack_require__(85923);
;// CONCATENATED MODULE: ./build/actions/validate-data/annotations.js
/**
 * GitHub shows at most 10 error and 10 warning annotations per step (reference/actions-runtime.md §6.1).
 * One error annotation is kept for the step's own failure message, so 9 go to data errors; the rest
 * are in the job summary table and the JSON report.
 */
const ANNOTATION_LIMITS = { errors: 9, warnings: 10 };
function props(error) {
    const file = error.file || undefined;
    return {
        title: `${error.type}${error.field ? ` (${error.field})` : ''}`,
        where: file ? { file, line: error.line ?? error.row } : undefined,
    };
}
/** Annotates the first errors and warnings on the data file at the failing row. */
function annotate(report, log) {
    for (const error of report.errors.slice(0, ANNOTATION_LIMITS.errors))
        log.error(error.message, props(error));
    for (const warning of report.warnings.slice(0, ANNOTATION_LIMITS.warnings))
        log.warning(warning.message, props(warning));
}

// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
;// CONCATENATED MODULE: ./build/actions/validate-data/inputs.js


const DELIMITER_NAMES = new Set(['tab', '\\t', 'comma', 'semicolon', 'pipe']);
/** The only place validate-data reads its inputs. */
function getValidateDataInputs(read) {
    const data = (0,inputs/* readList */.LD)(read, 'data');
    const datapackage = (0,inputs/* readString */.E3)(read, 'datapackage');
    if (data.length === 0 && !datapackage)
        throw new core_errors/* UsageError */.eb('input `data` is required', {
            hint: 'give data files or globs: `with: data: data/*.csv`, or `mlci validate data.csv`',
        });
    if (datapackage) {
        const extra = ['data', 'schema', 'profile', 'reference-profile', 'base-ref', 'format', 'delimiter'].find((name) => (0,inputs/* readString */.E3)(read, name) !== undefined);
        if (extra)
            throw new core_errors/* UsageError */.eb(`input \`${extra}\` cannot be combined with \`datapackage\``, {
                hint: 'the data package gives each resource its paths, schema, format and dialect',
            });
    }
    // A raw TAB would be trimmed away as whitespace: read the delimiter untrimmed.
    const rawDelimiter = read.get('delimiter');
    const delimiter = rawDelimiter === '\t' ? '\t' : rawDelimiter?.trim() || undefined;
    if (delimiter !== undefined &&
        !DELIMITER_NAMES.has(delimiter) &&
        (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127))
        throw new core_errors/* UsageError */.eb(`input \`delimiter\` must be one ASCII character (or tab, comma, semicolon, pipe), got "${delimiter}"`);
    if (delimiter === '"' || delimiter === '\n' || delimiter === '\r')
        throw new core_errors/* UsageError */.eb(`input \`delimiter\` cannot be a quote or a line break`);
    return {
        data,
        datapackage,
        schema: (0,inputs/* readString */.E3)(read, 'schema'),
        format: (0,inputs/* readString */.E3)(read, 'format'),
        delimiter,
        header: (0,inputs/* readBoolean */.Vf)(read, 'header', true),
        checks: (0,inputs/* readString */.E3)(read, 'checks'),
        'reference-profile': (0,inputs/* readString */.E3)(read, 'reference-profile'),
        profile: (0,inputs/* readString */.E3)(read, 'profile'),
        report: (0,inputs/* readString */.E3)(read, 'report', 'mlci-validation-report.json'),
        'max-errors': (0,inputs/* readNumber */.kz)(read, 'max-errors', 100, { min: 1, max: 100_000, integer: true }),
        workers: (0,inputs/* readNumber */.kz)(read, 'workers', 0, { min: 0, max: 64, integer: true }),
        'fail-on-error': (0,inputs/* readBoolean */.Vf)(read, 'fail-on-error', true),
        'base-ref': (0,inputs/* readString */.E3)(read, 'base-ref'),
        'fail-on-schema-change': (0,inputs/* readBoolean */.Vf)(read, 'fail-on-schema-change', false),
    };
}
/** The default of `base-ref`: the PR's base branch (GITHUB_BASE_REF) on pull_request* runs, else none. */
function pullRequestBase(env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const base = env.GITHUB_BASE_REF?.trim();
    return event.startsWith('pull_request') && base ? base : undefined;
}

// EXTERNAL MODULE: ./build/core/data/schema-diff/schema-diff.js
var schema_diff = __webpack_require__(89944);
;// CONCATENATED MODULE: ./build/actions/validate-data/schema-change.js


/**
 * The schema file diffed against the same file on the base branch, for the report. Information, not a
 * verdict: a base that cannot be read (no git checkout, base not fetchable) is noted when the base came
 * from the pull_request event, and a usage error only when the user named it.
 */
async function schemaChange(io, request) {
    const { ref, path, schema } = request;
    if (!schema.table) {
        return {
            base: ref,
            file: path,
            status: 'unsupported',
            changed: false,
            changes: [],
            message: 'a JSON Schema for records is not diffed (Table Schemas and the short form are)',
        };
    }
    let result;
    try {
        // git (node:child_process: ~5 ms of start-up) loads only for a run that diffs its schema.
        const { schemaDiffAgainstBase } = await __webpack_require__.e(/* import() */ 4445).then(__webpack_require__.bind(__webpack_require__, 94445));
        result = await schemaDiffAgainstBase({ cwd: io.cwd, ref, path, head: schema.table, git: request.git });
    }
    catch (thrown) {
        if (request.explicit || !(thrown instanceof core_errors/* MlciError */.sc))
            throw thrown;
        io.log.warning(`schema diff against ${ref} skipped: ${(0,core_errors/* messageOf */.bD)(thrown)}`);
        return {
            base: ref,
            file: path,
            status: 'unavailable',
            changed: false,
            changes: [],
            message: (0,core_errors/* messageOf */.bD)(thrown),
        };
    }
    if (result.status === 'new-file')
        return { base: ref, file: path, status: 'new-file', changed: false, changes: [] };
    if (result.status === 'unreadable') {
        io.log.warning(`schema on ${ref} cannot be read: ${result.message}`);
        return {
            base: ref,
            file: path,
            status: 'unreadable',
            changed: false,
            changes: [],
            message: result.message,
        };
    }
    const changes = (0,schema_diff/* describeSchemaDiff */.G)(result.diff);
    for (const line of changes)
        io.log.info(`schema change against ${ref}: ${line}`);
    return {
        base: ref,
        file: path,
        status: 'compared',
        changed: result.diff.changed,
        changes,
        diff: result.diff,
    };
}

// EXTERNAL MODULE: ./build/core/text/markdown.js
var markdown = __webpack_require__(5583);
;// CONCATENATED MODULE: ./build/actions/validate-data/summary.js

const SUMMARY_ROWS = 50;
function where(error) {
    const parts = [error.file, error.line ?? error.row].filter((part) => part !== undefined && part !== '');
    const place = parts.join(':');
    // In a data package the resource name says which table, beside the file that holds the row.
    const text = error.resource ? `${error.resource}${place ? ` (${place})` : ''}` : place;
    return text ? (0,markdown/* cell */.Hn)(text) : '';
}
/**
 * The job summary: verdict, counts per error type, table checks, drift, then the first errors. The
 * headline is the step's verdict: valid data under `fail-on-schema-change` with a changed schema fails
 * the step, so it is not headed "✅ valid".
 */
function renderSummary(report, reportPath, options = {}) {
    const lines = [];
    const mib = (report.stats.bytes / 2 ** 20).toFixed(1);
    const schemaFails = options.failOnSchemaChange === true && report.schemaDiff?.changed === true;
    const headline = !report.valid
        ? `❌ validate-data: ${report.errorCount} errors`
        : schemaFails
            ? '❌ validate-data: the data is valid, but the schema changed (fail-on-schema-change)'
            : '✅ validate-data: valid';
    lines.push(`### ${headline}`);
    lines.push('');
    lines.push(`${report.stats.files} file(s), ${report.stats.rows} rows, ${mib} MiB in ${(report.stats.durationMs / 1000).toFixed(2)} s. Report: \`${(0,markdown/* cell */.Hn)(reportPath)}\`${report.profile ? `, profile: \`${(0,markdown/* cell */.Hn)(report.profile)}\`` : ''}.`);
    const counts = Object.entries(report.errorCounts);
    if (counts.length) {
        lines.push('', '| error type | count |', '|---|---:|');
        for (const [type, count] of counts)
            lines.push(`| ${type} | ${count} |`);
        if (report.truncated)
            lines.push('', `Samples are capped at ${report.samplesPerType} per type; the counts above are complete.`);
    }
    if (report.checks.length) {
        lines.push('', '| check | result | detail |', '|---|---|---|');
        for (const check of report.checks)
            lines.push(`| ${check.check} | ${check.passed ? 'pass' : '**fail**'} | ${(0,markdown/* cell */.Hn)(check.message)} |`);
    }
    if (report.drift) {
        lines.push('', `Drift against \`${(0,markdown/* cell */.Hn)(report.drift.reference)}\`: ${report.drift.drifted ? '**drifted**' : 'no drift'}`);
        const drifted = report.drift.columns.filter((c) => c.drifted);
        if (drifted.length) {
            lines.push('', '| column | reason |', '|---|---|');
            for (const column of drifted)
                lines.push(`| ${(0,markdown/* cell */.Hn)(column.column)} | ${(0,markdown/* cell */.Hn)(column.reasons.join('; '), 300)} |`);
        }
    }
    if (report.schemaDiff)
        lines.push('', ...schemaDiffLines(report.schemaDiff));
    const shown = report.errors.slice(0, SUMMARY_ROWS);
    if (shown.length) {
        lines.push('', '| type | where | field | value | message |', '|---|---|---|---|---|');
        for (const e of shown)
            lines.push(`| ${e.type} | ${where(e)} | ${(0,markdown/* cell */.Hn)(e.field ?? '')} | ${(0,markdown/* cell */.Hn)(e.value ?? '', 40)} | ${(0,markdown/* cell */.Hn)(e.message)} |`);
        const more = report.errorCount - shown.length;
        if (more > 0)
            lines.push('', `…and ${more} more (see the JSON report).`);
    }
    if (report.warningCount)
        lines.push('', `${report.warningCount} cell errors tolerated by passing \`mostly\` checks.`);
    return `${lines.join('\n')}\n`;
}
const SCHEMA_CHANGE_ROWS = 50;
// Column names and constraint values come from the PR's files: every line is escaped.
function schemaDiffLines(section) {
    const against = `\`${(0,markdown/* cell */.Hn)(section.file)}\` against \`${(0,markdown/* cell */.Hn)(section.base)}\``;
    if (section.status !== 'compared')
        return [
            `Schema ${against}: ${section.status}${section.message ? ` (${(0,markdown/* cell */.Hn)(section.message, 300)})` : ''}.`,
        ];
    if (!section.changed)
        return [`Schema ${against}: unchanged.`];
    const shown = section.changes.slice(0, SCHEMA_CHANGE_ROWS).map((line) => `- ${(0,markdown/* cell */.Hn)(line, 300)}`);
    const more = section.changes.length - shown.length;
    return [
        `Schema ${against}: ${section.changes.length} change(s).`,
        '',
        ...shown,
        ...(more > 0 ? [`- …and ${more} more (see the JSON report).`] : []),
    ];
}

// EXTERNAL MODULE: ./build/actions/validate-data/validate-files.js + 4 modules
var validate_files = __webpack_require__(73139);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/core/data/checks/table-checks.js
var table_checks = __webpack_require__(68395);
;// CONCATENATED MODULE: ./build/core/data/package/data-package.js

/** True for a relative path that stays inside the package directory (no absolute path, no `..`). */
function insidePackage(path) {
    return (!path.startsWith('/') &&
        !path.startsWith('\\') &&
        !/^[a-z]:/i.test(path) &&
        !path.split(/[\\/]/).includes('..'));
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Reads a datapackage.json/.yaml. Paths must be relative and stay inside the package directory (the
 * Data Package spec forbids absolute and `..` paths: a descriptor from a PR must not read other files);
 * URLs are refused because mlci reads no remote data.
 */
function readDataPackage(doc) {
    const fail = (path, message, hint) => {
        throw new core_errors/* UsageError */.eb(`invalid data package: ${message}`, { where: doc.where(path), hint });
    };
    if (!isObject(doc.value))
        return fail([], 'expected an object with `resources`');
    const raw = doc.value.resources;
    if (!Array.isArray(raw) || raw.length === 0)
        return fail(['resources'], '`resources` must be a non-empty list', 'see docs/validate-data.md#data-packages');
    const names = new Set();
    const resources = raw.map((resource, index) => {
        const at = ['resources', index];
        if (!isObject(resource))
            return fail(at, 'a resource must be an object with `name`, `path` and `schema`');
        const name = resource.name;
        if (typeof name !== 'string' || name === '')
            return fail([...at, 'name'], 'a resource needs a `name`');
        if (names.has(name))
            fail([...at, 'name'], `duplicate resource name "${name}"`);
        names.add(name);
        const path = resource.path;
        const paths = typeof path === 'string' ? [path] : path;
        if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string' || p === ''))
            return fail([...at, 'path'], `resource "${name}": \`path\` must be a path or a list of paths`);
        paths.forEach((p, i) => {
            const where = [...at, 'path', ...(typeof path === 'string' ? [] : [i])];
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p))
                fail(where, `resource "${name}": remote path ${p} is not supported`, 'download the file first');
            if (!insidePackage(p))
                fail(where, `resource "${name}": path ${p} must be relative and stay inside the package directory`);
        });
        const schema = resource.schema;
        if (schema !== undefined && typeof schema !== 'string' && !isObject(schema))
            return fail([...at, 'schema'], `resource "${name}": \`schema\` must be an object or a path`);
        const format = resource.format;
        if (format !== undefined && typeof format !== 'string')
            fail([...at, 'format'], 'must be a string');
        const dialect = resource.dialect;
        if (dialect !== undefined && !isObject(dialect))
            fail([...at, 'dialect'], 'must be an object');
        const delimiter = isObject(dialect) ? dialect.delimiter : undefined;
        if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1))
            fail([...at, 'dialect', 'delimiter'], 'must be one character');
        const header = isObject(dialect) ? dialect.header : undefined;
        if (header !== undefined && typeof header !== 'boolean')
            fail([...at, 'dialect', 'header'], 'must be true or false');
        return {
            name,
            index,
            paths: paths,
            schema: typeof schema === 'string' || schema === undefined
                ? schema
                : { file: doc.file, value: schema, where: (p) => doc.where([...at, 'schema', ...p]) },
            format: format,
            delimiter: delimiter,
            header: header,
        };
    });
    return { file: doc.file, resources, where: doc.where };
}

;// CONCATENATED MODULE: ./build/core/data/package/package-order.js

/**
 * Checks every cross-resource foreign key (the resource and its fields exist) and orders the resources
 * so that a referenced resource is read first (its key set is then complete when the referencing one is
 * read, so a miss is reported at once, in one pass). A cycle cannot be ordered: a usage error naming it.
 * Keys naming their own resource are not in `references`: the table checks them itself (KeyChecks).
 */
function planPackage(resources) {
    const byName = new Map(resources.map((r) => [r.name, r]));
    const collect = new Map(resources.map((r) => [r.name, []]));
    const references = new Map(resources.map((r) => [r.name, []]));
    const edges = new Map(resources.map((r) => [r.name, []]));
    for (const resource of resources) {
        resource.schema.foreignKeys.forEach((key, k) => {
            if (key.resource === undefined || key.resource === resource.name)
                return;
            const target = byName.get(key.resource);
            const at = ['foreignKeys', k, 'reference'];
            if (!target)
                throw new core_errors/* UsageError */.eb(`resource "${resource.name}": foreign key references resource "${key.resource}", which is not in the package`, { where: resource.where([...at, 'resource']), hint: `resources: ${[...byName.keys()].join(', ')}` });
            const names = new Set(target.schema.fields.map((f) => f.name));
            const missing = key.referenceFields.filter((f) => !names.has(f));
            if (missing.length > 0)
                throw new core_errors/* UsageError */.eb(`resource "${resource.name}": foreign key references field(s) ${missing.join(', ')} that resource "${target.name}" does not have`, { where: resource.where([...at, 'fields']), hint: `its fields: ${[...names].join(', ')}` });
            const lists = collect.get(target.name);
            let slot = lists.findIndex((l) => l.join('\u0000') === key.referenceFields.join('\u0000'));
            if (slot === -1)
                slot = lists.push([...key.referenceFields]) - 1;
            references
                .get(resource.name)
                .push({ from: resource.name, key: { ...key, resource: target.name }, slot });
            edges.get(resource.name).push(target.name);
        });
    }
    return {
        order: topologicalOrder(resources.map((r) => r.name), edges, byName),
        collect,
        references,
    };
}
/** Depth-first: a name comes after everything it depends on; a back edge is a cycle. */
function topologicalOrder(names, edges, byName) {
    const order = [];
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'open') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            const first = byName.get(cycle[0]);
            const k = first.schema.foreignKeys.findIndex((key) => key.resource === cycle[1]);
            throw new core_errors/* UsageError */.eb(`foreign keys form a cycle: ${cycle.join(' -> ')}`, {
                where: first.where(['foreignKeys', Math.max(0, k), 'reference', 'resource']),
                hint: 'a resource can only be checked against resources read before it; break the cycle',
            });
        }
        state.set(name, 'open');
        stack.push(name);
        for (const next of edges.get(name) ?? [])
            visit(next);
        stack.pop();
        state.set(name, 'done');
        order.push(name);
    };
    for (const name of names)
        visit(name);
    return order;
}

// EXTERNAL MODULE: ./build/core/data/table-schema/load-any.js
var load_any = __webpack_require__(4073);
// EXTERNAL MODULE: ./build/core/data/table-schema/source-doc.js
var source_doc = __webpack_require__(39136);
// EXTERNAL MODULE: ./build/core/data/validate/error-collector.js
var error_collector = __webpack_require__(85006);
// EXTERNAL MODULE: ./build/actions/validate-data/header-schema.js
var header_schema = __webpack_require__(12641);
// EXTERNAL MODULE: ./build/core/data/format.js
var format = __webpack_require__(35596);
;// CONCATENATED MODULE: ./build/actions/validate-data/validate-package.js













async function readText(path, shown, what) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read ${what} ${shown}: ${thrown.code ?? String(thrown)}`);
    }
}
/** A path under the package directory as the report shows it: relative to the workspace, `/`-separated. */
function shown(cwd, absolute) {
    return (0,external_node_path_.relative)(cwd, absolute).split(external_node_path_.sep).join('/');
}
async function loadResourceSchema(pkg, index, cwd) {
    const resource = pkg.resources[index];
    if (typeof resource.schema !== 'string')
        return resource.schema;
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, pkg.file));
    const absolute = (0,external_node_path_.resolve)(dir, resource.schema);
    if (!insidePackage(resource.schema))
        throw new core_errors/* UsageError */.eb(`resource "${resource.name}": schema path must stay inside the package directory`, {
            where: pkg.where(['resources', index, 'schema']),
        });
    const file = shown(cwd, absolute);
    return (0,source_doc/* parseSourceDoc */.d)(file, await readText(absolute, file, 'schema'));
}
/**
 * The files a package run reads (every resource's data paths and schema files, absolute), for the check
 * that no output is one of them. An unreadable or invalid descriptor gives none: validatePackage reports
 * it with its line once the run starts.
 */
async function packageInputPaths(cwd, descriptor) {
    let pkg;
    try {
        pkg = readDataPackage((0,source_doc/* parseSourceDoc */.d)(descriptor, await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, descriptor), 'utf8')));
    }
    catch {
        return [];
    }
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, descriptor));
    return pkg.resources.flatMap((resource) => [
        ...resource.paths.map((path) => (0,external_node_path_.resolve)(dir, path)),
        ...(typeof resource.schema === 'string' ? [(0,external_node_path_.resolve)(dir, resource.schema)] : []),
    ]);
}
/**
 * Validates every resource of a data package, referenced resources first, and checks foreign keys across
 * them; errors carry their resource. Each resource is one table (its paths are shards), as a plain run.
 */
async function validatePackage(options) {
    const { cwd, log } = options;
    const pkg = readDataPackage((0,source_doc/* parseSourceDoc */.d)(options.descriptor, await readText((0,external_node_path_.resolve)(cwd, options.descriptor), options.descriptor, 'data package')));
    const docs = await Promise.all(pkg.resources.map((_, i) => loadResourceSchema(pkg, i, cwd)));
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, options.descriptor));
    const dataFiles = pkg.resources.map((resource) => (0,data_files/* resolveDataFiles */.A)(resource.paths.map((p) => shown(cwd, (0,external_node_path_.resolve)(dir, p))), cwd));
    const loaded = await Promise.all(docs.map((doc, i) => doc ? (0,load_any/* loadSchema */.e)(doc) : inferResourceSchema(pkg.resources[i], dataFiles[i], log)));
    const schemas = pkg.resources.map((resource, i) => {
        const table = loaded[i].table;
        if (!table)
            throw new core_errors/* UsageError */.eb(docs[i]
                ? `resource "${resource.name}": a data package resource needs a Table Schema`
                : `resource "${resource.name}" has no schema, and a schema is inferred only from a CSV header or Parquet columns`, {
                where: pkg.where(['resources', i, docs[i] ? 'schema' : 'name']),
                hint: docs[i] ? undefined : 'add a `schema` (a Table Schema) to the resource',
            });
        // A key naming its own resource is a reference within the table: KeyChecks checks those.
        const foreignKeys = table.foreignKeys.map((key) => key.resource === resource.name ? { ...key, resource: undefined } : key);
        return {
            name: resource.name,
            schema: { ...table, foreignKeys },
            where: docs[i]?.where ?? ((path) => pkg.where(['resources', i, ...path])),
        };
    });
    const plan = planPackage(schemas);
    const errors = new error_collector/* ErrorCollector */.KO(options.maxErrors);
    const files = [];
    const checks = [];
    const fields = [];
    const keySets = new Map();
    for (const name of plan.order) {
        const i = pkg.resources.findIndex((r) => r.name === name);
        const resource = pkg.resources[i];
        const schema = schemas[i].schema;
        const data = dataFiles[i];
        const result = await log.group(`Resource ${name}: ${data.length} file(s)`, () => (0,validate_files/* validateFiles */.k)({
            files: data,
            format: resource.format,
            delimiter: resource.delimiter,
            header: resource.header ?? true,
            schema: { ...loaded[i], table: schema },
            checks: (0,table_checks/* mergeChecks */._5)(loaded[i].checks, options.extraChecks),
            maxErrors: options.maxErrors,
            workers: options.workers,
            packageKeys: {
                collect: plan.collect.get(name) ?? [],
                references: (plan.references.get(name) ?? []).map((ref) => ({
                    ...ref.key,
                    keys: keySets.get(ref.key.resource)[ref.slot],
                })),
            },
            log,
        }));
        keySets.set(name, result.collected);
        const serialized = result.errors.serialize();
        errors.merge({
            counts: serialized.counts,
            samples: serialized.samples.map(([type, list]) => [type, list.map((e) => ({ ...e, resource: name }))]),
        });
        files.push(...result.files);
        checks.push(...result.checks.map((c) => ({ ...c, message: `${name}: ${c.message}` })));
        fields.push(...result.fields.map((f) => ({ ...f, name: `${name}.${f.name}` })));
    }
    return { files, errors, checks, fields, collected: [] };
}
/**
 * A resource without a schema gets one inferred from its first file, as frictionless does: the header's
 * labels, each typed by the narrowest type its first MiB of cells fits (so other resources' typed foreign
 * keys resolve against it). A notice says so: an inferred schema checks structure, not meaning.
 */
async function inferResourceSchema(resource, files, log) {
    const first = files[0];
    const table = await (0,header_schema/* headerSchema */.B)(first, (0,format/* formatOf */.b)(first.path, resource.format), {
        delimiter: resource.delimiter,
        header: resource.header ?? true,
        inferTypes: true,
    });
    const fields = table?.fields.map((f) => `${f.name}: ${f.type}`).join(', ') ?? '';
    log.notice(`resource "${resource.name}" has no schema; inferred from ${first.path}: ${fields || '(no columns)'}. Add a schema to check types and constraints.`);
    return { file: first.path, table, checks: {} };
}

// EXTERNAL MODULE: ./build/actions/validate-data/validation-inputs.js
var validation_inputs = __webpack_require__(24209);
;// CONCATENATED MODULE: ./build/actions/validate-data/validate-data.js
















/** `mlci validate-data`: schema, table checks and drift over data files; one report, exit 1 when invalid. */
async function validateData(io) {
    const inputs = getValidateDataInputs(io.inputs);
    const files = inputs.datapackage ? [] : (0,data_files/* resolveDataFiles */.A)(inputs.data, io.cwd);
    await (0,output_paths/* checkRunPaths */.A$)(io, { report: inputs.report, profile: inputs.profile }, {
        data: files.map((file) => file.absolute),
        schema: inputs.schema,
        checks: inputs.checks,
        'reference-profile': inputs['reference-profile'],
        datapackage: inputs.datapackage,
        'datapackage resources': inputs.datapackage ? await packageInputPaths(io.cwd, inputs.datapackage) : [],
    });
    await (0,report_file/* keepReportCurrent */.R)((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/validation-report', version: 1 }, () => validate(io, inputs, files));
}
async function validate(io, inputs, files) {
    const started = performance.now();
    const { schema, extraChecks, checks, reference } = await (0,validation_inputs/* readValidationInputs */.v)(io.cwd, inputs);
    const referencePath = inputs['reference-profile'];
    // Before the long pass: a base-ref that does not exist fails in seconds, not after the data.
    const baseRef = inputs['base-ref'] ?? pullRequestBase(io.env);
    if (inputs['fail-on-schema-change'] && !schema)
        throw new core_errors/* UsageError */.eb('`fail-on-schema-change` needs a `schema` to compare with the base', {
            hint: 'give the schema file: `schema: data/schema.yaml`',
        });
    // A push run has no base: nothing to compare, and not an error (the same workflow serves both events).
    if (inputs['fail-on-schema-change'] && !baseRef)
        io.log.info('no base-ref and not a pull_request run: the schema is not compared');
    const schemaDiff = baseRef && schema && inputs.schema
        ? await schemaChange(io, {
            ref: baseRef,
            path: inputs.schema,
            schema,
            explicit: inputs['base-ref'] !== undefined,
        })
        : undefined;
    const profiling = inputs.profile !== undefined || reference !== undefined;
    const result = inputs.datapackage
        ? await validatePackage({
            cwd: io.cwd,
            descriptor: inputs.datapackage,
            extraChecks,
            maxErrors: inputs['max-errors'],
            workers: inputs.workers,
            log: io.log,
        })
        : await io.log.group(`Validating ${files.length} file(s)`, () => (0,validate_files/* validateFiles */.k)({
            files,
            format: inputs.format,
            delimiter: inputs.delimiter,
            header: inputs.header,
            schema,
            checks,
            maxErrors: inputs['max-errors'],
            workers: inputs.workers,
            createProfiler: profiling ? (table) => (0,profiler/* createProfiler */.I)(table.fields, { reference }) : undefined,
            reference,
            log: io.log,
            progress: io.progress,
        }));
    const profile = result.profile;
    if (profile && inputs.profile)
        await writeOut(io.cwd, inputs.profile, (0,profile_json/* formatProfile */.p)(profile));
    let drift;
    if (reference && profile && referencePath) {
        // The drift code loads only when a reference profile is given.
        const { compareProfiles } = await __webpack_require__.e(/* import() */ 5317).then(__webpack_require__.bind(__webpack_require__, 15317));
        drift = driftSection(referencePath, compareProfiles(reference, profile, checks.drift ?? {}));
    }
    const report = (0,validate_report/* buildReport */.F)({
        files: result.files,
        durationMs: performance.now() - started,
        errors: result.errors,
        checks: result.checks,
        fields: result.fields,
        profile: profile && inputs.profile ? inputs.profile : undefined,
        drift,
        schemaDiff,
    });
    await writeOut(io.cwd, inputs.report, `${JSON.stringify(report, null, 2)}\n`);
    io.output('valid', String(report.valid));
    io.output('error-count', String(report.errorCount));
    io.output('report', inputs.report);
    if (report.profile)
        io.output('profile', report.profile);
    if (schemaDiff?.status === 'compared')
        io.output('schema-changed', String(schemaDiff.changed));
    annotate(report, io.log);
    await io.summary(renderSummary(report, inputs.report, { failOnSchemaChange: inputs['fail-on-schema-change'] }));
    if (!report.valid && inputs['fail-on-error']) {
        const types = Object.entries(report.errorCounts)
            .map(([type, count]) => `${count} ${type}`)
            .join(', ');
        throw new core_errors/* DataError */.fL(`the data is invalid: ${types}`, {
            hint: `details in ${inputs.report} and the job summary`,
        });
    }
    if (schemaDiff?.changed && inputs['fail-on-schema-change']) {
        throw new core_errors/* DataError */.fL(`the schema ${inputs.schema} differs from ${schemaDiff.base}: ${schemaDiff.changes.join('; ')}`, { hint: 'review the changes; drop `fail-on-schema-change` to only report them' });
    }
}
function driftSection(reference, result) {
    return {
        reference,
        drifted: result.drifted,
        columns: result.columns.map((c) => ({
            column: c.name,
            drifted: c.drifted,
            metrics: { ...c.metrics },
            ...(c.noise ? { noise: { ...c.noise } } : {}),
            reasons: c.reasons,
        })),
    };
}
async function writeOut(cwd, path, text) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    try {
        await (0,atomic_write/* writeFileAtomic */.Zf)(target, text);
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot write ${path}: ${thrown.code ?? String(thrown)}`);
    }
}


/***/ }),

/***/ 89944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ describeSchemaDiff),
/* harmony export */   e: () => (/* binding */ diffSchemas)
/* harmony export */ });
/* harmony import */ var _text_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51472);

const SCHEMA_KEYS = ['primaryKey', 'uniqueKeys', 'foreignKeys', 'missingValues', 'fieldsMatch'];
/**
 * Columns added, removed and retyped, and constraints changed, from `base` to `head`. Pure: both
 * schemas are parsed values. A type with a non-default format reads `type/format` (`string/email`).
 */
function diffSchemas(base, head) {
    const before = new Map(base.fields.map((field) => [field.name, field]));
    const after = new Map(head.fields.map((field) => [field.name, field]));
    const added = head.fields
        .filter((f) => !before.has(f.name))
        .map((f) => ({ name: f.name, type: typeOf(f) }));
    const removed = base.fields
        .filter((f) => !after.has(f.name))
        .map((f) => ({ name: f.name, type: typeOf(f) }));
    const retyped = [];
    const constraints = [];
    for (const field of head.fields) {
        const old = before.get(field.name);
        if (!old)
            continue;
        if (typeOf(old) !== typeOf(field))
            retyped.push({ name: field.name, from: typeOf(old), to: typeOf(field) });
        const was = (old.constraints ?? {});
        const now = (field.constraints ?? {});
        for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
            const from = was[key];
            const to = now[key];
            if (!sameValue(from, to))
                constraints.push({ field: field.name, key, from, to });
        }
    }
    for (const key of SCHEMA_KEYS) {
        const from = normaliseKey(key, base[key]);
        const to = normaliseKey(key, head[key]);
        if (!sameValue(from, to))
            constraints.push({ key, from, to });
    }
    const common = (fields, other) => fields.filter((f) => other.has(f.name)).map((f) => f.name);
    const reordered = common(base.fields, after).join('\n') !== common(head.fields, before).join('\n');
    const changed = added.length + removed.length + retyped.length + constraints.length > 0 || reordered;
    return { added, removed, retyped, constraints, reordered, changed };
}
function typeOf(field) {
    const type = field.type ?? 'any';
    const format = field.format?.replace(/^fmt:/, '');
    return format && format !== 'default' ? `${type}/${format}` : type;
}
// Defaults and v1 forms compare equal to their v2 spelling: no primaryKey = [], "id" = ["id"].
function normaliseKey(key, value) {
    if (key === 'primaryKey')
        return typeof value === 'string' ? [value] : (value ?? []);
    if (key === 'missingValues')
        return value ?? [''];
    if (key === 'fieldsMatch')
        return value ?? 'exact';
    return value ?? [];
}
/** Deep equality of JSON values (object key order ignored). */
function sameValue(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    if (value === undefined)
        return 'undefined';
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).sort(([a], [b]) => (0,_text_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnits */ .C)(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** One plain-text line per change, for a log or (escaped) a job summary. */
function describeSchemaDiff(diff) {
    const show = (value) => (value === undefined ? '(none)' : JSON.stringify(value));
    return [
        ...diff.added.map((f) => `added column "${f.name}" (${f.type})`),
        ...diff.removed.map((f) => `removed column "${f.name}" (${f.type})`),
        ...diff.retyped.map((f) => `column "${f.name}" retyped: ${f.from} -> ${f.to}`),
        ...diff.constraints.map((c) => c.field === undefined
            ? `${c.key} changed: ${show(c.from)} -> ${show(c.to)}`
            : `column "${c.field}" constraint ${c.key}: ${show(c.from)} -> ${show(c.to)}`),
        ...(diff.reordered ? ['columns reordered'] : []),
    ];
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


/***/ })

};
