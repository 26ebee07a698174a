import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/web/server';
import { tempDir, totalRows, withDemoPlan } from '../helpers/planFile';

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const demo = withDemoPlan();
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Planuppföljning</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({ getSession: () => demo.session, rendererDir });
  return { ...demo, server };
}

/** A raw request, so tests can send any Host and Origin headers (fetch would not let them). */
function raw(s: WebServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(s.origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode HTTP bridge', () => {
  it('listens on 127.0.0.1 only and hands out the token in the URL fragment', async () => {
    const { server: s } = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{20,}$/);
    expect((s.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('answers an API call that carries the token, through the same dispatch as IPC', async () => {
    const { server: s } = await start();
    const res = await fetch(`${s.origin}/api/listPlans`, { method: 'POST', headers: { [TOKEN_HEADER]: s.token }, body: '{}' });
    const result = await res.json();
    expect(result.ok).toBe(true);
    expect(result.value[0].municipality).toBe('Åsbacka kommun');
  });

  it('refuses a call without the token (401) or with a wrong one, and writes nothing', async () => {
    const { server: s, file } = await start();
    const before = totalRows(file);
    const body = JSON.stringify({ name: 'Ny nämnd', kind: 'namnd' });
    expect((await fetch(`${s.origin}/api/createBody`, { method: 'POST', body })).status).toBe(401);
    expect((await fetch(`${s.origin}/api/createBody`, { method: 'POST', headers: { [TOKEN_HEADER]: 'x'.repeat(32) }, body })).status).toBe(401);
    expect(totalRows(file)).toBe(before);
  });

  it('refuses a call from another Origin (403) even with the token', async () => {
    const { server: s, file } = await start();
    const before = totalRows(file);
    const res = await raw(s, '/api/createBody', {
      method: 'POST', headers: { [TOKEN_HEADER]: s.token, Origin: 'http://evil.example', Host: new URL(s.origin).host }, body: '{"name":"X","kind":"namnd"}',
    });
    expect(res.status).toBe(403);
    expect(totalRows(file)).toBe(before);
  });

  it('refuses another Host header (DNS rebinding) with 403', async () => {
    const { server: s } = await start();
    const res = await raw(s, '/api/listPlans', { method: 'POST', headers: { [TOKEN_HEADER]: s.token, Host: 'evil.example:80' }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('answers malformed JSON with a typed error, not a crash', async () => {
    const { server: s } = await start();
    const res = await fetch(`${s.origin}/api/listPlans`, { method: 'POST', headers: { [TOKEN_HEADER]: s.token }, body: '{"a":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { kind: 'validation', message: 'Indata är inte giltig JSON. Inget har ändrats.' } });
  });

  it('serves the renderer with the strict CSP and nothing outside its folder', async () => {
    const { server: s } = await start();
    const index = await raw(s, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await raw(s, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await raw(s, '/../../etc/passwd')).status).toBe(404);
    expect((await raw(s, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});

describe('the renderer’s own CSP meta tag', () => {
  it('matches the policy the servers send (frame-ancestors only works as a header)', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONTENT_SECURITY_POLICY } = await import('@shared/security');
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
