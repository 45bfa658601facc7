// Builds tfjs-node(-gpu)'s binding against a TensorFlow the runner already has, into the tool
// cache, once per runner and library: npm installs the package without its install script (which
// would download libtensorflow), the library and the headers the binding needs are copied in, and
// the package's own build-addon-from-source script compiles it. The build happens in a folder of
// its own and is renamed into place whole, with the marker written last: a killed build is never
// loaded, and two jobs building at once each finish their own and keep the first.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../util/user-error.js';
import { RESTORE_UTIL_SOURCE } from '../util/node-compat.js';
import { errorMessage } from '../util/errors.js';
import { isInstalled, npmFailureReason } from './install.js';
import { buildFailureReason, buildingDir, headerClosure, isBuildingDir, npmInstallArgs } from './libtensorflow-plan.js';
import type { LibtensorflowSource } from './libtensorflow-source.js';
import type { NativeInstallPlan } from './plan.js';
import { findOnPath, runTool } from './tool-process.js';

/** What the build found out about the library, kept beside the package. */
export interface NativeBuildManifest {
  packageName: string;
  packageVersion: string;
  /** TF_Version as the built binding reports it. */
  libtensorflowVersion: string;
  /** Where the library came from, in words. */
  source: string;
  /** libtensorflow was built with oneDNN (TF_ENABLE_ONEDNN_OPTS=1 turns its kernels on). */
  oneDnnBuiltIn: boolean;
  /** TensorFlow listed a GPU when the build was checked. */
  gpuDevice: boolean;
  builtAt: string;
  buildSeconds: number;
}

export type BuildOutcome = { obtained: 'cached' | 'built'; seconds: number; packageDir: string; manifest: NativeBuildManifest };

export const MANIFEST_FILE = 'tf-repro-native.json';
const INPUT = 'libtensorflow';
const STALE_BUILD_MS = 24 * 3600 * 1000;
const LOAD_CHECK_TIMEOUT_MS = 120_000;
const ONEDNN_ON_LINE = 'oneDNN custom operations are on';

/** The tools node-gyp's build needs, checked before npm spends its time: a missing one is named. */
export function missingBuildTools(env: NodeJS.ProcessEnv): string[] {
  const compiler = env.CXX?.trim().split(/\s+/)[0] || 'g++';
  const missing = [compiler, 'make'].filter((tool) => findOnPath(tool, env) === null);
  const python = env.PYTHON || env.npm_config_python;
  if (python ? findOnPath(python, env) === null : findOnPath('python3', env) === null && findOnPath('python', env) === null) missing.push(python || 'python3');
  return missing;
}

/** Node's headers beside the running node (an official build, actions/setup-node), so node-gyp downloads none. */
export function nodeHeadersDir(env: NodeJS.ProcessEnv): string | null {
  if (env.npm_config_nodedir) return null;
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : null;
}

function npmCommand(env: NodeJS.ProcessEnv): string {
  return env.TF_REPRO_NPM || 'npm';
}

async function readManifest(installDir: string): Promise<NativeBuildManifest | null> {
  try {
    return JSON.parse(await readFile(join(installDir, MANIFEST_FILE), 'utf8')) as NativeBuildManifest;
  } catch {
    return null;
  }
}

/** Build folders of killed jobs, a day old: nothing still running uses them. */
async function pruneStaleBuilds(parent: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!isBuildingDir(name)) continue;
    const path = join(parent, name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_BUILD_MS) await rm(path, { recursive: true, force: true }).catch(() => {});
  }
}

