export const id = 9135;
export const ids = [9135];
export const modules = {

/***/ 39135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImage: () => (/* binding */ buildImage)
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

// EXTERNAL MODULE: ./build/platform/terminal/progress.js + 1 modules
var progress = __webpack_require__(26986);
// EXTERNAL MODULE: ./build/core/image/reference.js
var reference = __webpack_require__(19349);
// EXTERNAL MODULE: ./build/core/version.js
var version = __webpack_require__(18614);
// EXTERNAL MODULE: ./build/core/image/image.js
var image_image = __webpack_require__(78701);
// EXTERNAL MODULE: ./build/core/image/platform.js
var platform = __webpack_require__(17981);
;// CONCATENATED MODULE: ./build/core/image/report.js



/** Builds the report in one step from its parts. */
function imageReport(fields) {
    return { kind: 'mlci/image-report', version: 1, tool: { name: 'mlci', version: version/* MLCI_VERSION */.B }, ...fields };
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
    return (0,image_image/* imagesOf */.IC)(artifact).map((image) => ({
        platform: (0,platform/* formatPlatform */.Bq)(image.platform),
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
    for (const image of (0,image_image/* imagesOf */.IC)(artifact)) {
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/platform/fs/output-paths.js
var output_paths = __webpack_require__(74814);
// EXTERNAL MODULE: ./build/platform/fs/report-file.js
var report_file = __webpack_require__(85923);
// EXTERNAL MODULE: ./build/platform/registry/push.js + 1 modules
var registry_push = __webpack_require__(66989);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/core/image/config.js
var config = __webpack_require__(90116);
// EXTERNAL MODULE: ./build/core/image/digest.js
var image_digest = __webpack_require__(80046);
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
                    (0,image_digest/* isDigest */.Bc)(value.digest) &&
                    typeof value.diffId === 'string' &&
                    (0,image_digest/* isDigest */.Bc)(value.diffId) &&
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
    const coded = external_node_zlib_.deflateRawSync(sample, { strategy: external_node_zlib_.constants.Z_HUFFMAN_ONLY });
    return 1 - coded.length / sample.length >= COMPRESSION_DEFAULTS.minSaving ? 'huffman' : 'stored';
}
// Pinned deflate settings: the compressed digest depends on them (and on zlib's build), the diff_id
// does not. windowBits/memLevel are zlib's defaults, written out so a Node upgrade cannot move them.
function deflateOptions(compression) {
    const common = { windowBits: 15, memLevel: 8, chunkSize: 256 * 1024 };
    if (compression === 'huffman')
        return { ...common, level: 6, strategy: external_node_zlib_.constants.Z_HUFFMAN_ONLY };
    if (compression === 'stored')
        return { ...common, level: 0, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY };
    return { ...common, level: 6, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY };
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
            crc = external_node_zlib_.crc32(chunk, crc);
            size = (size + chunk.length) % 2 ** 32;
            yield chunk;
        }
    }
    const deflate = external_node_zlib_.createDeflateRaw(deflateOptions(compression));
    const feeding = (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(counted(), { objectMode: false }), deflate);
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

// EXTERNAL MODULE: ./build/core/image/media-types.js
var media_types = __webpack_require__(8296);
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
    const key = (0,external_node_crypto_.createHash)('sha256')
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
            const diffHash = (0,external_node_crypto_.createHash)('sha256');
            let read = 0;
            async function* hashed() {
                for await (const chunk of tar()) {
                    diffHash.update(chunk);
                    read += chunk.length;
                    options.onProgress?.(read);
                    yield chunk;
                }
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
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
        mediaType: () => (0,media_types/* familyTypes */.uT)(options.family, options.compression === 'auto' || effective(options.compression, options.family) !== 'none').layer,
        compressed: async () => {
            const how = (await measure()).compression;
            return external_node_stream_.Readable.from(encode(how, tar()), { objectMode: false });
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

// EXTERNAL MODULE: ./build/core/image/lineage.js
var image_lineage = __webpack_require__(28793);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/core/fs/link-rule.js
var link_rule = __webpack_require__(44673);
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
const inside = link_rule/* isInside */.F;
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
    const { target: link, resolved } = await (0,link_rule/* linkInside */.B)(absolute, contextRoot, shown, 'the build context');
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

// EXTERNAL MODULE: ./build/platform/registry/pull.js
var pull = __webpack_require__(30585);
// EXTERNAL MODULE: ./build/platform/cache/outputs.js
var outputs = __webpack_require__(74617);
// EXTERNAL MODULE: ./build/platform/git/commit.js
var commit = __webpack_require__(95272);
// EXTERNAL MODULE: ./build/platform/process/hash-files.js
var hash_files = __webpack_require__(42444);
// EXTERNAL MODULE: ./build/platform/registry/client.js + 1 modules
var client = __webpack_require__(9697);
// EXTERNAL MODULE: ./build/platform/registry/credentials.js + 1 modules
var credentials = __webpack_require__(30412);
;// CONCATENATED MODULE: ./build/actions/build-image/clients.js


/** A registry client with credentials resolved and every secret masked before first use (SEC-02). */
async function clientFor(registry, io, inputs, explicit) {
    const resolved = await (0,credentials/* resolveCredentials */.z)(registry, {
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
    return new client/* RegistryClient */.b(registry, {
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
    return (await (0,commit/* commitTime */.bX)(io.cwd, GIT_LOOKUP)) ?? 0;
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
    const { files } = await (0,outputs/* listOutputs */.PN)(io.cwd, weights);
    const hashes = await (0,hash_files/* hashFiles */.yQ)(files.map((file) => ({ path: file.abs, size: file.size })));
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
    const facts = (0,image_lineage/* runRecordFacts */.w_)(record);
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
    const problems = (0,image_lineage/* unproducedWeights */.tB)(await hashedWeights(io, inputs.weights), facts.outputs);
    if (problems.length) {
        throw new errors/* UsageError */.eb(`the weights were not produced by the run of ${path}: ${problems.join('; ')}`, {
            where: { file: path },
            hint: 'package the outputs of that run (restore them with `mlci train`), or pass the run record that produced these weights',
        });
    }
    return (0,image_lineage/* modelLineage */.xR)(record);
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
        task ??= (0,progress/* progressOrLog */.lH)(io.progress, (line) => io.log.info(line), {
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
    const created = (0,config/* epochTime */.Rl)(epoch);
    const baseName = inputs['base-image'] ?? 'scratch';
    let bases;
    if (baseName === 'scratch') {
        bases = inputs.platforms.map(image_image/* scratch */.FW);
    }
    else {
        const ref = (0,reference/* parseReference */.F2)(baseName, 'base-image');
        const client = await clientFor(ref.registry, io, inputs, inputs.image ? (0,reference/* parseReference */.F2)(inputs.image).registry === ref.registry : false);
        bases = await io.log.group(`Resolving base ${baseName}`, () => (0,pull/* resolveBase */.g)(client, ref, inputs.platforms));
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
            : await (0,commit/* originUrl */.sH)(io.cwd, GIT_LOOKUP),
        revision: io.env.GITHUB_SHA || (await (0,commit/* headCommit */.Qo)(io.cwd, GIT_LOOKUP)),
        version: inputs.version ?? tagVersion,
        baseName: first.name,
        baseDigest: first.digest,
        model: await readRunRecord(io, inputs),
    };
    const annotations = (0,image_lineage/* lineageAnnotations */.i_)(lineage);
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
        images.push(await (0,image_image/* assembleImage */.al)(base, layers, { changes, created, annotations: labels }));
    const artifact = images.length === 1 ? images[0] : (0,image_image/* assembleIndex */.Hw)(images, labels);
    return { artifact, layers, bases, lineage, annotations: labels };
}

// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
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
    const text = (0,inputs/* readString */.E3)(read, name);
    if (text === undefined)
        return [];
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function oneOf(read, name, choices, fallback) {
    const value = (0,inputs/* readString */.E3)(read, name, fallback);
    if (!choices.includes(value)) {
        throw new errors/* UsageError */.eb(`input \`${name}\` must be one of ${choices.join(', ')}, got "${value}"`);
    }
    return value;
}
/** The only place build-image reads inputs. */
function getBuildImageInputs(read) {
    const epoch = (0,inputs/* readString */.E3)(read, 'source-date-epoch');
    const push = (0,inputs/* readString */.E3)(read, 'push');
    const platforms = (0,inputs/* readList */.LD)(read, 'platforms');
    return {
        image: (0,inputs/* readString */.E3)(read, 'image'),
        tags: (0,inputs/* readList */.LD)(read, 'tags'),
        'base-image': (0,inputs/* readString */.E3)(read, 'base-image'),
        platforms: (platforms.length ? platforms : ['linux/amd64']).map(platform/* parsePlatform */.FL),
        weights: (0,inputs/* readList */.LD)(read, 'weights'),
        metadata: (0,inputs/* readList */.LD)(read, 'metadata'),
        code: (0,inputs/* readList */.LD)(read, 'code'),
        layers: (0,inputs/* readList */.LD)(read, 'layers').map(parseLayerSpec),
        'model-dir': (0,inputs/* readString */.E3)(read, 'model-dir', '/opt/model'),
        'app-dir': (0,inputs/* readString */.E3)(read, 'app-dir', '/opt/app'),
        'split-size': (0,inputs/* readNumber */.kz)(read, 'split-size', 64, { min: 1 }),
        entrypoint: parseCommand('entrypoint', (0,inputs/* readString */.E3)(read, 'entrypoint')),
        cmd: parseCommand('cmd', (0,inputs/* readString */.E3)(read, 'cmd')),
        env: parsePairs('env', readLines(read, 'env')).map(([k, v]) => `${k}=${v}`),
        workdir: (0,inputs/* readString */.E3)(read, 'workdir'),
        user: (0,inputs/* readString */.E3)(read, 'user'),
        ports: (0,inputs/* readList */.LD)(read, 'ports'),
        labels: Object.fromEntries(parsePairs('labels', readLines(read, 'labels'))),
        preset: oneOf(read, 'preset', ['none', 'python'], 'none'),
        'run-record': (0,inputs/* readString */.E3)(read, 'run-record'),
        'allow-failed-run-record': (0,inputs/* readBoolean */.Vf)(read, 'allow-failed-run-record', false),
        version: (0,inputs/* readString */.E3)(read, 'version'),
        'source-date-epoch': epoch === undefined ? undefined : (0,inputs/* readNumber */.kz)(read, 'source-date-epoch', 0, { min: 0, integer: true }),
        compression: parseCompression((0,inputs/* readString */.E3)(read, 'compression', 'auto')),
        push: push === undefined ? undefined : (0,inputs/* readBoolean */.Vf)(read, 'push', true),
        'oci-layout': (0,inputs/* readString */.E3)(read, 'oci-layout'),
        'docker-tar': (0,inputs/* readString */.E3)(read, 'docker-tar'),
        'promote-from': (0,inputs/* readString */.E3)(read, 'promote-from'),
        'registry-username': (0,inputs/* readString */.E3)(read, 'registry-username'),
        'registry-password': (0,inputs/* readString */.E3)(read, 'registry-password'),
        // An unexpanded `${{ … }}` (the default read outside a runner) is no token.
        'github-token': (0,inputs/* readString */.E3)(read, 'github-token')?.startsWith('${{')
            ? undefined
            : (0,inputs/* readString */.E3)(read, 'github-token'),
        'insecure-registries': (0,inputs/* readList */.LD)(read, 'insecure-registries'),
        jobs: (0,inputs/* readNumber */.kz)(read, 'jobs', 4, { min: 1, max: 8, integer: true }),
        'upload-mode': oneOf(read, 'upload-mode', ['streamed', 'monolithic', 'chunked'], 'streamed'),
        'chunk-size': (0,inputs/* readNumber */.kz)(read, 'chunk-size', 4, { min: 0.0625, max: 1024 }),
        'layer-cache': (0,inputs/* readString */.E3)(read, 'layer-cache'),
        report: (0,inputs/* readString */.E3)(read, 'report', 'mlci-image-report.json'),
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

// EXTERNAL MODULE: ./build/platform/fs/atomic-write.js
var atomic_write = __webpack_require__(71501);
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
    await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, inputs.report), `${JSON.stringify(report, null, 2)}\n`);
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

// EXTERNAL MODULE: ./build/platform/registry/promote.js
var promote = __webpack_require__(71064);
;// CONCATENATED MODULE: ./build/actions/build-image/promote.js






/** `promote-from`: point `image`:`tags` at an existing image without rebuilding (same digest). */
async function promote_promote(io, inputs, ref, tags) {
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
    const from = (0,reference/* parseReference */.F2)(inputs['promote-from'], 'promote-from');
    if (!from.digest && !from.tag)
        throw new errors/* UsageError */.eb(`promote-from "${inputs['promote-from']}" needs a tag or a digest`);
    const sourceClient = await clientFor(from.registry, io, inputs, from.registry === ref.registry);
    const targetClient = from.registry === ref.registry ? sourceClient : await clientFor(ref.registry, io, inputs, true);
    const result = await io.log.group(`Promoting ${(0,reference/* formatReference */.FH)(from)} to ${(0,reference/* repositoryName */.aR)(ref)}`, () => (0,promote/* promoteImage */.k)({ client: sourceClient, ref: from }, { client: targetClient, repository: ref.repository }, tags, {
        jobs: inputs.jobs,
        warn: (message) => io.log.warning(message),
    }));
    const report = imageReport({
        image: (0,reference/* repositoryName */.aR)(ref),
        reference: `${(0,reference/* repositoryName */.aR)(ref)}@${result.digest}`,
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
        promotedFrom: { reference: (0,reference/* formatReference */.FH)(from), how: result.how },
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
    for (const image of (0,image_image/* imagesOf */.IC)(artifact)) {
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
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        await (0,external_node_stream_promises_.pipeline)(source, async function* (chunks) {
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
        const path = (0,external_node_path_.join)(blobs, (0,image_digest/* hexOf */.ZD)(layer.descriptor.digest));
        if (await exists(path, layer.descriptor.size))
            continue;
        await writeVerified(files, path, await layer.layer.compressed(), layer.descriptor);
    }
    for (const blob of json)
        await files.writeFile((0,external_node_path_.join)(blobs, (0,image_digest/* hexOf */.ZD)(blob.descriptor.digest)), blob.bytes);
    await files.writeFile((0,external_node_path_.join)(dir, 'oci-layout'), `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`);
    const top = artifact.manifest.descriptor;
    const previous = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'index.json'), 'utf8')
        .then((text) => JSON.parse(text).manifests ?? [])
        .catch(() => []);
    const names = tags.length ? tags : ['latest'];
    const kept = previous.filter((d) => !names.includes(d.annotations?.[REF_NAME] ?? '\0'));
    const index = {
        schemaVersion: 2,
        mediaType: media_types/* MEDIA */.Rn.ociIndex,
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
    const blobPath = (digest) => `blobs/sha256/${(0,image_digest/* hexOf */.ZD)(digest)}`;
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
            open: () => external_node_stream_.Readable.from(lazy(() => layer.layer.compressed())),
        })),
        bytesEntry(blobPath(image.config.descriptor.digest), image.config.bytes),
        bytesEntry(blobPath(top.digest), image.manifest.bytes),
        json('index.json', {
            schemaVersion: 2,
            mediaType: media_types/* MEDIA */.Rn.ociIndex,
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
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(renderTar(entries, { mtime: 0 })), out);
}
function bytesEntry(path, bytes) {
    return { type: 'file', path, mode: 0o644, size: bytes.length, open: () => external_node_stream_.Readable.from([bytes]) };
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
            writeFile: atomic_write/* writeFileAtomic */.Zf,
            writeStream: atomic_write/* writeStreamAtomic */.Zs,
        }));
        outputs.ociLayout = inputs['oci-layout'];
    }
    if (inputs['docker-tar']) {
        const file = (0,external_node_path_.resolve)(io.cwd, inputs['docker-tar']);
        const name = ref ? (0,reference/* repositoryName */.aR)(ref) : 'mlci/image';
        const image = (0,image_image/* imagesOf */.IC)(artifact)[0];
        if ((0,image_image/* imagesOf */.IC)(artifact).length > 1)
            io.log.warning(`docker-tar holds one platform (${(0,platform/* formatPlatform */.Bq)(image.platform)}); docker load takes one`);
        await io.log.group(`Writing docker load tar ${file}`, () => (0,atomic_write/* writeStreamAtomic */.Zs)(file, (out) => writeDockerArchive(out, image, (tags.length ? tags : ['latest']).map((t) => `${name}:${t}`))));
        outputs.dockerTar = inputs['docker-tar'];
    }
    return outputs;
}

;// CONCATENATED MODULE: ./build/actions/build-image/build-image.js
















/** The target reference and tags: a `:tag` in `image` joins `tags`; default sha-<short> on a runner, else latest. */
function target(io, inputs) {
    if (!inputs.image)
        return { tags: inputs.tags.map(reference/* checkTag */.Bs) };
    const ref = (0,reference/* parseReference */.F2)(inputs.image, 'image');
    if (ref.digest)
        throw new errors/* UsageError */.eb(`image "${inputs.image}" names a digest; give a name (and tags) to push to`);
    const tags = [...(ref.tag ? [ref.tag] : []), ...inputs.tags].map(reference/* checkTag */.Bs);
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
    await (0,output_paths/* checkRunPaths */.A$)(io, { report: inputs.report, 'oci-layout': inputs['oci-layout'], 'docker-tar': inputs['docker-tar'] }, {
        weights: inputs.weights,
        metadata: inputs.metadata,
        code: inputs.code,
        layers: inputs.layers.map((layer) => layer.source),
        'run-record': inputs['run-record'],
    });
    await (0,report_file/* keepReportCurrent */.R)((0,external_node_path_.resolve)(io.cwd, inputs.report), { kind: 'mlci/image-report', version: 1 }, () => inputs['promote-from'] ? promote_promote(io, inputs, ref, tags) : buildAndWrite(io, inputs, ref, tags));
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
        pushed = await io.log.group(`Pushing ${(0,reference/* repositoryName */.aR)(ref)}`, () => (0,registry_push/* pushImage */.G)(client, ref.repository, artifact, tags, {
            jobs: inputs.jobs,
            upload: inputs['upload-mode'],
            chunkSize: Math.round(inputs['chunk-size'] * 1024 * 1024),
            warn: (message) => io.log.warning(message),
            onProgress: io.progress ? (0,progress/* blobProgress */.Dd)(io.progress) : pushProgress((line) => io.log.info(line)),
            onBlob: (b) => io.log.info(`${b.action} ${b.name} ${b.digest} (${b.bytesSent} bytes sent, ${b.seconds.toFixed(2)} s)`),
        }));
    }
    const report = await buildImageReport({
        ...(ref ? { image: (0,reference/* repositoryName */.aR)(ref) } : {}),
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

/***/ 65355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/* unused harmony export requireString */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`${name}\` must be true or false, got "${value}"`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input \`${name}\` must be ${kind}${range}, got "${text}"`);
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

/***/ 28793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ lineageAnnotations),
/* harmony export */   tB: () => (/* binding */ unproducedWeights),
/* harmony export */   w_: () => (/* binding */ runRecordFacts),
/* harmony export */   xR: () => (/* binding */ modelLineage)
/* harmony export */ });
/* unused harmony exports MODEL_KEYS, canonicalJson */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80046);

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
    const hashOf = (map) => Object.keys(map).length ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(canonicalJson(map)) : undefined;
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
        (metrics !== undefined && metrics !== null ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(canonicalJson(metrics)) : hashOf(stageMetrics));
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


/***/ }),

/***/ 17981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/** Parses `linux/amd64` or `linux/arm64/v8`, or a usage error. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`platform "${text}" is not os/architecture[/variant]`, {
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

/***/ 71501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ writeStreamAtomic)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);




// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set();
function onSignal(signal) {
    for (const temp of pending) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
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
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${++temps}.${random}.tmp`);
}
async function fsyncDirectory(dir) {
    // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
    if (process.platform === 'win32')
        return;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r').catch(() => undefined);
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = tempPathFor(path);
    track(temp);
    try {
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp, { flags: 'wx', mode: 0o644 });
        try {
            await write(out);
            if (!out.writableEnded)
                out.end();
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(out);
        }
        catch (thrown) {
            out.destroy();
            if (!out.closed)
                await new Promise((resolve) => out.once('close', () => resolve()));
            throw thrown;
        }
        // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
        if (durable) {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'r+');
            try {
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (thrown) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw thrown;
    }
    finally {
        untrack(temp);
    }
    if (durable)
        await fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
async function writeFileAtomic(path, content, options = {}) {
    await writeStreamAtomic(path, async (out) => {
        out.end(content);
    }, options);
}


/***/ }),

/***/ 74814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ checkRunPaths)
/* harmony export */ });
/* unused harmony exports checkOutputsAreNotInputs, warnInputsOutsideWorkspace */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44673);




async function realOf(absolute) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined);
    if (real)
        return real;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
    return parent === absolute ? absolute : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await realOf(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
}
async function identities(cwd, paths) {
    const out = [];
    for (const [name, value] of Object.entries(paths)) {
        for (const path of typeof value === 'string' ? [value] : (value ?? [])) {
            if (!path)
                continue;
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`\`${out.name}\` (${out.path}) is the input \`${input.name}\` (${input.path}): mlci would overwrite a file it reads`, { hint: `write the ${out.name} to another path` });
        }
        const other = outs.slice(0, i).find((candidate) => same(out, candidate));
        if (other) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`\`${out.name}\` and \`${other.name}\` are the same file (${out.path})`, {
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
    const workspace = await realOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd));
    for (const input of await identities(io.cwd, inputs)) {
        if (!(0,_core_fs_link_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(workspace, input.real))
            io.log.warning(`input \`${input.name}\` (${input.path}) resolves outside the workspace, to ${input.real}`);
    }
}
/** What every command entry does first: warn about inputs outside the workspace, refuse outputs that are inputs. */
async function checkRunPaths(io, outputs, inputs) {
    await warnInputsOutsideWorkspace(io, inputs);
    await checkOutputsAreNotInputs(io.cwd, outputs, inputs);
}


