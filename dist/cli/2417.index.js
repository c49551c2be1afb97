export const id = 2417;
export const ids = [2417];
export const modules = {

/***/ 96240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ getTrainInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65355);


const LOCKS = ['write', 'check', 'off'];
const CACHES = ['auto', 'local', 'github-actions', 'registry', 'none'];
/** Reads and checks every input of `mlci train`. */
function getTrainInputs(read) {
    const cache = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'cache', 'auto');
    const lock = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'lock', 'write');
    if (!LOCKS.includes(lock)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`lock\` must be one of ${LOCKS.join(', ')}, got "${lock}"`);
    }
    if (!CACHES.includes(cache)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`cache\` must be one of ${CACHES.join(', ')}, got "${cache}"`);
    }
    return {
        targets: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'targets'),
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'config', 'mlci.yml'),
        'dvc-file': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'dvc-file'),
        cmd: read.get('cmd')?.trim() || undefined,
        name: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'name', 'train'),
        deps: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'deps'),
        params: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'params'),
        outs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'outs'),
        metrics: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'metrics'),
        plots: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'plots'),
        env: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'env'),
        'pass-env': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(read, 'pass-env'),
        seed: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(read, 'seed', 0, { min: 0, max: 4294967295, integer: true }),
        timeout: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'timeout', '0'),
        verify: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(read, 'verify', false),
        shell: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'shell'),
        cache: cache,
        'cache-dir': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'cache-dir', '.mlci/cache'),
        'cache-registry': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'cache-registry'),
        'cache-registry-username': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'cache-registry-username'),
        'cache-registry-password': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'cache-registry-password'),
        'github-token': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'github-token'),
        force: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(read, 'force', false),
        downstream: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(read, 'downstream', false),
        'keep-going': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(read, 'keep-going', false),
        record: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(read, 'record', '.mlci/run-record.json'),
        'allow-untrusted-code': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(read, 'allow-untrusted-code', false),
        lock: lock,
        'frozen-lock': (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(read, 'frozen-lock', false),
    };
}


/***/ }),

/***/ 18079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ loadStages)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/core/text/yaml-doc.js
var yaml_doc = __webpack_require__(43814);
// EXTERNAL MODULE: ./build/core/train/stage.js
var stage = __webpack_require__(78029);
;// CONCATENATED MODULE: ./build/core/train/parse-stages.js


