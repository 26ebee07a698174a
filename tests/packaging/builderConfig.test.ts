import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSOCIATED_EXTENSION, PLAN_FILE_EXTENSIONS } from '../../electron/main/planFileArgument';

/*
 * `npm run dist` downloads Electron, so packaging itself cannot run in CI. What can be checked
 * here is that electron-builder accepts the configuration (its own schema) and that the promises
 * made in it hold: hardened fuses, the targets, the icon, the file association.
 */
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const config = pkg.build;
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration (package.json "build")', () => {
  it('is valid by electron-builder’s own schema, and a misspelt option is refused (so the check can fail)', async () => {
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, productNamn: 'Stavfel' }, logger)).rejects.toThrow(/productNamn/);
  });

  it('flips the fuses that close doors the app never uses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // runAsNode off breaks child_process.fork in the main process: the app must not use it.
    const mainSources = ['index.ts', 'fileSession.ts', 'electronPlatform.ts'].map((f) => readFileSync(join(root, 'electron/main', f), 'utf8'));
    for (const source of mainSources) expect(source).not.toMatch(/\bfork\(|ELECTRON_RUN_AS_NODE/);
  });

  it('builds an NSIS installer and a portable exe for Windows, a dmg for macOS and an AppImage for Linux', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.mac.target).toContain('dmg');
    expect(config.linux.target).toContain('AppImage');
    expect(config.productName).toBe('Planuppföljning');
  });

  it('ships the built app with its native module outside the asar, and better-sqlite3 as a runtime dependency', () => {
    expect(config.files).toContain('out/**/*');
    expect(pkg.main).toMatch(/^out\//);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3');
    // The module is rebuilt for Electron by our own script before packaging (see "predist").
    expect(config.npmRebuild).toBe(false);
    expect(pkg.scripts.predist).toContain('ensure-native.mjs electron');
  });

  it('has an icon of at least 512×512 pixels for every platform', () => {
    for (const platform of ['win', 'mac', 'linux']) {
      const { width, height } = pngSize(readFileSync(join(root, config[platform].icon)));
      expect(width).toBeGreaterThanOrEqual(512);
      expect(height).toBe(width);
    }
  });

  it('associates the plan file extension that the app saves and opens', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: ASSOCIATED_EXTENSION, name: 'Planfil' })]);
    expect(PLAN_FILE_EXTENSIONS).toContain(ASSOCIATED_EXTENSION);
  });
});
