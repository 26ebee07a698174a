import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export type WindowBounds = Pick<Rectangle, 'x' | 'y' | 'width' | 'height'>;

const DEFAULT_SIZE = { width: 1280, height: 800 };

/**
 * The main window. Every security-relevant webPreference is spelled out, even where it is
 * Electron's default, so a test can assert it and a reviewer can see it
 * (https://www.electronjs.org/docs/latest/tutorial/security).
 */
export function createWindowOptions(preloadPath: string, bounds?: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 1024,
    minHeight: 640,
    title: 'Planuppföljning',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) could open a link in a new window: https://github.com/doyensec/electronegativity/wiki/AUXCLICK_JS_CHECK
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** Saved bounds are used only if they still overlap a screen: a detached monitor must not hide the window. */
export function visibleBounds(bounds: WindowBounds | undefined, workAreas: WindowBounds[]): WindowBounds | undefined {
  if (!bounds) return undefined;
  const overlaps = (area: WindowBounds): boolean =>
    bounds.x < area.x + area.width && bounds.x + bounds.width > area.x
    && bounds.y < area.y + area.height && bounds.y + bounds.height > area.y;
  return workAreas.some(overlaps) ? bounds : undefined;
}