/** "90" / 90 -> 90, "30m" -> 1800, "2h" -> 7200; anything else is a usage error naming the stage. */
function parseDuration(value, what, where) {
    if (value === undefined || value === null || value === '')
        return 0;
    const match = /^([0-9]+(?:\.[0-9]+)?)([smh]?)$/.exec(String(value).trim());
    if (!match) {
        throw new errors/* UsageError */.eb(`${what}: timeout must be seconds or "90s", "30m", "2h", got "${String(value)}"`, {
            where,
        });
    }
    const unit = { '': 1, s: 1, m: 60, h: 3600 }[match[2]];
    return Number(match[1]) * unit;
}
function list(value, what, where) {
    if (value === undefined || value === null)
        return [];
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
        if (typeof item !== 'string' || item.trim() === '')
            throw new errors/* UsageError */.eb(`${what} must be a list of non-empty strings`, { where });
    }
    return items.map((item) => item.trim());
}
/** `params:` in either form: a list of keys / `{file: [keys]}`, or a mapping of inline values. */
function parseParams(value, what, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        if (typeof value !== 'object')
            throw new errors/* UsageError */.eb(`${what}: params must be a list or a mapping`, { where });
        return [{ kind: 'inline', values: value }];
    }
    // 'all' (every key of the file) absorbs any list of keys of the same file.
    const byFile = new Map();
    const add = (file, keys) => {
        const known = byFile.get(file) ?? new Set();
        byFile.set(file, keys === 'all' || known === 'all' ? 'all' : new Set([...known, ...keys]));
    };
    for (const item of value) {
        if (typeof item === 'string')
            add('params.yaml', [item]);
        else if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 1) {
            const [[file, keys]] = Object.entries(item);
            // `- params.json:` with no keys (null or []) means every key of the file, as in dvc.yaml.
            if (keys === null || (Array.isArray(keys) && keys.length === 0))
                add(file, 'all');
            else
                add(file, list(keys, `${what}: params of ${file}`, where));
        }
        else {
            throw new errors/* UsageError */.eb(`${what}: each params item is a key or a single \`file: [keys]\` mapping`, {
                where,
            });
        }
    }
    return [...byFile].map(([file, keys]) => keys === 'all' ? { kind: 'file', file } : { kind: 'file', file, keys: [...keys] });
}
function whereOf(source, ...path) {
    const position = source.locate?.([...source.path, ...path]);
    return { file: source.file, ...position };
}
/** One stage from its mapping (mlci.yml `train.stages.<name>`, or the action's single-stage inputs). */
function parseStage(name, raw, source) {
    const where = whereOf(source);
    const what = `stage '${name}'`;
    if (!stage/* STAGE_NAME */.rf.test(name)) {
        throw new errors/* UsageError */.eb(`${what}: a stage name takes letters, digits, '.', '_' and '-' (no spaces or commas)`, {
            where,
            hint: 'stage names are part of cache keys',
        });
    }
    const cmd = Array.isArray(raw.cmd) ? raw.cmd.map(String).join('\n') : raw.cmd;
    if (typeof cmd !== 'string' || cmd.trim() === '')
        throw new errors/* UsageError */.eb(`${what} has no \`cmd\``, { where, hint: 'add `cmd: python train.py`' });
    const shell = raw.shell;
    if (shell !== undefined && !stage/* SHELLS */.OF.includes(shell))
        throw new errors/* UsageError */.eb(`${what}: unknown shell "${String(shell)}"`, { where: whereOf(source, 'shell') });
    const seed = raw.seed ?? stage/* STAGE_DEFAULTS */.cX.seed;
    if (!Number.isInteger(Number(seed)) || Number(seed) < 0)
        throw new errors/* UsageError */.eb(`${what}: seed must be a non-negative integer`, { where: whereOf(source, 'seed') });
    const outputs = [
        ...list(raw.outs, what, where),
        ...list(raw.metrics, what, where),
        ...list(raw.plots, what, where),
    ];
    const persist = list(raw.persist, `${what}: persist`, whereOf(source, 'persist'));
    const stray = persist.find((path) => !outputs.includes(path));
    if (stray !== undefined) {
        throw new errors/* UsageError */.eb(`${what}: persist "${stray}" is not one of the stage's outs, metrics or plots`, {
            where: whereOf(source, 'persist'),
            hint: 'list under `persist` only paths the stage also declares as outputs',
        });
    }
    return {
        name,
        cmd,
        deps: list(raw.deps, `${what}: deps`, whereOf(source, 'deps')),
        params: parseParams(raw.params, what, whereOf(source, 'params')),
        outs: list(raw.outs, `${what}: outs`, whereOf(source, 'outs')),
        metrics: list(raw.metrics, `${what}: metrics`, whereOf(source, 'metrics')),
        plots: list(raw.plots, `${what}: plots`, whereOf(source, 'plots')),
        env: list(raw.env, `${what}: env`, whereOf(source, 'env')),
        passEnv: list(raw['pass-env'], `${what}: pass-env`, whereOf(source, 'pass-env')),
        dependsOn: list(raw['depends-on'], `${what}: depends-on`, whereOf(source, 'depends-on')),
        timeout: parseDuration(raw.timeout, what, whereOf(source, 'timeout')),
        seed: Number(seed),
        verify: raw.verify === true || raw.verify === 'true',
        shell,
        tools: list(raw.tools, `${what}: tools`, whereOf(source, 'tools')),
        wdir: typeof raw.wdir === 'string' && raw.wdir.trim() ? raw.wdir.trim() : stage/* STAGE_DEFAULTS */.cX.wdir,
        ...(persist.length ? { persist } : {}),
        ...(raw.frozen === true || raw.frozen === 'true' ? { frozen: true } : {}),
        ...(raw['always-changed'] === true || raw['always-changed'] === 'true' ? { alwaysChanged: true } : {}),
        where,
    };
}
/** Every stage of mlci.yml's `train.stages` mapping, in declaration order. */
function parseStages(stages, source) {
    return Object.entries(stages).map(([name, raw]) => {
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new errors/* UsageError */.eb(`stage '${name}' must be a mapping with at least \`cmd\``, {
                where: whereOf(source, name),
            });
        }
        return parseStage(name, raw, { ...source, path: [...source.path, name] });
    });
}

