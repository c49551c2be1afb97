export const id = 7348;
export const ids = [7348];
export const modules = {

/***/ 3636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
// Days since 1970-01-01 of the first of each month of the years FIRST_YEAR..FIRST_YEAR + YEARS - 1 (index
// (year - FIRST_YEAR) * 12 + month - 1), and the length of that month: a date in them is two table reads
// and an add, where daysFromCivil divides four times (dates were a tenth of validating a typed JSONL file).
const FIRST_YEAR = 1900;
const YEARS = 300;
const MONTH_START = new Int32Array(YEARS * 12);
const MONTH_DAYS = new Uint8Array(YEARS * 12);
for (let y = 0; y < YEARS; y++)
    for (let m = 1; m <= 12; m++) {
        MONTH_START[y * 12 + m - 1] = daysFromCivil(FIRST_YEAR + y, m, 1);
        MONTH_DAYS[y * 12 + m - 1] = daysInMonth(FIRST_YEAR + y, m);
    }
/** The digit (0-9) of an ASCII byte, or -1: two digits' values combine with >= 0 checks only. */
function digit(c) {
    const d = c - DIGIT0;
    return d >= 0 && d <= 9 ? d : -1;
}
/** Days since the epoch of the `YYYY-MM-DD` at start, or -1 when it is not a valid date in that form. */
function dateAt(buf, start) {
    if (buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return -1;
    const y0 = digit(buf[start]);
    const y1 = digit(buf[start + 1]);
    const y2 = digit(buf[start + 2]);
    const y3 = digit(buf[start + 3]);
    const m0 = digit(buf[start + 5]);
    const m1 = digit(buf[start + 6]);
    const d0 = digit(buf[start + 8]);
    const d1 = digit(buf[start + 9]);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0)
        return -1;
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    const day = d0 * 10 + d1;
    if (month < 1 || month > 12 || day < 1)
        return -1;
    const index = (year - FIRST_YEAR) * 12 + month - 1;
    if (index >= 0 && index < MONTH_START.length)
        return day > MONTH_DAYS[index] ? -1 : MONTH_START[index] + day - 1;
    return day > daysInMonth(year, month) ? -1 : daysFromCivil(year, month, day);
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
    return (buf[start + 4] === 45 &&
        buf[start + 7] === 45 &&
        digitsAt(buf, start, 4) === 1969 &&
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
    if (days === -1 && !isEpochMinusOne(buf, start))
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

/***/ 53465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 91996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ ChunkedInput),
/* harmony export */   Ug: () => (/* binding */ EncodingError)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _dialect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11674);



const CHUNK_BYTES = 1 << 20;
/** Bytes that are not UTF-8 (invalid sequences, a UTF-16 file): frictionless's `encoding-error`. */
class EncodingError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL {
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
    buf;
    length = 0;
    /** File offset of buf[0]. */
    offset;
    first;
    constructor(scanner, options = {}, maxRecordBytes = options.maxRecordBytes ?? _dialect_js__WEBPACK_IMPORTED_MODULE_2__/* .CSV_LIMITS */ .O.maxRecordBytes) {
        this.scanner = scanner;
        this.maxRecordBytes = maxRecordBytes;
        this.buf = options.buffer ?? Buffer.allocUnsafe(CHUNK_BYTES);
        this.offset = options.startOffset ?? 0;
        this.first = this.offset === 0;
    }
    /** The buffer it reads into (grown for a long record): free for another input once this one is done. */
    get buffer() {
        return this.buf;
    }
    /** Bytes read but not yet scanned: the start of a record that is not complete yet. */
    get pendingBytes() {
        return this.length;
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
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buf.subarray(start, limit)))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`the record starting at line ${this.scanner.line} is longer than ${this.maxRecordBytes / 2 ** 20} MiB`, { hint: 'an unterminated quote, or the wrong delimiter or line ending, makes one huge record' });
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
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, p + size)))
            return p;
        p += size;
    }
    return end;
}


/***/ }),

/***/ 81873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ cellText),
/* harmony export */   d: () => (/* binding */ CsvTable)
/* harmony export */ });
/* harmony import */ var _validate_header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75649);
/* harmony import */ var _cast_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3636);
/* harmony import */ var _cast_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53465);
/* harmony import */ var _validate_field_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98707);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97194);





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
            this.state.columnOf = (0,_validate_header_js__WEBPACK_IMPORTED_MODULE_4__/* .columnsOfFields */ .Ci)(columns, this.state.options.schema.fields.length);
    }
    row(buf, starts, ends, flags, count, line) {
        const state = this.state;
        const { file, errors, checkers, keys, profiler, labelField } = state.options;
        if (this.columns === undefined) {
            const labels = Array.from({ length: count }, (_, i) => cellText(buf, starts[i], ends[i], flags[i]));
            this.columns = (0,_validate_header_js__WEBPACK_IMPORTED_MODULE_4__/* .matchHeader */ .Rh)(labels, state.options.schema, file);
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
            const status = (flag & (_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_FLAG */ .Et.escaped | _scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_FLAG */ .Et.malformed)) === 0
                ? checker.checkBytes(buf, s, e)
                : checkEscapedCell(checker, buf, s, e, flag);
            if (status === _validate_field_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .CELL */ .JA.ok) {
                if (state.tracksOk || field === labelField)
                    state.ok(field);
            }
            else if (status === _validate_field_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .CELL */ .JA.missing)
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
            const escaped = (flag & (_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_FLAG */ .Et.escaped | _scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_FLAG */ .Et.malformed)) !== 0;
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
            else if (!this.blanks.some((blank) => (0,_cast_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(buf, s, e, blank)))
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
    const raw = (0,_cast_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)(buf, start, end);
    return (flag & (_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_FLAG */ .Et.escaped | _scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .CELL_FLAG */ .Et.malformed)) === 0 ? raw : (0,_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .unescapeCell */ .bX)(raw, flag);
}
// Out of line so that the row loop captures nothing in a closure: a closure there gives every iteration a
// heap-allocated context (the JSONL reader measured 640 bytes of garbage a row from the same pattern).
function checkEscapedCell(checker, buf, s, e, flag) {
    return checker.checkEscaped(s, e, () => cellText(buf, s, e, flag));
}
function failedCell(state, field, status, row, line, buf, s, e, flag) {
    state.cell(field, status, row, line, () => cellText(buf, s, e, flag));
}


/***/ }),

/***/ 11674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ CSV_LIMITS),
/* harmony export */   S: () => (/* binding */ dialectFor)
/* harmony export */ });
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


/***/ }),

