export const id = 725;
export const ids = [725];
export const modules = {

/***/ 3725:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchBuffer: () => (/* binding */ batchBuffer),
/* harmony export */   batchTensors: () => (/* binding */ batchTensors),
/* harmony export */   evaluate: () => (/* binding */ evaluate),
/* harmony export */   trainFold: () => (/* binding */ trainFold),
/* harmony export */   trainStep: () => (/* binding */ trainStep),
/* harmony export */   weightsDigest: () => (/* binding */ weightsDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3484);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9449);
/* harmony import */ var _seeding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8752);
// One fold of the experiment: fit(epochs, batch_size, validation_split) then evaluate on the
// held-out fold. Our own loop instead of model.fit, so that every epoch's shuffle is ours
// (model.fit shuffles with Math.random) and pixels stay uint8 until a batch is built.




/** Each uint8 pixel value as the float32 that value / 255 gives, looked up instead of divided. */
const PIXEL_VALUES = Float32Array.from({ length: 256 }, (_, v) => v * (1 / 255));
function batchBuffer(dataset, batchSize, layout) {
    const labelSize = layout?.labels === 'one-hot' ? layout.units : 1;
    return { pixels: new Float32Array(batchSize * dataset.rows * dataset.cols), labels: new Float32Array(batchSize * labelSize) };
}
/** Scales the chosen images to [0, 1] floats only for the batch in hand (float32 data is taken as it is). */
function batchTensors(dataset, indices, from, to, buffer, layout) {
    const size = dataset.rows * dataset.cols;
    const count = to - from;
    const pixels = buffer.pixels.subarray(0, count * size);
    const oneHot = layout?.labels === 'one-hot' ? layout.units : 0;
    const labels = buffer.labels.subarray(0, count * Math.max(1, oneHot));
    if (oneHot)
        labels.fill(0);
    const { images } = dataset;
    for (let b = 0; b < count; b++) {
        const image = indices[from + b];
        const offset = image * size;
        if (images instanceof Uint8Array)
            for (let p = 0; p < size; p++)
                pixels[b * size + p] = PIXEL_VALUES[images[offset + p]];
        else
            pixels.set(images.subarray(offset, offset + size), b * size);
        if (oneHot)
            labels[b * oneHot + dataset.labels[image]] = 1;
        else
            labels[b] = dataset.labels[image];
    }
    const x = layout ? _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.tensor(pixels, [count, ...layout.inputShape]) : _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.tensor3d(pixels, [count, dataset.rows, dataset.cols]);
    return [x, _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.tensor2d(labels, [count, oneHot || 1])];
}
/**
 * One step of model.trainOnBatch(x, y), without what it adds to it: the same forward pass in
 * training mode, the compiled loss's batch mean and the compiled optimizer's update of the same
 * variables (so the same weights, bit for bit), minus the batch's accuracy, which tfjs-layers
 * computes on every step and we never read. Returns the batch's mean loss.
 */
function trainStep(model, variables, x, y) {
    const [lossFunction] = model.lossFunctions;
    const loss = model.optimizer.minimize(() => _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.mean(lossFunction(y, model.apply(x, { training: true }))), true, variables);
    const value = loss.dataSync()[0];
    loss.dispose();
    return value;
}
/**
 * Mean loss and metrics (the default model's: loss, accuracy) over `indices`, in batches, weighted
 * by batch size like Keras' evaluate.
 */
async function evaluate(model, dataset, indices, batchSize, layout) {
    const names = layout?.metricNames ?? ['loss', 'accuracy'];
    const sums = names.map(() => 0);
    const buffer = batchBuffer(dataset, batchSize, layout);
    for (let from = 0; from < indices.length; from += batchSize) {
        const to = Math.min(from + batchSize, indices.length);
        const [x, y] = batchTensors(dataset, indices, from, to, buffer, layout);
        // A model compiled without metrics gives one scalar, not a list.
        const scores = [model.evaluate(x, y, { batchSize: to - from })].flat();
        const values = await Promise.all(scores.map((s) => s.data()));
        values.forEach((value, k) => (sums[k] += value[0] * (to - from)));
        _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.dispose([x, y, ...scores]);
    }
    return Object.fromEntries(names.map((name, k) => [name, sums[k] / indices.length]));
}
/** SHA-256 of every weight's float32 bytes, in layer order, shapes included. */
function weightsDigest(model) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
    const restoreMathRandom = seed === null ? () => { } : (0,_seeding_js__WEBPACK_IMPORTED_MODULE_2__/* .seedMathRandom */ .LV)((0,_seeding_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveSeed */ .B7)(seed, 'fold', split.fold, 'math-random'));
    const layout = options.model;
    const model = layout ? await layout.create() : (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .createDefaultModel */ .V)({ seed: seed === null ? null : (0,_seeding_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveSeed */ .B7)(seed, 'fold', split.fold), rows: dataset.rows, cols: dataset.cols, classes: options.classes });
    try {
        // Keras' validation_split holds out the last part of the training data, before shuffling.
        const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
        const fitIndices = split.train.subarray(0, fitCount);
        const variables = model.trainableWeights.map((weight) => weight.read());
        const buffer = batchBuffer(dataset, options.batchSize, layout);
        const validationIndices = split.train.subarray(fitCount);
        for (let epoch = 0; epoch < options.epochs; epoch++) {
            const random = seed === null ? Math.random : (0,_seeding_js__WEBPACK_IMPORTED_MODULE_2__/* .seededRandom */ .Is)((0,_seeding_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveSeed */ .B7)(seed, 'fold', split.fold, 'epoch', epoch));
            const order = (0,_seeding_js__WEBPACK_IMPORTED_MODULE_2__/* .permutation */ .dL)(fitCount, random);
            const shuffled = new Uint32Array(fitCount);
            for (let i = 0; i < fitCount; i++)
                shuffled[i] = fitIndices[order[i]];
            let lossSum = 0;
            for (let from = 0; from < fitCount; from += options.batchSize) {
                const to = Math.min(from + options.batchSize, fitCount);
                const [x, y] = batchTensors(dataset, shuffled, from, to, buffer, layout);
                lossSum += trainStep(model, variables, x, y) * (to - from);
                _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.dispose([x, y]);
            }
            const validation = validationIndices.length > 0 ? await evaluate(model, dataset, validationIndices, options.batchSize, layout) : null;
            options.onEpoch?.({
                fold: split.fold,
                epoch: epoch + 1,
                epochs: options.epochs,
                loss: lossSum / fitCount,
                valLoss: validation?.['loss'] ?? null,
                valAccuracy: validation?.['accuracy'] ?? null,
            });
        }
        const metrics = await evaluate(model, dataset, split.test, options.batchSize, layout);
        return { fold: split.fold, metrics, weightsSha256: weightsDigest(model), trainSeconds: (performance.now() - started) / 1000 };
    }
    finally {
        // A model disposes only an optimizer it made from a name; one it was given (the default
        // model's FusedAdam) goes here.
        const { optimizer } = model;
        const owned = model.isOptimizerOwned === true;
        model.dispose();
        if (!owned)
            optimizer?.dispose();
        restoreMathRandom();
    }
}
//# sourceMappingURL=train.js.map

/***/ })

};
