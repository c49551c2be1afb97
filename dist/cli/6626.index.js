export const id = 6626;
export const ids = [6626];
export const modules = {

/***/ 16626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetFile: () => (/* binding */ parquetFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);

/** Opens a file for hyparquet; close() when done. */
async function parquetFile(path, byteLength) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    return {
        byteLength,
        async slice(start, end = byteLength) {
            // A footer claiming more bytes than the file has is a corrupt file, not a reason to allocate.
            const from = Math.max(0, start);
            const to = Math.min(byteLength, end);
            const buffer = new ArrayBuffer(Math.max(0, to - from));
            if (to > from)
                await handle.read(new Uint8Array(buffer), 0, to - from, from);
            return buffer;
        },
        async readInto(start, end, into) {
            const from = Math.max(0, start);
            const length = Math.max(0, Math.min(byteLength, end) - from);
            const target = into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
            let done = 0;
            while (done < length) {
                const { bytesRead } = await handle.read(target, done, length - done, from + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return target.subarray(0, done);
        },
        close: () => handle.close(),
    };
}


/***/ })

};
