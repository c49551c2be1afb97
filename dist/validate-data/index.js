import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
__webpack_unused_export__ = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
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

/***/ 1029:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9104);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8803);
/* harmony import */ var _validate_data_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6531);




// The range workers load this same entry (range-worker.ts is in it; what only some runs need, such as ajv
// and hyparquet, is in chunks loaded with `await import()`): only the main thread runs the action.
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread)
    await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .spec */ .I, _validate_data_js__WEBPACK_IMPORTED_MODULE_3__/* .validateData */ .l);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
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
            description: 'Worker threads for large CSV files (0 = one per core, 1 = none). Key checks (unique, primaryKey, uniqueKeys, duplicateRows) of one CSV file run on the workers only when a number of 2 or more is given: that takes more memory (12 bytes a row, and each worker its share of the key table).',
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


/***/ }),

/***/ 6531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/core/errors.js
var core_errors = __nccwpck_require__(2807);
;// CONCATENATED MODULE: ./build/core/report-envelope.js
/**
 * Every capability writes one JSON report with a documented, versioned shape. The next action reads
 * it, and the report action renders any of them: reports are the contract between actions.
 */
const REPORT_KINDS = [
    'mlci/validation-report',
    'mlci/data-profile',
    'mlci/run-record',
    'mlci/comparison-report',
    'mlci/image-report',
    'mlci/release-record',
    'mlci/monitor-report',
];
/** Reads kind and version from a parsed JSON value, or says why it is not an mlci report. */
function readHeader(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a JSON object';
    const { kind, version } = value;
    if (typeof kind !== 'string')
        return 'has no "kind"';
    if (!REPORT_KINDS.includes(kind))
        return `unknown kind "${kind}"`;
    if (typeof version !== 'number' || !Number.isInteger(version))
        return 'has no integer "version"';
    return { kind: kind, version };
}

;// CONCATENATED MODULE: ./build/core/data/profile/profile.js
/** Version of the profile JSON; bumped when a field changes meaning or disappears. */
const PROFILE_VERSION = 1;

;// CONCATENATED MODULE: ./build/core/data/profile/profile-json.js



/**
 * The profile as deterministic text: keys in construction order, two-space indentation, arrays of
 * numbers on one line (KLL levels and bins would otherwise take one line per number).
 */
function formatProfile(profile) {
    return `${format(profile, '')}\n`;
}
function format(value, indent) {
    if (Array.isArray(value)) {
        if (value.every((item) => typeof item === 'number'))
            return JSON.stringify(value);
        if (value.length === 0)
            return '[]';
        const inner = `${indent}  `;
        return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
    }
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).filter(([, item]) => item !== undefined);
        if (entries.length === 0)
            return '{}';
        const inner = `${indent}  `;
        const body = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`);
        return `{\n${body.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value);
}
/**
 * A profile from JSON text, checked enough that merge and drift cannot trip over it. Profiles arrive as
 * artifacts of other jobs (possibly fork PRs): they are data under a shape check, never trusted code.
 */
function parseProfile(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (thrown) {
        throw new core_errors/* DataError */.fL(`not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
            where: { file },
            cause: thrown,
            hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
        });
    }
    const header = readHeader(value);
    const fail = (why) => {
        throw new core_errors/* DataError */.fL(`not an mlci data profile: ${why}`, {
            where: { file },
            hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
        });
    };
    if (typeof header === 'string')
        return fail(header);
    if (header.kind !== 'mlci/data-profile')
        return fail(`its kind is "${header.kind}"`);
    if (header.version !== PROFILE_VERSION) {
        return fail(`profile version ${header.version}, this mlci reads version ${PROFILE_VERSION}`);
    }
    const profile = value;
    if (!isCount(profile.rows) || !isCount(profile.parts))
        return fail('"rows" and "parts" must be counts');
    if (!Array.isArray(profile.columns))
        return fail('"columns" must be an array');
    for (const [i, column] of profile.columns.entries()) {
        const at = `columns[${i}]`;
        if (typeof column !== 'object' || column === null)
            fail(`${at} is not an object`);
        if (typeof column.name !== 'string' || typeof column.type !== 'string')
            return fail(`${at} needs name and type`);
        if (!isCount(column.count) || !isCount(column.nulls))
            return fail(`${at} needs count and nulls`);
        const precision = column.distinct?.precision;
        if (typeof column.distinct?.registers !== 'string' ||
            !isCount(precision) ||
            precision < 4 ||
            precision > 18) {
            return fail(`${at} needs distinct registers of precision 4..18`);
        }
        if (column.kind === 'numeric') {
            const numeric = column.numeric;
            const sketch = numeric?.sketch;
            if (!sketch ||
                !Array.isArray(sketch.levels) ||
                !isCount(sketch.k) ||
                sketch.k < 8 ||
                sketch.k > MAX_K ||
                !isCount(sketch.n) ||
                !numeric.histogram) {
                return fail(`${at} (numeric) needs a sketch (k in 8..${MAX_K}) and a histogram`);
            }
            if (!numeric.sketch.levels.every((level) => Array.isArray(level) && level.every(Number.isFinite))) {
                return fail(`${at} has a sketch level that is not a list of finite numbers`);
            }
            const { edges, counts, bins } = numeric.histogram;
            if (!Array.isArray(edges) || !Array.isArray(counts) || counts.length !== edges.length + 1) {
                return fail(`${at} has a histogram whose counts do not match its edges`);
            }
            if (edges.length > MAX_BINS || (bins !== undefined && (!isCount(bins) || bins > MAX_BINS))) {
                return fail(`${at} has more than ${MAX_BINS} histogram bins`);
            }
            if (!edges.every(Number.isFinite) || !counts.every(isCount)) {
                return fail(`${at} has a histogram with non-numeric edges or counts`);
            }
        }
        else if (column.kind === 'categorical') {
            const values = column.categorical?.values;
            if (!Array.isArray(values) || !values.every((v) => typeof v?.value === 'string' && isCount(v.count))) {
                return fail(`${at} (categorical) needs values as {value, count}`);
            }
        }
        else if (column.kind !== 'other') {
            return fail(`${at} has unknown kind "${String(column.kind)}"`);
        }
    }
    return profile;
}
// Caps on sizes a hostile profile could use to make a merge allocate or loop without end.
const MAX_K = 65_536;
const MAX_BINS = 10_000;
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

;// CONCATENATED MODULE: ./build/core/version.js
/** mlci's own version, written into every report. Kept equal to package.json by a unit test. */
const MLCI_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/core/data/profile/frequent.js
/**
 * Category counts: exact while at most `exactLimit` distinct values have been seen, then a Misra–Gries
 * summary of `capacity` counters ("Finding repeated elements", 1982). Each kept count is too low by at
 * most `undercount` ≤ (n − kept sum) / (capacity + 1), and two summaries merge with the same bound
 * (Agarwal et al., "Mergeable Summaries", 2012): add the counters, then subtract the (capacity+1)-th
 * largest count from all.
 */
class FrequentValues {
    exactLimit;
    capacity;
    // Counts live in a small mutable slot per value, so a repeated value costs one hash lookup, not two.
    counts = new Map();
    inexact = false;
    undercountTotal = 0;
    constructor(exactLimit, capacity) {
        this.exactLimit = exactLimit;
        this.capacity = capacity;
    }
    get exact() {
        return !this.inexact;
    }
    get undercount() {
        return this.undercountTotal;
    }
    /**
     * Counts one value (weight 1 on the hot path; merged counters come with their weights). Returns
     * false when the value already had a counter, so callers can skip work done once per value.
     */
    add(value, weight = 1) {
        const counts = this.counts;
        const slot = counts.get(value);
        if (slot !== undefined) {
            slot.count += weight;
            return false;
        }
        counts.set(value, { count: weight });
        // Twice the capacity before reducing: each reduction then frees at least `capacity` counters, so
        // a stream of unique values costs O(log capacity) per value, not a sort per value.
        if (counts.size > (this.inexact ? 2 * this.capacity : this.exactLimit))
            this.reduce();
        return true;
    }
    /** Adds another summary's counters and its undercount bound. */
    merge(values, exact, undercount) {
        if (!exact)
            this.inexact = true;
        this.undercountTotal += undercount;
        for (const { value, count } of values)
            this.add(value, count);
        if (this.inexact && this.counts.size > 2 * this.capacity)
            this.reduce();
    }
    /** Counters sorted by count (descending), then value, so the profile bytes are deterministic. */
    sorted() {
        if (this.inexact && this.counts.size > this.capacity)
            this.reduce();
        return [...this.counts]
            .map(([value, slot]) => ({ value, count: slot.count }))
            .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    /**
     * Misra–Gries reduction: subtract the (capacity+1)-th largest count from every counter and drop the
     * ones left at zero or below. Leaves at most `capacity` counters.
     */
    reduce() {
        this.inexact = true;
        if (this.counts.size <= this.capacity)
            return;
        const ordered = [...this.counts.values()].map((slot) => slot.count).sort((a, b) => b - a);
        const cut = ordered[this.capacity];
        this.undercountTotal += cut;
        for (const [value, slot] of this.counts) {
            if (slot.count <= cut)
                this.counts.delete(value);
            else
                slot.count -= cut;
        }
    }
}

;// CONCATENATED MODULE: ./build/core/data/profile/hash.js
// Hashes for the distinct-count sketch. Numbers hash their float64 bits through one shared scratch
// view, so the hot path allocates nothing; -0 is folded into 0 first (they are the same value).
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** Two independent 32-bit hashes of a number, written into `out` (no allocation). */
function hashNumber(value, out) {
    scratch[0] = value === 0 ? 0 : value;
    const lo = words[0];
    const hi = words[1];
    out[0] = fmix32(Math.imul(lo, 0x9e3779b1) ^ hi);
    out[1] = fmix32(Math.imul(hi ^ 0x27d4eb2f, 0x85ebca77) ^ lo ^ 0x165667b1);
}
/** Two independent 32-bit hashes of a string's UTF-16 code units, written into `out`. */
function hashString(value, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x1b873593 ^ value.length;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    out[0] = fmix32(h1);
    out[1] = fmix32(h2 ^ h1);
}

// EXTERNAL MODULE: ./build/core/data/profile/hll.js
var hll = __nccwpck_require__(5961);
;// CONCATENATED MODULE: ./build/core/data/profile/categorical-column.js



// Longer values are counted by their first 200 code units, so one 10 MB cell cannot become a 10 MB
// map key in every shard's profile. The distinct estimate still hashes the whole value.
const MAX_KEY = 200;
const hashes = new Uint32Array(2);
/** The running state of a string-like column: exact counts, then Misra–Gries; HLL; value lengths. */
class CategoricalColumn {
    name;
    type;
    kind;
    settings;
    nulls = 0;
    count = 0;
    minLength = Infinity;
    maxLength = -1;
    values;
    distinct;
    constructor(name, type, kind, settings) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.settings = settings;
        this.values = new FrequentValues(settings.exactCategories, settings.topKCapacity);
        this.distinct = new hll/* HyperLogLog */.l(settings.hllPrecision);
    }
    add(value) {
        if (value === null) {
            this.nulls++;
            return;
        }
        const text = typeof value === 'string' ? value : String(value);
        this.count++;
        const length = text.length;
        if (length < this.minLength)
            this.minLength = length;
        if (length > this.maxLength)
            this.maxLength = length;
        // A value that already has a counter was hashed into the HLL when it got it (HLL ignores repeats),
        // so only new values and truncated long ones are hashed: most cells of a category column skip it.
        const isNew = this.kind !== 'categorical' || this.values.add(length > MAX_KEY ? `${text.slice(0, MAX_KEY)}…` : text);
        if (isNew || length > MAX_KEY) {
            hashString(text, hashes);
            this.distinct.addHash(hashes[0], hashes[1]);
        }
    }
    result() {
        return categoricalProfile(this);
    }
}
/** The profile JSON of a categorical (or other) column. */
function categoricalProfile(state) {
    const values = state.values.sorted();
    const listed = values.reduce((sum, { count }) => sum + count, 0);
    const base = {
        name: state.name,
        type: state.type,
        kind: state.kind,
        count: state.count,
        nulls: state.nulls,
        distinct: {
            estimate: state.distinct.estimate(),
            precision: state.distinct.precision,
            registers: state.distinct.encode(),
        },
    };
    if (state.kind !== 'categorical')
        return base;
    return {
        ...base,
        categorical: {
            exact: state.values.exact,
            values,
            other: state.count - listed,
            maxUndercount: state.values.undercount,
            capacity: state.values.capacity,
            length: {
                min: state.count === 0 ? null : state.minLength,
                max: state.count === 0 ? null : state.maxLength,
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/core/data/profile/column-kind.js
// validate-data hands time, yearmonth and duration over as numbers (ms since midnight, epoch ms of the
// month's first day, ms), so they are profiled as numbers too.
const NUMERIC = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const TEMPORAL = new Set(['date', 'datetime']);
const OTHER = new Set(['object', 'array', 'list', 'geojson', 'geopoint']);
/** How a Table Schema type is profiled: numbers and dates by moments and sketch, strings by counts. */
function kindOf(type) {
    if (NUMERIC.has(type))
        return 'numeric';
    if (OTHER.has(type))
        return 'other';
    return 'categorical';
}
/** Dates and datetimes are profiled as milliseconds since the epoch. */
function isTemporal(type) {
    return TEMPORAL.has(type);
}

// EXTERNAL MODULE: ./build/core/data/profile/histogram.js
var profile_histogram = __nccwpck_require__(7751);
// EXTERNAL MODULE: ./build/core/data/profile/kll.js
var kll = __nccwpck_require__(8256);
;// CONCATENATED MODULE: ./build/core/data/profile/numeric-column.js




const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const numeric_column_hashes = new Uint32Array(2);
/**
 * The running state of a numeric (or date) column. Welford's update keeps mean and M2 stable on a
 * long stream; two states combine with Chan et al.'s formula (see merge.ts). Everything the hot path
 * touches is a number field or a typed array: `add` allocates nothing.
 */
class NumericColumn {
    name;
    type;
    temporal;
    settings;
    nulls = 0;
    nan = 0;
    infinite = 0;
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    sketch;
    distinct;
    edges;
    binCounts;
    constructor(name, type, temporal, settings, referenceEdges) {
        this.name = name;
        this.type = type;
        this.temporal = temporal;
        this.settings = settings;
        this.sketch = new kll/* KllSketch */.gu(settings.quantileK);
        this.distinct = new hll/* HyperLogLog */.l(settings.hllPrecision);
        if (referenceEdges) {
            this.edges = Float64Array.from(referenceEdges);
            this.binCounts = new Float64Array(referenceEdges.length + 1);
        }
    }
    add(value) {
        if (value === null) {
            this.nulls++;
            return;
        }
        const x = typeof value === 'number'
            ? value
            : typeof value === 'boolean'
                ? +value
                : this.temporal
                    ? Date.parse(value)
                    : Number(value);
        if (Number.isNaN(x)) {
            this.nan++;
            return;
        }
        if (x === Infinity || x === -Infinity) {
            this.infinite++;
            return;
        }
        const n = ++this.n;
        const delta = x - this.mean;
        this.mean += delta / n;
        this.m2 += delta * (x - this.mean);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        this.sketch.add(x);
        hashNumber(x, numeric_column_hashes);
        this.distinct.addHash(numeric_column_hashes[0], numeric_column_hashes[1]);
        if (this.binCounts)
            this.binCounts[(0,profile_histogram/* binOf */.jU)(this.edges, x)]++;
    }
    result() {
        const sketch = this.sketch.state();
        const histogram = this.binCounts
            ? { edges: Array.from(this.edges), counts: Array.from(this.binCounts), exact: true }
            : (0,profile_histogram/* histogramFromSketch */.r5)(sketch, (0,profile_histogram/* equalFrequencyEdges */.j4)(sketch, this.settings.bins), this.settings.bins);
        return numericProfile(this, sketch, histogram);
    }
}
/** The profile JSON of a numeric column. */
function numericProfile(m, sketch, histogram) {
    const empty = m.n === 0;
    const quantiles = {};
    for (const q of QUANTILES) {
        const value = (0,kll/* quantile */.YV)(sketch, q);
        if (value !== null)
            quantiles[`p${String(Math.round(q * 100)).padStart(2, '0')}`] = value;
    }
    const numeric = {
        min: empty ? null : m.min,
        max: empty ? null : m.max,
        mean: empty ? null : m.mean,
        m2: m.m2,
        std: empty ? null : Math.sqrt(m.m2 / m.n),
        nan: m.nan,
        infinite: m.infinite,
        ...(m.temporal ? { unit: 'epoch-ms' } : {}),
        quantiles,
        sketch,
        histogram,
    };
    return {
        name: m.name,
        type: m.type,
        kind: 'numeric',
        count: m.n + m.nan + m.infinite,
        nulls: m.nulls,
        distinct: {
            estimate: m.distinct.estimate(),
            precision: m.distinct.precision,
            registers: m.distinct.encode(),
        },
        numeric,
    };
}

;// CONCATENATED MODULE: ./build/core/data/profile/merge.js










/**
 * Combines two partial profiles of shards of one table into the profile of the whole: counts add,
 * min/max combine, (n, mean, M2) merge by Chan's formula, HLL registers by max, KLL and Misra–Gries
 * by their merge rules. Counts, nulls, min/max and registers equal one pass exactly; mean and std to
 * floating-point rounding; quantiles, histograms and top-k within the sketches' bounds.
 */
function mergeProfiles(a, b) {
    const names = (p) => p.columns.map((c) => c.name).join(', ');
    if (names(a) !== names(b)) {
        throw new core_errors/* DataError */.fL(`cannot merge profiles of different tables: columns [${names(a)}] vs [${names(b)}]`, {
            hint: 'merge only the partial profiles of shards of the same table (same schema, same column order)',
        });
    }
    return {
        kind: 'mlci/data-profile',
        version: PROFILE_VERSION,
        tool: { name: 'mlci', version: MLCI_VERSION },
        rows: a.rows + b.rows,
        parts: a.parts + b.parts,
        columns: a.columns.map((column, i) => mergeColumn(column, b.columns[i])),
    };
}
function mergeColumn(a, b) {
    if (a.type !== b.type || a.kind !== b.kind || a.distinct.precision !== b.distinct.precision) {
        throw new core_errors/* DataError */.fL(`cannot merge column "${a.name}": profiled as ${a.type}/${a.kind} (HLL p=${a.distinct.precision}) and ${b.type}/${b.kind} (HLL p=${b.distinct.precision})`, { hint: 'profile every shard with the same schema and the same mlci version' });
    }
    const distinct = hll/* HyperLogLog */.l.decode(a.distinct.precision, a.distinct.registers, a.name);
    distinct.mergeRegisters(hll/* HyperLogLog */.l.decode(b.distinct.precision, b.distinct.registers, b.name).registers);
    if (a.numeric && b.numeric)
        return mergeNumeric(a, a.numeric, b, b.numeric, distinct);
    const values = new FrequentValues(Number.MAX_SAFE_INTEGER, a.categorical?.capacity ?? 0);
    const ca = a.categorical;
    const cb = b.categorical;
    if (ca && cb) {
        if (ca.capacity !== cb.capacity) {
            throw new core_errors/* DataError */.fL(`cannot merge column "${a.name}": top-k capacities ${ca.capacity} and ${cb.capacity}`);
        }
        values.merge(ca.values, ca.exact, ca.maxUndercount);
        values.merge(cb.values, cb.exact, cb.maxUndercount);
    }
    const lengths = [ca?.length, cb?.length].filter((l) => l && l.min !== null);
    return categoricalProfile({
        name: a.name,
        type: a.type,
        kind: a.kind,
        nulls: a.nulls + b.nulls,
        count: a.count + b.count,
        minLength: Math.min(...lengths.map((l) => l.min)),
        maxLength: Math.max(-1, ...lengths.map((l) => l.max)),
        values,
        distinct,
    });
}
function mergeNumeric(a, na, b, nb, distinct) {
    const finiteA = na.sketch.n;
    const finiteB = nb.sketch.n;
    const n = finiteA + finiteB;
    const meanA = na.mean ?? 0;
    const meanB = nb.mean ?? 0;
    // Chan, Golub, LeVeque (1979): the pairwise update of (n, mean, M2).
    const delta = meanB - meanA;
    const mean = n === 0 ? 0 : meanA + (delta * finiteB) / n;
    const m2 = n === 0 ? 0 : na.m2 + nb.m2 + (delta * delta * finiteA * finiteB) / n;
    if (na.sketch.k !== nb.sketch.k) {
        throw new core_errors/* DataError */.fL(`cannot merge column "${a.name}": quantile sketches of k=${na.sketch.k} and k=${nb.sketch.k}`, {
            hint: 'profile every shard with the same mlci version and settings',
        });
    }
    const sketch = kll/* KllSketch */.gu.from(na.sketch);
    sketch.merge(nb.sketch);
    const state = sketch.state();
    return numericProfile({
        name: a.name,
        type: a.type,
        temporal: isTemporal(a.type),
        nulls: a.nulls + b.nulls,
        nan: na.nan + nb.nan,
        infinite: na.infinite + nb.infinite,
        n,
        mean,
        m2,
        min: Math.min(na.min ?? Infinity, nb.min ?? Infinity),
        max: Math.max(na.max ?? -Infinity, nb.max ?? -Infinity),
        distinct,
    }, state, mergeHistograms(na.histogram, nb.histogram, state));
}
/** Exact bins add when both shards counted on the same (reference) edges; otherwise re-read the sketch. */
function mergeHistograms(a, b, sketch) {
    if (a.exact && b.exact && (0,profile_histogram/* sameEdges */.bs)(a.edges, b.edges)) {
        return { edges: [...a.edges], counts: a.counts.map((count, i) => count + b.counts[i]), exact: true };
    }
    if (a.exact || b.exact)
        return (0,profile_histogram/* histogramFromSketch */.r5)(sketch, a.exact ? a.edges : b.edges);
    const bins = Math.max(a.bins ?? a.counts.length, b.bins ?? b.counts.length);
    return (0,profile_histogram/* histogramFromSketch */.r5)(sketch, (0,profile_histogram/* equalFrequencyEdges */.j4)(sketch, bins), bins);
}

;// CONCATENATED MODULE: ./build/core/data/profile/profiler.js





/** Re-exported: the agreed interface names profiler.ts as its home. */

// Defaults, each with its reason.
const DEFAULTS = {
    quantileK: 200, // DataSketches' default: ≈1.65 % normalised rank error at 99 % confidence
    hllPrecision: 12, // 4096 one-byte registers per column, 1.6 % standard error
    exactCategories: 1000, // label and category columns stay exact; free text falls to Misra–Gries
    topKCapacity: 256, // undercount ≤ n/257 per value once inexact
    bins: 20, // Sturges gives ≈24 bins at 10 M rows (Evidently); 20 quantile bins of 5 % each
};
/** A profiler for a table with these columns. */
function createProfiler(fields, options = {}) {
    const settings = {
        quantileK: options.quantileK ?? DEFAULTS.quantileK,
        hllPrecision: options.hllPrecision ?? DEFAULTS.hllPrecision,
        exactCategories: options.exactCategories ?? DEFAULTS.exactCategories,
        topKCapacity: options.topKCapacity ?? DEFAULTS.topKCapacity,
        bins: options.bins ?? DEFAULTS.bins,
    };
    const referenceEdges = new Map();
    for (const column of options.reference?.columns ?? []) {
        if (column.numeric)
            referenceEdges.set(column.name, column.numeric.histogram.edges);
    }
    const columns = fields.map((field) => {
        const kind = kindOf(field.type);
        return kind === 'numeric'
            ? new NumericColumn(field.name, field.type, isTemporal(field.type), settings, referenceEdges.get(field.name))
            : new CategoricalColumn(field.name, field.type, kind, settings);
    });
    let rows = 0;
    return {
        add: (index, value) => columns[index].add(value),
        endRow: () => {
            rows++;
        },
        result: () => ({
            kind: 'mlci/data-profile',
            version: PROFILE_VERSION,
            tool: { name: 'mlci', version: MLCI_VERSION },
            rows,
            parts: 1,
            columns: columns.map((column) => column.result()),
        }),
    };
}

;// CONCATENATED MODULE: ./build/core/data/validate/report.js

const CELL_TYPES = new Set(['type-error', 'constraint-error']);
/**
 * Builds the report. Cell errors of columns whose `mostly` check passed become warnings; a failed table
 * check or drifted column is an error of its own type (row-count, null-rate, label-balance, drift).
 */
function buildReport(input) {
    const tolerated = new Set(input.checks.filter((c) => c.check === 'mostly' && c.passed).map((c) => c.field));
    const counts = {};
    const errors = [];
    const warnings = [];
    let warningCount = 0;
    const toleratedCounts = new Map();
    for (const field of input.fields) {
        if (!tolerated.has(field.name))
            continue;
        toleratedCounts.set('type-error', (toleratedCounts.get('type-error') ?? 0) + field.typeErrors);
        toleratedCounts.set('constraint-error', (toleratedCounts.get('constraint-error') ?? 0) + field.constraintErrors);
        warningCount += field.typeErrors + field.constraintErrors;
    }
    let truncated = false;
    for (const [type, count] of [...input.errors.counts].sort(([a], [b]) => a.localeCompare(b))) {
        const samples = input.errors.samples.get(type) ?? [];
        if (count > samples.length)
            truncated = true;
        const kept = count - (toleratedCounts.get(type) ?? 0);
        if (kept > 0)
            counts[type] = kept;
        for (const sample of samples) {
            if (CELL_TYPES.has(sample.type) && sample.field !== undefined && tolerated.has(sample.field))
                warnings.push(sample);
            else
                errors.push(sample);
        }
    }
    const fileOrder = new Map(input.files.map((file, i) => [file.path, i]));
    const position = (e) => [fileOrder.get(e.file ?? '') ?? -1, e.row ?? 0, e.column ?? 0];
    const byPosition = (a, b) => {
        const [pa, pb] = [position(a), position(b)];
        return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2] || a.type.localeCompare(b.type);
    };
    errors.sort(byPosition);
    warnings.sort(byPosition);
    for (const check of input.checks) {
        if (check.passed || check.check === 'mostly')
            continue;
        counts[check.check] = (counts[check.check] ?? 0) + 1;
        errors.push({ type: check.check, field: check.field, message: check.message });
    }
    for (const check of input.checks) {
        if (check.check !== 'mostly' || check.passed)
            continue;
        counts.mostly = (counts.mostly ?? 0) + 1;
        errors.push({ type: 'mostly', field: check.field, message: check.message });
    }
    for (const column of input.drift?.columns ?? []) {
        if (!column.drifted)
            continue;
        counts.drift = (counts.drift ?? 0) + 1;
        errors.push({
            type: 'drift',
            field: column.column,
            message: `${column.column}: ${column.reasons.join('; ')}`,
        });
    }
    const errorCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const rows = input.files.reduce((sum, f) => sum + f.rows, 0);
    const bytes = input.files.reduce((sum, f) => sum + f.bytes, 0);
    return {
        kind: 'mlci/validation-report',
        version: 1,
        tool: { name: 'mlci', version: MLCI_VERSION },
        valid: errorCount === 0,
        files: input.files,
        stats: { rows, bytes, durationMs: Math.round(input.durationMs), files: input.files.length },
        errorCount,
        errorCounts: counts,
        errors,
        truncated,
        samplesPerType: input.errors.perType,
        warningCount,
        warnings,
        checks: input.checks,
        fields: input.fields,
        profile: input.profile,
        drift: input.drift,
        schemaDiff: input.schemaDiff,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./build/platform/data/files.js



const MAGIC = /[*?[{]/;
/** `*`, `**`, `?`, `[abc]` and `{a,b}` as a regular expression over `/`-separated paths. */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*' && glob[i + 1] === '*') {
            source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '{') {
            const close = glob.indexOf('}', i);
            if (close === -1)
                source += '\\{';
            else {
                source += `(?:${glob
                    .slice(i + 1, close)
                    .split(',')
                    .map(escapeRegExp)
                    .join('|')})`;
                i = close;
            }
        }
        else if (ch === '[') {
            const close = glob.indexOf(']', i);
            source += close === -1 ? '\\[' : glob.slice(i, close + 1);
            if (close !== -1)
                i = close;
        }
        else
            source += escapeRegExp(ch);
    }
    return new RegExp(`^${source}$`);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function walk(dir, out) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            walk(path, out);
        else if (entry.isFile())
            out.push(path);
    }
}
/**
 * Expands the `data` input (paths and globs, one per line) to files, sorted within each pattern so that
 * shard order, and so row numbers and error samples, are the same on every runner OS.
 */
function resolveDataFiles(patterns, cwd) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        const normalised = pattern.split(external_node_path_.sep).join('/');
        const matches = [];
        if (!MAGIC.test(normalised))
            matches.push((0,external_node_path_.resolve)(cwd, pattern));
        else {
            const parts = normalised.split('/');
            const staticParts = parts.slice(0, parts.findIndex((part) => MAGIC.test(part)));
            const base = (0,external_node_path_.resolve)(cwd, staticParts.join('/') || '.');
            const re = globToRegExp((0,external_node_path_.resolve)(cwd, normalised).split(external_node_path_.sep).join('/'));
            const all = [];
            try {
                walk(base, all);
            }
            catch {
                // A missing base directory is the same as no match, reported below.
            }
            matches.push(...all.filter((file) => re.test(file.split(external_node_path_.sep).join('/'))).sort());
            if (matches.length === 0)
                throw new core_errors/* UsageError */.eb(`no file matches "${pattern}"`, { hint: `looked under ${base}` });
        }
        for (const absolute of matches) {
            if (seen.has(absolute))
                continue;
            seen.add(absolute);
            let bytes;
            try {
                const stat = (0,external_node_fs_.statSync)(absolute);
                if (!stat.isFile())
                    throw new core_errors/* UsageError */.eb(`${pattern} is not a file`);
                bytes = stat.size;
            }
            catch (thrown) {
                if (thrown instanceof core_errors/* UsageError */.eb)
                    throw thrown;
                throw new core_errors/* UsageError */.eb(`cannot read data file ${pattern}: ${thrown.code ?? String(thrown)}`, {
                    hint: 'check the path; relative paths are resolved against the workspace',
                });
            }
            const path = (0,external_node_path_.isAbsolute)(pattern) && !MAGIC.test(pattern) ? pattern : (0,external_node_path_.relative)(cwd, absolute).split(external_node_path_.sep).join('/');
            files.push({ path, absolute, bytes });
        }
    }
    return files;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
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
/** A temp name beside `path` (same directory, so the rename is atomic), hidden and unique. */
function tempPathFor(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
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
async function writeStreamAtomic(path, write) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,external_node_stream_promises_namespaceObject.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        const handle = await (0,promises_.open)(temp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
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
    await fsyncDirectory((0,external_node_path_.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    });
}

;// CONCATENATED MODULE: ./build/core/fs/link-rule.js



/** True when `path` is `root` or below it (both absolute, already real). */
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * The one link rule (DESIGN.md, trust boundaries), shared by build-image's sources and train's outputs:
 * a symbolic link whose target resolves (through every further link) outside `root` is a usage error
 * naming the link, so no file reached through a link — a credentials file, /etc — is ever packed into an
 * image or a cache entry. A link that stays inside is returned for the caller to keep as a link (or, where
 * it cannot be, to copy its target). `root` must be a real path; `shown` is how the error names the link.
 */
async function linkInside(absolute, root, shown, rootName = 'the workspace') {
    const target = await readlink(absolute);
    // A dangling link has no real path: judge the path it names.
    const resolved = await realpath(absolute).catch(() => resolve(dirname(absolute), target));
    if (!isInside(root, resolved)) {
        throw new UsageError(`symlink "${shown}" points outside ${rootName} (to ${target})`, {
            hint: 'a link may only point inside the workspace; copy the target in or remove the link',
        });
    }
    return { target, resolved };
}

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
        if (!isInside(workspace, input.real))
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

;// CONCATENATED MODULE: ./build/actions/validate-data/annotations.js
/**
 * GitHub shows at most 10 error and 10 warning annotations per step (reference/actions-runtime.md §6.1).
 * One error annotation is kept for the step's own failure message, so 9 go to data errors; the rest
 * are in the job summary table and the JSON report.
 */
const ANNOTATION_LIMITS = { errors: 9, warnings: 10 };
function props(error) {
    const file = error.file || undefined;
    return {
        title: `${error.type}${error.field ? ` (${error.field})` : ''}`,
        where: file ? { file, line: error.line ?? error.row } : undefined,
    };
}
/** Annotates the first errors and warnings on the data file at the failing row. */
function annotate(report, log) {
    for (const error of report.errors.slice(0, ANNOTATION_LIMITS.errors))
        log.error(error.message, props(error));
    for (const warning of report.warnings.slice(0, ANNOTATION_LIMITS.warnings))
        log.warning(warning.message, props(warning));
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

;// CONCATENATED MODULE: ./build/actions/validate-data/inputs.js


const DELIMITER_NAMES = new Set(['tab', '\\t', 'comma', 'semicolon', 'pipe']);
/** The only place validate-data reads its inputs. */
function getValidateDataInputs(read) {
    const data = readList(read, 'data');
    const datapackage = readString(read, 'datapackage');
    if (data.length === 0 && !datapackage)
        throw new core_errors/* UsageError */.eb('input `data` is required', {
            hint: 'give data files or globs: `with: data: data/*.csv`, or `mlci validate data.csv`',
        });
    if (datapackage) {
        const extra = ['data', 'schema', 'profile', 'reference-profile', 'base-ref', 'format', 'delimiter'].find((name) => readString(read, name) !== undefined);
        if (extra)
            throw new core_errors/* UsageError */.eb(`input \`${extra}\` cannot be combined with \`datapackage\``, {
                hint: 'the data package gives each resource its paths, schema, format and dialect',
            });
    }
    // A raw TAB would be trimmed away as whitespace: read the delimiter untrimmed.
    const rawDelimiter = read.get('delimiter');
    const delimiter = rawDelimiter === '\t' ? '\t' : rawDelimiter?.trim() || undefined;
    if (delimiter !== undefined &&
        !DELIMITER_NAMES.has(delimiter) &&
        (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127))
        throw new core_errors/* UsageError */.eb(`input \`delimiter\` must be one ASCII character (or tab, comma, semicolon, pipe), got "${delimiter}"`);
    if (delimiter === '"' || delimiter === '\n' || delimiter === '\r')
        throw new core_errors/* UsageError */.eb(`input \`delimiter\` cannot be a quote or a line break`);
    return {
        data,
        datapackage,
        schema: readString(read, 'schema'),
        format: readString(read, 'format'),
        delimiter,
        header: readBoolean(read, 'header', true),
        checks: readString(read, 'checks'),
        'reference-profile': readString(read, 'reference-profile'),
        profile: readString(read, 'profile'),
        report: readString(read, 'report', 'mlci-validation-report.json'),
        'max-errors': readNumber(read, 'max-errors', 100, { min: 1, max: 100_000, integer: true }),
        workers: readNumber(read, 'workers', 0, { min: 0, max: 64, integer: true }),
        'fail-on-error': readBoolean(read, 'fail-on-error', true),
        'base-ref': readString(read, 'base-ref'),
        'fail-on-schema-change': readBoolean(read, 'fail-on-schema-change', false),
    };
}
/** The default of `base-ref`: the PR's base branch (GITHUB_BASE_REF) on pull_request* runs, else none. */
function pullRequestBase(env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const base = env.GITHUB_BASE_REF?.trim();
    return event.startsWith('pull_request') && base ? base : undefined;
}

;// CONCATENATED MODULE: ./build/core/data/schema-diff/schema-diff.js
const SCHEMA_KEYS = ['primaryKey', 'uniqueKeys', 'foreignKeys', 'missingValues', 'fieldsMatch'];
/**
 * Columns added, removed and retyped, and constraints changed, from `base` to `head`. Pure: both
 * schemas are parsed values. A type with a non-default format reads `type/format` (`string/email`).
 */
function diffSchemas(base, head) {
    const before = new Map(base.fields.map((field) => [field.name, field]));
    const after = new Map(head.fields.map((field) => [field.name, field]));
    const added = head.fields
        .filter((f) => !before.has(f.name))
        .map((f) => ({ name: f.name, type: typeOf(f) }));
    const removed = base.fields
        .filter((f) => !after.has(f.name))
        .map((f) => ({ name: f.name, type: typeOf(f) }));
    const retyped = [];
    const constraints = [];
    for (const field of head.fields) {
        const old = before.get(field.name);
        if (!old)
            continue;
        if (typeOf(old) !== typeOf(field))
            retyped.push({ name: field.name, from: typeOf(old), to: typeOf(field) });
        const was = (old.constraints ?? {});
        const now = (field.constraints ?? {});
        for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
            const from = was[key];
            const to = now[key];
            if (!sameValue(from, to))
                constraints.push({ field: field.name, key, from, to });
        }
    }
    for (const key of SCHEMA_KEYS) {
        const from = normaliseKey(key, base[key]);
        const to = normaliseKey(key, head[key]);
        if (!sameValue(from, to))
            constraints.push({ key, from, to });
    }
    const common = (fields, other) => fields.filter((f) => other.has(f.name)).map((f) => f.name);
    const reordered = common(base.fields, after).join('\n') !== common(head.fields, before).join('\n');
    const changed = added.length + removed.length + retyped.length + constraints.length > 0 || reordered;
    return { added, removed, retyped, constraints, reordered, changed };
}
function typeOf(field) {
    const type = field.type ?? 'any';
    const format = field.format?.replace(/^fmt:/, '');
    return format && format !== 'default' ? `${type}/${format}` : type;
}
// Defaults and v1 forms compare equal to their v2 spelling: no primaryKey = [], "id" = ["id"].
function normaliseKey(key, value) {
    if (key === 'primaryKey')
        return typeof value === 'string' ? [value] : (value ?? []);
    if (key === 'missingValues')
        return value ?? [''];
    if (key === 'fieldsMatch')
        return value ?? 'exact';
    return value ?? [];
}
/** Deep equality of JSON values (object key order ignored). */
function sameValue(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    if (value === undefined)
        return 'undefined';
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** One plain-text line per change, for a log or (escaped) a job summary. */
function describeSchemaDiff(diff) {
    const show = (value) => (value === undefined ? '(none)' : JSON.stringify(value));
    return [
        ...diff.added.map((f) => `added column "${f.name}" (${f.type})`),
        ...diff.removed.map((f) => `removed column "${f.name}" (${f.type})`),
        ...diff.retyped.map((f) => `column "${f.name}" retyped: ${f.from} -> ${f.to}`),
        ...diff.constraints.map((c) => c.field === undefined
            ? `${c.key} changed: ${show(c.from)} -> ${show(c.to)}`
            : `column "${c.field}" constraint ${c.key}: ${show(c.from)} -> ${show(c.to)}`),
        ...(diff.reordered ? ['columns reordered'] : []),
    ];
}

;// CONCATENATED MODULE: ./build/core/data/schema-diff/profile-schema.js
/** The columns of a profile as a schema (names and types only), so two profiles can be diffed too. */
function schemaOfProfile(profile) {
    return { fields: profile.columns.map((column) => ({ name: column.name, type: column.type })) };
}

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

;// CONCATENATED MODULE: ./build/core/data/cast/regex-safety.js
/**
 * Finds a repetition nested in a repeated group (`(a+)+`, `(\w*)*`, `(x+y?){2,}`): the shape behind
 * catastrophic backtracking in JavaScript's engine (`/^(0+)+$/` takes 1.7 s on 26 characters,
 * reference/reliability-and-security.md §4.2). A schema may come from a pull request, so such a pattern is
 * refused when the schema loads rather than left to hang a job. Returns the offending group's text, or
 * undefined. Overlapping alternatives (`(a|a)*`) are not detected: a known limit of this check.
 */
function nestedQuantifier(pattern) {
    const stack = [];
    let i = 0;
    const quantifierAt = (at) => {
        const ch = pattern[at];
        if (ch === '*' || ch === '+')
            return { unbounded: true, length: 1 };
        if (ch === '?')
            return { unbounded: false, length: 1 };
        if (ch === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
            if (!m)
                return undefined;
            const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
            return { unbounded: max > 1, length: m[0].length };
        }
        return undefined;
    };
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '\\') {
            i += 2;
        }
        else if (ch === '[') {
            i++;
            while (i < pattern.length && pattern[i] !== ']')
                i += pattern[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (ch === '(') {
            stack.push({ start: i, repeats: false });
            i++;
            continue;
        }
        else if (ch === ')') {
            const group = stack.pop();
            i++;
            const q = quantifierAt(i);
            if (group && q?.unbounded && group.repeats)
                return pattern.slice(group.start, i + q.length);
            if (group && stack.length > 0 && (group.repeats || q?.unbounded))
                stack.at(-1).repeats = true;
            if (q)
                i += q.length;
            continue;
        }
        else
            i++;
        const q = quantifierAt(i);
        if (q) {
            if (q.unbounded && stack.length > 0)
                stack.at(-1).repeats = true;
            i += q.length;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/core/data/table-schema/short-form.js
const ALIASES = {
    int: 'integer',
    float: 'number',
    double: 'number',
    bool: 'boolean',
    str: 'string',
    text: 'string',
    timestamp: 'datetime',
};
const STRING_FORMATS = ['email', 'uri', 'uuid', 'binary'];
const OPS = {
    '>=': 'minimum',
    '>': 'exclusiveMinimum',
    '<=': 'maximum',
    '<': 'exclusiveMaximum',
};
const HINT = 'write e.g. `amount: number! >= 0`, `score: number 0..1`, `code: string /[A-Z]{3}/`, `kind: [a, b]`';
/** True for the short YAML form: `columns:` instead of `fields:`. */
function isShortForm(value) {
    return value.columns !== undefined && value.fields === undefined;
}
/**
 * Compiles the short form to a Table Schema descriptor:
 *
 *   columns:
 *     id: integer! unique          -> {name: id, type: integer, constraints: {required: true, unique: true}}
 *     amount: number >= 0          -> constraints {minimum: 0}
 *     score: number 0..1           -> constraints {minimum: 0, maximum: 1}
 *     code: string /[A-Z]{3}/      -> constraints {pattern: "[A-Z]{3}"}
 *     name: string len 1..40       -> constraints {minLength: 1, maxLength: 40}
 *     category: [a, b, c]          -> type string, constraints {enum: [a, b, c]}
 *     ts: {type: datetime, ...}    -> a full field descriptor
 *
 * Other top-level keys (primaryKey, missingValues, checks, ...) pass through unchanged.
 */
function compileShortForm(value, fail) {
    const { columns, ...rest } = value;
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
        return fail(['columns'], '`columns` must map column names to types', HINT);
    const fields = Object.entries(columns).map(([name, spec]) => compileColumn(name, spec, fail));
    return { ...rest, fields };
}
function compileColumn(name, spec, fail) {
    const at = ['columns', name];
    if (Array.isArray(spec)) {
        const type = spec.every((item) => Number.isInteger(item)) ? 'integer' : 'string';
        return { name, type, constraints: { enum: type === 'string' ? spec.map(String) : spec } };
    }
    if (typeof spec === 'object' && spec !== null)
        return { name, ...spec };
    if (typeof spec !== 'string')
        return fail(at, `column "${name}": expected a type, a list or a descriptor`, HINT);
    const constraints = {};
    const field = { name, constraints };
    const tokens = tokenize(spec);
    const head = tokens.shift() ?? '';
    const required = head.endsWith('!');
    const typeName = head.replace(/[!?]$/, '');
    field.type = ALIASES[typeName] ?? typeName;
    if (required)
        constraints.required = true;
    while (tokens.length > 0) {
        const token = tokens.shift();
        const op = /^(>=|<=|>|<)(.*)$/.exec(token);
        const range = /^(-?[^.]+(?:\.\d+)?)\.\.(-?.+)$/.exec(token);
        if (token === 'unique')
            constraints.unique = true;
        else if (token === 'required')
            constraints.required = true;
        else if (STRING_FORMATS.includes(token))
            field.format = token;
        else if (token.startsWith('format='))
            field.format = token.slice(7);
        else if (token.length > 1 && token.startsWith('/') && token.endsWith('/'))
            constraints.pattern = token.slice(1, -1);
        else if (token === 'len') {
            const bounds = /^(\d*)\.\.(\d*)$/.exec(tokens.shift() ?? '');
            if (!bounds)
                return fail(at, `column "${name}": \`len\` takes a range such as 1..40`, HINT);
            if (bounds[1])
                constraints.minLength = Number(bounds[1]);
            if (bounds[2])
                constraints.maxLength = Number(bounds[2]);
        }
        else if (op) {
            const operand = op[2] || tokens.shift();
            if (!operand)
                return fail(at, `column "${name}": \`${op[1]}\` needs a value`, HINT);
            constraints[OPS[op[1]]] = literal(operand);
        }
        else if (range) {
            constraints.minimum = literal(range[1]);
            constraints.maximum = literal(range[2]);
        }
        else
            return fail(at, `column "${name}": cannot read "${token}"`, HINT);
    }
    return field;
}
// Splits on spaces but keeps /regex with spaces/ together.
function tokenize(spec) {
    const tokens = [];
    const text = spec.trim();
    const re = /\/(?:\\.|[^/\\])*\/|\S+/g;
    for (let match = re.exec(text); match; match = re.exec(text))
        tokens.push(match[0]);
    return tokens;
}
function literal(text) {
    const value = Number(text);
    return text.trim() !== '' && Number.isFinite(value) ? value : text;
}

;// CONCATENATED MODULE: ./build/core/data/table-schema/types.js
/** Table Schema field types (Data Package v2, table-schema.mdx). */
const FIELD_TYPES = [
    'string',
    'number',
    'integer',
    'boolean',
    'object',
    'array',
    'list',
    'datetime',
    'date',
    'time',
    'year',
    'yearmonth',
    'duration',
    'geopoint',
    'geojson',
    'any',
];

;// CONCATENATED MODULE: ./build/core/data/table-schema/load-schema.js





const FIELDS_MATCH = ['exact', 'equal', 'subset', 'superset', 'partial'];
const CONSTRAINTS = [
    'required',
    'unique',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'pattern',
    'enum',
    'jsonSchema',
];
// Which types take which constraints (table-schema.mdx, "Constraints").
const ORDERED = [
    'integer',
    'number',
    'date',
    'time',
    'datetime',
    'duration',
    'year',
    'yearmonth',
];
const COLLECTIONS = ['string', 'array', 'object', 'list'];
const FORMATS = {
    string: ['default', 'email', 'uri', 'binary', 'uuid'],
    geopoint: ['default', 'array', 'object'],
    geojson: ['default', 'topojson'],
};
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Most fields a schema may declare (a budget: each costs per-row work and memory). */
const MAX_FIELDS = 10_000;
/**
 * Loads a Table Schema (v2, or v1 forms: string primaryKey, string FK fields, `resource: ""`, `fmt:`)
 * or the short YAML form, and checks it. A schema that is itself invalid is a usage error at its line.
 */
function loadTableSchema(doc) {
    const fail = (path, message, hint) => {
        throw new core_errors/* UsageError */.eb(`invalid schema: ${message}`, { where: doc.where(path), hint });
    };
    if (!isObject(doc.value))
        return fail([], 'a schema must be an object with `fields` (or `columns`)');
    const descriptor = isShortForm(doc.value) ? compileShortForm(doc.value, fail) : doc.value;
    if (!Array.isArray(descriptor.fields)) {
        return fail([], 'missing `fields` (an array of field descriptors)', 'see docs/validate-data.md#schemas');
    }
    if (descriptor.fields.length > MAX_FIELDS)
        fail(['fields'], `${descriptor.fields.length} fields, more than ${MAX_FIELDS}`, 'docs/security.md#budgets');
    const missingValues = readMissingValues(descriptor.missingValues, ['missingValues'], fail) ?? [''];
    const fields = descriptor.fields.map((raw, index) => readField(raw, ['fields', index], fail));
    const names = new Set();
    fields.forEach((field, index) => {
        if (names.has(field.name))
            fail(['fields', index, 'name'], `duplicate field name "${field.name}"`);
        names.add(field.name);
    });
    const fieldList = (value, path) => {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.some((name) => typeof name !== 'string'))
            return fail(path, 'must be a field name or a list of field names');
        list.forEach((name, index) => {
            if (!names.has(name))
                fail(Array.isArray(value) ? [...path, index] : path, `unknown field "${name}"${didYouMean(name, [...names])}`);
        });
        return list;
    };
    const fieldsMatch = descriptor.fieldsMatch ?? 'exact';
    if (typeof fieldsMatch !== 'string' || !FIELDS_MATCH.includes(fieldsMatch))
        fail(['fieldsMatch'], `fieldsMatch must be one of ${FIELDS_MATCH.join(', ')}`);
    const primaryKey = descriptor.primaryKey === undefined ? [] : fieldList(descriptor.primaryKey, ['primaryKey']);
    const uniqueKeys = descriptor.uniqueKeys === undefined ? [] : descriptor.uniqueKeys;
    if (!Array.isArray(uniqueKeys))
        fail(['uniqueKeys'], 'uniqueKeys must be a list of lists of field names');
    const foreignKeys = descriptor.foreignKeys === undefined ? [] : descriptor.foreignKeys;
    if (!Array.isArray(foreignKeys))
        fail(['foreignKeys'], 'foreignKeys must be a list');
    return {
        fields: fields.map((field) => (primaryKey.includes(field.name) ? withRequired(field) : field)),
        fieldsMatch: fieldsMatch,
        missingValues,
        primaryKey,
        uniqueKeys: uniqueKeys.map((key, index) => fieldList(key, ['uniqueKeys', index])),
        foreignKeys: foreignKeys.map((key, index) => readForeignKey(key, ['foreignKeys', index], fieldList, fail)),
    };
}
function withRequired(field) {
    return { ...field, constraints: { ...field.constraints, required: true } };
}
function readForeignKey(raw, path, fieldList, fail) {
    if (!isObject(raw) || !isObject(raw.reference))
        return fail(path, 'a foreign key needs `fields` and `reference`');
    const fields = fieldList(raw.fields, [...path, 'fields']);
    const resource = raw.reference.resource;
    if (resource !== undefined && typeof resource !== 'string')
        fail([...path, 'reference', 'resource'], 'must be a string');
    const self = resource === undefined || resource === '';
    const refFields = raw.reference.fields;
    const referenceFields = self
        ? fieldList(refFields, [...path, 'reference', 'fields'])
        : typeof refFields === 'string'
            ? [refFields]
            : refFields;
    if (!Array.isArray(referenceFields) || referenceFields.length !== fields.length)
        fail([...path, 'reference', 'fields'], 'reference.fields must list as many fields as `fields`');
    return { fields, resource: self ? undefined : resource, referenceFields };
}
function readMissingValues(value, path, fail) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value))
        return fail(path, 'missingValues must be a list of strings');
    return value.map((item, index) => {
        if (typeof item === 'string')
            return item;
        if (isObject(item) && typeof item.value === 'string')
            return item.value;
        return fail([...path, index], 'a missing value is a string or {value, label}');
    });
}
function readField(raw, path, fail) {
    if (!isObject(raw))
        return fail(path, 'a field descriptor must be an object');
    if (typeof raw.name !== 'string')
        return fail(path, 'a field needs a `name` (string)');
    const type = (raw.type ?? 'any');
    if (!FIELD_TYPES.includes(type))
        fail([...path, 'type'], `unknown type "${String(raw.type)}"${didYouMean(String(raw.type), [...FIELD_TYPES])}`);
    let format = typeof raw.format === 'string' ? raw.format : 'default';
    if (format.startsWith('fmt:'))
        format = format.slice(4);
    const formats = FORMATS[type];
    const patterned = ['date', 'time', 'datetime'].includes(type);
    if (!patterned && format !== 'default' && !formats?.includes(format))
        fail([...path, 'format'], `format "${format}" is not defined for type ${type}`);
    const constraints = raw.constraints === undefined ? {} : raw.constraints;
    if (!isObject(constraints))
        return fail([...path, 'constraints'], 'constraints must be an object');
    for (const [name, value] of Object.entries(constraints)) {
        const at = [...path, 'constraints', name];
        if (!CONSTRAINTS.includes(name))
            fail(at, `unknown constraint "${name}"${didYouMean(name, CONSTRAINTS)}`);
        checkConstraint(type, name, value, at, fail);
    }
    const strings = (key) => {
        const value = raw[key];
        if (value === undefined)
            return undefined;
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
            return fail([...path, key], `${key} must be a list of strings`);
        return value;
    };
    const categories = raw.categories;
    if (categories !== undefined && !Array.isArray(categories))
        fail([...path, 'categories'], 'categories must be a list');
    return {
        name: raw.name,
        type,
        format,
        constraints,
        missingValues: readMissingValues(raw.missingValues, [...path, 'missingValues'], fail),
        categories: categories?.map((item) => (isObject(item) ? item.value : item)),
        trueValues: strings('trueValues'),
        falseValues: strings('falseValues'),
        decimalChar: typeof raw.decimalChar === 'string' ? raw.decimalChar : undefined,
        groupChar: typeof raw.groupChar === 'string' ? raw.groupChar : undefined,
        bareNumber: typeof raw.bareNumber === 'boolean' ? raw.bareNumber : undefined,
        delimiter: typeof raw.delimiter === 'string' ? raw.delimiter : undefined,
        itemType: typeof raw.itemType === 'string' ? raw.itemType : undefined,
        raw,
    };
}
function checkConstraint(type, name, value, at, fail) {
    const notFor = () => fail(at, `constraint ${name} does not apply to type ${type}`);
    switch (name) {
        case 'required':
        case 'unique':
            if (typeof value !== 'boolean')
                fail(at, `${name} must be true or false`);
            return;
        case 'minLength':
        case 'maxLength':
            if (!COLLECTIONS.includes(type))
                notFor();
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
                fail(at, `${name} must be an integer >= 0`);
            return;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            if (!ORDERED.includes(type))
                notFor();
            return;
        case 'pattern':
            if (type !== 'string')
                notFor();
            if (typeof value !== 'string')
                fail(at, 'pattern must be a string');
            try {
                new RegExp(`^(?:${value})$`, 'u');
            }
            catch (thrown) {
                fail(at, `pattern does not compile: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
            }
            {
                const nested = nestedQuantifier(value);
                if (nested)
                    fail(at, `pattern repeats a repetition (${nested}), which can take exponential time on some values`, 'rewrite it without the nested repetition, e.g. (a+)+ as a+');
            }
            return;
        case 'enum':
            if (!Array.isArray(value) || value.length === 0)
                fail(at, 'enum must be a non-empty list');
            return;
        case 'jsonSchema':
            if (type !== 'object' && type !== 'array')
                notFor();
            if (!isObject(value))
                fail(at, 'jsonSchema must be an object (a JSON Schema)');
            return;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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

;// CONCATENATED MODULE: ./build/core/data/table-schema/source-doc.js



/**
 * Parses JSON or YAML (JSON is YAML 1.2) keeping positions, within the document budgets (size, values,
 * alias expansion: core/text/yaml-doc.ts); duplicate keys are errors, and a too-deep document is an
 * error rather than a stack overflow (yaml >= 2.8.3).
 */
function parseSourceDoc(file, text) {
    const fail = (message, details) => new core_errors/* UsageError */.eb(message, details);
    const parsed = parseYamlBudgeted(text, file, fail);
    const { doc } = parsed;
    const first = doc.errors[0];
    if (first) {
        throw new core_errors/* UsageError */.eb(`cannot parse ${file}: ${first.message.split('\n')[0]}`, {
            where: { file, ...parsed.at(first.pos[0]) },
        });
    }
    const value = yamlValue(parsed, file, fail);
    const where = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = doc.getIn(path.slice(0, depth), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range) {
                return { file, ...parsed.at(node.range[0]) };
            }
        }
        return { file };
    };
    return { file, value, where };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./build/platform/git/run.js



const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
// File listings (`ls-files -z`, `status -z`) of a large monorepo run to tens of MiB.
const MAX_OUTPUT = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
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
        throw new MlciError(`git ${args[0]} failed: ${stderr || messageOf(cause)}`, 1, { cause });
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

;// CONCATENATED MODULE: ./build/platform/git/show.js




const show_MAX_OUTPUT = 64 * 1024 * 1024; // a schema or profile; far above any real one
/** The real git on PATH. */
const runGit = (cwd, args) => new Promise((done) => {
    (0,external_node_child_process_namespaceObject.execFile)('git', [...args], { cwd, maxBuffer: show_MAX_OUTPUT, timeout: 120_000, windowsHide: true }, (error, stdout, stderr) => done({ ok: !error, stdout: String(stdout), stderr: String(stderr ?? (error ? error.message : '')) }));
});
/**
 * The content of `path` as it is on `ref` (`git show <ref>:<path>`), or undefined when the file does
 * not exist there (added by this PR). A checkout made with actions/checkout's default `fetch-depth: 1`
 * has no base branch: then the base is fetched with `git fetch --depth=1 origin <ref>` first.
 */
async function showAtRef(options) {
    const { cwd, ref, path, git = runGit, remote = 'origin' } = options;
    if (!isSafeRef(ref)) {
        throw new core_errors/* UsageError */.eb(`"${ref}" is not a branch, tag or commit name mlci will pass to git`, {
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
        throw new core_errors/* UsageError */.eb(`git show ${ref}:${path} failed: ${firstLine(shown.stderr)}`);
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
        throw new core_errors/* UsageError */.eb(`cannot find the base "${ref}" in the repository or fetch it from ${remote}`, {
            hint: `check the ref name; the job needs \`contents: read\` and network access to ${remote} (${firstLine(fetched.stderr)})`,
        });
    }
    return head.stdout.trim();
}
/** `path` relative to `cwd` with forward slashes, as git wants it on every OS; must stay inside. */
function toGitPath(cwd, path) {
    const inside = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, path));
    if (inside.startsWith('..') || (0,external_node_path_.resolve)(inside) === inside) {
        throw new core_errors/* UsageError */.eb(`${path} is outside the working directory`, {
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
            ? schemaOfProfile(parseProfile(text, shown))
            : loadTableSchema(parseSourceDoc(shown, text));
        return { status: 'compared', ref, path, diff: diffSchemas(base, options.head) };
    }
    catch (thrown) {
        if (!(thrown instanceof core_errors/* MlciError */.sc))
            throw thrown;
        return { status: 'unreadable', ref, path, message: (0,core_errors/* messageOf */.bD)(thrown) };
    }
}

;// CONCATENATED MODULE: ./build/actions/validate-data/schema-change.js



/**
 * The schema file diffed against the same file on the base branch, for the report. Information, not a
 * verdict: a base that cannot be read (no git checkout, base not fetchable) is noted when the base came
 * from the pull_request event, and a usage error only when the user named it.
 */
async function schemaChange(io, request) {
    const { ref, path, schema } = request;
    if (!schema.table) {
        return {
            base: ref,
            file: path,
            status: 'unsupported',
            changed: false,
            changes: [],
            message: 'a JSON Schema for records is not diffed (Table Schemas and the short form are)',
        };
    }
    let result;
    try {
        result = await schemaDiffAgainstBase({ cwd: io.cwd, ref, path, head: schema.table, git: request.git });
    }
    catch (thrown) {
        if (request.explicit || !(thrown instanceof core_errors/* MlciError */.sc))
            throw thrown;
        io.log.warning(`schema diff against ${ref} skipped: ${(0,core_errors/* messageOf */.bD)(thrown)}`);
        return {
            base: ref,
            file: path,
            status: 'unavailable',
            changed: false,
            changes: [],
            message: (0,core_errors/* messageOf */.bD)(thrown),
        };
    }
    if (result.status === 'new-file')
        return { base: ref, file: path, status: 'new-file', changed: false, changes: [] };
    if (result.status === 'unreadable') {
        io.log.warning(`schema on ${ref} cannot be read: ${result.message}`);
        return {
            base: ref,
            file: path,
            status: 'unreadable',
            changed: false,
            changes: [],
            message: result.message,
        };
    }
    const changes = describeSchemaDiff(result.diff);
    for (const line of changes)
        io.log.info(`schema change against ${ref}: ${line}`);
    return {
        base: ref,
        file: path,
        status: 'compared',
        changed: result.diff.changed,
        changes,
        diff: result.diff,
    };
}

;// CONCATENATED MODULE: ./build/core/text/markdown.js
/**
 * The one markdown choke point (DESIGN.md "Trust boundaries"): text from data, file names, metric
 * names, branch names, PR text or server replies is made inert here before it reaches a job summary,
 * comment, issue, review or check run (reliability §2.6 MD-01…MD-09): no HTML, links, images,
 * @mentions, #references, table breaks, workflow-command words or bidi tricks. The result stays on one
 * line, so it is safe in a table cell, a heading or a list item.
 */
function escapeMarkdown(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return (cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/@/g, '@\u200b')
        // GitHub links #123 (and owner/repo#123) on the rendered text, where `\#` is a plain `#` again.
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        .replace(/^(\s*)([-=:])/, '$1\\$2')
        .replace(/::/g, ':\u200b:')
        // GFM's extended autolinks need no brackets: `https://x` and `www.x` become links even escaped.
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\b(www)\./gi, '$1\u200b.'));
}
/** A table cell from untrusted text: escaped, one line, at most `max` characters before escaping. */
function cell(text, max = 120) {
    return escapeMarkdown(text, max);
}
/**
 * Untrusted text as inline code: the backtick run that fences it is longer than any inside it, and
 * characters a table would act on (`|`, newlines) are replaced, since code spans do not escape them.
 */
