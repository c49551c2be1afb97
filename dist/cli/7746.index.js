export const id = 7746;
export const ids = [7746];
export const modules = {

/***/ 83457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ pushScopes),
/* harmony export */   x: () => (/* binding */ parseChallenge)
/* harmony export */ });
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


/***/ }),

/***/ 90116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ withConfig),
/* harmony export */   Rl: () => (/* binding */ epochTime),
/* harmony export */   nE: () => (/* binding */ appendLayers),
/* harmony export */   z6: () => (/* binding */ withCreated),
/* harmony export */   zc: () => (/* binding */ scratchConfig)
/* harmony export */ });
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
function withConfig(base, changes) {
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
function appendLayers(base, layers, created) {
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
function withCreated(base, created) {
    return { ...base, created };
}
/** RFC 3339 time of a SOURCE_DATE_EPOCH, as `created` fields want it. */
function epochTime(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 80046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The sha256 digest of some bytes. */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** True if `text` is a well-formed sha256 digest (the only algorithm mlci writes or accepts). */
function isDigest(text) {
    return DIGEST.test(text);
}
/** The hex part of a digest, as used in `blobs/sha256/<hex>` paths. */
function hexOf(digest) {
    return digest.slice('sha256:'.length);
}


/***/ }),

/***/ 78701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ scratch),
/* harmony export */   Hw: () => (/* binding */ assembleIndex),
/* harmony export */   IC: () => (/* binding */ imagesOf),
/* harmony export */   al: () => (/* binding */ assembleImage)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90116);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64803);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8296);



/** The empty base (`scratch`) for a platform. */
function scratch(platform) {
    return { platform, family: 'oci', config: (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .scratchConfig */ .zc)(platform), layers: [] };
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
    const appended = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .appendLayers */ .nE)(base.config, await Promise.all(layers.map(async (layer) => ({
        diffId: await layer.diffId(),
        createdBy: `mlci build-image: ${layer.role} layer "${layer.name}" (${layer.files} files)`,
    }))), options.created);
    const config = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .withCreated */ .z6)({
        ...(0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .withConfig */ .NV)(appended, options.changes),
        architecture: base.platform.architecture,
        os: base.platform.os,
    }, options.created);
    const types = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .familyTypes */ .uT)(base.family, true);
    const configBlob = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonBlob */ .q2)(config, types.config);
    const all = [...base.layers, ...built];
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .imageManifest */ .Bz)(base.family, configBlob.descriptor, all.map((l) => l.descriptor), options.annotations);
    return { kind: 'image', platform: base.platform, base, config: configBlob, manifest, layers: all };
}
/** An index over per-platform images, in the order given (the order of the `platforms` input). */
function assembleIndex(images, annotations) {
    const family = images[0]?.base.family ?? 'oci';
    const manifests = images.map((image) => ({ ...image.manifest.descriptor, platform: image.platform }));
    return { kind: 'index', manifest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .imageIndex */ .sS)(family, manifests, annotations), images };
}
/** The images of an artifact. */
const imagesOf = (artifact) => artifact.kind === 'index' ? artifact.images : [artifact];


/***/ }),

/***/ 64803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ imageManifest),
/* harmony export */   q2: () => (/* binding */ jsonBlob),
/* harmony export */   sS: () => (/* binding */ imageIndex)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80046);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8296);


/** Serialises a JSON value once and hashes exactly those bytes. */
function jsonBlob(value, mediaType) {
    const bytes = Buffer.from(JSON.stringify(value));
    return { bytes, descriptor: { mediaType, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(bytes), size: bytes.length } };
}
function annotated(annotations) {
    return annotations && Object.keys(annotations).length ? { annotations } : {};
}
/** An image manifest of the family; Docker schema 2 has no annotations, so they are left out there. */
function imageManifest(family, config, layers, annotations) {
    const types = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .familyTypes */ .uT)(family, true);
    const strip = ({ mediaType, digest, size }) => ({ mediaType, digest, size });
    return jsonBlob({
        schemaVersion: 2,
        mediaType: types.manifest,
        config: strip(config),
        layers: layers.map(strip),
        ...(family === 'oci' ? annotated(annotations) : {}),
    }, types.manifest);
}
/** An image index (or Docker manifest list) over per-platform manifests. */
function imageIndex(family, manifests, annotations) {
    const types = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .familyTypes */ .uT)(family, true);
    return jsonBlob({
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


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   uT: () => (/* binding */ familyTypes)
/* harmony export */ });
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
function familyTypes(family, compressed) {
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


/***/ }),

/***/ 43910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony export exempt */
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


