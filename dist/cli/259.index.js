export const id = 259;
export const ids = [259];
export const modules = {

/***/ 18259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationFile: () => (/* binding */ annotationFile),
/* harmony export */   runnerIO: () => (/* binding */ runnerIO)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _core_text_inert_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81120);
/* harmony import */ var _core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27827);
/* harmony import */ var _inert_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75963);





/**
 * Annotation files must be repository-relative with forward slashes for GitHub to show them on the
 * file in the pull request; the runner does not rewrite an absolute path. Paths outside the workspace
 * are left as they are (they still name the file in the log).
 */
function annotationFile(file, workspace) {
    if (file === undefined || !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file))
        return file?.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, file);
    return inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? file : inside.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
function runnerLog(workspace) {
    const annotation = (props = {}) => {
        const { title, where } = props;
        return {
            title,
            file: annotationFile(where?.file, workspace),
            startLine: where?.line,
            startColumn: where?.column,
        };
    };
    // The only place mlci's runner log reaches @actions/core; inertLogger has made every text inert.
    return (0,_inert_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLogger */ .H)({
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(message),
        debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(message),
        notice: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm((0,_inert_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .m)(message, props), annotation(props)),
        warning: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e((0,_inert_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .m)(message, props), annotation(props)),
        error: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3((0,_inert_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .withHint */ .m)(message, props), annotation(props)),
        group: (name, work) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os(name, work),
    });
}
/** The ActionIO of a workflow step: INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
function runnerIO(env = process.env) {
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    return {
        inputs: { get: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name) || undefined },
        log: runnerLog(cwd),
        env,
        cwd,
        output: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH(name, value),
        summary: async (markdown) => {
            // Without GITHUB_STEP_SUMMARY (an old or self-hosted runner), core.summary throws: log instead.
            if (!env.GITHUB_STEP_SUMMARY)
                return _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq((0,_core_text_inert_js__WEBPACK_IMPORTED_MODULE_2__/* .inertBlock */ .WC)((0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(markdown)));
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw((0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)(markdown), true).write();
        },
        setSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value),
    };
}


/***/ })

};