function inlineCode(text, max = 200) {
    const cut = (text.length > max ? `${text.slice(0, max)}…` : text)
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/\|/g, '¦')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') || cut === '' ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/**
 * A fenced code block around untrusted multi-line text (logs, diffs): the fence is longer than any
 * backtick run inside, so the text cannot close it and become markdown.
 */
function codeBlock(text, language = '') {
    const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
    const longest = Math.max(2, ...(clean.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${clean.replace(/\n?$/, '\n')}${fence}`;
}
/**
 * Untrusted text inside an HTML block (`<summary>…</summary>`), where markdown escapes would show
 * literally: HTML-escaped, one line, and `@`/`#` broken with a zero-width space so GitHub's mention
 * and reference linking, which runs on the rendered text, finds nothing.
 */
function htmlText(text, max = 200) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1\u200b')
        .replace(/::/g, ':\u200b:')
        .replace(/:\/\//g, ':/\u200b/');
}
/**
 * A link whose text is untrusted and whose URL mlci built itself (a file at a commit on the
 * repository's own server). A URL that is not plain https without spaces, brackets or quotes is
 * refused: the escaped text is returned without a link.
 */
function markdown_link(text, url, max = 120) {
    const label = escapeMarkdown(text, max);
    if (!/^https:\/\/[^\s()<>"'`\\[\]]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/**
 * A label inside a mermaid chart (axis category, series title), which mermaid parses itself: only
 * ASCII letters, digits, space and `._-/` survive, at most `max` characters, so no directive (`%%`),
 * HTML or quote can reach the chart source. Always non-empty.
 */
function mermaidLabel(text, max = 24) {
    const clean = text
        .replace(/[^A-Za-z0-9 ._\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const cut = clean.length > max ? `${clean.slice(0, max - 1)}~` : clean;
    return cut || '_';
}
/**
 * Untrusted text as a mermaid label (timeline periods and events): only letters, digits, spaces and
 * `._/+-@` survive, `@` loses its mention power, and the result is capped. Mermaid reads `:` as an event
 * separator, `#`/`;` as entity and statement syntax, and brackets/quotes as node shapes, so all of
 * them go.
 */
function mermaidText(text, max = 60) {
    const kept = text
        .replace(/[^A-Za-z0-9 ._/+@-]/g, ' ')
        .replace(/@/g, 'at ')
        .replace(/\s+/g, ' ')
        .trim();
    return (kept.length > max ? `${kept.slice(0, max)}…` : kept) || '-';
}

;// CONCATENATED MODULE: ./build/actions/validate-data/summary.js

const SUMMARY_ROWS = 50;
function where(error) {
    const parts = [error.file, error.line ?? error.row].filter((part) => part !== undefined && part !== '');
    const place = parts.join(':');
    // In a data package the resource name says which table, beside the file that holds the row.
    const text = error.resource ? `${error.resource}${place ? ` (${place})` : ''}` : place;
    return text ? cell(text) : '';
}
/**
 * The job summary: verdict, counts per error type, table checks, drift, then the first errors. The
 * headline is the step's verdict: valid data under `fail-on-schema-change` with a changed schema fails
 * the step, so it is not headed "✅ valid".
 */
function renderSummary(report, reportPath, options = {}) {
    const lines = [];
    const mib = (report.stats.bytes / 2 ** 20).toFixed(1);
    const schemaFails = options.failOnSchemaChange === true && report.schemaDiff?.changed === true;
    const headline = !report.valid
        ? `❌ validate-data: ${report.errorCount} errors`
        : schemaFails
            ? '❌ validate-data: the data is valid, but the schema changed (fail-on-schema-change)'
            : '✅ validate-data: valid';
    lines.push(`### ${headline}`);
    lines.push('');
    lines.push(`${report.stats.files} file(s), ${report.stats.rows} rows, ${mib} MiB in ${(report.stats.durationMs / 1000).toFixed(2)} s. Report: \`${cell(reportPath)}\`${report.profile ? `, profile: \`${cell(report.profile)}\`` : ''}.`);
    const counts = Object.entries(report.errorCounts);
    if (counts.length) {
        lines.push('', '| error type | count |', '|---|---:|');
        for (const [type, count] of counts)
            lines.push(`| ${type} | ${count} |`);
        if (report.truncated)
            lines.push('', `Samples are capped at ${report.samplesPerType} per type; the counts above are complete.`);
    }
    if (report.checks.length) {
        lines.push('', '| check | result | detail |', '|---|---|---|');
        for (const check of report.checks)
            lines.push(`| ${check.check} | ${check.passed ? 'pass' : '**fail**'} | ${cell(check.message)} |`);
    }
    if (report.drift) {
        lines.push('', `Drift against \`${cell(report.drift.reference)}\`: ${report.drift.drifted ? '**drifted**' : 'no drift'}`);
        const drifted = report.drift.columns.filter((c) => c.drifted);
        if (drifted.length) {
            lines.push('', '| column | reason |', '|---|---|');
            for (const column of drifted)
                lines.push(`| ${cell(column.column)} | ${cell(column.reasons.join('; '), 300)} |`);
        }
    }
    if (report.schemaDiff)
        lines.push('', ...schemaDiffLines(report.schemaDiff));
    const shown = report.errors.slice(0, SUMMARY_ROWS);
    if (shown.length) {
        lines.push('', '| type | where | field | value | message |', '|---|---|---|---|---|');
        for (const e of shown)
            lines.push(`| ${e.type} | ${where(e)} | ${cell(e.field ?? '')} | ${cell(e.value ?? '', 40)} | ${cell(e.message)} |`);
        const more = report.errorCount - shown.length;
        if (more > 0)
            lines.push('', `…and ${more} more (see the JSON report).`);
    }
    if (report.warningCount)
        lines.push('', `${report.warningCount} cell errors tolerated by passing \`mostly\` checks.`);
    return `${lines.join('\n')}\n`;
}
const SCHEMA_CHANGE_ROWS = 50;
// Column names and constraint values come from the PR's files: every line is escaped.
function schemaDiffLines(section) {
    const against = `\`${cell(section.file)}\` against \`${cell(section.base)}\``;
    if (section.status !== 'compared')
        return [
            `Schema ${against}: ${section.status}${section.message ? ` (${cell(section.message, 300)})` : ''}.`,
        ];
    if (!section.changed)
        return [`Schema ${against}: unchanged.`];
    const shown = section.changes.slice(0, SCHEMA_CHANGE_ROWS).map((line) => `- ${cell(line, 300)}`);
    const more = section.changes.length - shown.length;
    return [
        `Schema ${against}: ${section.changes.length} change(s).`,
        '',
        ...shown,
        ...(more > 0 ? [`- …and ${more} more (see the JSON report).`] : []),
    ];
}

;// CONCATENATED MODULE: ./build/core/data/format.js

/**
 * The format of a data file: the `format` input when given, else from its name (.jsonl/.ndjson/.json
 * → jsonl, .parquet/.pq → parquet, anything else → csv; a trailing .gz is ignored).
 */
function formatOf(path, format) {
    const given = (format ?? '').toLowerCase();
    if (given === 'csv' || given === 'tsv')
        return 'csv';
    if (given === 'jsonl' || given === 'ndjson')
        return 'jsonl';
    if (given === 'parquet')
        return 'parquet';
    if (given)
        throw new core_errors/* UsageError */.eb(`unknown format "${format}"`, { hint: 'use csv, tsv, jsonl or parquet' });
    const name = path.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json'))
        return 'jsonl';
    if (name.endsWith('.parquet') || name.endsWith('.pq'))
        return 'parquet';
    return 'csv';
}

;// CONCATENATED MODULE: ./build/core/data/drift/drift-options.js

const METRICS = ['psi', 'jensenShannon', 'wasserstein', 'linf', 'chiSquareP', 'newCategoryShare'];
/**
 * Drift thresholds from a parsed mlci.yml section or thresholds file:
 *
 *   defaults: { psi: 0.2 }              # over the documented defaults, for every column
 *   columns:
 *     amount: { wasserstein: 0.05 }     # one column
 *     note: { jensenShannon: null }     # null: reported, never a reason for drift
 *
 * A misspelt metric or a negative number is a usage error at the offending key, not a silently
 * ignored key. `where` maps a key path inside the section to its file position (SourceDoc.where).
 */
function readDriftOptions(value, where) {
    if (value === undefined || value === null)
        return {};
    const fail = (path, message) => {
        throw new core_errors/* UsageError */.eb(`drift thresholds: ${message}`, {
            where: typeof where === 'function' ? where(path) : where,
            hint: `metrics are ${METRICS.join(', ')}; each a number ≥ 0 or null`,
        });
    };
    if (!drift_options_isObject(value))
        return fail([], 'expected a mapping with `defaults` and/or `columns`');
    for (const key of Object.keys(value))
        if (key !== 'defaults' && key !== 'columns')
            fail([key], `unknown key \`${key}\``);
    const defaults = value.defaults === undefined ? undefined : readThresholds(value.defaults, ['defaults'], fail);
    const columns = Object.create(null);
    if (value.columns !== undefined) {
        if (!drift_options_isObject(value.columns))
            fail(['columns'], '`columns` must map column names to thresholds');
        for (const [name, thresholds] of Object.entries(value.columns)) {
            columns[name] = readThresholds(thresholds, ['columns', name], fail);
        }
    }
    return { ...(defaults ? { defaults } : {}), columns };
}
function readThresholds(value, path, fail) {
    const at = path.join('.');
    if (!drift_options_isObject(value))
        return fail(path, `\`${at}\` must map metric names to thresholds`);
    const out = {};
    for (const [key, threshold] of Object.entries(value)) {
        if (!METRICS.includes(key))
            fail([...path, key], `unknown metric \`${key}\` in \`${at}\``);
        if (threshold !== null &&
            (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0)) {
            fail([...path, key], `\`${at}.${key}\` must be a number ≥ 0 or null, got ${JSON.stringify(threshold)}`);
        }
        out[key] = threshold;
    }
    return out;
}
function drift_options_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/core/data/checks/table-checks.js


const KEYS = ['rowCount', 'nullRate', 'mostly', 'duplicateRows', 'labelBalance', 'drift'];
/** Reads and checks a `checks` object; `path` is where it sits in its document (for error lines). */
function readTableChecks(doc, path) {
    const value = path.reduce((node, key) => node?.[key], doc.value);
    if (value === undefined || value === null)
        return {};
    const fail = (at, message) => {
        throw new core_errors/* UsageError */.eb(`invalid checks: ${message}`, { where: doc.where([...path, ...at]) });
    };
    if (typeof value !== 'object' || Array.isArray(value))
        return fail([], 'checks must be an object');
    const checks = value;
    for (const key of Object.keys(checks))
        if (!KEYS.includes(key))
            fail([key], `unknown check "${key}" (known: ${KEYS.join(', ')})`);
    const share = (at, v) => {
        if (typeof v !== 'number' || !(v >= 0 && v <= 1))
            fail(at, 'must be a share between 0 and 1');
    };
    const bound = (at, v) => {
        if (v !== undefined && (typeof v !== 'number' || !(v >= 0)))
            fail(at, 'must be a number >= 0');
    };
    const rowCount = checks.rowCount;
    if (rowCount !== undefined) {
        if (typeof rowCount !== 'object' || rowCount === null)
            fail(['rowCount'], 'rowCount takes {min, max}');
        bound(['rowCount', 'min'], rowCount.min);
        bound(['rowCount', 'max'], rowCount.max);
    }
    for (const key of ['nullRate', 'mostly']) {
        const map = checks[key];
        if (map === undefined)
            continue;
        if (typeof map !== 'object' || map === null || Array.isArray(map))
            fail([key], `${key} maps column names to shares`);
        for (const [column, v] of Object.entries(map))
            share([key, column], v);
    }
    if (checks.duplicateRows !== undefined && typeof checks.duplicateRows !== 'boolean')
        fail(['duplicateRows'], 'duplicateRows must be true or false');
    const balance = checks.labelBalance;
    if (balance !== undefined) {
        if (typeof balance !== 'object' || balance === null || typeof balance.field !== 'string')
            fail(['labelBalance'], 'labelBalance takes {field, min, max, classes}');
        if (balance.min !== undefined)
            share(['labelBalance', 'min'], balance.min);
        if (balance.max !== undefined)
            share(['labelBalance', 'max'], balance.max);
    }
    // The same reader as merge-profiles' thresholds file: misspelt metrics and negative numbers fail here,
    // at their line, instead of being ignored by compareProfiles.
    const drift = checks.drift === undefined
        ? undefined
        : readDriftOptions(checks.drift, (at) => doc.where([...path, 'drift', ...at]));
    return { ...checks, ...(drift ? { drift } : {}) };
}
/** Merges two checks objects; entries of `over` win, maps are merged key by key. */
function mergeChecks(base, over) {
    return {
        ...base,
        ...over,
        nullRate: base.nullRate || over.nullRate ? { ...base.nullRate, ...over.nullRate } : undefined,
        mostly: base.mostly || over.mostly ? { ...base.mostly, ...over.mostly } : undefined,
    };
}
const pct = (share) => `${(share * 100).toFixed(2)}%`;
/** Evaluates the row-count, null-rate, mostly and label-balance checks over the totals. */
function evaluateTableChecks(checks, totals) {
    const results = [];
    const { rows, fields } = totals;
    if (checks.rowCount) {
        const { min = 0, max = Number.POSITIVE_INFINITY } = checks.rowCount;
        const passed = rows >= min && rows <= max;
        results.push({
            check: 'row-count',
            passed,
            observed: rows,
            message: `${rows} rows${passed ? ' within' : ' outside'} [${min}, ${Number.isFinite(max) ? max : '∞'}]`,
        });
    }
    if (checks.nullRate) {
        fields.forEach((field, i) => {
            const ceiling = checks.nullRate[field] ?? checks.nullRate['*'];
            if (ceiling === undefined)
                return;
            const rate = rows === 0 ? 0 : totals.nulls[i] / rows;
            const passed = rate <= ceiling;
            results.push({
                check: 'null-rate',
                passed,
                field,
                observed: rate,
                message: `${field}: ${pct(rate)} missing, ceiling ${pct(ceiling)}`,
            });
        });
    }
    if (checks.mostly) {
        for (const [field, share] of Object.entries(checks.mostly)) {
            const i = fields.indexOf(field);
            if (i < 0) {
                results.push({ check: 'mostly', passed: false, field, message: `${field}: no such column` });
                continue;
            }
            const failed = totals.typeErrors[i] + totals.constraintErrors[i];
            const passing = rows === 0 ? 1 : 1 - failed / rows;
            results.push({
                check: 'mostly',
                passed: passing >= share,
                field,
                observed: passing,
                message: `${field}: ${pct(passing)} of rows pass, mostly ${pct(share)}`,
            });
        }
    }
    if (checks.labelBalance)
        results.push(...labelBalance(checks.labelBalance, totals));
    return results;
}
function labelBalance(balance, totals) {
    const { min = 0, max = 1, classes = [] } = balance;
    let labelled = 0;
    for (const count of totals.labelCounts.values())
        labelled += count;
    const names = [...new Set([...classes, ...totals.labelCounts.keys()])].sort();
    return names.map((name) => {
        const share = labelled === 0 ? 0 : (totals.labelCounts.get(name) ?? 0) / labelled;
        const passed = share >= min && share <= max;
        return {
            check: 'label-balance',
            passed,
            field: balance.field,
            observed: share,
            message: `${balance.field} = ${name}: ${pct(share)} of labelled rows, bounds [${pct(min)}, ${pct(max)}]`,
        };
    });
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./build/core/data/csv/dialect.js
/** Limits that keep a hostile or broken file from taking all memory (reliability DATA-01/02/08). */
const CSV_LIMITS = {
    // An unterminated quote turns the rest of a file into one field: stop at 16 MiB per record.
    maxRecordBytes: 16 * 1024 * 1024,
    maxColumns: 16_384,
};
/** The dialect for a file name and the user's delimiter input (`\t`, `tab`, `;`, ...). */
function dialectFor(path, delimiter) {
    const named = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
    const text = delimiter ? (named[delimiter] ?? delimiter) : /\.tsv(\.gz)?$/i.test(path) ? '\t' : ',';
    return { delimiter: text.charCodeAt(0), quote: 34, header: true };
}

;// CONCATENATED MODULE: ./build/core/data/csv/chunked.js



const CHUNK_BYTES = 1 << 20;
/** Bytes that are not UTF-8 (invalid sequences, a UTF-16 file): frictionless's `encoding-error`. */
class EncodingError extends core_errors/* DataError */.fL {
    name = 'EncodingError';
}
/**
 * Feeds a RecordScanner from chunks of any size (a file read with readSync, a gunzip stream): keeps the
 * incomplete last record, strips a UTF-8 BOM, rejects UTF-16 and invalid UTF-8 with a byte offset, and
 * caps a record's size so that an unterminated quote cannot take all memory.
 */
class ChunkedInput {
    scanner;
    maxRecordBytes;
    buf = Buffer.allocUnsafe(CHUNK_BYTES);
    length = 0;
    /** File offset of buf[0]. */
    offset;
    first;
    constructor(scanner, options = {}, maxRecordBytes = options.maxRecordBytes ?? CSV_LIMITS.maxRecordBytes) {
        this.scanner = scanner;
        this.maxRecordBytes = maxRecordBytes;
        this.offset = options.startOffset ?? 0;
        this.first = this.offset === 0;
    }
    /** Total bytes handed to the scanner so far (file offset of the unread rest). */
    get position() {
        return this.offset;
    }
    /** A free region to read into directly; call commit(n) after reading n bytes into it. */
    space() {
        if (this.length === this.buf.length) {
            const grown = Buffer.allocUnsafe(this.buf.length * 2);
            this.buf.copy(grown, 0, 0, this.length);
            this.buf = grown;
        }
        return this.buf.subarray(this.length);
    }
    commit(bytes) {
        this.length += bytes;
        this.process(false);
    }
    /** Copies a chunk in (for streams that hand out their own buffers). */
    write(chunk) {
        let at = 0;
        while (at < chunk.length) {
            const space = this.space();
            const n = Math.min(space.length, chunk.length - at);
            space.set(chunk.subarray(at, at + n));
            at += n;
            this.length += n;
            if (this.length === this.buf.length || at === chunk.length)
                this.process(false);
        }
    }
    /** Scans what is left as the end of the data. */
    end() {
        this.process(true);
    }
    process(final) {
        const start = 0;
        if (this.first) {
            if (this.length < 3 && !final)
                return;
            this.first = false;
            const bom = this.skipBom();
            // Drop the BOM now: the first record may not be complete yet, and later passes start at 0.
            if (bom > 0) {
                this.buf.copy(this.buf, 0, bom, this.length);
                this.length -= bom;
                this.offset += bom;
            }
        }
        // (lastIndexOf with a negative offset would search from the buffer's end: stale bytes.)
        if (this.length === 0)
            return;
        // Complete records end at a line break, and a line break is a UTF-8 character boundary.
        let limit = this.length;
        if (!final) {
            const lf = this.buf.lastIndexOf(10, this.length - 1);
            limit = lf >= start ? lf + 1 : this.buf.lastIndexOf(13, this.length - 1) + 1;
            if (limit <= start) {
                this.checkSize();
                return;
            }
        }
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(this.buf.subarray(start, limit)))
            this.invalidUtf8(start, limit);
        const consumed = this.scanner.scan(this.buf, start, limit, final);
        this.buf.copy(this.buf, 0, consumed, this.length);
        this.offset += consumed;
        this.length -= consumed;
        this.checkSize();
    }
    checkSize() {
        if (this.length < this.maxRecordBytes)
            return;
        throw new core_errors/* DataError */.fL(`the record starting at line ${this.scanner.line} is longer than ${this.maxRecordBytes / 2 ** 20} MiB`, { hint: 'an unterminated quote, or the wrong delimiter or line ending, makes one huge record' });
    }
    skipBom() {
        const b = this.buf;
        if (this.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)))
            throw new EncodingError('the file is UTF-16; mlci reads UTF-8', {
                hint: 'convert it, e.g. `iconv -f UTF-16 -t UTF-8`',
            });
        return this.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    }
    invalidUtf8(start, limit) {
        const at = firstInvalidUtf8(this.buf, start, limit);
        let line = this.scanner.line;
        for (let p = start; p < at; p++)
            if (this.buf[p] === 10)
                line++;
        throw new EncodingError(`invalid UTF-8 at byte offset ${this.offset + at} (line ${line})`, {
            hint: 'the file must be UTF-8; convert it (e.g. `iconv -f latin1 -t UTF-8`)',
        });
    }
}
/** Offset of the first byte that is not part of a valid UTF-8 sequence (the slow path of isUtf8). */
function firstInvalidUtf8(buf, start, end) {
    let p = start;
    while (p < end) {
        const b = buf[p];
        const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (size === 0 || p + size > end)
            return p;
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(buf.subarray(p, p + size)))
            return p;
        p += size;
    }
    return end;
}

// EXTERNAL MODULE: ./build/core/data/validate/header.js
var validate_header = __nccwpck_require__(5649);
// EXTERNAL MODULE: ./build/core/data/cast/bytes.js
var bytes = __nccwpck_require__(3636);
// EXTERNAL MODULE: ./build/core/data/cast/decode.js
var decode = __nccwpck_require__(3465);
// EXTERNAL MODULE: ./build/core/data/validate/field-checker.js + 5 modules
var field_checker = __nccwpck_require__(8707);
;// CONCATENATED MODULE: ./build/core/data/csv/scanner.js


/** Cell flags: the cell text needs unescaping (`""` inside quotes) or is malformed (`"ab"cd`). */
const CELL_FLAG = { escaped: 1, malformed: 2, quoted: 4 };
const STOP = 1;
const LITERAL_QUOTE = 2;
/**
 * RFC 4180 record scanner over bytes: quoted fields with embedded delimiters, newlines and doubled
 * quotes; CRLF, LF and lone CR line ends; any one-byte delimiter. It never builds strings: the sink gets
 * byte ranges. scan() is restartable at record boundaries, so a caller can feed any chunking.
 */
class CsvScanner {
    dialect;
    sink;
    maxColumns;
    /** Line number of the next record (1-based). */
    line = 1;
    /** Quote bytes seen in quoted fields; with `irregular` false, its parity says if a range is aligned. */
    quoteBytes = 0;
    /** A quote inside an unquoted field or text after a closing quote was seen (not RFC 4180). */
    irregular = false;
    /** Buffer offset just past the record being handed to the sink (valid during row()). */
    recordEnd = 0;
    starts;
    ends;
    flags;
    table = new Uint8Array(256);
    constructor(dialect, sink, maxColumns = CSV_LIMITS.maxColumns) {
        this.dialect = dialect;
        this.sink = sink;
        this.maxColumns = maxColumns;
        this.starts = new Int32Array(maxColumns);
        this.ends = new Int32Array(maxColumns);
        this.flags = new Uint8Array(maxColumns);
        this.table[dialect.delimiter] = STOP;
        this.table[10] = STOP;
        this.table[13] = STOP;
        if (dialect.quote >= 0)
            this.table[dialect.quote] = LITERAL_QUOTE;
    }
    /**
     * Hands every complete record in buf[start, end) to the sink and returns where the first incomplete
     * one starts (end when all were complete). With `final`, the data ends at `end` and all is consumed.
     */
    scan(buf, start, end, final) {
        const { delimiter, quote } = this.dialect;
        const table = this.table;
        const { starts, ends, flags } = this;
        let p = start;
        while (p < end) {
            const recordStart = p;
            let count = 0;
            let newlines = 0;
            let quoteBytes = 0;
            for (;;) {
                let s = p;
                let e;
                let flag = 0;
                if (buf[p] === quote) {
                    flag = CELL_FLAG.quoted;
                    s = ++p;
                    for (;;) {
                        while (p < end && buf[p] !== quote) {
                            if (buf[p] === 10)
                                newlines++;
                            p++;
                        }
                        if (p >= end || (p + 1 >= end && !final)) {
                            if (final)
                                throw this.unterminated();
                            return recordStart;
                        }
                        // (p + 1 < end: the buffer may hold stale bytes past `end`.)
                        if (p + 1 < end && buf[p + 1] === quote) {
                            flag |= CELL_FLAG.escaped;
                            quoteBytes += 2;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    quoteBytes += 2;
                    e = p++;
                    if (p < end && table[buf[p]] !== STOP) {
                        // `"ab"cd`: keep the raw text; the decoder reads it as Python's csv module does ("abcd").
                        this.irregular = true;
                        flag |= CELL_FLAG.malformed;
                        s--;
                        while (p < end && table[buf[p]] !== STOP)
                            p++;
                        e = p;
                    }
                }
                else {
                    // One comparison per byte on the common path: only a stop byte or a quote is non-zero.
                    while (p < end) {
                        const kind = table[buf[p]];
                        if (kind !== 0) {
                            if (kind === STOP)
                                break;
                            this.irregular = true;
                        }
                        p++;
                    }
                    e = p;
                }
                if (count === this.maxColumns)
                    throw this.tooManyColumns();
                starts[count] = s;
                ends[count] = e;
                flags[count] = flag;
                count++;
                if (p >= end) {
                    if (!final)
                        return recordStart;
                    break;
                }
                const c = buf[p];
                if (c === delimiter) {
                    p++;
                    if (p >= end) {
                        if (!final)
                            return recordStart;
                        if (count === this.maxColumns)
                            throw this.tooManyColumns();
                        starts[count] = ends[count] = p;
                        flags[count++] = 0;
                        break;
                    }
                    continue;
                }
                if (c === 13) {
                    if (p + 1 >= end && !final)
                        return recordStart;
                    p += p + 1 < end && buf[p + 1] === 10 ? 2 : 1;
                }
                else
                    p++;
                break;
            }
            this.quoteBytes += quoteBytes;
            this.recordEnd = p;
            this.sink.row(buf, starts, ends, flags, count, this.line);
            this.line += 1 + newlines;
        }
        return end;
    }
    unterminated() {
        return new core_errors/* DataError */.fL(`unterminated quoted field in the record starting at line ${this.line}`, {
            hint: 'close the quote, or check the quote character and delimiter',
        });
    }
    tooManyColumns() {
        return new core_errors/* DataError */.fL(`the record at line ${this.line} has more than ${this.maxColumns} columns`, {
            hint: 'check the delimiter; mlci reads at most this many columns',
        });
    }
}
/** The text of a flagged cell: `""` unescaped, and `"ab"cd` read as `abcd` (Python csv's reading). */
function unescapeCell(raw, flag, quote = '"') {
    if ((flag & CELL_FLAG.malformed) === 0)
        return raw.split(quote + quote).join(quote);
    let out = '';
    let i = 1;
    for (; i < raw.length; i++) {
        if (raw[i] === quote) {
            if (raw[i + 1] === quote) {
                out += quote;
                i++;
                continue;
            }
            break;
        }
        out += raw[i];
    }
    return out + raw.slice(i + 1);
}

;// CONCATENATED MODULE: ./build/core/data/csv/csv-table.js





/**
 * Validates CSV records as the scanner hands them over: header first (unless a column map is given, as
 * for a byte range after the first), then each row's cells against the compiled fields.
 */
class CsvTable {
    state;
    map;
    /** Row number of the next data row (frictionless numbering: the header is row 1). */
    nextRow;
    /** The schema-level missing values, for cells of columns no field describes. */
    blanks;
    constructor(state, options = {}) {
        this.state = state;
        this.columns = options.columns;
        this.nextRow = options.firstRow ?? (options.columns ? 1 : 2);
        const encoder = new TextEncoder();
        this.blanks = state.options.schema.missingValues.map((value) => encoder.encode(value));
    }
    get columns() {
        return this.map;
    }
    /** Sets the column map (the header's, or a positional one); reports then name the file's columns. */
    set columns(columns) {
        this.map = columns;
        if (columns)
            this.state.columnOf = (0,validate_header/* columnsOfFields */.Ci)(columns, this.state.options.schema.fields.length);
    }
    row(buf, starts, ends, flags, count, line) {
        const state = this.state;
        const { file, errors, checkers, keys, profiler, labelField } = state.options;
        if (this.columns === undefined) {
            const labels = Array.from({ length: count }, (_, i) => cellText(buf, starts[i], ends[i], flags[i]));
            this.columns = (0,validate_header/* matchHeader */.Rh)(labels, state.options.schema, file);
            for (const error of this.columns.errors)
                errors.add(error);
            return;
        }
        const row = this.nextRow++;
        state.rows++;
        if ((count === 1 && starts[0] === ends[0]) || this.isBlank(buf, starts, ends, flags, count)) {
            state.blankRow(row, line);
            return;
        }
        const fieldOf = this.columns.fieldOf;
        const width = fieldOf.length;
        const cells = Math.min(count, width);
        for (let i = 0; i < cells; i++) {
            const field = fieldOf[i];
            if (field < 0)
                continue;
            const s = starts[i];
            const e = ends[i];
            const flag = flags[i];
            const checker = checkers[field];
            const status = (flag & (CELL_FLAG.escaped | CELL_FLAG.malformed)) === 0
                ? checker.checkBytes(buf, s, e)
                : checkEscapedCell(checker, buf, s, e, flag);
            if (status === field_checker/* CELL */.J.ok) {
                if (state.tracksOk || field === labelField)
                    state.ok(field);
            }
            else if (status === field_checker/* CELL */.J.missing)
                state.missing(field);
            else
                failedCell(state, field, status, row, line, buf, s, e, flag);
        }
        if (count !== width)
            this.raggedRow(buf, starts, ends, flags, count, row, line);
        if (keys && state.needValues) {
            const record = { buf, start: starts[0], end: ends[count - 1] };
            keys.row(state.values, record, row, line, errors, file);
        }
        profiler?.endRow();
    }
    // Stops at the first cell that is not a missing value: one check per row on ordinary data.
    isBlank(buf, starts, ends, flags, count) {
        const { checkers } = this.state.options;
        const fieldOf = this.map.fieldOf;
        for (let i = 0; i < count; i++) {
            const s = starts[i];
            const e = ends[i];
            const flag = flags[i];
            const escaped = (flag & (CELL_FLAG.escaped | CELL_FLAG.malformed)) !== 0;
            const field = i < fieldOf.length ? fieldOf[i] : -1;
            if (field >= 0) {
                const checker = checkers[field];
                if (escaped ? !checker.isMissingText(cellText(buf, s, e, flag)) : !checker.isMissingBytes(buf, s, e))
                    return false;
            }
            else if (escaped) {
                if (!this.state.options.schema.missingValues.includes(cellText(buf, s, e, flag)))
                    return false;
            }
            else if (!this.blanks.some((blank) => (0,bytes/* bytesEqual */.O6)(buf, s, e, blank)))
                return false;
        }
        return true;
    }
    raggedRow(buf, starts, ends, flags, count, row, line) {
        const { file, errors, schema, checkers, profiler } = this.state.options;
        const { fieldOf, labels } = this.columns;
        for (let i = count; i < fieldOf.length; i++) {
            const field = fieldOf[i];
            if (field >= 0) {
                this.state.nulls[field]++;
                profiler?.add(field, null);
                if (this.state.needValues)
                    this.state.values[field] = null;
                if (checkers[field].required)
                    this.state.constraintErrors[field]++;
            }
            errors.add({
                type: 'missing-cell',
                file,
                row,
                line,
                column: i + 1,
                field: field >= 0 ? schema.fields[field].name : labels[i],
                message: `the row has ${count} cells, the header ${fieldOf.length}: "${labels[i]}" is missing`,
            });
        }
        for (let i = fieldOf.length; i < count; i++) {
            const value = cellText(buf, starts[i], ends[i], flags[i]);
            errors.add({
                type: 'extra-cell',
                file,
                row,
                line,
                column: i + 1,
                value: value.slice(0, 200),
                message: `the row has ${count} cells, the header ${fieldOf.length}`,
            });
        }
    }
}
/** The text of a cell, unescaped when its flags say so. */
function cellText(buf, start, end, flag) {
    const raw = (0,decode/* decode */.D4)(buf, start, end);
    return (flag & (CELL_FLAG.escaped | CELL_FLAG.malformed)) === 0 ? raw : unescapeCell(raw, flag);
}
// Out of line so that the row loop captures nothing in a closure: a closure there gives every iteration a
// heap-allocated context (the JSONL reader measured 640 bytes of garbage a row from the same pattern).
function checkEscapedCell(checker, buf, s, e, flag) {
    return checker.checkEscaped(s, e, () => cellText(buf, s, e, flag));
}
function failedCell(state, field, status, row, line, buf, s, e, flag) {
    state.cell(field, status, row, line, () => cellText(buf, s, e, flag));
}

;// CONCATENATED MODULE: ./build/core/data/validate/error-collector.js
/** How many samples of each error type to keep, and how long a sampled value may be. */
const SAMPLE_DEFAULTS = {
    perType: 100,
    valueChars: 200,
};
/** Counts every error and keeps the first N samples of each type: capped, never silently partial. */
class ErrorCollector {
    perType;
    counts = new Map();
    samples = new Map();
    constructor(perType = SAMPLE_DEFAULTS.perType) {
        this.perType = perType;
    }
    add(error) {
        const count = (this.counts.get(error.type) ?? 0) + 1;
        this.counts.set(error.type, count);
        if (count > this.perType)
            return;
        const list = this.samples.get(error.type);
        if (list)
            list.push(error);
        else
            this.samples.set(error.type, [error]);
    }
    /** True when add() would keep another sample of this type (callers skip building the message if not). */
    wants(type) {
        return (this.counts.get(type) ?? 0) < this.perType;
    }
    /** Counts one error whose sample is not wanted. */
    count(type) {
        this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
    }
    get total() {
        let total = 0;
        for (const count of this.counts.values())
            total += count;
        return total;
    }
    /** Appends another collector's errors after this one's (shards in order), shifting their rows. */
    merge(other, shift = { rows: 0, lines: 0 }) {
        for (const [type, count] of other.counts) {
            const samples = other.samples.find(([t]) => t === type)?.[1] ?? [];
            const before = this.counts.get(type) ?? 0;
            this.counts.set(type, before + count);
            const list = this.samples.get(type) ?? [];
            for (const sample of samples) {
                if (list.length >= this.perType)
                    break;
                list.push(shiftRows(sample, shift));
            }
            if (list.length > 0)
                this.samples.set(type, list);
        }
    }
    serialize() {
        return { counts: [...this.counts], samples: [...this.samples] };
    }
}
function shiftRows(error, shift) {
    if (shift.rows === 0 && shift.lines === 0)
        return error;
    return {
        ...error,
        row: error.row === undefined ? undefined : error.row + shift.rows,
        line: error.line === undefined ? undefined : error.line + shift.lines,
    };
}
/** A cell value cut for a report: long values keep their start and say how long they were. */
function sampleValue(text, max = SAMPLE_DEFAULTS.valueChars) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}

;// CONCATENATED MODULE: ./build/core/data/jsonl/record-scanner.js


/** What a scanned record holds for a field: where its value is, and what kind of JSON value it is. */
const VALUE = {
    absent: 0,
    /** A string without escapes: start/end are its bytes inside the quotes. */
    string: 1,
    /** A string with backslash escapes: start/end are inside the quotes, the text needs JSON.parse. */
    escaped: 2,
    number: 3,
    true: 4,
    false: 5,
    null: 6,
    /** An object or array: start/end cover its JSON text. */
    nested: 7,
};
// Byte classes: JSON whitespace, escapes, hex digits.
const WS = new Uint8Array(256);
for (const b of [9, 10, 13, 32])
    WS[b] = 1;
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF')
    HEX[c.charCodeAt(0)] = 1;
const record_scanner_TRUE = [116, 114, 117, 101];
const record_scanner_FALSE = [102, 97, 108, 115, 101];
const NULL = [110, 117, 108, 108];
/** Deeper nesting than this goes to JSON.parse (the scanner's container stack is fixed). */
const MAX_DEPTH = 512;
/** Schemas with more fields than this look keys up in a map (keys out of the schema's order). */
const LINEAR_LOOKUP = 16;
const OBJECT = 1;
const ARRAY = 2;
/**
 * Finds the values of named keys in one JSON text that should be an object, straight from its UTF-8
 * bytes (already validated as UTF-8 by ChunkedInput), without building the object. It checks the whole
 * text against the JSON grammar as JSON.parse does, and answers false — "use JSON.parse" — for anything
 * it does not settle: text that is not an object or not valid JSON (JSON.parse then gives the error), a
 * key with escapes, a named key given twice, nesting deeper than MAX_DEPTH. It never accepts text that
 * JSON.parse rejects. Keys it is not asked about are validated and skipped.
 */
class JsonRecordScanner {
    blanks;
    kinds;
    starts;
    ends;
    /** A number field's value when the scan could read it exactly, else NaN (read it from the text). */
    numbers;
    /** Keys of the last record that are none of the names. */
    unknownKeys = 0;
    /** Every unknown key's value was null or an unescaped string equal to one of `blanks`. */
    unknownBlank = true;
    escaped = false;
    names;
    /** Names whose JSON text is their bytes (no quote, backslash or control character to escape). */
    plain;
    /** For a wide schema: a key that is not the next field in order is looked up by its text. */
    byName;
    stack = new Uint8Array(MAX_DEPTH);
    constructor(names, blanks) {
        this.blanks = blanks;
        const encoder = new TextEncoder();
        this.names = names.map((name) => encoder.encode(name));
        this.plain = this.names.map((name) => name.every((b) => b >= 32 && b !== 34 && b !== 92));
        this.byName = names.length > LINEAR_LOOKUP ? new Map(names.map((name, i) => [name, i])) : undefined;
        this.kinds = new Uint8Array(names.length);
        this.starts = new Int32Array(names.length);
        this.ends = new Int32Array(names.length);
        this.numbers = new Float64Array(names.length);
    }
    /** Scans buf[start, end); true when kinds/starts/ends describe the record, false to use JSON.parse. */
    scan(buf, start, end) {
        const { kinds, starts, ends } = this;
        for (let i = 0; i < kinds.length; i++)
            kinds[i] = VALUE.absent;
        this.unknownKeys = 0;
        this.unknownBlank = true;
        let p = ws(buf, start, end);
        if (p >= end || buf[p] !== 123)
            return false;
        p = ws(buf, p + 1, end);
        if (p >= end)
            return false;
        let guess = 0;
        if (buf[p] === 125)
            p++;
        else
            for (;;) {
                if (buf[p] !== 34)
                    return false;
                const keyStart = p + 1;
                // Keys mostly come in the schema's order: try the next name in place before scanning the key.
                let field = this.nameAt(buf, keyStart, end, guess);
                if (field >= 0)
                    p = keyStart + this.names[field].length + 1;
                else {
                    p = this.string(buf, keyStart, end);
                    if (p < 0 || this.escaped)
                        return false;
                    field = this.field(buf, keyStart, p - 1, guess);
                }
                if (p < end && WS[buf[p]] === 1)
                    p = ws(buf, p, end);
                if (p >= end || buf[p] !== 58)
                    return false;
                p++;
                if (p < end && WS[buf[p]] === 1)
                    p = ws(buf, p, end);
                if (p >= end)
                    return false;
                const valueStart = p;
                const kind = this.value(buf, p, end);
                if (kind === VALUE.absent)
                    return false;
                p = this.valueEnd;
                if (field >= 0) {
                    if (kinds[field] !== VALUE.absent)
                        return false; // a repeated key: JSON.parse keeps the last
                    kinds[field] = kind;
                    if (kind === VALUE.number)
                        this.numbers[field] = NUMBER[0];
                    const quoted = kind === VALUE.string || kind === VALUE.escaped;
                    starts[field] = quoted ? valueStart + 1 : valueStart;
                    ends[field] = quoted ? p - 1 : p;
                    guess = field + 1;
                }
                else {
                    this.unknownKeys++;
                    if (this.unknownBlank && kind !== VALUE.null)
                        this.unknownBlank = kind === VALUE.string && this.isBlank(buf, valueStart + 1, p - 1);
                }
                if (p < end && WS[buf[p]] === 1)
                    p = ws(buf, p, end);
                if (p >= end)
                    return false;
                if (buf[p] === 44) {
                    p++;
                    if (p < end && WS[buf[p]] === 1)
                        p = ws(buf, p, end);
                    if (p >= end)
                        return false;
                    continue;
                }
                if (buf[p] !== 125)
                    return false;
                p++;
                break;
            }
        return ws(buf, p, end) === end;
    }
    /** Where the last value() ended. */
    valueEnd = 0;
    /**
     * `guess` when the key at `start` (just after its opening quote) is that name, else -1. A name that
     * needs escaping in JSON never matches here (plainName), and the key must end with a quote right after.
     */
    nameAt(buf, start, end, guess) {
        if (guess >= this.names.length || !this.plain[guess])
            return -1;
        const name = this.names[guess];
        const close = start + name.length;
        if (close >= end || buf[close] !== 34)
            return -1;
        for (let i = 0; i < name.length; i++)
            if (buf[start + i] !== name[i])
                return -1;
        return guess;
    }
    field(buf, start, end, guess) {
        const names = this.names;
        if (guess < names.length && (0,bytes/* bytesEqual */.O6)(buf, start, end, names[guess]))
            return guess;
        if (this.byName)
            return this.byName.get((0,decode/* decode */.D4)(buf, start, end)) ?? -1;
        for (let i = 0; i < names.length; i++)
            if ((0,bytes/* bytesEqual */.O6)(buf, start, end, names[i]))
                return i;
        return -1;
    }
    isBlank(buf, start, end) {
        for (const blank of this.blanks)
            if ((0,bytes/* bytesEqual */.O6)(buf, start, end, blank))
                return true;
        return false;
    }
    /** The kind of the value at p (absent when it is not valid JSON); its end goes to valueEnd. */
    value(buf, p, end) {
        const c = buf[p];
        if (c === 34) {
            const e = this.string(buf, p + 1, end);
            if (e < 0)
                return VALUE.absent;
            this.valueEnd = e;
            return this.escaped ? VALUE.escaped : VALUE.string;
        }
        if (c === 45 || (c >= 48 && c <= 57)) {
            const e = number(buf, p, end);
            if (e < 0)
                return VALUE.absent;
            this.valueEnd = e;
            return VALUE.number;
        }
        if (c === 116)
            return this.literal(buf, p, end, record_scanner_TRUE, VALUE.true);
        if (c === 102)
            return this.literal(buf, p, end, record_scanner_FALSE, VALUE.false);
        if (c === 110)
            return this.literal(buf, p, end, NULL, VALUE.null);
        if (c === 123 || c === 91) {
            const e = this.nested(buf, p, end);
            if (e < 0)
                return VALUE.absent;
            this.valueEnd = e;
            return VALUE.nested;
        }
        return VALUE.absent;
    }
    literal(buf, p, end, word, kind) {
        if (p + word.length > end)
            return VALUE.absent;
        for (let i = 0; i < word.length; i++)
            if (buf[p + i] !== word[i])
                return VALUE.absent;
        this.valueEnd = p + word.length;
        return kind;
    }
    /** From just after an opening quote: the offset after the closing quote, or -1; sets `escaped`. */
    string(buf, p, end) {
        let escaped = false;
        for (;;) {
            let c = 0;
            while (p < end) {
                c = buf[p];
                if (c === 34 || c === 92 || c < 32)
                    break;
                p++;
            }
            if (p >= end)
                return -1;
            if (c === 34)
                break;
            if (c !== 92)
                return -1; // a raw control character
            escaped = true;
            if (p + 1 >= end)
                return -1;
            const d = buf[p + 1];
            if (d === 117) {
                if (p + 6 > end)
                    return -1;
                for (let i = 2; i < 6; i++)
                    if (HEX[buf[p + i]] === 0)
                        return -1;
                p += 6;
            }
            else if (SIMPLE_ESCAPE[d] === 1)
                p += 2;
            else
                return -1;
        }
        this.escaped = escaped;
        return p + 1;
    }
    /** Validates an object or array starting at p; the offset after it, or -1 (invalid, or too deep). */
    nested(buf, p, end) {
        const stack = this.stack;
        let depth = 0;
        for (;;) {
            // A value starts at p.
            const c = buf[p];
            if (c === 123 || c === 91) {
                if (depth === MAX_DEPTH)
                    return -1;
                stack[depth++] = c === 123 ? OBJECT : ARRAY;
                p = ws(buf, p + 1, end);
                if (p >= end)
                    return -1;
                if (buf[p] === (c === 123 ? 125 : 93)) {
                    depth--;
                    p++;
                }
                else {
                    if (c === 123) {
                        p = this.member(buf, p, end);
                        if (p < 0)
                            return -1;
                    }
                    continue;
                }
            }
            else {
                const kind = this.value(buf, p, end);
                if (kind === VALUE.absent)
                    return -1;
                p = this.valueEnd;
            }
            // After a value: close containers, or go on to the next element.
            for (;;) {
                if (depth === 0)
                    return p;
                p = ws(buf, p, end);
                if (p >= end)
                    return -1;
                const d = buf[p];
                const top = stack[depth - 1];
                if (d === 44) {
                    p = ws(buf, p + 1, end);
                    if (p >= end)
                        return -1;
                    if (top === OBJECT) {
                        p = this.member(buf, p, end);
                        if (p < 0)
                            return -1;
                    }
                    break;
                }
                if (d !== (top === OBJECT ? 125 : 93))
                    return -1;
                depth--;
                p++;
            }
        }
    }
    /** `"key" :` at p; the offset of the member's value, or -1. */
    member(buf, p, end) {
        if (buf[p] !== 34)
            return -1;
        p = this.string(buf, p + 1, end);
        if (p < 0)
            return -1;
        p = ws(buf, p, end);
        if (p >= end || buf[p] !== 58)
            return -1;
        p = ws(buf, p + 1, end);
        return p >= end ? -1 : p;
    }
}
function ws(buf, p, end) {
    while (p < end && WS[buf[p]] === 1)
        p++;
    return p;
}
// Exact powers of ten (Clinger's fast path: a mantissa below 2^53 times or divided by one is correctly
// rounded, the double Number(text) gives).
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** The value of the last number() read, or NaN when the fast path cannot give it exactly. */
const NUMBER = new Float64Array(1);
/**
 * `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` at p: the offset after it, or -1. Its value goes to NUMBER[0]
 * when at most 15 digits and a power of ten within ±22 make it exact, else NaN (JSON has no NaN).
 */
function number(buf, p, end) {
    const negative = buf[p] === 45;
    if (negative)
        p++;
    if (p >= end)
        return -1;
    let mantissa = 0;
    let count = 0;
    let scale = 0;
    const first = buf[p];
    if (first === 48) {
        p++;
        count = 1;
    }
    else if (first >= 49 && first <= 57) {
        for (; p < end; p++) {
            const d = buf[p] - 48;
            if (d < 0 || d > 9)
                break;
            mantissa = mantissa * 10 + d;
            count++;
        }
    }
    else
        return -1;
    if (p < end && buf[p] === 46) {
        const from = ++p;
        for (; p < end; p++) {
            const d = buf[p] - 48;
            if (d < 0 || d > 9)
                break;
            mantissa = mantissa * 10 + d;
            count++;
        }
        if (p === from)
            return -1;
        scale = p - from;
    }
    let exponent = 0;
    if (p < end && (buf[p] === 101 || buf[p] === 69)) {
        p++;
        let negativeExponent = false;
        if (p < end && (buf[p] === 43 || buf[p] === 45))
            negativeExponent = buf[p++] === 45;
        const from = p;
        for (; p < end; p++) {
            const d = buf[p] - 48;
            if (d < 0 || d > 9)
                break;
            if (exponent < 1e6)
                exponent = exponent * 10 + d;
        }
        if (p === from)
            return -1;
        if (negativeExponent)
            exponent = -exponent;
    }
    const power = exponent - scale;
    if (count <= 15 && power >= -22 && power <= 22) {
        const value = power < 0 ? mantissa / POW10[-power] : mantissa * POW10[power];
        NUMBER[0] = negative ? -value : value;
    }
    else
        NUMBER[0] = Number.NaN;
    return p;
}
const UNESCAPED = {
    34: 34,
    92: 92,
    47: 47,
    98: 8,
    102: 12,
    110: 10,
    114: 13,
    116: 9,
};
/**
 * The UTF-8 of a JSON string's text, from its bytes between the quotes (already validated by the scanner),
 * written into `out`; its length, or -1 when it does not fit or holds a lone surrogate escape (whose
 * text has no UTF-8: leave such strings to JSON.parse).
 */
function unescapeInto(buf, start, end, out) {
    let n = 0;
    let p = start;
    const room = out.length - 4;
    while (p < end) {
        if (n > room)
            return -1;
        const c = buf[p];
        if (c !== 92) {
            out[n++] = c;
            p++;
            continue;
        }
        const d = buf[p + 1];
        if (d !== 117) {
            out[n++] = UNESCAPED[d];
            p += 2;
            continue;
        }
        let code = hex4(buf, p + 2);
        p += 6;
        if (code >= 0xd800 && code <= 0xdfff) {
            if (code >= 0xdc00 || p + 6 > end || buf[p] !== 92 || buf[p + 1] !== 117)
                return -1;
            const low = hex4(buf, p + 2);
            if (low < 0xdc00 || low > 0xdfff)
                return -1;
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            p += 6;
        }
        if (code < 0x80)
            out[n++] = code;
        else if (code < 0x800) {
            out[n++] = 0xc0 | (code >> 6);
            out[n++] = 0x80 | (code & 0x3f);
        }
        else if (code < 0x10000) {
            out[n++] = 0xe0 | (code >> 12);
            out[n++] = 0x80 | ((code >> 6) & 0x3f);
            out[n++] = 0x80 | (code & 0x3f);
        }
        else {
            out[n++] = 0xf0 | (code >> 18);
            out[n++] = 0x80 | ((code >> 12) & 0x3f);
            out[n++] = 0x80 | ((code >> 6) & 0x3f);
            out[n++] = 0x80 | (code & 0x3f);
        }
    }
    return n;
}
function hex4(buf, p) {
    let value = 0;
    for (let i = 0; i < 4; i++) {
        const c = buf[p + i];
        value = value * 16 + (c <= 57 ? c - 48 : (c | 0x20) - 87);
    }
    return value;
}

;// CONCATENATED MODULE: ./build/core/data/jsonl/jsonl-table.js




/** A JSON string of at most this many bytes has at most 256 characters: checkNative's byte fast path. */
const SHORT_STRING_BYTES = 256;
/** Room for an escaped string's text when it is short enough for that fast path (longer: -1, JSON.parse). */
const TEXT = new Uint8Array(SHORT_STRING_BYTES);
/**
 * JSONL lines: each non-empty line is one JSON value. Lines are split on `\n` (a raw newline cannot occur
 * inside a JSON string). Against a Table Schema alone, a byte-level scanner (record-scanner.ts) finds the
 * fields' values in the line and checks them as bytes, as the CSV path does; a line it does not settle
 * (not an object, not valid JSON, escaped keys, repeated keys, keys to report as extra, a record a key
 * check hashes whole) and every line checked against a JSON Schema go through JSON.parse, and both paths
 * give the same verdicts (test/unit/core/data/jsonl). Implements the scanner interface ChunkedInput drives.
 */
class JsonlTable {
    state;
    file;
    errors;
    recordValidator;
    onRecord;
    line = 1;
    nextRow = 1;
    /** The byte-level scanner, when the records need no objects (undefined: JSON.parse every line). */
    scanner;
    reportsExtraKeys;
    constructor(state, file, errors, recordValidator, onRecord, options = {}) {
        this.state = state;
        this.file = file;
        this.errors = errors;
        this.recordValidator = recordValidator;
        this.onRecord = onRecord;
        const schema = state?.options.schema;
        const names = schema?.fields.map((field) => field.name) ?? [];
        const fast = state !== undefined &&
            !recordValidator &&
            !onRecord &&
            options.parseAll !== true &&
            state.options.keys?.needsRecord !== true &&
            new Set(names).size === names.length;
        const encoder = new TextEncoder();
        this.scanner = fast
            ? new JsonRecordScanner(names, schema.missingValues.map((value) => encoder.encode(value)))
            : undefined;
        this.reportsExtraKeys =
            schema?.fieldsMatch === 'exact' ||
                schema?.fieldsMatch === 'equal' ||
                schema?.fieldsMatch === 'superset';
    }
    /** Number of records seen (blank lines are not records). */
    get rows() {
        return this.nextRow - 1;
    }
    scan(buf, start, end, final) {
        let p = start;
        while (p < end) {
            let nl = buf.indexOf(10, p);
            if (nl === -1 || nl >= end) {
                if (!final)
                    return p;
                nl = end;
            }
            let e = nl;
            if (e > p && buf[e - 1] === 13)
                e--;
            if (e > p && !(this.scanner && this.scanned(buf, p, e)))
                this.record((0,decode/* decode */.D4)(buf, p, e));
            this.line++;
            p = nl + 1;
        }
        return end;
    }
    /**
     * The byte-level path: checks the record in buf[start, end) and returns true, or returns false having
     * changed nothing, for record() to parse it.
     */
    scanned(buf, start, end) {
        const scanner = this.scanner;
        if (!scanner.scan(buf, start, end))
            return false;
        if (scanner.unknownKeys > 0 && this.reportsExtraKeys)
            return false;
        const state = this.state;
        const { schema, checkers, keys, profiler, labelField, errors, file } = state.options;
        const { kinds, starts, ends } = scanner;
        const n = schema.fields.length;
        let blank = n > 0;
        for (let i = 0; blank && i < n; i++)
            blank = isBlankValue(checkers[i], kinds[i], buf, starts[i], ends[i]);
        // Whether a record whose fields are all missing is blank turns on its other keys; JSON.parse settles
        // any of them given twice (the last one counts).
        if (blank && !scanner.unknownBlank)
            return false;
        const row = this.nextRow++;
        const line = this.line;
        state.rows++;
        if (blank) {
            state.blankRow(row, line);
            return true;
        }
        for (let i = 0; i < n; i++) {
            const kind = kinds[i];
            const s = starts[i];
            const e = ends[i];
            const status = kind === VALUE.number
                ? checkers[i].checkJsonNumber(exactNumber(scanner.numbers[i], buf, s, e))
                : checkScanned(checkers[i], kind, buf, s, e);
            if (status === field_checker/* CELL */.J.ok) {
                if (state.tracksOk || i === labelField)
                    state.ok(i);
            }
            else if (status === field_checker/* CELL */.J.missing)
                state.missing(i);
            else
                jsonl_table_failedCell(state, i, status, row, line, kind, buf, s, e);
        }
        if (keys && state.needValues)
            keys.row(state.values, undefined, row, line, errors, file);
        profiler?.endRow();
        return true;
    }
    record(text) {
        const row = this.nextRow++;
        const line = this.line;
        let record;
        try {
            record = JSON.parse(text);
        }
        catch (thrown) {
            const why = thrown instanceof Error ? thrown.message : String(thrown);
            this.errors.add({
                type: 'format-error',
                file: this.file,
                row,
                line,
                value: sampleValue(text),
                message: `not valid JSON: ${why}`,
            });
            return;
        }
        if (this.recordValidator) {
            for (const problem of this.recordValidator(record))
                this.errors.add({ ...problem, file: this.file, row, line, value: sampleValue(text) });
        }
        this.onRecord?.(record);
        if (this.state)
            this.fields(record, row, line);
    }
    // Every value null, or a string that is a missing value of its field (the schema's list for others).
    isBlank(object) {
        const { schema, checkers } = this.state.options;
        for (const [key, value] of Object.entries(object)) {
            if (value === null)
                continue;
            if (typeof value !== 'string')
                return false;
            const field = schema.fields.findIndex((f) => f.name === key);
            if (field >= 0 ? !checkers[field].isMissingText(value) : !schema.missingValues.includes(value))
                return false;
        }
        return true;
    }
    fields(record, row, line) {
        const state = this.state;
        const { schema, checkers, keys, profiler, file, errors } = state.options;
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
            errors.add({ type: 'format-error', file, row, line, message: 'a record must be a JSON object' });
            return;
        }
        state.rows++;
        const object = record;
        if (schema.fields.length > 0 && this.isBlank(object)) {
            state.blankRow(row, line);
            return;
        }
        const { labelField } = state.options;
        for (let i = 0; i < schema.fields.length; i++) {
            const name = schema.fields[i].name;
            const raw = Object.hasOwn(object, name) ? object[name] : null;
            const status = checkers[i].checkNative(raw, true);
            if (status === field_checker/* CELL */.J.ok) {
                if (state.tracksOk || i === labelField)
                    state.ok(i);
            }
            else if (status === field_checker/* CELL */.J.missing)
                state.missing(i);
            else
                state.cell(i, status, row, line, () => jsonl_table_cellText(raw));
        }
        if (schema.fieldsMatch === 'exact' ||
            schema.fieldsMatch === 'equal' ||
            schema.fieldsMatch === 'superset') {
            for (const key of Object.keys(object)) {
                if (schema.fields.some((field) => field.name === key))
                    continue;
                errors.add({
                    type: 'extra-cell',
                    file,
                    row,
                    line,
                    field: key,
                    message: `key "${key}" is not in the schema`,
                });
            }
        }
        if (keys && state.needValues)
            keys.row(state.values, safeJson(record), row, line, errors, file);
        profiler?.endRow();
    }
}
/** A scanned number: its value read in the scan, or (NaN: not exact there) from its text as JSON.parse does. */
function exactNumber(scanned, buf, start, end) {
    return Number.isNaN(scanned) ? Number((0,decode/* decode */.D4)(buf, start, end)) : scanned;
}
/** checkNative(value, true) for a scanned value (not a number: see exactNumber), from its bytes where that gives the same outcome. */
function checkScanned(checker, kind, buf, start, end) {
    if (kind === VALUE.string && end - start <= SHORT_STRING_BYTES)
        return checker.checkBytes(buf, start, end);
    if (kind === VALUE.escaped) {
        const length = unescapeInto(buf, start, end, TEXT);
        if (length >= 0)
            return checker.checkBytes(TEXT, 0, length);
    }
    return checker.checkNative(jsonValue(kind, buf, start, end), true);
}
/**
 * Records a failed cell. Out of line so that the row loop captures nothing in a closure: a closure there
 * gives every iteration a heap-allocated context (measured: 640 bytes a row, most of the garbage).
 */
function jsonl_table_failedCell(state, field, status, row, line, kind, buf, start, end) {
    state.cell(field, status, row, line, () => jsonl_table_cellText(jsonValue(kind, buf, start, end)));
}
/** A cell's text in an error sample: strings and numbers as they are, other values as JSON. */
function jsonl_table_cellText(raw) {
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : safeJson(raw);
}
/** The value JSON.parse gives for a scanned value (VALUE.absent: the key is not there, read as null). */
function jsonValue(kind, buf, start, end) {
    switch (kind) {
        case VALUE.string:
            return (0,decode/* decode */.D4)(buf, start, end);
        case VALUE.escaped:
            return JSON.parse((0,decode/* decode */.D4)(buf, start - 1, end + 1));
        case VALUE.number:
            return Number((0,decode/* decode */.D4)(buf, start, end));
        case VALUE.true:
            return true;
        case VALUE.false:
            return false;
        case VALUE.nested:
            return JSON.parse((0,decode/* decode */.D4)(buf, start, end));
        default:
            return null;
    }
}
/** isBlank's test of one field's value, on the scanned bytes. */
function isBlankValue(checker, kind, buf, start, end) {
    if (kind === VALUE.absent || kind === VALUE.null)
        return true;
    if (kind === VALUE.string)
        return checker.isMissingBytes(buf, start, end);
    if (kind === VALUE.escaped) {
        const length = unescapeInto(buf, start, end, TEXT);
        return length >= 0
            ? checker.isMissingBytes(TEXT, 0, length)
            : checker.isMissingText(jsonValue(kind, buf, start, end));
    }
    return false;
}
/** JSON text of a parsed value; a value nested too deeply to stringify (JSON.parse accepts any depth) is cut. */
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return '(nested too deeply to show)';
    }
}

;// CONCATENATED MODULE: ./build/core/data/validate/key-hash.js
// 64-bit key hashes as two 32-bit halves: uniqueness and foreign keys keep 12 bytes per key instead of the
// key itself. A key of one number is its own 64 bits (exact); other keys are hashed, and a false duplicate
// needs both halves to collide: about n^2 / 2^65, so ~3e-4 for 1e8 keys (reference/data-validation.md
// §5.2). Documented as the price of bounded memory (docs/validate-data.md).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Running state of a composite key's hash. */
class KeyHasher {
    h1 = 0x811c9dc5;
    h2 = 0x9747b28c;
    reset() {
        this.h1 = 0x811c9dc5;
        this.h2 = 0x9747b28c;
    }
    mix(word) {
        this.h1 = Math.imul(this.h1 ^ word, 0x01000193);
        let k = Math.imul(word, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        // `| 0`: the same 32 bits as before, kept a small integer. The plain sum is a double up to 6e9, and
        // every insert then took V8's slow number path (3M integer keys: 3 s to insert instead of 1).
        this.h2 =
            (Math.imul(((this.h2 ^ Math.imul(k, 0x1b873593)) << 13) | ((this.h2 ^ Math.imul(k, 0x1b873593)) >>> 19), 5) +
                0xe6546b64) |
                0;
    }
    /** Adds one logical value (a key part); distinct types never hash alike. */
    add(value) {
        if (typeof value === 'number') {
            f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same key
            this.mix(1);
            this.mix(u32[0]);
            this.mix(u32[1]);
        }
        else if (typeof value === 'string') {
            this.mix(2);
            for (let i = 0; i < value.length; i++)
                this.mix(value.charCodeAt(i));
            this.mix(value.length);
        }
        else if (typeof value === 'boolean') {
            this.mix(value ? 3 : 4);
        }
        else {
            this.add(JSON.stringify(value));
        }
    }
    /**
     * A key of one number: its 64 bits as they are, so such keys never collide (exact, not hashed). The
     * tables finalize them for the slot. Other keys, and numbers within composite keys, are hashed.
     */
    setNumber(value) {
        f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same key
        this.h1 = u32[0] | 0;
        this.h2 = u32[1] | 0;
    }
    /** Adds raw bytes (a whole record, for duplicate-row). */
    addBytes(buf, start, end) {
        this.mix(5);
        for (let p = start; p < end; p++)
            this.mix(buf[p]);
        this.mix(end - start);
    }
}
/** Appends (h1, h2, row) triples to a growing Int32Array over a SharedArrayBuffer (no copy to post it). */
class KeyRecorder {
    count = 0;
    triples = new Int32Array(new SharedArrayBuffer(3 * 4096 * 4));
    add(h1, h2, row) {
        if (this.count * 3 + 3 > this.triples.length) {
            const grown = new Int32Array(new SharedArrayBuffer(this.triples.length * 2 * 4));
            grown.set(this.triples);
            this.triples = grown;
        }
        const at = this.count * 3;
        this.triples[at] = h1;
        this.triples[at + 1] = h2;
        this.triples[at + 2] = row;
        this.count++;
    }
    result() {
        return { count: this.count, triples: this.triples };
    }
}
/** Murmur3's 32-bit finalizer: every input bit flips about half the output bits. */
function key_hash_fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * An open-addressing set of 64-bit hashes, each with the first row that had it: one Int32Array of
 * (h1, h2, row + 1) triples, 12 bytes a slot, at most 3/4 full (16 bytes a key), so a probe reads one
 * cache line, not one in a key array and one in a row array. The slot is the finalized hash scaled to
 * the capacity (not masked), so the capacity need not be a power of two and a table sized for the
 * expected keys (reserve) holds 3M keys in 4M slots (48 MB), never grows and never holds two copies.
 */
class HashTable {
    seed;
    capacity = 0;
    size = 0;
    slots = new Int32Array(0);
    /** insertBatch's first slots, and what its touching read (kept, so the reads are not dropped). */
    starts = new Int32Array(0);
    touched = 0;
    /**
     * `expected`: keys to room for without growing (when the caller knows, as a partition owner does).
     * `seed`: of the slot function (slotOf); random unless a test fixes it.
     */
    constructor(expected = 0, seed = (Math.random() * 4294967296) | 0) {
        this.seed = seed;
        this.resize(capacityFor(expected));
    }
    /** Keys stored. */
    get count() {
        return this.size;
    }
    /** Slots (a fresh table has 4,096). */
    get slotCount() {
        return this.capacity;
    }
    /** Bytes the table holds: 12 a slot. */
    get bytes() {
        return this.slots.byteLength;
    }
    /** Makes room for `expected` keys in all, now (no growth, no rehash, up to that many). */
    reserve(expected) {
        const capacity = capacityFor(expected);
        if (capacity > this.capacity)
            this.resize(capacity);
    }
    /** Inserts; returns the first row seen with this hash, or -1 when it is new. */
    insert(h1, h2, row) {
        if (this.size * 4 >= this.capacity * 3)
            this.resize(Math.ceil(this.capacity * 1.5));
        const slots = this.slots;
        const at = this.find(h1 | 0, h2 | 0);
        if (slots[at + 2] !== 0)
            return slots[at + 2] - 1;
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = row + 1;
        this.size++;
        return -1;
    }
    /**
     * Inserts `count` keys at once: `hashes` holds (h1, h2) pairs, `rows` their rows; `firsts[i]` gets what
     * insert() would return. The slots are found for the whole batch first, touching each (their cache
     * misses overlap, instead of one whole miss per key between two rows' parsing), then filled in order,
     * so the result is that of inserting one by one.
     */
    insertBatch(hashes, rows, count, firsts) {
        if ((this.size + count) * 4 >= this.capacity * 3)
            this.resize(Math.max(Math.ceil(this.capacity * 1.5), capacityFor(this.size + count)));
        if (this.starts.length < count)
            this.starts = new Int32Array(count);
        const starts = this.starts;
        const slots = this.slots;
        const capacity = this.capacity;
        const seed = this.seed;
        let touched = 0;
        for (let i = 0; i < count; i++) {
            const at = slotOf(hashes[i * 2], hashes[i * 2 + 1], capacity, seed) * 3;
            starts[i] = at;
            touched |= slots[at + 2];
        }
        this.touched = touched;
        const end = capacity * 3;
        for (let i = 0; i < count; i++) {
            const h1 = hashes[i * 2];
            const h2 = hashes[i * 2 + 1];
            let at = starts[i];
            while (slots[at + 2] !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
                at += 3;
                if (at === end)
                    at = 0;
            }
            if (slots[at + 2] !== 0)
                firsts[i] = slots[at + 2] - 1;
            else {
                slots[at] = h1;
                slots[at + 1] = h2;
                slots[at + 2] = rows[i] + 1;
                this.size++;
                firsts[i] = -1;
            }
        }
    }
    has(h1, h2) {
        return this.slots[this.find(h1 | 0, h2 | 0) + 2] !== 0;
    }
    /** The index of the triple holding (h1, h2), or of the empty slot where it goes. */
    find(h1, h2) {
        const slots = this.slots;
        const end = this.capacity * 3;
        let at = slotOf(h1, h2, this.capacity, this.seed) * 3;
        while (slots[at + 2] !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
            at += 3;
            if (at === end)
                at = 0;
        }
        return at;
    }
    resize(capacity) {
        const old = this.slots;
        this.capacity = capacity;
        this.slots = new Int32Array(capacity * 3);
        for (let i = 0; i < old.length; i += 3) {
            if (old[i + 2] === 0)
                continue;
            const at = this.find(old[i], old[i + 1]);
            this.slots[at] = old[i];
            this.slots[at + 1] = old[i + 1];
            this.slots[at + 2] = old[i + 2];
        }
    }
}
/**
 * A hash's first slot: both halves finalized with the table's seed, then multiply-shifted onto
 * [0, capacity) (exact in a double: < 2^54). The seed is random per table: a number key's hash is its
 * bits, which a file chooses at will, and an unseeded slot function would let a crafted file put every
 * key on one probe chain (quadratic time).
 */
function slotOf(h1, h2, capacity, seed) {
    return Math.floor((key_hash_fmix32(h1 ^ key_hash_fmix32(h2 ^ seed)) * capacity) / 4294967296);
}
/** Slots for `expected` keys at most 3/4 full (4,096 at least). */
function capacityFor(expected) {
    return Math.max(1 << 12, Math.ceil((expected * 4) / 3) + 1);
}

;// CONCATENATED MODULE: ./build/core/data/validate/key-checks.js

/**
 * The O(n)-memory checks: `unique` constraints, primaryKey, uniqueKeys, duplicate rows and foreign keys
 * within the table. Each keeps 64-bit hashes (key-hash.ts), so about 16-24 bytes per distinct key. In check
 * mode the rows' keys are inserted in batches (flush()): the key errors are complete only after finish().
 */
class KeyChecks {
    mode;
    sets = [];
    /**
     * One hash table per distinct key (ordered field list, or the whole record): `unique` on id and
     * `primaryKey: [id]` are one table and one insert per row, not two (half the memory and time).
     */
    tables = [];
    /** Per table, the first key set on it: its fields (or the whole record) make the key. */
    tableSets;
    /** Check mode: per table, the keys of the rows waiting for their batch insert (see flush()). */
    pending = [];
    /** Check mode: the waiting rows (at most BATCH), their lines, and the collector and file they report to. */
    pendingRows = new Int32Array(BATCH);
    pendingLines = new Int32Array(BATCH);
    pendingCount = 0;
    pendingErrors;
    pendingFile = '';
    recorders = [];
    /** Capture mode: the rows asked for, in the order met. */
    captured = [];
    foreign = [];
    hasher = new KeyHasher();
    collect = [];
    lookups = [];
    columns;
    /** Each field's 1-based column in the file being read (set per file), for the errors' `column`. */
    get columnOf() {
        return this.columns;
    }
    set columnOf(columnOf) {
        this.flush(); // the waiting rows' errors name the columns of their own file
        this.columns = columnOf;
    }
    constructor(schema, duplicateRows, pkg, mode = { kind: 'check' }) {
        this.mode = mode;
        const index = (names) => names.map((name) => schema.fields.findIndex((f) => f.name === name));
        const tableOf = new Map();
        const addSet = (type, fields, names) => {
            const key = type === 'duplicate-row' ? 'record' : fields.join(',');
            let table = tableOf.get(key);
            if (table === undefined) {
                table = this.tables.push(new HashTable()) - 1;
                tableOf.set(key, table);
            }
            this.sets.push({ type, fields, names, table });
        };
        schema.fields.forEach((field, i) => {
            if (field.constraints.unique)
                addSet('unique-error', [i], [field.name]);
        });
        if (schema.primaryKey.length > 0)
            addSet('primary-key', index(schema.primaryKey), schema.primaryKey);
        for (const key of schema.uniqueKeys)
            addSet('unique-error', index(key), key);
        if (duplicateRows)
            addSet('duplicate-row', [], []);
        this.tableSets = this.tables.map((_, table) => this.sets.find((s) => s.table === table));
        if (mode.kind === 'check')
            this.pending = this.tableSets.map((set) => {
                return {
                    set,
                    count: 0,
                    index: new Int32Array(BATCH),
                    hashes: new Int32Array(BATCH * 2),
                    rows: new Int32Array(BATCH),
                    firsts: new Int32Array(BATCH),
                    firstOf: new Int32Array(BATCH),
                    values: set.fields.length === 1 ? new Array(BATCH) : undefined,
                };
            });
        if (mode.kind === 'record')
            for (const _ of this.tables)
                this.recorders.push(new KeyRecorder());
        for (const fk of schema.foreignKeys) {
            if (fk.resource !== undefined)
                continue; // other resources are checked by the package validator
            this.foreign.push({
                fields: index(fk.fields),
                names: fk.fields,
                referenced: new HashTable(),
                referenceFields: index(fk.referenceFields),
                pending: new Int32Array(4096),
                count: 0,
            });
        }
        for (const names of pkg?.collect ?? [])
            this.collect.push({ fields: index(names), table: new HashTable() });
        for (const ref of pkg?.references ?? [])
            this.lookups.push({ ...ref, fields: index(ref.fields), names: ref.fields });
    }
    /**
     * Sizes the key tables for about `rows` more rows (an estimate: they still grow past it), so a large
     * file's table is allocated once instead of grown and rehashed through every size.
     */
    expectRows(rows) {
        if (this.mode.kind !== 'check')
            return;
        for (const table of this.tables)
            table.reserve(table.count + rows);
    }
    /** Bytes held by the key tables of this table's own checks (unique, keys, duplicate rows). */
    get tableBytes() {
        return this.tables.reduce((sum, table) => sum + table.bytes, 0);
    }
    /** The key checks in report order, each with the index of its table (shared by sets over the same key). */
    get keySets() {
        return this.sets;
    }
    /**
     * True when every check here can be partitioned by key hash (no foreign keys, no data package keys:
     * those need the referenced keys of the whole table in one place).
     */
    get partitionable() {
        return this.foreign.length === 0 && this.collect.length === 0 && this.lookups.length === 0;
    }
    /** Record mode: per table, every row's key hash and row number, in row order (shared memory). */
    recorded() {
        return this.recorders.map((recorder) => recorder.result());
    }
    /** The key sets asked for by `PackageKeys.collect`, in its order, once every row has been seen. */
    get collected() {
        return this.collect.map((c) => c.table);
    }
    /** True when any check needs the logical values of a row. */
    get active() {
        return (this.sets.length > 0 || this.foreign.length > 0 || this.collect.length > 0 || this.lookups.length > 0);
    }
    /** True when a check hashes the whole record (duplicate rows), not only field values. */
    get needsRecord() {
        return this.sets.some((set) => set.type === 'duplicate-row');
    }
    /** Fields whose values the checks read. */
    get fieldsUsed() {
        return new Set([
            ...this.sets.flatMap((s) => s.fields),
            ...this.foreign.flatMap((f) => [...f.fields, ...f.referenceFields]),
            ...this.collect.flatMap((c) => c.fields),
            ...this.lookups.flatMap((l) => l.fields),
        ]);
    }
    /**
     * Checks one row. `values` are the logical values by field index (null when missing); `record` is the
     * raw record bytes for duplicate-row.
     */
    row(values, record, row, line, errors, file) {
        const hasher = this.hasher;
        if (this.mode.kind === 'capture') {
            if (this.mode.rows.has(row))
                this.captured.push([row, line, [...values]]);
            return;
        }
        if (this.mode.kind === 'record') {
            for (let table = 0; table < this.recorders.length; table++) {
                hasher.reset();
                // keys with a null are excluded (SQL)
                if (this.hashKey(this.tableSets[table], values, record))
                    this.recorders[table].add(hasher.h1, hasher.h2, row);
            }
        }
        else if (this.pending.length > 0)
            this.queue(values, record, row, line, errors, file);
        for (const fk of this.foreign) {
            hasher.reset();
            if (this.hashFields(values, fk.referenceFields))
                fk.referenced.insert(hasher.h1, hasher.h2, row);
            hasher.reset();
            if (!this.hashFields(values, fk.fields))
                continue;
            if (fk.count * 4 + 4 > fk.pending.length) {
                const grown = new Int32Array(fk.pending.length * 2);
                grown.set(fk.pending);
                fk.pending = grown;
            }
            fk.pending.set([hasher.h1 | 0, hasher.h2 | 0, row, line], fk.count * 4);
            fk.count++;
        }
        for (const set of this.collect) {
            hasher.reset();
            if (this.hashFields(values, set.fields))
                set.table.insert(hasher.h1, hasher.h2, row);
        }
        // The referenced resource was read first, so its key set is complete: a miss is reported at once.
        for (const ref of this.lookups) {
            hasher.reset();
            if (!this.hashFields(values, ref.fields))
                continue; // a null in any key field is not checked
            if (ref.keys.has(hasher.h1, hasher.h2))
                continue;
            if (!errors.wants('foreign-key')) {
                errors.count('foreign-key');
                continue;
            }
            const value = ref.fields.map((f) => keyText(values[f])).join(', ');
            errors.add({
                type: 'foreign-key',
                file,
                row,
                line,
                column: ref.fields.length === 1 ? this.column(ref.fields[0]) : undefined,
                field: ref.names.join(', '),
                value,
                message: `(${ref.names.join(', ')}) = (${value}) has no matching row in ${ref.resource} (${ref.referenceFields.join(', ')})`,
            });
        }
    }
    /** Hashes a row's keys into the waiting batch; a full batch is inserted (flush). */
    queue(values, record, row, line, errors, file) {
        if (this.pendingCount > 0 && (file !== this.pendingFile || errors !== this.pendingErrors))
            this.flush();
        this.pendingErrors = errors;
        this.pendingFile = file;
        const hasher = this.hasher;
        const r = this.pendingCount;
        for (const pending of this.pending) {
            hasher.reset();
            if (!this.hashKey(pending.set, values, record))
                continue; // keys with a null are excluded (SQL)
            const i = pending.count++;
            pending.index[i] = r;
            pending.hashes[i * 2] = hasher.h1;
            pending.hashes[i * 2 + 1] = hasher.h2;
            pending.rows[i] = row;
            if (pending.values)
                pending.values[r] = values[pending.set.fields[0]];
        }
        this.pendingRows[r] = row;
        this.pendingLines[r] = line;
        if (++this.pendingCount === BATCH)
            this.flush();
    }
    /**
     * Inserts the waiting rows' keys (one batch per table: HashTable.insertBatch) and reports their repeats
     * as one row at a time would have: by row, then by key set, each naming the first row of its key.
     */
    flush() {
        const count = this.pendingCount;
        if (count === 0)
            return;
        this.pendingCount = 0;
        this.pending.forEach((pending, table) => {
            pending.firstOf.fill(-1, 0, count);
            if (pending.count === 0)
                return;
            this.tables[table].insertBatch(pending.hashes, pending.rows, pending.count, pending.firsts);
            for (let i = 0; i < pending.count; i++)
                pending.firstOf[pending.index[i]] = pending.firsts[i];
            pending.count = 0;
        });
        const errors = this.pendingErrors;
        for (let r = 0; r < count; r++) {
            for (const set of this.sets) {
                const pending = this.pending[set.table];
                const first = pending.firstOf[r];
                if (first === -1)
                    continue;
                // The message needs only a one-field key's value: the rest of the row is long gone.
                const values = [];
                if (pending.values)
                    values[set.fields[0]] = pending.values[r];
                const column = set.names.length === 1 ? this.column(set.fields[0]) : undefined;
                const row = this.pendingRows[r];
                errors.add(keyError(set, values, first, row, this.pendingLines[r], this.pendingFile, column));
            }
        }
        for (const pending of this.pending)
            pending.values?.fill(undefined, 0, count);
    }
    /**
     * Reports what is still waiting: the last rows' repeats, and foreign keys with no referenced row, once
     * the whole table has been seen. The key errors of a table are complete only after this.
     */
    finish(errors, file) {
        this.flush();
        for (const fk of this.foreign) {
            for (let i = 0; i < fk.count; i++) {
                const [h1, h2, row, line] = fk.pending.subarray(i * 4, i * 4 + 4);
                if (fk.referenced.has(h1, h2))
                    continue;
                errors.add({
                    type: 'foreign-key',
                    file,
                    row,
                    line,
                    field: fk.names.join(', '),
                    message: `(${fk.names.join(', ')}) has no matching row in the referenced fields`,
                });
            }
        }
    }
    column(field) {
        return this.columnOf === undefined ? field + 1 : this.columnOf[field] || undefined;
    }
    /** Hashes the key of `set` into the hasher; false when the key is excluded (a null, or no record). */
    hashKey(set, values, record) {
        if (set.type !== 'duplicate-row')
            return this.hashFields(values, set.fields);
        if (record === undefined)
            return false;
        if (typeof record === 'string')
            this.hasher.add(record);
        else
            this.hasher.addBytes(record.buf, record.start, record.end);
        return true;
    }
    hashFields(values, fields) {
        if (fields.length === 1) {
            const value = values[fields[0]];
            if (typeof value === 'number') {
                this.hasher.setNumber(value);
                return true;
            }
        }
        for (const field of fields) {
            const value = values[field];
            if (value === null || value === undefined)
                return false;
            this.hasher.add(value);
        }
        return true;
    }
}
/** Rows whose keys are inserted together (HashTable.insertBatch): their cache misses overlap. */
const BATCH = 256;
/** The error of a row whose key repeats row `first` (by the row's logical values). */
function keyError(set, values, first, row, line, file, 
/** The key field's column in the file, when the caller knows it (fields matched by name). */
column = set.names.length === 1 ? set.fields[0] + 1 : undefined) {
    const what = set.type === 'duplicate-row' ? 'row' : `(${set.names.join(', ')})`;
    const firstLine = set.names.length === 1 ? ` value ${JSON.stringify(values[set.fields[0]])}` : '';
    return {
        type: set.type,
        file,
        row,
        line,
        field: set.names.length === 1 ? set.names[0] : undefined,
        column,
        message: `${what}${firstLine} repeats row ${first}`,
    };
}
function keyText(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

;// CONCATENATED MODULE: ./build/core/data/validate/compile-table.js


/**
 * True when a field has a `jsonSchema` constraint: only then does a caller load the JSON Schema compiler
 * (ajv) for `compileJsonSchema`, and a Table Schema without one starts without it.
 */
function usesJsonSchema(schema) {
    return schema?.fields.some((field) => field.constraints.jsonSchema !== undefined) === true;
}
/** Compiles a schema's fields; string cells are decoded only where a profile, key or label needs them. */
function compileTable(schema, options) {
    const keys = new KeyChecks(schema, options.duplicateRows, options.packageKeys, options.keyMode);
    const used = keys.fieldsUsed;
    const labelField = options.labelField === undefined
        ? undefined
        : schema.fields.findIndex((f) => f.name === options.labelField);
    const checkers = schema.fields.map((field, i) => new field_checker/* FieldChecker */.O(field, {
        missingValues: schema.missingValues,
        compileJsonSchema: options.compileJsonSchema,
        schemaFile: options.schemaFile,
        decodeStrings: options.profiling || used.has(i) || i === labelField,
    }));
    return {
        checkers,
        keys: keys.active ? keys : undefined,
        labelField: labelField === undefined || labelField < 0 ? undefined : labelField,
    };
}

;// CONCATENATED MODULE: ./build/core/data/validate/table-state.js


/** Per-field counts and the per-cell bookkeeping shared by the CSV, JSONL and Parquet passes. */
class TableState {
    options;
    rows = 0;
    nulls;
    /** Type and constraint errors per field (for `mostly` and the report's per-field table). */
    typeErrors;
    constraintErrors;
    labelCounts = new Map();
    /** Logical values of the current row by field, when keys need them. */
    values;
    needValues;
    /** False when a passing cell needs no bookkeeping at all (no profile, keys or label): the hot path. */
    tracksOk;
    /**
     * Each field's 1-based column in the file, once the header is matched (columnsOfFields): a report's
     * `column` is what a user counts in the file, not the field's position in the schema.
     */
    get columnOf() {
        return this.columns;
    }
    set columnOf(columnOf) {
        this.columns = columnOf;
        if (this.options.keys)
            this.options.keys.columnOf = columnOf;
    }
    columns;
    constructor(options) {
        this.options = options;
        const n = options.schema.fields.length;
        this.nulls = new Float64Array(n);
        this.typeErrors = new Float64Array(n);
        this.constraintErrors = new Float64Array(n);
        this.values = new Array(n).fill(null);
        this.needValues = options.keys?.active === true;
        this.tracksOk = this.needValues || options.profiler !== undefined;
    }
    /** The file column of a field for a report (its schema position when the file has no header map). */
    column(field) {
        if (this.columns === undefined)
            return field + 1;
        return this.columns[field] || undefined;
    }
    /**
     * A row whose every cell is a missing value: one `blank-row` error replaces the row's other errors
     * (frictionless-py table/row.py), each field counts a null, and no key sees the row.
     */
    blankRow(row, line) {
        const { errors, file, schema, profiler } = this.options;
        for (let field = 0; field < schema.fields.length; field++) {
            if (this.columns !== undefined && this.columns[field] === 0)
                continue; // not in this file
            this.nulls[field]++;
            profiler?.add(field, null);
        }
        profiler?.endRow();
        errors.add({
            type: 'blank-row',
            file,
            row,
            line,
            message: 'the row is blank: every cell is a missing value',
        });
    }
    /** A passing cell. */
    ok(field) {
        const checker = this.options.checkers[field];
        const value = checker.value;
        if (this.needValues)
            this.values[field] = checker.keyValue;
        this.options.profiler?.add(field, profileValue(value));
        if (field === this.options.labelField)
            this.countLabel(value);
    }
    /** A missing cell that is allowed to be missing. */
    missing(field) {
        if (this.needValues)
            this.values[field] = null;
        this.nulls[field]++;
        this.options.profiler?.add(field, null);
    }
    /** Records the outcome of one checked cell; `text` gives the cell's text for an error sample. */
    cell(field, status, row, line, text) {
        const checker = this.options.checkers[field];
        if (status === field_checker/* CELL */.J.ok) {
            if (this.needValues)
                this.values[field] = checker.keyValue;
            this.options.profiler?.add(field, profileValue(checker.value));
            if (field === this.options.labelField)
                this.countLabel(checker.value);
            return;
        }
        if (this.needValues)
            this.values[field] = null;
        if (status === field_checker/* CELL */.J.missing) {
            this.nulls[field]++;
            this.options.profiler?.add(field, null);
            return;
        }
        const note = checker.note;
        checker.note = '';
        if (status === field_checker/* CELL */.J.typeError)
            this.typeErrors[field]++;
        else
            this.constraintErrors[field]++;
        if (checker.value === null)
            this.nulls[field]++;
        this.options.profiler?.add(field, null);
        const type = status === field_checker/* CELL */.J.typeError ? 'type-error' : 'constraint-error';
        const errors = this.options.errors;
        if (!errors.wants(type)) {
            errors.count(type);
            return;
        }
        const value = text();
        const { field: f } = checker;
        const message = status === field_checker/* CELL */.J.typeError
            ? `"${sampleValue(value, 60)}" is not a valid ${f.type}${f.format === 'default' ? '' : ` (format ${f.format})`}${note ? `: ${note}` : ''}`
            : checker.failed === 'required'
                ? 'a value is required'
                : `"${sampleValue(value, 60)}" fails constraint ${checker.failed} = ${constraintText(f.constraints, checker.failed, f.categories)}`;
        errors.add({
            type,
            file: this.options.file,
            row,
            line,
            column: this.column(field),
            field: f.name,
            value: sampleValue(value),
            message,
        });
    }
    countLabel(value) {
        const key = String(value);
        this.labelCounts.set(key, (this.labelCounts.get(key) ?? 0) + 1);
    }
}
function constraintText(constraints, name, categories) {
    const value = name === 'categories' ? categories : constraints[name];
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
function profileValue(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return value;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./build/platform/data/read-bytes.js



/** Limits on gzip input (reliability DATA-15): a 10 MB file must not expand to 10 GB unnoticed. */
const GZIP_LIMITS = {
    maxBytes: 64 * 2 ** 30, // 64 GiB decompressed
    maxRatio: 1000, // deflate's practical maximum is ~1032:1; real CSVs compress 3-15:1
    ratioAfter: 256 * 2 ** 20, // the ratio applies once this much was decompressed
};
/** Inflated chunks (1 MiB each) waiting to be validated before zlib is paused. */
const GUNZIP_QUEUE = 4;
/** True for names that mlci decompresses. */
function isGzip(path) {
    return /\.gz$/i.test(path);
}
/**
 * Reads [start, end) of a file into the sink with readSync into the sink's own buffer: no allocation per
 * chunk, 2.4 GB/s on a warm cache (reference/data-validation.md §4.2).
 */
function readRange(path, sink, start = 0, end = Number.POSITIVE_INFINITY, onProgress) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (thrown) {
        throw new core_errors/* DataError */.fL(`cannot open ${path}: ${thrown.code ?? String(thrown)}`, {
            where: { file: path },
        });
    }
    try {
        let position = start;
        while (position < end) {
            const space = sink.space();
            const want = Math.min(space.length, end - position);
            const n = (0,external_node_fs_.readSync)(fd, space, 0, want, position);
            if (n === 0)
                break;
            position += n;
            sink.commit(n);
            onProgress?.(position - start);
        }
        sink.end();
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Streams a gzip file (all members) into the sink. A truncated file is an error even though the rows
 * before the cut were read: never "N rows valid" for half a file (reliability DATA-16).
 */
async function readGzip(path, sink, compressedBytes, onProgress) {
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 20 });
    const input = (0,external_node_fs_.createReadStream)(path);
    let total = 0;
    // Set once the read has failed: queued chunks are dropped, not validated.
    let failed = false;
    const done = new Promise((resolvePromise, reject) => {
        input.on('error', (error) => {
            failed = true;
            reject(new core_errors/* DataError */.fL(`cannot read ${path}: ${error.code ?? error.message}`, {
                where: { file: path },
            }));
        });
        gunzip.on('error', (error) => {
            failed = true;
            const truncated = error.code === 'Z_BUF_ERROR';
            reject(new core_errors/* DataError */.fL(truncated
                ? `${path} is truncated (gzip ended early)`
                : `${path} is not valid gzip: ${error.message}`, {
                where: { file: path },
                hint: truncated
                    ? 'the upload or download was cut; the rows read so far are not a valid result'
                    : undefined,
            }));
        });
        // zlib inflates in libuv's pool, but hands each chunk over inside its completion callback and only then
        // starts on the next: validating right there would serialise the two. Chunks are queued instead and
        // validated from setImmediate while zlib inflates the next ones; a full queue pauses it.
        const queue = [];
        let scheduled = false;
        let ended = false;
        const fail = (thrown) => {
            failed = true;
            queue.length = 0;
            input.destroy();
            gunzip.destroy();
            reject(thrown);
        };
        const drain = () => {
            scheduled = false;
            if (failed)
                return;
            try {
                while (queue.length > 0)
                    sink.write(queue.shift());
                if (ended) {
                    sink.end();
                    resolvePromise();
                    return;
                }
            }
            catch (thrown) {
                fail(thrown);
                return;
            }
            if (gunzip.isPaused())
                gunzip.resume();
        };
        const schedule = () => {
            if (scheduled)
                return;
            scheduled = true;
            setImmediate(drain);
        };
        gunzip.on('data', (chunk) => {
            if (failed)
                return;
            total += chunk.length;
            const ratio = total / Math.max(1, compressedBytes);
            if (total > GZIP_LIMITS.maxBytes || (total > GZIP_LIMITS.ratioAfter && ratio > GZIP_LIMITS.maxRatio)) {
                fail(new core_errors/* DataError */.fL(`${path} expands beyond the limits (a decompression bomb?)`, {
                    where: { file: path },
                }));
                return;
            }
            onProgress?.(input.bytesRead);
            queue.push(chunk);
            if (queue.length >= GUNZIP_QUEUE)
                gunzip.pause();
            schedule();
        });
        gunzip.on('end', () => {
            ended = true;
            schedule();
        });
    });
    input.pipe(gunzip);
    await done;
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

;// CONCATENATED MODULE: ./build/core/data/profile/infer/column-inference.js


// Lexical forms of Table Schema's default formats (reference/data-validation.md §3.2).
const INTEGER = /^[+-]?\d+$/;
const column_inference_NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/i;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/** Table Schema's default true spellings, less `1` (a 0/1 column is drafted as integer). */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
/** Table Schema's default false spellings, less `0`. */
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const BOOLEAN = new Set([...TRUE_VALUES, ...FALSE_VALUES]);
/**
 * Text that usually stands for a missing value in CSV exports (R and pandas write NA, spreadsheets N/A,
 * databases NULL): a draft lists the ones it saw in `missingValues` instead of making them enum members
 * or turning a numeric column into a string one. The empty string is Table Schema's default already.
 */
const MISSING_MARKERS = (/* unused pure expression or super */ null && (['NA', 'N/A', 'n/a', 'NULL', 'null']));
/** A number written with a leading zero (`007`, `01234`): a code (zip, id), not a quantity. */
const LEADING_ZERO = /^[+-]?0\d/;
/** Distinct values kept per column to propose an enum (and one more, to know there were more). */
const ENUM_LIMIT = 20;
const column_inference_hashes = new Uint32Array(2);
/**
 * What one column's values allow, narrowed cell by cell: a type stays a candidate while every value
 * seen fits it. CSV cells arrive as text; JSONL and Parquet values arrive typed (number, boolean,
 * Date, object), and a JSON string is never read as a number.
 */
class ColumnInference {
    name;
    values = 0;
    integer = true;
    number = true;
    boolean = true;
    date = true;
    datetime = true;
    sawText = false;
    sawNative = false;
    sawObject = false;
    sawArray = false;
    min = Infinity;
    max = -Infinity;
    minLength = Infinity;
    maxLength = -1;
    /** Smallest and largest text: for ISO dates that is the date range. */
    minText;
    maxText;
    distinctValues = new Map();
    distinct = new hll/* HyperLogLog */.l(12);
    constructor(name) {
        this.name = name;
    }
    /** One non-missing value: text from CSV, or a typed value from JSONL/Parquet. */
    add(value, fromText) {
        this.values++;
        if (typeof value === 'string')
            this.addText(value, fromText);
        else if (typeof value === 'number' || typeof value === 'bigint')
            this.addNumber(Number(value));
        else if (typeof value === 'boolean')
            this.narrow({ boolean: true }, String(value));
        // Parquet DATE columns arrive as Dates at UTC midnight: still a date while every value is one.
        else if (value instanceof Date)
            this.narrow({ date: value.getTime() % 86_400_000 === 0, datetime: true }, value.toISOString());
        else if (Array.isArray(value)) {
            this.sawArray = true;
            this.narrow({}, undefined);
        }
        else {
            this.sawObject = true;
            this.narrow({}, undefined);
        }
    }
    addText(text, fromText) {
        this.sawText = true;
        if (text.length < this.minLength)
            this.minLength = text.length;
        if (text.length > this.maxLength)
            this.maxLength = text.length;
        if (this.minText === undefined || text < this.minText)
            this.minText = text;
        if (this.maxText === undefined || text > this.maxText)
            this.maxText = text;
        // "007" read as the integer 7 would lose the code's meaning and fail every value with its zeros kept.
        const code = LEADING_ZERO.test(text);
        this.integer &&= fromText && !code && INTEGER.test(text);
        this.number &&= fromText && !code && column_inference_NUMBER.test(text);
        this.boolean &&= fromText && BOOLEAN.has(text);
        this.date &&= DATE.test(text);
        this.datetime &&= DATETIME.test(text);
        if (this.number)
            this.range(Number(text.replace(/^(-?)INF$/i, '$1Infinity')));
        this.remember(text);
    }
    addNumber(value) {
        this.sawNative = true;
        this.narrow({ integer: Number.isInteger(value), number: true }, String(value));
        this.range(value);
    }
    narrow(allowed, key) {
        if (!allowed.integer)
            this.integer = false;
        if (!allowed.number)
            this.number = false;
        if (!allowed.boolean)
            this.boolean = false;
        if (!allowed.date)
            this.date = false;
        if (!allowed.datetime)
            this.datetime = false;
        this.sawNative = true;
        if (key !== undefined)
            this.remember(key);
    }
    range(value) {
        if (Number.isFinite(value)) {
            if (value < this.min)
                this.min = value;
            if (value > this.max)
                this.max = value;
        }
    }
    remember(key) {
        hashString(key, column_inference_hashes);
        this.distinct.addHash(column_inference_hashes[0], column_inference_hashes[1]);
        const seen = this.distinctValues.get(key);
        if (seen !== undefined)
            this.distinctValues.set(key, seen + 1);
        else if (this.distinctValues.size <= ENUM_LIMIT)
            this.distinctValues.set(key, 1);
    }
    /** The narrowest Table Schema type every value fits. */
    type() {
        if (this.values === 0)
            return 'string';
        if (this.sawObject || this.sawArray) {
            const only = this.sawObject !== this.sawArray && !this.sawText && !this.integer && !this.number && !this.boolean;
            return only ? (this.sawObject ? 'object' : 'array') : 'any';
        }
        if (this.integer)
            return 'integer';
        if (this.number)
            return 'number';
        if (this.boolean)
            return 'boolean';
        if (this.date)
            return 'date';
        if (this.datetime)
            return 'datetime';
        // JSON strings mixed with JSON numbers or booleans: no single type fits.
        return this.sawText && this.sawNative ? 'any' : 'string';
    }
}

;// CONCATENATED MODULE: ./build/actions/validate-data/header-schema.js









const HEADER_PROBE_BYTES = 1 << 20;
/**
 * Without a schema, CSV and Parquet are still checked for structure (labels, ragged rows, encoding) and
 * profiled: every column of the first file's header becomes a field of type `any`. Without a header
 * (`header: false`) the columns are `field1`, `field2`, … as frictionless names them. A file whose
 * columns cannot be read gives a schema without fields: its own pass then reports why.
 */
async function headerSchema(file, format, options) {
    let labels = [];
    const rows = [];
    if (format === 'jsonl')
        return undefined;
    if (format === 'parquet') {
        // hyparquet loads only for a Parquet file (its own chunk of the bundle).
        const { parquetMetadataAsync } = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(523)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7523));
        const { parquetFile } = await __nccwpck_require__.e(/* import() */ 626).then(__nccwpck_require__.bind(__nccwpck_require__, 6626));
        const buffer = await parquetFile(file.absolute, file.bytes);
        try {
            const metadata = await parquetMetadataAsync(buffer);
            labels = metadata.schema
                .slice(1)
                .filter((e) => e.num_children === undefined)
                .map((e) => e.name);
        }
        catch {
            labels = []; // the per-file pass reports the unreadable file
        }
        finally {
            await buffer.close();
        }
    }
    else {
        const sink = {
            row: (buf, starts, ends, flags, count) => {
                const cells = () => Array.from({ length: count }, (_, i) => cellText(buf, starts[i], ends[i], flags[i]));
                if (labels.length === 0) {
                    labels = cells();
                    if (options.header === false && options.inferTypes)
                        rows.push(labels);
                }
                else if (options.inferTypes)
                    rows.push(cells());
            },
        };
        try {
            const input = new ChunkedInput(new CsvScanner(dialectFor(file.path, options.delimiter), sink));
            if (isGzip(file.path)) {
                // The same header as the plain file's: the start of the gunzipped text, not the gzip bytes.
                const start = await gunzippedStart(file.absolute);
                input.write(start);
                input.end();
            }
            else
                readRange(file.absolute, input, 0, HEADER_PROBE_BYTES);
        }
        catch (thrown) {
            if (!(thrown instanceof core_errors/* DataError */.fL))
                throw thrown;
        }
        if (options.header === false)
            labels = labels.map((_, i) => `field${i + 1}`);
    }
    // The probe may end inside the last record: leave it out of the sample.
    const sample = file.bytes > HEADER_PROBE_BYTES ? rows.slice(0, -1) : rows;
    const types = labels.map((name, i) => (options.inferTypes ? sampleType(name, sample, i) : 'any'));
    return {
        fields: labels.map((name, i) => ({ name, type: types[i], format: 'default', constraints: {}, raw: {} })),
        fieldsMatch: 'exact',
        missingValues: [''],
        primaryKey: [],
        uniqueKeys: [],
        foreignKeys: [],
    };
}
/** The first decompressed bytes of a gzip file (at most HEADER_PROBE_BYTES, whole lines), read lazily. */
async function gunzippedStart(path) {
    const input = (0,external_node_fs_.createReadStream)(path);
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const chunks = [];
    let total = 0;
    await new Promise((resolvePromise) => {
        const stop = () => {
            input.destroy();
            gunzip.destroy();
            resolvePromise();
        };
        input.on('error', stop);
        gunzip.on('error', stop); // a truncated or invalid file: the validation pass reports it
        gunzip.on('data', (chunk) => {
            chunks.push(chunk);
            total += chunk.length;
            if (total >= HEADER_PROBE_BYTES)
                stop();
        });
        gunzip.on('end', stop);
        input.pipe(gunzip);
    });
    const text = Buffer.concat(chunks, total);
    if (total < HEADER_PROBE_BYTES)
        return text;
    // Only whole lines: a record cut in the middle would give a wrong label count.
    return text.subarray(0, text.lastIndexOf(10) + 1);
}
/** The narrowest type every non-empty sample cell of column `i` fits (infer-schema's rule), else any. */
function sampleType(name, rows, i) {
    const column = new ColumnInference(name);
    for (const row of rows) {
        const cell = row[i];
        if (cell !== undefined && cell !== '')
            column.add(cell, true);
    }
    return column.values === 0 ? 'any' : column.type();
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./build/core/data/csv/byte-ranges.js
/**
 * Splits [start, size) into `parts` ranges that each begin just after a line feed, so that workers can
 * scan them independently. `lineFeedAfter(offset)` gives the first LF at or after offset (-1 for none).
 * Whether every LF boundary is also a record boundary (no quoted newline spans it) is decided after the
 * scan from the quote parity (see alignedRanges).
 */
function splitAtLines(start, size, parts, lineFeedAfter) {
    const ranges = [];
    let from = start;
    for (let i = 1; i < parts && from < size; i++) {
        const nominal = start + Math.floor(((size - start) * i) / parts);
        if (nominal <= from)
            continue;
        const lf = lineFeedAfter(nominal);
        if (lf === -1 || lf + 1 >= size)
            break;
        ranges.push({ start: from, end: lf + 1 });
        from = lf + 1;
    }
    ranges.push({ start: from, end: size });
    return ranges;
}
/**
 * True when every range began outside a quoted field, so the ranges' results are the file's. In RFC 4180
 * text a position is inside quotes exactly when an odd number of quote bytes precede it; each range was
 * scanned assuming it starts outside, which holds for range 0 and then, inductively, whenever the quote
 * bytes before a range sum to an even number. Irregular quoting voids the argument: scan on one thread.
 */
function alignedRanges(scans) {
    let before = 0;
    for (const scan of scans) {
        if (scan.irregular || before % 2 !== 0)
            return false;
        before += scan.quoteBytes;
    }
    return true;
}

;// CONCATENATED MODULE: ./build/core/data/validate/partitioned-keys.js

/**
 * The part (of `parts`) that owns a key hash: finalized (a number key's hash is its bits, whose low
 * words are mostly zeros) and mixed otherwise than a table's slot, so an owner's slots stay spread.
 */
const ownerOf = (h1, h2, parts) => key_hash_fmix32(h2 ^ Math.imul(h1, 0x85ebca6b)) % parts;
/**
 * Owner `part` of `parts`: per table, the repeats among the keys it owns as (row, first row) pairs in
 * row order. The ranges must come in file order.
 */
function ownRepeats(ranges, part, parts) {
    const tables = ranges[0]?.tables.length ?? 0;
    const out = [];
    for (let t = 0; t < tables; t++) {
        let owned = 0;
        for (const { tables: recorded } of ranges) {
            const { count, triples } = recorded[t];
            for (let i = 0; i < count; i++)
                if (ownerOf(triples[i * 3], triples[i * 3 + 1], parts) === part)
                    owned++;
        }
        const table = new HashTable(owned);
        let pairs = new Int32Array(64);
        let n = 0;
        // Owned keys in file order, inserted 256 at a time (HashTable.insertBatch: the cache misses overlap).
        const hashes = new Int32Array(partitioned_keys_BATCH * 2);
        const rows = new Int32Array(partitioned_keys_BATCH);
        const firsts = new Int32Array(partitioned_keys_BATCH);
        let waiting = 0;
        const flush = () => {
            table.insertBatch(hashes, rows, waiting, firsts);
            for (let k = 0; k < waiting; k++) {
                if (firsts[k] === -1)
                    continue;
                if (n * 2 + 2 > pairs.length) {
                    const grown = new Int32Array(pairs.length * 2);
                    grown.set(pairs);
                    pairs = grown;
                }
                pairs[n * 2] = rows[k];
                pairs[n * 2 + 1] = firsts[k];
                n++;
            }
            waiting = 0;
        };
        for (const { tables: recorded, rowShift } of ranges) {
            const { count, triples } = recorded[t];
            for (let i = 0; i < count; i++) {
                const h1 = triples[i * 3];
                const h2 = triples[i * 3 + 1];
                if (ownerOf(h1, h2, parts) !== part)
                    continue;
                hashes[waiting * 2] = h1;
                hashes[waiting * 2 + 1] = h2;
                rows[waiting] = triples[i * 3 + 2] + rowShift;
                if (++waiting === partitioned_keys_BATCH)
                    flush();
            }
        }
        flush();
        out.push(pairs.slice(0, n * 2));
    }
    return out;
}
const partitioned_keys_BATCH = 256;
/**
 * Every owner's repeats as the errors of each key set (sets sharing a table report the same repeats), in
 * the order one pass adds them: by row, then by set.
 */
function repeatsInOrder(sets, owners) {
    const out = [];
    sets.forEach((set, index) => {
        for (const tables of owners) {
            const pairs = tables[set.table];
            for (let i = 0; i < pairs.length; i += 2)
                out.push({ row: pairs[i], set: index, first: pairs[i + 1] });
        }
    });
    return out.sort((a, b) => a.row - b.row || a.set - b.set);
}
/** The rows whose values and lines the error samples need: those of the first `perType` repeats of each type. */
function sampledRows(sets, repeats, perType) {
    const taken = new Map();
    const rows = new Set();
    for (const { row, set } of repeats) {
        const type = sets[set].type;
        const count = taken.get(type) ?? 0;
        if (count >= perType)
            continue;
        taken.set(type, count + 1);
        rows.add(row);
    }
    return [...rows];
}

;// CONCATENATED MODULE: ./build/actions/validate-data/parallel-keys.js


/**
 * The key checks of a CSV scanned in byte ranges, on every worker: each owns a part of the key hashes and
 * finds the repeats in it (partitioned-keys.ts); then the workers whose ranges hold the sampled repeats
 * scan their range again for those rows' lines and values (only when the file has repeats). Returns what
 * adds the errors, in the order and with the samples of a single pass; throws if a worker fails.
 */
async function partitionedKeyErrors(workers, results, keys, perType, start) {
    const shifts = [];
    let { rows, lines } = start;
    for (const result of results) {
        shifts.push({ rows, lines });
        rows += result.rows;
        lines += result.lines;
    }
    const ranges = results.map((result, k) => ({ tables: result.keyHashes ?? [], rowShift: shifts[k].rows }));
    const owners = await Promise.all(workers.map((worker, part) => worker.request({ type: 'own', part, parts: workers.length, ranges })));
    const sets = keys.keySets;
    const repeats = repeatsInOrder(sets, owners);
    // Range k holds the file's rows (shift k, shift k + its rows]: its local rows count from 1.
    const rangeOf = (row) => shifts.findLastIndex((shift) => shift.rows < row);
    const asked = workers.map(() => []);
    for (const row of sampledRows(sets, repeats, perType)) {
        const k = rangeOf(row);
        asked[k].push(row - shifts[k].rows);
    }
    const captured = await Promise.all(workers.map((worker, k) => asked[k].length > 0
        ? worker.request({ type: 'capture', rows: asked[k] })
        : Promise.resolve([])));
    const at = new Map();
    captured.forEach((found, k) => {
        for (const [row, line, values] of found)
            at.set(row + shifts[k].rows, { line: line + shifts[k].lines, values });
    });
    return (errors, file) => {
        for (const repeat of repeats) {
            const set = sets[repeat.set];
            if (!errors.wants(set.type)) {
                errors.count(set.type);
                continue;
            }
            const row = at.get(repeat.row);
            if (!row)
                throw new Error(`validate-data: row ${repeat.row} was not captured`);
            errors.add(keyError(set, row.values, repeat.first, repeat.row, row.line, file));
        }
    };
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./build/actions/validate-data/range-worker.js














const KIND = 'mlci-csv-range';
let jsonSchemaModule;
function jsonSchema() {
    if (!jsonSchemaModule)
        throw new Error('range worker: the JSON Schema module was not loaded');
    return jsonSchemaModule;
}
/** True when a job compiles a JSON Schema: records checked against one, or a `jsonSchema` constraint. */
function needsJsonSchema(job) {
    return job.record !== undefined || usesJsonSchema(job.schema);
}
const here = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url);
/**
 * The module a worker runs. In the validate-data action's bundle this module is in the entry `index.js`
 * (only ajv, hyparquet and the drift code are chunks of their own): the worker runs that entry, which runs
 * the action only on the main thread. In the CLI's and the umbrella action's bundles this
 * module sits in a chunk `<id>.index.js` that cannot run alone: the worker starts the entry `index.js`
 * beside it, which imports this module in worker threads. After tsc it is this file.
 */
const WORKER_ENTRY = /^\d+\.index\.js$/.test((0,external_node_path_.basename)(here)) ? (0,external_node_path_.join)((0,external_node_path_.dirname)(here), 'index.js') : here;
/**
 * Scans one range; pure apart from reading the file. `captured`: the rows a capture-mode pass collected.
 * A job that needsJsonSchema runs after runRangeJob has loaded that module.
 */
function runRange(job, keyMode, afterProgress) {
    const errors = new ErrorCollector(job.maxErrors);
    const schema = job.schema;
    const compiled = schema
        ? compileTable(schema, {
            compileJsonSchema: (json) => jsonSchema().compileJsonSchema(json),
            profiling: job.profiling,
            duplicateRows: job.duplicateRows === true,
            labelField: job.labelField,
            keyMode: keyMode ?? (job.keys ? { kind: 'record' } : undefined),
        })
        : undefined;
    const profiler = schema && job.profiling ? createProfiler(schema.fields, { reference: job.reference }) : undefined;
    const state = schema && compiled
        ? new TableState({ schema, file: job.file, errors, ...compiled, profiler })
        : undefined;
    const n = schema?.fields.length ?? 0;
    let scanner;
    let rows;
    if (job.format === 'jsonl') {
        const table = new JsonlTable(state, job.file, errors, job.record ? jsonSchema().recordValidator(job.record) : undefined);
        scanner = table;
        rows = () => table.rows;
    }
    else {
        const columns = { fieldOf: Int32Array.from(job.fieldOf), labels: job.labels, errors: [] };
        scanner = new CsvScanner(job.dialect, new CsvTable(state, { columns, firstRow: 1 }));
        rows = () => state.rows;
    }
    let failure;
    try {
        const input = new ChunkedInput(scanner, { startOffset: job.start });
        readRange(job.path, input, job.start, job.end, keyMode ? undefined : progressOf(job, afterProgress));
    }
    catch (thrown) {
        failure = (0,core_errors/* messageOf */.bD)(thrown);
    }
    return {
        rows: rows(),
        checkedRows: state?.rows ?? 0,
        lines: scanner.line - 1,
        quoteBytes: scanner instanceof CsvScanner ? scanner.quoteBytes : 0,
        irregular: scanner instanceof CsvScanner ? scanner.irregular : false,
        errors: errors.serialize(),
        nulls: state?.nulls ?? new Float64Array(n),
        typeErrors: state?.typeErrors ?? new Float64Array(n),
        constraintErrors: state?.constraintErrors ?? new Float64Array(n),
        labelCounts: [...(state?.labelCounts ?? [])],
        profile: profiler?.result(),
        failure,
        keyHashes: job.keys && !keyMode ? compiled?.keys?.recorded() : undefined,
        captured: compiled?.keys?.captured,
    };
}
/** Writes this range's bytes read into its shared slot (then calls `after`, on the main thread). */
function progressOf(job, after) {
    if (!job.progress)
        return undefined;
    const done = new Float64Array(job.progress.shared);
    const slot = job.progress.slot;
    return (bytes) => {
        done[slot] = bytes;
        after?.();
    };
}
/** Answers a key request of the main thread (see RangeJob.keys). */
function answerKeyRequest(job, request) {
    if (request.type === 'own')
        return ownRepeats(request.ranges, request.part, request.parts);
    // The range again, keeping the lines and values of the asked rows: only when there are repeats to report.
    const rows = new Set(request.rows);
    return runRange({ ...job, profiling: false }, { kind: 'capture', rows }).captured ?? [];
}
/** Scans one range of any format; CSV and JSONL run synchronously from the call (see the end of file). */
async function runRangeJob(job, afterProgress) {
    if (needsJsonSchema(job))
        jsonSchemaModule ??= await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(92)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7092));
    if (job.format !== 'parquet')
        return runRange(job, undefined, afterProgress);
    if (job.claim === undefined)
        return runParquetRange(job);
    // Claimed runs of row groups, until none is left: the threads share the file however fast each starts.
    const next = new Int32Array(job.claim);
    const [first, last] = job.groups;
    const step = Math.max(1, job.step ?? 1);
    const parts = [];
    const buffers = {}; // reused from run to run
    for (;;) {
        const from = first + Atomics.add(next, 0, step);
        if (from >= last)
            break;
        const groups = [from, Math.min(last, from + step)];
        const result = await runParquetRange({ ...job, claim: undefined, groups }, buffers);
        parts.push({ group: from, result });
        if (result.failure !== undefined)
            break;
    }
    const failure = parts.find((part) => part.result.failure !== undefined)?.result.failure;
    const empty = new Float64Array(0);
    return {
        rows: 0,
        checkedRows: 0,
        lines: 0,
        quoteBytes: 0,
        irregular: false,
        errors: new ErrorCollector(0).serialize(),
        nulls: empty,
        typeErrors: empty,
        constraintErrors: empty,
        labelCounts: [],
        parts,
        failure,
    };
}
async function runParquetRange(job, buffers) {
    const { validateParquet } = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(785), __nccwpck_require__.e(773)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7773));
    const { parquetFile } = await __nccwpck_require__.e(/* import() */ 626).then(__nccwpck_require__.bind(__nccwpck_require__, 6626));
    const schema = job.schema;
    const errors = new ErrorCollector(job.maxErrors);
    const compiled = compileTable(schema, {
        compileJsonSchema: (json) => jsonSchema().compileJsonSchema(json),
        profiling: job.profiling,
        duplicateRows: false,
        labelField: job.labelField,
    });
    const profiler = job.profiling ? createProfiler(schema.fields, { reference: job.reference }) : undefined;
    const state = new TableState({ schema, file: job.file, errors, ...compiled, profiler });
    let rows = 0;
    let failure;
    try {
        const buffer = await parquetFile(job.path, job.end);
        try {
            rows = await validateParquet(buffer, state, {
                groups: job.groups,
                labels: job.groups?.[0] === 0,
                buffers,
            });
        }
        finally {
            await buffer.close();
        }
    }
    catch (thrown) {
        failure = (0,core_errors/* messageOf */.bD)(thrown);
    }
    return {
        rows,
        checkedRows: state.rows,
        lines: 0,
        quoteBytes: 0,
        irregular: false,
        errors: errors.serialize(),
        nulls: state.nulls,
        typeErrors: state.typeErrors,
        constraintErrors: state.constraintErrors,
        labelCounts: [...state.labelCounts],
        profile: profiler?.result(),
        failure,
    };
}
/** True when this thread was started to scan a range. */
function isRangeWorker() {
    return !external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.kind === KIND;
}
// CSV and JSONL ranges are scanned synchronously right here, while the bundle is still being evaluated:
// an entry module that does not check isMainThread (the CLI's) only runs after the result is posted.
// A `keys` job then answers the main thread's key requests until it is terminated.
if (isRangeWorker()) {
    const job = external_node_worker_threads_.workerData;
    void runRangeJob(job).then((result) => {
        external_node_worker_threads_.parentPort.postMessage(result);
        if (job.keys)
            external_node_worker_threads_.parentPort.on('message', (request) => external_node_worker_threads_.parentPort.postMessage(answerKeyRequest(job, request)));
    });
}

