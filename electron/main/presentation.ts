import type { WebContents } from 'electron';

/**
 * Visa → Presentationsläge (F5): the renderer follows `hashchange` into its presentation route.
 * A fixed string, never built from input. userGesture=true lets the page ask for full screen,
 * which the browser otherwise allows only right after a key press or click.
 * https://www.electronjs.org/docs/latest/api/web-contents#contentsexecutejavascriptcode-usergesture
 */
export const SHOW_PRESENTATION_SCRIPT = "window.location.hash = '#/presentation'";

export function showPresentation(contents: Pick<WebContents, 'executeJavaScript'> | null | undefined): void {
  contents?.executeJavaScript(SHOW_PRESENTATION_SCRIPT, true).catch((error: unknown) => console.error('[presentation]', error));
}
