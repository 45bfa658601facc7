export const id = 908;
export const ids = [908];
export const modules = {

/***/ 8653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   ix: () => (/* binding */ nestsDeeperThan)
/* harmony export */ });
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A config value as text, for a name or a lookup: a string as it is, anything else as its JSON.
 * String() would throw on an object whose toString is not a function ({"toString": null}).
 */
const asText = (value) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));
/**
 * How deeply a model config may nest lists and objects. A Keras model of nested models nests a
 * few dozen levels; the walks over a config (and TensorFlow.js' deserializer) recurse, and a
 * config nested 100,000 levels deep would overflow the stack.
 */
const MAX_JSON_DEPTH = 1000;
/** Whether `value` nests lists and objects more than `limit` levels deep; walked with a stack of its own, never recursing. */
function nestsDeeperThan(value, limit) {
    const pending = [[value, 1]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const [item, depth] = next;
        if (typeof item !== 'object' || item === null)
            continue;
        if (depth > limit)
            return true;
        for (const child of Array.isArray(item) ? item : Object.values(item))
            pending.push([child, depth + 1]);
    }
    return false;
}
//# sourceMappingURL=json.js.map

/***/ }),

/***/ 1400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchBuffer: () => (/* binding */ batchBuffer),
  batchInputDigest: () => (/* binding */ batchInputDigest),
  batchTensors: () => (/* binding */ batchTensors),
  evaluate: () => (/* binding */ evaluate),
  newStepTally: () => (/* binding */ newStepTally),
  tfjsTrainStep: () => (/* binding */ tfjsTrainStep),
  trainFold: () => (/* binding */ trainFold),
  trainStep: () => (/* binding */ trainStep),
  weightsDigest: () => (/* binding */ weightsDigest)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(9762);
