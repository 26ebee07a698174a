import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findTool, requireTool, toolOrSkip } from '../helpers/tools';
import { tempDir } from '../helpers/planFile';

/** Issue 12: a test that needs a tool is never skipped silently in CI. */
describe('a tool a test needs', () => {
  it('is found on PATH the same way for every test, executable files only', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'soffice'), '#!/bin/sh\n');
    expect(findTool('soffice', dir)).toBeNull();
    chmodSync(join(dir, 'soffice'), 0o755);
    expect(findTool('soffice', `/nonexistent:${dir}`)).toBe(join(dir, 'soffice'));
  });

  it('missing in CI fails the test with the reason', () => {
    const context = { skip: vi.fn(() => { throw new Error('skipped'); }) };
    expect(() => requireTool(context, 'soffice', 'libreoffice-writer-nogui', { CI: '1', PATH: tempDir() }))
      .toThrow('soffice saknas på PATH: testet kräver det. Installera libreoffice-writer-nogui. I CI hoppas inget test över.');
    expect(context.skip).not.toHaveBeenCalled();
  });

  it('missing outside CI skips the test and says why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const context = { skip: vi.fn((note?: string): never => { throw new Error(`skipped: ${note}`); }) };
    expect(() => requireTool(context, 'soffice', 'libreoffice-writer-nogui', { PATH: tempDir() })).toThrow('skipped: soffice saknas');
    expect(warn).toHaveBeenCalledWith('Hoppar över: soffice saknas på PATH: testet kräver det. Installera libreoffice-writer-nogui.');
    warn.mockRestore();
  });

  it('for a whole file: the path, or the reason to skip outside CI, and a failure in CI', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'soffice'), '#!/bin/sh\n');
    chmodSync(join(dir, 'soffice'), 0o755);
    expect(toolOrSkip('soffice', 'LibreOffice', { CI: '1', PATH: dir })).toEqual({ path: join(dir, 'soffice') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(toolOrSkip('soffice', 'LibreOffice', { PATH: tempDir() })).toEqual({ skip: 'soffice saknas på PATH: testet kräver det. Installera LibreOffice.' });
    warn.mockRestore();
    expect(() => toolOrSkip('soffice', 'LibreOffice', { CI: 'true', PATH: tempDir() })).toThrow(/I CI hoppas inget test över\.$/);
  });
});