/***/ }),

/***/ 19349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ checkTag),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80046);


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
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} "${input}" is not valid: ${why}`, {
        hint: 'write it as registry/name[:tag][@sha256:…], e.g. ghcr.io/acme/model:v1',
    });
    if (input === '')
        throw fail('it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        const d = rest.slice(at + 1);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag "${tag}" is not valid`, {
            hint: 'a tag is up to 128 characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
        });
    }
    return tag;
}


/***/ }),

/***/ 68858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ REQUEST_RETRY),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   Z5: () => (/* binding */ OPERATION_RETRY),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   ey: () => (/* binding */ isTemporary)
/* harmony export */ });
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


/***/ }),

/***/ 18761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RETRYABLE_STATUS)
/* harmony export */ });
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


/***/ }),

/***/ 9697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient),
  h: () => (/* binding */ withDigest)
});

// EXTERNAL MODULE: ./build/core/image/challenge.js
var challenge = __webpack_require__(83457);
// EXTERNAL MODULE: ./build/core/image/digest.js
var image_digest = __webpack_require__(80046);
// EXTERNAL MODULE: ./build/core/image/media-types.js
var media_types = __webpack_require__(8296);
// EXTERNAL MODULE: ./build/core/image/proxy-env.js
var proxy_env = __webpack_require__(43910);
// EXTERNAL MODULE: ./build/core/image/reference.js
var reference = __webpack_require__(19349);
// EXTERNAL MODULE: ./build/core/image/retry.js
var retry = __webpack_require__(68858);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/platform/registry/errors.js
var registry_errors = __webpack_require__(29241);
// EXTERNAL MODULE: ./build/platform/registry/http.js
var http = __webpack_require__(86078);
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
            throw new errors/* MlciError */.sc(`registry ${this.baseUrl} asks for "${challenge.scheme}" authentication, which mlci does not speak`, 1);
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
        const next = (0,challenge/* parseChallenge */.x)(wwwAuthenticate);
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
        const response = await (0,http/* send */.tN)({ method: 'GET', url: `${this.baseUrl}/v2/`, idleTimeoutMs: 30_000 });
        response.body.resume();
        if (response.status === 401)
            this.challenge = (0,challenge/* parseChallenge */.x)(headerText(response.headers['www-authenticate']));
        else if (response.status !== 200)
            await (0,registry_errors/* checkStatus */.d)(response, 'GET', 200);
    }
    basic() {
        if (this.credentials.kind !== 'basic') {
            throw new errors/* MlciError */.sc(`registry ${this.baseUrl} needs a username and password`, 1, {
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
            throw new errors/* MlciError */.sc(`registry ${this.baseUrl} sent a Bearer challenge without a realm`, 1);
        const url = new URL(realm);
        // Never send credentials over plain http to a realm of a TLS registry (ggcr transport/bearer.go).
        if (this.baseUrl.startsWith('https:') && url.protocol !== 'https:') {
            throw new errors/* MlciError */.sc(`registry ${this.baseUrl} points its token realm at ${url.protocol}//${url.host}; refusing to send credentials over http`, 1);
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
            response = await (0,http/* send */.tN)({
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
            response = await (0,http/* send */.tN)({ method: 'GET', url: url.href, headers });
        }
        await (0,registry_errors/* checkStatus */.d)(response, 'GET', 200);
        const body = JSON.parse((await (0,http/* readBody */.x8)(response, 1024 * 1024, 'error')).toString('utf8'));
        const value = typeof body.token === 'string'
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!value)
            throw new errors/* MlciError */.sc(`token endpoint ${url.origin}${url.pathname} returned no token`, 1);
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










const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
const MANIFEST_LIMIT = 100 * 1024 * 1024; // ggcr reads manifests with a 100 MiB cap (fetcher.go)
/** A distribution-API client for one registry: the protocol steps, each one HTTP exchange or a few. */
class RegistryClient {
    registry;
    baseUrl;
    auth;
    idle;
    constructor(registry, options = {}) {
        this.registry = registry;
        const host = (0,reference/* apiHost */.nz)(registry);
        const plain = LOOPBACK.test(host) || (options.insecure ?? []).includes(registry);
        this.baseUrl = `${plain ? 'http' : 'https'}://${host}`;
        this.auth = new RegistryAuth(this.baseUrl, options.credentials ?? { kind: 'anonymous' }, options.secret ?? (() => { }));
        this.idle = options.idleTimeoutMs ?? 60_000;
    }
    /** Token scopes needed from now on (push to `repository`, pull from `mountFrom`). */
    prepare(repository, mode, mountFrom = []) {
        this.auth.want(mode === 'push' ? (0,challenge/* pushScopes */.I)(repository, mountFrom) : [`repository:${repository}:pull`]);
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
                const response = await (0,http/* send */.tN)({
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
                    await (0,registry_errors/* checkStatus */.d)(response, call.method, ...call.ok);
                return response;
            }
        };
        if (call.noRetry || !idempotent)
            return once();
        return (0,retry/* withRetry */.bD)(once, retry/* REQUEST_RETRY */.P6, { retryIf: retry/* isNetworkError */.TX });
    }
    /** Absolute URL of a path or Location; a Location on a private host other than the registry is refused (SSRF). */
    resolve(target) {
        const url = new URL(target, `${this.baseUrl}/`);
        const base = new URL(this.baseUrl);
        if (url.host !== base.host) {
            const privateHost = /^(localhost|127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0|\[)/.test(url.hostname);
            if (privateHost || url.protocol !== 'https:') {
                throw new errors/* MlciError */.sc(`registry ${this.registry} sent an upload location on another host (${(0,http/* redact */.E$)(url.href)}); refusing it`, 1, {
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
        const ours = (0,image_digest/* sha256 */.sc)(bytes);
        const theirs = headerText(response.headers['docker-content-digest']);
        if (theirs && (0,image_digest/* isDigest */.Bc)(theirs) && theirs !== ours) {
            throw new errors/* MlciError */.sc(`${this.registry}/${repository}: the registry stored manifest ${theirs}, but we sent ${ours}`, 1);
        }
        return ours;
    }
    /** GETs a manifest or index; a manifest asked for by digest must hash to it (REG-10). */
    async getManifest(repository, reference) {
        const response = await this.call({
            method: 'GET',
            target: `/v2/${repository}/manifests/${reference}`,
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            ok: [200],
            follow: true,
        });
        const bytes = await (0,http/* readBody */.x8)(response, MANIFEST_LIMIT, 'error');
        const digest = (0,image_digest/* sha256 */.sc)(bytes);
        if ((0,image_digest/* isDigest */.Bc)(reference) && digest !== reference) {
            throw new errors/* MlciError */.sc(`${this.registry}/${repository}@${reference}: the registry returned content with digest ${digest}`, 1);
        }
        let mediaType = headerText(response.headers['content-type'])?.split(';')[0]?.trim() ?? '';
        try {
            const parsed = JSON.parse(bytes.toString('utf8'));
            if (typeof parsed.mediaType === 'string')
                mediaType = parsed.mediaType;
        }
        catch {
            throw new errors/* MlciError */.sc(`${this.registry}/${repository}:${reference} is not a JSON manifest`, 1);
        }
        return { bytes, mediaType, digest };
    }
    /** True if the repository has a manifest with this digest (HEAD). */
    async hasManifest(repository, digest) {
        const response = await this.call({
            method: 'HEAD',
            target: `/v2/${repository}/manifests/${digest}`,
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
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
            if ((0,proxy_env/* proxyFor */.i)(new URL(url), process.env))
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
            const body = await (0,http/* readBody */.x8)(response, MANIFEST_LIMIT);
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
            throw new errors/* MlciError */.sc(`${this.registry}: upload answer ${response.status} has no Location header`, 1);
        return new URL(location, response.url).href;
    }
}
/** An upload Location with `digest=` set (the commit of an upload). */
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url.href;
}


/***/ }),

/***/ 30412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ resolveCredentials)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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


/***/ }),

/***/ 29241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ checkStatus),
/* harmony export */   g: () => (/* binding */ RegistryError)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_image_challenge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83457);
/* harmony import */ var _http_retryable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18761);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86078);





// The shared retryable statuses, plus one only registries are known to send.
const TEMPORARY_STATUS = new Set([
    ..._http_retryable_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRYABLE_STATUS */ .U,
    499, // nginx: client closed the request, seen in front of registries
]);
// OCI error codes that mean "try again" whatever the status (ggcr transport/error.go).
const TEMPORARY_CODES = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE']);
/** An answer from a registry that was not what the protocol step needed. Knows if it is worth a retry. */
class RegistryError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlciError */ .sc {
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
        const detail = codes || body.trim().slice(0, 300) || node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] || '';
        super(`${method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(url)}: ${status}${detail ? ` ${detail}` : ''}`, 1, {
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
    const body = method === 'HEAD' ? '' : (await (0,_http_js__WEBPACK_IMPORTED_MODULE_3__/* .readBody */ .x8)(response).catch(() => Buffer.alloc(0))).toString('utf8');
    if (method === 'HEAD')
        response.body.resume();
    const challenge = (0,_core_image_challenge_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChallenge */ .x)(headerValue(response.headers['www-authenticate']));
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


/***/ }),

/***/ 86078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _core_image_proxy_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43910);





// Keep-alive: a push makes dozens of small requests (HEAD, POST, PUT) to one host.
const agents = {
    'http:': new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 16 }),
    'https:': new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: 16 }),
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
class TunnelAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    proxy;
    constructor(proxy) {
        super({ keepAlive: true, maxSockets: 16 });
        this.proxy = proxy;
    }
    createConnection(options, done) {
        const authority = `${options.host}:${options.port ?? 443}`;
        const connect = node_http__WEBPACK_IMPORTED_MODULE_0__.request({
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
            done(null, node_tls__WEBPACK_IMPORTED_MODULE_2__.connect({ ...options, socket, servername: options.servername || options.host }));
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
        proxy = (0,_core_image_proxy_env_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyFor */ .i)(url, process.env);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error), 2, {
            hint: 'set HTTPS_PROXY / HTTP_PROXY to http://host:port (user:password@ allowed), or unset it',
        });
    }
    if (!proxy) {
        const agent = agents[url.protocol];
        if (!agent)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`unsupported URL scheme in ${redact(url.href)}`, 2);
        return { options: { agent }, transport: url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__ };
    }
    if (url.protocol === 'https:') {
        const agent = tunnels.get(proxy.href) ?? new TunnelAgent(proxy);
        tunnels.set(proxy.href, agent);
        return { options: { agent }, transport: node_https__WEBPACK_IMPORTED_MODULE_1__ };
    }
    return {
        options: {
            agent: agents['http:'],
            host: proxy.hostname,
            port: proxy.port || 80,
            path: url.href,
            headers: proxyAuthorization(proxy),
        },
        transport: node_http__WEBPACK_IMPORTED_MODULE_0__,
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`${request.method} ${redact(request.url)}: more than ${MAX_REDIRECTS} redirects`, 1);
        const next = new URL(location, url);
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`${request.method} ${redact(url.href)}: refusing a redirect from https to ${next.protocol}`, 1);
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`${method} ${redact(url.href)}: cannot reach ${url.host} (${why})`, 1, {
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`${redact(response.url)}: response body is larger than ${limit} bytes: too large`, 1);
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


