// Files that a user or a user's command controls: their dataset, model, reports and baseline, and
// what a command writes (its metrics and trace) or could replace while it runs (its logs, in a
// folder it can reach). Each is opened as a regular file only, without waiting on it
// (O_NONBLOCK): a FIFO, a device such as /dev/zero, a directory or a socket where a file should be
// is an error at once, never a wait or an endless read; and each read has a size limit. Files we
// write there are created anew (never through a link or into a FIFO left in their place), and
// report files are written to a temporary name and renamed, so that a full disk never leaves
// an earlier report cut short.
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { errorMessage } from './errors.js';
import { withCommas } from './text.js';

/** What stands at a path that is not a regular file, in words. */
export function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** A path where a regular file was expected holds something else. */
export class NotRegularFile extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
  }
}

/** A file larger than its reader's limit. */
export class FileTooLarge extends Error {
  constructor(
    readonly path: string,
    readonly limitBytes: number,
  ) {
    super(`${path} is larger than the limit of ${sizeText(limitBytes)}`);
  }
}

/** 67108864 as "64 MiB (67,108,864 bytes)". */
export function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB (${withCommas(bytes)} bytes)` : `${withCommas(bytes)} bytes`;
}

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  ELOOP: 'a symbolic link, or too many of them',
  ENXIO: 'a socket, or a FIFO that no one reads',
  EIO: 'an I/O error',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file grew past the largest size allowed here',
  EROFS: 'a read-only file system',
  ERR_FS_FILE_TOO_LARGE: 'larger than the 2 GiB a file may have here',
};

/** Why a file could not be read or written, in words: "it is a FIFO (named pipe), not a regular file"; "permission denied, EACCES". */
export function ioCause(error: unknown): string {
  if (error instanceof NotRegularFile) return `it is ${error.kind}, not a regular file`;
  if (error instanceof FileTooLarge) return `it is larger than the limit of ${sizeText(error.limitBytes)}`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code) return errorMessage(error);
  const words = CAUSES[code];
  return words ? `${words}, ${code}` : code;
}

/** Whatever stands at `path`, as NotRegularFile when it is not a regular file; else `error` as it is. */
async function asNotRegular(path: string, error: unknown): Promise<unknown> {
  const info = await stat(path).catch(() => null);
  return info && !info.isFile() ? new NotRegularFile(path, fileKind(info)) : error;
}

/**
 * Opens a regular file without waiting on it; throws NotRegularFile for a FIFO, a device, a
 * directory or a socket. `flags` adds to O_RDONLY (O_NOFOLLOW: no link either).
 */
export async function openRegularFile(path: string, flags = 0): Promise<FileHandle> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | flags);
  } catch (error) {
    // A socket cannot be opened at all (ENXIO): say what it is.
    throw await asNotRegular(path, error);
  }
  try {
    const info = await file.stat();
    if (info.isFile()) return file;
    throw new NotRegularFile(path, fileKind(info));
  } catch (error) {
    await file.close();
    throw error;
  }
}

/** The most hashed at once, and the least a buffer grows by when a file turns out longer than it said. */
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * An open regular file's bytes, at most `limitBytes` in all (else FileTooLarge). Read into one
 * buffer of the size the file says it has, and a byte more to see it grow: a 47 MB file in 1 MB
 * pieces, each its own trip to the thread pool and then all copied into one, took 220–260 ms
 * against 16–95 ms for one read on a busy 2-core machine (issue 24: every training process reads
 * the dataset's inflated copy so). A file that grows while it is read is read up to its limit,
 * not on.
 */
export async function readOpenFile(file: FileHandle, path: string, limitBytes: number): Promise<Buffer> {
  const { size } = await file.stat();
  if (size > limitBytes) throw new FileTooLarge(path, limitBytes);
  let buffer = Buffer.allocUnsafe(size + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(total + Math.max(total, READ_CHUNK_BYTES), limitBytes + 1));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const { bytesRead } = await file.read(buffer, total, buffer.length - total, total);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limitBytes) throw new FileTooLarge(path, limitBytes);
  }
  return buffer.subarray(0, total);
}

/** A regular file's bytes, at most `limitBytes`; throws NotRegularFile, FileTooLarge or the fs error (say it with ioCause). */
export async function readRegularFile(path: string, limitBytes: number): Promise<Buffer> {
  const file = await openRegularFile(path);
  try {
    return await readOpenFile(file, path, limitBytes);
  } finally {
    await file.close();
  }
}

/**
 * Creates `path` anew for writing, in a folder a user's command can reach: whatever stood there
 * (a file, a link, a FIFO) is removed first, and the file is then created exclusively without
 * following a link, so a write never goes through a link or waits on a FIFO. Throws
 * NotRegularFile where a directory stands at `path`.
 */
export async function createFileAnew(path: string, mode = 0o644): Promise<FileHandle> {
  try {
    await rm(path, { force: true });
    return await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_NONBLOCK, mode);
  } catch (error) {
    throw await asNotRegular(path, error);
  }
}

/** A fresh name beside `path` for its next content: on the same file system, so that a rename replaces it in one step. */
function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes each file to a temporary name in its folder, and renames them into place only once every
 * one is written whole: a full disk or any other failure leaves what was there before untouched
 * (and no temporary file behind). A FIFO or a link left at a file's name is replaced, not written
 * through.
 */
export async function writeFilesReplacing(files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const written: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      const temporary = temporaryNameFor(path);
      const file = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
      written.push([temporary, path]);
      try {
        await file.writeFile(content);
      } finally {
        await file.close();
      }
    }
    for (const [temporary, path] of written) await rename(temporary, path).catch(async (error: unknown) => Promise.reject(await asNotRegular(path, error)));
  } catch (error) {
    await Promise.all(written.map(([temporary]) => rm(temporary, { force: true }).catch(() => {})));
    throw error;
  }
}

/** Appends `content` to a regular file (created where missing), never through a link or into a FIFO. */
export async function appendToRegularFile(path: string, content: string | Uint8Array): Promise<void> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644);
  } catch (error) {
    throw await asNotRegular(path, error);
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new NotRegularFile(path, fileKind(info));
    await file.writeFile(content);
  } finally {
    await file.close();
  }
}

/** The SHA-256 (hex) of a regular file's bytes, streamed: for files of any size (a model's weights, a command's artifacts). */
export async function sha256OfRegularFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  const file = await openRegularFile(path);
  try {
    await pipeline(file.createReadStream({ autoClose: false, highWaterMark: READ_CHUNK_BYTES }), hash);
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}
