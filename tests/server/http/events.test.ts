import { afterEach, describe, expect, it } from 'vitest';
import { withDemoPlan } from '../../helpers/planFile';
import { ADMIN, call, READER, signIn, startTestServer, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
const aborts: AbortController[] = [];
afterEach(async () => {
  for (const abort of aborts.splice(0)) abort.abort();
  await harness?.server.close();
  harness = null;
});

/** Opens an event stream and collects its `changed` events. */
async function listen(origin: string, cookie: string, tab: string) {
  const abort = new AbortController();
  aborts.push(abort);
  const res = await fetch(`${origin}/api/events?tab=${tab}`, { headers: { Cookie: cookie }, signal: abort.signal });
  const events: unknown[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith('event: changed\n')) events.push(JSON.parse(block.split('\ndata: ')[1]));
        }
      }
    } catch {
      // aborted at the end of the test
    }
  })();
  return { res, events, close: () => abort.abort() };
}

describe('server live updates', () => {
  it('tells user B’s event stream about user A’s write, with who and which tab', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const anna = await signIn(harness.origin, ADMIN);
    const lars = await signIn(harness.origin, READER);
    const stream = await listen(harness.origin, lars.cookie, 'lars-flik');
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/text\/event-stream/);
    await expect.poll(() => harness!.server.hub.size).toBe(1);

    const result = await (await call(harness.origin, anna, 'createBody', { name: 'Ny nämnd', kind: 'namnd' }, 'anna-flik')).json();
    expect(result.ok).toBe(true);
    await expect.poll(() => stream.events).toEqual([{ changed: result.changed, by: ADMIN.caller.name, tab: 'anna-flik' }]);

    // A read changes nothing and is not told.
    await call(harness.origin, anna, 'listPlans', {});
    await call(harness.origin, anna, 'createBody', { name: 'Ännu en nämnd', kind: 'namnd' });
    await expect.poll(() => stream.events.length).toBe(2);
    expect(stream.events[1]).toMatchObject({ tab: null });
  });

  it('closes a signed-out person’s stream at the next event, so it hears no more', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const anna = await signIn(harness.origin, ADMIN);
    const lars = await signIn(harness.origin, READER);
    const stream = await listen(harness.origin, lars.cookie, 'lars-flik');
    await expect.poll(() => harness!.server.hub.size).toBe(1);
    const out = await fetch(`${harness.origin}/auth/logout`, { method: 'POST', headers: { Cookie: lars.cookie, 'X-CSRF-Token': lars.csrf } });
    expect(out.status).toBe(200);
    await call(harness.origin, anna, 'createBody', { name: 'Efter utloggning', kind: 'namnd' });
    await expect.poll(() => harness!.server.hub.size).toBe(0);
    expect(stream.events).toEqual([]);
  });

  it('refuses an event stream without a session, and forgets a closed one', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    expect((await fetch(`${harness.origin}/api/events?tab=x`)).status).toBe(401);
    const anna = await signIn(harness.origin, ADMIN);
    const stream = await listen(harness.origin, anna.cookie, 'a');
    await expect.poll(() => harness!.server.hub.size).toBe(1);
    stream.close();
    await expect.poll(() => harness!.server.hub.size).toBe(0);
  });
});