/***/ }),

/***/ 66989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ pool),
  G: () => (/* binding */ pushImage)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./build/core/image/image.js
var image_image = __webpack_require__(78701);
// EXTERNAL MODULE: ./build/core/image/retry.js
var image_retry = __webpack_require__(68858);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/platform/registry/errors.js
var registry_errors = __webpack_require__(29241);
// EXTERNAL MODULE: ./build/platform/registry/client.js + 1 modules
var registry_client = __webpack_require__(9697);
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
        target: (0,registry_client/* withDigest */.h)(location, digest),
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
        target: (0,registry_client/* withDigest */.h)(location, digest),
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
    retry: image_retry/* OPERATION_RETRY */.Z5, // tier 2: the whole blob upload, 1 s then 3 s
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
    const images = (0,image_image/* imagesOf */.IC)(artifact);
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
    const retry = (what, work) => (0,image_retry/* withRetry */.bD)(work, settings.retry, {
        retryIf: image_retry/* isTemporary */.ey,
        sleep: settings.sleep,
        onRetry: (error, attempt, ms) => settings.warn?.(`retrying ${what} in ${ms / 1000} s (attempt ${attempt} failed: ${error instanceof errors/* MlciError */.sc ? error.message : (0,errors/* messageOf */.bD)(error)})`),
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
        if (!(error instanceof registry_errors/* RegistryError */.g && error.errors.some((e) => e.code === 'MANIFEST_BLOB_UNKNOWN')))
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
            throw Object.assign(new errors/* MlciError */.sc(`${client.registry}/${repository}@${digest} is not served after its PUT`, 1), { temporary: true });
        }
    });
    const pushed = [];
    for (const tag of tags) {
        await put(top, tag).catch((error) => {
            throw new errors/* MlciError */.sc(`${(0,errors/* messageOf */.bD)(error)} (the image ${digest} is pushed and complete; tags set: ${pushed.join(', ') || 'none'})`, 1, {
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
    if (error instanceof errors/* MlciError */.sc)
        return error;
    return new errors/* MlciError */.sc(`${what} failed: ${(0,errors/* messageOf */.bD)(error)}`, 1, { cause: error });
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


/***/ })

};
