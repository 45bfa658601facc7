// A Keras .keras archive: a zip of config.json (the architecture), metadata.json (the Keras
// version) and model.weights.h5. Only the first two are read, as the file streams past, so that
// weights of any size are neither held in memory nor used: tf-repro trains from initialisation.
// A config.json larger than any model's (a zip bomb) is refused before it is unpacked. Errors are
// UserErrors naming 'model'.
import { Unzip, UnzipInflate } from 'fflate';
import { UserError } from '../util/user-error.js';
import { errorMessage } from '../util/errors.js';
import { ioCause, openRegularFile } from '../util/user-files.js';
import { ownValue } from '../util/records.js';

/** The largest config.json unpacked: a model of thousands of layers has a few MiB. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_METADATA_BYTES = 1024 * 1024;
const LIMITS: Readonly<Record<string, number>> = { 'config.json': MAX_CONFIG_BYTES, 'metadata.json': MAX_METADATA_BYTES };

export interface KerasArchive {
  /** config.json, parsed: what model.to_json() returns. */
  config: unknown;
  /** metadata.json's keras_version, e.g. "3.15.1"; null where it has none. */
  kerasVersion: string | null;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The unpacked bytes of config.json and metadata.json; throws UserError for a file that is no zip, or a corrupt one. */
async function unpack(path: string, label: string): Promise<Map<string, Uint8Array>> {
  // A regular file only: a FIFO or /dev/zero at the model's path is an error, never a wait or an endless read.
  const file = await openRegularFile(path).catch((error: unknown) => Promise.reject(new UserError(`${label}: cannot read it (${ioCause(error)})`)));
  return new Promise((resolve, reject) => {
    const found = new Map<string, Uint8Array>();
    let entries = 0;
    let settled = false;
    const stream = file.createReadStream({ highWaterMark: 1 << 20 });
    const finish = (error?: UserError): void => {
      if (settled) return;
      settled = true;
      stream.destroy();
      if (error) reject(error);
      else if (entries === 0) reject(new UserError(`${label}: not a zip archive, as a .keras file is; give the file that model.save("model.keras") wrote`));
      else resolve(found);
    };
    const corrupt = (why: string) => new UserError(`${label}: the .keras archive is corrupt (${why}); save the model again`);
    const unzip = new Unzip((file) => {
      entries++;
      const limit = ownValue(LIMITS, file.name);
      if (limit === undefined || found.has(file.name)) return;
      const tooLarge = (bytes: number) =>
        new UserError(
          `${label}: its ${file.name} unpacks to more than ${mib(limit)} (${bytes} bytes or more), far more than a model's; is this a .keras archive?`,
        );
      if (file.originalSize !== undefined && file.originalSize > limit) return finish(tooLarge(file.originalSize));
      const chunks: Uint8Array[] = [];
      let size = 0;
      file.ondata = (error, chunk, final) => {
        if (error) return finish(corrupt(`${file.name}: ${error.message}`));
        size += chunk.length;
        if (size > limit) {
          file.terminate();
          return finish(tooLarge(size));
        }
        chunks.push(chunk);
        if (!final) return;
        found.set(file.name, Buffer.concat(chunks));
        if (Object.keys(LIMITS).every((name) => found.has(name))) finish();
      };
      try {
        file.start();
      } catch (error) {
        finish(
          new UserError(
            `${label}: its ${file.name} is packed with compression method ${file.compression}, which tf-repro cannot unpack (${errorMessage(error)}); save the model again`,
          ),
        );
      }
    });
    unzip.register(UnzipInflate);
    stream.on('data', (chunk: string | Buffer) => {
      try {
        unzip.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      } catch (error) {
        finish(corrupt(errorMessage(error)));
      }
    });
    stream.on('end', () => {
      try {
        unzip.push(new Uint8Array(0), true);
      } catch (error) {
        return finish(corrupt(errorMessage(error)));
      }
      finish();
    });
    stream.on('error', (error: NodeJS.ErrnoException) => finish(new UserError(`${label}: cannot read it (${ioCause(error)})`)));
  });
}

/** config.json and the Keras version of the .keras archive at `path`. Throws UserError, starting with `label`. */
export async function readKerasArchive(path: string, label: string): Promise<KerasArchive> {
  const files = await unpack(path, label);
  const configBytes = files.get('config.json');
  if (configBytes === undefined)
    throw new UserError(`${label}: the archive has no config.json, so it is not a .keras model; give the file that model.save("model.keras") wrote`);
  const decoder = new TextDecoder();
  let config: unknown;
  try {
    config = JSON.parse(decoder.decode(configBytes));
  } catch (error) {
    throw new UserError(`${label}: its config.json is not valid JSON (${errorMessage(error)}); save the model again`);
  }
  let kerasVersion: string | null = null;
  const metadata = files.get('metadata.json');
  if (metadata !== undefined) {
    try {
      const parsed = JSON.parse(decoder.decode(metadata)) as { keras_version?: unknown };
      if (typeof parsed.keras_version === 'string') kerasVersion = parsed.keras_version;
    } catch {
      // The version only names the file in the report; the config says what it needs.
    }
  }
  return { config, kerasVersion };
}
