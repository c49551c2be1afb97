export const id = 3183;
export const ids = [3183];
export const modules = {

/***/ 82988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ portableKey),
/* harmony export */   Lm: () => (/* binding */ parseCacheManifest),
/* harmony export */   Ny: () => (/* binding */ CACHE_FILE_TYPE),
/* harmony export */   YF: () => (/* binding */ cacheManifest),
/* harmony export */   _$: () => (/* binding */ splitKey),
/* harmony export */   i4: () => (/* binding */ emptyConfig),
/* harmony export */   y1: () => (/* binding */ portableTag),
/* harmony export */   z: () => (/* binding */ cacheTag)
/* harmony export */ });
/* unused harmony exports CACHE_ARTIFACT_TYPE, EMPTY_CONFIG_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _image_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64803);
/* harmony import */ var _image_media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8296);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41593);
/* harmony import */ var _tar_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63181);





// A train cache entry as an OCI artifact, the way ORAS stores files (reference/oci-images.md): an image
// manifest with an `artifactType`, the empty config, one layer per output file (its path in the
// `org.opencontainers.image.title` annotation, as `oras push` sets it), and the entry's key and inputs
// in the manifest's annotations. Layers are the files' raw bytes, so a blob's digest is the file's sha256:
// a 6 GB checkpoint shared by two fingerprints is one blob, and an unchanged file is never uploaded again.
/** The manifest's `artifactType`: what `oras discover` and registry UIs show. */
const CACHE_ARTIFACT_TYPE = 'application/vnd.mlci.train-cache.v1+json';
/** Each output file's layer media type (raw bytes, not a tar). */
const CACHE_FILE_TYPE = 'application/vnd.mlci.train-cache.file.v1';
/** The OCI empty descriptor's media type and bytes (image-spec, "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG_TYPE = 'application/vnd.oci.empty.v1+json';
const TITLE = 'org.opencontainers.image.title';
const CREATED = 'org.opencontainers.image.created';
const KEY = 'dev.mlci.train.key';
const STAGE = 'dev.mlci.train.stage';
const FINGERPRINT = 'dev.mlci.train.fingerprint';
const INPUTS = 'dev.mlci.train.inputs';
const EXECUTABLE = 'dev.mlci.train.executable';
/** The stage and fingerprint inside a cache key (`mlci-train-<stage>-<64 hex>`), when it has that shape. */
function splitKey(key) {
    const match = /^mlci-train-(.+)-([0-9a-f]{64})$/.exec(key);
    return match ? { stage: match[1], fingerprint: match[2] } : undefined;
}
/**
 * The tag an entry lives under: `<stage>-<fingerprint>` with the stage cut to 60 registry-safe characters
 * (a tag is at most 128: 60 + 1 + 64 = 125), or `key-<sha256 of the key>` for a key of another shape. Two
 * stage names that map to one tag prefix still differ in the fingerprint, and restore checks the exact key
 * in the manifest's annotations (CACHE-07), so a collision is a miss, never a wrong restore.
 */
function cacheTag(key) {
    const parts = splitKey(key);
    if (!parts)
        return `key-${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .f)(key)}`;
    const stage = parts.stage
        .replace(/[^A-Za-z0-9_.-]/g, '_')
        .replace(/^[.-]/, '_')
        .slice(0, 60);
    return `${stage}-${parts.fingerprint}`;
}
/**
 * The key of a stage's inputs without the machine they ran on: the fingerprint's inputs minus the OS,
 * architecture, distribution and tool versions, and minus the upstream fingerprints (which hold those of
 * the upstream stages; the deps still hold the upstream outputs' content). A laptop computes the same key
 * for the same checkout as CI did, which is how `mlci pull` finds what CI produced.
 */
function portableKey(inputs) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .f)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)({ ...inputs, runtime: { lockfiles: inputs.runtime.lockfiles }, upstream: {} }));
}
/** The second tag of an entry: `p-<stage>-<portable key>` (2 + 57 + 1 + 64 = 124 characters at most). */
function portableTag(stage, inputs) {
    const safe = stage.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 57);
    return `p-${safe}-${portableKey(inputs)}`;
}
/** The config blob every entry shares: the two bytes `{}` (image-spec's empty descriptor). */
const emptyConfig = () => (0,_image_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonBlob */ .q2)({}, EMPTY_CONFIG_TYPE);
/** The manifest of an entry; `inputs` (the fingerprint's inputs) travel as a JSON annotation. */
function cacheManifest(entry) {
    const parts = splitKey(entry.key);
    const config = emptyConfig().descriptor;
    return (0,_image_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonBlob */ .q2)({
        schemaVersion: 2,
        mediaType: _image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.ociManifest,
        artifactType: CACHE_ARTIFACT_TYPE,
        config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
        layers: entry.files.map((file) => ({
            mediaType: CACHE_FILE_TYPE,
            digest: `sha256:${file.sha256}`,
            size: file.size,
            annotations: { [TITLE]: file.path, ...(file.executable ? { [EXECUTABLE]: 'true' } : {}) },
        })),
        annotations: {
            [CREATED]: entry.created,
            [KEY]: entry.key,
            [STAGE]: parts?.stage ?? '',
            [FINGERPRINT]: parts?.fingerprint ?? '',
            [INPUTS]: JSON.stringify(entry.inputs),
        },
    }, _image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.ociManifest);
}
const MAX_FILES = 100_000;
/**
 * Reads an entry's manifest as untrusted (someone else's job wrote it, or the registry was tampered
 * with): the artifact type, safe unique paths, sha256 digests and sizes are checked; anything else is a
 * DataError. The caller still checks the key and that every path is one of the stage's outputs.
 */
