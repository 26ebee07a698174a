import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../electron/web/browserPlatform';

describe('delivering files in browser mode', () => {
  it('hands several files back to the page as downloads, bytes intact', async () => {
    const result = await browserPlatform.deliverFiles!([
      { fileName: 'Underlag 2026 Socialnämnden.xlsx', mimeType: 'application/x', bytes: new Uint8Array([0, 1, 255]) },
      { fileName: 'b.csv', mimeType: 'text/csv', bytes: new Uint8Array([65]) },
    ]);
    expect(result).toEqual({
      kind: 'download',
      files: [
        { fileName: 'Underlag 2026 Socialnämnden.xlsx', mimeType: 'application/x', base64: 'AAH/' },
        { fileName: 'b.csv', mimeType: 'text/csv', base64: 'QQ==' },
      ],
    });
  });
});

describe('deliverAll on a platform without deliverFiles', () => {
  it('hands the files over one at a time', async () => {
    const { deliverAll, NO_PLATFORM } = await import('../../electron/services/platform');
    const saved: string[] = [];
    const platform = { ...NO_PLATFORM, deliverFiles: undefined, deliverFile: async (f: { fileName: string }) => { saved.push(f.fileName); return { kind: 'saved' as const, path: `/mapp/${f.fileName}` }; } };
    const files = ['a.xlsx', 'b.xlsx'].map((fileName) => ({ fileName, mimeType: 'x', bytes: new Uint8Array([1]) }));
    expect(await deliverAll(platform, files)).toEqual({ kind: 'saved', folder: '/mapp', paths: ['/mapp/a.xlsx', '/mapp/b.xlsx'] });
    expect(saved).toEqual(['a.xlsx', 'b.xlsx']);
    expect(await deliverAll(browserPlatform, files)).toMatchObject({ kind: 'download', files: [{ fileName: 'a.xlsx' }, { fileName: 'b.xlsx' }] });
  });
});
