export const id = 427;
export const ids = [427];
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

// EXTERNAL MODULE: ./build/platform/terminal/progress.js
var progress = __webpack_require__(43692);
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
// EXTERNAL MODULE: ./build/platform/process/hash-files.js + 2 modules
var hash_files = __webpack_require__(38812);
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
