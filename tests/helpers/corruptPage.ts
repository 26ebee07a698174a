import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** SQLite b-tree page types (https://sqlite.org/fileformat2.html#b_tree_pages). */
const BTREE_PAGE_TYPES = new Set([2, 5, 10, 13]);

/** Deterministic bytes, so a failure can be reproduced. */
function seededBytes(length: number, seed: number): Buffer {
  let s = seed >>> 0;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    bytes[i] = s >>> 24;
  }
  return bytes;
}

/**
 * What a failing disk or a share with broken locking does: one page in the middle of the file
 * overwritten with random bytes. It takes the b-tree page nearest the middle (a page holding table
 * or index rows), so the damage is always one SQLite can see. Returns the page number.
 */
export function corruptMiddlePage(path: string, seed = 20261126): number {
  const fd = openSync(path, 'r+');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = Math.floor(fstatSync(fd).size / pageSize);
    const type = Buffer.alloc(1);
    for (let offset = 0; offset < pages / 2; offset++) {
      for (const page of [Math.floor(pages / 2) + offset, Math.floor(pages / 2) - offset]) {
        if (page < 2 || page > pages) continue;
        readSync(fd, type, 0, 1, (page - 1) * pageSize);
        if (!BTREE_PAGE_TYPES.has(type[0])) continue;
        writeSync(fd, seededBytes(pageSize, seed), 0, pageSize, (page - 1) * pageSize);
        return page;
      }
    }
    throw new Error(`no b-tree page to damage in ${path}`);
  } finally {
    closeSync(fd);
  }
}
