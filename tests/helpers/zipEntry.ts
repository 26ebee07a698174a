import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../electron/services/import/zipDirectory';

/**
 * Every entry of a ZIP archive (a DOCX or XLSX), unpacked, read through the central directory as
 * the app's own import reads it (electron/services/import/zipDirectory.ts): tests look inside
 * exported documents without an unzip tool. Stored and deflated entries only.
 */
export function zipEntries(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const entries = new Map<string, Buffer>();
  for (const entry of readZipDirectory(zip, Number.MAX_SAFE_INTEGER).entries) {
    const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    entries.set(entry.name, entry.method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return entries;
}

/** One entry of a ZIP archive as text. */
export function readZipEntry(zip: Uint8Array, name: string): string {
  const entry = readZipDirectory(zip, Number.MAX_SAFE_INTEGER).entries.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the archive`);
  const data = Buffer.from(zip).subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

/** The text of a WordprocessingML part: the runs' text joined, paragraphs on their own lines. */
export function docxText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