;// CONCATENATED MODULE: ./build/core/train/dvc-yaml.js





/** dvc.yaml stage keys mlci reads; the rest do not change what runs (desc, meta) or are refused. */
const READ = new Set([
    'cmd',
    'deps',
    'params',
    'outs',
    'metrics',
    'plots',
    'wdir',
    'frozen',
    'always_changed',
]);
const IGNORED = new Set(['desc', 'meta']);
/**
 * Options of an out (`- model.pkl: {persist: true}`), by what mlci does with them: `persist` is honoured;
 * the descriptive and plot-rendering ones change nothing that runs; `cache: false` and the DVC-remote
 * ones are ignored with a warning (mlci caches every output in its own store); the rest are refused.
 */
const OUT_OPTIONS = {
    honoured: new Set(['persist']),
    silent: new Set(['desc', 'type', 'labels', 'meta', 'title', 'template', 'x', 'y', 'x_label', 'y_label']),
};
/** The outs of one list: each `path` or `{path: {persist: true, cache: false, …}}`. */
function readOuts(raw, what, where, path, warn) {
    if (!Array.isArray(raw))
        return { paths: raw, persist: [] };
    const persist = [];
    const paths = raw.map((item, index) => {
        if (!item || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length !== 1)
            return item;
        const [[out, options]] = Object.entries(item);
        for (const [option, value] of Object.entries((options ?? {}))) {
            if (option === 'persist' && value === true)
                persist.push(out);
            else if (option === 'cache' && value === false) {
                warn(`${what}: "${out}" has \`cache: false\`; mlci caches and restores every output anyway`);
            }
            else if (option === 'remote' || option === 'push') {
                warn(`${what}: "${out}": \`${option}\` is a DVC remote setting; mlci keeps outputs in its own cache`);
            }
            else if (!OUT_OPTIONS.honoured.has(option) && !OUT_OPTIONS.silent.has(option) && option !== 'cache') {
                throw new errors/* UsageError */.eb(`${what}: "${out}": dvc.yaml output option \`${option}\` is not supported`, {
                    where: where([...path, index, out, option]),
                    hint: 'remove it, or keep running this stage with `dvc repro`',
                });
            }
        }
        return out;
    });
    return { paths, persist };
}
/**
 * The stages of a dvc.yaml (cmd, deps, params, outs, metrics, plots, wdir, frozen, always_changed, and the
 * `persist` option of outputs), so a DVC project runs under mlci unchanged; what mlci ignores is `warn`ed. `file` is the dvc.yaml path relative to the workspace; stage paths stay relative to the
 * stage's wdir, as in DVC. `foreach`/`matrix` and `${…}` templating are refused with a hint, not guessed.
 */
