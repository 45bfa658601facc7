// The `libtensorflow` input, found and checked: python3's TensorFlow, a folder or a wheel, each
// read the same way afterwards (its version, the identity of its bytes, its headers, copies of
// its two libraries). Every problem is one error that names the input and what would be right.
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../util/user-error.js';
import { errorMessage } from '../util/errors.js';
import {
  findLibraryLayout,
  layoutPath,
  libraryIdentity,
  ownsTensorflowPackage,
  versionFromMetadata,
  parseLibtensorflowInput,
  versionFromFileNames,
  versionFromHeader,
  VERSION_HEADER,
  type FoundLayout,
  type LibraryFile,
  type LibraryKey,
  type LibtensorflowInput,
} from './libtensorflow-plan.js';
import { runTool } from './tool-process.js';
import { crc32, ZipArchive } from './zip-archive.js';

export interface LibtensorflowSource {
  input: LibtensorflowInput;
  /** In words, for the log, errors and the fingerprint: "the wheel /w/tensorflow_cpu-2.21.0-….whl". */
  description: string;
  layout: FoundLayout;
  key: LibraryKey;
  /** CUDA libraries pip installed beside a Python TensorFlow (site-packages/nvidia/<package>/lib), which its copy in the tool cache must still find. */
  runtimeLibraryDirs: string[];
  /** A header's text, by its path under the include folder; null where it has none. */
  readHeader(header: string): Promise<string | null>;
  /** Writes a copy of the library ('library') or the framework library to `destination`. */
  copyLibrary(which: 'library' | 'framework', destination: string): Promise<void>;
  close(): Promise<void>;
}

const INPUT = 'libtensorflow';
const WHAT_TO_GIVE =
  "give python (python3's TensorFlow), a TensorFlow wheel (.whl), or a folder with TensorFlow's C library: site-packages/tensorflow, or libtensorflow's archive extracted (lib/ and include/)";
const PYTHON_TIMEOUT_MS = 60_000;

/** Finds the library the input names; `memoDir` keeps the identities of folders' libraries, keyed by path and stat. */
export async function resolveLibtensorflow(text: string, memoDir: string, env: NodeJS.ProcessEnv = process.env): Promise<LibtensorflowSource> {
  if (process.platform !== 'linux') {
    throw new UserError(
      `${INPUT}: building the native backend against a TensorFlow is supported on Linux only (this is ${process.platform}); leave ${INPUT} empty`,
    );
  }
  const input = parseLibtensorflowInput(text);
  if (input === null) throw new Error('resolveLibtensorflow needs a value');
  switch (input.kind) {
    case 'python': {
      const found = await pythonTensorflow(env);
      return directorySource(input, found.dir, `python3's TensorFlow (${found.python}): ${found.dir}`, memoDir);
    }
    case 'directory': {
      const dir = resolve(input.path);
      const info = await stat(dir).catch(() => null);
      if (info === null) throw new UserError(`${INPUT}: ${dir} does not exist; ${WHAT_TO_GIVE}`);
      if (!info.isDirectory()) throw new UserError(`${INPUT}: ${dir} is a file, not a folder or a .whl; ${WHAT_TO_GIVE}`);
      return directorySource(input, dir, `the folder ${dir}`, memoDir);
    }
    case 'wheel':
      return wheelSource(input, resolve(input.path));
  }
}

