// The contract between a model and the training loop: how to build a fresh model and feed it.
import type * as tfl from '@tensorflow/tfjs-layers';

/** What the loop needs of a user's model; the default CNN needs none of it. */
export interface FoldModel {
  /** A fresh compiled model. */
  create: () => Promise<tfl.LayersModel>;
  /** One example's shape as the model takes it: [rows, cols], [rows, cols, 1], [rows * cols] or x.npy's own. */
  inputShape: number[];
  /** 'sparse': labels as [n, 1] class indices; 'one-hot': as [n, units] rows. */
  labels: 'sparse' | 'one-hot';
  units: number;
  /** Names of model.evaluate()'s values, in order ('loss' first). */
  metricNames: string[];
}
