import type { IncomingMessage } from 'node:http';

/**
 * Who is asking, as far as the server can trust it. X-Forwarded-For and -Proto are believed only
 * from the trusted proxy (--behind-proxy); from anyone else they are whatever the client wrote.
 */
export function normalisedAddress(address: string | undefined): string {
  if (!address) return 'okänd';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

function fromTrustedProxy(req: IncomingMessage, trustedProxy: string | null): boolean {
  return trustedProxy !== null && normalisedAddress(req.socket.remoteAddress) === normalisedAddress(trustedProxy);
}

/** The client's address: the proxy's last hop in X-Forwarded-For when the request came through it. */
export function clientIp(req: IncomingMessage, trustedProxy: string | null): string {
  const direct = normalisedAddress(req.socket.remoteAddress);
  if (!fromTrustedProxy(req, trustedProxy)) return direct;
  const forwarded = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').map((hop) => hop.trim()).filter((hop) => hop !== '');
  // The proxy appends the address it saw; earlier entries are the client's own claims.
  return hops.length > 0 ? normalisedAddress(hops[hops.length - 1]) : direct;
}

/** Whether the browser reached us over TLS: our own, or the trusted proxy's. */
export function overTls(req: IncomingMessage, ownTls: boolean, trustedProxy: string | null): boolean {
  if (ownTls) return true;
  return fromTrustedProxy(req, trustedProxy) && String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https';
}

/** A tab id as the renderer makes it (letters, digits, - and _), or null. */
export function tabId(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