function parseCacheManifest(bytes) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('the cache entry manifest is not JSON');
    }
    if (value.artifactType !== CACHE_ARTIFACT_TYPE)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the manifest is not a train cache entry (artifactType ${String(value.artifactType)})`);
    const annotations = (value.annotations ?? {});
    const text = (name) => (typeof annotations[name] === 'string' ? annotations[name] : '');
    const layers = Array.isArray(value.layers) ? value.layers : [];
    if (layers.length > MAX_FILES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the entry lists ${layers.length} files`);
    const seen = new Set();
    const files = layers.map((layer) => {
        const notes = (layer.annotations ?? {});
        const path = (0,_tar_read_js__WEBPACK_IMPORTED_MODULE_4__/* .safeEntryPath */ .F)(String(notes[TITLE] ?? ''));
        const digest = String(layer.digest ?? '');
        const size = layer.size;
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`"${path}" has digest "${digest}"`);
        if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`"${path}" has size ${String(size)}`);
        if (seen.has(path))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the entry lists "${path}" twice`);
        seen.add(path);
        return { path, sha256: digest.slice(7), size, executable: notes[EXECUTABLE] === 'true' };
    });
    let inputs = null;
    try {
        inputs = JSON.parse(text(INPUTS) || 'null');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('the entry annotation with its inputs is not JSON');
    }
    return {
        key: text(KEY),
        stage: text(STAGE),
        fingerprint: text(FINGERPRINT),
        created: text(CREATED),
        inputs,
        files,
    };
}


/***/ }),

/***/ 63181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ safeEntryPath),
/* harmony export */   s: () => (/* binding */ readTar)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

const BLOCK = 512;
/** Pulls exact byte counts out of a chunk stream. */
class ChunkReader {
    source;
    buffered = [];
    length = 0;
    constructor(source) {
        this.source = source;
    }
    /** Up to `max` bytes (at least one unless at the end). */
    async some(max) {
        if (this.length === 0 && !(await this.fill()))
            return undefined;
        const head = this.buffered[0];
        const take = head.subarray(0, Math.min(max, head.length));
        if (take.length === head.length)
            this.buffered.shift();
        else
            this.buffered[0] = head.subarray(take.length);
        this.length -= take.length;
        return take;
    }
    /** Exactly `size` bytes, or a truncation error. */
    async exact(size) {
        const parts = [];
        let got = 0;
        while (got < size) {
            const part = await this.some(size - got);
            if (!part)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive is truncated');
            parts.push(part);
            got += part.length;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
    async fill() {
        const next = await this.source.next();
        if (next.done)
            return false;
        this.buffered.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
        this.length += next.value.byteLength;
        return true;
    }
}
function field(header, offset, width) {
    const raw = header.subarray(offset, offset + width);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? width : end).toString('utf8');
}
function number(header, offset, width) {
    const text = field(header, offset, width).trim();
    if (!/^[0-7]+$/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`archive header has a bad number "${text}"`);
    return Number.parseInt(text, 8);
}
function checksumOk(header) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    return sum === number(header, 148, 8);
}
/** The path if it is a safe relative name (no absolute, drive, '..', backslash or NUL), else an error. */
function safeEntryPath(name) {
    const path = name.replace(/\/+$/, '');
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        /^[A-Za-z]:/.test(path) ||
        path.includes('\\') ||
        path.includes('\u0000') ||
        parts.some((part) => part === '..' || part === '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`archive entry "${name}" is not a safe relative path`);
    }
    return parts.filter((part) => part !== '.').join('/');
}
/** The pax records mlci reads: `path`, and `size` (which overrides the header's, as every tar honours). */
function paxRecords(body) {
    let path;
    let linkpath;
    let size;
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        const length = Number(body.subarray(at, space).toString());
        if (space === -1 || !Number.isInteger(length) || length <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive has a bad pax record');
        const record = body.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        const key = record.slice(0, eq);
        const value = record.slice(eq + 1);
        if (key === 'path')
            path = value;
        if (key === 'linkpath')
            linkpath = value;
        if (key === 'size') {
            if (!/^[0-9]{1,20}$/.test(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive has a bad pax size');
            size = Number(value);
        }
        at += length;
    }
    return { path, size, linkpath };
}
/**
 * Reads an archive, calling `onEntry` for each file or directory with its data chunks (files only).
 * Links, devices and FIFOs, unsafe names, a bad checksum, truncation and budget overruns are errors
 * before anything of that entry is handed on.
 */
async function readTar(source, onEntry, limits) {
    const iterator = source[Symbol.asyncIterator]();
    try {
        return await readEntries(new ChunkReader(iterator), onEntry, limits);
    }
    finally {
        // Stopped early (an error, a refused entry, the end blocks): let the source clean up (a decompressor).
        await iterator.return?.();
    }
}
async function readEntries(reader, onEntry, limits) {
    let entries = 0;
    let bytes = 0;
    let longName;
    let longSize;
    let longLink;
    for (;;) {
        const header = await reader.exact(BLOCK).catch(() => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive is truncated (no end-of-archive blocks)');
        });
        if (header.every((byte) => byte === 0))
            return entries;
        if (!checksumOk(header))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive header checksum does not match');
        const type = String.fromCharCode(header[156]);
        // A size in base-256 (a first byte of 0x80, for 8 GiB and more) is not octal: refused by number().
        const headerSize = number(header, 124, 12);
        if (type === 'x' || type === 'g') {
            if (headerSize > 1024 * 1024)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive pax header is too large');
            const body = (await reader.exact(Math.ceil(headerSize / BLOCK) * BLOCK)).subarray(0, headerSize);
            // A global ('g') record is ignored, as node-tar does with a global linkpath (TAR-09).
            if (type === 'x') {
                const records = paxRecords(body);
                longName = records.path ?? longName;
                longSize = records.size ?? longSize;
                longLink = records.linkpath ?? longLink;
            }
            continue;
        }
        const size = longSize ?? headerSize;
        longSize = undefined;
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        const prefix = field(header, 345, 155);
        const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
        longName = undefined;
        const link = longLink ?? field(header, 157, 100);
        longLink = undefined;
        const isLink = type === '2' && limits.links === 'report';
        // Hard links, symbolic links (unless reported), GNU sparse files ('S': a small entry that unpacks to a
        // huge file), devices, FIFOs and anything unknown are refused before any of their data is read.
        if (type !== '0' && type !== '\u0000' && type !== '5' && !isLink) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`archive entry "${name}" is a link or special file (type '${type}'), refused`);
        }
        const path = limits.names === 'raw' ? name : safeEntryPath(name);
        if (++entries > limits.maxEntries)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`archive has more than ${limits.maxEntries} entries`);
        bytes += size;
        if (bytes > limits.maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`archive entry "${name}" is too large: the archive would hold more than ${limits.maxBytes} bytes`);
        const isDir = type === '5' || isLink;
        const mode = number(header, 100, 8);
        let left = size;
        const data = async function* () {
            if (isDir)
                return;
            while (left > 0) {
                const chunk = await reader.some(left);
                if (!chunk)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive is truncated');
                left -= chunk.length;
                yield chunk;
            }
        };
        await onEntry(isLink
            ? { path, type: 'symlink', size: 0, executable: false, link }
            : {
                path,
                type: isDir ? 'dir' : 'file',
                size: isDir ? 0 : size,
                executable: !isDir && (mode & 0o111) !== 0,
            }, data());
        while (left > 0) {
            const chunk = await reader.some(left);
            if (!chunk)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('archive is truncated');
            left -= chunk.length;
        }
        if (padded - size > 0)
            await reader.exact(padded - size);
    }
}


/***/ }),

/***/ 73183:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheStore: () => (/* binding */ cacheStore),
  chooseStore: () => (/* binding */ chooseStore),
  eventPayload: () => (/* binding */ eventPayload),
  registryClientFor: () => (/* binding */ registryClientFor),
  remoteStore: () => (/* binding */ remoteStore),
  remoteTarget: () => (/* binding */ remoteTarget)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var core_errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/image/reference.js
var reference = __webpack_require__(19349);
// EXTERNAL MODULE: ./build/core/train/triggers.js
var triggers = __webpack_require__(96610);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./build/core/train/tar.js

const BLOCK = 512;
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0');
}
function writeString(header, text, offset, width) {
    header.write(text, offset, Math.min(Buffer.byteLength(text), width), 'utf8');
}
function rawHeader(name, size, mode, type, link = '') {
    const header = Buffer.alloc(BLOCK);
    writeString(header, name, 0, 100);
    writeString(header, link, 157, 100);
    writeString(header, octal(mode, 8), 100, 8);
    writeString(header, octal(0, 8), 108, 8);
    writeString(header, octal(0, 8), 116, 8);
    writeString(header, octal(size, 12), 124, 12);
    writeString(header, octal(0, 12), 136, 12);
    header.fill(0x20, 148, 156); // checksum field counts as spaces while summing
    writeString(header, type, 156, 1);
    writeString(header, 'ustar\u000000', 257, 8);
    let sum = 0;
    for (const byte of header)
        sum += byte;
    writeString(header, `${octal(sum, 7)}\u0000`, 148, 8);
    return header;
}
/** A pax record "<len> path=<value>\n", whose length counts its own digits. */
function paxRecord(key, value) {
    const body = Buffer.byteLength(` ${key}=${value}\n`);
    let length = body + 1;
    while (length !== body + String(length).length)
        length = body + String(length).length;
    return `${length} ${key}=${value}\n`;
}
const padding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
const fitsUstar = (text) => Buffer.byteLength(text) <= 100 && /^[\x20-\x7e]*$/.test(text);
/** The header block(s) of one entry: a pax record first when the name or link does not fit ustar's 100 bytes. */
function entryHeader(entry) {
    const name = entry.type === 'dir' ? `${entry.path.replace(/\/$/, '')}/` : entry.path;
    const link = entry.type === 'symlink' ? (entry.link ?? '') : '';
    const mode = entry.type === 'dir' || entry.type === 'symlink' || entry.executable ? 0o755 : 0o644;
    const size = entry.type === 'file' ? entry.size : 0;
    const type = entry.type === 'dir' ? '5' : entry.type === 'symlink' ? '2' : '0';
    const header = rawHeader(name, size, mode, type, fitsUstar(link) ? link : '');
    // Only printable ASCII goes into a ustar name as is; anything else gets a pax record.
    if (fitsUstar(name) && fitsUstar(link))
        return header;
    const pax = Buffer.from(`${fitsUstar(name) ? '' : paxRecord('path', name)}${fitsUstar(link) ? '' : paxRecord('linkpath', link)}`, 'utf8');
    const paxHeader = rawHeader(`PaxHeaders/${name.slice(-80).replace(/[^\x20-\x7e]/g, '_')}`, pax.length, 0o644, 'x');
    return Buffer.concat([paxHeader, pax, padding(pax.length), header]);
}
/** The archive as a stream of chunks: headers, bytes, padding, and the two zero blocks at the end. */
async function* packTar(entries) {
    for (const entry of entries) {
        yield entryHeader(entry);
        if (entry.type !== 'file')
            continue;
        let written = 0;
        for await (const chunk of entry.read?.() ?? []) {
            written += chunk.length;
            if (written > entry.size)
                throw new core_errors/* DataError */.fL(`${entry.path} grew while it was being archived`);
            yield chunk;
        }
        if (written !== entry.size)
            throw new core_errors/* DataError */.fL(`${entry.path} changed size while it was being archived`);
        yield padding(entry.size);
    }
    yield Buffer.alloc(BLOCK * 2);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/core/train/tar-read.js
var tar_read = __webpack_require__(63181);
;// CONCATENATED MODULE: ./build/platform/archive/verified-extract.js







/** True when a link at `path` to `target` stays inside the tree it is unpacked into (lexically). */
function linkStaysInside(path, target) {
    if (target === '' || external_node_path_.posix.isAbsolute(target) || /^[A-Za-z]:/.test(target) || /[\\\u0000]/.test(target))
        return false;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    return resolved !== '..' && !resolved.startsWith('../');
}
async function* hashing(data, hash, sizes) {
    for await (const chunk of data) {
        hash.update(chunk);
        sizes.n += chunk.length;
        yield chunk;
    }
}
/**
 * One pass over the archive: every entry through `rule`, every file's bytes hashed and counted against
 * what it must be; files written under `staging` only when it is given. Returns the files seen.
 */
async function pass(source, rule, limits, staging) {
    const seen = new Map();
    const links = [];
    let consumed = false;
    await source(async (tar) => {
        if (consumed)
            throw new core_errors/* DataError */.fL('archive holds more than one archive');
        consumed = true;
        await (0,tar_read/* readTar */.s)(tar, async (header, data) => {
            const expected = rule(header);
            if (expected === 'skip')
                return;
            (0,tar_read/* safeEntryPath */.F)(expected.path);
            if (seen.has(expected.path))
                throw new core_errors/* DataError */.fL(`archive holds "${header.path}" twice`);
            if (expected.link !== undefined || header.type === 'symlink') {
                if (header.type !== 'symlink' ||
                    header.link !== expected.link ||
                    !linkStaysInside(expected.path, expected.link))
                    throw new core_errors/* DataError */.fL(`archive entry "${header.path}" is not the link inside the outputs its manifest lists`);
                seen.set(expected.path, expected);
                links.push(expected);
                return;
            }
            if (header.type !== 'file' || header.size !== expected.size)
                throw new core_errors/* DataError */.fL(`archive entry "${header.path}" is not the ${expected.size}-byte file its manifest lists`);
            seen.set(expected.path, expected);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const size = { n: 0 };
            if (staging) {
                const target = (0,external_node_path_.join)(staging, expected.path);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                await (0,external_node_stream_promises_.pipeline)(hashing(data, hash, size), (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o644 }));
                if (expected.executable)
                    await (0,promises_.chmod)(target, 0o755);
            }
            else
                for await (const _ of hashing(data, hash, size))
                    ;
            if (size.n !== expected.size || hash.digest('hex') !== expected.sha256)
                throw new core_errors/* DataError */.fL(`${header.path} does not match its sha256`);
        }, limits);
    });
    if (!consumed)
        throw new core_errors/* DataError */.fL('archive is empty');
    // Links last, into a tree that holds only what this pass wrote: no file is ever written through one.
    if (staging) {
        for (const link of links) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(staging, link.path)), { recursive: true });
            await (0,promises_.symlink)(link.link, (0,external_node_path_.join)(staging, link.path));
        }
    }
    return seen;
}
/**
 * The one way mlci unpacks an archive it did not write in this run (DESIGN.md, trust boundaries: caches,
 * artifacts, registries). mlci's own reader checks the whole archive first — names, types (no devices,
 * sparse files or hard links; a symlink only where `rule` lists it, with its target, inside), sizes and every file's sha256 against what `rule` says it must be — without
 * writing a byte; only then a second pass writes the files into a fresh directory under `parent` (and
 * checks them again). Returns that staging directory, for the caller to rename into place and remove.
 * Nothing is ever written outside it; on any refusal it is gone and the error names the entry.
 */
async function verifyThenExtract(source, rule, parent, limits) {
    const verified = await pass(source, rule, limits);
    await (0,promises_.mkdir)(parent, { recursive: true });
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'verified-'));
    try {
        const written = await pass(source, rule, limits, staging);
        if (written.size !== verified.size)
            throw new core_errors/* DataError */.fL('archive changed between verification and extraction');
        return { staging, files: [...written.values()] };
    }
    catch (thrown) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        throw thrown;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/platform/registry/http.js
var http = __webpack_require__(86078);
;// CONCATENATED MODULE: ./build/platform/cache/actions-download.js
// Restoring an Actions cache entry without @actions/cache's extraction: that library untars the entry
// with GNU tar and `-P`, which honours absolute names, `..` and links before mlci could check anything
// (reliability-and-security.md §3.3, CACHE-08). Here the entry is looked up through the same cache
// service protocol (v2 twirp, v1 REST on GHES), downloaded as an opaque file and decompressed into a
// stream for mlci's own reader. Saving still goes through @actions/cache, so the version computed here
// must match the one it computes (lib/internal/cacheUtils.js getCacheVersion).







/** Same detection as @actions/cache's getCompressionMethod, so save and restore agree on the version. */
function compressionMethod() {
    const probe = (0,external_node_child_process_.spawnSync)('zstd', ['--quiet', '--version'], { encoding: 'utf8', windowsHide: true });
    return probe.status === 0 && probe.stdout.trim() !== '' ? 'zstd-without-long' : 'gzip';
}
/** The entry's version: sha256 of the paths, the compression method, `windows-only`, and the salt `1.0`. */
function cacheVersion(paths, method, platform = process.platform) {
    const components = [...paths, method, ...(platform === 'win32' ? ['windows-only'] : []), '1.0'];
    return (0,external_node_crypto_.createHash)('sha256').update(components.join('|')).digest('hex');
}
/** Looks the exact key up; returns the download URL, or undefined for a miss. */
async function lookUp(env, key, version) {
    const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
    const auth = { Authorization: `Bearer ${token}` };
    if (env.ACTIONS_CACHE_SERVICE_V2 && env.ACTIONS_RESULTS_URL) {
        const url = new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', env.ACTIONS_RESULTS_URL);
        const response = await (0,http/* send */.tN)({
            method: 'POST',
            url: url.href,
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: Buffer.from(JSON.stringify({ key, restore_keys: [], version })),
            idleTimeoutMs: 30_000,
        });
        const text = (await (0,http/* readBody */.x8)(response, 1024 * 1024, 'error')).toString('utf8');
        if (response.status !== 200)
            throw new core_errors/* MlciError */.sc(`cache lookup: ${response.status} ${text.slice(0, 200)}`, 1);
        const body = JSON.parse(text);
        return body.ok && body.matched_key === key ? body.signed_download_url : undefined;
    }
    const base = env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!base)
        return undefined;
    const url = new URL(`_apis/artifactcache/cache?keys=${encodeURIComponent(key)}&version=${version}`, base);
    const response = await (0,http/* send */.tN)({
        method: 'GET',
        url: url.href,
        headers: { ...auth, Accept: 'application/json;api-version=6.0-preview.1' },
        idleTimeoutMs: 30_000,
    });
    const text = (await (0,http/* readBody */.x8)(response, 1024 * 1024, 'error')).toString('utf8');
    if (response.status === 204 || response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw new core_errors/* MlciError */.sc(`cache lookup: ${response.status} ${text.slice(0, 200)}`, 1);
    const body = JSON.parse(text);
    return body.cacheKey === key ? body.archiveLocation : undefined;
}
/**
 * Downloads the entry of `key` to `file` as opaque bytes (at most `maxBytes`); false for a miss. A
 * download that stalls for 30 s, or is longer than the budget, is an error (a miss for the caller).
 */
async function downloadEntry(env, key, version, file, maxBytes) {
    const url = await lookUp(env, key, version);
    if (!url)
        return false;
    const response = await (0,http/* send */.tN)({ method: 'GET', url, followRedirects: true, idleTimeoutMs: 30_000 });
    if (response.status !== 200) {
        response.body.resume();
        throw new core_errors/* MlciError */.sc(`cache download: ${response.status}`, 1);
    }
    let got = 0;
    await (0,external_node_stream_promises_.pipeline)(response.body, async function* (chunks) {
        for await (const chunk of chunks) {
            got += chunk.length;
            if (got > maxBytes)
                throw new core_errors/* DataError */.fL(`cache entry is larger than ${maxBytes} bytes: too large`);
            yield chunk;
        }
    }, (0,external_node_fs_.createWriteStream)(file));
    return true;
}
/**
 * The decompressed bytes of a downloaded entry, at most `maxBytes` of them: a stream that decompresses
 * to more (a bomb, or a zstd stream that never ends) is an error once the budget is spent. zstd through
 * node:zlib where it has it (Node 22.15+, 24), else the `zstd` binary as a pure stream filter (it only
 * decompresses; it never unpacks anything).
 */
async function* decompressed(file, method, maxBytes) {
    let got = 0;
    const counted = async function* (source) {
        for await (const chunk of source) {
            got += chunk.length;
            if (got > maxBytes)
                throw new core_errors/* DataError */.fL(`cache entry decompresses to more than ${maxBytes} bytes`);
            yield chunk;
        }
    };
    const createZstd = external_node_zlib_.createZstdDecompress;
    if (method === 'gzip' || createZstd) {
        const input = (0,external_node_fs_.createReadStream)(file);
        const inflate = method === 'gzip' ? external_node_zlib_.createGunzip() : createZstd();
        input.pipe(inflate);
        try {
            yield* counted(inflate);
        }
        finally {
            input.destroy();
            inflate.destroy();
        }
        return;
    }
    const child = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '-q', '--', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString('utf8');
    });
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    child.on('error', () => undefined);
    try {
        yield* counted(child.stdout);
        const code = await exited;
        if (code !== 0)
            throw new core_errors/* DataError */.fL(`cache entry is not a valid zstd stream: ${stderr.trim() || `zstd exited ${code}`}`);
    }
    finally {
        if (child.exitCode === null)
            child.kill('SIGKILL');
    }
}

// EXTERNAL MODULE: ./build/platform/cache/outputs.js
var cache_outputs = __webpack_require__(74617);
;// CONCATENATED MODULE: ./build/platform/cache/actions-entry.js
// The layout of an mlci Actions cache entry, checked as untrusted: an outer tar (written by
// @actions/cache: the transfer dir and the outputs.tar in it), holding mlci's inner tar whose first
// member is the manifest every other member is checked against.





/** The first member of every inner archive: the manifest the restore checks everything against. */
const MANIFEST = '.mlci-manifest.json';
const MAX_MANIFEST = 64 * 1024 * 1024;
/**
 * The inner tar of a downloaded entry, as a TarSource: the outer archive may hold only the transfer dir
 * and its outputs.tar, under the exact names @actions/cache gives them; a link, a `..` or absolute name,
 * a second file, anything else is refused, naming it. Nothing of the outer archive is written anywhere.
 */
function outputsTar(file, method, names) {
    return async (consume) => {
        let found = false;
        await (0,tar_read/* readTar */.s)(decompressed(file, method, 10 * 2 ** 30 + 1024 * 1024), async (header, data) => {
            const name = header.path.replace(/\/+$/, '');
            if (header.type === 'dir' && name === names.dir)
                return;
            if (header.type === 'file' && name === names.file && !found) {
                found = true;
                return consume(data);
            }
            throw new core_errors/* DataError */.fL(`archive entry "${header.path}" is not the cache's ${names.file}, refused`);
        }, { names: 'raw', maxEntries: 16, maxBytes: 10 * 2 ** 30 + 1024 * 1024 });
        if (!found)
            throw new core_errors/* DataError */.fL(`archive holds no ${names.file}`);
    };
}
const STOP = Symbol('manifest read');
function checkManifest(value, key, outputs) {
    const manifest = value;
    if (manifest?.kind !== 'mlci/cache-entry' || manifest.key !== key || !Array.isArray(manifest.files))
        throw new core_errors/* DataError */.fL('archive manifest is for another key');
    const paths = new Set();
    for (const file of manifest.files) {
        const f = file;
        if (!f ||
            typeof f.path !== 'string' ||
            typeof f.sha256 !== 'string' ||
            !/^[0-9a-f]{64}$/.test(f.sha256) ||
            !Number.isSafeInteger(f.size) ||
            (f.size ?? -1) < 0 ||
            typeof f.executable !== 'boolean' ||
            (f.link !== undefined &&
                (typeof f.link !== 'string' || f.size !== 0 || !linkStaysInside(f.path, f.link))))
            throw new core_errors/* DataError */.fL(`archive manifest lists a malformed file or a link out of the outputs`);
        if ((0,tar_read/* safeEntryPath */.F)(f.path) !== f.path || !(0,cache_outputs/* withinOutputs */.o$)(f.path, outputs) || paths.has(f.path))
            throw new core_errors/* DataError */.fL(`archive member "${f.path}" is not one of the stage's outputs`);
        paths.add(f.path);
    }
    return manifest;
}
/** Reads only the manifest at the head of the inner archive (the rest of the stream is not decompressed). */
async function readManifest(source, key, outputs) {
    let manifest;
    await source(async (tar) => {
        await (0,tar_read/* readTar */.s)(tar, async (header, data) => {
            if (header.path !== MANIFEST || header.type !== 'file')
                throw new core_errors/* DataError */.fL('archive does not start with its manifest');
            if (header.size > MAX_MANIFEST)
                throw new core_errors/* DataError */.fL('archive manifest is too large');
            const chunks = [];
            for await (const chunk of data)
                chunks.push(chunk);
            let parsed;
            try {
                parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            }
            catch {
                throw new core_errors/* DataError */.fL('archive manifest is not JSON');
            }
            manifest = checkManifest(parsed, key, outputs);
            throw STOP;
        }, { maxEntries: 1, maxBytes: MAX_MANIFEST });
    }).catch((thrown) => {
        if (thrown !== STOP)
            throw thrown;
    });
    if (!manifest)
        throw new core_errors/* DataError */.fL('archive is empty');
    return manifest;
}
/**
 * Every inner member: the manifest (readManifest saw it first) and directories skipped, each file exactly
 * as the manifest lists it. Stateless: it serves the verifying and the writing pass alike.
 */
