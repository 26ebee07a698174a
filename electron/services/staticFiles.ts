import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Reads a file of the built renderer for a URL path, for the app:// protocol and for browser mode.
 * Nothing outside the renderer folder is ever served: not by "..", not by "%2e%2e", not by a symlink.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The file a (still encoded) URL path names inside rootDir, or null. "/" means index.html. */
export function resolveStaticPath(rootDir: string, encodedPath: string): string | null {
  let path: string;
  try {
    // Decoding after URL parsing: "..%2f" survives normalisation and must be caught here.
    path = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return isInside(root, file) ? file : null;
}

export async function readStaticFile(rootDir: string, encodedPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(rootDir, encodedPath);
  if (file === null) return null;
  try {
    const [root, real] = await Promise.all([realpath(rootDir), realpath(file)]);
    if (!isInside(root, real)) return null;
    return { body: await readFile(real), contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
