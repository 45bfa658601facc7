// Where the bench finds the native tfjs-node package for its native peer: the folder given with
// --native-package, else one that provisioning built or installed into the tool cache. Provisioning
// lays out @actions/tool-cache's way (<cache>/<tool>/<version>/<arch>, complete when
// <arch>.complete exists beside it); the bench looks for any complete entry folder holding
// node_modules/@tensorflow/tfjs-node, whatever its tool name and version, so that a package built
// against a local libtensorflow is found as well as a downloaded one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE_PATH = ['node_modules', '@tensorflow', 'tfjs-node'];
/** <cache>/<tool>/<version>/<arch> is three levels down; a little more leaves room for other layouts. */
const MAX_DEPTH = 5;

export interface NativePackageFound {
  packageDir: string;
  /** When its .complete marker was written: the newest build wins. */
  completedMs: number;
}

/** Every complete tfjs-node package under `toolCache`, newest first; none when the folder is missing. */
export function nativePackagesInToolCache(toolCache: string): NativePackageFound[] {
  const found: NativePackageFound[] = [];
  const visit = (dir: string, depth: number): void => {
    const packageDir = join(dir, ...PACKAGE_PATH);
    const marker = `${dir}.complete`;
    if (existsSync(join(packageDir, 'package.json')) && existsSync(marker)) {
      found.push({ packageDir, completedMs: statSync(marker).mtimeMs });
    }
    if (depth === MAX_DEPTH) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== 'node_modules') visit(join(dir, entry.name), depth + 1);
    }
  };
  visit(toolCache, 0);
  return found.sort((a, b) => b.completedMs - a.completedMs);
}

/** A folder given with --native-package, checked: the package itself, with its package.json. */
export function checkNativePackageDir(dir: string): string | null {
  if (!existsSync(dir)) return `--native-package ${dir} does not exist: give the folder of an installed @tensorflow/tfjs-node package`;
  if (!existsSync(join(dir, 'package.json')))
    return `--native-package ${dir} has no package.json: give the package's own folder (…/node_modules/@tensorflow/tfjs-node)`;
  return null;
}