function manifestRule(manifest) {
    const files = new Map(manifest.files.map((file) => [file.path, file]));
    return (header) => {
        if (header.path === MANIFEST || header.type === 'dir')
            return 'skip';
        const expected = files.get(header.path);
        if (!expected)
            throw new core_errors/* DataError */.fL(`archive member "${header.path}" is not one of the stage's outputs`);
        return expected;
    };
}

;// CONCATENATED MODULE: ./build/platform/cache/actions-store.js










/** ACTIONS_CACHE_MODE `none` or `write-only` (set by the runner) forbids reading the cache. */
function cacheReadable(env) {
    return !['none', 'write-only'].includes(env.ACTIONS_CACHE_MODE ?? '');
}
/** The environment tells a runner with the Actions cache service apart from one without (CACHE-11). */
function actionsCacheAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}
async function* fileChunks(path) {
    yield* (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
}
/**
 * The GitHub Actions cache through @actions/cache, keyed by the fingerprint (exact key only: a prefix
 * match would restore outputs of other inputs, CACHE-07). The outputs travel as one deterministic tar
 * of our own with the manifest first; @actions/cache compresses it with zstd and saves it. Restore
 * never lets a tar that honours `-P` near the entry: it downloads it as an opaque file
 * (actions-download.ts) and hands it to verifyThenExtract, which checks the outer archive (exactly the
 * transfer dir and its outputs.tar), then the inner one (safe names only, no links, within the declared
 * outputs, every file's size and sha256 against the manifest) before writing into a fresh staging dir.
 */
function actionsStore(options) {
    const transfer = (0,external_node_path_.join)(options.root, '.mlci', 'transfer');
    const archive = (0,external_node_path_.join)(transfer, 'outputs.tar');
    // The path list is part of the cache version (sha256 of paths + compressor): keep it one constant
    // relative path, so every job, matrix cell and stage agrees on it.
    // @actions/cache refuses '..' in patterns: outside the cwd, the absolute path (runner-specific) is used.
    const paths = () => {
        const path = (0,external_node_path_.relative)(process.cwd(), transfer);
        return [path.startsWith('..') || (0,external_node_path_.isAbsolute)(path) ? transfer : path];
    };
    const cache = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1371), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    // The names @actions/cache's tar gives the transfer dir and the archive in it: relative to the
    // workspace it archives from (GITHUB_WORKSPACE, else the cwd), `/`-separated (lib/internal/cacheUtils.js
    // resolvePaths). The outer archive of an entry may hold exactly these two and nothing else.
    const outerNames = () => {
        const dir = (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE || process.cwd(), transfer)
            .split(external_node_path_.sep)
            .join('/');
        return { dir, file: `${dir}/outputs.tar` };
    };
    // GitHub caps a repository's caches at 10 GB: no honest entry is larger.
    const budget = {
        maxBytes: options.maxBytes ?? 10 * 2 ** 30,
        maxEntries: options.maxEntries ?? 1_000_000,
        // Symlinks inside the outputs are stored as links; verifyThenExtract checks each against the manifest.
        links: 'report',
    };
    return {
        name: 'github-actions',
        async restore(key, outputs) {
            let staging;
            try {
                await (0,promises_.rm)(transfer, { recursive: true, force: true });
                await (0,promises_.mkdir)(transfer, { recursive: true });
                if (!cacheReadable(process.env))
                    return undefined;
                const method = compressionMethod();
                const entry = (0,external_node_path_.join)(transfer, 'entry');
                if (!(await downloadEntry(process.env, key, cacheVersion(paths(), method), entry, budget.maxBytes)))
                    return undefined;
                const source = outputsTar(entry, method, outerNames());
                const manifest = await readManifest(source, key, outputs);
                const extracted = await verifyThenExtract(source, manifestRule(manifest), (0,external_node_path_.join)(options.root, '.mlci', 'tmp'), budget);
                staging = extracted.staging;
                const missing = manifest.files.filter((file) => !extracted.files.some((f) => f.path === file.path));
                if (missing.length)
                    throw new Error(`archive lacks ${missing.map((file) => file.path).join(', ')}`);
                await (0,cache_outputs/* placeOutputs */.WR)(staging, options.root, outputs);
                return { source: 'github-actions', files: manifest.files };
            }
            catch (error) {
                // A poisoned, truncated or oversized entry is a miss: the stage runs and writes its own outputs.
                options.warn(`cache restore failed: ${(0,core_errors/* messageOf */.bD)(error)} (entry ${key}; running the stage instead)`);
                return undefined;
            }
            finally {
                if (staging)
                    await (0,promises_.rm)(staging, { recursive: true, force: true });
                await (0,promises_.rm)(transfer, { recursive: true, force: true });
            }
        },
        async save(manifest) {
            try {
                await (0,promises_.rm)(transfer, { recursive: true, force: true });
                await (0,promises_.mkdir)(transfer, { recursive: true });
                const header = Buffer.from(JSON.stringify(manifest));
                const entries = [
                    {
                        path: MANIFEST,
                        type: 'file',
                        size: header.length,
                        read: async function* () {
                            yield header;
                        },
                    },
                    ...manifest.files.map((file) => file.link !== undefined
                        ? { path: file.path, type: 'symlink', size: 0, link: file.link }
                        : {
                            path: file.path,
                            type: 'file',
                            size: file.size,
                            executable: file.executable,
                            read: () => fileChunks((0,external_node_path_.join)(options.root, file.path)),
                        }),
                ];
                await (0,external_node_stream_promises_.pipeline)(packTar(entries), (0,external_node_fs_.createWriteStream)(archive));
                options.info(`packed ${manifest.files.length} output file(s), ${(await (0,promises_.stat)(archive)).size} bytes`);
                const id = await (await cache()).saveCache(paths(), manifest.key);
                // -1: @actions/cache already logged why (another job saving the same key, a service error).
                return id === -1 ? 'failed: not saved (see the cache messages above)' : 'saved';
            }
            catch (error) {
                options.warn(`cache save failed: ${(0,core_errors/* messageOf */.bD)(error)}`);
                return `failed: ${(0,core_errors/* messageOf */.bD)(error)}`;
            }
            finally {
                await (0,promises_.rm)(transfer, { recursive: true, force: true });
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/platform/cache/layered-store.js
/**
 * The local store in front of a remote one (the registry): restore tries local first, then the remote,
 * and keeps a remote hit locally so the next run on this machine reads no network; save writes both.
 * `remoteSaveBlocked` (a fork's pull request) keeps the remote read-only while the local one still saves.
 */
function layeredStore(local, remote, options = {}) {
    return {
        name: `${local.name}+${remote.name}`,
        async restore(key, outputs) {
            const near = await local.restore(key, outputs);
            if (near)
                return near;
            const far = await remote.restore(key, outputs);
            if (far?.inputs)
                await local.save({ kind: 'mlci/cache-entry', version: 1, key, inputs: far.inputs, files: far.files });
            return far;
        },
        async save(manifest) {
            const near = await local.save(manifest);
            if (options.remoteSaveBlocked) {
                options.notice?.(`${remote.name} cache save skipped: ${options.remoteSaveBlocked}`);
                return near;
            }
            const far = await remote.save(manifest);
            return far.startsWith('failed') || near === 'saved' ? far : near;
        },
    };
}

;// CONCATENATED MODULE: ./build/platform/cache/local-store.js







/** Files copied at once on restore: enough to keep both cores' copies busy while others wait on the disk. */
const RESTORE_COPIES = 4;
/**
 * Runs `work` over `items`, at most `limit` at once. After a failure no new item starts; it rejects with
 * the first failure once every started one has settled (so the caller's clean-up never races a copy).
 */
async function inParallel(items, limit, work) {
    let next = 0;
    let failed = false;
    const lane = async () => {
        while (!failed && next < items.length) {
            try {
                await work(items[next++]);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
    const rejected = results.find((result) => result.status === 'rejected');
    if (rejected)
        throw rejected.reason;
}
const unique = () => `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
/**
 * A content-addressed directory: `objects/<2 hex>/<sha256>` holds each distinct output file once,
 * `entries/<key>.json` the manifest of a stage run. Files are copied in and out with copy-on-write
 * clones where the filesystem has them (COPYFILE_FICLONE, else a kernel copy), never hardlinked: a
 * command that rewrites its output in place would otherwise corrupt the cache through the link.
 * Local objects are trusted as this machine's own and checked by size, not re-hashed (see docs/train.md).
 */
function localStore(options) {
    const objectPath = (sha256) => (0,external_node_path_.join)(options.dir, 'objects', sha256.slice(0, 2), sha256);
    const entryPath = (key) => (0,external_node_path_.join)(options.dir, 'entries', `${key}.json`);
    const atomicCopy = async (from, to) => {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        const temp = `${to}.${unique()}.tmp`;
        await (0,promises_.copyFile)(from, temp, external_node_fs_.constants.COPYFILE_FICLONE);
        await (0,promises_.rename)(temp, to);
    };
    return {
        name: 'local',
        async restore(key, outputs) {
            let manifest;
            try {
                manifest = JSON.parse(await (0,promises_.readFile)(entryPath(key), 'utf8'));
            }
            catch {
                return undefined; // no entry: a plain miss, nothing to warn about
            }
            const staging = (0,external_node_path_.join)(options.root, '.mlci', 'tmp', `restore-${unique()}`);
            try {
                // Every check before the first byte is written: a refused entry leaves nothing behind.
                if (manifest.kind !== 'mlci/cache-entry' || manifest.key !== key)
                    throw new Error('entry is not for this key');
                const copies = [];
                const links = [];
                for (const file of manifest.files) {
                    const path = (0,tar_read/* safeEntryPath */.F)(file.path);
                    if (!(0,cache_outputs/* withinOutputs */.o$)(path, outputs))
                        throw new Error(`entry holds "${file.path}", outside the stage's outputs`);
                    if (file.link !== undefined) {
                        if (!linkStaysInside(path, file.link))
                            throw new Error(`entry's link "${file.path}" leads out`);
                        links.push(file);
                        continue;
                    }
                    const object = objectPath(file.sha256);
                    const info = await (0,promises_.stat)(object);
                    if (info.size !== file.size)
                        throw new Error(`object of ${file.path} has ${info.size} bytes, not ${file.size}`);
                    copies.push({ object, to: (0,external_node_path_.join)(staging, path), executable: file.executable });
                }
                // The staging dir is this restore's own and moves into place only when complete, so its files are
                // written directly (no temp + rename each), several at once: without reflink (ext4) each is a kernel
                // copy, and one at a time left a core idle (2x slower than `tar -x` as a whole process).
                await inParallel(copies, RESTORE_COPIES, async ({ object, to, executable }) => {
                    await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
                    await (0,promises_.copyFile)(object, to, external_node_fs_.constants.COPYFILE_FICLONE);
                    if (executable)
                        await (0,promises_.chmod)(to, 0o755);
                });
                // Links last, as verifyThenExtract creates them: nothing is written through one.
                for (const file of links) {
                    await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(staging, file.path)), { recursive: true });
                    await (0,promises_.symlink)(file.link, (0,external_node_path_.join)(staging, file.path));
                }
                await (0,cache_outputs/* placeOutputs */.WR)(staging, options.root, outputs);
                return { source: 'local', files: manifest.files };
            }
            catch (error) {
                options.warn(`cache restore failed: ${(0,core_errors/* messageOf */.bD)(error)} (running the stage instead)`);
                return undefined;
            }
            finally {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            }
        },
        async save(manifest) {
            try {
                for (const file of manifest.files) {
                    if (file.link !== undefined)
                        continue; // kept in the manifest itself
                    const object = objectPath(file.sha256);
                    const info = await (0,promises_.stat)(object).catch(() => undefined);
                    if (info?.size !== file.size)
                        await atomicCopy((0,external_node_path_.join)(options.root, file.path), object);
                }
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(entryPath(manifest.key)), { recursive: true });
                const temp = `${entryPath(manifest.key)}.${unique()}.tmp`;
                await (0,promises_.writeFile)(temp, JSON.stringify(manifest));
                await (0,promises_.rename)(temp, entryPath(manifest.key));
                return 'saved';
            }
            catch (error) {
                options.warn(`cache save failed: ${(0,core_errors/* messageOf */.bD)(error)}`);
                return `failed: ${(0,core_errors/* messageOf */.bD)(error)}`;
            }
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/core/image/image.js
var image_image = __webpack_require__(78701);
// EXTERNAL MODULE: ./build/core/train/cache-artifact.js
var cache_artifact = __webpack_require__(82988);
// EXTERNAL MODULE: ./build/core/image/retry.js
var retry = __webpack_require__(68858);
// EXTERNAL MODULE: ./build/platform/registry/errors.js
var errors = __webpack_require__(29241);
// EXTERNAL MODULE: ./build/platform/registry/push.js + 1 modules
var push = __webpack_require__(66989);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./build/platform/registry/raw-get.js
/**
 * An incremental parser of one HTTP/1.1 response to a GET. The response is untrusted input: the head is
 * capped (`maxHead` bytes), every line must be well-formed, CRLF-terminated, with no control characters,
 * framing is Content-Length, chunked, or (with neither) until the connection closes; both at once, two
 * different lengths, another transfer coding or a 1xx is an error. Errors carry code 'EMLCI_HTTP_PARSE'.
 */
class ResponseReader {
    maxHead;
    noBody;
    status = 0;
    /** Lower-case names; a repeated header's values joined with ", ". */
    headers = {};
    /** The Content-Length, or -1 (chunked or until close). */
    length = -1;
    /** True once the head is parsed. */
    headDone = false;
    /** True once the whole message is read. */
    done = false;
    // 0 head, 1 Content-Length body, 2 chunk-size line, 3 chunk data, 4 CRLF after a chunk, 5 trailers,
    // 6 body until close, 7 done.
    state = 0;
    head;
    headLength = 0;
    remaining = 0;
    line = '';
    trailerBytes = 0;
    constructor(maxHead = 64 * 1024, 
    /** The request was a HEAD: no body whatever the headers say. */
    noBody = false) {
        this.maxHead = maxHead;
        this.noBody = noBody;
        this.head = Buffer.alloc(maxHead);
    }
    static error(message) {
        return Object.assign(new Error(`malformed HTTP response: ${message}`), { code: 'EMLCI_HTTP_PARSE' });
    }
    /** Reads `buffer[start, end)`; body bytes go to `sink`. Bytes past the end of the message are ignored. */
    feed(buffer, start, end, sink) {
        let at = start;
        while (at < end && this.state !== 7) {
            switch (this.state) {
                case 0:
                    at = this.readHead(buffer, at, end);
                    break;
                case 1:
                case 3: {
                    const n = Math.min(this.remaining, end - at);
                    if (n > 0)
                        sink(buffer, at, at + n);
                    at += n;
                    this.remaining -= n;
                    if (this.remaining === 0)
                        this.state = this.state === 1 ? 7 : 4;
                    break;
                }
                case 6:
                    sink(buffer, at, end);
                    at = end;
                    break;
                default:
                    at = this.readLine(buffer, at, end);
            }
        }
        this.done = this.state === 7;
    }
    /** The connection closed: fine for a body read until close, else the message was cut off. */
    end() {
        if (this.state === 6)
            this.state = 7;
        this.done = this.state === 7;
        if (!this.done)
            throw Object.assign(new Error(this.headDone
                ? 'the connection closed before the end of the body'
                : 'the connection closed before a complete response head'), { code: 'ECONNRESET' });
    }
    readHead(buffer, start, end) {
        const from = Math.max(0, this.headLength - 3);
        const n = Math.min(end - start, this.maxHead - this.headLength);
        buffer.copy(this.head, this.headLength, start, start + n);
        this.headLength += n;
        const stop = this.head.subarray(0, this.headLength).indexOf('\r\n\r\n', from, 'latin1');
        if (stop === -1) {
            if (this.headLength >= this.maxHead)
                throw ResponseReader.error(`the head is longer than ${this.maxHead} bytes`);
            return start + n;
        }
        const used = stop + 4 - (this.headLength - n); // bytes of this read that belong to the head
        this.parseHead(this.head.toString('latin1', 0, stop));
        return start + used;
    }
    parseHead(text) {
        const lines = text.split('\r\n');
        const status = /^HTTP\/1\.[01] ([1-5]\d\d)(?: [^\0-\x08\n-\x1f\x7f]*)?$/.exec(lines[0] ?? '');
        if (!status)
            throw ResponseReader.error(`bad status line ${JSON.stringify(lines[0]?.slice(0, 80))}`);
        this.status = Number(status[1]);
        for (const line of lines.slice(1)) {
            const field = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[\t ]*(.*?)[\t ]*$/.exec(line);
            if (!field || /[\0-\x08\n-\x1f\x7f]/.test(field[2]))
                throw ResponseReader.error(`bad header line ${JSON.stringify(line.slice(0, 80))}`);
            const name = field[1].toLowerCase();
            const value = field[2];
            this.headers[name] = name in this.headers ? `${this.headers[name]}, ${value}` : value;
        }
        this.headDone = true;
        if (this.status < 200)
            throw ResponseReader.error(`an interim ${this.status} response`);
        const coding = this.headers['transfer-encoding'];
        const length = this.headers['content-length'];
        if (this.noBody || this.status === 204 || this.status === 304) {
            this.state = 7;
            return;
        }
        if (coding !== undefined) {
            if (coding.toLowerCase() !== 'chunked')
                throw ResponseReader.error(`transfer coding ${JSON.stringify(coding.slice(0, 40))}`);
            if (length !== undefined)
                throw ResponseReader.error('both Transfer-Encoding and Content-Length');
            this.state = 2;
            return;
        }
        if (length !== undefined) {
            const values = new Set(length.split(',').map((v) => v.trim()));
            const [value] = [...values];
            if (values.size !== 1 || !/^\d{1,15}$/.test(value))
                throw ResponseReader.error(`Content-Length ${JSON.stringify(length.slice(0, 40))}`);
            this.length = Number(value);
            this.remaining = this.length;
            this.state = this.length === 0 ? 7 : 1;
            return;
        }
        this.state = 6;
    }
    /** The line-based states of chunked framing: a chunk-size line, the CRLF after data, trailers. */
    readLine(buffer, start, end) {
        const newline = buffer.indexOf(10, start);
        const stop = newline === -1 || newline >= end ? end : newline + 1;
        this.line += buffer.toString('latin1', start, stop);
        if (this.state === 5)
            this.trailerBytes += stop - start;
        if (this.line.length > 4096 || this.trailerBytes > this.maxHead)
            throw ResponseReader.error('a chunk-size or trailer line is too long');
        if (!this.line.endsWith('\n'))
            return stop;
        const line = this.line;
        this.line = '';
        if (!line.endsWith('\r\n'))
            throw ResponseReader.error('a line of the chunked body does not end in CRLF');
        const text = line.slice(0, -2);
        if (this.state === 4) {
            if (text !== '')
                throw ResponseReader.error('chunk data longer than its size');
            this.state = 2;
        }
        else if (this.state === 2) {
            const size = /^([0-9A-Fa-f]{1,12})(?:[\t ]*;[^\0-\x08\n-\x1f\x7f]*)?$/.exec(text);
            if (!size)
                throw ResponseReader.error(`bad chunk size ${JSON.stringify(text.slice(0, 40))}`);
            this.remaining = Number.parseInt(size[1], 16);
            this.state = this.remaining === 0 ? 5 : 3;
        }
        else if (text === '') {
            this.state = 7;
        }
        else if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\0-\x08\n-\x1f\x7f]*$/.test(text)) {
            throw ResponseReader.error(`bad trailer line ${JSON.stringify(text.slice(0, 80))}`);
        }
        return stop;
    }
}
/**
 * GETs `options.url` over a socket of its own (Connection: close), following up to 5 redirects with
 * send()'s rules (./http.ts: never https → http; no Authorization to another origin). Network failures
 * reject with their code (ECONNRESET, ETIMEDOUT, …: the caller retries those); an error thrown by the sink
 * rejects as is. Messages never hold the URL (the caller names it, redacted).
 */
