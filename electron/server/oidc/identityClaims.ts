/** Who signed in, as the rest of the server needs it (AccountStore.signInWithIdentity). */
export interface OidcIdentity {
  subject: string;
  email: string | null;
  name: string | null;
}

/**
 * The identity from the ID token's claims, completed from UserInfo where the ID token left a claim out
 * (oidc-provider, like several providers, puts e-mail and name only in UserInfo in the code flow).
 * An e-mail the provider itself marks unverified is not used: an account is found by its e-mail, so an
 * address anyone could type into a self-service profile must not sign them in as someone else.
 */
export function identityFrom(subject: string, ...claimSets: ReadonlyArray<Record<string, unknown> | undefined>): OidcIdentity {
  const claim = (key: string): unknown => claimSets.find((claims) => claims?.[key] !== undefined)?.[key];
  const email = nonEmpty(claim('email'));
  const verified = claim('email_verified');
  return {
    subject,
    email: verified === false || verified === 'false' ? null : email,
    name: nonEmpty(claim('name')),
  };
}

/** Whether the ID token left out the e-mail or the name, so UserInfo must be asked. */
export function lacksNameOrEmail(claims: Record<string, unknown>): boolean {
  return nonEmpty(claims.email) === null || nonEmpty(claims.name) === null;
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
