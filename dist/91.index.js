export const id = 91;
export const ids = [91];
export const modules = {

/***/ 5091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f0: () => (/* binding */ simdFor)
});

// UNUSED EXPORTS: simdKernels, simdModuleBytes

;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-assembly.js
// The few pieces of WebAssembly's binary format our SIMD loops are written in (wasm-simd.ts,
// wasm-simd-training.ts): opcodes, LEB128 numbers, one helper per instruction, and a module of
// functions that import one memory and export themselves by name. Pure: bytes in, bytes out.
// Opcodes (WebAssembly 2.0, with the fixed-width SIMD proposal).
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_EQZ = 0x45, I32_NE = 0x47, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_LT_U = 0x49, I32_SHL = 0x74, I32_SHR_U = 0x76, I32_AND = 0x71;
const F32_LOAD = 0x2a, F32_STORE = 0x38;
const I32 = 0x7f, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b;
const SIMD = 0xfd;
const V128_LOAD = 0x00, V128_LOAD32_SPLAT = 0x09, V128_STORE = 0x0b, V128_CONST = 0x0c;
const F32X4_EQ = 0x41, F32X4_GT = 0x44, V128_AND = 0x4e, V128_ANDNOT = 0x4f, V128_OR = 0x50;
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
const wasm_assembly_name = (text) => [...uleb(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
// Instruction helpers: each gives the bytes of one instruction.
const get = (local) => [LOCAL_GET, ...uleb(local)];
const set = (local) => [LOCAL_SET, ...uleb(local)];
const tee = (local) => [LOCAL_TEE, ...uleb(local)];
const i32 = (value) => [I32_CONST, ...sleb(value)];
const simd = (op) => [SIMD, ...uleb(op)];
/** v128.load / v128.store with alignment hint 1 byte (tfjs does not promise more) and a constant byte offset. */
const load = (offset = 0) => [SIMD, ...uleb(V128_LOAD), 0, ...uleb(offset)];
const store = (offset = 0) => [SIMD, ...uleb(V128_STORE), 0, ...uleb(offset)];
/** One float32 at the address (plus a constant offset) in all four lanes. */
const splat = (offset = 0) => [SIMD, ...uleb(V128_LOAD32_SPLAT), 2, ...uleb(offset)];
const zeroVector = () => [SIMD, ...uleb(V128_CONST), ...new Array(16).fill(0)];
/** local += step */
const bump = (local, step) => [...get(local), ...step, I32_ADD, ...set(local)];
/** A loop whose body runs, then repeats while `condition` (which leaves an i32) holds. */
const doWhile = (body, condition) => [LOOP, VOID, ...body, ...condition, BR_IF, 0, END];
/** `body` runs `count` times (a local, counted down to 0; nothing runs for 0). */
const repeat = (count, body) => [
    ...get(count),
    IF,
    VOID,
    ...doWhile([...body, ...get(count), ...i32(1), I32_SUB, ...tee(count)], []),
    END,
];
/**
 * Locals by name: `params` first (i32), then the i32 and v128 locals, numbered as a FunctionDef
 * declares them.
 */
function namedLocals(params, i32Locals, v128Locals) {
    const all = [...params, ...i32Locals, ...v128Locals];
    return Object.fromEntries(all.map((local, k) => [local, k]));
}
/** The module's bytes: memory imported as env.memory, the functions exported by name. */
function moduleBytes(functions) {
    const types = functions.map((f) => [0x60, ...vec((f.paramTypes ?? new Array(f.params).fill(I32)).map((type) => [type])), ...vec([])]);
    const imports = [[...wasm_assembly_name('env'), ...wasm_assembly_name('memory'), 0x02, 0x00, 0x00]];
    const code = functions.map((f) => {
        const locals = [];
        if (f.locals.i32)
            locals.push([...uleb(f.locals.i32), I32]);
        if (f.locals.f64)
            locals.push([...uleb(f.locals.f64), F64]);
        if (f.locals.v128)
            locals.push([...uleb(f.locals.v128), V128]);
        const body = [...vec(locals), ...f.body, END];
        return [...uleb(body.length), ...body];
    });
    return new Uint8Array([
        0x00,
        0x61,
        0x73,
        0x6d,
        0x01,
        0x00,
        0x00,
        0x00,
        ...section(1, vec(types)),
        ...section(2, vec(imports)),
        ...section(3, vec(functions.map((_, i) => uleb(i)))),
        ...section(7, vec(functions.map((f, i) => [...wasm_assembly_name(f.name), 0x00, ...uleb(i)]))),
        ...section(10, vec(code)),
    ]);
}
//# sourceMappingURL=wasm-assembly.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-simd-training.js
// The SIMD loops of the default CNN's fused training step (training/fused-step.ts), in the same
// module as wasm-simd.ts's. Each sums in the order tfjs-wasm's kernels do (XNNPACK's for the
// matrix products and convolutions: every sum starts at 0 and adds its products in order), so the
// step's numbers are bitwise those of tfjs's kernels; test/unit/wasm-simd.test.ts and
// test/unit/fused-step.test.ts check it.
//
//   gemm4x8, gemm4x4, gemm1x8, gemm1x4 (a, b, c, rowBlocks, cols, depth, aRowBytes, aColBytes, bRowBytes, cRowBytes)
//       c[m, n] = the sum over k in order of a[m, k] * b[k, n]; blocks of 4 or 1 rows by 8 or 4
//       columns (cols a multiple of the block's). a is read through two strides, so a transposed
//       operand costs nothing; b and c rows are contiguous.
//   conv3x3c8, conv3x3c8BiasRelu (x, w, out, images, outHeight, outWidth, xRowBytes, xImageBytes[, bias])
//       a stride-1 'valid' convolution of 8 channels with a [3, 3, 8, 8] filter: each output the sum
//       over kh, kw, c in that order (then max(sum + bias, 0) in the fused variant)
//   maxPool2x2 (x, out, images, outHeight, outWidth, channels, inRowBytes, inImageBytes)
//   maxPoolGradRelu2x2 (x, dy, dx, images, outHeight, outWidth, channels, inRowBytes, inImageBytes)
//       each 2×2 window's gradient to its first largest input (row by row), kept where that
//       input (a Relu's output) is above 0: MaxPoolGrad, then Relu's gradient
//   addRowsRelu (a, bias, out, rows, channels)     out[r, c] = max(a[r, c] + bias[c], 0)
//   mulVectors (a, b, out, count)                  out = a × b
//   mulMaskPositive (a, b, h, out, count)          out = a × b where h > 0, else 0
//   transpose32 (src, dst, rows, cols)             dst[j, i] = src[i, j], 32-bit values copied
//   copyRows (...)                                 rows copied between strided layouts
//   dropoutMask (out, count, s0, s1, s2, c, keep)  tf.dropout's mask, from seedrandom's alea state
//   unitFloats (src, dst, count)                   uint8 pixels to float32 v / 255, as the batches scale them
//
// Pointers are byte offsets; counts, channels and widths as each function says, at least 1.

const I32_LOAD = 0x28;
const I32_STORE = 0x36;
const F32_ADD = 0x92, F32_DIV = 0x95, F32_FLOOR = 0x8e, F32_DEMOTE_F64 = 0xb6, F64_ADD = 0xa0, F64_SUB = 0xa1, F64_MUL = 0xa2, I32_TRUNC_F64_S = 0xaa, F64_CONVERT_I32_S = 0xb7;
const MEMORY_COPY = [0xfc, 10, 0, 0];
const F64X2_SPLAT = 0x14, F32X4_DEMOTE_F64X2_ZERO = 0x5e, I16X8_EXTEND_LOW_I8X16_U = 0x89, I16X8_EXTEND_HIGH_I8X16_U = 0x8a, I32X4_EXTEND_LOW_I16X8_U = 0xa9, I32X4_EXTEND_HIGH_I16X8_U = 0xaa, F64X2_MUL = 0xf2, F64X2_CONVERT_LOW_I32X4_U = 0xff;
/** i8x16.shuffle of the two v128s on the stack, lanes as given. */
const shuffle = (lanes) => [SIMD, 0x0d, ...lanes];
/** f64.const, its 8 bytes little-endian. */
const f64 = (value) => [0x44, ...new Uint8Array(Float64Array.of(value).buffer)];
/** acc = acc + a × b (two roundings, as XNNPACK's wasmsimd kernels do it: no fused multiply-add). */
const multiplyAdd = (acc, a, b) => [...get(acc), ...a, ...b, ...simd(F32X4_MUL), ...simd(F32X4_ADD), ...set(acc)];
function gemm(rows, vectors) {
    const accNames = Array.from({ length: rows * vectors }, (_, k) => `acc${k}`);
    const l = namedLocals(['a', 'b', 'c', 'rowBlocks', 'cols', 'depth', 'aRowBytes', 'aColBytes', 'bRowBytes', 'cRowBytes'], ['aRow', 'cRow', 'col', 'colEnd', 'k', 'bp', 'ap0', 'ap1', 'ap2', 'ap3'], [...accNames, 'b0', 'b1', 's']);
    const acc = (r, v) => l[`acc${r * vectors + v}`];
    const ap = (r) => l[`ap${r}`];
    const rowOffset = (r, stride) => (r === 0 ? [] : [...get(stride), ...i32(r), I32_MUL, I32_ADD]);
    const block = [
        ...Array.from({ length: rows * vectors }, (_, k) => [...zeroVector(), ...set(l[`acc${k}`])]).flat(),
        ...Array.from({ length: rows }, (_, r) => [...get(l.aRow), ...rowOffset(r, l.aRowBytes), ...set(ap(r))]).flat(),
        ...get(l.b),
        ...get(l.col),
        I32_ADD,
        ...set(l.bp),
        ...get(l.depth),
        ...set(l.k),
        ...repeat(l.k, [
            ...Array.from({ length: vectors }, (_, v) => [...get(l.bp), ...load(16 * v), ...set(v === 0 ? l.b0 : l.b1)]).flat(),
            ...Array.from({ length: rows }, (_, r) => [
                ...get(ap(r)),
                ...splat(),
                ...set(l.s),
                ...Array.from({ length: vectors }, (_, v) => multiplyAdd(acc(r, v), get(l.s), get(v === 0 ? l.b0 : l.b1))).flat(),
                ...bump(ap(r), get(l.aColBytes)),
            ]).flat(),
            ...bump(l.bp, get(l.bRowBytes)),
        ]),
        ...Array.from({ length: rows }, (_, r) => Array.from({ length: vectors }, (_, v) => [
            ...get(l.cRow),
            ...rowOffset(r, l.cRowBytes),
            ...get(l.col),
            I32_ADD,
            ...get(acc(r, v)),
            ...store(16 * v),
        ]).flat()).flat(),
    ];
    return {
        name: `gemm${rows}x${4 * vectors}`,
        params: 10,
        locals: { i32: 10, v128: rows * vectors + 3 },
        body: [
            ...get(l.a),
            ...set(l.aRow),
            ...get(l.c),
            ...set(l.cRow),
            ...get(l.cols),
            ...i32(2),
            I32_SHL,
            ...set(l.colEnd),
            ...repeat(l.rowBlocks, [
                ...i32(0),
                ...set(l.col),
                ...doWhile([...block, ...bump(l.col, i32(16 * vectors))], [...get(l.col), ...get(l.colEnd), I32_LT_U]),
                ...bump(l.aRow, [...get(l.aRowBytes), ...i32(rows), I32_MUL]),
                ...bump(l.cRow, [...get(l.cRowBytes), ...i32(rows), I32_MUL]),
            ]),
        ],
    };
}
/**
 * `channels` (1 or 8) in, 8 out, 3×3: 4 output pixels of a row at once (then single ones), 2
 * accumulators each. The 9 × channels products of an output come in the filter's order (kh, kw,
 * c); for one kh, (kw, c) walks the input row's floats one by one, so the loop over them is as
 * small as a matrix product's: TurboFan keeps it in registers (fully unrolled, it spilled them).
 */
function conv3x3(channels, biasRelu) {
    const pixels = 4;
    const l = namedLocals(['x', 'w', 'out', 'images', 'outHeight', 'outWidth', 'xRowBytes', 'xImageBytes', 'bias'], ['image', 'row', 'p0', 'xp', 'wp', 'kh', 'k', 'rowsLeft', 'imagesLeft', 'blocks', 'singles'], ['acc0', 'acc1', 'acc2', 'acc3', 'acc4', 'acc5', 'acc6', 'acc7', 'w0', 'w1', 's', 'b0', 'b1', 'zero']);
    // Without the bias param every local sits one lower.
    const at = (local) => (biasRelu || local < 8 ? local : local - 1);
    const acc = (q, v) => at(l.acc0 + 2 * q + v);
    const pixelBytes = channels * 4;
    const pixelsCode = (count) => [
        ...Array.from({ length: count * 2 }, (_, k) => [...zeroVector(), ...set(at(l.acc0) + k)]).flat(),
        ...get(at(l.w)),
        ...set(at(l.wp)),
        ...get(at(l.p0)),
        ...set(at(l.xp)),
        ...i32(3),
        ...set(at(l.kh)),
        ...repeat(at(l.kh), [
            ...i32(3 * channels),
            ...set(at(l.k)),
            ...repeat(at(l.k), [
                ...get(at(l.wp)),
                ...load(0),
                ...set(at(l.w0)),
                ...get(at(l.wp)),
                ...load(16),
                ...set(at(l.w1)),
                ...Array.from({ length: count }, (_, q) => [
                    ...get(at(l.xp)),
                    ...splat(q * pixelBytes),
                    ...set(at(l.s)),
                    ...multiplyAdd(acc(q, 0), get(at(l.s)), get(at(l.w0))),
                    ...multiplyAdd(acc(q, 1), get(at(l.s)), get(at(l.w1))),
                ]).flat(),
                ...bump(at(l.xp), i32(4)),
                ...bump(at(l.wp), i32(32)),
            ]),
            // On to the next input row: back over the 3 pixels just walked, down one row.
            ...bump(at(l.xp), [...get(at(l.xRowBytes)), ...i32(3 * pixelBytes), I32_SUB]),
        ]),
        ...Array.from({ length: count }, (_, q) => [0, 1].flatMap((v) => [
            ...get(at(l.out)),
            ...get(acc(q, v)),
            ...(biasRelu ? [...get(v === 0 ? l.b0 : l.b1), ...simd(F32X4_ADD), ...get(l.zero), ...simd(F32X4_MAX)] : []),
            ...store(q * 32 + v * 16),
        ])).flat(),
        ...bump(at(l.out), i32(32 * count)),
        ...bump(at(l.p0), i32(pixelBytes * count)),
    ];
    return {
        name: `conv3x3c${channels}${biasRelu ? 'BiasRelu' : ''}`,
        params: biasRelu ? 9 : 8,
        locals: { i32: 11, v128: biasRelu ? 14 : 11 },
        body: [
            ...(biasRelu ? [...get(l.bias), ...load(0), ...set(l.b0), ...get(l.bias), ...load(16), ...set(l.b1), ...zeroVector(), ...set(l.zero)] : []),
            ...get(at(l.x)),
            ...set(at(l.image)),
            ...get(at(l.images)),
            ...set(at(l.imagesLeft)),
            ...repeat(at(l.imagesLeft), [
                ...get(at(l.image)),
                ...set(at(l.row)),
                ...get(at(l.outHeight)),
                ...set(at(l.rowsLeft)),
                ...repeat(at(l.rowsLeft), [
                    ...get(at(l.row)),
                    ...set(at(l.p0)),
                    ...get(at(l.outWidth)),
                    ...i32(2),
                    I32_SHR_U,
                    ...set(at(l.blocks)),
                    ...get(at(l.outWidth)),
                    ...i32(pixels - 1),
                    I32_AND,
                    ...set(at(l.singles)),
                    ...repeat(at(l.blocks), pixelsCode(pixels)),
                    ...repeat(at(l.singles), pixelsCode(1)),
                    ...bump(at(l.row), get(at(l.xRowBytes))),
                ]),
                ...bump(at(l.image), get(at(l.xImageBytes))),
            ]),
        ],
    };
}
/** Shared loops of the two pooling kernels: over images, window rows, windows, channel groups. */
function poolLoops(l, group, 
/** After each group: the pointers the group reads or writes move 16 bytes. */
advanceGroup, 
/** After each window: the input-side pointers move one pixel more (the window's second column). */
advanceWindow) {
    return [
        ...get(l.channels),
        ...i32(2),
        I32_SHL,
        ...set(l.groupBytes),
        ...get(l.images),
        ...set(l.imagesLeft),
        ...repeat(l.imagesLeft, [
            ...get(l.image),
            ...set(l.row),
            ...get(l.outHeight),
            ...set(l.rowsLeft),
            ...repeat(l.rowsLeft, [
                ...get(l.row),
                ...set(l.p),
                ...get(l.outWidth),
                ...set(l.cols),
                ...repeat(l.cols, [...get(l.channels), ...i32(2), I32_SHR_U, ...set(l.groups), ...repeat(l.groups, [...group, ...advanceGroup]), ...advanceWindow]),
                ...bump(l.row, [...get(l.inRowBytes), ...i32(1), I32_SHL]),
            ]),
            ...bump(l.image, get(l.inImageBytes)),
        ]),
    ];
}
function maxPool2x2() {
    const l = namedLocals(['x', 'out', 'images', 'outHeight', 'outWidth', 'channels', 'inRowBytes', 'inImageBytes'], ['image', 'row', 'p', 'rowsLeft', 'imagesLeft', 'cols', 'groups', 'groupBytes'], []);
    const input = (right, below) => [
        ...get(l.p),
        ...(below ? [...get(l.inRowBytes), I32_ADD] : []),
        ...(right ? [...get(l.groupBytes), I32_ADD] : []),
        ...load(),
    ];
    return {
        name: 'maxPool2x2',
        params: 8,
        locals: { i32: 8 },
        body: [
            ...get(l.x),
            ...set(l.image),
            ...poolLoops(l, [
                ...get(l.out),
                ...input(false, false),
                ...input(true, false),
                ...simd(F32X4_MAX),
                ...input(false, true),
                ...input(true, true),
                ...simd(F32X4_MAX),
                ...simd(F32X4_MAX),
                ...store(),
            ], [...bump(l.p, i32(16)), ...bump(l.out, i32(16))], bump(l.p, get(l.groupBytes))),
        ],
    };
}
function maxPoolGradRelu2x2() {
    const l = namedLocals(['x', 'dy', 'dx', 'images', 'outHeight', 'outWidth', 'channels', 'inRowBytes', 'inImageBytes'], ['image', 'row', 'p', 'rowsLeft', 'imagesLeft', 'cols', 'groups', 'groupBytes', 'delta'], ['x0', 'x1', 'x2', 'x3', 'max', 'g', 'taken', 'e']);
    // dx has x's layout: the same offset from its start; `delta` = dx - x.
    const offset = (which) => [[], [...get(l.groupBytes), I32_ADD], [...get(l.inRowBytes), I32_ADD], [...get(l.inRowBytes), I32_ADD, ...get(l.groupBytes), I32_ADD]][which];
    const input = (which, local) => [...get(l.p), ...offset(which), ...load(), ...set(local)];
    const output = (which, mask) => [
        ...get(l.p),
        ...get(l.delta),
        I32_ADD,
        ...offset(which),
        ...get(l.g),
        ...get(mask),
        ...simd(V128_AND),
        ...store(),
    ];
    const claim = (local) => [
        ...get(local),
        ...get(l.max),
        ...simd(F32X4_EQ),
        ...get(l.taken),
        ...simd(V128_ANDNOT),
        ...set(l.e),
        ...get(l.taken),
        ...get(l.e),
        ...simd(V128_OR),
        ...set(l.taken),
    ];
    return {
        name: 'maxPoolGradRelu2x2',
        params: 9,
        locals: { i32: 9, v128: 8 },
        body: [
            ...get(l.x),
            ...set(l.image),
            ...get(l.dx),
            ...get(l.x),
            I32_SUB,
            ...set(l.delta),
            ...poolLoops(l, [
                ...input(0, l.x0),
                ...input(1, l.x1),
                ...input(2, l.x2),
                ...input(3, l.x3),
                ...get(l.x0),
                ...get(l.x1),
                ...simd(F32X4_MAX),
                ...get(l.x2),
                ...get(l.x3),
                ...simd(F32X4_MAX),
                ...simd(F32X4_MAX),
                ...set(l.max),
                // The gradient, kept where the window's largest input (a Relu's output) is above 0.
                ...get(l.dy),
                ...load(),
                ...get(l.max),
                ...zeroVector(),
                ...simd(F32X4_GT),
                ...simd(V128_AND),
                ...set(l.g),
                ...get(l.x0),
                ...get(l.max),
                ...simd(F32X4_EQ),
                ...set(l.taken),
                ...output(0, l.taken),
                ...claim(l.x1),
                ...output(1, l.e),
                ...claim(l.x2),
                ...output(2, l.e),
                ...claim(l.x3),
                ...output(3, l.e),
            ], [...bump(l.p, i32(16)), ...bump(l.dy, i32(16))], bump(l.p, get(l.groupBytes))),
        ],
    };
}
// addRowsRelu(a, bias, out, rows, channels): addRows' loop, then max(·, 0).
function addRowsRelu() {
    const l = namedLocals(['a', 'bias', 'out', 'rows', 'channels'], ['b', 'groups'], ['zero']);
    return {
        name: 'addRowsRelu',
        params: 5,
        locals: { i32: 2, v128: 1 },
        body: [
            ...zeroVector(),
            ...set(l.zero),
            ...repeat(l.rows, [
                ...get(l.bias),
                ...set(l.b),
                ...get(l.channels),
                ...i32(2),
                I32_SHR_U,
                ...set(l.groups),
                ...repeat(l.groups, [
                    ...get(l.out),
                    ...get(l.a),
                    ...load(),
                    ...get(l.b),
                    ...load(),
                    ...simd(F32X4_ADD),
                    ...get(l.zero),
                    ...simd(F32X4_MAX),
                    ...store(),
                    ...bump(l.a, i32(16)),
                    ...bump(l.b, i32(16)),
                    ...bump(l.out, i32(16)),
                ]),
            ]),
        ],
    };
}
/** out = a × b (masked by h > 0 when `masked`), 4 at a time; count a multiple of 4. */
function mulVectors(masked) {
    const l = namedLocals(['a', 'b', 'h', 'out', 'count'], ['groups'], []);
    // Without h, out and count sit one lower.
    const at = (local) => (masked || local < l.h ? local : local - 1);
    return {
        name: masked ? 'mulMaskPositive' : 'mulVectors',
        params: masked ? 5 : 4,
        locals: { i32: 1 },
        body: [
            ...get(at(l.count)),
            ...i32(2),
            I32_SHR_U,
            ...set(at(l.groups)),
            ...repeat(at(l.groups), [
                ...get(at(l.out)),
                ...get(l.a),
                ...load(),
                ...get(l.b),
                ...load(),
                ...simd(F32X4_MUL),
                ...(masked ? [...get(l.h), ...load(), ...zeroVector(), ...simd(F32X4_GT), ...simd(V128_AND), ...bump(l.h, i32(16))] : []),
                ...store(),
                ...bump(l.a, i32(16)),
                ...bump(l.b, i32(16)),
                ...bump(at(l.out), i32(16)),
            ]),
        ],
    };
}
// transpose32(src, dst, rows, cols): dst[j, i] = src[i, j], as 32-bit integers (the bits unchanged).
function transpose32() {
    const l = namedLocals(['src', 'dst', 'rows', 'cols'], ['i', 'j', 'to', 'rowBytes'], []);
    return {
        name: 'transpose32',
        params: 4,
        locals: { i32: 4 },
        body: [
            ...get(l.rows),
            ...i32(2),
            I32_SHL,
            ...set(l.rowBytes),
            ...get(l.rows),
            ...set(l.i),
            ...repeat(l.i, [
                ...get(l.dst),
                ...set(l.to),
                ...get(l.cols),
                ...set(l.j),
                ...repeat(l.j, [...get(l.to), ...get(l.src), I32_LOAD, 2, 0, I32_STORE, 2, 0, ...bump(l.src, i32(4)), ...bump(l.to, get(l.rowBytes))]),
                ...bump(l.dst, i32(4)),
            ]),
        ],
    };
}
// copyRows(src, dst, images, rows, rowBytes, srcRowBytes, dstRowBytes, srcImageBytes, dstImageBytes):
// `rows` rows of `rowBytes` bytes per image, copied between layouts with their own strides.
function copyRows() {
    const l = namedLocals(['src', 'dst', 'images', 'rows', 'rowBytes', 'srcRowBytes', 'dstRowBytes', 'srcImageBytes', 'dstImageBytes'], ['from', 'to', 'left'], []);
    return {
        name: 'copyRows',
        params: 9,
        locals: { i32: 3 },
        body: repeat(l.images, [
            ...get(l.src),
            ...set(l.from),
            ...get(l.dst),
            ...set(l.to),
            ...get(l.rows),
            ...set(l.left),
            ...repeat(l.left, [
                ...get(l.to),
                ...get(l.from),
                ...get(l.rowBytes),
                ...MEMORY_COPY,
                ...bump(l.from, get(l.srcRowBytes)),
                ...bump(l.to, get(l.dstRowBytes)),
            ]),
            ...bump(l.src, get(l.srcImageBytes)),
            ...bump(l.dst, get(l.dstImageBytes)),
        ]),
    };
}
// dropoutMask(out, count, s0, s1, s2, c, keep): tf.dropout's multiplier, drawn as tfjs draws it:
// seedrandom's alea from the state given (its recurrence in float64, as JavaScript computes it),
// each draw rounded to float32 (tf.randomUniform's buffer), then floor(u + keep) / keep in float32
// (tf.dropout's Add, Floor and RealDiv).
function dropoutMask() {
    const l = namedLocals(['out', 'count', 's0', 's1', 's2', 'c', 'keep'], ['t'], []);
    return {
        name: 'dropoutMask',
        params: 7,
        paramTypes: [I32, I32, F64, F64, F64, F64, F32],
        // Declared by type: one f64 local (t).
        locals: { f64: 1 },
        body: repeat(l.count, [
            // t = 2091639 * s0 + c * 2^-32
            ...f64(2091639),
            ...get(l.s0),
            F64_MUL,
            ...get(l.c),
            ...f64(2.3283064365386963e-10),
            F64_MUL,
            F64_ADD,
            ...set(l.t),
            ...get(l.s1),
            ...set(l.s0),
            ...get(l.s2),
            ...set(l.s1),
            // c = t | 0; s2 = t - c
            ...get(l.t),
            I32_TRUNC_F64_S,
            F64_CONVERT_I32_S,
            ...set(l.c),
            ...get(l.t),
            ...get(l.c),
            F64_SUB,
            ...set(l.s2),
            ...get(l.out),
            ...get(l.s2),
            F32_DEMOTE_F64,
            ...get(l.keep),
            F32_ADD,
            F32_FLOOR,
            ...get(l.keep),
            F32_DIV,
            F32_STORE,
            2,
            0,
            ...bump(l.out, i32(4)),
        ]),
    };
}
// unitFloats(src, dst, count): dst[i] = src[i] / 255 as tf-repro scales a uint8 pixel, (v * (1 / 255))
// in float64 rounded to float32 (what JavaScript's Math.fround(v * (1 / 255)) gives), 16 at a time;
// count a multiple of 16.
function unitFloats() {
    const l = namedLocals(['src', 'dst', 'count'], ['groups'], ['bytes', 'scale', 'words', 'low', 'high']);
    /** Four float32 from the i32x4 in `words`: two f64x2 products, each rounded, joined. */
    const fourFloats = (offset) => [
        ...get(l.dst),
        ...get(l.words),
        ...simd(F64X2_CONVERT_LOW_I32X4_U),
        ...get(l.scale),
        ...simd(F64X2_MUL),
        ...simd(F32X4_DEMOTE_F64X2_ZERO),
        ...set(l.low),
        ...get(l.words),
        ...get(l.words),
        ...shuffle([8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7]),
        ...simd(F64X2_CONVERT_LOW_I32X4_U),
        ...get(l.scale),
        ...simd(F64X2_MUL),
        ...simd(F32X4_DEMOTE_F64X2_ZERO),
        ...set(l.high),
        ...get(l.low),
        ...get(l.high),
        ...shuffle([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]),
        ...store(offset),
    ];
    /** The i32x4 of bytes 4q..4q+3 of the 16 loaded. */
    const words = (q) => [
        ...get(l.bytes),
        ...simd(q < 2 ? I16X8_EXTEND_LOW_I8X16_U : I16X8_EXTEND_HIGH_I8X16_U),
        ...simd(q % 2 === 0 ? I32X4_EXTEND_LOW_I16X8_U : I32X4_EXTEND_HIGH_I16X8_U),
        ...set(l.words),
    ];
    return {
        name: 'unitFloats',
        params: 3,
        locals: { i32: 1, v128: 5 },
        body: [
            ...f64(1 / 255),
            ...simd(F64X2_SPLAT),
            ...set(l.scale),
            ...get(l.count),
            ...i32(4),
            I32_SHR_U,
            ...set(l.groups),
            ...repeat(l.groups, [
                ...get(l.src),
                ...load(),
                ...set(l.bytes),
                ...[0, 1, 2, 3].flatMap((q) => [...words(q), ...fourFloats(16 * q)]),
                ...bump(l.src, i32(16)),
                ...bump(l.dst, i32(64)),
            ]),
        ],
    };
}
const TRAINING_FUNCTIONS = [
    gemm(4, 2),
    gemm(4, 1),
    gemm(1, 2),
    gemm(1, 1),
    conv3x3(8, false),
    conv3x3(8, true),
    conv3x3(1, true),
    maxPool2x2(),
    maxPoolGradRelu2x2(),
    addRowsRelu(),
    mulVectors(false),
    mulVectors(true),
    transpose32(),
    copyRows(),
    dropoutMask(),
    unitFloats(),
];
//# sourceMappingURL=wasm-simd-training.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-simd.js
// Small WebAssembly SIMD loops that work in place on tfjs-wasm's own memory: six for the kernels
// where tfjs-wasm's own code is slow (see wasm-kernels.ts, wasm-conv2d-backprop-filter.ts and
// adam.ts for which and why), below, and those of the default CNN's fused training step
// (wasm-simd-training.ts). The module is assembled byte by byte when first needed
// (wasm-assembly.ts): no toolchain, no binary in the repository. Each loop does the same float32
// operations in a fixed order, so its results do not depend on anything but its inputs.
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


// addRows(a, bias, out, rows, channels): locals 5 aEnd, 6 b, 7 bEnd.
const addRows = {
    name: 'addRows',
    params: 5,
    locals: { i32: 3 },
    body: [
        ...get(0),
        ...get(3),
        ...get(4),
        I32_MUL,
        ...i32(2),
        I32_SHL,
        I32_ADD,
        ...set(5),
        ...get(1),
        ...get(4),
        ...i32(2),
        I32_SHL,
        I32_ADD,
        ...set(7),
        ...doWhile([
            ...get(1),
            ...set(6),
            ...doWhile([
                ...get(2),
                ...get(0),
                ...load(),
                ...get(6),
                ...load(),
                ...simd(F32X4_ADD),
                ...store(),
                ...bump(0, i32(16)),
                ...bump(2, i32(16)),
                ...bump(6, i32(16)),
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
        ...get(3),
        ...i32(2),
        I32_SHL,
        ...set(4),
        ...get(1),
        ...get(4),
        I32_ADD,
        ...set(7),
        ...doWhile([
            // One group of 4 channels down all rows, in row order.
            ...get(0),
            ...set(5),
            ...get(0),
            ...get(2),
            ...get(4),
            I32_MUL,
            I32_ADD,
            ...set(6),
            SIMD,
            ...uleb(V128_CONST),
            ...new Array(16).fill(0),
            ...set(8),
            ...doWhile([...get(8), ...get(5), ...load(), ...simd(F32X4_ADD), ...set(8), ...bump(5, get(4))], [...get(5), ...get(6), I32_LT_U]),
            ...get(1),
            ...get(8),
            ...store(),
            ...bump(0, i32(16)),
            ...bump(1, i32(16)),
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
        const offset = (which) => which === 0
            ? []
            : which === 1
                ? [...get(groupBytes), I32_ADD]
                : which === 2
                    ? [...get(rowBytes), I32_ADD]
                    : [...get(rowBytes), I32_ADD, ...get(groupBytes), I32_ADD];
        const input = (which, local) => [...get(x), ...offset(which), ...load(), ...set(local)];
        const output = (which, mask) => [...get(dx), ...offset(which), ...get(g), ...get(mask), ...simd(V128_AND), ...store()];
        /** e = (input == max) and not taken yet; taken |= e */
        const claim = (local) => [
            ...get(local),
            ...get(max),
            ...simd(F32X4_EQ),
            ...get(taken),
            ...simd(V128_ANDNOT),
            ...set(e),
            ...get(taken),
            ...get(e),
            ...simd(V128_OR),
            ...set(taken),
        ];
        return [
            ...get(width),
            ...get(channels),
            I32_MUL,
            ...i32(2),
            I32_SHL,
            ...set(rowBytes),
            ...get(channels),
            ...i32(2),
            I32_SHL,
            ...set(groupBytes),
            ...get(dy),
            ...get(outWidth),
            ...get(groupBytes),
            I32_MUL,
            I32_ADD,
            ...set(dyEnd),
            ...doWhile([
                ...get(dy),
                ...get(groupBytes),
                I32_ADD,
                ...set(groupEnd),
                ...doWhile([
                    ...input(0, x0),
                    ...input(1, x1),
                    ...input(2, x2),
                    ...input(3, x3),
                    ...get(dy),
                    ...load(),
                    ...set(g),
                    ...get(x0),
                    ...get(x1),
                    ...simd(F32X4_MAX),
                    ...get(x2),
                    ...get(x3),
                    ...simd(F32X4_MAX),
                    ...simd(F32X4_MAX),
                    ...set(max),
                    // The first input equal to the max takes the gradient; `taken` keeps later ones out.
                    ...get(x0),
                    ...get(max),
                    ...simd(F32X4_EQ),
                    ...set(taken),
                    ...output(0, taken),
                    ...claim(x1),
                    ...output(1, e),
                    ...claim(x2),
                    ...output(2, e),
                    ...claim(x3),
                    ...output(3, e),
                    ...bump(x, i32(16)),
                    ...bump(dx, i32(16)),
                    ...bump(dy, i32(16)),
                ], [...get(dy), ...get(groupEnd), I32_LT_U]),
                // x and dx moved one pixel (all its channels); the next window starts one more on.
                ...bump(x, get(groupBytes)),
                ...bump(dx, get(groupBytes)),
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
        const splatAt = (kw) => [
            ...get(p),
            ...(kw === 0 ? [] : [...get(xPixelBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]),
            SIMD,
            ...uleb(V128_LOAD32_SPLAT),
            2,
            0,
        ];
        const tap = (kw) => [
            ...splatAt(kw),
            ...set(sp),
            ...get(sums[2 * kw]),
            ...get(sp),
            ...get(d0),
            ...simd(F32X4_MUL),
            ...simd(F32X4_ADD),
            ...set(sums[2 * kw]),
            ...get(sums[2 * kw + 1]),
            ...get(sp),
            ...get(d1),
            ...simd(F32X4_MUL),
            ...simd(F32X4_ADD),
            ...set(sums[2 * kw + 1]),
        ];
        const storeRow = (kw) => [
            ...get(out),
            ...(kw === 0 ? [] : [...get(outTapBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]),
            ...get(sums[2 * kw]),
            SIMD,
            ...uleb(V128_STORE),
            0,
            0,
            ...get(out),
            ...(kw === 0 ? [] : [...get(outTapBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]),
            ...get(sums[2 * kw + 1]),
            SIMD,
            ...uleb(V128_STORE),
            0,
            16,
        ];
        return [
            ...get(x),
            ...set(image),
            ...get(images),
            ...set(imagesLeft),
            ...doWhile([
                ...get(image),
                ...set(row),
                ...get(outHeight),
                ...set(rowsLeft),
                ...doWhile([
                    ...get(row),
                    ...set(p),
                    ...get(row),
                    ...get(outWidth),
                    ...get(xPixelBytes),
                    I32_MUL,
                    I32_ADD,
                    ...set(pEnd),
                    ...doWhile([
                        ...get(dy),
                        SIMD,
                        ...uleb(V128_LOAD),
                        0,
                        0,
                        ...set(d0),
                        ...get(dy),
                        SIMD,
                        ...uleb(V128_LOAD),
                        0,
                        16,
                        ...set(d1),
                        ...tap(0),
                        ...tap(1),
                        ...tap(2),
                        ...bump(dy, i32(32)),
                        ...bump(p, get(xPixelBytes)),
                    ], [...get(p), ...get(pEnd), I32_LT_U]),
                    ...bump(row, get(xRowBytes)),
                    ...get(rowsLeft),
                    ...i32(1),
                    I32_SUB,
                    ...tee(rowsLeft),
                ], []),
                ...bump(image, get(xImageBytes)),
                ...get(imagesLeft),
                ...i32(1),
                I32_SUB,
                ...tee(imagesLeft),
            ], []),
            ...storeRow(0),
            ...storeRow(1),
            ...storeRow(2),
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
                ...get(base),
                SIMD,
                ...uleb(V128_LOAD32_SPLAT),
                2,
                ...uleb(4 * (t % 3)),
                ...set(sp),
                ...(t === 0
                    ? [...product(0), ...set(a0), ...product(1), ...set(a1)]
                    : [...get(a0), ...product(0), ...simd(F32X4_ADD), ...set(a0), ...get(a1), ...product(1), ...simd(F32X4_ADD), ...set(a1)]),
            ];
        };
        return [
            ...filter.flatMap((local, k) => [...get(w), SIMD, ...uleb(V128_LOAD), 0, ...uleb(16 * k), ...set(local)]),
            ...get(x),
            ...set(image),
            ...get(images),
            ...set(imagesLeft),
            ...doWhile([
                ...get(image),
                ...set(row),
                ...get(outHeight),
                ...set(rowsLeft),
                ...doWhile([
                    ...get(row),
                    ...set(p),
                    ...get(row),
                    ...get(outWidth),
                    ...i32(2),
                    I32_SHL,
                    I32_ADD,
                    ...set(pEnd),
                    ...doWhile([
                        ...get(p),
                        ...get(xRowBytes),
                        I32_ADD,
                        ...tee(p1),
                        ...get(xRowBytes),
                        I32_ADD,
                        ...set(p2),
                        ...Array.from({ length: 9 }, (_, t) => tap(t)).flat(),
                        ...get(out),
                        ...get(a0),
                        SIMD,
                        ...uleb(V128_STORE),
                        0,
                        0,
                        ...get(out),
                        ...get(a1),
                        SIMD,
                        ...uleb(V128_STORE),
                        0,
                        16,
                        ...bump(out, i32(32)),
                        ...bump(p, i32(4)),
                    ], [...get(p), ...get(pEnd), I32_LT_U]),
                    ...bump(row, get(xRowBytes)),
                    ...get(rowsLeft),
                    ...i32(1),
                    I32_SUB,
                    ...tee(rowsLeft),
                ], []),
                ...bump(image, get(xImageBytes)),
                ...get(imagesLeft),
                ...i32(1),
                I32_SUB,
                ...tee(imagesLeft),
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
            ...get(g),
            ...get(count),
            ...i32(2),
            I32_SHL,
            I32_ADD,
            ...set(end),
            ...doWhile([
                ...loadAt(g),
                ...set(gi),
                ...loadAt(m),
                ...get(b1),
                ...simd(F32X4_MUL),
                ...get(gi),
                ...get(omb1),
                ...simd(F32X4_MUL),
                ...simd(F32X4_ADD),
                ...set(mi),
                ...loadAt(v),
                ...get(b2),
                ...simd(F32X4_MUL),
                ...get(gi),
                ...get(gi),
                ...simd(F32X4_MUL),
                ...get(omb2),
                ...simd(F32X4_MUL),
                ...simd(F32X4_ADD),
                ...set(vi),
                ...get(newValue),
                ...get(mi),
                ...get(c1),
                ...simd(F32X4_DIV),
                ...get(vi),
                ...get(c2),
                ...simd(F32X4_DIV),
                ...simd(F32X4_SQRT),
                ...get(eps),
                ...simd(F32X4_ADD),
                ...simd(F32X4_DIV),
                ...get(nlr),
                ...simd(F32X4_MUL),
                ...loadAt(value),
                ...simd(F32X4_ADD),
                ...store(),
                ...storeAt(newM, mi),
                ...storeAt(newV, vi),
                ...[value, m, v, g, newValue, newM, newV].flatMap((pointer) => bump(pointer, i32(16))),
            ], [...get(g), ...get(end), I32_LT_U]),
        ];
    })(),
};
const FUNCTIONS = [addRows, sumRows, maxPoolGrad2x2, filterGrad3x8, conv3x3x8, adamStep, ...TRAINING_FUNCTIONS];
/** The module's bytes: memory imported as env.memory, the functions exported by name. */
function simdModuleBytes() {
    return moduleBytes(FUNCTIONS);
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

/***/ })

};