;// CONCATENATED MODULE: ./build/actions/validate-data/parallel-ranges.js









/** When workers pay off, and how many at most. */
const PARALLEL_DEFAULTS = {
    // Below this a single thread finishes before the workers have started (~30 ms each).
    minBytes: 32 * 2 ** 20,
    maxWorkers: 8,
};
/** JSONL: the bytes the main thread scans beyond its share while the workers start (~0.1 s at ~150 MiB/s). */
const HEAD_START_BYTES = 16 * 2 ** 20;
/** How many decoded Parquet bytes weigh as one CSV byte against minBytes. */
const PARQUET_BYTES_PER_CSV_BYTE = 6;
/**
 * Progress across ranges: each range's reader (worker or main thread) writes its bytes read into its slot
 * of a shared array; the sum goes to `onProgress` every 200 ms while the main thread waits, and after each
 * read of a range the main thread scans itself.
 */
function rangeProgress(count, onProgress) {
    if (!onProgress)
        return { job: () => undefined, report: undefined, stop: () => { } };
    const shared = new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT);
    const done = new Float64Array(shared);
    const report = () => onProgress(done.reduce((sum, bytes) => sum + bytes, 0));
    const timer = setInterval(report, 200);
    timer.unref();
    return {
        job: (slot) => ({ shared, slot }),
        report,
        stop: () => {
            clearInterval(timer);
            report();
        },
    };
}
/** Workers for this file, or 0 when the parallel path does not apply (a small file, one core, ts-jest). */
function workersFor(file, options, bytes = file.bytes) {
    const workers = Math.min(options.workers || (0,external_node_os_.availableParallelism)(), PARALLEL_DEFAULTS.maxWorkers);
    if (workers < 2 || bytes < (options.minBytes ?? PARALLEL_DEFAULTS.minBytes))
        return 0;
    return WORKER_ENTRY.endsWith('.js') ? workers : 0; // under ts-jest the entry is TypeScript
}
/** The fields of a worker's job that every format shares: file, schema, limits, label field, profiling. */
function sharedJob(file, state, options) {
    const schema = state?.options.schema;
    const labelField = state?.options.labelField;
    return {
        kind: 'mlci-csv-range',
        path: file.absolute,
        file: file.path,
        schema,
        maxErrors: options.maxErrors,
        labelField: labelField === undefined || !schema ? undefined : schema.fields[labelField].name,
        profiling: state?.options.profiler !== undefined,
        reference: options.reference,
    };
}
// JSONL and Parquet jobs carry no CSV dialect or header mapping.
const NOT_CSV = { dialect: { delimiter: 44, quote: 34, header: false }, fieldOf: [], labels: [] };
/**
 * Validates a CSV file over newline-aligned byte ranges in worker threads (both cores of a runner) and
 * merges the results in range order, so rows, lines and samples are those of a single pass. Returns
 * false, having changed nothing, when it does not apply: a small file, a header it cannot read, ranges
 * that began inside quoted fields (quoted newlines), or any range that failed. The caller then scans
 * the file on one thread, which also reports such errors with exact lines.
 */
