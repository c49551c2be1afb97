import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 9104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2807);


/**
 * What the toolkit's run() does and nothing more: run the command with the runner's IO, turn an
 * MlciError into an error annotation and its exit code. Never calls process.exit().
 */
async function runAction(spec, command, io) {
    // Worker threads that load the bundle itself (validate-data's range workers) must not run the action.
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread)
        return;
    // Imported here, not at the top: the CLI imports reportFailure and has no use for @actions/core.
    io ??= (await __nccwpck_require__.e(/* import() */ 200).then(__nccwpck_require__.bind(__nccwpck_require__, 6200))).runnerIO();
    try {
        await command(io);
    }
    catch (thrown) {
        process.exitCode = reportFailure(spec, thrown, io);
    }
}
/** Logs a thrown value the way a reviewer can act on and returns the exit code it maps to. */
function reportFailure(spec, thrown, io) {
    if (thrown instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlciError */ .sc) {
        // One error annotation, on the user's file where we know it (setFailed would add a second one
        // and could only exit 1).
        io.log.error(thrown.describe({ where: false, hint: false }), {
            title: `mlci ${spec.name}`,
            where: thrown.where,
            hint: thrown.hint,
        });
        return thrown.exitCode;
    }
    // Not an MlciError: a bug of ours. Keep the stack in the debug log, not in the annotation.
    const stack = thrown instanceof Error && thrown.stack ? thrown.stack : String(thrown);
    for (const line of stack.split('\n'))
        io.log.debug(line);
    io.log.error(`mlci ${spec.name} failed unexpectedly: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(thrown)}`, { title: `mlci ${spec.name}` });
    return 1;
}


/***/ }),

/***/ 6452:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9104);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7693);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3680);



await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .spec */ .I, _train_js__WEBPACK_IMPORTED_MODULE_1__/* .train */ .B);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ spec)
});

// UNUSED EXPORTS: remoteCacheInputs

// EXTERNAL MODULE: ./build/core/train/stage.js
var stage = __nccwpck_require__(8029);
;// CONCATENATED MODULE: ./build/core/train/config-schema.js

const PATHS = { type: 'array', items: { type: 'string', minLength: 1 } };
const NAMES = { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } };
/** `params:` as a list (keys of params.yaml, or `{file: [keys]}` as in dvc.yaml) or a mapping of inline values. */
const PARAMS = {
    description: 'Keys read from params.yaml (`- train.lr`), keys of another file (`- params.json: [lr]`), or inline values (a mapping).',
    anyOf: [
        {
            type: 'array',
            items: {
                anyOf: [
                    { type: 'string', minLength: 1 },
                    {
                        type: 'object',
                        minProperties: 1,
                        maxProperties: 1,
                        additionalProperties: { anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'string' } }] },
                    },
                ],
            },
        },
        { type: 'object' },
    ],
};
/** The JSON Schema of one stage in the `train.stages` mapping of mlci.yml. */
const STAGE_SCHEMA = {
    type: 'object',
    properties: {
        cmd: {
            description: 'The command, run in `shell` (a list runs line by line, stopping at the first failure).',
            anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', items: { type: 'string' }, minItems: 1 },
            ],
        },
        deps: { ...PATHS, description: 'Files, directories or globs the command reads.' },
        params: PARAMS,
        outs: { ...PATHS, description: 'Files or directories the command writes (cached).' },
        metrics: { ...PATHS, description: 'Metrics files (JSON or YAML) the command writes.' },
        plots: { ...PATHS, description: 'Plot data files the command writes.' },
        env: { ...NAMES, description: 'Environment variables that matter: passed through and fingerprinted.' },
        'pass-env': { ...NAMES, description: 'Environment variables passed through but not fingerprinted.' },
        'depends-on': {
            type: 'array',
            items: { type: 'string' },
            description: 'Stages that must run first.',
        },
        timeout: {
            description: 'Time limit: seconds, or "90s", "30m", "2h". 0 for none.',
            anyOf: [
                { type: 'number', minimum: 0 },
                { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?[smh]?$' },
            ],
        },
        seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: 'Seed exported to the command.' },
        verify: { type: 'boolean', description: 'Run twice and fail when outputs differ.' },
        shell: { enum: [...stage/* SHELLS */.OF], description: 'Shell for `cmd`.' },
        tools: { ...PATHS, description: 'Programs whose version goes into the fingerprint.' },
        wdir: { type: 'string', description: 'Working directory of the command, relative to the workspace.' },
        persist: {
            ...PATHS,
            description: 'Outputs not deleted before the command runs (checkpoints it resumes from); DVC `persist: true`.',
        },
        frozen: {
            type: 'boolean',
            description: 'Never run: restore the outputs from the cache, or use them as they are (DVC `frozen`).',
        },
        'always-changed': {
            type: 'boolean',
            description: 'Run even on a cache hit (DVC `always_changed`).',
        },
    },
    required: ['cmd'],
    additionalProperties: false,
};
/** The structured keys of the `train:` section of mlci.yml (spec.config of the train command). */
const TRAIN_CONFIG = {
    stages: {
        description: 'Training stages by name; each is cached on its own and runs after its `depends-on`.',
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$' },
        additionalProperties: STAGE_SCHEMA,
    },
};

;// CONCATENATED MODULE: ./build/actions/train/spec.js

/** `mlci train` and actions/train: inputs, outputs, the `stages` schema of mlci.yml, permissions. */
const spec = {
    name: 'train',
    summary: 'Run training stages reproducibly, restoring outputs from the cache when nothing that matters changed.',
    inputs: {
        targets: {
            description: 'Stages to run (with the stages they need); all declared stages when empty.',
            kind: 'list',
        },
        config: {
            description: 'mlci.yml whose `train.stages` declares the stages (used when it exists).',
            default: 'mlci.yml',
        },
        'dvc-file': {
            description: 'A dvc.yaml to read stages from (cmd, deps, params, outs, metrics, plots, wdir).',
        },
        cmd: { description: 'Command of a single stage given as inputs (instead of mlci.yml or dvc.yaml).' },
        name: { description: 'Name of the single stage given as inputs.', default: 'train' },
        deps: { description: 'Single stage: files, directories or globs the command reads.', kind: 'list' },
        params: {
            description: 'Single stage: params keys (`train.lr` from params.yaml, or `params.json:train.lr`).',
            kind: 'list',
        },
        outs: { description: 'Single stage: files or directories the command writes.', kind: 'list' },
        metrics: { description: 'Single stage: metrics files (JSON or YAML) the command writes.', kind: 'list' },
        plots: { description: 'Single stage: plot data files the command writes.', kind: 'list' },
        env: {
            description: 'Single stage: environment variables that matter (passed through and fingerprinted).',
            kind: 'list',
        },
        'pass-env': {
            description: 'Single stage: environment variables passed through but not fingerprinted (tokens).',
            kind: 'list',
        },
        seed: { description: 'Single stage: seed exported as MLCI_SEED, PYTHONHASHSEED, …', default: '0' },
        timeout: { description: 'Single stage: time limit ("90s", "30m", "2h"; 0 for none).', default: '0' },
        verify: {
            description: 'Single stage: run twice (or against cached outputs) and fail if outputs differ.',
            kind: 'boolean',
            default: 'false',
        },
        shell: {
            description: 'Single stage: bash, sh, pwsh, powershell or cmd (default bash; pwsh on Windows).',
        },
        cache: {
            description: 'Where outputs are cached: auto (the Actions cache on a runner, else local), local, github-actions, registry (the local or Actions cache first, then an OCI registry: see cache-registry), none.',
            default: 'auto',
        },
        'cache-registry': {
            description: 'With cache: registry, the repository entries are stored in as OCI artifacts (`ghcr.io/OWNER/REPO-cache`); credentials as for build-image (GITHUB_TOKEN for ghcr.io, docker config.json).',
        },
        'cache-registry-username': {
            description: 'With cache: registry, the registry user. Default: GITHUB_ACTOR for ghcr.io, else docker config.json.',
        },
        'cache-registry-password': {
            description: 'With cache: registry, the registry password or token (ECR, GAR, Harbor…). Default: github-token for ghcr.io, else ~/.docker/config.json `auths` (what docker/login-action writes).',
        },
        'github-token': {
            description: 'With cache: registry on ghcr.io, the password when cache-registry-password is empty (needs `packages: write` to save). Default: the workflow token; $GITHUB_TOKEN on the command line. Never passed to stage commands.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
            default: '${{ github.token }}',
        },
        'cache-dir': { description: 'Directory of the local cache and hash state.', default: '.mlci/cache' },
        force: {
            description: 'Run every planned stage even when the cache has its outputs.',
            kind: 'boolean',
            default: 'false',
        },
        downstream: {
            description: 'Also run the stages that depend on the given ones.',
            kind: 'boolean',
            default: 'false',
        },
        'keep-going': {
            description: 'After a failure, still run the stages that do not depend on it; report all failures.',
            kind: 'boolean',
            default: 'false',
        },
        record: { description: 'Where the run record (JSON) is written.', default: '.mlci/run-record.json' },
        lock: {
            description: 'mlci.lock next to mlci.yml: write (after the run), check (fail before running when commands, deps or params differ from it), or off.',
            default: 'write',
        },
        'frozen-lock': {
            description: 'Same as `lock: check`: fail (exit 1) when mlci.lock does not match what would run.',
            kind: 'boolean',
            default: 'false',
        },
        'allow-untrusted-code': {
            description: 'Run stages in a privileged event (pull_request_target, issue_comment, workflow_run) even when the checkout is not the workflow’s own commit.',
            kind: 'boolean',
            default: 'false',
        },
    },
    outputs: {
        'cache-hit': { description: '"true" when every stage was restored from the cache.' },
        fingerprint: { description: 'Fingerprint of the last stage of the plan.' },
        record: { description: 'Path of the run record (kind mlci/run-record).', path: true },
        ran: { description: 'Stages whose command ran, comma-separated.' },
        cached: { description: 'Stages restored from the cache, comma-separated.' },
    },
    positional: 'targets',
    config: TRAIN_CONFIG,
    permissions: { contents: 'read' },
};
/** The remote cache's inputs of the CLI-only commands (pull, push, cache gc): its repository and credentials. */
const remoteCacheInputs = {
    'cache-registry': {
        description: 'The registry repository of the cache (default: `train.cache-registry` in mlci.yml).',
    },
    'cache-registry-username': spec.inputs['cache-registry-username'],
    'cache-registry-password': spec.inputs['cache-registry-password'],
    'github-token': spec.inputs['github-token'],
};


/***/ }),

/***/ 7693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ train)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/core/errors.js
var core_errors = __nccwpck_require__(2807);
;// CONCATENATED MODULE: ./build/core/text/suggest.js
/**
 * Edit distance between two short strings, counting a swap of two neighbours as one edit (optimal
 * string alignment), since `trian` for `train` is the commonest typo.
 */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The closest candidate to a misspelt word, if it is close enough to be what the user meant:
 * at most a third of the word's letters differ (`trian` → `train`, not `foo` → `train`).
 */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/** " — did you mean `x`?" or nothing. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : ` — did you mean \`${match}\`?`;
}

;// CONCATENATED MODULE: ./build/core/train/errors.js

/** A stage declared wrongly (missing dep, unknown params key, cycle): exit 2, at the stage's declaration. */
function stageUsageError(stage, message, details = {}) {
    return new core_errors/* UsageError */.eb(`stage '${stage.name}': ${message}`, { where: stage.where, ...details });
}
/** A stage that ran and failed (non-zero exit, timeout, out not produced, not reproducible): exit 1. */
function stageFailure(stage, message, details = {}) {
    return new core_errors/* DataError */.fL(`stage '${stage.name}': ${message}`, { where: stage.where, ...details });
}

;// CONCATENATED MODULE: ./build/core/train/paths.js


