import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { registerAppScheme, rendererResponse, serveRenderer } from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();
let rendererDir: string;

beforeEach(() => {
  const root = tempDir();
  // A secret next to the build: what a traversal would try to reach.
  writeFileSync(join(root, 'secret.txt'), 'hemligt');
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Planuppföljning</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'index.css'), 'body{}');
});

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('serving the renderer', () => {
  it('serves index.html with the Content-Security-Policy header, through protocol.handle', async () => {
    serveRenderer(rendererDir);
    const [scheme, handler] = electron.protocol.handle.mock.calls.at(-1) as [string, (r: { url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler({ url: 'app://renderer/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Planuppföljning</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await rendererResponse('app://renderer/', rendererDir);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives assets their content types', async () => {
    const js = await rendererResponse('app://renderer/assets/index.js', rendererDir);
    const css = await rendererResponse('app://renderer/assets/index.css', rendererDir);
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/%2e%2e%2fsecret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://renderer/index.html%00.png',
    'app://other/index.html',
    'app://renderer/missing.js',
    'app://renderer/assets',
  ])('answers %s with 404 and nothing from outside', async (url) => {
    const response = await rendererResponse(url, rendererDir);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('hemligt');
  });
});
