import { userInfo } from 'node:os';

/** Who the change log names: the operating-system user, as the strateg signs in with it. */
export function userName(): string {
  try {
    return userInfo().username || 'okänd';
  } catch {
    return 'okänd';
  }
}