/***/ }),

/***/ 85923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ keepReportCurrent)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27827);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18614);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71501);





const inodeOf = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then((info) => `${info.dev}:${info.ino}`, () => undefined);
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
                tool: { name: 'mlci', version: _core_version_js__WEBPACK_IMPORTED_MODULE_3__/* .MLCI_VERSION */ .B },
                status: 'error',
                error: {
                    message: (0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactCredentials */ .U)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(thrown)),
                    exitCode: thrown instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlciError */ .sc ? thrown.exitCode : 1,
                },
            };
            await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(path, `${JSON.stringify(stale, null, 2)}\n`).catch(() => undefined);
        }
        throw thrown;
    }
}


/***/ }),

/***/ 95272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   sH: () => (/* binding */ originUrl),
/* harmony export */   uO: () => (/* binding */ headRef)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45092);

/** HEAD's commit SHA, or undefined outside a repository. */
async function headCommit(cwd, options = {}) {
    return (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['rev-parse', 'HEAD'], options)) || undefined;
}
/**
 * The ref HEAD stands for, as GITHUB_REF would name it: the branch checked out (`refs/heads/main`), or on
 * a detached HEAD a tag pointing at it (`refs/tags/v1.2.0`); undefined when it is neither (or no repo).
 */
async function headRef(cwd, options = {}) {
    const branch = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['symbolic-ref', '-q', 'HEAD'], options);
    if (branch)
        return branch;
    const tag = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['describe', '--tags', '--exact-match', 'HEAD'], options);
    return tag ? `refs/tags/${tag}` : undefined;
}
/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
async function commitTime(cwd, options = {}) {
    const text = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['log', '-1', '--format=%ct'], options)) || undefined;
    const seconds = Number(text);
    return text && Number.isInteger(seconds) ? seconds : undefined;
}
/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
async function originUrl(cwd, options = {}) {
    const url = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['remote', 'get-url', 'origin'], options);
    if (!url)
        return undefined;
    const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
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


