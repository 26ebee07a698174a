import { z } from 'zod';
import { ROLES, type UserAccount } from '../domain/users';
import { read, write } from './callSpec';
import { empty, id, requiredText, text } from './schemas';

/** User administration in server mode (electron/services/accounts/). On the desktop these calls are refused. */
export const userInput = z.strictObject({
  /** Absent: a new account. */
  id: id.optional(),
  name: requiredText,
  login: requiredText,
  role: z.enum(ROLES),
  bodyIds: z.array(id).max(500).default([]),
  active: z.boolean().default(true),
  /** Local accounts only: a new password (the length rule is checked by the server's account store). */
  password: text().max(1_000).optional(),
});

export const userCalls = {
  listUsers: read<UserAccount[]>('admin')(empty),
  saveUser: write<UserAccount>()(userInput),
} as const;
