// Pure handling of a user's model file, before TensorFlow.js builds it: which format it is (Keras 2
// `model.to_json()`, a TensorFlow.js model.json, or Keras 3's, translated by keras3-config.ts), the
// seeds tf-repro supplies where a layer's seed is null, the training config (optimizer, loss,
// metrics), and whether the model fits the dataset. Plain JSON in, values or errors out;
// user-model.ts does the building.
import { type SuppliedSeed } from '../contracts/report.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { deriveSeed } from '../determinism/seeding.js';
import { asText, isObject, MAX_JSON_DEPTH, nestsDeeperThan, type Json, type JsonObject } from './json.js';
import { KERAS_MODEL_CLASSES, keras3Sign, translateKeras3 } from './keras3-config.js';
import { ownValue } from '../util/records.js';

/** The class name our per-step seeded dropout is registered under (seeded-dropout.ts). */
export const SEEDED_DROPOUT_CLASS = 'TfReproSeededDropout';

export interface ModelJson {
  kind: 'keras' | 'tfjs';
  /** Keras-format topology: {class_name, config, ...}; model_config unwrapped; Keras 3's translated to Keras 2's form. */
  topology: JsonObject;
  /** Keras-format training config (Keras 3: the compile_config), where the file has one. */
  trainingConfig: JsonObject | null;
  /** e.g. "2.4.0", "tfjs-layers 4.22.0"; null where the file does not say. */
  kerasVersion: string | null;
  /** Why the file was read as Keras 3's and translated (e.g. "a DTypePolicy dtype"); null: read as it is. */
  keras3: string | null;
}

const MODEL_CLASSES = KERAS_MODEL_CLASSES;

/**
 * Tells the formats apart, unwraps the topology and translates Keras 3's. `kerasVersion`: the
 * version the file's surroundings give (a .keras archive's metadata.json) where the JSON has none.
 */
export function readModelJson(value: unknown, source: string, kerasVersion: string | null = null): Parsed<ModelJson> {
  const json = value as Json;
  if (!isObject(json))
    return fail(
      `${source}: expected a JSON object (a Keras model.to_json() or a TensorFlow.js model.json), found ${Array.isArray(json) ? 'a list' : typeof json}`,
    );
  if (nestsDeeperThan(json, MAX_JSON_DEPTH)) {
    return fail(
      `${source}: its JSON nests lists and objects more than ${MAX_JSON_DEPTH} levels deep, deeper than any model's config; give the file that Keras or TensorFlow.js saved, unedited`,
    );
  }
  if (json['format'] === 'graph-model') {
    return fail(
      `${source}: a TensorFlow.js graph model (converted from a SavedModel) has no layers to train; convert the Keras model with --output_format=tfjs_layers_model, or give its model.to_json()`,
    );
  }
  let kind: ModelJson['kind'];
  let topology: Json | undefined;
  let trainingConfig: Json | undefined;
  if ('modelTopology' in json) {
    kind = 'tfjs';
    topology = json['modelTopology'];
    trainingConfig = json['trainingConfig'] ?? json['training_config'];
  } else if ('class_name' in json && 'config' in json) {
    kind = 'keras';
    topology = json;
    trainingConfig = json['training_config'] ?? json['compile_config'];
  } else if ('model_config' in json) {
    kind = 'keras';
    topology = json;
  } else {
    return fail(
      `${source}: neither a Keras model JSON (with "class_name" and "config", as model.to_json() writes) nor a TensorFlow.js model.json (with "modelTopology")`,
    );
  }
  if (!isObject(topology))
    return fail(
      `${source}: "modelTopology" is ${topology === null || topology === undefined ? 'empty' : 'not an object'}; the model.json has no model to train`,
    );
  if (isObject(topology['model_config'])) {
    trainingConfig ??= topology['training_config'];
    topology = { ...topology['model_config'], keras_version: topology['keras_version'] ?? null, backend: topology['backend'] ?? null } as JsonObject;
  }
  trainingConfig ??= topology['training_config'] ?? topology['compile_config'];
  const version =
    typeof topology['keras_version'] === 'string'
      ? topology['keras_version']
      : typeof json['keras_version'] === 'string'
        ? json['keras_version']
        : kerasVersion;
  const className = topology['class_name'];
  if (typeof className !== 'string' || !MODEL_CLASSES.includes(className)) {
    return fail(
      `${source}: the model's class_name is ${JSON.stringify(className ?? null)}; expected one of ${MODEL_CLASSES.join(', ')} (a subclassed model has no JSON to read)`,
    );
  }
  const keras3 = keras3Sign(topology, version);
  if (keras3 !== null) {
    const translated = translateKeras3(topology, source);
    if (!translated.ok) return translated;
    topology = translated.value;
  }
  return ok({ kind, topology, trainingConfig: isObject(trainingConfig) ? trainingConfig : null, kerasVersion: version, keras3 });
}