async function validateCsvParallel(file, state, dialect, options) {
    const count = workersFor(file, options);
    if (count === 0)
        return false;
    const header = parallel_ranges_readHeader(file, dialect);
    if (!header)
        return false;
    const columns = (0,validate_header/* matchHeader */.Rh)(header.labels, state.options.schema, file.path);
    const ranges = splitAtLines(header.end, file.bytes, count, (offset) => lineFeedAfter(file.absolute, offset));
    const keys = options.keys === true && state.options.keys !== undefined;
    const progress = rangeProgress(ranges.length, options.onProgress);
    const workers = ranges.map((range, slot) => startWorker({
        progress: progress.job(slot),
        ...sharedJob(file, state, options),
        format: 'csv',
        start: range.start,
        end: range.end,
        dialect,
        fieldOf: [...columns.fieldOf],
        labels: columns.labels,
        keys,
        duplicateRows: options.duplicateRows,
    }));
    try {
        const results = await Promise.all(workers.map((worker) => worker.result));
        progress.stop();
        if (results.some((result) => result.failure !== undefined) || !alignedRanges(results))
            return false;
        const start = { rows: 1, lines: header.lines };
        let addKeyErrors;
        if (keys) {
            try {
                addKeyErrors = await partitionedKeyErrors(workers, results, state.options.keys, options.maxErrors, start);
            }
            catch {
                return false; // a worker failed: nothing is merged yet, so one thread can still do it all
            }
        }
        for (const error of columns.errors)
            state.options.errors.add(error);
        mergeResults(results, state, state.options.errors, options.profiles, start);
        addKeyErrors?.(state.options.errors, state.options.file);
        return true;
    }
    finally {
        progress.stop();
        for (const worker of workers)
            worker.terminate();
    }
}
/**
 * Merges range results in order: samples shifted to file rows and lines (the first N of each type stay
 * the file's first N), counts summed, partial profiles collected for mergeProfiles.
 */
