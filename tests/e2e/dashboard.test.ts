import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileSummary } from '@shared/domain/types';
import { EFFECTIVE_STATUSES } from '@shared/domain/status';
import { addYearsIso } from '@shared/dates';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, useDemoApp, type AppPage } from '../helpers/demoApp';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { runCli } from '../helpers/runCli';

/**
 * Översikt and presentationsläge end to end: the real renderer in Chromium against the real
 * database through browser mode, on a fresh demo file; numbers checked against the CLI and the API.
 */
const EARLIER = '2024-06-30';
/** Each test drives a real browser against a real server: generous on a busy 2-core machine. */
const SLOW = 120_000;

let today: string;

function cliSummary(asOf: string): FileSummary {
  const cli = runCli(['summary', '--db', demo.db, '--as-of', asOf]);
  expect(cli.stderr).toBe('');
  return JSON.parse(cli.stdout) as FileSummary;
}

const demo = useDemoApp('dashboard');
const api = <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => callApi(demo.app, name, input);

beforeAll(async () => {
  today = (await api('getAppInfo', {})).today;
});

async function openOverview(width = 1280, height = 720): Promise<AppPage> {
  // A busy machine can take a while to draw: wait longer than Playwright's 30 s before failing.
  const page = await openAppPage(demo, { width, height, stepTimeout: 60_000 });
  await page.getByRole('button', { name: 'Översikt', exact: true }).click();
  await page.locator('.dashboard[data-ready="true"]').waitFor();
  return page;
}

/** The figure as a number: sv-SE digits may carry a (non-breaking) space as thousands separator. */
async function figure(page: Page, key: string): Promise<number> {
  return Number((await page.locator(`[data-figure="${key}"]`).textContent())!.replace(/\s/g, ''));
}

async function expectFiguresEqualCli(page: Page, asOf: string): Promise<void> {
  const summary = cliSummary(asOf);
  expect(await figure(page, 'total')).toBe(summary.actions);
  for (const status of EFFECTIVE_STATUSES) expect(await figure(page, status), status).toBe(summary.byStatus[status]);
  const share = (await page.locator('[data-figure="share-genomford"]').textContent())!;
  expect(share).toBe(`${(Math.round((summary.byStatus.genomford / summary.actions) * 1000) / 10).toLocaleString('sv-SE')} %`);
}

async function setDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(date);
  await input.press('Enter');
}

