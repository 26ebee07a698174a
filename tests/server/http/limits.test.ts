import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { totalRows, withDemoPlan } from '../../helpers/planFile';
import { ADMIN, call, signIn, startTestServer, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await harness?.server.close();
  harness = null;
});

/** A raw socket that sends a request's headers and then dribbles its body, one byte now and then. */
function slowClient(origin: string, head: string): { socket: Socket; closed: Promise<string> } {
  const { port } = new URL(origin);
  const socket = connect(Number(port), '127.0.0.1');
  sockets.push(socket);
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => (answer += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  socket.write(head);
  const drip = setInterval(() => {
    if (!socket.destroyed) socket.write('{');
  }, 100);
  socket.on('close', () => clearInterval(drip));
  return { socket, closed };
}

describe('server limits', () => {
  it('refuses an oversized API body with 413, writes nothing and logs it', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session, { limits: { apiBody: 1024 } });
    const anna = await signIn(harness.origin, ADMIN);
    const before = totalRows(demo.file);
    const res = await call(harness.origin, anna, 'createBody', { name: 'x'.repeat(2000), kind: 'namnd' });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toBe('Anropet är för stort. Inget har ändrats.');
    expect(totalRows(demo.file)).toBe(before);
    expect(harness.securityLog().at(-1)).toMatchObject({ what: 'POST /api/createBody', user: ADMIN.caller.name });
  });

  it('takes a much smaller body at /auth than at /api', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const res = await fetch(`${harness.origin}/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `login=a&password=${'x'.repeat(64 * 1024)}`,
    });
    expect(res.status).toBe(413);
  });

  it('answers another user while a slowloris body dribbles in, and cuts the slow one off at the deadline', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session, { limits: { bodyDeadlineMs: 1500 } });
    const anna = await signIn(harness.origin, ADMIN);
    const before = totalRows(demo.file);
    const { host } = new URL(harness.origin);
    const slow = slowClient(harness.origin, [
      'POST /api/createBody HTTP/1.1', `Host: ${host}`, `Cookie: ${anna.cookie}`, `X-CSRF-Token: ${anna.csrf}`,
      'Content-Type: application/json', 'Content-Length: 100000', '', '',
    ].join('\r\n'));
    let slowDone = false;
    void slow.closed.then(() => (slowDone = true));
    // While the slow body is still arriving, another call is answered.
    const other = await call(harness.origin, anna, 'listPlans', {});
    expect(other.status).toBe(200);
    expect(slowDone).toBe(false);
    const answer = await slow.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('Anropet kom för långsamt');
    expect(totalRows(demo.file)).toBe(before);
    expect(harness.securityLog().at(-1)).toMatchObject({ what: 'POST /api/createBody', why: expect.stringContaining('långsamt') });
  });

  it('cuts off a client that never finishes its headers', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session, { limits: { headersTimeoutMs: 1000, requestTimeoutMs: 1500 } });
    const { port, host } = new URL(harness.origin);
    const socket = connect(Number(port), '127.0.0.1');
    sockets.push(socket);
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n`);
    const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 200);
    await closed;
    clearInterval(drip);
    expect(socket.destroyed).toBe(true);
  });
});
