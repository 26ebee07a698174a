import * as client from 'openid-client';
import { AppError } from '@shared/errors';
import { identityFrom, lacksNameOrEmail, type OidcIdentity } from './identityClaims';
import { parseIssuer } from './issuerUrl';
import { oidcFailure } from './oidcFailure';
import { OIDC_MESSAGES } from './oidcMessages';
import { OIDC_PENDING_MAX_AGE_MS, type PendingOidc } from './pendingOidc';

export { OIDC_PENDING_MAX_AGE_MS, type PendingOidc } from './pendingOidc';

/**
 * Sign-in with the kommun's OpenID Connect provider (Entra ID, ADFS, Keycloak …): the authorization
 * code flow with PKCE (S256), state and nonce, through openid-client. The server keeps the pending
 * login (PendingOidc) in its own session store between begin and complete; this module keeps no state.
 */

export interface OidcConfig {
  /** The provider's issuer URL; its /.well-known/openid-configuration is read once, at creation. */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE alone). */
  clientSecret?: string;
  /** This server's /auth/oidc/callback, exactly as registered at the provider. */
  redirectUri: string;
  /** Default: openid, email, profile (the claims used are sub, email and name). */
  scopes?: string[];
}


export interface OidcSignIn {
  begin(): Promise<{ redirectTo: string; pending: PendingOidc }>;
  /** Throws AppError('unauthorized', Swedish) on a wrong state, an expired pending, a provider error. */
  complete(callbackUrl: URL, pending: PendingOidc): Promise<OidcIdentity>;
  /** The provider's end-session URL to send the browser to after logout, if it has one. */
  logoutUrl(postLogoutRedirectUri: string): string | null;
}


const DEFAULT_SCOPES = ['openid', 'email', 'profile'];

/** Seconds to wait for the provider on each request before saying it does not answer. */
const PROVIDER_TIMEOUT_S = 15;

/**
 * Discovers the provider; refuses (AppError 'unauthorized') when it does not answer, ('validation') on a bad issuer.
 * `clock` (default: the real one) stamps createdAt and judges the ten minutes, so a server with a fixed clock in its tests agrees.
 */
export async function createOidcSignIn(config: OidcConfig, options: { clock?: () => Date } = {}): Promise<OidcSignIn> {
  const now = (): number => (options.clock ?? (() => new Date()))().getTime();
  const { url: issuer, allowHttp } = parseIssuer(config.issuer);
  const clientAuth = config.clientSecret === undefined ? client.None() : client.ClientSecretBasic(config.clientSecret);
  let configuration: client.Configuration;
  try {
    configuration = await client.discovery(issuer, config.clientId, { redirect_uris: [config.redirectUri] }, clientAuth, {
      timeout: PROVIDER_TIMEOUT_S,
      // openid-client allows only https. Plain http is let through only for a loopback issuer (parseIssuer
      // refuses any other): the tests' oidc-provider on 127.0.0.1, where nothing crosses a network.
      execute: allowHttp ? [client.allowInsecureRequests] : [],
    });
  } catch (error) {
    throw oidcFailure(error);
  }
  const scope = (config.scopes ?? DEFAULT_SCOPES).join(' ');

  return {
    async begin() {
      const pending: PendingOidc = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        createdAt: now(),
      };
      const authorizationUrl = client.buildAuthorizationUrl(configuration, {
        redirect_uri: config.redirectUri,
        scope,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { redirectTo: authorizationUrl.href, pending };
    },

    async complete(callbackUrl, pending) {
      if (now() - pending.createdAt > OIDC_PENDING_MAX_AGE_MS) {
        throw new AppError('unauthorized', OIDC_MESSAGES.expired);
      }
      // Checked here too (openid-client checks it as well) so a forged callback is refused before any request.
      if (callbackUrl.searchParams.get('state') !== pending.state) {
        throw new AppError('unauthorized', OIDC_MESSAGES.stateMismatch);
      }
      try {
        const tokens = await client.authorizationCodeGrant(configuration, answerAtRedirectUri(callbackUrl, config.redirectUri), {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (idClaims === undefined) throw new AppError('unauthorized', OIDC_MESSAGES.invalidAnswer);
        const userInfo = lacksNameOrEmail(idClaims) && configuration.serverMetadata().userinfo_endpoint !== undefined
          ? await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
          : undefined;
        return identityFrom(idClaims.sub, idClaims, userInfo);
      } catch (error) {
        throw oidcFailure(error);
      }
    },

    logoutUrl(postLogoutRedirectUri) {
      if (configuration.serverMetadata().end_session_endpoint === undefined) return null;
      return client.buildEndSessionUrl(configuration, { post_logout_redirect_uri: postLogoutRedirectUri }).href;
    },
  };
}

/**
 * The callback's answer (its query) placed on the configured redirect URI. openid-client sends the URL it
 * is given, without the query, as redirect_uri to the token endpoint; behind a TLS proxy the URL the server
 * sees (http://127.0.0.1:…) is not the one registered at the provider, which would then refuse the code.
 */
function answerAtRedirectUri(callbackUrl: URL, redirectUri: string): URL {
  const url = new URL(redirectUri);
  url.search = callbackUrl.search;
  return url;
}