// EXTERNAL MODULE: ./build/src/backends/kernels/wasm-simd.js + 2 modules
var wasm_simd = __webpack_require__(5091);
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
        const attrs = this.stepAttrs();
        const fused = tf_core_node.getKernel(ADAM_KERNEL, tf_core_node.getBackend()) != null;
        tf_core_node.tidy(() => {
            names.forEach((name, i) => {
                const value = tf_core_node.engine().registeredVariables[name];
                const { m, v } = this.momentsOf(i, value);
                const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
                if (gradient == null)
                    return;
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
        this.endStep();
    }
    /**
     * applyGradients on wasm for the fused training step (training/fused-step.ts): the same update of
     * `variables`, their gradients given as byte offsets into the wasm memory. m and v change in
     * place (only this optimizer holds them); each weight's new value goes to a new buffer that its
     * variable is assigned, because tfjs-wasm's XNNPACK operators keep weights packed under the
     * buffer's id (a weight that changed in place would be read stale by the next evaluate).
     * Returns false, changing nothing, where it cannot (moments shared).
     */
    applyGradientsAt(backend, simd, variables, gradients) {
        const moments = variables.map((value, i) => this.momentsOf(i, value));
        if (moments.some(({ m, v }) => backend.refCount(m.dataId) !== 1 || backend.refCount(v.dataId) !== 1))
            return false;
        const a = this.stepAttrs();
        // Every output first: making one may grow the heap, which detaches views taken before.
        const outs = variables.map((value) => backend.makeOutput(value.shape, 'float32'));
        const heap = new Float32Array(backend.wasm.HEAPU8.buffer);
        variables.forEach((value, i) => {
            const { m, v } = moments[i];
            const [at, mAt, vAt, outAt] = [value, m, v, outs[i]].map((t) => backend.getMemoryOffset(t.dataId));
            const n = value.size;
            const vectored = n - (n % 4);
            if (vectored > 0) {
                simd.adamStep(at, mAt, vAt, gradients[i], outAt, mAt, vAt, vectored, a.beta1, a.oneMinusBeta1, a.beta2, a.oneMinusBeta2, a.correction1, a.correction2, a.epsilon, a.negativeLearningRate);
            }
            if (vectored < n) {
                const view = (offset) => heap.subarray(offset >> 2, (offset >> 2) + n);
                adamUpdate(view(at), view(mAt), view(vAt), view(gradients[i]), [view(outAt), view(mAt), view(vAt)], a, vectored);
            }
            const newValue = tf_core_node.engine().makeTensorFromTensorInfo(outs[i]);
            value.assign(newValue);
            newValue.dispose();
        });
        this.endStep();
        return true;
    }
    /** This step's constants, as float32. */
    stepAttrs() {
        return {
            beta1: f32(this.beta1),
            oneMinusBeta1: f32(1 - this.beta1),
            beta2: f32(this.beta2),
            oneMinusBeta2: f32(1 - this.beta2),
            correction1: f32(1 - this.accBeta1),
            correction2: f32(1 - this.accBeta2),
            epsilon: f32(this.epsilon),
            negativeLearningRate: f32(-this.learningRate),
        };
    }
    /** The i-th weight's moments, zeros the first time. */
    momentsOf(i, value) {
        this.moments[i] ??= { m: tf_core_node.tidy(() => tf_core_node.zerosLike(value).variable(false)), v: tf_core_node.tidy(() => tf_core_node.zerosLike(value).variable(false)) };
        return this.moments[i];
    }
    endStep() {
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
var seeding = __webpack_require__(1468);
// EXTERNAL MODULE: ./build/src/model/fresh-seed.js
var fresh_seed = __webpack_require__(6681);
// EXTERNAL MODULE: ./build/src/model/model-config.js + 1 modules
var model_config = __webpack_require__(7808);
// EXTERNAL MODULE: ./build/src/model/seeded-dropout.js
var seeded_dropout = __webpack_require__(1449);
;// CONCATENATED MODULE: ./build/src/model/default-model.js
// The published experiment's network, ported from tf.keras, and nothing else.







/**
 * Input(28, 28) → Reshape(28, 28, 1) → Conv2D(8, 3×3, relu) → MaxPool(2) → Conv2D(8, 3×3, relu)
 * → MaxPool(2) → Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10, softmax), as the published
 * experiment's tf.keras model.
 */
const DEFAULT_CNN = {
    filters: 8,
    kernelSize: 3,
    padding: 'valid',
    activation: 'relu',
    poolSize: 2,
    units: 128,
    hiddenActivation: 'relu',
    dropoutRate: 0.2,
    outputActivation: 'softmax',
};
/** SeededDropout, with the seed of its next mask also drawable outside the layer (same stream, same seeds). */
class DefaultModelDropout extends seeded_dropout/* SeededDropout */.q {
    maskSeeds;
    dropRate;
    constructor(args) {
        super(args);
        this.dropRate = args.rate;
        this.maskSeeds = (0,seeding/* seededRandom */.Is)(args.seed);
    }
    /** SeededDropout's draw: the next seed of the layer's own stream. */
    nextMaskSeed() {
        return Math.floor(this.maskSeeds() * 0x7ffffffe) + 1;
    }
    call(inputs, kwargs) {
        const input = Array.isArray(inputs) ? inputs[0] : inputs;
        if (kwargs['training'] !== true || this.dropRate <= 0)
            return input;
        return tf_core_node.dropout(input, this.dropRate, undefined, this.nextMaskSeed());
    }
}
const defaultModels = new WeakMap();
/** How `model`'s dropout draws its masks, if createDefaultModel made it (a model's layers do not say); else null. */
function defaultModelDropout(model) {
    return defaultModels.get(model) ?? null;
}
/** A config's size or stride field ([k, k] or k) as one number; null where it is not square. */
function square(value) {
    if (typeof value === 'number')
        return value;
    return Array.isArray(value) && value.every((v) => v === value[0]) && typeof value[0] === 'number' ? value[0] : null;
}
/** A conv's or pooling's config as the spec's fields, or why it is not one the spec can describe. */
function convolutionOf(config) {
    if (square(config['strides']) !== 1 || square(config['dilationRate']) !== 1)
        return 'strided or dilated';
    if (config['dataFormat'] !== 'channelsLast' || config['useBias'] !== true)
        return 'not channelsLast with a bias';
    const kernelSize = square(config['kernelSize']);
    if (kernelSize === null)
        return 'not square';
    return { filters: config['filters'], kernelSize, padding: config['padding'], activation: config['activation'] };
}
/** The layers of the default CNN, by tfjs-layers' class names; Dropout or our seeded dropout. */
const CNN_LAYERS = ['InputLayer', 'Reshape', 'Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense', 'Dropout', 'Dense'];
/**
 * The CnnSpec of `model` read from its layers' own configs, or why it does not have the default
 * CNN's structure (other layers, other strides, two convolutions that differ, …). Pure: it reads
 * configs only.
 */
function describeCnn(model) {
    const layers = model.layers;
    const names = layers.map((layer) => {
        const name = layer.getClassName();
        return name === model_config/* SEEDED_DROPOUT_CLASS */.iV ? 'Dropout' : name;
    });
    if (names.join() !== CNN_LAYERS.join())
        return `its layers are ${names.join(', ')}, not the default CNN's ${CNN_LAYERS.join(', ')}`;
    const configs = layers.map((layer) => layer.getConfig());
    const [, reshape, conv1, pool1, conv2, pool2, , hidden, dropout, output] = configs;
    const target = reshape['targetShape'];
    if (target.length !== 3 || target[2] !== 1)
        return 'its input is not reshaped to one channel';
    const [first, second] = [convolutionOf(conv1), convolutionOf(conv2)];
    if (typeof first === 'string')
        return `its first convolution is ${first}`;
    if (typeof second === 'string')
        return `its second convolution is ${second}`;
    if (JSON.stringify(first) !== JSON.stringify(second))
        return `its two convolutions differ (${JSON.stringify(first)}, ${JSON.stringify(second)})`;
    const pools = [pool1, pool2].map((pool) => ({
        size: square(pool['poolSize']),
        strides: square(pool['strides']),
        padding: pool['padding'],
        format: pool['dataFormat'],
    }));
    const poolSize = pools[0].size;
    if (poolSize === null ||
        pools.some((pool) => pool.size !== poolSize || pool.strides !== poolSize || pool.padding !== first.padding || pool.format !== 'channelsLast'))
        return `its poolings are not two square max poolings whose stride is their window, padded as the convolutions (${JSON.stringify(pools)})`;
    if (hidden['useBias'] !== true || output['useBias'] !== true)
        return 'a dense layer has no bias';
    if (dropout['noiseShape'] != null)
        return 'its dropout has a noise shape';
    return {
        ...first,
        poolSize,
        units: hidden['units'],
        hiddenActivation: hidden['activation'],
        dropoutRate: dropout['rate'],
        outputActivation: output['activation'],
    };
}
/** The default CNN (DEFAULT_CNN, or options.spec) for rows × cols images; adam, sparse categorical cross-entropy, accuracy. */
function createDefaultModel(options) {
    const { seed } = options;
    const spec = options.spec ?? DEFAULT_CNN;
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
    const { filters, kernelSize, padding, activation, poolSize } = spec;
    for (let convolution = 0; convolution < 2; convolution++) {
        x = tf_layers_node.layers.conv2d({ filters, kernelSize, strides: 1, padding, activation, ...kernel() }).apply(x);
        x = tf_layers_node.layers.maxPooling2d({ poolSize, strides: poolSize, padding }).apply(x);
    }
    x = tf_layers_node.layers.flatten().apply(x);
    x = tf_layers_node.layers.dense({ units: spec.units, activation: spec.hiddenActivation, ...kernel() }).apply(x);
    const dropoutSeed = seed === null ? null : unseeded.includes('dropout') ? (0,fresh_seed/* freshSeed */.W)() : (0,seeding/* deriveSeed */.B7)(seed, 'dropout');
    const rate = spec.dropoutRate;
    const dropout = dropoutSeed === null ? tf_layers_node.layers.dropout({ rate }) : new DefaultModelDropout({ rate, seed: dropoutSeed });
    x = dropout.apply(x);
    const output = tf_layers_node.layers.dense({ units: options.classes, activation: spec.outputActivation, ...kernel() }).apply(x);
    const model = tf_layers_node.model({ inputs: input, outputs: output });
    // tfjs-layers' 'adam' is tf.train.adam(0.001, 0.9, 0.999, backend epsilon); FusedAdam gives its numbers, faster.
    registerAdamKernels();
    const adam = new FusedAdam(0.001, 0.9, 0.999, tf_core_node.backend().epsilon());
    model.compile({ optimizer: adam, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
    // tfjs's unseeded dropout seeds each mask with Math.random().
    defaultModels.set(model, {
        nextSeed: dropout instanceof DefaultModelDropout ? () => String(dropout.nextMaskSeed()) : () => String(Math.random()),
    });
    return model;
}
//# sourceMappingURL=default-model.js.map
;// CONCATENATED MODULE: ./build/src/training/variable-digests.js
// Per-variable digests of a model, the checkpoints the divergence locator compares across runs
// (contracts/run-result.ts TraceCheckpoint). Each variable is keyed by a name that is the same in every
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
// EXTERNAL MODULE: ./node_modules/seedrandom/index.js
var seedrandom = __webpack_require__(4058);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
;// CONCATENATED MODULE: ./build/src/training/fused-step.js
// The default CNN's training step on wasm as one pass of our SIMD loops over its buffers, instead
// of some 150 tfjs kernels, each with its tensors, tape entries and bookkeeping in JavaScript.
//
// Bitwise the numbers of trainStep's tfjs path (test/unit/fused-step.test.ts): every value is
// computed by the same float32 operations in the same order as the kernels that path runs
// (XNNPACK's products and convolutions sum from 0 in order; our loops do too, wasm-simd-training.ts),
// the dropout mask is drawn from the seed the model's layer would use, the softmax and the logarithm
// are tfjs-wasm's own kernels, and the loss's small [batch, classes] arithmetic is done here as
// tfjs's ops do it, each result rounded to float32. A masked value may be +0 where tfjs has -0 (a
// mask applied with an AND rather than a multiplication by 0), but it only ever enters sums that
// start at +0, where a zero's sign cannot show: every gradient is bitwise tfjs's.
//
// Little JavaScript runs per step: the loops are in WebAssembly, the rest is small functions over
// buffers laid out once per shape. (TurboFan took 0.6 s of a second core to compile an earlier
// step written as one large function, and the step ran unoptimised meanwhile: longer than the
// bench's 60 timed steps.)






const fused_step_f32 = Math.fround;
const CHANNELS = 8;
/** One output pixel's 8 channels, in bytes. */
const PIXEL = CHANNELS * 4;
/** Float32 counts rounded up to whole v128s, so that every region starts 16-byte aligned. */
const roundUp4 = (n) => (n + 3) & ~3;
/** The workspace's regions, in the order they are laid out. */
const REGIONS = [
    'h1',
    'p1',
    'h2',
    'p2',
    'h3',
    'mask',
    'd3',
    'wd2Padded',
    'bd2Padded',
    'logitsPadded',
    'dLogitsPadded',
    'dBd2Padded',
    'dWd2Padded',
    'wd2T',
    'dd3',
    'dz3',
    'wd1T',
    'dp2',
    'dz2',
    'dz2Padded',
    'w2Turned',
    'dp1',
    'dz1',
];
const plans = new Map();
function planFor(batch, rows, cols, units, classes) {
    const key = `${batch},${rows},${cols},${units},${classes}`;
    const known = plans.get(key);
    if (known)
        return known;
    const h1 = [rows - 2, cols - 2];
    const p1 = [h1[0] >> 1, h1[1] >> 1];
    const h2 = [p1[0] - 2, p1[1] - 2];
    const p2 = [h2[0] >> 1, h2[1] >> 1];
    const flat = p2[0] * p2[1] * CHANNELS;
    const padded = roundUp4(classes);
    const sizes = {
        h1: batch * h1[0] * h1[1] * CHANNELS,
        p1: batch * p1[0] * p1[1] * CHANNELS,
        h2: batch * h2[0] * h2[1] * CHANNELS,
        p2: batch * flat,
        h3: batch * units,
        mask: batch * units,
        d3: batch * units,
        wd2Padded: units * padded,
        bd2Padded: padded,
        logitsPadded: batch * padded,
        dLogitsPadded: batch * padded,
        dBd2Padded: padded,
        dWd2Padded: units * padded,
        wd2T: classes * units,
        dd3: batch * units,
        dz3: batch * units,
        wd1T: units * flat,
        dp2: batch * flat,
        dz2: batch * h2[0] * h2[1] * CHANNELS,
        dz2Padded: batch * (h2[0] + 4) * (h2[1] + 4) * CHANNELS,
        w2Turned: 9 * CHANNELS * CHANNELS,
        dp1: batch * p1[0] * p1[1] * CHANNELS,
        dz1: batch * h1[0] * h1[1] * CHANNELS,
    };
    const offsets = {};
    let totalFloats = 0;
    for (const region of REGIONS) {
        offsets[region] = totalFloats * 4;
        totalFloats += roundUp4(sizes[region]);
    }
    const n = batch * classes;
    const plan = {
        batch,
        rows,
        cols,
        units,
        classes,
        padded,
        h1,
        p1,
        h2,
        p2,
        flat,
        sizes,
        offsets,
        totalFloats,
        labels: new Int32Array(batch),
        p: new Float32Array(n),
        c1: new Float32Array(n),
        q: new Float32Array(n),
        c2: new Float32Array(n),
        sums: new Float32Array(batch),
        dc2: new Float32Array(classes),
        dyTimesY: new Float32Array(classes),
    };
    plans.set(key, plan);
    return plan;
}
/** The wasm memory as floats; taken again after anything that may grow it. */
const heapOf = (backend) => new Float32Array(backend.wasm.HEAPU8.buffer);
/** A tfjs-wasm kernel run directly on the backend (no tensors, no tape): the softmax and the logarithm. */
function runWasmKernel(backend, name, inputs, attrs) {
    const kernel = tf_core_node.getKernel(name, 'wasm');
    if (kernel == null)
        throw new Error(`wasm kernel '${name}' is not registered`);
    return kernel.kernelFunc({ inputs, backend, attrs });
}
/** c = a × b, sums over k in order, in the blocks our loops come in; n a multiple of 4. */
function gemm(simd, a, b, c, m, n, k, aRow, aCol, bRow, cRow) {
    const wide = n & ~7;
    const narrow = n - wide;
    const blocks = m >> 2;
    const rest = m & 3;
    if (blocks > 0) {
        if (wide > 0)
            simd.gemm4x8(a, b, c, blocks, wide, k, aRow, aCol, bRow, cRow);
        if (narrow > 0)
            simd.gemm4x4(a, b + wide * 4, c + wide * 4, blocks, narrow, k, aRow, aCol, bRow, cRow);
    }
    if (rest > 0) {
        const [a1, c1] = [a + 4 * blocks * aRow, c + 4 * blocks * cRow];
        if (wide > 0)
            simd.gemm1x8(a1, b, c1, rest, wide, k, aRow, aCol, bRow, cRow);
        if (narrow > 0)
            simd.gemm1x4(a1, b + wide * 4, c1 + wide * 4, rest, narrow, k, aRow, aCol, bRow, cRow);
    }
}
/** Conv2D, bias, Relu, MaxPool twice; Dense, bias, Relu; dropout; Dense and its bias (padded to whole v128s). */
function forward(simd, plan, at) {
    const { batch, rows, cols, units, classes, padded, h1, p1, h2, p2, flat } = plan;
    const [w1, b1, w2, b2, wd1, bd1, wd2, bd2] = at.weights;
    simd.conv3x3c1BiasRelu(at.x, w1, at.h1, batch, h1[0], h1[1], cols * 4, rows * cols * 4, b1);
    simd.maxPool2x2(at.h1, at.p1, batch, p1[0], p1[1], CHANNELS, h1[1] * PIXEL, h1[0] * h1[1] * PIXEL);
    simd.conv3x3c8BiasRelu(at.p1, w2, at.h2, batch, h2[0], h2[1], p1[1] * PIXEL, p1[0] * p1[1] * PIXEL, b2);
    simd.maxPool2x2(at.h2, at.p2, batch, p2[0], p2[1], CHANNELS, h2[1] * PIXEL, h2[0] * h2[1] * PIXEL);
    gemm(simd, at.p2, wd1, at.h3, batch, units, flat, flat * 4, 4, units * 4, units * 4);
    simd.addRowsRelu(at.h3, bd1, at.h3, batch, units);
    simd.mulVectors(at.h3, at.mask, at.d3, batch * units);
    // The last layer's weights and bias with zero columns up to whole v128s (the caller zeroes them); those columns are never read back.
    simd.copyRows(wd2, at.wd2Padded, 1, units, classes * 4, classes * 4, padded * 4, 0, 0);
    simd.copyRows(bd2, at.bd2Padded, 1, 1, classes * 4, 0, 0, 0, 0);
    gemm(simd, at.d3, at.wd2Padded, at.logitsPadded, batch, padded, units, units * 4, 4, padded * 4, padded * 4);
    simd.addRows(at.logitsPadded, at.bd2Padded, at.logitsPadded, batch, padded);
    simd.copyRows(at.logitsPadded, at.logits, 1, batch, classes * 4, padded * 4, classes * 4, 0, 0);
}
/**
 * Softmax's output clipped as sparse categorical cross-entropy clips it: c1 = clip(p), q = c1 /
 * sum(c1), c2 = clip(q), written at `clipped` for the logarithm. Each step rounded as tfjs's ops.
 */
function clipForLog(heap, plan, softmax, clipped, low, high) {
    const { batch, classes, p, c1, q, c2, sums } = plan;
    p.set(heap.subarray(softmax >> 2, (softmax >> 2) + batch * classes));
    for (let i = 0; i < p.length; i++)
        c1[i] = Math.min(Math.max(p[i], low), high);
    for (let r = 0; r < batch; r++) {
        let s = 0;
        for (let k = 0; k < classes; k++)
            s = fused_step_f32(s + c1[r * classes + k]);
        sums[r] = s;
        for (let k = 0; k < classes; k++) {
            const i = r * classes + k;
            q[i] = fused_step_f32(c1[i] / s);
            c2[i] = Math.min(Math.max(q[i], low), high);
        }
    }
    heap.set(c2, clipped >> 2);
}
/**
 * The batch's mean loss, and its gradient with respect to the logits (written padded at
 * `dLogits`), op by op as tfjs's gradients run: Mean, Neg, Sum, Mul, Log, clip, RealDiv, Sum,
 * clip, Softmax.
 */
function lossAndGradient(heap, plan, log, dLogits, low, high) {
    const { batch, classes, padded, labels, p, c1, q, c2, sums, dc2, dyTimesY } = plan;
    const logAt = log >> 2;
    let lossSum = 0;
    for (let r = 0; r < batch; r++) {
        let s = 0;
        for (let k = 0; k < classes; k++)
            s = fused_step_f32(s + fused_step_f32((labels[r] === k ? 1 : 0) * heap[logAt + r * classes + k]));
        lossSum = fused_step_f32(lossSum + -s);
    }
    const dRow = -fused_step_f32(fused_step_f32(1 * 1) / batch);
    const dAt = dLogits >> 2;
    for (let r = 0; r < batch; r++) {
        const s = sums[r];
        let dot = 0;
        for (let k = 0; k < classes; k++) {
            const i = r * classes + k;
            const dl = fused_step_f32(fused_step_f32(dRow * 1) * (labels[r] === k ? 1 : 0));
            dc2[k] = q[i] >= low && q[i] <= high ? fused_step_f32(dl / c2[i]) : 0;
            dot = fused_step_f32(dot + fused_step_f32(dc2[k] * c1[i]));
        }
        const ds = -fused_step_f32(dot / fused_step_f32(s * s));
        let softmaxDot = 0;
        for (let k = 0; k < classes; k++) {
            const i = r * classes + k;
            const dc1 = fused_step_f32(fused_step_f32(dc2[k] / s) + fused_step_f32(ds * 1));
            dyTimesY[k] = fused_step_f32((p[i] >= low && p[i] <= high ? dc1 : 0) * p[i]);
            softmaxDot = fused_step_f32(softmaxDot + dyTimesY[k]);
        }
        for (let k = 0; k < classes; k++)
            heap[dAt + r * padded + k] = fused_step_f32(dyTimesY[k] - fused_step_f32(softmaxDot * p[r * classes + k]));
        for (let k = classes; k < padded; k++)
            heap[dAt + r * padded + k] = 0;
    }
    return fused_step_f32(lossSum / batch);
}
/** Gradients of both dense layers (and dropout, Relu), then of the second convolution and the first. */
function backward(simd, plan, at) {
    const { batch, rows, cols, units, classes, padded, h1, p1, h2, p2, flat } = plan;
    const [gW1, gB1, gW2, gB2, gWd1, gBd1, gWd2, gBd2] = at.gradients;
    const [, , w2, , wd1, , wd2] = at.weights;
    // The last layer: its bias, weights and input.
    simd.sumRows(at.dLogitsPadded, at.dBd2Padded, batch, padded);
    simd.copyRows(at.dBd2Padded, gBd2, 1, 1, classes * 4, 0, 0, 0, 0);
    gemm(simd, at.d3, at.dLogitsPadded, at.dWd2Padded, units, padded, batch, 4, units * 4, padded * 4, padded * 4);
    simd.copyRows(at.dWd2Padded, gWd2, 1, units, classes * 4, padded * 4, classes * 4, 0, 0);
    simd.transpose32(wd2, at.wd2T, units, classes);
    gemm(simd, at.dLogitsPadded, at.wd2T, at.dd3, batch, units, classes, padded * 4, 4, units * 4, units * 4);
    // Dropout and Relu, then the first dense layer.
    simd.mulMaskPositive(at.dd3, at.mask, at.h3, at.dz3, batch * units);
    simd.sumRows(at.dz3, gBd1, batch, units);
    gemm(simd, at.p2, at.dz3, gWd1, flat, units, batch, 4, flat * 4, units * 4, units * 4);
    simd.transpose32(wd1, at.wd1T, flat, units);
    gemm(simd, at.dz3, at.wd1T, at.dp2, batch, flat, units, units * 4, 4, flat * 4, flat * 4);
    // MaxPool and Relu, then the second convolution's bias and filter.
    simd.maxPoolGradRelu2x2(at.h2, at.dp2, at.dz2, batch, p2[0], p2[1], CHANNELS, h2[1] * PIXEL, h2[0] * h2[1] * PIXEL);
    simd.sumRows(at.dz2, gB2, batch * h2[0] * h2[1], CHANNELS);
    const p1Row = p1[1] * PIXEL;
    for (let kh = 0; kh < 3; kh++) {
        for (let c = 0; c < CHANNELS; c++) {
            simd.filterGrad3x8(at.p1 + kh * p1Row + c * 4, at.dz2, gW2 + (kh * 3 * CHANNELS + c) * PIXEL, batch, h2[0], h2[1], p1Row, p1[0] * p1Row, PIXEL, CHANNELS * PIXEL);
        }
    }
    // Its input's gradient: dz2 padded by 2 all round (the border stays 0), convolved with the
    // filter turned by 180° and its channels swapped, as tfjs's Conv2DBackpropInput does it on wasm.
    const paddedRow = (h2[1] + 4) * PIXEL;
    const paddedImage = (h2[0] + 4) * paddedRow;
    simd.copyRows(at.dz2, at.dz2Padded + 2 * paddedRow + 2 * PIXEL, batch, h2[0], h2[1] * PIXEL, h2[1] * PIXEL, paddedRow, h2[0] * h2[1] * PIXEL, paddedImage);
    for (let tap = 0; tap < 9; tap++)
        simd.transpose32(w2 + (8 - tap) * CHANNELS * PIXEL, at.w2Turned + tap * CHANNELS * PIXEL, CHANNELS, CHANNELS);
    simd.conv3x3c8(at.dz2Padded, at.w2Turned, at.dp1, batch, p1[0], p1[1], paddedRow, paddedImage);
    // MaxPool and Relu, then the first convolution's bias and filter.
    simd.maxPoolGradRelu2x2(at.h1, at.dp1, at.dz1, batch, p1[0], p1[1], CHANNELS, h1[1] * PIXEL, h1[0] * h1[1] * PIXEL);
    simd.sumRows(at.dz1, gB1, batch * h1[0] * h1[1], CHANNELS);
    for (let kh = 0; kh < 3; kh++)
        simd.filterGrad3x8(at.x + kh * cols * 4, at.dz1, gW1 + kh * 3 * PIXEL, batch, h1[0], h1[1], cols * 4, rows * cols * 4, 4, PIXEL);
}
/** A wrapper put around the SIMD loops each step calls (bench/profile-step.ts times them); null: none. */
let wrapKernels = null;
/** Has every later step call its SIMD loops through `wrap` (null: directly again). For profiling. */
function wrapFusedStepKernels(wrap) {
    wrapKernels = wrap;
}
/** The plan for this step, or null where the shapes are not those the loops were written for. */
function planOf(x, y, variables) {
    if (x.rank !== 3 || x.dtype !== 'float32' || y.dtype !== 'float32' || variables.length !== 8 || variables.some((v) => v.dtype !== 'float32'))
        return null;
    const [batch, rows, cols] = x.shape;
    const units = variables[4].shape[1] ?? 0;
    const classes = variables[6].shape[1] ?? 0;
    if (batch < 1 || rows < 10 || cols < 10 || units < 4 || units % 4 !== 0 || classes < 1 || y.size !== batch)
        return null;
    const plan = planFor(batch, rows, cols, units, classes);
    const shapes = variables.map((v) => v.shape.join('x')).join(',');
    return shapes === `3x3x1x8,8,3x3x8x8,8,${plan.flat}x${units},${units},${units}x${classes},${classes}` ? plan : null;
}
/**
 * What the loops above compute, as the default CNN's spec says it (model/default-model.ts): a
 * model is fused only where its layers' own configs say the same, as tfjs-layers fuses an
 * activation only once mapActivationToFusedKernel has recognised it. The dropout rate and the
 * sizes are not fixed: they are read from the model.
 */
const FUSED_NETWORK = {
    filters: CHANNELS,
    kernelSize: 3,
    padding: 'valid',
    activation: 'relu',
    poolSize: 2,
    hiddenActivation: 'relu',
    outputActivation: 'softmax',
};
/** The environment variable that turns the fused step off, to compare with tfjs's path. */
const FUSED_STEP_VARIABLE = 'TF_REPRO_FUSED_STEP';
const checkedModels = new WeakMap();
const NOT_THE_DEFAULT_MODEL = { reason: 'not the default model', warn: false };
const TURNED_OFF = { reason: `${FUSED_STEP_VARIABLE}=off`, warn: false };
const NOT_WASM = { reason: 'not the wasm backend', warn: false };
/** Whether $TF_REPRO_FUSED_STEP turns the fused step off ('off'); unset, '' or 'on': not. */
function turnedOff() {
    const value = process.env[FUSED_STEP_VARIABLE] ?? '';
    if (value === 'off')
        return true;
    if (value === '' || value === 'on')
        return false;
    throw new user_error/* UserError */.y(`${FUSED_STEP_VARIABLE} must be 'off' (train through tfjs's ops) or 'on', or be unset; found '${value}'`);
}
/** `model`'s spec where its structure is FUSED_NETWORK's, else why not. */
function fusableSpec(model) {
    const spec = describeCnn(model);
    if (typeof spec === 'string')
        return spec;
    for (const [field, fused] of Object.entries(FUSED_NETWORK)) {
        const value = spec[field];
        if (value !== fused)
            return `its ${field} is ${String(value)}, and the fused step computes ${String(fused)}`;
    }
    return spec;
}
/** The model's structure against FUSED_NETWORK, once per model (its layers' configs do not change). */
function checkModel(model) {
    let check = checkedModels.get(model);
    if (check === undefined) {
        const dropout = defaultModelDropout(model);
        const spec = dropout === null ? null : fusableSpec(model);
        if (dropout === null)
            check = NOT_THE_DEFAULT_MODEL;
        else if (typeof spec === 'string')
            check = { reason: spec, warn: true };
        else
            check = { dropout, rate: spec.dropoutRate };
        checkedModels.set(model, check);
    }
    return check;
}
/** What a fused step needs, or why it does not apply. The structure once per model; the backend, optimizer, loss and shapes every step. */
function whyNot(model, variables, x, y) {
    if (turnedOff())
        return TURNED_OFF;
    const check = checkModel(model);
    if ('reason' in check)
        return check;
    if (tf_core_node.getBackend() !== 'wasm')
        return NOT_WASM;
    const optimizer = model.optimizer;
    // Not instanceof: tf.Optimizer's Symbol.hasInstance takes every optimizer for every optimizer class.
    if (!Object.prototype.isPrototypeOf.call(FusedAdam.prototype, optimizer) || model.loss !== 'sparseCategoricalCrossentropy')
        return { reason: "it was compiled with another optimizer or loss than createDefaultModel's", warn: true };
    const kernels = (0,wasm_simd/* simdFor */.f0)(tf_core_node.backend());
    if (kernels === null)
        return { reason: 'this wasm backend has no SIMD', warn: true };
    const plan = planOf(x, y, variables);
    if (plan === null)
        return { reason: `the shapes (input ${x.shape.join('×')}, ${variables.length} variables) are not those its loops take`, warn: true };
    return { ...check, plan, kernels };
}
/**
 * One step of trainStep for the default CNN on the wasm backend with SIMD: returns the batch's
 * mean loss, having updated the weights, or why it does not apply (another model or structure,
 * backend, optimizer or loss, shapes it was not made for), leaving the step to tfjs.
 */
function fusedTrainStep(model, variables, x, y) {
    const check = whyNot(model, variables, x, y);
    if ('reason' in check)
        return check;
    const { dropout, rate, plan, kernels: ownKernels } = check;
    const optimizer = model.optimizer;
    const backend = tf_core_node.backend();
    const simd = wrapKernels ? wrapKernels(ownKernels) : ownKernels;
    const { batch, classes, units, labels } = plan;
    const yValues = backend.typedArrayFromHeap(y);
    for (let r = 0; r < batch; r++)
        labels[r] = Math.floor(yValues[r]);
    const gradients = variables.map((v) => backend.makeOutput(v.shape, 'float32'));
    const workspace = backend.makeOutput([plan.totalFloats + 4], 'float32');
    const logits = backend.makeOutput([batch, classes], 'float32');
    const clipped = backend.makeOutput([batch, classes], 'float32');
    const made = [...gradients, workspace, logits, clipped];
    try {
        // The workspace's regions from its first 16-byte boundary.
        const base = (backend.getMemoryOffset(workspace.dataId) + 15) & ~15;
        const at = { x: backend.getMemoryOffset(x.dataId) };
        for (const region of REGIONS)
            at[region] = base + plan.offsets[region];
        at.weights = variables.map((v) => backend.getMemoryOffset(v.dataId));
        at.gradients = gradients.map((g) => backend.getMemoryOffset(g.dataId));
        at.logits = backend.getMemoryOffset(logits.dataId);
        at.clipped = backend.getMemoryOffset(clipped.dataId);
        let heap = heapOf(backend);
        // The border of dz2's padded copy, which only its inside is ever written over, and the padding columns of the last layer.
        heap.fill(0, at.dz2Padded >> 2, (at.dz2Padded >> 2) + plan.sizes.dz2Padded);
        heap.fill(0, at.wd2Padded >> 2, (at.bd2Padded >> 2) + plan.sizes.bd2Padded);
        // Rows and columns no pooling window reaches get no gradient.
        if (plan.h2[0] % 2 !== 0 || plan.h2[1] % 2 !== 0)
            heap.fill(0, at.dz2 >> 2, (at.dz2 >> 2) + plan.sizes.dz2);
        if (plan.h1[0] % 2 !== 0 || plan.h1[1] % 2 !== 0)
            heap.fill(0, at.dz1 >> 2, (at.dz1 >> 2) + plan.sizes.dz1);
        // tf.dropout's mask from the seed the layer would give tf.randomUniform (its alea, float32, floor(u + keep) / keep).
        const state = seedrandom.alea(dropout.nextSeed(), { state: true }).state();
        simd.dropoutMask(at.mask, batch * units, state.s0, state.s1, state.s2, state.c, fused_step_f32(1 - rate));
        forward(simd, plan, at);
        const softmax = runWasmKernel(backend, 'Softmax', { logits }, { dim: 1 });
        made.push(softmax);
        const epsilon = backend.epsilon();
        const [low, high] = [fused_step_f32(epsilon), fused_step_f32(1 - epsilon)];
        clipForLog(heapOf(backend), plan, backend.getMemoryOffset(softmax.dataId), at.clipped, low, high);
        const log = runWasmKernel(backend, 'Log', { x: clipped }, {});
        made.push(log);
        heap = heapOf(backend);
        const loss = lossAndGradient(heap, plan, backend.getMemoryOffset(log.dataId), at.dLogitsPadded, low, high);
        backward(simd, plan, at);
        if (!optimizer.applyGradientsAt(backend, simd, variables, at.gradients)) {
            // Adam through tensors, as minimize calls it.
            const tensors = gradients.map((g) => tf_core_node.engine().makeTensorFromTensorInfo(g));
            made.splice(0, gradients.length);
            try {
                optimizer.applyGradients(variables.map((v, i) => ({ name: v.name, tensor: tensors[i] })));
            }
            finally {
                tf_core_node.dispose(tensors);
            }
        }
        return loss;
    }
    finally {
        for (const info of made)
            backend.disposeData(info.dataId);
    }
}
//# sourceMappingURL=fused-step.js.map
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
    const shape = layout ? [count, ...layout.inputShape] : [count, dataset.rows, dataset.cols];
    const oneHot = layout?.labels === 'one-hot' ? layout.units : 0;
    const labels = buffer.labels.subarray(0, count * Math.max(1, oneHot));
    if (oneHot)
        labels.fill(0);
    for (let b = 0; b < count; b++) {
        const label = dataset.labels[indices[from + b]];
        if (oneHot)
            labels[b * oneHot + label] = 1;
        else
            labels[b] = label;
    }
    const { images } = dataset;
    let x = images instanceof Uint8Array ? wasmPixels(images, indices, from, count, size, shape) : null;
    if (x === null) {
        const pixels = buffer.pixels.subarray(0, count * size);
        for (let b = 0; b < count; b++) {
            const offset = indices[from + b] * size;
            if (images instanceof Uint8Array)
                for (let p = 0; p < size; p++)
                    pixels[b * size + p] = PIXEL_VALUES[images[offset + p]];
            else
                pixels.set(images.subarray(offset, offset + size), b * size);
        }
        x = tf_core_node.tensor(pixels, shape);
    }
    return [x, tf_core_node.tensor2d(labels, [count, oneHot || 1])];
}
/**
 * On wasm, the batch's pixels scaled in wasm memory, straight into x's buffer: the images' bytes
 * copied in, then scaled by our SIMD loop (the same float32 values as PIXEL_VALUES), the last
 * few here. Null elsewhere.
 */
function wasmPixels(images, indices, from, count, size, shape) {
    if (tf_core_node.getBackend() !== 'wasm')
        return null;
    const backend = tf_core_node.backend();
    const simd = (0,wasm_simd/* simdFor */.f0)(backend);
    if (simd === null)
        return null;
    const total = count * size;
    const out = backend.makeOutput(shape, 'float32');
    const staging = backend.makeOutput([Math.ceil(total / 4)], 'float32');
    try {
        const [outAt, stagingAt] = [out, staging].map((t) => backend.getMemoryOffset(t.dataId));
        const heapBytes = backend.wasm.HEAPU8;
        for (let b = 0; b < count; b++) {
            const offset = indices[from + b] * size;
            heapBytes.set(images.subarray(offset, offset + size), stagingAt + b * size);
        }
        const vectored = total - (total % 16);
        if (vectored > 0)
            simd.unitFloats(stagingAt, outAt, vectored);
        const floats = new Float32Array(heapBytes.buffer, outAt, total);
        for (let i = vectored; i < total; i++)
            floats[i] = PIXEL_VALUES[heapBytes[stagingAt + i]];
    }
    catch (error) {
        backend.disposeData(out.dataId);
        throw error;
    }
    finally {
        backend.disposeData(staging.dataId);
    }
    return tf_core_node.engine().makeTensorFromTensorInfo(out);
}
const newStepTally = () => ({ fused: 0, tfjs: 0, warnings: [] });
/**
 * One step of model.trainOnBatch(x, y), without what it adds to it: the same forward pass in
 * training mode, the compiled loss's batch mean and the compiled optimizer's update of the same
 * variables (so the same weights, bit for bit), minus the batch's accuracy, which tfjs-layers
 * computes on every step and we never read. Returns the batch's mean loss. The default CNN on
 * wasm takes the fused step (fused-step.ts), which gives the same numbers; `tally` counts which.
 */
function trainStep(model, variables, x, y, tally) {
    const fused = fusedTrainStep(model, variables, x, y);
    if (typeof fused === 'number') {
        if (tally)
            tally.fused++;
        return fused;
    }
    if (tally) {
        tally.tfjs++;
        const warning = `the default CNN's fused training step did not apply (${fused.reason}): trained through tfjs's ops instead, slower`;
        if (fused.warn && !tally.warnings.includes(warning))
            tally.warnings.push(warning);
    }
    return tfjsTrainStep(model, variables, x, y);
}
/** trainStep through tfjs's ops, tape and gradients: every model, every backend. */
function tfjsTrainStep(model, variables, x, y) {
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
/**
 * SHA-256 of one batch's inputs and labels as the dataset holds them (uint8 pixels or float32
 * values, then one byte per label), in batch order: the bytes are read once, where the batch is
 * built from them anyway, and never converted.
 */
function batchInputDigest(dataset, indices, from, to) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const size = dataset.rows * dataset.cols;
    const { images } = dataset;
    for (let b = from; b < to; b++) {
        const image = images.subarray(indices[b] * size, (indices[b] + 1) * size);
        hash.update(new Uint8Array(image.buffer, image.byteOffset, image.byteLength));
    }
    const labels = new Uint8Array(to - from);
    for (let b = from; b < to; b++)
        labels[b - from] = dataset.labels[indices[b]];
    return hash.update(labels).digest('hex');
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
        const checkpoint = (epoch, batch, valLoss, inputSha256) => {
            if (!onTrace || !digests)
                return;
            onTrace({ fold: split.fold, epoch, batch, digests: digests(), ...(valLoss === undefined ? {} : { valLoss }), ...(inputSha256 ? { inputSha256 } : {}) });
        };
        checkpoint(0, null);
        // Keras' validation_split holds out the last part of the training data, before shuffling.
        const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
        const fitIndices = split.train.subarray(0, fitCount);
        const variables = model.trainableWeights.map((weight) => weight.read());
        const buffer = batchBuffer(dataset, options.batchSize, layout);
        const validationIndices = split.train.subarray(fitCount);
        const tally = newStepTally();
        for (let epoch = 0; epoch < options.epochs; epoch++) {
            const random = seed === null ? Math.random : (0,seeding/* seededRandom */.Is)(unseeded.includes('shuffle') ? (0,fresh_seed/* freshSeed */.W)() : (0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold, 'epoch', epoch));
            const order = (0,seeding/* permutation */.dL)(fitCount, random);
            const shuffled = new Uint32Array(fitCount);
            for (let i = 0; i < fitCount; i++)
                shuffled[i] = fitIndices[order[i]];
            let lossSum = 0;
            // Traced runs digest each batch's inputs: where runs part, were they fed the same data?
            const epochInputs = onTrace ? (0,external_node_crypto_.createHash)('sha256') : null;
            for (let from = 0; from < fitCount; from += options.batchSize) {
                const to = Math.min(from + options.batchSize, fitCount);
                const inputs = epochInputs ? batchInputDigest(dataset, shuffled, from, to) : undefined;
                epochInputs?.update(inputs ?? '');
                const [x, y] = batchTensors(dataset, shuffled, from, to, buffer, layout);
                lossSum += trainStep(model, variables, x, y, tally) * (to - from);
                tf_core_node.dispose([x, y]);
                if (everyBatch)
                    checkpoint(epoch + 1, from / options.batchSize + 1, undefined, inputs);
            }
            const validation = validationIndices.length > 0 ? await evaluate(model, dataset, validationIndices, options.batchSize, layout) : null;
            checkpoint(epoch + 1, null, validation?.['loss'] ?? null, epochInputs?.digest('hex'));
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
        options.onSteps?.(tally);
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
