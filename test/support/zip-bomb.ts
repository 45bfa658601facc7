// Zip files built byte by byte, for the readers' limits: an entry whose deflate stream inflates to
// gigabytes from about 1 KB per MiB (the same compressed MiB of zeros repeated), with the size its
// directory entry claims chosen freely (the truth, or a lie). The file stays a few MB.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Deflated (raw) bytes. */
  deflated: Buffer;
  /** The size the local header and the directory claim. */
  size: number;
  crc: number;
}

/** An entry of `content`, deflated honestly. */
export function entryOf(name: string, content: string | Buffer): RawEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** Raw deflate data that inflates to `mib` MiB of zeros: each MiB compressed alone, flushed to a byte boundary, then the final block. */
export function deflatedZeros(mib: number): Buffer {
  const piece = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => piece), deflateRawSync(Buffer.alloc(0))]);
}

/** A zip of these entries (method 8, no ZIP64: every size under 4 GiB). */
export function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    directory.push(central, name);
    offset += 30 + name.length + entry.deflated.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}
