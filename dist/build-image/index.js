import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ buildImage)
});

;// CONCATENATED MODULE: ./build/core/image/push-progress.js
const MiB = 1024 * 1024;
/** "model.safetensors: 120/480 MiB sent (40 MiB/s, ETA 9 s)": one blob's push progress. */
function progressLine(name, sent, size, seconds) {
    const rate = sent / seconds;
    const mib = (n) => (n / MiB).toFixed(0);
    return `${name}: ${mib(sent)}/${mib(size)} MiB sent (${mib(rate)} MiB/s, ETA ${Math.max(0, (size - sent) / rate).toFixed(0)} s)`;
}
/**
 * A push's onProgress that logs a line per blob every 5 s at most (DESIGN.md: long work shows
 * progress); `now` is a millisecond clock, performance.now by default.
 */
function pushProgress(log, now = () => performance.now()) {
    const started = new Map();
    const last = new Map();
    return (name, sent, size) => {
        const at = now();
        if (!started.has(name))
            started.set(name, at);
        if (at - (last.get(name) ?? started.get(name)) < 5000)
            return;
        last.set(name, at);
        log(progressLine(name, sent, size, (at - started.get(name)) / 1000));
    };
}

;// CONCATENATED MODULE: ./build/platform/terminal/progress.js

const progress_MiB = (/* unused pure expression or super */ null && (1024 * 1024));
function amount(n, unit) {
    if (unit === 'bytes')
        return `${(n / progress_MiB).toFixed(n < 10 * progress_MiB ? 1 : 0)} MiB`;
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(807);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./build/core/image/digest.js

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The sha256 digest of some bytes. */
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
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
    const fail = (why) => new errors/* UsageError */.eb(`${what} "${input}" is not valid: ${why}`, {
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
        throw new errors/* UsageError */.eb(`tag "${tag}" is not valid`, {
            hint: 'a tag is up to 128 characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
        });
    }
    return tag;
}

;// CONCATENATED MODULE: ./build/core/version.js
/** mlci's own version, written into every report. Kept equal to package.json by a unit test. */
const MLCI_VERSION = '0.1.0';

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

;// CONCATENATED MODULE: ./build/core/image/manifest.js


/** Serialises a JSON value once and hashes exactly those bytes. */
function jsonBlob(value, mediaType) {
    const bytes = Buffer.from(JSON.stringify(value));
    return { bytes, descriptor: { mediaType, digest: sha256(bytes), size: bytes.length } };
}
function annotated(annotations) {
    return annotations && Object.keys(annotations).length ? { annotations } : {};
}
/** An image manifest of the family; Docker schema 2 has no annotations, so they are left out there. */
function imageManifest(family, config, layers, annotations) {
    const types = familyTypes(family, true);
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
    const types = familyTypes(family, true);
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

;// CONCATENATED MODULE: ./build/core/image/platform.js

/** Parses `linux/amd64` or `linux/arm64/v8`, or a usage error. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) {
        throw new errors/* UsageError */.eb(`platform "${text}" is not os/architecture[/variant]`, {
            hint: 'for example linux/amd64 or linux/arm64',
        });
    }
    const [os, architecture, variant] = parts;
    return variant ? { os, architecture, variant } : { os, architecture };
}
/** `linux/arm64/v8`. */
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
// Variants that are the default for their architecture: a request without a variant matches them,
// and `arm64` images are often listed without `v8` (reference/oci-images.md §2.5).
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7' };
/** True if an index entry's platform serves the wanted one. */
function platformMatches(have, want) {
    if (have.os !== want.os || have.architecture !== want.architecture)
        return false;
    if (!want.variant)
        return true;
    const fallback = DEFAULT_VARIANT[have.architecture];
    return (have.variant ?? fallback) === want.variant;
}

;// CONCATENATED MODULE: ./build/core/image/report.js



/** Builds the report in one step from its parts. */
function imageReport(fields) {
    return { kind: 'mlci/image-report', version: 1, tool: { name: 'mlci', version: MLCI_VERSION }, ...fields };
}
/** The `mlci/image-report` of a build, in one step from what was built and pushed. */
async function buildImageReport(parts) {
    const { image, artifact, lineage, pushed } = parts;
    return imageReport({
        ...(image ? { image, reference: pushed ? `${image}@${pushed.digest}` : undefined } : {}),
        digest: artifact.manifest.descriptor.digest,
        mediaType: artifact.manifest.descriptor.mediaType,
        tags: pushed ? pushed.tags : parts.tags,
        platforms: platformsOf(artifact),
        ...(lineage.baseName
            ? { base: { name: lineage.baseName, digest: lineage.baseDigest } }
            : {}),
        layers: await layerReports(artifact, parts.built, pushed?.blobs ?? []),
        lineage,
        annotations: parts.annotations,
        outputs: parts.outputs,
        pushed: pushed !== undefined,
    });
}
/** One entry per platform image: its manifest, config and the base manifest it was built on. */
function platformsOf(artifact) {
    return imagesOf(artifact).map((image) => ({
        platform: formatPlatform(image.platform),
        manifest: image.manifest.descriptor.digest,
        config: image.config.descriptor.digest,
        ...(image.base.manifestDigest ? { base: image.base.manifestDigest } : {}),
    }));
}
/**
 * One entry per distinct layer across the platforms, in manifest order: a layer mlci built adds its
 * diff_id, compression and file count, a pushed one what the registry did with it.
 */