function mergeResults(results, state, errors, profiles, start) {
    // Byte ranges number their rows from 1 and need shifting; Parquet parts number them from the file start.
    let { rows, lines } = start === 'absolute' ? { rows: 0, lines: 0 } : start;
    let records = 0;
    for (const result of results) {
        errors.merge(result.errors, { rows, lines });
        if (start !== 'absolute') {
            rows += result.rows;
            lines += result.lines;
        }
        records += result.rows;
        if (state) {
            state.rows += result.checkedRows;
            for (let i = 0; i < state.nulls.length; i++) {
                state.nulls[i] += result.nulls[i];
                state.typeErrors[i] += result.typeErrors[i];
                state.constraintErrors[i] += result.constraintErrors[i];
            }
            for (const [label, count] of result.labelCounts)
                state.labelCounts.set(label, (state.labelCounts.get(label) ?? 0) + count);
        }
        if (result.profile)
            profiles.push(result.profile);
    }
    return records;
}
/**
 * JSONL over newline-aligned byte ranges: always safe, since a raw newline cannot occur inside a JSON
 * string. Returns the number of records, or undefined (nothing changed) when it does not apply.
 */
async function validateJsonlParallel(file, state, errors, record, options) {
    const workers = workersFor(file, options);
    if (workers === 0)
        return undefined;
    // The main thread starts at once, the workers about 0.1 s later: its range is longer by what a thread
    // scans in that time (the others share the rest evenly).
    const headStart = Math.min(HEAD_START_BYTES, Math.floor(file.bytes / (2 * workers)));
    const ranges = splitAtLines(headStart, file.bytes, workers, (offset) => lineFeedAfter(file.absolute, offset));
    ranges[0] = { start: 0, end: ranges[0].end };
    const progress = rangeProgress(ranges.length, options.onProgress);
    const jobs = ranges.map((range, slot) => ({
        progress: progress.job(slot),
        ...sharedJob(file, state, options),
        ...NOT_CSV,
        format: 'jsonl',
        record,
        start: range.start,
        end: range.end,
    }));
    // The main thread, idle otherwise, scans the first range itself while the workers scan the others: one
    // worker fewer to start (module loading and JIT warm-up were a sixth of the CPU time of a 200 MiB file).
    const others = jobs.slice(1).map(runWorker);
    let results;
    try {
        results = [await runRangeJob(jobs[0], progress.report), ...(await Promise.all(others))];
    }
    finally {
        progress.stop();
    }
    if (results.some((result) => result.failure !== undefined))
        return undefined;
    return mergeResults(results, state, errors, options.profiles, { rows: 0, lines: 0 });
}
function runWorker(job) {
    const worker = startWorker(job);
    return worker.result.finally(() => worker.terminate());
}
/** Starts a range worker on `job`; the caller terminates it. */
function startWorker(job) {
    // stdout/stderr: true keeps whatever an entry module prints in a worker (the CLI bundle's main)
    // out of the user's terminal; the range result comes back as a message.
    const worker = new external_node_worker_threads_.Worker(WORKER_ENTRY, { workerData: job, stdout: true, stderr: true });
    let pending;
    let gone;
    const fail = (why) => {
        gone ??= why;
        pending?.reject(new Error(`validate-data worker: ${why}`));
        pending = undefined;
    };
    const result = new Promise((resolve) => {
        worker.once('message', (first) => {
            resolve(first);
            worker.on('message', (answer) => {
                pending?.resolve(answer);
                pending = undefined;
            });
        });
        worker.once('error', (error) => {
            resolve({ failure: error.message });
            fail(error.message);
        });
        worker.once('exit', (code) => {
            resolve({ failure: `worker exited with code ${code}` });
            fail(`exited with code ${code}`);
        });
    });
    return {
        result,
        request: (request) => new Promise((resolve, reject) => {
            if (gone)
                return reject(new Error(`validate-data worker: ${gone}`));
            pending = { resolve: resolve, reject };
            worker.postMessage(request);
        }),
        terminate: () => void worker.terminate(),
    };
}
const PROBE_BYTES = 1 << 20;
/** The header labels, the byte offset where data starts and the lines the header took; undefined if unclear. */
function parallel_ranges_readHeader(file, dialect) {
    const buf = Buffer.alloc(Math.min(PROBE_BYTES, file.bytes));
    const fd = (0,external_node_fs_.openSync)(file.absolute, 'r');
    try {
        (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    let labels;
    let end = 0;
    let scanner;
    const sink = {
        row: (b, starts, ends, flags, count) => {
            if (labels)
                return;
            labels = Array.from({ length: count }, (_, i) => cellText(b, starts[i], ends[i], flags[i]));
            end = scanner.recordEnd;
        },
    };
    scanner = new CsvScanner(dialect, sink);
    const lf = buf.indexOf(10, bom);
    if (lf === -1)
        return undefined;
    try {
        scanner.scan(buf, bom, lf + 1, false);
    }
    catch {
        return undefined;
    }
    return labels && end === lf + 1 ? { labels, end, lines: 1 } : undefined;
}
function lineFeedAfter(path, offset) {
    const buf = Buffer.alloc(64 * 1024);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        for (let at = offset;; at += buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, at);
            if (n === 0)
                return -1;
            const lf = buf.subarray(0, n).indexOf(10);
            if (lf !== -1)
                return at + lf;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Parquet over row groups: each worker reads a contiguous share of the row groups. Rows are numbered from
 * the file's start in every share, so results merge unshifted. Returns the row count, or undefined when it
 * does not apply (one row group, a small file, keys to check).
 */
async function validateParquetParallel(file, state, options) {
    // Sized by its decoded bytes (a zstd file can decode to 30 times its size; the file's own size says
    // little): a decoded byte checks at about a sixth of a CSV byte's cost (typed values, one verdict per
    // dictionary value, chunks skipped by their statistics), and a second thread pays its start-up and its
    // own module loading first. Measured on an idle 2-core machine, one thread against two: 171 MiB decoded
    // typed 0.47-0.55 s against 0.64-0.67 s; 285 MiB decoded all-string 1.67-1.76 s against 1.42-1.48 s.
    if (workersFor(file, options, Number.POSITIVE_INFINITY) === 0)
        return undefined;
    // hyparquet loads only for a Parquet file (its own chunk of the bundle).
    const { parquetRowGroups } = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(785), __nccwpck_require__.e(773)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7773));
    const { parquetFile } = await __nccwpck_require__.e(/* import() */ 626).then(__nccwpck_require__.bind(__nccwpck_require__, 6626));
    const buffer = await parquetFile(file.absolute, file.bytes);
    let groups;
    let uncompressed;
    try {
        ({ groups, uncompressed } = await parquetRowGroups(buffer, file.path));
    }
    finally {
        await buffer.close();
    }
    const workers = workersFor(file, options, uncompressed / PARQUET_BYTES_PER_CSV_BYTE);
    if (groups < 2 || workers === 0)
        return undefined;
    // The main thread reads row groups too (it would only wait): one thread fewer to start and to hold in
    // memory. The row groups are claimed a few at a time from a shared counter, so a worker that starts
    // late (its modules load first) takes fewer; each claimed run is a part, merged in file order.
    const claim = new SharedArrayBuffer(4);
    const step = Math.max(1, Math.floor(groups / (8 * workers)));
    const threads = Math.min(workers, groups);
    const results = await Promise.all(Array.from({ length: threads }, (_, k) => {
        const job = {
            ...sharedJob(file, state, options),
            ...NOT_CSV,
            format: 'parquet',
            groups: [0, groups],
            claim,
            step,
            start: 0,
            end: file.bytes,
        };
        return k === threads - 1 ? runRangeJob(job) : runWorker(job); // the workers start first
    }));
    if (results.some((result) => result.failure !== undefined))
        return undefined;
    const parts = results.flatMap((result) => result.parts ?? []).sort((a, b) => a.group - b.group);
    return mergeResults(parts.map((part) => part.result), state, state.options.errors, options.profiles, 'absolute');
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validate-files.js


















/**
 * Validates all files as shards of one table: one schema, one profile, keys unique across files, table
 * checks over the total. A file that cannot be read is a `source-error` in the report, not a crash.
 */
async function validateFiles(options) {
    const { files, log } = options;
    const errors = new ErrorCollector(options.maxErrors);
    const first = files[0];
    const table = options.schema?.table ??
        (options.schema?.record
            ? undefined
            : await headerSchema(first, formatOf(first.path, options.format), options));
    // ajv loads only for a JSON Schema (records, or a `jsonSchema` constraint): not for the common case.
    const jsonSchema = options.schema?.record !== undefined || usesJsonSchema(table)
        ? await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(92)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7092))
        : undefined;
    const record = options.schema?.record && jsonSchema
        ? jsonSchema.recordValidator(options.schema.record, options.schema.file)
        : undefined;
    const compiled = table
        ? compileTable(table, {
            schemaFile: options.schema?.file,
            compileJsonSchema: (schema) => {
                if (!jsonSchema)
                    throw new Error('validate-data: the JSON Schema module was not loaded');
                return jsonSchema.compileJsonSchema(schema, options.schema?.file);
            },
            profiling: options.createProfiler !== undefined,
            duplicateRows: options.checks.duplicateRows === true,
            labelField: options.checks.labelBalance?.field,
            packageKeys: options.packageKeys,
        })
        : undefined;
    if (options.checks.labelBalance && table && compiled?.labelField === undefined)
        throw new core_errors/* UsageError */.eb(`labelBalance: no column "${options.checks.labelBalance.field}" in the schema`);
    const profiler = table && options.createProfiler ? options.createProfiler(table) : undefined;
    const n = table?.fields.length ?? 0;
    const totals = {
        rows: 0,
        nulls: new Float64Array(n),
        typeErrors: new Float64Array(n),
        constraintErrors: new Float64Array(n),
        labelCounts: new Map(),
    };
    const reportFiles = [];
    const partialProfiles = [];
    for (const file of files) {
        const format = formatOf(file.path, options.format);
        const state = table && compiled
            ? new TableState({ schema: table, file: file.path, errors, ...compiled, profiler })
            : undefined;
        const started = Date.now();
        let rows = 0;
        try {
            if (format === 'csv') {
                if (!state)
                    throw new core_errors/* UsageError */.eb('a JSON Schema describes JSONL records; CSV needs a Table Schema');
                rows = await validateCsv(file, state, options, partialProfiles);
            }
            else if (format === 'jsonl')
                rows = await validateJsonl(file, state, errors, record, options, partialProfiles);
            else {
                if (!state)
                    throw new core_errors/* UsageError */.eb('a JSON Schema describes JSONL records; Parquet needs a Table Schema');
                rows = await validateParquetFile(file, state, options, partialProfiles);
            }
        }
        catch (thrown) {
            if (!(thrown instanceof core_errors/* DataError */.fL))
                throw thrown;
            errors.add({
                type: thrown instanceof EncodingError ? 'encoding-error' : 'source-error',
                file: file.path,
                line: thrown.where?.line,
                message: thrown.describe({ where: false }),
            });
            rows = state?.rows ?? rows;
        }
        if (state) {
            totals.rows += state.rows;
            for (let i = 0; i < n; i++) {
                totals.nulls[i] += state.nulls[i];
                totals.typeErrors[i] += state.typeErrors[i];
                totals.constraintErrors[i] += state.constraintErrors[i];
            }
            for (const [label, count] of state.labelCounts)
                totals.labelCounts.set(label, (totals.labelCounts.get(label) ?? 0) + count);
        }
        else
            totals.rows += rows;
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        log.info(`${file.path}: ${rows} rows, ${(file.bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(2)} s (${(file.bytes / 2 ** 20 / seconds).toFixed(0)} MiB/s)`);
        reportFiles.push({ path: file.path, format, rows, bytes: file.bytes });
    }
    compiled?.keys?.finish(errors, files.length === 1 ? first.path : '');
    const fieldNames = table?.fields.map((field) => field.name) ?? [];
    const checks = evaluateTableChecks(options.checks, { ...totals, fields: fieldNames });
    const fields = (table?.fields ?? []).map((field, i) => ({
        name: field.name,
        type: field.type,
        nulls: totals.nulls[i],
        typeErrors: totals.typeErrors[i],
        constraintErrors: totals.constraintErrors[i],
    }));
    const profile = profiler
        ? partialProfiles.reduce(mergeProfiles, profiler.result())
        : undefined;
    return { files: reportFiles, errors, checks, fields, profile, collected: compiled?.keys?.collected ?? [] };
}
async function validateCsv(file, state, options, profiles) {
    const dialect = dialectFor(file.path, options.delimiter);
    // Keys and duplicate rows of one file are partitioned by key hash across the workers when the workers are
    // asked for by number. One thread with one batched key table is the default: on the shared 2-core bench
    // machine (3M rows, one run, same load) it took half the CPU (1.5 vs 3.0 s) and half the memory (118 vs
    // 240 MiB) of the partitioned run (docs/validate-data.md). Across several files (shards of one table), or
    // with foreign keys, every key must meet the others on one thread.
    const keys = state.needValues &&
        options.workers >= 2 &&
        state.options.keys?.partitionable === true &&
        options.files.length === 1;
    if (!isGzip(file.path) && options.header && options.workers !== 1 && (!state.needValues || keys)) {
        const parallel = {
            workers: options.workers,
            maxErrors: options.maxErrors,
            reference: options.reference,
            profiles,
            keys,
            duplicateRows: options.checks.duplicateRows === true,
        };
        const progress = fileProgress(file, options.log, options.progress);
        let handled;
        try {
            handled = await validateCsvParallel(file, state, dialect, {
                ...parallel,
                minBytes: options.parallelMinBytes,
                onProgress: progress.update,
            });
        }
        finally {
            progress.end();
        }
        if (handled) {
            options.log.info(`${file.path}: scanned in ${Math.min(options.workers || (0,external_node_os_.availableParallelism)(), 8)} worker threads`);
            return state.rows;
        }
    }
    if (!isGzip(file.path))
        state.options.keys?.expectRows(estimateRows(file));
    const table = new CsvTable(state, options.header ? {} : { columns: undefined, firstRow: 1 });
    if (!options.header)
        table.columns = positional(state);
    const input = new ChunkedInput(new CsvScanner(dialect, table));
    await readWhole(file, input, options.log, options.progress);
    if (options.header && table.columns === undefined)
        state.options.errors.add({
            type: 'source-error',
            file: file.path,
            message: 'the file is empty: no header row',
        });
    return state.rows;
}
/**
 * About how many rows a CSV file holds, from the lines of its first 64 KiB, plus 5% (0 for a file that
 * small: the key tables start with room for 3,072 keys). Sizes the key tables once (KeyChecks.expectRows).
 * At most 8M rows (a 134 MB table): a file whose first lines are short and the rest long would otherwise
 * reserve memory for rows it does not have; a larger table grows as it fills.
 */