function parseDvcYaml(text, file, warn = () => { }) {
    const fail = (message, details) => new errors/* UsageError */.eb(message, details);
    const parsed = (0,yaml_doc/* parseYamlBudgeted */.rU)(text, file, fail);
    const { doc, lines } = parsed;
    const at = (path) => {
        const node = doc.getIn(path, true);
        if (!node?.range)
            return undefined;
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
    };
    if (doc.errors[0]) {
        const { line, col } = lines.linePos(doc.errors[0].pos[0]);
        throw new errors/* UsageError */.eb(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, {
            where: { file, line, column: col },
        });
    }
    // Top-level keys besides `stages` describe the project for `dvc plots`/`dvc exp`/artifacts and do not
    // change what runs (`vars` only matters through `${…}`, which is refused below).
    // Expanded once, under the alias budget (doc.toJS() would expand an alias bomb unchecked).
    const value = (0,yaml_doc/* yamlValue */.t$)(parsed, file, fail);
    const top = value;
    for (const key of Object.keys(top && typeof top === 'object' ? top : {})) {
        if (!['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'].includes(key)) {
            throw new errors/* UsageError */.eb(`unknown dvc.yaml top-level key \`${key}\``, { where: { file, ...at([key]) } });
        }
    }
    const stages = doc.getIn(['stages'], true);
    if (!(0,dist/* isMap */.jh)(stages)) {
        throw new errors/* UsageError */.eb('dvc.yaml has no `stages:` mapping', { where: { file, line: 1, column: 1 } });
    }
    const base = external_node_path_.posix.dirname(file.split('\\').join('/'));
    return Object.entries(value.stages).map(([name, raw]) => {
        const where = { file, ...at(['stages', name]) };
        if (!raw || typeof raw !== 'object')
            throw new errors/* UsageError */.eb(`stage '${name}' must be a mapping`, { where });
        for (const key of Object.keys(raw)) {
            if (key === 'foreach' || key === 'matrix' || key === 'do') {
                throw new errors/* UsageError */.eb(`stage '${name}': dvc.yaml \`${key}\` stages are not supported`, {
                    where: { file, ...at(['stages', name, key]) },
                    hint: 'write one stage per item in mlci.yml `train.stages`, or keep running this one with `dvc repro`',
                });
            }
            if (!READ.has(key) && !IGNORED.has(key)) {
                throw new errors/* UsageError */.eb(`stage '${name}': unknown dvc.yaml key \`${key}\``, {
                    where: { file, ...at(['stages', name, key]) },
                });
            }
        }
        if (JSON.stringify(raw).includes('${')) {
            throw new errors/* UsageError */.eb(`stage '${name}': dvc.yaml templating (\`\${…}\`) is not supported`, {
                where,
                hint: 'replace the template with its value, or declare the stage in mlci.yml',
            });
        }
        const whereAt = (path) => ({ file, ...at(path) });
        const outs = (key) => readOuts(raw[key], `stage '${name}'`, whereAt, ['stages', name, key], warn);
        const [out, metrics, plots] = [outs('outs'), outs('metrics'), outs('plots')];
        const wdir = external_node_path_.posix.normalize(external_node_path_.posix.join(base, typeof raw.wdir === 'string' ? raw.wdir : '.'));
        const stage = parseStage(name, {
            cmd: raw.cmd,
            deps: raw.deps,
            params: raw.params,
            outs: out.paths,
            metrics: metrics.paths,
            plots: plots.paths,
            persist: [...out.persist, ...metrics.persist, ...plots.persist],
            frozen: raw.frozen === true,
            'always-changed': raw.always_changed === true,
        }, { file, path: ['stages', name], locate: at });
        return { ...stage, wdir };
    });
}

// EXTERNAL MODULE: ./build/config/loader.js + 1 modules
var loader = __webpack_require__(64321);
;// CONCATENATED MODULE: ./build/actions/train/load-stages.js







/** A single stage from the action's inputs: `params` items are `key` (params.yaml) or `file:key`. */
function stageFromInputs(inputs) {
    const params = inputs.params.map((item) => {
        const colon = item.lastIndexOf(':');
        return colon > 0 ? { [item.slice(0, colon)]: [item.slice(colon + 1)] } : item;
    });
    return parseStage(inputs.name, {
        cmd: inputs.cmd,
        deps: inputs.deps,
        params,
        outs: inputs.outs,
        metrics: inputs.metrics,
        plots: inputs.plots,
        env: inputs.env,
        'pass-env': inputs['pass-env'],
        seed: inputs.seed,
        timeout: inputs.timeout,
        verify: inputs.verify,
        shell: inputs.shell,
    }, { file: 'action inputs', path: [] });
}
async function fromDvc(cwd, file, warn) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    const text = await (0,promises_.readFile)(path, 'utf8').catch((cause) => {
        throw new errors/* UsageError */.eb(`cannot read ${file}`, { cause, hint: 'check the `dvc-file` input' });
    });
    return parseDvcYaml(text, (0,external_node_path_.relative)(cwd, path).split('\\').join('/'), warn);
}
/**
 * The stages to work on, from the first source that has them: the single-stage inputs (`cmd`), the
 * `dvc-file` input, mlci.yml's `train.stages`, then a dvc.yaml in the workspace.
 */
