import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/planFile';

const showOpenDialog = vi.fn();

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(),
  dialog: { showOpenDialog: (...args: unknown[]) => showOpenDialog(...args), showSaveDialog: vi.fn() },
}));

const { createElectronPlatform } = await import('../../electron/main/electronPlatform');
const { writeFilesToFolder } = await import('../../electron/main/folderDelivery');

const file = (fileName: string, bytes: number[]) => ({ fileName, mimeType: 'x', bytes: new Uint8Array(bytes) });

beforeEach(() => vi.clearAllMocks());

describe('delivering several files in Electron (one underlag per nämnd)', () => {
  it('asks for a folder once and writes every file there', async () => {
    const dir = tempDir();
    const platform = createElectronPlatform(() => null, () => '/hem/dokument');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    const result = await platform.deliverFiles!([file('Underlag 2026 Socialnämnden.xlsx', [1]), file('Underlag 2026 Kommunstyrelsen.xlsx', [2])]);
    expect(showOpenDialog).toHaveBeenCalledOnce();
    expect(showOpenDialog.mock.calls[0][0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'], defaultPath: '/hem/dokument' });
    expect(result).toEqual({
      kind: 'saved', folder: dir,
      paths: [join(dir, 'Underlag 2026 Socialnämnden.xlsx'), join(dir, 'Underlag 2026 Kommunstyrelsen.xlsx')],
    });
    expect(readdirSync(dir).sort()).toEqual(['Underlag 2026 Kommunstyrelsen.xlsx', 'Underlag 2026 Socialnämnden.xlsx']);
    expect([...readFileSync(join(dir, 'Underlag 2026 Kommunstyrelsen.xlsx'))]).toEqual([2]);
  });

  it('writes nothing when the user cancels', async () => {
    const documents = tempDir();
    const chosen = tempDir();
    const platform = createElectronPlatform(() => null, () => documents);
    // Some dialogs still report the folder that was selected when Avbryt was pressed.
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [chosen] });
    expect(await platform.deliverFiles!([file('a.xlsx', [1]), file('b.xlsx', [2])])).toEqual({ kind: 'cancelled' });
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    expect(await platform.deliverFiles!([file('a.xlsx', [1])])).toEqual({ kind: 'cancelled' });
    expect(readdirSync(chosen)).toEqual([]);
    expect(readdirSync(documents)).toEqual([]);
  });

  it('never writes over an existing file: the new one gets a number', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xlsx'), 'skickat förra gången');
    const paths = writeFilesToFolder(dir, [file('a.xlsx', [1]), file('a.xlsx', [2])]);
    expect(paths).toEqual([join(dir, 'a (2).xlsx'), join(dir, 'a (3).xlsx')]);
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('skickat förra gången');
  });

  it('is all or nothing: when one file cannot be written, the ones already written are removed', () => {
    const dir = tempDir();
    // A folder where the second file should go makes its write fail.
    mkdirSync(join(dir, 'b.xlsx.skrivs'));
    expect(() => writeFilesToFolder(dir, [file('a.xlsx', [1]), file('b.xlsx', [2])])).toThrow();
    expect(readdirSync(dir)).toEqual(['b.xlsx.skrivs']);
  });
});
