// The few pieces of WebAssembly's binary format our SIMD loops are written in (wasm-simd.ts,
// wasm-simd-training.ts): opcodes, LEB128 numbers, one helper per instruction, and a module of
// functions that import one memory and export themselves by name. Pure: bytes in, bytes out.

// Opcodes (WebAssembly 2.0, with the fixed-width SIMD proposal).
export const BLOCK = 0x02,
  LOOP = 0x03,
  IF = 0x04,
  BR_IF = 0x0d,
  END = 0x0b,
  VOID = 0x40;
export const LOCAL_GET = 0x20,
  LOCAL_SET = 0x21,
  LOCAL_TEE = 0x22;
export const I32_CONST = 0x41,
  I32_EQZ = 0x45,
  I32_NE = 0x47,
  I32_ADD = 0x6a,
  I32_SUB = 0x6b,
  I32_MUL = 0x6c,
  I32_LT_U = 0x49,
  I32_SHL = 0x74,
  I32_SHR_U = 0x76,
  I32_AND = 0x71;
export const F32_LOAD = 0x2a,
  F32_STORE = 0x38;
export const I32 = 0x7f,
  F32 = 0x7d,
  F64 = 0x7c,
  V128 = 0x7b;
export const SIMD = 0xfd;
export const V128_LOAD = 0x00,
  V128_LOAD32_SPLAT = 0x09,
  V128_STORE = 0x0b,
  V128_CONST = 0x0c;
export const F32X4_EQ = 0x41,
  F32X4_GT = 0x44,
  V128_AND = 0x4e,
  V128_ANDNOT = 0x4f,
  V128_OR = 0x50;
export const F32X4_SPLAT = 0x13,
  F32X4_SQRT = 0xe3,
  F32X4_ADD = 0xe4,
  F32X4_MUL = 0xe6,
  F32X4_DIV = 0xe7,
  F32X4_MAX = 0xe9;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
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

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (text: string): number[] => [...uleb(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];

// Instruction helpers: each gives the bytes of one instruction.
export const get = (local: number) => [LOCAL_GET, ...uleb(local)];
export const set = (local: number) => [LOCAL_SET, ...uleb(local)];
export const tee = (local: number) => [LOCAL_TEE, ...uleb(local)];
export const i32 = (value: number) => [I32_CONST, ...sleb(value)];
export const simd = (op: number) => [SIMD, ...uleb(op)];
/** v128.load / v128.store with alignment hint 1 byte (tfjs does not promise more) and a constant byte offset. */
export const load = (offset = 0) => [SIMD, ...uleb(V128_LOAD), 0, ...uleb(offset)];
export const store = (offset = 0) => [SIMD, ...uleb(V128_STORE), 0, ...uleb(offset)];
/** One float32 at the address (plus a constant offset) in all four lanes. */
export const splat = (offset = 0) => [SIMD, ...uleb(V128_LOAD32_SPLAT), 2, ...uleb(offset)];
export const zeroVector = () => [SIMD, ...uleb(V128_CONST), ...new Array(16).fill(0)];
/** local += step */
export const bump = (local: number, step: number[]) => [...get(local), ...step, I32_ADD, ...set(local)];
/** A loop whose body runs, then repeats while `condition` (which leaves an i32) holds. */
export const doWhile = (body: number[], condition: number[]) => [LOOP, VOID, ...body, ...condition, BR_IF, 0, END];
/** `body` runs `count` times (a local, counted down to 0; nothing runs for 0). */
export const repeat = (count: number, body: number[]) => [
  ...get(count),
  IF,
  VOID,
  ...doWhile([...body, ...get(count), ...i32(1), I32_SUB, ...tee(count)], []),
  END,
];

export interface FunctionDef {
  name: string;
  params: number;
  /** The params' types; all i32 when absent. */
  paramTypes?: number[];
  /** Extra locals, by type, after the params: the i32 ones first, then the f64 ones, then the v128 ones. */
  locals: { i32?: number; f64?: number; v128?: number };
  body: number[];
}

/**
 * Locals by name: `params` first (i32), then the i32 and v128 locals, numbered as a FunctionDef
 * declares them.
 */
export function namedLocals<P extends string, I extends string, V extends string>(
  params: readonly P[],
  i32Locals: readonly I[],
  v128Locals: readonly V[],
): Record<P | I | V, number> {
  const all = [...params, ...i32Locals, ...v128Locals];
  return Object.fromEntries(all.map((local, k) => [local, k])) as Record<P | I | V, number>;
}

/** The module's bytes: memory imported as env.memory, the functions exported by name. */
export function moduleBytes(functions: readonly FunctionDef[]): Uint8Array {
  const types = functions.map((f) => [0x60, ...vec((f.paramTypes ?? new Array(f.params).fill(I32)).map((type) => [type])), ...vec([])]);
  const imports = [[...name('env'), ...name('memory'), 0x02, 0x00, 0x00]];
  const code = functions.map((f) => {
    const locals: number[][] = [];
    if (f.locals.i32) locals.push([...uleb(f.locals.i32), I32]);
    if (f.locals.f64) locals.push([...uleb(f.locals.f64), F64]);
    if (f.locals.v128) locals.push([...uleb(f.locals.v128), V128]);
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
    ...section(7, vec(functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(code)),
  ]);
}