/** Clicks a bar segment where a user would: its label box lets the click through to the bar. */
async function clickSegment(page: Page, segment: ReturnType<Page['locator']>): Promise<void> {
  await segment.scrollIntoViewIfNeeded();
  const box = (await segment.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function drillDownIds(page: Page): Promise<number[]> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const ids = await dialog.locator('tr[data-action-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-action-id'))));
  await dialog.getByRole('button', { name: 'Stäng', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return ids.sort((a, b) => a - b);
}

describe('Översikt, end to end on the demo plan file', () => {
  it('shows the same figures as `cli summary` for the as-of date, and for an earlier date as the history says', async () => {
    const page = await openOverview();
    expect(await page.locator('.dashboard').getAttribute('data-as-of')).toBe(today);
    expect(await page.locator('.dashboard').getAttribute('data-compare-to')).toBe(addYearsIso(today, -1));
    await expectFiguresEqualCli(page, today);

    const before = await figure(page, 'genomford');
    await setDate(page, 'Per datum', EARLIER);
    await page.locator(`.dashboard[data-as-of="${EARLIER}"][data-ready="true"]`).waitFor();
    await expectFiguresEqualCli(page, EARLIER);
    // The demo's history: fewer åtgärder were Genomförd in mid-2024 than today.
    expect(await figure(page, 'genomford')).toBeLessThan(before);
    // Jämför med followed: one year before the new date.
    expect(await page.getByLabel('Jämför med', { exact: true }).inputValue()).toBe(addYearsIso(EARLIER, -1));
    expect(page.errors).toEqual([]);
  }, SLOW);

  it('every change is the difference from the figure as of Jämför med', async () => {
    const page = await openOverview();
    const then = cliSummary(addYearsIso(today, -1));
    const now = cliSummary(today);
    const forsenad = page.locator('.dash-figure-forsenad .dash-delta').first();
    const diff = now.byStatus.forsenad - then.byStatus.forsenad;
    const shown = diff === 0 ? '±0' : diff > 0 ? `+${diff}` : `−${-diff}`;
    expect(await forsenad.locator('.dash-delta-value').textContent()).toBe(shown);
    expect(await forsenad.locator('.visually-hidden').textContent()).toMatch(diff === 0 ? /oförändrat sedan per / : diff > 0 ? /fler än per / : /färre än per /);
  }, SLOW);

  it('drill-down lists exactly the åtgärder behind a bar segment and behind a key figure', async () => {
    const page = await openOverview();
    const actions = await api('listActions', { planId: 1, asOf: today });
    const segment = page.locator('[data-chart="by-area"] [data-segment][data-status="genomford"]').first();
    const areaId = Number(await segment.getAttribute('data-category-id'));
    await clickSegment(page, segment);
    expect(await drillDownIds(page)).toEqual(actions.filter((a) => a.areaId === areaId && a.effectiveStatus === 'genomford').map((a) => a.id).sort((a, b) => a - b));

    const bodySegment = page.locator('[data-chart="by-body"] [data-segment][data-status="pagaende"]').first();
    const bodyId = Number(await bodySegment.getAttribute('data-category-id'));
    await clickSegment(page, bodySegment);
    expect(await drillDownIds(page)).toEqual(actions.filter((a) => a.responsible.some((r) => r.bodyId === bodyId) && a.effectiveStatus === 'pagaende')
      .map((a) => a.id).sort((a, b) => a - b));

    await page.locator('.dash-figure-forsenad button').click();
    expect(await drillDownIds(page)).toEqual(actions.filter((a) => a.effectiveStatus === 'forsenad').map((a) => a.id).sort((a, b) => a - b));

    // A title in the list opens the åtgärd in the plan view.
    await page.locator('.dash-figure-ingen_uppfoljning button').click();
    const first = page.getByRole('dialog').locator('tr[data-action-id]').first();
    const id = await first.getAttribute('data-action-id');
    await first.getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/plan/atgard/${id}`);
  }, SLOW);

  it('filters by nämnd and område together with the plan view, and the keyboard reaches the drill-down through the table', async () => {
    const page = await openOverview();
    const actions = await api('listActions', { planId: 1, asOf: today });
    const areas = await api('listAreas', { planId: 1 });
    await page.getByLabel('Utvecklingsområde', { exact: true }).selectOption(String(areas[1].id));
    await expect.poll(() => figure(page, 'total')).toBe(actions.filter((a) => a.areaId === areas[1].id).length);
    // The plan view shows the same filter.
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.locator('#filter-area').inputValue()).toBe(String(areas[1].id));
    await page.locator('#filter-area').selectOption('');
    await page.getByRole('button', { name: 'Översikt', exact: true }).click();
    await page.locator('.dashboard[data-ready="true"]').waitFor();
    await expect.poll(() => figure(page, 'total')).toBe(actions.length);

    const toggle = page.locator('[data-chart="by-area"]').getByRole('button', { name: 'Visa som tabell', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const cell = page.locator(`[data-chart="by-area"] tr[data-group-id="${areas[0].id}"] td[data-status="pagaende"] button`);
    await cell.focus();
    await page.keyboard.press('Enter');
    expect(await drillDownIds(page)).toEqual(actions.filter((a) => a.areaId === areas[0].id && a.effectiveStatus === 'pagaende').map((a) => a.id).sort((a, b) => a - b));
  }, SLOW);

  it('the table alternative has exactly the chart’s numbers', async () => {
    const page = await openOverview();
    for (const chart of ['by-area', 'by-body']) {
      const figureEl = page.locator(`[data-chart="${chart}"]`);
      const drawn = await figureEl.locator('[data-segment]').evaluateAll((els) => Object.fromEntries(els.map((el) =>
        [`${el.getAttribute('data-category-id')} ${el.getAttribute('data-status')}`, Number(el.getAttribute('data-value'))])));
      expect(Object.keys(drawn).length).toBeGreaterThan(5);
      await figureEl.getByRole('button', { name: 'Visa som tabell', exact: true }).click();
      await figureEl.locator('table').waitFor();
      const tabled = await figureEl.locator('tr[data-group-id] td[data-status]:not([data-status="total"])').evaluateAll((cells) => Object.fromEntries(cells
        .map((td) => [`${td.closest('tr')!.getAttribute('data-group-id')} ${td.getAttribute('data-status')}`, Number(td.querySelector('[data-value]')!.getAttribute('data-value'))])
        .filter(([, value]) => value !== 0)));
      expect(tabled, chart).toEqual(drawn);
    }
    // And the trend's table has the summary's numbers at its last point.
    const trend = page.locator('[data-chart="trend"]');
    await trend.getByRole('button', { name: 'Visa som tabell', exact: true }).click();
    const last = trend.locator('tbody tr').last();
    const summary = cliSummary(today);
    expect((await last.locator('td').nth(0).textContent())).toBe(today);
    expect(Number(await last.locator('td').nth(1).textContent())).toBe(summary.actions);
    expect(Number(await last.locator('td').nth(2).textContent())).toBe(summary.byStatus.genomford);
    expect(Number(await last.locator('td').nth(4).textContent())).toBe(summary.byStatus.forsenad);
  }, SLOW);

  it('axe-core finds no serious or critical violation, with charts and with tables; screenshots at both sizes', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const page = await openOverview(width, height);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), `charts ${width}`).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-oversikt-${width}x${height}.png`) });
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-oversikt-${width}x${height}-hela.png`), fullPage: true });
      for (const toggle of await page.getByRole('button', { name: 'Visa som tabell', exact: true }).all()) await toggle.click();
      expect(await seriousViolations(page), `tables ${width}`).toEqual([]);
      await page.locator('.dash-figure-forsenad button').click();
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page), `drill-down ${width}`).toEqual([]);
      expect(page.errors).toEqual([]);
    }
  }, SLOW);

  it('exports the dashboard as a PDF handout that the browser downloads', async () => {
    const page = await openOverview();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Översikten som PDF', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`Översikt per ${today}.pdf`);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('/StructTreeRoot'))).toBe(true);

    // All the presentation's slides, one per page.
    const slidesDownload = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Presentationen som PDF', exact: true }).click();
    const slides = await slidesDownload;
    expect(slides.suggestedFilename()).toBe(`Presentation per ${today}.pdf`);
    const slideBytes = readFileSync((await slides.path())!);
    const pages = slideBytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    const areas = await api('listAreas', { planId: 1 });
    expect(pages.length).toBeGreaterThanOrEqual(1 + areas.length + 1);
    await page.locator('.slides-print').waitFor({ state: 'detached' });
    expect(page.errors).toEqual([]);
  }, SLOW);
});

describe('presentationsläge, end to end', () => {
  it('F5 starts it full screen; the keys step through the slides and Esc leaves', async () => {
    const page = await openOverview();
    await page.keyboard.press('F5');
    const presentation = page.locator('.presentation');
    await presentation.locator('.slide').waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    const index = () => presentation.getAttribute('data-slide-index');
    const count = Number(await presentation.getAttribute('data-slide-count'));
    const areas = await api('listAreas', { planId: 1 });
    expect(count).toBeGreaterThanOrEqual(1 + areas.length + 1);
    expect(await index()).toBe('0');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Sammanfattning');
    // No edit controls on a slide.
    expect(await presentation.locator('.slide button, .slide input, .slide select, .slide textarea').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await index()).toBe('1');
    expect(await page.locator('.slide-title').textContent()).toMatch(new RegExp(`^1\\. ${areas[0].name}`));
    await page.keyboard.press('PageDown');
    expect(await index()).toBe('2');
    await page.keyboard.press('PageUp');
    expect(await index()).toBe('1');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await index()).toBe('0');
    await page.keyboard.press('End');
    expect(Number(await index())).toBe(count - 1);
    await page.keyboard.press('Escape');
    await presentation.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/oversikt');
    expect(page.errors).toEqual([]);
  }, SLOW);

  it('a nämnd chosen before starting sees only its own åtgärder', async () => {
    const page = await openOverview();
    const actions = await api('listActions', { planId: 1, asOf: today });
    const body = actions[0].responsible[0];
    await page.getByLabel('Nämnd', { exact: true }).selectOption(String(body.bodyId));
    await page.getByRole('button', { name: new RegExp(`^Presentationsläge – ${body.bodyName}`) }).click();
    await page.locator('.presentation .slide').waitFor();
    const own = actions.filter((a) => a.responsible.some((r) => r.bodyId === body.bodyId));
    expect(await page.locator('.slide [data-figure="total"]').textContent()).toBe(String(own.length));
    const shown = new Set<number>();
    const count = Number(await page.locator('.presentation').getAttribute('data-slide-count'));
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      for (const id of await page.locator('.slide tr[data-action-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-action-id'))))) shown.add(id);
    }
    const ownIds = new Set(own.map((a) => a.id));
    expect([...shown].every((id) => ownIds.has(id))).toBe(true);
    expect(shown.size).toBe(own.length);
  }, SLOW);

  it('a meeting note added on a slide is stored, logged for Sedan senast, and shown, without leaving full screen', async () => {
    const page = await openOverview();
    await page.keyboard.press('F5');
    await page.locator('.presentation .slide').waitFor();
    await page.keyboard.press('ArrowRight');
    const areas = await api('listAreas', { planId: 1 });
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Anteckna från mötet' });
    await dialog.waitFor();
    // Focus starts in the note, and the arrow keys type there instead of changing slide.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await dialog.getByLabel('Gäller').inputValue()).toBe(`area-${areas[0].id}`);
    await page.keyboard.type('Delegationen ber om en tidplan för området.');
    await page.keyboard.press('ArrowRight');
    await dialog.getByLabel('Möte', { exact: true }).fill(`Jämställdhetsdelegationen ${today}`);
    await dialog.getByLabel('Protokollreferens').fill('§ 12');
    expect(await seriousViolations(page), 'note dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Spara anteckningen', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.presentation').getAttribute('data-slide-index')).toBe('1');
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.locator('.slide-notes', { hasText: 'Delegationen ber om en tidplan för området.' }).waitFor();

    const notes = await api('listMeetingNotes', { planId: 1 });
    expect(notes).toEqual([expect.objectContaining({
      areaId: areas[0].id, actionId: null, meetingDate: today, meetingName: `Jämställdhetsdelegationen ${today}`, protocolRef: '§ 12',
      note: 'Delegationen ber om en tidplan för området.', subject: areas[0].name,
    })]);
    const changes = await api('listChanges', { since: today, planId: 1 });
    expect(changes.find((c) => c.entity === 'meeting_note')).toMatchObject({ operation: 'create', entityId: notes[0].id, subject: areas[0].name });
    expect(page.errors).toEqual([]);
  }, SLOW);

  it('axe-core finds no serious or critical violation on the slides; screenshots at both sizes', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const page = await openOverview(width, height);
      await page.keyboard.press('F5');
      await page.locator('.presentation .slide').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), `summary ${width}`).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `presentation-sammanfattning-${width}x${height}.png`) });
      await page.keyboard.press('ArrowRight');
      expect(await seriousViolations(page), `område ${width}`).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `presentation-omrade-${width}x${height}.png`) });
      await page.keyboard.press('End');
      await page.screenshot({ path: join(SCREENSHOTS, `presentation-sista-${width}x${height}.png`) });
      expect(page.errors).toEqual([]);
    }
  }, SLOW);
});