async function rawGet(deps, options) {
    const buffer = Buffer.allocUnsafe(options.bufferSize ?? 1024 * 1024);
    const fail = (message, code) => Object.assign(new Error(message), { code });
    let url = new URL(options.url);
    let headers = { ...options.headers };
    for (let hop = 0;; hop++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return { kind: 'fallback', url: url.href, reason: `scheme ${url.protocol}` };
        for (const [name, value] of Object.entries(headers))
            if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || /[\0-\x08\n-\x1f\x7f]/.test(value))
                throw fail(`request header ${JSON.stringify(name)} is not a valid header`, 'EMLCI_HTTP_REQUEST');
        let answer;
        try {
            answer = await once(url, headers);
        }
        catch (error) {
            // A response this parser refuses goes to node:http's (which may accept it, or say why not).
            if (error.code !== 'EMLCI_HTTP_PARSE')
                throw error;
            return { kind: 'fallback', url: url.href, reason: error.message };
        }
        if (answer.kind !== 'redirect')
            return answer;
        if (hop >= 5)
            throw fail('more than 5 redirects', 'EMLCI_HTTP_REDIRECT');
        let next;
        try {
            next = new URL(answer.location, url);
        }
        catch {
            return { kind: 'fallback', url: url.href, reason: 'a redirect to an unparsable Location' };
        }
        if (url.protocol === 'https:' && next.protocol !== 'https:')
            throw fail(`refusing a redirect from https to ${next.protocol}`, 'EMLCI_HTTP_REDIRECT');
        if (next.origin !== url.origin)
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
        const loopback = /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(next.hostname);
        if (!loopback && options.proxied[next.protocol])
            return { kind: 'fallback', url: next.href, reason: 'a redirect to a host behind a proxy' };
        url = next;
    }
    function once(target, sent) {
        return new Promise((resolve, reject) => {
            const reader = new deps.Reader();
            const errorBody = [];
            let errorBytes = 0;
            let settled = false;
            const host = target.hostname.replace(/^\[|\]$/g, '');
            const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
            const finish = (error, result) => {
                if (settled)
                    return;
                settled = true;
                socket.destroy();
                if (error)
                    reject(error);
                else
                    resolve(result);
            };
            // Checked once the head is in, before the first body byte reaches the sink.
            let checked = false;
            const checkHead = () => {
                if (checked || !reader.headDone)
                    return;
                checked = true;
                if (reader.status === 200 && reader.length > options.maxBody)
                    throw fail(`the body is ${reader.length} bytes, more than ${options.maxBody}`, 'EMLCI_TOO_LONG');
            };
            const sink = (bytes, start, end) => {
                checkHead();
                if (reader.status === 200)
                    return options.sink(bytes, start, end);
                const n = Math.min(end - start, 64 * 1024 - errorBytes);
                if (n > 0)
                    errorBody.push(Buffer.from(bytes.subarray(start, start + n)));
                errorBytes += n;
            };
            const result = () => {
                const { status, headers } = reader;
                if (status >= 300 && status < 400 && headers.location !== undefined)
                    return { kind: 'redirect', location: headers.location };
                if (status === 200)
                    return { kind: 'ok', url: target.href };
                return { kind: 'status', url: target.href, status, headers, body: Buffer.concat(errorBody) };
            };
            const onread = {
                buffer,
                callback: (n, bytes) => {
                    if (settled)
                        return false;
                    try {
                        reader.feed(bytes, 0, n, sink);
                        checkHead();
                    }
                    catch (error) {
                        finish(error);
                        return false;
                    }
                    const redirect = reader.headDone && reader.status >= 300 && reader.status < 400;
                    if (reader.done ||
                        redirect ||
                        (reader.headDone && reader.status !== 200 && errorBytes >= 64 * 1024))
                        finish(undefined, result());
                    return !settled;
                },
            };
            const path = `${target.pathname}${target.search}`;
            const lines = [`GET ${path} HTTP/1.1`, `Host: ${target.host}`];
            for (const [name, value] of Object.entries(sent))
                lines.push(`${name}: ${value}`);
            lines.push('Accept-Encoding: identity', 'Connection: close', '', '');
            const socket = target.protocol === 'https:'
                ? deps.tls.connect({
                    host,
                    port,
                    servername: deps.net.isIP(host) ? undefined : host,
                    ALPNProtocols: ['http/1.1'],
                    ...(options.ca ? { ca: options.ca } : {}),
                    onread,
                })
                : deps.net.connect({ host, port, onread });
            socket.setTimeout(options.idleTimeoutMs, () => finish(fail(`no progress for ${options.idleTimeoutMs / 1000} s`, 'ETIMEDOUT')));
            socket.on('error', (error) => finish(error));
            socket.on('end', () => {
                try {
                    reader.end();
                    checkHead();
                    finish(undefined, result());
                }
                catch (error) {
                    finish(error);
                }
            });
            socket.on('close', () => finish(fail('the connection closed before the end of the response', 'ECONNRESET')));
            socket.write(lines.join('\r\n'));
        });
    }
}

