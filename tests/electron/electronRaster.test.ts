import { beforeEach, describe, expect, it, vi } from 'vitest';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const capturePage = vi.fn(async () => ({ toPNG: () => Buffer.from(png) }));
const loadURL = vi.fn(async () => undefined);
const destroy = vi.fn();
const windows: { options: unknown }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: unknown, options: unknown) {
    windows.push({ options });
    return { loadURL, destroy, webContents: { capturePage, printToPDF: vi.fn() } };
  }),
  dialog: { showSaveDialog: vi.fn() },
}));

const { createElectronPlatform } = await import('../../electron/main/electronPlatform');

beforeEach(() => {
  vi.clearAllMocks();
  windows.length = 0;
});

describe('the Electron platform draws report charts', () => {
  it('in a hidden, sandboxed, offscreen window without JavaScript, of the chart’s size, captured as PNG and closed', async () => {
    const platform = createElectronPlatform(() => null, () => '/tmp');
    const result = await platform.rasterizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120"></svg>', 640, 120);
    expect([...result]).toEqual([...png]);
    expect(windows[0].options).toMatchObject({
      show: false, width: 640, height: 120, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false, offscreen: true },
    });
    expect(String((loadURL.mock.calls[0] as unknown[])[0])).toMatch(/^data:text\/html;charset=utf-8,/);
    expect(capturePage).toHaveBeenCalledWith({ x: 0, y: 0, width: 640, height: 120 });
    expect(destroy).toHaveBeenCalled();
  });

  it('closes the window when drawing fails', async () => {
    capturePage.mockRejectedValueOnce(new Error('GPU'));
    const platform = createElectronPlatform(() => null, () => '/tmp');
    await expect(platform.rasterizeSvg('<svg/>', 10, 10)).rejects.toThrow('GPU');
    expect(destroy).toHaveBeenCalled();
  });
});
