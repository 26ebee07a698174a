/**
 * The brute-force rules of local sign-in, in one place: after MAX_FAILURES_PER_ACCOUNT failed tries on
 * one login, or MAX_FAILURES_PER_IP from one address, within FAILURE_WINDOW_MS, sign-in is refused for
 * LOCKOUT_MS. The messages never say whether an account exists.
 */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;

export const WRONG_SIGN_IN_MESSAGE = 'Fel inloggningsnamn eller lösenord.';
export const LOCKED_MESSAGE = 'För många försök. Vänta 15 minuter och försök igen.';
/** Only said after the right password, so it reveals nothing to someone guessing. */
export const INACTIVE_MESSAGE = 'Ditt konto är inte aktivt. Be administratören om hjälp.';
/** OIDC: the kommun's identity provider knows the person, Planuppföljning does not (or no longer). */
export const NO_ACCOUNT_MESSAGE = 'Du har inget konto i Planuppföljning. Be administratören att lägga till dig.';
