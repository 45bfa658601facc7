// The dataset as every stage after loading sees it (data/ loads it).

/** Images and labels as every stage after loading sees them (src/data loads them). */
export interface Dataset {
  /**
   * count*rows*cols values, row-major, image after image: uint8 pixels (scaled by 1/255 for
   * training) or, from a float32 x.npy, values used as they are.
   */
  images: Uint8Array | Float32Array;
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
  /** Where the images came from, for logs and the report. */
  source: string;
  /** One example's shape where it is not [rows, cols] (x.npy of shape (N, 784) or (N, 32, 32, 3)). */
  exampleShape?: number[];
}