// ---- Seeds --------------------------------------------------------------------------------------

export interface SeededTopology {
  topology: JsonObject;
  seeds: SuppliedSeed[];
  warnings: string[];
}

/**
 * Where supplied seeds of a kind come from instead of `base` (a seeding a deterministic run leaves
 * off, for diagnose): the caller draws them, fresh for each.
 */
export interface SeedDraws {
  initializer?: () => number;
  dropout?: () => number;
}

/**
 * A copy of `topology` where every initializer whose config has `seed: null` gets a seed, and
 * every Dropout whose seed is null becomes our per-step seeded dropout (tfjs's Dropout with a fixed
 * seed would draw the same mask on every step) with the same name and rate. Each seed comes from
 * `base`, the layer's position and the field, so it is the same in every run and fold; a kind
 * given in `draws` is drawn from there instead.
 */
export function supplySeeds(topology: Readonly<JsonObject>, base: number, draws: SeedDraws = {}): SeededTopology {
  const copy = structuredClone(topology) as JsonObject;
  const seeds: SuppliedSeed[] = [];
  const warnings: string[] = [];

  const walkLayer = (layer: JsonObject, position: string): void => {
    const config = layer['config'];
    if (!isObject(config)) return;
    const name = typeof config['name'] === 'string' ? config['name'] : typeof layer['name'] === 'string' ? layer['name'] : position;
    if (MODEL_CLASSES.includes(asText(layer['class_name']))) {
      walkLayers(config, `${position}/`);
      return;
    }
    for (const [field, value] of Object.entries(config)) {
      if (field.endsWith('_initializer') && isObject(value) && isObject(value['config']) && 'seed' in value['config'] && value['config']['seed'] === null) {
        const seed = draws.initializer?.() ?? deriveSeed(base, 'user-model', position, field);
        value['config']['seed'] = seed;
        seeds.push({ layer: name, position, field, seed });
      }
    }
    for (const key of ['layer', 'forward_layer', 'backward_layer']) {
      if (isObject(config[key])) walkLayer(config[key] as JsonObject, `${position}/${key}`);
    }
    if (layer['class_name'] === 'Dropout' && (config['seed'] === null || config['seed'] === undefined)) {
      const noiseShape = config['noise_shape'];
      if (noiseShape !== null && noiseShape !== undefined) {
        warnings.push(`Dropout layer '${name}' has a noise_shape, so it was kept as it is: its masks are drawn from the seeded Math.random of each fold`);
        return;
      }
      const seed = draws.dropout?.() ?? deriveSeed(base, 'user-model', position, 'seed');
      layer['class_name'] = SEEDED_DROPOUT_CLASS;
      delete layer['module'];
      delete layer['registered_name'];
      layer['config'] = { name, rate: config['rate'] ?? 0, seed, trainable: config['trainable'] ?? true };
      seeds.push({ layer: name, position, field: 'seed', seed });
    }
  };
  const walkLayers = (modelConfig: Json, prefix: string): void => {
    // Keras 2.0 and 2.1 wrote a Sequential's config as the list of layers itself.
    const layers = Array.isArray(modelConfig) ? modelConfig : isObject(modelConfig) ? modelConfig['layers'] : null;
    if (!Array.isArray(layers)) return;
    layers.forEach((layer, index) => {
      if (isObject(layer)) walkLayer(layer, `${prefix}${index}`);
    });
  };
  walkLayers(copy['config'] ?? null, '');
  return { topology: copy, seeds, warnings };
}

// ---- Training config ----------------------------------------------------------------------------

export type OptimizerName = 'adam' | 'sgd' | 'rmsprop' | 'adagrad' | 'adadelta' | 'adamax';

export interface OptimizerSpec {
  name: OptimizerName;
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  momentum: number;
  nesterov: boolean;
  rho: number;
  initialAccumulatorValue: number;
}

