import { describe, expect, it } from 'vitest';
import { NATIVE_MODULE_MESSAGE, refusal } from '../../electron/cli/refusal';
import { AppError } from '@shared/errors';

describe('cli refusals', () => {
  it('tells whoever runs the built program after the app how to make SQLite load in Node again', async () => {
    // What Node throws when better-sqlite3 was last built for Electron (npm start).
    const abi = Object.assign(new Error("The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 139. "
      + 'This version of Node.js requires NODE_MODULE_VERSION 115.'), { code: 'ERR_DLOPEN_FAILED' });
    expect(await refusal(abi)).toBe(`${NATIVE_MODULE_MESSAGE}\n`);
    expect(NATIVE_MODULE_MESSAGE).toContain('node scripts/ensure-native.mjs node');
  });

  it('gives a service’s refusal as it is, and an unexplained error with its detail to report', async () => {
    expect(await refusal(new AppError('validation', '--as-of: ”x” är inte ett datum (ÅÅÅÅ-MM-DD).'))).toBe('--as-of: ”x” är inte ett datum (ÅÅÅÅ-MM-DD).\n');
    expect(await refusal(new Error('något oväntat'))).toMatch(/\nTeknisk detalj \(för felanmälan\): något oväntat\n$/);
  });
});
