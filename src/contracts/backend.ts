// Which backend trains, and how the check got the native one (provision/, backends/, runs/).

/** The backend a training process actually ran on. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

/** The native package's build: tfjs-node-gpu or tfjs-node. */
export type NativeFlavor = 'gpu' | 'cpu';

/** What a worker tries, in order; a native entry carries the folder it is imported from. */
export type WorkerBackend =
  { backend: 'tensorflow'; flavor: NativeFlavor; packageDir: string; native?: NativePackage } | { backend: 'wasm' } | { backend: 'cpu' };

/** How the check got the native package, and the libtensorflow inside it (provision/). */
export interface NativePackage {
  /** 'cached': found in the tool cache; 'built': compiled now against `libtensorflow`; 'installed': npm installed it now (its install downloads libtensorflow). */
  obtained: 'cached' | 'built' | 'installed';
  /** How long getting it took this check (0 when cached). */
  seconds: number;
  /** The tool-cache folder it is loaded from. */
  dir: string;
  /** Where its libtensorflow came from, in words: "the wheel …", "python3's TensorFlow (…): …", "the folder …", or "the download by @tensorflow/tfjs-node's install (libtensorflow 2.9.1)". */
  libtensorflowSource: string;
  /** The library has oneDNN kernels (known from building it; assumed on Linux x86-64 for the downloaded libtensorflow 2.9.1). */
  oneDnnBuiltIn: boolean;
  /**
   * Folders put first on the training processes' LD_LIBRARY_PATH: the CUDA libraries pip installed
   * beside a Python TensorFlow (site-packages/nvidia/…/lib), which its library finds relative to
   * where it was installed, not to its copy in the tool cache. Absent: none.
   */
  libraryPath?: string[];
}
