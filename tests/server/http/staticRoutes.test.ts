import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { withDemoPlan } from '../../helpers/planFile';
import { ADMIN, signIn, startTestServer, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.server.close();
  harness = null;
});

/** A raw request: the path is sent exactly as written (fetch would normalise "..") and any Host may be given. */
function raw(origin: string, path: string, headers: Record<string, string> = {}) {
  const { port } = new URL(origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('server static files', () => {
  it('sends a visitor without a session from the page to the sign-in page, and shows it once signed in', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const anonymous = await raw(harness.origin, '/');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toBe('/auth/login');
    expect((await raw(harness.origin, '/index.html')).status).toBe(303);
    const anna = await signIn(harness.origin, ADMIN);
    const page = await raw(harness.origin, '/', { Cookie: anna.cookie });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await raw(harness.origin, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('refuses path traversal in every spelling (404) and logs it', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const attempts = [
      '/../../etc/passwd', // climbs out on purpose
      '/%2e%2e/%2e%2e/etc/passwd', // climbs out on purpose
      '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', // climbs out on purpose
      '/..%5c..%5cwindows%5cwin.ini', // climbs out on purpose
      '/assets%5capp.js',
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const res = await raw(harness.origin, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('root:');
    }
    expect(harness.securityLog()).toHaveLength(attempts.length);
    expect(harness.securityLog()[0]).toMatchObject({ ip: '127.0.0.1', what: 'GET /../../etc/passwd', why: 'Hittades inte.' });
  });

  it('refuses another Host header (DNS rebinding) with 403', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const res = await raw(harness.origin, '/auth/login', { Host: 'evil.example' });
    expect(res.status).toBe(403);
    expect(harness.securityLog()[0]).toMatchObject({ why: 'Fel värd.' });
  });
});
