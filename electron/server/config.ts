import { readFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { shortText } from '@shared/api/schemas';
import { describeIssue } from '../services/api/validationMessages';
import { defaultAccountsPath } from './accounts/paths';

/**
 * The server's settings (`planuppfoljning serve`): a JSON file (--config) whose keys are checked
 * here, with Swedish refusals naming the key, and command-line flags that override it. Relative
 * paths in the file are read from the file's folder.
 */
const address = shortText.pipe(z.string().min(1));
const path = shortText.pipe(z.string().min(1));
const url = shortText.pipe(z.url({ protocol: /^https?$/ }));

const localAuth = z.strictObject({ mode: z.literal('local') });
const oidcAuth = z.strictObject({
  mode: z.literal('oidc'),
  issuer: url,
  clientId: address,
  clientSecret: shortText.optional(),
  redirectUri: url,
  scopes: z.array(address).max(20).optional(),
});

export const serveConfigSchema = z.strictObject({
  /** Shown in the app's title bar and on the sign-in page; default: the plan file's name. */
  name: shortText.optional(),
  host: address.optional(),
  port: z.number().int().min(0).max(65535).optional(),
  tls: z.strictObject({ cert: path, key: path }).optional(),
  behindProxy: z.strictObject({ trustedProxy: address }).optional(),
  publicUrl: url.optional(),
  auth: z.discriminatedUnion('mode', [localAuth, oidcAuth]).optional(),
  sessionHours: z.number().min(0.1).max(24 * 30).optional(),
  idleMinutes: z.number().min(1).max(24 * 60).optional(),
  accounts: path.optional(),
  securityLog: path.optional(),
  backups: path.optional(),
});
export type ServeConfigFile = z.infer<typeof serveConfigSchema>;

export type AuthConfig = z.infer<typeof localAuth> | z.infer<typeof oidcAuth>;

/** Everything the server runs with, defaults filled in and paths absolute. */
export interface ServeConfig {
  db: string;
  name: string;
  host: string;
  port: number;
  tls: { cert: string; key: string } | null;
  behindProxy: { trustedProxy: string } | null;
  publicUrl: string | null;
  auth: AuthConfig;
  sessionHours: number;
  idleMinutes: number;
  accounts: string;
  securityLog: string;
  backups: string;
}

export interface ServeFlags {
  db: string;
  port?: string;
  config?: string;
  host?: string;
  behindProxy?: string;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8470;
export const DEFAULT_SESSION_HOURS = 8;
export const DEFAULT_IDLE_MINUTES = 60;

/** A refused setting: the CLI exits with 2 and the message. */
export class ConfigError extends Error {}

/** Reads and checks the config file; every problem is named by its key. */
export function readConfigFile(file: string): ServeConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Inställningsfilen ${file} går inte att läsa.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError(`Inställningsfilen ${basename(file)} är inte giltig JSON.`);
  }
  return checkConfig(raw, basename(file));
}

export function checkConfig(raw: unknown, source: string): ServeConfigFile {
  const parsed = serveConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'inställningarna'}: ${describeIssue(issue, raw)}`);
  throw new ConfigError(`${source}: ${problems.join(' ')}`);
}

/** The config file's values under the command line's flags, with the defaults beside the plan file. */
export function resolveConfig(flags: ServeFlags, file: ServeConfigFile = {}, configDir = process.cwd()): ServeConfig {
  const db = resolve(flags.db);
  const fromFile = (p: string | undefined): string | null => (p === undefined ? null : isAbsolute(p) ? p : join(configDir, p));
  const port = flags.port === undefined ? file.port ?? DEFAULT_PORT : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port: ”${flags.port}” är inte ett portnummer.`);
  const tls = file.tls ? { cert: fromFile(file.tls.cert)!, key: fromFile(file.tls.key)! } : null;
  return {
    db,
    name: file.name ?? basename(db, extname(db)),
    host: flags.host ?? file.host ?? DEFAULT_HOST,
    port,
    tls,
    behindProxy: flags.behindProxy !== undefined ? { trustedProxy: flags.behindProxy } : file.behindProxy ?? null,
    publicUrl: file.publicUrl ? new URL(file.publicUrl).origin : null,
    auth: file.auth ?? { mode: 'local' },
    sessionHours: file.sessionHours ?? DEFAULT_SESSION_HOURS,
    idleMinutes: file.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    accounts: fromFile(file.accounts) ?? defaultAccountsPath(db),
    securityLog: fromFile(file.securityLog) ?? `${db}.sakerhetslogg.jsonl`,
    backups: fromFile(file.backups) ?? `${db}.sakerhetskopior`,
  };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Why the server may not listen as configured, or null. Another interface than loopback would
 * send passwords and session cookies in the clear: it needs TLS, or a proxy in front that does TLS.
 */
export function listeningProblem(config: Pick<ServeConfig, 'host' | 'tls' | 'behindProxy' | 'publicUrl'>): string | null {
  if (isLoopback(config.host)) return null;
  if (config.tls !== null || config.behindProxy !== null) {
    // The Host and Origin checks (DNS rebinding, other sites' forms) need the address people open.
    return config.publicUrl === null ? `publicUrl: ange adressen som användarna öppnar (t.ex. https://plan.kommun.se) när servern lyssnar på ${config.host}. `
      + 'Servern tar bara emot anrop till sin egen adress.' : null;
  }
  return `Servern lyssnar bara på ${DEFAULT_HOST} utan kryptering. Att lyssna på ${config.host} utan TLS skulle skicka lösenord och `
    + 'inloggningskakor okrypterat över nätet. Ange ett certifikat och en nyckel i inställningsfilen ("tls": { "cert": …, "key": … }), '
    + 'eller kör servern bakom en omvänd proxy som sköter TLS och ange proxyns adress med --behind-proxy ADRESS.';
}
