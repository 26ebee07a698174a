import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, overTls, tabId } from '../../../electron/server/http/requestInfo';

const from = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('who is asking', () => {
  it('believes X-Forwarded-For only from the trusted proxy, and then only the hop the proxy added', () => {
    const forwarded = { 'x-forwarded-for': '6.6.6.6, 192.168.1.20' };
    expect(clientIp(from('10.0.0.1', forwarded), '10.0.0.1')).toBe('192.168.1.20');
    expect(clientIp(from('::ffff:10.0.0.1', forwarded), '10.0.0.1')).toBe('192.168.1.20');
    expect(clientIp(from('10.0.0.9', forwarded), '10.0.0.1')).toBe('10.0.0.9');
    expect(clientIp(from('10.0.0.9', forwarded), null)).toBe('10.0.0.9');
    expect(clientIp(from('10.0.0.1'), '10.0.0.1')).toBe('10.0.0.1');
  });

  it('takes the request as TLS from our own TLS, or from X-Forwarded-Proto https of the trusted proxy only', () => {
    expect(overTls(from('10.0.0.9'), true, null)).toBe(true);
    expect(overTls(from('10.0.0.1', { 'x-forwarded-proto': 'https' }), false, '10.0.0.1')).toBe(true);
    expect(overTls(from('10.0.0.9', { 'x-forwarded-proto': 'https' }), false, '10.0.0.1')).toBe(false);
    expect(overTls(from('10.0.0.1', { 'x-forwarded-proto': 'http' }), false, '10.0.0.1')).toBe(false);
  });

  it('accepts a tab id of letters, digits, - and _ only', () => {
    expect(tabId('flik-1_a')).toBe('flik-1_a');
    expect(tabId('a"b')).toBeNull();
    expect(tabId('x'.repeat(65))).toBeNull();
    expect(tabId(undefined)).toBeNull();
  });
});
