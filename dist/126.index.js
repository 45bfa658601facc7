export const id = 126;
export const ids = [126];
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

/***/ 6126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ tooManyParameters),
/* harmony export */   s$: () => (/* binding */ MAX_MODEL_PARAMETERS),
/* harmony export */   yG: () => (/* binding */ countParameters)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8653);
// Pure: how many parameters a model config (Keras 2 form, model-config.ts) holds, counted before
// TensorFlow.js builds it, so that a layer too large for the runner's memory (a Dense of 3,000,000
// units on 784 inputs: 2.4 billion float32s, 9.4 GB) is refused rather than allocated. Shapes are
// followed through the layers whose shapes it knows; a layer past one it does not know is counted
// with the inputs it surely has (at least one), so the count never exceeds the model's.


/** The default of `max-model-parameters`: about twice a ResNet-50 (25.6 M), 200 MB as float32. */
const MAX_MODEL_PARAMETERS = 50_000_000;
const MODEL_CLASSES = ['Sequential', 'Model', 'Functional'];
/** Layers whose output has their input's shape and that hold no parameters. */
const SHAPE_KEEPING = new Set([
    'Activation',
    'ActivityRegularization',
    'AlphaDropout',
    'Dropout',
    'ELU',
    'GaussianDropout',
    'GaussianNoise',
    'LeakyReLU',
    'Masking',
    'PReLU',
    'ReLU',
    'Softmax',
    'SpatialDropout1D',
    'SpatialDropout2D',
    'SpatialDropout3D',
    'ThresholdedReLU',
    'TfReproSeededDropout',
]);
const numberOr = (value, otherwise) => (typeof value === 'number' && Number.isFinite(value) ? value : otherwise);
const known = (dimension) => (typeof dimension === 'number' && dimension >= 0 ? dimension : null);
const product = (dimensions) => dimensions.reduce((total, dimension) => (total === null || dimension === null ? null : total * dimension), 1);
/** A config's kernel_size, pool_size or strides as one number per spatial dimension. */
function perDimension(value, dimensions, otherwise) {
    if (Array.isArray(value))
        return Array.from({ length: dimensions }, (_, i) => numberOr(value[i], otherwise));
    return Array.from({ length: dimensions }, () => numberOr(value, otherwise));
}
/** The shape a layer declares for its input (batch_input_shape, input_shape, batch_shape), batch dimension dropped. */
function declaredInput(config) {
    for (const [field, batched] of [
        ['batch_input_shape', true],
        ['batch_shape', true],
        ['input_shape', false],
    ]) {
        const value = config[field];
        if (Array.isArray(value))
            return (batched ? value.slice(1) : value).map((dimension) => known(dimension));
    }
    return null;
}
/** Spatial sizes after a window of `window` moving by `strides` ('same': ceil(size / stride); 'valid': what fits). */
function windowed(sizes, window, strides, padding) {
    return sizes.map((size, i) => {
        if (size === null)
            return null;
        const stride = strides[i] ?? 1;
        return padding === 'same' ? Math.ceil(size / stride) : Math.max(0, Math.floor((size - (window[i] ?? 1)) / stride) + 1);
    });
}
/** A convolution or pooling's (channels last) output and parameters. */
function convolution(className, config, input) {
    const dimensions = Number(/([123])D/.exec(className)?.[1] ?? 2);
    const spatial = input && input.length === dimensions + 1 ? input.slice(0, dimensions) : Array.from({ length: dimensions }, () => null);
    const channels = known(input?.at(-1)) ?? 1;
    if (/Pooling/.test(className)) {
        if (className.startsWith('Global'))
            return { output: [input?.at(-1) ?? null], parameters: 0 };
        const pool = perDimension(config['pool_size'], dimensions, 2);
        return {
            output: [...windowed(spatial, pool, perDimension(config['strides'] ?? config['pool_size'], dimensions, 2), config['padding']), input?.at(-1) ?? null],
            parameters: 0,
        };
    }
    const kernel = product(perDimension(config['kernel_size'], dimensions, 1)) ?? 1;
    const bias = config['use_bias'] !== false;
    const filters = numberOr(config['filters'], 0);
    const multiplier = numberOr(config['depth_multiplier'], 1);
    let parameters;
    let outChannels = filters;
    if (className.startsWith('Depthwise')) {
        outChannels = channels * multiplier;
        parameters = kernel * channels * multiplier + (bias ? outChannels : 0);
    }
    else if (className.startsWith('Separable')) {
        parameters = kernel * channels * multiplier + channels * multiplier * filters + (bias ? filters : 0);
    }
    else {
        parameters = kernel * channels * filters + (bias ? filters : 0);
    }
    const output = className.endsWith('Transpose')
        ? null
        : [
            ...windowed(spatial, perDimension(config['kernel_size'], dimensions, 1), perDimension(config['strides'], dimensions, 1), config['padding']),
            outChannels,
        ];
    return { output, parameters };
}
/** One layer's output shape and parameters, from its input's shape. */
function layerCount(layer, input, count) {
    const className = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(layer['class_name']);
    const config = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(layer['config']) ? layer['config'] : {};
    const name = typeof config['name'] === 'string' ? config['name'] : className;
    const shape = input ?? declaredInput(config);
    if (MODEL_CLASSES.includes(className))
        return modelCount(config, shape, count);
    const last = known(shape?.at(-1)) ?? 1;
    const add = (parameters) => count(name, className, parameters);
    const bias = config['use_bias'] !== false;
    switch (className) {
        case 'InputLayer':
            return declaredInput(config);
        case 'Dense': {
            const units = numberOr(config['units'], 0);
            add(last * units + (bias ? units : 0));
            return shape ? [...shape.slice(0, -1), units] : [units];
        }
        case 'Embedding': {
            const out = numberOr(config['output_dim'], 0);
            add(numberOr(config['input_dim'], 0) * out);
            return shape ? [...shape, out] : null;
        }
        case 'Flatten':
            return shape ? [product(shape)] : [null];
        case 'Reshape': {
            const target = Array.isArray(config['target_shape']) ? config['target_shape'].map((d) => numberOr(d, -1)) : null;
            if (target === null)
                return null;
            const size = shape ? product(shape) : null;
            const rest = product(target.filter((d) => d !== -1));
            return target.map((d) => (d !== -1 ? d : size !== null && rest ? size / rest : null));
        }
        case 'BatchNormalization':
            add(4 * last);
            return shape;
        case 'LayerNormalization':
            add(2 * last);
            return shape;
        case 'SimpleRNN':
        case 'LSTM':
        case 'GRU': {
            const units = numberOr(config['units'], 0);
            const gates = className === 'LSTM' ? 4 : className === 'GRU' ? 3 : 1;
            add(gates * (units * (last + units) + (bias ? units : 0)));
            return config['return_sequences'] === true ? [shape?.[0] ?? null, units] : [units];
        }
        default:
            if (/^(Depthwise|Separable)?Conv[123]D(Transpose)?$|Pooling[123]D$/.test(className)) {
                const { output, parameters } = convolution(className, config, shape);
                add(parameters);
                return output;
            }
            return SHAPE_KEEPING.has(className) ? shape : null;
    }
}
/** A (nested) model's layers: in order for a Sequential, following each layer's first input for a functional model. */
function modelCount(config, input, count) {
    // Keras 2.0 and 2.1 wrote a Sequential's config as the list of layers itself.
    const layers = (Array.isArray(config) ? config : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(config) && Array.isArray(config['layers']) ? config['layers'] : []).filter(_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv);
    const functional = layers.some((layer) => Array.isArray(layer['inbound_nodes']));
    if (!functional)
        return layers.reduce((shape, layer) => layerCount(layer, shape, count), input);
    const outputs = new Map();
    let last = null;
    for (const layer of layers) {
        const source = firstInbound(layer['inbound_nodes']);
        last = layerCount(layer, source === null ? null : (outputs.get(source) ?? null), count);
        const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(layer['config']) ? layer['config']['name'] : undefined;
        outputs.set(typeof layer['name'] === 'string' ? layer['name'] : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(name), last);
    }
    return last;
}
/** The layer a functional layer's first input comes from (Keras 2: [[["dense_1", 0, 0, {}]]]). */
function firstInbound(nodes) {
    const first = Array.isArray(nodes) && Array.isArray(nodes[0]) ? nodes[0][0] : null;
    return Array.isArray(first) && typeof first[0] === 'string' ? first[0] : null;
}
/** The parameters of the model `topology` (Keras 2 form), and its largest layer. */
function countParameters(topology) {
    const result = { total: 0, largest: null };
    layerCount(topology, null, (name, className, parameters) => {
        result.total += parameters;
        if (parameters > (result.largest?.parameters ?? 0))
            result.largest = { name, className, parameters };
    });
    return result;
}
/** Why a model of `count` parameters is refused under `limit`, naming its largest layer; null where it fits. */
function tooManyParameters(count, limit, source) {
    if (count.total <= limit)
        return null;
    const gigabytes = (parameters) => `${((parameters * 4) / 1e9).toFixed(1)} GB`;
    const largest = count.largest
        ? `its layer '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(count.largest.name)}' (${count.largest.className}) has ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(count.largest.parameters)} parameters, `
        : '';
    return (`${source}: ${largest}the model ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(count.total)} in all (${gigabytes(count.total)} as float32), more than max-model-parameters (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(limit)}): ` +
        `make the layer smaller, or raise max-model-parameters where the runner has the memory (training takes about 16 bytes a parameter)`);
}
//# sourceMappingURL=parameter-count.js.map

/***/ })

};
