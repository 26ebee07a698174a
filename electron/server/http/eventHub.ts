import type { ServerResponse } from 'node:http';
import type { ChangedTables } from '@shared/errors';

/**
 * Live updates (Server-Sent Events): every open event stream hears about every successful write,
 * the writer's own too (its tab id lets that tab skip what it already knows). A ping comment keeps
 * proxies from closing an idle stream. A closed stream is forgotten at once.
 */
export interface ChangeEvent {
  changed: ChangedTables;
  by: string;
  tab: string | null;
}

export const PING_INTERVAL_MS = 25_000;

export class EventHub {
  private readonly streams = new Set<ServerResponse>();
  private readonly ping: ReturnType<typeof setInterval>;

  constructor(pingMs = PING_INTERVAL_MS) {
    this.ping = setInterval(() => {
      for (const res of this.streams) res.write(': ping\n\n');
    }, pingMs);
    this.ping.unref();
  }

  open(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx buffers responses by default; a buffered event would arrive late.
      'X-Accel-Buffering': 'no',
    });
    res.write(': ansluten\n\n');
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
  }

  broadcast(event: ChangeEvent): void {
    const message = `event: changed\ndata: ${JSON.stringify(event)}\n\n`;
    for (const res of this.streams) res.write(message);
  }

  get size(): number {
    return this.streams.size;
  }

  close(): void {
    clearInterval(this.ping);
    for (const res of this.streams) res.end();
    this.streams.clear();
  }
}
