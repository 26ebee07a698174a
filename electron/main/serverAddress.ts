/**
 * Arkiv → Anslut till server…: what may be typed as a server's address. https:// always; http:// only
 * to this computer (loopback), where nothing travels over a network. Parsed with new URL(), never
 * by matching text. Plain code, tested without Electron.
 */
export type ServerAddress = { ok: true; url: string; origin: string; host: string } | { ok: false; message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

export function parseServerAddress(text: string): ServerAddress {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: 'Skriv serverns adress, till exempel https://plan.kommun.se.' };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, message: `"${typed}" är ingen webbadress. Skriv hela adressen, till exempel https://plan.kommun.se.` };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, message: 'Adressen får inte innehålla användarnamn eller lösenord.' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, message: 'Servern måste nås med https://. Okrypterat http:// går bara till den här datorn (127.0.0.1).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'Adressen måste börja med https://.' };
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, host: url.host };
}

/** The title bar while connected: "Planuppföljning – plan.kommun.se – Anna Andersson". */
export function serverWindowTitle(host: string, userName: string | null): string {
  return userName ? `Planuppföljning – ${host} – ${userName}` : `Planuppföljning – ${host}`;
}