;// CONCATENATED MODULE: ./build/platform/cache/blob-writers.js









/**
 * Below this a blob is hashed and written on the main thread: a worker costs ~30 ms to start, the time
 * to hash ~40 MiB. A restore also keeps to the main thread when all its blobs together are below
 * WORKER_MIN_TOTAL, where the hashing the workers would take over is too short.
 */
const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const WORKER_MIN_TOTAL = 64 * 1024 * 1024;
/**
 * Whether a restore of `total` bytes hands its large blobs to worker threads: a large one, on a machine
 * with a second core. Each worker downloads a blob whole (download(): its own GET, hashed and written as
 * it arrives, ~1.4 CPU s per GiB in all), so the downloads run on every core; on one core the main thread
 * does the same work with less start-up. The load average is a poor guide to the next seconds: unread.
 */
function workersPayOff(total, cores) {
    return total >= WORKER_MIN_TOTAL && cores >= 2;
}
// What the main thread hands a worker at once, and how much may wait in it before the download pauses
// (the worker is slower than the socket when the disk is): memory stays ≤ jobs × MAX_QUEUED.
const BATCH_BYTES = 1024 * 1024;
const MAX_QUEUED = 32 * 1024 * 1024;
// The worker is eval'd source (CommonJS), so it survives ncc bundling as one file (as hash-files.ts does);
// the raw GET client (../registry/raw-get.ts) comes in as the source text of its two self-contained parts.
// Two jobs, one file at a time:
// - 'get': the whole download on this thread: raw-get reads the socket into one reused buffer, and each
//   range of the body is hashed and written (writeSync) in place; answers 'got' with the digest and length,
//   another status, a 'fallback', or an error with its code.
// - 'open'/'data'/'close' (a body the main thread reads, through a proxy or node:http): batches of chunks
//   it hashes and writes in one writev; close answers with the digest and length. An fs error is kept and
//   answered at close.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, writevSync, writeSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const net = require('node:net');
const tls = require('node:tls');
const ResponseReader = (${ResponseReader.toString()});
const rawGet = (${rawGet.toString()});
const detail = (error) => ({ error: String((error && error.message) || error), code: error && typeof error.code === 'string' ? error.code : undefined });
function get(message) {
  let fd;
  let size = 0;
  const hash = createHash('sha256');
  const sink = (buffer, start, end) => {
    size += end - start;
    if (size > message.limit) throw Object.assign(new Error('too long'), { code: 'EMLCI_TOO_LONG' });
    hash.update(buffer.subarray(start, end));
    if (fd === undefined) fd = openSync(message.path, 'wx', 0o644);
    for (let at = start; at < end; ) at += writeSync(fd, buffer, at, end - at);
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  rawGet({ net, tls, Reader: ResponseReader }, { ...message.request, maxBody: message.limit, sink }).then(
    (result) => {
      try {
        if (result.kind === 'ok' && fd === undefined) fd = openSync(message.path, 'wx', 0o644);
        close();
      } catch (error) {
        parentPort.postMessage({ op: 'got', id: message.id, ...detail(error) });
        return;
      }
      parentPort.postMessage(result.kind === 'ok' ? { op: 'got', id: message.id, sha256: hash.digest('hex'), size } : { op: 'got', id: message.id, result });
    },
    (error) => {
      try { close(); } catch {}
      parentPort.postMessage({ op: 'got', id: message.id, ...detail(error) });
    },
  );
}
let fd, hash, size, failed;
parentPort.on('message', (message) => {
  if (message.op === 'get') return get(message);
  if (message.op === 'open') {
    failed = undefined;
    size = 0;
    hash = createHash('sha256');
    try { fd = openSync(message.path, 'wx', 0o644); } catch (error) { fd = undefined; failed = String(error && error.message || error); }
    return;
  }
  if (message.op === 'data') {
    let bytes = 0;
    const chunks = message.chunks.map((buffer) => Buffer.from(buffer));
    for (const chunk of chunks) { hash.update(chunk); bytes += chunk.length; }
    size += bytes;
    if (!failed) {
      try {
        let at = 0;
        while (at < chunks.length) {
          let n = writevSync(fd, chunks.slice(at, at + 1024));
          while (n > 0 && at < chunks.length) {
            if (n >= chunks[at].length) { n -= chunks[at].length; at++; }
            else { chunks[at] = chunks[at].subarray(n); n = 0; }
          }
        }
      } catch (error) { failed = String(error && error.message || error); }
    }
    parentPort.postMessage({ op: 'ack', bytes });
    return;
  }
  if (message.op === 'close') {
    if (fd !== undefined) { try { closeSync(fd); } catch (error) { failed = failed || String(error && error.message || error); } }
    fd = undefined;
    parentPort.postMessage(failed ? { op: 'done', error: failed } : { op: 'done', sha256: hash.digest('hex'), size });
  }
});
`;
// Codes of a failed connection or a cut: the caller retries those (isNetworkError reads them).
const CUT = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNABORTED']);
/** A chunk as an ArrayBuffer the worker may take over (no copy when the chunk owns its memory). */
function transferable(chunk) {
    const own = chunk.byteOffset === 0 &&
        chunk.buffer.byteLength === chunk.length &&
        chunk.buffer instanceof ArrayBuffer &&
        chunk.length >= 4096; // a small Buffer may sit in Node's shared pool: never hand that away
    return own ? chunk.buffer : new Uint8Array(chunk).buffer;
}
/**
 * Writes blobs into new files, hashing as the bytes arrive, and answers what was written. More than
 * `limit` bytes is an error at the first byte past it (a manifest's size is a cap, not a hint).
 * download(): a worker thread sends the GET itself and receives, hashes and writes the body (the fast path).
 * write(): the body is a stream this thread reads (node:http, a proxy): large blobs still go to a worker
 * (zero-copy: each chunk's memory moves to it), so the hash and the write run on another core.
 */
class BlobWriters {
    minBytes;
    cores;
    /** `minBytes`: the smallest blob a worker takes (Infinity: none). */
    /**
     * `minBytes`: the smallest blob a worker takes (Infinity: none). `cores`: download() runs at most this
     * many workers, each with as many downloads at once as it is given (they are async: a worker starts in
     * ~30 ms of CPU, which one per download would spend for nothing on a machine with fewer cores).
     */
    constructor(minBytes = WORKER_MIN_BYTES, cores = (0,external_node_os_.availableParallelism)()) {
        this.minBytes = minBytes;
        this.cores = cores;
    }
    idle = [];
    all = [];
    dead = new Set();
    getters = [];
    nextId = 0;
    /** Starts up to `count` workers now, so that they boot while the first requests are made. */
    prestart(count) {
        if (this.minBytes === Number.POSITIVE_INFINITY)
            return;
        while (this.getters.length < Math.min(count, this.cores))
            this.getters.push({ worker: this.start(), active: 0 });
    }
    /** True when a blob of `size` bytes goes to a worker thread (write() and download()). */
    downloads(size) {
        return size >= this.minBytes;
    }
    async write(body, target, limit, label) {
        if (limit < this.minBytes)
            return inThread(body, target, limit, label);
        const worker = this.idle.pop() ?? this.start();
        try {
            return await viaWorker(worker, body, target, limit, label);
        }
        finally {
            if (!this.dead.has(worker))
                this.idle.push(worker);
        }
    }
    /**
     * Downloads a blob on a worker thread, which sends the GET itself (raw-get.ts) and hashes and writes
     * the body as it arrives into the new file `target`: receive, hash and write all off this thread. More
     * than `limit` bytes is the same error as write()'s. A network failure or a cut rejects with its code
     * (retried by the caller); a refused response head or a redirect to a proxied host is a 'fallback'.
     */
    async download(request, target, limit, label) {
        const live = this.getters.filter((slot) => !this.dead.has(slot.worker));
        this.getters.splice(0, this.getters.length, ...live);
        let slot = live.reduce((best, one) => (!best || one.active < best.active ? one : best), undefined);
        if (!slot || (slot.active > 0 && live.length < this.cores)) {
            slot = { worker: this.start(), active: 0 };
            this.getters.push(slot);
        }
        slot.active++;
        try {
            return await getOn(slot.worker, this.nextId++, request, target, limit, label);
        }
        finally {
            slot.active--;
        }
    }
    /** Ends every worker (after the last write). */
    async close() {
        const workers = this.all.splice(0);
        this.idle.length = 0;
        this.getters.length = 0;
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    start() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        worker.unref();
        // A worker that crashed (out of memory) or ended is not handed another file, busy or idle.
        const gone = () => {
            this.dead.add(worker);
            const at = this.idle.indexOf(worker);
            if (at !== -1)
                this.idle.splice(at, 1);
        };
        worker.once('error', gone);
        worker.once('exit', gone);
        this.all.push(worker);
        return worker;
    }
}
const tooLong = (label, limit) => new core_errors/* DataError */.fL(`the blob of "${label}" is longer than ${limit} bytes`);
// Buffers of 4 MiB between the socket and the file: with the 16 KiB default, every 64 KiB chunk from the
// socket fills the file stream, so reading stops and restarts per chunk (two epoll_ctl calls each).
const STREAM_BUFFER = 4 * 1024 * 1024;
async function inThread(body, target, limit, label) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    await (0,external_node_stream_promises_.pipeline)(body, new external_node_stream_.Transform({
        highWaterMark: STREAM_BUFFER,
        transform(chunk, _encoding, done) {
            size += chunk.length;
            if (size > limit)
                return done(tooLong(label, limit));
            hash.update(chunk);
            done(null, chunk);
        },
    }), (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o644, highWaterMark: STREAM_BUFFER }));
    return { sha256: hash.digest('hex'), size };
}
function getOn(worker, id, request, target, limit, label) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onCrash);
        };
        const onMessage = (answer) => {
            if (answer.op !== 'got' || answer.id !== id)
                return;
            cleanup();
            // A Buffer crosses postMessage as a plain Uint8Array.
            if (answer.result?.kind === 'status')
                return resolve({ ...answer.result, body: Buffer.from(answer.result.body) });
            if (answer.result)
                return resolve(answer.result);
            if (answer.error === undefined)
                return resolve({ kind: 'written', sha256: answer.sha256, size: answer.size });
            if (answer.code === 'EMLCI_TOO_LONG')
                return reject(tooLong(label, limit));
            const cause = Object.assign(new Error(answer.error), { code: answer.code });
            if (answer.code && CUT.has(answer.code))
                return reject(new core_errors/* MlciError */.sc(`GET ${(0,http/* redact */.E$)(request.url)}: the download of "${label}" failed (${answer.code}: ${answer.error})`, 1, { cause }));
            reject(new core_errors/* MlciError */.sc(`downloading "${label}" from ${(0,http/* redact */.E$)(request.url)}: ${answer.error}`, 1, { cause }));
        };
        const onCrash = (error) => {
            cleanup();
            reject(error);
        };
        worker.on('message', onMessage);
        worker.on('error', onCrash);
        worker.postMessage({ op: 'get', id, path: target, limit, request });
    });
}
function viaWorker(worker, body, target, limit, label) {
    return new Promise((resolve, reject) => {
        let batch = [];
        let batchBytes = 0;
        let queued = 0;
        let size = 0;
        let settled = false;
        let failure;
        const send = () => {
            if (!batch.length)
                return;
            worker.postMessage({ op: 'data', chunks: batch }, batch);
            queued += batchBytes;
            batch = [];
            batchBytes = 0;
            if (queued > MAX_QUEUED)
                body.pause();
        };
        const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onCrash);
            body.off('data', onData);
            body.off('end', onEnd);
            body.off('error', onError);
            body.off('close', onClose);
        };
        const onMessage = (answer) => {
            if (answer.op === 'ack') {
                queued -= answer.bytes;
                if (queued <= MAX_QUEUED / 2 && body.isPaused() && failure === undefined)
                    body.resume();
                return;
            }
            // The worker has closed the file: only now may the caller remove or rename it.
            settled = true;
            cleanup();
            if (failure !== undefined)
                reject(failure);
            else if (answer.error !== undefined)
                reject(new Error(`writing ${label}: ${answer.error}`));
            else
                resolve({ sha256: answer.sha256, size: answer.size });
        };
        const onCrash = (error) => {
            if (settled)
                return;
            settled = true;
            cleanup();
            reject(error);
        };
        // The first failure stops the download; the worker still closes the file before we answer.
        const fail = (error) => {
            if (failure !== undefined)
                return;
            failure = error;
            batch = [];
            body.destroy();
            worker.postMessage({ op: 'close' });
        };
        const onData = (chunk) => {
            if (failure !== undefined)
                return;
            size += chunk.length;
            if (size > limit)
                return fail(tooLong(label, limit));
            batch.push(transferable(chunk));
            batchBytes += chunk.length;
            if (batchBytes >= BATCH_BYTES)
                send();
        };
        let ended = false;
        const onEnd = () => {
            if (failure !== undefined)
                return;
            ended = true;
            send();
            worker.postMessage({ op: 'close' });
        };
        const onError = (error) => fail(error);
        // A body that closes without 'end' or 'error' was cut off (what pipeline calls a premature close).
        const onClose = () => {
            if (!ended)
                fail(Object.assign(new Error(`the download of "${label}" ended early`), {
                    code: 'ERR_STREAM_PREMATURE_CLOSE',
                }));
        };
        worker.on('message', onMessage);
        worker.on('error', onCrash);
        worker.postMessage({ op: 'open', path: target });
        body.on('data', onData);
        body.on('end', onEnd);
        body.on('error', onError);
        body.on('close', onClose);
    });
}

;// CONCATENATED MODULE: ./build/platform/cache/registry-store.js













const registry_store_unique = () => `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
/** True for "the registry has no such thing" (a plain miss: no warning). */
const notFound = (error) => error instanceof errors/* RegistryError */.g && error.status === 404;
/** A file of the workspace as a registry layer: raw bytes, digest = the file's sha256 (no compression). */
function fileLayer(root, file) {
    const digest = `sha256:${file.sha256}`;
    const layer = {
        digest: async () => digest,
        diffId: async () => digest,
        size: async () => file.size,
        mediaType: () => cache_artifact/* CACHE_FILE_TYPE */.Ny,
        compressed: async () => (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, file.path), { highWaterMark: 1024 * 1024 }),
    };
    return {
        descriptor: { mediaType: cache_artifact/* CACHE_FILE_TYPE */.Ny, digest, size: file.size },
        layer,
        name: file.path,
        origin: 'built',
    };
}
/** The files of an entry by blob: two outputs with the same bytes are one download. */
function byBlob(files) {
    const groups = new Map();
    for (const file of files) {
        const group = groups.get(file.sha256);
        if (group && group[0].size !== file.size)
            throw new core_errors/* DataError */.fL(`the entry gives "${group[0].path}" and "${file.path}" one digest but two sizes`);
        if (group)
            group.push(file);
        else
            groups.set(file.sha256, [file]);
    }
    return [...groups.values()];
}
/**
 * Downloads one blob into `target`, hashed and counted as the bytes arrive; a blob that is not the digest
 * or size the manifest says is refused (tampered, or truncated) before anything reaches the workspace.
 * A large blob is downloaded whole on a worker thread (its own GET: receive, hash and write off this
 * thread); a 401, a proxy or a response it cannot parse sends it through the registry client instead.
 */
