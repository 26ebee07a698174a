import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExportedFile } from '../services/platform';

/**
 * Several files into one folder the user chose: each written beside its target and renamed (never
 * half a file), never over an existing file ("Underlag 2026 Socialnämnden (2).xlsx" instead), and
 * all or nothing — if one fails, the ones already written in this go are removed again.
 */
function freePath(folder: string, fileName: string, taken: Set<string>): string {
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? fileName : `${stem} (${n})${extension}`);
    if (!existsSync(path) && !taken.has(path)) return path;
  }
}

export function writeFilesToFolder(folder: string, files: ExportedFile[]): string[] {
  const written: string[] = [];
  try {
    for (const file of files) {
      const path = freePath(folder, file.fileName, new Set(written));
      const temp = `${path}.skrivs`;
      try {
        writeFileSync(temp, file.bytes, { flag: 'wx' });
        renameSync(temp, path);
      } finally {
        rmSync(temp, { force: true });
      }
      written.push(path);
    }
    return written;
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}