async function loadStages(cwd, inputs, warn = () => { }) {
    if (inputs.cmd)
        return { stages: [stageFromInputs(inputs)], source: 'action inputs' };
    if (inputs['dvc-file'])
        return { stages: await fromDvc(cwd, inputs['dvc-file'], warn), source: inputs['dvc-file'] };
    const configPath = (0,external_node_path_.resolve)(cwd, inputs.config);
    if ((0,external_node_fs_.existsSync)(configPath)) {
        const config = await (0,loader/* loadConfig */.Z)(configPath);
        const train = config.value.train;
        if (train?.stages && Object.keys(train.stages).length) {
            const file = (0,external_node_path_.relative)(cwd, configPath).split('\\').join('/');
            return {
                stages: parseStages(train.stages, { file, path: ['train', 'stages'], locate: config.locate }),
                source: file,
            };
        }
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, 'dvc.yaml')))
        return { stages: await fromDvc(cwd, 'dvc.yaml', warn), source: 'dvc.yaml' };
    throw new errors/* UsageError */.eb('no training stages declared', {
        hint: 'give `cmd` (and deps/outs) as inputs, declare `train.stages` in mlci.yml, or point `dvc-file` at a dvc.yaml',
    });
}


/***/ }),

/***/ 44673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ linkInside),
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



/** True when `path` is `root` or below it (both absolute, already real). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The one link rule (DESIGN.md, trust boundaries), shared by build-image's sources and train's outputs:
 * a symbolic link whose target resolves (through every further link) outside `root` is a usage error
 * naming the link, so no file reached through a link — a credentials file, /etc — is ever packed into an
 * image or a cache entry. A link that stays inside is returned for the caller to keep as a link (or, where
 * it cannot be, to copy its target). `root` must be a real path; `shown` is how the error names the link.
 */
async function linkInside(absolute, root, shown, rootName = 'the workspace') {
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(absolute);
    // A dangling link has no real path: judge the path it names.
    const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), target));
    if (!isInside(root, resolved)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`symlink "${shown}" points outside ${rootName} (to ${target})`, {
            hint: 'a link may only point inside the workspace; copy the target in or remove the link',
        });
    }
    return { target, resolved };
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

/***/ 41593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _text_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51472);


/**
 * The canonical encoding fingerprints are computed over: JSON with object keys sorted by UTF-16 code
 * units, no whitespace, and ECMAScript number serialisation: the JSON Canonicalization Scheme (RFC 8785)
 * for the values mlci produces. Non-finite numbers and undefined are refused, not silently dropped, so
 * two different inputs can never encode alike.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`cannot encode ${value} canonically`);
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (0,_text_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byCodeUnits */ .C)(a, b));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    throw new TypeError(`cannot encode a ${typeof value} canonically`);
}
/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 25488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ stageUsageError),
/* harmony export */   v: () => (/* binding */ stageFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/** A stage declared wrongly (missing dep, unknown params key, cycle): exit 2, at the stage's declaration. */
function stageUsageError(stage, message, details = {}) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`stage '${stage.name}': ${message}`, { where: stage.where, ...details });
}
/** A stage that ran and failed (non-zero exit, timeout, out not produced, not reproducible): exit 1. */
function stageFailure(stage, message, details = {}) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`stage '${stage.name}': ${message}`, { where: stage.where, ...details });
}


/***/ }),

/***/ 9015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ insideWorkspace),
/* harmony export */   X: () => (/* binding */ workspacePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


/** A stage path as a normalised workspace-relative POSIX path ('./data/../x' -> 'x'), for comparisons. */
function workspacePath(wdir, path) {
    const slashed = path.split('\\').join('/');
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(slashed) || /^[A-Za-z]:\//.test(slashed))
        return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(slashed);
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix
        .normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir.split('\\').join('/'), path.split('\\').join('/')))
        .replace(/\/$/, '');
}
/**
 * The workspace-relative path of a stage's dep or out, refusing absolute paths and paths that climb out
 * of the workspace: outputs are deleted before a run and restored from caches, so they must stay inside.
 */