async function fetchVerified(client, repository, file, target, writers, leftWorker) {
    const digest = `sha256:${file.sha256}`;
    const missing = (error) => {
        if (notFound(error))
            throw new core_errors/* DataError */.fL(`partial entry: the blob of "${file.path}" is missing`);
        throw error;
    };
    await (0,promises_.rm)(target, { force: true }); // what an earlier attempt left
    let got;
    const request = writers.downloads(file.size) ? await client.blobRequest(repository, digest) : undefined;
    if (request) {
        const answer = await writers.download(request, target, file.size, file.path);
        if (answer.kind === 'written')
            got = answer;
        else if (answer.kind === 'status' && answer.status !== 401) {
            const response = { ...answer, body: external_node_stream_.Readable.from([answer.body]) };
            await (0,errors/* checkStatus */.d)(response, 'GET', 200).catch(missing); // throws: the status is not 200
        }
        else {
            await (0,promises_.rm)(target, { force: true });
            leftWorker(answer.kind === 'status' ? 'the registry asked to authenticate again (401)' : answer.reason);
        }
    }
    if (!got) {
        const stream = await client.openBlob(repository, digest).catch(missing);
        got = await writers.write(stream, target, file.size, file.path);
    }
    if (got.size !== file.size || got.sha256 !== file.sha256)
        throw new core_errors/* DataError */.fL(`the blob of "${file.path}" does not match its manifest (sha256 ${got.sha256.slice(0, 12)}…, ${got.size} bytes; expected ${file.sha256.slice(0, 12)}…, ${file.size} bytes): tampered or corrupt`);
}
/**
 * Train cache entries as OCI artifacts in any registry (ORAS-style, src/core/train/cache-artifact.ts),
 * through mlci's registry client: lookup by tag, restore with every blob verified in a staging dir first,
 * save with pushImage's HEAD-skip, parallel streamed uploads, retries and manifest-before-tag order.
 */
