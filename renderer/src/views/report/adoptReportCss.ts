import { REPORT_CSS } from '@shared/report/reportCss';

/**
 * The preview uses the same CSS as the exported report. The app's CSP (style-src 'self') forbids
 * <style> elements and style attributes, so it is applied as a constructable stylesheet, once;
 * every rule in it is scoped under .report-doc.
 * https://developer.mozilla.org/docs/Web/API/CSSStyleSheet/CSSStyleSheet
 */
let sheet: CSSStyleSheet | null = null;

export function adoptReportCss(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(REPORT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