/***/ }),

/***/ 71064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ pullArtifact),
/* harmony export */   k: () => (/* binding */ promoteImage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8296);
/* harmony import */ var _core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19349);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86078);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30585);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66989);







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
    if ((0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexType */ .$U)(top.mediaType)) {
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${(0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref)}: manifest ${manifest.descriptor.digest} has no config`);
    const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .readBody */ .x8)({ status: 200, headers: {}, url: '', body: await client.openBlob(ref.repository, raw.config.digest) }, 64 * 1024 * 1024, 'error');
    const got = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    if (got !== raw.config.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${(0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref)}: config ${raw.config.digest} read back as ${got}`);
    const config = JSON.parse(bytes.toString('utf8'));
    const diffIds = (config.rootfs?.diff_ids ?? []);
    const layers = (raw.layers ?? []).map((d, i) => ({
        descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size },
        layer: (0,_pull_js__WEBPACK_IMPORTED_MODULE_5__/* .registryBlob */ .L)(client, ref.repository, d, diffIds[i] ?? d.digest),
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
        base: { platform: resolved, family: (0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .familyOf */ .Ap)(manifest.descriptor.mediaType), config, layers: [] },
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlciError */ .sc(`${(0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(source.ref)} resolved to ${artifact.manifest.descriptor.digest}`, 1);
    }
    const sameRegistry = source.client.registry === target.client.registry;
    const how = !sameRegistry
        ? 'copy'
        : source.ref.repository === target.repository
            ? 'same-repository'
            : 'mount';
    const result = await (0,_push_js__WEBPACK_IMPORTED_MODULE_6__/* .pushImage */ .G)(target.client, target.repository, artifact, tags, options);
    return { ...result, how };
}