function registryStore(options) {
    const { client, repository, root } = options;
    const jobs = options.jobs ?? 4;
    const where = `${client.registry}/${repository}`;
    const fetchEntry = async (tag) => {
        client.prepare(repository, 'pull');
        const manifest = await client.getManifest(repository, tag).catch((error) => {
            if (notFound(error))
                return undefined;
            throw error;
        });
        return manifest ? (0,cache_artifact/* parseCacheManifest */.Lm)(manifest.bytes) : undefined;
    };
    const lookupPortable = async (stage, inputs) => {
        const entry = await fetchEntry((0,cache_artifact/* portableTag */.y1)(stage, inputs));
        if (!entry)
            return undefined;
        // As CACHE-07 for the key: the inputs inside must give the same portable key.
        const inside = entry.inputs;
        if (!inside?.runtime || (0,cache_artifact/* portableKey */.L9)(inside) !== (0,cache_artifact/* portableKey */.L9)(inputs) || entry.stage !== stage)
            throw new core_errors/* DataError */.fL(`${where}:${(0,cache_artifact/* portableTag */.y1)(stage, inputs)} holds the entry of other inputs`);
        return entry;
    };
    const lookup = async (key) => {
        const entry = await fetchEntry((0,cache_artifact/* cacheTag */.z)(key));
        if (!entry)
            return undefined;
        // CACHE-07: the key inside must be the one asked for (a tag is only an index into the entries).
        if (entry.key !== key)
            throw new core_errors/* DataError */.fL(`${where}:${(0,cache_artifact/* cacheTag */.z)(key)} holds the entry of another key`);
        return entry;
    };
    /**
     * Downloads `files` into a staging dir and verifies each; only when all check out are `places` (declared
     * outputs, or the files themselves) renamed into the workspace. Every download is let finish (or fail)
     * before the first error is raised, so nothing still writes into the staging dir as it is removed.
     */
    const fetchFiles = async (files, places = files.map((file) => file.path)) => {
        const staging = (0,external_node_path_.join)(root, '.mlci', 'tmp', `registry-${registry_store_unique()}`);
        const groups = byBlob(files);
        const total = groups.reduce((sum, [file]) => sum + file.size, 0);
        const workers = options.workersFrom === undefined
            ? workersPayOff(total, (0,external_node_os_.availableParallelism)())
            : total >= options.workersFrom;
        const writers = new BlobWriters(workers ? WORKER_MIN_BYTES : Number.POSITIVE_INFINITY);
        // Said once a restore: the download still succeeds, only slower (on this thread, through node:http).
        let said = false;
        const leftWorker = (why) => {
            if (said)
                return;
            said = true;
            options.info(`registry cache ${where}: large files are downloaded through the registry client instead of worker threads (${why})`);
        };
        writers.prestart(Math.min(jobs, groups.filter(([file]) => writers.downloads(file.size)).length));
        try {
            for (const file of files)
                await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(staging, file.path)), { recursive: true });
            const errors = [];
            // Biggest first, so that one large blob does not start last and finish alone.
            const order = [...groups].sort((a, b) => b[0].size - a[0].size);
            await (0,push/* pool */.d)(order, jobs, async ([first, ...copies]) => {
                if (errors.length)
                    return;
                try {
                    const target = (0,external_node_path_.join)(staging, first.path);
                    await (0,retry/* withRetry */.bD)(() => fetchVerified(client, repository, first, target, writers, leftWorker), retry/* OPERATION_RETRY */.Z5, {
                        retryIf: retry/* isTemporary */.ey,
                        sleep: options.sleep,
                        onRetry: (error, attempt) => options.warn(`registry cache ${where}: downloading "${first.path}" failed (${(0,core_errors/* messageOf */.bD)(error)}); retrying (attempt ${attempt + 1})`),
                    });
                    for (const copy of copies)
                        await (0,promises_.copyFile)(target, (0,external_node_path_.join)(staging, copy.path), external_node_fs_.constants.COPYFILE_FICLONE);
                    for (const file of [first, ...copies])
                        if (file.executable)
                            await (0,promises_.chmod)((0,external_node_path_.join)(staging, file.path), 0o755);
                }
                catch (error) {
                    errors.push(error);
                }
            });
            if (errors.length)
                throw errors[0];
            await (0,cache_outputs/* placeOutputs */.WR)(staging, root, places);
        }
        finally {
            await writers.close();
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    };
    return {
        name: 'registry',
        lookup,
        lookupPortable,
        fetchFiles,
        async restore(key, outputs) {
            try {
                const entry = await lookup(key);
                if (!entry)
                    return undefined;
                for (const file of entry.files) {
                    if (!(0,cache_outputs/* withinOutputs */.o$)(file.path, outputs))
                        throw new core_errors/* DataError */.fL(`the entry holds "${file.path}", outside the stage's outputs`);
                }
                await fetchFiles(entry.files, [...outputs]);
                return {
                    source: 'registry',
                    files: entry.files,
                    ...(entry.inputs && typeof entry.inputs === 'object'
                        ? { inputs: entry.inputs }
                        : {}),
                };
            }
            catch (error) {
                options.warn(`registry cache ${where}: restore failed: ${(0,core_errors/* messageOf */.bD)(error)} (running the stage instead)`);
                return undefined;
            }
        },
        async save(manifest) {
            try {
                client.prepare(repository, 'push');
                const existing = await lookup(manifest.key).catch(() => undefined);
                // Another job saved this fingerprint already (same inputs): keep its entry, upload nothing.
                if (existing)
                    return 'exists';
                const files = manifest.files.map(({ path, sha256, size, executable }) => ({
                    path,
                    sha256,
                    size,
                    executable,
                }));
                const base = (0,image_image/* scratch */.FW)({ os: 'unknown', architecture: 'unknown' });
                const image = {
                    kind: 'image',
                    platform: base.platform,
                    base,
                    config: (0,cache_artifact/* emptyConfig */.i4)(),
                    manifest: (0,cache_artifact/* cacheManifest */.YF)({
                        key: manifest.key,
                        created: (options.now?.() ?? new Date()).toISOString(),
                        inputs: manifest.inputs,
                        files,
                    }),
                    layers: files.map((file) => fileLayer(root, file)),
                };
                const results = [];
                const stage = (0,cache_artifact/* splitKey */._$)(manifest.key)?.stage;
                const tags = [(0,cache_artifact/* cacheTag */.z)(manifest.key), ...(stage ? [(0,cache_artifact/* portableTag */.y1)(stage, manifest.inputs)] : [])];
                await (0,push/* pushImage */.G)(client, repository, image, tags, {
                    jobs,
                    sleep: options.sleep,
                    warn: options.warn,
                    onBlob: (result) => results.push(result),
                });
                const sent = results.filter((r) => r.kind === 'layer' && r.action === 'uploaded');
                const bytes = sent.reduce((sum, r) => sum + r.size, 0);
                options.info(`  registry ${where}: uploaded ${sent.length} of ${files.length} file(s) (${bytes} bytes); the rest were there already`);
                return 'saved';
            }
            catch (error) {
                options.warn(`registry cache ${where}: save failed: ${(0,core_errors/* messageOf */.bD)(error)}`);
                return `failed: ${(0,core_errors/* messageOf */.bD)(error)}`;
            }
        },
    };
}

