// Reading single entries of a zip file (a Python wheel) without unpacking the rest: the central
// directory says where each entry is, so the 15,000 files of a TensorFlow wheel are skipped, not
// read, and a library of 788 MB streams through Node's own inflate into its file with constant
// memory. (fflate's `unzip` holds the whole archive and its output in memory; its streaming
// `Unzip` must read every entry in order. `unzip` and python3 are not on every runner.)
import { createReadStream, createWriteStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { withCommas } from '../util/text.js';

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated; other methods are refused when read. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNSET32 = 0xffffffff;
const UNSET16 = 0xffff;
/**
 * What a small entry read whole (METADATA, top_level.txt, a C header) may inflate to: TensorFlow's
 * largest header has under 200 KB. A wheel whose METADATA inflates to gigabytes is refused at this
 * size, not held in memory.
 */
export const SMALL_ENTRY_BYTES = 4 * 1024 * 1024;

/** The end record (22 bytes) plus the longest comment it may carry. */
const LONGEST_END = 22 + 0xffff;

/** Where the central directory is, from the file's last bytes (`tail`, which starts at `tailOffset`). */
export function findCentralDirectory(tail: Buffer, tailOffset: number): { offset: number; size: number; entries: number } | { zip64At: number } | null {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    if (at + 22 + tail.readUInt16LE(at + 20) !== tail.length) continue;
    const entries = tail.readUInt16LE(at + 10);
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    if ((entries === UNSET16 || size === UNSET32 || offset === UNSET32) && at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
      return { zip64At: Number(tail.readBigUInt64LE(at - 20 + 8)) };
    }
    if (tailOffset + at < offset + size) return null;
    return { offset, size, entries };
  }
  return null;
}

/** The ZIP64 end record's directory location. */
export function parseZip64End(record: Buffer): { offset: number; size: number; entries: number } | null {
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_END_OF_DIRECTORY) return null;
  return { entries: Number(record.readBigUInt64LE(32)), size: Number(record.readBigUInt64LE(40)), offset: Number(record.readBigUInt64LE(48)) };
}

/** The entries of a central directory. Pure. */
export function parseCentralDirectory(directory: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length && directory.readUInt32LE(at) === DIRECTORY_ENTRY) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    // ZIP64: each field that overflowed 32 bits is in the extra field, in this order.
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let x = 0; x + 4 <= extra.length; x += 4 + extra.readUInt16LE(x + 2)) {
      if (extra.readUInt16LE(x) !== ZIP64_EXTRA) continue;
      let field = x + 4;
      const next = (): number => {
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === UNSET32) entry.size = next();
      if (entry.compressedSize === UNSET32) entry.compressedSize = next();
      if (entry.localHeaderOffset === UNSET32) entry.localHeaderOffset = next();
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export class ZipArchive {
  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Reads the central directory; throws an Error saying why when the file is not a zip. */
  static async open(path: string): Promise<ZipArchive> {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const tailLength = Math.min(size, LONGEST_END);
      const tail = await readAt(file, size - tailLength, tailLength);
      let where = findCentralDirectory(tail, size - tailLength);
      if (where !== null && 'zip64At' in where) where = parseZip64End(await readAt(file, where.zip64At, 56));
      if (where === null || where.offset + where.size > size) throw new Error('not a zip archive (no central directory at its end)');
      const entries = parseCentralDirectory(await readAt(file, where.offset, where.size));
      return new ZipArchive(path, file, new Map(entries.map((entry) => [entry.name, entry])));
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  /** An entry's bytes, for small entries (headers): one larger than `limit` bytes is an Error, before or as it inflates. */
  async read(name: string, limit = SMALL_ENTRY_BYTES): Promise<Buffer | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    this.checkSize(entry, limit);
    const chunks: Buffer[] = [];
    await this.stream(entry, (chunk) => void chunks.push(chunk));
    return Buffer.concat(chunks);
  }

  /** Streams an entry into a new file, checking its size and CRC-32 on the way; one larger than `limit` bytes is an Error. */
  async extract(name: string, destination: string, limit = Infinity): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`${name} is not in ${this.path}`);
    this.checkSize(entry, limit);
    const out = createWriteStream(destination, { flags: 'wx', mode: 0o755 });
    await this.stream(entry, (chunk) => new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve()))));
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }

  private checkSize(entry: ZipEntry, limit: number): void {
    if (entry.size > limit)
      throw new Error(
        `${entry.name} in ${this.path} is ${withCommas(entry.size)} bytes unpacked, more than the ${withCommas(limit)} such a file may have: the archive is damaged, or a zip bomb`,
      );
  }

  private async stream(entry: ZipEntry, sink: (chunk: Buffer) => void | Promise<void>): Promise<void> {
    if (entry.method !== 0 && entry.method !== 8)
      throw new Error(`${entry.name} in ${this.path} uses compression method ${entry.method}, which is not read here`);
    const local = await readAt(this.file, entry.localHeaderOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`${entry.name} in ${this.path}: no local header where the directory says`);
    const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    let crc = 0;
    let size = 0;
    const path = this.path;
    const check = new Writable({
      write(chunk: Buffer, _encoding, done) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        // Stopped as soon as it inflates past what its directory entry says: a zip bomb fills neither memory nor disk.
        if (size > entry.size)
          return done(
            new Error(
              `${entry.name} in ${path} inflates to more than the ${withCommas(entry.size)} bytes its directory entry says: the archive is damaged, or a zip bomb`,
            ),
          );
        Promise.resolve(sink(chunk)).then(() => done(), done);
      },
    });
    if (entry.compressedSize > 0) {
      const raw = createReadStream(this.path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: 1 << 20 });
      await (entry.method === 8 ? pipeline(raw, zlib.createInflateRaw(), check) : pipeline(raw, check));
    }
    if (size !== entry.size || crc >>> 0 !== entry.crc32)
      throw new Error(`${entry.name} in ${this.path} is damaged (size or CRC-32 differs from its directory entry)`);
  }
}

/** CRC-32 as zip computes it: Node's zlib has it from 20.15 and 22.2. */
export function crc32(data: Buffer, previous = 0): number {
  if (typeof zlib.crc32 !== 'function') throw new Error(`Node ${process.version} has no zlib.crc32: use Node 20.15 or later`);
  return zlib.crc32(data, previous);
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
