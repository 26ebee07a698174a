import type { CallInput } from '@shared/api/contract';
import type { UserAccount } from '@shared/domain/users';
import { queryClient } from '@renderer/data/queryClient';
import { callKey } from '@renderer/data/useCall';
import { write } from '@renderer/data/write';

/**
 * Saves an account (new, changed, deactivated) and reads the list again. The accounts live in the
 * server's own account store, not in a table of the plan file, so a save's answer names no table
 * the cache could follow (shared/api/readTables.ts: listUsers reads none): the list is refreshed here.
 */
export async function saveUser(input: CallInput<'saveUser'>): Promise<UserAccount> {
  const saved = await write('saveUser', input);
  await queryClient.invalidateQueries({ queryKey: callKey('listUsers', {}) });
  return saved;
}