async function layerReports(artifact, built, blobs) {
    const seen = new Set();
    const out = [];
    for (const image of imagesOf(artifact)) {
        for (const layer of image.layers) {
            const d = layer.descriptor.digest;
            if (seen.has(d))
                continue;
            seen.add(d);
            const file = built.find((f) => f === layer.layer);
            const blob = blobs.find((b) => b.digest === d);
            out.push({
                name: layer.name,
                role: file?.role ?? 'base',
                origin: layer.origin,
                digest: d,
                ...(file
                    ? { diffId: await file.diffId(), compression: await file.compression(), files: file.files }
                    : {}),
                size: layer.descriptor.size,
                mediaType: layer.descriptor.mediaType,
                ...(blob
                    ? { action: blob.action, bytesSent: blob.bytesSent, seconds: Number(blob.seconds.toFixed(3)) }
                    : {}),
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
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
    const target = await (0,promises_.readlink)(absolute);
    // A dangling link has no real path: judge the path it names.
    const resolved = await (0,promises_.realpath)(absolute).catch(() => (0,external_node_path_.resolve)((0,external_node_path_.dirname)(absolute), target));
    if (!isInside(root, resolved)) {
        throw new errors/* UsageError */.eb(`symlink "${shown}" points outside ${rootName} (to ${target})`, {
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
            throw new errors/* UsageError */.eb(`\`${out.name}\` (${out.path}) is the input \`${input.name}\` (${input.path}): mlci would overwrite a file it reads`, { hint: `write the ${out.name} to another path` });
        }
        const other = outs.slice(0, i).find((candidate) => same(out, candidate));
        if (other) {
            throw new errors/* UsageError */.eb(`\`${out.name}\` and \`${other.name}\` are the same file (${out.path})`, {
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
var redact = __nccwpck_require__(827);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
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
            await (0,external_node_stream_promises_namespaceObject.finished)(out);
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
                    message: (0,redact/* redactCredentials */.U)((0,errors/* messageOf */.bD)(thrown)),
                    exitCode: thrown instanceof errors/* MlciError */.sc ? thrown.exitCode : 1,
                },
            };
            await writeFileAtomic(path, `${JSON.stringify(stale, null, 2)}\n`).catch(() => undefined);
        }
        throw thrown;
    }
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
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

;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
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
    'http:': new external_node_http_namespaceObject.Agent({ keepAlive: true, maxSockets: 16 }),
    'https:': new external_node_https_namespaceObject.Agent({ keepAlive: true, maxSockets: 16 }),
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
class TunnelAgent extends external_node_https_namespaceObject.Agent {
    proxy;
    constructor(proxy) {
        super({ keepAlive: true, maxSockets: 16 });
        this.proxy = proxy;
    }
    createConnection(options, done) {
        const authority = `${options.host}:${options.port ?? 443}`;
        const connect = external_node_http_namespaceObject.request({
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
            done(null, external_node_tls_namespaceObject.connect({ ...options, socket, servername: options.servername || options.host }));
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
        throw new errors/* MlciError */.sc((0,errors/* messageOf */.bD)(error), 2, {
            hint: 'set HTTPS_PROXY / HTTP_PROXY to http://host:port (user:password@ allowed), or unset it',
        });
    }
    if (!proxy) {
        const agent = agents[url.protocol];
        if (!agent)
            throw new errors/* MlciError */.sc(`unsupported URL scheme in ${http_redact(url.href)}`, 2);
        return { options: { agent }, transport: url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject };
    }
    if (url.protocol === 'https:') {
        const agent = tunnels.get(proxy.href) ?? new TunnelAgent(proxy);
        tunnels.set(proxy.href, agent);
        return { options: { agent }, transport: external_node_https_namespaceObject };
    }
    return {
        options: {
            agent: agents['http:'],
            host: proxy.hostname,
            port: proxy.port || 80,
            path: url.href,
            headers: proxyAuthorization(proxy),
        },
        transport: external_node_http_namespaceObject,
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
            throw new errors/* MlciError */.sc(`${request.method} ${http_redact(request.url)}: more than ${MAX_REDIRECTS} redirects`, 1);
        const next = new URL(location, url);
        if (url.protocol === 'https:' && next.protocol !== 'https:') {
            throw new errors/* MlciError */.sc(`${request.method} ${http_redact(url.href)}: refusing a redirect from https to ${next.protocol}`, 1);
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
    return new errors/* MlciError */.sc(`${method} ${http_redact(url.href)}: cannot reach ${url.host} (${why})`, 1, {
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
                throw new errors/* MlciError */.sc(`${http_redact(response.url)}: response body is larger than ${limit} bytes: too large`, 1);
            break;
        }
    }
    return Buffer.concat(parts);
}
/** A URL fit for logs: no userinfo, no query values that may carry signatures (sig=, X-Amz-Signature=). */
function http_redact(text) {
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

;// CONCATENATED MODULE: ./build/platform/registry/errors.js





// The shared retryable statuses, plus one only registries are known to send.
const TEMPORARY_STATUS = new Set([
    ...RETRYABLE_STATUS,
    499, // nginx: client closed the request, seen in front of registries
]);
// OCI error codes that mean "try again" whatever the status (ggcr transport/error.go).
const TEMPORARY_CODES = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE']);
/** An answer from a registry that was not what the protocol step needed. Knows if it is worth a retry. */
class RegistryError extends errors/* MlciError */.sc {
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
        const detail = codes || body.trim().slice(0, 300) || external_node_http_namespaceObject.STATUS_CODES[status] || '';
        super(`${method} ${http_redact(url)}: ${status}${detail ? ` ${detail}` : ''}`, 1, {
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
                throw new errors/* MlciError */.sc(`registry ${this.registry} sent an upload location on another host (${http_redact(url.href)}); refusing it`, 1, {
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
            throw new errors/* MlciError */.sc(`${this.registry}/${repository}: the registry stored manifest ${theirs}, but we sent ${ours}`, 1);
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
        const stream = blob.bytes ? external_node_stream_namespaceObject.Readable.from([blob.bytes]) : await blob.layer.layer.compressed();
        const counter = new external_node_stream_namespaceObject.Transform({
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./build/core/image/digest-cache.js



/**
 * A digest cache in a directory, one small JSON file per key, like ko's KOCACHE: a rebuild with
 * untouched weights skips reading them (the 1 GiB re-hash the reference prototype still paid).
 * Best effort: an unreadable or corrupt entry is a miss, a failed write is ignored.
 */
function directoryDigestCache(dir) {
    return {
        async get(key) {
            try {
                const value = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, `${key}.json`), 'utf8'));
                const ok = typeof value.digest === 'string' &&
                    isDigest(value.digest) &&
                    typeof value.diffId === 'string' &&
                    isDigest(value.diffId) &&
                    typeof value.size === 'number' &&
                    ['gzip', 'huffman', 'stored', 'none'].includes(String(value.compression));
                return ok ? value : undefined;
            }
            catch {
                return undefined;
            }
        },
        async put(key, value) {
            try {
                await (0,promises_.mkdir)(dir, { recursive: true });
                const temp = (0,external_node_path_.join)(dir, `${key}.${process.pid}.tmp`);
                await (0,promises_.writeFile)(temp, JSON.stringify(value));
                await (0,promises_.rename)(temp, (0,external_node_path_.join)(dir, `${key}.json`));
            }
            catch {
                // best effort: the next build measures again
            }
        },
    };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./build/core/image/compression.js




/** The `auto` policy's knobs, each with its reason. */
const COMPRESSION_DEFAULTS = {
    // Below this, level 6 costs under half a second and code/metadata shrink several-fold.
    smallLayerBytes: 16 * 1024 * 1024,
    // A sample this big Huffman-codes in ≈ 40 ms and predicts the whole file well for weights.
    sampleBytes: 4 * 1024 * 1024,
    // Saving less than this (random-looking data, int8/fp8 quantised weights) is not worth 7x the time.
    minSaving: 0.05,
};
const CHOICES = ['auto', 'gzip', 'huffman', 'stored', 'none'];
/** A compression input value, or a usage error listing the choices. */
function parseCompression(text) {
    if (CHOICES.includes(text))
        return text;
    throw new errors/* UsageError */.eb(`compression "${text}" is not one of ${CHOICES.join(', ')}`);
}
/**
 * The `auto` choice for a layer: gzip for small layers; for large ones, Huffman-only when a sample
 * compresses by at least `minSaving`, else stored. Depends only on the bytes, so it is reproducible.
 */
function chooseCompression(totalBytes, sample) {
    if (totalBytes < COMPRESSION_DEFAULTS.smallLayerBytes)
        return 'gzip';
    if (sample.length === 0)
        return 'stored';
    const coded = external_node_zlib_namespaceObject.deflateRawSync(sample, { strategy: external_node_zlib_namespaceObject.constants.Z_HUFFMAN_ONLY });
    return 1 - coded.length / sample.length >= COMPRESSION_DEFAULTS.minSaving ? 'huffman' : 'stored';
}
// Pinned deflate settings: the compressed digest depends on them (and on zlib's build), the diff_id
// does not. windowBits/memLevel are zlib's defaults, written out so a Node upgrade cannot move them.
function deflateOptions(compression) {
    const common = { windowBits: 15, memLevel: 8, chunkSize: 256 * 1024 };
    if (compression === 'huffman')
        return { ...common, level: 6, strategy: external_node_zlib_namespaceObject.constants.Z_HUFFMAN_ONLY };
    if (compression === 'stored')
        return { ...common, level: 0, strategy: external_node_zlib_namespaceObject.constants.Z_DEFAULT_STRATEGY };
    return { ...common, level: 6, strategy: external_node_zlib_namespaceObject.constants.Z_DEFAULT_STRATEGY };
}
// Our own gzip header and trailer around raw deflate: zlib's gzip header carries an OS byte that
// differs between builds (3 on Unix, 10 or 0 on Windows), which would change the digest by machine.
// mtime 0, no name, OS 255 "unknown" (what Go's compress/gzip writes).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/**
 * Gzip-encodes a byte stream with a machine-independent header, pulling from `source` only as fast as
 * the consumer reads (async iteration keeps memory bounded whatever the upload speed).
 */
async function* gzipEncode(source, compression) {
    let crc = 0;
    let size = 0;
    async function* counted() {
        for await (const chunk of source) {
            crc = external_node_zlib_namespaceObject.crc32(chunk, crc);
            size = (size + chunk.length) % 2 ** 32;
            yield chunk;
        }
    }
    const deflate = external_node_zlib_namespaceObject.createDeflateRaw(deflateOptions(compression));
    const feeding = (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.from(counted(), { objectMode: false }), deflate);
    feeding.catch(() => { }); // the same error surfaces through the iteration below
    yield GZIP_HEADER;
    try {
        for await (const chunk of deflate)
            yield chunk;
        await feeding;
    }
    finally {
        deflate.destroy();
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(size, 4);
    yield trailer;
}

;// CONCATENATED MODULE: ./build/core/image/tar.js
const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);
const MAX_OCTAL_11 = 0o77777777777; // the largest size/mtime 11 octal digits hold (8 GiB - 1)
function octal(value, width) {
    return `${value.toString(8).padStart(width - 1, '0')}\0`;
}
function fits(text, bytes) {
    return Buffer.byteLength(text) <= bytes && /^[\x20-\x7e]*$/.test(text);
}
function header(name, typeflag, mode, size, mtime, link = '') {
    const block = Buffer.alloc(BLOCK);
    block.write(name, 0, 100, 'utf8');
    block.write(octal(mode, 8), 100, 'ascii');
    block.write(octal(0, 8), 108, 'ascii'); // uid 0
    block.write(octal(0, 8), 116, 'ascii'); // gid 0
    block.write(octal(size, 12), 124, 'ascii');
    block.write(octal(mtime, 12), 136, 'ascii');
    block.write('        ', 148, 'ascii'); // checksum is computed with spaces in its own field
    block.write(typeflag, 156, 'ascii');
    block.write(link, 157, 100, 'utf8');
    block.write('ustar\0', 257, 'ascii');
    block.write('00', 263, 'ascii');
    // uname/gname stay empty and devmajor/devminor zero: nothing about the build machine leaks in.
    block.write(octal(0, 8), 329, 'ascii');
    block.write(octal(0, 8), 337, 'ascii');
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    return block;
}
/** A PAX record `"<len> key=value\n"`, whose length counts its own digits. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body);
    let digits = String(length).length;
    while (String(length + digits).length !== digits)
        digits++;
    length += digits;
    return `${length}${body}`;
}
function padding(size) {
    const rest = size % BLOCK;
    return rest === 0 ? Buffer.alloc(0) : ZEROS.subarray(0, BLOCK - rest);
}
/**
 * The header block(s) of one entry: plain ustar when everything fits, else a PAX extended header
 * first (long or non-ASCII paths and link targets, sizes of 8 GiB and more), as GNU tar reads it.
 */
function entryHeader(entry, options) {
    const size = entry.type === 'file' ? entry.size : 0;
    const link = entry.type === 'symlink' ? entry.target : '';
    const pax = [];
    let name = entry.path;
    if (!fits(name, 100)) {
        pax.push(paxRecord('path', name));
        name = asciiPrefix(name, 100);
    }
    let shortLink = link;
    if (!fits(link, 100)) {
        pax.push(paxRecord('linkpath', link));
        shortLink = asciiPrefix(link, 100);
    }
    if (size > MAX_OCTAL_11)
        pax.push(paxRecord('size', String(size)));
    const mode = entry.type === 'symlink' ? 0o777 : entry.mode;
    const flag = entry.type === 'directory' ? '5' : entry.type === 'symlink' ? '2' : '0';
    const main = header(name, flag, mode, Math.min(size, MAX_OCTAL_11), options.mtime, shortLink);
    if (pax.length === 0)
        return main;
    const body = Buffer.from(pax.join(''), 'utf8');
    const paxName = asciiPrefix(`PaxHeaders/${entry.path.replace(/\/$/, '').split('/').pop()}`, 100);
    return Buffer.concat([
        header(paxName, 'x', 0o644, body.length, options.mtime),
        body,
        padding(body.length),
        main,
    ]);
}
function asciiPrefix(text, bytes) {
    return text.replace(/[^\x20-\x7e]/g, '_').slice(0, bytes);
}
/**
 * The tar stream of `entries`, in the order given (callers sort them), ending with two zero blocks.
 * Member bytes are streamed; a file whose size changed while being read is an error, because the
 * header already promised its size.
 */
async function* renderTar(entries, options) {
    for (const entry of entries) {
        yield entryHeader(entry, options);
        if (entry.type !== 'file')
            continue;
        let seen = 0;
        for await (const chunk of entry.open()) {
            const buffer = chunk;
            seen += buffer.length;
            if (seen > entry.size)
                break;
            yield buffer;
        }
        if (seen !== entry.size) {
            throw new Error(`${entry.path} changed size while it was being archived (${entry.size} -> ${seen} bytes)`);
        }
        yield padding(entry.size);
    }
    yield ZEROS;
}

;// CONCATENATED MODULE: ./build/core/image/layer.js





// Bump when the tar or gzip bytes mlci writes change, so cached digests of older versions are not reused.
const FORMAT = 'mlci-layer-2'; // 2: file modes from content (sources.ts), not from the build OS
/**
 * A reproducible layer from files: tar → (gzip) → bytes, computed on demand and never held in memory.
 * The first call to digest()/diffId()/size() streams the whole layer once (or finds it in the cache).
 */
function fileLayer(options) {
    const entries = options.members.map((member) => member.entry);
    const fileBytes = entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0);
    const files = entries.filter((e) => e.type === 'file').length;
    const tar = () => renderTar(entries, { mtime: options.mtime });
    const key = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify([FORMAT, process.versions.zlib, options.mtime, options.compression, options.family]))
        .update(options.members.map((m) => m.identity).join('\n'))
        .digest('hex');
    let chosen;
    const compression = () => {
        chosen ??= (async () => {
            if (options.compression !== 'auto')
                return effective(options.compression, options.family);
            const sample = await head(tar(), COMPRESSION_DEFAULTS.sampleBytes);
            return chooseCompression(fileBytes, sample);
        })();
        return chosen;
    };
    const encode = (compression, source) => compression === 'none' ? source : gzipEncode(source, compression);
    let measured;
    const measure = () => {
        measured ??= (async () => {
            const cached = await options.cache?.get(key);
            // The key holds the compression; checking the entry too means no cache mistake can ever label
            // gzip bytes as an uncompressed layer (mediaType() follows the option, the bytes the entry).
            const fits = options.compression === 'auto'
                ? cached?.compression !== 'none'
                : cached?.compression === effective(options.compression, options.family);
            if (cached && fits)
                return cached;
            const how = await compression();
            const diffHash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
            let read = 0;
            async function* hashed() {
                for await (const chunk of tar()) {
                    diffHash.update(chunk);
                    read += chunk.length;
                    options.onProgress?.(read);
                    yield chunk;
                }
            }
            const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
            let size = 0;
            for await (const chunk of encode(how, hashed())) {
                hash.update(chunk);
                size += chunk.length;
            }
            const diffId = `sha256:${diffHash.digest('hex')}`;
            const value = {
                digest: how === 'none' ? diffId : `sha256:${hash.digest('hex')}`,
                diffId,
                size,
                compression: how,
            };
            await options.cache?.put(key, value);
            return value;
        })();
        return measured;
    };
    return {
        name: options.name,
        role: options.role,
        files,
        fileBytes,
        compression: async () => (await measure()).compression,
        digest: async () => (await measure()).digest,
        diffId: async () => (await measure()).diffId,
        size: async () => (await measure()).size,
        mediaType: () => familyTypes(options.family, options.compression === 'auto' || effective(options.compression, options.family) !== 'none').layer,
        compressed: async () => {
            const how = (await measure()).compression;
            return external_node_stream_namespaceObject.Readable.from(encode(how, tar()), { objectMode: false });
        },
    };
}
/** Docker schema 2 has no uncompressed layer type, so `none` becomes `stored` there. */
function effective(compression, family) {
    return compression === 'none' && family === 'docker' ? 'stored' : compression;
}
async function head(source, bytes) {
    const parts = [];
    let have = 0;
    for await (const chunk of source) {
        parts.push(chunk);
        have += chunk.length;
        if (have >= bytes)
            break;
    }
    await source.return(undefined);
    return Buffer.concat(parts).subarray(0, bytes);
}

;// CONCATENATED MODULE: ./build/core/image/lineage.js

/** mlci's own annotation/label keys, in reverse-DNS form as the spec asks. */
const MODEL_KEYS = {
    runFingerprint: 'dev.mlci.model.run-fingerprint',
    dataFingerprint: 'dev.mlci.model.data-fingerprint',
    metricsDigest: 'dev.mlci.model.metrics-digest',
};
/** The annotations (and labels: the same keys) that carry the lineage; absent facts are left out. */
function lineageAnnotations(lineage) {
    const out = {};
    const put = (key, value) => {
        if (value)
            out[key] = value;
    };
    put('org.opencontainers.image.created', lineage.created);
    put('org.opencontainers.image.source', lineage.source);
    put('org.opencontainers.image.revision', lineage.revision);
    put('org.opencontainers.image.version', lineage.version);
    put('org.opencontainers.image.base.name', lineage.baseName);
    put('org.opencontainers.image.base.digest', lineage.baseDigest);
    put(MODEL_KEYS.runFingerprint, lineage.model?.runFingerprint);
    put(MODEL_KEYS.dataFingerprint, lineage.model?.dataFingerprint);
    put(MODEL_KEYS.metricsDigest, lineage.model?.metricsDigest);
    return out;
}
const str = (value) => typeof value === 'string' && value.trim() ? value.trim() : undefined;
const obj = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
    ? value
    : undefined;
/** JSON with object keys sorted, so the same metrics always hash the same. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const o = obj(value);
    if (o) {
        return `{${Object.keys(o)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * The model lineage in a `mlci/run-record` report, read defensively (unknown shapes give empty fields,
 * never an error: the record belongs to another capability and may grow).
 *
 * - run fingerprint: `fingerprint`; else the stages' fingerprints (one stage: its own; several: the
 *   sha256 of the canonical `{stage: fingerprint}` map)
 * - data fingerprint: `data.fingerprint` / `dataFingerprint`; else the sha256 of the canonical map of
 *   every stage's dependency hashes (`stages[].inputs.deps`: path -> content hash)
 * - metrics digest: `metrics.digest` / `metricsDigest`; else the sha256 of the canonical JSON of the
 *   metrics (`metrics`, or `{stage: metrics}` over `stages[]`)
 */
function modelLineage(record) {
    const r = obj(record) ?? {};
    const stages = (Array.isArray(r.stages) ? r.stages : [])
        .map(obj)
        .filter((s) => s !== undefined);
    const named = (pick) => {
        const out = {};
        for (const [i, stage] of stages.entries()) {
            const value = pick(stage);
            if (value !== undefined && value !== null)
                out[str(stage.stage) ?? String(i)] = value;
        }
        return out;
    };
    const hashOf = (map) => Object.keys(map).length ? sha256(canonicalJson(map)) : undefined;
    const fingerprints = named((s) => str(s.fingerprint));
    const values = Object.values(fingerprints);
    const run = str(r.fingerprint) ?? (values.length === 1 ? values[0] : hashOf(fingerprints));
    const data = obj(r.data);
    const deps = {};
    for (const stage of stages)
        Object.assign(deps, obj(obj(stage.inputs)?.deps) ?? {});
    const dataFp = str(data?.fingerprint) ?? str(r.dataFingerprint) ?? hashOf(deps);
    const metrics = r.metrics;
    const stageMetrics = named((s) => obj(s.metrics) && Object.keys(obj(s.metrics)).length ? s.metrics : undefined);
    const metricsDigest = str(obj(metrics)?.digest) ??
        str(r.metricsDigest) ??
        (metrics !== undefined && metrics !== null ? sha256(canonicalJson(metrics)) : hashOf(stageMetrics));
    const out = {};
    if (run)
        out.runFingerprint = run;
    if (dataFp)
        out.dataFingerprint = dataFp;
    if (metricsDigest)
        out.metricsDigest = metricsDigest;
    return out;
}
/** What build-image checks in a run record before naming it in labels: its status and its output files. */
function runRecordFacts(record) {
    const r = obj(record) ?? {};
    const outputs = [];
    for (const stage of Array.isArray(r.stages) ? r.stages : []) {
        const files = obj(stage)?.outputs;
        for (const file of Array.isArray(files) ? files : []) {
            const path = str(obj(file)?.path);
            const sha256 = str(obj(file)?.sha256);
            if (path && sha256)
                outputs.push({ path, sha256 });
        }
    }
    return { status: str(r.status), outputs };
}
const hex = (sha) => sha.replace(/^sha256:/, '').toLowerCase();
/**
 * Why each weights file was not produced by the run, one line per file (empty: all were). A file is the
 * run's when an output has its path and sha256, or, when it was copied or renamed after training, when
 * any output has its sha256. A file at an output's path with other bytes is the clearest mismatch.
 */
function unproducedWeights(weights, outputs) {
    const byPath = new Map(outputs.map((out) => [out.path, hex(out.sha256)]));
    const shas = new Set(outputs.map((out) => hex(out.sha256)));
    const problems = [];
    for (const file of weights) {
        const sha = hex(file.sha256);
        if (shas.has(sha))
            continue;
        const recorded = byPath.get(file.path);
        problems.push(recorded
            ? `${file.path}: sha256 ${sha.slice(0, 12)}… differs from the run record's output (${recorded.slice(0, 12)}…)`
            : `${file.path} (sha256 ${sha.slice(0, 12)}…) is not among the run record's outputs`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./build/core/image/sources.js





const CHUNK = 1024 * 1024; // 1 MiB reads: measured no slower than larger ones (reference/oci-images.md §4)
/** The image path a destination names, without the leading `/`; `..` that climbs out is refused. */
function imagePath(destination) {
    if (!destination.startsWith('/')) {
        throw new errors/* UsageError */.eb(`destination "${destination}" must be an absolute path in the image`, {
            hint: 'write it like /opt/model or /opt/app/',
        });
    }
    const normal = external_node_path_.posix.normalize(destination);
    if (normal.split('/').includes('..'))
        throw new errors/* UsageError */.eb(`destination "${destination}" climbs out of /`);
    return normal.replace(/^\/+/, '').replace(/\/+$/, '');
}
// Execute permission is not something every build OS can see: Windows has no execute bit (Node reports
// 0666/0444 for every file), and a checkout's bits depend on core.fileMode and umask. So a file's mode in
// a layer comes from its first bytes, the same on every OS: what the Linux kernel would execute (a `#!`
// script, an ELF binary) is 0755, everything else 0644. Directories are 0755. A Windows build therefore
// gives the Linux digest (docker build on Windows makes every file 0755 instead; we do not).
const EXECUTABLE_MAGIC = [Buffer.from('#!'), Buffer.from([0x7f, 0x45, 0x4c, 0x46])];
/** Bytes read from the start of each file to decide its mode. */
const MODE_HEAD_BYTES = 4;
/** A file's mode in a layer from its first bytes: 0755 for a `#!` script or an ELF binary, else 0644. */
const fileMode = (head) => EXECUTABLE_MAGIC.some((magic) => Buffer.from(head).subarray(0, magic.length).equals(magic)) ? 0o755 : 0o644;
async function headOf(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(MODE_HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, MODE_HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
const inside = isInside;
function identity(st) {
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.mode}`;
}
async function fileEntry(path, absolute, st) {
    const size = st.size;
    return {
        entry: {
            type: 'file',
            path,
            mode: fileMode(await headOf(absolute)),
            size,
            open: () => (0,external_node_fs_.createReadStream)(absolute, { highWaterMark: CHUNK }),
        },
        identity: `${path}=${identity(st)}`,
    };
}
/**
 * Walks one source into tar members under its destination. Refuses what cannot be reproduced or
 * would leak: paths outside the context, symlinks whose target leaves it, devices, sockets and FIFOs.
 * A symlink that stays inside the source is kept as a link; one to a file elsewhere in the context is
 * copied as that file, so the image never holds a dangling link.
 */
async function collectSource(spec, context) {
    const root = await (0,promises_.realpath)(context);
    const absolute = (0,external_node_path_.resolve)(context, spec.source);
    const st = await (0,promises_.lstat)(absolute).catch(() => undefined);
    if (!st) {
        throw new errors/* UsageError */.eb(`source "${spec.source}" does not exist (looked in ${context})`, {
            hint: 'check the path; it is relative to the workspace (working-directory)',
        });
    }
    const real = await (0,promises_.realpath)(absolute);
    if (!inside(root, real)) {
        throw new errors/* UsageError */.eb(`source "${spec.source}" is outside the build context ${context}`, {
            hint: 'copy the files into the workspace first; mlci only packages files under it',
        });
    }
    const target = imagePath(spec.destination);
    const top = await (0,promises_.stat)(absolute);
    if (top.isFile()) {
        const at = spec.destination.endsWith('/') ? external_node_path_.posix.join(target, baseName(absolute)) : target;
        return [await fileEntry(at, absolute, top)];
    }
    if (!top.isDirectory())
        throw special(spec.source, top);
    const members = [];
    await walk(real, real, target, root, members, spec.source);
    return members;
}
function baseName(path) {
    return path.split(/[\\/]/).pop() ?? path;
}
function special(name, st) {
    const kind = st.isSocket()
        ? 'a socket'
        : st.isFIFO()
            ? 'a FIFO'
            : st.isBlockDevice() || st.isCharacterDevice()
                ? 'a device file'
                : 'not a regular file';
    return new errors/* UsageError */.eb(`"${name}" is ${kind}; an image layer can only hold files, directories and links`, {
        hint: 'remove it from the source directory or list only the files you need',
    });
}
async function walk(dir, sourceRoot, target, contextRoot, out, label) {
    const names = (await (0,promises_.readdir)(dir)).sort();
    for (const name of names) {
        const absolute = (0,external_node_path_.join)(dir, name);
        const rel = (0,external_node_path_.relative)(sourceRoot, absolute).split(external_node_path_.sep).join('/');
        const path = target === '' ? rel : `${target}/${rel}`;
        const shown = `${label.replace(/\/$/, '')}/${rel}`;
        const st = await (0,promises_.lstat)(absolute);
        if (st.isDirectory()) {
            out.push({ entry: { type: 'directory', path: `${path}/`, mode: 0o755 }, identity: `${path}/` });
            await walk(absolute, sourceRoot, target, contextRoot, out, label);
        }
        else if (st.isFile()) {
            out.push(await fileEntry(path, absolute, st));
        }
        else if (st.isSymbolicLink()) {
            out.push(await linkMember(absolute, path, shown, sourceRoot, contextRoot));
        }
        else {
            throw special(shown, st);
        }
    }
}
async function linkMember(absolute, path, shown, sourceRoot, contextRoot) {
    const { target: link, resolved } = await linkInside(absolute, contextRoot, shown, 'the build context');
    if (inside(sourceRoot, resolved) && !(0,external_node_path_.isAbsolute)(link)) {
        return { entry: { type: 'symlink', path, target: link }, identity: `${path}->${link}` };
    }
    const st = await (0,promises_.stat)(resolved).catch(() => undefined);
    if (!st?.isFile()) {
        throw new errors/* UsageError */.eb(`symlink "${shown}" points to ${link}, which is not a file inside this source`, {
            hint: 'make the link relative and inside the directory, or list its target as a source',
        });
    }
    return fileEntry(path, resolved, st);
}
/**
 * The members of a layer in their final order: parent directories made explicit (0755), everything
 * sorted byte-wise by path (a parent is a prefix of its children, so it always comes first), and two
 * sources claiming one path refused.
 */
function layerMembers(members, layerName) {
    const byPath = new Map();
    for (const member of members) {
        const key = member.entry.path.replace(/\/$/, '');
        const previous = byPath.get(key);
        if (previous && !(previous.entry.type === 'directory' && member.entry.type === 'directory')) {
            throw new errors/* UsageError */.eb(`layer "${layerName}": two sources put something at /${key}`, {
                hint: 'give each source its own destination',
            });
        }
        byPath.set(key, member);
        const parts = key.split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = parts.slice(0, i).join('/');
            const existing = byPath.get(parent);
            if (existing && existing.entry.type !== 'directory') {
                throw new errors/* UsageError */.eb(`layer "${layerName}": /${parent} is a file and also a directory`);
            }
            if (!existing) {
                byPath.set(parent, {
                    entry: { type: 'directory', path: `${parent}/`, mode: 0o755 },
                    identity: `${parent}/`,
                });
            }
        }
    }
    return [...byPath.entries()]
        .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
        .map(([, member]) => member);
}

;// CONCATENATED MODULE: ./build/core/image/plan.js



/** Parses `SOURCE:/destination` (split at the last `:/`, so `C:\w:/opt/w` works on Windows). */
function parseLayerSpec(text) {
    const at = text.lastIndexOf(':/');
    if (at <= 0) {
        throw new errors/* UsageError */.eb(`layer "${text}" is not SOURCE:/destination`, {
            hint: 'for example model/:/opt/model/ or serve.py:/opt/app/serve.py',
        });
    }
    return { source: text.slice(0, at).trim(), destination: text.slice(at + 1).trim() };
}
const into = (dir) => (dir.endsWith('/') ? dir : `${dir}/`);
/**
 * Layers ordered stable → volatile, so a code change re-pushes only the last layer and unchanged
 * weights are found by digest (cog's --separate-weights, jib's layering):
 *
 *   weights: big.safetensors (own layer), shard-2.bin (own layer), small files (one layer)
 *   metadata → explicit layers (in order) → code
 *
 * Large files one layer each also lets two cores compress different files at once.
 */
async function planLayers(inputs, context) {
    const plans = [];
    const weights = [];
    for (const source of inputs.weights)
        weights.push(...(await collectSource({ source, destination: into(inputs.modelDir) }, context)));
    const big = weights.filter((m) => m.entry.type === 'file' && m.entry.size >= inputs.splitBytes);
    const small = weights.filter((m) => !big.includes(m));
    for (const member of big.sort((a, b) => (a.entry.path < b.entry.path ? -1 : 1))) {
        plans.push({
            name: `weights ${external_node_path_.posix.basename(member.entry.path)}`,
            role: 'weights',
            members: layerMembers([member], 'weights'),
        });
    }
    if (small.some((m) => m.entry.type !== 'directory') || (big.length === 0 && small.length)) {
        plans.push({ name: 'weights', role: 'weights', members: layerMembers(small, 'weights') });
    }
    const group = async (name, role, specs) => {
        if (!specs.length)
            return;
        const members = [];
        for (const spec of specs)
            members.push(...(await collectSource(spec, context)));
        plans.push({ name, role, members: layerMembers(members, name) });
    };
    await group('metadata', 'metadata', inputs.metadata.map((source) => ({ source, destination: into(inputs.modelDir) })));
    for (const [i, spec] of inputs.layers.entries())
        await group(`layer ${i + 1} (${spec.destination})`, 'files', [spec]);
    await group('code', 'code', inputs.code.map((source) => ({ source, destination: into(inputs.appDir) })));
    return plans;
}

;// CONCATENATED MODULE: ./build/platform/registry/pull.js







/** A blob in a repository, read lazily: base layers are mounted or streamed across, never unpacked. */
function registryBlob(client, repository, descriptor, diffId) {
    return {
        digest: async () => descriptor.digest,
        diffId: async () => diffId,
        size: async () => descriptor.size,
        mediaType: () => descriptor.mediaType,
        compressed: () => client.openBlob(repository, descriptor.digest),
    };
}
/**
 * Resolves a base image once: the tag to a digest, then one manifest per requested platform, and each
 * one's config. Layers are described, not downloaded. A platform the base lacks is a usage error that
 * lists what it has.
 */
async function resolveBase(client, ref, platforms) {
    client.prepare(ref.repository, 'pull');
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    const name = formatReference({ ...ref, digest: undefined });
    const parsed = JSON.parse(top.bytes.toString('utf8'));
    if (isIndexType(top.mediaType)) {
        const entries = (parsed.manifests ?? []).filter((m) => m.platform && m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
        return Promise.all(platforms.map(async (platform) => {
            const entry = entries.find((m) => platformMatches(m.platform, platform));
            if (!entry) {
                const have = entries.map((m) => formatPlatform(m.platform)).join(', ') || 'none';
                throw new errors/* MlciError */.sc(`base image ${name} has no ${formatPlatform(platform)} manifest (it has ${have})`, 2, {
                    hint: 'pick platforms the base provides, or another base image',
                });
            }
            const manifest = await client.getManifest(ref.repository, entry.digest);
            return base(client, ref, name, top.digest, manifest, platform);
        }));
    }
    if (!isManifestType(top.mediaType)) {
        throw new errors/* MlciError */.sc(`base image ${name} has media type "${top.mediaType}", not an image or index`, 2);
    }
    // A single-platform base: its config says which platform it is.
    const image = await base(client, ref, name, top.digest, top, platforms[0]);
    const actual = image.platform;
    const missing = platforms.filter((p) => !platformMatches(actual, p));
    if (missing.length) {
        throw new errors/* MlciError */.sc(`base image ${name} has no ${formatPlatform(missing[0])} manifest (it is ${formatPlatform(actual)} only)`, 2, {
            hint: 'pick platforms the base provides, or a multi-platform base image',
        });
    }
    return [image];
}
async function base(client, ref, name, topDigest, manifest, wanted) {
    const raw = JSON.parse(manifest.bytes.toString('utf8'));
    if (!raw.config || !isDigest(raw.config.digest))
        throw new errors/* DataError */.fL(`base image ${name}: manifest ${manifest.digest} has no config`);
    const configBytes = await readVerified(await client.openBlob(ref.repository, raw.config.digest), raw.config);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = (config.rootfs?.diff_ids ?? []);
    const descriptors = raw.layers ?? [];
    if (diffIds.length !== descriptors.length) {
        throw new errors/* DataError */.fL(`base image ${name}: ${descriptors.length} layers but ${diffIds.length} diff_ids in its config`);
    }
    const layers = descriptors.map((descriptor, i) => ({
        descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
        layer: registryBlob(client, ref.repository, descriptor, diffIds[i]),
        name: `base layer ${i + 1}`,
        origin: 'base',
        source: { registry: ref.registry, repository: ref.repository },
    }));
    const platform = {
        os: typeof config.os === 'string' ? config.os : wanted.os,
        architecture: typeof config.architecture === 'string' ? config.architecture : wanted.architecture,
        ...(typeof config.variant === 'string'
            ? { variant: config.variant }
            : wanted.variant
                ? { variant: wanted.variant }
                : {}),
    };
    return {
        name,
        digest: topDigest,
        manifestDigest: manifest.digest,
        platform,
        family: familyOf(manifest.mediaType),
        config,
        layers,
    };
}
/** Reads a small blob (a config) and checks digest and size before anyone trusts it. */
async function readVerified(stream, want) {
    const bytes = await readBody({ status: 200, headers: {}, url: '', body: stream }, 64 * 1024 * 1024, 'error');
    const got = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
    if (got !== want.digest || bytes.length !== want.size) {
        throw new errors/* DataError */.fL(`blob ${want.digest} read back as ${got} (${bytes.length} bytes, expected ${want.size})`);
    }
    return bytes;
}

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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: ./build/platform/process/hash-workers.js





/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
const defaultWorkers = () => Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
let helpBuffer;
// node:crypto is loaded when the main thread first hashes, not with this module: the CLI's entry imports it
// to start a worker before anything else, and loading crypto first (~3 ms) would only delay that worker
// (and `mlci --version`, which shares the entry and hashes nothing).
const hash_workers_sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
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
                        this.helping = { job, fd: (0,external_node_fs_.openSync)(job.path, 'r'), hash: hash_workers_sha256(), size: 0 };
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
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
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
function hash_files_hashFiles(files, onProgress) {
    return startHashing(files, onProgress).done();
}

;// CONCATENATED MODULE: ./build/platform/cache/outputs.js






/** The sha256 a link is recorded with: of its target, so a changed target is a changed output. */
function linkDigest(target) {
    return createHash('sha256').update(`symlink\u0000${target}`).digest('hex');
}
async function outputs_walk(root, realRoot, abs, out) {
    const path = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
    // The link rule build-image applies (core/fs/link-rule.ts): a link out of the workspace is an error
    // naming it, so a credentials file reached through a link never lands in a cache entry others restore.
    if ((await (0,promises_.lstat)(abs)).isSymbolicLink()) {
        const { target } = await linkInside(abs, realRoot, path);
        // An absolute target inside the workspace is stored relative, so it still leads there on another runner.
        const link = (0,external_node_path_.isAbsolute)(target) ? (0,external_node_path_.relative)((0,external_node_path_.dirname)(abs), target).split(external_node_path_.sep).join('/') || '.' : target;
        out.push({ path, abs, size: 0, executable: false, link });
        return;
    }
    const info = await (0,promises_.stat)(abs).catch(() => undefined);
    if (!info)
        return; // a dangling link inside the workspace: nothing to store
    if (info.isDirectory()) {
        for (const name of (await (0,promises_.readdir)(abs)).sort())
            await outputs_walk(root, realRoot, (0,external_node_path_.join)(abs, name), out);
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
    const realRoot = await (0,promises_.realpath)(root);
    for (const output of outputs) {
        const abs = (0,external_node_path_.join)(root, output);
        if (!(await (0,promises_.lstat)(abs).catch(() => undefined)))
            missing.push(output);
        else
            await outputs_walk(root, realRoot, abs, files);
    }
    return { files, missing };
}
/** Hashes of every output file (read in parallel). */
async function hashOutputs(root, outputs) {
    const { files, missing } = await listOutputs(root, outputs);
    const hashes = await hashFiles(files.filter((file) => file.link === undefined).map(({ abs, size }) => ({ path: abs, size })));
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
        await rm(join(root, output), { recursive: true, force: true });
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
        const from = join(staging, output);
        if (!(await stat(from).catch(() => undefined)))
            continue;
        const to = join(root, output);
        await rm(to, { recursive: true, force: true });
        await mkdir(dirname(to), { recursive: true });
        await rename(from, to);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./build/platform/git/run.js



const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
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
        throw new errors/* MlciError */.sc(`git ${args[0]} failed: ${stderr || (0,errors/* messageOf */.bD)(cause)}`, 1, { cause });
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
    const branch = await tryGit(cwd, ['symbolic-ref', '-q', 'HEAD'], options);
    if (branch)
        return branch;
    const tag = await tryGit(cwd, ['describe', '--tags', '--exact-match', 'HEAD'], options);
    return tag ? `refs/tags/${tag}` : undefined;
}
/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
async function commitTime(cwd, options = {}) {
    const text = (await run_tryGit(cwd, ['log', '-1', '--format=%ct'], options)) || undefined;
    const seconds = Number(text);
    return text && Number.isInteger(seconds) ? seconds : undefined;
}
/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
async function originUrl(cwd, options = {}) {
    const url = await run_tryGit(cwd, ['remote', 'get-url', 'origin'], options);
    if (!url)
        return undefined;
    const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
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

;// CONCATENATED MODULE: ./build/actions/build-image/clients.js


/** A registry client with credentials resolved and every secret masked before first use (SEC-02). */
async function clientFor(registry, io, inputs, explicit) {
    const resolved = await resolveCredentials(registry, {
        // Explicit credentials are for the target registry; a base on another registry gets its own lookup.
        username: explicit ? inputs['registry-username'] : undefined,
        password: explicit ? inputs['registry-password'] : undefined,
        githubToken: inputs['github-token'],
        env: io.env,
    });
    for (const secret of resolved.secrets)
        io.setSecret(secret);
    if (resolved.warning)
        io.log.warning(resolved.warning);
    io.log.info(`${registry}: credentials from ${resolved.from}`);
    return new RegistryClient(registry, {
        credentials: resolved.credentials,
        insecure: inputs['insecure-registries'],
        secret: (value) => io.setSecret(value),
    });
}

;// CONCATENATED MODULE: ./build/actions/build-image/build.js

















// Lineage metadata only: a git that hangs (a credential prompt, a locked repository) must not stall the build.
const GIT_LOOKUP = { timeout: 10_000 };
/** SOURCE_DATE_EPOCH: the input, the env variable, the commit time of HEAD, else 0. */
async function sourceDateEpoch(io, inputs) {
    if (inputs['source-date-epoch'] !== undefined)
        return inputs['source-date-epoch'];
    const env = io.env.SOURCE_DATE_EPOCH;
    if (env !== undefined && env !== '') {
        const n = Number(env);
        if (!Number.isInteger(n) || n < 0)
            throw new errors/* UsageError */.eb(`SOURCE_DATE_EPOCH "${env}" is not a non-negative integer number of seconds`);
        return n;
    }
    return (await commitTime(io.cwd, GIT_LOOKUP)) ?? 0;
}
function cacheDir(io, inputs) {
    const chosen = inputs['layer-cache'];
    if (chosen === 'off')
        return undefined;
    if (chosen)
        return (0,external_node_path_.resolve)(io.cwd, chosen);
    const root = io.env.RUNNER_TEMP ||
        io.env.XDG_CACHE_HOME ||
        (io.env.HOME ? (0,external_node_path_.join)(io.env.HOME, '.cache') : (0,external_node_path_.join)((0,external_node_os_.homedir)() || (0,external_node_os_.tmpdir)(), '.cache'));
    return (0,external_node_path_.join)(root, 'mlci', 'layer-digests');
}
/** The weights files (expanded from directories) with their sha256, paths relative to the workspace. */
async function hashedWeights(io, weights) {
    const { files } = await listOutputs(io.cwd, weights);
    const hashes = await hash_files_hashFiles(files.map((file) => ({ path: file.abs, size: file.size })));
    return files.map((file) => ({ path: file.path, sha256: hashes.get(file.abs).sha256 }));
}
/**
 * The model lineage of the run record, after checking it may be named: the run passed (or the user
 * allowed a failed one, with a warning), and it produced every weights file that goes into the image.
 */
async function readRunRecord(io, inputs) {
    const path = inputs['run-record'];
    if (!path)
        return undefined;
    const file = (0,external_node_path_.resolve)(io.cwd, path);
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
        throw new errors/* UsageError */.eb(`run record ${path} does not exist`, {
            hint: 'pass the run-record written by `mlci train`, or leave run-record empty',
        });
    });
    let record;
    try {
        record = JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`run record ${path} is not JSON`, { where: { file: path } });
    }
    const facts = runRecordFacts(record);
    if (facts.status !== 'passed') {
        const message = `run record ${path} has status ${facts.status ? `"${facts.status}"` : '(none)'}, not "passed": lineage labels would name a run that did not pass`;
        if (!inputs['allow-failed-run-record']) {
            throw new errors/* UsageError */.eb(message, {
                where: { file: path },
                hint: 'pass the record of a passing `mlci train` run, or set allow-failed-run-record: true',
            });
        }
        io.log.warning(`${message} (allowed by allow-failed-run-record)`);
    }
    const problems = unproducedWeights(await hashedWeights(io, inputs.weights), facts.outputs);
    if (problems.length) {
        throw new errors/* UsageError */.eb(`the weights were not produced by the run of ${path}: ${problems.join('; ')}`, {
            where: { file: path },
            hint: 'package the outputs of that run (restore them with `mlci train`), or pass the run record that produced these weights',
        });
    }
    return modelLineage(record);
}
/**
 * A layer's hashing progress: the terminal's updating line, else a log line every 5 s at most (10 GiB of
 * weights take a while). The tar stream counts its headers too, so the task ends once, at the total.
 */
function hashingProgress(io, plan) {
    const total = plan.members.reduce((sum, m) => sum + (m.entry.size ?? 0), 0);
    const mib = (n) => (n / 1024 / 1024).toFixed(0);
    // Started at the first chunk: a layer found in the digest cache is never read and shows nothing.
    let task;
    let ended = false;
    return (bytes) => {
        if (ended)
            return;
        task ??= progressOrLog(io.progress, (line) => io.log.info(line), {
            label: `hashing ${plan.name}`,
            total,
            everyMs: 5000,
            line: (done, seconds) => {
                const rate = done / seconds;
                return `${plan.name}: ${mib(done)}/${mib(total)} MiB hashed (${mib(rate)} MiB/s, ETA ${Math.max(0, (total - done) / rate).toFixed(0)} s)`;
            },
        });
        task.update(bytes);
        if (bytes >= total) {
            ended = true;
            task.end();
        }
    };
}
/** Resolves the base, builds the layers once, and assembles one image per platform (an index for several). */
async function build(io, inputs) {
    const epoch = await sourceDateEpoch(io, inputs);
    const created = epochTime(epoch);
    const baseName = inputs['base-image'] ?? 'scratch';
    let bases;
    if (baseName === 'scratch') {
        bases = inputs.platforms.map(scratch);
    }
    else {
        const ref = parseReference(baseName, 'base-image');
        const client = await clientFor(ref.registry, io, inputs, inputs.image ? parseReference(inputs.image).registry === ref.registry : false);
        bases = await io.log.group(`Resolving base ${baseName}`, () => resolveBase(client, ref, inputs.platforms));
        for (const base of bases)
            io.log.info(`base ${base.platform.os}/${base.platform.architecture}: ${base.manifestDigest}`);
    }
    const family = bases[0].family;
    const plans = await planLayers({
        weights: inputs.weights,
        metadata: inputs.metadata,
        layers: inputs.layers,
        code: inputs.code,
        modelDir: inputs['model-dir'],
        appDir: inputs['app-dir'],
        splitBytes: inputs['split-size'] * 1024 * 1024,
    }, io.cwd);
    const dir = cacheDir(io, inputs);
    const cache = dir ? directoryDigestCache(dir) : undefined;
    const layers = plans.map((plan) => fileLayer({
        ...plan,
        mtime: epoch,
        compression: inputs.compression,
        family,
        cache,
        onProgress: hashingProgress(io, plan),
    }));
    await io.log.group(`Building ${layers.length} layers`, async () => {
        // Two at a time: zlib runs on the libuv pool, so two large layers use both cores of a runner.
        const queue = [...layers];
        const lane = async () => {
            for (let layer = queue.shift(); layer; layer = queue.shift()) {
                const t = performance.now();
                const digest = await layer.digest();
                io.log.info(`${layer.name}: ${layer.files} files, ${await layer.size()} bytes, ${await layer.compression()}, ${digest} (${((performance.now() - t) / 1000).toFixed(2)} s)`);
            }
        };
        await Promise.all([lane(), lane()]);
    });
    const first = bases[0];
    const tagVersion = inputs.tags.find((t) => /^v?\d+(\.\d+)*([-+].*)?$/.test(t));
    const server = io.env.GITHUB_SERVER_URL || 'https://github.com';
    const lineage = {
        created,
        source: io.env.GITHUB_REPOSITORY
            ? `${server}/${io.env.GITHUB_REPOSITORY}`
            : await originUrl(io.cwd, GIT_LOOKUP),
        revision: io.env.GITHUB_SHA || (await headCommit(io.cwd, GIT_LOOKUP)),
        version: inputs.version ?? tagVersion,
        baseName: first.name,
        baseDigest: first.digest,
        model: await readRunRecord(io, inputs),
    };
    const annotations = lineageAnnotations(lineage);
    const labels = { ...annotations, ...inputs.labels };
    const changes = {
        entrypoint: inputs.entrypoint,
        cmd: inputs.cmd,
        env: inputs.env,
        workdir: inputs.workdir,
        user: inputs.user,
        ports: inputs.ports,
        labels,
        healthcheck: inputs.healthcheck,
    };
    const images = [];
    for (const base of bases)
        images.push(await assembleImage(base, layers, { changes, created, annotations: labels }));
    const artifact = images.length === 1 ? images[0] : assembleIndex(images, labels);
    return { artifact, layers, bases, lineage, annotations: labels };
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
    throw new errors/* UsageError */.eb(`input \`${name}\` must be true or false, got "${value}"`);
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
        throw new errors/* UsageError */.eb(`input \`${name}\` must be ${kind}${range}, got "${text}"`);
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

;// CONCATENATED MODULE: ./build/actions/build-image/inputs.js





/** A command line as JSON array (exec form) or words split on whitespace. */
function parseCommand(name, text) {
    if (text === undefined)
        return undefined;
    if (text.startsWith('[')) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`input \`${name}\` looks like a JSON array but does not parse: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
            throw new errors/* UsageError */.eb(`input \`${name}\` must be a JSON array of strings`);
        }
        return value;
    }
    return text.split(/\s+/).filter(Boolean);
}
/** KEY=VALUE lines as pairs, or a usage error naming the line. */
function parsePairs(name, lines) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new errors/* UsageError */.eb(`input \`${name}\`: "${line}" is not KEY=VALUE`);
        return [line.slice(0, eq).trim(), line.slice(eq + 1)];
    });
}
/** KEY=VALUE lists split on newlines only: values may hold commas (BPA-01: no silent split at a comma). */
function readLines(read, name) {
    const text = readString(read, name);
    if (text === undefined)
        return [];
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function oneOf(read, name, choices, fallback) {
    const value = readString(read, name, fallback);
    if (!choices.includes(value)) {
        throw new errors/* UsageError */.eb(`input \`${name}\` must be one of ${choices.join(', ')}, got "${value}"`);
    }
    return value;
}
/** The only place build-image reads inputs. */
function getBuildImageInputs(read) {
    const epoch = readString(read, 'source-date-epoch');
    const push = readString(read, 'push');
    const platforms = readList(read, 'platforms');
    return {
        image: readString(read, 'image'),
        tags: readList(read, 'tags'),
        'base-image': readString(read, 'base-image'),
        platforms: (platforms.length ? platforms : ['linux/amd64']).map(parsePlatform),
        weights: readList(read, 'weights'),
        metadata: readList(read, 'metadata'),
        code: readList(read, 'code'),
        layers: readList(read, 'layers').map(parseLayerSpec),
        'model-dir': readString(read, 'model-dir', '/opt/model'),
        'app-dir': readString(read, 'app-dir', '/opt/app'),
        'split-size': readNumber(read, 'split-size', 64, { min: 1 }),
        entrypoint: parseCommand('entrypoint', readString(read, 'entrypoint')),
        cmd: parseCommand('cmd', readString(read, 'cmd')),
        env: parsePairs('env', readLines(read, 'env')).map(([k, v]) => `${k}=${v}`),
        workdir: readString(read, 'workdir'),
        user: readString(read, 'user'),
        ports: readList(read, 'ports'),
        labels: Object.fromEntries(parsePairs('labels', readLines(read, 'labels'))),
        preset: oneOf(read, 'preset', ['none', 'python'], 'none'),
        'run-record': readString(read, 'run-record'),
        'allow-failed-run-record': readBoolean(read, 'allow-failed-run-record', false),
        version: readString(read, 'version'),
        'source-date-epoch': epoch === undefined ? undefined : readNumber(read, 'source-date-epoch', 0, { min: 0, integer: true }),
        compression: parseCompression(readString(read, 'compression', 'auto')),
        push: push === undefined ? undefined : readBoolean(read, 'push', true),
        'oci-layout': readString(read, 'oci-layout'),
        'docker-tar': readString(read, 'docker-tar'),
        'promote-from': readString(read, 'promote-from'),
        'registry-username': readString(read, 'registry-username'),
        'registry-password': readString(read, 'registry-password'),
        // An unexpanded `${{ … }}` (the default read outside a runner) is no token.
        'github-token': readString(read, 'github-token')?.startsWith('${{')
            ? undefined
            : readString(read, 'github-token'),
        'insecure-registries': readList(read, 'insecure-registries'),
        jobs: readNumber(read, 'jobs', 4, { min: 1, max: 8, integer: true }),
        'upload-mode': oneOf(read, 'upload-mode', ['streamed', 'monolithic', 'chunked'], 'streamed'),
        'chunk-size': readNumber(read, 'chunk-size', 4, { min: 0.0625, max: 1024 }),
        'layer-cache': readString(read, 'layer-cache'),
        report: readString(read, 'report', 'mlci-image-report.json'),
    };
}

;// CONCATENATED MODULE: ./build/actions/build-image/preset.js
/**
 * The `python` serving preset: defaults for a model served by a Python script, each kept only if the
 * user did not set it. Convenience, not a requirement of the core.
 */
function applyPreset(inputs) {
    if (inputs.preset !== 'python')
        return inputs;
    const port = inputs.ports[0]?.split('/')[0] ?? '8080';
    const env = [
        `MODEL_DIR=${inputs['model-dir']}`,
        `PORT=${port}`,
        'PYTHONUNBUFFERED=1',
        'PYTHONDONTWRITEBYTECODE=1',
    ];
    const keys = new Set(inputs.env.map((e) => e.split('=', 1)[0]));
    return {
        ...inputs,
        'base-image': inputs['base-image'] ?? 'python:3.12-slim',
        entrypoint: inputs.entrypoint ?? ['python', `${inputs['app-dir']}/serve.py`],
        workdir: inputs.workdir ?? inputs['app-dir'],
        ports: inputs.ports.length ? inputs.ports : [`${port}/tcp`],
        env: [...env.filter((e) => !keys.has(e.split('=', 1)[0])), ...inputs.env],
        // Docker's HEALTHCHECK in exec form: python's stdlib only, no curl needed in a slim base.
        healthcheck: [
            'CMD',
            'python',
            '-c',
            "import os,urllib.request;urllib.request.urlopen('http://127.0.0.1:'+os.environ.get('PORT','8080')+'/healthz',timeout=3)",
        ],
    };
}

;// CONCATENATED MODULE: ./build/actions/build-image/summary.js
// Names come from file names and user labels: escape what markdown or HTML would act on.
function md(text) {
    return text.replace(/[\\`*_[\]<>|@&#]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}
function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
/** The job summary: image by digest, tags, and one row per layer (what happened, bytes, seconds). */
function renderSummary(report) {
    const lines = [`### mlci build-image${report.promotedFrom ? ' (promotion)' : ''}`, ''];
    lines.push(report.reference ? `**Image:** \`${report.reference}\`` : `**Digest:** \`${report.digest}\` (not pushed)`);
    if (report.tags.length)
        lines.push('', `**Tags:** ${report.tags.map((t) => `\`${t}\``).join(', ')}`);
    if (report.promotedFrom)
        lines.push('', `Promoted from \`${report.promotedFrom.reference}\` by ${report.promotedFrom.how}; the digest is unchanged.`);
    if (report.base)
        lines.push('', `**Base:** \`${report.base.name}\`${report.base.digest ? ` @ \`${report.base.digest}\`` : ''}`);
    if (report.platforms.length > 1)
        lines.push('', `**Platforms:** ${report.platforms.map((p) => p.platform).join(', ')} (one index, model layers shared)`);
    lines.push('', '| Layer | Digest | Size | Compression | Push | Sent | Seconds |', '|---|---|---:|---|---|---:|---:|');
    for (const layer of report.layers) {
        lines.push(`| ${md(layer.name)} | \`${layer.digest.slice(7, 19)}\` | ${bytes(layer.size)} | ${layer.compression ?? '—'} | ${layer.action ?? '—'} | ${layer.bytesSent === undefined ? '—' : bytes(layer.bytesSent)} | ${layer.seconds === undefined ? '—' : layer.seconds.toFixed(2)} |`);
    }
    const lineage = Object.entries(report.annotations);
    if (lineage.length) {
        lines.push('', '<details><summary>Labels and annotations</summary>', '', '| Key | Value |', '|---|---|');
        for (const [key, value] of lineage)
            lines.push(`| ${md(key)} | ${md(value)} |`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/actions/build-image/finish.js



/** Writes the report, the outputs and the job summary: the last step of a build or a promotion. */
async function finish(io, inputs, report) {
    await writeFileAtomic((0,external_node_path_.resolve)(io.cwd, inputs.report), `${JSON.stringify(report, null, 2)}\n`);
    io.output('digest', report.digest);
    if (report.reference)
        io.output('image', report.reference);
    if (report.image)
        io.output('image-name', report.image);
    io.output('tags', report.tags.join('\n'));
    io.output('report', inputs.report);
    await io.summary(renderSummary(report));
    io.log.info(report.reference ? `pushed ${report.reference} (${report.tags.join(', ')})` : `built ${report.digest}`);
}

;// CONCATENATED MODULE: ./build/platform/registry/promote.js







/**
 * An image or index already in a registry, with its exact manifest bytes, so that pushing it elsewhere
 * gives the same digest (promotion never rebuilds). Layers are described, not downloaded.
 */
async function pullArtifact(client, ref) {
    client.prepare(ref.repository, 'pull');
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    const blob = (bytes, mediaType, digest) => ({
        bytes,
        descriptor: { mediaType, digest, size: bytes.length },
    });
    if (isIndexType(top.mediaType)) {
        const raw = JSON.parse(top.bytes.toString('utf8'));
        const images = await Promise.all((raw.manifests ?? []).map(async (entry) => {
            const child = await client.getManifest(ref.repository, entry.digest);
            return pulledImage(client, ref, blob(child.bytes, child.mediaType, child.digest), entry.platform);
        }));
        return { kind: 'index', manifest: blob(top.bytes, top.mediaType, top.digest), images };
    }
    return pulledImage(client, ref, blob(top.bytes, top.mediaType, top.digest), undefined);
}
async function pulledImage(client, ref, manifest, platform) {
    const raw = JSON.parse(manifest.bytes.toString('utf8'));
    if (!raw.config)
        throw new errors/* DataError */.fL(`${formatReference(ref)}: manifest ${manifest.descriptor.digest} has no config`);
    const bytes = await readBody({ status: 200, headers: {}, url: '', body: await client.openBlob(ref.repository, raw.config.digest) }, 64 * 1024 * 1024, 'error');
    const got = `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
    if (got !== raw.config.digest)
        throw new errors/* DataError */.fL(`${formatReference(ref)}: config ${raw.config.digest} read back as ${got}`);
    const config = JSON.parse(bytes.toString('utf8'));
    const diffIds = (config.rootfs?.diff_ids ?? []);
    const layers = (raw.layers ?? []).map((d, i) => ({
        descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size },
        layer: registryBlob(client, ref.repository, d, diffIds[i] ?? d.digest),
        name: `layer ${i + 1}`,
        origin: 'base',
        source: { registry: ref.registry, repository: ref.repository },
    }));
    const resolved = platform ?? {
        os: String(config.os ?? 'linux'),
        architecture: String(config.architecture ?? 'amd64'),
    };
    return {
        kind: 'image',
        platform: resolved,
        base: { platform: resolved, family: familyOf(manifest.descriptor.mediaType), config, layers: [] },
        config: {
            bytes,
            descriptor: { mediaType: raw.config.mediaType, digest: raw.config.digest, size: bytes.length },
        },
        configSource: { registry: ref.registry, repository: ref.repository },
        manifest,
        layers,
    };
}
/**
 * Points `tags` of `to` at the image `from` names, without rebuilding: the digest stays the same, so
 * what was tested is what ships. Same repository: manifest PUTs only. Another repository of the same
 * registry: blobs are mounted. Another registry: blobs are streamed across. Used by `release`.
 */
async function promoteImage(source, target, tags, options = {}) {
    const artifact = await pullArtifact(source.client, source.ref);
    if (source.ref.digest && artifact.manifest.descriptor.digest !== source.ref.digest) {
        throw new errors/* MlciError */.sc(`${formatReference(source.ref)} resolved to ${artifact.manifest.descriptor.digest}`, 1);
    }
    const sameRegistry = source.client.registry === target.client.registry;
    const how = !sameRegistry
        ? 'copy'
        : source.ref.repository === target.repository
            ? 'same-repository'
            : 'mount';
    const result = await pushImage(target.client, target.repository, artifact, tags, options);
    return { ...result, how };
}

;// CONCATENATED MODULE: ./build/actions/build-image/promote.js






/** `promote-from`: point `image`:`tags` at an existing image without rebuilding (same digest). */
async function promote(io, inputs, ref, tags) {
    // Promotion never builds: inputs that describe a build are a mistake, not something to ignore.
    const building = ['weights', 'metadata', 'code', 'layers', 'oci-layout', 'docker-tar'].filter((name) => {
        const value = inputs[name];
        return Array.isArray(value) ? value.length > 0 : value !== undefined;
    });
    if (building.length) {
        throw new errors/* UsageError */.eb(`input \`promote-from\` re-tags an existing image; it cannot be combined with \`${building[0]}\``, {
            hint: 'use one step to build and another to promote its digest',
        });
    }
    if (!ref)
        throw new errors/* UsageError */.eb('promote-from needs `image`, the name to promote to', {
            hint: 'e.g. image: ghcr.io/acme/model, tags: prod',
        });
    const from = parseReference(inputs['promote-from'], 'promote-from');
    if (!from.digest && !from.tag)
        throw new errors/* UsageError */.eb(`promote-from "${inputs['promote-from']}" needs a tag or a digest`);
    const sourceClient = await clientFor(from.registry, io, inputs, from.registry === ref.registry);
    const targetClient = from.registry === ref.registry ? sourceClient : await clientFor(ref.registry, io, inputs, true);
    const result = await io.log.group(`Promoting ${formatReference(from)} to ${repositoryName(ref)}`, () => promoteImage({ client: sourceClient, ref: from }, { client: targetClient, repository: ref.repository }, tags, {
        jobs: inputs.jobs,
        warn: (message) => io.log.warning(message),
    }));
    const report = imageReport({
        image: repositoryName(ref),
        reference: `${repositoryName(ref)}@${result.digest}`,
        digest: result.digest,
        mediaType: result.mediaType,
        tags: result.tags,
        platforms: [],
        layers: result.blobs
            .filter((b) => b.kind === 'layer')
            .map((b) => ({
            name: b.name,
            role: 'promoted',
            origin: 'base',
            digest: b.digest,
            size: b.size,
            mediaType: b.mediaType,
            action: b.action,
            bytesSent: b.bytesSent,
            seconds: Number(b.seconds.toFixed(3)),
        })),
        annotations: {},
        outputs: {},
        promotedFrom: { reference: formatReference(from), how: result.how },
        pushed: true,
    });
    await finish(io, inputs, report);
}

;// CONCATENATED MODULE: ./build/core/image/sinks.js










const REF_NAME = 'org.opencontainers.image.ref.name';
/** Every blob of an artifact once: layers (shared ones once), configs, per-platform manifests. */
function blobsOf(artifact) {
    const layers = new Map();
    const json = [];
    for (const image of imagesOf(artifact)) {
        for (const layer of image.layers)
            layers.set(layer.descriptor.digest, layer);
        json.push(image.config, image.manifest);
    }
    if (artifact.kind === 'index')
        json.push(artifact.manifest);
    return { layers: [...layers.values()], json };
}
/** Streams bytes to a file while hashing them; a digest that does not match is an error, not a blob. */
async function writeVerified(files, path, source, want) {
    await files.writeStream(path, async (out) => {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        let size = 0;
        await (0,external_node_stream_promises_namespaceObject.pipeline)(source, async function* (chunks) {
            for await (const chunk of chunks) {
                hash.update(chunk);
                size += chunk.length;
                yield chunk;
            }
        }, out);
        const got = `sha256:${hash.digest('hex')}`;
        if (got !== want.digest || size !== want.size) {
            throw new errors/* DataError */.fL(`blob ${want.digest} came out as ${got} (${size} bytes, expected ${want.size}): a source file changed during the build`, { hint: 'run the build again once nothing writes to the source directories' });
        }
    });
}
async function exists(path, size) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.size === size;
}
/**
 * Writes an OCI image layout (image-spec image-layout.md) into `dir`: blobs under blobs/sha256, and
 * index.json naming the artifact once per tag. Entries of other tags already in index.json are kept;
 * blobs already present are not rewritten. Returns the artifact's digest.
 */
async function writeOciLayout(dir, artifact, tags, files) {
    const blobs = (0,external_node_path_.join)(dir, 'blobs', 'sha256');
    await (0,promises_.mkdir)(blobs, { recursive: true });
    const { layers, json } = blobsOf(artifact);
    for (const layer of layers) {
        const path = (0,external_node_path_.join)(blobs, hexOf(layer.descriptor.digest));
        if (await exists(path, layer.descriptor.size))
            continue;
        await writeVerified(files, path, await layer.layer.compressed(), layer.descriptor);
    }
    for (const blob of json)
        await files.writeFile((0,external_node_path_.join)(blobs, hexOf(blob.descriptor.digest)), blob.bytes);
    await files.writeFile((0,external_node_path_.join)(dir, 'oci-layout'), `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`);
    const top = artifact.manifest.descriptor;
    const previous = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'index.json'), 'utf8')
        .then((text) => JSON.parse(text).manifests ?? [])
        .catch(() => []);
    const names = tags.length ? tags : ['latest'];
    const kept = previous.filter((d) => !names.includes(d.annotations?.[REF_NAME] ?? '\0'));
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: [
            ...kept,
            ...names.map((name) => ({
                mediaType: top.mediaType,
                digest: top.digest,
                size: top.size,
                annotations: { [REF_NAME]: name },
            })),
        ],
    };
    await files.writeFile((0,external_node_path_.join)(dir, 'index.json'), `${JSON.stringify(index)}\n`);
    return top.digest;
}
/**
 * Writes a tar that `docker load` reads (manifest.json with RepoTags) and that is also an OCI layout
 * (as Docker 25+ writes it), for one platform's image. Layers stay compressed: docker load accepts gzip.
 */
async function writeDockerArchive(out, image, repoTags) {
    const blobPath = (digest) => `blobs/sha256/${hexOf(digest)}`;
    const json = (path, value) => bytesEntry(path, Buffer.from(JSON.stringify(value)));
    const layers = new Map();
    for (const layer of image.layers)
        layers.set(layer.descriptor.digest, layer);
    const top = image.manifest.descriptor;
    const entries = [
        { type: 'directory', path: 'blobs/', mode: 0o755 },
        { type: 'directory', path: 'blobs/sha256/', mode: 0o755 },
        ...[...layers.values()].map((layer) => ({
            type: 'file',
            path: blobPath(layer.descriptor.digest),
            mode: 0o644,
            size: layer.descriptor.size,
            open: () => external_node_stream_namespaceObject.Readable.from(lazy(() => layer.layer.compressed())),
        })),
        bytesEntry(blobPath(image.config.descriptor.digest), image.config.bytes),
        bytesEntry(blobPath(top.digest), image.manifest.bytes),
        json('index.json', {
            schemaVersion: 2,
            mediaType: MEDIA.ociIndex,
            manifests: [{ ...top, annotations: repoTags[0] ? { [REF_NAME]: repoTags[0] } : undefined }],
        }),
        json('manifest.json', [
            {
                Config: blobPath(image.config.descriptor.digest),
                RepoTags: repoTags,
                Layers: image.layers.map((l) => blobPath(l.descriptor.digest)),
            },
        ]),
        json('oci-layout', { imageLayoutVersion: '1.0.0' }),
    ];
    await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.from(renderTar(entries, { mtime: 0 })), out);
}
function bytesEntry(path, bytes) {
    return { type: 'file', path, mode: 0o644, size: bytes.length, open: () => external_node_stream_namespaceObject.Readable.from([bytes]) };
}
async function* lazy(open) {
    for await (const chunk of await open())
        yield chunk;
}

;// CONCATENATED MODULE: ./build/actions/build-image/write-local.js






/** The offline sinks: an OCI layout directory and/or a `docker load` tarball (first platform). */
async function writeLocal(io, inputs, artifact, ref, tags) {
    const outputs = {};
    if (inputs['oci-layout']) {
        const dir = (0,external_node_path_.resolve)(io.cwd, inputs['oci-layout']);
        await io.log.group(`Writing OCI layout ${dir}`, () => writeOciLayout(dir, artifact, tags.length ? tags : ['latest'], {
            writeFile: writeFileAtomic,
            writeStream: writeStreamAtomic,
        }));
        outputs.ociLayout = inputs['oci-layout'];
    }
    if (inputs['docker-tar']) {
        const file = (0,external_node_path_.resolve)(io.cwd, inputs['docker-tar']);
        const name = ref ? repositoryName(ref) : 'mlci/image';
        const image = imagesOf(artifact)[0];
        if (imagesOf(artifact).length > 1)
            io.log.warning(`docker-tar holds one platform (${formatPlatform(image.platform)}); docker load takes one`);
        await io.log.group(`Writing docker load tar ${file}`, () => writeStreamAtomic(file, (out) => writeDockerArchive(out, image, (tags.length ? tags : ['latest']).map((t) => `${name}:${t}`))));
        outputs.dockerTar = inputs['docker-tar'];
    }
    return outputs;
}

;// CONCATENATED MODULE: ./build/actions/build-image/build-image.js
















/** The target reference and tags: a `:tag` in `image` joins `tags`; default sha-<short> on a runner, else latest. */
function target(io, inputs) {
    if (!inputs.image)
        return { tags: inputs.tags.map(checkTag) };
    const ref = parseReference(inputs.image, 'image');
    if (ref.digest)
        throw new errors/* UsageError */.eb(`image "${inputs.image}" names a digest; give a name (and tags) to push to`);
    const tags = [...(ref.tag ? [ref.tag] : []), ...inputs.tags].map(checkTag);
    if (!tags.length)
        tags.push(io.env.GITHUB_SHA ? `sha-${io.env.GITHUB_SHA.slice(0, 7)}` : 'latest');
    return { ref: { registry: ref.registry, repository: ref.repository }, tags: [...new Set(tags)] };
}
/** `mlci build-image`: build a model image without an engine, write it offline and/or push it. */
async function buildImage(io) {
    const inputs = applyPreset(getBuildImageInputs(io.inputs));
    if (inputs['registry-password'])
        io.setSecret(inputs['registry-password']);
    const { ref, tags } = target(io, inputs);
    await checkRunPaths(io, { report: inputs.report, 'oci-layout': inputs['oci-layout'], 'docker-tar': inputs['docker-tar'] }, {
        weights: inputs.weights,
        metadata: inputs.metadata,
        code: inputs.code,
        layers: inputs.layers.map((layer) => layer.source),
        'run-record': inputs['run-record'],
    });
    await keepReportCurrent((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/image-report', version: 1 }, () => inputs['promote-from'] ? promote(io, inputs, ref, tags) : buildAndWrite(io, inputs, ref, tags));
}
async function buildAndWrite(io, inputs, ref, tags) {
    const push = inputs.push ?? ref !== undefined;
    if (push && !ref)
        throw new errors/* UsageError */.eb('input `push` is true but `image` is empty', {
            hint: 'set `image: ghcr.io/OWNER/NAME`, or push: false',
        });
    if (!push && !inputs['oci-layout'] && !inputs['docker-tar']) {
        throw new errors/* UsageError */.eb('nothing to do: no `image` to push, no `oci-layout` and no `docker-tar`', {
            hint: 'set `image` to push, or oci-layout / docker-tar to write the image locally',
        });
    }
    const built = await build(io, inputs);
    const { artifact } = built;
    const outputs = await writeLocal(io, inputs, artifact, ref, tags);
    let pushed;
    if (push && ref) {
        const client = await clientFor(ref.registry, io, inputs, true);
        pushed = await io.log.group(`Pushing ${repositoryName(ref)}`, () => pushImage(client, ref.repository, artifact, tags, {
            jobs: inputs.jobs,
            upload: inputs['upload-mode'],
            chunkSize: Math.round(inputs['chunk-size'] * 1024 * 1024),
            warn: (message) => io.log.warning(message),
            onProgress: io.progress ? blobProgress(io.progress) : pushProgress((line) => io.log.info(line)),
            onBlob: (b) => io.log.info(`${b.action} ${b.name} ${b.digest} (${b.bytesSent} bytes sent, ${b.seconds.toFixed(2)} s)`),
        }));
    }
    const report = await buildImageReport({
        ...(ref ? { image: repositoryName(ref) } : {}),
        artifact,
        built: built.layers,
        lineage: built.lineage,
        annotations: built.annotations,
        tags,
        outputs,
        pushed,
    });
    await finish(io, inputs, report);
}


/***/ }),

/***/ 138:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(104);
/* harmony import */ var _build_image_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(399);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(612);



await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .spec */ .I, _build_image_js__WEBPACK_IMPORTED_MODULE_1__/* .buildImage */ ._);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/** build-image's inputs and outputs; actions/build-image/action.yml and `mlci image --help` come from it. */
const spec = {
    name: 'build-image',
    aliases: ['image'],
    summary: 'Build a model container image without a Docker engine and push it to an OCI registry.',
    inputs: {
        image: {
            description: 'Image name to push, e.g. ghcr.io/OWNER/model (lowercased for you; a `:tag` here is added to `tags`). Empty: build offline only (oci-layout / docker-tar).',
        },
        tags: {
            description: 'Tags to point at the pushed digest, one per line. Default: sha-<short commit> on a runner, else latest.',
            kind: 'list',
        },
        'base-image': {
            description: 'Base image by tag or digest, resolved once to a digest per platform; `scratch` for none. Default: scratch, or python:3.12-slim with preset python.',
        },
        platforms: {
            description: 'Platforms, one per line (linux/amd64, linux/arm64). Several give an image index; the model layers are shared.',
            kind: 'list',
            default: 'linux/amd64',
        },
        weights: {
            description: 'Model weight files or directories, placed under model-dir. Files of at least split-size MiB get a layer each.',
            kind: 'list',
        },
        metadata: {
            description: 'Model metadata files or directories (model card, config, schema), placed under model-dir.',
            kind: 'list',
        },
        code: {
            description: 'Serving code files or directories, placed under app-dir (the last layer).',
            kind: 'list',
        },
        layers: {
            description: 'Extra layers, one per line as SOURCE:/destination, in order (stable to volatile), between metadata and code.',
            kind: 'list',
        },
        'model-dir': { description: 'Where weights and metadata go in the image.', default: '/opt/model' },
        'app-dir': { description: 'Where code goes in the image.', default: '/opt/app' },
        'split-size': {
            description: 'Weight files of at least this many MiB get their own layer.',
            kind: 'number',
            default: '64',
        },
        entrypoint: {
            description: 'ENTRYPOINT as a JSON array (["python","-m","serve"]) or words split on spaces.',
        },
        cmd: { description: 'CMD as a JSON array or words split on spaces.' },
        env: { description: 'Environment variables, KEY=VALUE one per line.', kind: 'list' },
        workdir: { description: 'Working directory of the container.' },
        user: { description: 'User (name or uid[:gid]) the container runs as.' },
        ports: { description: 'Exposed ports, one per line (8080 or 8080/tcp).', kind: 'list' },
        labels: {
            description: 'Labels, KEY=VALUE one per line (also written as manifest annotations).',
            kind: 'list',
        },
        preset: {
            description: 'Serving preset: `python` sets base python:3.12-slim, entrypoint python /opt/app/serve.py, port 8080, MODEL_DIR and a /healthz health check, unless set. `none` for no defaults.',
            default: 'none',
        },
        'run-record': {
            description: 'Path of the train run record (mlci/run-record) whose fingerprints go into the lineage labels. It must have status passed, and every weights file must be one of its outputs (same sha256).',
        },
        'allow-failed-run-record': {
            description: 'Use a run record whose status is not passed for the lineage labels, with a warning (refused otherwise, exit 2).',
            kind: 'boolean',
            default: 'false',
        },
        version: {
            description: 'org.opencontainers.image.version. Default: the first tag that looks like a version.',
        },
        'source-date-epoch': {
            description: 'Seconds since 1970 for every file time and `created`. Default: $SOURCE_DATE_EPOCH, else the commit time of HEAD, else 0.',
        },
        compression: {
            description: 'auto (gzip for small layers; Huffman-only or stored for large ones by a sample), gzip, huffman, stored or none.',
            default: 'auto',
        },
        push: { description: 'Push to the registry (default true when `image` is set).', kind: 'boolean' },
        'oci-layout': { description: 'Also write an OCI image layout into this directory (works offline).' },
        'docker-tar': { description: 'Also write a `docker load` tarball to this file (first platform).' },
        'promote-from': {
            description: 'Instead of building, point `image`:`tags` at this existing image (by digest or tag): same repo re-tags, another repo mounts, another registry copies. The digest does not change.',
        },
        'registry-username': {
            description: 'Registry user. Default: GITHUB_ACTOR for ghcr.io, else docker config.json.',
        },
        'registry-password': {
            description: 'Registry password or token. Default: GITHUB_TOKEN for ghcr.io, else ~/.docker/config.json `auths` (what docker/login-action writes).',
        },
        'github-token': {
            description: 'Token used as the ghcr.io password when registry-password is empty (needs `packages: write`). Default: the workflow token; $GITHUB_TOKEN on the command line.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
            default: '${{ github.token }}',
        },
        'insecure-registries': {
            description: 'Registries to reach over plain http (loopback always is).',
            kind: 'list',
        },
        jobs: { description: 'Blobs uploaded in parallel (1–8).', kind: 'number', default: '4' },
        'upload-mode': {
            description: 'streamed (one PATCH), monolithic (one PUT) or chunked (PATCHes of chunk-size MiB).',
            default: 'streamed',
        },
        'chunk-size': {
            description: 'Chunk size in MiB for upload-mode chunked (GHCR accepts at most 4).',
            kind: 'number',
            default: '4',
        },
        'layer-cache': {
            description: 'Directory remembering layer digests by file identity, so unchanged weights are not re-read. Default: RUNNER_TEMP or the user cache dir; `off` to disable.',
        },
        report: { description: 'Where to write the mlci/image-report JSON.', default: 'mlci-image-report.json' },
    },
    outputs: {
        digest: {
            description: 'Digest of the pushed (or written) image or index: give it to actions/attest-build-provenance as subject-digest.',
        },
        image: { description: 'The image by digest, registry/name@sha256:…' },
        tags: { description: 'Tags that now point at the digest, one per line.' },
        'image-name': { description: 'registry/name (lowercased), for attest-build-provenance subject-name.' },
        report: { description: 'Path of the mlci/image-report JSON.', path: true },
    },
    permissions: { contents: 'read', packages: 'write' },
};


/***/ }),

/***/ 104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(807);


/**
 * What the toolkit's run() does and nothing more: run the command with the runner's IO, turn an
 * MlciError into an error annotation and its exit code. Never calls process.exit().
 */
async function runAction(spec, command, io) {
    // Worker threads that load the bundle itself (validate-data's range workers) must not run the action.
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread)
        return;
    // Imported here, not at the top: the CLI imports reportFailure and has no use for @actions/core.
    io ??= (await __nccwpck_require__.e(/* import() */ 200).then(__nccwpck_require__.bind(__nccwpck_require__, 200))).runnerIO();
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

/***/ 807:
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

/***/ 827:
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
/******/ var __webpack_exports__ = __nccwpck_require__(138);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
