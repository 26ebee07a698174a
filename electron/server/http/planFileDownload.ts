import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOT_SIGNED_IN_MESSAGE } from './apiRoutes';
import { refusal, send } from './respond';
import type { ServerContext } from './serverContext';

/**
 * GET /admin/plan-file: the plan file for the desktop app, to an administrator only. A consistent
 * copy is made with SQLite's online backup into a temporary file (safe while others write), then
 * streamed and removed.
 */
export const ADMIN_ONLY_MESSAGE = 'Bara en administratör kan hämta planfilen.';

export async function downloadPlanFile(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET') return send(res, 405, refusal('validation', 'Planfilen hämtas med GET.'));
  const who = ctx.signedIn(req);
  if (who === null) return ctx.refuse(req, res, 401, NOT_SIGNED_IN_MESSAGE);
  if (who.caller.role !== 'admin') return ctx.refuse(req, res, 403, ADMIN_ONLY_MESSAGE, { user: who.caller.name });
  const file = ctx.files.current();
  if (file === null) return send(res, 503, refusal('internal', 'Servern har ingen planfil öppen.'));
  const folder = mkdtempSync(join(tmpdir(), 'planuppfoljning-hamta-'));
  const copy = join(folder, 'plan.sqlite');
  const cleanUp = (): void => rmSync(folder, { recursive: true, force: true });
  try {
    await file.ctx.db.backup(copy);
  } catch (error) {
    cleanUp();
    throw error;
  }
  res.writeHead(200, {
    'Content-Type': 'application/vnd.sqlite3',
    'Content-Disposition': attachment(file.info().fileName),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const stream = createReadStream(copy);
  stream.pipe(res);
  res.on('close', () => {
    stream.destroy();
    cleanUp();
  });
}

/** The plan's own name, ASCII for old clients and UTF-8 (RFC 6266) for the rest. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
