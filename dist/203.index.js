export const id = 203;
export const ids = [203];
export const modules = {

/***/ 1468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ deriveSeed),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   LV: () => (/* binding */ seedMathRandom),
/* harmony export */   SG: () => (/* binding */ kFoldSplits),
/* harmony export */   dL: () => (/* binding */ permutation)
/* harmony export */ });
/* harmony import */ var seedrandom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
// Every random choice of a deterministic run is drawn from a stream derived from the user's seed
// and the place it is used (fold, layer, epoch), so a fold gives the same numbers whichever
// process trains it and whatever that process did before.

const INT31 = 0x7fffffff;
/** A seed in 1..2^31-1 for (base, ...path). Never 0: tfjs treats a seed of 0 as "no seed". */
function deriveSeed(base, ...path) {
    const stream = seedrandom__WEBPACK_IMPORTED_MODULE_0__(`tf-repro:${base}:${path.join(':')}`);
    return (Math.floor(stream() * INT31) % INT31) + 1;
}
function seededRandom(seed) {
    return seedrandom__WEBPACK_IMPORTED_MODULE_0__(String(seed));
}
/** A Fisher–Yates permutation of 0..n-1. */
function permutation(n, random) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
/**
 * scikit-learn's KFold(n_splits=k, shuffle=True): the first n % k folds hold one extra sample;
 * test indices are consecutive slices of a shuffled order, train indices the rest, ascending.
 */
function kFoldSplits(n, k, seed) {
    const order = permutation(n, seededRandom(deriveSeed(seed, 'kfold')));
    const splits = [];
    let start = 0;
    for (let fold = 0; fold < k; fold++) {
        const size = Math.floor(n / k) + (fold < n % k ? 1 : 0);
        const test = order.slice(start, start + size);
        const inTest = new Uint8Array(n);
        for (const index of test)
            inTest[index] = 1;
        const train = new Uint32Array(n - size);
        let t = 0;
        for (let i = 0; i < n; i++)
            if (!inTest[i])
                train[t++] = i;
        splits.push({ fold, train, test });
        start += size;
    }
    return splits;
}
/** Replaces Math.random for this process; returns a function that puts the original back. */
function seedMathRandom(seed) {
    const original = Math.random;
    Math.random = seedrandom__WEBPACK_IMPORTED_MODULE_0__(String(seed));
    return () => {
        Math.random = original;
    };
}
//# sourceMappingURL=seeding.js.map

/***/ }),

/***/ 4026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightUserModel: () => (/* binding */ preflightUserModel)
/* harmony export */ });
/* harmony import */ var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3484);
/* harmony import */ var _tensorflow_tfjs_backend_cpu__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8048);
/* harmony import */ var _user_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2301);
// Reads and checks a user's model once, before any training process starts: a model that does not
// fit the dataset is one clear error, not the same crash in every run. It also gives the report
// the seeds that every training process supplies (the same ones: they come from `seed` and the
// file alone). Runs in a process of its own (runs/model-preflight.ts), never in the check's.

// A named import, used below: the bundler drops a bare import of a package it takes as free of side effects.


async function preflightUserModel(settings, dataset) {
    // No "use tfjs-node" banner and no debug checks in this process: it only builds the model once.
    _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_1__.enableProdMode();
    if (!(await _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_1__.setBackend('cpu')))
        throw new Error(`the cpu backend (tfjs-backend-cpu ${_tensorflow_tfjs_backend_cpu__WEBPACK_IMPORTED_MODULE_2__.version_cpu}) did not start`);
    return (0,_user_model_js__WEBPACK_IMPORTED_MODULE_0__.loadUserModel)(settings.model, { seed: settings.deterministic ? settings.seed : null, dataset, maxParameters: settings.maxModelParameters });
}
//# sourceMappingURL=user-preflight.js.map

/***/ }),

/***/ 8905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
// Errors as values at the edges: a parse or load either gives a value or says what is wrong.
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
//# sourceMappingURL=parsed.js.map

