import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { seriousViolations } from '../helpers/axe';
import { openAppPage, SCREENSHOTS, showView, useDemoApp, type AppPage } from '../helpers/demoApp';

const demo = useDemoApp('import');

async function openTransferView(): Promise<AppPage> {
  const page = await openAppPage(demo);
  await showView(page, 'Import och export');
  return page;
}

function writeCsv(name: string, lines: string[]): string {
  const path = join(demo.dir, name);
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  return path;
}

describe('Import och export in the browser, on the demo plan file', { timeout: 180_000 }, () => {
  it('imports a CSV: preview, a near nämnd matched by the user, commit, and the åtgärder are in the plan', async () => {
    const page = await openTransferView();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-export-1366x768.png') });

    const csv = writeCsv('ny-plan.csv', [
      'Handlingsplan mot hedersrelaterat våld',
      '',
      'Nr;Område;Åtgärd;Ansvarig nämnd;Start;Klart senast;Status',
      '1.1;Skydd och stöd;Skyddsplaceringar för unga;Socialnamnden;2025;2026;Pågår',
      '1.2;;Utbildning för skolkuratorer;Barn- och utbildningsnämnden och Socialnämnden;2025-01-01;31 december 2026;',
    ]);
    await page.getByLabel('Fil att importera').setInputFiles(csv);
    await page.getByRole('heading', { name: 'Förhandsgranskning av ”ny-plan.csv”' }).waitFor();
    await page.getByRole('rowheader', { name: 'Skyddsplaceringar för unga' }).waitFor();
    const importButton = page.getByRole('button', { name: 'Importera 2 åtgärder', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview-1366x768.png'), fullPage: true });

    await page.getByLabel('Vad är ”Socialnamnden”?').selectOption({ label: 'Samma som ”Socialnämnden”' });
    expect(await page.getByLabel('Den nya planens namn').inputValue()).toBe('Handlingsplan mot hedersrelaterat våld');
    await importButton.click();
    await page.getByText('Klart: 2 åtgärder').waitFor();
    await page.getByRole('button', { name: 'Visa planen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan mot hedersrelaterat våld' }).waitFor();
    await page.locator('tr', { hasText: 'Skyddsplaceringar för unga' }).waitFor();
    await page.locator('tr', { hasText: 'Utbildning för skolkuratorer' }).waitFor();
    expect(await page.locator('tr', { hasText: 'Skyddsplaceringar för unga' }).textContent()).toContain('Socialnämnden');
    expect(page.errors).toEqual([]);
  });

  it('shows every problem of a refused file, naming row, column and value', async () => {
    const page = await openTransferView();
    const csv = writeCsv('fel.csv', [
      'Åtgärd;Ansvarig nämnd;Klart senast;Status',
      'Rutin;Socialnämnden;31/13/2024;Klar',
      'Kampanj;Socialnämnden;2025;Kanske',
    ]);
    await page.getByLabel('Fil att importera').setInputFiles(csv);
    const alert = page.locator('.transfer-problems');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Rad 2, kolumn Klart senast: '31/13/2024' är inte ett datum.");
    expect(await alert.textContent()).toContain("Rad 3, kolumn Status: 'Kanske' är inte en status");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sends out an underlag as a download and reads the filled-in file back', async () => {
    const page = await openTransferView();
    // The plan imported above sorts first; the underlag is for the demo plan.
    await page.locator('.plan-select select').selectOption({ label: demoPlan.plan.name });
    await page.getByRole('checkbox', { name: /^Kommunstyrelsen/ }).waitFor();
    await page.getByRole('button', { name: 'Välj ingen', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Kommunstyrelsen/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Skapa underlag (1 fil)', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Underlag .+ Kommunstyrelsen\.xlsx$/);
    const path = join(demo.dir, 'underlag.xlsx');
    await download.saveAs(path);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('Åtgärder')!.getCell('J7').value = 'Genomförd';
    workbook.getWorksheet('Åtgärder')!.getCell('K7').value = 'Klart enligt beslut.';
    const filled = join(demo.dir, 'svar.xlsx');
    await workbook.xlsx.writeFile(filled);

    await page.getByLabel('Ifyllt underlag').setInputFiles(filled);
    await page.getByRole('heading', { name: 'Svar från Kommunstyrelsen' }).waitFor();
    await page.getByText('Ny lägesrapport', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.transfer-preview').last().screenshot({ path: join(SCREENSHOTS, 'svar-preview-1366x768.png') });
    await page.getByRole('button', { name: 'Spara 1 lägesrapport', exact: true }).click();
    await page.locator('.transfer-done', { hasText: '1 lägesrapport från Kommunstyrelsen sparades' }).waitFor();

    await page.getByLabel('Ifyllt underlag').setInputFiles(filled);
    await page.getByText('Redan inläst', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Spara 0 lägesrapporter', exact: true }).isDisabled()).toBe(true);
    expect(page.errors).toEqual([]);
  });
});