/** A stage path as a normalised workspace-relative POSIX path ('./data/../x' -> 'x'), for comparisons. */
function workspacePath(wdir, path) {
    const slashed = path.split('\\').join('/');
    if (external_node_path_.posix.isAbsolute(slashed) || /^[A-Za-z]:\//.test(slashed))
        return external_node_path_.posix.normalize(slashed);
    return external_node_path_.posix
        .normalize(external_node_path_.posix.join(wdir.split('\\').join('/'), path.split('\\').join('/')))
        .replace(/\/$/, '');
}
/**
 * The workspace-relative path of a stage's dep or out, refusing absolute paths and paths that climb out
 * of the workspace: outputs are deleted before a run and restored from caches, so they must stay inside.
 */
function insideWorkspace(wdir, path, what, where) {
    const normal = workspacePath(wdir, path);
    if (external_node_path_.posix.isAbsolute(normal) || /^[A-Za-z]:/.test(normal) || normal === '..' || normal.startsWith('../')) {
        throw new core_errors/* UsageError */.eb(`${what} "${path}" is outside the workspace`, {
            where,
            hint: 'use paths relative to the workspace (the repository checkout)',
        });
    }
    return normal;
}

// EXTERNAL MODULE: ./build/core/train/stage.js
var train_stage = __nccwpck_require__(8029);
;// CONCATENATED MODULE: ./build/core/train/plan.js





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
            throw stageUsageError(stage, 'is declared twice');
        byName.set(stage.name, stage);
    }
    const producers = stages.flatMap((stage) => (0,train_stage/* stageOutputs */.Tp)(stage).map((out) => ({ stage: stage.name, out: workspacePath(stage.wdir, out) })));
    const upstream = new Map();
    for (const stage of stages) {
        for (const name of stage.dependsOn) {
            if (!byName.has(name)) {
                throw stageUsageError(stage, `depends on unknown stage '${name}'${didYouMean(name, [...byName.keys()])}`);
            }
        }
        const inferred = stage.deps
            .filter((dep) => !isGlob(dep))
            .map((dep) => workspacePath(stage.wdir, dep))
            .flatMap((dep) => producers.filter(({ out }) => within(dep, out) || within(out, dep)))
            .map(({ stage: producer }) => producer)
            .filter((producer) => producer !== stage.name);
        upstream.set(stage.name, [...new Set([...stage.dependsOn, ...inferred])]);
    }
    const graph = { stages: byName, upstream };
    const cycle = findCycle(graph);
    if (cycle) {
        throw new core_errors/* UsageError */.eb(`stages form a cycle: ${cycle.join(' -> ')}`, {
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
            throw new core_errors/* UsageError */.eb(`unknown stage '${target}'${didYouMean(target, [...graph.stages.keys()])}`, {
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

// EXTERNAL MODULE: ./build/core/train/canonical.js + 1 modules
var canonical = __nccwpck_require__(8487);
;// CONCATENATED MODULE: ./build/core/train/fingerprint.js

/** Bumped when the encoding of the inputs changes meaning: every fingerprint changes with it. */
const FINGERPRINT_SCHEMA = 1;
/** The fingerprint: SHA-256 over the canonical encoding (RFC 8785 style) of the inputs. */
function fingerprintOf(inputs) {
    return (0,canonical/* sha256Hex */.f)((0,canonical/* canonicalJson */.d)(inputs));
}
/** An env var's value as it goes into the fingerprint and record: hashed, never in clear. */
function envValueId(value) {
    return value === undefined ? 'unset' : `sha256:${(0,canonical/* sha256Hex */.f)(value)}`;
}
/** The inputs flattened to one line per leaf, in canonical order, values as canonical JSON. */
function fingerprint_explainInputs(inputs) {
    const lines = [];
    const walk = (prefix, value, depth) => {
        // Three levels (section, group, entry): runtime.tools.python, params.params.yaml.train.lr; a params
        // value that is itself a mapping stays whole, as the user wrote it.
        if (depth < 3 && value && typeof value === 'object' && !Array.isArray(value)) {
            const keys = Object.keys(value).sort();
            if (keys.length === 0)
                lines.push({ name: prefix, value: '{}' });
            for (const key of keys)
                walk(prefix ? `${prefix}.${key}` : key, value[key], depth + 1);
            return;
        }
        lines.push({ name: prefix, value: typeof value === 'string' ? value : canonicalJson(value) });
    };
    walk('', inputs, 0);
    return lines;
}
/** The leaves that changed from `before` (a previous run record's inputs) to `after`. */
function diffInputs(before, after) {
    const old = new Map(fingerprint_explainInputs(before).map(({ name, value }) => [name, value]));
    const now = new Map(fingerprint_explainInputs(after).map(({ name, value }) => [name, value]));
    const names = [...new Set([...old.keys(), ...now.keys()])].sort();
    return names
        .filter((name) => old.get(name) !== now.get(name))
        .map((name) => ({ name, before: old.get(name), after: now.get(name) }));
}

;// CONCATENATED MODULE: ./build/core/train/id-kinds.js

// A content id has a kind: a tracked file gets git's blob id, an untracked one a sha256 of its bytes
// (fingerprint.ts). So `git add` of a file with the same bytes changes its id, and with it the
// fingerprint, though nothing that decides the outputs changed. These helpers let a run look for the
// outputs under the fingerprint the inputs would have with every id taken from the bytes, and let
// --explain say "now tracked by git, content unchanged" instead of showing two unrelated hashes.
/** Whether any dep or lockfile id may come from git (a blob id, or a tree listing that can hold one). */
function mayHoldGitIds(inputs) {
    const ids = [...Object.values(inputs.deps), ...Object.values(inputs.runtime.lockfiles)];
    return ids.some((id) => id.startsWith('git-') || id.startsWith('tree-'));
}
/**
 * The names of the inputs whose ids differ between `before` and `now` only because of their kind: `bytes`
 * (the current inputs with every id from the bytes) gives them the id `before` had.
 */
function kindOnlyChanges(before, now, bytes) {
    const old = new Map(explainInputs(before).map(({ name, value }) => [name, value]));
    const asBytes = new Map(explainInputs(bytes).map(({ name, value }) => [name, value]));
    return explainInputs(now)
        .filter(({ name, value }) => old.get(name) !== value && old.get(name) === asBytes.get(name))
        .map(({ name }) => name);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./build/core/train/params.js



/** The value at a dotted key ('train.optimizer.lr'), or undefined. Arrays index by number ('layers.0'). */
function lookup(tree, key) {
    let node = tree;
    for (const part of key.split('.')) {
        if (node === null || typeof node !== 'object' || !(part in node))
            return undefined;
        node = node[part];
    }
    return node;
}
function parseParamsFile(stage, file, text) {
    try {
        if (file.endsWith('.json'))
            return JSON.parse(text);
        if (/\.ya?ml$/.test(file))
            return (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (cause) {
        throw stageUsageError(stage, `cannot parse params file ${file}`, { cause, where: { file } });
    }
    throw stageUsageError(stage, `params file ${file} is not JSON or YAML`, {
        hint: 'use params.yaml, params.yml or params.json',
    });
}
/**
 * The values of every params key `stage` reads. `read` returns a file's text (path relative to the
 * stage's wdir) or undefined when it does not exist. A missing file or key is a usage error naming both.
 */
function resolveParams(stage, read) {
    const out = {};
    for (const source of stage.params) {
        if (source.kind === 'inline') {
            out.inline = { ...out.inline, ...source.values };
            continue;
        }
        const text = read(source.file);
        if (text === undefined) {
            throw stageUsageError(stage, `params file ${source.file} does not exist`, {
                hint: `create ${source.file}, or declare the values inline under \`params:\``,
            });
        }
        const tree = parseParamsFile(stage, source.file, text);
        if (source.keys === undefined) {
            out[source.file] = { ...tree };
            continue;
        }
        const values = {};
        for (const key of source.keys) {
            const value = lookup(tree, key);
            if (value === undefined) {
                const top = tree && typeof tree === 'object' ? Object.keys(tree) : [];
                throw stageUsageError(stage, `params key '${key}' does not exist in ${source.file}`, {
                    hint: `keys at the top of ${source.file}: ${top.join(', ') || '(none)'}${didYouMean(key, top)}`,
                });
            }
            values[key] = value;
        }
        out[source.file] = values;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/core/train/verify.js
/** Compares the outputs and metrics of two runs of the same stage. */
function compareRuns(first, second, against) {
    const a = new Map(first.outputs.map((file) => [file.path, file]));
    const b = new Map(second.outputs.map((file) => [file.path, file]));
    const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differing = paths
        .filter((path) => a.get(path)?.sha256 !== b.get(path)?.sha256)
        .map((path) => ({ path, first: a.get(path), second: b.get(path) }));
    const metrics = [];
    for (const file of [...new Set([...Object.keys(first.metrics), ...Object.keys(second.metrics)])].sort()) {
        const x = first.metrics[file] ?? {};
        const y = second.metrics[file] ?? {};
        for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
            if (x[key] === y[key])
                continue;
            const delta = typeof x[key] === 'number' && typeof y[key] === 'number' ? y[key] - x[key] : undefined;
            metrics.push({ file, key, first: x[key], second: y[key], delta });
        }
    }
    return { identical: differing.length === 0, against, differing, metrics };
}
/** "model.pkl differs; metrics.json: accuracy 0.91 -> 0.93 (Δ +0.02)" for the error message. */
function describeDifferences(result) {
    const files = result.differing.map(({ path, first, second }) => !first || !second ? `${path} ${first ? 'missing' : 'only'} in the second run` : `${path} differs`);
    const metrics = result.metrics.map(({ file, key, first, second, delta }) => `${file}: ${key} ${first ?? 'missing'} -> ${second ?? 'missing'}${delta === undefined ? '' : ` (Δ ${delta >= 0 ? '+' : ''}${Number(delta.toPrecision(6))})`}`);
    return [...files, ...metrics].join('; ');
}

;// CONCATENATED MODULE: ./build/core/train/reproduce.js







/** The fingerprint of a stage and its inputs, given its upstream stages' fingerprints. */
async function stageFingerprint(stage, upstream, effects) {
    const params = resolveParams(stage, (file) => effects.readParamsFile(stage, file));
    // Hashing the deps and asking the tools their versions (child processes) overlap.
    const [deps, runtime] = await Promise.all([effects.hashDeps(stage), effects.runtime(stage)]);
    const inputs = {
        schema: FINGERPRINT_SCHEMA,
        cmd: stage.cmd,
        shell: stage.shell ?? 'default',
        wdir: stage.wdir,
        deps,
        params,
        env: Object.fromEntries(stage.env.map((name) => [name, envValueId(effects.envValue(name))])),
        runtime,
        seed: stage.seed,
        outs: (0,train_stage/* stageOutputs */.Tp)(stage),
        upstream,
    };
    return { fingerprint: fingerprintOf(inputs), inputs, params };
}
/**
 * On a miss: the outputs saved under the fingerprint the inputs have with every id taken from the bytes,
 * i.e. as they were before a dep became tracked by git with the same content. Found ones are saved under
 * the new key too (by the caller's usual save), so the next run hits directly.
 */
async function restoreByBytes(stage, inputs, effects) {
    if (!effects.bytesIds || !mayHoldGitIds(inputs))
        return undefined;
    const bytes = await effects.bytesIds(stage, inputs);
    const fingerprint = fingerprintOf(bytes);
    if (fingerprint === fingerprintOf(inputs))
        return undefined;
    const hit = await effects.restore(stage, cacheKey(stage, fingerprint));
    if (hit) {
        effects.log(`Stage '${stage.name}': restored the outputs of fingerprint ${fingerprint.slice(0, 12)}: the same inputs, with deps now tracked by git and their content unchanged`);
    }
    return hit;
}
/** The cache key of a stage run: readable, under 512 characters and comma-free (actions/cache's rules). */
function cacheKey(stage, fingerprint) {
    return `mlci-train-${stage.name}-${fingerprint}`;
}
async function runOnce(stage, params, effects, onResult) {
    await effects.removeOutputs(stage);
    const result = await effects.run(stage, params);
    onResult(result); // recorded before any check, so a failed run's record still has its exit code
    if (result.timedOut) {
        throw stageFailure(stage, `timed out after ${stage.timeout} s; ${result.killed ?? 'the process tree was killed'}`, {
            hint: 'raise `timeout:` or make the stage faster',
        });
    }
    if (result.exitCode !== 0) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
        throw stageFailure(stage, `command ${how}`, { hint: 'see the log lines prefixed with the stage name' });
    }
    const { outputs, missing } = await effects.hashOutputs(stage);
    if (missing.length) {
        throw stageFailure(stage, `the command did not produce ${missing.map((path) => `"${path}"`).join(', ')}`, {
            hint: 'write every declared out, metrics and plots file, or remove it from the stage',
        });
    }
    return { result, outputs, metrics: await effects.readMetrics(stage) };
}
/**
 * One stage: fingerprint, then restore from the cache and skip, or run (twice with verify), check the
 * outputs, and save them. Never throws: a failure comes back with the record that describes it, and
 * outputs of a failed run are never saved.
 */
async function reproduceStage(stage, upstream, effects, opts = {}) {
    const started = effects.now();
    let fingerprint = null;
    let inputs = null;
    let key = null;
    let hit;
    let exitCode = null;
    let resources = null;
    let verify = null;
    let outputs = [];
    let metrics = {};
    let save = null;
    const record = (status, error) => {
        const ended = effects.now();
        return {
            stage: stage.name,
            status,
            fingerprint,
            inputs,
            cache: key ? { key, hit: hit !== undefined, source: hit?.source ?? null, save } : null,
            exitCode,
            startedAt: started.toISOString(),
            endedAt: ended.toISOString(),
            durationMs: ended.getTime() - started.getTime(),
            outputs,
            metrics,
            resources,
            verify,
            error,
        };
    };
    // DVC's `frozen`: never run. The cache's outputs for this fingerprint if it has them, else the
    // workspace's as they are; with neither there is nothing to use, which the user must resolve.
    const frozenStage = async () => {
        hit = key ? await effects.restore(stage, key) : undefined;
        if (hit) {
            effects.log(`Stage '${stage.name}' is frozen: not run, outputs restored from the ${hit.source} cache`);
            outputs = hit.outputs;
            metrics = await effects.readMetrics(stage);
            return { record: record('cached', null) };
        }
        const present = await effects.hashOutputs(stage);
        if (present.missing.length) {
            throw stageUsageError(stage, `is frozen, and ${present.missing.map((path) => `"${path}"`).join(', ')} ${present.missing.length === 1 ? 'is' : 'are'} neither cached nor in the workspace`, { hint: 'unfreeze the stage (`frozen: false`) to produce it, or restore the file' });
        }
        effects.log(`Stage '${stage.name}' is frozen: not run, its outputs are used as they are in the workspace`);
        outputs = present.outputs;
        metrics = await effects.readMetrics(stage);
        return { record: record('frozen', null) };
    };
    try {
        // DVC does not look at a frozen stage's deps: one that cannot be hashed (a dep gone) is no reason to
        // fail, the workspace's outputs are used as they are.
        const computed = await stageFingerprint(stage, upstream, effects).catch((error) => {
            if (stage.frozen && error instanceof core_errors/* MlciError */.sc && error.exitCode === 2)
                return undefined;
            throw error;
        });
        if (!computed)
            return await frozenStage();
        ({ fingerprint, inputs } = computed);
        key = cacheKey(stage, fingerprint);
        if (stage.frozen)
            return await frozenStage();
        hit = opts.force || stage.alwaysChanged ? undefined : await effects.restore(stage, key);
        const exact = hit !== undefined;
        if (!hit && !opts.force && !stage.alwaysChanged)
            hit = await restoreByBytes(stage, inputs, effects);
        if (hit && !stage.verify) {
            effects.log(`Stage '${stage.name}' didn't change, skipping (fingerprint ${fingerprint.slice(0, 12)}, restored from ${hit.source} cache)`);
            outputs = hit.outputs;
            metrics = await effects.readMetrics(stage);
            // Found under the bytes-only fingerprint: keep them under this one too, so the next run hits directly.
            if (!exact)
                save = await effects
                    .save(stage, key, outputs, inputs)
                    .catch((error) => `failed: ${(0,core_errors/* messageOf */.bD)(error)}`);
            return { record: record('cached', null) };
        }
        effects.log(`Running stage '${stage.name}' (fingerprint ${fingerprint.slice(0, 12)}${opts.force ? ', forced' : stage.alwaysChanged ? ', always changed' : ''})`);
        const cachedRun = hit ? { outputs: hit.outputs, metrics: await effects.readMetrics(stage) } : undefined;
        const onResult = (result) => {
            exitCode = result.exitCode;
            resources = result.resources;
        };
        const first = await runOnce(stage, computed.params, effects, onResult);
        outputs = first.outputs;
        metrics = first.metrics;
        if (stage.verify) {
            let baseline = cachedRun;
            if (!baseline) {
                effects.log(`Verifying stage '${stage.name}': running it a second time`);
                baseline = first;
                const again = await runOnce(stage, computed.params, effects, () => { });
                outputs = again.outputs;
                metrics = again.metrics;
            }
            verify = compareRuns(baseline, { outputs, metrics }, cachedRun ? 'cache' : 'run');
            if (!verify.identical) {
                throw stageFailure(stage, `is not reproducible: ${describeDifferences(verify)}`, {
                    hint: 'seed every random generator from MLCI_SEED and avoid wall-clock or thread-order effects (docs/train.md)',
                });
            }
            effects.log(`Stage '${stage.name}' is reproducible: ${outputs.length} output file(s) identical`);
        }
        // A cache problem never fails the stage (the stores warn themselves; this catches the rest).
        if (!hit)
            save = await effects.save(stage, key, outputs, inputs).catch((error) => `failed: ${(0,core_errors/* messageOf */.bD)(error)}`);
        return { record: record('ran', null) };
    }
    catch (thrown) {
        const failure = thrown instanceof core_errors/* MlciError */.sc ? thrown : stageFailure(stage, (0,core_errors/* messageOf */.bD)(thrown), { cause: thrown });
        return { record: record('failed', failure.message), failure };
    }
}

;// CONCATENATED MODULE: ./build/core/version.js
/** mlci's own version, written into every report. Kept equal to package.json by a unit test. */
const MLCI_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/core/train/run-record.js

/** Version of the run record's shape (see docs/train.md); adding fields does not bump it. */
const RUN_RECORD_VERSION = 1;
/** Builds the record in one step from the run's facts. */
function buildRunRecord(facts) {
    const failed = facts.stages.some((stage) => stage.status === 'failed');
    return {
        kind: 'mlci/run-record',
        version: RUN_RECORD_VERSION,
        tool: { name: 'mlci', version: MLCI_VERSION },
        status: failed ? 'failed' : 'passed',
        ...facts,
    };
}
/** The stage records of a previous run record file's value, by stage, or an empty map if it is not one. */
function previousStages(value) {
    const record = value;
    if (record?.kind !== 'mlci/run-record' || !Array.isArray(record.stages))
        return new Map();
    return new Map(record.stages.filter((stage) => stage.inputs).map((stage) => [stage.stage, stage]));
}

;// CONCATENATED MODULE: ./build/core/train/execute.js


/**
 * Runs `plan` in order through `runStage` (the effect is passed in, as DVC's `repro_fn`). With 'fail'
 * the first failure stops the run; with 'keep-going' the dependents of a failed stage are skipped and
 * named in the log, the other stages still run, and one error lists all failures at the end.
 */
async function execute(graph, plan, runStage, opts = {}) {
    const outcomes = [];
    const skipped = new Map();
    const failures = [];
    for (const [index, stage] of plan.entries()) {
        const because = skipped.get(stage);
        if (because !== undefined) {
            outcomes.push({ stage, status: 'skipped', because });
            continue;
        }
        try {
            outcomes.push({ stage, status: 'done', result: await runStage(stage) });
        }
        catch (error) {
            outcomes.push({ stage, status: 'failed', error });
            failures.push({ stage, error });
            if (opts.onError !== 'keep-going') {
                for (const rest of plan.slice(index + 1))
                    outcomes.push({ stage: rest, status: 'skipped', because: stage });
                break;
            }
            const dependents = dependentsOf(graph, plan, stage).filter((name) => !skipped.has(name));
            for (const name of dependents)
                skipped.set(name, stage);
            if (dependents.length) {
                const names = dependents.map((name) => `'${name}'`).join(', ');
                opts.log?.(`Stages ${names} will be skipped due to the failure of '${stage}'`);
            }
        }
    }
    return { outcomes, error: combine(failures) };
}
function combine(failures) {
    if (failures.length === 0)
        return undefined;
    if (failures.length === 1 && failures[0].error instanceof core_errors/* MlciError */.sc)
        return failures[0].error;
    // Exit 2 only when every failure is a usage error; a failed run (exit 1) wins otherwise.
    const usage = failures.every(({ error }) => error instanceof core_errors/* MlciError */.sc && error.exitCode === 2);
    const lines = failures.map(({ error }) => `  - ${(0,core_errors/* messageOf */.bD)(error).split('\n')[0]}`);
    const error = new core_errors/* DataError */.fL(`${failures.length} stage(s) failed:\n${lines.join('\n')}`);
    return usage ? new core_errors/* MlciError */.sc(error.message, 2) : error;
}

;// CONCATENATED MODULE: ./build/core/train/training-run.js

/**
 * Runs `plan` through `reproduce`, handing each stage the fingerprints of its upstream stages
 * ('unknown' for one that has none, e.g. it failed before hashing), and keeps every stage's record,
 * failed ones included.
 *
 *   prepare -> train:  reproduce(train, { prepare: <prepare's fingerprint> })
 */
async function runTraining(graph, plan, reproduce, opts = {}) {
    const fingerprints = {};
    const records = new Map();
    const result = await execute(graph, plan, async (name) => {
        const upstream = Object.fromEntries((graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']));
        const run = await reproduce(graph.stages.get(name), upstream);
        records.set(name, run.record);
        if (run.record.fingerprint)
            fingerprints[name] = run.record.fingerprint;
        if (run.failure)
            throw run.failure;
        return run.record;
    }, opts);
    return { outcomes: result.outcomes, records, fingerprints, error: result.error };
}
/** One record per planned stage, in plan order: a stage never reproduced gets a skipped record dated `at`. */
function stageRecordsOf(run, at) {
    return run.outcomes.map((outcome) => run.records.get(outcome.stage) ??
        skippedRecord(outcome.stage, outcome.status === 'skipped' ? outcome.because : '', at));
}
/** The record of a stage that did not run; `because` names the failed stage it depends on, if any. */
function skippedRecord(stage, because, at) {
    return {
        stage,
        status: 'skipped',
        fingerprint: null,
        inputs: null,
        cache: null,
        exitCode: null,
        startedAt: at.toISOString(),
        endedAt: at.toISOString(),
        durationMs: 0,
        outputs: [],
        metrics: {},
        resources: null,
        verify: null,
        error: because ? `skipped: stage '${because}' failed` : null,
    };
}
/** The outputs of a run, from its stage records, fingerprints and the run record's path as given. */
function trainOutputs(plan, stages, fingerprints, recordPath) {
    const done = stages.filter((stage) => stage.status !== 'skipped');
    const named = (status) => stages
        .filter((stage) => stage.status === status)
        .map((stage) => stage.stage)
        .join(',');
    return {
        'cache-hit': String(done.length > 0 && done.every((stage) => stage.status === 'cached')),
        fingerprint: fingerprints[plan[plan.length - 1]] ?? '',
        record: recordPath,
        ran: named('ran'),
        cached: named('cached'),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
;// CONCATENATED MODULE: ./build/platform/fs/atomic-write.js




// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set();
function onSignal(signal) {
    for (const temp of pending) {
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch {
            // Already renamed or removed.
        }
    }
    pending.clear();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    // Re-raised with no handler of ours left: the default action (or another handler) runs.
    process.kill(process.pid, signal);
}
function track(temp) {
    if (pending.size === 0 && process.platform !== 'win32') {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    pending.add(temp);
}
function untrack(temp) {
    pending.delete(temp);
    if (pending.size === 0) {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
let temps = 0;
/**
 * A temp name beside `path` (same directory, so the rename is atomic), hidden and unique: the process id
 * and a count tell this process's writes apart, a random part other processes' with a reused id (not
 * node:crypto: loading it costs every run's start-up ~15 ms).
 */
function tempPathFor(path) {
    const random = Math.floor(Math.random() * 2 ** 32).toString(16);
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${++temps}.${random}.tmp`);
}
async function fsyncDirectory(dir) {
    // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
    if (process.platform === 'win32')
        return;
    const handle = await (0,promises_.open)(dir, 'r').catch(() => undefined);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
}
/**
 * The one way mlci writes a file (DESIGN.md, trust boundaries): into a temp file in the same directory,
 * fsync, rename over `path`. A reader sees the old file or the whole new one, never a half; a failed or
 * killed write leaves the old file as it was and no temp behind. `write` streams the content into the
 * temp file (a docker tar, a verified blob); throwing from it abandons the write.
 */
async function writeStreamAtomic(path, write, options = {}) {
    const durable = options.durable ?? true;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,external_node_stream_promises_.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        if (durable) {
            const handle = await (0,promises_.open)(temp, 'r+');
            try {
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (thrown) {
        await (0,promises_.rm)(temp, { force: true });
        throw thrown;
    }
    finally {
        untrack(temp);
    }
    if (durable)
        await fsyncDirectory((0,external_node_path_.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content, options = {}) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    }, options);
}

// EXTERNAL MODULE: ./build/core/fs/link-rule.js
var link_rule = __nccwpck_require__(4673);
;// CONCATENATED MODULE: ./build/platform/fs/output-paths.js




async function realOf(absolute) {
    const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
    if (real)
        return real;
    const parent = (0,external_node_path_.dirname)(absolute);
    return parent === absolute ? absolute : (0,external_node_path_.join)(await realOf(parent), (0,external_node_path_.basename)(absolute));
}
async function identities(cwd, paths) {
    const out = [];
    for (const [name, value] of Object.entries(paths)) {
        for (const path of typeof value === 'string' ? [value] : (value ?? [])) {
            if (!path)
                continue;
            const absolute = (0,external_node_path_.resolve)(cwd, path);
            const info = await (0,promises_.stat)(absolute).catch(() => undefined);
            out.push({
                name,
                path,
                real: await realOf(absolute),
                inode: info?.isFile() ? `${info.dev}:${info.ino}` : undefined,
            });
        }
    }
    return out;
}
const same = (a, b) => a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
/**
 * The one check that no file mlci writes is one it reads in the same run (DESIGN.md, trust boundaries):
 * an output that resolves (real path, or the same inode through a hard link) to an input, or two outputs
 * that resolve to one file, is a usage error (exit 2) before any work. Command entries call it first.
 */
async function checkOutputsAreNotInputs(cwd, outputs, inputs) {
    const outs = await identities(cwd, outputs);
    const ins = await identities(cwd, inputs);
    for (const [i, out] of outs.entries()) {
        const input = ins.find((candidate) => same(out, candidate));
        if (input) {
            throw new core_errors/* UsageError */.eb(`\`${out.name}\` (${out.path}) is the input \`${input.name}\` (${input.path}): mlci would overwrite a file it reads`, { hint: `write the ${out.name} to another path` });
        }
        const other = outs.slice(0, i).find((candidate) => same(out, candidate));
        if (other) {
            throw new core_errors/* UsageError */.eb(`\`${out.name}\` and \`${other.name}\` are the same file (${out.path})`, {
                hint: `give \`${out.name}\` a path of its own`,
            });
        }
    }
}
/**
 * Inputs that resolve (links followed) outside the workspace, on a runner: a warning each, naming the
 * input. The workflow author chose them, so not an error; but a path a pull request controls should not
 * reach a runner's other files unnoticed. Silent in the CLI, where the shell's cwd is no boundary.
 */
async function warnInputsOutsideWorkspace(io, inputs) {
    if (io.env.GITHUB_ACTIONS !== 'true')
        return;
    const workspace = await realOf((0,external_node_path_.resolve)(io.cwd));
    for (const input of await identities(io.cwd, inputs)) {
        if (!(0,link_rule/* isInside */.F)(workspace, input.real))
            io.log.warning(`input \`${input.name}\` (${input.path}) resolves outside the workspace, to ${input.real}`);
    }
}
/** What every command entry does first: warn about inputs outside the workspace, refuse outputs that are inputs. */
async function checkRunPaths(io, outputs, inputs) {
    await warnInputsOutsideWorkspace(io, inputs);
    await checkOutputsAreNotInputs(io.cwd, outputs, inputs);
}

// EXTERNAL MODULE: ./build/core/text/redact.js
var redact = __nccwpck_require__(7827);
;// CONCATENATED MODULE: ./build/platform/fs/report-file.js





const inodeOf = (path) => (0,promises_.stat)(path).then((info) => `${info.dev}:${info.ino}`, () => undefined);
/**
 * Runs a command's work so that a failed run never leaves the previous run's report looking current:
 * when `work` throws and the report at `path` is still the one from before (every report is written
 * atomically, so a rewrite is a new inode), it is replaced by `{kind, version, status: "error", error}`
 * and the error goes on. A report this run wrote (a failed gate writes its report, then throws) is kept.
 * Call it after checkOutputsAreNotInputs, so the path is known not to be an input.
 */
async function keepReportCurrent(path, header, work) {
    const before = await inodeOf(path);
    try {
        return await work();
    }
    catch (thrown) {
        if (before !== undefined && (await inodeOf(path)) === before) {
            const stale = {
                kind: header.kind,
                version: header.version,
                tool: { name: 'mlci', version: MLCI_VERSION },
                status: 'error',
                error: {
                    message: (0,redact/* redactCredentials */.U)((0,core_errors/* messageOf */.bD)(thrown)),
                    exitCode: thrown instanceof core_errors/* MlciError */.sc ? thrown.exitCode : 1,
                },
            };
            await writeFileAtomic(path, `${JSON.stringify(stale, null, 2)}\n`).catch(() => undefined);
        }
        throw thrown;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./build/platform/git/run.js



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
        throw new core_errors/* MlciError */.sc(`git ${args[0]} failed: ${stderr || (0,core_errors/* messageOf */.bD)(cause)}`, 1, { cause });
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
async function run_tryGit(cwd, args, options = {}) {
    return (await gitOutput(cwd, args, options))?.trim();
}
// A ref git would accept that cannot be read as an option (`--upload-pack=…`) or a range.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]+$/;
/** Whether `ref` is safe to pass to git as a ref: not option-like, not a range. */
const isSafeRef = (ref) => SAFE_REF.test(ref);

;// CONCATENATED MODULE: ./build/platform/git/commit.js

/** HEAD's commit SHA, or undefined outside a repository. */
async function headCommit(cwd, options = {}) {
    return (await run_tryGit(cwd, ['rev-parse', 'HEAD'], options)) || undefined;
}
/**
 * The ref HEAD stands for, as GITHUB_REF would name it: the branch checked out (`refs/heads/main`), or on
 * a detached HEAD a tag pointing at it (`refs/tags/v1.2.0`); undefined when it is neither (or no repo).
 */
async function headRef(cwd, options = {}) {
    const branch = await run_tryGit(cwd, ['symbolic-ref', '-q', 'HEAD'], options);
    if (branch)
        return branch;
    const tag = await run_tryGit(cwd, ['describe', '--tags', '--exact-match', 'HEAD'], options);
    return tag ? `refs/tags/${tag}` : undefined;
}
/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
async function commitTime(cwd, options = {}) {
    const text = (await tryGit(cwd, ['log', '-1', '--format=%ct'], options)) || undefined;
    const seconds = Number(text);
    return text && Number.isInteger(seconds) ? seconds : undefined;
}
/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
async function originUrl(cwd, options = {}) {
    const url = await tryGit(cwd, ['remote', 'get-url', 'origin'], options);
    if (!url)
        return undefined;
    const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
}

// EXTERNAL MODULE: ./build/core/train/triggers.js
var triggers = __nccwpck_require__(6610);
;// CONCATENATED MODULE: ./build/platform/git/blob-ids.js



const idOf = (oid) => `git-${oid.length === 40 ? 'sha1' : 'sha256'}:${oid}`;
/** `git hash-object --stdin-paths`: the ids the index would get, with .gitattributes filters (LFS, eol) applied. */
function hashObjects(top, paths) {
    if (paths.length === 0)
        return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-C', top, 'hash-object', '--stdin-paths'], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => {
            out += chunk.toString();
        });
        child.stderr.on('data', (chunk) => {
            err += chunk.toString();
        });
        child.on('error', reject);
        child.on('close', (code) => {
            const oids = out.trim().split('\n');
            if (code !== 0 || oids.length !== paths.length)
                return reject(new Error(`git hash-object failed: ${err.trim()}`));
            resolve(new Map(paths.map((path, i) => [path, idOf(oids[i])])));
        });
        child.stdin.end(`${paths.map((path) => (0,external_node_path_.relative)(top, path).split(external_node_path_.sep).join('/')).join('\n')}\n`);
    });
}
/**
 * Git's blob ids of tracked files. A blob id is sha1("blob <size>\0" + content) of the cleaned content: a
 * content id in its own right, known without reading the file. `git status` refreshes the index first, so
 * a file edited since checkout (even within the same second: git handles "racy clean") is not taken from
 * the index; git hashes it again. Conflicted entries, submodules and symlinks are not tracked files here.
 * Files with clean filters (LFS, eol conversion) get the id of the cleaned content, which still changes
 * exactly when the content does. Git hashes with collision-detecting SHA-1 (sha1dc).
 */
async function gitBlobIds(cwd) {
    const ids = new Map();
    const tracked = new Set();
    const at = BigInt(Date.now()) * 1000000n;
    const none = { ids, tracked, at, hashObjects: async () => new Map() };
    // All three at once (each is a process start, about all of a small repository's cost), from `cwd`:
    // porcelain status paths are always relative to the top, and ls-files gets the whole tree with `:/` and
    // --full-name. The staged ids ls-files prints do not depend on the stat refresh status may write.
    const [top, status, listing] = await Promise.all([
        run_tryGit(cwd, ['rev-parse', '--show-toplevel']),
        gitOutput(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--ignore-submodules=all']),
        // --no-literal-pathspecs: `:/` stays "the top" even under GIT_LITERAL_PATHSPECS=1.
        gitOutput(cwd, ['--no-literal-pathspecs', 'ls-files', '-s', '-z', '--full-name', '--', ':/']),
    ]);
    if (!top)
        return none;
    if (status === undefined || listing === undefined)
        return none;
    const dirty = new Set();
    const records = status.split('\0');
    for (let i = 0; i < records.length; i++) {
        const record = records[i];
        if (record.length < 4)
            continue;
        const [x, y] = [record[0], record[1]];
        if (y !== ' ')
            dirty.add(record.slice(3));
        if (x === 'R' || x === 'C')
            i++; // the next record is the rename's source path
    }
    for (const line of listing.split('\0')) {
        const match = /^(\d{6}) ([0-9a-f]{40,64}) (\d)\t(.*)$/s.exec(line);
        if (!match)
            continue;
        const [, mode, oid, stage, path] = match;
        if (stage !== '0' || mode === '160000' || mode === '120000')
            continue;
        const abs = (0,external_node_path_.join)(top, path);
        tracked.add(abs);
        if (!dirty.has(path))
            ids.set(abs, idOf(oid));
    }
    return { ids, tracked, at, hashObjects: (paths) => hashObjects(top, paths) };
}
/**
 * gitBlobIds(cwd), taken when first asked for and then shared: a run whose stages read no file (no deps, no
 * lockfile) never starts git, and one that does asks while it stats the files, not before. The snapshot's
 * `at` is when git was asked, so a file changed before that is judged by git's view at that time.
 */
function lazyGitIds(cwd) {
    let taken;
    return () => {
        taken ??= gitBlobIds(cwd);
        return taken;
    };
}

;// CONCATENATED MODULE: ./build/platform/process/hash-state.js


const VERSION = 1;
/**
 * A file modified within this window before it was hashed may change again within the same mtime tick
 * unnoticed (git's "racy clean" problem), so it is not remembered. 2 s covers coarse filesystems.
 */
const RACY_NS = 2000000000n;
/** The persistent hash cache: a second run does not re-read files whose stat is unchanged. */
class HashState {
    file;
    entries = new Map();
    dirty = false;
    constructor(file) {
        this.file = file;
    }
    /** Loads the state file (a missing or unreadable one is an empty state); undefined file: memory only. */
    static async load(file) {
        const state = new HashState(file);
        if (!file)
            return state;
        try {
            const value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
            if (value.version === VERSION)
                state.entries = new Map(Object.entries(value.entries));
        }
        catch {
            // No state yet, or a damaged one: hashing from scratch is always correct.
        }
        return state;
    }
    /** How many files it remembers. */
    get size() {
        return this.entries.size;
    }
    /** The remembered sha256 of `path` if its stat still matches. */
    get(path, stat) {
        const entry = this.entries.get(path);
        if (!entry)
            return undefined;
        const [size, mtime, ctime, ino, sha256] = entry;
        const same = size === String(stat.size) &&
            mtime === String(stat.mtimeNs) &&
            ctime === String(stat.ctimeNs) &&
            ino === String(stat.ino);
        return same ? sha256 : undefined;
    }
    /** Remembers a hash computed at `hashedAtNs` (wall clock), unless the file was modified racily close to it. */
    set(path, stat, sha256, hashedAtNs) {
        if (hashedAtNs - stat.mtimeNs < RACY_NS || hashedAtNs - stat.ctimeNs < RACY_NS) {
            this.entries.delete(path);
            return;
        }
        this.entries.set(path, [
            String(stat.size),
            String(stat.mtimeNs),
            String(stat.ctimeNs),
            String(stat.ino),
            sha256,
        ]);
        this.dirty = true;
    }
    /** Writes the state atomically (rename), if anything changed. */
    async save() {
        if (!this.file || !this.dirty)
            return;
        // Not durable: after a crash the state may be empty or lost, and an empty state is a correct one.
        await writeFileAtomic(this.file, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }), { durable: false });
        this.dirty = false;
    }
}

;// CONCATENATED MODULE: ./build/platform/train/context.js




/**
 * Everything the stage effects need for this run. The cache stores (Actions cache, registry client, their
 * archive code: ~170 kB of bundle) load only when a cache is on, so `mlci fingerprint` never parses them.
 */
async function effectsContext(io, choice, root) {
    const store = choice.cache === 'none' ? undefined : await (await __nccwpck_require__.e(/* import() */ 291).then(__nccwpck_require__.bind(__nccwpck_require__, 3291))).cacheStore(io, choice, root);
    return {
        io,
        root,
        state: await HashState.load((0,external_node_path_.resolve)(root, choice['cache-dir'], 'hash-state.json')),
        git: lazyGitIds(root),
        store,
        saveBlocked: (0,triggers/* saveBlockedBy */.$J)(io.env.GITHUB_EVENT_NAME ?? ''),
    };
}

;// CONCATENATED MODULE: ./build/actions/train/context.js


/**
 * TRIG-01: in a privileged event the workflow runs from the default branch (GITHUB_SHA) with its secrets
 * and cache scope. If the workspace holds another commit (a PR head checked out on purpose or by
 * mistake), running its stages would run untrusted code there: refuse unless explicitly allowed.
 */
async function checkTrustedCheckout(io, inputs, root) {
    const event = io.env.GITHUB_EVENT_NAME ?? '';
    if (!(0,triggers/* isPrivilegedEvent */.O0)(event) || inputs['allow-untrusted-code'])
        return;
    const refusal = (0,triggers/* untrustedCheckout */.Xz)(event, await headCommit(root), io.env.GITHUB_SHA);
    if (refusal)
        throw refusal;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build/core/train/metrics.js

/**
 * Python's json.dumps writes bare NaN, Infinity and -Infinity by default, so training scripts' metrics
 * files contain them. Policy: accept them and keep them visible as the strings 'NaN', 'Infinity',
 * '-Infinity' (never as 0 or null, which a gate could compare as a number). Strings are left alone.
 */
function withNonFiniteQuoted(text) {
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            out += ch;
            if (ch === '\\')
                out += text[++i] ?? '';
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        const word = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
        if (!inString && word) {
            out += `"${word[1]}"`;
            i += word[1].length - 1;
            continue;
        }
        out += ch;
    }
    return out;
}
/** Numeric leaves of a metrics file, flattened to dotted keys ('eval.accuracy'); other leaves are left out. */
function flattenMetrics(tree, prefix = '') {
    const out = {};
    if (typeof tree === 'number') {
        out[prefix] = Number.isFinite(tree) ? tree : String(tree);
    }
    else if (tree === 'NaN' || tree === 'Infinity' || tree === '-Infinity') {
        out[prefix] = tree;
    }
    else if (tree && typeof tree === 'object') {
        for (const [key, value] of Object.entries(tree)) {
            Object.assign(out, flattenMetrics(value, prefix ? `${prefix}.${key}` : key));
        }
    }
    return out;
}
/** Parses a metrics file's text (JSON, with Python's NaN/Infinity, or YAML) into flattened values. */
function parseMetrics(file, text) {
    if (/\.ya?ml$/i.test(file))
        return flattenMetrics((0,dist/* parse */.qg)(text, { maxAliasCount: 100 }));
    return flattenMetrics(JSON.parse(withNonFiniteQuoted(text)));
}

;// CONCATENATED MODULE: ./build/core/train/glob.js
/** True when a dep is a glob pattern rather than a path. */
function glob_isGlob(path) {
    return /[*?[{]/.test(path);
}
/** The directory part of a glob before its first wildcard ('data/raw/*.csv' -> 'data/raw'). */
function globBase(pattern) {
    const parts = pattern.split('/');
    const fixed = [];
    for (const part of parts) {
        if (glob_isGlob(part))
            break;
        fixed.push(part);
    }
    if (fixed.length === parts.length)
        fixed.pop();
    return fixed.join('/') || '.';
}
/**
 * A glob as a RegExp over POSIX paths: `*` and `?` stay within a segment, `**` spans segments, `[…]`
 * and `{a,b}` as in bash. Dotfiles match only when the pattern names the dot, as in most shells.
 */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*' && pattern[i + 1] === '*') {
            const slash = pattern[i + 2] === '/';
            out += slash ? '(?:(?!\\.)[^/]*/)*' : '.*';
            i += slash ? 2 : 1;
        }
        else if (ch === '*')
            out += '(?!\\.)[^/]*';
        else if (ch === '?')
            out += '[^/]';
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end === -1)
                out += '\\[';
            else {
                out += `[${pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            braces++;
            out += '(?:';
        }
        else if (ch === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (ch === ',' && braces > 0)
            out += '|';
        else
            out += ch.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}

;// CONCATENATED MODULE: ./build/core/train/tools.js
/** Shell builtins and keywords: not programs with a version. */
const BUILTINS = new Set(('cd echo export set unset test [ [[ true false exit source . eval exec if then else elif fi for while do ' +
    'done case esac function return shift trap umask wait read printf pwd time env sudo nohup nice mkdir rm ' +
    'cp mv ls cat touch').split(' '));
/**
 * The programs a stage command names: the first word of each simple command (after `&&`, `||`, `;`,
 * `|`, newlines and `VAR=value` prefixes), less shell builtins and coreutils. `python3 train.py && dvc
 * push` -> ['python3', 'dvc']. A heuristic by design: `tools:` in the stage adds what it misses.
 */
function toolsNamedIn(cmd) {
    const tools = new Set();
    for (const segment of cmd.split(/&&|\|\||[;|\n]/)) {
        const words = segment.trim().split(/\s+/).filter(Boolean);
        const first = words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
        if (!first || /^[#(){}]/.test(first))
            continue;
        const name = first.replace(/^["']|["']$/g, '');
        if (!BUILTINS.has(name))
            tools.add(name);
    }
    return [...tools];
}
/** Lockfiles whose hash goes into every fingerprint when present at the workspace root or the stage's wdir. */
const LOCKFILES = [
    'requirements.txt',
    'poetry.lock',
    'uv.lock',
    'Pipfile.lock',
    'pdm.lock',
    'environment.yml',
    'environment.yaml',
    'conda-lock.yml',
    'package-lock.json',
    'pnpm-lock.yaml',
    'yarn.lock',
];

// EXTERNAL MODULE: ./build/platform/cache/outputs.js
var outputs = __nccwpck_require__(4617);
// EXTERNAL MODULE: ./build/platform/process/hash-files.js + 2 modules
var hash_files = __nccwpck_require__(8812);
;// CONCATENATED MODULE: ./build/platform/process/content-ids.js





/** Where a path could not be hashed: missing, or a glob that matched nothing. */
class MissingPathError extends Error {
    path;
    reason;
    constructor(path, reason) {
        super(reason === 'missing' ? `${path} does not exist` : `${path} matches no file`);
        this.path = path;
        this.reason = reason;
    }
}
/**
 * `to` relative to `from`, with `/`. A file walked from under `from` (both absolute and normalized) is the rest
 * of its path: no path.relative, which resolves both paths on every call (~10 ms for 1000 files, a third of
 * an unchanged re-run's own work). Anything else goes through path.relative.
 */
function posixRelative(from, to) {
    const prefix = from.endsWith(external_node_path_.sep) ? from : `${from}${external_node_path_.sep}`;
    const rest = (0,external_node_path_.isAbsolute)(from) && to.startsWith(prefix) ? to.slice(prefix.length) : (0,external_node_path_.relative)(from, to);
    return external_node_path_.sep === '/' ? rest : rest.split(external_node_path_.sep).join('/');
}
// Synchronous stats: ~3 µs each against ~20 µs of main-thread work for a promise through the thread pool
// (1000 files: 2-10 ms instead of 20-50 ms), and nothing else runs meanwhile that they would hold up (git
// answers into pipes; the hash workers have their next files). A compromise for metadata not in the page
// cache (a network filesystem), where the thread pool's four stats at once would be faster.
function walk(dir, depth = 0) {
    if (depth > 64)
        throw new Error(`${dir}: directories nested over 64 deep (a symlink loop?)`);
    const out = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const abs = (0,external_node_path_.join)(dir, name);
        const info = (0,external_node_fs_.statSync)(abs, { bigint: true });
        if (info.isDirectory())
            out.push(...walk(abs, depth + 1));
        else if (info.isFile())
            out.push({ abs, stat: info });
    }
    return out;
}
// Git's view is a snapshot: a file a stage rewrites later (a tracked output of an upstream stage) keeps its
// old blob id in it. The index's id is taken only for files untouched since well before the snapshot
// (mtime and ctime, with the hash state's 2 s racy margin); other tracked files are hashed by git itself,
// so a tracked file always gets a git blob id and an untracked one a sha256, whatever the timing.
const GIT_MARGIN_NS = 2000000000n;
function gitId(git, file) {
    if (!git)
        return undefined;
    const settled = file.stat.mtimeNs + GIT_MARGIN_NS < git.at && file.stat.ctimeNs + GIT_MARGIN_NS < git.at;
    return settled ? git.ids.get(file.abs) : undefined;
}
/** The files a dep names: itself, every file under a directory, or every match of a glob. */
function expand(base, dep) {
    const abs = (0,external_node_path_.resolve)(base, dep);
    if (glob_isGlob(dep)) {
        const pattern = globToRegExp(dep.split('\\').join('/'));
        const root = (0,external_node_path_.resolve)(base, globBase(dep.split('\\').join('/')));
        let all = [];
        try {
            all = walk(root);
        }
        catch {
            // No such directory (or unreadable): the glob matches nothing.
        }
        const files = all.filter((file) => pattern.test(posixRelative(base, file.abs)));
        if (files.length === 0)
            throw new MissingPathError(dep, 'no-match');
        return { kind: 'tree', files };
    }
    let info;
    try {
        info = (0,external_node_fs_.statSync)(abs, { bigint: true });
    }
    catch {
        // Missing, or a path through a file (ENOTDIR): the dep does not exist.
    }
    if (!info)
        throw new MissingPathError(dep, 'missing');
    if (info.isDirectory())
        return { kind: 'tree', files: walk(abs) };
    return { kind: 'file', files: [{ abs, stat: info }] };
}
/**
 * A content id for each path (file, directory or glob, relative to `base`): a tracked unmodified file's
 * git blob id, a remembered sha256 whose stat still matches, or a fresh sha256 (all files read in
 * parallel); a directory or glob gets 'tree-sha256:' over its sorted (relative path, id) listing.
 */
async function contentIds(base, paths, options) {
    // Listed first (a missing dep fails before git is asked, and git is not asked when no file is named).
    const expanded = paths.map((path) => ({ path, ...expand(base, path) }));
    const files = [...new Map(expanded.flatMap((dep) => dep.files.map((file) => [file.abs, file]))).values()];
    const ids = new Map();
    const unknown = [];
    for (const file of files) {
        const known = options.state.get(file.abs, file.stat);
        if (known)
            ids.set(file.abs, `sha256:${known}`);
        else
            unknown.push(file);
    }
    // Every file the hash state does not know starts hashing now, while git lists the index (three process
    // starts: 10-50 ms of this thread); one git turns out to track is dropped, as its id is git's.
    const startedNs = BigInt(Date.now()) * 1000000n;
    const run = (0,hash_files/* startHashing */.hU)(unknown.map((file) => ({ path: file.abs, size: Number(file.stat.size) })), options.onProgress);
    let hashed;
    const tracked = new Set();
    try {
        const git = typeof options.git === 'function' ? (files.length ? await options.git() : undefined) : options.git;
        const gitToHash = [];
        for (const file of git ? files : []) {
            const id = gitId(git, file);
            if (id)
                ids.set(file.abs, id);
            else if (git?.tracked.has(file.abs))
                gitToHash.push(file.abs);
            if (id || git?.tracked.has(file.abs))
                tracked.add(file.abs);
        }
        run.drop(tracked);
        const [gitHashed, ours] = await Promise.all([
            git?.hashObjects(gitToHash) ?? new Map(),
            run.done(),
        ]);
        for (const [path, id] of gitHashed)
            ids.set(path, id);
        hashed = ours;
    }
    catch (error) {
        run.drop(unknown.map((file) => file.abs));
        await run.done().catch(() => undefined);
        throw error;
    }
    for (const file of unknown) {
        // A tracked file's hash may have come before git answered: its id is git's all the same.
        const hash = tracked.has(file.abs) ? undefined : hashed.get(file.abs);
        if (!hash)
            continue;
        options.state.set(file.abs, file.stat, hash.sha256, startedNs);
        ids.set(file.abs, `sha256:${hash.sha256}`);
    }
    const out = {};
    for (const { path, kind, files } of expanded) {
        const key = (0,external_node_path_.isAbsolute)(path) ? path : path.split('\\').join('/');
        if (kind === 'file')
            out[key] = ids.get(files[0].abs);
        else {
            const root = glob_isGlob(path) ? base : (0,external_node_path_.resolve)(base, path);
            const listing = files.map((file) => [posixRelative(root, file.abs), ids.get(file.abs)]);
            out[key] = `tree-sha256:${(0,canonical/* sha256Hex */.f)((0,canonical/* canonicalJson */.d)(listing))}`;
        }
    }
    return out;
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./build/platform/process/resources.js

// USER_HZ: the unit of /proc CPU times. 100 on every mainstream Linux architecture (the kernel ABI
// fixes it, whatever CONFIG_HZ is); Node has no sysconf(_SC_CLK_TCK) to ask.
const USER_HZ = 100;
const SAMPLE_MS = 100;
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Fields after the command name of /proc/<pid>/stat (field 3 = index 0). */
function statFields(pid) {
    const text = readText(`/proc/${pid}/stat`);
    return text?.slice(text.lastIndexOf(')') + 2).split(' ');
}
/** User and system CPU of this process's reaped children, in ms (fields 16 and 17: cutime, cstime). */
function childrenCpuMs() {
    const fields = statFields('self');
    if (!fields)
        return undefined;
    return { user: (Number(fields[13]) * 1000) / USER_HZ, system: (Number(fields[14]) * 1000) / USER_HZ };
}
/** VmHWM (the kernel's peak RSS of one process) of `pid`, in bytes; 0 once it is gone. */
function processPeakRss(pid) {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? '');
    return hwm ? Number(hwm[1]) * 1024 : 0;
}
/** Largest VmHWM among the processes of process group `pgid`, in bytes. */
function groupPeakRss(pgid) {
    let peak = 0;
    let pids;
    try {
        pids = (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name));
    }
    catch {
        return 0;
    }
    for (const pid of pids) {
        const fields = statFields(pid);
        if (!fields || Number(fields[2]) !== pgid)
            continue; // field 5: process group
        peak = Math.max(peak, processPeakRss(pid));
    }
    return peak;
}
/**
 * Measures a command's process tree. On Linux: peak memory is the largest VmHWM (the kernel's own
 * per-process high-water mark) seen among the tree's processes — process group `pgid` and whatever
 * `members` lists (the tree tracker's: a `setsid` descendant has left the group) — sampled every 100 ms,
 * so a process that lives less than that can be missed; CPU time is exact, from the cutime/cstime the kernel adds to this
 * process when it reaps the command (which includes the command's own reaped children). Elsewhere it
 * reports null with the reason: Node exposes no getrusage(RUSAGE_CHILDREN).
 */
function watchResources(pgid, members) {
    if (process.platform !== 'linux' || !childrenCpuMs()) {
        return {
            stop: () => ({
                peakRssBytes: null,
                cpuUserMs: null,
                cpuSystemMs: null,
                method: `not measured on ${process.platform}: Node has no getrusage(RUSAGE_CHILDREN)`,
            }),
        };
    }
    const before = childrenCpuMs();
    let peak = groupPeakRss(pgid);
    const sample = () => {
        peak = Math.max(peak, groupPeakRss(pgid));
        members?.().then((pids) => {
            for (const pid of pids)
                peak = Math.max(peak, processPeakRss(pid));
        }, () => { });
    };
    sample();
    const timer = setInterval(sample, SAMPLE_MS);
    timer.unref();
    return {
        stop: () => {
            clearInterval(timer);
            const after = childrenCpuMs();
            return {
                peakRssBytes: peak || null,
                cpuUserMs: Math.round(after.user - before.user),
                cpuSystemMs: Math.round(after.system - before.system),
                method: 'linux: largest /proc VmHWM of the process tree (its group and every descendant seen) sampled every 100 ms; CPU from reaped children',
            };
        },
    };
}

;// CONCATENATED MODULE: ./build/platform/process/cgroup.js



// A cgroup v2 per stage holds every process the command starts, whatever it does to its session or
// group (setsid, double fork): the kernel puts a child in its parent's cgroup and only a privileged
// write moves it out. It needs a writable cgroup v2 hierarchy (root in a container with its own cgroup
// namespace, a systemd delegated scope); GitHub's hosted runners do not give the runner user one, so
// process-tree.ts falls back to walking /proc. Node cannot make mlci a child subreaper
// (PR_SET_CHILD_SUBREAPER needs prctl, i.e. native code, which DESIGN.md rules out).
/** The cgroup v2 directory this process lives in, if the v2 hierarchy is mounted. */
function ownCgroupDir() {
    try {
        const line = (0,external_node_fs_.readFileSync)('/proc/self/cgroup', 'utf8')
            .split('\n')
            .find((l) => l.startsWith('0::'));
        const mount = (0,external_node_fs_.readFileSync)('/proc/self/mountinfo', 'utf8')
            .split('\n')
            .find((l) => l.includes(' - cgroup2 '));
        if (!line || !mount)
            return undefined;
        return (0,external_node_path_.join)(mount.split(' ')[4], line.slice(3));
    }
    catch {
        return undefined;
    }
}
let counter = 0;
let usable;
/** Joins the cgroup whose cgroup.procs is $0, then becomes the command (`exec` keeps the pid). */
const JOIN = '{ echo 0 > "$0"; } 2>/dev/null; exec "$@"';
/**
 * The parent directory for stage cgroups, if this process may create cgroups and move processes into
 * them. Decided once per process by a probe: a `sh` joins a fresh cgroup and the cgroup is removed.
 */
function cgroupParent() {
    if (usable !== undefined)
        return usable || undefined;
    usable = false;
    if (process.platform !== 'linux')
        return undefined;
    const parent = ownCgroupDir();
    if (!parent || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(parent, 'cgroup.procs')))
        return undefined;
    const probe = (0,external_node_path_.join)(parent, `mlci-probe-${process.pid}`);
    try {
        (0,external_node_fs_.mkdirSync)(probe);
    }
    catch {
        return undefined;
    }
    const joined = (0,external_node_child_process_.spawnSync)('/bin/sh', ['-c', 'echo 0 > "$0"', (0,external_node_path_.join)(probe, 'cgroup.procs')], {
        stdio: 'ignore',
    });
    try {
        (0,external_node_fs_.rmdirSync)(probe);
    }
    catch {
        // Still populated a moment after the probe exits on some kernels; harmless and empty soon.
    }
    if (joined.status === 0)
        usable = parent;
    return usable || undefined;
}
/** A fresh cgroup for one command, or undefined where cgroups cannot be used (then walk /proc). */
function createStageCgroup() {
    const parent = cgroupParent();
    if (!parent)
        return undefined;
    const dir = (0,external_node_path_.join)(parent, `mlci-${process.pid}-${++counter}`);
    try {
        (0,external_node_fs_.mkdirSync)(dir);
    }
    catch {
        return undefined;
    }
    return {
        dir,
        wrap: (file, args) => ({ file: '/bin/sh', args: ['-c', JOIN, (0,external_node_path_.join)(dir, 'cgroup.procs'), file, ...args] }),
        pids() {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
            }
            catch {
                return [];
            }
        },
        killAll() {
            try {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'cgroup.kill'), '1');
                return true;
            }
            catch {
                return false;
            }
        },
        remove() {
            try {
                (0,external_node_fs_.rmdirSync)(dir);
            }
            catch {
                // Not empty (a process in uninterruptible sleep): the kernel frees it once the process is gone.
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platform/process/process-table.js
// Pure rules over a snapshot of the OS process table: which processes belong to a stage's tree. The
// snapshots come from /proc (Linux), `ps` (macOS) or CIM (Windows); see process-tree.ts.
/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself hold spaces and
 * ')', so the fields are counted from the LAST ')'. Returns undefined for text that is not a stat line.
 */
function parseProcStat(text) {
    const close = text.lastIndexOf(')');
    const pid = Number.parseInt(text, 10);
    if (close < 0 || !Number.isInteger(pid))
        return undefined;
    // fields[0] is field 3 (state); ppid 4, pgrp 5, session 6, starttime 22 (proc(5)).
    const fields = text.slice(close + 2).split(' ');
    const num = (index) => Number(fields[index]);
    if (fields.length < 20 || [1, 2, 3, 19].some((i) => !Number.isFinite(num(i))))
        return undefined;
    return { pid, ppid: num(1), pgrp: num(2), session: num(3), start: num(19), state: fields[0] ?? '' };
}
/** Whether a row is a process that can still run (not a zombie waiting to be reaped). */
const isAlive = (row) => row.state !== 'Z' && row.state !== 'X';
/**
 * The pids of a stage's tree in `rows`: the root; every process of its session or process group; every
 * process seen in the tree before (`known`: pid → start, so a reused pid does not count); and, to a
 * fixpoint, every child of one of those. Anything started before the root is left out, which keeps an
 * unrelated process that reused a pid (or leads a new session with the root's old pid) safe.
 */
function treeMembers(rows, root, known = new Map()) {
    const candidates = rows.filter((row) => row.start >= root.start);
    const members = new Map();
    for (const row of candidates) {
        const inGroup = root.pid > 0 && (row.session === root.pid || row.pgrp === root.pid);
        if (row.pid === root.pid || inGroup || known.get(row.pid) === row.start)
            members.set(row.pid, row);
    }
    for (let grew = true; grew;) {
        grew = false;
        for (const row of candidates) {
            // The root counts as a parent even when it has exited (Windows does not re-parent its children).
            if (!members.has(row.pid) && (members.has(row.ppid) || row.ppid === root.pid)) {
                members.set(row.pid, row);
                grew = true;
            }
        }
    }
    return [...members.values()];
}
/**
 * Parses `ps -A -o pid=,ppid=,pgid=` (macOS, BSD): one process per line. `ps` gives no start time in a
 * comparable unit, so every row gets start 0 (a root with start 0 accepts them all).
 */
function parsePs(text) {
    return text
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number))
        .filter((cols) => cols.length >= 3 && cols.slice(0, 3).every(Number.isInteger))
        .map(([pid, ppid, pgrp]) => ({ pid: pid, ppid: ppid, pgrp: pgrp, session: -1, start: 0, state: '' }));
}
/**
 * Parses lines `<ProcessId> <ParentProcessId> <CreationDate as ms since the epoch>` (written by the
 * PowerShell CIM query of process-tree.ts). Windows keeps a process's ParentProcessId after the parent
 * exits (nothing is re-parented), which is what lets mlci find what a finished shell left behind.
 */
function parseWindowsProcesses(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim().split(/\s+/).map(Number))
        .filter((cols) => cols.length === 3 && cols.every(Number.isFinite))
        .map(([pid, ppid, start]) => ({
        pid: pid,
        ppid: ppid,
        pgrp: -1,
        session: -1,
        start: start,
        state: '',
    }));
}

;// CONCATENATED MODULE: ./build/platform/process/process-tree.js





const process_tree_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const POLL_MS = 100;
function procRows() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name));
    }
    catch {
        return [];
    }
    const rows = [];
    for (const name of names) {
        try {
            const row = parseProcStat((0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8'));
            if (row)
                rows.push(row);
        }
        catch {
            // Exited between readdir and read.
        }
    }
    return rows;
}
const procStart = (pid) => {
    try {
        return parseProcStat((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'))?.start;
    }
    catch {
        return undefined;
    }
};
function signalAll(pids, signal) {
    return pids.filter((pid) => {
        try {
            process.kill(pid, signal);
            return true;
        }
        catch {
            return false; // already gone
        }
    });
}
/**
 * Linux: a cgroup where one can be made (every descendant, setsid or not), otherwise /proc polled every
 * 100 ms: the session and group the shell leads, plus every process ever seen in the tree and its
 * children. The poll is what finds a `setsid` descendant after its parent has exited; one started and
 * orphaned within a single poll interval can still escape, and the message does not claim otherwise.
 */
function linuxTracker(useCgroup) {
    const cgroup = useCgroup ? createStageCgroup() : undefined;
    return {
        wrap: (file, args) => (cgroup ? cgroup.wrap(file, args) : { file, args: [...args] }),
        start(pid) {
            // Nothing of the tree started before mlci did: a floor for the root's start until it can be read.
            const root = { pid, start: procStart(pid) ?? procStart('self') ?? 0 };
            const known = new Map();
            const scan = () => {
                const rows = treeMembers(procRows(), root, known);
                const inCgroup = new Set(cgroup?.pids() ?? []);
                for (const row of rows)
                    known.set(row.pid, row.start);
                const alive = rows.filter(isAlive).map((row) => row.pid);
                return [...new Set([...alive, ...inCgroup])];
            };
            const timer = cgroup ? undefined : setInterval(scan, POLL_MS);
            timer?.unref();
            scan();
            return {
                method: cgroup ? 'its cgroup' : '/proc: its session, process group and every descendant seen',
                members: async () => scan(),
                async kill(signal) {
                    const pids = signalAll(scan(), signal);
                    if (signal === 'SIGKILL')
                        cgroup?.killAll();
                    return pids;
                },
                close() {
                    if (timer)
                        clearInterval(timer);
                    cgroup?.remove();
                },
            };
        },
    };
}
/** macOS and other POSIX: the process group the shell leads, and the children of its members (`ps`). */
function psTracker() {
    return {
        wrap: (file, args) => ({ file, args: [...args] }),
        start(pid) {
            const scan = async () => {
                const { stdout } = await process_tree_run('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' }).catch(() => ({ stdout: '' }));
                return treeMembers(parsePs(stdout), { pid, start: 0 }).map((row) => row.pid);
            };
            return {
                method: 'ps: its process group and their children',
                members: scan,
                async kill(signal) {
                    return signalAll(await scan(), signal);
                },
                close() { },
            };
        },
    };
}
// CreationDate as ms since the epoch: Windows keeps ParentProcessId after the parent exits, so this finds
// what a finished shell left behind. Untested here: no Windows runner (docs/train.md says so).
const CIM_QUERY = "Get-CimInstance Win32_Process | ForEach-Object { '{0} {1} {2}' -f $_.ProcessId, $_.ParentProcessId, [long]($_.CreationDate.ToUniversalTime() - [datetime]'1970-01-01').TotalMilliseconds }";
/** Windows: the shell's descendants by ParentProcessId (CIM), each killed with `taskkill /T /F`. */
function windowsTracker() {
    return {
        wrap: (file, args) => ({ file, args: [...args] }),
        start(pid, running) {
            const root = { pid, start: Date.now() - 1000 };
            const scan = async () => {
                const { stdout } = await process_tree_run('powershell.exe', ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', CIM_QUERY], { encoding: 'utf8', windowsHide: true }).catch(() => ({ stdout: '' }));
                return treeMembers(parseWindowsProcesses(stdout), root).map((row) => row.pid);
            };
            return {
                method: 'CIM ParentProcessId walk, taskkill /T /F',
                members: scan,
                async kill() {
                    // The shell itself by pid while it runs, even if the CIM query failed (taskkill /T takes its
                    // live tree); after it exited its pid may be reused, so then only what the query found.
                    const found = await scan();
                    const pids = running() && !found.includes(pid) ? [pid, ...found] : found;
                    await Promise.all(pids.map((member) => taskkill(member)));
                    return pids;
                },
                close() { },
            };
        },
    };
}
/** `taskkill /T /F` on one pid: the process and its live descendants, forcibly (Windows has no SIGTERM). */
function taskkill(pid) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
            .on('error', () => resolve())
            .on('exit', () => resolve());
    });
}
/** The tracker for this OS. `cgroup: false` forces the /proc walk on Linux (tests exercise both). */
function treeTracker(options = {}) {
    if (process.platform === 'win32')
        return windowsTracker();
    if (process.platform === 'linux')
        return linuxTracker(options.cgroup ?? true);
    return psTracker();
}

;// CONCATENATED MODULE: ./build/platform/process/shell.js
/** The default shell: bash on Linux and macOS, pwsh on Windows (as GitHub's `run:` steps). */
function defaultShell(platform = process.platform) {
    return platform === 'win32' ? 'pwsh' : 'bash';
}
/**
 * Program and arguments that run `cmd` in `shell`, with the fail-fast flags GitHub's `shell:` uses.
 * `verbatim`: pass the arguments to Windows as they are (windowsVerbatimArguments), for cmd.exe, which
 * parses its own command line and does not undo the C runtime's `\"` quoting Node would otherwise add.
 */
function shellCommand(shell, cmd) {
    switch (shell) {
        case 'bash':
            return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', cmd], verbatim: false };
        case 'sh':
            return { file: 'sh', args: ['-e', '-c', cmd], verbatim: false };
        case 'pwsh':
        case 'powershell': {
            // GitHub wraps pwsh the same way: stop on errors, and exit with the last native exit code.
            const script = `$ErrorActionPreference = 'stop'\n${cmd}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`;
            return {
                file: shell,
                args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script],
                verbatim: false,
            };
        }
        case 'cmd':
            // `/S /C "<cmd>"`: cmd.exe drops the first and the last quote and runs what is between exactly as
            // written (quotes, `&`, `^` included), as GitHub's own `shell: cmd` wrapper relies on.
            return { file: 'cmd.exe', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', `"${cmd}"`], verbatim: true };
    }
}
/**
 * Variables passed through from the outer environment to every stage: what programs need to start at
 * all (PATH, HOME, locale, temp dirs, Windows system dirs). Nothing else leaks in unless declared.
 */
const PASS_THROUGH = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LC_ALL',
    'LC_CTYPE',
    'TERM',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SystemRoot',
    'SYSTEMROOT',
    'ComSpec',
    'COMSPEC',
    'PATHEXT',
    'WINDIR',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'ProgramData',
    'ProgramFiles',
    'ProgramFiles(x86)',
    'HOMEDRIVE',
    'HOMEPATH',
];

;// CONCATENATED MODULE: ./build/platform/process/run-command.js





// A line longer than this is passed on in pieces: a command that never prints a line break must not
// grow mlci's memory.
const MAX_LINE = 64 * 1024;
/**
 * Cuts a command's output into lines at LF, CRLF and a lone CR, as the runner does when it reads the log
 * (a progress bar's CR starts a new line there): every segment reaches onLine, so each gets the stage
 * prefix and none can begin a workflow command of its own.
 */
function lineSplitter(onLine) {
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    let rest = '';
    const take = (text) => {
        rest += text;
        let start = 0;
        for (let i = 0; i < rest.length; i++) {
            const ch = rest.charCodeAt(i);
            if (ch !== 10 && ch !== 13)
                continue;
            // A CR at the very end may be the first half of a CRLF split across two chunks: wait for the next.
            if (ch === 13 && i === rest.length - 1)
                break;
            onLine(rest.slice(start, i));
            if (ch === 13 && rest.charCodeAt(i + 1) === 10)
                i++;
            start = i + 1;
        }
        rest = rest.slice(start);
        while (rest.length > MAX_LINE) {
            onLine(rest.slice(0, MAX_LINE));
            rest = rest.slice(MAX_LINE);
        }
    };
    return {
        push(chunk) {
            take(decoder.write(chunk));
        },
        flush() {
            take(decoder.end());
            if (rest.endsWith('\r'))
                rest = rest.slice(0, -1);
            if (rest)
                onLine(rest);
            rest = '';
        },
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** SIGTERM to every live process of the tree, then SIGKILL to those still alive after `graceMs`. */
async function endTree(tree, graceMs) {
    const termed = await tree.kill('SIGTERM');
    if (!termed.length)
        return { termed, forced: [] };
    for (const deadline = Date.now() + graceMs; Date.now() < deadline;) {
        await sleep(50);
        if (!(await tree.members()).length)
            return { termed, forced: [] };
    }
    return { termed, forced: await tree.kill('SIGKILL') };
}
const plural = (n) => `${n} process${n === 1 ? '' : 'es'}`;
/** What was killed, in words true to what happened: "killed 3 processes found through its cgroup …". */
function describeKill(ended, method) {
    if (!ended.termed.length)
        return `no process of the tree was left to kill (tracked through ${method})`;
    const forced = ended.forced.length ? `; ${plural(ended.forced.length)} ignored it and got SIGKILL` : '';
    return `sent SIGTERM to ${plural(ended.termed.length)} found through ${method}${forced}`;
}
/** Waits for the output pipes to close, at most `ms`; a process outside the tree may still hold them. */
function pipesClosed(child, ms) {
    const open = [child.stdout, child.stderr].filter((s) => !!s && !s.closed);
    if (!open.length)
        return Promise.resolve(true);
    return Promise.race([
        Promise.all(open.map((s) => new Promise((resolve) => s.once('close', resolve)))).then(() => true),
        sleep(ms).then(() => false),
    ]);
}
/**
 * Runs a stage command in its shell with exactly `env`, streaming its output line by line. The stage owns
 * its whole process tree: when the shell exits, whatever it left running (`tensorboard &`, a `setsid`
 * daemon) gets SIGTERM, then SIGKILL after the grace period, and mlci stops waiting on output pipes those
 * processes inherited; on timeout the same happens to the whole tree, shell included.
 */
function runCommand(cmd, options) {
    const shell = shellCommand(options.shell, cmd);
    const tracker = treeTracker({ cgroup: options.cgroup });
    const { file, args } = tracker.wrap(shell.file, shell.args);
    const graceMs = (options.killGrace ?? 5) * 1000;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: { ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own session and process group on POSIX (setsid), so the tree can be found and signalled.
            detached: process.platform !== 'win32',
            windowsHide: true,
            // cmd.exe parses its own command line: Node's C-runtime quoting would mangle `cmd` (shell.ts).
            windowsVerbatimArguments: shell.verbatim,
        });
        const running = () => child.exitCode === null && child.signalCode === null;
        const tree = child.pid ? tracker.start(child.pid, running) : undefined;
        const watch = child.pid ? watchResources(child.pid, tree ? () => tree.members() : undefined) : undefined;
        const out = lineSplitter(options.onLine);
        const err = lineSplitter(options.onLine);
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        let timedOut = false;
        let ending;
        const end = () => (ending ??= tree ? endTree(tree, graceMs) : Promise.resolve({ termed: [], forced: [] }));
        const timer = options.timeout > 0
            ? setTimeout(() => {
                timedOut = true;
                void end();
            }, options.timeout * 1000)
            : undefined;
        // The command leads its own session, so a signal to mlci (a cancelled job) would not reach it: take
        // the tree down, then let the signal do what it would have done.
        const onSignal = (signal) => {
            // The group synchronously (the process exits right after), then whatever else the tracker knows.
            if (child.pid) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // Already gone.
                }
            }
            void tree?.kill('SIGKILL');
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
            process.kill(process.pid, signal);
        };
        if (process.platform !== 'win32') {
            process.once('SIGINT', onSignal);
            process.once('SIGTERM', onSignal);
        }
        const finish = async (exitCode, signal, spawnError) => {
            if (timer)
                clearTimeout(timer);
            // The shell is gone; what it left behind goes too (a stage owns its whole tree).
            const ended = await end();
            const closed = await pipesClosed(child, 1000);
            if (!closed) {
                child.stdout.destroy();
                child.stderr.destroy();
            }
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
            tree?.close();
            out.flush();
            err.flush();
            if (spawnError)
                options.onLine(`cannot start ${file}: ${spawnError.message}`);
            const killed = tree ? describeKill(ended, tree.method) : null;
            if (!timedOut && ended.termed.length) {
                options.onNote?.(`the command exited and left ${plural(ended.termed.length)} running: ${killed}`);
            }
            if (!closed) {
                options.onNote?.('output pipes stayed open after the tree was killed (a process outside it holds them): stopped reading');
            }
            const resources = watch?.stop() ?? {
                peakRssBytes: null,
                cpuUserMs: null,
                cpuSystemMs: null,
                method: 'not measured: the command did not start',
            };
            resolve({ exitCode: spawnError ? 127 : exitCode, signal, timedOut, resources, killed });
        };
        let done = false;
        child.on('error', (error) => {
            if (done || child.pid)
                return;
            done = true;
            void finish(null, null, error);
        });
        // 'exit', not 'close': 'close' waits for every holder of the pipes, background processes included.
        child.on('exit', (code, signal) => {
            if (done)
                return;
            done = true;
            void finish(code, signal);
        });
    });
}

;// CONCATENATED MODULE: ./build/platform/process/tool-version.js



/** The absolute path `name` runs as, looked up on PATH (with PATHEXT on Windows), or undefined. */
function which(name, path) {
    const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    const candidates = (0,external_node_path_.isAbsolute)(name)
        ? [name]
        : (path ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map((dir) => (0,external_node_path_.join)(dir, name));
    for (const candidate of candidates) {
        for (const ext of exts) {
            try {
                (0,external_node_fs_.accessSync)(candidate + ext, external_node_fs_.constants.X_OK);
                return candidate + ext;
            }
            catch {
                // next
            }
        }
    }
    return undefined;
}
/**
 * `tool --version`'s first line. Only programs found on PATH or by absolute path outside the workspace
 * are asked: a script of the repository (`./train.sh`) could do anything with `--version`, and it is
 * a dep, hashed by content, anyway.
 */
async function toolVersion(name, env, workspace) {
    if (!(0,external_node_path_.isAbsolute)(name) && /[\\/]/.test(name))
        return 'repository file (hash it as a dep)';
    const found = which(name, env.PATH ?? env.Path);
    if (!found)
        return 'not found';
    const inside = (0,external_node_path_.relative)(workspace, found);
    if (!inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
        return 'repository file (hash it as a dep)';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(found, ['--version'], { env: { ...env }, timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
            const line = `${stdout}\n${stderr}`.split(/\r?\n/).find((text) => text.trim() !== '');
            if (line)
                resolve(line.trim().slice(0, 200));
            else
                resolve(error ? `unknown (${error.message.split('\n')[0]})` : 'unknown');
        });
    });
}
/** "ubuntu 24.04" from /etc/os-release on Linux; '' elsewhere or when unreadable. */
function linuxDistro() {
    if (process.platform !== 'linux')
        return '';
    try {
        const text = (0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8');
        const field = (key) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
        return `${field('ID')} ${field('VERSION_ID')}`.trim();
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./build/core/train/determinism.js
/**
 * Variables that make common ML frameworks deterministic, each with what honours it. Exported to every
 * stage command; a variable the user declares in `env` wins (their value is fingerprinted).
 */
function determinismEnv(seed) {
    const text = String(seed);
    return {
        MLCI_SEED: text, // for the user's own code: random.seed(int(os.environ["MLCI_SEED"]))
        PYTHONHASHSEED: text, // CPython: fixes str/bytes hash randomisation (set iteration order)
        PL_GLOBAL_SEED: text, // PyTorch Lightning: seed_everything() reads it when called without a seed
        PL_SEED_WORKERS: '1', // PyTorch Lightning: seeds dataloader workers too
        CUBLAS_WORKSPACE_CONFIG: ':4096:8', // cuBLAS >= 10.2: required by torch.use_deterministic_algorithms(True)
        TF_DETERMINISTIC_OPS: '1', // TensorFlow: deterministic GPU kernels (pre-2.9 spelling, still read)
        TF_CUDNN_DETERMINISTIC: '1', // TensorFlow: deterministic cuDNN convolution algorithms
        TF_ENABLE_ONEDNN_OPTS: '0', // TensorFlow: oneDNN kernels reorder float sums between runs and CPUs
        XLA_FLAGS: '--xla_gpu_deterministic_ops=true', // JAX/XLA on GPU: deterministic reductions and scatters
        PYTHONDONTWRITEBYTECODE: '1', // no __pycache__ written next to deps (it would change directory hashes)
    };
}

;// CONCATENATED MODULE: ./build/platform/train/stage-env.js



/** The environment a stage command runs with: pass-through basics, determinism variables, declared env. */
function stageEnv(stage, outer, params) {
    const env = {};
    for (const name of [...PASS_THROUGH, ...stage.passEnv]) {
        if (outer[name] !== undefined)
            env[name] = outer[name];
    }
    Object.assign(env, determinismEnv(stage.seed));
    for (const name of stage.env)
        if (outer[name] !== undefined)
            env[name] = outer[name];
    env.MLCI_STAGE = stage.name;
    env.MLCI_PARAMS = (0,canonical/* canonicalJson */.d)(params);
    return env;
}

;// CONCATENATED MODULE: ./build/platform/terminal/progress.js

const MiB = (/* unused pure expression or super */ null && (1024 * 1024));
function amount(n, unit) {
    if (unit === 'bytes')
        return `${(n / MiB).toFixed(n < 10 * MiB ? 1 : 0)} MiB`;
    return `${Math.round(n).toLocaleString('en-US')} ${unit}`;
}
/** "data.csv  45%  216/480 MiB  40 MiB/s  ETA 7 s": what the updating line says. */
function progressText(label, done, total, seconds, unit = 'bytes') {
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [visibleLabel(label)];
    if (total && total > 0) {
        parts.push(`${Math.min(100, Math.floor((100 * done) / total))}%`);
        parts.push(`${amount(done, unit).replace(/ \w+$/, '')}/${amount(total, unit)}`);
    }
    else
        parts.push(amount(done, unit));
    parts.push(`${amount(rate, unit)}/s`);
    if (total && rate > 0)
        parts.push(`ETA ${Math.max(0, Math.ceil((total - done) / rate))} s`);
    return parts.join('  ');
}
/**
 * Progress as one line on a terminal, redrawn in place (`\r` + erase line) at most every 100 ms and
 * cleared at the end, so the log lines around it stay clean. Only for a TTY: in a CI log, the
 * commands' periodic plain lines are the progress.
 */
function ttyProgress(options) {
    const now = options.now ?? (() => performance.now());
    const every = options.everyMs ?? 100;
    /** Whether a progress line is on the screen now (one line, shared by every task). */
    let onScreen = false;
    const write = (text) => {
        options.write(text);
        onScreen = text !== '\r\u001b[K';
    };
    const start = (label, total, unit = 'bytes') => {
        const started = now();
        let last = Number.NEGATIVE_INFINITY;
        let shown = false;
        return {
            update: (done) => {
                const at = now();
                if (at - last < every)
                    return;
                last = at;
                let text = progressText(label, done, total, (at - started) / 1000, unit);
                if (options.columns && text.length >= options.columns)
                    text = `${text.slice(0, options.columns - 2)}…`;
                write(`\r\u001b[K${text}`);
                shown = true;
            },
            end: () => {
                if (shown && onScreen)
                    write('\r\u001b[K');
                shown = false;
            },
        };
    };
    /** Erases the line before a log line is printed, so the two never share a line; the next update redraws it. */
    const clear = () => {
        if (onScreen)
            write('\r\u001b[K');
    };
    return Object.assign(start, { clear });
}
/**
 * A push's onProgress (name, sent, size) as progress tasks, one per blob, each ended when its last
 * byte is sent.
 */
function blobProgress(progress) {
    const tasks = new Map();
    return (name, sent, size) => {
        let task = tasks.get(name);
        if (!task) {
            task = progress(`pushing ${name}`, size);
            tasks.set(name, task);
        }
        task.update(sent);
        if (sent >= size)
            task.end();
    };
}
/**
 * Long work's progress wherever it runs: the terminal's updating line when the IO has one (`tty`), else a
 * plain log line at most every `everyMs`, so a CI log keeps a trace without a line per chunk.
 */
function progressOrLog(tty, log, work) {
    const task = tty?.(work.label, work.total, work.unit);
    if (task)
        return task;
    const started = Date.now();
    let last = started;
    return {
        update: (done) => {
            const now = Date.now();
            if (now - last < work.everyMs)
                return;
            last = now;
            log(work.line(done, (now - started) / 1000));
        },
        end: () => { },
    };
}

;// CONCATENATED MODULE: ./build/platform/train/transfer-log.js

const transfer_log_MiB = 1024 * 1024;
/** "12 file(s), 480.0 MiB in 0.4 s (1200 MiB/s)" for cache transfers. */
function transferred(files, started) {
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = (bytes / transfer_log_MiB / seconds).toFixed(0);
    return `${files.length} file(s), ${(bytes / transfer_log_MiB).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${rate} MiB/s)`;
}
/** A progress line every 5 s while hashing (on a terminal, the updating line instead); end() when done. */
function hashProgress(io, what) {
    let files = 0;
    const task = progressOrLog(io.progress, (line) => io.log.info(line), {
        label: `hashing ${what}`,
        everyMs: 5000,
        line: (bytes, seconds) => `  hashing ${what}: ${files} file(s), ${(bytes / transfer_log_MiB).toFixed(0)} MiB, ${(bytes / transfer_log_MiB / seconds).toFixed(0)} MiB/s`,
    });
    const log = (done) => {
        files = done.files;
        task.update(done.bytes);
    };
    return Object.assign(log, { end: task.end });
}

;// CONCATENATED MODULE: ./build/platform/train/stage-effects.js


















/** The StageEffects of a real run: files, git, processes and the cache store. */
function stageEffects(ctx) {
    const { io, root } = ctx;
    const wdirOf = (stage) => (0,external_node_path_.resolve)(root, stage.wdir);
    const outputsOf = (stage) => (0,train_stage/* stageOutputs */.Tp)(stage).map((out) => insideWorkspace(stage.wdir, out, `stage '${stage.name}': output`, stage.where));
    const tools = new Map();
    return {
        async hashDeps(stage) {
            try {
                const progress = hashProgress(io, `deps of '${stage.name}'`);
                const ids = await contentIds(wdirOf(stage), stage.deps, {
                    state: ctx.state,
                    git: ctx.git,
                    onProgress: progress,
                }).finally(progress.end);
                return Object.fromEntries(Object.entries(ids).map(([dep, id]) => [workspacePath(stage.wdir, dep), id]));
            }
            catch (error) {
                if (!(error instanceof MissingPathError))
                    throw error;
                const why = error.reason === 'missing' ? 'does not exist' : 'matches no file';
                throw stageUsageError(stage, `dep "${error.path}" ${why}`, {
                    hint: 'create it, fix the path, or let an upstream stage produce it (`depends-on`)',
                });
            }
        },
        readParamsFile(stage, file) {
            const path = (0,external_node_path_.resolve)(wdirOf(stage), file);
            return (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : undefined;
        },
        async runtime(stage) {
            const env = stageEnv(stage, io.env, {});
            const names = [...new Set([...toolsNamedIn(stage.cmd), ...stage.tools])].sort();
            const versions = {};
            for (const name of names) {
                if (!tools.has(name))
                    tools.set(name, toolVersion(name, env, root));
                versions[name] = await tools.get(name);
            }
            const candidates = [...new Set(LOCKFILES.flatMap((file) => [file, workspacePath(stage.wdir, file)]))];
            const present = candidates.filter((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)));
            const lockfiles = present.length
                ? await contentIds(root, present, { state: ctx.state, git: ctx.git })
                : {};
            return { os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)(), distro: linuxDistro(), tools: versions, lockfiles };
        },
        envValue: (name) => io.env[name],
        async restore(stage, key) {
            if (!ctx.store)
                return undefined;
            const started = Date.now();
            const hit = await ctx.store.restore(key, outputsOf(stage));
            if (!hit)
                return undefined;
            io.log.info(`  restored ${transferred(hit.files, started)} from the ${hit.source} cache`);
            return {
                source: hit.source,
                outputs: hit.files.map(({ path, sha256, size }) => ({ path, sha256, size })),
            };
        },
        async save(stage, key, _outputs, inputs) {
            if (!ctx.store)
                return 'skipped: cache is off';
            if (ctx.saveBlocked) {
                io.log.notice(`cache save skipped for stage '${stage.name}': ${ctx.saveBlocked}`);
                return `skipped: ${ctx.saveBlocked}`;
            }
            const started = Date.now();
            const { files } = await (0,outputs/* hashOutputs */.JO)(root, outputsOf(stage));
            const result = await ctx.store.save({ kind: 'mlci/cache-entry', version: 1, key, inputs, files });
            if (result === 'saved')
                io.log.info(`  saved ${transferred(files, started)} to the ${ctx.store.name} cache`);
            return result;
        },
        // `persist` outputs stay: a command resuming from its checkpoint needs them (DVC `persist: true`).
        removeOutputs: (stage) => {
            const kept = new Set(stage.persist ?? []);
            const removed = (0,train_stage/* stageOutputs */.Tp)(stage).filter((out) => !kept.has(out));
            return (0,outputs/* removeOutputs */.rH)(root, removed.map((out) => insideWorkspace(stage.wdir, out, `stage '${stage.name}': output`, stage.where)));
        },
        run(stage, params) {
            // pass-env is where tokens go: keep their values out of the log even if the command prints them.
            for (const name of stage.passEnv)
                if (io.env[name])
                    io.setSecret(io.env[name]);
            return runCommand(stage.cmd, {
                shell: stage.shell ?? defaultShell(),
                cwd: wdirOf(stage),
                env: stageEnv(stage, io.env, params),
                timeout: stage.timeout,
                onLine: (line) => io.log.info(`[${stage.name}] ${line}`),
                onNote: (line) => io.log.notice(`stage '${stage.name}': ${line}`),
            });
        },
        async hashOutputs(stage) {
            const { files, missing } = await (0,outputs/* hashOutputs */.JO)(root, outputsOf(stage));
            return { outputs: files.map(({ path, sha256, size }) => ({ path, sha256, size })), missing };
        },
        async readMetrics(stage) {
            const out = {};
            for (const file of stage.metrics) {
                const path = workspacePath(stage.wdir, file);
                try {
                    out[path] = parseMetrics(path, await (0,promises_.readFile)((0,external_node_path_.join)(root, path), 'utf8'));
                }
                catch (error) {
                    io.log.warning(`stage '${stage.name}': cannot read metrics file ${path}: ${(0,core_errors/* messageOf */.bD)(error)}`);
                }
            }
            return out;
        },
        async bytesIds(stage, inputs) {
            // Nothing tracked under any dep or lockfile: no id came from git, so there is nothing to redo
            // (and an upstream stage's fresh outputs are not read a second time).
            const bases = [
                ...stage.deps.map((dep) => (0,external_node_path_.resolve)(wdirOf(stage), glob_isGlob(dep) ? globBase(dep) : dep)),
                ...Object.keys(inputs.runtime.lockfiles).map((file) => (0,external_node_path_.resolve)(root, file)),
            ];
            const under = (file, base) => file === base || file.startsWith(`${base}${external_node_path_.sep}`);
            const { tracked } = await ctx.git();
            if (![...tracked].some((file) => bases.some((base) => under(file, base))))
                return inputs;
            // No git ids: every file's id is the sha256 of its bytes (the hash state spares re-reading).
            const deps = await contentIds(wdirOf(stage), stage.deps, { state: ctx.state });
            const lockfiles = await contentIds(root, Object.keys(inputs.runtime.lockfiles), { state: ctx.state });
            return {
                ...inputs,
                deps: Object.fromEntries(Object.entries(deps).map(([dep, id]) => [workspacePath(stage.wdir, dep), id])),
                runtime: { ...inputs.runtime, lockfiles },
            };
        },
        now: () => new Date(),
        log: (line) => io.log.info(line),
    };
}

;// CONCATENATED MODULE: ./build/core/text/yaml-doc.js

/**
 * Budgets of every YAML or JSON document mlci reads from a user or a pull request (mlci.yml, dvc.yaml,
 * schemas, checks files, params and metrics files, the `rules` input). JSON is YAML 1.2, so one parser
 * and one set of budgets serve both. See docs/security.md.
 */
const DOC_LIMITS = {
    maxBytes: 16 * 1024 * 1024, // larger than any honest config, schema or metrics file
    // Scalars, mappings and sequences together, counted before anything is built: a schema of 10,000
    // fields with a few properties each is well under it.
    maxNodes: 200_000,
    maxAliasCount: 100, // expansions of `*alias`: the billion-laughs document is refused, not expanded
};
const MIB = 1024 * 1024;
/**
 * Parses `text` within DOC_LIMITS: a document over the byte budget is refused before parsing, one with
 * more nodes than the budget after it (before any value is built). Syntax errors stay in `doc.errors`
 * for the caller to word; `yamlValue` builds the value.
 */
function parseYamlBudgeted(text, file, fail) {
    if (text.length > DOC_LIMITS.maxBytes) {
        throw fail(`${file} is larger than ${DOC_LIMITS.maxBytes / MIB} MiB`, {
            where: { file },
            hint: `mlci reads documents of up to ${DOC_LIMITS.maxBytes / MIB} MiB`,
        });
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length === 0) {
        let nodes = 0;
        (0,dist/* visit */.YR)(doc, (_key, node) => {
            if (++nodes > DOC_LIMITS.maxNodes) {
                const range = node.range;
                throw fail(`${file} has more than ${DOC_LIMITS.maxNodes} values`, {
                    where: { file, ...(range ? at(range[0]) : {}) },
                    hint: 'split the document, or leave out what mlci does not need',
                });
            }
        });
    }
    return { doc, lines, at };
}
/**
 * The document's value, with alias expansion capped: a document whose aliases would expand past the
 * budget (a "billion laughs" bomb) is an error at the first alias, not gigabytes of memory, and never
 * anything but an MlciError.
 */
function yamlValue(parsed, file, fail) {
    try {
        return parsed.doc.toJS({ maxAliasCount: DOC_LIMITS.maxAliasCount });
    }
    catch (thrown) {
        let where = { file };
        (0,dist/* visit */.YR)(parsed.doc, {
            Alias(_key, node) {
                if (node.range)
                    where = { file, ...parsed.at(node.range[0]) };
                return dist/* visit */.YR.BREAK;
            },
        });
        throw fail(`cannot read ${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where,
            hint: 'remove the YAML aliases (*name) that expand this document',
        });
    }
}

;// CONCATENATED MODULE: ./build/config/mlci-yml-validator.generated.js
// mlci.yml as checked by Ajv (allErrors, verbose), compiled ahead of time from the command specs.
const validate = validate21;/* harmony default export */ const mlci_yml_validator_generated = ((/* unused pure expression or super */ null && (validate21)));const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mlci.dev/schema/mlci.yml.json","title":"mlci.yml","type":"object","properties":{"version":{"description":"Version of the mlci.yml format.","const":1},"validate-data":{"$ref":"#/definitions/section-validate-data"},"train":{"$ref":"#/definitions/section-train"},"compare-metrics":{"$ref":"#/definitions/section-compare-metrics"},"build-image":{"$ref":"#/definitions/section-build-image"},"report":{"$ref":"#/definitions/section-report"},"release":{"$ref":"#/definitions/section-release"},"monitor":{"$ref":"#/definitions/section-monitor"},"commands":{"$ref":"#/definitions/section-commands"}},"required":["version"],"additionalProperties":false,"definitions":{"input-0":{"anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]},"section-validate-data":{"type":"object","properties":{"data":{"$ref":"#/definitions/input-0"},"datapackage":{"$ref":"#/definitions/input-0"},"schema":{"$ref":"#/definitions/input-0"},"format":{"$ref":"#/definitions/input-0"},"delimiter":{"$ref":"#/definitions/input-0"},"header":{"$ref":"#/definitions/input-0"},"checks":{"$ref":"#/definitions/input-0"},"reference-profile":{"$ref":"#/definitions/input-0"},"profile":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"},"max-errors":{"$ref":"#/definitions/input-0"},"workers":{"$ref":"#/definitions/input-0"},"fail-on-error":{"$ref":"#/definitions/input-0"},"base-ref":{"$ref":"#/definitions/input-0"},"fail-on-schema-change":{"$ref":"#/definitions/input-0"}},"additionalProperties":false},"section-train":{"type":"object","properties":{"targets":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"dvc-file":{"$ref":"#/definitions/input-0"},"cmd":{"$ref":"#/definitions/input-0"},"name":{"$ref":"#/definitions/input-0"},"deps":{"$ref":"#/definitions/input-0"},"params":{"$ref":"#/definitions/input-0"},"outs":{"$ref":"#/definitions/input-0"},"metrics":{"$ref":"#/definitions/input-0"},"plots":{"$ref":"#/definitions/input-0"},"env":{"$ref":"#/definitions/input-0"},"pass-env":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"timeout":{"$ref":"#/definitions/input-0"},"verify":{"$ref":"#/definitions/input-0"},"shell":{"$ref":"#/definitions/input-0"},"cache":{"$ref":"#/definitions/input-0"},"cache-registry":{"$ref":"#/definitions/input-0"},"cache-registry-username":{"$ref":"#/definitions/input-0"},"cache-registry-password":{"$ref":"#/definitions/input-0"},"github-token":{"$ref":"#/definitions/input-0"},"cache-dir":{"$ref":"#/definitions/input-0"},"force":{"$ref":"#/definitions/input-0"},"downstream":{"$ref":"#/definitions/input-0"},"keep-going":{"$ref":"#/definitions/input-0"},"record":{"$ref":"#/definitions/input-0"},"lock":{"$ref":"#/definitions/input-0"},"frozen-lock":{"$ref":"#/definitions/input-0"},"allow-untrusted-code":{"$ref":"#/definitions/input-0"},"stages":{"description":"Training stages by name; each is cached on its own and runs after its `depends-on`.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},"additionalProperties":{"type":"object","properties":{"cmd":{"description":"The command, run in `shell` (a list runs line by line, stopping at the first failure).","anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string"},"minItems":1}]},"deps":{"type":"array","items":{"type":"string","minLength":1},"description":"Files, directories or globs the command reads."},"params":{"description":"Keys read from params.yaml (`- train.lr`), keys of another file (`- params.json: [lr]`), or inline values (a mapping).","anyOf":[{"type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":"string"}}]}}]}},{"type":"object"}]},"outs":{"type":"array","items":{"type":"string","minLength":1},"description":"Files or directories the command writes (cached)."},"metrics":{"type":"array","items":{"type":"string","minLength":1},"description":"Metrics files (JSON or YAML) the command writes."},"plots":{"type":"array","items":{"type":"string","minLength":1},"description":"Plot data files the command writes."},"env":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":"Environment variables that matter: passed through and fingerprinted."},"pass-env":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":"Environment variables passed through but not fingerprinted."},"depends-on":{"type":"array","items":{"type":"string"},"description":"Stages that must run first."},"timeout":{"description":"Time limit: seconds, or \"90s\", \"30m\", \"2h\". 0 for none.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?[smh]?$"}]},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed exported to the command."},"verify":{"type":"boolean","description":"Run twice and fail when outputs differ."},"shell":{"enum":["bash","sh","pwsh","powershell","cmd"],"description":"Shell for `cmd`."},"tools":{"type":"array","items":{"type":"string","minLength":1},"description":"Programs whose version goes into the fingerprint."},"wdir":{"type":"string","description":"Working directory of the command, relative to the workspace."},"persist":{"type":"array","items":{"type":"string","minLength":1},"description":"Outputs not deleted before the command runs (checkpoints it resumes from); DVC `persist: true`."},"frozen":{"type":"boolean","description":"Never run: restore the outputs from the cache, or use them as they are (DVC `frozen`)."},"always-changed":{"type":"boolean","description":"Run even on a cache hit (DVC `always_changed`)."}},"required":["cmd"],"additionalProperties":false}}},"additionalProperties":false},"section-compare-metrics":{"type":"object","properties":{"candidate":{"$ref":"#/definitions/input-0"},"predictions":{"$ref":"#/definitions/input-0"},"baseline":{"$ref":"#/definitions/input-0"},"baseline-predictions":{"$ref":"#/definitions/input-0"},"baseline-order":{"$ref":"#/definitions/input-0"},"release-asset":{"$ref":"#/definitions/input-0"},"artifact-name":{"$ref":"#/definitions/input-0"},"workflow":{"$ref":"#/definitions/input-0"},"metrics-path":{"$ref":"#/definitions/input-0"},"base-ref":{"$ref":"#/definitions/input-0"},"rules":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"mode":{"$ref":"#/definitions/input-0"},"on-inconclusive":{"$ref":"#/definitions/input-0"},"on-no-baseline":{"$ref":"#/definitions/input-0"},"alpha":{"$ref":"#/definitions/input-0"},"power":{"$ref":"#/definitions/input-0"},"resamples":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"stratify":{"$ref":"#/definitions/input-0"},"task":{"$ref":"#/definitions/input-0"},"positive-label":{"$ref":"#/definitions/input-0"},"threshold":{"$ref":"#/definitions/input-0"},"eval-data":{"$ref":"#/definitions/input-0"},"allow-different-test-sets":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"},"acceptances":{"$ref":"#/definitions/input-0"},"gate":{"description":"Rules per metric (the same forms as the `rules` input).","type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"null"},{"type":"object","additionalProperties":false,"properties":{"direction":{"enum":["higher","lower"]},"floor":{"type":"number"},"min":{"type":"number"},"ceiling":{"type":"number"},"max":{"type":"number"},"margin":{"type":"number","minimum":0},"relative-margin":{"type":["number","string"]},"min-improvement":{"type":"number"},"relative-min-improvement":{"type":["number","string"]},"informational":{"type":"boolean"}}}]}}},"additionalProperties":false},"section-build-image":{"type":"object","properties":{"image":{"$ref":"#/definitions/input-0"},"tags":{"$ref":"#/definitions/input-0"},"base-image":{"$ref":"#/definitions/input-0"},"platforms":{"$ref":"#/definitions/input-0"},"weights":{"$ref":"#/definitions/input-0"},"metadata":{"$ref":"#/definitions/input-0"},"code":{"$ref":"#/definitions/input-0"},"layers":{"$ref":"#/definitions/input-0"},"model-dir":{"$ref":"#/definitions/input-0"},"app-dir":{"$ref":"#/definitions/input-0"},"split-size":{"$ref":"#/definitions/input-0"},"entrypoint":{"$ref":"#/definitions/input-0"},"cmd":{"$ref":"#/definitions/input-0"},"env":{"$ref":"#/definitions/input-0"},"workdir":{"$ref":"#/definitions/input-0"},"user":{"$ref":"#/definitions/input-0"},"ports":{"$ref":"#/definitions/input-0"},"labels":{"$ref":"#/definitions/input-0"},"preset":{"$ref":"#/definitions/input-0"},"run-record":{"$ref":"#/definitions/input-0"},"allow-failed-run-record":{"$ref":"#/definitions/input-0"},"version":{"$ref":"#/definitions/input-0"},"source-date-epoch":{"$ref":"#/definitions/input-0"},"compression":{"$ref":"#/definitions/input-0"},"push":{"$ref":"#/definitions/input-0"},"oci-layout":{"$ref":"#/definitions/input-0"},"docker-tar":{"$ref":"#/definitions/input-0"},"promote-from":{"$ref":"#/definitions/input-0"},"registry-username":{"$ref":"#/definitions/input-0"},"registry-password":{"$ref":"#/definitions/input-0"},"github-token":{"$ref":"#/definitions/input-0"},"insecure-registries":{"$ref":"#/definitions/input-0"},"jobs":{"$ref":"#/definitions/input-0"},"upload-mode":{"$ref":"#/definitions/input-0"},"chunk-size":{"$ref":"#/definitions/input-0"},"layer-cache":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"}},"additionalProperties":false},"section-report":{"type":"object","properties":{"reports":{"$ref":"#/definitions/input-0"},"out":{"$ref":"#/definitions/input-0"},"format":{"$ref":"#/definitions/input-0"},"comment":{"$ref":"#/definitions/input-0"},"check-run":{"$ref":"#/definitions/input-0"},"check-name":{"$ref":"#/definitions/input-0"},"review":{"$ref":"#/definitions/input-0"},"charts":{"$ref":"#/definitions/input-0"},"key":{"$ref":"#/definitions/input-0"},"mode":{"$ref":"#/definitions/input-0"},"artifact-name":{"$ref":"#/definitions/input-0"},"fail-on-verdict":{"$ref":"#/definitions/input-0"},"pull-request":{"$ref":"#/definitions/input-0"},"head-sha":{"$ref":"#/definitions/input-0"},"acting-login":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"}},"additionalProperties":false},"section-release":{"type":"object","properties":{"tag":{"$ref":"#/definitions/input-0"},"image":{"$ref":"#/definitions/input-0"},"tag-prefix":{"$ref":"#/definitions/input-0"},"image-tags":{"$ref":"#/definitions/input-0"},"latest":{"$ref":"#/definitions/input-0"},"model":{"$ref":"#/definitions/input-0"},"candidate-artifact":{"$ref":"#/definitions/input-0"},"workflow":{"$ref":"#/definitions/input-0"},"candidate-image":{"$ref":"#/definitions/input-0"},"rebuild-report":{"$ref":"#/definitions/input-0"},"accept":{"$ref":"#/definitions/input-0"},"reason":{"$ref":"#/definitions/input-0"},"rollback-to":{"$ref":"#/definitions/input-0"},"environment":{"$ref":"#/definitions/input-0"},"environment-url":{"$ref":"#/definitions/input-0"},"required-contexts":{"$ref":"#/definitions/input-0"},"record-asset":{"$ref":"#/definitions/input-0"},"intended-use":{"$ref":"#/definitions/input-0"},"limitations":{"$ref":"#/definitions/input-0"},"license":{"$ref":"#/definitions/input-0"},"data-profile":{"$ref":"#/definitions/input-0"},"record":{"$ref":"#/definitions/input-0"},"rules":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"mode":{"$ref":"#/definitions/input-0"},"on-inconclusive":{"$ref":"#/definitions/input-0"},"alpha":{"$ref":"#/definitions/input-0"},"power":{"$ref":"#/definitions/input-0"},"resamples":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"stratify":{"$ref":"#/definitions/input-0"},"task":{"$ref":"#/definitions/input-0"},"positive-label":{"$ref":"#/definitions/input-0"},"threshold":{"$ref":"#/definitions/input-0"},"allow-different-test-sets":{"$ref":"#/definitions/input-0"},"registry-username":{"$ref":"#/definitions/input-0"},"registry-password":{"$ref":"#/definitions/input-0"},"insecure-registries":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"}},"additionalProperties":false},"section-monitor":{"type":"object","properties":{"data":{"$ref":"#/definitions/input-0"},"schema":{"$ref":"#/definitions/input-0"},"reference-profile":{"$ref":"#/definitions/input-0"},"checks":{"$ref":"#/definitions/input-0"},"format":{"$ref":"#/definitions/input-0"},"delimiter":{"$ref":"#/definitions/input-0"},"header":{"$ref":"#/definitions/input-0"},"predictions":{"$ref":"#/definitions/input-0"},"labels":{"$ref":"#/definitions/input-0"},"reference-predictions":{"$ref":"#/definitions/input-0"},"release-record":{"$ref":"#/definitions/input-0"},"metrics":{"$ref":"#/definitions/input-0"},"metric-tolerance":{"$ref":"#/definitions/input-0"},"resamples":{"$ref":"#/definitions/input-0"},"confidence":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"task":{"$ref":"#/definitions/input-0"},"positive-label":{"$ref":"#/definitions/input-0"},"threshold":{"$ref":"#/definitions/input-0"},"model":{"$ref":"#/definitions/input-0"},"incidents":{"$ref":"#/definitions/input-0"},"issue-labels":{"$ref":"#/definitions/input-0"},"assignees":{"$ref":"#/definitions/input-0"},"mention":{"$ref":"#/definitions/input-0"},"close-after":{"$ref":"#/definitions/input-0"},"reopen-within":{"$ref":"#/definitions/input-0"},"fail-on-incident":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"},"out":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"},"bot-login":{"$ref":"#/definitions/input-0"}},"additionalProperties":false},"section-commands":{"type":"object","properties":{"permission":{"$ref":"#/definitions/input-0"},"artifact-name":{"$ref":"#/definitions/input-0"},"report-name":{"$ref":"#/definitions/input-0"},"workflow":{"$ref":"#/definitions/input-0"},"release-asset":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"event":{"$ref":"#/definitions/input-0"},"comment":{"$ref":"#/definitions/input-0"},"dry-run":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"}},"additionalProperties":false}}};const func2 = Object.prototype.hasOwnProperty;const schema7 = {"type":"object","properties":{"data":{"$ref":"#/definitions/input-0"},"datapackage":{"$ref":"#/definitions/input-0"},"schema":{"$ref":"#/definitions/input-0"},"format":{"$ref":"#/definitions/input-0"},"delimiter":{"$ref":"#/definitions/input-0"},"header":{"$ref":"#/definitions/input-0"},"checks":{"$ref":"#/definitions/input-0"},"reference-profile":{"$ref":"#/definitions/input-0"},"profile":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"},"max-errors":{"$ref":"#/definitions/input-0"},"workers":{"$ref":"#/definitions/input-0"},"fail-on-error":{"$ref":"#/definitions/input-0"},"base-ref":{"$ref":"#/definitions/input-0"},"fail-on-schema-change":{"$ref":"#/definitions/input-0"}},"additionalProperties":false};const schema8 = {"anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(((typeof data !== "string") && (!(typeof data == "number"))) && (typeof data !== "boolean")){const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: schema8.anyOf[0].type},message:"must be string,number,boolean",schema:schema8.anyOf[0].type,parentSchema:schema8.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/type",keyword:"type",params:{type: schema8.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema8.anyOf[1].items.type,parentSchema:schema8.anyOf[1].items,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.anyOf[1].type,parentSchema:schema8.anyOf[1],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema8.anyOf,parentSchema:schema8,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate23.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema7.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.data !== undefined){if(!(validate23(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.datapackage !== undefined){if(!(validate23(data.datapackage, {instancePath:instancePath+"/datapackage",parentData:data,parentDataProperty:"datapackage",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.schema !== undefined){if(!(validate23(data.schema, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.format !== undefined){if(!(validate23(data.format, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.delimiter !== undefined){if(!(validate23(data.delimiter, {instancePath:instancePath+"/delimiter",parentData:data,parentDataProperty:"delimiter",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.header !== undefined){if(!(validate23(data.header, {instancePath:instancePath+"/header",parentData:data,parentDataProperty:"header",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.checks !== undefined){if(!(validate23(data.checks, {instancePath:instancePath+"/checks",parentData:data,parentDataProperty:"checks",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["reference-profile"] !== undefined){if(!(validate23(data["reference-profile"], {instancePath:instancePath+"/reference-profile",parentData:data,parentDataProperty:"reference-profile",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.profile !== undefined){if(!(validate23(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate23(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["max-errors"] !== undefined){if(!(validate23(data["max-errors"], {instancePath:instancePath+"/max-errors",parentData:data,parentDataProperty:"max-errors",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.workers !== undefined){if(!(validate23(data.workers, {instancePath:instancePath+"/workers",parentData:data,parentDataProperty:"workers",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["fail-on-error"] !== undefined){if(!(validate23(data["fail-on-error"], {instancePath:instancePath+"/fail-on-error",parentData:data,parentDataProperty:"fail-on-error",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["base-ref"] !== undefined){if(!(validate23(data["base-ref"], {instancePath:instancePath+"/base-ref",parentData:data,parentDataProperty:"base-ref",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["fail-on-schema-change"] !== undefined){if(!(validate23(data["fail-on-schema-change"], {instancePath:instancePath+"/fail-on-schema-change",parentData:data,parentDataProperty:"fail-on-schema-change",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate22.errors = vErrors;return errors === 0;}const schema9 = {"type":"object","properties":{"targets":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"dvc-file":{"$ref":"#/definitions/input-0"},"cmd":{"$ref":"#/definitions/input-0"},"name":{"$ref":"#/definitions/input-0"},"deps":{"$ref":"#/definitions/input-0"},"params":{"$ref":"#/definitions/input-0"},"outs":{"$ref":"#/definitions/input-0"},"metrics":{"$ref":"#/definitions/input-0"},"plots":{"$ref":"#/definitions/input-0"},"env":{"$ref":"#/definitions/input-0"},"pass-env":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"timeout":{"$ref":"#/definitions/input-0"},"verify":{"$ref":"#/definitions/input-0"},"shell":{"$ref":"#/definitions/input-0"},"cache":{"$ref":"#/definitions/input-0"},"cache-registry":{"$ref":"#/definitions/input-0"},"cache-registry-username":{"$ref":"#/definitions/input-0"},"cache-registry-password":{"$ref":"#/definitions/input-0"},"github-token":{"$ref":"#/definitions/input-0"},"cache-dir":{"$ref":"#/definitions/input-0"},"force":{"$ref":"#/definitions/input-0"},"downstream":{"$ref":"#/definitions/input-0"},"keep-going":{"$ref":"#/definitions/input-0"},"record":{"$ref":"#/definitions/input-0"},"lock":{"$ref":"#/definitions/input-0"},"frozen-lock":{"$ref":"#/definitions/input-0"},"allow-untrusted-code":{"$ref":"#/definitions/input-0"},"stages":{"description":"Training stages by name; each is cached on its own and runs after its `depends-on`.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},"additionalProperties":{"type":"object","properties":{"cmd":{"description":"The command, run in `shell` (a list runs line by line, stopping at the first failure).","anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string"},"minItems":1}]},"deps":{"type":"array","items":{"type":"string","minLength":1},"description":"Files, directories or globs the command reads."},"params":{"description":"Keys read from params.yaml (`- train.lr`), keys of another file (`- params.json: [lr]`), or inline values (a mapping).","anyOf":[{"type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":"string"}}]}}]}},{"type":"object"}]},"outs":{"type":"array","items":{"type":"string","minLength":1},"description":"Files or directories the command writes (cached)."},"metrics":{"type":"array","items":{"type":"string","minLength":1},"description":"Metrics files (JSON or YAML) the command writes."},"plots":{"type":"array","items":{"type":"string","minLength":1},"description":"Plot data files the command writes."},"env":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":"Environment variables that matter: passed through and fingerprinted."},"pass-env":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":"Environment variables passed through but not fingerprinted."},"depends-on":{"type":"array","items":{"type":"string"},"description":"Stages that must run first."},"timeout":{"description":"Time limit: seconds, or \"90s\", \"30m\", \"2h\". 0 for none.","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?[smh]?$"}]},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed exported to the command."},"verify":{"type":"boolean","description":"Run twice and fail when outputs differ."},"shell":{"enum":["bash","sh","pwsh","powershell","cmd"],"description":"Shell for `cmd`."},"tools":{"type":"array","items":{"type":"string","minLength":1},"description":"Programs whose version goes into the fingerprint."},"wdir":{"type":"string","description":"Working directory of the command, relative to the workspace."},"persist":{"type":"array","items":{"type":"string","minLength":1},"description":"Outputs not deleted before the command runs (checkpoints it resumes from); DVC `persist: true`."},"frozen":{"type":"boolean","description":"Never run: restore the outputs from the cache, or use them as they are (DVC `frozen`)."},"always-changed":{"type":"boolean","description":"Run even on a cache hit (DVC `always_changed`)."}},"required":["cmd"],"additionalProperties":false}}},"additionalProperties":false};const func6 = ({ default: (text) => { let n = 0; for (const _ of text) n++; return n; } }).default;const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern3 = new RegExp("^[0-9]+(\\.[0-9]+)?[smh]?$", "u");function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema9.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.targets !== undefined){if(!(validate23(data.targets, {instancePath:instancePath+"/targets",parentData:data,parentDataProperty:"targets",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.config !== undefined){if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["dvc-file"] !== undefined){if(!(validate23(data["dvc-file"], {instancePath:instancePath+"/dvc-file",parentData:data,parentDataProperty:"dvc-file",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.cmd !== undefined){if(!(validate23(data.cmd, {instancePath:instancePath+"/cmd",parentData:data,parentDataProperty:"cmd",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.name !== undefined){if(!(validate23(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.deps !== undefined){if(!(validate23(data.deps, {instancePath:instancePath+"/deps",parentData:data,parentDataProperty:"deps",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.params !== undefined){if(!(validate23(data.params, {instancePath:instancePath+"/params",parentData:data,parentDataProperty:"params",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.outs !== undefined){if(!(validate23(data.outs, {instancePath:instancePath+"/outs",parentData:data,parentDataProperty:"outs",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.metrics !== undefined){if(!(validate23(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.plots !== undefined){if(!(validate23(data.plots, {instancePath:instancePath+"/plots",parentData:data,parentDataProperty:"plots",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.env !== undefined){if(!(validate23(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["pass-env"] !== undefined){if(!(validate23(data["pass-env"], {instancePath:instancePath+"/pass-env",parentData:data,parentDataProperty:"pass-env",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.seed !== undefined){if(!(validate23(data.seed, {instancePath:instancePath+"/seed",parentData:data,parentDataProperty:"seed",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.timeout !== undefined){if(!(validate23(data.timeout, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.verify !== undefined){if(!(validate23(data.verify, {instancePath:instancePath+"/verify",parentData:data,parentDataProperty:"verify",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.shell !== undefined){if(!(validate23(data.shell, {instancePath:instancePath+"/shell",parentData:data,parentDataProperty:"shell",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.cache !== undefined){if(!(validate23(data.cache, {instancePath:instancePath+"/cache",parentData:data,parentDataProperty:"cache",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["cache-registry"] !== undefined){if(!(validate23(data["cache-registry"], {instancePath:instancePath+"/cache-registry",parentData:data,parentDataProperty:"cache-registry",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["cache-registry-username"] !== undefined){if(!(validate23(data["cache-registry-username"], {instancePath:instancePath+"/cache-registry-username",parentData:data,parentDataProperty:"cache-registry-username",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["cache-registry-password"] !== undefined){if(!(validate23(data["cache-registry-password"], {instancePath:instancePath+"/cache-registry-password",parentData:data,parentDataProperty:"cache-registry-password",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["github-token"] !== undefined){if(!(validate23(data["github-token"], {instancePath:instancePath+"/github-token",parentData:data,parentDataProperty:"github-token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["cache-dir"] !== undefined){if(!(validate23(data["cache-dir"], {instancePath:instancePath+"/cache-dir",parentData:data,parentDataProperty:"cache-dir",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.force !== undefined){if(!(validate23(data.force, {instancePath:instancePath+"/force",parentData:data,parentDataProperty:"force",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.downstream !== undefined){if(!(validate23(data.downstream, {instancePath:instancePath+"/downstream",parentData:data,parentDataProperty:"downstream",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["keep-going"] !== undefined){if(!(validate23(data["keep-going"], {instancePath:instancePath+"/keep-going",parentData:data,parentDataProperty:"keep-going",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.record !== undefined){if(!(validate23(data.record, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.lock !== undefined){if(!(validate23(data.lock, {instancePath:instancePath+"/lock",parentData:data,parentDataProperty:"lock",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["frozen-lock"] !== undefined){if(!(validate23(data["frozen-lock"], {instancePath:instancePath+"/frozen-lock",parentData:data,parentDataProperty:"frozen-lock",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["allow-untrusted-code"] !== undefined){if(!(validate23(data["allow-untrusted-code"], {instancePath:instancePath+"/allow-untrusted-code",parentData:data,parentDataProperty:"allow-untrusted-code",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.stages !== undefined){let data29 = data.stages;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key1 in data29){const _errs33 = errors;if(typeof key1 === "string"){if(!pattern0.test(key1)){const err1 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$",parentSchema:schema9.properties.stages.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid1 = _errs33 === errors;if(!valid1){const err2 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema9.properties.stages.propertyNames,parentSchema:schema9.properties.stages,data:data29};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key2 in data29){let data30 = data29[key2];if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(data30.cmd === undefined){const err3 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stages/additionalProperties/required",keyword:"required",params:{missingProperty: "cmd"},message:"must have required property '"+"cmd"+"'",schema:schema9.properties.stages.additionalProperties.required,parentSchema:schema9.properties.stages.additionalProperties,data:data30};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key3 in data30){if(!(func2.call(schema9.properties.stages.additionalProperties.properties, key3))){const err4 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stages/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.stages.additionalProperties,data:data30};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data30.cmd !== undefined){let data31 = data30.cmd;const _errs39 = errors;let valid4 = false;const _errs40 = errors;if(typeof data31 === "string"){if(func6(data31) < 1){const err5 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cmd",schemaPath:"#/properties/stages/additionalProperties/properties/cmd/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[0],data:data31};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cmd",schemaPath:"#/properties/stages/additionalProperties/properties/cmd/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[0].type,parentSchema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[0],data:data31};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs40 === errors;valid4 = valid4 || _valid0;if(!valid4){const _errs42 = errors;if(Array.isArray(data31)){if(data31.length < 1){const err7 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cmd",schemaPath:"#/properties/stages/additionalProperties/properties/cmd/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[1],data:data31};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const len0 = data31.length;for(let i0=0; i0<len0; i0++){let data32 = data31[i0];if(typeof data32 !== "string"){const err8 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cmd/" + i0,schemaPath:"#/properties/stages/additionalProperties/properties/cmd/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[1].items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[1].items,data:data32};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cmd",schemaPath:"#/properties/stages/additionalProperties/properties/cmd/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[1].type,parentSchema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf[1],data:data31};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs42 === errors;valid4 = valid4 || _valid0;}if(!valid4){const err10 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cmd",schemaPath:"#/properties/stages/additionalProperties/properties/cmd/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.stages.additionalProperties.properties.cmd.anyOf,parentSchema:schema9.properties.stages.additionalProperties.properties.cmd,data:data31};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs39;if(vErrors !== null){if(_errs39){vErrors.length = _errs39;}else {vErrors = null;}}}}if(data30.deps !== undefined){let data33 = data30.deps;if(Array.isArray(data33)){const len1 = data33.length;for(let i1=0; i1<len1; i1++){let data34 = data33[i1];if(typeof data34 === "string"){if(func6(data34) < 1){const err11 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/deps/" + i1,schemaPath:"#/properties/stages/additionalProperties/properties/deps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.deps.items,data:data34};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/deps/" + i1,schemaPath:"#/properties/stages/additionalProperties/properties/deps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.deps.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.deps.items,data:data34};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/deps",schemaPath:"#/properties/stages/additionalProperties/properties/deps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.deps.type,parentSchema:schema9.properties.stages.additionalProperties.properties.deps,data:data33};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data30.params !== undefined){let data35 = data30.params;const _errs51 = errors;let valid9 = false;const _errs52 = errors;if(Array.isArray(data35)){const len2 = data35.length;for(let i2=0; i2<len2; i2++){let data36 = data35[i2];const _errs55 = errors;let valid12 = false;const _errs56 = errors;if(typeof data36 === "string"){if(func6(data36) < 1){const err14 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[0],data:data36};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[0].type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[0],data:data36};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid2 = _errs56 === errors;valid12 = valid12 || _valid2;if(!valid12){const _errs58 = errors;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(Object.keys(data36).length > 1){const err16 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1],data:data36};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(Object.keys(data36).length < 1){const err17 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1],data:data36};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key4 in data36){let data37 = data36[key4];const _errs62 = errors;let valid14 = false;const _errs63 = errors;if(data37 !== null){const err18 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf[0].type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf[0],data:data37};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid3 = _errs63 === errors;valid14 = valid14 || _valid3;if(!valid14){const _errs65 = errors;if(Array.isArray(data37)){const len3 = data37.length;for(let i3=0; i3<len3; i3++){let data38 = data37[i3];if(typeof data38 !== "string"){const err19 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf[1].items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf[1].items,data:data38};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf[1].type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf[1],data:data37};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid3 = _errs65 === errors;valid14 = valid14 || _valid3;}if(!valid14){const err21 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties.anyOf,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].additionalProperties,data:data37};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {errors = _errs62;if(vErrors !== null){if(_errs62){vErrors.length = _errs62;}else {vErrors = null;}}}}}else {const err22 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1].type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf[1],data:data36};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid2 = _errs58 === errors;valid12 = valid12 || _valid2;}if(!valid12){const err23 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params/" + i2,schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items.anyOf,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].items,data:data36};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs55;if(vErrors !== null){if(_errs55){vErrors.length = _errs55;}else {vErrors = null;}}}}}else {const err24 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params",schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0].type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[0],data:data35};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid1 = _errs52 === errors;valid9 = valid9 || _valid1;if(!valid9){const _errs69 = errors;if(!(data35 && typeof data35 == "object" && !Array.isArray(data35))){const err25 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params",schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf[1].type,parentSchema:schema9.properties.stages.additionalProperties.properties.params.anyOf[1],data:data35};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid1 = _errs69 === errors;valid9 = valid9 || _valid1;}if(!valid9){const err26 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/params",schemaPath:"#/properties/stages/additionalProperties/properties/params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.stages.additionalProperties.properties.params.anyOf,parentSchema:schema9.properties.stages.additionalProperties.properties.params,data:data35};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}else {errors = _errs51;if(vErrors !== null){if(_errs51){vErrors.length = _errs51;}else {vErrors = null;}}}}if(data30.outs !== undefined){let data39 = data30.outs;if(Array.isArray(data39)){const len4 = data39.length;for(let i4=0; i4<len4; i4++){let data40 = data39[i4];if(typeof data40 === "string"){if(func6(data40) < 1){const err27 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/outs/" + i4,schemaPath:"#/properties/stages/additionalProperties/properties/outs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.outs.items,data:data40};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/outs/" + i4,schemaPath:"#/properties/stages/additionalProperties/properties/outs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.outs.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.outs.items,data:data40};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/outs",schemaPath:"#/properties/stages/additionalProperties/properties/outs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.outs.type,parentSchema:schema9.properties.stages.additionalProperties.properties.outs,data:data39};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data30.metrics !== undefined){let data41 = data30.metrics;if(Array.isArray(data41)){const len5 = data41.length;for(let i5=0; i5<len5; i5++){let data42 = data41[i5];if(typeof data42 === "string"){if(func6(data42) < 1){const err30 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/metrics/" + i5,schemaPath:"#/properties/stages/additionalProperties/properties/metrics/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.metrics.items,data:data42};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/metrics/" + i5,schemaPath:"#/properties/stages/additionalProperties/properties/metrics/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.metrics.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.metrics.items,data:data42};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/metrics",schemaPath:"#/properties/stages/additionalProperties/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.metrics.type,parentSchema:schema9.properties.stages.additionalProperties.properties.metrics,data:data41};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data30.plots !== undefined){let data43 = data30.plots;if(Array.isArray(data43)){const len6 = data43.length;for(let i6=0; i6<len6; i6++){let data44 = data43[i6];if(typeof data44 === "string"){if(func6(data44) < 1){const err33 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/plots/" + i6,schemaPath:"#/properties/stages/additionalProperties/properties/plots/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.plots.items,data:data44};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/plots/" + i6,schemaPath:"#/properties/stages/additionalProperties/properties/plots/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.plots.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.plots.items,data:data44};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/plots",schemaPath:"#/properties/stages/additionalProperties/properties/plots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.plots.type,parentSchema:schema9.properties.stages.additionalProperties.properties.plots,data:data43};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data30.env !== undefined){let data45 = data30.env;if(Array.isArray(data45)){const len7 = data45.length;for(let i7=0; i7<len7; i7++){let data46 = data45[i7];if(typeof data46 === "string"){if(!pattern1.test(data46)){const err36 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + i7,schemaPath:"#/properties/stages/additionalProperties/properties/env/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema9.properties.stages.additionalProperties.properties.env.items,data:data46};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + i7,schemaPath:"#/properties/stages/additionalProperties/properties/env/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.env.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.env.items,data:data46};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/stages/additionalProperties/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.env.type,parentSchema:schema9.properties.stages.additionalProperties.properties.env,data:data45};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data30["pass-env"] !== undefined){let data47 = data30["pass-env"];if(Array.isArray(data47)){const len8 = data47.length;for(let i8=0; i8<len8; i8++){let data48 = data47[i8];if(typeof data48 === "string"){if(!pattern1.test(data48)){const err39 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pass-env/" + i8,schemaPath:"#/properties/stages/additionalProperties/properties/pass-env/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema9.properties.stages.additionalProperties.properties["pass-env"].items,data:data48};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pass-env/" + i8,schemaPath:"#/properties/stages/additionalProperties/properties/pass-env/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties["pass-env"].items.type,parentSchema:schema9.properties.stages.additionalProperties.properties["pass-env"].items,data:data48};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pass-env",schemaPath:"#/properties/stages/additionalProperties/properties/pass-env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties["pass-env"].type,parentSchema:schema9.properties.stages.additionalProperties.properties["pass-env"],data:data47};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30["depends-on"] !== undefined){let data49 = data30["depends-on"];if(Array.isArray(data49)){const len9 = data49.length;for(let i9=0; i9<len9; i9++){let data50 = data49[i9];if(typeof data50 !== "string"){const err42 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/depends-on/" + i9,schemaPath:"#/properties/stages/additionalProperties/properties/depends-on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties["depends-on"].items.type,parentSchema:schema9.properties.stages.additionalProperties.properties["depends-on"].items,data:data50};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/depends-on",schemaPath:"#/properties/stages/additionalProperties/properties/depends-on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties["depends-on"].type,parentSchema:schema9.properties.stages.additionalProperties.properties["depends-on"],data:data49};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data30.timeout !== undefined){let data51 = data30.timeout;const _errs96 = errors;let valid29 = false;const _errs97 = errors;if(typeof data51 == "number"){if(data51 < 0 || isNaN(data51)){const err44 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/stages/additionalProperties/properties/timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf[0],data:data51};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/stages/additionalProperties/properties/timeout/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf[0].type,parentSchema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf[0],data:data51};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}var _valid4 = _errs97 === errors;valid29 = valid29 || _valid4;if(!valid29){const _errs99 = errors;if(typeof data51 === "string"){if(!pattern3.test(data51)){const err46 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/stages/additionalProperties/properties/timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?[smh]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?[smh]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?[smh]?$",parentSchema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf[1],data:data51};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/stages/additionalProperties/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf[1].type,parentSchema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf[1],data:data51};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}var _valid4 = _errs99 === errors;valid29 = valid29 || _valid4;}if(!valid29){const err48 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/stages/additionalProperties/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.stages.additionalProperties.properties.timeout.anyOf,parentSchema:schema9.properties.stages.additionalProperties.properties.timeout,data:data51};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs96;if(vErrors !== null){if(_errs96){vErrors.length = _errs96;}else {vErrors = null;}}}}if(data30.seed !== undefined){let data52 = data30.seed;if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){const err49 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/seed",schemaPath:"#/properties/stages/additionalProperties/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.stages.additionalProperties.properties.seed.type,parentSchema:schema9.properties.stages.additionalProperties.properties.seed,data:data52};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(typeof data52 == "number"){if(data52 > 4294967295 || isNaN(data52)){const err50 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/seed",schemaPath:"#/properties/stages/additionalProperties/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema9.properties.stages.additionalProperties.properties.seed,data:data52};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data52 < 0 || isNaN(data52)){const err51 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/seed",schemaPath:"#/properties/stages/additionalProperties/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema9.properties.stages.additionalProperties.properties.seed,data:data52};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}if(data30.verify !== undefined){let data53 = data30.verify;if(typeof data53 !== "boolean"){const err52 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/stages/additionalProperties/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema9.properties.stages.additionalProperties.properties.verify.type,parentSchema:schema9.properties.stages.additionalProperties.properties.verify,data:data53};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data30.shell !== undefined){let data54 = data30.shell;if(!(((((data54 === "bash") || (data54 === "sh")) || (data54 === "pwsh")) || (data54 === "powershell")) || (data54 === "cmd"))){const err53 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/shell",schemaPath:"#/properties/stages/additionalProperties/properties/shell/enum",keyword:"enum",params:{allowedValues: schema9.properties.stages.additionalProperties.properties.shell.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.stages.additionalProperties.properties.shell.enum,parentSchema:schema9.properties.stages.additionalProperties.properties.shell,data:data54};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data30.tools !== undefined){let data55 = data30.tools;if(Array.isArray(data55)){const len10 = data55.length;for(let i10=0; i10<len10; i10++){let data56 = data55[i10];if(typeof data56 === "string"){if(func6(data56) < 1){const err54 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tools/" + i10,schemaPath:"#/properties/stages/additionalProperties/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.tools.items,data:data56};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tools/" + i10,schemaPath:"#/properties/stages/additionalProperties/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.tools.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.tools.items,data:data56};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/tools",schemaPath:"#/properties/stages/additionalProperties/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.tools.type,parentSchema:schema9.properties.stages.additionalProperties.properties.tools,data:data55};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data30.wdir !== undefined){let data57 = data30.wdir;if(typeof data57 !== "string"){const err57 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/wdir",schemaPath:"#/properties/stages/additionalProperties/properties/wdir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.wdir.type,parentSchema:schema9.properties.stages.additionalProperties.properties.wdir,data:data57};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data30.persist !== undefined){let data58 = data30.persist;if(Array.isArray(data58)){const len11 = data58.length;for(let i11=0; i11<len11; i11++){let data59 = data58[i11];if(typeof data59 === "string"){if(func6(data59) < 1){const err58 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/persist/" + i11,schemaPath:"#/properties/stages/additionalProperties/properties/persist/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.stages.additionalProperties.properties.persist.items,data:data59};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/persist/" + i11,schemaPath:"#/properties/stages/additionalProperties/properties/persist/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.stages.additionalProperties.properties.persist.items.type,parentSchema:schema9.properties.stages.additionalProperties.properties.persist.items,data:data59};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/persist",schemaPath:"#/properties/stages/additionalProperties/properties/persist/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.stages.additionalProperties.properties.persist.type,parentSchema:schema9.properties.stages.additionalProperties.properties.persist,data:data58};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data30.frozen !== undefined){let data60 = data30.frozen;if(typeof data60 !== "boolean"){const err61 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/frozen",schemaPath:"#/properties/stages/additionalProperties/properties/frozen/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema9.properties.stages.additionalProperties.properties.frozen.type,parentSchema:schema9.properties.stages.additionalProperties.properties.frozen,data:data60};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data30["always-changed"] !== undefined){let data61 = data30["always-changed"];if(typeof data61 !== "boolean"){const err62 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/always-changed",schemaPath:"#/properties/stages/additionalProperties/properties/always-changed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema9.properties.stages.additionalProperties.properties["always-changed"].type,parentSchema:schema9.properties.stages.additionalProperties.properties["always-changed"],data:data61};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stages/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.stages.additionalProperties.type,parentSchema:schema9.properties.stages.additionalProperties,data:data30};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.stages.type,parentSchema:schema9.properties.stages,data:data29};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}validate40.errors = vErrors;return errors === 0;}const schema10 = {"type":"object","properties":{"candidate":{"$ref":"#/definitions/input-0"},"predictions":{"$ref":"#/definitions/input-0"},"baseline":{"$ref":"#/definitions/input-0"},"baseline-predictions":{"$ref":"#/definitions/input-0"},"baseline-order":{"$ref":"#/definitions/input-0"},"release-asset":{"$ref":"#/definitions/input-0"},"artifact-name":{"$ref":"#/definitions/input-0"},"workflow":{"$ref":"#/definitions/input-0"},"metrics-path":{"$ref":"#/definitions/input-0"},"base-ref":{"$ref":"#/definitions/input-0"},"rules":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"mode":{"$ref":"#/definitions/input-0"},"on-inconclusive":{"$ref":"#/definitions/input-0"},"on-no-baseline":{"$ref":"#/definitions/input-0"},"alpha":{"$ref":"#/definitions/input-0"},"power":{"$ref":"#/definitions/input-0"},"resamples":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"stratify":{"$ref":"#/definitions/input-0"},"task":{"$ref":"#/definitions/input-0"},"positive-label":{"$ref":"#/definitions/input-0"},"threshold":{"$ref":"#/definitions/input-0"},"eval-data":{"$ref":"#/definitions/input-0"},"allow-different-test-sets":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"},"acceptances":{"$ref":"#/definitions/input-0"},"gate":{"description":"Rules per metric (the same forms as the `rules` input).","type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"null"},{"type":"object","additionalProperties":false,"properties":{"direction":{"enum":["higher","lower"]},"floor":{"type":"number"},"min":{"type":"number"},"ceiling":{"type":"number"},"max":{"type":"number"},"margin":{"type":"number","minimum":0},"relative-margin":{"type":["number","string"]},"min-improvement":{"type":"number"},"relative-min-improvement":{"type":["number","string"]},"informational":{"type":"boolean"}}}]}}},"additionalProperties":false};function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema10.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.candidate !== undefined){if(!(validate23(data.candidate, {instancePath:instancePath+"/candidate",parentData:data,parentDataProperty:"candidate",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.predictions !== undefined){if(!(validate23(data.predictions, {instancePath:instancePath+"/predictions",parentData:data,parentDataProperty:"predictions",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.baseline !== undefined){if(!(validate23(data.baseline, {instancePath:instancePath+"/baseline",parentData:data,parentDataProperty:"baseline",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["baseline-predictions"] !== undefined){if(!(validate23(data["baseline-predictions"], {instancePath:instancePath+"/baseline-predictions",parentData:data,parentDataProperty:"baseline-predictions",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["baseline-order"] !== undefined){if(!(validate23(data["baseline-order"], {instancePath:instancePath+"/baseline-order",parentData:data,parentDataProperty:"baseline-order",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["release-asset"] !== undefined){if(!(validate23(data["release-asset"], {instancePath:instancePath+"/release-asset",parentData:data,parentDataProperty:"release-asset",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["artifact-name"] !== undefined){if(!(validate23(data["artifact-name"], {instancePath:instancePath+"/artifact-name",parentData:data,parentDataProperty:"artifact-name",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.workflow !== undefined){if(!(validate23(data.workflow, {instancePath:instancePath+"/workflow",parentData:data,parentDataProperty:"workflow",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["metrics-path"] !== undefined){if(!(validate23(data["metrics-path"], {instancePath:instancePath+"/metrics-path",parentData:data,parentDataProperty:"metrics-path",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["base-ref"] !== undefined){if(!(validate23(data["base-ref"], {instancePath:instancePath+"/base-ref",parentData:data,parentDataProperty:"base-ref",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.rules !== undefined){if(!(validate23(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.config !== undefined){if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.mode !== undefined){if(!(validate23(data.mode, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["on-inconclusive"] !== undefined){if(!(validate23(data["on-inconclusive"], {instancePath:instancePath+"/on-inconclusive",parentData:data,parentDataProperty:"on-inconclusive",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["on-no-baseline"] !== undefined){if(!(validate23(data["on-no-baseline"], {instancePath:instancePath+"/on-no-baseline",parentData:data,parentDataProperty:"on-no-baseline",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.alpha !== undefined){if(!(validate23(data.alpha, {instancePath:instancePath+"/alpha",parentData:data,parentDataProperty:"alpha",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.power !== undefined){if(!(validate23(data.power, {instancePath:instancePath+"/power",parentData:data,parentDataProperty:"power",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.resamples !== undefined){if(!(validate23(data.resamples, {instancePath:instancePath+"/resamples",parentData:data,parentDataProperty:"resamples",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.seed !== undefined){if(!(validate23(data.seed, {instancePath:instancePath+"/seed",parentData:data,parentDataProperty:"seed",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.stratify !== undefined){if(!(validate23(data.stratify, {instancePath:instancePath+"/stratify",parentData:data,parentDataProperty:"stratify",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.task !== undefined){if(!(validate23(data.task, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["positive-label"] !== undefined){if(!(validate23(data["positive-label"], {instancePath:instancePath+"/positive-label",parentData:data,parentDataProperty:"positive-label",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.threshold !== undefined){if(!(validate23(data.threshold, {instancePath:instancePath+"/threshold",parentData:data,parentDataProperty:"threshold",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["eval-data"] !== undefined){if(!(validate23(data["eval-data"], {instancePath:instancePath+"/eval-data",parentData:data,parentDataProperty:"eval-data",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["allow-different-test-sets"] !== undefined){if(!(validate23(data["allow-different-test-sets"], {instancePath:instancePath+"/allow-different-test-sets",parentData:data,parentDataProperty:"allow-different-test-sets",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate23(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.token !== undefined){if(!(validate23(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.acceptances !== undefined){if(!(validate23(data.acceptances, {instancePath:instancePath+"/acceptances",parentData:data,parentDataProperty:"acceptances",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.gate !== undefined){let data28 = data.gate;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key1 in data28){let data29 = data28[key1];const _errs34 = errors;let valid2 = false;const _errs35 = errors;if(typeof data29 !== "string"){const err1 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gate/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.gate.additionalProperties.anyOf[0].type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[0],data:data29};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs35 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs37 = errors;if(data29 !== null){const err2 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gate/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.gate.additionalProperties.anyOf[1].type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[1],data:data29};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs37 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs39 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key2 in data29){if(!(func2.call(schema10.properties.gate.additionalProperties.anyOf[2].properties, key2))){const err3 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gate/additionalProperties/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2],data:data29};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data29.direction !== undefined){let data30 = data29.direction;if(!((data30 === "higher") || (data30 === "lower"))){const err4 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/direction",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/direction/enum",keyword:"enum",params:{allowedValues: schema10.properties.gate.additionalProperties.anyOf[2].properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.direction.enum,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.direction,data:data30};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data29.floor !== undefined){let data31 = data29.floor;if(!(typeof data31 == "number")){const err5 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/floor",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/floor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.floor.type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.floor,data:data31};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data29.min !== undefined){let data32 = data29.min;if(!(typeof data32 == "number")){const err6 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.min.type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.min,data:data32};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data29.ceiling !== undefined){let data33 = data29.ceiling;if(!(typeof data33 == "number")){const err7 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/ceiling",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/ceiling/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.ceiling.type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.ceiling,data:data33};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data29.max !== undefined){let data34 = data29.max;if(!(typeof data34 == "number")){const err8 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.max.type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.max,data:data34};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data29.margin !== undefined){let data35 = data29.margin;if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){const err9 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/margin",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/margin/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.margin,data:data35};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/margin",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/margin/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.margin.type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.margin,data:data35};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data29["relative-margin"] !== undefined){let data36 = data29["relative-margin"];if((!(typeof data36 == "number")) && (typeof data36 !== "string")){const err11 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative-margin",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/relative-margin/type",keyword:"type",params:{type: schema10.properties.gate.additionalProperties.anyOf[2].properties["relative-margin"].type},message:"must be number,string",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties["relative-margin"].type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties["relative-margin"],data:data36};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data29["min-improvement"] !== undefined){let data37 = data29["min-improvement"];if(!(typeof data37 == "number")){const err12 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min-improvement",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/min-improvement/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties["min-improvement"].type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties["min-improvement"],data:data37};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data29["relative-min-improvement"] !== undefined){let data38 = data29["relative-min-improvement"];if((!(typeof data38 == "number")) && (typeof data38 !== "string")){const err13 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative-min-improvement",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/relative-min-improvement/type",keyword:"type",params:{type: schema10.properties.gate.additionalProperties.anyOf[2].properties["relative-min-improvement"].type},message:"must be number,string",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties["relative-min-improvement"].type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties["relative-min-improvement"],data:data38};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data29.informational !== undefined){let data39 = data29.informational;if(typeof data39 !== "boolean"){const err14 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/informational",schemaPath:"#/properties/gate/additionalProperties/anyOf/2/properties/informational/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.gate.additionalProperties.anyOf[2].properties.informational.type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2].properties.informational,data:data39};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gate/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.gate.additionalProperties.anyOf[2].type,parentSchema:schema10.properties.gate.additionalProperties.anyOf[2],data:data29};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid0 = _errs39 === errors;valid2 = valid2 || _valid0;}}if(!valid2){const err16 = {instancePath:instancePath+"/gate/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gate/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.gate.additionalProperties.anyOf,parentSchema:schema10.properties.gate.additionalProperties,data:data29};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs34;if(vErrors !== null){if(_errs34){vErrors.length = _errs34;}else {vErrors = null;}}}}}else {const err17 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.gate.type,parentSchema:schema10.properties.gate,data:data28};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate71.errors = vErrors;return errors === 0;}const schema11 = {"type":"object","properties":{"image":{"$ref":"#/definitions/input-0"},"tags":{"$ref":"#/definitions/input-0"},"base-image":{"$ref":"#/definitions/input-0"},"platforms":{"$ref":"#/definitions/input-0"},"weights":{"$ref":"#/definitions/input-0"},"metadata":{"$ref":"#/definitions/input-0"},"code":{"$ref":"#/definitions/input-0"},"layers":{"$ref":"#/definitions/input-0"},"model-dir":{"$ref":"#/definitions/input-0"},"app-dir":{"$ref":"#/definitions/input-0"},"split-size":{"$ref":"#/definitions/input-0"},"entrypoint":{"$ref":"#/definitions/input-0"},"cmd":{"$ref":"#/definitions/input-0"},"env":{"$ref":"#/definitions/input-0"},"workdir":{"$ref":"#/definitions/input-0"},"user":{"$ref":"#/definitions/input-0"},"ports":{"$ref":"#/definitions/input-0"},"labels":{"$ref":"#/definitions/input-0"},"preset":{"$ref":"#/definitions/input-0"},"run-record":{"$ref":"#/definitions/input-0"},"allow-failed-run-record":{"$ref":"#/definitions/input-0"},"version":{"$ref":"#/definitions/input-0"},"source-date-epoch":{"$ref":"#/definitions/input-0"},"compression":{"$ref":"#/definitions/input-0"},"push":{"$ref":"#/definitions/input-0"},"oci-layout":{"$ref":"#/definitions/input-0"},"docker-tar":{"$ref":"#/definitions/input-0"},"promote-from":{"$ref":"#/definitions/input-0"},"registry-username":{"$ref":"#/definitions/input-0"},"registry-password":{"$ref":"#/definitions/input-0"},"github-token":{"$ref":"#/definitions/input-0"},"insecure-registries":{"$ref":"#/definitions/input-0"},"jobs":{"$ref":"#/definitions/input-0"},"upload-mode":{"$ref":"#/definitions/input-0"},"chunk-size":{"$ref":"#/definitions/input-0"},"layer-cache":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"}},"additionalProperties":false};function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.image !== undefined){if(!(validate23(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.tags !== undefined){if(!(validate23(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["base-image"] !== undefined){if(!(validate23(data["base-image"], {instancePath:instancePath+"/base-image",parentData:data,parentDataProperty:"base-image",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.platforms !== undefined){if(!(validate23(data.platforms, {instancePath:instancePath+"/platforms",parentData:data,parentDataProperty:"platforms",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.weights !== undefined){if(!(validate23(data.weights, {instancePath:instancePath+"/weights",parentData:data,parentDataProperty:"weights",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.metadata !== undefined){if(!(validate23(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.code !== undefined){if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.layers !== undefined){if(!(validate23(data.layers, {instancePath:instancePath+"/layers",parentData:data,parentDataProperty:"layers",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["model-dir"] !== undefined){if(!(validate23(data["model-dir"], {instancePath:instancePath+"/model-dir",parentData:data,parentDataProperty:"model-dir",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["app-dir"] !== undefined){if(!(validate23(data["app-dir"], {instancePath:instancePath+"/app-dir",parentData:data,parentDataProperty:"app-dir",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["split-size"] !== undefined){if(!(validate23(data["split-size"], {instancePath:instancePath+"/split-size",parentData:data,parentDataProperty:"split-size",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.entrypoint !== undefined){if(!(validate23(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.cmd !== undefined){if(!(validate23(data.cmd, {instancePath:instancePath+"/cmd",parentData:data,parentDataProperty:"cmd",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.env !== undefined){if(!(validate23(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.workdir !== undefined){if(!(validate23(data.workdir, {instancePath:instancePath+"/workdir",parentData:data,parentDataProperty:"workdir",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.user !== undefined){if(!(validate23(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.ports !== undefined){if(!(validate23(data.ports, {instancePath:instancePath+"/ports",parentData:data,parentDataProperty:"ports",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.labels !== undefined){if(!(validate23(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.preset !== undefined){if(!(validate23(data.preset, {instancePath:instancePath+"/preset",parentData:data,parentDataProperty:"preset",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["run-record"] !== undefined){if(!(validate23(data["run-record"], {instancePath:instancePath+"/run-record",parentData:data,parentDataProperty:"run-record",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["allow-failed-run-record"] !== undefined){if(!(validate23(data["allow-failed-run-record"], {instancePath:instancePath+"/allow-failed-run-record",parentData:data,parentDataProperty:"allow-failed-run-record",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.version !== undefined){if(!(validate23(data.version, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["source-date-epoch"] !== undefined){if(!(validate23(data["source-date-epoch"], {instancePath:instancePath+"/source-date-epoch",parentData:data,parentDataProperty:"source-date-epoch",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.compression !== undefined){if(!(validate23(data.compression, {instancePath:instancePath+"/compression",parentData:data,parentDataProperty:"compression",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.push !== undefined){if(!(validate23(data.push, {instancePath:instancePath+"/push",parentData:data,parentDataProperty:"push",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["oci-layout"] !== undefined){if(!(validate23(data["oci-layout"], {instancePath:instancePath+"/oci-layout",parentData:data,parentDataProperty:"oci-layout",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["docker-tar"] !== undefined){if(!(validate23(data["docker-tar"], {instancePath:instancePath+"/docker-tar",parentData:data,parentDataProperty:"docker-tar",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["promote-from"] !== undefined){if(!(validate23(data["promote-from"], {instancePath:instancePath+"/promote-from",parentData:data,parentDataProperty:"promote-from",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["registry-username"] !== undefined){if(!(validate23(data["registry-username"], {instancePath:instancePath+"/registry-username",parentData:data,parentDataProperty:"registry-username",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["registry-password"] !== undefined){if(!(validate23(data["registry-password"], {instancePath:instancePath+"/registry-password",parentData:data,parentDataProperty:"registry-password",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["github-token"] !== undefined){if(!(validate23(data["github-token"], {instancePath:instancePath+"/github-token",parentData:data,parentDataProperty:"github-token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["insecure-registries"] !== undefined){if(!(validate23(data["insecure-registries"], {instancePath:instancePath+"/insecure-registries",parentData:data,parentDataProperty:"insecure-registries",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.jobs !== undefined){if(!(validate23(data.jobs, {instancePath:instancePath+"/jobs",parentData:data,parentDataProperty:"jobs",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["upload-mode"] !== undefined){if(!(validate23(data["upload-mode"], {instancePath:instancePath+"/upload-mode",parentData:data,parentDataProperty:"upload-mode",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["chunk-size"] !== undefined){if(!(validate23(data["chunk-size"], {instancePath:instancePath+"/chunk-size",parentData:data,parentDataProperty:"chunk-size",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["layer-cache"] !== undefined){if(!(validate23(data["layer-cache"], {instancePath:instancePath+"/layer-cache",parentData:data,parentDataProperty:"layer-cache",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate23(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate101.errors = vErrors;return errors === 0;}const schema12 = {"type":"object","properties":{"reports":{"$ref":"#/definitions/input-0"},"out":{"$ref":"#/definitions/input-0"},"format":{"$ref":"#/definitions/input-0"},"comment":{"$ref":"#/definitions/input-0"},"check-run":{"$ref":"#/definitions/input-0"},"check-name":{"$ref":"#/definitions/input-0"},"review":{"$ref":"#/definitions/input-0"},"charts":{"$ref":"#/definitions/input-0"},"key":{"$ref":"#/definitions/input-0"},"mode":{"$ref":"#/definitions/input-0"},"artifact-name":{"$ref":"#/definitions/input-0"},"fail-on-verdict":{"$ref":"#/definitions/input-0"},"pull-request":{"$ref":"#/definitions/input-0"},"head-sha":{"$ref":"#/definitions/input-0"},"acting-login":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"}},"additionalProperties":false};function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema12.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.reports !== undefined){if(!(validate23(data.reports, {instancePath:instancePath+"/reports",parentData:data,parentDataProperty:"reports",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.out !== undefined){if(!(validate23(data.out, {instancePath:instancePath+"/out",parentData:data,parentDataProperty:"out",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.format !== undefined){if(!(validate23(data.format, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.comment !== undefined){if(!(validate23(data.comment, {instancePath:instancePath+"/comment",parentData:data,parentDataProperty:"comment",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["check-run"] !== undefined){if(!(validate23(data["check-run"], {instancePath:instancePath+"/check-run",parentData:data,parentDataProperty:"check-run",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["check-name"] !== undefined){if(!(validate23(data["check-name"], {instancePath:instancePath+"/check-name",parentData:data,parentDataProperty:"check-name",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.review !== undefined){if(!(validate23(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.charts !== undefined){if(!(validate23(data.charts, {instancePath:instancePath+"/charts",parentData:data,parentDataProperty:"charts",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.key !== undefined){if(!(validate23(data.key, {instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.mode !== undefined){if(!(validate23(data.mode, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["artifact-name"] !== undefined){if(!(validate23(data["artifact-name"], {instancePath:instancePath+"/artifact-name",parentData:data,parentDataProperty:"artifact-name",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["fail-on-verdict"] !== undefined){if(!(validate23(data["fail-on-verdict"], {instancePath:instancePath+"/fail-on-verdict",parentData:data,parentDataProperty:"fail-on-verdict",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["pull-request"] !== undefined){if(!(validate23(data["pull-request"], {instancePath:instancePath+"/pull-request",parentData:data,parentDataProperty:"pull-request",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["head-sha"] !== undefined){if(!(validate23(data["head-sha"], {instancePath:instancePath+"/head-sha",parentData:data,parentDataProperty:"head-sha",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["acting-login"] !== undefined){if(!(validate23(data["acting-login"], {instancePath:instancePath+"/acting-login",parentData:data,parentDataProperty:"acting-login",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.token !== undefined){if(!(validate23(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate140.errors = vErrors;return errors === 0;}const schema13 = {"type":"object","properties":{"tag":{"$ref":"#/definitions/input-0"},"image":{"$ref":"#/definitions/input-0"},"tag-prefix":{"$ref":"#/definitions/input-0"},"image-tags":{"$ref":"#/definitions/input-0"},"latest":{"$ref":"#/definitions/input-0"},"model":{"$ref":"#/definitions/input-0"},"candidate-artifact":{"$ref":"#/definitions/input-0"},"workflow":{"$ref":"#/definitions/input-0"},"candidate-image":{"$ref":"#/definitions/input-0"},"rebuild-report":{"$ref":"#/definitions/input-0"},"accept":{"$ref":"#/definitions/input-0"},"reason":{"$ref":"#/definitions/input-0"},"rollback-to":{"$ref":"#/definitions/input-0"},"environment":{"$ref":"#/definitions/input-0"},"environment-url":{"$ref":"#/definitions/input-0"},"required-contexts":{"$ref":"#/definitions/input-0"},"record-asset":{"$ref":"#/definitions/input-0"},"intended-use":{"$ref":"#/definitions/input-0"},"limitations":{"$ref":"#/definitions/input-0"},"license":{"$ref":"#/definitions/input-0"},"data-profile":{"$ref":"#/definitions/input-0"},"record":{"$ref":"#/definitions/input-0"},"rules":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"mode":{"$ref":"#/definitions/input-0"},"on-inconclusive":{"$ref":"#/definitions/input-0"},"alpha":{"$ref":"#/definitions/input-0"},"power":{"$ref":"#/definitions/input-0"},"resamples":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"stratify":{"$ref":"#/definitions/input-0"},"task":{"$ref":"#/definitions/input-0"},"positive-label":{"$ref":"#/definitions/input-0"},"threshold":{"$ref":"#/definitions/input-0"},"allow-different-test-sets":{"$ref":"#/definitions/input-0"},"registry-username":{"$ref":"#/definitions/input-0"},"registry-password":{"$ref":"#/definitions/input-0"},"insecure-registries":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"}},"additionalProperties":false};function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema13.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.tag !== undefined){if(!(validate23(data.tag, {instancePath:instancePath+"/tag",parentData:data,parentDataProperty:"tag",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.image !== undefined){if(!(validate23(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["tag-prefix"] !== undefined){if(!(validate23(data["tag-prefix"], {instancePath:instancePath+"/tag-prefix",parentData:data,parentDataProperty:"tag-prefix",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["image-tags"] !== undefined){if(!(validate23(data["image-tags"], {instancePath:instancePath+"/image-tags",parentData:data,parentDataProperty:"image-tags",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.latest !== undefined){if(!(validate23(data.latest, {instancePath:instancePath+"/latest",parentData:data,parentDataProperty:"latest",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.model !== undefined){if(!(validate23(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["candidate-artifact"] !== undefined){if(!(validate23(data["candidate-artifact"], {instancePath:instancePath+"/candidate-artifact",parentData:data,parentDataProperty:"candidate-artifact",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.workflow !== undefined){if(!(validate23(data.workflow, {instancePath:instancePath+"/workflow",parentData:data,parentDataProperty:"workflow",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["candidate-image"] !== undefined){if(!(validate23(data["candidate-image"], {instancePath:instancePath+"/candidate-image",parentData:data,parentDataProperty:"candidate-image",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["rebuild-report"] !== undefined){if(!(validate23(data["rebuild-report"], {instancePath:instancePath+"/rebuild-report",parentData:data,parentDataProperty:"rebuild-report",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.accept !== undefined){if(!(validate23(data.accept, {instancePath:instancePath+"/accept",parentData:data,parentDataProperty:"accept",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.reason !== undefined){if(!(validate23(data.reason, {instancePath:instancePath+"/reason",parentData:data,parentDataProperty:"reason",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["rollback-to"] !== undefined){if(!(validate23(data["rollback-to"], {instancePath:instancePath+"/rollback-to",parentData:data,parentDataProperty:"rollback-to",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.environment !== undefined){if(!(validate23(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["environment-url"] !== undefined){if(!(validate23(data["environment-url"], {instancePath:instancePath+"/environment-url",parentData:data,parentDataProperty:"environment-url",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["required-contexts"] !== undefined){if(!(validate23(data["required-contexts"], {instancePath:instancePath+"/required-contexts",parentData:data,parentDataProperty:"required-contexts",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["record-asset"] !== undefined){if(!(validate23(data["record-asset"], {instancePath:instancePath+"/record-asset",parentData:data,parentDataProperty:"record-asset",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["intended-use"] !== undefined){if(!(validate23(data["intended-use"], {instancePath:instancePath+"/intended-use",parentData:data,parentDataProperty:"intended-use",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.limitations !== undefined){if(!(validate23(data.limitations, {instancePath:instancePath+"/limitations",parentData:data,parentDataProperty:"limitations",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.license !== undefined){if(!(validate23(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["data-profile"] !== undefined){if(!(validate23(data["data-profile"], {instancePath:instancePath+"/data-profile",parentData:data,parentDataProperty:"data-profile",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.record !== undefined){if(!(validate23(data.record, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.rules !== undefined){if(!(validate23(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.config !== undefined){if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.mode !== undefined){if(!(validate23(data.mode, {instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["on-inconclusive"] !== undefined){if(!(validate23(data["on-inconclusive"], {instancePath:instancePath+"/on-inconclusive",parentData:data,parentDataProperty:"on-inconclusive",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.alpha !== undefined){if(!(validate23(data.alpha, {instancePath:instancePath+"/alpha",parentData:data,parentDataProperty:"alpha",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.power !== undefined){if(!(validate23(data.power, {instancePath:instancePath+"/power",parentData:data,parentDataProperty:"power",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.resamples !== undefined){if(!(validate23(data.resamples, {instancePath:instancePath+"/resamples",parentData:data,parentDataProperty:"resamples",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.seed !== undefined){if(!(validate23(data.seed, {instancePath:instancePath+"/seed",parentData:data,parentDataProperty:"seed",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.stratify !== undefined){if(!(validate23(data.stratify, {instancePath:instancePath+"/stratify",parentData:data,parentDataProperty:"stratify",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.task !== undefined){if(!(validate23(data.task, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["positive-label"] !== undefined){if(!(validate23(data["positive-label"], {instancePath:instancePath+"/positive-label",parentData:data,parentDataProperty:"positive-label",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.threshold !== undefined){if(!(validate23(data.threshold, {instancePath:instancePath+"/threshold",parentData:data,parentDataProperty:"threshold",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["allow-different-test-sets"] !== undefined){if(!(validate23(data["allow-different-test-sets"], {instancePath:instancePath+"/allow-different-test-sets",parentData:data,parentDataProperty:"allow-different-test-sets",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["registry-username"] !== undefined){if(!(validate23(data["registry-username"], {instancePath:instancePath+"/registry-username",parentData:data,parentDataProperty:"registry-username",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["registry-password"] !== undefined){if(!(validate23(data["registry-password"], {instancePath:instancePath+"/registry-password",parentData:data,parentDataProperty:"registry-password",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["insecure-registries"] !== undefined){if(!(validate23(data["insecure-registries"], {instancePath:instancePath+"/insecure-registries",parentData:data,parentDataProperty:"insecure-registries",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.token !== undefined){if(!(validate23(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate158.errors = vErrors;return errors === 0;}const schema14 = {"type":"object","properties":{"data":{"$ref":"#/definitions/input-0"},"schema":{"$ref":"#/definitions/input-0"},"reference-profile":{"$ref":"#/definitions/input-0"},"checks":{"$ref":"#/definitions/input-0"},"format":{"$ref":"#/definitions/input-0"},"delimiter":{"$ref":"#/definitions/input-0"},"header":{"$ref":"#/definitions/input-0"},"predictions":{"$ref":"#/definitions/input-0"},"labels":{"$ref":"#/definitions/input-0"},"reference-predictions":{"$ref":"#/definitions/input-0"},"release-record":{"$ref":"#/definitions/input-0"},"metrics":{"$ref":"#/definitions/input-0"},"metric-tolerance":{"$ref":"#/definitions/input-0"},"resamples":{"$ref":"#/definitions/input-0"},"confidence":{"$ref":"#/definitions/input-0"},"seed":{"$ref":"#/definitions/input-0"},"task":{"$ref":"#/definitions/input-0"},"positive-label":{"$ref":"#/definitions/input-0"},"threshold":{"$ref":"#/definitions/input-0"},"model":{"$ref":"#/definitions/input-0"},"incidents":{"$ref":"#/definitions/input-0"},"issue-labels":{"$ref":"#/definitions/input-0"},"assignees":{"$ref":"#/definitions/input-0"},"mention":{"$ref":"#/definitions/input-0"},"close-after":{"$ref":"#/definitions/input-0"},"reopen-within":{"$ref":"#/definitions/input-0"},"fail-on-incident":{"$ref":"#/definitions/input-0"},"report":{"$ref":"#/definitions/input-0"},"out":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"},"bot-login":{"$ref":"#/definitions/input-0"}},"additionalProperties":false};function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema14.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.data !== undefined){if(!(validate23(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.schema !== undefined){if(!(validate23(data.schema, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["reference-profile"] !== undefined){if(!(validate23(data["reference-profile"], {instancePath:instancePath+"/reference-profile",parentData:data,parentDataProperty:"reference-profile",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.checks !== undefined){if(!(validate23(data.checks, {instancePath:instancePath+"/checks",parentData:data,parentDataProperty:"checks",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.format !== undefined){if(!(validate23(data.format, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.delimiter !== undefined){if(!(validate23(data.delimiter, {instancePath:instancePath+"/delimiter",parentData:data,parentDataProperty:"delimiter",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.header !== undefined){if(!(validate23(data.header, {instancePath:instancePath+"/header",parentData:data,parentDataProperty:"header",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.predictions !== undefined){if(!(validate23(data.predictions, {instancePath:instancePath+"/predictions",parentData:data,parentDataProperty:"predictions",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.labels !== undefined){if(!(validate23(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["reference-predictions"] !== undefined){if(!(validate23(data["reference-predictions"], {instancePath:instancePath+"/reference-predictions",parentData:data,parentDataProperty:"reference-predictions",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["release-record"] !== undefined){if(!(validate23(data["release-record"], {instancePath:instancePath+"/release-record",parentData:data,parentDataProperty:"release-record",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.metrics !== undefined){if(!(validate23(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["metric-tolerance"] !== undefined){if(!(validate23(data["metric-tolerance"], {instancePath:instancePath+"/metric-tolerance",parentData:data,parentDataProperty:"metric-tolerance",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.resamples !== undefined){if(!(validate23(data.resamples, {instancePath:instancePath+"/resamples",parentData:data,parentDataProperty:"resamples",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.confidence !== undefined){if(!(validate23(data.confidence, {instancePath:instancePath+"/confidence",parentData:data,parentDataProperty:"confidence",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.seed !== undefined){if(!(validate23(data.seed, {instancePath:instancePath+"/seed",parentData:data,parentDataProperty:"seed",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.task !== undefined){if(!(validate23(data.task, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["positive-label"] !== undefined){if(!(validate23(data["positive-label"], {instancePath:instancePath+"/positive-label",parentData:data,parentDataProperty:"positive-label",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.threshold !== undefined){if(!(validate23(data.threshold, {instancePath:instancePath+"/threshold",parentData:data,parentDataProperty:"threshold",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.model !== undefined){if(!(validate23(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.incidents !== undefined){if(!(validate23(data.incidents, {instancePath:instancePath+"/incidents",parentData:data,parentDataProperty:"incidents",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["issue-labels"] !== undefined){if(!(validate23(data["issue-labels"], {instancePath:instancePath+"/issue-labels",parentData:data,parentDataProperty:"issue-labels",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.assignees !== undefined){if(!(validate23(data.assignees, {instancePath:instancePath+"/assignees",parentData:data,parentDataProperty:"assignees",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.mention !== undefined){if(!(validate23(data.mention, {instancePath:instancePath+"/mention",parentData:data,parentDataProperty:"mention",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["close-after"] !== undefined){if(!(validate23(data["close-after"], {instancePath:instancePath+"/close-after",parentData:data,parentDataProperty:"close-after",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["reopen-within"] !== undefined){if(!(validate23(data["reopen-within"], {instancePath:instancePath+"/reopen-within",parentData:data,parentDataProperty:"reopen-within",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["fail-on-incident"] !== undefined){if(!(validate23(data["fail-on-incident"], {instancePath:instancePath+"/fail-on-incident",parentData:data,parentDataProperty:"fail-on-incident",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate23(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.out !== undefined){if(!(validate23(data.out, {instancePath:instancePath+"/out",parentData:data,parentDataProperty:"out",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.token !== undefined){if(!(validate23(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["bot-login"] !== undefined){if(!(validate23(data["bot-login"], {instancePath:instancePath+"/bot-login",parentData:data,parentDataProperty:"bot-login",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate199.errors = vErrors;return errors === 0;}const schema15 = {"type":"object","properties":{"permission":{"$ref":"#/definitions/input-0"},"artifact-name":{"$ref":"#/definitions/input-0"},"report-name":{"$ref":"#/definitions/input-0"},"workflow":{"$ref":"#/definitions/input-0"},"release-asset":{"$ref":"#/definitions/input-0"},"config":{"$ref":"#/definitions/input-0"},"event":{"$ref":"#/definitions/input-0"},"comment":{"$ref":"#/definitions/input-0"},"dry-run":{"$ref":"#/definitions/input-0"},"token":{"$ref":"#/definitions/input-0"}},"additionalProperties":false};function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema15.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.permission !== undefined){if(!(validate23(data.permission, {instancePath:instancePath+"/permission",parentData:data,parentDataProperty:"permission",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["artifact-name"] !== undefined){if(!(validate23(data["artifact-name"], {instancePath:instancePath+"/artifact-name",parentData:data,parentDataProperty:"artifact-name",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["report-name"] !== undefined){if(!(validate23(data["report-name"], {instancePath:instancePath+"/report-name",parentData:data,parentDataProperty:"report-name",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.workflow !== undefined){if(!(validate23(data.workflow, {instancePath:instancePath+"/workflow",parentData:data,parentDataProperty:"workflow",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["release-asset"] !== undefined){if(!(validate23(data["release-asset"], {instancePath:instancePath+"/release-asset",parentData:data,parentDataProperty:"release-asset",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.config !== undefined){if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.event !== undefined){if(!(validate23(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.comment !== undefined){if(!(validate23(data.comment, {instancePath:instancePath+"/comment",parentData:data,parentDataProperty:"comment",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data["dry-run"] !== undefined){if(!(validate23(data["dry-run"], {instancePath:instancePath+"/dry-run",parentData:data,parentDataProperty:"dry-run",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.token !== undefined){if(!(validate23(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate232.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://mlci.dev/schema/mlci.yml.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema6.required,parentSchema:schema6,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema6.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema6.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data["validate-data"] !== undefined){if(!(validate22(data["validate-data"], {instancePath:instancePath+"/validate-data",parentData:data,parentDataProperty:"validate-data",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.train !== undefined){if(!(validate40(data.train, {instancePath:instancePath+"/train",parentData:data,parentDataProperty:"train",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data["compare-metrics"] !== undefined){if(!(validate71(data["compare-metrics"], {instancePath:instancePath+"/compare-metrics",parentData:data,parentDataProperty:"compare-metrics",rootData}))){vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);errors = vErrors.length;}}if(data["build-image"] !== undefined){if(!(validate101(data["build-image"], {instancePath:instancePath+"/build-image",parentData:data,parentDataProperty:"build-image",rootData}))){vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);errors = vErrors.length;}}if(data.report !== undefined){if(!(validate140(data.report, {instancePath:instancePath+"/report",parentData:data,parentDataProperty:"report",rootData}))){vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);errors = vErrors.length;}}if(data.release !== undefined){if(!(validate158(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData}))){vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);errors = vErrors.length;}}if(data.monitor !== undefined){if(!(validate199(data.monitor, {instancePath:instancePath+"/monitor",parentData:data,parentDataProperty:"monitor",rootData}))){vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);errors = vErrors.length;}}if(data.commands !== undefined){if(!(validate232(data.commands, {instancePath:instancePath+"/commands",parentData:data,parentDataProperty:"commands",rootData}))){vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);errors = vErrors.length;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate21.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./build/config/loader.js






/**
 * configSchema() compiled ahead of time by Ajv (scripts/config-validator.mjs, run by the build): compiling it
 * here cost ~170 ms on every start of a command that reads mlci.yml. A unit test keeps it current.
 */
const loader_validate = validate;
/** Reads and checks mlci.yml; any problem is a UsageError naming file:line:column with a hint. */
async function loadConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (cause) {
        throw new core_errors/* UsageError */.eb(`cannot read ${file}`, {
            cause,
            hint: 'pass --config with the path of your mlci.yml',
        });
    }
    return parseConfig(text, file);
}
/** Parses mlci.yml text; exported for tests and for configs that come from another source. */
function parseConfig(text, file = 'mlci.yml') {
    const fail = (message, details) => new core_errors/* UsageError */.eb(message, details);
    const parsed = parseYamlBudgeted(text, file, fail);
    const { doc, at } = parsed;
    const [syntax] = doc.errors;
    if (syntax) {
        throw new core_errors/* UsageError */.eb(`invalid YAML: ${syntax.message.split('\n')[0]}`, {
            where: { file, ...at(syntax.pos[0]) },
            hint: 'fix the YAML syntax at that position (indentation, a missing colon or quote)',
        });
    }
    // The alias budget: a billion-laughs mlci.yml is exit 2 at its first alias, not "failed unexpectedly".
    const value = yamlValue(parsed, file, fail);
    const locate = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? at(node.range[0]) : undefined;
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new core_errors/* UsageError */.eb('mlci.yml must be a mapping with `version: 1` and one section per step', {
            where: { file, line: 1, column: 1 },
        });
    }
    if (!loader_validate(value))
        throw configError(file, doc, loader_validate.errors ?? [], at, locate);
    return { file, value: value, locate };
}
function configError(file, doc, errors, at, locate) {
    const first = mostSpecific(errors);
    const path = first.instancePath.split('/').slice(1).map(unescapePointer);
    if (first.keyword === 'additionalProperties') {
        const key = String(first.params.additionalProperty);
        const known = Object.keys(first.parentSchema?.properties ?? {});
        const where = keyPosition(doc, path, key, at) ?? locate(path);
        return new core_errors/* UsageError */.eb(`unknown key \`${key}\`${didYouMean(key, known)}`, {
            where: { file, ...where },
            hint: `allowed here: ${known.map((name) => `\`${name}\``).join(', ')}`,
        });
    }
    const where = locate(path) ?? { line: 1, column: 1 };
    const subject = path.length ? `\`${path.join('.')}\`` : 'mlci.yml';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem(s))` : '';
    return new core_errors/* UsageError */.eb(`${subject} ${first.message ?? 'is invalid'}${more}`, {
        where: { file, ...where },
        hint: 'see docs/mlci-yml.md for the format of each section',
    });
}
/** Of ajv's errors, the one deepest in the document (anyOf wrappers say less than their branches). */
function mostSpecific(errors) {
    const rank = (error) => error.instancePath.split('/').length * 10 + (error.keyword === 'additionalProperties' ? 5 : 0);
    return errors.reduce((best, error) => (rank(error) > rank(best) ? error : best));
}
function keyPosition(doc, path, key, at) {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const pair = parent.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
    const range = (0,dist/* isScalar */.jn)(pair?.key) ? pair.key.range : undefined;
    return range ? at(range[0]) : undefined;
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

;// CONCATENATED MODULE: ./build/actions/train/cache-config.js



/** The keys of mlci.yml's `train:` section that `mlci train`, `pull`, `push` and `cache gc` take from it. */
const FROM_CONFIG = ['cache', 'cache-registry'];
/**
 * The inputs, with `cache` and `cache-registry` taken from mlci.yml's `train:` section when the command
 * line (or the step) does not give them: a team writes its remote once, and `mlci pull` on a laptop finds
 * it. `mlci run` passes the section as inputs anyway; explicit inputs always win.
 */
async function withCacheConfig(read, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, read.get('config')?.trim() || 'mlci.yml');
    if (!(0,external_node_fs_.existsSync)(path))
        return read;
    const train = (await loadConfig(path)).value.train;
    const found = new Map();
    for (const key of FROM_CONFIG) {
        const value = train?.[key];
        if (typeof value === 'string' && !read.get(key)?.trim())
            found.set(key, value);
    }
    if (!found.size)
        return read;
    return { get: (name) => found.get(name) ?? read.get(name) };
}

;// CONCATENATED MODULE: ./build/actions/inputs.js

function readString(read, name, fallback) {
    return read.get(name)?.trim() || fallback;
}
/** A required input, or a usage error that says how to give it in both forms. */
function requireString(read, name) {
    const value = readString(read, name);
    if (value === undefined) {
        throw new UsageError(`input \`${name}\` is required`, {
            hint: `set \`with: ${name}: …\` in the workflow step, or pass --${name} on the command line`,
        });
    }
    return value;
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
/** A boolean input in the YAML 1.2 core schema spellings (as @actions/core accepts), or a usage error. */
function readBoolean(read, name, fallback) {
    const value = readString(read, name);
    if (value === undefined)
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new core_errors/* UsageError */.eb(`input \`${name}\` must be true or false, got "${value}"`);
}
/** A number input within bounds, or a usage error naming the input and the bounds. */
function readNumber(read, name, fallback, bounds = {}) {
    const text = readString(read, name);
    if (text === undefined)
        return fallback;
    const value = Number(text);
    const { min = -Infinity, max = Infinity, integer = false } = bounds;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        const kind = integer ? 'an integer' : 'a number';
        const range = Number.isFinite(min) || Number.isFinite(max) ? ` in [${min}, ${max}]` : '';
        throw new core_errors/* UsageError */.eb(`input \`${name}\` must be ${kind}${range}, got "${text}"`);
    }
    return value;
}
/** A list input: one item per line (a YAML block scalar) or comma-separated; blanks and # comments dropped. */
function readList(read, name) {
    const text = readString(read, name);
    if (text === undefined)
        return [];
    const lines = text.split(/\r?\n/).map((line) => line.trim());
    const items = lines.length === 1 ? lines[0].split(',') : lines;
    return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}

;// CONCATENATED MODULE: ./build/actions/train/inputs.js


const LOCKS = ['write', 'check', 'off'];
const CACHES = ['auto', 'local', 'github-actions', 'registry', 'none'];
/** Reads and checks every input of `mlci train`. */
function getTrainInputs(read) {
    const cache = readString(read, 'cache', 'auto');
    const lock = readString(read, 'lock', 'write');
    if (!LOCKS.includes(lock)) {
        throw new core_errors/* UsageError */.eb(`input \`lock\` must be one of ${LOCKS.join(', ')}, got "${lock}"`);
    }
    if (!CACHES.includes(cache)) {
        throw new core_errors/* UsageError */.eb(`input \`cache\` must be one of ${CACHES.join(', ')}, got "${cache}"`);
    }
    return {
        targets: readList(read, 'targets'),
        config: readString(read, 'config', 'mlci.yml'),
        'dvc-file': readString(read, 'dvc-file'),
        cmd: read.get('cmd')?.trim() || undefined,
        name: readString(read, 'name', 'train'),
        deps: readList(read, 'deps'),
        params: readList(read, 'params'),
        outs: readList(read, 'outs'),
        metrics: readList(read, 'metrics'),
        plots: readList(read, 'plots'),
        env: readList(read, 'env'),
        'pass-env': readList(read, 'pass-env'),
        seed: readNumber(read, 'seed', 0, { min: 0, max: 4294967295, integer: true }),
        timeout: readString(read, 'timeout', '0'),
        verify: readBoolean(read, 'verify', false),
        shell: readString(read, 'shell'),
        cache: cache,
        'cache-dir': readString(read, 'cache-dir', '.mlci/cache'),
        'cache-registry': readString(read, 'cache-registry'),
        'cache-registry-username': readString(read, 'cache-registry-username'),
        'cache-registry-password': readString(read, 'cache-registry-password'),
        'github-token': readString(read, 'github-token'),
        force: readBoolean(read, 'force', false),
        downstream: readBoolean(read, 'downstream', false),
        'keep-going': readBoolean(read, 'keep-going', false),
        record: readString(read, 'record', '.mlci/run-record.json'),
        'allow-untrusted-code': readBoolean(read, 'allow-untrusted-code', false),
        lock: lock,
        'frozen-lock': readBoolean(read, 'frozen-lock', false),
    };
}

;// CONCATENATED MODULE: ./build/core/train/lock.js



/** Bumped when the lock file's shape changes meaning. */
const LOCK_SCHEMA = 1;
const sortKeys = (record) => Object.fromEntries(Object.keys(record)
    .sort()
    .map((key) => [key, record[key]]));
/**
 * The lock file's text: stages by name, every mapping's keys sorted, outs by path, so the same run writes
 * the same bytes and a diff shows only what changed.
 */
function renderLock(lock) {
    const stages = Object.fromEntries(Object.keys(lock.stages)
        .sort()
        .map((name) => {
        const stage = lock.stages[name];
        return [
            name,
            {
                fingerprint: stage.fingerprint,
                cmd: stage.cmd,
                deps: sortKeys(stage.deps),
                params: JSON.parse((0,canonical/* canonicalJson */.d)(stage.params)),
                outs: [...stage.outs]
                    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
                    .map(({ path, sha256, size }) => ({ path, sha256, size })),
                metrics: JSON.parse((0,canonical/* canonicalJson */.d)(stage.metrics)),
            },
        ];
    }));
    const body = (0,dist/* stringify */.As)({ schema: lock.schema, stages }, { sortMapEntries: false, lineWidth: 0 });
    return `# mlci.lock: written by \`mlci train\`; commit it. \`mlci status\` compares the workspace with it.\n${body}`;
}
/** Reads mlci.lock; a file that is not one is a usage error naming it. */
function parseLock(text, file) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (cause) {
        throw new core_errors/* UsageError */.eb(`${file} is not valid YAML`, { cause, where: { file } });
    }
    const lock = value;
    if (!lock || typeof lock !== 'object' || typeof lock.stages !== 'object' || lock.stages === null)
        throw new core_errors/* UsageError */.eb(`${file} is not an mlci lock file (no \`stages:\`)`, { where: { file } });
    if (lock.schema !== LOCK_SCHEMA)
        throw new core_errors/* UsageError */.eb(`${file} has schema ${String(lock.schema)}; this mlci reads ${LOCK_SCHEMA}`, {
            where: { file },
            hint: 'run `mlci train` to rewrite it',
        });
    const stages = {};
    for (const [name, raw] of Object.entries(lock.stages)) {
        stages[name] = {
            fingerprint: String(raw?.fingerprint ?? ''),
            cmd: String(raw?.cmd ?? ''),
            deps: { ...(raw?.deps ?? {}) },
            params: { ...(raw?.params ?? {}) },
            outs: Array.isArray(raw?.outs) ? raw.outs : [],
            metrics: { ...(raw?.metrics ?? {}) },
        };
    }
    return { schema: LOCK_SCHEMA, stages };
}
/** Params flattened to `file:key` → canonical value. */
function flatParams(params) {
    const out = new Map();
    for (const [file, values] of Object.entries(params))
        for (const [key, value] of Object.entries(values))
            out.set(`${file}:${key}`, (0,canonical/* canonicalJson */.d)(value));
    return out;
}
function diffMaps(what, locked, now, skip = () => false) {
    const names = [...new Set([...locked.keys(), ...now.keys()])].sort();
    return names.flatMap((name) => {
        if (skip(name))
            return [];
        const before = locked.get(name);
        const after = now.get(name);
        if (before === after)
            return [];
        return [
            { what, name, change: before === undefined ? 'new' : after === undefined ? 'deleted' : 'modified' },
        ];
    });
}
/**
 * What differs between a locked stage and its inputs now. `unknown(dep)` is true for a dep that cannot
 * be hashed yet (an upstream stage's output not produced): it is left out, not reported as deleted.
 */
function inputChanges(locked, now, unknown = () => false) {
    return [
        ...(locked.cmd === now.cmd ? [] : [{ what: 'cmd', name: 'cmd', change: 'modified' }]),
        ...diffMaps('dep', new Map(Object.entries(locked.deps)), new Map(Object.entries(now.deps)), unknown),
        ...diffMaps('param', flatParams(locked.params), flatParams(now.params)),
    ];
}
/** What differs between a locked stage's outs and the files in the workspace now. */
function outputChanges(locked, now) {
    const map = (files) => new Map(files.map((f) => [f.path, `${f.sha256}:${f.size}`]));
    return diffMaps('out', map(locked.outs), map(now));
}
/** One line per change: `changed deps: data/train.csv (modified)`. */
function describeChanges(changes) {
    const label = { cmd: 'changed command', dep: 'changed deps', param: 'changed params', out: 'changed outs' };
    return changes.map((c) => (c.what === 'cmd' ? label.cmd : `${label[c.what]}: ${c.name} (${c.change})`));
}

;// CONCATENATED MODULE: ./build/platform/train/lock-io.js









/** Where mlci.lock lives: next to mlci.yml (the `config` input), as dvc.lock sits next to dvc.yaml. */
const lockPath = (root, config) => (0,external_node_path_.resolve)(root, (0,external_node_path_.dirname)(config), 'mlci.lock');
/** The lock at `path`, or undefined when there is none. */
async function readLock(path, shown) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : parseLock(text, shown);
}
/** Writes the lock whole or not at all (the shared atomic writer: a reader never sees half a file). */
async function writeLock(path, lock) {
    await writeFileAtomic(path, renderLock(lock));
}
/** True when `path` (workspace-relative) is one of the outputs of a stage in `stages`, or inside one. */
function producedBy(stages) {
    const outs = stages.flatMap((stage) => (0,train_stage/* stageOutputs */.Tp)(stage).map((out) => workspacePath(stage.wdir, out)));
    return (path) => outs.some((out) => path === out || path.startsWith(`${out}/`));
}
/**
 * A stage's inputs as the lock records them: the command, every dep's id from its bytes (no git ids), and
 * the params values. A dep that is missing is left out; `unknown` lists those an upstream stage produces
 * (not there yet before a run), which a check must not call deleted.
 */
async function lockInputs(root, stage, state, produced) {
    const wdir = (0,external_node_path_.resolve)(root, stage.wdir);
    const deps = {};
    const unknown = new Set();
    for (const dep of stage.deps) {
        const path = workspacePath(stage.wdir, dep);
        try {
            const ids = await contentIds(wdir, [dep], { state });
            for (const [name, id] of Object.entries(ids))
                deps[workspacePath(stage.wdir, name)] = id;
        }
        catch (error) {
            if (!(error instanceof MissingPathError))
                throw error;
            if (produced(path))
                unknown.add(path);
        }
    }
    const params = resolveParams(stage, (file) => {
        const abs = (0,external_node_path_.resolve)(wdir, file);
        return (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs, 'utf8') : undefined;
    });
    return { inputs: { cmd: stage.cmd, deps, params }, unknown };
}

;// CONCATENATED MODULE: ./build/actions/train/lock-step.js





const shown = (root, path) => (0,external_node_path_.relative)(root, path).split('\\').join('/');
/**
 * `--frozen-lock` / `lock: check`: before anything runs, every planned stage's command, deps and params
 * must be what mlci.lock says (exit 1 otherwise, naming the stage and the input), so a PR that changed data
 * without re-training is caught. A dep an upstream stage produces is checked through that stage's entry.
 */
async function checkLock(root, config, graph, plan, state) {
    const path = lockPath(root, config);
    const lock = await readLock(path, shown(root, path));
    if (!lock)
        throw new core_errors/* DataError */.fL(`${shown(root, path)} does not exist, and the lock is checked (frozen-lock)`, {
            hint: 'run `mlci train` and commit mlci.lock',
        });
    const produced = producedBy([...graph.stages.values()]);
    const problems = [];
    for (const name of plan) {
        const entry = lock.stages[name];
        if (!entry) {
            problems.push(`stage '${name}' is not in ${shown(root, path)}`);
            continue;
        }
        const { inputs, unknown } = await lockInputs(root, graph.stages.get(name), state, produced);
        const changes = inputChanges(entry, inputs, (dep) => unknown.has(dep));
        for (const line of describeChanges(changes))
            problems.push(`stage '${name}': ${line}`);
    }
    if (problems.length)
        throw new core_errors/* DataError */.fL(`the workspace does not match ${shown(root, path)}:\n  ${problems.join('\n  ')}`, {
            where: { file: shown(root, path) },
            hint: 'run `mlci train` where the change was made and commit the updated mlci.lock',
        });
}
/**
 * Writes mlci.lock after a run: an entry for every stage that ran, was restored or is frozen; entries of
 * stages not in this plan are kept, those of stages no longer declared are dropped. Failed stages keep
 * their previous entry (their outputs were not produced).
 */
async function updateLock(io, config, graph, records, state) {
    const root = io.cwd;
    const path = lockPath(root, config);
    const previous = await readLock(path, shown(root, path)).catch(() => undefined);
    const stages = {};
    for (const [name, entry] of Object.entries(previous?.stages ?? {}))
        if (graph.stages.has(name))
            stages[name] = entry;
    const produced = producedBy([...graph.stages.values()]);
    for (const record of records) {
        if (!['ran', 'cached', 'frozen'].includes(record.status))
            continue;
        const stage = graph.stages.get(record.stage);
        const { inputs } = await lockInputs(root, stage, state, produced);
        stages[record.stage] = {
            fingerprint: record.fingerprint ?? '',
            ...inputs,
            outs: record.outputs,
            metrics: record.metrics,
        };
    }
    await writeLock(path, { schema: LOCK_SCHEMA, stages });
    io.log.info(`wrote ${shown(root, path)} (${Object.keys(stages).length} stage(s)): commit it`);
}

;// CONCATENATED MODULE: ./build/core/train/parse-stages.js


/** "90" / 90 -> 90, "30m" -> 1800, "2h" -> 7200; anything else is a usage error naming the stage. */
function parseDuration(value, what, where) {
    if (value === undefined || value === null || value === '')
        return 0;
    const match = /^([0-9]+(?:\.[0-9]+)?)([smh]?)$/.exec(String(value).trim());
    if (!match) {
        throw new core_errors/* UsageError */.eb(`${what}: timeout must be seconds or "90s", "30m", "2h", got "${String(value)}"`, {
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
            throw new core_errors/* UsageError */.eb(`${what} must be a list of non-empty strings`, { where });
    }
    return items.map((item) => item.trim());
}
/** `params:` in either form: a list of keys / `{file: [keys]}`, or a mapping of inline values. */
function parseParams(value, what, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        if (typeof value !== 'object')
            throw new core_errors/* UsageError */.eb(`${what}: params must be a list or a mapping`, { where });
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
            throw new core_errors/* UsageError */.eb(`${what}: each params item is a key or a single \`file: [keys]\` mapping`, {
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
    if (!train_stage/* STAGE_NAME */.rf.test(name)) {
        throw new core_errors/* UsageError */.eb(`${what}: a stage name takes letters, digits, '.', '_' and '-' (no spaces or commas)`, {
            where,
            hint: 'stage names are part of cache keys',
        });
    }
    const cmd = Array.isArray(raw.cmd) ? raw.cmd.map(String).join('\n') : raw.cmd;
    if (typeof cmd !== 'string' || cmd.trim() === '')
        throw new core_errors/* UsageError */.eb(`${what} has no \`cmd\``, { where, hint: 'add `cmd: python train.py`' });
    const shell = raw.shell;
    if (shell !== undefined && !train_stage/* SHELLS */.OF.includes(shell))
        throw new core_errors/* UsageError */.eb(`${what}: unknown shell "${String(shell)}"`, { where: whereOf(source, 'shell') });
    const seed = raw.seed ?? train_stage/* STAGE_DEFAULTS */.cX.seed;
    if (!Number.isInteger(Number(seed)) || Number(seed) < 0)
        throw new core_errors/* UsageError */.eb(`${what}: seed must be a non-negative integer`, { where: whereOf(source, 'seed') });
    const outputs = [
        ...list(raw.outs, what, where),
        ...list(raw.metrics, what, where),
        ...list(raw.plots, what, where),
    ];
    const persist = list(raw.persist, `${what}: persist`, whereOf(source, 'persist'));
    const stray = persist.find((path) => !outputs.includes(path));
    if (stray !== undefined) {
        throw new core_errors/* UsageError */.eb(`${what}: persist "${stray}" is not one of the stage's outs, metrics or plots`, {
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
        wdir: typeof raw.wdir === 'string' && raw.wdir.trim() ? raw.wdir.trim() : train_stage/* STAGE_DEFAULTS */.cX.wdir,
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
            throw new core_errors/* UsageError */.eb(`stage '${name}' must be a mapping with at least \`cmd\``, {
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
                throw new core_errors/* UsageError */.eb(`${what}: "${out}": dvc.yaml output option \`${option}\` is not supported`, {
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
    const fail = (message, details) => new core_errors/* UsageError */.eb(message, details);
    const parsed = parseYamlBudgeted(text, file, fail);
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
        throw new core_errors/* UsageError */.eb(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, {
            where: { file, line, column: col },
        });
    }
    // Top-level keys besides `stages` describe the project for `dvc plots`/`dvc exp`/artifacts and do not
    // change what runs (`vars` only matters through `${…}`, which is refused below).
    // Expanded once, under the alias budget (doc.toJS() would expand an alias bomb unchecked).
    const value = yamlValue(parsed, file, fail);
    const top = value;
    for (const key of Object.keys(top && typeof top === 'object' ? top : {})) {
        if (!['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'].includes(key)) {
            throw new core_errors/* UsageError */.eb(`unknown dvc.yaml top-level key \`${key}\``, { where: { file, ...at([key]) } });
        }
    }
    const stages = doc.getIn(['stages'], true);
    if (!(0,dist/* isMap */.jh)(stages)) {
        throw new core_errors/* UsageError */.eb('dvc.yaml has no `stages:` mapping', { where: { file, line: 1, column: 1 } });
    }
    const base = external_node_path_.posix.dirname(file.split('\\').join('/'));
    return Object.entries(value.stages).map(([name, raw]) => {
        const where = { file, ...at(['stages', name]) };
        if (!raw || typeof raw !== 'object')
            throw new core_errors/* UsageError */.eb(`stage '${name}' must be a mapping`, { where });
        for (const key of Object.keys(raw)) {
            if (key === 'foreach' || key === 'matrix' || key === 'do') {
                throw new core_errors/* UsageError */.eb(`stage '${name}': dvc.yaml \`${key}\` stages are not supported`, {
                    where: { file, ...at(['stages', name, key]) },
                    hint: 'write one stage per item in mlci.yml `train.stages`, or keep running this one with `dvc repro`',
                });
            }
            if (!READ.has(key) && !IGNORED.has(key)) {
                throw new core_errors/* UsageError */.eb(`stage '${name}': unknown dvc.yaml key \`${key}\``, {
                    where: { file, ...at(['stages', name, key]) },
                });
            }
        }
        if (JSON.stringify(raw).includes('${')) {
            throw new core_errors/* UsageError */.eb(`stage '${name}': dvc.yaml templating (\`\${…}\`) is not supported`, {
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
        throw new core_errors/* UsageError */.eb(`cannot read ${file}`, { cause, hint: 'check the `dvc-file` input' });
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
        const config = await loadConfig(configPath);
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
    throw new core_errors/* UsageError */.eb('no training stages declared', {
        hint: 'give `cmd` (and deps/outs) as inputs, declare `train.stages` in mlci.yml, or point `dvc-file` at a dvc.yaml',
    });
}

;// CONCATENATED MODULE: ./build/actions/train/summary.js
const escapeMd = (text) => text.replace(/[\\`*_{}[\]<>|@#]/g, (ch) => (ch === '|' ? '\\|' : ch === '@' ? '@\u200b' : `\\${ch}`));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes) => (bytes === null ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
/** The job summary: one row per stage, then metrics and any reproducibility differences. */
function trainSummary(record) {
    const icon = {
        ran: '▶️ ran',
        cached: '♻️ cache hit, skipped',
        frozen: '🧊 frozen, not run',
        failed: '❌ failed',
        skipped: '⏭️ skipped',
    };
    const rows = record.stages.map((stage) => `| ${escapeMd(stage.stage)} | ${icon[stage.status]} | ${stage.fingerprint ? `\`${stage.fingerprint.slice(0, 12)}\`` : '–'} | ${seconds(stage.durationMs)} | ${stage.cache?.source ?? '–'} | ${mib(stage.resources?.peakRssBytes ?? null)} |`);
    const lines = [
        `### mlci train: ${record.status === 'passed' ? 'passed' : 'failed'}`,
        '',
        '| stage | result | fingerprint | time | cache | peak memory |',
        '|---|---|---|---|---|---|',
        ...rows,
    ];
    const metrics = record.stages.flatMap((stage) => Object.entries(stage.metrics).flatMap(([file, values]) => Object.entries(values).map(([key, value]) => `| ${escapeMd(stage.stage)} | ${escapeMd(file)} | ${escapeMd(key)} | ${value} |`)));
    if (metrics.length)
        lines.push('', '| stage | file | metric | value |', '|---|---|---|---|', ...metrics);
    for (const stage of record.stages) {
        if (stage.error)
            lines.push('', `**${escapeMd(stage.stage)}**: ${escapeMd(stage.error.split('\n')[0])}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/actions/train/train.js



















/** `mlci train`: plan the stages, restore or run each, write the run record, outputs and summary. */
async function train(io) {
    const inputs = getTrainInputs(await withCacheConfig(io.inputs, io.cwd));
    const root = io.cwd;
    const { stages, source } = await loadStages(root, inputs, (line) => io.log.warning(line));
    await checkRunPaths(io, { record: inputs.record }, { config: source === 'action inputs' ? [] : source, ...stagePaths(stages) });
    await keepReportCurrent((0,external_node_path_.resolve)(root, inputs.record), { kind: 'mlci/run-record', version: RUN_RECORD_VERSION }, () => trainStages(io, inputs, stages, source));
}
/** Every literal path the stages read or write, by the stage field that names it (globs left out). */
function stagePaths(stages) {
    const paths = { deps: [], outs: [], metrics: [], plots: [], params: [] };
    const add = (field, stage, list) => paths[field].push(...list.filter((p) => !/[*?[{]/.test(p)).map((p) => (0,external_node_path_.join)(stage.wdir, p)));
    for (const stage of stages) {
        add('deps', stage, stage.deps);
        add('outs', stage, stage.outs);
        add('metrics', stage, stage.metrics);
        add('plots', stage, stage.plots);
        add('params', stage, stage.params.flatMap((p) => (p.kind === 'file' ? [p.file] : [])));
    }
    return paths;
}
async function trainStages(io, inputs, stages, source) {
    const root = io.cwd;
    const graph = buildGraph(stages);
    const plan = planTraining(graph, inputs.targets, { downstream: inputs.downstream });
    io.log.info(`mlci train: ${plan.length} stage(s) from ${source}: ${plan.join(' -> ')}`);
    await checkTrustedCheckout(io, inputs, root);
    const started = new Date();
    const ctx = await effectsContext(io, inputs, root);
    const lockMode = inputs['frozen-lock'] ? 'check' : inputs.lock;
    const fromFile = source !== 'action inputs';
    if (lockMode === 'check')
        await checkLock(root, inputs.config, graph, plan, ctx.state);
    const effects = stageEffects(ctx);
    const run = await runTraining(graph, plan, (stage, upstream) => io.log.group(`stage ${stage.name}`, () => reproduceStage(stage, upstream, effects, { force: inputs.force })), { onError: inputs['keep-going'] ? 'keep-going' : 'fail', log: (line) => io.log.warning(line) });
    const ended = new Date();
    const stageRecords = stageRecordsOf(run, ended);
    if (lockMode === 'write' && fromFile)
        await updateLock(io, inputs.config, graph, stageRecords, ctx.state).catch((error) => io.log.warning(`cannot write mlci.lock: ${(0,core_errors/* messageOf */.bD)(error)}`));
    await ctx.state.save().catch((error) => io.log.warning(`cannot save the hash state: ${String(error)}`));
    const record = buildRunRecord({
        git: {
            commit: io.env.GITHUB_SHA ?? (await headCommit(root)) ?? null,
            ref: io.env.GITHUB_REF ?? (await headRef(root)) ?? null,
        },
        trigger: {
            actor: io.env.GITHUB_ACTOR ?? null,
            event: io.env.GITHUB_EVENT_NAME ?? null,
            runId: io.env.GITHUB_RUN_ID ?? null,
        },
        startedAt: started.toISOString(),
        endedAt: ended.toISOString(),
        durationMs: ended.getTime() - started.getTime(),
        stages: stageRecords,
    });
    await writeFileAtomic((0,external_node_path_.resolve)(root, inputs.record), `${JSON.stringify(record, null, 2)}\n`);
    const outputs = trainOutputs(plan, stageRecords, run.fingerprints, inputs.record);
    for (const [name, value] of Object.entries(outputs))
        io.output(name, value);
    await io.summary(trainSummary(record));
    if (run.error)
        throw run.error;
}


/***/ }),

/***/ 2807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   sc: () => (/* binding */ MlciError)
/* harmony export */ });
/* unused harmony exports formatWhere, isErrorInstance */
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


/***/ }),

/***/ 4673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ linkInside),
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2807);



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

/***/ 7827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials)
/* harmony export */ });
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


/***/ }),

/***/ 8487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ canonicalJson),
  f: () => (/* binding */ sha256Hex)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/core/text/order.js
/**
 * Orders two strings by their UTF-16 code units: the same order on every machine. `localeCompare` orders
 * by the runner's locale (an ä or an uppercase letter moves with LANG) and its first call loads ICU's
 * collation data: 11 ms on Node 24 and 24 ms on Node 20, a twentieth of validating 2 M rows of Parquet.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/core/train/canonical.js


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
        const entries = Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    throw new TypeError(`cannot encode a ${typeof value} canonically`);
}
/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}


/***/ }),

/***/ 8029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ SHELLS),
/* harmony export */   Tp: () => (/* binding */ stageOutputs),
/* harmony export */   cX: () => (/* binding */ STAGE_DEFAULTS),
/* harmony export */   rf: () => (/* binding */ STAGE_NAME)
/* harmony export */ });
/** A stage name: also part of cache keys, so no commas or spaces (actions/cache rejects commas in keys). */
const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/** The shells a stage command can run in; each is spawned with the flags GitHub's `shell:` uses. */
const SHELLS = ['bash', 'sh', 'pwsh', 'powershell', 'cmd'];
/** Every path a stage writes: outs, metrics and plots, in declaration order and without repeats. */
function stageOutputs(stage) {
    return [...new Set([...stage.outs, ...stage.metrics, ...stage.plots])];
}
/** Defaults of a stage's optional fields, each with its reason. */
const STAGE_DEFAULTS = {
    timeout: 0, // no limit of our own: the job's `timeout-minutes` still applies
    seed: 0, // PYTHONHASHSEED=0 disables hash randomisation, the common reproducibility setting
    verify: false, // verifying runs the command twice: opt-in
    wdir: '.',
};


/***/ }),

/***/ 6610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ saveBlockedBy),
/* harmony export */   O0: () => (/* binding */ isPrivilegedEvent),
/* harmony export */   Xm: () => (/* binding */ remoteSaveBlockedBy),
/* harmony export */   Xz: () => (/* binding */ untrustedCheckout)
/* harmony export */ });
/* unused harmony export PRIVILEGED_EVENTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2807);

/**
 * Events whose runs share the default branch's cache scope while they may carry code from a fork:
 * they restore but never save (TRIG-02; reference/reliability-and-security.md §2.2).
 */
const PRIVILEGED_EVENTS = ['pull_request_target', 'issue_comment', 'workflow_run'];
/** Whether `event` (GITHUB_EVENT_NAME) runs with the default branch's secrets and cache scope. */
const isPrivilegedEvent = (event) => PRIVILEGED_EVENTS.includes(event);
/** Why this event may not save to the cache (TRIG-02), or undefined when it may. */
function saveBlockedBy(event) {
    return isPrivilegedEvent(event)
        ? `\`${event}\` runs share the default branch's cache, so they only restore`
        : undefined;
}
/**
 * TRIG-01: the refusal to run training code of a privileged event when the workspace holds another
 * commit than the workflow's (`workflowSha`, GITHUB_SHA), or undefined when it may run. Without either
 * commit there is nothing to compare, and the run goes ahead.
 */
function untrustedCheckout(event, head, workflowSha, refusal = TRAIN_REFUSAL) {
    if (!head || !workflowSha || head === workflowSha)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`refusing to run ${refusal.what} under \`${event}\`: the workspace is at ${head.slice(0, 12)}, not the workflow's commit ${workflowSha.slice(0, 12)}`, { hint: refusal.hint });
}
const TRAIN_REFUSAL = {
    what: 'training code',
    hint: 'run untrusted code in a `pull_request` workflow instead, or set `allow-untrusted-code: true` if you trust it (docs/train.md#permissions)',
};
/**
 * Why a run may not write to a shared remote cache (a registry): a pull request from a fork carries code
 * nobody reviewed, and what it trained would be restored by the base repository's own runs. GitHub keeps
 * the Actions cache apart by scope; a registry has no scopes, so mlci refuses the save itself.
 */
function remoteSaveBlockedBy(event, payload) {
    const privileged = saveBlockedBy(event);
    if (privileged)
        return privileged;
    const pr = payload
        ?.pull_request;
    // pull_request, pull_request_review, pull_request_review_comment: all run a PR head's code.
    if (!pr) {
        return event.startsWith('pull_request')
            ? 'the event payload does not say whether the pull request comes from a fork'
            : undefined;
    }
    const head = pr.head?.repo?.full_name;
    // A deleted fork has head.repo null: as untrusted as a live one.
    if (typeof head !== 'string' || head !== pr.base?.repo?.full_name)
        return 'a pull request from a fork may not write to the shared registry cache';
    return undefined;
}


/***/ }),

/***/ 4617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ hashOutputs),
/* harmony export */   WR: () => (/* binding */ placeOutputs),
/* harmony export */   o$: () => (/* binding */ withinOutputs),
/* harmony export */   rH: () => (/* binding */ removeOutputs)
/* harmony export */ });
/* unused harmony exports linkDigest, listOutputs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var _core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4673);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var _process_hash_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8812);






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

/***/ 8812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yQ: () => (/* binding */ hashFiles),
  hU: () => (/* binding */ startHashing)
});

// UNUSED EXPORTS: hashFileSync

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/platform/process/hash-worker-source.js
// What a hash worker runs, and what it answers: kept apart from the pool that drives it (hash-workers.ts).
// 256 KiB reads: the block is still in the L2 cache when it is hashed after the copy from the page cache
// (a 4 MiB one goes out to L3 or memory). Measured on 1 GB, 2 cores: 2 workers over 1000 files 398 ms
// against 412 ms, one thread over one 300 MiB file 197 against 207 ms; 4096 reads per GB cost nothing seen.
const READ_SIZE = 256 * 1024;
// A worker sends what it hashed at most this often (and when it runs out of files), not once per file: each
// message wakes the main thread, which on a busy machine takes the core from a worker (1000 files of 1 MiB,
// two workers posting one reply per file, loaded machine: 60-300 ms of each worker's wall time went by
// inside postMessage; with the files taken from a shared counter and answered in bulk, ~12 ms).
const REPORT_MS = 100;
// The worker is eval'd source (CommonJS) with no import beyond node:fs and node:crypto: it survives ncc
// bundling as one string and starts without parsing any of the bundle. A batch is every file given in one
// turn of the main thread, biggest first; every worker gets all its paths, and `control` (shared memory)
// holds the next file to take ([0], taken by whichever worker is free: the workers finish together) and,
// per file, 1 once the main thread no longer wants it ([1 + index]: checked before and after every read).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(${READ_SIZE});
parentPort.on('message', ({ batch, paths, control }) => {
  const shared = new Int32Array(control);
  const unwanted = (index) => Atomics.load(shared, 1 + index) === 1;
  let done = [];
  let reported = Date.now();
  const report = (end) => {
    parentPort.postMessage({ batch, done, end });
    done = [];
    reported = Date.now();
  };
  for (let index = Atomics.add(shared, 0, 1); index < paths.length; index = Atomics.add(shared, 0, 1)) {
    if (unwanted(index)) continue;
    let fd;
    try {
      fd = openSync(paths[index], 'r');
      const hash = createHash('sha256');
      let size = 0;
      let n;
      while ((n = readSync(fd, buffer, 0, buffer.length, null)) > 0 && !unwanted(index)) {
        hash.update(buffer.subarray(0, n));
        size += n;
      }
      if (n === 0) done.push([index, hash.digest('hex'), size]);
    } catch (error) {
      done.push([index, null, String((error && error.message) || error)]);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (Date.now() - reported >= ${REPORT_MS}) report(false);
  }
  report(true);
});
`;

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(2807);
;// CONCATENATED MODULE: ./build/platform/process/hash-workers.js





/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
const defaultWorkers = () => Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
let helpBuffer;
// node:crypto is loaded when the main thread first hashes, not with this module: the CLI's entry imports it
// to start a worker before anything else, and loading crypto first (~3 ms) would only delay that worker
// (and `mlci --version`, which shares the entry and hashes nothing).
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
// The main thread hashes blocks for up to this long per turn of its event loop: a turn per block (~0.15 ms)
// would spend more on the loop than on hashing, and 2 ms is still a prompt answer to git's pipes and timers.
const HELP_TURN_MS = 2;
/**
 * SHA-256 worker threads that take files whenever they are given: the files given in one turn of the event
 * loop make a batch, taken biggest first (so one large file does not finish last alone) by whichever worker
 * is free. Idle workers do not keep the process alive (unref'd); busy ones do, until their batches are
 * done. close() ends them; a worker that dies fails every waiting file.
 */
class HashWorkers {
    workers = [];
    /** Files given since the last batch was posted. */
    waiting = [];
    batches = new Map();
    nextBatch = 0;
    failed;
    closing = false;
    mainThreadHelps;
    /** Whether a turn of the main thread's hashing is scheduled, and the file it is in. */
    helpScheduled = false;
    helping;
    constructor(count = defaultWorkers(), options = {}) {
        this.mainThreadHelps = options.mainThreadHelps ?? false;
        this.grow(count);
    }
    /** Starts more workers, up to `count` in all; each joins the batches under way (one can start early). */
    grow(count) {
        while (!this.failed && this.workers.length < count) {
            const worker = this.spawn();
            this.workers.push(worker);
            for (const [id, batch] of this.batches)
                this.send(worker, id, batch);
            this.refresh(worker);
        }
    }
    /**
     * Hashes `path` when a worker is free; `size` (from stat) only orders the work. The files given in this
     * turn are posted at its end, or at flush().
     */
    hash(path, size) {
        let job;
        const result = new Promise((resolve, reject) => {
            job = { path, size, resolve, reject, dropped: false };
        });
        if (this.failed)
            job.reject(this.failed);
        else {
            if (this.waiting.length === 0)
                queueMicrotask(() => this.flush());
            this.waiting.push(job);
        }
        return {
            result,
            drop: () => this.drop(job),
            get dropped() {
                return job.dropped;
            },
        };
    }
    /** Ends every worker; files still waiting or being hashed fail. */
    async close() {
        this.fail(new Error('the hash workers were closed'));
        this.closing = true;
        // Referenced while they end: else, the loop empty, the process would leave before terminate() resolves
        // (an unfinished top-level await: exit code 13).
        await Promise.all(this.workers.map((worker) => {
            worker.ref();
            return worker.terminate();
        }));
    }
    drop(job) {
        if (job.dropped)
            return;
        job.dropped = true;
        // A waiting job is left out of its batch; a posted one is skipped, or stopped at its next read.
        if (job.posted)
            Atomics.store(job.posted.control, 1 + job.posted.index, 1);
        job.reject(new Error(`${job.path}: dropped`));
    }
    /**
     * Posts the files given since the last batch as one batch to every worker, biggest first, now: a caller
     * that goes on with synchronous work (spawning git: 10-30 ms) calls it rather than wait for the turn's end.
     */
    flush() {
        const jobs = this.waiting.filter((job) => !job.dropped).sort((a, b) => b.size - a.size);
        this.waiting = [];
        if (this.failed || jobs.length === 0)
            return;
        const control = new Int32Array(new SharedArrayBuffer((1 + jobs.length) * Int32Array.BYTES_PER_ELEMENT));
        jobs.forEach((job, index) => {
            job.posted = { control, index };
        });
        const id = this.nextBatch++;
        const batch = { jobs, paths: jobs.map((job) => job.path), control, busy: new Set() };
        this.batches.set(id, batch);
        for (const worker of this.workers) {
            this.send(worker, id, batch);
            this.refresh(worker);
        }
        if (this.mainThreadHelps)
            this.scheduleHelp();
    }
    scheduleHelp() {
        if (this.helpScheduled)
            return;
        this.helpScheduled = true;
        setImmediate(() => {
            this.helpScheduled = false;
            const until = performance.now() + HELP_TURN_MS;
            while (this.helpTurn()) {
                if (performance.now() < until)
                    continue;
                this.scheduleHelp();
                return;
            }
        });
    }
    /** One block of the main thread's share; false once no batch has a file left to take. */
    helpTurn() {
        const current = this.helping ?? this.takeFile();
        if (!current)
            return false;
        const { job, fd, hash } = current;
        const finish = (settle) => {
            this.helping = undefined;
            (0,external_node_fs_.closeSync)(fd);
            if (!job.dropped)
                settle();
        };
        if (this.failed || job.dropped) {
            finish(() => undefined);
            return !this.failed;
        }
        try {
            helpBuffer ??= Buffer.allocUnsafe(READ_SIZE);
            const n = (0,external_node_fs_.readSync)(fd, helpBuffer, 0, helpBuffer.length, null);
            if (n === 0)
                finish(() => job.resolve({ sha256: hash.digest('hex'), size: current.size }));
            else {
                hash.update(helpBuffer.subarray(0, n));
                current.size += n;
            }
        }
        catch (error) {
            finish(() => job.reject(new Error(`${job.path}: ${(0,errors/* messageOf */.bD)(error)}`)));
        }
        return true;
    }
    /** The next file of the oldest batch with one left (taken as a worker takes it), opened. */
    takeFile() {
        for (const [id, batch] of this.batches) {
            for (let index = Atomics.add(batch.control, 0, 1); index < batch.jobs.length;) {
                const job = batch.jobs[index];
                if (!job.dropped) {
                    try {
                        this.helping = { job, fd: (0,external_node_fs_.openSync)(job.path, 'r'), hash: sha256(), size: 0 };
                        return this.helping;
                    }
                    catch (error) {
                        job.reject(new Error(`${job.path}: ${(0,errors/* messageOf */.bD)(error)}`));
                    }
                }
                index = Atomics.add(batch.control, 0, 1);
            }
            // Every file taken: without workers to end it, the batch ends here.
            if (batch.busy.size === 0)
                this.batches.delete(id);
        }
        return undefined;
    }
    send(worker, id, batch) {
        batch.busy.add(worker);
        worker.postMessage({ batch: id, paths: batch.paths, control: batch.control.buffer });
    }
    spawn() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        worker.on('message', ({ batch: id, done, end }) => {
            const batch = this.batches.get(id);
            if (!batch)
                return;
            for (const [index, sha256, sizeOrError] of done) {
                const job = batch.jobs[index];
                if (job.dropped)
                    continue;
                if (sha256 === null)
                    job.reject(new Error(`${job.path}: ${sizeOrError}`));
                else
                    job.resolve({ sha256, size: sizeOrError });
            }
            if (!end)
                return;
            // Every file of a batch was taken by some worker, and each answers for its files before it ends.
            batch.busy.delete(worker);
            if (batch.busy.size === 0)
                this.batches.delete(id);
            this.refresh(worker);
        });
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', (code) => this.fail(new Error(`a hash worker exited (code ${code})`)));
        return worker;
    }
    /** A worker with files to hash keeps the process alive; an idle one does not. */
    refresh(worker) {
        if (this.closing)
            return;
        const busy = [...this.batches.values()].some((batch) => batch.busy.has(worker));
        if (busy)
            worker.ref();
        else
            worker.unref();
    }
    fail(error) {
        this.failed ??= error;
        const jobs = [...this.waiting.splice(0), ...[...this.batches.values()].flatMap((batch) => batch.jobs)];
        this.batches.clear();
        for (const worker of this.workers)
            if (!this.closing)
                worker.unref();
        // A job already settled ignores the second settlement; the rest fail with the first error.
        for (const job of jobs)
            job.reject(this.failed);
    }
}
let early;
/** Workers beside a main thread that helps: one core is the main thread's. */
const helpedWorkers = () => Math.max(1, defaultWorkers() - 1);
/**
 * Starts `count` hash workers now (more if some were started before), with the main thread helping, for
 * every later hashing of this process: the CLI starts one before loading a command that will hash, so it
 * starts while the command's modules load and its files are listed, and the command starts the rest (on
 * more than two cores) when its plan needs them.
 */
function startHashWorkers(count = helpedWorkers()) {
    if (early)
        early.grow(count);
    else if (count > 0)
        early = new HashWorkers(count, { mainThreadHelps: true });
}
/** The workers startHashWorkers started, if it did. */
const earlyHashWorkers = () => early;
/** Ends the workers startHashWorkers started (none: nothing to do). */
async function stopHashWorkers() {
    const workers = early;
    early = undefined;
    await workers?.close();
}

;// CONCATENATED MODULE: ./build/platform/process/hash-files.js




let mainBuffer;
/** SHA-256 of one file, read in this thread (for small jobs, where starting workers costs more). */
function hashFileSync(path) {
    mainBuffer ??= Buffer.allocUnsafe(READ_SIZE);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, mainBuffer, 0, mainBuffer.length, null);
            if (n === 0)
                break;
            hash.update(mainBuffer.subarray(0, n));
            size += n;
        }
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    const early = earlyHashWorkers();
    const count = Math.min(helpedWorkers(), files.length - 1);
    early?.grow(count);
    const workers = early ?? new HashWorkers(count, { mainThreadHelps: true });
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

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6452);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
