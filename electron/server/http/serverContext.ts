import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '@shared/domain/users';
import type { Session } from '../../services/api/handlers';
import type { SecurityLog } from '../securityLog';
import type { AuthConfig } from '../config';
import type { OidcSignIn, PendingOidc } from '../oidc/oidcSignIn';
import type { ServerAccounts } from '../serverPorts';
import type { EventHub } from './eventHub';
import type { SessionStore, SignedIn } from './sessions';

/** What every route of the server shares: its settings, its stores and its helpers for answering. */
export interface ServerLimits {
  /** Bytes an API call may carry. */
  apiBody: number;
  /** Bytes a sign-in form may carry. */
  authBody: number;
  /** A body must have arrived within this many milliseconds. */
  bodyDeadlineMs: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export interface ServerContext {
  name: string;
  auth: AuthConfig;
  rendererDir: string;
  /** The origin browsers use (publicUrl, or the listening address). */
  publicOrigin: string;
  limits: ServerLimits;
  files: { current(): Session | null };
  accounts: ServerAccounts;
  oidc: OidcSignIn | null;
  /** OIDC sign-ins begun and not yet back, by the id in their short-lived cookie. */
  oidcPending: Map<string, PendingOidc>;
  sessions: SessionStore;
  hub: EventHub;
  log: SecurityLog;
  clock: () => Date;
  ip(req: IncomingMessage): string;
  /** Whether cookies get the Secure flag for this request. */
  secure(req: IncomingMessage): boolean;
  /** The session of the request's cookie and the person behind it now, or null (no, expired or deactivated). */
  signedIn(req: IncomingMessage): { session: SignedIn; caller: Caller } | null;
  /** Answers a refusal in Swedish and writes it to the security log. */
  refuse(req: IncomingMessage, res: ServerResponse, status: number, why: string, options?: RefuseOptions): void;
}

export interface RefuseOptions {
  kind?: 'unauthorized' | 'validation' | 'not_found';
  user?: string | null;
  /** Plain text instead of the API's JSON refusal (pages, static files). */
  text?: boolean;
  /** Close the connection after answering (a body that is too large or too slow is not read further). */
  close?: boolean;
}
