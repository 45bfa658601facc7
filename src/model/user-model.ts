// The user's own model, trained by tf-repro's loop in place of the default CNN. `model` names
//   a Keras `model.to_json()` file (Keras 3's translated by keras3-config.ts), a Keras .keras
//   archive (its config.json), a TensorFlow.js model.json (its modelTopology), or an ES module
//   exporting createModel(tf, { seed }) that returns a tf.LayersModel, compiled or not. Weights
//   in a file are ignored: training starts from initialisation.
// With determinism on, every initializer and Dropout whose seed is null gets one (model-config.ts)
// and the model is rebuilt from its config for every fold; a module's model with a layer class it
// did not register is trained as createModel builds it instead. Errors are UserErrors naming 'model'.
// User code runs here: this file is loaded only in child processes (runs/model-preflight.ts, runs/worker.ts).
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { type Dataset } from '../contracts/dataset.js';
import { type SuppliedSeed } from '../contracts/report.js';
import { type SeedingPart } from '../contracts/settings.js';
import { UserError } from '../util/user-error.js';
import {
  checkModelFit,
  DEFAULT_TRAINING,
  readModelJson,
  readTrainingConfig,
  supplySeeds,
  type ModelFit,
  type ModelJson,
  type OptimizerSpec,
  type SeedDraws,
  type SeededTopology,
  type TrainingConfig,
} from './model-config.js';
// Registers SeededDropout, which supplySeeds puts in place of an unseeded Dropout.
import './seeded-dropout.js';
// The tensor methods tfjs-layers' Orthogonal initializer calls (recurrent layers).
import './chained-ops.js';
import { deriveSeed } from '../determinism/seeding.js';
import type { FoldModel } from './fold-model.js';
import { countParameters, MAX_MODEL_PARAMETERS, tooManyParameters, type ParameterCount } from './parameter-count.js';
import { MAX_CONFIG_BYTES, readKerasArchive, type KerasArchive } from './keras-archive.js';
import { freshSeed } from './fresh-seed.js';
import { errorMessage } from '../util/errors.js';
import { ioCause, readRegularFile } from '../util/user-files.js';

export interface UserModel {
  /** A fresh compiled model: one per fold. */
  create: () => Promise<tfl.LayersModel>;
  fit: ModelFit;
  /** Names of what model.evaluate returns, in order: 'loss', then each metric as the file spells it. */
  metricNames: string[];
  /** Seeds supplied to null-seeded layers (empty without determinism). */
  seeds: SuppliedSeed[];
  warnings: string[];
  /** What the file is and which training config applies, e.g. "Keras 2.4.0 model.to_json(), trained with the defaults (…)". */
  description: string;
}

export interface UserModelOptions {
  /** The `seed` setting; null: no determinism (no seeds supplied, createModel gets seed null). */
  seed: number | null;
  dataset: Dataset;
  /** With a seed: seedings left off ('initializers', 'dropout'): the seeds tf-repro fills are fresh for every model built (diagnose). */
  unseeded?: readonly SeedingPart[];
  /** A model with more parameters is refused, counted from its config before it is built (a module's once built). Absent: MAX_MODEL_PARAMETERS. */
  maxParameters?: number;
}

type Topology = ModelJson['topology'];

const label = (path: string) => `'model': ${path}`;

/** Fresh seeds for the kinds of filled seed that a deterministic run leaves off. */
function seedDraws(unseeded: readonly SeedingPart[]): SeedDraws {
  return {
    ...(unseeded.includes('initializers') ? { initializer: freshSeed } : {}),
    ...(unseeded.includes('dropout') ? { dropout: freshSeed } : {}),
  };
}

/**
 * Builds from the seeded topology; where some seeds are drawn fresh, the seeds are filled anew for
 * every model, as tfjs would draw them without tf-repro.
 */
