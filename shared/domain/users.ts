/**
 * Server mode's people (issue 17): who may do what. On the desktop there is no caller and no
 * role: the one person who has the file open may do everything the file allows.
 */
export const ROLES = ['admin', 'rapportor', 'lasare'] as const;
export type Role = (typeof ROLES)[number];

/** How the roles are named on screen and in the user administration. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administratör',
  rapportor: 'Rapportör',
  lasare: 'Läsare',
};

/** The signed-in person a server call is made by: checked in dispatch, named in the change log. */
export interface Caller {
  userId: number;
  /** Display name, as the change log and a conflict message show it. */
  name: string;
  role: Role;
  /** The nämnder a rapportör reports for (body ids in the plan file); empty for other roles. */
  bodyIds: number[];
}

/** Minimum length of a local account's password. */
export const MIN_PASSWORD_LENGTH = 12;

/** One account as the user administration shows it. Never carries a password or its hash. */
export interface UserAccount {
  id: number;
  name: string;
  /** What the person signs in with: the user name of a local account, or the e-mail the identity provider gives. */
  login: string;
  role: Role;
  bodyIds: number[];
  active: boolean;
  /** ISO timestamp of the last sign-in; null before the first. */
  lastSignIn: string | null;
}
