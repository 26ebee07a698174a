import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { suggestPeriod } from '@renderer/views/plan/reportPeriod';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, useDemoApp, type AppPage } from '../helpers/demoApp';
import { runCli } from '../helpers/runCli';

/**
 * The plan workspace end to end: the real renderer in Chromium against the real database
 * through browser mode, on a fresh demo plan file. What the page shows is checked against
 * what the API (or the CLI) says is in the file.
 */
const PLAN_ID = 1;

const demo = useDemoApp('plan');
const api = <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => callApi(demo.app, name, input);

async function openPlan(): Promise<AppPage> {
  const page = await openAppPage(demo);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Plan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: demoPlan.plan.name }).waitFor();
  await page.locator('tr[data-action-id]').first().waitFor();
  return page;
}

const rowIds = (page: Page): Promise<number[]> =>
  page.locator('tr[data-action-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-action-id'))));

/** The text of what aria-describedby points at: the message a screen reader reads with the field. */
const description = (field: Locator): Promise<string> => field.evaluate((el) =>
  (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

const visibleDialog = (page: Page, name: string): Locator => page.getByRole('dialog', { name });

// Generous: Chromium and the server share two cores with whatever else the machine runs.
describe('the plan workspace, end to end on the demo plan file', { timeout: 120_000 }, () => {
  it('creates an åtgärd with two nämnder (one huvudansvarig), reports its status, and shows it in the history and the list', async () => {
    const page = await openPlan();
    await page.getByRole('button', { name: 'Ny åtgärd', exact: true }).click();
    const form = visibleDialog(page, 'Ny åtgärd');
    await form.getByLabel('Utvecklingsområde').selectOption({ label: '3. Information' });
    await form.getByLabel('Nummer', { exact: true }).fill('3.9');
    await form.getByLabel('Titel', { exact: true }).fill('Information om stöd på vårdcentralerna');
    await form.getByLabel('Beskrivning', { exact: true }).fill('Affischer och foldrar i väntrummen.');
    await form.getByRole('textbox', { name: 'Start', exact: true }).fill('2026-01-15');
    await form.getByRole('textbox', { name: 'Klart senast', exact: true }).fill('2099-06-30');
    const add = form.getByLabel('Lägg till nämnd');
    await add.selectOption({ label: 'Socialnämnden' });
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await add.selectOption({ label: 'Vård- och omsorgsnämnden' });
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await form.getByRole('radio', { name: 'Vård- och omsorgsnämnden är huvudansvarig' }).check();
    await form.getByRole('button', { name: 'Lägg till åtgärden', exact: true }).click();

    // The new åtgärd's detail opens, as the file has it.
    await page.getByRole('heading', { level: 1, name: '3.9 Information om stöd på vårdcentralerna' }).waitFor();
    const created = (await api('listActions', { planId: PLAN_ID })).find((a) => a.number === '3.9')!;
    expect(created.areaName).toBe('Information');
    expect(created.responsible.map((r) => [r.bodyName, r.role])).toEqual([
      ['Vård- och omsorgsnämnden', 'huvudansvarig'], ['Socialnämnden', 'medansvarig'],
    ]);

    await page.getByRole('button', { name: 'Ny lägesrapport', exact: true }).click();
    const report = page.getByRole('dialog', { name: /^Ny lägesrapport/ });
    await report.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågående' });
    await report.getByLabel('Bedömning', { exact: true }).selectOption({ label: 'Delvis' });
    await report.getByLabel('Kommentar', { exact: true }).fill('Foldrar finns på tre av fem vårdcentraler.');
    await report.getByLabel('Rapporterad av', { exact: true }).fill('Eva Ek, utvecklingsledare');
    const { today } = await api('getAppInfo', {});
    expect(await report.getByLabel('Period', { exact: true }).inputValue()).toBe(suggestPeriod(today, demoPlan.plan.followUpRhythm));
    await report.getByRole('button', { name: 'Spara lägesrapporten', exact: true }).click();
    await report.waitFor({ state: 'hidden' });

    const first = page.locator('.timeline-item').first();
    await expect.poll(() => first.textContent()).toContain('Foldrar finns på tre av fem vårdcentraler.');
    const text = await first.textContent();
    for (const part of ['Pågående', 'Bedömning: Delvis', 'Eva Ek, utvecklingsledare', 'Vård- och omsorgsnämnden', today]) expect(text).toContain(part);
    const reports = await api('listStatusReports', { actionId: created.id });
    expect(reports.map((r) => [r.status, r.assessment, r.bodyName])).toEqual([['pagaende', 'delvis', 'Vård- och omsorgsnämnden']]);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-action-detail-1366x768.png') });

    await page.getByRole('button', { name: 'Tillbaka till åtgärdslistan', exact: true }).click();
    const row = page.locator(`tr[data-action-id="${created.id}"]`);
    await expect.poll(() => row.locator('.status').textContent()).toContain('Pågående');
    expect(await row.locator('.responsible li').allTextContents()).toEqual(['Vård- och omsorgsnämnden (huvudansvarig)', 'Socialnämnden']);
    // Focus comes back to the row the user left.
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-action-id'))).toBe(String(created.id));
    expect(page.errors).toEqual([]);
  });

  it('a deadline before the start shows the Swedish message beside the field and writes nothing', async () => {
    const before = (await api('listActions', { planId: PLAN_ID })).length;
    const inFile = (await api('listActions', {})).length;
    const page = await openPlan();
    await page.getByRole('button', { name: 'Ny åtgärd', exact: true }).click();
    const form = visibleDialog(page, 'Ny åtgärd');
    await form.getByLabel('Titel', { exact: true }).fill('Åtgärd med omöjliga datum');
    await form.getByLabel('Lägg till nämnd').selectOption({ label: 'Socialnämnden' });
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await form.getByRole('textbox', { name: 'Start', exact: true }).fill('2026-05-01');
    const deadline = form.getByRole('textbox', { name: 'Klart senast', exact: true });
    await deadline.fill('2026-01-01');
    await form.getByRole('button', { name: 'Lägg till åtgärden', exact: true }).click();

    await expect.poll(() => deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await description(deadline)).toContain('Klart senast kan inte vara före start.');
    // Focus goes to the field that needs correcting.
    expect(await deadline.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-action-form-error-1366x768.png') });

    expect((await api('listActions', { planId: PLAN_ID })).length).toBe(before);
    expect((JSON.parse(runCli(['summary', '--db', demo.db]).stdout) as { actions: number }).actions).toBe(inFile);

    // Esc with unsaved changes asks before anything is thrown away.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Stänga utan att spara?' }).getByRole('button', { name: 'Stäng utan att spara', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await page.locator('tr[data-action-id]').count()).toBe(before);
    expect(page.errors).toEqual([]);
  });

  it('deleting an område asks first and names what goes with it; Avbryt keeps it; Ctrl+Z brings it back', async () => {
    const areas = await api('listAreas', { planId: PLAN_ID });
    const information = areas.find((a) => a.name === 'Information')!;
    const actions = (await api('listActions', { planId: PLAN_ID })).filter((a) => a.areaId === information.id);
    const page = await openPlan();
    const heading = page.getByRole('heading', { level: 2, name: /^\d+\. Information$/ });
    await heading.waitFor();
    await page.getByText('Utvecklingsområden (6)').click();

    await page.getByRole('button', { name: 'Ta bort Information', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort utvecklingsområde?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`Utvecklingsområdet ”Information” tas bort tillsammans med ${actions.length} åtgärder`);
    await confirm.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await api('listAreas', { planId: PLAN_ID })).map((a) => a.id)).toContain(information.id);
    expect(await heading.count()).toBe(1);

    await page.getByRole('button', { name: 'Ta bort Information', exact: true }).click();
    await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await heading.waitFor({ state: 'detached' });
    expect((await api('listAreas', { planId: PLAN_ID })).map((a) => a.id)).not.toContain(information.id);
    for (const action of actions) expect(await page.locator(`tr[data-action-id="${action.id}"]`).count()).toBe(0);

    await page.keyboard.press('Control+z');
    await heading.waitFor();
    expect((await api('listAreas', { planId: PLAN_ID })).map((a) => a.name)).toEqual(areas.map((a) => a.name));
    await expect.poll(async () => (await rowIds(page)).filter((id) => actions.some((a) => a.id === id)).length).toBe(actions.length);
    expect(page.errors).toEqual([]);
  });

  it('adds a lägesrapport with the keyboard only (Tab, Enter, Esc)', async () => {
    const target = (await api('listActions', { planId: PLAN_ID })).find((a) => a.number === '2.3')!;
    const page = await openPlan();
    const focused = (): Promise<string> => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      const name = el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
      return `${el?.tagName ?? ''}#${el?.id ?? ''}:${name}`;
    });
    const tabUntil = async (test: (f: string) => boolean): Promise<void> => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (test(await focused())) return;
      }
      throw new Error(`Fokus nådde aldrig målet (senast: ${await focused()})`);
    };

    await tabUntil((f) => f.startsWith('INPUT#filter-text'));
    await page.keyboard.type('2.3');
    await tabUntil((f) => f.endsWith(`:${target.title}`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `2.3 ${target.title}` }).waitFor();
    expect(await focused()).toMatch(/^H1#action-heading/);

    await tabUntil((f) => f.endsWith(':Ny lägesrapport'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Ny lägesrapport/ });
    await dialog.waitFor();
    // Esc closes the (untouched) form and focus returns to the button; Enter opens it again.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused()).toMatch(/:Ny lägesrapport$/);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await focused()).toMatch(/^SELECT/); // Status, the first field

    await page.keyboard.press('g'); // Genomförd
    await page.keyboard.press('Tab'); // Bedömning
    await page.keyboard.press('j'); // Ja
    await page.keyboard.press('Tab'); // Kommentar
    await page.keyboard.type('Samverkansavtalet med Kriminalvården är undertecknat.');
    await tabUntil((f) => f.endsWith(':Rapporterad av'));
    await page.keyboard.type('Tangent Bordsson');
    expect(await dialog.getByLabel('Rapporterad av').inputValue()).toBe('Tangent Bordsson');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByText('Lägesrapporten sparades.').waitFor();
    expect(await focused()).toMatch(/^H2#timeline-heading/);
    const reports = await api('listStatusReports', { actionId: target.id });
    expect(reports[0]).toMatchObject({ status: 'genomford', assessment: 'ja', reportedBy: 'Tangent Bordsson', comment: 'Samverkansavtalet med Kriminalvården är undertecknat.' });
    const first = await page.locator('.timeline-item').first().textContent();
    expect(first).toContain('Genomförd');
    expect(first).toContain('Tangent Bordsson');
    expect(page.errors).toEqual([]);
  });

  it('filters to Socialnämnden + Försenad exactly as the API says, keeps the filter across views, and "Rensa filter" clears it', async () => {
    const rows = await api('listActions', { planId: PLAN_ID });
    const expected = rows.filter((r) => r.effectiveStatus === 'forsenad' && r.responsible.some((b) => b.bodyName === 'Socialnämnden'))
      .map((r) => r.id).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    const page = await openPlan();
    const summary = page.locator('[data-filter-summary]');
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Socialnämnden' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Försenad' });
    const line = `Visar ${expected.length} av ${rows.length} åtgärder · Socialnämnden · Försenad`;
    await expect.poll(() => summary.textContent()).toBe(line);
    expect((await rowIds(page)).sort((a, b) => a - b)).toEqual(expected);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-list-filtered-1366x768.png') });

    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('button', { name: 'Översikt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await nav.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect.poll(() => summary.textContent()).toBe(line);
    expect((await rowIds(page)).sort((a, b) => a - b)).toEqual(expected);
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('forsenad');

    await page.getByLabel('Sök', { exact: true }).fill('finns inte någonstans');
    await page.getByText('Inga åtgärder matchar filtret.').waitFor();
    await page.getByRole('button', { name: 'Rensa filter', exact: true }).click();
    await expect.poll(() => summary.textContent()).toBe(`Visar alla ${rows.length} åtgärder`);
    expect(await page.locator('tr[data-action-id]').count()).toBe(rows.length);
    expect(await page.getByLabel('Nämnd', { exact: true }).inputValue()).toBe('');
    expect(page.errors).toEqual([]);
  });

  it('shows the meeting notes about an åtgärd in its detail, newest meeting first; deleting one asks first, and Ctrl+Z brings it back', async () => {
    const action = (await api('listActions', { planId: PLAN_ID }))[1];
    const { today } = await api('getAppInfo', {});
    const note = { planId: PLAN_ID, actionId: action.id, protocolRef: '' };
    await api('createMeetingNote', { ...note, meetingDate: '2026-03-12', meetingName: 'Kommunstyrelsens arbetsutskott', note: 'Informerades om läget.' });
    const decision = await api('createMeetingNote', {
      ...note, meetingDate: today, meetingName: 'Jämställdhetsdelegationen', protocolRef: '§ 7', note: 'Beslut: nämnden återrapporterar i mars.',
    });
    const page = await openPlan();
    await page.locator(`tr[data-action-id="${action.id}"] .row-link`).click();
    const notes = page.getByRole('region', { name: 'Anteckningar från möten' }).locator('.meeting-note');
    await notes.first().waitFor();
    expect(await notes.allTextContents()).toEqual([
      `${today} Jämställdhetsdelegationen · § 7Beslut: nämnden återrapporterar i mars.Ta bort`,
      '2026-03-12 Kommunstyrelsens arbetsutskottInformerades om läget.Ta bort',
    ]);
    expect(await seriousViolations(page), 'åtgärdens detaljvy med anteckningar').toEqual([]);
    expect(await page.locator('table.log tbody tr', { hasText: 'Ny mötesanteckning' }).first().textContent()).toContain('Jämställdhetsdelegationen: Beslut: nämnden återrapporterar i mars.');
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-action-meeting-notes-1366x768.png'), fullPage: true });

    const remove = page.getByRole('button', { name: `Ta bort anteckningen från Jämställdhetsdelegationen ${today}`, exact: true });
    await remove.click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort anteckning?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`Anteckningen från Jämställdhetsdelegationen ${today} tas bort. Du kan ångra med Ctrl+Z.`);
    expect(await seriousViolations(page), 'Ta bort anteckning?').toEqual([]);
    await confirm.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await api('listMeetingNotes', { actionId: action.id })).map((n) => n.id)).toContain(decision.id);

    await remove.click();
    await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await remove.waitFor({ state: 'detached' });
    expect(await notes.count()).toBe(1);
    expect((await api('listMeetingNotes', { actionId: action.id })).map((n) => n.meetingName)).toEqual(['Kommunstyrelsens arbetsutskott']);
    // Focus is not lost with the button: it goes to the list's heading.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes-heading');

    await page.keyboard.press('Control+z');
    await remove.waitFor();
    expect((await api('listMeetingNotes', { actionId: action.id })).map((n) => n.id)).toContain(decision.id);
    expect(page.errors).toEqual([]);
  });

  it('axe-core finds nothing serious on the plan view, the åtgärd form, the åtgärd detail and the report form', async () => {
    const page = await openPlan();
    await page.getByText('Utvecklingsområden (6)').click();
    expect(await seriousViolations(page), 'planvyn').toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-list-1366x768.png') });

    await page.getByRole('button', { name: 'Ny åtgärd', exact: true }).click();
    await visibleDialog(page, 'Ny åtgärd').waitFor();
    expect(await seriousViolations(page), 'formuläret Ny åtgärd').toEqual([]);
    await page.keyboard.press('Escape');
    await visibleDialog(page, 'Ny åtgärd').waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Redigera plan', exact: true }).click();
    await visibleDialog(page, 'Redigera plan').waitFor();
    expect(await seriousViolations(page), 'Redigera plan').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('tr[data-action-id] .row-link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Statushistorik' }).waitFor();
    await page.locator('.timeline-item').first().waitFor();
    expect(await seriousViolations(page), 'åtgärdens detaljvy').toEqual([]);

    await page.getByRole('button', { name: 'Ny lägesrapport', exact: true }).click();
    await page.getByRole('dialog', { name: /^Ny lägesrapport/ }).waitFor();
    expect(await seriousViolations(page), 'Ny lägesrapport').toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