function insideWorkspace(wdir, path, what, where) {
    const normal = workspacePath(wdir, path);
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(normal) || /^[A-Za-z]:/.test(normal) || normal === '..' || normal.startsWith('../')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} "${path}" is outside the workspace`, {
            where,
            hint: 'use paths relative to the workspace (the repository checkout)',
        });
    }
    return normal;
}


/***/ }),

/***/ 70204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZG: () => (/* binding */ buildGraph),
/* harmony export */   kD: () => (/* binding */ planTraining),
/* harmony export */   yk: () => (/* binding */ dependentsOf)
/* harmony export */ });
/* unused harmony export findCycle */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25488);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9015);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78029);





const isGlob = (path) => /[*?[{]/.test(path);
const within = (inner, outer) => inner === outer || inner.startsWith(`${outer}/`);
/**
 * The graph of `stages`: an edge A -> B when B declares `depends-on: [A]` or one of B's deps is, or
 * holds, one of A's outputs (as DVC links stages). Unknown names and cycles are usage errors naming them.
 */
function buildGraph(stages) {
    const byName = new Map();
    for (const stage of stages) {
        if (byName.has(stage.name))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stageUsageError */ .g)(stage, 'is declared twice');
        byName.set(stage.name, stage);
    }
    const producers = stages.flatMap((stage) => (0,_stage_js__WEBPACK_IMPORTED_MODULE_3__/* .stageOutputs */ .Tp)(stage).map((out) => ({ stage: stage.name, out: (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X)(stage.wdir, out) })));
    const upstream = new Map();
    for (const stage of stages) {
        for (const name of stage.dependsOn) {
            if (!byName.has(name)) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stageUsageError */ .g)(stage, `depends on unknown stage '${name}'${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(name, [...byName.keys()])}`);
            }
        }
        const inferred = stage.deps
            .filter((dep) => !isGlob(dep))
            .map((dep) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X)(stage.wdir, dep))
            .flatMap((dep) => producers.filter(({ out }) => within(dep, out) || within(out, dep)))
            .map(({ stage: producer }) => producer)
            .filter((producer) => producer !== stage.name);
        upstream.set(stage.name, [...new Set([...stage.dependsOn, ...inferred])]);
    }
    const graph = { stages: byName, upstream };
    const cycle = findCycle(graph);
    if (cycle) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`stages form a cycle: ${cycle.join(' -> ')}`, {
            where: byName.get(cycle[0])?.where,
            hint: 'remove one `depends-on` (or the dep on another stage’s output) to break the cycle',
        });
    }
    return graph;
}
/** A cycle as a closed path of names ('a -> b -> a'), or undefined. Colouring DFS. */
function findCycle(graph) {
    const state = new Map();
    const path = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return undefined;
        if (state.get(name) === 'open')
            return [...path.slice(path.indexOf(name)), name];
        state.set(name, 'open');
        path.push(name);
        for (const up of graph.upstream.get(name) ?? []) {
            const cycle = visit(up);
            if (cycle)
                return cycle;
        }
        path.pop();
        state.set(name, 'done');
        return undefined;
    };
    for (const name of graph.stages.keys()) {
        const cycle = visit(name);
        if (cycle)
            return cycle;
    }
    return undefined;
}
/**
 * Stages to run for `targets` (all stages when empty), dependencies first (DFS post-order).
 *
 *             evaluate
 *                |
 *              train
 *             /     \
 *        prepare   featurize
 *
 *   planTraining(g, ['evaluate'])                      = ['prepare', 'featurize', 'train', 'evaluate']
 *   planTraining(g, ['prepare'], { downstream: true }) = ['prepare', 'train', 'evaluate']
 */
function planTraining(graph, targets, opts = {}) {
    for (const target of targets) {
        if (!graph.stages.has(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown stage '${target}'${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(target, [...graph.stages.keys()])}`, {
                hint: `declared stages: ${[...graph.stages.keys()].join(', ')}`,
            });
        }
    }
    const roots = targets.length ? targets : [...graph.stages.keys()];
    const order = [];
    const seen = new Set();
    const visit = (name) => {
        if (seen.has(name))
            return;
        seen.add(name);
        for (const up of graph.upstream.get(name) ?? [])
            visit(up);
        order.push(name);
    };
    for (const root of roots)
        visit(root);
    if (!opts.downstream || targets.length === 0)
        return order;
    // Downstream: the targets and every stage that (transitively) needs one, still in dependency order.
    const wanted = new Set(targets);
    const all = [];
    const seenAll = new Set();
    const visitAll = (name) => {
        if (seenAll.has(name))
            return;
        seenAll.add(name);
        for (const up of graph.upstream.get(name) ?? [])
            visitAll(up);
        all.push(name);
    };
    for (const name of graph.stages.keys())
        visitAll(name);
    for (const name of all) {
        if ((graph.upstream.get(name) ?? []).some((up) => wanted.has(up)))
            wanted.add(name);
    }
    return all.filter((name) => wanted.has(name));
}
/** Every stage that (transitively) needs `name`, in plan order. */
function dependentsOf(graph, plan, name) {
    const hit = new Set([name]);
    for (const stage of plan) {
        if ((graph.upstream.get(stage) ?? []).some((up) => hit.has(up)))
            hit.add(stage);
    }
    return plan.filter((stage) => stage !== name && hit.has(stage));
}


