export const id = 890;
export const ids = [890];
export const modules = {

/***/ 56890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotationFile: () => (/* binding */ annotationFile),
  runnerIO: () => (/* binding */ runnerIO),
  saveState: () => (/* binding */ saveState)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/core/text/inert.js
// Log text that cannot act: the GitHub runner reads every line a step prints (stdout and stderr) and
// acts on `::command::…` at the start of a line (after leading white space) and on the older
// `##[command]…` anywhere in it; it ends a line at CR as well as LF. A file name, field name, metric name,
// server reply or subprocess line carrying `\n::add-mask::true` or `\r::stop-commands::x` would otherwise
// issue that command in mlci's name (reference/reliability-and-security.md §2.6, tj-actions masking).
// C0 controls except TAB, DEL, C1 controls, the Unicode line and paragraph separators, and the bidi
// overrides and isolates (a name that reads differently from what it is).
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Colour (SGR) sequences are kept: the log viewer renders them and they cannot move the cursor, clear
// the screen or set the clipboard as other escape sequences can in a terminal.
const SGR = /^\u001b\[[0-9;]{0,32}m/;
const NAMED = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };
function shown(ch) {
    const code = ch.charCodeAt(0);
    return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}
/** `text` on one line with every control character shown as an escape (`\n`, `\r`, `\x07`, `\u202e`). */
function visible(text) {
    return text.replace(CONTROL, (ch, offset) => ch === '\u001b' && SGR.test(text.slice(offset, offset + 36)) ? ch : shown(ch));
}
/**
 * One log line no runner can read as a workflow command: control characters shown, a leading `::` (after
 * white space) preceded by a backslash, and every `##[` broken as `##\[`. mlci issues its own commands
 * through the runner protocol (runner-io.ts), after this.
 */
function inertLine(text) {
    const line = visible(text).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(line) ? `\\${line}` : line;
}
/**
 * A block mlci wrote on purpose over several lines (the job summary, help text): its LF line breaks are
 * kept, every line made inert, and any other line break (a lone CR) shown.
 */
function inertBlock(text) {
    return text
        .split(/\r?\n/)
        .map((line) => inertLine(line))
        .join('\n');
}

;// CONCATENATED MODULE: ./build/core/text/redact.js
// Credentials written into a URL or an image reference (`https://user:pass@host/…`,
// `user:token@ghcr.io/acme/model`) must not reach a log line, an annotation or a summary. The logger and
// the summary writers pass every text through this (src/platform/inert-logger.ts).
// scheme://userinfo@ — anything up to the `@` before the host is userinfo.
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/@]+@/g;
// user:secret@host/… without a scheme, where host looks like a registry host (a dotted name or
// localhost, an optional port, then `/` or the end). `name:tag@sha256:…` is a digest, not a password:
// `sha256` has no dot, so it is left alone.
const BARE_USERINFO = /(^|[\s"'`(=,])[^\s/@:"'`]+:[^\s/@"'`]+@(?=(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:\/|$|[\s"'`)]))/g;
/** `text` with the userinfo of every URL or image reference in it replaced by `***`. */
function redactCredentials(text) {
    if (!text.includes('@'))
        return text;
    return text.replace(URL_USERINFO, '$1***@').replace(BARE_USERINFO, '$1***@');
}

;// CONCATENATED MODULE: ./build/platform/inert-logger.js


/** One log text as printed: credentials in URLs and image references redacted, then made inert. */
const inert_logger_inertLine = (text) => inertLine(redactCredentials(text));
function inertProps(props) {
    if (!props)
        return props;
    const { title, where, hint } = props;
    return {
        title: title === undefined ? undefined : inert_logger_inertLine(title),
        where: where && { ...where, file: inert_logger_inertLine(where.file) },
        hint: hint === undefined ? undefined : inert_logger_inertLine(hint),
    };
}
/**
 * The one way mlci prints a log line (DESIGN.md, trust boundaries): every message, title, file and group
 * name has credentials redacted (core/text/redact.ts) and is made inert (core/text/inert.ts) before `raw`
 * (the runner's workflow commands or the CLI's stderr) sees it, so no file name, field name, server reply or subprocess output can issue a workflow
 * command. A hint is the one line break mlci adds itself.
 */
function inertLogger(raw) {
    return {
        info: (message) => raw.info(inert_logger_inertLine(message)),
        debug: (message) => raw.debug(inert_logger_inertLine(message)),
        notice: (message, props) => raw.notice(inert_logger_inertLine(message), inertProps(props)),
        warning: (message, props) => raw.warning(inert_logger_inertLine(message), inertProps(props)),
        error: (message, props) => raw.error(inert_logger_inertLine(message), inertProps(props)),
        group: (name, work) => raw.group(inert_logger_inertLine(name), work),
    };
}
/** A message with its hint on the next line, as a raw logger prints it. */
function withHint(message, props) {
    return props?.hint === undefined ? message : `${message}\n  hint: ${props.hint}`;
}

;// CONCATENATED MODULE: ./build/platform/runner-io.js







const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** The one write to the step's log: every caller below has made its text inert (or escaped it) first. */
const writeLine = (text) => process.stdout.write(`${text}${external_node_os_.EOL}`);
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
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${randomUuid()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
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
    if (file === undefined || !(0,external_node_path_.isAbsolute)(file))
        return file?.split(external_node_path_.sep).join('/');
    const inside = (0,external_node_path_.relative)(workspace, file);
    return inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? file : inside.split(external_node_path_.sep).join('/');
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
    const annotate = (level) => (message, props) => issueCommand(level, annotation(props), withHint(message, props));
    // The only place mlci's runner log reaches the runner; inertLogger has made every text inert.
    return inertLogger({
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
                writeLine(inertBlock(redactCredentials(markdown)));
                return;
            }
            try {
                (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
            }
            catch {
                throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
            }
            await (0,promises_.appendFile)(file, `${redactCredentials(markdown)}${external_node_os_.EOL}`, { encoding: 'utf8' });
        },
        setSecret: (value) => issueCommand('add-mask', {}, value),
    };
}


/***/ })

};
