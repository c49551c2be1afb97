export const id = 291;
export const ids = [291];
export const modules = {

/***/ 3291:
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
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/core/errors.js
var core_errors = __webpack_require__(2807);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/core/image/digest.js

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The sha256 digest of some bytes. */
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** True if `text` is a well-formed sha256 digest (the only algorithm mlci writes or accepts). */
function isDigest(text) {
    return DIGEST.test(text);
}
/** The hex part of a digest, as used in `blobs/sha256/<hex>` paths. */
function hexOf(digest) {
    return digest.slice('sha256:'.length);
}

;// CONCATENATED MODULE: ./build/core/image/reference.js


const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * Parses `[registry/]repository[:tag][@digest]` with Docker Hub's normalisation (`python:3.12` is
 * `docker.io/library/python:3.12`). The repository is lowercased: `github.repository` keeps the owner's
 * capitals and registries reject them (docker/build-push-action#37, the bug users hit most often).
 */
function parseReference(text, what = 'image reference') {
    const input = text.trim();
    const fail = (why) => new core_errors/* UsageError */.eb(`${what} "${input}" is not valid: ${why}`, {
        hint: 'write it as registry/name[:tag][@sha256:…], e.g. ghcr.io/acme/model:v1',
    });
    if (input === '')
        throw fail('it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        const d = rest.slice(at + 1);
        if (!isDigest(d))
            throw fail(`"${d}" is not a sha256 digest`);
        digest = d;
        rest = rest.slice(0, at);
    }
    let tag;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw fail(`tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
    }
    const parts = rest.split('/');
    const first = parts[0];
    const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first.toLowerCase() : DOCKER_HUB;
    const path = (hasRegistry ? parts.slice(1) : parts).map((p) => p.toLowerCase());
    if (registry === DOCKER_HUB && path.length === 1)
        path.unshift('library');
    for (const component of path) {
        if (!COMPONENT.test(component))
            throw fail(`path component "${component}" has characters registries refuse`);
    }
    const repository = path.join('/');
    if (`${registry}/${repository}`.length > 255)
        throw fail('registry/name is longer than 255 characters');
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest ? { digest } : {}) };
}
/** `registry/repository` without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The reference as text: `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The host that serves the distribution API for a registry name (Docker Hub's differs from its name). */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/** A tag or a usage error naming it. */
function checkTag(tag) {
    if (!TAG.test(tag)) {
        throw new UsageError(`tag "${tag}" is not valid`, {
            hint: 'a tag is up to 128 characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
        });
    }
    return tag;
}

// EXTERNAL MODULE: ./build/core/train/triggers.js
var triggers = __webpack_require__(6610);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
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

;// CONCATENATED MODULE: ./build/core/train/tar-read.js

const tar_read_BLOCK = 512;
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
                throw new core_errors/* DataError */.fL('archive is truncated');
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
        throw new core_errors/* DataError */.fL(`archive header has a bad number "${text}"`);
    return Number.parseInt(text, 8);
}
function checksumOk(header) {
    let sum = 0;
    for (let i = 0; i < tar_read_BLOCK; i++)
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
        throw new core_errors/* DataError */.fL(`archive entry "${name}" is not a safe relative path`);
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
            throw new core_errors/* DataError */.fL('archive has a bad pax record');
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
                throw new core_errors/* DataError */.fL('archive has a bad pax size');
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
        const header = await reader.exact(tar_read_BLOCK).catch(() => {
            throw new core_errors/* DataError */.fL('archive is truncated (no end-of-archive blocks)');
        });
        if (header.every((byte) => byte === 0))
            return entries;
        if (!checksumOk(header))
            throw new core_errors/* DataError */.fL('archive header checksum does not match');
        const type = String.fromCharCode(header[156]);
        // A size in base-256 (a first byte of 0x80, for 8 GiB and more) is not octal: refused by number().
        const headerSize = number(header, 124, 12);
        if (type === 'x' || type === 'g') {
            if (headerSize > 1024 * 1024)
                throw new core_errors/* DataError */.fL('archive pax header is too large');
            const body = (await reader.exact(Math.ceil(headerSize / tar_read_BLOCK) * tar_read_BLOCK)).subarray(0, headerSize);
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
        const padded = Math.ceil(size / tar_read_BLOCK) * tar_read_BLOCK;
        const prefix = field(header, 345, 155);
        const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
        longName = undefined;
        const link = longLink ?? field(header, 157, 100);
        longLink = undefined;
        const isLink = type === '2' && limits.links === 'report';
        // Hard links, symbolic links (unless reported), GNU sparse files ('S': a small entry that unpacks to a
        // huge file), devices, FIFOs and anything unknown are refused before any of their data is read.
        if (type !== '0' && type !== '\u0000' && type !== '5' && !isLink) {
            throw new core_errors/* DataError */.fL(`archive entry "${name}" is a link or special file (type '${type}'), refused`);
        }
        const path = limits.names === 'raw' ? name : safeEntryPath(name);
        if (++entries > limits.maxEntries)
            throw new core_errors/* DataError */.fL(`archive has more than ${limits.maxEntries} entries`);
        bytes += size;
        if (bytes > limits.maxBytes)
            throw new core_errors/* DataError */.fL(`archive entry "${name}" is too large: the archive would hold more than ${limits.maxBytes} bytes`);
        const isDir = type === '5' || isLink;
        const mode = number(header, 100, 8);
        let left = size;
        const data = async function* () {
            if (isDir)
                return;
            while (left > 0) {
                const chunk = await reader.some(left);
                if (!chunk)
                    throw new core_errors/* DataError */.fL('archive is truncated');
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
                throw new core_errors/* DataError */.fL('archive is truncated');
            left -= chunk.length;
        }
        if (padded - size > 0)
            await reader.exact(padded - size);
    }
}

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
        await readTar(tar, async (header, data) => {
            const expected = rule(header);
            if (expected === 'skip')
                return;
            safeEntryPath(expected.path);
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
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./build/core/image/proxy-env.js
// Which proxy a registry request goes through, from the environment as curl and Go's net/http read it
// (HTTPS_PROXY / HTTP_PROXY, lower case first; NO_PROXY): pure, so the rules are tested without sockets.
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[?::1\]?)$/i;
function variable(env, name) {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value?.trim() ? value.trim() : undefined;
}
/** True when NO_PROXY exempts `host` (no port) at `port`: `*`, a name or its subdomains, `.suffix`, host:port. */
function exempt(noProxy, host, port) {
    const name = host.toLowerCase().replace(/^\[|\]$/g, '');
    return noProxy
        .split(/[\s,]+/)
        .filter(Boolean)
        .some((raw) => {
        if (raw === '*')
            return true;
        const entry = raw.toLowerCase();
        const colon = entry.lastIndexOf(':');
        const [entryHost, entryPort] = colon > 0 && !entry.includes(']') && entry.indexOf(':') === colon
            ? [entry.slice(0, colon), entry.slice(colon + 1)]
            : [entry.replace(/^\[|\]$/g, ''), ''];
        if (entryPort && entryPort !== port)
            return false;
        const bare = entryHost.replace(/^\*?\./, '');
        return name === bare || name.endsWith(`.${bare}`);
    });
}
/**
 * The proxy URL for a request to `target`, or undefined for a direct connection. Loopback is never
 * proxied (Go's rule: a local registry or test server stays local). The proxy must be an http:// URL
 * (a CONNECT tunnel carries the TLS of an https registry); anything else is an error naming the variable.
 */
function proxyFor(target, env) {
    if (LOOPBACK.test(target.hostname))
        return undefined;
    const name = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
    const value = variable(env, name);
    if (!value)
        return undefined;
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const noProxy = variable(env, 'NO_PROXY');
    if (noProxy && exempt(noProxy, target.hostname, port))
        return undefined;
    let proxy;
    try {
        proxy = new URL(value.includes('://') ? value : `http://${value}`);
    }
    catch {
        throw new Error(`${name} is not a URL`);
    }
    if (proxy.protocol !== 'http:')
        throw new Error(`${name} is a ${proxy.protocol.replace(':', '')}:// proxy; only http:// proxies are supported`);
    return proxy;
}

;// CONCATENATED MODULE: ./build/platform/registry/http.js





// Keep-alive: a push makes dozens of small requests (HEAD, POST, PUT) to one host.
const agents = {
    'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: 16 }),
    'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: 16 }),
};
/** The Proxy-Authorization of a proxy URL with user:password, if any. */
function proxyAuthorization(proxy) {
    if (!proxy.username)
        return {};
    const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}
/**
 * An https agent whose connections are CONNECT tunnels through an http proxy (HTTPS_PROXY): the TLS to the
 * registry runs inside the tunnel, so the proxy sees the host name and port, never the requests.
 */
class TunnelAgent extends external_node_https_.Agent {
    proxy;
    constructor(proxy) {
        super({ keepAlive: true, maxSockets: 16 });
        this.proxy = proxy;
    }
    createConnection(options, done) {
        const authority = `${options.host}:${options.port ?? 443}`;
        const connect = external_node_http_.request({
            host: this.proxy.hostname,
            port: this.proxy.port || 80,
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...proxyAuthorization(this.proxy) },
        });
        connect.once('connect', (answer, socket) => {
            if (answer.statusCode !== 200) {
                socket.destroy();
                done(new Error(`the proxy (HTTPS_PROXY) answered CONNECT ${authority} with ${answer.statusCode}`));
                return;
            }
            done(null, external_node_tls_.connect({ ...options, socket, servername: options.servername || options.host }));
        });
        connect.once('error', (error) => done(error));
        connect.end();
        return undefined;
    }
}
const tunnels = new Map();
/** Where one request goes: the target itself, or a proxy (absolute-form for http, a tunnel for https). */
function route(url) {
    let proxy;
    try {
        proxy = proxyFor(url, process.env);
    }
    catch (error) {
        throw new core_errors/* MlciError */.sc((0,core_errors/* messageOf */.bD)(error), 2, {
            hint: 'set HTTPS_PROXY / HTTP_PROXY to http://host:port (user:password@ allowed), or unset it',
        });
    }
    if (!proxy) {
        const agent = agents[url.protocol];
        if (!agent)
            throw new core_errors/* MlciError */.sc(`unsupported URL scheme in ${redact(url.href)}`, 2);
        return { options: { agent }, transport: url.protocol === 'https:' ? external_node_https_ : external_node_http_ };
    }
    if (url.protocol === 'https:') {
        const agent = tunnels.get(proxy.href) ?? new TunnelAgent(proxy);
        tunnels.set(proxy.href, agent);
        return { options: { agent }, transport: external_node_https_ };
    }
    return {
        options: {
            agent: agents['http:'],
            host: proxy.hostname,
            port: proxy.port || 80,
            path: url.href,
            headers: proxyAuthorization(proxy),
        },
        transport: external_node_http_,
    };
}
const IDLE_DEFAULT = 60_000; // a minute without progress (reliability-and-security.md REG-07)
const MAX_REDIRECTS = 5;
/**
 * Sends one request with node:http. Not fetch: Node 20's fetch keeps a streamed request body in
 * memory unless redirect is 'error' (peak RSS ≈ blob size, reference/oci-images.md §4), and we want
 * the redirect rules below in our own hands anyway.
 */
async function send(request) {
    let url = new URL(request.url);
    let headers = { ...request.headers };
    for (let hop = 0;; hop++) {
        const response = await once(request, url, headers);
        const location = response.headers.location;
        if (!request.followRedirects || response.status < 300 || response.status >= 400 || !location)
            return response;
        response.body.resume();
        if (hop >= MAX_REDIRECTS)
            throw new core_errors/* MlciError */.sc(`${request.method} ${redact(request.url)}: more than ${MAX_REDIRECTS} redirects`, 1);
        const next = new URL(location, url);
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
            throw new core_errors/* MlciError */.sc(`${request.method} ${redact(url.href)}: refusing a redirect from https to ${next.protocol}`, 1);
        }
        // Credentials are for the registry only: a blob store on another origin gets none (HTTP-03).
        if (next.origin !== url.origin)
            headers = withoutAuthorization(headers);
        url = next;
    }
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}
function once(request, url, headers) {
    let routed;
    try {
        routed = route(url);
    }
    catch (error) {
        return Promise.reject(error);
    }
    const { transport, options } = routed;
    return new Promise((resolve, reject) => {
        // Through an http proxy the path is the whole URL and the Host header the registry's (absolute-form).
        const target = options.path
            ? { ...options, method: request.method, headers: { host: url.host, ...headers, ...options.headers } }
            : { ...options, method: request.method, headers };
        const req = options.path ? transport.request(target, answer) : transport.request(url, target, answer);
        function answer(res) {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, url: url.href, body: res });
        }
        req.setTimeout(request.idleTimeoutMs ?? IDLE_DEFAULT, () => {
            const error = Object.assign(new Error(`no progress for ${(request.idleTimeoutMs ?? IDLE_DEFAULT) / 1000} s`), {
                code: 'ETIMEDOUT',
            });
            req.destroy(error);
        });
        req.on('error', (error) => reject(networkError(request.method, url, error)));
        const body = request.body;
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else {
            body.on('error', (error) => req.destroy(error));
            body.pipe(req);
        }
    });
}
/**
 * A failed connection as an MlciError (exit 1) that names the request, instead of a bare
 * "getaddrinfo ENOTFOUND". The original error stays the cause, so the retry predicates, which look
 * for network codes along the cause chain, still see it.
 */
function networkError(method, url, error) {
    const code = error.code;
    const why = typeof code === 'string' ? `${code}: ${error.message}` : error.message;
    return new core_errors/* MlciError */.sc(`${method} ${redact(url.href)}: cannot reach ${url.host} (${why})`, 1, {
        cause: error,
        hint: 'check the registry host and the network; where the internet is out of reach, use a base image from a reachable registry, or `base-image: scratch`',
    });
}
/**
 * Reads a response body up to `limit` bytes and stops reading there (the connection is dropped: an endless
 * body costs nothing past the cap). `overflow: 'truncate'` keeps the first `limit` bytes (error bodies,
 * capped at 64 KiB as STYLE.md §6 says); `'error'` is for a body that is only usable whole (a manifest, a
 * token, a config): over the cap it is an error that says "too large", not a parse error.
 */
async function readBody(response, limit = 64 * 1024, overflow = 'truncate') {
    const parts = [];
    let have = 0;
    for await (const chunk of response.body) {
        const buffer = chunk;
        parts.push(buffer.subarray(0, limit - have));
        have += buffer.length;
        if (have > limit) {
            response.body.destroy();
            if (overflow === 'error')
                throw new core_errors/* MlciError */.sc(`${redact(response.url)}: response body is larger than ${limit} bytes: too large`, 1);
            break;
        }
    }
    return Buffer.concat(parts);
}
/** A URL fit for logs: no userinfo, no query values that may carry signatures (sig=, X-Amz-Signature=). */
function redact(text) {
    try {
        const url = new URL(text);
        if (url.username || url.password) {
            url.username = '***';
            url.password = '';
        }
        for (const key of [...url.searchParams.keys()]) {
            if (!['digest', 'mount', 'from', 'n', 'last'].includes(key))
                url.searchParams.set(key, '***');
        }
        return url.href.replace(/%3A/gi, ':'); // sha256:… reads better than sha256%3A…
    }
    catch {
        return text;
    }
}

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
        const response = await send({
            method: 'POST',
            url: url.href,
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: Buffer.from(JSON.stringify({ key, restore_keys: [], version })),
            idleTimeoutMs: 30_000,
        });
        const text = (await readBody(response, 1024 * 1024, 'error')).toString('utf8');
        if (response.status !== 200)
            throw new core_errors/* MlciError */.sc(`cache lookup: ${response.status} ${text.slice(0, 200)}`, 1);
        const body = JSON.parse(text);
        return body.ok && body.matched_key === key ? body.signed_download_url : undefined;
    }
    const base = env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!base)
        return undefined;
    const url = new URL(`_apis/artifactcache/cache?keys=${encodeURIComponent(key)}&version=${version}`, base);
    const response = await send({
        method: 'GET',
        url: url.href,
        headers: { ...auth, Accept: 'application/json;api-version=6.0-preview.1' },
        idleTimeoutMs: 30_000,
    });
    const text = (await readBody(response, 1024 * 1024, 'error')).toString('utf8');
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
    const response = await send({ method: 'GET', url, followRedirects: true, idleTimeoutMs: 30_000 });
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
var cache_outputs = __webpack_require__(4617);
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
        await readTar(decompressed(file, method, 10 * 2 ** 30 + 1024 * 1024), async (header, data) => {
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
        if (safeEntryPath(f.path) !== f.path || !(0,cache_outputs/* withinOutputs */.o$)(f.path, outputs) || paths.has(f.path))
            throw new core_errors/* DataError */.fL(`archive member "${f.path}" is not one of the stage's outputs`);
        paths.add(f.path);
    }
    return manifest;
}
/** Reads only the manifest at the head of the inner archive (the rest of the stream is not decompressed). */
async function readManifest(source, key, outputs) {
    let manifest;
    await source(async (tar) => {
        await readTar(tar, async (header, data) => {
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
    const cache = () => __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 5940));
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
                    const path = safeEntryPath(file.path);
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
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./build/core/image/config.js
/** The config of an empty (`scratch`) image for a platform. */
function scratchConfig(platform) {
    return {
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: {},
        rootfs: { type: 'layers', diff_ids: [] },
        history: [],
    };
}
function runtime(config) {
    const value = config.config;
    return typeof value === 'object' && value !== null ? { ...value } : {};
}
function mergeEnv(base, changes) {
    const env = Array.isArray(base) ? base.filter((e) => typeof e === 'string') : [];
    for (const pair of changes) {
        const key = pair.split('=', 1)[0];
        const at = env.findIndex((e) => e.split('=', 1)[0] === key);
        if (at === -1)
            env.push(pair);
        else
            env[at] = pair;
    }
    return env;
}
/** A config with the runtime settings changed; the base config is not modified. */
function config_withConfig(base, changes) {
    const next = runtime(base);
    if (changes.entrypoint) {
        next.Entrypoint = [...changes.entrypoint];
        // As a Dockerfile's ENTRYPOINT does: the base's CMD was written for the base's entrypoint.
        if (!changes.cmd)
            next.Cmd = null;
    }
    if (changes.cmd)
        next.Cmd = [...changes.cmd];
    if (changes.env?.length)
        next.Env = mergeEnv(next.Env, changes.env);
    if (changes.workdir)
        next.WorkingDir = changes.workdir;
    if (changes.user)
        next.User = changes.user;
    if (changes.ports?.length) {
        const ports = { ...(next.ExposedPorts ?? {}) };
        for (const port of changes.ports)
            ports[port.includes('/') ? port : `${port}/tcp`] = {};
        next.ExposedPorts = ports;
    }
    if (changes.labels && Object.keys(changes.labels).length) {
        next.Labels = { ...(next.Labels ?? {}), ...changes.labels };
    }
    if (changes.healthcheck)
        next.Healthcheck = { Test: [...changes.healthcheck] };
    return { ...base, config: next };
}
/** A config with layers appended to rootfs.diff_ids and one history entry each. */
function config_appendLayers(base, layers, created) {
    const rootfs = base.rootfs ?? {};
    const diffIds = Array.isArray(rootfs.diff_ids) ? [...rootfs.diff_ids] : [];
    const history = Array.isArray(base.history) ? [...base.history] : [];
    for (const layer of layers) {
        diffIds.push(layer.diffId);
        history.push({ created, created_by: layer.createdBy, comment: 'mlci build-image' });
    }
    return { ...base, rootfs: { type: 'layers', diff_ids: diffIds }, history };
}
/** A config whose `created` is fixed (SOURCE_DATE_EPOCH), for reproducible digests. */
function config_withCreated(base, created) {
    return { ...base, created };
}
/** RFC 3339 time of a SOURCE_DATE_EPOCH, as `created` fields want it. */
function epochTime(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

;// CONCATENATED MODULE: ./build/core/image/media-types.js
/** Media types of the two manifest families registries speak (reference/oci-images.md §2.4). */
const MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** Everything a manifest GET should accept, indexes first. */
const MANIFEST_ACCEPT = [
    MEDIA.ociIndex,
    MEDIA.dockerList,
    MEDIA.ociManifest,
    MEDIA.dockerManifest,
].join(', ');
/** True for an image index or a Docker manifest list. */
const isIndexType = (mediaType) => mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList;
/** True for a single-platform image manifest of either family. */
const isManifestType = (mediaType) => mediaType === MEDIA.ociManifest || mediaType === MEDIA.dockerManifest;
/** The family a manifest or index media type belongs to. */
const familyOf = (mediaType) => mediaType === MEDIA.dockerManifest || mediaType === MEDIA.dockerList ? 'docker' : 'oci';
/** The media types an image of a family uses. */
function media_types_familyTypes(family, compressed) {
    if (family === 'docker') {
        // Docker schema 2 has no uncompressed layer type in wide use; mlci never writes one there.
        return {
            manifest: MEDIA.dockerManifest,
            index: MEDIA.dockerList,
            config: MEDIA.dockerConfig,
            layer: MEDIA.dockerLayerGzip,
        };
    }
    return {
        manifest: MEDIA.ociManifest,
        index: MEDIA.ociIndex,
        config: MEDIA.ociConfig,
        layer: compressed ? MEDIA.ociLayerGzip : MEDIA.ociLayer,
    };
}

;// CONCATENATED MODULE: ./build/core/image/manifest.js


/** Serialises a JSON value once and hashes exactly those bytes. */
function manifest_jsonBlob(value, mediaType) {
    const bytes = Buffer.from(JSON.stringify(value));
    return { bytes, descriptor: { mediaType, digest: sha256(bytes), size: bytes.length } };
}
function annotated(annotations) {
    return annotations && Object.keys(annotations).length ? { annotations } : {};
}
/** An image manifest of the family; Docker schema 2 has no annotations, so they are left out there. */
function manifest_imageManifest(family, config, layers, annotations) {
    const types = familyTypes(family, true);
    const strip = ({ mediaType, digest, size }) => ({ mediaType, digest, size });
    return manifest_jsonBlob({
        schemaVersion: 2,
        mediaType: types.manifest,
        config: strip(config),
        layers: layers.map(strip),
        ...(family === 'oci' ? annotated(annotations) : {}),
    }, types.manifest);
}
/** An image index (or Docker manifest list) over per-platform manifests. */
function manifest_imageIndex(family, manifests, annotations) {
    const types = familyTypes(family, true);
    return manifest_jsonBlob({
        schemaVersion: 2,
        mediaType: types.index,
        manifests: manifests.map(({ mediaType, digest, size, platform }) => ({
            mediaType,
            digest,
            size,
            ...(platform ? { platform } : {}),
        })),
        ...(family === 'oci' ? annotated(annotations) : {}),
    }, types.index);
}

;// CONCATENATED MODULE: ./build/core/image/image.js



/** The empty base (`scratch`) for a platform. */
function scratch(platform) {
    return { platform, family: 'oci', config: scratchConfig(platform), layers: [] };
}
/**
 * The image of `layers` on top of `base` (ggcr's mutate.Append + mutate.Config + mutate.Time in one
 * step). Measures each built layer (its digest and diff_id) once; returns a new value.
 */
async function assembleImage(base, layers, options) {
    const built = [];
    for (const layer of layers) {
        built.push({
            descriptor: { mediaType: layer.mediaType(), digest: await layer.digest(), size: await layer.size() },
            layer,
            name: layer.name,
            origin: 'built',
        });
    }
    const appended = appendLayers(base.config, await Promise.all(layers.map(async (layer) => ({
        diffId: await layer.diffId(),
        createdBy: `mlci build-image: ${layer.role} layer "${layer.name}" (${layer.files} files)`,
    }))), options.created);
    const config = withCreated({
        ...withConfig(appended, options.changes),
        architecture: base.platform.architecture,
        os: base.platform.os,
    }, options.created);
    const types = familyTypes(base.family, true);
    const configBlob = jsonBlob(config, types.config);
    const all = [...base.layers, ...built];
    const manifest = imageManifest(base.family, configBlob.descriptor, all.map((l) => l.descriptor), options.annotations);
    return { kind: 'image', platform: base.platform, base, config: configBlob, manifest, layers: all };
}
/** An index over per-platform images, in the order given (the order of the `platforms` input). */
function assembleIndex(images, annotations) {
    const family = images[0]?.base.family ?? 'oci';
    const manifests = images.map((image) => ({ ...image.manifest.descriptor, platform: image.platform }));
    return { kind: 'index', manifest: imageIndex(family, manifests, annotations), images };
}
/** The images of an artifact. */
const imagesOf = (artifact) => artifact.kind === 'index' ? artifact.images : [artifact];

// EXTERNAL MODULE: ./build/core/train/canonical.js + 1 modules
var canonical = __webpack_require__(8487);
;// CONCATENATED MODULE: ./build/core/train/cache-artifact.js





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
        return `key-${(0,canonical/* sha256Hex */.f)(key)}`;
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
    return (0,canonical/* sha256Hex */.f)((0,canonical/* canonicalJson */.d)({ ...inputs, runtime: { lockfiles: inputs.runtime.lockfiles }, upstream: {} }));
}
/** The second tag of an entry: `p-<stage>-<portable key>` (2 + 57 + 1 + 64 = 124 characters at most). */
function portableTag(stage, inputs) {
    const safe = stage.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 57);
    return `p-${safe}-${portableKey(inputs)}`;
}
/** The config blob every entry shares: the two bytes `{}` (image-spec's empty descriptor). */
const emptyConfig = () => manifest_jsonBlob({}, EMPTY_CONFIG_TYPE);
/** The manifest of an entry; `inputs` (the fingerprint's inputs) travel as a JSON annotation. */
function cacheManifest(entry) {
    const parts = splitKey(entry.key);
    const config = emptyConfig().descriptor;
    return manifest_jsonBlob({
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
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
    }, MEDIA.ociManifest);
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
        throw new core_errors/* DataError */.fL('the cache entry manifest is not JSON');
    }
    if (value.artifactType !== CACHE_ARTIFACT_TYPE)
        throw new core_errors/* DataError */.fL(`the manifest is not a train cache entry (artifactType ${String(value.artifactType)})`);
    const annotations = (value.annotations ?? {});
    const text = (name) => (typeof annotations[name] === 'string' ? annotations[name] : '');
    const layers = Array.isArray(value.layers) ? value.layers : [];
    if (layers.length > MAX_FILES)
        throw new core_errors/* DataError */.fL(`the entry lists ${layers.length} files`);
    const seen = new Set();
    const files = layers.map((layer) => {
        const notes = (layer.annotations ?? {});
        const path = safeEntryPath(String(notes[TITLE] ?? ''));
        const digest = String(layer.digest ?? '');
        const size = layer.size;
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            throw new core_errors/* DataError */.fL(`"${path}" has digest "${digest}"`);
        if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
            throw new core_errors/* DataError */.fL(`"${path}" has size ${String(size)}`);
        if (seen.has(path))
            throw new core_errors/* DataError */.fL(`the entry lists "${path}" twice`);
        seen.add(path);
        return { path, sha256: digest.slice(7), size, executable: notes[EXECUTABLE] === 'true' };
    });
    let inputs = null;
    try {
        inputs = JSON.parse(text(INPUTS) || 'null');
    }
    catch {
        throw new core_errors/* DataError */.fL('the entry annotation with its inputs is not JSON');
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

;// CONCATENATED MODULE: ./build/core/image/retry.js
/**
 * Tier 2 (whole operations: a blob upload from HEAD to commit, a manifest PUT): 1 s then 3 s, as
 * ggcr's writer does (remote/options.go: duration 1 s, factor 3, 3 steps).
 */
const OPERATION_RETRY = { backoff: [1000, 3000], maxRetryAfter: 60_000 };
/** Tier 1 (one idempotent request inside the HTTP client): network blips only, 100 ms then 300 ms. */
const REQUEST_RETRY = { backoff: [100, 300], maxRetryAfter: 0 };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs `work` until it succeeds, the predicate refuses, or the policy's attempts are used up. */
async function withRetry(work, policy, hooks) {
    const sleep = hooks.sleep ?? realSleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await work(attempt);
        }
        catch (error) {
            const wait = policy.backoff[attempt - 1];
            if (wait === undefined || !hooks.retryIf(error))
                throw error;
            const asked = error?.retryAfterMs ?? 0;
            const ms = Math.max(wait, Math.min(asked, policy.maxRetryAfter));
            hooks.onRetry?.(error, attempt, ms);
            await sleep(ms);
        }
    }
}
// Network failures worth another attempt (ggcr's predicate: EOF, EPIPE, ECONNRESET, closed).
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** True for a dropped, refused or stalled connection (walks the cause chain). */
function isNetworkError(error) {
    for (let e = error, depth = 0; e && depth < 6; depth++) {
        const code = e.code;
        if (typeof code === 'string' && NETWORK_CODES.has(code))
            return true;
        e = e.cause;
    }
    return false;
}
/** Tier 2's predicate: a temporary registry error or a network failure. */
function isTemporary(error) {
    return error?.temporary === true || isNetworkError(error);
}

;// CONCATENATED MODULE: ./build/core/image/challenge.js
/** Parses the first challenge of a WWW-Authenticate header; undefined when there is none. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const pattern = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    for (const [, key, quoted, bare] of match[2].matchAll(pattern)) {
        params[key.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
    }
    return { scheme: match[1].toLowerCase(), params };
}
/** Token scopes for a push: the push scope first ("a few registries just look at the first scope", ggcr). */
function pushScopes(repository, mountFrom = []) {
    const scopes = [`repository:${repository}:pull,push`];
    for (const from of mountFrom)
        if (from !== repository)
            scopes.push(`repository:${from}:pull`);
    return [...new Set(scopes)];
}

;// CONCATENATED MODULE: ./build/platform/http/retryable.js
/**
 * HTTP statuses worth repeating an idempotent request for: timeouts, rate limits and server errors
 * (reliability §1.2, §1.5; ggcr remote/options.go defaultRetryStatusCodes). Shared by the GitHub client
 * and the registry client so that the two never drift apart.
 */
const RETRYABLE_STATUS = new Set([
    408,
    429,
    500,
    502,
    503,
    504,
    522, // Cloudflare: connection to the origin timed out, seen in front of GHES and registries
]);

;// CONCATENATED MODULE: ./build/platform/registry/errors.js





// The shared retryable statuses, plus one only registries are known to send.
const TEMPORARY_STATUS = new Set([
    ...RETRYABLE_STATUS,
    499, // nginx: client closed the request, seen in front of registries
]);
// OCI error codes that mean "try again" whatever the status (ggcr transport/error.go).
const TEMPORARY_CODES = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE']);
/** An answer from a registry that was not what the protocol step needed. Knows if it is worth a retry. */
class RegistryError extends core_errors/* MlciError */.sc {
    method;
    url;
    status;
    errors;
    retryAfterMs;
    name = 'RegistryError';
    /** Decided once, from the status and the OCI error codes. */
    temporary;
    constructor(method, url, status, errors, retryAfterMs, body) {
        const codes = errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ');
        // A HEAD has no body: fall back to the status text (and the challenge's error, for a 401).
        const detail = codes || body.trim().slice(0, 300) || external_node_http_.STATUS_CODES[status] || '';
        super(`${method} ${redact(url)}: ${status}${detail ? ` ${detail}` : ''}`, 1, {
            hint: hintFor(status, errors),
        });
        this.method = method;
        this.url = url;
        this.status = status;
        this.errors = errors;
        this.retryAfterMs = retryAfterMs;
        this.temporary = TEMPORARY_STATUS.has(status) || errors.some((e) => TEMPORARY_CODES.has(e.code));
    }
}
function hintFor(status, errors) {
    if (status === 401 || errors.some((e) => e.code === 'UNAUTHORIZED')) {
        return 'check the registry credentials (registry-username/registry-password, or GITHUB_TOKEN for ghcr.io)';
    }
    if (status === 403 || errors.some((e) => e.code === 'DENIED')) {
        return 'the credentials are valid but may not push here: for ghcr.io grant `permissions: packages: write` and link the package to the repository';
    }
    if (status === 429)
        return 'the registry is rate limiting; try again later or authenticate';
    return undefined;
}
function retryAfter(value) {
    const text = Array.isArray(value) ? value[0] : value;
    if (!text)
        return undefined;
    const seconds = Number(text);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
/** Resolves if the response has one of the `ok` statuses; otherwise reads the body and throws a RegistryError. */
async function checkStatus(response, method, ...ok) {
    if (ok.includes(response.status))
        return;
    const body = method === 'HEAD' ? '' : (await readBody(response).catch(() => Buffer.alloc(0))).toString('utf8');
    if (method === 'HEAD')
        response.body.resume();
    const challenge = parseChallenge(headerValue(response.headers['www-authenticate']));
    let errors = [];
    try {
        const parsed = JSON.parse(body);
        if (Array.isArray(parsed.errors)) {
            errors = parsed.errors
                .filter((e) => typeof e === 'object' && e !== null)
                .map((e) => ({
                code: String(e.code),
                ...(typeof e.message === 'string' ? { message: e.message } : {}),
            }));
        }
    }
    catch {
        // not JSON: the raw body (capped) goes into the message
    }
    // A HEAD has no body: the challenge's `error` (insufficient_scope, invalid_token) says why.
    const why = challenge?.params.error;
    if (!errors.length && why)
        errors = [{ code: response.status === 401 ? 'UNAUTHORIZED' : 'DENIED', message: why }];
    throw new RegistryError(method, response.url, response.status, errors, retryAfter(response.headers['retry-after']), body);
}
function headerValue(value) {
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./build/platform/registry/auth.js




/**
 * The authorization of one registry: Basic, or the Bearer token flow of the distribution token spec
 * (reference/oci-images.md §2.2). Tokens carry all scopes requested so far; a new scope or an expired
 * token means one new token request.
 */
class RegistryAuth {
    baseUrl;
    credentials;
    secret;
    challenge;
    pinged;
    token;
    /** The token request in flight: parallel uploads share it instead of each asking for one. */
    fetching;
    scopes = new Set();
    constructor(baseUrl, credentials, secret) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.secret = secret;
    }
    /** Adds token scopes (push scope first, as ggcr orders them); the next request fetches a new token. */
    want(scopes) {
        let added = false;
        for (const scope of scopes) {
            if (!this.scopes.has(scope)) {
                this.scopes.add(scope);
                added = true;
            }
        }
        if (added)
            this.token = undefined;
    }
    /** The Authorization header for the next request, or undefined for an anonymous registry. */
    async header() {
        this.pinged ??= this.ping().catch((error) => {
            this.pinged = undefined; // a failed ping is retried by the next request, not remembered
            throw error;
        });
        await this.pinged;
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic')
            return this.basic();
        if (challenge.scheme !== 'bearer') {
            throw new core_errors/* MlciError */.sc(`registry ${this.baseUrl} asks for "${challenge.scheme}" authentication, which mlci does not speak`, 1);
        }
        if (!this.token || Date.now() > this.token.expiresAt) {
            this.fetching ??= this.fetchToken(challenge).finally(() => {
                this.fetching = undefined;
            });
            this.token = await this.fetching;
        }
        return `Bearer ${this.token.value}`;
    }
    /** After a 401: adopt the new challenge's scope and drop the token. False if that cannot help. */
    refresh(wwwAuthenticate) {
        const next = parseChallenge(wwwAuthenticate);
        if (!next)
            return false;
        const scope = next.params.scope;
        if (scope)
            for (const s of scope.split(' '))
                this.scopes.add(s);
        const hadToken = this.token !== undefined || this.challenge?.scheme === 'basic';
        this.challenge = next;
        this.token = undefined;
        return !hadToken || scope !== undefined;
    }
    async ping() {
        const response = await send({ method: 'GET', url: `${this.baseUrl}/v2/`, idleTimeoutMs: 30_000 });
        response.body.resume();
        if (response.status === 401)
            this.challenge = parseChallenge(headerText(response.headers['www-authenticate']));
        else if (response.status !== 200)
            await checkStatus(response, 'GET', 200);
    }
    basic() {
        if (this.credentials.kind !== 'basic') {
            throw new core_errors/* MlciError */.sc(`registry ${this.baseUrl} needs a username and password`, 1, {
                hint: 'set registry-username and registry-password (or docker login so ~/.docker/config.json has them)',
            });
        }
        const value = Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64');
        this.secret(value);
        return `Basic ${value}`;
    }
    async fetchToken(challenge) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new core_errors/* MlciError */.sc(`registry ${this.baseUrl} sent a Bearer challenge without a realm`, 1);
        const url = new URL(realm);
        // Never send credentials over plain http to a realm of a TLS registry (ggcr transport/bearer.go).
        if (this.baseUrl.startsWith('https:') && url.protocol !== 'https:') {
            throw new core_errors/* MlciError */.sc(`registry ${this.baseUrl} points its token realm at ${url.protocol}//${url.host}; refusing to send credentials over http`, 1);
        }
        const service = challenge.params.service;
        const scopes = [...this.scopes];
        let response;
        if (this.credentials.kind === 'identity-token') {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: this.credentials.token,
                client_id: 'mlci',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            response = await send({
                method: 'POST',
                url: url.href,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
            });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (this.credentials.kind === 'basic')
                headers.authorization = this.basic();
            response = await send({ method: 'GET', url: url.href, headers });
        }
        await checkStatus(response, 'GET', 200);
        const body = JSON.parse((await readBody(response, 1024 * 1024, 'error')).toString('utf8'));
        const value = typeof body.token === 'string'
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!value)
            throw new core_errors/* MlciError */.sc(`token endpoint ${url.origin}${url.pathname} returned no token`, 1);
        this.secret(value);
        // Default lifetime 60 s (token spec); renew 10 s early so a request never starts with a dead token.
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        return { value, expiresAt: Date.now() + Math.max(5, lifetime - 10) * 1000 };
    }
}
/** A header value as one string. */
function headerText(value) {
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./build/platform/registry/client.js










const client_LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
const MANIFEST_LIMIT = 100 * 1024 * 1024; // ggcr reads manifests with a 100 MiB cap (fetcher.go)
/** A distribution-API client for one registry: the protocol steps, each one HTTP exchange or a few. */
class RegistryClient {
    registry;
    baseUrl;
    auth;
    idle;
    constructor(registry, options = {}) {
        this.registry = registry;
        const host = apiHost(registry);
        const plain = client_LOOPBACK.test(host) || (options.insecure ?? []).includes(registry);
        this.baseUrl = `${plain ? 'http' : 'https'}://${host}`;
        this.auth = new RegistryAuth(this.baseUrl, options.credentials ?? { kind: 'anonymous' }, options.secret ?? (() => { }));
        this.idle = options.idleTimeoutMs ?? 60_000;
    }
    /** Token scopes needed from now on (push to `repository`, pull from `mountFrom`). */
    prepare(repository, mode, mountFrom = []) {
        this.auth.want(mode === 'push' ? pushScopes(repository, mountFrom) : [`repository:${repository}:pull`]);
    }
    /** Sends one exchange: auth header, one re-auth on 401, tier-1 retries for idempotent network blips. */
    async call(call) {
        const idempotent = ['GET', 'HEAD', 'PUT'].includes(call.method) && typeof call.body !== 'function';
        const once = async () => {
            for (let attempt = 0;; attempt++) {
                const url = this.resolve(call.target);
                const headers = { ...call.headers };
                const authorization = await this.auth.header();
                // Credentials go to the registry's own origin only: an upload Location elsewhere gets none.
                if (authorization && url.startsWith(`${this.baseUrl}/`))
                    headers.authorization = authorization;
                const body = typeof call.body === 'function' ? await call.body() : call.body;
                const response = await send({
                    method: call.method,
                    url,
                    headers,
                    body,
                    followRedirects: call.follow,
                    idleTimeoutMs: this.idle,
                });
                if (response.status === 401 &&
                    attempt === 0 &&
                    this.auth.refresh(headerText(response.headers['www-authenticate']))) {
                    response.body.resume();
                    if (body && typeof body.destroy === 'function')
                        body.destroy();
                    continue;
                }
                if (!call.ok.includes(response.status))
                    await checkStatus(response, call.method, ...call.ok);
                return response;
            }
        };
        if (call.noRetry || !idempotent)
            return once();
        return withRetry(once, REQUEST_RETRY, { retryIf: isNetworkError });
    }
    /** Absolute URL of a path or Location; a Location on a private host other than the registry is refused (SSRF). */
    resolve(target) {
        const url = new URL(target, `${this.baseUrl}/`);
        const base = new URL(this.baseUrl);
        if (url.host !== base.host) {
            const privateHost = /^(localhost|127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0|\[)/.test(url.hostname);
            if (privateHost || url.protocol !== 'https:') {
                throw new core_errors/* MlciError */.sc(`registry ${this.registry} sent an upload location on another host (${redact(url.href)}); refusing it`, 1, {
                    hint: 'a registry may redirect uploads only to a public https host',
                });
            }
        }
        return url.href;
    }
    /** True if the repository already has the blob (HEAD → 200). */
    async hasBlob(repository, digest) {
        const response = await this.call({
            method: 'HEAD',
            target: `/v2/${repository}/blobs/${digest}`,
            ok: [200, 404],
            follow: true,
        });
        response.body.resume();
        return response.status === 200;
    }
    /**
     * Starts an upload; with `mountFrom`, asks to mount the blob from another repository of this registry.
     * Returns 'mounted', or the Location to upload to (a registry may answer a mount with 202 = upload).
     */
    async startUpload(repository, mount) {
        const query = mount ? `?mount=${mount.digest}&from=${encodeURIComponent(mount.from)}` : '';
        const response = await this.call({
            method: 'POST',
            target: `/v2/${repository}/blobs/uploads/${query}`,
            ok: [201, 202],
            noRetry: true,
        });
        response.body.resume();
        if (response.status === 201 && mount)
            return 'mounted';
        return this.location(response);
    }
    /** PUTs manifest bytes under a tag or digest; checks the registry's digest against ours. */
    async putManifest(repository, reference, bytes, mediaType) {
        const response = await this.call({
            method: 'PUT',
            target: `/v2/${repository}/manifests/${reference}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            ok: [201, 200],
            noRetry: true,
        });
        response.body.resume();
        const ours = sha256(bytes);
        const theirs = headerText(response.headers['docker-content-digest']);
        if (theirs && isDigest(theirs) && theirs !== ours) {
            throw new core_errors/* MlciError */.sc(`${this.registry}/${repository}: the registry stored manifest ${theirs}, but we sent ${ours}`, 1);
        }
        return ours;
    }
    /** GETs a manifest or index; a manifest asked for by digest must hash to it (REG-10). */
    async getManifest(repository, reference) {
        const response = await this.call({
            method: 'GET',
            target: `/v2/${repository}/manifests/${reference}`,
            headers: { accept: MANIFEST_ACCEPT },
            ok: [200],
            follow: true,
        });
        const bytes = await readBody(response, MANIFEST_LIMIT, 'error');
        const digest = sha256(bytes);
        if (isDigest(reference) && digest !== reference) {
            throw new core_errors/* MlciError */.sc(`${this.registry}/${repository}@${reference}: the registry returned content with digest ${digest}`, 1);
        }
        let mediaType = headerText(response.headers['content-type'])?.split(';')[0]?.trim() ?? '';
        try {
            const parsed = JSON.parse(bytes.toString('utf8'));
            if (typeof parsed.mediaType === 'string')
                mediaType = parsed.mediaType;
        }
        catch {
            throw new core_errors/* MlciError */.sc(`${this.registry}/${repository}:${reference} is not a JSON manifest`, 1);
        }
        return { bytes, mediaType, digest };
    }
    /** True if the repository has a manifest with this digest (HEAD). */
    async hasManifest(repository, digest) {
        const response = await this.call({
            method: 'HEAD',
            target: `/v2/${repository}/manifests/${digest}`,
            headers: { accept: MANIFEST_ACCEPT },
            ok: [200, 404],
        });
        response.body.resume();
        return response.status === 200;
    }
    /** Opens a blob for reading (redirects to a storage host are followed without credentials). */
    async openBlob(repository, digest) {
        const response = await this.call({
            method: 'GET',
            target: `/v2/${repository}/blobs/${digest}`,
            ok: [200],
            follow: true,
        });
        return response.body;
    }
    /**
     * A blob GET for a downloader of its own (the restore's worker threads, platform/cache/blob-writers.ts):
     * the URL and the registry's Authorization, as call() would send them. Undefined when the registry is
     * reached through a proxy (or the proxy variables are invalid): such requests stay with openBlob().
     * The downloader follows redirects with send()'s rules and hands a 401 back (then openBlob re-auths).
     */
    async blobRequest(repository, digest) {
        const url = this.resolve(`/v2/${repository}/blobs/${digest}`);
        try {
            if (proxyFor(new URL(url), process.env))
                return undefined;
        }
        catch {
            return undefined;
        }
        // A redirect to a host of a scheme with a proxy variable set (whatever NO_PROXY says) goes to openBlob.
        const set = (name) => Boolean((process.env[name.toLowerCase()] ?? process.env[name])?.trim());
        const proxied = { 'http:': set('HTTP_PROXY'), 'https:': set('HTTPS_PROXY') };
        const headers = {};
        const authorization = await this.auth.header();
        if (authorization)
            headers.authorization = authorization;
        return { url, headers, idleTimeoutMs: this.idle, proxied };
    }
    /** Every tag of a repository (GET /v2/<name>/tags/list, following the Link header's pages). */
    async listTags(repository) {
        const tags = [];
        let target = `/v2/${repository}/tags/list?n=1000`;
        for (let page = 0; target && page < 1000; page++) {
            const response = await this.call({ method: 'GET', target, ok: [200, 404] });
            const body = await readBody(response, MANIFEST_LIMIT);
            if (response.status === 404)
                return tags;
            const value = JSON.parse(body.toString('utf8'));
            if (Array.isArray(value.tags))
                tags.push(...value.tags.filter((t) => typeof t === 'string'));
            // Link: </v2/name/tags/list?last=x&n=1000>; rel="next" (distribution spec, content discovery).
            const link = headerText(response.headers.link);
            target = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        }
        return tags;
    }
    /**
     * Deletes a manifest by digest, which removes every tag pointing at it. Registries that do not allow
     * deletion answer 405 (docker-registry without REGISTRY_STORAGE_DELETE_ENABLED) or 403/401 (no delete
     * scope): that error goes to the caller as is.
     */
    async deleteManifest(repository, digest) {
        const response = await this.call({
            method: 'DELETE',
            target: `/v2/${repository}/manifests/${digest}`,
            ok: [202, 200],
            noRetry: true,
        });
        response.body.resume();
    }
    /** The absolute Location of an upload answer. */
    location(response) {
        const location = headerText(response.headers.location);
        if (!location)
            throw new core_errors/* MlciError */.sc(`${this.registry}: upload answer ${response.status} has no Location header`, 1);
        return new URL(location, response.url).href;
    }
}
/** An upload Location with `digest=` set (the commit of an upload). */
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url.href;
}

;// CONCATENATED MODULE: ./build/platform/registry/upload.js

// The three ways blob bytes travel (reference/oci-images.md §2.3). Every request here is sent with
// noRetry: pushImage retries the whole upload from a new session (tier 2), never a consumed stream.
/** Streamed upload: one PATCH with the whole body and no Content-Range, then PUT ?digest= (distribution#930). */
async function uploadStreamed(client, location, open, digest) {
    const patched = await client.call({
        method: 'PATCH',
        target: location,
        headers: { 'content-type': 'application/octet-stream' },
        body: open,
        ok: [202, 204],
        noRetry: true,
    });
    patched.body.resume();
    await commit(client, client.location(patched), digest);
}
/** Monolithic upload: one PUT of the whole body with its length and digest. */
async function uploadMonolithic(client, location, open, size, digest) {
    const response = await client.call({
        method: 'PUT',
        target: withDigest(location, digest),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
        body: open,
        ok: [201],
        noRetry: true,
    });
    response.body.resume();
}
/** Chunked upload: PATCHes with Content-Range of at most `chunkSize` bytes (GHCR caps chunks at 4 MiB). */
async function uploadChunked(client, location, open, chunkSize, digest) {
    let at = location;
    let offset = 0;
    let pending = [];
    let pendingBytes = 0;
    const flush = async () => {
        if (pendingBytes === 0)
            return;
        const chunk = Buffer.concat(pending, pendingBytes);
        const response = await client.call({
            method: 'PATCH',
            target: at,
            headers: {
                'content-type': 'application/octet-stream',
                'content-range': `${offset}-${offset + chunk.length - 1}`,
                'content-length': String(chunk.length),
            },
            body: chunk,
            ok: [202, 204],
            noRetry: true,
        });
        response.body.resume();
        at = client.location(response);
        offset += chunk.length;
        pending = [];
        pendingBytes = 0;
    };
    for await (const piece of await open()) {
        let buffer = piece;
        while (buffer.length > 0) {
            const take = Math.min(buffer.length, chunkSize - pendingBytes);
            pending.push(buffer.subarray(0, take));
            pendingBytes += take;
            buffer = buffer.subarray(take);
            if (pendingBytes === chunkSize)
                await flush();
        }
    }
    await flush();
    await commit(client, at, digest);
}
async function commit(client, location, digest) {
    const response = await client.call({
        method: 'PUT',
        target: withDigest(location, digest),
        headers: { 'content-length': '0' },
        body: Buffer.alloc(0),
        ok: [201],
        noRetry: true,
    });
    response.body.resume();
}

;// CONCATENATED MODULE: ./build/platform/registry/push.js






const DEFAULTS = {
    jobs: 4, // ggcr's defaultJobs (remote/options.go); the issue asks for 2–4 parallel uploads
    retry: OPERATION_RETRY, // tier 2: the whole blob upload, 1 s then 3 s
    upload: 'streamed', // one pass, no Content-Range: accepted by distribution, ghcr, Docker Hub
    chunkSize: (4 * 1024 * 1024), // GHCR refuses Content-Range chunks above 4 MiB (ocx-sh/ocx#237)
};
/**
 * Pushes an image or index to `repository` of the client's registry, in the only safe order: every
 * blob (2–4 at a time; HEAD to skip, mount from the base's repository, else upload), then the
 * per-platform manifests and the index by digest, a check that the registry serves that digest, and
 * only then the tags — so a tag never points at a half-pushed image.
 */
async function pushImage(client, repository, artifact, tags, options = {}) {
    const settings = { ...DEFAULTS, ...options };
    const images = imagesOf(artifact);
    const mountFrom = new Set();
    const pending = new Map();
    for (const image of images) {
        for (const layer of image.layers) {
            if (layer.source?.registry === client.registry && layer.source.repository !== repository)
                mountFrom.add(layer.source.repository);
            const d = layer.descriptor;
            if (!pending.has(d.digest))
                pending.set(d.digest, {
                    digest: d.digest,
                    name: layer.name,
                    kind: 'layer',
                    mediaType: d.mediaType,
                    size: d.size,
                    layer,
                    source: layer.source,
                });
        }
        const c = image.config.descriptor;
        // A promoted image's config is mounted like its layers (the docs promise every blob is).
        const configSource = image.configSource;
        if (configSource?.registry === client.registry && configSource.repository !== repository)
            mountFrom.add(configSource.repository);
        pending.set(c.digest, {
            digest: c.digest,
            name: `config ${image.platform.architecture}`,
            kind: 'config',
            mediaType: c.mediaType,
            size: c.size,
            bytes: image.config.bytes,
            source: configSource,
        });
    }
    client.prepare(repository, 'push', [...mountFrom]);
    const retry = (what, work) => withRetry(work, settings.retry, {
        retryIf: isTemporary,
        sleep: settings.sleep,
        onRetry: (error, attempt, ms) => settings.warn?.(`retrying ${what} in ${ms / 1000} s (attempt ${attempt} failed: ${error instanceof core_errors/* MlciError */.sc ? error.message : (0,core_errors/* messageOf */.bD)(error)})`),
    });
    const blobs = await pool([...pending.values()], settings.jobs, async (blob) => {
        const started = performance.now();
        let sent = 0;
        let attempts = 0;
        const action = await retry(`upload of ${blob.digest} (${blob.name})`, async () => {
            attempts++;
            return uploadBlob(client, repository, blob, settings, (n) => {
                sent += n;
                settings.onProgress?.(blob.name, sent, blob.size);
            });
        }).catch((error) => {
            throw wrap(error, `upload of ${blob.name} ${blob.digest} to ${client.registry}/${repository}`);
        });
        const result = {
            digest: blob.digest,
            name: blob.name,
            kind: blob.kind,
            action,
            mediaType: blob.mediaType,
            size: blob.size,
            bytesSent: sent,
            seconds: (performance.now() - started) / 1000,
            attempts,
        };
        settings.onBlob?.(result);
        return result;
    });
    const put = (blob, reference) => retry(`manifest ${reference}`, () => client.putManifest(repository, reference, blob.bytes, blob.descriptor.mediaType)).catch((error) => {
        throw wrap(error, `manifest PUT ${client.registry}/${repository}:${reference}`);
    });
    // REG-14: a registry that lost (or garbage-collected) a blob between our HEAD and the manifest PUT
    // answers MANIFEST_BLOB_UNKNOWN; upload that image's blobs again (HEAD skips the present ones), once.
    const putImage = (image) => put(image.manifest, image.manifest.descriptor.digest).catch(async (error) => {
        if (!(error instanceof RegistryError && error.errors.some((e) => e.code === 'MANIFEST_BLOB_UNKNOWN')))
            throw error;
        settings.warn?.(`${error.message}; uploading the blobs of ${image.manifest.descriptor.digest} again`);
        for (const descriptor of [...image.layers.map((l) => l.descriptor), image.config.descriptor]) {
            const blob = pending.get(descriptor.digest);
            await retry(`upload of ${blob.digest} (${blob.name})`, () => uploadBlob(client, repository, blob, settings, () => { }));
        }
        return put(image.manifest, image.manifest.descriptor.digest);
    });
    for (const image of images)
        await putImage(image);
    const top = artifact.manifest;
    const digest = artifact.kind === 'index' ? await put(top, top.descriptor.digest) : top.descriptor.digest;
    // Eventual consistency (REG-13): only a digest the registry serves goes into tags and outputs.
    await retry(`check of ${digest}`, async () => {
        if (!(await client.hasManifest(repository, digest))) {
            throw Object.assign(new core_errors/* MlciError */.sc(`${client.registry}/${repository}@${digest} is not served after its PUT`, 1), { temporary: true });
        }
    });
    const pushed = [];
    for (const tag of tags) {
        await put(top, tag).catch((error) => {
            throw new core_errors/* MlciError */.sc(`${(0,core_errors/* messageOf */.bD)(error)} (the image ${digest} is pushed and complete; tags set: ${pushed.join(', ') || 'none'})`, 1, {
                hint: 'run the step again: blobs and manifests are found by digest, only the tags are retried',
                cause: error,
            });
        });
        pushed.push(tag);
    }
    return { digest, mediaType: top.descriptor.mediaType, blobs, tags: pushed };
}
async function uploadBlob(client, repository, blob, settings, count) {
    if (await client.hasBlob(repository, blob.digest))
        return 'skipped';
    const source = blob.source;
    const mount = source?.registry === client.registry && source.repository !== repository
        ? { digest: blob.digest, from: source.repository }
        : undefined;
    const location = await client.startUpload(repository, mount);
    if (location === 'mounted')
        return 'mounted';
    const open = async () => {
        const stream = blob.bytes ? external_node_stream_.Readable.from([blob.bytes]) : await blob.layer.layer.compressed();
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                count(chunk.length);
                done(null, chunk);
            },
        });
        stream.on('error', (error) => counter.destroy(error));
        return stream.pipe(counter);
    };
    if (settings.upload === 'chunked')
        await uploadChunked(client, location, open, settings.chunkSize, blob.digest);
    else if (settings.upload === 'monolithic')
        await uploadMonolithic(client, location, open, blob.size, blob.digest);
    else
        await uploadStreamed(client, location, open, blob.digest);
    return 'uploaded';
}
function wrap(error, what) {
    if (error instanceof core_errors/* MlciError */.sc)
        return error;
    return new core_errors/* MlciError */.sc(`${what} failed: ${(0,core_errors/* messageOf */.bD)(error)}`, 1, { cause: error });
}
/** Runs `work` over items with at most `jobs` at a time; results keep the items' order. */
async function pool(items, jobs, work) {
    const results = new Array(items.length);
    let next = 0;
    const lanes = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await work(items[i]);
        }
    });
    await Promise.all(lanes);
    return results;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
                return reject(new core_errors/* MlciError */.sc(`GET ${redact(request.url)}: the download of "${label}" failed (${answer.code}: ${answer.error})`, 1, { cause }));
            reject(new core_errors/* MlciError */.sc(`downloading "${label}" from ${redact(request.url)}: ${answer.error}`, 1, { cause }));
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
const notFound = (error) => error instanceof RegistryError && error.status === 404;
/** A file of the workspace as a registry layer: raw bytes, digest = the file's sha256 (no compression). */
function fileLayer(root, file) {
    const digest = `sha256:${file.sha256}`;
    const layer = {
        digest: async () => digest,
        diffId: async () => digest,
        size: async () => file.size,
        mediaType: () => CACHE_FILE_TYPE,
        compressed: async () => (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, file.path), { highWaterMark: 1024 * 1024 }),
    };
    return {
        descriptor: { mediaType: CACHE_FILE_TYPE, digest, size: file.size },
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
            await checkStatus(response, 'GET', 200).catch(missing); // throws: the status is not 200
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
        return manifest ? parseCacheManifest(manifest.bytes) : undefined;
    };
    const lookupPortable = async (stage, inputs) => {
        const entry = await fetchEntry(portableTag(stage, inputs));
        if (!entry)
            return undefined;
        // As CACHE-07 for the key: the inputs inside must give the same portable key.
        const inside = entry.inputs;
        if (!inside?.runtime || portableKey(inside) !== portableKey(inputs) || entry.stage !== stage)
            throw new core_errors/* DataError */.fL(`${where}:${portableTag(stage, inputs)} holds the entry of other inputs`);
        return entry;
    };
    const lookup = async (key) => {
        const entry = await fetchEntry(cacheTag(key));
        if (!entry)
            return undefined;
        // CACHE-07: the key inside must be the one asked for (a tag is only an index into the entries).
        if (entry.key !== key)
            throw new core_errors/* DataError */.fL(`${where}:${cacheTag(key)} holds the entry of another key`);
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
            await pool(order, jobs, async ([first, ...copies]) => {
                if (errors.length)
                    return;
                try {
                    const target = (0,external_node_path_.join)(staging, first.path);
                    await withRetry(() => fetchVerified(client, repository, first, target, writers, leftWorker), OPERATION_RETRY, {
                        retryIf: isTemporary,
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
                const base = scratch({ os: 'unknown', architecture: 'unknown' });
                const image = {
                    kind: 'image',
                    platform: base.platform,
                    base,
                    config: emptyConfig(),
                    manifest: cacheManifest({
                        key: manifest.key,
                        created: (options.now?.() ?? new Date()).toISOString(),
                        inputs: manifest.inputs,
                        files,
                    }),
                    layers: files.map((file) => fileLayer(root, file)),
                };
                const results = [];
                const stage = splitKey(manifest.key)?.stage;
                const tags = [cacheTag(manifest.key), ...(stage ? [portableTag(stage, manifest.inputs)] : [])];
                await pushImage(client, repository, image, tags, {
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

;// CONCATENATED MODULE: ./build/core/image/docker-config.js
// Keys docker login writes for Docker Hub; other registries are keyed by host (sometimes with scheme).
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
function keysFor(registry) {
    if (['docker.io', 'registry-1.docker.io', 'index.docker.io'].includes(registry))
        return HUB_KEYS;
    return [
        registry,
        `https://${registry}`,
        `http://${registry}`,
        `https://${registry}/v1/`,
        `https://${registry}/v2/`,
    ];
}
/**
 * Reads credentials for `registry` from a parsed docker config.json, defensively: `auths.<host>.auth`
 * (base64 "user:password"), `username`/`password`, `identitytoken`. A credHelpers/credsStore entry is
 * reported, not run (spawning helpers is out of scope; docker/login-action writes `auths`).
 */
function lookupDockerConfig(config, registry) {
    if (typeof config !== 'object' || config === null)
        return { secrets: [] };
    const { auths, credHelpers, credsStore } = config;
    const keys = keysFor(registry);
    const entries = typeof auths === 'object' && auths !== null ? auths : {};
    for (const key of keys) {
        const entry = entries[key];
        if (typeof entry !== 'object' || entry === null)
            continue;
        const { auth, username, password, identitytoken } = entry;
        if (typeof identitytoken === 'string' && identitytoken) {
            return { credentials: { kind: 'identity-token', token: identitytoken }, secrets: [identitytoken] };
        }
        if (typeof auth === 'string' && auth) {
            const decoded = Buffer.from(auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0) {
                const password = decoded.slice(colon + 1);
                return {
                    credentials: { kind: 'basic', username: decoded.slice(0, colon), password },
                    secrets: [auth, password],
                };
            }
        }
        if (typeof username === 'string' && typeof password === 'string' && username) {
            return { credentials: { kind: 'basic', username, password }, secrets: [password] };
        }
    }
    const helpers = typeof credHelpers === 'object' && credHelpers !== null ? credHelpers : {};
    const helper = keys.map((k) => helpers[k]).find((h) => typeof h === 'string') ?? credsStore;
    return typeof helper === 'string' && helper ? { helper, secrets: [] } : { secrets: [] };
}

;// CONCATENATED MODULE: ./build/platform/registry/credentials.js




/**
 * Credentials for one registry, first match wins: explicit inputs; the workflow token for ghcr.io (user
 * GITHUB_ACTOR); docker config.json ($DOCKER_CONFIG/config.json or ~/.docker/config.json, as
 * docker/login-action writes it); else anonymous. A credential helper is reported, not run.
 */
async function resolveCredentials(registry, inputs) {
    if (inputs.password) {
        return {
            credentials: {
                kind: 'basic',
                username: inputs.username || inputs.env.GITHUB_ACTOR || 'mlci',
                password: inputs.password,
            },
            from: inputs.inputNames ?? 'registry-username/registry-password',
            secrets: [inputs.password],
        };
    }
    const token = inputs.githubToken || inputs.env.GITHUB_TOKEN;
    if (registry === 'ghcr.io' && token) {
        return {
            credentials: {
                kind: 'basic',
                username: inputs.username || inputs.env.GITHUB_ACTOR || 'github-actions',
                password: token,
            },
            from: inputs.githubToken ? 'github-token' : 'GITHUB_TOKEN',
            secrets: [token],
        };
    }
    const dir = inputs.env.DOCKER_CONFIG || (0,external_node_path_.join)(inputs.env.HOME || (0,external_node_os_.homedir)(), '.docker');
    const path = (0,external_node_path_.join)(dir, 'config.json');
    const config = await (0,promises_.readFile)(path, 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
    const found = lookupDockerConfig(config, registry);
    if (found.credentials)
        return { credentials: found.credentials, from: path, secrets: found.secrets };
    return {
        credentials: { kind: 'anonymous' },
        from: 'anonymous',
        secrets: [],
        ...(found.helper
            ? {
                warning: `${path} names credential helper "docker-credential-${found.helper}" for ${registry}; mlci does not run helpers, so it continues without credentials (pass registry-username/registry-password or use docker/login-action, which writes "auths")`,
            }
            : {}),
    };
}

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
    const resolved = await resolveCredentials(registry, {
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
    return new RegistryClient(registry, {
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
    const parsed = parseReference(ref, 'cache-registry');
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
