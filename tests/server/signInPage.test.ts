import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSignInPage, SIGN_IN_CONTENT_SECURITY_POLICY, SIGN_IN_CSS, type SignInPageOptions } from '../../electron/server/signInPage';
import { WRONG_SIGN_IN_MESSAGE } from '../../electron/server/accounts/signInRules';
import { seriousViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/browser';
import { SCREENSHOTS } from '../helpers/demoApp';

describe('sign-in page: the markup', () => {
  it('is Swedish, posts login, password and the CSRF token to /auth/login, with the fields a password manager knows', () => {
    const html = renderSignInPage({ authMode: 'local', csrfToken: 'abc123' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('<form method="post" action="/auth/login">');
    expect(html).toContain('<input type="hidden" name="csrf" value="abc123">');
    expect(html).toMatch(/<label for="login">Inloggningsnamn<\/label>\s*<input id="login" name="login" type="text" autocomplete="username"/);
    expect(html).toMatch(/<label for="password">Lösenord<\/label>\s*<input id="password" name="password" type="password" autocomplete="current-password"/);
    expect(html).toContain('<link rel="stylesheet" href="/auth/signin.css">');
    expect(html).not.toMatch(/<script|style=|<style|\son\w+=/i);
    expect(html).not.toContain('/auth/oidc/start');
  });

  it('offers the kommun\'s identity provider instead of a form when sign-in is OIDC', () => {
    const html = renderSignInPage({ authMode: 'oidc', csrfToken: 'abc123', kommun: 'Östra kommun' });
    expect(html).toContain('<a class="button" href="/auth/oidc/start">Logga in med kommunens konto</a>');
    expect(html).toContain('<span class="kommun">Östra kommun</span>');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('name="password"');
  });

  it('escapes the message, the kommun and the token', () => {
    const html = renderSignInPage({ authMode: 'local', csrfToken: '"><script>x</script>', message: '<img src=x onerror=alert(1)>', kommun: 'A & <b>B</b>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; &lt;b&gt;B&lt;/b&gt;');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('lets the form post to its own server only, and keeps the rest of the app\'s policy', () => {
    expect(SIGN_IN_CONTENT_SECURITY_POLICY).toContain("form-action 'self'");
    expect(SIGN_IN_CONTENT_SECURITY_POLICY).not.toContain("form-action 'none'");
    expect(SIGN_IN_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(SIGN_IN_CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
  });
});

describe('sign-in page in Chromium', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  let options: SignInPageOptions = { authMode: 'local', csrfToken: 'token-1' };
  const posted: string[] = [];

  beforeAll(async () => {
    // A stand-in for the real server: the page, its style sheet under the page's CSP, and a login that records the form.
    server = createServer((request, response) => {
      if (request.url === '/auth/signin.css') {
        response.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(SIGN_IN_CSS);
      } else if (request.url === '/auth/login' && request.method === 'POST') {
        let body = '';
        request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
        request.on('end', () => {
          posted.push(body);
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': SIGN_IN_CONTENT_SECURITY_POLICY })
            .end(renderSignInPage({ ...options, message: WRONG_SIGN_IN_MESSAGE }));
        });
      } else {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': SIGN_IN_CONTENT_SECURITY_POLICY })
          .end(renderSignInPage(options));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('is styled, signs in by keyboard alone, and shows a refusal in an alert; axe finds nothing serious', async () => {
    options = { authMode: 'local', csrfToken: 'token-1', kommun: 'Östra kommun' };
    await page.goto(`${base}/auth/login`);
    expect(await seriousViolations(page), 'inloggningssidan').toEqual([]);
    // The style sheet applied under the CSP: the top bar has the app's accent colour.
    expect(await page.locator('.topbar').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 78, 140)');
    await page.screenshot({ path: join(SCREENSHOTS, 'signin-local.png') });

    // The login field has focus on arrival; Tab reaches the password, then the button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login');
    await page.keyboard.type('anna');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    expect(await page.locator('#password').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.type('blå cykel i regnet');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/auth/login`);
    await expect.poll(() => posted.length).toBe(1);
    expect(Object.fromEntries(new URLSearchParams(posted[0]))).toEqual({ csrf: 'token-1', login: 'anna', password: 'blå cykel i regnet' });

    await expect.poll(() => page.getByRole('alert').textContent()).toBe(WRONG_SIGN_IN_MESSAGE);
    expect(await page.locator('#login').getAttribute('aria-describedby')).toBe('signin-message');
    expect(await seriousViolations(page), 'inloggningssidan med felmeddelande').toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'signin-refused.png') });
  });

  it('in OIDC mode offers one link to the identity provider; axe finds nothing serious', async () => {
    options = { authMode: 'oidc', csrfToken: 'token-2' };
    await page.goto(`${base}/auth/login`);
    const link = page.getByRole('link', { name: 'Logga in med kommunens konto' });
    expect(await link.getAttribute('href')).toBe('/auth/oidc/start');
    expect(await seriousViolations(page), 'inloggningssidan (OIDC)').toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'signin-oidc.png') });
  });
});
