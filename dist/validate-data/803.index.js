export const id = 803;
export const ids = [803];
export const modules = {

/***/ 8803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
const spec = {
    name: 'validate-data',
    aliases: ['validate'],
    summary: 'Validate data files against a schema, quality rules and drift from a reference profile.',
    positional: 'data',
    inputs: {
        data: {
            description: 'Data files or globs, one per line (CSV, TSV, JSONL, Parquet; .gz for CSV/JSONL). Several files are shards of one table. Required unless `datapackage` is given.',
            kind: 'list',
        },
        datapackage: {
            description: 'A Frictionless datapackage.json or .yaml: validates every resource and the foreign keys between them (instead of `data` and `schema`).',
        },
        schema: {
            description: 'Table Schema (v1 or v2, JSON or YAML), the short YAML form (`columns:`), or a JSON Schema for JSONL records.',
        },
        format: {
            description: 'csv, tsv, jsonl or parquet; by default from each file name.',
        },
        delimiter: {
            description: 'CSV delimiter (one character, or tab/comma/semicolon/pipe); `,` by default, TAB for .tsv.',
        },
        header: {
            description: 'Whether the first CSV row holds the column names.',
            kind: 'boolean',
            default: 'true',
        },
        checks: {
            description: 'A YAML or JSON file of table checks (rowCount, nullRate, mostly, duplicateRows, labelBalance); adds to a `checks:` section of the schema.',
        },
        'reference-profile': {
            description: 'A data profile (mlci/data-profile JSON) to compare the data with for drift.',
        },
        profile: {
            description: 'Write the data profile of this data to this path (for drift checks later, or merge-profiles).',
        },
        report: {
            description: 'Where to write the JSON validation report.',
            default: 'mlci-validation-report.json',
        },
        'max-errors': {
            description: 'Error samples kept per error type in the report (true counts are always kept).',
            kind: 'number',
            default: '100',
        },
        workers: {
            description: "Worker threads for large CSV files (0 = one per core, 1 = none). Key checks (unique, primaryKey, uniqueKeys, duplicateRows) of one CSV file use them too: every thread records its rows' keys into partitions, and the threads deduplicate them together.",
            kind: 'number',
            default: '0',
        },
        'fail-on-error': {
            description: 'Exit 1 when the data is invalid (false: report only, exit 0).',
            kind: 'boolean',
            default: 'true',
        },
        'base-ref': {
            description: 'Diff the schema file against this branch, tag or commit (listed in the report and summary). Default: the base branch on a pull_request run, else no diff.',
        },
        'fail-on-schema-change': {
            description: 'Exit 1 when the schema file differs from the one on `base-ref` (false: report only).',
            kind: 'boolean',
            default: 'false',
        },
    },
    outputs: {
        valid: { description: '"true" when the data passed every check.' },
        'error-count': { description: 'Number of errors (true count, not the capped samples).' },
        report: { description: 'Path of the JSON validation report.', path: true },
        profile: { description: 'Path of the data profile, when one was written.', path: true },
        'schema-changed': {
            description: '"true" when the schema differs from the one on the base branch (set only when compared).',
        },
    },
    permissions: { contents: 'read' },
};


/***/ })

};
