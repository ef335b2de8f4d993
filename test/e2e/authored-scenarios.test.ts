/**
 * Authored training scenarios in the browser: a coordinator writes one, forgets to mark a right
 * answer and fixes it on that very field (the error summary takes the focus and leads there),
 * archives it and brings it back;
 * a staff member then completes it, sees the author's feedback and their progress; staff get no
 * form. Screenshots of the form with its error and of the feedback, on a laptop and a phone, in
 * /tmp/shots-scenarios/.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { LIMBURG, SLOW, signIn } from './coordinator-support';
import { browserTestsEnabled, type Harness, runAxe, startHarness } from './support/harness';

const SHOTS = '/tmp/shots-scenarios';
const TITLE = `E2E Nachtwinkel ${Math.random().toString(36).slice(2, 7)}`;
const RIGHT = 'De woondienst van de stad';
const WRONG = 'Niemand: het is privé';
const FEEDBACK =
  'De woondienst controleert of de woning bewoonbaar is en kan ze ongeschikt verklaren.';

/** The page on a laptop and on a phone, as <name>-laptop.png and <name>-phone.png. */
async function shots(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}-laptop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const serious = async (page: Page) =>
  (await runAxe(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');

describe.skipIf(!browserTestsEnabled())('authored training scenarios', () => {
  let h: Harness;
  let staff: TestUser;
  let coordinator: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
  });
  afterAll(async () => {
    await h?.t.db.driver.executeQuery(
      'MATCH (a:TrainingAttempt)-[:BY]->(u:User {test: true}) DETACH DELETE a',
    );
    await h?.t.db.driver.executeQuery(
      'MATCH (s:AuthoredScenario) WHERE s.titleNl STARTS WITH "E2E " DETACH DELETE s',
    );
    await removeTestUsers(h.t);
    await h?.close();
  });

  test('a coordinator writes a scenario and fixes a validation error on the right field', async () => {
    const page = await h.open('/', { width: 1280, height: 800 });
    await signIn(page, h.baseUrl, coordinator, '/training');
    await page.getByRole('link', { name: 'Nieuw scenario schrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw oefenscenario' }).waitFor({
      timeout: SLOW,
    });
    await page.getByLabel('Titel (Nederlands)').fill(TITLE);
    await page
      .getByLabel('Verhaal (Nederlands)')
      .fill('Bij een controle in een nachtwinkel ziet u matrassen achter de winkel liggen.');
    await page.getByLabel('Barrière').selectOption('HOUSING');
    await page.getByLabel('Vraag 1: vraag (Nederlands)').fill('Wie verwittigt u eerst?');
    await page.getByLabel('Vraag 1, Antwoord 1: tekst (Nederlands)').fill(RIGHT);
    await page.getByLabel('Vraag 1, Antwoord 2: tekst (Nederlands)').fill(WRONG);
    await page.getByLabel('Vraag 1: uitleg na het antwoord (Nederlands)').fill(FEEDBACK);

    // No answer marked right: the summary takes the focus and leads to the answers.
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
    ).resolves.toBe(true);
    const problem = 'Duid minstens één antwoord aan als juist';
    await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
      `Vraag 1: Antwoordmogelijkheden: ${problem}`,
    ]);
    await summary.getByRole('link').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'scenario-questions-0-choices',
    );
    const answers = page.locator('#scenario-questions-0-choices');
    await expect(answers.locator('.form-field__error').textContent()).resolves.toContain(problem);
    await shots(page, 'authoring-form-error');
    expect(await serious(page)).toEqual([]);

    // Fixed on that field: saved, with a success message; the leave guard no longer asks.
    await answers.getByLabel('Dit is een juist antwoord').first().check();
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    await page
      .getByText('Het scenario is opgeslagen; medewerkers kunnen er nu mee oefenen.')
      .waitFor({ timeout: SLOW });
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);
    expect(page.url()).toMatch(/\/coordinate\/scenario\/scn-[^?]+\?created=1$/);
    const { records } = await h.t.db.driver.executeQuery(
      'MATCH (e:AuditEvent {entityType: "AuthoredScenario", action: "CREATE"}) WHERE e.entityName = $t RETURN count(e) AS n',
      { t: TITLE },
    );
    expect(Number(records[0]!.get('n'))).toBe(1);

    // Archived after a confirmation, and brought back from the same section (staff practise it next).
    const status = page.locator('section[aria-labelledby="scenario-archive-title"]');
    await expect(status.textContent()).resolves.toContain('Actief: het scenario wordt aangeboden');
    await status.getByRole('button', { name: 'Archiveren' }).click();
    await expect(status.textContent()).resolves.toContain('De geschiedenis blijft');
    await status.getByRole('button', { name: 'Archiveren' }).click();
    await status.getByRole('button', { name: 'Terugzetten' }).waitFor({ timeout: SLOW });
    await expect(status.textContent()).resolves.toContain('Dit scenario is gearchiveerd');
    await status.scrollIntoViewIfNeeded();
    await shots(page, 'authoring-archived');
    await status.getByRole('button', { name: 'Terugzetten' }).click();
    await status.getByRole('button', { name: 'Archiveren' }).waitFor({ timeout: SLOW });
    const events = await h.t.db.driver.executeQuery(
      'MATCH (e:AuditEvent {entityType: "AuthoredScenario"}) WHERE e.entityName = $t RETURN e.action AS action ORDER BY e.at',
      { t: TITLE },
    );
    expect(events.records.map((r) => r.get('action'))).toEqual(['CREATE', 'ARCHIVE', 'RESTORE']);
    await page.close();
  });

  test('a staff member completes the authored scenario, sees the feedback and their progress', async () => {
    const page = await h.open('/', { width: 1280, height: 800 });
    await signIn(page, h.baseUrl, staff, '/training');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: SLOW });
    await expect(
      page.getByTestId('authored-story').getByText('matrassen', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await page.getByText('Vraag 1 van 1').waitFor();
    await page.getByRole('radio', { name: WRONG }).check();
    await page.getByRole('button', { name: 'Controleer mijn antwoord' }).click();
    const feedback = page.getByTestId('training-feedback');
    await feedback.waitFor({ timeout: SLOW });
    await expect(feedback.getByRole('heading', { name: 'Niet juist' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(feedback.getByText(`Het juiste antwoord: ${RIGHT}`).isVisible()).resolves.toBe(
      true,
    );
    await expect(feedback.getByText(FEEDBACK).isVisible()).resolves.toBe(true);
    await expect(
      feedback.getByText('Je antwoord is bewaard in je voortgang.').isVisible(),
    ).resolves.toBe(true);
    await shots(page, 'authored-feedback');
    expect(await serious(page)).toEqual([]);

    await page.getByRole('button', { name: 'Naar het resultaat' }).click();
    const result = page.getByTestId('training-result');
    await result.getByText('0 van 1 vragen juist beantwoord.').waitFor();
    await result.getByRole('link', { name: 'Terug naar de scenario’s' }).click();
    const progress = page.getByTestId('training-progress');
    await progress.waitFor({ timeout: SLOW });
    await expect(progress.getByText(/1 van \d+ scenario’s afgerond/).isVisible()).resolves.toBe(
      true,
    );
    const item = page.locator('.training__list li').filter({ hasText: TITLE });
    await expect(item.getByText('afgerond', { exact: true }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('staff cannot author: no form, and the server refuses', async () => {
    const page = await h.open('/', { width: 1280, height: 800 });
    await signIn(page, h.baseUrl, staff, '/coordinate/new/scenario');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor({ timeout: SLOW });
    await expect(page.getByLabel('Titel (Nederlands)').count()).resolves.toBe(0);
    // The training page offers them no authoring either.
    await page.goto(`${h.baseUrl}/training`);
    await page.getByRole('heading', { level: 1, name: 'Oefenen met het netwerk' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Nieuw scenario schrijven' }).count(),
    ).resolves.toBe(0);
    const refusal = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($i: AuthoredScenarioInput!) { createAuthoredScenario(input: $i) { id } }',
          variables: {
            i: {
              title: { nl: 'E2E door medewerker' },
              story: { nl: 'Verhaal' },
              barrier: 'HOUSING',
              questions: [
                {
                  text: { nl: 'Vraag' },
                  feedback: { nl: 'Uitleg' },
                  choices: [
                    { text: { nl: 'A' }, right: true },
                    { text: { nl: 'B' }, right: false },
                  ],
                },
              ],
            },
          },
        }),
      });
      return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    });
    expect(refusal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.close();
  });
});
