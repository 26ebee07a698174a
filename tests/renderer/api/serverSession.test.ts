import { describe, expect, it } from 'vitest';
import { fetchServerSession, newTabId } from '@renderer/api/serverSession';

const answer = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('reading the server session', () => {
  it('gives the signed-in person, the CSRF token and the server', async () => {
    const body = { user: { userId: 2, name: 'Rut Rapportör', role: 'rapportor', bodyIds: [3] }, csrfToken: 'abc', server: { name: 'Kommunen', authMode: 'local' } };
    expect(await fetchServerSession(answer(200, JSON.stringify(body)))).toEqual(body);
  });

  it('says signed-out on 401, so the page goes to the sign-in page', async () => {
    expect(await fetchServerSession(answer(401, '{"ok":false,"error":{"kind":"unauthorized","message":"x"}}'))).toBe('signed-out');
  });

  it('says no-server when the page was not served by a server with sessions (browser mode, a 404, a page of HTML)', async () => {
    expect(await fetchServerSession(answer(404, 'Hittades inte'))).toBe('no-server');
    expect(await fetchServerSession(answer(200, '<!doctype html><html></html>'))).toBe('no-server');
    expect(await fetchServerSession(answer(200, '{"csrfToken":5}'))).toBe('no-server');
  });

  it('makes a different tab id each time', () => {
    expect(newTabId()).not.toBe(newTabId());
  });
});