/***/ 97194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ CsvScanner),
/* harmony export */   Et: () => (/* binding */ CELL_FLAG),
/* harmony export */   bX: () => (/* binding */ unescapeCell)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _dialect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11674);


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
    constructor(dialect, sink, maxColumns = _dialect_js__WEBPACK_IMPORTED_MODULE_1__/* .CSV_LIMITS */ .O.maxColumns) {
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`unterminated quoted field in the record starting at line ${this.line}`, {
            hint: 'close the quote, or check the quote character and delimiter',
        });
    }
    tooManyColumns() {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the record at line ${this.line} has more than ${this.maxColumns} columns`, {
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


/***/ }),

/***/ 85006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ ErrorCollector),
/* harmony export */   Kq: () => (/* binding */ sampleValue)
/* harmony export */ });
/* unused harmony export SAMPLE_DEFAULTS */
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
    /** Counts `n` errors (one by default) whose samples are not wanted. */
    count(type, n = 1) {
        this.counts.set(type, (this.counts.get(type) ?? 0) + n);
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


/***/ }),

/***/ 98707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JA: () => (/* binding */ CELL),
  Of: () => (/* binding */ FieldChecker)
});

// UNUSED EXPORTS: SCAN_CHECK

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/data/cast/bytes.js
var bytes = __webpack_require__(3636);
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
var decode = __webpack_require__(53465);
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
/**
 * Date.UTC for every proleptic Gregorian year: Date.UTC reads years 0-99 as 1900-1999, so those are
 * computed 400 years later (exactly 146,097 days) and moved back. The byte fast paths agree.
 */
function utc(year, month, day, hour = 0, minute = 0, second = 0, ms = 0) {
    if (year < 0 || year > 99)
        return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    return Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - 146_097 * 86_400_000;
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
    return utc(year, month, day, hour, minute, second, ms) - offsetMs(m[8]);
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
    return validDate(year, month, day) ? utc(year, month, day) : bytes/* INVALID */.uY;
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
        return utc(year, month, day, hour, minute, second, ms) - offsetMs(zone);
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
 * What a ScanCheck has the JSONL scanner's WebAssembly check a string for
 * (src/core/data/wasm/assembly/value-checks.ts).
 */
const SCAN_CHECK = {
    integer: 1,
    number: 2,
    date: 3,
    datetime: 4,
    boolean: 5,
    opaque: 6,
    enum: 7,
    length: 8,
};
/** Enum members the WebAssembly compares one by one; a longer list is left to the intern table. */
const SCAN_MEMBERS = 64;
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
    /**
     * What the JSONL scanner may settle of this field in WebAssembly (see ScanCheck), or undefined: the
     * subset of checkBytes, checkJsonNumber and checkNative that passes a value without reading anything but
     * its type, bounds, members and byte length.
     */
    scanCheck() {
        const check = scanCheckOf(this.fast, this.constraint === undefined);
        const members = this.members === undefined ? undefined : [...this.members].filter((n) => !Number.isNaN(n));
        const strings = check === SCAN_CHECK.enum
            ? (this.field.constraints.enum ?? this.field.categories ?? []).map((member) => encoder.encode(String(member)))
            : undefined;
        const jsonNumbers = !this.inlineNumbers ? 0 : this.field.type === 'integer' ? 1 : 2;
        const jsonBooleans = this.field.type === 'boolean' && this.constraint === undefined;
        if ((check === 0 && jsonNumbers === 0 && !jsonBooleans) ||
            (members !== undefined && members.length > SCAN_MEMBERS) ||
            (strings !== undefined && strings.length > SCAN_MEMBERS))
            return undefined;
        return {
            check,
            jsonNumbers,
            jsonBooleans,
            missing: this.missing,
            minimum: this.min,
            maximum: this.max,
            exclusiveMinimum: this.exclusiveMin,
            exclusiveMaximum: this.exclusiveMax,
            numbers: strings === undefined ? members : undefined,
            strings,
            minBytes: this.minLength * 4,
            maxBytes: this.maxLength,
        };
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
/** The SCAN_CHECK of a fast path (0: none); a boolean only while it has no constraint to run. */
function scanCheckOf(fast, unconstrained) {
    switch (fast) {
        case FAST.integer:
            return SCAN_CHECK.integer;
        case FAST.number:
            return SCAN_CHECK.number;
        case FAST.date:
            return SCAN_CHECK.date;
        case FAST.datetime:
            return SCAN_CHECK.datetime;
        case FAST.boolean:
            return unconstrained ? SCAN_CHECK.boolean : 0;
        case FAST.opaque:
            return SCAN_CHECK.opaque;
        case FAST.enum:
            return SCAN_CHECK.enum;
        case FAST.length:
            return SCAN_CHECK.length;
        default:
            return 0;
    }
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

/***/ 75649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 19242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ profileValue),
/* harmony export */   Ed: () => (/* binding */ TableState),
/* harmony export */   kJ: () => (/* binding */ labelKey)
/* harmony export */ });
/* harmony import */ var _error_collector_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85006);
/* harmony import */ var _field_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98707);


/** Per-field counts and the per-cell bookkeeping shared by the CSV, JSONL and Parquet passes. */
class TableState {
    options;
    rows = 0;
    nulls;
    /** Type and constraint errors per field (for `mostly` and the report's per-field table). */
    typeErrors;
    constraintErrors;
    /** Rows per label class (labelKey of the label field's value), pending counts included. */
    get labelCounts() {
        this.flushLabel();
        return this.counts;
    }
    counts = new Map();
    // A label column holds a few classes, often in runs: the class of the last label value is remembered,
    // and its rows are counted here until another class comes (a string and two map lookups per row were
    // a twentieth of validating the all-string JSONL benchmark). labelCounts adds them to `counts`.
    labelValue;
    labelText;
    pendingKey;
    pending = 0;
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
            this.countLabelOf(value);
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
        if (status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .JA.ok) {
            if (this.needValues)
                this.values[field] = checker.keyValue;
            this.options.profiler?.add(field, profileValue(checker.value));
            if (field === this.options.labelField)
                this.countLabelOf(checker.value);
            return;
        }
        if (this.needValues)
            this.values[field] = null;
        if (status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .JA.missing) {
            this.nulls[field]++;
            this.options.profiler?.add(field, null);
            return;
        }
        const note = checker.note;
        checker.note = '';
        if (status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .JA.typeError)
            this.typeErrors[field]++;
        else
            this.constraintErrors[field]++;
        if (checker.value === null)
            this.nulls[field]++;
        this.options.profiler?.add(field, null);
        const type = status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .JA.typeError ? 'type-error' : 'constraint-error';
        const errors = this.options.errors;
        if (!errors.wants(type)) {
            errors.count(type);
            return;
        }
        const value = text();
        const { field: f } = checker;
        const message = status === _field_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .CELL */ .JA.typeError
            ? `"${(0,_error_collector_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(value, 60)}" is not a valid ${f.type}${f.format === 'default' ? '' : ` (format ${f.format})`}${note ? `: ${note}` : ''}`
            : checker.failed === 'required'
                ? 'a value is required'
                : `"${(0,_error_collector_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(value, 60)}" fails constraint ${checker.failed} = ${constraintText(f.constraints, checker.failed, f.categories)}`;
        errors.add({
            type,
            file: this.options.file,
            row,
            line,
            column: this.column(field),
            field: f.name,
            value: (0,_error_collector_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(value),
            message,
        });
    }
    /** `times` more rows of the label class `key` (labelKey of the label field's value). */
    countLabel(key, times = 1) {
        if (key !== this.pendingKey) {
            this.flushLabel();
            this.pendingKey = key;
        }
        this.pending += times;
    }
    /** One row of the label class of `value`: labelKey(value), made again only when the value changes. */
    countLabelOf(value) {
        if (value !== this.labelValue || this.labelText === undefined) {
            this.labelValue = value;
            this.labelText = labelKey(value);
        }
        this.countLabel(this.labelText);
    }
    flushLabel() {
        if (this.pendingKey === undefined || this.pending === 0)
            return;
        this.counts.set(this.pendingKey, (this.counts.get(this.pendingKey) ?? 0) + this.pending);
        this.pending = 0;
    }
}
/** The class a label value counts under in the class-balance check. */
function labelKey(value) {
    return String(value);
}
function constraintText(constraints, name, categories) {
    const value = name === 'categories' ? categories : constraints[name];
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
/** What the profiler is given for a passing cell's value (objects as their JSON text). */
function profileValue(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return value;
}


/***/ }),

/***/ 40684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ SLACK),
  MM: () => (/* binding */ align),
  qV: () => (/* binding */ threadInstance)
});

// UNUSED EXPORTS: WasmInstance, scannerMemoryBytes

;// CONCATENATED MODULE: ./build/core/data/wasm/module.generated.js
/** The data checks' WebAssembly module (8786 bytes), base64. */
const DATA_WASM = 'AGFzbQEAAAABSgpgAn9/AX9gA39/fwF/YAABf2AEf39/fwF/YAJ/fwF8YAV/f39/fwF/YAF/AX9gBn9/f39/fwF/YAF/AGALf39/f39/f39/f38AAxcWAwABBgAAAAEEBAMCAgUHCAEAAAIJBQUDAQABBnsXfgFCAAt/AUEAC38BQQALfgFCAAt+AUIAC34BQgALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt8AUQAAAAAAAAAAAsHgAELCGhlYXBCYXNlABMJY29uZmlndXJlABQHc2V0QmlhcwAPCmNoZWNrUGxhaW4AFQhzY2FuTGluZQAQDWluZGV4VmVyZGljdHMADgNybGUADQpybGVMYXJnZXN0AAwOdmVyZGljdE1pc3NpbmcACwZzbmFwcHkACgZtZW1vcnkCAAwBAQqdQBbYAgIHfwF+IAMgAmsiB0EITgR+Qn8FQgEgB6xCA4aGQgF9CyACKQMAgyELA0AgASAISgRAIAAgCEEEdGoiBSkDACALUgR/QQEFIAUoAgwgB0cLRQRAIAdBCEwEQEEAIQQFIAdBCGshA0EAIQQCQCAFKAIIQQhqIgUgAkEIaiIGRg0AIAZBB3EgBUEHcUYEQANAIAZBB3EEQEEAIQQgA0UNAyAGLQAAIgkgBS0AACIKayEEIAkgCkcNAyADQQFrIQMgBkEBaiEGIAVBAWohBQwBCwsDQCADQQhPBEAgBikDACAFKQMAUQRAIAZBCGohBiAFQQhqIQUgA0EIayEDDAILCwsLA0AgAyIEQQFrIQMgBARAIAYtAAAiCSAFLQAAIgprIQQgCSAKRw0CIAZBAWohBiAFQQFqIQUMAQsLQQAhBAsLIARFBEBBAQ8LCyAIQQFqIQgMAQsLQQAL8AEBA38CQANAAkAgACABEAUiAiABTg0CIAItAAAiAEEiRg0AIABB3ABHDQJBASEDIAJBAWogAU4NAiACLQABIgBB9QBGBH8gAkEGaiABSg0DQQIhAANAIABBBkgEQCAAIAJqLQAAIgRBOU0gBEEwT3EEf0EBBSAEQSByIgRB5gBNIARB4QBPcQtFDQUgAEEBaiEADAELCyACQQZqBSAAQdwARiAAQSJGciAAQS9GciAAQeIARnIgAEHmAEZyIABB7gBGciAAQfIARnIgAEH0AEZyBH8gAkECagUMBAsLIQAMAQsLIAMkFCACQQFqDwtBfwuaCAMBfAN/AX4gAC0AACIGRSABIAJGcgR/QQEFIAAoAggiBUEASgR/IAAoAgQgBSABIAIQAAVBAAsLBEBBAA8LAkACQAJAAkACQAJAAkACQAJAIAZBAWsOCAABAgMEBQYHCAsCfwJ8RAAAAAAAAPh/IAIgAUEBaiABIAEtAAAiBEErRiAEQS1GchsiAWsiBUEATCAFQQ9Kcg0AGgNAIAEgAkgEQEQAAAAAAAD4f0F/IAEtAABBMGsiBSAFQQlLGyIFQQBIDQIaIAWsIAdCCn58IQcgAUEBaiEBDAELCyAHuSIDmiADIARBLUYbCyEDQQAhAUEAIAMgA2INABpBACADIAArAyBjBH9BAQUgAyAAKwMoZAsNABpBACADIAArAzBlBH9BAQUgAyAAKwM4ZgsNABpBASAAKAIQIgJBAEgNABogACgCDCEAA0AgASACSARAQQEgACABQQN0aisDACADYQ0CGiABQQFqIQEMAQsLQQALDwsCf0EAIAEgAhAIIgMgA2INABpBACADIAArAyBjBH9BAQUgAyAAKwMoZAsNABpBACADIAArAzBlBH9BAQUgAyAAKwM4ZgsNABpBASAAKAIQIgFBAEgNABogACgCDCEAA0AgASAESgRAQQEgACAEQQN0aisDACADYQ0CGiAEQQFqIQQMAQsLQQALDwsgAiABa0EKRgR/An8gARADIgFBgICAgHhGBHxEAAAAAAAA+H8FIAGsQoC4mSl+uQshA0EAIQFBACADIANiDQAaQQAgAyAAKwMgYwR/QQEFIAMgACsDKGQLDQAaQQAgAyAAKwMwZQR/QQEFIAMgACsDOGYLDQAaQQEgACgCECICQQBIDQAaIAAoAgwhAANAIAEgAkgEQEEBIAAgAUEDdGorAwAgA2ENAhogAUEBaiEBDAELC0EACwVBAAsPCwJ/QQAgASACEAkiAyADYg0AGkEAIAMgACsDIGMEf0EBBSADIAArAyhkCw0AGkEAIAMgACsDMGUEf0EBBSADIAArAzhmCw0AGkEBIAAoAhAiAUEASA0AGiAAKAIMIQADQCABIARKBEBBASAAIARBA3RqKwMAIANhDQIaIARBAWohBAwBCwtBAAsPCwJ/IAIgAWsiAEEBRgRAIAEtAAAiAEEwRiAAQTFGcgwBCyAAQQRGBEAgASgCACIAQdTk1asGRiAAQfTk1asGRnIgAEHUpNWqBEZyDAELIABBBUYEQCABLQAEIgBB5QBGIAEoAgAiAUHmwrGbB0ZxBH9BAQUgAEHlAEYgAUHGwrGbB0ZxCwR/QQEFIABBxQBGIAFBxoKxmgVGcQsMAQtBAAsPC0EBDwsgACgCDCAAKAIQIAEgAhAADwsgAiABayIBIAAoAhROBH8gASAAKAIYTAVBAAsPC0EAC/wDAgF+Bn8gACkDACIBIwBSBEAgAC0ABEEtRwR/QQEFIAAtAAdBLUcLBEBBgICAgHgPC0F/IAAtAAZBMGsiAiACQQlLGyICQX8gAC0ABUEwayIDIANBCUsbIgNBfyAALQADQTBrIgQgBEEJSxsiBEF/IAAtAAJBMGsiBSAFQQlLGyIFQX8gAC0AAEEwayIGIAZBCUsbIgZBfyAALQABQTBrIgcgB0EJSxsiB3JycnJyQQBIBEBBgICAgHgPCyADQQpsIAJqIgJBAEwgAkEMSnIEQEGAgICAeA8LIAEkACAGQegHbCAHQeQAbGogBUEKbGogBGoiA0EBayADIAJBAkwbIgQgBEGPA2sgBEEAThtBkANtIQUgBCAFQZADbGsiBEHtAmwgBEEEbWogBEHkAG1rIAJBA2sgAkEJaiACQQJKG0GZAWxBAmpBBW1qIAVBsfUIbGpB7PQrayQBIAJBAkYEf0EcQR0gA0EDcQR/QQAFIANB5ABvCwR/QQAFIANBkANvCxsFQR5BHyACQQZGIAJBBEZyIAJBCUZyIAJBC0ZyGwskAgtBfyAALQAIQTBrIgIgAkEJSxsiAkF/IAAtAAlBMGsiACAAQQlLGyIAckEASARAQYCAgIB4DwtBgICAgHggAkEKbCAAaiIAIwFqQQFrIABBAEwgACMCSnIbC9kFAQV/IAAtAAAiAkEiRgRAIABBAWogARABIgBBAEgEQEEADwsgACQVQQJBASMUGw8LIAJBLUYEf0EBBSACQTlNIAJBME9xCwRAIAAgARASIgBBAEgEQEEADwsgACQVQQMPCyACQdsARiACQfsARnIEQANAAkAgAC0AACIGQfsARiIFIAZB2wBGcgR/QX8hAiADQYAERg0BIAMiBEEBaiEDIxAgBGpBAUECIAUbOgAAIABBAWohAANAIAAgAUgEfyAALQAAIgRBCUYgBEEgRnIgBEENRnIFQQALBEAgAEEBaiEADAELCyAAIAFODQEgAC0AAEH9AEHdACAGQfsARhtGBH8gA0EBayEDIABBAWoFIAZB+wBGBEAgACABEAYiAEEASA0DCwwDCwVBfyECIAAgARAEQf8BcUUNASMVCyEAA0ACQCAAIQIgA0UNAgNAIAAgAUgEfyAALQAAIgJBCUYgAkEgRnIgAkENRnIFQQALBEAgAEEBaiEADAELC0F/IQIgACABTg0CIxAgA2pBAWstAAAhBCAALQAAIgVBLEYEQCAAQQFqIQADQCAAIAFIBH8gAC0AACIFQQlGIAVBIEZyIAVBDUZyBUEACwRAIABBAWohAAwBCwsgACABTg0DIARBAUYEQCAAIAEQBiIAQQBIDQQLDAELIAVB/QBB3QAgBEEBRhtHDQIgA0EBayEDIABBAWohAAwBCwsMAQsLIAJBAEgEQEEADwsgAiQVQQcPCwJ/IAJB9ABGBEAgAEEEaiABTAR/IAAoAgBB9OTVqwZGBUEACwRAIABBBGokFUEEDAILBSACQeYARgRAIABBBWogAUwEfyAAKAIAQebCsZsHRgVBAAsEfyAALQAEQeUARgVBAAsEQCAAQQVqJBVBBQwDCwUgAkHuAEYEQCAAQQRqIAFMBH8gACgCAEHu6rHjBkYFQQALBEAgAEEEaiQVQQYMBAsLCwtBAAsLygECAn4BfwNAIABBCGogAUwEQCAAKQMAIgJCosSIkaLEiJEihSEDIAJCoMCAgYKEiJAgfSACQn+FgyADQoGChIiQoMCAAX0gA0J/hYMgAkLcuPHixYuXrtwAhSICQoGChIiQoMCAAX0gAkJ/hYOEhEKAgYKEiJCgwIB/gyICQgBSBEAgACACekIDiKdqDwsgAEEIaiEADAELCwNAIAAgAUgEQCAALQAAIgRB3ABGIARBIkZyIARBIElyRQRAIABBAWohAAwCCwsLIAALsAEBAX8gAC0AAEEiRwRAQX8PCyAAQQFqIAEQASIAQQBIBEBBfw8LA0AgACABSAR/IAAtAAAiAkEJRiACQSBGciACQQ1GcgVBAAsEQCAAQQFqIQAMAQsLIAAgAU4Ef0EBBSAALQAAQTpHCwRAQX8PCyAAQQFqIQADQCAAIAFIBH8gAC0AACICQQlGIAJBIEZyIAJBDUZyBUEACwRAIABBAWohAAwBCwtBfyAAIAAgAU4bC88BAQN/AkAgACACRg0AIABBB3EgAkEHcUYEQANAIABBB3EEQEEAIQMgAUUNAyAALQAAIgQgAi0AACIFayEDIAQgBUcNAyABQQFrIQEgAEEBaiEAIAJBAWohAgwBCwsDQCABQQhPBEAgACkDACACKQMAUQRAIABBCGohACACQQhqIQIgAUEIayEBDAILCwsLA0AgASIDQQFrIQEgAwRAIAAtAAAiBCACLQAAIgVrIQMgBCAFRw0CIABBAWohACACQQFqIQIMAQsLQQAhAwsgA0UL+wMDBn8BfgF8IABBAWogACAALQAAIgRBK0YgBEEtRnIbIQADQCAAIAFIBEBBfyAALQAAQTBrIgcgB0EJSxsiB0EATgRAIAesIAhCCn58IQggAkEBaiECIABBAWohAAwCCwsLIAAgAUgEfyAALQAAQS5GBUEACwRAIABBAWohAANAIAAgAUgEQEF/IAAtAABBMGsiByAHQQlLGyIHQQBOBEAgB6wgCEIKfnwhCCACQQFqIQIgBUEBaiEFIABBAWohAAwCCwsLCyACRSACQQ9KcgRARAAAAAAAAPh/DwsgACABSAR/IAAtAABBIHJB5QBGBUEACwR/IAEgAEEBaiIASgR/IAAtAABBLUYEf0EBBSAALQAAQStGCwVBAAsEQCAALQAAQS1GIQYgAEEBaiEACyAAIQIDQCAAIAJrQQNIIAAgAUhxBEBBfyAALQAAQTBrIgcgB0EJSxsiB0EATgRAIANBCmwgB2ohAyAAQQFqIQAMAgsLCyAAIAJGBEBEAAAAAAAA+H8PC0EAIANrIAMgBhsFQQALIAAgAUcEQEQAAAAAAAD4fw8LIAVrIgBBakggAEEWSnIEQEQAAAAAAAD4fw8LIAi5IQkgAEEASAR8IAlBACAAa0EDdEGACGorAwCjBSAJIABBA3RBgAhqKwMAogsiCZogCSAEQS1GGwv1BQIFfwN+AkAgASAAa0ETSAR/QQEFIAAtABBBOkcLDQAgACkDCCIJIwRSIAApAwAiCCMDUnIEQCAALQAKQdQARwR/QQEFIAAtAA1BOkcLDQEgABADIgJBgICAgHhGDQFBf0F/IABBC2oiBC0AAEEwayIFIAVBCUsbIgVBCmxBfyAELQABQTBrIgQgBEEJSxsiBGogBCAFckEASBsiBEEASCAEQRdKckF/QX8gAEEOaiIFLQAAQTBrIgYgBkEJSxsiBkEKbEF/IAUtAAFBMGsiBSAFQQlLGyIFaiAFIAZyQQBIGyIFQQBIciAFQTtKcg0BIAgkAyAJJAQgBEE8bCAFakHg1ANsrCACrEKAuJkpfnwkBQtBf0F/IABBEWoiAi0AAEEwayIEIARBCUsbIgRBCmxBfyACLQABQTBrIgIgAkEJSxsiAmogAiAEckEASBsiBEEASCAEQTtKcg0AIAEgAEETaiIASgR/IAAtAABBLkYFQQALBEAgAEEBaiIAIQVB5AAhAgNAIAAgBWtBA0ggACABSHEEQEF/IAAtAABBMGsiBiAGQQlLGyIGQQBOBEAgAyACIAZsaiEDIAJBCm0hAiAAQQFqIQAMAgsLCyAAIAVGDQELIAAgAUgEfyAALQAAQdoARgVBAAsEfyAAQQFqBSAAIAFIBH8gAC0AAEErRgR/QQEFIAAtAABBLUYLBUEACwR/IAEgAGtBBkcEf0EBBSAALQADQTpHCw0CQX9BfyAAQQRqIgItAABBMGsiBSAFQQlLGyIFQQpsQX8gAi0AAUEwayICIAJBCUsbIgJqIAIgBXJBAEgbIgJBf0F/IABBAWoiBS0AAEEwayIGIAZBCUsbIgZBCmxBfyAFLQABQTBrIgUgBUEJSxsiBWogBSAGckEASBsiBXJBAEgNAkIAIAVBPGwgAmpB4NQDbKwiB30gByAALQAAQS1GGyEHIAEFIAALCyABRw0AIwUgBEHoB2wgA2qsfCAHfbkPC0QAAAAAAAD4fwutBAEEfwJAA0AgBkEcSyAAIAFOcg0BIAAiBEEBaiEAIAUgBC0AACIEQf8AcSAGdHIhBSAEQYABTwRAIAZBB2ohBgwBCwsgAyAFRw0AIAIgA2ohByACIQQDQCAAIAFIBEAgAEEBaiEFIAAtAAAiAEEDcUUEQCAAQQJ2QQFqIgNBPEsEQCADQTxrIgYgASAFa0oNBCAFKAIAIQAgBkEERwRAIABBASAGQQN0dEEBa3EhAAsgAEH/////B08NBCAAQQFqIQMgBSAGaiEFCyADIAcgBGtKIAMgASAFa0pyDQMgA0EQTARAIAQgBSkDADcDACAEIAUpAwg3AwgFIAQgBSAD/AoAAAsgAyAFaiEAIAMgBGohBAwCCyAAQQNxQQFGBH8gASAFa0EATA0DIABBAnZBB3FBBGohAyAFLQAAIABBBXZBCHRyIQYgBUEBagUgAEEDcUECRgR/IAEgBWtBAkgNBCAAQQJ2QQFqIQMgBS8BACEGIAVBAmoFIAEgBWtBBEgNBCAAQQJ2QQFqIQMgBSgCACEGIAVBBGoLCyEAIAZBAEwgBiAEIAJrSnIgAyAHIARrSnINAiAEIAZrIQUgBkEITgRAQQAhBgNAIAMgBkoEQCAEIAZqIAUgBmopAwA3AwAgBkEIaiEGDAELCwVBACEGA0AgAyAGSgRAIAQgBmogBSAGai0AADoAACAGQQFqIQYMAQsLCyADIARqIQQMAQsLQX9BACAEIAdHGw8LQX8LBAAjBwsEACMGC44EAgh/BH4gAkEASCACQSBKcgRAQX8PCyACQQdqQQN1IQlCASACrIZCAX0hDwNAIAQgB0oEQEIAIQ1CACEOA0AgACABTiAOQhxWcgRAQX8PCyAAIgVBAWohACANIAUxAAAiEEL/AIMgDoaEIQ0gEEKAAVoEQCAOQgd8IQ4MAQsLIAQgB2usIQ4gDUIBg1AEfyABIABrIAlIBEBBfw8LQQAhBUEAIQYDQCAGIAlIBEAgBSAAIAZqLQAAIAZBA3R0ciEFIAZBAWohBgwBCwsgACAJaiEAIA1CAYgiDSAOIA0gDlQbpyEKIAMgB0ECdGohC0EAIQYDQCAGIApIBEAgCyAGQQJ0aiAFNgIAIAZBAWohBgwBCwsgBSAIIApBAEogBSAIS3EbIQggByAKagUgDUIBiCINQgOGIhAgDiAOIBBWG6ciC6wgAqx+IAEgAGusQgOGVgRAQX8PCyADIAdBAnRqIQwgAgRAQQAhBUEAIQYDQCAGIAtIBEAgDCAGQQJ0aiAAIAVBA3ZqKQMAIAVBB3GtiCAPg6ciCjYCACAKIAggCCAKSRshCCACIAVqIQUgBkEBaiEGDAELCwVBACEFA0AgBSALSARAIAwgBUECdGpBADYCACAFQQFqIQUMAQsLCyAArCANIAKsfnwiDSABrEIBfCIOIA0gDlQbpyEAIAcgC2oLIQcMAQsLIAgkBkEAC6kBAQV/IAQEQANAIAEgB0oEQCAAIAdBAnRqKAIAIgogA08EQEF/DwsgBCAKQQJ0aiIKIAooAgBBAWo2AgAgB0EBaiEHDAELCwsDQCABIAZKBEAgACAGQQJ0aigCACIEIANPBEBBfw8LIAIgBGotAAAiBARAIARBAUYEQCAJQQFqIQkFIAUgCEECdGogBjYCACAIQQFqIQgLCyAGQQFqIQYMAQsLIAkkByAICwYAIAAkEwtiAQF/IAAgARARIgBBAEgEQEF/DwsDQCAAIAFIBH8gAC0AACIDQQlGIANBIEZyIANBDUZyBUEACwRAIABBAWohAAwBCwsgACABSARAQX8gACAALQAAQQpHGw8LIAFBfyACGwuaCwMJfwF+AXwjDEEAIwj8CwBBASEFA0AgACABSAR/IAAtAAAiAkEJRiACQSBGciACQQ1GcgVBAAsEQCAAQQFqIQAMAQsLAkAgACABTgR/QQEFIAAtAABB+wBHCw0AIABBAWohAANAIAAgAUgEfyAALQAAIgJBCUYgAkEgRnIgAkENRnIFQQALBEAgAEEBaiEADAELCyAAIAFODQAgAC0AAEH9AEcEQANAIAAtAABBIkcNAiAEIwhIBH8Cf0EAIwkgBEEEdGoiAigCBCIGRSAAIAZqIAFKcg0AGiACKAIAIQcgACECIAYhAwNAIANBCEoEQEEAIAIpAwAgBykDAFINAhogAkEIaiECIAdBCGohByADQQhrIQMMAQsLIAZBACAHKQMAIANBCEYEfkJ/BUIBIAOsQgOGhkIBfQsgAikDAINRGwsFQQALIgIEfyAEIQMgACACagUgAEEBaiIDIAEQASEAQQEjFCAAQQBIGw0DIABBAWsgA2shBgJAIAQjCEgEQCMJIAQiAkEEdGoiBygCDCAGRgR/IAMgBiAHKAIIEAcFQQALDQELQQAhAgNAIAIjCEgEQCMJIAJBBHRqIgcoAgwgBkYEfyADIAYgBygCCBAHBUEACw0CIAJBAWohAgwBCwtBfyECCyACIQMDQCAAIAFIBH8gAC0AACICQQlGIAJBIEZyIAJBDUZyBUEACwRAIABBAWohAAwBCwsgACABTgR/QQEFIAAtAABBOkcLDQMgAEEBagshAANAIAAgAUgEfyAALQAAIgJBCUYgAkEgRnIgAkENRnIFQQALBEAgAEEBaiEADAELCyAAIAFODQIgACEGQQAhAiAALQAAQSJGBEAgAEEBaiABEAUiByABSAR/IActAABBIkYFQQALBEBBASECIAdBAWohAAsLIAJFBEAgACABEAQiAkUNAyMVIQALIANBAE4EQCMMIANqIgktAAANAyAJIAI6AAAgAkEDRgRAIw8gA0EDdGojFjkDAAsgAkEBRiIERQRAIAJBAkYhBAsgA0ECdCIHIw1qIxMgBkEBaiIIIAYgBBtqNgIAIw4gB2ojEyAAQQFrIgcgACAEG2o2AgAjEQRAIxEgA0EGdGohBAJAIAJB/wFxQQFGBEAgBCAIIAcQAiECDAELIAJB/wFxQQJGBEAgBkEBaiECIABBAWshBiAELQAAIQcCf0EAIAQoAggNABpBASAHQQZGDQAaIAdBCEYEfyAEKAIUBUEBCwR/QQAFIAQoAhggBiACa04LCyECDAELIAJB/wFxQQNGBEBBACECAkAgBC0AASIGRSMWIgwgDGJyDQAgBkEBRgR/IAydIAxhIAyZRP///////z9DZXEFQQELRQ0AAn9BACAMIAxiDQAaQQAgDCAEKwMgYwR/QQEFIAwgBCsDKGQLDQAaQQAgDCAEKwMwZQR/QQEFIAwgBCsDOGYLDQAaQQEgBCgCECIGQQBIDQAaIAQoAgwhBANAIAIgBkgEQEEBIAQgAkEDdGorAwAgDGENAhogAkEBaiECDAELC0EACyECCwwBCyACQf8BcSICQQVGIAJBBEZyBH8gBC0AAgVBAAshAgsFQQAhAgsgAgRAIAlBCDoAAAsgA0EBaiEEBSAKQQFqIQogAkEGR0EAIAUbBEAgAkEBRgR/IwojCyAGQQFqIABBAWsQAAVBAAshBQsLA0AgACABSAR/IAAtAAAiAkEJRiACQSBGciACQQ1GcgVBAAsEQCAAQQFqIQAMAQsLIAAgAU4NAiAALQAAIgJBLEYEQCAAQQFqIQADQCAAIAFIBH8gAC0AACICQQlGIAJBIEZyIAJBDUZyBUEACwRAIABBAWohAAwBCwsgACABTg0DDAELCyACQf0ARw0BCyMSIAo2AgAjEiAFQQBHNgIEIABBAWoPC0F/C+0DAwZ/AX4BfCABIABBAWogACAALQAAQS1GIgUbIgBMBEBBfw8LIAAtAAAiA0EwRgRAIABBAWohAEEBIQIFIANBOU0gA0ExT3EEQANAIAAgAUgEQCAALQAAQTBrIgNBCU0EQCADrSAIQgp+fCEIIAJBAWohAiAAQQFqIQAMAgsLCwVBfw8LCyAAIAFIBH8gAC0AAEEuRgVBAAsEfyAAQQFqIgAhAwNAIAAgAUgEQCAALQAAQTBrIgZBCU0EQCAGrSAIQgp+fCEIIAJBAWohAiAAQQFqIQAMAgsLCyAAIANGBEBBfw8LIAAgA2sFQQALIQYgAkEPTCAAIAFIBH8gAC0AAEEgckHlAEYFQQALBH9BACECIAEgAEEBaiIASgRAIAAtAAAiB0EtRiIDIAdBK0ZyBEAgAyECIABBAWohAAsLIAAhAwNAIAAgAUgEQCAALQAAQTBrIgdBCU0EQCAEQQpsIAdqIAQgBEHAhD1IGyEEIABBAWohAAwCCwsLIAAgA0YEQEF/DwtBACAEayAEIAIbBUEACyAGayIBQWpOcSABQRZMcQRAIAi6IQkgAUEASAR8IAlBACABa0EDdEGACGorAwCjBSAJIAFBA3RBgAhqKwMAogsiCZogCSAFGyQWBUQAAAAAAAD4fyQWCyAACwUAQbgJCy4AIAAkCCABJAkgAiQKIAMkCyAEJAwgBSQNIAYkDiAHJA8gCCQQIAkkEiAKJBELeQEEfwNAIAMgB0oEQCACIAFrQQRIBEBBfw8LIAEoAgAiBkEASCAGIAIgAUEEaiIBa0pyBEBBfw8LIAAgASABIAZqEAJFBEAgBCAFQQN0aiIIIAc2AgAgCCABNgIEIAVBAWohBQsgASAGaiEBIAdBAWohBwwBCwsgBQsLugEBAEGGCAuyAfA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxDAIDgN3nDQUMAoNiFVzR2QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/wgEQ=';

;// CONCATENATED MODULE: ./build/core/data/wasm/instance.js

/** Deeper nesting than this goes to JSON.parse (the scanner's container stack is fixed). */
const MAX_DEPTH = 512;
const PAGE = 65536;
/** Bytes past a loaded range that the scanner may read (a key compared 8 bytes at a time), never use. */
const SLACK = 16;
/** Bytes of a field's entry in the checks table, and of a text in a table of texts (missing values, members). */
const CHECK_ENTRY = 64;
const TEXT_ENTRY = 16;
/**
 * The module instantiated once a thread: one memory holds the tables of every set of names and blanks
 * scanned on the thread (kept by key: a part of a file, a file, a segment each make a scanner, most of
 * them with the same schema) and, after them, the records loaded last. An instance per scanner kept a
 * memory per part of a file until the collector came: 50 MiB more peak RSS on a 617 MiB file. A memory
 * cannot shrink: it stays as large as the largest range loaded (a reader's buffer, 1 MiB, or twice the
 * longest record, which CSV_LIMITS caps at 16 MiB).
 */
class WasmInstance {
    wasm;
    bytes;
    /** The end of the tables; the records are loaded from `input` on. */
    top;
    input;
    stack;
    layouts = new Map();
    /**
     * The layout configure() was last given, and the scanner whose records are loaded (only compared, so
     * any object: this module does not know the JSONL scanner that loads).
     */
    configured;
    loadedBy;
    constructor() {
        const module = new WebAssembly.Module(Buffer.from(DATA_WASM, 'base64'));
        this.wasm = new WebAssembly.Instance(module, {}).exports;
        this.bytes = new Uint8Array(this.wasm.memory.buffer);
        this.stack = align(this.wasm.heapBase(), 16);
        this.top = this.stack + MAX_DEPTH;
        this.input = align(this.top, 16);
    }
    /** The tables of these names, missing values and checks, laid out on first use. */
    layout(names, blanks, checks) {
        const key = JSON.stringify([names, blanks, checks], (_, value) => value instanceof Uint8Array ? Array.from(value) : typeof value === 'number' ? String(value) : value);
        let layout = this.layouts.get(key);
        if (layout)
            return layout;
        const encoder = new TextEncoder();
        const names8 = names.map((name) => encoder.encode(name));
        // Each key as JSON writes it, `"name":`, zero-padded to whole 8-byte words; 0 bytes for a name that
        // JSON must escape (its key is never compared in place, only decoded keys are looked up).
        const keys = names8.map((name) => name.every((b) => b >= 32 && b !== 34 && b !== 92) ? Uint8Array.of(34, ...name, 34, 58) : undefined);
        const from = this.top;
        const take = (bytes, alignment = 8) => {
            const offset = align(this.top, alignment);
            this.top = offset + bytes;
            return offset;
        };
        const fields = take(16 * names.length);
        const keyAt = keys.map((key) => (key ? take(align(key.length, 8) + 8) : 0));
        const nameAt = names8.map((name) => take(name.length, 1));
        const blankTable = take(TEXT_ENTRY * blanks.length);
        const blankAt = blanks.map((blank) => take(blank.length, 1));
        layout = {
            count: names.length,
            fields,
            blanks: blankTable,
            blankCount: blanks.length,
            kinds: take(names.length),
            starts: take(4 * names.length),
            ends: take(4 * names.length),
            numbers: take(8 * names.length),
            status: take(8),
            checks: checks.some((check) => check !== undefined) ? take(CHECK_ENTRY * names.length) : 0,
        };
        const checkTables = checks.map((check) => check === undefined
            ? undefined
            : {
                missing: take(TEXT_ENTRY * check.missing.length),
                missingAt: check.missing.map((value) => take(value.length, 1)),
                members: take(check.numbers ? 8 * check.numbers.length : TEXT_ENTRY * (check.strings?.length ?? 0)),
                memberAt: (check.strings ?? []).map((value) => take(value.length, 1)),
            });
        // The records move up past the new tables: whatever was loaded is gone.
        this.input = align(this.top, 16);
        this.loadedBy = undefined;
        this.ensure(this.input + PAGE);
        // The new tables lie where records were loaded before: a field without checks must read zeros.
        this.bytes.fill(0, from, this.top);
        const view = new DataView(this.wasm.memory.buffer);
        names8.forEach((name, i) => {
            const key = keys[i];
            if (key)
                this.bytes.set(key, keyAt[i]);
            this.bytes.set(name, nameAt[i]);
            view.setInt32(fields + 16 * i, keyAt[i], true);
            view.setInt32(fields + 16 * i + 4, key ? key.length : 0, true);
            view.setInt32(fields + 16 * i + 8, nameAt[i], true);
            view.setInt32(fields + 16 * i + 12, name.length, true);
        });
        // A table of texts for assembly/value-checks.ts (inTexts): each one's first 8 bytes, where, how long.
        const texts = (table, values, at) => values.forEach((value, i) => {
            this.bytes.set(value, at[i]);
            const entry = table + TEXT_ENTRY * i;
            this.bytes.set(value.subarray(0, 8), entry);
            view.setInt32(entry + 8, at[i], true);
            view.setInt32(entry + 12, value.length, true);
        });
        texts(blankTable, blanks, blankAt);
        checks.forEach((check, i) => {
            const tables = checkTables[i];
            if (check === undefined || tables === undefined)
                return;
            const entry = layout.checks + CHECK_ENTRY * i;
            view.setUint8(entry, check.check);
            view.setUint8(entry + 1, check.jsonNumbers);
            view.setUint8(entry + 2, check.jsonBooleans ? 1 : 0);
            view.setInt32(entry + 4, tables.missing, true);
            view.setInt32(entry + 8, check.missing.length, true);
            texts(tables.missing, check.missing, tables.missingAt);
            view.setInt32(entry + 12, tables.members, true);
            const members = check.numbers ?? check.strings;
            view.setInt32(entry + 16, members === undefined ? -1 : members.length, true);
            if (check.strings)
                texts(tables.members, check.strings, tables.memberAt);
            for (const [m, n] of (check.numbers ?? []).entries())
                view.setFloat64(tables.members + 8 * m, n, true);
            view.setInt32(entry + 20, int32(check.minBytes), true);
            view.setInt32(entry + 24, int32(check.maxBytes), true);
            view.setFloat64(entry + 32, check.minimum, true);
            view.setFloat64(entry + 40, check.maximum, true);
            view.setFloat64(entry + 48, check.exclusiveMinimum, true);
            view.setFloat64(entry + 56, check.exclusiveMaximum, true);
        });
        this.layouts.set(key, layout);
        return layout;
    }
    /** Makes `layout` the tables the scanner fills. */
    use(layout) {
        if (this.configured === layout)
            return;
        const { count, fields, blanks, blankCount, kinds, starts, ends, numbers, status, checks } = layout;
        this.wasm.configure(count, fields, blanks, blankCount, kinds, starts, ends, numbers, this.stack, status, checks);
        this.configured = layout;
    }
    /**
     * Copies `bytes` in where records are loaded (whatever a scanner loaded there is gone: `owner` is the
     * scanner of the new records, if any), with SLACK after them and `room` more bytes free after that;
     * returns where that room starts (8-aligned).
     */
    copyIn(bytes, room, owner) {
        const after = align(this.input + bytes.length + SLACK, 8);
        this.ensure(after + room);
        this.bytes.set(bytes, this.input);
        this.loadedBy = owner;
        return after;
    }
    /** Grows the memory to `bytes` at least (growing detaches the views on the old buffer). */
    ensure(bytes) {
        const memory = this.wasm.memory;
        if (memory.buffer.byteLength >= bytes)
            return;
        memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
        this.bytes = new Uint8Array(memory.buffer);
    }
}
let instance;
/** The thread's instance, made on first use. */
function threadInstance() {
    instance ??= new WasmInstance();
    return instance;
}
/** Bytes of the thread's scanner memory (0 before the first scanner): tables and the records loaded. */
function scannerMemoryBytes() {
    return instance?.bytes.byteLength ?? 0;
}
/** A byte count as an i32 (at most 2^31 - 1: more than any record holds). */
function int32(bytes) {
    return Math.min(bytes, 0x7fffffff);
}
/** `offset` rounded up to a multiple of `alignment`. */
function align(offset, alignment) {
    return Math.ceil(offset / alignment) * alignment;
}


/***/ }),

/***/ 41973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ GUNZIP_SEGMENTS_SOURCE),
/* harmony export */   V6: () => (/* binding */ GUNZIP_WORKER_SOURCE)
/* harmony export */ });
/* unused harmony export SPARE_SEGMENTS_KIND */
/**
 * Source shared by both gunzip workers: `collected(bytes)` runs a minor garbage collection every 16 MiB
 * inflated. The file stream's and zlib's spent buffers (1 MiB each) are external memory behind tiny
 * wrappers, and these threads allocate little else: Node 20's V8 collected them soon after use, Node 22+'s
 * lets them pile up (a 26 MiB .jsonl.gz: the worker alone peaked 45 MiB higher on Node 24, the validation
 * at 204 MiB against 121 MiB). A minor collection of this small heap costs well under a millisecond.
 * `gc` is reached through a new context (--expose-gc set at run time applies to contexts created after, so
 * a later worker of the same process, and a process run with --expose-gc, has it as a global already).
 */
const COLLECT_SOURCE = `
const collectGarbage =
  typeof globalThis.gc === 'function'
    ? globalThis.gc
    : (require('node:v8').setFlagsFromString('--expose-gc'), require('node:vm').runInNewContext('gc'));
let uncollected = 0;
const collected = (bytes) => {
  uncollected += bytes;
  if (uncollected < 16 << 20) return;
  uncollected = 0;
  collectGarbage({ type: 'minor' });
};
`;
/**
 * The gunzip worker (readGzip in read-bytes.ts), run with `eval`: it needs only node's fs, zlib and
 * worker_threads, so it starts without loading the bundle (~20 ms). Its event loop does nothing but
 * drive zlib, so inflating never waits for validation: it reads `workerData.path`, inflates it (all gzip
 * members) and posts each inflated chunk as a GunzipMessage, its buffer transferred. zlib's chunks are
 * views of buffers it keeps writing into, so each is copied once into a buffer of its own here, on this
 * otherwise idle thread. At most `workerData.queue` chunks are unacknowledged (the main thread answers
 * each once written, handing its buffer back for the next chunk: no allocation per chunk, and no
 * garbage to wait for): then zlib is paused, and with it the file read. Kept as source text so that no
 * bundler rewrites its requires.
 */
const GUNZIP_WORKER_SOURCE = `${COLLECT_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { path, queue, chunkSize } = workerData;
const input = createReadStream(path, { highWaterMark: chunkSize });
const gunzip = createGunzip({ chunkSize });
let unacknowledged = 0;
let failed = false;
const fail = (stage, error) => {
  if (failed) return;
  failed = true;
  parentPort.postMessage({ type: 'error', stage, code: error.code, message: error.message });
  input.destroy();
  gunzip.destroy();
};
input.on('error', (error) => fail('read', error));
gunzip.on('error', (error) => fail('gunzip', error));
const free = [];
gunzip.on('data', (chunk) => {
  if (failed) return;
  const data = new Uint8Array(free.pop() ?? new ArrayBuffer(chunkSize), 0, chunk.length);
  data.set(chunk);
  parentPort.postMessage({ type: 'chunk', data, read: input.bytesRead }, [data.buffer]);
  collected(chunk.length);
  if (++unacknowledged >= queue) gunzip.pause();
});
gunzip.on('end', () => {
  if (!failed) parentPort.postMessage({ type: 'end' });
});
parentPort.on('message', (buffer) => {
  free.push(buffer);
  unacknowledged--;
  if (unacknowledged < queue && gunzip.isPaused()) gunzip.resume();
});
input.pipe(gunzip);
`;
/** The workerData of a segments worker started before its job is known: the job is its first message. */
const SPARE_SEGMENTS_KIND = 'mlci-spare-gunzip-segments';
/**
 * The gunzip worker for validating one compressed JSONL file on several threads (workerData: a
 * SegmentsJob, or SPARE_SEGMENTS_KIND and then the job as its first message: a worker booted before the
 * file was known). It inflates the file into segments of whole lines, each numbered with its offset, first
 * line and first record (it counts the line feeds and the empty lines, which are not records, as
 * JsonlTable does), and hands them to whichever consumer asks first: the threads validate at their own
 * pace, and the segments' errors carry the file's own rows and lines. At most `ahead` segments wait;
 * then zlib is paused. A consumer's request gives back the buffer of its last segment, reused for a
 * later one. Any failure (read error, bad or truncated gzip, the limits, an overlong line) is sent to
 * every consumer as an error: the caller then reads the file on one thread, which reports it exactly.
 */
const GUNZIP_SEGMENTS_SOURCE = `${COLLECT_SOURCE}
const { workerData, parentPort } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
function run(job) {
const done = job.progress ? new Float64Array(job.progress.shared) : undefined;
const input = createReadStream(job.path, { highWaterMark: 1 << 20 });
const gunzip = createGunzip({ chunkSize: 1 << 20 });
const capacity = job.segmentBytes + (1 << 20); // a segment under its size, and a chunk of zlib's
const free = [];
let buf = new Uint8Array(capacity);
let length = 0;
let offset = 0;
let line = 1;
let row = 1;
let index = 0;
let total = 0;
let ended = false;
let failure;
// The first segments are small, so that the threads start validating at once; then segmentBytes.
let target = Math.min(job.segmentBytes, 1 << 16);
const ready = [];
const waiting = [];
const fail = (message) => {
  if (failure) return;
  failure = { type: 'error', message };
  ready.length = 0;
  input.destroy();
  gunzip.destroy();
  serve();
};
const send = (port, message) =>
  message.type === 'segment' ? port.postMessage(message, [message.data.buffer]) : port.postMessage(message);
function serve() {
  while (waiting.length > 0 && (failure || ready.length > 0 || ended))
    send(waiting.shift(), failure ?? ready.shift() ?? { type: 'end' });
  if (!failure && gunzip.isPaused() && ready.length < job.ahead) gunzip.resume();
}
function cut(end) {
  const data = buf.subarray(0, end);
  const segment = { type: 'segment', index: index++, offset, line, row, data };
  const view = Buffer.from(buf.buffer, 0, end);
  // A BOM is not part of the first line (ChunkedInput drops it): a BOM and a line feed make an empty line.
  const bom = offset === 0 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf;
  for (let p = bom ? 3 : 0; p < end; ) {
    let nl = view.indexOf(10, p);
    if (nl === -1) nl = end;
    if (nl - p >= job.maxLineBytes) return fail('a line too long');
    const empty = nl === p || (nl === p + 1 && view[p] === 13);
    if (!empty) row++;
    line++;
    p = nl + 1;
  }
  ready.push(segment);
  offset += end;
  const next = length - end < capacity ? (free.pop() ?? new Uint8Array(capacity)) : new Uint8Array(2 * (length - end));
  next.set(buf.subarray(end, length));
  length -= end;
  buf = next;
  if (ready.length >= job.ahead) gunzip.pause();
  serve();
}
input.on('error', (error) => fail('cannot read the file: ' + (error.code ?? error.message)));
gunzip.on('error', (error) => fail('gzip: ' + error.message));
gunzip.on('data', (chunk) => {
  if (failure) return;
  total += chunk.length;
  if (done) done[job.progress.slot] = input.bytesRead;
  const ratio = total / Math.max(1, job.compressedBytes);
  if (total > job.limits.maxBytes || (total > job.limits.ratioAfter && ratio > job.limits.maxRatio))
    return fail('beyond the limits');
  if (length + chunk.length > buf.length) {
    if (length + chunk.length > job.maxSegmentBytes) return fail('a line too long');
    const grown = new Uint8Array(Math.max(2 * buf.length, length + chunk.length));
    grown.set(buf.subarray(0, length));
    buf = grown;
  }
  buf.set(chunk, length);
  length += chunk.length;
  collected(chunk.length);
  // Segments of at most target bytes, but for a line longer than that (then the segment is that line).
  while (!failure && length >= target) {
    let end = buf.lastIndexOf(10, target - 1) + 1;
    if (end === 0) end = buf.indexOf(10, target) + 1;
    if (end === 0 || end > length) break;
    cut(end);
    target = Math.min(job.segmentBytes, 2 * target);
  }
});
gunzip.on('end', () => {
  if (failure) return;
  if (length > 0) cut(length);
  if (failure) return;
  ended = true;
  serve();
});
for (const port of job.ports)
  port.on('message', (returned) => {
    if (returned && returned.byteLength === capacity && free.length < job.ahead)
      free.push(new Uint8Array(returned));
    waiting.push(port);
    serve();
  });
input.pipe(gunzip);
}
if (workerData && workerData.kind === '${SPARE_SEGMENTS_KIND}') parentPort.once('message', run);
else run(workerData);
`;


/***/ }),

/***/ 26969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ readGzip),
/* harmony export */   QU: () => (/* binding */ GZIP_LIMITS),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   qX: () => (/* binding */ readRange)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _gunzip_worker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41973);




/** Limits on gzip input (reliability DATA-15): a 10 MB file must not expand to 10 GB unnoticed. */
const GZIP_LIMITS = {
    maxBytes: 64 * 2 ** 30, // 64 GiB decompressed
    maxRatio: 1000, // deflate's practical maximum is ~1032:1; real CSVs compress 3-15:1
    ratioAfter: 256 * 2 ** 20, // the ratio applies once this much was decompressed
};
/** Inflated chunks (1 MiB each) waiting to be validated before zlib is paused. */
const GUNZIP_QUEUE = 4;
/**
 * From this compressed size on, a worker thread inflates (readGzip): its start-up (~20 ms) is paid back
 * once the file takes longer to inflate than that.
 */
const GUNZIP_WORKER_BYTES = 2 ** 20;
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch (thrown) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`cannot open ${path}: ${thrown.code ?? String(thrown)}`, {
            where: { file: path },
        });
    }
    try {
        let position = start;
        while (position < end) {
            const space = sink.space();
            const want = Math.min(space.length, end - position);
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, space, 0, want, position);
            if (n === 0)
                break;
            position += n;
            sink.commit(n);
            onProgress?.(position - start);
        }
        sink.end();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Streams a gzip file (all members) into the sink. A truncated file is an error even though the rows
 * before the cut were read: never "N rows valid" for half a file (reliability DATA-16). A file of
 * GUNZIP_WORKER_BYTES or more is inflated in a worker thread (`worker` overrides the choice).
 */
async function readGzip(path, sink, compressedBytes, onProgress, worker = compressedBytes >= GUNZIP_WORKER_BYTES) {
    if (worker)
        await readGzipInWorker(path, sink, compressedBytes, onProgress);
    else
        await readGzipHere(path, sink, compressedBytes, onProgress);
}
/** The error for a file that could not be read (`code`: the system error's code). */
function readError(path, code) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`cannot read ${path}: ${code}`, { where: { file: path } });
}
/** The error for a gzip stream zlib rejected (Z_BUF_ERROR: it ended early). */
function gzipError(path, code, message) {
    const truncated = code === 'Z_BUF_ERROR';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(truncated ? `${path} is truncated (gzip ended early)` : `${path} is not valid gzip: ${message}`, {
        where: { file: path },
        hint: truncated
            ? 'the upload or download was cut; the rows read so far are not a valid result'
            : undefined,
    });
}
/** A decompression-bomb error once `total` inflated bytes exceed GZIP_LIMITS, else undefined. */
function bombError(path, total, compressedBytes) {
    const ratio = total / Math.max(1, compressedBytes);
    if (total <= GZIP_LIMITS.maxBytes && (total <= GZIP_LIMITS.ratioAfter || ratio <= GZIP_LIMITS.maxRatio))
        return undefined;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path} expands beyond the limits (a decompression bomb?)`, {
        where: { file: path },
    });
}
/**
 * Inflates in a worker thread (gunzip-worker.ts), which hands each inflated chunk over as a transferred
 * buffer (not copied between threads) while this thread validates the chunks before: the two run on two cores. The worker
 * inflates at most GUNZIP_QUEUE chunks ahead of the sink (each chunk's buffer goes back once written, to
 * take the next chunk), so memory stays flat however large the file.
 */
