import { afterEach, describe, expect, it } from 'vitest';
import { totalRows, withDemoPlan } from '../../helpers/planFile';
import { ADMIN, call, READER, signIn, startTestServer, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.server.close();
  harness = null;
});

const newBody = { name: 'Ny nämnd', kind: 'namnd' };

describe('server API: sessions and CSRF', () => {
  it('answers a signed-in call with the CSRF token, through dispatch', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const anna = await signIn(harness.origin, ADMIN);
    const result = await (await call(harness.origin, anna, 'listPlans', {})).json();
    expect(result.ok).toBe(true);
    expect(result.value[0].municipality).toBe('Åsbacka kommun');
  });

  it('refuses a call without a session (401), changes nothing and logs it', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const before = totalRows(demo.file);
    const res = await fetch(`${harness.origin}/api/createBody`, { method: 'POST', body: JSON.stringify(newBody) });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/inte inloggad/);
    expect(totalRows(demo.file)).toBe(before);
    expect(harness.securityLog()).toEqual([expect.objectContaining({ what: 'POST /api/createBody', user: null, ip: '127.0.0.1' })]);
  });

  it('refuses an expired session (absolute and idle expiry on an injected clock)', async () => {
    const demo = withDemoPlan();
    let now = new Date('2026-03-02T08:00:00Z').getTime();
    harness = await startTestServer(demo.session, { clock: () => new Date(now), sessionHours: 8, idleMinutes: 60 });
    const anna = await signIn(harness.origin, ADMIN);
    now += 59 * 60_000;
    expect((await call(harness.origin, anna, 'listPlans', {})).status).toBe(200);
    now += 61 * 60_000; // idle for more than an hour
    const before = totalRows(demo.file);
    expect((await call(harness.origin, anna, 'createBody', newBody)).status).toBe(401);

    const lars = await signIn(harness.origin, READER);
    for (let step = 0; step < 10; step++) {
      now += 50 * 60_000; // active, but past eight hours in all
      await call(harness.origin, lars, 'listPlans', {});
    }
    expect((await call(harness.origin, lars, 'createBody', newBody)).status).toBe(401);
    expect(totalRows(demo.file)).toBe(before);
    expect(harness.securityLog().filter((e) => e.what === 'POST /api/createBody')).toHaveLength(2);
  });

  it('refuses a missing or forged CSRF token (403) and changes nothing', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const anna = await signIn(harness.origin, ADMIN);
    const before = totalRows(demo.file);
    const missing = await fetch(`${harness.origin}/api/createBody`, { method: 'POST', headers: { Cookie: anna.cookie }, body: JSON.stringify(newBody) });
    expect(missing.status).toBe(403);
    const forged = await call(harness.origin, { cookie: anna.cookie, csrf: 'x'.repeat(anna.csrf.length) }, 'createBody', newBody);
    expect(forged.status).toBe(403);
    expect((await forged.json()).error.message).toMatch(/säkerhetskod/);
    // Another person's token is no better than a forged one.
    const lars = await signIn(harness.origin, READER);
    expect((await call(harness.origin, { cookie: anna.cookie, csrf: lars.csrf }, 'createBody', newBody)).status).toBe(403);
    expect(totalRows(demo.file)).toBe(before);
    expect(harness.securityLog().filter((e) => e.user === ADMIN.caller.name && /CSRF/.test(String(e.why)))).toHaveLength(3);
  });

  it('signs out a deactivated person at the next request', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const lars = await signIn(harness.origin, READER);
    harness.accounts.deactivate(READER.caller.userId);
    expect((await call(harness.origin, lars, 'listPlans', {})).status).toBe(401);
  });

  it('refuses a write from another Origin (403) even with a session and token', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const anna = await signIn(harness.origin, ADMIN);
    const before = totalRows(demo.file);
    const res = await fetch(`${harness.origin}/api/createBody`, {
      method: 'POST', headers: { Cookie: anna.cookie, 'X-CSRF-Token': anna.csrf, Origin: 'http://evil.example' }, body: JSON.stringify(newBody),
    });
    expect(res.status).toBe(403);
    expect(totalRows(demo.file)).toBe(before);
  });

  it('logs a call that dispatch answers with an unauthorized refusal', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const lars = await signIn(harness.origin, READER);
    // The stand-in directory refuses every save as unauthorized, as the real store refuses a non-admin.
    const result = await (await call(harness.origin, lars, 'saveUser', { name: 'Xe Xson', login: 'xe', role: 'admin', bodyIds: [], active: true })).json();
    expect(result.error.kind).toBe('unauthorized');
    expect(harness.securityLog()).toEqual([expect.objectContaining({ what: 'POST /api/saveUser', user: READER.caller.name, why: result.error.message })]);
  });
});