/***/ }),

/***/ 30585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ registryBlob),
/* harmony export */   g: () => (/* binding */ resolveBase)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_image_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80046);
/* harmony import */ var _core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8296);
/* harmony import */ var _core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17981);
/* harmony import */ var _core_image_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19349);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62807);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86078);







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
    const name = (0,_core_image_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)({ ...ref, digest: undefined });
    const parsed = JSON.parse(top.bytes.toString('utf8'));
    if ((0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexType */ .$U)(top.mediaType)) {
        const entries = (parsed.manifests ?? []).filter((m) => m.platform && m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest');
        return Promise.all(platforms.map(async (platform) => {
            const entry = entries.find((m) => (0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .platformMatches */ .J5)(m.platform, platform));
            if (!entry) {
                const have = entries.map((m) => (0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(m.platform)).join(', ') || 'none';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlciError */ .sc(`base image ${name} has no ${(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)} manifest (it has ${have})`, 2, {
                    hint: 'pick platforms the base provides, or another base image',
                });
            }
            const manifest = await client.getManifest(ref.repository, entry.digest);
            return base(client, ref, name, top.digest, manifest, platform);
        }));
    }
    if (!(0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isManifestType */ .Q3)(top.mediaType)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlciError */ .sc(`base image ${name} has media type "${top.mediaType}", not an image or index`, 2);
    }
    // A single-platform base: its config says which platform it is.
    const image = await base(client, ref, name, top.digest, top, platforms[0]);
    const actual = image.platform;
    const missing = platforms.filter((p) => !(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .platformMatches */ .J5)(actual, p));
    if (missing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlciError */ .sc(`base image ${name} has no ${(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(missing[0])} manifest (it is ${(0,_core_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(actual)} only)`, 2, {
            hint: 'pick platforms the base provides, or a multi-platform base image',
        });
    }
    return [image];
}
async function base(client, ref, name, topDigest, manifest, wanted) {
    const raw = JSON.parse(manifest.bytes.toString('utf8'));
    if (!raw.config || !(0,_core_image_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(raw.config.digest))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`base image ${name}: manifest ${manifest.digest} has no config`);
    const configBytes = await readVerified(await client.openBlob(ref.repository, raw.config.digest), raw.config);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = (config.rootfs?.diff_ids ?? []);
    const descriptors = raw.layers ?? [];
    if (diffIds.length !== descriptors.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`base image ${name}: ${descriptors.length} layers but ${diffIds.length} diff_ids in its config`);
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
        family: (0,_core_image_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(manifest.mediaType),
        config,
        layers,
    };
}
/** Reads a small blob (a config) and checks digest and size before anyone trusts it. */
async function readVerified(stream, want) {
    const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .readBody */ .x8)({ status: 200, headers: {}, url: '', body: stream }, 64 * 1024 * 1024, 'error');
    const got = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    if (got !== want.digest || bytes.length !== want.size) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`blob ${want.digest} read back as ${got} (${bytes.length} bytes, expected ${want.size})`);
    }
    return bytes;
}


/***/ })

};