function estimateRows(file) {
    const sample = 64 * 1024;
    if (file.bytes <= sample)
        return 0;
    const buffer = Buffer.alloc(sample);
    let read;
    try {
        const fd = (0,external_node_fs_.openSync)(file.absolute, 'r');
        try {
            read = (0,external_node_fs_.readSync)(fd, buffer, 0, sample, 0);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return 0; // only an estimate: the scan itself reports an unreadable file, with its name
    }
    let lines = 0;
    for (let at = buffer.indexOf(10); at !== -1 && at < read; at = buffer.indexOf(10, at + 1))
        lines++;
    return lines === 0 ? 0 : Math.min(MAX_ESTIMATE, Math.ceil(((file.bytes / read) * lines * 21) / 20));
}
const MAX_ESTIMATE = 2 ** 23;
function positional(state) {
    const fields = state.options.schema.fields;
    return { fieldOf: Int32Array.from(fields, (_, i) => i), labels: fields.map((f) => f.name), errors: [] };
}
async function validateJsonl(file, state, errors, record, options, profiles) {
    if (!isGzip(file.path) && options.workers !== 1 && !state?.needValues) {
        const parallel = {
            workers: options.workers,
            maxErrors: options.maxErrors,
            reference: options.reference,
            profiles,
        };
        const progress = fileProgress(file, options.log, options.progress);
        let records;
        try {
            records = await validateJsonlParallel(file, state, errors, options.schema?.record, {
                ...parallel,
                minBytes: options.parallelMinBytes,
                onProgress: progress.update,
            });
        }
        finally {
            progress.end();
        }
        if (records !== undefined) {
            if (records === 0)
                errors.add({ type: 'source-error', file: file.path, message: 'the file has no records' });
            options.log.info(`${file.path}: scanned in worker threads`);
            return records;
        }
    }
    const table = new JsonlTable(state, file.path, errors, record);
    const input = new ChunkedInput(table);
    await readWhole(file, input, options.log, options.progress);
    if (table.rows === 0)
        errors.add({ type: 'source-error', file: file.path, message: 'the file has no records' });
    return table.rows;
}
async function validateParquetFile(file, state, options, profiles) {
    if (options.workers !== 1 && !state.needValues) {
        const parallel = {
            workers: options.workers,
            maxErrors: options.maxErrors,
            reference: options.reference,
            profiles,
        };
        const rows = await validateParquetParallel(file, state, {
            ...parallel,
            minBytes: options.parallelMinBytes,
        });
        if (rows !== undefined) {
            options.log.info(`${file.path}: row groups read in worker threads`);
            return rows;
        }
    }
    // hyparquet and the decoders load only for a Parquet file.
    const { validateParquet } = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(785), __nccwpck_require__.e(773)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7773));
    const { parquetFile } = await __nccwpck_require__.e(/* import() */ 626).then(__nccwpck_require__.bind(__nccwpck_require__, 6626));
    const buffer = await parquetFile(file.absolute, file.bytes);
    try {
        return await validateParquet(buffer, state);
    }
    finally {
        await buffer.close();
    }
}
/**
 * The progress of reading one file, one thread or many: the updating line on a terminal, else a log line
 * every 10 s with bytes done, rate and ETA (the bytes of a .gz are compressed bytes). `end` clears the line.
 */
function fileProgress(file, log, tty) {
    return progressOrLog(tty, (line) => log.info(line), {
        label: file.path,
        total: file.bytes,
        everyMs: 10_000,
        line: (bytes, seconds) => {
            const rate = bytes / seconds;
            const eta = rate > 0 ? Math.round((file.bytes - bytes) / rate) : 0;
            const pct = ((100 * bytes) / Math.max(1, file.bytes)).toFixed(0);
            return `${file.path}: ${pct}% (${(bytes / 2 ** 20).toFixed(0)} MiB, ${(rate / 2 ** 20).toFixed(0)} MiB/s, about ${eta} s left)`;
        },
    });
}
/** Feeds a whole file (gunzipped when it is .gz) to `input`, with progress; errors name the file. */
async function readWhole(file, input, log, tty) {
    const progress = fileProgress(file, log, tty);
    try {
        if (isGzip(file.path))
            await readGzip(file.absolute, input, file.bytes, progress.update);
        else
            readRange(file.absolute, input, 0, Number.POSITIVE_INFINITY, progress.update);
    }
    catch (thrown) {
        throw withFile(thrown, file.path);
    }
    finally {
        progress.end();
    }
}
function withFile(thrown, path) {
    if (!(thrown instanceof core_errors/* MlciError */.sc) || thrown.where)
        return thrown;
    const Kind = thrown instanceof EncodingError ? EncodingError : core_errors/* DataError */.fL;
    return new Kind(thrown.message, { where: { file: path }, hint: thrown.hint, cause: thrown.cause });
}

;// CONCATENATED MODULE: ./build/core/data/package/data-package.js

/** True for a relative path that stays inside the package directory (no absolute path, no `..`). */
function insidePackage(path) {
    return (!path.startsWith('/') &&
        !path.startsWith('\\') &&
        !/^[a-z]:/i.test(path) &&
        !path.split(/[\\/]/).includes('..'));
}
function data_package_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Reads a datapackage.json/.yaml. Paths must be relative and stay inside the package directory (the
 * Data Package spec forbids absolute and `..` paths: a descriptor from a PR must not read other files);
 * URLs are refused because mlci reads no remote data.
 */
function readDataPackage(doc) {
    const fail = (path, message, hint) => {
        throw new core_errors/* UsageError */.eb(`invalid data package: ${message}`, { where: doc.where(path), hint });
    };
    if (!data_package_isObject(doc.value))
        return fail([], 'expected an object with `resources`');
    const raw = doc.value.resources;
    if (!Array.isArray(raw) || raw.length === 0)
        return fail(['resources'], '`resources` must be a non-empty list', 'see docs/validate-data.md#data-packages');
    const names = new Set();
    const resources = raw.map((resource, index) => {
        const at = ['resources', index];
        if (!data_package_isObject(resource))
            return fail(at, 'a resource must be an object with `name`, `path` and `schema`');
        const name = resource.name;
        if (typeof name !== 'string' || name === '')
            return fail([...at, 'name'], 'a resource needs a `name`');
        if (names.has(name))
            fail([...at, 'name'], `duplicate resource name "${name}"`);
        names.add(name);
        const path = resource.path;
        const paths = typeof path === 'string' ? [path] : path;
        if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string' || p === ''))
            return fail([...at, 'path'], `resource "${name}": \`path\` must be a path or a list of paths`);
        paths.forEach((p, i) => {
            const where = [...at, 'path', ...(typeof path === 'string' ? [] : [i])];
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p))
                fail(where, `resource "${name}": remote path ${p} is not supported`, 'download the file first');
            if (!insidePackage(p))
                fail(where, `resource "${name}": path ${p} must be relative and stay inside the package directory`);
        });
        const schema = resource.schema;
        if (schema !== undefined && typeof schema !== 'string' && !data_package_isObject(schema))
            return fail([...at, 'schema'], `resource "${name}": \`schema\` must be an object or a path`);
        const format = resource.format;
        if (format !== undefined && typeof format !== 'string')
            fail([...at, 'format'], 'must be a string');
        const dialect = resource.dialect;
        if (dialect !== undefined && !data_package_isObject(dialect))
            fail([...at, 'dialect'], 'must be an object');
        const delimiter = data_package_isObject(dialect) ? dialect.delimiter : undefined;
        if (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1))
            fail([...at, 'dialect', 'delimiter'], 'must be one character');
        const header = data_package_isObject(dialect) ? dialect.header : undefined;
        if (header !== undefined && typeof header !== 'boolean')
            fail([...at, 'dialect', 'header'], 'must be true or false');
        return {
            name,
            index,
            paths: paths,
            schema: typeof schema === 'string' || schema === undefined
                ? schema
                : { file: doc.file, value: schema, where: (p) => doc.where([...at, 'schema', ...p]) },
            format: format,
            delimiter: delimiter,
            header: header,
        };
    });
    return { file: doc.file, resources, where: doc.where };
}

;// CONCATENATED MODULE: ./build/core/data/package/package-order.js

/**
 * Checks every cross-resource foreign key (the resource and its fields exist) and orders the resources
 * so that a referenced resource is read first (its key set is then complete when the referencing one is
 * read, so a miss is reported at once, in one pass). A cycle cannot be ordered: a usage error naming it.
 * Keys naming their own resource are not in `references`: the table checks them itself (KeyChecks).
 */
function planPackage(resources) {
    const byName = new Map(resources.map((r) => [r.name, r]));
    const collect = new Map(resources.map((r) => [r.name, []]));
    const references = new Map(resources.map((r) => [r.name, []]));
    const edges = new Map(resources.map((r) => [r.name, []]));
    for (const resource of resources) {
        resource.schema.foreignKeys.forEach((key, k) => {
            if (key.resource === undefined || key.resource === resource.name)
                return;
            const target = byName.get(key.resource);
            const at = ['foreignKeys', k, 'reference'];
            if (!target)
                throw new core_errors/* UsageError */.eb(`resource "${resource.name}": foreign key references resource "${key.resource}", which is not in the package`, { where: resource.where([...at, 'resource']), hint: `resources: ${[...byName.keys()].join(', ')}` });
            const names = new Set(target.schema.fields.map((f) => f.name));
            const missing = key.referenceFields.filter((f) => !names.has(f));
            if (missing.length > 0)
                throw new core_errors/* UsageError */.eb(`resource "${resource.name}": foreign key references field(s) ${missing.join(', ')} that resource "${target.name}" does not have`, { where: resource.where([...at, 'fields']), hint: `its fields: ${[...names].join(', ')}` });
            const lists = collect.get(target.name);
            let slot = lists.findIndex((l) => l.join('\u0000') === key.referenceFields.join('\u0000'));
            if (slot === -1)
                slot = lists.push([...key.referenceFields]) - 1;
            references
                .get(resource.name)
                .push({ from: resource.name, key: { ...key, resource: target.name }, slot });
            edges.get(resource.name).push(target.name);
        });
    }
    return {
        order: topologicalOrder(resources.map((r) => r.name), edges, byName),
        collect,
        references,
    };
}
/** Depth-first: a name comes after everything it depends on; a back edge is a cycle. */
function topologicalOrder(names, edges, byName) {
    const order = [];
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'open') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            const first = byName.get(cycle[0]);
            const k = first.schema.foreignKeys.findIndex((key) => key.resource === cycle[1]);
            throw new core_errors/* UsageError */.eb(`foreign keys form a cycle: ${cycle.join(' -> ')}`, {
                where: first.where(['foreignKeys', Math.max(0, k), 'reference', 'resource']),
                hint: 'a resource can only be checked against resources read before it; break the cycle',
            });
        }
        state.set(name, 'open');
        stack.push(name);
        for (const next of edges.get(name) ?? [])
            visit(next);
        stack.pop();
        state.set(name, 'done');
        order.push(name);
    };
    for (const name of names)
        visit(name);
    return order;
}

;// CONCATENATED MODULE: ./build/core/data/table-schema/load-any.js



function looksLikeJsonSchema(value) {
    const uri = typeof value.$schema === 'string' ? value.$schema : '';
    return uri.includes('json-schema.org') || value.properties !== undefined || value.type === 'object';
}
/**
 * Tells the schema kinds apart: `fields` (Table Schema) or `columns` (short form), else a JSON Schema
 * (`$schema: https://json-schema.org/...`, or `type: object` / `properties`). Checks ride along in `checks:`.
 * Asynchronous because only a JSON Schema loads the compiler (ajv): a Table Schema, the common case,
 * does not pay its start-up.
 */
async function loadSchema(doc) {
    const value = doc.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new core_errors/* UsageError */.eb('invalid schema: expected an object', { where: doc.where([]) });
    const object = value;
    if (object.fields !== undefined || object.columns !== undefined) {
        return { file: doc.file, table: loadTableSchema(doc), checks: readTableChecks(doc, ['checks']) };
    }
    if (looksLikeJsonSchema(object)) {
        const { compileJsonSchema } = await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(92)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7092));
        compileJsonSchema(object, doc.file); // fails early, at load, on a schema ajv cannot compile
        return { file: doc.file, record: object, checks: {} };
    }
    throw new core_errors/* UsageError */.eb('invalid schema: expected `fields` (Table Schema), `columns` (short form) or a JSON Schema', {
        where: doc.where([]),
        hint: 'see docs/validate-data.md#schemas',
    });
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validate-package.js