/***/ }),

/***/ 1025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ sha256OfRegularFile),
/* harmony export */   Pg: () => (/* binding */ readOpenFile),
/* harmony export */   Sv: () => (/* binding */ FileTooLarge),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   _C: () => (/* binding */ ioCause),
/* harmony export */   i7: () => (/* binding */ writeFilesReplacing),
/* harmony export */   k1: () => (/* binding */ NotRegularFile),
/* harmony export */   op: () => (/* binding */ createFileAnew),
/* harmony export */   wC: () => (/* binding */ appendToRegularFile)
/* harmony export */ });
/* unused harmony exports fileKind, sizeText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6143);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7499);
// Files that a user or a user's command controls: their dataset, model, reports and baseline, and
// what a command writes (its metrics and trace) or could replace while it runs (its logs, in a
// folder it can reach). Each is opened as a regular file only, without waiting on it
// (O_NONBLOCK): a FIFO, a device such as /dev/zero, a directory or a socket where a file should be
// is an error at once, never a wait or an endless read; and each read has a size limit. Files we
// write there are created anew (never through a link or into a FIFO left in their place), and
// report files are written to a temporary name and renamed, so that a full disk never leaves
// an earlier report cut short.







/** What stands at a path that is not a regular file, in words. */
function fileKind(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/** A path where a regular file was expected holds something else. */
class NotRegularFile extends Error {
    path;
    kind;
    constructor(path, kind) {
        super(`${path} is ${kind}, not a regular file`);
        this.path = path;
        this.kind = kind;
    }
}
/** A file larger than its reader's limit. */
class FileTooLarge extends Error {
    path;
    limitBytes;
    constructor(path, limitBytes) {
        super(`${path} is larger than the limit of ${sizeText(limitBytes)}`);
        this.path = path;
        this.limitBytes = limitBytes;
    }
}
/** 67108864 as "64 MiB (67,108,864 bytes)". */
function sizeText(bytes) {
    const mib = bytes / (1024 * 1024);
    return Number.isInteger(mib) ? `${mib} MiB (${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommas */ .rX)(bytes)} bytes)` : `${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommas */ .rX)(bytes)} bytes`;
}
const CAUSES = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    ELOOP: 'a symbolic link, or too many of them',
    ENXIO: 'a socket, or a FIFO that no one reads',
    EIO: 'an I/O error',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file grew past the largest size allowed here',
    EROFS: 'a read-only file system',
    ERR_FS_FILE_TOO_LARGE: 'larger than the 2 GiB a file may have here',
};
/** Why a file could not be read or written, in words: "it is a FIFO (named pipe), not a regular file"; "permission denied, EACCES". */
function ioCause(error) {
    if (error instanceof NotRegularFile)
        return `it is ${error.kind}, not a regular file`;
    if (error instanceof FileTooLarge)
        return `it is larger than the limit of ${sizeText(error.limitBytes)}`;
    const code = error?.code;
    if (!code)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error);
    const words = CAUSES[code];
    return words ? `${words}, ${code}` : code;
}
/** Whatever stands at `path`, as NotRegularFile when it is not a regular file; else `error` as it is. */
async function asNotRegular(path, error) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch(() => null);
    return info && !info.isFile() ? new NotRegularFile(path, fileKind(info)) : error;
}
/**
 * Opens a regular file without waiting on it; throws NotRegularFile for a FIFO, a device, a
 * directory or a socket. `flags` adds to O_RDONLY (O_NOFOLLOW: no link either).
 */
