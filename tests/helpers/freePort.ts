import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback port free right now (the system hands one out and it is closed again): for an address
 * that must be known before its server starts, such as a callback registered at the OIDC provider.
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