/** Where `import tensorflow` would import from, without importing it (5-10 s, and 800 MB of memory). */
async function pythonTensorflow(env: NodeJS.ProcessEnv): Promise<{ python: string; dir: string }> {
  const script = [
    'import importlib.util, json, sys',
    "spec = importlib.util.find_spec('tensorflow')",
    'dirs = list(spec.submodule_search_locations or []) if spec else []',
    "print(json.dumps({'python': sys.executable, 'dir': dirs[0] if dirs else None}))",
  ].join('\n');
  const result = await runTool('python3', ['-c', script], { env, timeoutMs: PYTHON_TIMEOUT_MS });
  if (result.code === 'ENOENT') {
    throw new UserError(
      `${INPUT}: python: python3 is not on PATH; activate the Python environment that has TensorFlow before this step, or give the folder or wheel instead`,
    );
  }
  const answer = result.code === 0 ? (result.output.map(parseJsonLine).findLast((value) => value !== null && 'python' in value) ?? null) : null;
  if (answer === null) {
    const why = result.code === 'timeout' ? `no answer in ${PYTHON_TIMEOUT_MS / 1000} s` : (result.output.at(-1) ?? `exited with ${result.code}`);
    throw new UserError(`${INPUT}: python: python3 could not be asked where TensorFlow is: ${why}`);
  }
  if (typeof answer.dir !== 'string') {
    throw new UserError(
      `${INPUT}: python: ${String(answer.python)} has no tensorflow module; install it there (pip install tensorflow), activate the environment that has it before this step, or give the folder or wheel instead`,
    );
  }
  return { python: String(answer.python), dir: answer.dir };
}

function parseJsonLine(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text.trim().split('\n').pop() ?? '');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function directorySource(input: LibtensorflowInput, dir: string, description: string, memoDir: string): Promise<LibtensorflowSource> {
  const choice = findLibraryLayout((path) => existsSync(join(dir, path)), ['', 'tensorflow']);
  if (!('found' in choice)) {
    throw new UserError(
      `${INPUT}: no TensorFlow C library in ${dir}: looked for ${choice.lookedFor.join(', ')} (each with its libtensorflow_framework and include/tensorflow/c/c_api.h); ${WHAT_TO_GIVE}`,
    );
  }
  const layout = choice.found;
  const path = (relative: string) => join(dir, layoutPath(layout, relative));
  const header = await readFile(path(`${layout.includeRoot}/${VERSION_HEADER}`), 'utf8').catch(() => null);
  const libDir = dirname(path(layout.library));
  const version =
    (await installedVersion(join(dir, layout.root))) ??
    (header === null ? null : versionFromHeader(header)) ??
    versionFromFileNames(await readdir(libDir).catch(() => [])) ??
    'unknown';
  const [library, framework] = await Promise.all([fileIdentity(path(layout.library), memoDir), fileIdentity(path(layout.framework), memoDir)]);
  return {
    input,
    description,
    layout,
    key: { version, identity: libraryIdentity(library, framework) },
    runtimeLibraryDirs: layout.name === 'python-package' ? await pipCudaLibraryDirs(dirname(join(dir, layout.root))) : [],
    readHeader: (relative) => readFile(path(`${layout.includeRoot}/${relative}`), 'utf8').catch(() => null),
    copyLibrary: (which, destination) => copyFile(path(which === 'library' ? layout.library : layout.framework), destination),
    close: async () => {},
  };
}

/**
 * site-packages/nvidia/<package>/lib: where tensorflow[and-cuda]'s CUDA wheels put their libraries, which
 * TensorFlow's library finds through its RUNPATH ($ORIGIN/../nvidia/cublas/lib, …).
 */
async function pipCudaLibraryDirs(site: string): Promise<string[]> {
  const nvidia = join(site, 'nvidia');
  const names = await readdir(nvidia).catch(() => [] as string[]);
  return names
    .sort()
    .map((name) => join(nvidia, name, 'lib'))
    .filter((dir) => existsSync(dir));
}

/** The version pip installed the package folder `packageDir` as: the *.dist-info beside it whose top_level.txt names tensorflow. */
async function installedVersion(packageDir: string): Promise<string | null> {
  const site = dirname(packageDir);
  for (const name of await readdir(site).catch(() => [] as string[])) {
    if (!name.endsWith('.dist-info')) continue;
    const topLevel = await readFile(join(site, name, 'top_level.txt'), 'utf8').catch(() => '');
    if (!ownsTensorflowPackage(topLevel)) continue;
    const version = versionFromMetadata(await readFile(join(site, name, 'METADATA'), 'utf8').catch(() => ''));
    if (version) return version;
  }
  return null;
}

/**
 * Size and CRC-32 of a library file: read whole the first time (about a second for 788 MB),
 * then remembered by its path, size, inode and times.
 */
