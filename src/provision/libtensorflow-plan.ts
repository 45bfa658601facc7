// The `libtensorflow` input's decisions: what kind of source it names, where the library and its
// headers are inside it, which headers the binding needs, what version it is, and the tool-cache
// entry a build of it goes to. Pure: the I/O lives in libtensorflow-source.ts and
// libtensorflow-build.ts.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { NativeFlavor } from '../contracts/backend.js';
import { installPlanIn, NATIVE_PACKAGE_VERSION, nativeToolName, type NativeInstallPlan } from './plan.js';

/** `python`: python3's TensorFlow; a path ending in .whl: a wheel; any other path: a folder. */
export type LibtensorflowInput = { kind: 'python' } | { kind: 'wheel'; path: string } | { kind: 'directory'; path: string };

export function parseLibtensorflowInput(text: string): LibtensorflowInput | null {
  const value = text.trim();
  if (value === '') return null;
  if (value === 'python') return { kind: 'python' };
  if (value.toLowerCase().endsWith('.whl')) return { kind: 'wheel', path: value };
  return { kind: 'directory', path: value };
}

/** Where a TensorFlow keeps its C library, relative to a root. */
export interface LibraryLayout {
  /** 'python-package': site-packages/tensorflow (or a wheel's tensorflow/); 'c-archive': libtensorflow's own archive, extracted. */
  name: 'python-package' | 'c-archive';
  /** The library with the C API; its file name is its soname, which the binding will need. */
  library: string;
  framework: string;
  includeRoot: string;
}

export const LIBRARY_LAYOUTS: readonly LibraryLayout[] = [
  { name: 'python-package', library: 'libtensorflow_cc.so.2', framework: 'libtensorflow_framework.so.2', includeRoot: 'include' },
  { name: 'c-archive', library: 'lib/libtensorflow.so.2', framework: 'lib/libtensorflow_framework.so.2', includeRoot: 'include' },
];

/** The header every layout must have: the C API the binding is written against. */
export const C_API_HEADER = 'tensorflow/c/c_api.h';

export const VERSION_HEADER = 'tensorflow/core/public/version.h';

/** A layout found under `root` (relative to the source: '' or 'tensorflow'). */
export interface FoundLayout extends LibraryLayout {
  root: string;
}

const under = (root: string, path: string): string => (root === '' ? path : `${root}/${path}`);

/**
 * The first layout whose library, framework library and C API header all exist under one of the
 * roots, tried in order; else the paths that were looked for, for the error message.
 */
export function findLibraryLayout(exists: (path: string) => boolean, roots: readonly string[]): { found: FoundLayout } | { lookedFor: string[] } {
  const lookedFor: string[] = [];
  for (const root of roots) {
    for (const layout of LIBRARY_LAYOUTS) {
      const needed = [layout.library, layout.framework, `${layout.includeRoot}/${C_API_HEADER}`].map((path) => under(root, path));
      if (needed.every(exists)) return { found: { ...layout, root } };
      lookedFor.push(needed[0]);
    }
  }
  return { lookedFor };
}

/** A layout's file, relative to the source. */
export function layoutPath(layout: FoundLayout, path: string): string {
  return under(layout.root, path);
}

