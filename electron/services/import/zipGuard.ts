import { createInflateRaw } from 'node:zlib';
import { AppError } from '@shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '@shared/domain/transfer';
import { NotAZip, readZipDirectory, type ZipEntry } from './zipDirectory';

/**
 * An XLSX is a zip, and exceljs unpacks all of it into memory. A few hundred kilobytes can unpack
 * to gigabytes (a "zip bomb"), so before exceljs sees a file its central directory is checked and
 * every entry is unpacked once, counting bytes and throwing them away, to prove the sizes it
 * states. Limits as Apache POI's ZipSecureFile: far above any real workbook.
 */
export const ZIP_LIMITS = {
  entries: 10_000,
  totalBytes: 200 * 1024 * 1024,
  /** Unpacked bytes per packed byte; XML in real workbooks stays well under 100. */
  ratio: 100,
  /** Entries smaller than this are not held to the ratio: tiny parts of zeros are harmless. */
  ratioFrom: 100 * 1024,
} as const;

function refuse(message: string): never {
  throw new AppError('refused_file', `${message} Inget har sparats.`);
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024).toLocaleString('sv-SE');

/** Unpacks one deflated entry, counting; stops as soon as it passes `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

function checkStated(fileName: string, count: number, entries: ZipEntry[]): void {
  const unreadable = `”${fileName}” går inte att läsa som Excel-arbetsbok (.xlsx).`;
  if (count > ZIP_LIMITS.entries) {
    refuse(`”${fileName}” består av ${count.toLocaleString('sv-SE')} delar, fler än en Excel-arbetsbok kan ha (högst ${ZIP_LIMITS.entries.toLocaleString('sv-SE')}).`);
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > ZIP_LIMITS.totalBytes) {
    refuse(`Filen är för stor packad upp: ”${fileName}” blir ${mb(total)} MB uppackad (högst ${mb(ZIP_LIMITS.totalBytes)} MB). Spara en mindre arbetsbok eller som CSV och försök igen.`);
  }
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) refuse(`${unreadable} Den är packad på ett sätt som Excel inte använder.`);
    if (e.uncompressedSize > ZIP_LIMITS.ratioFrom && e.uncompressedSize > ZIP_LIMITS.ratio * Math.max(e.compressedSize, 1)) {
      refuse(`Filen är för stor packad upp: delen ”${e.name}” i ”${fileName}” blir mer än ${ZIP_LIMITS.ratio} gånger större uppackad, vilket en vanlig Excel-arbetsbok aldrig blir.`);
    }
  }
}

/** Refuses, in Swedish, an XLSX too large to unpack safely; returns when exceljs may read it. */
export async function checkZipSize(bytes: Uint8Array, fileName: string): Promise<void> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) refuse(`”${fileName}” är för stor (högst ${mb(MAX_IMPORT_FILE_BYTES)} MB).`);
  let directory: { count: number; entries: ZipEntry[] };
  try {
    directory = readZipDirectory(bytes, ZIP_LIMITS.entries);
  } catch (error) {
    if (error instanceof NotAZip) refuse(`”${fileName}” går inte att läsa som Excel-arbetsbok (.xlsx).`);
    throw error;
  }
  checkStated(fileName, directory.count, directory.entries);
  // The directory could lie about sizes; unpacking is what exceljs would get, so that is what counts.
  for (const e of directory.entries.filter((entry) => entry.method === 8)) {
    let size: number;
    try {
      size = await inflatedSize(bytes.subarray(e.dataStart, e.dataStart + e.compressedSize), e.uncompressedSize);
    } catch {
      refuse(`”${fileName}” är skadad: delen ”${e.name}” går inte att packa upp.`);
    }
    if (size > e.uncompressedSize) refuse(`Filen är för stor packad upp: delen ”${e.name}” i ”${fileName}” blir större uppackad än filen anger.`);
  }
}
