export const id = 4059;
export const ids = [4059];
export const modules = {

/***/ 74059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rebasePath: () => (/* binding */ rebasePath),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   sectionInputs: () => (/* binding */ sectionInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_text_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91138);
/* harmony import */ var _config_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64321);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75325);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65355);






/** The inputs a section of mlci.yml gives its command: lists newline-joined, structured keys left out. */
function sectionInputs(spec, section, configFile) {
    const inputs = new Map();
    for (const [key, value] of Object.entries(section)) {
        if (!(key in spec.inputs))
            continue; // a structured key (spec.config): the command reads it from the file
        inputs.set(key, Array.isArray(value) ? value.map(String).join('\n') : String(value));
    }
    if ('config' in spec.inputs && !inputs.has('config'))
        inputs.set('config', configFile);
    return inputs;
}
/** A path relative to `cwd` (a step's), made relative to `root` (the workspace) with forward slashes. */
function rebasePath(path, cwd, root) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path))
        return path;
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path));
    return inside === '' ? '.' : inside.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/**
 * An ActionIO that gives a step its section's inputs and runs it in the config file's directory:
 * paths in mlci.yml are relative to the file, as in docker-compose, so `mlci run --config
 * examples/iris/mlci.yml` works from anywhere. What leaves the step is rebased onto the workspace:
 * annotation files (GitHub places them on the PR's files only by repository-relative path) and path
 * outputs; and each output is named after its section (`validate-data-report`, `compare-metrics-report`),
 * so two sections never write the same output name.
 */
function stepIO(io, spec, inputs, cwd) {
    const place = (props) => props?.where
        ? { ...props, where: { ...props.where, file: rebasePath(props.where.file, cwd, io.cwd) } }
        : props;
    const log = {
        ...io.log,
        notice: (message, props) => io.log.notice(message, place(props)),
        warning: (message, props) => io.log.warning(message, place(props)),
        error: (message, props) => io.log.error(message, place(props)),
    };
    return {
        ...io,
        cwd,
        log,
        inputs: { get: (name) => inputs.get(name) || undefined },
        output: (name, value) => io.output(`${spec.name}-${name}`, spec.outputs[name]?.path && value ? rebasePath(value, cwd, io.cwd) : value),
    };
}
/** A step's error, its file rebased onto the workspace like its annotations. */
function placed(error, cwd, root) {
    if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlciError */ .sc) || !error.where)
        return error;
    return error.placedAt({ ...error.where, file: rebasePath(error.where.file, cwd, root) });
}
/** `mlci run`: each section of mlci.yml, in pipeline order; the first failure stops the pipeline, but for the report. */
async function run(io) {
    const configFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(io.inputs, 'config', 'mlci.yml'));
    const config = await (0,_config_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(configFile);
    const only = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readList */ .LD)(io.inputs, 'only');
    const names = _commands_js__WEBPACK_IMPORTED_MODULE_3__/* .CAPABILITIES */ .$.map(({ spec }) => spec.name);
    for (const name of only) {
        if (!names.includes(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown section \`${name}\`${(0,_core_text_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .au)(name, names)}`);
    }
    const steps = _commands_js__WEBPACK_IMPORTED_MODULE_3__/* .CAPABILITIES */ .$.filter(({ spec }) => spec.name in config.value).filter(({ spec }) => only.length === 0 || only.includes(spec.name));
    if (steps.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${configFile} declares no step to run`, {
            where: { file: configFile, line: 1 },
            hint: `add a section such as \`validate-data:\` or \`train:\`; known: ${names.join(', ')}`,
        });
    }
    const ran = [];
    let failure;
    for (const { spec, run: command } of steps) {
        // After a failure only the report still runs: a failed gate is exactly what reviewers must see.
        if (failure !== undefined && !ALWAYS.has(spec.name))
            continue;
        const section = (config.value[spec.name] ?? {});
        const inputs = sectionInputs(spec, section, configFile);
        const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(configFile);
        try {
            await io.log.group(`mlci ${spec.name}`, () => command(stepIO(io, spec, inputs, cwd)).catch((error) => {
                throw placed(error, cwd, io.cwd);
            }));
            ran.push(spec.name);
        }
        catch (thrown) {
            if (failure === undefined)
                failure = thrown;
            else
                io.log.warning(`mlci ${spec.name} failed too: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(thrown)}`);
        }
    }
    io.output('steps', ran.join(','));
    if (failure !== undefined)
        throw failure;
}
/** Sections that run even after an earlier one failed (the `if: always()` of a workflow). */
const ALWAYS = new Set(['report']);


/***/ })

};
