export const id = 8259;
export const ids = [8259];
export const modules = {

/***/ 18259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationFile: () => (/* binding */ annotationFile),
/* harmony export */   runnerIO: () => (/* binding */ runnerIO),
/* harmony export */   saveState: () => (/* binding */ saveState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_text_inert_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81120);
/* harmony import */ var _core_text_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27827);
/* harmony import */ var _inert_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75963);







const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** The one write to the step's log: every caller below has made its text inert (or escaped it) first. */
const writeLine = (text) => process.stdout.write(`${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
/** `::command key=value,…::message`, escaped as @actions/core escapes it; unset properties are left out. */
function issueCommand(command, props, message) {
    const set = Object.entries(props).filter(([, value]) => value !== undefined && value !== '' && value !== 0);
    const list = set.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    writeLine(`::${command}${list ? ` ${list}` : ''}::${escapeData(message)}`);
}
/**
 * A random UUID (version 4 in form) for a delimiter, as @actions/core's. Its randomness only makes a
 * delimiter that occurs in the value unlikely; appendKeyValue's check makes one harmless (it refuses to
 * write), so Math.random serves where node:crypto would cost every run's start-up ~15 ms (69 M
 * instructions, measured) for this alone.
 */
function randomUuid() {
    const hex = (digits) => Array.from({ length: digits }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    const variant = '89ab'[Math.floor(Math.random() * 4)];
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
/** `name<<delimiter` value `delimiter`, appended to the runner's GITHUB_OUTPUT / GITHUB_STATE file. */
function appendKeyValue(file, name, value) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${randomUuid()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
/**
 * Saves a value for the action's post step (STATE_<name> there): GITHUB_STATE, or the `save-state`
 * command on a runner without the file.
 */
function saveState(name, value, env = process.env) {
    if (env.GITHUB_STATE)
        appendKeyValue(env.GITHUB_STATE, name, value);
    else
        issueCommand('save-state', { name }, value);
}
/**
 * Annotation files must be repository-relative with forward slashes for GitHub to show them on the
 * file in the pull request; the runner does not rewrite an absolute path. Paths outside the workspace
 * are left as they are (they still name the file in the log).
 */
function annotationFile(file, workspace) {
    if (file === undefined || !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(file))
        return file?.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(workspace, file);
    return inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(inside) ? file : inside.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
}
function runnerLog(workspace) {
    const annotation = (props = {}) => {
        const { title, where } = props;
        return {
            title,
            file: annotationFile(where?.file, workspace),
            line: where?.line,
            col: where?.column,
        };
    };
    const annotate = (level) => (message, props) => issueCommand(level, annotation(props), (0,_inert_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .withHint */ .m)(message, props));
    // The only place mlci's runner log reaches the runner; inertLogger has made every text inert.
    return (0,_inert_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLogger */ .H)({
        info: (message) => writeLine(message),
        debug: (message) => issueCommand('debug', {}, message),
        notice: annotate('notice'),
        warning: annotate('warning'),
        error: annotate('error'),
        group: async (name, work) => {
            issueCommand('group', {}, name);
            try {
                return await work();
            }
            finally {
                issueCommand('endgroup', {}, '');
            }
        },
    });
}
/** The ActionIO of a workflow step: INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
function runnerIO(env = process.env) {
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const log = runnerLog(cwd);
    return {
        // As core.getInput: spaces in the name become `_`, upper case, the value trimmed.
        inputs: { get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined },
        log,
        env,
        cwd,
        output: (name, value) => {
            if (env.GITHUB_OUTPUT)
                appendKeyValue(env.GITHUB_OUTPUT, name, value);
            else {
                writeLine('');
                issueCommand('set-output', { name }, value);
            }
        },
        summary: async (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            // Without GITHUB_STEP_SUMMARY (an old or self-hosted runner) there is no summary: log instead.
            if (!file) {
                writeLine((0,_core_text_inert_js__WEBPACK_IMPORTED_MODULE_4__/* .inertBlock */ .WC)((0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactCredentials */ .U)(markdown)));
                return;
            }
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch {
                throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, `${(0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactCredentials */ .U)(markdown)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
        },
        setSecret: (value) => issueCommand('add-mask', {}, value),
    };
}


/***/ })

};
