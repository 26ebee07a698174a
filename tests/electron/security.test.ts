import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  CONTENT_SECURITY_POLICY, hardenWebContents, isAppUrl, isTrustedSender, restrictPermissions,
} from '../../electron/main/security';

afterEach(() => {
  vi.unstubAllEnvs();
});

function directive(name: string): string {
  return CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
}

describe('CONTENT_SECURITY_POLICY', () => {
  it("allows scripts only from 'self', never inline or eval", () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('forbids plugins, base changes, forms and framing', () => {
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('form-action')).toBe("form-action 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://renderer/assets/index-abc.js')).toBe(true);
  });

  it.each([
    'https://evil.example',
    'app://renderer.evil.example/index.html',
    'app://evil/index.html',
    'app://renderer@evil.example/index.html',
    'app://user@renderer/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://renderer/index.html',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin only when one is given, by origin not prefix', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173.attacker.com/', 'http://localhost:5173')).toBe(false);
  });
});

type Listener = (event: { preventDefault: () => void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    getURL: () => 'app://renderer/index.html',
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    }),
  };
  return { contents, listeners, openHandler: () => openHandler };
}

describe('hardenWebContents', () => {
  function harden() {
    const fake = fakeContents();
    hardenWebContents(fake.contents as unknown as Parameters<typeof hardenWebContents>[0]);
    return fake;
  }

  it('blocks navigation away from the app', () => {
    const { listeners } = harden();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets the app navigate within itself', () => {
    const { listeners } = harden();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(event, 'app://renderer/index.html');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const { openHandler } = harden();
    expect(openHandler()?.({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
    expect(openHandler()?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const { listeners } = harden();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('restrictPermissions', () => {
  function handlers() {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    restrictPermissions(session as unknown as Parameters<typeof restrictPermissions>[0]);
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as
      (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string; isMainFrame: boolean }) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
    const granted = (permission: string, requestingUrl: string, isMainFrame = true): boolean => {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl, isMainFrame });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0][0] as boolean;
    };
    return { granted, check };
  }

  it('allows full screen to the app’s own page, for presentationsläge', () => {
    const { granted, check } = handlers();
    expect(granted('fullscreen', 'app://renderer/index.html')).toBe(true);
    expect(check(null, 'fullscreen', 'app://renderer', {})).toBe(true);
  });

  it('refuses full screen to any other origin and to a subframe', () => {
    const { granted, check } = handlers();
    expect(granted('fullscreen', 'https://evil.example/')).toBe(false);
    expect(granted('fullscreen', 'app://renderer.evil.example/')).toBe(false);
    expect(granted('fullscreen', 'app://renderer/index.html', false)).toBe(false);
    expect(check(null, 'fullscreen', 'https://evil.example', {})).toBe(false);
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'pointerLock', 'fileSystem'])(
    'denies %s, even to the app itself', (permission) => {
      const { granted, check } = handlers();
      expect(granted(permission, 'app://renderer/index.html')).toBe(false);
      expect(check(null, permission, 'app://renderer', {})).toBe(false);
    });
});

describe('isTrustedSender', () => {
  const event = (senderFrame: { url: string; parent: unknown } | null) =>
    ({ senderFrame } as unknown as Parameters<typeof isTrustedSender>[0]);

  it('trusts the main frame of the app page', () => {
    expect(isTrustedSender(event({ url: 'app://renderer/index.html', parent: null }))).toBe(true);
  });

  it('refuses a missing frame, a subframe and a foreign page', () => {
    expect(isTrustedSender(event(null))).toBe(false);
    expect(isTrustedSender(event({ url: 'app://renderer/index.html', parent: {} }))).toBe(false);
    expect(isTrustedSender(event({ url: 'https://evil.example/', parent: null }))).toBe(false);
  });

  it('trusts the electron-vite dev server only while ELECTRON_RENDERER_URL names it', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
    const devPage = event({ url: 'http://localhost:5173/', parent: null });
    expect(isTrustedSender(devPage)).toBe(false);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(isTrustedSender(devPage)).toBe(true);
    expect(isTrustedSender(event({ url: 'http://localhost:8080/', parent: null }))).toBe(false);
  });
});