export async function ensureLibtensorflowBuild(
  plan: NativeInstallPlan,
  source: LibtensorflowSource,
  log: (line: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<BuildOutcome> {
  if (isInstalled(plan)) {
    const manifest = await readManifest(plan.installDir);
    if (manifest) return { obtained: 'cached', seconds: 0, packageDir: plan.packageDir, manifest };
  }
  const started = performance.now();
  const missing = missingBuildTools(env);
  if (missing.length > 0) {
    throw new UserError(
      `${INPUT}: building ${plan.packageName} against ${source.description} needs a C++ compiler (g++), make and python3 on PATH; ` +
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Install them (Debian and Ubuntu: apt-get install g++ make python3), or leave ${INPUT} empty`,
    );
  }
  const parent = dirname(plan.installDir);
  await mkdir(parent, { recursive: true });
  await pruneStaleBuilds(parent);
  const building = buildingDir(plan.installDir, `${process.pid}-${randomBytes(4).toString('hex')}`);
  log(`building ${plan.packageName}@${plan.version} against libtensorflow ${source.key.version} from ${source.description} (once per runner) in ${building}`);
  try {
    const manifest = await buildInto(building, plan, source, env, started);
    await placeBuild(building, plan);
    await writeFile(plan.completeMarker, '');
    return { obtained: 'built', seconds: manifest.buildSeconds, packageDir: plan.packageDir, manifest };
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}

async function buildInto(
  building: string,
  plan: NativeInstallPlan,
  source: LibtensorflowSource,
  env: NodeJS.ProcessEnv,
  started: number,
): Promise<NativeBuildManifest> {
  await mkdir(building, { recursive: true });
  const installed = await runTool(npmCommand(env), npmInstallArgs(plan.packageName, building), { env });
  if (installed.code !== 0) {
    const why = installed.code === 'ENOENT' ? 'npm was not found on PATH (add actions/setup-node before this step)' : `npm exited with ${installed.code}`;
    throw new UserError(`${INPUT}: installing ${plan.packageName}@${plan.version} from the npm registry failed: ${why}: ${npmFailureReason(installed.output)}`);
  }
  const packageDir = join(building, 'node_modules', ...plan.packageName.split('/'));
  const libDir = join(packageDir, 'deps', 'lib');
  await mkdir(libDir, { recursive: true });
  // The binding links -ltensorflow -ltensorflow_framework and finds them at run time beside it
  // ($ORIGIN/../../deps/lib) under their sonames, which are the layouts' file names.
  const libraryName = basename(source.layout.library);
  const frameworkName = basename(source.layout.framework);
  try {
    await source.copyLibrary('library', join(libDir, libraryName));
    await source.copyLibrary('framework', join(libDir, frameworkName));
  } catch (error) {
    throw new UserError(`${INPUT}: copying the library from ${source.description} into the tool cache failed: ${errorMessage(error)}`);
  }
  if (libraryName !== 'libtensorflow.so') await symlink(libraryName, join(libDir, 'libtensorflow.so'));
  await symlink(frameworkName, join(libDir, 'libtensorflow_framework.so'));
  await copyHeaders(packageDir, source);

  const nodedir = nodeHeadersDir(env);
  const buildEnv = { ...env, npm_config_build_from_source: 'true', ...(nodedir ? { npm_config_nodedir: nodedir } : {}) };
  const compiled = await runTool(npmCommand(env), ['run', 'build-addon-from-source'], { cwd: packageDir, env: buildEnv });
  const binding = await findBinding(packageDir);
  if (compiled.code !== 0 || binding === null) {
    throw new UserError(
      `${INPUT}: compiling ${plan.packageName}'s binding against libtensorflow ${source.key.version} failed: ${buildFailureReason(compiled.output)}. ` +
        `It needs a C++ compiler (g++), make, python3 and Node's headers (the include/node folder beside node, or npm_config_nodedir pointing at one)`,
    );
  }
  // Objects and Makefiles; the binding the package loads is in lib/.
  await rm(join(packageDir, 'build'), { recursive: true, force: true });
  const checked = await checkBinding(packageDir, env, source);
  const manifest: NativeBuildManifest = {
    packageName: plan.packageName,
    packageVersion: plan.version,
    libtensorflowVersion: checked.version,
    source: source.description,
    oneDnnBuiltIn: checked.oneDnnBuiltIn,
    gpuDevice: checked.gpuDevice,
    builtAt: new Date().toISOString(),
    buildSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  await writeFile(join(building, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** The headers the binding's sources include, followed through TensorFlow's include folder. */
async function copyHeaders(packageDir: string, source: LibtensorflowSource): Promise<void> {
  const bindingDir = join(packageDir, 'binding');
  const files = (await readdir(bindingDir)).filter((name) => /\.(cc|h)$/.test(name));
  const texts = await Promise.all(files.map((name) => readFile(join(bindingDir, name), 'utf8')));
  const contents = new Map<string, string>();
  const headers = await headerClosure(texts, async (header) => {
    const text = await source.readHeader(header);
    if (text !== null) contents.set(header, text);
    return text;
  });
  for (const header of headers) {
    const destination = join(packageDir, 'deps', 'include', header);
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, contents.get(header)!);
  }
}

async function findBinding(packageDir: string): Promise<string | null> {
  const lib = join(packageDir, 'lib');
  for (const name of await readdir(lib).catch(() => [] as string[])) {
    const path = join(lib, name, 'tfjs_binding.node');
    if (name.startsWith('napi-v') && existsSync(path)) return path;
  }
  return null;
}

/**
 * Loads the built package in a fresh process, as a training process will: its libtensorflow's
 * version, whether TensorFlow lists a GPU, and whether the library has oneDNN (with
 * TF_ENABLE_ONEDNN_OPTS=1, TensorFlow says so in its log when, and only when, it was built with it).
 */
async function checkBinding(
  packageDir: string,
  env: NodeJS.ProcessEnv,
  source: LibtensorflowSource,
): Promise<{ version: string; gpuDevice: boolean; oneDnnBuiltIn: boolean }> {
  const script = [
    RESTORE_UTIL_SOURCE,
    "const tf = require('./');",
    'const binding = tf.backend().binding;',
    'tf.matMul(tf.ones([8, 8]), tf.ones([8, 8])).dataSync();',
    'console.log(JSON.stringify({ version: binding.TF_Version, gpu: binding.isUsingGpuDevice() }));',
  ].join('\n');
  const run = await runTool(process.execPath, ['-e', script], {
    cwd: packageDir,
    env: { ...env, TF_ENABLE_ONEDNN_OPTS: '1', TF_CPP_MIN_LOG_LEVEL: '0' },
    timeoutMs: LOAD_CHECK_TIMEOUT_MS,
  });
  const answer = run.code === 0 ? run.output.map(parseAnswer).find((value) => value !== null) : null;
  if (!answer) {
    const why = run.output.find((line) => /Error|error while loading|cannot open shared object|undefined symbol/.test(line)) ?? `exited with ${run.code}`;
    throw new UserError(`${INPUT}: the binding built against ${source.description} does not load: ${why.trim()}`);
  }
  return { version: answer.version, gpuDevice: answer.gpu, oneDnnBuiltIn: run.output.some((line) => line.includes(ONEDNN_ON_LINE)) };
}

function parseAnswer(line: string): { version: string; gpu: boolean } | null {
  try {
    const value = JSON.parse(line) as { version?: unknown; gpu?: unknown };
    return typeof value.version === 'string' && typeof value.gpu === 'boolean' ? { version: value.version, gpu: value.gpu } : null;
  } catch {
    return null;
  }
}

/**
 * Renames the finished build into place. Another job may have got there first with the same
 * library: its folder is just as complete (only whole builds are renamed), so this one goes.
 * A folder there without a manifest is not one of these builds and is replaced.
 */
export async function placeBuild(building: string, plan: NativeInstallPlan): Promise<void> {
  try {
    await rename(building, plan.installDir);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  if (await readManifest(plan.installDir)) return;
  await rm(plan.installDir, { recursive: true, force: true });
  await rename(building, plan.installDir);
}