/***/ }),

/***/ 74617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ hashOutputs),
/* harmony export */   PN: () => (/* binding */ listOutputs),
/* harmony export */   WR: () => (/* binding */ placeOutputs),
/* harmony export */   o$: () => (/* binding */ withinOutputs),
/* harmony export */   rH: () => (/* binding */ removeOutputs)
/* harmony export */ });
/* unused harmony export linkDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44673);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _process_hash_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42444);






/** The sha256 a link is recorded with: of its target, so a changed target is a changed output. */
function linkDigest(target) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`symlink\u0000${target}`).digest('hex');
}
async function walk(root, realRoot, abs, out) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
    // The link rule build-image applies (core/fs/link-rule.ts): a link out of the workspace is an error
    // naming it, so a credentials file reached through a link never lands in a cache entry others restore.
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).isSymbolicLink()) {
        const { target } = await (0,_core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .linkInside */ .B)(abs, realRoot, path);
        // An absolute target inside the workspace is stored relative, so it still leads there on another runner.
        const link = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(target) ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs), target).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/') || '.' : target;
        out.push({ path, abs, size: 0, executable: false, link });
        return;
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs).catch(() => undefined);
    if (!info)
        return; // a dangling link inside the workspace: nothing to store
    if (info.isDirectory()) {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(abs)).sort())
            await walk(root, realRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, name), out);
    }
    else if (info.isFile()) {
        out.push({
            path,
            abs,
            size: info.size,
            executable: process.platform !== 'win32' && (info.mode & 0o111) !== 0,
        });
    }
}
/** Every file under the declared outputs (workspace-relative paths), and the outputs that do not exist. */
async function listOutputs(root, outputs) {
    const files = [];
    const missing = [];
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    for (const output of outputs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, output);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs).catch(() => undefined)))
            missing.push(output);
        else
            await walk(root, realRoot, abs, files);
    }
    return { files, missing };
}
/** Hashes of every output file (read in parallel). */
async function hashOutputs(root, outputs) {
    const { files, missing } = await listOutputs(root, outputs);
    const hashes = await (0,_process_hash_files_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFiles */ .yQ)(files.filter((file) => file.link === undefined).map(({ abs, size }) => ({ path: abs, size })));
    const stored = files.map(({ path, abs, executable, link }) => {
        if (link !== undefined)
            return { path, sha256: linkDigest(link), size: 0, executable: false, link };
        const { sha256, size } = hashes.get(abs);
        return { path, sha256, size, executable };
    });
    return { files: stored, missing };
}
/** Deletes the declared outputs (before a run, as DVC does, so a stale file never passes as produced). */
async function removeOutputs(root, outputs) {
    for (const output of outputs)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, output), { recursive: true, force: true });
}
/** True when `path` is one of `outputs` or inside one of them (POSIX, workspace-relative). */
function withinOutputs(path, outputs) {
    return outputs.some((output) => path === output || path.startsWith(`${output.replace(/\/$/, '')}/`));
}
/**
 * Moves restored outputs from `staging` (same layout as the workspace) into `root`: each declared output
 * present in staging replaces the one in the workspace with a rename (same filesystem, no copy).
 */
