export const id = 7092;
export const ids = [7092];
export const modules = {

/***/ 37092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileJsonSchema: () => (/* binding */ compileJsonSchema),
/* harmony export */   recordValidator: () => (/* binding */ recordValidator)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52210);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);




// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0__["default"] ?? ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
const MAX_PROBLEMS_PER_RECORD = 20;
function createAjv(schema, allErrors) {
    const is2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
    // $data stays off (CVE-2025-69873) and there is no loadSchema: no remote $refs. "fast" formats avoid
    // the ReDoS-prone full regexes (reference/reliability-and-security.md §4.2).
    const options = { allErrors, strict: false, $data: false, validateFormats: true };
    const ajv = is2020 ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020(options) : new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv(options);
    addFormats(ajv, { mode: 'fast' });
    return ajv;
}
/** Compiles a JSON Schema into a predicate (for the `jsonSchema` constraint); throws UsageError if invalid. */
function compileJsonSchema(schema, file) {
    const validate = compile(createAjv(schema, false), schema, file);
    return (value) => validate(value) === true;
}
function compile(ajv, schema, file) {
    try {
        return ajv.compile(schema);
    }
    catch (thrown) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid JSON Schema: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where: file ? { file } : undefined,
        });
    }
}
/**
 * A record validator for JSONL: a fast first pass without allErrors, and only for a failing record a
 * second pass that lists its problems (as the ajv docs advise: no allErrors on untrusted data at scale).
 */
function recordValidator(schema, file) {
    const fast = compile(createAjv(schema, false), schema, file);
    const full = compile(createAjv(schema, true), schema, file);
    return (record) => {
        if (fast(record) === true)
            return [];
        full(record);
        return (full.errors ?? []).slice(0, MAX_PROBLEMS_PER_RECORD).map(problem);
    };
}
function problem(error) {
    const path = error.instancePath || '/';
    const params = error.params;
    switch (error.keyword) {
        case 'type':
            return { type: 'type-error', field: path, message: `${path} ${error.message}` };
        case 'required':
            return {
                type: 'missing-cell',
                field: String(params.missingProperty),
                message: `${path} ${error.message}`,
            };
        case 'additionalProperties':
            return {
                type: 'extra-cell',
                field: String(params.additionalProperty),
                message: `${path} has an extra property "${String(params.additionalProperty)}"`,
            };
        default:
            return {
                type: 'constraint-error',
                field: path,
                message: `${path} ${error.message} (${error.keyword})`,
            };
    }
}


/***/ })

};
