// Per-variable digests of a model, the checkpoints the divergence locator compares across runs
// (contracts/run-result.ts TraceCheckpoint). Each variable is keyed by a name that is the same in every
// process: tfjs names auto-named layers with a per-process counter (`conv2d_Conv2D3` for the third
// Conv2D a process builds), so a fold trained as a process's third model would otherwise name its
// variables differently from the same fold trained first elsewhere. The names are Keras' own:
// the counter suffix stripped, then numbered in model order (`conv2d`, `conv2d_1`), plus `/kernel`.
import { createHash } from 'node:crypto';
import type * as tfl from '@tensorflow/tfjs-layers';

/** tfjs-layers' toSnakeCase, which makes the prefix of an auto name from its class name. */
function snakeCase(name: string): string {
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
export function autoNameBase(name: string, className?: string): string | null {
  if (className !== undefined && CONTAINER_CLASSES.includes(className)) {
    const base = snakeCase(className);
    return new RegExp(`^${base}_\\d+$`).test(name) ? base : null;
  }
  const match = /^(.+)_([A-Za-z][A-Za-z0-9]*?)(\d+)$/.exec(name);
  if (!match) return null;
  const [, prefix, cls] = match;
  if (className !== undefined) return cls === className && prefix === snakeCase(className) ? prefix : null;
  const base = snakeCase(cls);
  return prefix === base || prefix.endsWith(`_${base}`) ? prefix : null;
}

/** What naming needs of a layer: its name, class, and its weights' tfjs names (`<layer>/kernel`). */
export interface NamedLayer {
  name: string;
  className: string;
  weights: string[];
}

/**
 * A stable name for every weight of `layers`, in model order (layer by layer, each layer's weights
 * in order). Pure: plain names in, plain names out.
 */
export function stableWeightNames(layers: readonly NamedLayer[]): string[] {
  // A layer the user named keeps its name; auto-named ones take Keras' base, base_1, ... around them.
  const bases = layers.map((layer) => autoNameBase(layer.name, layer.className));
  const taken = new Set(layers.filter((_, i) => bases[i] === null).map((layer) => layer.name));
  const names: string[] = [];
  const used = new Set<string>();
  layers.forEach((layer, i) => {
    const base = bases[i];
    let layerName = layer.name;
    if (base !== null) {
      layerName = base;
      for (let n = 1; taken.has(layerName); n++) layerName = `${base}_${n}`;
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
      for (let n = 1; used.has(unique); n++) unique = `${full}_${n}`;
      used.add(unique);
      names.push(unique);
    }
  });
  return names;
}

/** A model's layers as naming sees them. */
export function namedLayers(model: tfl.LayersModel): NamedLayer[] {
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
export const TRACE_DIGEST_HEX_DIGITS = 16;

/** SHA-256 of one variable's values as they lie in memory (float32 for weights), its shape first: the first TRACE_DIGEST_HEX_DIGITS hex digits. */
export function valuesDigest(shape: readonly number[], values: ArrayBufferView): string {
  return createHash('sha256')
    .update(`${shape.join('x')}:`)
    .update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
    .digest('hex')
    .slice(0, TRACE_DIGEST_HEX_DIGITS);
}

/**
 * A function that digests the model's variables as they are now: stable name → SHA-256, in model
 * order. The names and variables are looked up once; each call reads every variable once.
 */
export function variableDigester(model: tfl.LayersModel): () => Record<string, string> {
  const layers = model.layers;
  const names = stableWeightNames(namedLayers(model));
  const weights = layers.flatMap((layer) => layer.weights);
  return () => {
    const digests: Record<string, string> = {};
    weights.forEach((weight, i) => {
      const variable = weight.read();
      digests[names[i]] = valuesDigest(variable.shape, variable.dataSync());
    });
    return digests;
  };
}
