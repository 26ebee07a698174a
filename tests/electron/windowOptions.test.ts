import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createWindowOptions, visibleBounds } from '../../electron/main/windowOptions';

describe('createWindowOptions', () => {
  const options = createWindowOptions('/app/out/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer without Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.webviewTag).toBe(false);
  });

  it('keeps web security on and insecure features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).not.toBe(true);
    expect(web.experimentalFeatures).not.toBe(true);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the given preload and waits for ready-to-show', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Planuppföljning');
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(640);
  });

  it('uses remembered bounds when given', () => {
    const withBounds = createWindowOptions('/p.cjs', { x: 10, y: 20, width: 1300, height: 900 });
    expect(withBounds).toMatchObject({ x: 10, y: 20, width: 1300, height: 900 });
  });
});

describe('visibleBounds', () => {
  const screenArea = { x: 0, y: 0, width: 1920, height: 1080 };

  it('keeps bounds that overlap a screen', () => {
    const bounds = { x: 100, y: 100, width: 1200, height: 800 };
    expect(visibleBounds(bounds, [screenArea])).toEqual(bounds);
  });

  it('drops bounds on a monitor that is gone', () => {
    expect(visibleBounds({ x: 3000, y: 100, width: 1200, height: 800 }, [screenArea])).toBeUndefined();
  });
});
