// Reading the user's dataset directory and files, with errors that name the input and the cause.
import { constants } from 'node:fs';
import { open, readdir, type FileHandle } from 'node:fs/promises';
import { fail, ok, type Parsed } from '../contracts.js';
import { errorMessage } from '../util/errors.js';

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EIO: 'an I/O error',
  ERR_FS_FILE_TOO_LARGE: 'larger than the 2 GiB a file may have here',
};

/** What an fs error says, in words and with its code: "permission denied, EACCES". */
export function ioCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code) return errorMessage(error);
  const words = CAUSES[code];
  return words ? `${words}, ${code}` : code;
}

/** The names in the directory `path` of the input `name` ('dataset'). */
export async function listUserDirectory(path: string, name: string): Promise<Parsed<Set<string>>> {
  try {
    return ok(new Set(await readdir(path)));
  } catch (e) {
    return fail(`${name}: cannot read the directory ${path} (${ioCause(e)}); make it readable by the user that runs tf-repro`);
  }
}

class NotRegularFile extends Error {}

/**
 * Opens a file for reading when it is a regular file; throws for a FIFO, a device or a directory
 * without waiting on it (O_NONBLOCK), so that none stands where a dataset file should be.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  if ((await file.stat()).isFile()) return file;
  await file.close();
  throw new NotRegularFile(`${path} is not a regular file`);
}

/** A regular file's bytes: never a wait on a FIFO or an endless device put where a dataset file should be. */
export async function readUserFile(path: string, name: string): Promise<Parsed<Uint8Array>> {
  try {
    const file = await openRegularFile(path);
    try {
      return ok(await file.readFile());
    } finally {
      await file.close();
    }
  } catch (e) {
    if (e instanceof NotRegularFile) return fail(`${name}: ${path} is not a regular file; give the dataset's files themselves`);
    return fail(`${name}: cannot read ${path} (${ioCause(e)}); make it a file that the user that runs tf-repro can read`);
  }
}
