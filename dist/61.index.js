export const id = 61;
export const ids = [61];
export const modules = {

/***/ 3760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f0: () => (/* binding */ simdFor)
/* harmony export */ });
/* unused harmony exports simdModuleBytes, simdKernels */
// Six small WebAssembly SIMD loops that work in place on tfjs-wasm's own memory, for the kernels
// where tfjs-wasm's own code is slow (see wasm-kernels.ts, wasm-conv2d-backprop-filter.ts and
// adam.ts for which and why). The module is assembled here, byte by byte, when first needed: no
// toolchain, no binary in the repository. Each loop does the same float32 operations in a fixed
// order, so its results do not depend on anything but its inputs.
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

/***/ 61:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  libtensorflowVersion: () => (/* binding */ libtensorflowVersion),
  selectBackend: () => (/* binding */ selectBackend),
  tfjsCoreVersion: () => (/* binding */ tfjsCoreVersion)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.node.js
var tf_backend_wasm_node = __webpack_require__(6744);
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(2018);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/src/backends/kernels/wasm-simd.js
var wasm_simd = __webpack_require__(3760);
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-compose.js
// Composite wasm kernels: run registered kernels one after another and release every intermediate
// result but the one returned. Reshape shares data and bumps its refCount, so one disposeData per
// result is right (as in the wasm backend's own composite kernels).

