import { describe, expect, it } from 'vitest';
import { parseServerAddress, serverWindowTitle } from '../../electron/main/serverAddress';

describe('a server address typed in Anslut till server', () => {
  it('takes https:// and keeps the path, without the fragment', () => {
    expect(parseServerAddress(' https://plan.kommun.se/vnr#x ')).toEqual({
      ok: true, url: 'https://plan.kommun.se/vnr', origin: 'https://plan.kommun.se', host: 'plan.kommun.se',
    });
  });

  it.each(['http://127.0.0.1:8080/', 'http://localhost:3000', 'http://[::1]:9000/', 'http://127.0.0.2/'])('takes http:// to this computer: %s', (address) => {
    expect(parseServerAddress(address).ok).toBe(true);
  });

  it.each([
    ['http://plan.kommun.se', 'Servern måste nås med https://'],
    ['http://127.0.0.1.evil.example/', 'Servern måste nås med https://'],
    ['ftp://plan.kommun.se', 'Adressen måste börja med https://'],
    ['file:///etc/passwd', 'Adressen måste börja med https://'],
    ['javascript:alert(1)', 'Adressen måste börja med https://'],
    ['https://anna:hemligt@plan.kommun.se', 'användarnamn eller lösenord'],
    ['plan.kommun.se', 'är ingen webbadress'],
    ['', 'Skriv serverns adress'],
  ])('refuses %s in Swedish', (address, message) => {
    const result = parseServerAddress(address);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('names the server and the signed-in person in the title bar', () => {
    expect(serverWindowTitle('plan.kommun.se', 'Anna Andersson')).toBe('Planuppföljning – plan.kommun.se – Anna Andersson');
    expect(serverWindowTitle('plan.kommun.se', null)).toBe('Planuppföljning – plan.kommun.se');
  });
});