export interface TrainingConfig {
  optimizer: OptimizerSpec;
  /** tfjs's name of the loss, e.g. 'sparseCategoricalCrossentropy'. */
  loss: string;
  /** tfjs's name (id) of each metric and the name the report gives its values (as the file spells it). */
  metrics: { id: string; name: string }[];
  /** Where it came from: "the file's training config" or "the defaults". */
  origin: string;
}

/** Keras' defaults per optimizer (learning rates differ). */
const OPTIMIZER_DEFAULTS: Record<OptimizerName, OptimizerSpec> = {
  adam: { name: 'adam', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
  sgd: { name: 'sgd', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
  rmsprop: {
    name: 'rmsprop',
    learningRate: 0.001,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    momentum: 0,
    nesterov: false,
    rho: 0.9,
    initialAccumulatorValue: 0.1,
  },
  adagrad: {
    name: 'adagrad',
    learningRate: 0.001,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    momentum: 0,
    nesterov: false,
    rho: 0.9,
    initialAccumulatorValue: 0.1,
  },
  adadelta: {
    name: 'adadelta',
    learningRate: 0.001,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    momentum: 0,
    nesterov: false,
    rho: 0.95,
    initialAccumulatorValue: 0.1,
  },
  adamax: {
    name: 'adamax',
    learningRate: 0.001,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    momentum: 0,
    nesterov: false,
    rho: 0.9,
    initialAccumulatorValue: 0.1,
  },
};

/** The default workload's: Adam, sparse categorical cross-entropy, accuracy. */
export const DEFAULT_TRAINING: TrainingConfig = {
  optimizer: OPTIMIZER_DEFAULTS.adam,
  loss: 'sparseCategoricalCrossentropy',
  metrics: [{ id: 'accuracy', name: 'accuracy' }],
  origin: 'the defaults (adam, sparse_categorical_crossentropy, accuracy)',
};

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Keras loss names (and aliases) → tfjs's. */
const LOSSES: Record<string, string> = {
  sparse_categorical_crossentropy: 'sparseCategoricalCrossentropy',
  categorical_crossentropy: 'categoricalCrossentropy',
  binary_crossentropy: 'binaryCrossentropy',
  mean_squared_error: 'meanSquaredError',
  mse: 'meanSquaredError',
  mean_absolute_error: 'meanAbsoluteError',
  mae: 'meanAbsoluteError',
  mean_absolute_percentage_error: 'meanAbsolutePercentageError',
  mape: 'meanAbsolutePercentageError',
  mean_squared_logarithmic_error: 'meanSquaredLogarithmicError',
  msle: 'meanSquaredLogarithmicError',
  hinge: 'hinge',
  squared_hinge: 'squaredHinge',
  categorical_hinge: 'categoricalHinge',
  logcosh: 'logcosh',
  log_cosh: 'logcosh',
  kullback_leibler_divergence: 'kullbackLeiblerDivergence',
  kl_divergence: 'kullbackLeiblerDivergence',
  kld: 'kullbackLeiblerDivergence',
  poisson: 'poisson',
  cosine_proximity: 'cosineProximity',
};

/** Keras metric names → tfjs's. */
const METRICS: Record<string, string> = {
  accuracy: 'accuracy',
  acc: 'accuracy',
  sparse_categorical_accuracy: 'sparseCategoricalAccuracy',
  categorical_accuracy: 'categoricalAccuracy',
  binary_accuracy: 'binaryAccuracy',
  precision: 'precision',
  recall: 'recall',
  mean_squared_error: 'meanSquaredError',
  mse: 'meanSquaredError',
  mean_absolute_error: 'meanAbsoluteError',
  mae: 'meanAbsoluteError',
  mean_absolute_percentage_error: 'meanAbsolutePercentageError',
  mape: 'meanAbsolutePercentageError',
  categorical_crossentropy: 'categoricalCrossentropy',
  sparse_categorical_crossentropy: 'sparseCategoricalCrossentropy',
  binary_crossentropy: 'binaryCrossentropy',
  cosine_proximity: 'cosineProximity',
};

/** A loss or metric entry: "name", or {class_name, config: {name, from_logits}}, or one output's of a list or dict. */
function entryName(value: Json, what: string, source: string): Parsed<string> {
  if (typeof value === 'string') return ok(value);
  if (Array.isArray(value) && value.length === 1) return entryName(value[0] as Json, what, source);
  if (isObject(value) && typeof value['class_name'] === 'string') {
    const config = isObject(value['config']) ? value['config'] : {};
    if (config['from_logits'] === true)
      return fail(
        `${source}: the ${what} has from_logits: true, which TensorFlow.js's losses do not take; end the model with a softmax (or sigmoid) and drop from_logits`,
      );
    return ok(typeof config['name'] === 'string' ? config['name'] : snake(value['class_name']));
  }
  if (isObject(value) && Object.keys(value).length === 1) return entryName(Object.values(value)[0] as Json, what, source);
  return fail(`${source}: cannot read the ${what} ${JSON.stringify(value)}; tf-repro trains models with one output and one loss`);
}

const number = (config: JsonObject, ...keys: string[]): number | undefined => {
  for (const key of keys) if (typeof config[key] === 'number') return config[key] as number;
  return undefined;
};

function optimizerOf(value: Json | undefined, source: string): Parsed<OptimizerSpec> {
  if (value === undefined || value === null) return ok(OPTIMIZER_DEFAULTS.adam);
  const className = typeof value === 'string' ? value : isObject(value) && typeof value['class_name'] === 'string' ? value['class_name'] : null;
  if (className === null) return fail(`${source}: cannot read the optimizer ${JSON.stringify(value)}`);
  const key = className.replace(/^Custom>/, '').toLowerCase();
  const name = (key === 'momentum' ? 'sgd' : key) as OptimizerName;
  const defaults = ownValue(OPTIMIZER_DEFAULTS, name);
  if (!defaults)
    return fail(`${source}: optimizer '${className}' is not one tf-repro can train with; use one of Adam, SGD, RMSprop, Adagrad, Adadelta, Adamax`);
  const config = isObject(value) && isObject(value['config']) ? value['config'] : {};
  const rate = config['learning_rate'] ?? config['learningRate'] ?? config['lr'];
  if (rate !== undefined && typeof rate !== 'number')
    return fail(`${source}: the optimizer's learning rate is a schedule (${JSON.stringify(rate).slice(0, 80)}); tf-repro takes a constant learning rate`);
  // Keras 3's use_ema, gradient_accumulation_steps, loss_scale_factor and RMSprop's centered among them.
  for (const unsupported of [
    'clipnorm',
    'clipvalue',
    'global_clipnorm',
    'weight_decay',
    'use_ema',
    'gradient_accumulation_steps',
    'loss_scale_factor',
    'centered',
  ]) {
    const v = config[unsupported];
    if (v !== undefined && v !== null && v !== 0 && v !== false)
      return fail(`${source}: the optimizer sets ${unsupported} ${JSON.stringify(v)}, which TensorFlow.js's optimizers do not support; remove it`);
  }
  if (config['amsgrad'] === true) return fail(`${source}: Adam with amsgrad is not supported by TensorFlow.js; remove amsgrad`);
  if (typeof config['decay'] === 'number' && config['decay'] !== 0)
    return fail(`${source}: the optimizer's decay ${config['decay']} is not supported; use a constant learning rate`);
  return ok({
    name,
    learningRate: (rate as number | undefined) ?? defaults.learningRate,
    beta1: number(config, 'beta_1', 'beta1') ?? defaults.beta1,
    beta2: number(config, 'beta_2', 'beta2') ?? defaults.beta2,
    epsilon: number(config, 'epsilon') ?? defaults.epsilon,
    momentum: number(config, 'momentum') ?? defaults.momentum,
    nesterov: config['nesterov'] === true || config['useNesterov'] === true,
    rho: number(config, 'rho', 'decay_rate') ?? defaults.rho,
    initialAccumulatorValue: number(config, 'initial_accumulator_value', 'initialAccumulatorValue') ?? defaults.initialAccumulatorValue,
  });
}

/**
 * The file's training config (Keras' training_config, a tfjs model.json's trainingConfig): its
 * optimizer, loss and metrics, each checked against what TensorFlow.js can train with. null: the defaults.
 */
export function readTrainingConfig(raw: Readonly<JsonObject> | null, source: string): Parsed<TrainingConfig> {
  if (raw === null) return ok(DEFAULT_TRAINING);
  for (const key of ['loss_weights', 'weighted_metrics', 'sample_weight_mode']) {
    const value = raw[key];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      return fail(`${source}: the training config sets ${key}, which tf-repro does not support; remove it`);
    }
  }
  const optimizer = optimizerOf(raw['optimizer_config'] ?? raw['optimizer'], source);
  if (!optimizer.ok) return optimizer;
  let loss = DEFAULT_TRAINING.loss;
  if (raw['loss'] !== undefined && raw['loss'] !== null) {
    const lossName = entryName(raw['loss'], 'loss', source);
    if (!lossName.ok) return lossName;
    const id = LOSSES[snake(lossName.value)];
    if (!id) return fail(`${source}: loss '${lossName.value}' is not one tf-repro can train with; use one of ${Object.keys(LOSSES).join(', ')}`);
    loss = id;
  }
  const metrics: { id: string; name: string }[] = [];
  const rawMetrics = raw['metrics'];
  const list: Json[] =
    rawMetrics === undefined || rawMetrics === null
      ? []
      : Array.isArray(rawMetrics)
        ? rawMetrics.flat()
        : isObject(rawMetrics)
          ? Object.values(rawMetrics).flat()
          : [rawMetrics];
  for (const entry of list) {
    const name = entryName(entry, 'metric', source);
    if (!name.ok) return name;
    const id = METRICS[snake(name.value)];
    if (!id) return fail(`${source}: metric '${name.value}' is not one tf-repro can compute; use ${Object.keys(METRICS).join(', ')}`);
    metrics.push({ id, name: name.value });
  }
  return ok({ optimizer: optimizer.value, loss, metrics, origin: "the file's training config" });
}

// ---- Fit to the dataset ---------------------------------------------------------------------------

export interface DatasetShape {
  rows: number;
  cols: number;
  exampleShape?: number[];
  /** The largest label. */
  maxLabel: number;
}

const shapeText = (shape: readonly (number | null)[]): string => `[${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}]`;

/** The per-example shapes a model's input may take for this data; the first is the data's own. */
export function acceptedInputShapes(data: Pick<DatasetShape, 'rows' | 'cols' | 'exampleShape'>): number[][] {
  const candidates = [data.exampleShape ?? [data.rows, data.cols], [data.rows, data.cols], [data.rows, data.cols, 1], [data.rows * data.cols]];
  const seen = new Set<string>();
  return candidates.filter((shape) => {
    const key = shape.join('x');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How labels are given to the loss: class indices as [n, 1], or one-hot rows [n, units]. */
export type LabelEncoding = 'sparse' | 'one-hot';

export interface ModelFit {
  /** The model's input shape without the batch dimension. */
  inputShape: number[];
  labels: LabelEncoding;
  units: number;
}

/**
 * Checks that a model with input shape `input` (batch dimension first) and last layer of `units`
 * values fits the data: the input must be one of acceptedInputShapes, and the labels must fit the
 * outputs (max label + 1 <= units, or 0/1 labels for a single output).
 */
export function checkModelFit(input: readonly (number | null)[], units: number | null, loss: string, data: DatasetShape, source: string): Parsed<ModelFit> {
  const perExample = input.slice(1);
  const accepted = acceptedInputShapes(data);
  const dataText = data.exampleShape ? `examples of shape ${shapeText(data.exampleShape)}` : `${data.rows}×${data.cols} images`;
  if (!accepted.some((shape) => shape.length === perExample.length && shape.every((d, k) => d === perExample[k]))) {
    return fail(
      `${source}: the model's input shape ${shapeText(perExample)} does not fit the dataset's ${dataText}; ` +
        `give the model an input of ${accepted
          .map(shapeText)
          .join(', ')
          .replace(/, ([^,]*)$/, ' or $1')}`,
    );
  }
  if (units === null || units < 1) return fail(`${source}: the model's output has no fixed size (${units}); end it with a Dense layer`);
  const classes = data.maxLabel + 1;
  if (units === 1) {
    if (data.maxLabel > 1) {
      return fail(
        `${source}: the model's last layer gives 1 value (a binary classifier) but the dataset has labels 0..${data.maxLabel} (${classes} classes); give the last layer ${classes} units`,
      );
    }
    return ok({ inputShape: perExample as number[], labels: 'sparse', units });
  }
  if (classes > units) {
    return fail(
      `${source}: the dataset has labels 0..${data.maxLabel} (${classes} classes) but the model's last layer gives ${units} values; give the last layer ${classes} units`,
    );
  }
  return ok({ inputShape: perExample as number[], labels: loss === 'sparseCategoricalCrossentropy' ? 'sparse' : 'one-hot', units });
}