/** `kernels` stand in for registered ones of the same name (e.g. the original a kernel replaces). */
function composed(backend, kernels, body) {
    const made = [];
    const run = (kernel, inputs, attrs) => {
        const f = kernels[kernel] ?? (0,tf_core_node.getKernel)(kernel, 'wasm')?.kernelFunc;
        if (f == null)
            throw new Error(`wasm kernel '${kernel}' is not registered (is @tensorflow/tfjs-backend-wasm imported?)`);
        const out = f({ inputs, backend, attrs });
        if (Array.isArray(out))
            throw new Error(`wasm kernel '${kernel}' gave ${out.length} outputs`);
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
//# sourceMappingURL=wasm-compose.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-conv2d-backprop-filter.js
// tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so the gradient of a
// Conv2D (i.e. training a conv layer) fails there. We compose one from wasm kernels.
//
// Stride 1 (the default model's): the filter gradient is itself a convolution, with the batch as
// the summed-over channels: dW[kh,kw,c,o] = sum over n,i,j of x[n,i+kh,j+kw,c] * dy[n,i,j,o].
// So x transposed to [c, h, w, n] convolved with dy transposed to [oH, oW, n, o] as the filter
// gives [c, kh, kw, o]; one transpose more gives dW. The convolution is XNNPACK's (the Conv2D
// kernel), about 5 times faster than the 3D kernel's plain loops below.
//
// 3-wide filters, 8 outputs, no padding (both of the default model's layers): a SIMD loop that
// keeps all 24 sums of a filter row and input channel in registers (wasm-simd.ts), without the
// transposes: 3 to 10 times faster again.
//
// Other strides use Conv3DBackpropFilterV2: a 2D convolution is a 3D one with depth 1.
// That wasm kernel is only right for stride 1: its loop bounds (conv3d_impl.h,
// NDHWCConv3DBackpropFilterV2Impl) use floor((in + pad - w) / s) as the exclusive end and
// C++ truncating division for ceil of negatives, both wrong once s > 1 (it drops taps).
// For strides > 1 we use the identity "strided filter gradient = stride-1 'valid' filter
// gradient of the zero-padded input window and dy dilated by the strides".



const KERNEL = 'Conv2DBackpropFilter';
const BACKEND = 'wasm';
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
/** 3-wide filters, 8 of them, 'valid', stride 1: a SIMD loop per filter row and input channel (wasm-simd.ts). */
function filterGradSimd(simd, backend, x, dy, filterShape) {
    const [n, h, w, c] = x.shape;
    const [, oH, oW] = dy.shape;
    const out = backend.makeOutput(filterShape, 'float32');
    const [xAt, dyAt, outAt] = [x, dy, out].map((t) => backend.getMemoryOffset(t.dataId));
    const [pixel, row, image] = [c * 4, w * c * 4, h * w * c * 4];
    // dW is [kh, kw, c, 8]: rows of 8 for successive kw are c * 8 floats apart.
    for (let kh = 0; kh < filterShape[0]; kh++) {
        for (let channel = 0; channel < c; channel++) {
            simd.filterGrad3x8(xAt + kh * row + channel * 4, dyAt, outAt + ((kh * 3 * c + channel) * 8) * 4, n, oH, oW, row, image, pixel, c * 8 * 4);
        }
    }
    return out;
}
/** Stride 1: the filter gradient as one XNNPACK convolution (see the top of the file). */
function viaConv2d(run, x, dy, padding) {
    const { top, bottom, left, right } = padding;
    const xByChannel = run('Transpose', { x }, { perm: [3, 1, 2, 0] });
    const dyAsFilter = run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
    const dwByChannel = run('Conv2D', { x: xByChannel, filter: dyAsFilter }, { strides: 1, pad: [[0, 0], [top, bottom], [left, right], [0, 0]], dataFormat: 'NHWC', dilations: 1 });
    return run('Transpose', { x: dwByChannel }, { perm: [1, 2, 0, 3] });
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
    if (sH === 1 && sW === 1) {
        const { top, bottom, left, right } = info.padInfo;
        const simd = (0,wasm_simd/* simdFor */.f0)(backend);
        if (simd != null && filterShape[1] === 3 && oC === 8 && top === 0 && bottom === 0 && left === 0 && right === 0 && n > 0) {
            return filterGradSimd(simd, backend, x, dy, filterShape);
        }
        return composed(backend, {}, (run) => viaConv2d(run, x, dy, info.padInfo));
    }
    const [fH, fW] = filterShape;
    const { top, left } = info.padInfo;
    // dy dilated: each value followed by (stride - 1) zeros, trailing zeros cut off.
    const dH = (oH - 1) * sH + 1;
    const dW = (oW - 1) * sW + 1;
    // The input rows/columns the filter can touch, from -top/-left, zeros where padded.
    const xH = dH + fH - 1;
    const xW = dW + fW - 1;
    return composed(backend, {}, (run) => {
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
;// CONCATENATED MODULE: ./build/src/backends/kernels/js-kernels.js
/**
 * MaxPool's gradient: each output's window is searched once; its gradient goes to the window's
 * first largest input (row by row), as tfjs's cpu backend does. Windows that overlap add up.
 * `dx` must be zero on entry.
 */
function maxPoolBackprop(xs, dys, dx, info) {
    const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const { top, left } = info.padInfo;
    const rowStride = inWidth * channels;
    let o = 0;
    for (let n = 0; n < batchSize; n++) {
        const image = n * inHeight * rowStride;
        for (let oh = 0; oh < outHeight; oh++) {
            const h0 = oh * strideHeight - top;
            const hStart = Math.max(0, h0);
            const hEnd = Math.min(inHeight, h0 + filterHeight);
            for (let ow = 0; ow < outWidth; ow++) {
                const w0 = ow * strideWidth - left;
                const wStart = Math.max(0, w0);
                const wEnd = Math.min(inWidth, w0 + filterWidth);
                for (let c = 0; c < channels; c++, o++) {
                    let best = -Infinity;
                    let at = -1;
                    for (let h = hStart; h < hEnd; h++) {
                        for (let i = image + h * rowStride + wStart * channels + c, end = image + h * rowStride + wEnd * channels; i < end; i += channels) {
                            const v = xs[i];
                            if (v > best || at < 0) {
                                best = v;
                                at = i;
                            }
                        }
                    }
                    if (at >= 0)
                        dx[at] += dys[o];
                }
            }
        }
    }
}
/**
 * Conv2D's filter gradient (NHWC, any strides and padding, dilation 1):
 * dW[kh, kw, c, o] = sum over n, i, j (in that order) of x[n, i*sH + kh - top, j*sW + kw - left, c]
 * * dy[n, i, j, o], taps outside x counting as 0. `dw` must be zero on entry.
 */
function conv2dFilterBackprop(xs, dys, dw, info) {
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const { top, left } = info.padInfo;
    for (let n = 0; n < batchSize; n++) {
        for (let i = 0; i < outHeight; i++) {
            for (let j = 0; j < outWidth; j++) {
                const dyAt = ((n * outHeight + i) * outWidth + j) * outChannels;
                for (let kh = 0; kh < filterHeight; kh++) {
                    const r = i * strideHeight + kh - top;
                    if (r < 0 || r >= inHeight)
                        continue;
                    for (let kw = 0; kw < filterWidth; kw++) {
                        const col = j * strideWidth + kw - left;
                        if (col < 0 || col >= inWidth)
                            continue;
                        const xAt = ((n * inHeight + r) * inWidth + col) * inChannels;
                        const dwAt = (kh * filterWidth + kw) * inChannels * outChannels;
                        for (let c = 0; c < inChannels; c++) {
                            const xv = xs[xAt + c];
                            const row = dwAt + c * outChannels;
                            for (let o = 0; o < outChannels; o++)
                                dw[row + o] += xv * dys[dyAt + o];
                        }
                    }
                }
            }
        }
    }
}
//# sourceMappingURL=js-kernels.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/replace-kernels.js
// Puts our kernels in place of a tfjs backend's own. Each of ours wraps the original it replaces
// and hands it every case it does not handle; the original's config (its setup function too) stays.

/** "backend/kernel" of those already replaced: wrapping twice would make ours its own fallback. */
const replaced = new Set();
/** Replaces each named kernel of `backend`; a kernel already replaced is left as it is. */
function replaceKernels(backend, replacements) {
    for (const [name, replace] of Object.entries(replacements)) {
        const key = `${backend}/${name}`;
        if (replaced.has(key))
            continue;
        const config = (0,tf_core_node.getKernel)(name, backend);
        if (config == null)
            throw new Error(`${backend} kernel '${name}' is not registered (is @tensorflow/tfjs-backend-${backend} imported?)`);
        const ours = { ...config, kernelFunc: replace(config.kernelFunc) };
        (0,tf_core_node.unregisterKernel)(name, backend);
        (0,tf_core_node.registerKernel)(ours);
        replaced.add(key);
    }
}
//# sourceMappingURL=replace-kernels.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-kernels.js
// Faster stand-ins for the wasm kernels that training the default model spent most of its time in
// (profiled per kernel at batch 100; see the README's Performance section). Each one gives the
// numbers of a plain, fixed order of operations, so a run stays bitwise reproducible:
//
// - BatchMatMul with a transposed operand ran tfjs-wasm's plain triple loop (slow_batch_matmul);
//   only the untransposed case goes to XNNPACK. We transpose first, then call the original.
// - Conv2DBackpropInput ran plain loops; for stride 1 it is a convolution of dy with the filter
//   turned by 180° and its channels swapped, which the XNNPACK Conv2D kernel does.
// - MaxPoolGrad ran plain loops that search every window for every input pixel; ours visits each
//   window once: 2×2 windows at stride 2 (the default model's) in a SIMD loop (wasm-simd.ts),
//   other windows in JavaScript over the wasm heap.
// - Add of a per-channel bias ([..., C] + [C]) and Sum over all axes but the last (a bias's
//   gradient) ran tfjs-wasm's generic broadcasting and transposing code; SIMD loops now.
// - Conv2D of a 1-channel image with eight 3×3 filters (the first layer's forward pass while
//   training) ran XNNPACK's kernels, made for many channels; a SIMD loop now.
// - Identity and Cast to the same dtype copied the data; they now share it, as Reshape does.
//
// The originals stay for every case not listed (other strides, batched matmuls, ...).





const batchOf = (shape) => shape.slice(0, -2).reduce((product, d) => product * d, 1);
const swapLastTwo = (rank) => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
function fastBatchMatMul(original) {
    return (args) => {
        const { a, b } = args.inputs;
        const { transposeA, transposeB } = args.attrs;
        // XNNPACK's path takes one matrix on each side; batched products keep the original.
        if ((!transposeA && !transposeB) || batchOf(a.shape) !== 1 || batchOf(b.shape) !== 1)
            return original(args);
        return composed(args.backend, { BatchMatMul: original }, (run) => {
            const left = transposeA ? run('Transpose', { x: a }, { perm: swapLastTwo(a.shape.length) }) : a;
            const right = transposeB ? run('Transpose', { x: b }, { perm: swapLastTwo(b.shape.length) }) : b;
            return run('BatchMatMul', { a: left, b: right }, { ...args.attrs, transposeA: false, transposeB: false });
        });
    };
}
function fastConv2DBackpropInput(original) {
    return (args) => {
        const { dy, filter } = args.inputs;
        const { strides, pad, dataFormat, dimRoundingMode, inputShape } = args.attrs;
        if (dataFormat != null && dataFormat !== 'NHWC')
            return original(args);
        const info = tf_core_node.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode);
        if (info.strideHeight !== 1 || info.strideWidth !== 1)
            return original(args);
        const [fH, fW] = filter.shape;
        // The full convolution: dy padded so that every input pixel sees every filter tap that touched it.
        const top = fH - 1 - info.padInfo.top;
        const left = fW - 1 - info.padInfo.left;
        const bottom = inputShape[1] + fH - 1 - info.outHeight - top;
        const right = inputShape[2] + fW - 1 - info.outWidth - left;
        if (top < 0 || left < 0 || bottom < 0 || right < 0)
            return original(args);
        return composed(args.backend, {}, (run) => {
            const turned = run('Reverse', { x: filter }, { dims: [0, 1] });
            const swapped = run('Transpose', { x: turned }, { perm: [0, 1, 3, 2] });
            return run('Conv2D', { x: dy, filter: swapped }, { strides: 1, pad: [[0, 0], [top, bottom], [left, right], [0, 0]], dataFormat: 'NHWC', dilations: 1 });
        });
    };
}
/** float32 values in one v128: the SIMD loops take channels this many at a time. */
const SIMD_LANES = 4;
/** [..., C] + [C] (either way round; float addition commutes bit for bit), C a multiple of 4. */
function fastAdd(original) {
    return (args) => {
        const { a, b } = args.inputs;
        const [x, bias] = b.shape.length === 1 ? [a, b] : [b, a];
        const channels = bias.shape[0];
        const simd = (0,wasm_simd/* simdFor */.f0)(args.backend);
        if (simd == null || bias.shape.length !== 1 || x.shape.length < 2 || x.shape[x.shape.length - 1] !== channels ||
            channels % SIMD_LANES !== 0 || a.dtype !== 'float32' || b.dtype !== 'float32') {
            return original(args);
        }
        const rows = x.shape.slice(0, -1).reduce((product, d) => product * d, 1);
        const backend = args.backend;
        const out = backend.makeOutput(x.shape, 'float32');
        if (rows > 0 && channels > 0)
            simd.addRows(backend.getMemoryOffset(x.dataId), backend.getMemoryOffset(bias.dataId), backend.getMemoryOffset(out.dataId), rows, channels);
        return out;
    };
}
/** Sum over every axis but the last, rows added in order; the last axis a multiple of 4. */
function fastSum(original) {
    return (args) => {
        const { x } = args.inputs;
        const { axis, keepDims } = args.attrs;
        const rank = x.shape.length;
        const axes = (Array.isArray(axis) ? axis : [axis]).map((a) => (a < 0 ? a + rank : a)).sort((p, q) => p - q);
        const channels = x.shape[rank - 1];
        const simd = (0,wasm_simd/* simdFor */.f0)(args.backend);
        const leading = axes.length === rank - 1 && axes.every((a, i) => a === i);
        if (simd == null || rank < 2 || !leading || x.dtype !== 'float32' || channels % SIMD_LANES !== 0 || channels === 0)
            return original(args);
        const rows = x.shape.slice(0, -1).reduce((product, d) => product * d, 1);
        if (rows === 0)
            return original(args);
        const backend = args.backend;
        const out = backend.makeOutput(keepDims ? [...new Array(rank - 1).fill(1), channels] : [channels], 'float32');
        simd.sumRows(backend.getMemoryOffset(x.dataId), backend.getMemoryOffset(out.dataId), rows, channels);
        return out;
    };
}
/**
 * A 1-channel input (a grayscale image) with eight 3×3 filters, stride 1, no padding (the default
 * model's first layer while training): XNNPACK's kernels are made for many channels; a SIMD loop
 * that keeps the 72 weights in registers is about twice as fast (wasm-simd.ts).
 */
function fastConv2D(original) {
    return (args) => {
        const { x, filter } = args.inputs;
        const { strides, pad, dataFormat, dilations, dimRoundingMode } = args.attrs;
        const simd = (0,wasm_simd/* simdFor */.f0)(args.backend);
        if (simd == null || x.shape.length !== 4 || x.dtype !== 'float32' || filter.dtype !== 'float32' || (dataFormat != null && dataFormat !== 'NHWC'))
            return original(args);
        const info = tf_core_node.backend_util.computeConv2DInfo(x.shape, filter.shape, strides, dilations ?? 1, pad, dimRoundingMode);
        const { top, bottom, left, right } = info.padInfo;
        const shaped = info.inChannels === 1 && info.filterHeight === 3 && info.filterWidth === 3 && info.outChannels === 8;
        const plain = info.strideHeight === 1 && info.strideWidth === 1 && info.dilationHeight === 1 && info.dilationWidth === 1 && top === 0 && bottom === 0 && left === 0 && right === 0;
        if (!shaped || !plain || info.batchSize === 0 || info.outHeight < 1 || info.outWidth < 1)
            return original(args);
        const backend = args.backend;
        const out = backend.makeOutput(info.outShape, 'float32');
        const [xAt, filterAt, outAt] = [x, filter, out].map((t) => backend.getMemoryOffset(t.dataId));
        simd.conv3x3x8(xAt, filterAt, outAt, info.batchSize, info.outHeight, info.outWidth, info.inWidth * 4, info.inHeight * info.inWidth * 4);
        return out;
    };
}
/**
 * Each output's window is searched once; its gradient goes to the window's first largest input
 * (row by row), as tfjs's cpu backend does. Windows that overlap add up.
 */
function fastMaxPoolGrad(original) {
    return (args) => {
        const { dy, input } = args.inputs;
        const { filterSize, strides, pad, dimRoundingMode } = args.attrs;
        if (input.shape.length !== 4 || input.dtype !== 'float32')
            return original(args);
        const info = tf_core_node.backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
        const backend = args.backend;
        const out = backend.makeOutput(input.shape, 'float32');
        const dx = backend.typedArrayFromHeap(out);
        const xs = backend.typedArrayFromHeap(input);
        const dys = backend.typedArrayFromHeap(dy);
        dx.fill(0);
        const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
        const { top, left } = info.padInfo;
        const simd = (0,wasm_simd/* simdFor */.f0)(backend);
        const windows2x2 = filterHeight === 2 && filterWidth === 2 && strideHeight === 2 && strideWidth === 2 && info.dilationHeight === 1 && info.dilationWidth === 1;
        const unpadded = top === 0 && left === 0 && info.padInfo.bottom === 0 && info.padInfo.right === 0;
        if (simd != null && windows2x2 && unpadded && channels % SIMD_LANES === 0 && outWidth > 0 && channels > 0) {
            // Rows and columns no window reaches keep the 0 of the fill.
            const [x0, dy0, dx0] = [input, dy, out].map((t) => backend.getMemoryOffset(t.dataId));
            const inRow = inWidth * channels * 4;
            const outRow = outWidth * channels * 4;
            for (let n = 0; n < batchSize; n++) {
                for (let oh = 0; oh < outHeight; oh++) {
                    const at = (n * inHeight + 2 * oh) * inRow;
                    simd.maxPoolGrad2x2(x0 + at, dy0 + (n * outHeight + oh) * outRow, dx0 + at, inWidth, outWidth, channels);
                }
            }
            return out;
        }
        maxPoolBackprop(xs, dys, dx, info);
        return out;
    };
}
/** The same data under a new TensorInfo, counted once more (how Reshape shares on wasm). */
function share(backend, x) {
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}
function sharingIdentity(original) {
    return (args) => {
        const { x } = args.inputs;
        return x.dtype === 'string' ? original(args) : share(args.backend, x);
    };
}
function sharingCast(original) {
    return (args) => {
        const { x } = args.inputs;
        return x.dtype === args.attrs.dtype && x.dtype !== 'string' ? share(args.backend, x) : original(args);
    };
}
const REPLACEMENTS = {
    BatchMatMul: fastBatchMatMul,
    Conv2DBackpropInput: fastConv2DBackpropInput,
    MaxPoolGrad: fastMaxPoolGrad,
    Conv2D: fastConv2D,
    Add: fastAdd,
    Sum: fastSum,
    Identity: sharingIdentity,
    Cast: sharingCast,
};
/**
 * Puts our kernels in place of tfjs-wasm's, keeping each original (and its setup) for the cases
 * ours leave to it. Call before the wasm backend initialises; calling again is a no-op.
 */
function registerFastWasmKernels() {
    replaceKernels('wasm', REPLACEMENTS);
}
//# sourceMappingURL=wasm-kernels.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/cpu-kernels.js
// The cpu backend's filter gradient and MaxPool gradient, in plain loops (js-kernels.ts). tfjs's
// own go through a TensorBuffer's get() for every tap: training the default model spent 3.3 s
// of a 3.8 s step (batch 100) in its two Conv2DBackpropFilter calls. Registered before the cpu
// backend is used; the originals stay for what these do not handle.



function cpu_kernels_conv2DBackpropFilter(original) {
    return (args) => {
        const { x, dy } = args.inputs;
        const { strides, pad, dataFormat, dimRoundingMode, filterShape } = args.attrs;
        if ((dataFormat != null && dataFormat !== 'NHWC') || x.dtype !== 'float32' || dy.dtype !== 'float32' || x.shape.length !== 4)
            return original(args);
        const info = tf_core_node.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode);
        const backend = args.backend;
        const dw = new Float32Array(filterShape.reduce((p, d) => p * d, 1));
        conv2dFilterBackprop(backend.readSync(x.dataId), backend.readSync(dy.dataId), dw, info);
        return backend.makeTensorInfo(filterShape, 'float32', dw);
    };
}
function maxPoolGrad(original) {
    return (args) => {
        const { dy, input } = args.inputs;
        const { filterSize, strides, pad, dimRoundingMode } = args.attrs;
        if (input.shape.length !== 4 || input.dtype !== 'float32')
            return original(args);
        const info = tf_core_node.backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
        const backend = args.backend;
        const dx = new Float32Array(input.shape.reduce((p, d) => p * d, 1));
        maxPoolBackprop(backend.readSync(input.dataId), backend.readSync(dy.dataId), dx, info);
        return backend.makeTensorInfo(input.shape, 'float32', dx);
    };
}
const cpu_kernels_REPLACEMENTS = { Conv2DBackpropFilter: cpu_kernels_conv2DBackpropFilter, MaxPoolGrad: maxPoolGrad };
/** Puts ours in place of tfjs-backend-cpu's; calling again is a no-op. */
function registerFastCpuKernels() {
    replaceKernels('cpu', cpu_kernels_REPLACEMENTS);
}
//# sourceMappingURL=cpu-kernels.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
;// CONCATENATED MODULE: ./build/src/backends/select-backend.js
// Backend selection for a training process. tfjs's own fallbacks are silent (a failed
// setBackend resolves false and ops then run on whatever else is registered), so every
// choice here is checked and every fallback is either an error or a warning.










function tfjsCoreVersion() {
    return tf_core_node.version_core;
}
function firstLine(error) {
    const text = (0,errors/* errorMessage */.g)(error);
    return text.split('\n')[0].trim() || 'unknown error';
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
    const capture = (...args) => void logged.push(args.map(errors/* errorMessage */.g).join(' '));
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
    registerFastWasmKernels();
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
            // worker_threads refuse, so this is the usual outcome under Node. The URL is new in every
            // process; without it the warning reads the same in each, and the report shows it once.
            const reason = (e instanceof BackendInitError ? e.reason : firstLine(e)).replace(/blob:[\w:-]+/g, 'blob:…');
            warnings.push(`threads: ${threads} needs the threaded wasm build, which could not start under Node (${reason}); running single-threaded`);
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
    // Loaded only here: a wasm process never needs it (30 ms of every start-up).
    const { version_cpu } = await __webpack_require__.e(/* import() */ 48).then(__webpack_require__.t.bind(__webpack_require__, 8048, 19));
    registerFastCpuKernels();
    await activate('cpu');
    const warnings = threads > 1 ? [`threads: ${threads} has no effect on the cpu backend, which is single-threaded JavaScript`] : [];
    return { name: 'cpu', version: version_cpu, detail: 'js', warnings };
}
function candidateName(candidate) {
    return candidate.backend === 'tensorflow' ? (candidate.flavor === 'gpu' ? 'tensorflow-gpu' : 'tensorflow') : candidate.backend;
}
/** The native package installed by provisioning (src/provision), imported from its folder. */
async function useNative(candidate, threads) {
    let mod;
    try {
        const main = (0,external_node_module_.createRequire)(import.meta.url).resolve(candidate.packageDir);
        mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(main).href));
    }
    catch (e) {
        throw new Error(`${candidate.packageDir} could not be loaded: ${firstLine(e)}`);
    }
    try {
        await activate('tensorflow');
    }
    catch (e) {
        throw new Error(e instanceof BackendInitError ? e.reason : firstLine(e));
    }
    const versions = (mod.version ?? {});
    const warnings = threads > 1 ? [`threads: ${threads} has no effect on the tensorflow backend (TensorFlow sizes its own thread pools)`] : [];
    return { name: 'tensorflow', version: String(versions['tfjs-node'] ?? 'unknown'), detail: candidate.flavor === 'gpu' ? 'tfjs-node-gpu' : 'tfjs-node', warnings };
}
/** What the native backend says of itself: libtensorflow's version (its binding knows it). */
function libtensorflowVersion() {
    const backend = tf_core_node.engine().registry['tensorflow'];
    return typeof backend?.binding?.TF_Version === 'string' ? backend.binding.TF_Version : null;
}
/**
 * Tries the backends provisioning chose, in order (src/provision/plan.ts): the first that starts is
 * the one. A step down is a warning; landing on pure JavaScript says why, loudly; when the only
 * candidate fails, or all do, that is one error.
 */
async function selectBackend(candidates, threads) {
    if (!Number.isInteger(threads) || threads < 1)
        throw new Error(`threads must be a whole number >= 1, got ${threads}`);
    const failures = [];
    for (const candidate of candidates) {
        try {
            const selected = candidate.backend === 'tensorflow' ? await useNative(candidate, threads) : candidate.backend === 'wasm' ? await useWasm(threads) : await useCpu(threads);
            const steps = failures.map((failure) => `backend ${failure}; tried the next one`);
            if (selected.name === 'cpu' && failures.length > 0) {
                steps.push('training on the pure-JavaScript cpu backend, about 35× slower than wasm');
            }
            return { ...selected, warnings: [...steps, ...selected.warnings] };
        }
        catch (e) {
            failures.push(`${candidateName(candidate)} could not start: ${e instanceof BackendInitError ? e.reason : firstLine(e)}`);
        }
    }
    throw new contracts/* UserError */.yo(failures.length === 1 ? `backend ${failures[0]}` : `no backend could start: ${failures.join('; ')}`);
}
//# sourceMappingURL=select-backend.js.map

/***/ })

};