/** `#include "…"` targets of a C or C++ file; `<…>` ones are the system's. */
export function quotedIncludes(text: string): string[] {
  return [...text.matchAll(/^\s*#\s*include\s*"([^"]+)"/gm)].map((match) => match[1]);
}

/**
 * The headers the binding's sources need from TensorFlow's include folder, followed through their
 * own includes: a few dozen kB out of the 268 MB a wheel ships. `read` gives a header's text
 * (relative to the include folder) or null where there is none (the binding's own headers).
 */
export async function headerClosure(sources: readonly string[], read: (header: string) => Promise<string | null>): Promise<string[]> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const pending = sources.flatMap(quotedIncludes);
  while (pending.length > 0) {
    const header = pending.pop()!;
    if (seen.has(header)) continue;
    seen.add(header);
    const text = await read(header);
    if (text === null) continue;
    found.add(header);
    pending.push(...quotedIncludes(text));
  }
  return [...found].sort();
}

/** "2.21.0" from tensorflow/core/public/version.h (with its suffix, "2.16.0-rc1"). */
export function versionFromHeader(text: string): string | null {
  const define = (name: string) => new RegExp(`^\\s*#define\\s+${name}\\s+(\\S+)`, 'm').exec(text)?.[1];
  const [major, minor, patch] = [define('TF_MAJOR_VERSION'), define('TF_MINOR_VERSION'), define('TF_PATCH_VERSION')];
  if (!major || !minor || !patch || ![major, minor, patch].every((part) => /^\d+$/.test(part))) return null;
  const suffix = /^\s*#define\s+TF_VERSION_SUFFIX\s+"([^"]*)"/m.exec(text)?.[1] ?? '';
  return `${major}.${minor}.${patch}${suffix}`;
}

/** A Python distribution's version, from its METADATA ("Version: 2.21.0"). */
export function versionFromMetadata(text: string): string | null {
  return /^Version:\s*(\S+)\s*$/m.exec(text)?.[1] ?? null;
}

/** Whether a distribution's top_level.txt names the tensorflow package (tensorflow, tensorflow-cpu, tf-nightly…, not tensorflow-io). */
export function ownsTensorflowPackage(topLevel: string): boolean {
  return topLevel.split(/\r?\n/).some((line) => line.trim() === 'tensorflow');
}

/** "2.9.1" from libtensorflow.so.2.9.1, the real file of libtensorflow's own archive. */
export function versionFromFileNames(names: readonly string[]): string | null {
  for (const name of names) {
    const match = /^libtensorflow(?:_cc)?\.so\.(\d+\.\d+\.\d+)$/.exec(name);
    if (match) return match[1];
  }
  return null;
}

export interface LibraryFile {
  size: number;
  crc32: number;
}

/**
 * Eight hex digits naming the library's bytes: its two files' sizes and CRC-32s, which a wheel's
 * directory already holds and which installing the wheel keeps, so the wheel and the installed
 * TensorFlow share one cache entry.
 */
export function libraryIdentity(library: LibraryFile, framework: LibraryFile): string {
  const text = [library, framework].map((file) => `${file.size}:${(file.crc32 >>> 0).toString(16)}`).join('/');
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

export interface LibraryKey {
  /** "2.21.0", or "unknown" where the source does not say. */
  version: string;
  identity: string;
}

/**
 * The tool-cache entry of `flavor`'s package built against a library: one per package version,
 * library version and bytes, machine architecture and Node-API version, in @actions/tool-cache's
 * layout (<cache>/<tool>/<version>/<arch>, done when <arch>.complete exists). npm installs it
 * without its install script, which would download libtensorflow.
 */
export function planLibtensorflowBuild(flavor: NativeFlavor, toolCache: string, arch: string, napiVersion: string, key: LibraryKey): NativeInstallPlan {
  const installDir = join(
    toolCache,
    nativeToolName(flavor),
    `${NATIVE_PACKAGE_VERSION}-libtensorflow-${safeName(key.version)}-${key.identity}`,
    `${arch}-napi${napiVersion}`,
  );
  return installPlanIn(flavor, installDir, (packageName) => npmInstallArgs(packageName, installDir));
}

/** npm's arguments to install the package into `prefix`, without its install script (which would download libtensorflow). */
export function npmInstallArgs(packageName: string, prefix: string): string[] {
  return [
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--loglevel=error',
    `${packageName}@${NATIVE_PACKAGE_VERSION}`,
  ];
}

function safeName(text: string): string {
  return text.replace(/[^\w.+-]/g, '_');
}

/** The folder a build happens in before it is renamed into place: beside it, so the rename stays on one file system. */
export function buildingDir(installDir: string, unique: string): string {
  return `${installDir}.building-${unique}`;
}

/** A build folder left by a killed job: `<arch>-napiN.building-<pid>-<random>`. */
export function isBuildingDir(name: string): boolean {
  return /\.building-[\w-]+$/.test(name);
}

/**
 * The compiler's or node-gyp's first complaint, one line: `file.cc:3:10: fatal error: …`, a gyp
 * error, else the output's last lines.
 */
export function buildFailureReason(output: readonly string[]): string {
  const compiler = output.find((line) => /(^|\s|:)(fatal )?error:/.test(line) && !/^npm error/.test(line) && !/^gyp ERR!/.test(line));
  if (compiler) return compiler.trim();
  const gyp = output.filter((line) => /^gyp ERR! (stack )?Error:|^gyp ERR! find Python|^gyp ERR! configure error/.test(line));
  if (gyp.length > 0) return gyp[0].replace(/^gyp ERR!\s*(stack\s*)?/, '').trim();
  return output
    .slice(-4)
    .map((line) => line.replace(/^(npm error|gyp ERR!)\s*/, '').trim())
    .filter(Boolean)
    .join(' | ');
}
