/**
 * Reads a zip file's central directory (an XLSX is a zip): each entry's name, method, sizes and
 * where its data starts. Only reads; nothing is unpacked here. Zip64 sizes and counts are read too.
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT §4.3.12–4.3.16, §4.5.3
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's compressed bytes in the file. */
  dataStart: number;
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export class NotAZip extends Error {}

function need(condition: boolean): void {
  if (!condition) throw new NotAZip('not a zip');
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  throw new NotAZip('no end of central directory');
}

/** Entry count and where the central directory starts, from the zip64 record when the plain one is full. */
function directory(view: DataView): { count: number; offset: number } {
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === END64_LOCATOR) {
    const end64 = u64(view, end - 12);
    need(end64 + 56 <= view.byteLength && view.getUint32(end64, true) === END64);
    count = u64(view, end64 + 32);
    offset = u64(view, end64 + 48);
  }
  return { count, offset };
}

/** Sizes that do not fit 32 bits are in the zip64 extra field, in this order, only those that are full. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, entry: { uncompressedSize: number; compressedSize: number }): void {
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === 0xffffffff) { need(field + 8 <= at + 4 + size); entry.uncompressedSize = u64(view, field); field += 8; }
      if (entry.compressedSize === 0xffffffff) { need(field + 8 <= at + 4 + size); entry.compressedSize = u64(view, field); }
      return;
    }
    at += 4 + size;
  }
}

/**
 * The entries, at most `maxEntries` of them read (the caller refuses more, so a directory that
 * claims millions of entries costs nothing). Throws NotAZip for anything that does not add up.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): { count: number; entries: ZipEntry[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const { count, offset } = directory(view);
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < Math.min(count, maxEntries); i++) {
      need(at + 46 <= view.byteLength && view.getUint32(at, true) === CENTRAL);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      need(at + 46 + nameLength + extraLength <= view.byteLength);
      const sizes = { compressedSize: view.getUint32(at + 20, true), uncompressedSize: view.getUint32(at + 24, true) };
      zip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
      // Local header offsets over 4 GB cannot occur in a file this size; the local header must be where it says.
      const local = view.getUint32(at + 42, true);
      need(local + 30 <= view.byteLength && view.getUint32(local, true) === LOCAL);
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      need(dataStart + sizes.compressedSize <= view.byteLength);
      entries.push({
        name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        method: view.getUint16(at + 10, true),
        ...sizes,
        dataStart,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return { count, entries };
  } catch (error) {
    if (error instanceof RangeError) throw new NotAZip('truncated');
    throw error;
  }
}
