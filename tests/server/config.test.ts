import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig, ConfigError, listeningProblem, readConfigFile, resolveConfig } from '../../electron/server/config';
import { tempDir } from '../helpers/planFile';

describe('server config', () => {
  it('fills in the defaults beside the plan file', () => {
    const config = resolveConfig({ db: '/srv/plan/asbacka.sqlite' });
    expect(config).toMatchObject({
      host: '127.0.0.1', port: 8470, tls: null, behindProxy: null, publicUrl: null, auth: { mode: 'local' }, sessionHours: 8, idleMinutes: 60,
      accounts: '/srv/plan/asbacka.sqlite.konton.sqlite', securityLog: '/srv/plan/asbacka.sqlite.sakerhetslogg.jsonl', backups: '/srv/plan/asbacka.sqlite.sakerhetskopior',
      name: 'asbacka',
    });
  });

  it('lets the flags override the file, and reads the file’s relative paths from its folder', () => {
    const file = checkConfig({ host: '10.0.0.5', port: 9000, tls: { cert: 'cert.pem', key: 'key.pem' }, publicUrl: 'https://plan.kommun.example/app', securityLog: 'logg.jsonl' }, 'serve.json');
    const config = resolveConfig({ db: '/srv/plan.sqlite', port: '8443', behindProxy: '10.0.0.1' }, file, '/etc/planuppfoljning');
    expect(config).toMatchObject({
      host: '10.0.0.5', port: 8443, tls: { cert: '/etc/planuppfoljning/cert.pem', key: '/etc/planuppfoljning/key.pem' },
      behindProxy: { trustedProxy: '10.0.0.1' }, publicUrl: 'https://plan.kommun.example', securityLog: '/etc/planuppfoljning/logg.jsonl',
    });
  });

  it('refuses wrong keys in Swedish, naming each key', () => {
    expect(() => checkConfig({ port: 70000, auth: { mode: 'oidc', issuer: 'inte en adress' }, extra: 1 }, 'serve.json'))
      .toThrow(/^serve\.json: .*port: får vara högst 65[\s\u00a0]?535\..*auth\.issuer: har fel format\..*auth\.clientId: saknas\./);
    expect(() => checkConfig({ extra: 1 }, 'serve.json')).toThrow('inställningarna: okänt fält ”extra”.');
    const broken = join(tempDir(), 'serve.json');
    writeFileSync(broken, '{ "port": ');
    expect(() => readConfigFile(broken)).toThrow(ConfigError);
    expect(() => resolveConfig({ db: 'x.sqlite', port: 'åtta' })).toThrow('--port: ”åtta” är inte ett portnummer.');
  });

  it('listens elsewhere than loopback only with TLS or a trusted proxy, and a public address', () => {
    const base = { tls: null, behindProxy: null, publicUrl: null };
    expect(listeningProblem({ ...base, host: '127.0.0.1' })).toBeNull();
    expect(listeningProblem({ ...base, host: '::1' })).toBeNull();
    expect(listeningProblem({ ...base, host: '0.0.0.0' })).toMatch(/utan TLS.*--behind-proxy/);
    expect(listeningProblem({ ...base, host: '0.0.0.0', tls: { cert: 'c', key: 'k' } })).toMatch(/^publicUrl: /);
    expect(listeningProblem({ host: '0.0.0.0', tls: null, behindProxy: { trustedProxy: '10.0.0.1' }, publicUrl: 'https://plan.kommun.example' })).toBeNull();
  });
});