async function readText(path, shown, what) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read ${what} ${shown}: ${thrown.code ?? String(thrown)}`);
    }
}
/** A path under the package directory as the report shows it: relative to the workspace, `/`-separated. */
function shown(cwd, absolute) {
    return (0,external_node_path_.relative)(cwd, absolute).split(external_node_path_.sep).join('/');
}
async function loadResourceSchema(pkg, index, cwd) {
    const resource = pkg.resources[index];
    if (typeof resource.schema !== 'string')
        return resource.schema;
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, pkg.file));
    const absolute = (0,external_node_path_.resolve)(dir, resource.schema);
    if (!insidePackage(resource.schema))
        throw new core_errors/* UsageError */.eb(`resource "${resource.name}": schema path must stay inside the package directory`, {
            where: pkg.where(['resources', index, 'schema']),
        });
    const file = shown(cwd, absolute);
    return parseSourceDoc(file, await readText(absolute, file, 'schema'));
}
/**
 * The files a package run reads (every resource's data paths and schema files, absolute), for the check
 * that no output is one of them. An unreadable or invalid descriptor gives none: validatePackage reports
 * it with its line once the run starts.
 */
async function packageInputPaths(cwd, descriptor) {
    let pkg;
    try {
        pkg = readDataPackage(parseSourceDoc(descriptor, await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, descriptor), 'utf8')));
    }
    catch {
        return [];
    }
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, descriptor));
    return pkg.resources.flatMap((resource) => [
        ...resource.paths.map((path) => (0,external_node_path_.resolve)(dir, path)),
        ...(typeof resource.schema === 'string' ? [(0,external_node_path_.resolve)(dir, resource.schema)] : []),
    ]);
}
/**
 * Validates every resource of a data package, referenced resources first, and checks foreign keys across
 * them; errors carry their resource. Each resource is one table (its paths are shards), as a plain run.
 */
async function validatePackage(options) {
    const { cwd, log } = options;
    const pkg = readDataPackage(parseSourceDoc(options.descriptor, await readText((0,external_node_path_.resolve)(cwd, options.descriptor), options.descriptor, 'data package')));
    const docs = await Promise.all(pkg.resources.map((_, i) => loadResourceSchema(pkg, i, cwd)));
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, options.descriptor));
    const dataFiles = pkg.resources.map((resource) => resolveDataFiles(resource.paths.map((p) => shown(cwd, (0,external_node_path_.resolve)(dir, p))), cwd));
    const loaded = await Promise.all(docs.map((doc, i) => doc ? loadSchema(doc) : inferResourceSchema(pkg.resources[i], dataFiles[i], log)));
    const schemas = pkg.resources.map((resource, i) => {
        const table = loaded[i].table;
        if (!table)
            throw new core_errors/* UsageError */.eb(docs[i]
                ? `resource "${resource.name}": a data package resource needs a Table Schema`
                : `resource "${resource.name}" has no schema, and a schema is inferred only from a CSV header or Parquet columns`, {
                where: pkg.where(['resources', i, docs[i] ? 'schema' : 'name']),
                hint: docs[i] ? undefined : 'add a `schema` (a Table Schema) to the resource',
            });
        // A key naming its own resource is a reference within the table: KeyChecks checks those.
        const foreignKeys = table.foreignKeys.map((key) => key.resource === resource.name ? { ...key, resource: undefined } : key);
        return {
            name: resource.name,
            schema: { ...table, foreignKeys },
            where: docs[i]?.where ?? ((path) => pkg.where(['resources', i, ...path])),
        };
    });
    const plan = planPackage(schemas);
    const errors = new ErrorCollector(options.maxErrors);
    const files = [];
    const checks = [];
    const fields = [];
    const keySets = new Map();
    for (const name of plan.order) {
        const i = pkg.resources.findIndex((r) => r.name === name);
        const resource = pkg.resources[i];
        const schema = schemas[i].schema;
        const data = dataFiles[i];
        const result = await log.group(`Resource ${name}: ${data.length} file(s)`, () => validateFiles({
            files: data,
            format: resource.format,
            delimiter: resource.delimiter,
            header: resource.header ?? true,
            schema: { ...loaded[i], table: schema },
            checks: mergeChecks(loaded[i].checks, options.extraChecks),
            maxErrors: options.maxErrors,
            workers: options.workers,
            packageKeys: {
                collect: plan.collect.get(name) ?? [],
                references: (plan.references.get(name) ?? []).map((ref) => ({
                    ...ref.key,
                    keys: keySets.get(ref.key.resource)[ref.slot],
                })),
            },
            log,
        }));
        keySets.set(name, result.collected);
        const serialized = result.errors.serialize();
        errors.merge({
            counts: serialized.counts,
            samples: serialized.samples.map(([type, list]) => [type, list.map((e) => ({ ...e, resource: name }))]),
        });
        files.push(...result.files);
        checks.push(...result.checks.map((c) => ({ ...c, message: `${name}: ${c.message}` })));
        fields.push(...result.fields.map((f) => ({ ...f, name: `${name}.${f.name}` })));
    }
    return { files, errors, checks, fields, collected: [] };
}
/**
 * A resource without a schema gets one inferred from its first file, as frictionless does: the header's
 * labels, each typed by the narrowest type its first MiB of cells fits (so other resources' typed foreign
 * keys resolve against it). A notice says so: an inferred schema checks structure, not meaning.
 */
async function inferResourceSchema(resource, files, log) {
    const first = files[0];
    const table = await headerSchema(first, formatOf(first.path, resource.format), {
        delimiter: resource.delimiter,
        header: resource.header ?? true,
        inferTypes: true,
    });
    const fields = table?.fields.map((f) => `${f.name}: ${f.type}`).join(', ') ?? '';
    log.notice(`resource "${resource.name}" has no schema; inferred from ${first.path}: ${fields || '(no columns)'}. Add a schema to check types and constraints.`);
    return { file: first.path, table, checks: {} };
}

;// CONCATENATED MODULE: ./build/platform/data/profile-file.js



// Profiles come from other jobs' artifacts (possibly a fork's): read as data, under a size cap
// (reference/reliability-and-security.md ART-01). A real profile is tens of KB per column.
const MAX_PROFILE_BYTES = 64 * 2 ** 20;
/** Reads and checks one profile file (merge-profiles' shards, either command's reference), size-capped. */
function readProfileFile(path, shown = path) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read profile ${shown}: ${thrown.code ?? String(thrown)}`);
    }
    if (size > MAX_PROFILE_BYTES) {
        throw new core_errors/* DataError */.fL(`${size} bytes, over the ${MAX_PROFILE_BYTES / 2 ** 20} MiB profile limit`, {
            where: { file: shown },
            hint: 'a profile is tens of KB per column; this file is not one',
        });
    }
    return parseProfile((0,external_node_fs_.readFileSync)(path, 'utf8'), shown);
}

;// CONCATENATED MODULE: ./build/platform/fs/read-input.js



