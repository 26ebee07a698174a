import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { attachment } from '../../../electron/server/http/planFileDownload';
import { contentHash } from '../../helpers/dbContent';
import { tempDir, withDemoPlan } from '../../helpers/planFile';
import { ADMIN, READER, signIn, startTestServer, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.server.close();
  harness = null;
});

describe('GET /admin/plan-file', () => {
  it('gives an administrator a consistent copy of the plan file, named after it', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const anna = await signIn(harness.origin, ADMIN);
    const res = await fetch(`${harness.origin}/admin/plan-file`, { headers: { Cookie: anna.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(attachment('test.sqlite'));
    const copy = join(tempDir(), 'hamtad.sqlite');
    writeFileSync(copy, Buffer.from(await res.arrayBuffer()));
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(contentHash(db)).toBe(contentHash(demo.file.db));
    db.close();
  });

  it('refuses anyone else: a läsare (403) and no session (401), logged', async () => {
    const demo = withDemoPlan();
    harness = await startTestServer(demo.session);
    const lars = await signIn(harness.origin, READER);
    const refused = await fetch(`${harness.origin}/admin/plan-file`, { headers: { Cookie: lars.cookie } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toBe('Bara en administratör kan hämta planfilen.');
    expect((await fetch(`${harness.origin}/admin/plan-file`)).status).toBe(401);
    expect(harness.securityLog().map((e) => e.user)).toEqual([READER.caller.name, null]);
  });

  it('names the file in ASCII for old clients and in UTF-8 for the rest', () => {
    expect(attachment('Åsbacka plan.sqlite')).toBe(`attachment; filename="_sbacka plan.sqlite"; filename*=UTF-8''%C3%85sbacka%20plan.sqlite`);
  });
});
