import type { ServerResponse } from 'node:http';
import type { ChangedTables } from '@shared/errors';

/**
 * Live updates (Server-Sent Events): every open event stream hears about every successful write,
 * the writer's own too (its tab id lets that tab skip what it already knows). A ping comment keeps
 * proxies from closing an idle stream. A closed stream is forgotten at once; a stream whose session
 * has ended (signed out, expired, deactivated) is closed at the next event or ping, so it hears no more.
 */
export interface ChangeEvent {
  changed: ChangedTables;
  by: string;
  tab: string | null;
}

export const PING_INTERVAL_MS = 25_000;

export class EventHub {
  private readonly streams = new Map<ServerResponse, () => boolean>();
  private readonly ping: ReturnType<typeof setInterval>;

  constructor(pingMs = PING_INTERVAL_MS) {
    this.ping = setInterval(() => this.send(': ping\n\n'), pingMs);
    this.ping.unref();
  }

  /** stillSignedIn: whether the stream's session is still live (asked before each event, without prolonging it). */
  open(res: ServerResponse, headers: Record<string, string>, stillSignedIn: () => boolean): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx buffers responses by default; a buffered event would arrive late.
      'X-Accel-Buffering': 'no',
    });
    res.write(': ansluten\n\n');
    this.streams.set(res, stillSignedIn);
    res.on('close', () => this.streams.delete(res));
  }

  broadcast(event: ChangeEvent): void {
    this.send(`event: changed\ndata: ${JSON.stringify(event)}\n\n`);
  }

  private send(message: string): void {
    for (const [res, stillSignedIn] of this.streams) {
      if (stillSignedIn()) res.write(message);
      else {
        this.streams.delete(res);
        res.end();
      }
    }
  }

  get size(): number {
    return this.streams.size;
  }

  close(): void {
    clearInterval(this.ping);
    for (const res of this.streams.keys()) res.end();
    this.streams.clear();
  }
}