async function placeOutputs(staging, root, outputs) {
    for (const output of outputs) {
        const from = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, output);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(from).catch(() => undefined)))
            continue;
        const to = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(to, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(to), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(from, to);
    }
}


/***/ }),

/***/ 42444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hU: () => (/* binding */ startHashing),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony export hashFileSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var _hash_worker_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25547);
/* harmony import */ var _hash_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99284);




let mainBuffer;
/** SHA-256 of one file, read in this thread (for small jobs, where starting workers costs more). */
function hashFileSync(path) {
    mainBuffer ??= Buffer.allocUnsafe(_hash_worker_source_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_SIZE */ .V);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
        let size = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, mainBuffer, 0, mainBuffer.length, null);
            if (n === 0)
                break;
            hash.update(mainBuffer.subarray(0, n));
            size += n;
        }
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Below this many bytes in all, hashing stays on the main thread: a worker takes ~30 ms to start. */
const WORKER_THRESHOLD = 32 * 1024 * 1024;
/** A small run: nothing is read before done(), on this thread, and a dropped file never. */
function onThisThread(files, onProgress) {
    const dropped = new Set();
    let result;
    return {
        drop: (paths) => {
            for (const path of paths)
                dropped.add(path);
        },
        done: () => {
            result ??= (async () => {
                const out = new Map();
                let bytes = 0;
                for (const { path } of files) {
                    if (dropped.has(path))
                        continue;
                    const hash = hashFileSync(path);
                    out.set(path, hash);
                    bytes += hash.size;
                    onProgress?.({ files: out.size, bytes });
                }
                return out;
            })();
            return result;
        },
    };
}
/**
 * Starts hashing `files` on every core at once: on the workers startHashWorkers started, or on one worker
 * thread per core but one for this run, and on this thread between its other work. Below 32 MiB in all (or
 * one file), on this thread at done() instead. Node's sha256 is OpenSSL's, with SHA extensions where the CPU
 * has them. `size` (from stat) only orders the work.
 */
function startHashing(files, onProgress) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total < WORKER_THRESHOLD || files.length === 1)
        return onThisThread(files, onProgress);
    const early = (0,_hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .earlyHashWorkers */ .F$)();
    const count = Math.min((0,_hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .helpedWorkers */ .UE)(), files.length - 1);
    early?.grow(count);
    const workers = early ?? new _hash_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .HashWorkers */ .E3(count, { mainThreadHelps: true });
    const jobs = new Map(files.map((file) => [file.path, workers.hash(file.path, file.size)]));
    workers.flush();
    const out = new Map();
    let bytes = 0;
    let failure;
    // Handled from the start: a file that fails while the caller still waits for git is not an unhandled
    // rejection; the first failure drops the rest (their hashes would not be used).
    const settled = [...jobs].map(([path, job]) => job.result.then((hash) => {
        out.set(path, hash);
        bytes += hash.size;
        onProgress?.({ files: out.size, bytes });
    }, (error) => {
        if (job.dropped || failure !== undefined)
            return;
        failure = error;
        for (const other of jobs.values())
            other.drop();
    }));
    let result;
    return {
        drop: (paths) => {
            for (const path of paths)
                jobs.get(path)?.drop();
        },
        done: () => {
            result ??= (async () => {
                try {
                    await Promise.all(settled);
                }
                finally {
                    if (workers !== early)
                        await workers.close();
                }
                if (failure !== undefined)
                    throw failure;
                return out;
            })();
            return result;
        },
    };
}
/** SHA-256 of many files (startHashing, all of them wanted). */
function hashFiles(files, onProgress) {
    return startHashing(files, onProgress).done();
}


/***/ })

};
