/**
 * The network view in the browser, on the demo network: from a who-to-call answer, expanding,
 * filtering, the shortest connection across the border, the URL as the view, PNG export, and the
 * barrier view grouped by role. The canvas is read through Cytoscape's own instance.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const GENK = 'org-stad-genk';
const RIEC_ZWB = 'org-riec-zeeland-west-brabant';

/** Waits until the view has loaded what its URL asks for and the layout has finished. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const stage = document.querySelector<HTMLElement>('.graph-stage');
      return stage?.dataset.layout === 'done' && Number(stage.dataset.nodes) > 0;
    },
    undefined,
    { timeout: 30_000 },
  );
}

interface DrawnNode {
  id: string;
  classes: string[];
  country: string;
  type: string;
  x: number;
  y: number;
}

/** What the canvas draws, read from the Cytoscape instance behind it. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const container = document.querySelector('.graph-canvas') as HTMLElement & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg.cy;
    const box = container.getBoundingClientRect();
    return {
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        classes: n.classes(),
        country: String(n.data('country') ?? ''),
        type: String(n.data('type') ?? ''),
        x: box.left + n.renderedPosition().x,
        y: box.top + n.renderedPosition().y,
      })),
      edges: cy.edges().map((e) => ({ id: e.id(), classes: e.classes() })),
      zoom: cy.zoom(),
    };
  }) as Promise<{ nodes: DrawnNode[]; edges: { id: string; classes: string[] }[]; zoom: number }>;
}

/** The on-screen height (px) of a node's name; 0 when Cytoscape leaves it out at this zoom. */
function namePx(page: Page, id: string): Promise<number> {
  return page.evaluate((nodeId) => {
    const container = document.querySelector('.graph-canvas') as HTMLElement & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg.cy;
    const node = cy.getElementById(nodeId);
    const px = Number.parseFloat(node.style('font-size')) * cy.zoom();
    return px >= Number.parseFloat(node.style('min-zoomed-font-size')) ? px : 0;
  }, id);
}

/** Scrolls a drawn node into the middle of the window and clicks (or double-clicks) it. */
async function clickNode(page: Page, id: string, double = false): Promise<void> {
  const find = async () => {
    const node = (await drawn(page)).nodes.find((n) => n.id === id);
    if (!node) throw new Error(`${id} is not drawn`);
    return node;
  };
  const before = await find();
  await page.evaluate((dy) => window.scrollBy(0, dy), before.y - 450);
  const node = await find();
  if (double) await page.mouse.dblclick(node.x, node.y);
  else await page.mouse.click(node.x, node.y);
}

/** Picks one end of the path form by typing part of its name and choosing the suggestion. */
async function pickEnd(page: Page, end: 'Van' | 'Naar', text: string, option: RegExp) {
  const field = page.getByRole('combobox', { name: end, exact: true });
  await field.fill(text);
  await page.getByRole('option', { name: option }).first().click();
  await expect(field.inputValue()).resolves.toMatch(option);
}