function readGzipInWorker(path, sink, compressedBytes, onProgress) {
    return new Promise((resolvePromise, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(_gunzip_worker_js__WEBPACK_IMPORTED_MODULE_3__/* .GUNZIP_WORKER_SOURCE */ .V6, {
            eval: true,
            workerData: { path, queue: GUNZIP_QUEUE, chunkSize: 1 << 20 },
            stdout: true,
            stderr: true,
        });
        let total = 0;
        let settled = false;
        const settle = (error) => {
            if (settled)
                return;
            settled = true;
            void worker.terminate();
            if (error === undefined)
                resolvePromise();
            else
                reject(error);
        };
        worker.on('message', (message) => {
            if (settled)
                return;
            try {
                if (message.type === 'chunk') {
                    total += message.data.length;
                    const bomb = bombError(path, total, compressedBytes);
                    if (bomb)
                        throw bomb;
                    onProgress?.(message.read);
                    sink.write(message.data); // copies it
                    worker.postMessage(message.data.buffer, [message.data.buffer]); // written: the buffer goes back
                }
                else if (message.type === 'end') {
                    sink.end();
                    settle();
                }
                else
                    throw message.stage === 'read'
                        ? readError(path, message.code ?? message.message)
                        : gzipError(path, message.code, message.message);
            }
            catch (thrown) {
                settle(thrown);
            }
        });
        worker.on('error', (error) => settle(error));
        worker.on('exit', (code) => settle(new Error(`the gunzip worker for ${path} exited with code ${code}`)));
    });
}
/**
 * Inflates in libuv's pool, driven from this thread (for small files: no worker to start). The pool
 * inflates only between this thread's turns of the event loop, so validating and inflating overlap less.
 */
async function readGzipHere(path, sink, compressedBytes, onProgress) {
    // node:zlib loads for a gzip file only: ~3 ms of every other run's start-up.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const gunzip = createGunzip({ chunkSize: 1 << 20 });
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path);
    let total = 0;
    // Set once the read has failed: queued chunks are dropped, not validated.
    let failed = false;
    const done = new Promise((resolvePromise, reject) => {
        input.on('error', (error) => {
            failed = true;
            reject(readError(path, error.code ?? error.message));
        });
        gunzip.on('error', (error) => {
            failed = true;
            reject(gzipError(path, error.code, error.message));
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
            const bomb = bombError(path, total, compressedBytes);
            if (bomb) {
                fail(bomb);
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


/***/ })

};