/** A text input file (a schema, checks, predictions), or a usage error naming what it is and why not. */
async function readInputText(cwd, path, what) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot read ${what} ${path}: ${thrown.code ?? String(thrown)}`);
    }
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validation-inputs.js






/** Reads the schema, checks and reference profile of a validation (paths relative to `cwd`). */
async function readValidationInputs(cwd, files) {
    const schema = files.schema
        ? await loadSchema(parseSourceDoc(files.schema, await readInputText(cwd, files.schema, 'schema')))
        : undefined;
    const extraChecks = files.checks
        ? readTableChecks(parseSourceDoc(files.checks, await readInputText(cwd, files.checks, 'checks')), [])
        : {};
    const referencePath = files['reference-profile'];
    return {
        schema,
        extraChecks,
        checks: mergeChecks(schema?.checks ?? {}, extraChecks),
        reference: referencePath ? readProfileFile((0,external_node_path_.resolve)(cwd, referencePath), referencePath) : undefined,
    };
}

;// CONCATENATED MODULE: ./build/actions/validate-data/validate-data.js
















/** `mlci validate-data`: schema, table checks and drift over data files; one report, exit 1 when invalid. */
async function validateData(io) {
    const inputs = getValidateDataInputs(io.inputs);
    const files = inputs.datapackage ? [] : resolveDataFiles(inputs.data, io.cwd);
    await checkRunPaths(io, { report: inputs.report, profile: inputs.profile }, {
        data: files.map((file) => file.absolute),
        schema: inputs.schema,
        checks: inputs.checks,
        'reference-profile': inputs['reference-profile'],
        datapackage: inputs.datapackage,
        'datapackage resources': inputs.datapackage ? await packageInputPaths(io.cwd, inputs.datapackage) : [],
    });
    await keepReportCurrent((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/validation-report', version: 1 }, () => validate(io, inputs, files));
}
async function validate(io, inputs, files) {
    const started = performance.now();
    const { schema, extraChecks, checks, reference } = await readValidationInputs(io.cwd, inputs);
    const referencePath = inputs['reference-profile'];
    // Before the long pass: a base-ref that does not exist fails in seconds, not after the data.
    const baseRef = inputs['base-ref'] ?? pullRequestBase(io.env);
    if (inputs['fail-on-schema-change'] && !schema)
        throw new core_errors/* UsageError */.eb('`fail-on-schema-change` needs a `schema` to compare with the base', {
            hint: 'give the schema file: `schema: data/schema.yaml`',
        });
    // A push run has no base: nothing to compare, and not an error (the same workflow serves both events).
    if (inputs['fail-on-schema-change'] && !baseRef)
        io.log.info('no base-ref and not a pull_request run: the schema is not compared');
    const schemaDiff = baseRef && schema && inputs.schema
        ? await schemaChange(io, {
            ref: baseRef,
            path: inputs.schema,
            schema,
            explicit: inputs['base-ref'] !== undefined,
        })
        : undefined;
    const profiling = inputs.profile !== undefined || reference !== undefined;
    const result = inputs.datapackage
        ? await validatePackage({
            cwd: io.cwd,
            descriptor: inputs.datapackage,
            extraChecks,
            maxErrors: inputs['max-errors'],
            workers: inputs.workers,
            log: io.log,
        })
        : await io.log.group(`Validating ${files.length} file(s)`, () => validateFiles({
            files,
            format: inputs.format,
            delimiter: inputs.delimiter,
            header: inputs.header,
            schema,
            checks,
            maxErrors: inputs['max-errors'],
            workers: inputs.workers,
            createProfiler: profiling ? (table) => createProfiler(table.fields, { reference }) : undefined,
            reference,
            log: io.log,
            progress: io.progress,
        }));
    const profile = result.profile;
    if (profile && inputs.profile)
        await writeOut(io.cwd, inputs.profile, formatProfile(profile));
    let drift;
    if (reference && profile && referencePath) {
        // The drift code loads only when a reference profile is given.
        const { compareProfiles } = await __nccwpck_require__.e(/* import() */ 280).then(__nccwpck_require__.bind(__nccwpck_require__, 7280));
        drift = driftSection(referencePath, compareProfiles(reference, profile, checks.drift ?? {}));
    }
    const report = buildReport({
        files: result.files,
        durationMs: performance.now() - started,
        errors: result.errors,
        checks: result.checks,
        fields: result.fields,
        profile: profile && inputs.profile ? inputs.profile : undefined,
        drift,
        schemaDiff,
    });
    await writeOut(io.cwd, inputs.report, `${JSON.stringify(report, null, 2)}\n`);
    io.output('valid', String(report.valid));
    io.output('error-count', String(report.errorCount));
    io.output('report', inputs.report);
    if (report.profile)
        io.output('profile', report.profile);
    if (schemaDiff?.status === 'compared')
        io.output('schema-changed', String(schemaDiff.changed));
    annotate(report, io.log);
    await io.summary(renderSummary(report, inputs.report, { failOnSchemaChange: inputs['fail-on-schema-change'] }));
    if (!report.valid && inputs['fail-on-error']) {
        const types = Object.entries(report.errorCounts)
            .map(([type, count]) => `${count} ${type}`)
            .join(', ');
        throw new core_errors/* DataError */.fL(`the data is invalid: ${types}`, {
            hint: `details in ${inputs.report} and the job summary`,
        });
    }
    if (schemaDiff?.changed && inputs['fail-on-schema-change']) {
        throw new core_errors/* DataError */.fL(`the schema ${inputs.schema} differs from ${schemaDiff.base}: ${schemaDiff.changes.join('; ')}`, { hint: 'review the changes; drop `fail-on-schema-change` to only report them' });
    }
}
function driftSection(reference, result) {
    return {
        reference,
        drifted: result.drifted,
        columns: result.columns.map((c) => ({
            column: c.name,
            drifted: c.drifted,
            metrics: { ...c.metrics },
            ...(c.noise ? { noise: { ...c.noise } } : {}),
            reasons: c.reasons,
        })),
    };
}
async function writeOut(cwd, path, text) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    try {
        await writeFileAtomic(target, text);
    }
    catch (thrown) {
        throw new core_errors/* UsageError */.eb(`cannot write ${path}: ${thrown.code ?? String(thrown)}`);
    }
}


/***/ }),

/***/ 3636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ daysInMonth),
/* harmony export */   O6: () => (/* binding */ bytesEqual),
/* harmony export */   WT: () => (/* binding */ datetimeInto),
/* harmony export */   XI: () => (/* binding */ dateInto),
/* harmony export */   Yz: () => (/* binding */ parsed),
/* harmony export */   r0: () => (/* binding */ integerInto),
/* harmony export */   uY: () => (/* binding */ INVALID),
/* harmony export */   yV: () => (/* binding */ booleanFromBytes),
/* harmony export */   yi: () => (/* binding */ hashBytes),
/* harmony export */   yz: () => (/* binding */ numberInto)
/* harmony export */ });
/* unused harmony exports integerFromBytes, numberFromBytes, isLeapYear, dateFromBytes, datetimeFromBytes */
// Typed parsing straight from byte ranges of a CSV buffer: no string per cell on the hot path.
// Each parser returns INVALID for text its type does not accept; callers fall back to the text casters
// for the options these fast paths do not cover (groupChar, bareNumber: false, custom formats).
/**
 * Where the *Into parsers put their result. A number returned through a union with INVALID is boxed as a
 * heap number on every call; a double field of one long-lived object is not, which removes most of the
 * garbage on the hot path (measured: GC was a fifth of a validation's CPU time).
 */
const parsed = { number: 0 };
function store(value) {
    if (value === INVALID)
        return false;
    parsed.number = value;
    return true;
}
/** Marks a cell whose text is not a valid value of its type. */
const INVALID = Symbol('invalid');
const DIGIT0 = 48;
const DIGIT9 = 57;
// Exact powers of ten: a mantissa below 2^53 divided or multiplied by one of these is correctly rounded
// (Clinger's fast path), so the fast path gives the same double as Number(text).
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** `[+-]?digits`, as the Table Schema integer type (no group char, bare number). */
function integerInto(buf, start, end) {
    let p = start;
    let negative = false;
    if (p < end && (buf[p] === 45 || buf[p] === 43))
        negative = buf[p++] === 45;
    if (p === end || end - p > 15)
        return end - p > 15 ? store(bigInteger(buf, start, end)) : false;
    let value = 0;
    for (; p < end; p++) {
        const c = buf[p];
        if (c < DIGIT0 || c > DIGIT9)
            return false;
        value = value * 10 + (c - DIGIT0);
    }
    parsed.number = negative ? -value : value;
    return true;
}
/** integer from bytes as a value, or INVALID (the allocation-free form is integerInto). */
function integerFromBytes(buf, start, end) {
    return integerInto(buf, start, end) ? parsed.number : INVALID;
}
function latin1(buf, start, end) {
    return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}
function bigInteger(buf, start, end) {
    const text = latin1(buf, start, end);
    return /^[+-]?\d+$/.test(text) ? Number(text) : INVALID;
}
/**
 * XSD decimal/double: `[+-]? digits [. digits] [(e|E) [+-] digits]`, or NaN / INF / -INF in any case.
 * Also accepts `.5` and `5.`, as frictionless-py (Python's float()) does.
 */
function numberInto(buf, start, end) {
    let p = start;
    let negative = false;
    if (p < end && (buf[p] === 45 || buf[p] === 43))
        negative = buf[p++] === 45;
    const unsigned = p;
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    while (p < end && buf[p] >= DIGIT0 && buf[p] <= DIGIT9) {
        mantissa = mantissa * 10 + (buf[p++] - DIGIT0);
        digits++;
    }
    if (p < end && buf[p] === 46) {
        p++;
        while (p < end && buf[p] >= DIGIT0 && buf[p] <= DIGIT9) {
            mantissa = mantissa * 10 + (buf[p++] - DIGIT0);
            digits++;
            scale++;
        }
    }
    if (digits === 0)
        return store(special(buf, start, end));
    let exponent = 0;
    if (p < end && (buf[p] === 101 || buf[p] === 69)) {
        p++;
        let expNegative = false;
        if (p < end && (buf[p] === 45 || buf[p] === 43))
            expNegative = buf[p++] === 45;
        const from = p;
        while (p < end && buf[p] >= DIGIT0 && buf[p] <= DIGIT9 && p - from < 6)
            exponent = exponent * 10 + (buf[p++] - DIGIT0);
        if (p === from)
            return false;
        if (expNegative)
            exponent = -exponent;
    }
    if (p !== end)
        return false;
    const power = exponent - scale;
    let value;
    if (digits <= 15 && power >= -22 && power <= 22) {
        value = power < 0 ? mantissa / POW10[-power] : mantissa * POW10[power];
    }
    else {
        value = Number(latin1(buf, unsigned, end));
    }
    parsed.number = negative ? -value : value;
    return true;
}
/** number from bytes as a value, or INVALID (the allocation-free form is numberInto). */
function numberFromBytes(buf, start, end) {
    return numberInto(buf, start, end) ? parsed.number : INVALID;
}
function special(buf, start, end) {
    const length = end - start;
    if (length < 3 || length > 4)
        return INVALID;
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(buf[i] | 0x20);
    if (text === 'nan')
        return Number.NaN;
    if (text === 'inf' || text === '+inf')
        return Number.POSITIVE_INFINITY;
    if (text === '-inf')
        return Number.NEGATIVE_INFINITY;
    return INVALID;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** True for a leap year of the proleptic Gregorian calendar. */
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
/** Days in a month (1-12) of a year. */
function daysInMonth(year, month) {
    return month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
}
function digitsAt(buf, p, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const c = buf[p + i] - DIGIT0;
        if (c < 0 || c > 9)
            return -1;
        value = value * 10 + c;
    }
    return value;
}
// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): the same
// number Date.UTC gives divided by a day, without a call into the runtime per cell.
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
const DAY_MS = 86_400_000;
function dateAt(buf, start) {
    if (buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return -1;
    const year = digitsAt(buf, start, 4);
    const month = digitsAt(buf, start + 5, 2);
    const day = digitsAt(buf, start + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return -1;
    return daysFromCivil(year, month, day);
}
/** `YYYY-MM-DD` (the default date format) as epoch milliseconds (UTC midnight). */
function dateInto(buf, start, end) {
    if (end - start !== 10)
        return false;
    const days = dateAt(buf, start);
    if (days === -1 && !isEpochMinusOne(buf, start))
        return false;
    parsed.number = days * DAY_MS;
    return true;
}
/** date from bytes as a value, or INVALID (the allocation-free form is dateInto). */
function dateFromBytes(buf, start, end) {
    return dateInto(buf, start, end) ? parsed.number : INVALID;
}
// -1 days is 1969-12-31, a valid date that collides with dateAt's failure value.
function isEpochMinusOne(buf, start) {
    return (digitsAt(buf, start, 4) === 1969 &&
        digitsAt(buf, start + 5, 2) === 12 &&
        digitsAt(buf, start + 8, 2) === 31);
}
/**
 * The common XSD dateTime shapes, `YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]`, as epoch milliseconds; INVALID
 * for anything else (the text caster then decides, so rarer valid forms are still accepted).
 */
function datetimeInto(buf, start, end) {
    if (end - start < 19 || buf[start + 10] !== 84 || buf[start + 13] !== 58 || buf[start + 16] !== 58)
        return false;
    const days = dateAt(buf, start);
    if (days === -1)
        return false;
    const hour = digitsAt(buf, start + 11, 2);
    const minute = digitsAt(buf, start + 14, 2);
    const second = digitsAt(buf, start + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    let p = start + 19;
    let ms = 0;
    if (p < end && buf[p] === 46) {
        let scale = 100;
        p++;
        const from = p;
        while (p < end && buf[p] >= DIGIT0 && buf[p] <= DIGIT9) {
            ms += (buf[p++] - DIGIT0) * scale;
            scale /= 10;
        }
        if (p === from)
            return false;
        ms = Math.round(ms);
    }
    let offset = 0;
    if (p < end && buf[p] === 90)
        p++;
    else if (p < end && (buf[p] === 43 || buf[p] === 45)) {
        if (end - p !== 6 || buf[p + 3] !== 58)
            return false;
        const oh = digitsAt(buf, p + 1, 2);
        const om = digitsAt(buf, p + 4, 2);
        if (oh < 0 || om < 0)
            return false;
        offset = (buf[p] === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
        p = end;
    }
    if (p !== end)
        return false;
    parsed.number = days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
    return true;
}
/** datetime from bytes as a value, or INVALID (the allocation-free form is datetimeInto). */
function datetimeFromBytes(buf, start, end) {
    return datetimeInto(buf, start, end) ? parsed.number : INVALID;
}
const ascii = (text) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const TRUE_FORMS = ['true', 'True', 'TRUE'].map(ascii);
const FALSE_FORMS = ['false', 'False', 'FALSE'].map(ascii);
/** Default boolean values (`true/True/TRUE/1`, `false/False/FALSE/0`) from bytes; INVALID otherwise. */
function booleanFromBytes(buf, start, end) {
    const length = end - start;
    if (length === 1)
        return buf[start] === 49 ? true : buf[start] === 48 ? false : INVALID;
    const forms = length === 4 ? TRUE_FORMS : length === 5 ? FALSE_FORMS : undefined;
    if (forms === undefined)
        return INVALID;
    for (const form of forms)
        if (bytesEqual(buf, start, end, form))
            return length === 4;
    return INVALID;
}
/** Equality of a byte range with the bytes of a string (ASCII/UTF-8 encoded once by the caller). */
function bytesEqual(buf, start, end, expected) {
    if (end - start !== expected.length)
        return false;
    for (let i = 0; i < expected.length; i++)
        if (buf[start + i] !== expected[i])
            return false;
    return true;
}
/** FNV-1a over a byte range: the key of the per-column intern tables. */
function hashBytes(buf, start, end) {
    let hash = 0x811c9dc5;
    for (let p = start; p < end; p++)
        hash = Math.imul(hash ^ buf[p], 0x01000193);
    return hash >>> 0;
}


/***/ }),

/***/ 3465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Zc: () => (/* binding */ SCRATCH),
/* harmony export */   gg: () => (/* binding */ toScratch)
/* harmony export */ });
// Bytes to text and back on the hot path, where Buffer's public methods cost more than the work.
/** The text of a byte range, UTF-8. */
function decode(buf, start, end) {
    // Buffer's own utf8Slice skips toString's argument checks; readers hand Buffers, tests may not.
    if (buf instanceof Buffer)
        return buf.utf8Slice(start, end);
    return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8');
}
/** Room for any 256-character string in UTF-8 (3 bytes per UTF-16 unit at most). */
const SCRATCH = Buffer.alloc(1024);
// Copies a short string's UTF-8 into SCRATCH: a JS loop for ASCII, which beats a native call for the
// ~10-character cells typical of tables; utf8Write for the rest.
function toScratch(text) {
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const unit = text.charCodeAt(i);
        if (unit > 127)
            return SCRATCH.utf8Write(text, 0, SCRATCH.length);
        SCRATCH[i] = unit;
    }
    return length;
}


/***/ }),

/***/ 7751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bs: () => (/* binding */ sameEdges),
/* harmony export */   j4: () => (/* binding */ equalFrequencyEdges),
/* harmony export */   jU: () => (/* binding */ binOf),
/* harmony export */   r5: () => (/* binding */ histogramFromSketch)
/* harmony export */ });
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8256);

/** Index of the bin holding `value`: the number of edges ≤ value (binary search, no allocation). */
function binOf(edges, value) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (edges[mid] <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Equal-frequency edges from a sketch: the i/bins quantiles, duplicates removed. */
function equalFrequencyEdges(sketch, bins) {
    const { values, weights } = (0,_kll_js__WEBPACK_IMPORTED_MODULE_0__/* .weightedItems */ .Sy)(sketch);
    if (values.length === 0)
        return [];
    let total = 0;
    for (const weight of weights)
        total += weight;
    const edges = [];
    let cumulative = 0;
    let next = 1;
    for (let i = 0; i < values.length && next < bins; i++) {
        cumulative += weights[i];
        while (next < bins && cumulative >= (next * total) / bins) {
            // The edge is the first value *after* the quantile, so bins are [edge_i, edge_i+1) as counted.
            const edge = values[Math.min(i + 1, values.length - 1)];
            if (edges.length === 0 || edge > edges[edges.length - 1])
                edges.push(edge);
            next++;
        }
    }
    if (edges.length === 0)
        edges.push(values[0]);
    return edges;
}
/** Bin counts read from a sketch's weighted items (exact total, bins approximate within rank error). */
function histogramFromSketch(sketch, edges, bins) {
    const counts = new Array(edges.length + 1).fill(0);
    sketch.levels.forEach((level, i) => {
        for (const value of level)
            counts[binOf(edges, value)] += 2 ** i;
    });
    return { edges: [...edges], counts, exact: false, ...(bins === undefined ? {} : { bins }) };
}
/** True when two edge lists are the same numbers. */
function sameEdges(a, b) {
    return a.length === b.length && a.every((edge, i) => edge === b[i]);
}


/***/ }),

/***/ 5961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/* unused harmony export hllStandardError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2807);

/**
 * HyperLogLog (Flajolet et al. 2007) with the linear-counting correction for small cardinalities
 * (Heule et al., "HyperLogLog in Practice", 2013). Registers merge by element-wise max, so a merged
 * sketch has exactly the registers one pass over all shards would have.
 */
class HyperLogLog {
    precision;
    registers;
    constructor(precision) {
        this.precision = precision;
        this.registers = new Uint8Array(1 << precision);
    }
    /** Records a value by its two 32-bit hashes: the first picks the register, the second gives the rank. */
    addHash(h1, h2) {
        const index = h1 >>> (32 - this.precision);
        const rank = Math.clz32(h2) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    /** Element-wise max with another sketch's registers of the same precision. */
    mergeRegisters(other) {
        for (let i = 0; i < other.length; i++) {
            if (other[i] > this.registers[i])
                this.registers[i] = other[i];
        }
    }
    /** The cardinality estimate, rounded to an integer. */
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (const register of this.registers) {
            sum += 2 ** -register;
            if (register === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return Math.round(m * Math.log(m / zeros));
        return Math.round(raw);
    }
    encode() {
        return Buffer.from(this.registers).toString('base64');
    }
    /** Registers from a stored profile, checked for the right length. */
    static decode(precision, base64, column) {
        const sketch = new HyperLogLog(precision);
        const bytes = Buffer.from(base64, 'base64');
        if (bytes.length !== sketch.registers.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`profile column "${column}": distinct registers have the wrong length`, {
                hint: 'the profile file is damaged or was written by another tool; profile the data again',
            });
        }
        sketch.registers.set(bytes);
        return sketch;
    }
}
/** Standard error of the HLL estimate at a precision: 1.04 / sqrt(2^p). */
function hllStandardError(precision) {
    return 1.04 / Math.sqrt(2 ** precision);
}


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ weightedItems),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   gu: () => (/* binding */ KllSketch)
/* harmony export */ });
/* unused harmony export rankError */
// Level 0 compacts at 128 items at the least (DataSketches' minimum width is 8): one sort of 128
// values per 128 adds instead of one of 8 per 8 once the sketch is deep. A wider level only lowers the
// error (fewer compactions at that level) and costs 1 KiB.
const LEVEL0_MIN = 128;
// The bottom sampler (the KLL paper's own construction for its optimal bound): once the stream is long,
// each block of w values sends one value, picked by the seeded coin, to level log2(w) with weight w.
// Sorting is what costs (≈70 ns per value measured with w = 1); with w = 64 it almost vanishes. A block
// adds rank variance ≤ w²/4, so all blocks add ≤ n·w/4: keeping w ≤ SAMPLER_SHARE·n holds the sampler's
// standard error at √(w/4n) ≤ 0.2 %, well inside the compactors' 1.65 %.
const SAMPLER_SHARE = 1.6e-5;
const SAMPLER_MAX = 64;
/**
 * KLL quantile sketch (Karnin, Lang, Liberty, "Optimal Quantile Approximation in Streams", FOCS 2016),
 * in the form Apache DataSketches ships: compactors whose capacities shrink by c = 2/3 per level below
 * the top. With k = 200 the normalised rank error is about 1.65 % (DataSketches' published table, 99 %
 * confidence), whatever the value range. We chose it over DDSketch, whose error is relative to the value:
 * for epoch-ms timestamps or years a 1 % relative bucket spans months or decades, useless for drift bins;
 * and over t-digest, whose merge has no clean bound. The coin of each compaction comes from a seeded
 * xorshift, so the same cells in the same order give the same sketch (deterministic profile bytes).
 */
class KllSketch {
    k;
    levels;
    sizes = [0];
    /** Capacity per level, recomputed only when a level is added (not per add: `**` is costly). */
    capacities;
    count = 0;
    seed;
    /** Sampler block size (a power of two), its level, and the values of the current block. */
    weight = 1;
    samplerLevel = 0;
    block = new Float64Array(SAMPLER_MAX);
    blockSize = 0;
    constructor(k, seed = 0x9e3779b9) {
        this.k = k;
        this.seed = seed | 0 || 1;
        this.capacities = [Math.max(LEVEL0_MIN, k)];
        this.levels = [new Float64Array(this.capacities[0])];
    }
    get n() {
        return this.count;
    }
    /** Adds one finite value; allocation-free except when a level grows. */
    add(value) {
        this.count++;
        if (this.weight === 1) {
            const size = this.sizes[0];
            this.levels[0][size] = value;
            this.sizes[0] = size + 1;
            if (size + 1 >= this.capacities[0])
                this.compress();
            if (this.count >= 2 / SAMPLER_SHARE)
                this.growSampler();
            return;
        }
        this.block[this.blockSize++] = value;
        if (this.blockSize < this.weight)
            return;
        this.blockSize = 0;
        const level = this.samplerLevel;
        this.push(level, this.block[this.pick(this.weight)]);
        if (this.sizes[level] >= this.capacities[level])
            this.compress();
        if (this.count >= (2 * this.weight) / SAMPLER_SHARE && this.weight < SAMPLER_MAX)
            this.growSampler();
    }
    /** Doubles the sampler's block (only between blocks, so every block has one weight). */
    growSampler() {
        this.weight *= 2;
        this.samplerLevel++;
        while (this.levels.length <= this.samplerLevel)
            this.addLevel();
    }
    /** Adds every item of another sketch (each level to the same level) and compacts. */
    merge(other) {
        for (let level = 0; level < other.levels.length; level++) {
            while (this.levels.length <= level)
                this.addLevel();
            for (const value of other.levels[level])
                this.push(level, value);
        }
        this.count += other.n;
        this.compress();
    }
    /** The canonical, serialisable state: each level sorted, trailing empty levels dropped. */
    state() {
        const levels = this.levels.map((buffer, level) => Array.from(buffer.subarray(0, this.sizes[level])));
        // The values of an unfinished sampler block are kept exactly, at weight 1.
        levels[0].push(...this.block.subarray(0, this.blockSize));
        for (const level of levels)
            level.sort((a, b) => a - b);
        while (levels.length > 1 && levels[levels.length - 1].length === 0)
            levels.pop();
        return { k: this.k, n: this.count, levels };
    }
    /** A sketch holding a stored state, ready to merge into. */
    static from(state) {
        const sketch = new KllSketch(state.k, hashSeed(state));
        sketch.merge(state);
        return sketch;
    }
    capacity(level) {
        const depth = this.levels.length - 1 - level;
        return Math.max(level === 0 ? LEVEL0_MIN : 8, Math.ceil(this.k * (2 / 3) ** depth));
    }
    push(level, value) {
        let buffer = this.levels[level];
        const size = this.sizes[level];
        if (size === buffer.length) {
            const grown = new Float64Array(buffer.length * 2);
            grown.set(buffer);
            this.levels[level] = buffer = grown;
        }
        buffer[size] = value;
        this.sizes[level] = size + 1;
    }
    addLevel() {
        this.levels.push(new Float64Array(8));
        this.sizes.push(0);
        this.capacities = this.levels.map((_, level) => this.capacity(level));
        // Level 0 is written without a bounds check in add(): keep it as long as its capacity.
        if (this.levels[0].length < this.capacities[0]) {
            const grown = new Float64Array(this.capacities[0]);
            grown.set(this.levels[0]);
            this.levels[0] = grown;
        }
    }
    /** Compacts every level at or over its capacity, lowest first: half its items move up, weight doubled. */
    compress() {
        for (let level = 0; level < this.levels.length; level++) {
            const size = this.sizes[level];
            if (size < this.capacities[level])
                continue;
            if (level === this.levels.length - 1)
                this.addLevel();
            const items = this.levels[level].subarray(0, size).sort();
            // An odd item out stays behind (the largest), so weights stay exact.
            const pairs = size - (size % 2);
            const offset = this.coin();
            for (let i = offset; i < pairs; i += 2)
                this.push(level + 1, items[i]);
            if (size % 2 === 1)
                items[0] = items[size - 1];
            this.sizes[level] = size % 2;
        }
    }
    /** A seeded index in [0, n) for a power of two n. */
    pick(n) {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return (x >>> 8) & (n - 1);
    }
    coin() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return x & 1;
    }
}
/** A seed derived from a state, so rebuilding and merging stored profiles is deterministic too. */
function hashSeed(state) {
    let h = 0x811c9dc5 ^ state.n;
    for (const level of state.levels)
        h = Math.imul(h ^ level.length, 0x01000193);
    return h | 0 || 1;
}
/** Items of a sketch as sorted values with their weights (2^level). */
function weightedItems(state) {
    const pairs = [];
    state.levels.forEach((level, i) => {
        for (const value of level)
            pairs.push([value, 2 ** i]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    return {
        values: Float64Array.from(pairs, (pair) => pair[0]),
        weights: Float64Array.from(pairs, (pair) => pair[1]),
    };
}
/** The value at normalised rank q (0..1): the smallest item whose cumulative weight reaches q·total. */
function quantile(state, q) {
    const { values, weights } = weightedItems(state);
    if (values.length === 0)
        return null;
    let total = 0;
    for (const weight of weights)
        total += weight;
    const target = q * total;
    let cumulative = 0;
    for (let i = 0; i < values.length; i++) {
        cumulative += weights[i];
        if (cumulative >= target)
            return values[i];
    }
    return values[values.length - 1];
}
/** Normalised rank error of KLL at k = 200 (DataSketches' table, 99 % confidence), scaled as 1/k. */
function rankError(k) {
    return (1.65 / 100) * (200 / k);
}


/***/ }),

/***/ 8707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ CELL),
  O: () => (/* binding */ FieldChecker)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(2807);
// EXTERNAL MODULE: ./build/core/data/cast/bytes.js
var bytes = __nccwpck_require__(3636);
;// CONCATENATED MODULE: ./build/core/data/cast/intern.js

/**
 * Strings by their bytes, so that a repeated cell (a category, a label) costs a hash and a byte
 * comparison instead of a new string. Bounded: once full, lookups still work but nothing is added.
 */
class InternTable {
    capacity;
    maxBytes;
    slots;
    hashes;
    bytes = [];
    strings = [];
    mask;
    constructor(capacity = 4096, maxBytes = 64) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        let size = 16;
        while (size < capacity * 2)
            size *= 2;
        this.slots = new Int32Array(size).fill(-1);
        this.hashes = new Uint32Array(size);
        this.mask = size - 1;
    }
    get size() {
        return this.strings.length;
    }
    /** The interned string with exactly these bytes, or undefined. */
    get(buf, start, end) {
        const hash = (0,bytes/* hashBytes */.yi)(buf, start, end);
        for (let slot = hash & this.mask;; slot = (slot + 1) & this.mask) {
            const index = this.slots[slot];
            if (index === -1)
                return undefined;
            if (this.hashes[slot] === hash && equal(this.bytes[index], buf, start, end))
                return this.strings[index];
        }
    }
    /** Adds a string (its UTF-8 bytes are `buf[start, end)`) unless the table is full or it is long. */
    add(buf, start, end, text) {
        if (this.strings.length >= this.capacity || end - start > this.maxBytes)
            return;
        const hash = (0,bytes/* hashBytes */.yi)(buf, start, end);
        let slot = hash & this.mask;
        while (this.slots[slot] !== -1)
            slot = (slot + 1) & this.mask;
        this.slots[slot] = this.strings.length;
        this.hashes[slot] = hash;
        // A copy: Buffer#slice is a view, and the CSV reader refills its chunk buffer, which would rewrite
        // the stored key under the table (every later lookup a miss, and a decoded string per cell).
        this.bytes.push(Uint8Array.prototype.slice.call(buf, start, end));
        this.strings.push(text);
    }
}
function equal(stored, buf, start, end) {
    if (stored.length !== end - start)
        return false;
    for (let i = 0; i < stored.length; i++)
        if (stored[i] !== buf[start + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./build/core/data/cast/constraints.js

/** Length in code points, as Python's len() counts (frictionless-py), not UTF-16 units. */
function codePointLength(text) {
    let length = text.length;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff)
            length--;
    }
    return length;
}
function lengthOf(value) {
    if (typeof value === 'string')
        return codePointLength(value);
    if (Array.isArray(value))
        return value.length;
    if (typeof value === 'object')
        return Object.keys(value).length;
    return 0;
}
// Every comparison with NaN is false, so a NaN would pass any bound: it fails a declared one instead
// (a NaN score is not within [0, 1]).
function outside(value, fails) {
    const n = value;
    return Number.isNaN(n) || fails(n);
}
/** Anchors an XSD-style pattern: `cat|dog` must not accept "catfish" (frictionless-py's bug). */
function anchoredPattern(pattern) {
    return new RegExp(`^(?:${pattern})$`, 'u');
}
/**
 * Compiles the value constraints of a field (required and unique are handled by the row validator).
 * Bounds given as strings are cast with the field's own caster; `castBound` throws when one cannot be.
 */
function compileConstraints(field, cast, compileJsonSchema) {
    const c = field.constraints;
    const checks = [];
    const bound = (name, raw) => {
        const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? cast(raw) : bytes/* INVALID */.uY;
        if (typeof value !== 'number')
            throw new Error(`constraint ${name} "${String(raw)}" is not a valid ${field.type}`);
        return value;
    };
    if (c.minimum !== undefined) {
        const min = bound('minimum', c.minimum);
        checks.push((v) => (outside(v, (n) => n < min) ? 'minimum' : undefined));
    }
    if (c.maximum !== undefined) {
        const max = bound('maximum', c.maximum);
        checks.push((v) => (outside(v, (n) => n > max) ? 'maximum' : undefined));
    }
    if (c.exclusiveMinimum !== undefined) {
        const min = bound('exclusiveMinimum', c.exclusiveMinimum);
        checks.push((v) => (outside(v, (n) => n <= min) ? 'exclusiveMinimum' : undefined));
    }
    if (c.exclusiveMaximum !== undefined) {
        const max = bound('exclusiveMaximum', c.exclusiveMaximum);
        checks.push((v) => (outside(v, (n) => n >= max) ? 'exclusiveMaximum' : undefined));
    }
    if (c.minLength !== undefined) {
        const min = c.minLength;
        checks.push((v) => (lengthOf(v) < min ? 'minLength' : undefined));
    }
    if (c.maxLength !== undefined) {
        const max = c.maxLength;
        checks.push((v) => (lengthOf(v) > max ? 'maxLength' : undefined));
    }
    if (c.pattern !== undefined) {
        const re = anchoredPattern(c.pattern);
        checks.push((v) => (typeof v === 'string' && !re.test(v) ? 'pattern' : undefined));
    }
    const allowed = c.enum ?? field.categories;
    if (allowed !== undefined) {
        const name = c.enum ? 'enum' : 'categories';
        const keys = new Set(allowed.map((item) => enumKey(typeof item === 'string' ? cast(item) : item)));
        checks.push((v) => (keys.has(enumKey(v)) ? undefined : name));
    }
    if (c.jsonSchema !== undefined) {
        const valid = compileJsonSchema(c.jsonSchema);
        checks.push((v) => (valid(v) ? undefined : 'jsonSchema'));
    }
    if (checks.length === 0)
        return undefined;
    if (checks.length === 1)
        return checks[0];
    return (value) => {
        for (const check of checks) {
            const failed = check(value);
            if (failed)
                return failed;
        }
        return undefined;
    };
}
// Enum members compare as logical values: 1.0 and 1 are the same number, objects compare as JSON.
function enumKey(value) {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}

// EXTERNAL MODULE: ./build/core/data/cast/decode.js
var decode = __nccwpck_require__(3465);
;// CONCATENATED MODULE: ./build/core/data/cast/native.js

/** A typed value from JSONL or Parquet as the field's logical value, or INVALID when its type does not fit. */
function nativeValue(field, raw) {
    switch (field.type) {
        case 'integer':
            if (typeof raw === 'bigint')
                return Number(raw);
            return typeof raw === 'number' && Number.isInteger(raw) ? raw : bytes/* INVALID */.uY;
        case 'number':
            if (typeof raw === 'bigint')
                return Number(raw);
            return typeof raw === 'number' ? raw : bytes/* INVALID */.uY;
        case 'boolean':
            return typeof raw === 'boolean' ? raw : bytes/* INVALID */.uY;
        case 'date':
        case 'datetime':
            return raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.getTime() : bytes/* INVALID */.uY;
        case 'year':
            return typeof raw === 'number' && Number.isInteger(raw) ? raw : bytes/* INVALID */.uY;
        case 'object':
        case 'geojson':
            return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
                ? raw
                : bytes/* INVALID */.uY;
        case 'array':
        case 'list':
        case 'geopoint':
            return Array.isArray(raw) ? raw : bytes/* INVALID */.uY;
        case 'any':
            return typeof raw === 'object' ? raw : raw;
        default:
            return bytes/* INVALID */.uY;
    }
}
/**
 * Why a JSON number cannot stand for the value written in the file, or undefined. JSON.parse reads every
 * number as a double: `1e400` becomes Infinity and an integer beyond 2^53 is rounded to a neighbour, so
 * both would otherwise pass silently as a different value.
 */
function unrepresentableJson(field, raw) {
    if (typeof raw !== 'number')
        return undefined;
    if (!Number.isFinite(raw) && (field.type === 'number' || field.type === 'integer'))
        return 'a JSON number beyond the range of a double (±1.8e308): it reads as infinity';
    if (field.type === 'integer' && Number.isInteger(raw) && !Number.isSafeInteger(raw))
        return `an integer beyond 2^53 (read as ${raw}): JSON numbers are doubles, so its exact value is lost; write it as a string`;
    return undefined;
}

;// CONCATENATED MODULE: ./build/core/data/cast/temporal.js

// XSD dateTime / time / duration, and the strptime-style patterns Table Schema allows as formats.
const DATETIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
function validDate(year, month, day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= (0,bytes/* daysInMonth */.L3)(year, month);
}
function validTime(hour, minute, second) {
    // 24:00:00 is XSD's end of day; 60 seconds allows a leap second.
    return (hour < 24 || (hour === 24 && minute === 0 && second === 0)) && minute < 60 && second <= 60;
}
function offsetMs(zone) {
    if (!zone || zone === 'Z')
        return 0;
    const sign = zone[0] === '-' ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
}
/** XSD dateTime as epoch milliseconds (UTC when no zone is given). */
function datetimeFromText(text) {
    const m = DATETIME.exec(text);
    if (!m)
        return bytes/* INVALID */.uY;
    const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
    if (!validDate(year, month, day) || !validTime(hour, minute, second))
        return bytes/* INVALID */.uY;
    const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
    return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs(m[8]);
}
/** XSD time as milliseconds since midnight. */
function timeFromText(text) {
    const m = TIME.exec(text);
    if (!m)
        return bytes/* INVALID */.uY;
    const [hour, minute, second] = [1, 2, 3].map((i) => Number(m[i]));
    if (!validTime(hour, minute, second))
        return bytes/* INVALID */.uY;
    return ((hour * 60 + minute) * 60 + second) * 1000 + (m[4] ? Math.round(Number(m[4]) * 1000) : 0);
}
/** `YYYY-MM-DD` as epoch milliseconds. */
function dateFromText(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return bytes/* INVALID */.uY;
    const [year, month, day] = [1, 2, 3].map((i) => Number(m[i]));
    return validDate(year, month, day) ? Date.UTC(year, month - 1, day) : bytes/* INVALID */.uY;
}
/** XSD gYear. */
function yearFromText(text) {
    return /^-?\d{4}$/.test(text) ? Number(text) : bytes/* INVALID */.uY;
}
/** XSD gYearMonth as a month count (year * 12 + month - 1), which orders correctly. */
function yearmonthFromText(text) {
    const m = /^(-?\d{4})-(\d{2})$/.exec(text);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
        return bytes/* INVALID */.uY;
    return Number(m[1]) * 12 + Number(m[2]) - 1;
}
/**
 * ISO 8601 duration as milliseconds, counting a year as 365.25 days and a month as 30.44 days: only
 * used to order durations for minimum/maximum, where calendar-exact arithmetic has no single answer.
 */
function durationFromText(text) {
    const m = DURATION.exec(text);
    if (!m)
        return bytes/* INVALID */.uY;
    const [y, mo, w, d, h, mi, s] = [1, 2, 3, 4, 5, 6, 7].map((i) => Number(m[i] ?? 0));
    const days = y * 365.25 + mo * 30.436875 + w * 7 + d;
    return Math.round(((days * 24 + h) * 60 + mi) * 60_000 + s * 1000);
}
const DIRECTIVES = {
    Y: '(?<Y>\\d{4})',
    y: '(?<y>\\d{2})',
    m: '(?<m>\\d{1,2})',
    d: '(?<d>\\d{1,2})',
    H: '(?<H>\\d{1,2})',
    I: '(?<I>\\d{1,2})',
    p: '(?<p>AM|PM|am|pm)',
    M: '(?<M>\\d{1,2})',
    S: '(?<S>\\d{1,2})',
    f: '(?<f>\\d{1,6})',
    z: '(?<z>Z|[+-]\\d{2}:?\\d{2})',
    b: '(?<b>[A-Za-z]{3})',
    '%': '%',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Compiles a strptime pattern (`%d/%m/%Y %H:%M`) to a parser; throws on an unsupported directive. */
function strptime(pattern, kind) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch !== '%') {
            source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            continue;
        }
        const directive = DIRECTIVES[pattern[++i] ?? ''];
        if (!directive)
            throw new Error(`unsupported directive %${pattern[i] ?? ''} in format "${pattern}"`);
        source += directive;
    }
    const re = new RegExp(`^${source}$`);
    return (text) => {
        const g = re.exec(text)?.groups;
        if (!g)
            return bytes/* INVALID */.uY;
        const year = g.Y ? Number(g.Y) : g.y ? 2000 + Number(g.y) - (Number(g.y) > 68 ? 100 : 0) : 1900;
        const month = g.m ? Number(g.m) : g.b ? MONTHS.indexOf(g.b.toLowerCase()) + 1 : 1;
        const day = g.d ? Number(g.d) : 1;
        let hour = Number(g.H ?? g.I ?? 0);
        if (g.p && g.I)
            hour = (hour % 12) + (g.p.toLowerCase() === 'pm' ? 12 : 0);
        const minute = Number(g.M ?? 0);
        const second = Number(g.S ?? 0);
        if (!validDate(year, month, day) || !validTime(hour, minute, second))
            return bytes/* INVALID */.uY;
        const ms = g.f ? Math.round(Number(`0.${g.f}`) * 1000) : 0;
        const zone = g.z && g.z !== 'Z' ? `${g.z.slice(0, 3)}:${g.z.slice(-2)}` : g.z;
        if (kind === 'time')
            return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
        return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs(zone);
    };
}

;// CONCATENATED MODULE: ./build/core/data/cast/text.js


// One way to split the digits only (`\d+\.?\d*` could split a run of n digits n ways, and a malformed
// 100 KB cell took 13.7 s): linear in the cell's length (test/unit/core/data/cast/linear-time.test.ts).
const XSD_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * `local@domain.tld`: no white space, one `@`, and a dot inside the domain (not its first or last
 * character). As code, not /^[^\s@]+@[^\s@]+\.[^\s@]+$/, which backtracks over every dot (quadratic).
 */
function isEmail(text) {
    const at = text.indexOf('@');
    if (at <= 0 || text.indexOf('@', at + 1) !== -1 || /\s/.test(text))
        return false;
    return text.slice(at + 2, -1).includes('.');
}
const STRING_FORMATS = {
    // Deliberately simple and linear-time: ajv-formats' full regexes are documented as ReDoS-prone.
    email: { test: isEmail },
    uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
    uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    binary: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
};
const SPECIAL = /^[+-]?(?:inf|nan)$/i;
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/**
 * A cell's text as an XSD number, undoing the field's options; INVALID when an option is broken:
 * with `decimalChar: ","` a literal `.` is no decimal point (`1.5` is not 1.5, and `1.234` is not a
 * silent 1.234), a `groupChar` only stands between digits (`,5` and `1,,2` are not numbers), and
 * `bareNumber: false` strips surrounding text but keeps `NaN`/`INF` numbers.
 */
function numberText(text, field) {
    const decimal = field.decimalChar ?? '.';
    const group = field.groupChar;
    let t = text;
    if (field.bareNumber === false && !SPECIAL.test(t)) {
        const numeric = (c) => isDigit(c) || c === decimal;
        let start = 0;
        while (start < t.length && !numeric(t[start]) && t[start] !== '+' && t[start] !== '-')
            start++;
        let end = t.length;
        while (end > start && !numeric(t[end - 1]))
            end--;
        t = t.slice(start, end);
    }
    if (group) {
        const point = t.indexOf(decimal);
        if (point >= 0 && t.includes(group, point + 1))
            return bytes/* INVALID */.uY; // digits after the point are not grouped
        const parts = t.split(group);
        for (let i = 1; i < parts.length; i++)
            if (!isDigit(parts[i - 1].at(-1)) || !isDigit(parts[i][0]))
                return bytes/* INVALID */.uY;
        t = parts.join('');
    }
    if (decimal !== '.') {
        if (t.includes('.'))
            return bytes/* INVALID */.uY;
        t = t.split(decimal).join('.');
    }
    return t;
}
/** XSD number with Table Schema's options, as the slow path of numberFromBytes. */
function castNumber(text, field = {}) {
    const t = numberText(text, field);
    if (t === bytes/* INVALID */.uY)
        return bytes/* INVALID */.uY;
    if (XSD_NUMBER.test(t))
        return Number(t);
    const lower = t.toLowerCase();
    if (lower === 'nan')
        return Number.NaN;
    if (lower === 'inf' || lower === '+inf')
        return Number.POSITIVE_INFINITY;
    if (lower === '-inf')
        return Number.NEGATIVE_INFINITY;
    return bytes/* INVALID */.uY;
}
/** Integer with Table Schema's options. */
function castInteger(text, field = {}) {
    const t = numberText(text, field);
    return t !== bytes/* INVALID */.uY && /^[+-]?\d+$/.test(t) ? Number(t) : bytes/* INVALID */.uY;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return bytes/* INVALID */.uY;
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function geopoint(format) {
    const valid = (lon, lat) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    if (format === 'array' || format === 'object') {
        return (text) => {
            const value = parseJson(text);
            const pair = Array.isArray(value) ? value : isPlainObject(value) ? [value.lon, value.lat] : undefined;
            if (pair?.length !== 2 || typeof pair[0] !== 'number' || typeof pair[1] !== 'number')
                return bytes/* INVALID */.uY;
            return valid(pair[0], pair[1]) ? [pair[0], pair[1]] : bytes/* INVALID */.uY;
        };
    }
    return (text) => {
        const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(text);
        if (!m)
            return bytes/* INVALID */.uY;
        const [lon, lat] = [Number(m[1]), Number(m[2])];
        return valid(lon, lat) ? [lon, lat] : bytes/* INVALID */.uY;
    };
}
function temporal(field, parseDefault) {
    if (field.format === 'default')
        return parseDefault;
    if (field.format === 'any') {
        // "any" is not recommended by the spec; accept anything Date.parse understands.
        return (text) => {
            const value = parseDefault(text);
            if (value !== bytes/* INVALID */.uY)
                return value;
            const parsed = Date.parse(text);
            return Number.isNaN(parsed) ? bytes/* INVALID */.uY : parsed;
        };
    }
    return strptime(field.format, field.type);
}
/** The text caster of a field; throws (an Error with a plain message) on a format it cannot compile. */
function textCaster(field) {
    switch (field.type) {
        case 'string': {
            const format = STRING_FORMATS[field.format];
            return format ? (text) => (format.test(text) ? text : bytes/* INVALID */.uY) : (text) => text;
        }
        case 'number':
            return (text) => castNumber(text, field);
        case 'integer':
            return (text) => castInteger(text, field);
        case 'boolean': {
            const truthy = new Set(field.trueValues ?? ['true', 'True', 'TRUE', '1']);
            const falsy = new Set(field.falseValues ?? ['false', 'False', 'FALSE', '0']);
            return (text) => (truthy.has(text) ? true : falsy.has(text) ? false : bytes/* INVALID */.uY);
        }
        case 'object':
        case 'geojson':
            return (text) => {
                const value = parseJson(text);
                if (!isPlainObject(value))
                    return bytes/* INVALID */.uY;
                return field.type === 'geojson' && typeof value.type !== 'string' && field.format !== 'topojson'
                    ? bytes/* INVALID */.uY
                    : value;
            };
        case 'array':
            return (text) => {
                const value = parseJson(text);
                return Array.isArray(value) ? value : bytes/* INVALID */.uY;
            };
        case 'list':
            return listCaster(field);
        case 'datetime':
            return temporal(field, datetimeFromText);
        case 'date':
            return temporal(field, dateFromText);
        case 'time':
            return temporal(field, timeFromText);
        case 'year':
            return yearFromText;
        case 'yearmonth':
            return yearmonthFromText;
        case 'duration':
            return durationFromText;
        case 'geopoint':
            return geopoint(field.format);
        case 'any':
            return (text) => text;
    }
}
function listCaster(field) {
    const delimiter = field.delimiter ?? ',';
    const itemType = (field.itemType ?? 'string');
    // List items use only their type's default format (table-schema.mdx, "list").
    const item = textCaster({ ...field, type: itemType, format: 'default', delimiter: undefined });
    return (text) => {
        if (text === '')
            return [];
        const items = text.split(delimiter).map((part) => item(part));
        return items.includes(bytes/* INVALID */.uY) ? bytes/* INVALID */.uY : items;
    };
}

;// CONCATENATED MODULE: ./build/core/data/validate/field-checker.js







/** The outcome of checking one cell. */
const CELL = { ok: 0, missing: 1, typeError: 2, constraintError: 3 };
// Which byte-level fast path a field can use; anything else decodes the cell to a string first.
const FAST = {
    none: 0,
    integer: 1,
    number: 2,
    date: 3,
    datetime: 4,
    boolean: 5,
    /** A string whose value nobody reads. */
    opaque: 6,
    /** A string checked only against enum/categories: members are interned. */
    enum: 7,
    /** A string with only length constraints, settled by byte length where it can be. */
    length: 8,
    /** A string whose value is read (profile, key, label): repeated values are interned. */
    interned: 9,
};
const encoder = new TextEncoder();
/**
 * One field compiled for the hot path: check() looks at a byte range, sets `value` (null when missing)
 * and `failed` (the failing constraint), and returns a CellStatus. Allocation-free for integer,
 * number, date and unconstrained string fields.
 */
class FieldChecker {
    field;
    failed = '';
    /** Why the last type error happened, when the type name alone does not say it (a JSON overflow). */
    note = '';
    // The value lives in `num` (a double field: no heap number per cell) when it is a number from a fast
    // path, else in `ref`; `value` reads whichever holds it.
    num = 0;
    isNum = false;
    ref = null;
    min;
    max;
    exclusiveMin;
    exclusiveMax;
    /** The first declared bound, which a NaN value fails; '' without bounds. */
    firstBound;
    members;
    membersName;
    required;
    fast;
    missing;
    emptyIsMissing;
    missingTexts;
    cast;
    constraint;
    intern;
    minLength;
    inlineNumbers;
    maxLength;
    // An integer beyond 2^53 as exact decimal text: as a double, 9007199254740993 and 9007199254740992
    // are one number, and two distinct 64-bit ids would be a false unique or primary-key error.
    big;
    get value() {
        return this.isNum ? this.num : this.ref;
    }
    set value(value) {
        this.ref = value;
        this.isNum = false;
        this.big = undefined;
    }
    /** The value as keys compare it: exact text for an integer beyond 2^53, else `value`. */
    get keyValue() {
        return this.big ?? this.value;
    }
    constructor(field, options) {
        this.field = field;
        const missingValues = field.missingValues ?? options.missingValues;
        this.emptyIsMissing = missingValues.includes('');
        this.missingTexts = new Set(missingValues);
        this.missing = missingValues.filter((value) => value !== '').map((value) => encoder.encode(value));
        this.required = field.constraints.required === true;
        try {
            this.cast = textCaster(field);
            this.constraint = compileConstraints(field, this.cast, options.compileJsonSchema);
        }
        catch (thrown) {
            throw new errors/* UsageError */.eb(`invalid schema: field "${field.name}": ${thrown instanceof Error ? thrown.message : String(thrown)}`, { where: options.schemaFile ? { file: options.schemaFile } : undefined });
        }
        this.fast = fastPath(field, options.decodeStrings === true);
        const c = field.constraints;
        const bound = (raw, fallback) => {
            const value = raw === undefined ? fallback : typeof raw === 'number' ? raw : this.cast(String(raw));
            return typeof value === 'number' ? value : fallback; // a bad bound already failed in compileConstraints
        };
        // An undeclared bound is NaN, which no comparison fails: INF passes a field without a maximum (a
        // stand-in of +Infinity made `INF >= exclusiveMaximum` fail). A NaN value fails a declared bound.
        this.min = bound(c.minimum, Number.NaN);
        this.max = bound(c.maximum, Number.NaN);
        this.exclusiveMin = bound(c.exclusiveMinimum, Number.NaN);
        this.exclusiveMax = bound(c.exclusiveMaximum, Number.NaN);
        this.firstBound =
            c.minimum !== undefined
                ? 'minimum'
                : c.maximum !== undefined
                    ? 'maximum'
                    : c.exclusiveMinimum !== undefined
                        ? 'exclusiveMinimum'
                        : c.exclusiveMaximum !== undefined
                            ? 'exclusiveMaximum'
                            : '';
        const allowed = c.enum ?? field.categories;
        this.membersName = c.enum ? 'enum' : 'categories';
        this.members = allowed ? new Set(allowed.map((item) => bound(item, Number.NaN))) : undefined;
        // checkNumber settles exactly what the compiled constraints would for a finite number when the field
        // has only bounds and numeric members: then a JSON number needs no boxing and no closures.
        this.inlineNumbers =
            (field.type === 'integer' || field.type === 'number') &&
                c.jsonSchema === undefined &&
                c.pattern === undefined &&
                c.minLength === undefined &&
                c.maxLength === undefined &&
                (allowed === undefined ||
                    allowed.every((item) => typeof item === 'number' || (typeof item === 'string' && typeof this.cast(item) === 'number')));
        this.minLength = field.constraints.minLength ?? 0;
        this.maxLength = field.constraints.maxLength ?? Number.POSITIVE_INFINITY;
        if (this.fast === FAST.enum) {
            const members = (field.constraints.enum ?? field.categories ?? []).map(String);
            this.intern = new InternTable(Math.max(16, members.length), 1024);
            for (const member of members) {
                const bytes = encoder.encode(member);
                this.intern.add(bytes, 0, bytes.length, member);
            }
        }
        else if (this.fast === FAST.interned)
            this.intern = new InternTable();
    }
    /** Checks the bytes [start, end) of a cell whose text needs no unescaping. */
    checkBytes(buf, start, end) {
        if (start === end ? this.emptyIsMissing : this.missing.length > 0 && this.isMissing(buf, start, end))
            return this.onMissing();
        let value;
        switch (this.fast) {
            case FAST.integer:
                if ((0,bytes/* integerInto */.r0)(buf, start, end)) {
                    const n = bytes/* parsed */.Yz.number;
                    const status = this.checkNumber(n);
                    if (!Number.isSafeInteger(n))
                        this.big = exactInteger((0,decode/* decode */.D4)(buf, start, end));
                    return status;
                }
                return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
            case FAST.number:
                if ((0,bytes/* numberInto */.yz)(buf, start, end))
                    return this.checkNumber(bytes/* parsed */.Yz.number);
                return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
            case FAST.date:
                if ((0,bytes/* dateInto */.XI)(buf, start, end))
                    return this.checkNumber(bytes/* parsed */.Yz.number);
                return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
            case FAST.datetime:
                if ((0,bytes/* datetimeInto */.WT)(buf, start, end))
                    return this.checkNumber(bytes/* parsed */.Yz.number);
                return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
            case FAST.boolean:
                value = (0,bytes/* booleanFromBytes */.yV)(buf, start, end);
                break;
            case FAST.opaque:
                this.value = '';
                return CELL.ok;
            case FAST.enum: {
                const member = this.intern.get(buf, start, end);
                if (member === undefined)
                    return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
                this.value = member;
                return CELL.ok;
            }
            case FAST.length: {
                // A UTF-8 character takes 1-4 bytes: byte length bounds the character count from both sides.
                const bytes = end - start;
                if (bytes <= this.maxLength && bytes >= this.minLength * 4) {
                    this.value = '';
                    return CELL.ok;
                }
                return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
            }
            case FAST.interned: {
                const known = this.intern.get(buf, start, end);
                if (known !== undefined)
                    return this.checkValue(known);
                const text = (0,decode/* decode */.D4)(buf, start, end);
                this.intern.add(buf, start, end, text);
                return this.checkText(text, true);
            }
            default:
                return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
        }
        if (value === bytes/* INVALID */.uY)
            return this.checkText((0,decode/* decode */.D4)(buf, start, end), true);
        return this.checkValue(value);
    }
    /**
     * Checks a CSV cell whose text needs unescaping (`""` inside quotes). A string nobody reads, or one with
     * only a maximum length that its raw bytes already meet, is settled without building its text.
     */
    checkEscaped(start, end, text) {
        if (this.fast === FAST.opaque ||
            (this.fast === FAST.length && end - start <= this.maxLength && this.minLength === 0)) {
            this.value = '';
            return CELL.ok;
        }
        return this.checkText(text());
    }
    /** Checks a cell given as text (an unescaped CSV cell, or a string in JSON). */
    checkText(text, missingChecked = false) {
        if (!missingChecked && this.isMissingText(text))
            return this.onMissing();
        const value = this.cast(text);
        if (value === bytes/* INVALID */.uY) {
            this.value = text;
            return CELL.typeError;
        }
        const status = this.checkValue(value);
        if (this.field.type === 'integer' && typeof value === 'number' && !Number.isSafeInteger(value))
            this.big = exactInteger(text);
        return status;
    }
    /**
     * Checks an already typed value (JSONL, Parquet): strings are cast, native values must fit the type.
     * `json`: the value came from JSON.parse, whose numbers may not be the ones written (unrepresentableJson).
     */
    checkNative(raw, json = false) {
        if (raw === null || raw === undefined)
            return this.onMissing();
        if (json) {
            const note = unrepresentableJson(this.field, raw);
            if (note !== undefined) {
                this.value = String(raw);
                this.note = note;
                return CELL.typeError;
            }
        }
        if (typeof raw === 'string') {
            // Short strings go through the byte fast paths too (JSONL and Parquet cells are strings often).
            if (this.fast !== FAST.none && raw.length <= 256) {
                return this.checkBytes(decode/* SCRATCH */.Zc, 0, (0,decode/* toScratch */.gg)(raw));
            }
            return this.checkText(raw);
        }
        const value = nativeValue(this.field, raw);
        if (value === bytes/* INVALID */.uY) {
            this.value = typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
            return CELL.typeError;
        }
        const status = this.checkValue(value);
        // Parquet INT64 arrives as a bigint: exact, whatever a double makes of it.
        if (typeof raw === 'bigint' && this.field.type === 'integer' && !Number.isSafeInteger(value))
            this.big = raw.toString();
        return status;
    }
    /**
     * checkNative(n, true) for a number read from JSON text: the same outcome, without boxing the number on
     * the common path (a finite, in-range number for a number or integer field with only numeric bounds
     * and members, which checkNumber settles as the compiled constraints do).
     */
    checkJsonNumber(n) {
        const type = this.field.type;
        if ((type !== 'integer' && type !== 'number') ||
            !Number.isFinite(n) ||
            (type === 'integer' && !Number.isSafeInteger(n)))
            return this.checkNative(n, true);
        return this.inlineNumbers ? this.checkNumber(n) : this.checkValue(n);
    }
    /**
     * A Parquet DATE or TIMESTAMP given as epoch milliseconds: the same outcome as checkNative on the Date
     * it stands for, without making one (the column-chunk reader's hot path).
     */
    checkEpochMs(ms) {
        const type = this.field.type;
        if ((type !== 'date' && type !== 'datetime') || !(Math.abs(ms) <= 8.64e15))
            return this.checkNative(new Date(ms));
        return this.checkValue(ms);
    }
    // The numeric constraints inline, on a double: the fast paths' common case allocates nothing.
    checkNumber(n) {
        this.num = n;
        this.isNum = true;
        this.big = undefined;
        let failed = '';
        if (Number.isNaN(n))
            failed = this.firstBound;
        else if (n < this.min)
            failed = 'minimum';
        else if (n > this.max)
            failed = 'maximum';
        else if (n <= this.exclusiveMin)
            failed = 'exclusiveMinimum';
        else if (n >= this.exclusiveMax)
            failed = 'exclusiveMaximum';
        else if (this.members !== undefined && !this.members.has(n))
            failed = this.membersName;
        if (failed === '')
            return CELL.ok;
        this.failed = failed;
        return CELL.constraintError;
    }
    checkValue(value) {
        this.value = value;
        if (this.constraint === undefined)
            return CELL.ok;
        const failed = this.constraint(value);
        if (failed === undefined)
            return CELL.ok;
        this.failed = failed;
        return CELL.constraintError;
    }
    onMissing() {
        this.value = null;
        if (!this.required)
            return CELL.missing;
        this.failed = 'required';
        return CELL.constraintError;
    }
    /** True when the raw bytes of a cell are one of this field's missing values (a blank cell). */
    isMissingBytes(buf, start, end) {
        return start === end ? this.emptyIsMissing : this.missing.length > 0 && this.isMissing(buf, start, end);
    }
    /** True when a cell's text is one of this field's missing values. */
    isMissingText(text) {
        return this.missingTexts.has(text);
    }
    isMissing(buf, start, end) {
        for (const missing of this.missing)
            if ((0,bytes/* bytesEqual */.O6)(buf, start, end, missing))
                return true;
        return false;
    }
}
/** An integer's text as its sign and digits alone (group characters and surrounding text dropped). */
function exactInteger(text) {
    const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    return /^[^\d]*-/.test(text) && digits !== '0' ? `-${digits}` : digits;
}
function fastPath(field, decodeStrings) {
    const plainNumber = !field.groupChar && field.bareNumber !== false && (field.decimalChar ?? '.') === '.';
    const defaultFormat = field.format === 'default';
    if (field.type === 'integer' && plainNumber)
        return FAST.integer;
    if (field.type === 'number' && plainNumber)
        return FAST.number;
    if (field.type === 'date' && defaultFormat)
        return FAST.date;
    if (field.type === 'datetime' && defaultFormat)
        return FAST.datetime;
    if (field.type === 'boolean' && !field.trueValues && !field.falseValues)
        return FAST.boolean;
    if (field.type !== 'string' || !defaultFormat)
        return FAST.none;
    const c = field.constraints;
    const lengths = c.minLength !== undefined || c.maxLength !== undefined;
    const members = c.enum !== undefined || field.categories !== undefined;
    if (c.pattern !== undefined || c.jsonSchema !== undefined)
        return FAST.none;
    if (members && !lengths)
        return FAST.enum;
    if (decodeStrings)
        return FAST.interned;
    if (lengths && !members)
        return FAST.length;
    return members ? FAST.none : FAST.opaque;
}


/***/ }),

/***/ 5649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ columnsOfFields),
/* harmony export */   Rh: () => (/* binding */ matchHeader)
/* harmony export */ });
/* unused harmony export positionalMap */
/**
 * Matches header labels with the schema's fields by `fieldsMatch` (table-schema.mdx): exact (same names,
 * same order), equal (same set), subset (data may have more), superset (data may have fewer), partial
 * (at least one in common). Error names and field numbers follow frictionless-py (table/header.py at
 * 44661adf): a schema field absent from the header is a `missing-label` numbered after the labels, and
 * under superset/partial only a required field (a primary-key field is implicitly required) is missed;
 * a partial header with no field in common is an `unmatched-header`. A blank or duplicate label is
 * reported alone, not again as an incorrect or extra label.
 */
function matchHeader(labels, schema, file) {
    const errors = [];
    const names = schema.fields.map((field) => field.name);
    const fieldOf = new Int32Array(labels.length).fill(-1);
    const label = (type, column, field, message) => {
        errors.push({ type, file, row: 1, line: 1, column, field, message });
    };
    const seen = new Map();
    const flagged = new Set();
    labels.forEach((name, i) => {
        if (name.trim() === '') {
            label('blank-label', i + 1, schema.fieldsMatch === 'exact' ? names[i] : undefined, `column ${i + 1} has an empty label`);
            flagged.add(i);
        }
        else if (seen.has(name)) {
            label('duplicate-label', i + 1, name, `label "${name}" repeats column ${seen.get(name) + 1}`);
            flagged.add(i);
        }
        else
            seen.set(name, i);
    });
    const missing = (fields) => {
        fields.forEach((f, k) => {
            label('missing-label', labels.length + k + 1, names[f], `column "${names[f]}" of the schema is missing`);
        });
    };
    if (schema.fieldsMatch === 'exact') {
        labels.forEach((name, i) => {
            if (i >= names.length) {
                label('extra-label', i + 1, name, `extra column "${name}" is not in the schema`);
                return;
            }
            fieldOf[i] = i;
            if (name !== names[i] && !flagged.has(i))
                label('incorrect-label', i + 1, names[i], `column ${i + 1} is "${name}", the schema expects "${names[i]}"`);
        });
        missing(names.map((_, f) => f).slice(labels.length));
        return { fieldOf, labels, errors };
    }
    const extraReported = schema.fieldsMatch === 'equal' || schema.fieldsMatch === 'superset';
    labels.forEach((name, i) => {
        const field = names.indexOf(name);
        if (field >= 0 && seen.get(name) === i)
            fieldOf[i] = field;
        else if (field < 0 && extraReported && !flagged.has(i))
            label('extra-label', i + 1, name, `extra column "${name}" is not in the schema`);
    });
    if (schema.fieldsMatch === 'partial' && names.length > 0 && !fieldOf.some((field) => field >= 0))
        label('unmatched-header', undefined, undefined, 'no column matches a field of the schema (fieldsMatch: partial)');
    // superset and partial accept a file with fewer columns, but not without a value that must be there.
    const tolerant = schema.fieldsMatch === 'superset' || schema.fieldsMatch === 'partial';
    const absent = names
        .map((_, f) => f)
        .filter((f) => !seen.has(names[f]))
        .filter((f) => !tolerant || schema.fields[f].constraints.required === true);
    missing(absent);
    return { fieldOf, labels, errors };
}
/** The column map for a file without a header: columns are the fields in order. */
function positionalMap(schema) {
    const fieldOf = Int32Array.from(schema.fields, (_, i) => i);
    return { fieldOf, labels: schema.fields.map((field) => field.name), errors: [] };
}
/** For each field, its 1-based column in the file (0 when the file has no such column). */
function columnsOfFields(columns, fieldCount) {
    const columnOf = new Int32Array(fieldCount);
    columns.fieldOf.forEach((field, i) => {
        if (field >= 0 && columnOf[field] === 0)
            columnOf[field] = i + 1;
    });
    return columnOf;
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(1029);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
