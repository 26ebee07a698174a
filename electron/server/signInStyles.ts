/**
 * The sign-in page's style sheet, served at GET /auth/signin.css (the CSP allows no inline style).
 * The app's palette, font and focus ring (renderer/src/styles.css); every text colour has a contrast
 * of at least 4.5:1 on its background.
 */
export const SIGN_IN_CSS = `:root {
  --bg: #f6f7f9; --surface: #ffffff; --text: #1d2330; --muted: #525c6b; --border: #d5dae1;
  --accent: #1f4e8c; --focus: #b34700; --alert-bg: #fbe4e2; --alert-fg: #9b1c13;
  font-family: system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 15px; line-height: 1.5; color: var(--text); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.topbar { display: flex; align-items: center; gap: 1.5rem; padding: 0.6rem 1.25rem; background: var(--accent); color: #fff; }
.brand { font-weight: 700; font-size: 1.05rem; }
.kommun { opacity: 0.95; font-size: 0.9rem; }
main { flex: 1; display: flex; justify-content: center; align-items: flex-start; padding: 4rem 1rem 2rem; }
.signin { width: 100%; max-width: 24rem; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1.5rem 1.75rem 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
.lead { color: var(--muted); margin: 0 0 1.25rem; }
.message:empty { display: none; }
.message { background: var(--alert-bg); color: var(--alert-fg); padding: 0.6rem 0.9rem; border-radius: 6px; margin: 0 0 1rem; }
.field { display: flex; flex-direction: column; gap: 0.2rem; margin-bottom: 0.9rem; }
.field label { font-weight: 600; font-size: 0.9rem; }
.field input { font: inherit; padding: 0.45rem 0.55rem; border: 1px solid #8a94a3; border-radius: 5px; background: #fff; color: var(--text); }
.field input[aria-invalid='true'] { border-color: var(--alert-fg); border-width: 2px; }
.button { display: inline-flex; justify-content: center; align-items: center; width: 100%; padding: 0.55rem 0.9rem; border: 1px solid var(--accent);
  border-radius: 6px; background: var(--accent); color: #fff; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; margin-top: 0.4rem; }
.button:hover { background: #173d6f; }
.hint { color: var(--muted); font-size: 0.875rem; margin: 1.1rem 0 0; }
`;
