/** The manual page for a barrier and a region, on a laptop and a phone, with axe-core. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  SCREENSHOTS,
  screenshot,
  startHarness,
} from './support/harness';

const GENK_HOUSING = '/manual?barrier=HOUSING&region=region-mun-genk';
// A fictional contact person of the seed data: backup for housing at Stad Genk.
const PERSON = 'Koen Maes';

describe.skipIf(!browserTestsEnabled())('the manual page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a barrier and a region: every part of the manual, no persons, nothing serious for axe', async () => {
    const page = await h.open(GENK_HOUSING, { width: 1280, height: 800 });
    // The first manual after Neo4j starts compiles its queries: allow a cold start.
    await page
      .getByRole('heading', { level: 1, name: 'Handboek Huisvesting' })
      .waitFor({ timeout: 90_000 });
    for (const name of [
      'Inhoud',
      'Wat een lokale overheid kan doen',
      'Signalen',
      'Maatregelen met hun rechtsgrond',
      'Van signaal tot casus',
      'Wie eerst bellen',
      'Partners en eerste contacten per rol',
      'Afspraken over informatiedeling',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name }).isVisible(), name).resolves.toBe(
        true,
      );
    }
    await expect(page.getByText('Voor Genk (Gemeente)').isVisible()).resolves.toBe(true);
    await expect(
      page.getByText('Contactpersonen zijn weggelaten', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('img', { name: 'Schema van signaal tot casus' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText(PERSON).count()).resolves.toBe(0);
    await expect(page.getByText('Rechtsgrond:').count()).resolves.toBeGreaterThan(0);

    const link = page.getByRole('link', { name: 'PDF downloaden' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/manual/HOUSING.pdf?region=region-mun-genk&lang=NL');

    const serious = (await runAxe(page)).filter(
      (v) => v.impact === 'critical' || v.impact === 'serious',
    );
    expect(serious).toEqual([]);
    await screenshot(page, 'manual-laptop', true);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'manual-print', true);

    // The PDF behind the link, and its first pages as pictures to look at.
    const response = await page.request.get(h.baseUrl + href);
    expect(response.status()).toBe(200);
    const pdf = await response.body();
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(path.join(SCREENSHOTS, 'manual-housing-genk-nl.pdf'), pdf);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const shots = await parser.getScreenshot({ first: 3, scale: 1.3 });
      for (const [i, shot] of shots.pages.entries()) {
        await writeFile(path.join(SCREENSHOTS, `manual-pdf-page-${i + 1}.png`), shot.data);
      }
    } finally {
      await parser.destroy();
    }
    await page.close();
  });

  test('on a phone, in French, the manual reads and stays accessible', async () => {
    const page = await h.open('/manual', { width: 390, height: 844 });
    await page.evaluate(() => window.localStorage.setItem('confine.lang', 'FR'));
    await page.goto(`${h.baseUrl}${GENK_HOUSING}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('#manual-route').waitFor();
    const serious = (await runAxe(page)).filter(
      (v) => v.impact === 'critical' || v.impact === 'serious',
    );
    expect(serious).toEqual([]);
    await screenshot(page, 'manual-phone', true);
    await page.close();
  });
});