// A first layout in a cold browser on a busy two-core machine can take a while.
describe.skipIf(!browserTestsEnabled())(
  'the network view in the browser',
  { timeout: 90_000 },
  () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(async () => {
      await h?.close();
    });

    test('a who-to-call answer opens on the graph: its barrier, its place and its partners', async () => {
      const page = await h.open('/?barrier=HOUSING&region=region-mun-genk');
      await page.locator('.answer-row').first().waitFor();
      const partners = await page.locator('.answer-row h4').allTextContents();
      await page.getByRole('link', { name: 'Toon deze partners in de netwerkweergave' }).click();
      await page.waitForURL(
        /\/graph\?focus=barrier-housing&expand=&group=none&show=region-mun-genk,/,
      );
      await settled(page);

      const { nodes, edges } = await drawn(page);
      const organisations = nodes.filter((n) => n.type === 'Organisation');
      expect(organisations).toHaveLength(partners.length);
      expect(nodes.map((n) => n.id)).toEqual(
        expect.arrayContaining(['barrier-housing', 'region-mun-genk', GENK]),
      );
      // Every partner has a role on the barrier: one (merged) role edge each.
      expect(edges.filter((e) => e.classes.includes('e-HAS_ROLE'))).toHaveLength(partners.length);
      // The same, as text.
      const list = page.getByRole('region', { name: 'Wat getoond wordt' });
      await expect(list.getByRole('button', { name: 'Stad Genk' }).isVisible()).resolves.toBe(true);
      await screenshot(page, 'graph-answer');
      await page.close();
    });

    test('expand a node: by relationship type from the panel, or by double click', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      const before = await drawn(page);
      // Twenty-five neighbours and a clear "N more" instead of all of them.
      expect(before.nodes.filter((n) => !n.classes.includes('more'))).toHaveLength(26);
      expect(before.nodes.find((n) => n.classes.includes('more'))?.id).toBe(`more~${GENK}~`);
      expect(before.nodes.map((n) => n.id)).not.toContain('org-euriec');

      // Select ARIEC Limburg in the list, then show its counterparts from the side panel.
      await page
        .getByRole('region', { name: 'Wat getoond wordt' })
        .getByRole('button', {
          name: /^Arrondissementeel Informatie- en Expertisecentrum Limburg$/,
        })
        .click();
      const panel = page.getByRole('region', { name: 'Details' });
      await panel.getByRole('button', { name: /^Tegenhangers \(\d+\)/ }).click();
      await page.waitForURL(/expand=org-stad-genk,org-ariec-limburg~COUNTERPART_OF/);
      await page.waitForFunction(() =>
        document.querySelector('.graph-list')?.textContent?.includes('Euregionaal'),
      );
      await settled(page);
      const after = await drawn(page);
      expect(after.nodes.map((n) => n.id)).toContain('org-euriec');
      const counterpart = after.edges.find((e) => e.classes.includes('e-COUNTERPART_OF'));
      expect(counterpart?.classes).toContain('cross-border');

      // "N more" on the canvas shows the next batch.
      await clickNode(page, `more~${GENK}~`);
      await page.waitForURL(/expand=org-stad-genk~~50/);

      // A double click on a node expands all its neighbours.
      await settled(page);
      await clickNode(page, 'org-pz-carma', true);
      await page.waitForURL(/expand=[^&]*org-pz-carma(,|&|$)/);
      await settled(page);
      expect((await drawn(page)).nodes.length).toBeGreaterThan(after.nodes.length);
      await page.close();
    });

    test('filter by country: the Dutch partners of the answer only', async () => {
      const page = await h.open('/?barrier=HOUSING&region=region-mun-genk');
      await page.getByRole('link', { name: 'Toon deze partners in de netwerkweergave' }).click();
      await settled(page);
      const all = (await drawn(page)).nodes.filter((n) => n.type === 'Organisation');
      expect(new Set(all.map((n) => n.country))).toEqual(new Set(['BE', 'NL']));

      await page.getByRole('combobox', { name: 'Land' }).selectOption('NL');
      await page.waitForURL(/country=NL/);
      await page.waitForFunction(
        (count) =>
          (
            document.querySelector('.graph-canvas') as unknown as {
              _cyreg: { cy: import('cytoscape').Core };
            }
          )._cyreg.cy.nodes('.Organisation').length < count,
        all.length,
      );
      await settled(page);
      const dutch = (await drawn(page)).nodes.filter((n) => n.type === 'Organisation');
      expect(dutch.length).toBeGreaterThan(0);
      expect(dutch.every((n) => n.country === 'NL')).toBe(true);
      // The barrier and other nodes without a country stay.
      expect((await drawn(page)).nodes.map((n) => n.id)).toContain('barrier-housing');
      await page.close();
    });

    test('the shortest connection between two partners picked by name, without geography', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      // RIEC Zeeland-West-Brabant is not around Genk: both ends are found by name.
      await pickEnd(page, 'Van', 'Stad Genk', /^Stad Genk/);
      await pickEnd(page, 'Naar', 'RIEC Zeeland', /Zeeland-West-Brabant/);
      const kinds = page.getByRole('group', { name: 'Verbindingen die het pad mag gebruiken' });
      await kinds.getByRole('checkbox', { name: /^Geografie/ }).uncheck();
      await page.getByRole('button', { name: 'Zoek verbinding' }).click();
      await page.waitForURL(
        new RegExp(`path=${GENK}~${RIEC_ZWB}&via=AGREEMENT,COUNTERPART,STRUCTURE`),
      );
      const result = page.getByText(/^Kortste verbinding: \d+ stappen van Stad Genk naar/);
      await result.waitFor();
      await settled(page);

      const { nodes, edges } = await drawn(page);
      const onPath = nodes.filter((n) => n.classes.includes('on-path'));
      expect(onPath.map((n) => n.id)).toEqual(expect.arrayContaining([GENK, RIEC_ZWB]));
      // It crosses the border: Belgian and Dutch nodes, and a cross-border tie on the way.
      expect(new Set(onPath.map((n) => n.country))).toEqual(new Set(['BE', 'NL']));
      // No area on the way: organisation → country → province → city is left out.
      expect(onPath.filter((n) => n.type === 'Region')).toEqual([]);
      const pathEdges = edges.filter((e) => e.classes.includes('on-path'));
      expect(pathEdges.length).toBeGreaterThanOrEqual(2);
      expect(pathEdges.some((e) => e.classes.includes('cross-border'))).toBe(true);
      // Everything else steps back.
      expect(
        nodes
          .filter((n) => !n.classes.includes('on-path'))
          .every((n) => n.classes.includes('faded')),
      ).toBe(true);
      // The route is written out, step by step.
      const steps = page
        .getByRole('list', { name: 'Stappen van de verbinding' })
        .getByRole('listitem');
      await expect(steps.first().textContent()).resolves.toContain('Stad Genk');
      await expect(steps.last().textContent()).resolves.toContain('Zeeland-West-Brabant');
      // For the picture: the same view without a selection, so the route's text shows beside it.
      await page.goto(page.url().replace(/&selected=[^&]*/, ''));
      await settled(page);
      await page.getByText(/^Kortste verbinding:/).waitFor();
      await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
      await screenshot(page, 'graph-cross-border-path');
      await page.close();
    });

    test('the URL restores the same view in a fresh page', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      await page.getByRole('combobox', { name: 'Schikking' }).selectOption('concentric');
      await page.getByRole('combobox', { name: 'Rol' }).selectOption('SIGNAL');
      await page
        .getByRole('region', { name: 'Wat getoond wordt' })
        .getByRole('button', { name: 'Politiezone CARMA' })
        .click();
      await page
        .getByRole('region', { name: 'Details' })
        .getByRole('button', { name: 'Verbergen' })
        .click();
      await pickEnd(page, 'Naar', 'Expertisecentrum Limburg', /^Arrondissementeel Informatie/);
      await pickEnd(page, 'Van', 'Stad Genk', /^Stad Genk/);
      await page.getByRole('button', { name: 'Zoek verbinding' }).click();
      await page.waitForURL(/path=/);
      await page.getByText(/^Kortste verbinding:/).waitFor();
      await settled(page);
      const url = page.url();
      expect(url).toContain('layout=concentric');
      expect(url).toContain('role=SIGNAL');
      expect(url).toContain('hide=org-pz-carma');
      const first = await drawn(page);

      const fresh = await h.open(url.slice(h.baseUrl.length));
      await settled(fresh);
      await fresh.getByText(/^Kortste verbinding:/).waitFor();
      await settled(fresh);
      const second = await drawn(fresh);
      const summary = (d: typeof first) => ({
        nodes: d.nodes.map((n) => `${n.id} ${[...n.classes].sort().join(' ')}`).sort(),
        edges: d.edges.map((e) => `${e.id} ${[...e.classes].sort().join(' ')}`).sort(),
      });
      expect(summary(second)).toEqual(summary(first));
      expect(second.nodes.map((n) => n.id)).not.toContain('org-pz-carma');
      await expect(fresh.getByRole('combobox', { name: 'Schikking' }).inputValue()).resolves.toBe(
        'concentric',
      );
      await expect(fresh.getByRole('combobox', { name: 'Rol' }).inputValue()).resolves.toBe(
        'SIGNAL',
      );
      await page.close();
      await fresh.close();
    });

    test('export: a PNG image of the whole graph, and the CSV of what is shown', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteer als PNG' }).click(),
      ]);
      expect(png.suggestedFilename()).toMatch(/^netwerk-org-stad-genk-\d{4}-\d{2}-\d{2}\.png$/);
      const image = await readFile(await png.path());
      expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(image.length).toBeGreaterThan(20_000);
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(image.readUInt32BE(16)).toBeGreaterThan(500);
      expect(image.readUInt32BE(20)).toBeGreaterThan(300);
      // Title, date, filters above the graph and a legend below: wider than the bare graph.
      expect(image.readUInt32BE(16)).toBeGreaterThanOrEqual(900);

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteer als CSV' }).click(),
      ]);
      const text = await readFile(await csv.path(), 'utf8');
      expect(text.split('\r\n')[0]).toMatch(/^element,id,type,label,country/);
      expect(text).toContain('node,org-stad-genk,Organisation,Stad Genk,BE,MUNICIPALITY');

      // The JSON: what is drawn, and the link that opens the same view again.
      const shown = await drawn(page);
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
      ]);
      expect(json.suggestedFilename()).toMatch(/^netwerk-org-stad-genk-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(await readFile(await json.path(), 'utf8')) as {
        view: string;
        nodes: { id: string }[];
        edges: { id: string }[];
      };
      expect(data.view).toBe(page.url());
      expect(data.nodes.map((n) => n.id).sort()).toEqual(
        shown.nodes
          .filter((n) => !n.classes.includes('more'))
          .map((n) => n.id)
          .sort(),
      );
      expect(data.edges.length).toBeGreaterThanOrEqual(
        shown.edges.filter((e) => !e.classes.includes('more-edge')).length,
      );
      await page.close();
    });

    test('the legend explains every kind of node and line the view draws', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      const legend = page.locator('.graph-legend');
      await expect(legend.getAttribute('open')).resolves.not.toBeNull();
      const text = (await legend.textContent()) ?? '';
      const names: Record<string, string> = {
        Organisation: 'Organisatie',
        Barrier: 'Barrière',
        Region: 'Gebied',
      };
      for (const type of new Set((await drawn(page)).nodes.map((n) => n.type).filter(Boolean))) {
        if (names[type]) expect(text).toContain(names[type]);
      }
      for (const line of [
        'Rol op een barrière',
        'Afspraak over gegevensdeling',
        'Over de grens BE–NL',
        'Tegenhangers over de grens',
        'België',
        'Nederland',
        'Kortste verbinding',
        'Nog niet getoonde buren',
      ]) {
        expect(text).toContain(line);
      }
      await page.close();
    });

    test('a barrier: only its partners, grouped by role, readable at full size', async () => {
      const page = await h.open('/graph?focus=barrier-housing');
      await settled(page);
      const { nodes, zoom } = await drawn(page);
      const groups = nodes.filter((n) => n.classes.includes('group'));
      expect(groups.length).toBeGreaterThan(5);
      expect(
        nodes.filter((n) => n.classes.includes('member')).every((n) => n.type === 'Organisation'),
      ).toBe(true);
      // Drawn at (nearly) full size: names stay readable, the page scrolls instead.
      expect(zoom).toBeGreaterThan(0.8);
      const list = page.getByRole('region', { name: 'Wat getoond wordt' });
      await expect(
        list.getByRole('heading', { name: /^Signaleren \(\d+\)$/ }).isVisible(),
      ).resolves.toBe(true);

      // Clicking a partner shows it in the side panel, with a link to its page.
      await clickNode(page, `SIGNAL~${GENK}`);
      await page.waitForURL(/selected=org-stad-genk/);
      const panel = page.getByRole('region', { name: 'Details' });
      await expect(
        panel.getByRole('link', { name: 'Open de pagina' }).getAttribute('href'),
      ).resolves.toBe(`/organisation/${GENK}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'graph-barrier-focus');
      await page.close();
    });

    test('on a phone: the view and the barrier view fit the width, names readable', async () => {
      const phone = { width: 390, height: 844 };
      for (const [where, name] of [
        [`/graph?focus=${GENK}`, 'graph-phone'],
        ['/graph?focus=barrier-housing', 'graph-barrier-focus-phone'],
      ] as const) {
        const page = await h.open(where, phone);
        await settled(page);
        // Nothing sticks out sideways: the page scrolls down only.
        await expect(
          page.evaluate(() => document.documentElement.scrollWidth),
        ).resolves.toBeLessThanOrEqual(phone.width);
        const box = await page.locator('.graph-canvas').boundingBox();
        expect(box?.width).toBeGreaterThan(300);
        // Nothing is cut off at the sides: the whole drawing fits the canvas.
        const { nodes } = await drawn(page);
        const left = box?.x ?? 0;
        const right = left + (box?.width ?? 0);
        for (const n of nodes) {
          expect(n.x).toBeGreaterThanOrEqual(left);
          expect(n.x).toBeLessThanOrEqual(right);
        }
        // The starting point's name stays readable (drawn at 9 px or more).
        const start = nodes.find((n) => n.id === GENK || n.id === 'barrier-housing')?.id ?? '';
        await expect(namePx(page, start)).resolves.toBeGreaterThanOrEqual(9);
        await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
        await screenshot(page, name);
        await page.close();
      }
    });

    test('filters reach every node type; focus mode fades the rest instead of removing it', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      const before = await drawn(page);
      expect(before.nodes.some((n) => n.type === 'ContactPoint' && n.country === 'BE')).toBe(true);
      await page.getByRole('combobox', { name: 'Land' }).selectOption('NL');
      await page.waitForURL(/country=NL/);
      await page.waitForFunction(
        (genk) =>
          (
            document.querySelector('.graph-canvas') as unknown as {
              _cyreg: { cy: import('cytoscape').Core };
            }
          )._cyreg.cy
            .nodes()
            .filter((n) => n.id() !== genk && n.data('country') === 'BE').length === 0,
        GENK,
      );
      await settled(page);
      expect((await drawn(page)).nodes.map((n) => n.id)).not.toContain('cp-genk-mensenhandel');

      // Focus mode: Politiezone CARMA and its neighbours stand out; nothing leaves the picture.
      await page.goto(`${h.baseUrl}/graph?focus=${GENK}`);
      await settled(page);
      const all = await drawn(page);
      await page
        .getByRole('region', { name: 'Wat getoond wordt' })
        .getByRole('button', { name: 'Politiezone CARMA' })
        .click();
      await page.getByRole('combobox', { name: 'Aantal stappen' }).selectOption('1');
      await page.getByRole('button', { name: 'Markeer de omgeving' }).click();
      await page.waitForURL(/near=org-pz-carma~1/);
      await page.getByText(/knopen binnen 1 stappen van Politiezone CARMA gemarkeerd/).waitFor();
      const focused = await drawn(page);
      expect(focused.nodes.map((n) => n.id).sort()).toEqual(all.nodes.map((n) => n.id).sort());
      const carma = focused.nodes.find((n) => n.id === 'org-pz-carma');
      expect(carma?.classes).toEqual(expect.arrayContaining(['near', 'near-centre']));
      expect(focused.nodes.find((n) => n.id === GENK)?.classes).toContain('near');
      expect(focused.nodes.filter((n) => n.classes.includes('faded')).length).toBeGreaterThan(0);
      await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
      await screenshot(page, 'graph-focus-mode');
      await page.getByRole('button', { name: 'Markering opheffen' }).click();
      await page.waitForURL((url) => !url.search.includes('near='));
      expect((await drawn(page)).nodes.filter((n) => n.classes.includes('faded'))).toHaveLength(0);
      await page.close();
    });

    test('about a hundred nodes stay readable: names of the best-connected, the rest on hover', async () => {
      for (const [size, name] of [
        [{ width: 1280, height: 800 }, 'graph-100-nodes'],
        [{ width: 390, height: 844 }, 'graph-100-nodes-phone'],
      ] as const) {
        const page = await h.open(
          `/graph?focus=barrier-housing&group=none&expand=barrier-housing~~100,${GENK}~~40`,
          size,
        );
        await settled(page);
        const { nodes } = await drawn(page);
        console.log(`${name}: ${nodes.length} nodes drawn`);
        expect(nodes.length).toBeGreaterThan(50);
        const named = nodes.filter((n) => n.classes.includes('key'));
        expect(named.length).toBeLessThanOrEqual(20);
        expect(nodes.filter((n) => n.classes.includes('quiet')).length).toBeGreaterThan(30);
        await expect(namePx(page, 'barrier-housing')).resolves.toBeGreaterThanOrEqual(9);
        await expect(
          page.evaluate(() => document.documentElement.scrollWidth),
        ).resolves.toBeLessThanOrEqual(size.width);
        await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
        await screenshot(page, name);
        await page.close();
      }
    });

    test('keyboard and screen readers: the canvas takes keys, axe-core finds nothing serious', async () => {
      const page = await h.open(`/graph?focus=${GENK}`);
      await settled(page);
      await page.locator('.graph-canvas').focus();
      const zoom = (await drawn(page)).zoom;
      await page.keyboard.press('+');
      expect((await drawn(page)).zoom).toBeGreaterThan(zoom);
      await page.keyboard.press('0');
      // Every node is also in the list, as a button that selects it.
      const list = page.getByRole('region', { name: 'Wat getoond wordt' });
      await list.getByRole('button', { name: 'Stad Genk' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/selected=org-stad-genk/);
      const problems = (await runAxe(page)).filter(
        (v) => v.impact === 'critical' || v.impact === 'serious',
      );
      expect(problems.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes)}`)).toEqual([]);
      await page.close();
    });
  },
);
