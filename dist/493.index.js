export const id = 493;
export const ids = [493];
export const modules = {

/***/ 99493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchBuffer: () => (/* binding */ batchBuffer),
  batchTensors: () => (/* binding */ batchTensors),
  evaluate: () => (/* binding */ evaluate),
  trainFold: () => (/* binding */ trainFold),
  trainStep: () => (/* binding */ trainStep),
  weightsDigest: () => (/* binding */ weightsDigest)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(53484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(99762);
// EXTERNAL MODULE: ./build/src/backends/kernels/wasm-simd.js
var wasm_simd = __webpack_require__(73760);
;// CONCATENATED MODULE: ./build/src/backends/kernels/adam.js
// Adam as tf.train.adam computes it, in one kernel per weight instead of about thirteen.
//
// tfjs's AdamOptimizer runs each weight's update as separate float32 ops (mul, add, square, div,
// sqrt, ...), each a kernel call with its own bookkeeping: with the default model's 8 weights,
// half of a training step's kernel calls. Our kernel does the same float32 operations, in the same
// order, element by element, with every intermediate rounded to float32 (Math.fround: a double
// result of +, -, ×, ÷ or √ on float32 inputs rounds to exactly the float32 result), so the
// weights it gives are bitwise those of tf.train.adam (test/unit/adam.test.ts checks it). On wasm
// a SIMD loop (wasm-simd.ts) does four weights at a time, f32x4 operations rounding exactly as
// float32 ones. On a backend without the kernel (tensorflow) the same ops run unfused.


const ADAM_KERNEL = 'TfReproAdam';
const f32 = Math.fround;
/** value, m, v, gradient → new value, new m, new v, from index `from` on; every number float32, every step rounded. */
function adamUpdate(value, m, v, g, out, a, from = 0) {
    const [newValue, newM, newV] = out;
    for (let i = from; i < value.length; i++) {
        const gi = g[i];
        const mi = f32(f32(m[i] * a.beta1) + f32(gi * a.oneMinusBeta1));
        const vi = f32(f32(v[i] * a.beta2) + f32(f32(gi * gi) * a.oneMinusBeta2));
        const mHat = f32(mi / a.correction1);
        const vHat = f32(vi / a.correction2);
        const step = f32(f32(mHat / f32(f32(Math.sqrt(vHat)) + a.epsilon)) * a.negativeLearningRate);
        newValue[i] = f32(step + value[i]);
        newM[i] = mi;
        newV[i] = vi;
    }
}
const wasmAdam = ({ inputs, backend, attrs }) => {
    const { value, m, v, gradient } = inputs;
    const wasm = backend;
    // Outputs first: making one may grow the heap, which detaches views taken before.
    const outs = [wasm.makeOutput(value.shape, 'float32'), wasm.makeOutput(value.shape, 'float32'), wasm.makeOutput(value.shape, 'float32')];
    const view = (t) => wasm.typedArrayFromHeap(t);
    const a = attrs;
    // Four at a time in our SIMD loop (the same float32 operations), the last few here.
    const simd = (0,wasm_simd/* simdFor */.f0)(wasm);
    const n = tf_core_node.util.sizeFromShape(value.shape);
    const vectored = simd ? n - (n % 4) : 0;
    if (simd && vectored > 0) {
        const [at, mAt, vAt, gAt, o0, o1, o2] = [value, m, v, gradient, ...outs].map((t) => wasm.getMemoryOffset(t.dataId));
        simd.adamStep(at, mAt, vAt, gAt, o0, o1, o2, vectored, a.beta1, a.oneMinusBeta1, a.beta2, a.oneMinusBeta2, a.correction1, a.correction2, a.epsilon, a.negativeLearningRate);
    }
    adamUpdate(view(value), view(m), view(v), view(gradient), [view(outs[0]), view(outs[1]), view(outs[2])], a, vectored);
    return outs;
};
const cpuAdam = ({ inputs, backend, attrs }) => {
    const { value, m, v, gradient } = inputs;
    const cpu = backend;
    const read = (t) => cpu.readSync(t.dataId);
    const n = tf_core_node.util.sizeFromShape(value.shape);
    const out = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
    adamUpdate(read(value), read(m), read(v), read(gradient), out, attrs);
    return out.map((values) => cpu.makeTensorInfo(value.shape, 'float32', values));
};
/** Registers the kernel for wasm and cpu; calling again is a no-op. */
function registerAdamKernels() {
    for (const [backendName, kernelFunc] of [
        ['wasm', wasmAdam],
        ['cpu', cpuAdam],
    ]) {
        if (tf_core_node.getKernel(ADAM_KERNEL, backendName) == null)
            tf_core_node.registerKernel({ kernelName: ADAM_KERNEL, backendName, kernelFunc });
    }
}
/** tf.train.adam(learningRate, beta1, beta2, epsilon), fused where the backend has our kernel. */
class FusedAdam extends tf_core_node.Optimizer {
    learningRate;
    beta1;
    beta2;
    epsilon;
    static className = 'Adam';
    moments = [];
    /** beta^t as tfjs keeps it: a float32 multiplied by beta once per step. */
    accBeta1;
    accBeta2;
    constructor(learningRate, beta1, beta2, epsilon) {
        super();
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.accBeta1 = f32(beta1);
        this.accBeta2 = f32(beta2);
    }
    applyGradients(variableGradients) {
        const names = Array.isArray(variableGradients) ? variableGradients.map((g) => g.name) : Object.keys(variableGradients);
        const attrs = {
            beta1: f32(this.beta1),
            oneMinusBeta1: f32(1 - this.beta1),
            beta2: f32(this.beta2),
            oneMinusBeta2: f32(1 - this.beta2),
            correction1: f32(1 - this.accBeta1),
            correction2: f32(1 - this.accBeta2),
            epsilon: f32(this.epsilon),
            negativeLearningRate: f32(-this.learningRate),
        };
        const fused = tf_core_node.getKernel(ADAM_KERNEL, tf_core_node.getBackend()) != null;
        tf_core_node.tidy(() => {
            names.forEach((name, i) => {
                const value = tf_core_node.engine().registeredVariables[name];
                this.moments[i] ??= { m: tf_core_node.tidy(() => tf_core_node.zerosLike(value).variable(false)), v: tf_core_node.tidy(() => tf_core_node.zerosLike(value).variable(false)) };
                const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
                if (gradient == null)
                    return;
                const { m, v } = this.moments[i];
                if (fused) {
                    const [newValue, newM, newV] = tf_core_node.engine().runKernel(ADAM_KERNEL, { value, m, v, gradient }, attrs);
                    m.assign(newM);
                    v.assign(newV);
                    value.assign(newValue);
                }
                else {
                    // tf.train.adam's ops, one by one.
                    const newM = tf_core_node.add(tf_core_node.mul(m, attrs.beta1), tf_core_node.mul(gradient, attrs.oneMinusBeta1));
                    const newV = tf_core_node.add(tf_core_node.mul(v, attrs.beta2), tf_core_node.mul(tf_core_node.square(gradient), attrs.oneMinusBeta2));
                    const mHat = tf_core_node.div(newM, attrs.correction1);
                    const vHat = tf_core_node.div(newV, attrs.correction2);
                    m.assign(newM);
                    v.assign(newV);
                    value.assign(tf_core_node.add(tf_core_node.mul(tf_core_node.div(mHat, tf_core_node.add(tf_core_node.sqrt(vHat), attrs.epsilon)), attrs.negativeLearningRate), value));
                }
            });
        });
        this.accBeta1 = f32(this.accBeta1 * f32(this.beta1));
        this.accBeta2 = f32(this.accBeta2 * f32(this.beta2));
        this.incrementIterations();
    }
    dispose() {
        for (const { m, v } of this.moments)
            tf_core_node.dispose([m, v]);
        this.moments.length = 0;
    }
    getConfig() {
        return { learningRate: this.learningRate, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
    }
}
//# sourceMappingURL=adam.js.map
// EXTERNAL MODULE: ./build/src/determinism/seeding.js
var seeding = __webpack_require__(31468);
// EXTERNAL MODULE: ./build/src/model/fresh-seed.js
var fresh_seed = __webpack_require__(76681);
// EXTERNAL MODULE: ./build/src/model/seeded-dropout.js
var seeded_dropout = __webpack_require__(51449);
;// CONCATENATED MODULE: ./build/src/model/default-model.js
// The published experiment's network, ported from tf.keras, and nothing else.






/**
 * Input(28, 28) → Reshape(28, 28, 1) → Conv2D(8, 3×3, relu) → MaxPool(2) → Conv2D(8, 3×3, relu)
 * → MaxPool(2) → Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10, softmax);
 * adam, sparse categorical cross-entropy, accuracy.
 */
function createDefaultModel(options) {
    const { seed } = options;
    const unseeded = options.unseeded ?? [];
    let layerIndex = 0;
    // Keras' defaults: glorot_uniform kernels, zero biases. Each seed is explicit and non-zero.
    const kernel = () => {
        layerIndex++;
        if (seed === null)
            return {};
        const kernelSeed = unseeded.includes('initializers') ? (0,fresh_seed/* freshSeed */.W)() : (0,seeding/* deriveSeed */.B7)(seed, 'layer', layerIndex, 'kernel');
        return { kernelInitializer: tf_layers_node.initializers.glorotUniform({ seed: kernelSeed }) };
    };
    const input = tf_layers_node.input({ shape: [options.rows, options.cols] });
    let x = tf_layers_node.layers.reshape({ targetShape: [options.rows, options.cols, 1] }).apply(input);
    x = tf_layers_node.layers.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x);
    x = tf_layers_node.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x);
    x = tf_layers_node.layers.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x);
    x = tf_layers_node.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x);
    x = tf_layers_node.layers.flatten().apply(x);
    x = tf_layers_node.layers.dense({ units: 128, activation: 'relu', ...kernel() }).apply(x);
    const dropoutSeed = seed === null ? null : unseeded.includes('dropout') ? (0,fresh_seed/* freshSeed */.W)() : (0,seeding/* deriveSeed */.B7)(seed, 'dropout');
    x = (dropoutSeed === null ? tf_layers_node.layers.dropout({ rate: 0.2 }) : new seeded_dropout/* SeededDropout */.q({ rate: 0.2, seed: dropoutSeed })).apply(x);
    const output = tf_layers_node.layers.dense({ units: options.classes, activation: 'softmax', ...kernel() }).apply(x);
    const model = tf_layers_node.model({ inputs: input, outputs: output });
    // tfjs-layers' 'adam' is tf.train.adam(0.001, 0.9, 0.999, backend epsilon); FusedAdam gives its numbers, faster.
    registerAdamKernels();
    const adam = new FusedAdam(0.001, 0.9, 0.999, tf_core_node.backend().epsilon());
    model.compile({ optimizer: adam, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
    return model;
}
//# sourceMappingURL=default-model.js.map
;// CONCATENATED MODULE: ./build/src/training/variable-digests.js
// Per-variable digests of a model, the checkpoints the divergence locator compares across runs
// (contracts.ts TraceCheckpoint). Each variable is keyed by a name that is the same in every
// process: tfjs names auto-named layers with a per-process counter (`conv2d_Conv2D3` for the third
// Conv2D a process builds), so a fold trained as a process's third model would otherwise name its
// variables differently from the same fold trained first elsewhere. The names are Keras' own:
// the counter suffix stripped, then numbered in model order (`conv2d`, `conv2d_1`), plus `/kernel`.

/** tfjs-layers' toSnakeCase, which makes the prefix of an auto name from its class name. */
function snakeCase(name) {
    const words = name
        .replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase();
    return words.startsWith('_') ? `private${words}` : words;
}
/** Models nested as layers: tfjs names them `sequential_3`, `model_2`. */
const CONTAINER_CLASSES = ['Sequential', 'Model', 'Functional'];
/**
 * The name without tfjs's per-process suffix where it is an auto name (`dense_Dense12` → `dense`),
 * else null. With `className`, only that class's auto names; without, any whose prefix ends in
 * its class's snake case (a Bidirectional's `forward_lstm_LSTM3`).
 */
function autoNameBase(name, className) {
    if (className !== undefined && CONTAINER_CLASSES.includes(className)) {
        const base = snakeCase(className);
        return new RegExp(`^${base}_\\d+$`).test(name) ? base : null;
    }
    const match = /^(.+)_([A-Za-z][A-Za-z0-9]*?)(\d+)$/.exec(name);
    if (!match)
        return null;
    const [, prefix, cls] = match;
    if (className !== undefined)
        return cls === className && prefix === snakeCase(className) ? prefix : null;
    const base = snakeCase(cls);
    return prefix === base || prefix.endsWith(`_${base}`) ? prefix : null;
}
/**
 * A stable name for every weight of `layers`, in model order (layer by layer, each layer's weights
 * in order). Pure: plain names in, plain names out.
 */
function stableWeightNames(layers) {
    // A layer the user named keeps its name; auto-named ones take Keras' base, base_1, ... around them.
    const bases = layers.map((layer) => autoNameBase(layer.name, layer.className));
    const taken = new Set(layers.filter((_, i) => bases[i] === null).map((layer) => layer.name));
    const names = [];
    const used = new Set();
    layers.forEach((layer, i) => {
        const base = bases[i];
        let layerName = layer.name;
        if (base !== null) {
            layerName = base;
            for (let n = 1; taken.has(layerName); n++)
                layerName = `${base}_${n}`;
            taken.add(layerName);
        }
        for (const weight of layer.weights) {
            // Below the layer: the weight's own name, and the names of any layers nested in it.
            const own = weight.startsWith(`${layer.name}/`) ? weight.slice(layer.name.length + 1) : weight;
            const rest = own
                .split('/')
                .map((part) => autoNameBase(part) ?? part)
                .join('/');
            const full = `${layerName}/${rest}`;
            let unique = full;
            for (let n = 1; used.has(unique); n++)
                unique = `${full}_${n}`;
            used.add(unique);
            names.push(unique);
        }
    });
    return names;
}
/** A model's layers as naming sees them. */
function namedLayers(model) {
    return model.layers.map((layer) => ({
        name: layer.name,
        className: layer.getClassName(),
        weights: layer.weights.map((weight) => weight.originalName),
    }));
}
/**
 * Hex digits of a trace digest kept: 64 bits tell variables apart as surely as the whole hash
 * would, at a quarter of the size in every report (a trace holds thousands of them).
 */
const TRACE_DIGEST_HEX_DIGITS = 16;
/** SHA-256 of one variable's values as they lie in memory (float32 for weights), its shape first: the first TRACE_DIGEST_HEX_DIGITS hex digits. */
function valuesDigest(shape, values) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${shape.join('x')}:`)
        .update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
        .digest('hex')
        .slice(0, TRACE_DIGEST_HEX_DIGITS);
}
/**
 * A function that digests the model's variables as they are now: stable name → SHA-256, in model
 * order. The names and variables are looked up once; each call reads every variable once.
 */
function variableDigester(model) {
    const layers = model.layers;
    const names = stableWeightNames(namedLayers(model));
    const weights = layers.flatMap((layer) => layer.weights);
    return () => {
        const digests = {};
        weights.forEach((weight, i) => {
            const variable = weight.read();
            digests[names[i]] = valuesDigest(variable.shape, variable.dataSync());
        });
        return digests;
    };
}
//# sourceMappingURL=variable-digests.js.map
;// CONCATENATED MODULE: ./build/src/training/train.js
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
    const x = layout ? tf_core_node.tensor(pixels, [count, ...layout.inputShape]) : tf_core_node.tensor3d(pixels, [count, dataset.rows, dataset.cols]);
    return [x, tf_core_node.tensor2d(labels, [count, oneHot || 1])];
}
/**
 * One step of model.trainOnBatch(x, y), without what it adds to it: the same forward pass in
 * training mode, the compiled loss's batch mean and the compiled optimizer's update of the same
 * variables (so the same weights, bit for bit), minus the batch's accuracy, which tfjs-layers
 * computes on every step and we never read. Returns the batch's mean loss.
 */
function trainStep(model, variables, x, y) {
    const [lossFunction] = model.lossFunctions;
    const loss = model.optimizer.minimize(() => tf_core_node.mean(lossFunction(y, model.apply(x, { training: true }))), true, variables);
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
        tf_core_node.dispose([x, y, ...scores]);
    }
    return Object.fromEntries(names.map((name, k) => [name, sums[k] / indices.length]));
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
    const unseeded = options.unseeded ?? [];
    const restoreMathRandom = seed === null || unseeded.includes('math-random') ? () => { } : (0,seeding/* seedMathRandom */.LV)((0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold, 'math-random'));
    const layout = options.model;
    const model = layout
        ? await layout.create()
        : createDefaultModel({
            seed: seed === null ? null : (0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold),
            unseeded,
            rows: dataset.rows,
            cols: dataset.cols,
            classes: options.classes,
        });
    try {
        const { onTrace } = options;
        const digests = onTrace ? variableDigester(model) : null;
        const everyBatch = options.trace === 'batches';
        const checkpoint = (epoch, batch, valLoss) => {
            if (!onTrace || !digests)
                return;
            onTrace({ fold: split.fold, epoch, batch, digests: digests(), ...(valLoss === undefined ? {} : { valLoss }) });
        };
        checkpoint(0, null);
        // Keras' validation_split holds out the last part of the training data, before shuffling.
        const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
        const fitIndices = split.train.subarray(0, fitCount);
        const variables = model.trainableWeights.map((weight) => weight.read());
        const buffer = batchBuffer(dataset, options.batchSize, layout);
        const validationIndices = split.train.subarray(fitCount);
        for (let epoch = 0; epoch < options.epochs; epoch++) {
            const random = seed === null ? Math.random : (0,seeding/* seededRandom */.Is)(unseeded.includes('shuffle') ? (0,fresh_seed/* freshSeed */.W)() : (0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold, 'epoch', epoch));
            const order = (0,seeding/* permutation */.dL)(fitCount, random);
            const shuffled = new Uint32Array(fitCount);
            for (let i = 0; i < fitCount; i++)
                shuffled[i] = fitIndices[order[i]];
            let lossSum = 0;
            for (let from = 0; from < fitCount; from += options.batchSize) {
                const to = Math.min(from + options.batchSize, fitCount);
                const [x, y] = batchTensors(dataset, shuffled, from, to, buffer, layout);
                lossSum += trainStep(model, variables, x, y) * (to - from);
                tf_core_node.dispose([x, y]);
                if (everyBatch)
                    checkpoint(epoch + 1, from / options.batchSize + 1);
            }
            const validation = validationIndices.length > 0 ? await evaluate(model, dataset, validationIndices, options.batchSize, layout) : null;
            checkpoint(epoch + 1, null, validation?.['loss'] ?? null);
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
