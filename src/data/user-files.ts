// Reading the user's dataset directory and files, with errors that name the input and the cause.
// The files are read as regular files only (util/user-files.ts).
import { readdir } from 'node:fs/promises';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { FileTooLarge, ioCause, NotRegularFile, readRegularFile } from '../util/user-files.js';

/** The most a dataset file may hold: what one read of a file gives in Node. */
export const DATASET_FILE_LIMIT_BYTES = 2 ** 31 - 1;

/** The names in the directory `path` of the input `name` ('dataset'). */
export async function listUserDirectory(path: string, name: string): Promise<Parsed<Set<string>>> {
  try {
    return ok(new Set(await readdir(path)));
  } catch (e) {
    return fail(`${name}: cannot read the directory ${path} (${ioCause(e)}); make it readable by the user that runs tf-repro`);
  }
}

/** A regular file's bytes: never a wait on a FIFO or an endless device put where a dataset file should be. */
export async function readUserFile(path: string, name: string): Promise<Parsed<Uint8Array>> {
  try {
    return ok(await readRegularFile(path, DATASET_FILE_LIMIT_BYTES));
  } catch (e) {
    if (e instanceof NotRegularFile) return fail(`${name}: ${path} is ${e.kind}, not a regular file; give the dataset's files themselves`);
    if (e instanceof FileTooLarge) return fail(`${name}: cannot read ${path} (${ioCause(e)})`);
    return fail(`${name}: cannot read ${path} (${ioCause(e)}); make it a file that the user that runs tf-repro can read`);
  }
}
