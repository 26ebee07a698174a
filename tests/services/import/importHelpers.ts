import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import type { CallName, CallOutput } from '@shared/api/contract';
import type { AppErrorData } from '@shared/errors';

export const IMPORT_FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name)));
}

export function upload(name: string, bytes: Uint8Array | string): { name: string; base64: string } {
  return { name, base64: Buffer.from(bytes).toString('base64') };
}

/** Calls the API as the renderer does and expects success. */
export async function call<K extends CallName>(session: Session, name: K, input: unknown): Promise<CallOutput<K>> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message} ${JSON.stringify(result.error.problems ?? [])}`);
  return result.value as CallOutput<K>;
}

/** Calls the API and expects a refusal. */
export async function refusal(session: Session, name: CallName, input: unknown): Promise<AppErrorData> {
  const result = await dispatch(session, name, input);
  expect(result.ok, `${name} should be refused`).toBe(false);
  return (result as { ok: false; error: AppErrorData }).error;
}
