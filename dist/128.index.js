export const id = 128;
export const ids = [128];
export const modules = {

/***/ 3760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f0: () => (/* binding */ simdFor)
/* harmony export */ });
/* unused harmony exports simdModuleBytes, simdKernels */
// Three small WebAssembly SIMD loops that work in place on tfjs-wasm's own memory, for the
// memory-bound kernels tfjs-wasm runs as generic scalar code (see wasm-kernels.ts for where they
// are used). The module is assembled here, byte by byte, when first needed: no toolchain, no
// binary in the repository. Each loop does the same float32 operations in a fixed order, so its
// results do not depend on anything but its inputs.
//
//   addRows(a, bias, out, rows, channels)   out[r, c] = a[r, c] + bias[c]
//   sumRows(x, out, rows, channels)         out[c] = x[0, c] + x[1, c] + ... (rows in order)
//   maxPoolGrad2x2(x, dy, dx, width, outWidth, channels)
//       one row of 2×2 windows, stride 2: each window's gradient goes to its first largest input
//       (row by row), the other three get 0
//   filterGrad3x8(...)                      one row and input channel of a 3-wide, 8-out filter's gradient
//   conv3x3x8(...)                          a 1-channel image convolved with 8 3×3 filters
//   adamStep(...)                           tf.train.adam's update, 4 weights at a time
//
// Pointers are byte offsets into the memory; channels must be a multiple of 4 (one v128 lane
// group each), rows and widths at least 1.
// Opcodes (WebAssembly 2.0, with the fixed-width SIMD proposal).
const LOOP = 0x03, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_LT_U = 0x49, I32_SHL = 0x74;
const I32 = 0x7f, F32 = 0x7d, V128 = 0x7b;
const SIMD = 0xfd;
const V128_LOAD = 0x00, V128_LOAD32_SPLAT = 0x09, V128_STORE = 0x0b, V128_CONST = 0x0c;
const F32X4_EQ = 0x41, V128_AND = 0x4e, V128_ANDNOT = 0x4f, V128_OR = 0x50;
const F32X4_SPLAT = 0x13, F32X4_SQRT = 0xe3, F32X4_ADD = 0xe4, F32X4_MUL = 0xe6, F32X4_DIV = 0xe7, F32X4_MAX = 0xe9;
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            byte |= 0x80;
        out.push(byte);
    } while (n !== 0);
    return out;
}
function sleb(n) {
    const out = [];
    for (;;) {
        const byte = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}
const vec = (items) => [...uleb(items.length), ...items.flat()];
const name = (text) => [...uleb(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
// Instruction helpers: each gives the bytes of one instruction.
const get = (local) => [LOCAL_GET, ...uleb(local)];
const set = (local) => [LOCAL_SET, ...uleb(local)];
const tee = (local) => [LOCAL_TEE, ...uleb(local)];
const i32 = (value) => [I32_CONST, ...sleb(value)];
const simd = (op) => [SIMD, ...uleb(op)];
/** v128.load / v128.store with alignment hint 1 byte (tfjs does not promise more) and no offset. */
const load = () => [SIMD, ...uleb(V128_LOAD), 0, 0];
const store = () => [SIMD, ...uleb(V128_STORE), 0, 0];
/** local += step */
const bump = (local, step) => [...get(local), ...step, I32_ADD, ...set(local)];
/** A loop whose body runs, then repeats while `condition` (which leaves an i32) holds. */
const doWhile = (body, condition) => [LOOP, VOID, ...body, ...condition, BR_IF, 0, END];
// addRows(a, bias, out, rows, channels): locals 5 aEnd, 6 b, 7 bEnd.
const addRows = {
    name: 'addRows',
    params: 5,
    locals: { i32: 3 },
    body: [
        ...get(0), ...get(3), ...get(4), I32_MUL, ...i32(2), I32_SHL, I32_ADD, ...set(5),
        ...get(1), ...get(4), ...i32(2), I32_SHL, I32_ADD, ...set(7),
        ...doWhile([
            ...get(1), ...set(6),
            ...doWhile([
                ...get(2),
                ...get(0), ...load(),
                ...get(6), ...load(),
                ...simd(F32X4_ADD),
                ...store(),
                ...bump(0, i32(16)), ...bump(2, i32(16)), ...bump(6, i32(16)),
            ], [...get(6), ...get(7), I32_LT_U]),
        ], [...get(0), ...get(5), I32_LT_U]),
    ],
};
// sumRows(x, out, rows, channels): locals 4 rowBytes, 5 p, 6 pEnd, 7 outEnd; v128 8 acc.
const sumRows = {
    name: 'sumRows',
    params: 4,
    locals: { i32: 4, v128: 1 },
    body: [
        ...get(3), ...i32(2), I32_SHL, ...set(4),
        ...get(1), ...get(4), I32_ADD, ...set(7),
        ...doWhile([
            // One group of 4 channels down all rows, in row order.
            ...get(0), ...set(5),
            ...get(0), ...get(2), ...get(4), I32_MUL, I32_ADD, ...set(6),
            SIMD, ...uleb(V128_CONST), ...new Array(16).fill(0), ...set(8),
            ...doWhile([...get(8), ...get(5), ...load(), ...simd(F32X4_ADD), ...set(8), ...bump(5, get(4))], [...get(5), ...get(6), I32_LT_U]),
            ...get(1), ...get(8), ...store(),
            ...bump(0, i32(16)), ...bump(1, i32(16)),
        ], [...get(1), ...get(7), I32_LT_U]),
    ],
};
// maxPoolGrad2x2(x, dy, dx, width, outWidth, channels): x and dx point at the window row's first
// input row, dy at its gradient row. Locals: 6 rowBytes (width*channels*4), 7 groupBytes
// (channels*4), 8 dyEnd, 9 groupEnd; v128 10..13 x0..x3, 14 max, 15 g, 16 taken, 17 e.
const maxPoolGrad2x2 = {
    name: 'maxPoolGrad2x2',
    params: 6,
    locals: { i32: 4, v128: 8 },
    body: (() => {
        const [x, dy, dx, width, outWidth, channels] = [0, 1, 2, 3, 4, 5];
        const [rowBytes, groupBytes, dyEnd, groupEnd] = [6, 7, 8, 9];
        const [x0, x1, x2, x3, max, g, taken, e] = [10, 11, 12, 13, 14, 15, 16, 17];
        // Byte offsets of the window's four inputs: left, right, below, below right.
        const offset = (which) => which === 0 ? [] : which === 1 ? [...get(groupBytes), I32_ADD] : which === 2 ? [...get(rowBytes), I32_ADD] : [...get(rowBytes), I32_ADD, ...get(groupBytes), I32_ADD];
        const input = (which, local) => [...get(x), ...offset(which), ...load(), ...set(local)];
        const output = (which, mask) => [...get(dx), ...offset(which), ...get(g), ...get(mask), ...simd(V128_AND), ...store()];
        /** e = (input == max) and not taken yet; taken |= e */
        const claim = (local) => [
            ...get(local), ...get(max), ...simd(F32X4_EQ), ...get(taken), ...simd(V128_ANDNOT), ...set(e),
            ...get(taken), ...get(e), ...simd(V128_OR), ...set(taken),
        ];
        return [
            ...get(width), ...get(channels), I32_MUL, ...i32(2), I32_SHL, ...set(rowBytes),
            ...get(channels), ...i32(2), I32_SHL, ...set(groupBytes),
            ...get(dy), ...get(outWidth), ...get(groupBytes), I32_MUL, I32_ADD, ...set(dyEnd),
            ...doWhile([
                ...get(dy), ...get(groupBytes), I32_ADD, ...set(groupEnd),
                ...doWhile([
                    ...input(0, x0), ...input(1, x1), ...input(2, x2), ...input(3, x3),
                    ...get(dy), ...load(), ...set(g),
                    ...get(x0), ...get(x1), ...simd(F32X4_MAX), ...get(x2), ...get(x3), ...simd(F32X4_MAX), ...simd(F32X4_MAX), ...set(max),
                    // The first input equal to the max takes the gradient; `taken` keeps later ones out.
                    ...get(x0), ...get(max), ...simd(F32X4_EQ), ...set(taken),
                    ...output(0, taken),
                    ...claim(x1), ...output(1, e),
                    ...claim(x2), ...output(2, e),
                    ...claim(x3), ...output(3, e),
                    ...bump(x, i32(16)), ...bump(dx, i32(16)), ...bump(dy, i32(16)),
                ], [...get(dy), ...get(groupEnd), I32_LT_U]),
                // x and dx moved one pixel (all its channels); the next window starts one more on.
                ...bump(x, get(groupBytes)), ...bump(dx, get(groupBytes)),
            ], [...get(dy), ...get(dyEnd), I32_LT_U]),
        ];
    })(),
};
// filterGrad3x8(x, dy, out, images, outHeight, outWidth, xRowBytes, xImageBytes, xPixelBytes,
// outTapBytes): one filter row (kh) and one input channel (c) of the filter gradient of a
// stride-1 'valid' convolution with filters 3 wide and 8 output channels:
// out[kw, o] = sum over n, i, j (in that order) of x[n, i + kh, j + kw, c] * dy[n, i, j, o], with x
// pointing at row kh, channel c of image 0, pixels xPixelBytes apart, and out's three rows of 8
// outTapBytes apart. The 24 sums are 6 v128 accumulators, held in locals over the whole pass.
// Locals: 10 image, 11 row, 12 p, 13 pEnd, 14 rowsLeft, 15 imagesLeft; v128 16..21 sums, 22 d0,
// 23 d1, 24 s.
const filterGrad3x8 = {
    name: 'filterGrad3x8',
    params: 10,
    locals: { i32: 6, v128: 9 },
    body: (() => {
        const [x, dy, out, images, outHeight, outWidth, xRowBytes, xImageBytes, xPixelBytes, outTapBytes] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        const [image, row, p, pEnd, rowsLeft, imagesLeft] = [10, 11, 12, 13, 14, 15];
        const sums = [16, 17, 18, 19, 20, 21];
        const [d0, d1, sp] = [22, 23, 24];
        const splatAt = (kw) => [...get(p), ...(kw === 0 ? [] : [...get(xPixelBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]), SIMD, ...uleb(V128_LOAD32_SPLAT), 2, 0];
        const tap = (kw) => [
            ...splatAt(kw), ...set(sp),
            ...get(sums[2 * kw]), ...get(sp), ...get(d0), ...simd(F32X4_MUL), ...simd(F32X4_ADD), ...set(sums[2 * kw]),
            ...get(sums[2 * kw + 1]), ...get(sp), ...get(d1), ...simd(F32X4_MUL), ...simd(F32X4_ADD), ...set(sums[2 * kw + 1]),
        ];
        const storeRow = (kw) => [
            ...get(out), ...(kw === 0 ? [] : [...get(outTapBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]), ...get(sums[2 * kw]), SIMD, ...uleb(V128_STORE), 0, 0,
            ...get(out), ...(kw === 0 ? [] : [...get(outTapBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]), ...get(sums[2 * kw + 1]), SIMD, ...uleb(V128_STORE), 0, 16,
        ];
        return [
            ...get(x), ...set(image), ...get(images), ...set(imagesLeft),
            ...doWhile([
                ...get(image), ...set(row), ...get(outHeight), ...set(rowsLeft),
                ...doWhile([
                    ...get(row), ...set(p), ...get(row), ...get(outWidth), ...get(xPixelBytes), I32_MUL, I32_ADD, ...set(pEnd),
                    ...doWhile([
                        ...get(dy), SIMD, ...uleb(V128_LOAD), 0, 0, ...set(d0),
                        ...get(dy), SIMD, ...uleb(V128_LOAD), 0, 16, ...set(d1),
                        ...tap(0), ...tap(1), ...tap(2),
                        ...bump(dy, i32(32)), ...bump(p, get(xPixelBytes)),
                    ], [...get(p), ...get(pEnd), I32_LT_U]),
                    ...bump(row, get(xRowBytes)),
                    ...get(rowsLeft), ...i32(1), I32_SUB, ...tee(rowsLeft),
                ], []),
                ...bump(image, get(xImageBytes)),
                ...get(imagesLeft), ...i32(1), I32_SUB, ...tee(imagesLeft),
            ], []),
            ...storeRow(0), ...storeRow(1), ...storeRow(2),
        ];
    })(),
};
// conv3x3x8(x, w, out, images, outHeight, outWidth, xRowBytes, xImageBytes): a stride-1 'valid'
// convolution of a 1-channel x with a [3, 3, 1, 8] filter: out[n, i, j, o] = the sum over kh, kw
// (in that order) of x[n, i + kh, j + kw] * w[kh, kw, 0, o]. The filter stays in 18 v128 locals.
// Locals: 8 image, 9 row, 10 p, 11 pEnd, 12 rowsLeft, 13 imagesLeft, 14 p1, 15 p2; v128 16..33 the
// filter, 34 a0, 35 a1, 36 s.
const conv3x3x8 = {
    name: 'conv3x3x8',
    params: 8,
    locals: { i32: 8, v128: 21 },
    body: (() => {
        const [x, w, out, images, outHeight, outWidth, xRowBytes, xImageBytes] = [0, 1, 2, 3, 4, 5, 6, 7];
        const [image, row, p, pEnd, rowsLeft, imagesLeft, p1, p2] = [8, 9, 10, 11, 12, 13, 14, 15];
        const filter = Array.from({ length: 18 }, (_, k) => 16 + k);
        const [a0, a1, sp] = [34, 35, 36];
        const tap = (t) => {
            const base = [p, p1, p2][Math.floor(t / 3)];
            const product = (half) => [...get(sp), ...get(filter[2 * t + half]), ...simd(F32X4_MUL)];
            return [
                ...get(base), SIMD, ...uleb(V128_LOAD32_SPLAT), 2, ...uleb(4 * (t % 3)), ...set(sp),
                ...(t === 0 ? [...product(0), ...set(a0), ...product(1), ...set(a1)] : [
                    ...get(a0), ...product(0), ...simd(F32X4_ADD), ...set(a0),
                    ...get(a1), ...product(1), ...simd(F32X4_ADD), ...set(a1),
                ]),
            ];
        };
        return [
            ...filter.flatMap((local, k) => [...get(w), SIMD, ...uleb(V128_LOAD), 0, ...uleb(16 * k), ...set(local)]),
            ...get(x), ...set(image), ...get(images), ...set(imagesLeft),
            ...doWhile([
                ...get(image), ...set(row), ...get(outHeight), ...set(rowsLeft),
                ...doWhile([
                    ...get(row), ...set(p), ...get(row), ...get(outWidth), ...i32(2), I32_SHL, I32_ADD, ...set(pEnd),
                    ...doWhile([
                        ...get(p), ...get(xRowBytes), I32_ADD, ...tee(p1), ...get(xRowBytes), I32_ADD, ...set(p2),
                        ...Array.from({ length: 9 }, (_, t) => tap(t)).flat(),
                        ...get(out), ...get(a0), SIMD, ...uleb(V128_STORE), 0, 0,
                        ...get(out), ...get(a1), SIMD, ...uleb(V128_STORE), 0, 16,
                        ...bump(out, i32(32)), ...bump(p, i32(4)),
                    ], [...get(p), ...get(pEnd), I32_LT_U]),
                    ...bump(row, get(xRowBytes)),
                    ...get(rowsLeft), ...i32(1), I32_SUB, ...tee(rowsLeft),
                ], []),
                ...bump(image, get(xImageBytes)),
                ...get(imagesLeft), ...i32(1), I32_SUB, ...tee(imagesLeft),
            ], []),
        ];
    })(),
};
// adamStep(value, m, v, g, newValue, newM, newV, count, beta1, oneMinusBeta1, beta2, oneMinusBeta2,
// correction1, correction2, epsilon, negativeLearningRate): tf.train.adam's update of `count`
// (a multiple of 4) float32 weights, the same operations in the same order as its ops (adam.ts):
//   m' = m*b1 + g*(1-b1); v' = v*b2 + (g*g)*(1-b2);
//   value' = ((m'/c1) / (sqrt(v'/c2) + eps)) * -lr + value
// Each f32x4 operation rounds as the scalar float32 one does, so the weights are bitwise tfjs's.
// Locals: 16 end; v128 17..24 the scalars splatted, 25 g, 26 m', 27 v'.
const adamStep = {
    name: 'adamStep',
    params: 16,
    paramTypes: [...new Array(8).fill(I32), ...new Array(8).fill(F32)],
    locals: { i32: 1, v128: 11 },
    body: (() => {
        const [value, m, v, g, newValue, newM, newV, count] = [0, 1, 2, 3, 4, 5, 6, 7];
        const end = 16;
        const [b1, omb1, b2, omb2, c1, c2, eps, nlr] = [17, 18, 19, 20, 21, 22, 23, 24];
        const [gi, mi, vi] = [25, 26, 27];
        const loadAt = (pointer) => [...get(pointer), ...load()];
        const storeAt = (pointer, local) => [...get(pointer), ...get(local), ...store()];
        return [
            ...[b1, omb1, b2, omb2, c1, c2, eps, nlr].flatMap((local, k) => [...get(8 + k), ...simd(F32X4_SPLAT), ...set(local)]),
            ...get(g), ...get(count), ...i32(2), I32_SHL, I32_ADD, ...set(end),
            ...doWhile([
                ...loadAt(g), ...set(gi),
                ...loadAt(m), ...get(b1), ...simd(F32X4_MUL), ...get(gi), ...get(omb1), ...simd(F32X4_MUL), ...simd(F32X4_ADD), ...set(mi),
                ...loadAt(v), ...get(b2), ...simd(F32X4_MUL), ...get(gi), ...get(gi), ...simd(F32X4_MUL), ...get(omb2), ...simd(F32X4_MUL), ...simd(F32X4_ADD), ...set(vi),
                ...get(newValue),
                ...get(mi), ...get(c1), ...simd(F32X4_DIV),
                ...get(vi), ...get(c2), ...simd(F32X4_DIV), ...simd(F32X4_SQRT), ...get(eps), ...simd(F32X4_ADD),
                ...simd(F32X4_DIV), ...get(nlr), ...simd(F32X4_MUL),
                ...loadAt(value), ...simd(F32X4_ADD),
                ...store(),
                ...storeAt(newM, mi), ...storeAt(newV, vi),
                ...[value, m, v, g, newValue, newM, newV].flatMap((pointer) => bump(pointer, i32(16))),
            ], [...get(g), ...get(end), I32_LT_U]),
        ];
    })(),
};
const FUNCTIONS = [addRows, sumRows, maxPoolGrad2x2, filterGrad3x8, conv3x3x8, adamStep];
/** The module's bytes: memory imported as env.memory, the functions exported by name. */
function simdModuleBytes() {
    const types = FUNCTIONS.map((f) => [0x60, ...vec((f.paramTypes ?? new Array(f.params).fill(I32)).map((type) => [type])), ...vec([])]);
    const imports = [[...name('env'), ...name('memory'), 0x02, 0x00, 0x00]];
    const code = FUNCTIONS.map((f) => {
        const locals = [];
        if (f.locals.i32)
            locals.push([...uleb(f.locals.i32), I32]);
        if (f.locals.v128)
            locals.push([...uleb(f.locals.v128), V128]);
        const body = [...vec(locals), ...f.body, END];
        return [...uleb(body.length), ...body];
    });
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, vec(types)),
        ...section(2, vec(imports)),
        ...section(3, vec(FUNCTIONS.map((_, i) => uleb(i)))),
        ...section(7, vec(FUNCTIONS.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
        ...section(10, vec(code)),
    ]);
}
const wasmApi = globalThis.WebAssembly;
let compiled;
const instances = new WeakMap();
/**
 * The loops bound to `memory` (a WebAssembly.Memory), or null where this WebAssembly has no SIMD
 * (callers then keep tfjs's kernels).
 */
function simdKernels(memory) {
    if (compiled === undefined) {
        try {
            compiled = new wasmApi.Module(simdModuleBytes());
        }
        catch {
            compiled = null;
        }
    }
    if (compiled === null)
        return null;
    let kernels = instances.get(memory);
    if (!kernels) {
        try {
            kernels = new wasmApi.Instance(compiled, { env: { memory } }).exports;
        }
        catch {
            // A memory ours cannot import (the threaded build's shared one): tfjs's kernels stay.
            return null;
        }
        instances.set(memory, kernels);
    }
    return kernels;
}
/** Our loops on a wasm backend's own memory; null where that memory cannot be reached or SIMD is missing. */
function simdFor(backend) {
    const memory = backend.wasm.asm?.memory;
    return memory ? simdKernels(memory) : null;
}
//# sourceMappingURL=wasm-simd.js.map

/***/ }),

/***/ 128:
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(9762);
// EXTERNAL MODULE: ./build/src/backends/kernels/wasm-simd.js
var wasm_simd = __webpack_require__(3760);
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
    for (const [backendName, kernelFunc] of [['wasm', wasmAdam], ['cpu', cpuAdam]]) {
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
var seeding = __webpack_require__(1468);
// EXTERNAL MODULE: ./build/src/model/seeded-dropout.js
var seeded_dropout = __webpack_require__(1449);
;// CONCATENATED MODULE: ./build/src/model/default-model.js
// The published experiment's network, ported from tf.keras, and nothing else.





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
        return seed === null ? {} : { kernelInitializer: tf_layers_node.initializers.glorotUniform({ seed: (0,seeding/* deriveSeed */.B7)(seed, 'layer', layerIndex, 'kernel') }) };
    };
    const input = tf_layers_node.input({ shape: [options.rows, options.cols] });
    let x = tf_layers_node.layers.reshape({ targetShape: [options.rows, options.cols, 1] }).apply(input);
    x = tf_layers_node.layers.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x);
    x = tf_layers_node.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x);
    x = tf_layers_node.layers.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x);
    x = tf_layers_node.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x);
    x = tf_layers_node.layers.flatten().apply(x);
    x = tf_layers_node.layers.dense({ units: 128, activation: 'relu', ...kernel() }).apply(x);
    x = (seed === null ? tf_layers_node.layers.dropout({ rate: 0.2 }) : new seeded_dropout/* SeededDropout */.q({ rate: 0.2, seed: (0,seeding/* deriveSeed */.B7)(seed, 'dropout') })).apply(x);
    const output = tf_layers_node.layers.dense({ units: options.classes, activation: 'softmax', ...kernel() }).apply(x);
    const model = tf_layers_node.model({ inputs: input, outputs: output });
    // tfjs-layers' 'adam' is tf.train.adam(0.001, 0.9, 0.999, backend epsilon); FusedAdam gives its numbers, faster.
    registerAdamKernels();
    const adam = new FusedAdam(0.001, 0.9, 0.999, tf_core_node.backend().epsilon());
    model.compile({ optimizer: adam, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
    return model;
}
//# sourceMappingURL=default-model.js.map
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
    const restoreMathRandom = seed === null ? () => { } : (0,seeding/* seedMathRandom */.LV)((0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold, 'math-random'));
    const layout = options.model;
    const model = layout ? await layout.create() : createDefaultModel({ seed: seed === null ? null : (0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold), rows: dataset.rows, cols: dataset.cols, classes: options.classes });
    try {
        // Keras' validation_split holds out the last part of the training data, before shuffling.
        const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
        const fitIndices = split.train.subarray(0, fitCount);
        const variables = model.trainableWeights.map((weight) => weight.read());
        const buffer = batchBuffer(dataset, options.batchSize, layout);
        const validationIndices = split.train.subarray(fitCount);
        for (let epoch = 0; epoch < options.epochs; epoch++) {
            const random = seed === null ? Math.random : (0,seeding/* seededRandom */.Is)((0,seeding/* deriveSeed */.B7)(seed, 'fold', split.fold, 'epoch', epoch));
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
