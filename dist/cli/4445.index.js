export const id = 4445;
export const ids = [4445];
export const modules = {

/***/ 94445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemaDiffAgainstBase: () => (/* binding */ schemaDiffAgainstBase)
});

// EXTERNAL MODULE: ./build/core/data/profile/profile-json.js
var profile_json = __webpack_require__(29503);
;// CONCATENATED MODULE: ./build/core/data/schema-diff/profile-schema.js
/** The columns of a profile as a schema (names and types only), so two profiles can be diffed too. */
function schemaOfProfile(profile) {
    return { fields: profile.columns.map((column) => ({ name: column.name, type: column.type })) };
}

// EXTERNAL MODULE: ./build/core/data/schema-diff/schema-diff.js
var schema_diff = __webpack_require__(89944);
// EXTERNAL MODULE: ./build/core/data/table-schema/load-schema.js + 3 modules
var load_schema = __webpack_require__(84920);
// EXTERNAL MODULE: ./build/core/data/table-schema/source-doc.js
var source_doc = __webpack_require__(39136);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/platform/git/run.js
var run = __webpack_require__(45092);
;// CONCATENATED MODULE: ./build/platform/git/show.js




const MAX_OUTPUT = 64 * 1024 * 1024; // a schema or profile; far above any real one
/** The real git on PATH. */
const runGit = (cwd, args) => new Promise((done) => {
    (0,external_node_child_process_.execFile)('git', [...args], { cwd, maxBuffer: MAX_OUTPUT, timeout: 120_000, windowsHide: true }, (error, stdout, stderr) => done({ ok: !error, stdout: String(stdout), stderr: String(stderr ?? (error ? error.message : '')) }));
});
/**
 * The content of `path` as it is on `ref` (`git show <ref>:<path>`), or undefined when the file does
 * not exist there (added by this PR). A checkout made with actions/checkout's default `fetch-depth: 1`
 * has no base branch: then the base is fetched with `git fetch --depth=1 origin <ref>` first.
 */
async function showAtRef(options) {
    const { cwd, ref, path, git = runGit, remote = 'origin' } = options;
    if (!(0,run/* isSafeRef */.fx)(ref)) {
        throw new errors/* UsageError */.eb(`"${ref}" is not a branch, tag or commit name mlci will pass to git`, {
            hint: 'give the base branch name, e.g. `main` (GITHUB_BASE_REF), or a commit SHA',
        });
    }
    const commit = (await resolveCommit(git, cwd, ref)) ?? (await fetchBase(git, cwd, ref, remote));
    const spec = `${commit}:./${toGitPath(cwd, path)}`;
    const exists = await git(cwd, ['cat-file', '-e', spec]);
    if (!exists.ok)
        return undefined;
    const shown = await git(cwd, ['show', spec]);
    if (!shown.ok)
        throw new errors/* UsageError */.eb(`git show ${ref}:${path} failed: ${firstLine(shown.stderr)}`);
    return shown.stdout;
}
async function resolveCommit(git, cwd, ref) {
    for (const candidate of [ref, `origin/${ref}`]) {
        const found = await git(cwd, [
            'rev-parse',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${candidate}^{commit}`,
        ]);
        if (found.ok && found.stdout.trim())
            return found.stdout.trim();
    }
    return undefined;
}
async function fetchBase(git, cwd, ref, remote) {
    const fetched = await git(cwd, ['fetch', '--no-tags', '--depth=1', remote, '--end-of-options', ref]);
    const head = fetched.ok
        ? await git(cwd, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])
        : fetched;
    if (!head.ok || !head.stdout.trim()) {
        throw new errors/* UsageError */.eb(`cannot find the base "${ref}" in the repository or fetch it from ${remote}`, {
            hint: `check the ref name; the job needs \`contents: read\` and network access to ${remote} (${firstLine(fetched.stderr)})`,
        });
    }
    return head.stdout.trim();
}
/** `path` relative to `cwd` with forward slashes, as git wants it on every OS; must stay inside. */
function toGitPath(cwd, path) {
    const inside = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, path));
    if (inside.startsWith('..') || (0,external_node_path_.resolve)(inside) === inside) {
        throw new errors/* UsageError */.eb(`${path} is outside the working directory`, {
            hint: 'give a path inside the repository',
        });
    }
    return inside.split(external_node_path_.sep).join('/');
}
function firstLine(text) {
    return text.trim().split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./build/platform/git/base-schema.js







/**
 * Diffs `head` (the PR's schema, already loaded) against the same file on the base branch. The file may
 * be a Table Schema (JSON/YAML, short form included) or a data profile (its columns and types).
 */
async function schemaDiffAgainstBase(options) {
    const { ref, path } = options;
    const text = await showAtRef(options);
    if (text === undefined)
        return { status: 'new-file', ref, path };
    const shown = `${ref}:${path}`;
    try {
        const base = /"kind"\s*:\s*"mlci\/data-profile"/.test(text.slice(0, 200))
            ? schemaOfProfile((0,profile_json/* parseProfile */.j)(text, shown))
            : (0,load_schema/* loadTableSchema */.y)((0,source_doc/* parseSourceDoc */.d)(shown, text));
        return { status: 'compared', ref, path, diff: (0,schema_diff/* diffSchemas */.e)(base, options.head) };
    }
    catch (thrown) {
        if (!(thrown instanceof errors/* MlciError */.sc))
            throw thrown;
        return { status: 'unreadable', ref, path, message: (0,errors/* messageOf */.bD)(thrown) };
    }
}


/***/ }),

/***/ 45092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Ii: () => (/* binding */ tryGit),
/* harmony export */   fx: () => (/* binding */ isSafeRef),
/* harmony export */   oM: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
// File listings (`ls-files -z`, `status -z`) of a large monorepo run to tens of MiB.
const MAX_OUTPUT = 256 * 1024 * 1024;
/** Runs git with an argument array (never a shell) in `cwd`; stdout, or an MlciError naming the command. */
async function git(cwd, args, options = {}) {
    try {
        const { stdout } = await run('git', [...args], {
            cwd,
            maxBuffer: MAX_OUTPUT,
            encoding: 'utf8',
            ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        });
        return stdout;
    }
    catch (cause) {
        const stderr = String(cause.stderr ?? '')
            .trim()
            .split('\n')[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlciError */ .sc(`git ${args[0]} failed: ${stderr || (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(cause)}`, 1, { cause });
    }
}
/** git's stdout as printed, or undefined when git fails or is missing (callers fall back). */
async function gitOutput(cwd, args, options = {}) {
    try {
        return await git(cwd, args, options);
    }
    catch {
        return undefined;
    }
}
/** git's stdout trimmed, or undefined when git fails or is missing. */
async function tryGit(cwd, args, options = {}) {
    return (await gitOutput(cwd, args, options))?.trim();
}
// A ref git would accept that cannot be read as an option (`--upload-pack=…`) or a range.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]+$/;
/** Whether `ref` is safe to pass to git as a ref: not option-like, not a range. */
const isSafeRef = (ref) => SAFE_REF.test(ref);


/***/ })

};