function seededCreate(
  topology: Topology,
  seed: number,
  draws: SeedDraws,
  build: (seeded: Topology) => () => Promise<tfl.LayersModel>,
): { create: () => Promise<tfl.LayersModel>; seeded: SeededTopology } {
  const seeded = supplySeeds(topology, seed, draws);
  if (Object.keys(draws).length === 0) return { create: build(seeded.topology), seeded };
  return { create: () => build(supplySeeds(topology, seed, draws).topology)(), seeded };
}

function optimizerFor(spec: OptimizerSpec): tf.Optimizer {
  switch (spec.name) {
    case 'adam':
      return tf.train.adam(spec.learningRate, spec.beta1, spec.beta2, spec.epsilon);
    case 'sgd':
      return spec.momentum > 0 ? tf.train.momentum(spec.learningRate, spec.momentum, spec.nesterov) : tf.train.sgd(spec.learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(spec.learningRate, spec.rho, spec.momentum, spec.epsilon);
    case 'adagrad':
      return tf.train.adagrad(spec.learningRate, spec.initialAccumulatorValue);
    case 'adadelta':
      return tf.train.adadelta(spec.learningRate, spec.rho, spec.epsilon);
    case 'adamax':
      return tf.train.adamax(spec.learningRate, spec.beta1, spec.beta2, spec.epsilon, 0);
  }
}

type MetricFn = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

/**
 * A metric as compile takes it: 'accuracy' by name (compile picks the kind the loss needs), the
 * others as tf.metrics' function, since compile knows only a few by name
 * (sparseCategoricalAccuracy, recall, meanSquaredError... are "Unknown metric").
 */
function metricFor(id: string): string | MetricFn {
  const metric = (tfl.metrics as unknown as Record<string, MetricFn | undefined>)[id];
  return id === 'accuracy' || metric === undefined ? id : metric;
}

function compileWith(model: tfl.LayersModel, training: TrainingConfig): void {
  model.compile({ optimizer: optimizerFor(training.optimizer), loss: training.loss, metrics: training.metrics.map((m) => metricFor(m.id)) });
}

/**
 * A Sequential as the plain LayersModel of the same layers, compiled the same way: the training
 * loop reads a compiled model's loss functions, which a Sequential keeps inside.
 */
function functional(model: tfl.LayersModel): tfl.LayersModel {
  if (!(model instanceof tfl.Sequential)) return model;
  const plain = tfl.model({ inputs: model.inputs, outputs: model.outputs, name: model.name });
  if (model.optimizer) plain.compile({ optimizer: model.optimizer, loss: model.loss, metrics: model.metrics });
  return plain;
}

/** The names of a compiled model's evaluate() values, with its metrics as they were asked for. */
function metricNamesOf(model: tfl.LayersModel): string[] {
  const asked =
    model.metrics === undefined || model.metrics === null
      ? []
      : Array.isArray(model.metrics)
        ? model.metrics
        : typeof model.metrics === 'object'
          ? null
          : [model.metrics];
  const names = asked === null ? null : ['loss', ...asked.map((m) => (typeof m === 'string' ? m : (m as { name?: string }).name || 'metric'))];
  return names !== null && names.length === model.metricsNames.length ? names : [...model.metricsNames];
}

const lossName = (model: tfl.LayersModel): string => {
  const loss = Array.isArray(model.loss) ? model.loss[0] : model.loss;
  if (typeof loss !== 'string') return '';
  // 'sparse_categorical_crossentropy' and 'sparseCategoricalCrossentropy' alike.
  return loss.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
};

interface Source {
  create: () => Promise<tfl.LayersModel>;
  seeds: SuppliedSeed[];
  warnings: string[];
  description: string;
  /** Names for evaluate()'s values where the config says them; null: read them off the model. */
  metricNames: string[] | null;
}

/** Builds and compiles a model from a Keras-format topology, once per call; its errors are UserErrors starting with `what`. */
function fromTopology(topology: Readonly<Record<string, unknown>>, training: TrainingConfig, what: string): () => Promise<tfl.LayersModel> {
  return async () => {
    let built: tfl.LayersModel;
    try {
      built = await tfl.models.modelFromJSON({ modelTopology: structuredClone(topology) } as tf.io.ModelArtifacts as never);
    } catch (e) {
      throw new UserError(`${what}: ${errorMessage(e)}`);
    }
    compileWith(built, training);
    return functional(built);
  };
}

async function fromJsonFile(path: string, seed: number | null, draws: SeedDraws, maxParameters: number): Promise<Source> {
  let text: string;
  try {
    text = (await readRegularFile(path, MAX_CONFIG_BYTES)).toString('utf8');
  } catch (e) {
    throw new UserError(`${label(path)}: cannot read it (${ioCause(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${label(path)}: not valid JSON (${errorMessage(e)}); give the text that model.to_json() returns, or a TensorFlow.js model.json`);
  }
  return fromModelJson(json, path, seed, draws, null, maxParameters);
}

/** A .keras archive: its config.json, as model.to_json() would give it; its weights are not read. */
async function fromKerasArchive(path: string, seed: number | null, draws: SeedDraws, maxParameters: number): Promise<Source> {
  const archive = await readKerasArchive(path, label(path));
  return fromModelJson(archive.config, path, seed, draws, archive, maxParameters);
}

/** What the file is, for the report: e.g. "Keras 3.15.1 .keras archive (architecture only, translated for TensorFlow.js; its weights are not used)". */
function describe(model: ModelJson, archive: KerasArchive | null): string {
  const version = model.kerasVersion ?? (model.keras3 !== null ? '3' : '');
  const translated = model.keras3 !== null ? 'translated for TensorFlow.js' : '';
  if (archive !== null)
    return `Keras ${version} .keras archive (architecture only, ${translated ? `${translated}; ` : ''}its weights are not used)`.replace('  ', ' ');
  const what = model.kind === 'tfjs' ? 'TensorFlow.js model.json' : `Keras ${version} model.to_json()`.replace('  ', ' ');
  return translated ? `${what}, ${translated}` : what;
}

async function fromModelJson(
  json: unknown,
  path: string,
  seed: number | null,
  draws: SeedDraws,
  archive: KerasArchive | null,
  maxParameters: number,
): Promise<Source> {
  const model = readModelJson(json, label(path), archive?.kerasVersion ?? null);
  if (!model.ok) throw new UserError(model.error);
  // Before TensorFlow.js allocates them: a layer of billions of weights would take the runner's memory.
  const tooMany = tooManyParameters(countParameters(model.value.topology), maxParameters, label(path));
  if (tooMany !== null) throw new UserError(tooMany);
  const training = readTrainingConfig(model.value.trainingConfig, label(path));
  if (!training.ok) throw new UserError(training.error);
  const build = (topology: Topology) => fromTopology(topology, training.value, `${label(path)}: TensorFlow.js cannot build this model`);
  const { create, seeded } =
    seed === null
      ? { create: build(model.value.topology), seeded: { topology: model.value.topology, seeds: [], warnings: [] } }
      : seededCreate(model.value.topology, seed, draws, build);
  return {
    create,
    seeds: seeded.seeds,
    warnings: seeded.warnings,
    description: `${describe(model.value, archive)}, trained with ${training.value.origin}`,
    metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
  };
}

/** A built model's parameters and its largest layer. */
function builtParameters(model: tfl.LayersModel): ParameterCount {
  const largest = model.layers.reduce<tfl.layers.Layer | null>(
    (most, layer) => (most === null || layer.countParams() > most.countParams() ? layer : most),
    null,
  );
  return {
    total: model.countParams(),
    largest: largest === null ? null : { name: largest.name, className: largest.getClassName(), parameters: largest.countParams() },
  };
}

/** Layers inside a layer: a nested model's, a wrapper's, an RNN's cells. */
function innerLayers(layer: object): object[] {
  const inner = layer as { layers?: unknown; layer?: unknown; forwardLayer?: unknown; backwardLayer?: unknown; cell?: unknown; cells?: unknown };
  return [inner.layers, inner.cells, [inner.layer, inner.forwardLayer, inner.backwardLayer, inner.cell]]
    .flatMap((items) => (Array.isArray(items) ? items : []))
    .filter((item): item is object => typeof item === 'object' && item !== null);
}

/**
 * Why the model cannot be rebuilt from its config: a layer class of the module's own that is not
 * registered under its className (tfjs would throw "Unknown layer", or build a different class
 * registered under that name). Null when every class is registered.
 */
function unregisteredLayerClass(model: tfl.LayersModel): string | null {
  const registered = tf.serialization.SerializationMap.getMap().classNameMap;
  const pending: object[] = [...model.layers];
  for (let layer = pending.pop(); layer !== undefined; layer = pending.pop()) {
    const cls = layer.constructor as { name: string; className?: unknown };
    const className = typeof cls.className === 'string' ? cls.className : null;
    if (className === null || registered[className]?.[0] !== cls) {
      return (
        `its layer class ${cls.name} is not registered, so tf-repro trains the model as createModel builds it and supplies no seeds ` +
        `(its unseeded layers draw from each fold's seeded Math.random); to have seeds supplied, ` +
        `${className === null ? `give it \`static className = '${cls.name}'\` and ` : ''}register it with tf.serialization.registerClass(${cls.name})`
      );
    }
    pending.push(...innerLayers(layer));
  }
  return null;
}

/** The namespace a module's createModel gets, like `import * as tf from '@tensorflow/tfjs'`. */
const tfNamespace = Object.freeze({ ...tf, ...tfl });

async function fromModule(path: string, seed: number | null, draws: SeedDraws, maxParameters: number): Promise<Source> {
  let module: Record<string, unknown>;
  try {
    // Left to Node: the bundler would make it a lookup among its own modules, which finds no user file.
    module = (await import(/* webpackIgnore: true */ pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(`${label(path)}: cannot import it: ${errorMessage(e)}`);
  }
  const createModel = (
    typeof module['createModel'] === 'function' ? module['createModel'] : typeof module['default'] === 'function' ? module['default'] : null
  ) as ((tfArg: typeof tfNamespace, options: { seed: number | null }) => unknown) | null;
  if (!createModel) throw new UserError(`${label(path)}: exports no createModel; add \`export function createModel(tf, { seed }) { ... return model; }\``);
  // A non-zero seed: tfjs reads 0 as "no seed".
  const moduleSeed = seed === null ? null : deriveSeed(seed, 'create-model');
  const call = async (): Promise<tfl.LayersModel> => {
    let made: unknown;
    try {
      made = await createModel(tfNamespace, { seed: moduleSeed });
    } catch (e) {
      throw new UserError(`${label(path)}: createModel threw: ${errorMessage(e)}`);
    }
    if (!(made instanceof tfl.LayersModel)) {
      throw new UserError(
        `${label(path)}: createModel returned ${made === null ? 'null' : typeof made === 'object' ? (made.constructor?.name ?? 'an object') : typeof made}, not a tf.LayersModel (build it with tf.sequential() or tf.model())`,
      );
    }
    // Built already (the memory the process may use bounds that: runs/model-preflight.ts); refused before any training.
    const tooMany = tooManyParameters(builtParameters(made), maxParameters, label(path));
    if (tooMany !== null) {
      made.dispose();
      throw new UserError(tooMany);
    }
    if (made.optimizer === undefined || made.optimizer === null) compileWith(made, DEFAULT_TRAINING);
    return functional(made);
  };
  const plain: Source = { create: call, seeds: [], warnings: [], description: 'ES module createModel', metricNames: null };
  if (seed === null) return plain;
  // Rebuild it from its config, seeds supplied, where there are null seeds to fill.
  const first = await call();
  try {
    const topology = first.toJSON(null, false) as unknown;
    // Protected in tfjs-layers' types, public in its JavaScript: what model.save() writes as trainingConfig.
    const trainingRaw = (first as unknown as { getTrainingConfig(): unknown }).getTrainingConfig();
    const model = readModelJson({ modelTopology: topology, trainingConfig: trainingRaw }, label(path));
    if (!model.ok) throw new Error(model.error);
    const training = readTrainingConfig(model.value.trainingConfig, label(path));
    if (!training.ok) throw new Error(training.error);
    const build = (topology: Topology) =>
      fromTopology(topology, training.value, `${label(path)}: TensorFlow.js cannot rebuild the model createModel returned from its config`);
    const { create, seeded } = seededCreate(model.value.topology, seed, draws, build);
    if (seeded.seeds.length === 0) return { ...plain, warnings: seeded.warnings };
    // Its own layer classes are rebuilt from their config only where the module registered them.
    const unregistered = unregisteredLayerClass(first);
    if (unregistered !== null) return { ...plain, warnings: [`${label(path)}: ${unregistered}`] };
    return {
      create,
      seeds: seeded.seeds,
      warnings: seeded.warnings,
      description: 'ES module createModel',
      metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
    };
  } catch (e) {
    return {
      ...plain,
      warnings: [
        `${label(path)}: its config could not be read back (${errorMessage(e).split('\n')[0]}), so no seeds were supplied; its unseeded layers draw from each fold's seeded Math.random`,
      ],
    };
  } finally {
    first.dispose();
  }
}

/** Reads the model file, builds the model once and checks it against the dataset. Throws UserError. */
export async function loadUserModel(modelPath: string, options: UserModelOptions): Promise<UserModel> {
  const path = resolve(modelPath);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) {
    throw new UserError(
      `'model': ${path} ${info ? 'is not a file' : 'does not exist'}; give a Keras model.to_json() file, a .keras archive, a TensorFlow.js model.json, or an ES module (.js, .mjs) exporting createModel`,
    );
  }
  const extension = extname(path).toLowerCase();
  let source: Source;
  const draws = seedDraws(options.unseeded ?? []);
  const maxParameters = options.maxParameters ?? MAX_MODEL_PARAMETERS;
  if (extension === '.json') source = await fromJsonFile(path, options.seed, draws, maxParameters);
  else if (extension === '.keras') source = await fromKerasArchive(path, options.seed, draws, maxParameters);
  else if (extension === '.js' || extension === '.mjs') source = await fromModule(path, options.seed, draws, maxParameters);
  else
    throw new UserError(
      `${label(path)}: give a .json file (Keras model.to_json(), TensorFlow.js model.json), a Keras .keras archive or an ES module (.js, .mjs)`,
    );

  const model = await source.create();
  try {
    if (model.inputs.length !== 1 || model.outputs.length !== 1) {
      throw new UserError(
        `${label(path)}: the model has ${model.inputs.length} inputs and ${model.outputs.length} outputs; tf-repro trains models with one of each`,
      );
    }
    let maxLabel = 0;
    for (const value of options.dataset.labels) if (value > maxLabel) maxLabel = value;
    const outputShape = model.outputs[0]!.shape;
    const units = outputShape.length === 2 ? outputShape[1]! : null;
    const fit = checkModelFit(
      model.inputs[0]!.shape,
      units,
      lossName(model),
      { rows: options.dataset.rows, cols: options.dataset.cols, exampleShape: options.dataset.exampleShape, maxLabel },
      label(path),
    );
    if (!fit.ok) throw new UserError(fit.error);
    return {
      create: source.create,
      fit: fit.value,
      metricNames: source.metricNames ?? metricNamesOf(model),
      seeds: source.seeds,
      warnings: source.warnings,
      description: source.description,
    };
  } finally {
    model.dispose();
  }
}

/** What the training loop needs of it. */
export function asFoldModel(model: UserModel): FoldModel {
  return { create: model.create, inputShape: model.fit.inputShape, labels: model.fit.labels, units: model.fit.units, metricNames: model.metricNames };
}