async function fileIdentity(path: string, memoDir: string): Promise<LibraryFile> {
  const info = await stat(path);
  const stamp = `${info.size}:${info.ino}:${info.mtimeMs}:${info.ctimeMs}`;
  const memo = join(memoDir, `${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 16)}.json`);
  const remembered = parseJsonLine(await readFile(memo, 'utf8').catch(() => ''));
  if (remembered?.stamp === stamp && typeof remembered.crc32 === 'number') return { size: info.size, crc32: remembered.crc32 };
  let crc = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) crc = crc32(chunk as Buffer, crc);
  // Only a faster next check is lost where the memo cannot be written.
  await mkdir(memoDir, { recursive: true })
    .then(() => writeFile(memo, JSON.stringify({ path: resolve(path), stamp, crc32: crc })))
    .catch(() => {});
  return { size: info.size, crc32: crc };
}

async function wheelSource(input: LibtensorflowInput, path: string): Promise<LibtensorflowSource> {
  const info = await stat(path).catch(() => null);
  if (info === null) throw new UserError(`${INPUT}: ${path} does not exist; ${WHAT_TO_GIVE}`);
  if (!info.isFile())
    throw new UserError(`${INPUT}: ${path} is a folder, yet its name ends in .whl; give the wheel file itself, or the folder without .whl at the end`);
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(path);
  } catch (error) {
    throw new UserError(`${INPUT}: ${path} cannot be read as a wheel: ${errorMessage(error)}; ${WHAT_TO_GIVE}`);
  }
  try {
    const choice = findLibraryLayout((name) => archive.entries.has(name), ['tensorflow']);
    if (!('found' in choice)) {
      throw new UserError(
        `${INPUT}: the wheel ${basename(path)} has no TensorFlow C library: looked for ${choice.lookedFor.join(', ')} (each with its libtensorflow_framework and include/tensorflow/c/c_api.h). ` +
          `Give a wheel of tensorflow or tensorflow-cpu for Linux (which ship libtensorflow_cc.so.2), or python or a folder instead`,
      );
    }
    const layout = choice.found;
    const name = (relative: string) => layoutPath(layout, relative);
    const header = await readWheelEntry(archive, name(`${layout.includeRoot}/${VERSION_HEADER}`));
    const entryFile = (relative: string): LibraryFile => {
      const entry = archive.entries.get(name(relative))!;
      return { size: entry.size, crc32: entry.crc32 };
    };
    const version = (await wheelVersion(archive)) ?? (header === null ? null : versionFromHeader(header.toString('utf8'))) ?? 'unknown';
    return {
      input,
      description: `the wheel ${path}`,
      layout,
      key: { version, identity: libraryIdentity(entryFile(layout.library), entryFile(layout.framework)) },
      // The CUDA wheels are packages of their own: a wheel file brings none.
      runtimeLibraryDirs: [],
      readHeader: async (relative) => (await readWheelEntry(archive, name(`${layout.includeRoot}/${relative}`)))?.toString('utf8') ?? null,
      copyLibrary: (which, destination) => archive.extract(name(which === 'library' ? layout.library : layout.framework), destination),
      close: () => archive.close(),
    };
  } catch (error) {
    await archive.close();
    throw error;
  }
}

/** A small entry of the wheel (zip-archive.ts caps its size); one that cannot be read is an error naming the input. */
async function readWheelEntry(archive: ZipArchive, name: string): Promise<Buffer | null> {
  try {
    return await archive.read(name);
  } catch (error) {
    throw new UserError(`${INPUT}: ${errorMessage(error)}; ${WHAT_TO_GIVE}`);
  }
}

/** The wheel's own version, from its *.dist-info/METADATA. */
async function wheelVersion(archive: ZipArchive): Promise<string | null> {
  for (const name of archive.entries.keys()) {
    const match = /^([^/]+\.dist-info)\/METADATA$/.exec(name);
    if (!match) continue;
    const topLevel = (await readWheelEntry(archive, `${match[1]}/top_level.txt`))?.toString('utf8') ?? 'tensorflow';
    if (!ownsTensorflowPackage(topLevel)) continue;
    const version = versionFromMetadata((await readWheelEntry(archive, name))?.toString('utf8') ?? '');
    if (version) return version;
  }
  return null;
}
