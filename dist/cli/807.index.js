export const id = 807;
export const ids = [807];
export const modules = {

/***/ 62807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ formatWhere),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   sc: () => (/* binding */ MlciError)
/* harmony export */ });
/* unused harmony export isErrorInstance */
/** The one error type of mlci: it carries its exit code and knows how to describe itself. */
class MlciError extends Error {
    exitCode;
    details;
    name = 'MlciError';
    constructor(message, exitCode, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.exitCode = exitCode;
        this.details = details;
    }
    get where() {
        return this.details.where;
    }
    get hint() {
        return this.details.hint;
    }
    /** The same error (class, message, exit code, hint, cause) placed at `where` instead. */
    placedAt(where) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        Object.defineProperty(copy, 'details', { value: { ...this.details, where }, enumerable: true });
        return copy;
    }
    /**
     * "mlci.yml:4:3: unknown key `trian` — did you mean `train`?" with the hint on its own line. Leave the
     * place out where it is shown another way (an annotation's file and line).
     */
    describe(options = {}) {
        const at = this.where && options.where !== false ? `${formatWhere(this.where)}: ` : '';
        const hint = this.hint && options.hint !== false ? `\n  hint: ${this.hint}` : '';
        return `${at}${this.message}${hint}`;
    }
}
/** A usage or configuration error (exit 2). */
class UsageError extends MlciError {
    name = 'UsageError';
    constructor(message, details = {}) {
        super(message, 2, details);
    }
}
/** Invalid data or a failed gate (exit 1). */
class DataError extends MlciError {
    name = 'DataError';
    constructor(message, details = {}) {
        super(message, 1, details);
    }
}
/** "file:line:column", leaving out what is unknown. */
function formatWhere(where) {
    let text = where.file;
    if (where.line !== undefined)
        text += `:${where.line}`;
    if (where.line !== undefined && where.column !== undefined)
        text += `:${where.column}`;
    return text;
}
/** True for Error instances, including ones from other realms (vm, workers). */
function isErrorInstance(value) {
    return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}
/** A message for anything thrown on one line, keeping the chain of causes ("a: b: c"). */
function messageOf(thrown) {
    if (thrown instanceof MlciError)
        return thrown.hint ? `${thrown.describe({ hint: false })} (hint: ${thrown.hint})` : thrown.describe();
    if (!isErrorInstance(thrown))
        return String(thrown);
    const parts = [thrown.message || thrown.name];
    let cause = thrown.cause;
    for (let depth = 0; cause !== undefined && depth < 5; depth++) {
        parts.push(isErrorInstance(cause) ? cause.message : String(cause));
        cause = isErrorInstance(cause) ? cause.cause : undefined;
    }
    return parts.join(': ');
}


/***/ })

};