// EXTERNAL MODULE: ./build/platform/registry/client.js + 1 modules
var client = __webpack_require__(9697);
// EXTERNAL MODULE: ./build/platform/registry/credentials.js + 1 modules
var credentials = __webpack_require__(30412);
;// CONCATENATED MODULE: ./build/platform/train/stores.js











/** The cache store the `cache` input asks for; 'auto' picks the Actions cache when the runner has one. */
function chooseStore(io, choice, root) {
    const warn = (message) => io.log.warning(message);
    const local = () => localStore({ dir: (0,external_node_path_.resolve)(root, choice['cache-dir']), root, warn });
    switch (choice.cache) {
        case 'none':
            return undefined;
        case 'local':
        case 'registry':
            return local();
        case 'github-actions':
        case 'auto': {
            if (actionsCacheAvailable(io.env))
                return actionsStore({ root, warn, info: (line) => io.log.info(line) });
            if (choice.cache === 'github-actions' || io.env.GITHUB_ACTIONS === 'true') {
                io.log.notice('the GitHub Actions cache service is not available here: using the local cache directory');
            }
            return local();
        }
    }
}
/** A registry client for `registry`, with credentials resolved and masked before first use (SEC-02). */
async function registryClientFor(io, registry, login = {}) {
    // The cache's own credential inputs first; the token only for ghcr.io; then the docker config.
    const resolved = await (0,credentials/* resolveCredentials */.z)(registry, {
        username: login['cache-registry-username'],
        password: login['cache-registry-password'],
        githubToken: login['github-token'],
        env: io.env,
        inputNames: 'cache-registry-username/cache-registry-password',
    });
    for (const secret of resolved.secrets)
        io.setSecret(secret);
    if (resolved.warning)
        io.log.warning(resolved.warning);
    io.log.info(`${registry}: credentials from ${resolved.from}`);
    return new client/* RegistryClient */.b(registry, {
        credentials: resolved.credentials,
        secret: (value) => io.setSecret(value),
    });
}
/** The registry client and repository of `cache-registry` (`ghcr.io/OWNER/REPO-cache`); a usage error when absent. */
async function remoteTarget(io, ref, login = {}) {
    if (!ref)
        throw new core_errors/* UsageError */.eb('`cache: registry` needs `cache-registry`', {
            hint: 'set `cache-registry: ghcr.io/OWNER/REPO-cache` (an input, or under `train:` in mlci.yml)',
        });
    const parsed = (0,reference/* parseReference */.F2)(ref, 'cache-registry');
    if (parsed.tag || parsed.digest)
        throw new core_errors/* UsageError */.eb(`cache-registry "${ref}" names a tag or digest`, {
            hint: 'give a repository only: entries are tagged by their fingerprint',
        });
    return { client: await registryClientFor(io, parsed.registry, login), repository: parsed.repository };
}
/** The registry store of `cache-registry`. */
async function remoteStore(io, ref, root, login = {}) {
    return registryStore({
        ...(await remoteTarget(io, ref, login)),
        root,
        warn: (message) => io.log.warning(message),
        info: (line) => io.log.info(line),
    });
}
/** The event's payload (GITHUB_EVENT_PATH), or undefined outside a workflow. */
async function eventPayload(io) {
    const path = io.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    return (0,promises_.readFile)(path, 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
}
/** The store of `choice` for a run (undefined for `cache: none`); `cache: registry` layers the near one first. */
async function cacheStore(io, choice, root) {
    const store = chooseStore(io, choice, root);
    if (choice.cache !== 'registry' || !store)
        return store;
    // The Actions cache (on a runner) or the local directory first, then the registry.
    const near = actionsCacheAvailable(io.env)
        ? actionsStore({ root, warn: (m) => io.log.warning(m), info: (line) => io.log.info(line) })
        : store;
    return layeredStore(near, await remoteStore(io, choice['cache-registry'], root, choice), {
        remoteSaveBlocked: (0,triggers/* remoteSaveBlockedBy */.Xm)(io.env.GITHUB_EVENT_NAME ?? '', await eventPayload(io)),
        notice: (message) => io.log.notice(message),
    });
}


/***/ })

};
