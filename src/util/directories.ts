// Making a directory that the check will write to, and saying in words why it cannot be. One
// level at a time rather than Node's `mkdir(…, { recursive: true })`, which never returns for a
// path under /proc.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

function reasonFor(error: unknown, path: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOTDIR':
      return `${path} is a file, not a directory`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied at ${path}`;
    case 'EROFS':
      return `${path} is on a read-only file system`;
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOENT':
      return `no directory can be made in ${dirname(path)}`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Creates `path` and its parents as needed and checks a file can be written in it; null when all is well, else why not. */
export async function makeWritableDirectory(path: string): Promise<string | null> {
  const absolute = resolve(path);
  const missing: string[] = [];
  for (let at = absolute; ; at = dirname(at)) {
    try {
      if ((await stat(at)).isDirectory()) break;
      return reasonFor({ code: 'ENOTDIR' }, at);
    } catch (error) {
      // ENOTDIR: a file further up, which the next step names.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return reasonFor(error, at);
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const dir of missing) {
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return reasonFor(error, dir);
    }
  }
  // A fresh name, created exclusively: never a write into a FIFO or through a link that a command left there.
  const probe = join(absolute, `.tf-repro-write-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe);
  } catch (error) {
    return reasonFor(error, absolute);
  }
  return null;
}
