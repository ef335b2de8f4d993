/** The pages behind the answer: organisation, barrier, contact, municipality, graph, not found. */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsEnabled, type Harness, screenshot, startHarness } from './support/harness';

describe.skipIf(!browserTestsEnabled())('pages in the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('organisation: roles per barrier, contacts, coverage, agreements, counterparts', async () => {
    const page = await h.open('/organisation/org-stad-genk');
    await page.getByRole('heading', { level: 1, name: /Stad Genk/ }).waitFor();
    for (const name of [
      'Rollen per barrière',
      'Contacten',
      'Werkgebied',
      'Afspraken over gegevensdeling',
      'Tegenhangers over de grens',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name }).isVisible(), name).resolves.toBe(
        true,
      );
    }
    await expect(
      page.getByRole('table', { name: 'Rollen van Stad Genk per barrière' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('a[href="tel:+3211555000"]').isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: 'Toon in de netwerkweergave' }).getAttribute('href'),
    ).resolves.toBe('/graph?focus=org-stad-genk');
    await screenshot(page, 'organisation-nl', true);

    // A counterpart link leads across the border.
    await page.goto(`${h.baseUrl}/organisation/org-ariec-limburg`);
    await page.getByRole('heading', { level: 2, name: 'Tegenhangers over de grens' }).waitFor();
    await expect(
      page.locator('section[aria-labelledby="counterparts"] a').count(),
    ).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('barrier: guidance, signals, measures and the barrier × role table', async () => {
    const page = await h.open('/barrier/HOUSING');
    await page.getByRole('heading', { level: 1, name: 'Huisvesting' }).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Wat kan een lokaal bestuur doen?' }).isVisible(),
    ).resolves.toBe(true);
    const table = page.getByRole('table', {
      name: 'Organisaties per rol bij de barrière Huisvesting',
    });
    await expect(table.getByRole('rowheader', { name: 'Signaleren' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(table.getByRole('columnheader', { name: 'Nederland' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator('a[href^="/?indicator="]').count()).resolves.toBeGreaterThan(3);
    await expect(
      page.getByRole('link', { name: 'Toon in de netwerkweergave' }).getAttribute('href'),
    ).resolves.toBe('/graph?focus=barrier-housing');
    await screenshot(page, 'barrier-nl', true);
    await page.close();
  });

  test('municipality: every barrier in one request, gaps visible', async () => {
    const page = await h.open('/');
    const operations: string[] = [];
    page.on('request', (request: Request) => {
      if (request.url().endsWith('/graphql')) {
        const body = request.postDataJSON() as { query: string };
        operations.push(/query (\w+)/.exec(body.query)?.[1] ?? 'anonymous');
      }
    });
    await page.goto(`${h.baseUrl}/municipality/region-mun-heerlen`);
    await page.getByRole('heading', { level: 1, name: 'Heerlen' }).waitFor();
    await page.locator('.coverage').first().waitFor();
    await expect(page.locator('.coverage').count()).resolves.toBe(6);
    // Heerlen has no local partner recorded: every barrier shows the gap.
    await expect(page.getByText('Geen lokale partner geregistreerd.').count()).resolves.toBe(6);
    await expect(page.getByText('6 barrières zonder lokale partner').isVisible()).resolves.toBe(
      true,
    );
    expect(operations.filter((name) => name === 'MunicipalityOverview')).toHaveLength(1);

    await page.goto(`${h.baseUrl}/municipality/region-mun-genk`);
    await page.getByRole('heading', { level: 1, name: 'Genk' }).waitFor();
    await page.locator('.coverage').first().waitFor();
    await expect(page.getByText('Geen lokale partner geregistreerd.').count()).resolves.toBe(0);
    await expect(
      page.getByText('Voor elke barrière is een lokale partner geregistreerd.').isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'municipality-nl', true);
    await page.close();
  });

  test('contact point: click-to-call, what it is the one to call for', async () => {
    const page = await h.open('/contact/cp-genk-mensenhandel');
    await page
      .getByRole('heading', { level: 1, name: 'SPOC mensenhandel en bestuurlijke handhaving' })
      .waitFor();
    await expect(page.locator('a[href="tel:+3211555000"]').isVisible()).resolves.toBe(true);
    await expect(
      page.locator('a[href="mailto:mensenhandel@genk.example.be"]').isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'Aanspreekpunt voor' }).isVisible(),
    ).resolves.toBe(true);
    await page.close();
  });

  test('the graph view loads lazily, with the focus from "show on the graph"', async () => {
    const scripts: string[] = [];
    const page = await h.open('/organisation/org-stad-genk');
    page.on('request', (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.getByRole('heading', { level: 1, name: /Stad Genk/ }).waitFor();
    expect(scripts.some((url) => url.includes('graph-page'))).toBe(false);
    await page.getByRole('link', { name: 'Toon in de netwerkweergave' }).click();
    await page.waitForURL(`${h.baseUrl}/graph?focus=org-stad-genk`);
    await page.getByRole('heading', { level: 1, name: 'Netwerkweergave' }).waitFor();
    expect(scripts.some((url) => url.includes('graph-page'))).toBe(true);
    // Back goes back, and focus lands on the page heading.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Stad Genk/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.close();
  });

  test('an unknown address says so, and unknown ids say not found', async () => {
    const page = await h.open('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.goto(`${h.baseUrl}/organisation/org-does-not-exist`);
    await page.getByText('Deze organisatie bestaat niet (meer).').waitFor();
    await page.goto(`${h.baseUrl}/barrier/NOPE`);
    await page.getByText('Deze barrière bestaat niet.', { exact: false }).waitFor();
    await page.close();
  });
});