async function openRegularFile(path, flags = 0) {
    let file;
    try {
        file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | flags);
    }
    catch (error) {
        // A socket cannot be opened at all (ENXIO): say what it is.
        throw await asNotRegular(path, error);
    }
    try {
        const info = await file.stat();
        if (info.isFile())
            return file;
        throw new NotRegularFile(path, fileKind(info));
    }
    catch (error) {
        await file.close();
        throw error;
    }
}
/** The most hashed at once, and the least a buffer grows by when a file turns out longer than it said. */
const READ_CHUNK_BYTES = 1024 * 1024;
/**
 * An open regular file's bytes, at most `limitBytes` in all (else FileTooLarge). Read into one
 * buffer of the size the file says it has, and a byte more to see it grow: a 47 MB file in 1 MB
 * pieces, each its own trip to the thread pool and then all copied into one, took 220–260 ms
 * against 16–95 ms for one read on a busy 2-core machine (issue 24: every training process reads
 * the dataset's inflated copy so). A file that grows while it is read is read up to its limit,
 * not on.
 */
async function readOpenFile(file, path, limitBytes) {
    const { size } = await file.stat();
    if (size > limitBytes)
        throw new FileTooLarge(path, limitBytes);
    let buffer = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
        if (total === buffer.length) {
            const grown = Buffer.allocUnsafe(Math.min(total + Math.max(total, READ_CHUNK_BYTES), limitBytes + 1));
            buffer.copy(grown, 0, 0, total);
            buffer = grown;
        }
        const { bytesRead } = await file.read(buffer, total, buffer.length - total, total);
        if (bytesRead === 0)
            break;
        total += bytesRead;
        if (total > limitBytes)
            throw new FileTooLarge(path, limitBytes);
    }
    return buffer.subarray(0, total);
}
/** A regular file's bytes, at most `limitBytes`; throws NotRegularFile, FileTooLarge or the fs error (say it with ioCause). */
async function readRegularFile(path, limitBytes) {
    const file = await openRegularFile(path);
    try {
        return await readOpenFile(file, path, limitBytes);
    }
    finally {
        await file.close();
    }
}
/**
 * Creates `path` anew for writing, in a folder a user's command can reach: whatever stood there
 * (a file, a link, a FIFO) is removed first, and the file is then created exclusively without
 * following a link, so a write never goes through a link or waits on a FIFO. Throws
 * NotRegularFile where a directory stands at `path`.
 */
async function createFileAnew(path, mode = 0o644) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true });
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK, mode);
    }
    catch (error) {
        throw await asNotRegular(path, error);
    }
}
/** A fresh name beside `path` for its next content: on the same file system, so that a rename replaces it in one step. */
function temporaryNameFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/**
 * Writes each file to a temporary name in its folder, and renames them into place only once every
 * one is written whole: a full disk or any other failure leaves what was there before untouched
 * (and no temporary file behind). A FIFO or a link left at a file's name is replaced, not written
 * through.
 */
async function writeFilesReplacing(files) {
    const written = [];
    try {
        for (const [path, content] of files) {
            const temporary = temporaryNameFor(path);
            const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o644);
            written.push([temporary, path]);
            try {
                await file.writeFile(content);
            }
            finally {
                await file.close();
            }
        }
        for (const [temporary, path] of written)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, path).catch(async (error) => Promise.reject(await asNotRegular(path, error)));
    }
    catch (error) {
        await Promise.all(written.map(([temporary]) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true }).catch(() => { })));
        throw error;
    }
}
/** Appends `content` to a regular file (created where missing), never through a link or into a FIFO. */
async function appendToRegularFile(path, content) {
    let file;
    try {
        file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK, 0o644);
    }
    catch (error) {
        throw await asNotRegular(path, error);
    }
    try {
        const info = await file.stat();
        if (!info.isFile())
            throw new NotRegularFile(path, fileKind(info));
        await file.writeFile(content);
    }
    finally {
        await file.close();
    }
}
/** The SHA-256 (hex) of a regular file's bytes, streamed: for files of any size (a model's weights, a command's artifacts). */
async function sha256OfRegularFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const file = await openRegularFile(path);
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(file.createReadStream({ autoClose: false, highWaterMark: READ_CHUNK_BYTES }), hash);
    }
    finally {
        await file.close();
    }
    return hash.digest('hex');
}
//# sourceMappingURL=user-files.js.map

/***/ })

};
