/**
 * The skills training in the browser: a staff member completes a generated scenario (a missing
 * answer is reported first), sees feedback after each question and their progress afterwards; on a
 * phone a question with its feedback; a coordinator sees the counts of mistakes in their scope.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { LIMBURG, SLOW, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const LIST_HEADING = 'Oefenen met het netwerk';

/** Answers the question on screen with its first choice and waits for the feedback. */
async function answerFirstChoice(page: Page) {
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Controleer mijn antwoord' }).click();
  await page.getByTestId('training-feedback').waitFor({ timeout: SLOW });
}

describe.skipIf(!browserTestsEnabled())('the skills training', () => {
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
    await removeTestUsers(h.t);
    await h?.close();
  });

  test('a staff member completes a generated scenario, with feedback, and sees their progress', async () => {
    const page = await h.open('/', { width: 1280, height: 800 });
    await signIn(page, h.baseUrl, staff, '/manual');
    // The training sits in the menu next to the manual.
    await page.getByRole('link', { name: 'Oefenen' }).click();
    await page.getByRole('heading', { level: 1, name: LIST_HEADING }).waitFor({ timeout: SLOW });
    await page.getByText('Je hebt nog geen vragen beantwoord.').waitFor({ timeout: SLOW });
    // A generated scenario (other test files add authored ones to the same list, maybe first).
    await page.locator('.training__list a[href^="/training/scenario?"]').first().click();
    const step = page.getByText(/^Vraag 1 van \d+$/);
    await step.waitFor({ timeout: SLOW }).catch(async (error: unknown) => {
      await screenshot(page, 'training-failed', true);
      throw error;
    });
    const total = Number((await step.textContent())?.split(' ').at(-1));
    expect(total).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('group', { name: 'Wie bel je eerst?' }).isVisible()).resolves.toBe(
      true,
    );

    // No choice: the error summary says so and leads to the question.
    await page.getByRole('button', { name: 'Controleer mijn antwoord' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Kies een antwoord' }).click();
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type),
    ).resolves.toBe('radio');

    const feedback = page.getByTestId('training-feedback');
    for (let n = 1; n <= total; n++) {
      await page.getByText(`Vraag ${n} van ${total}`).waitFor();
      await answerFirstChoice(page);
      await expect(feedback.getByText('Het juiste antwoord:').isVisible()).resolves.toBe(true);
      if (n === 1) {
        await expect(feedback.getByText('Rol bij deze barrière:').isVisible()).resolves.toBe(true);
        await expect(
          feedback
            .getByText('Je antwoord is bewaard in je voortgang.', { exact: false })
            .isVisible(),
        ).resolves.toBe(true);
        await screenshot(page, 'training-laptop', true);
        const serious = (await runAxe(page)).filter(
          (v) => v.impact === 'critical' || v.impact === 'serious',
        );
        expect(serious).toEqual([]);
      }
      await page
        .getByRole('button', { name: n < total ? 'Volgende vraag' : 'Naar het resultaat' })
        .click();
    }
    const result = page.getByTestId('training-result');
    await result.getByRole('heading', { name: 'Scenario afgerond' }).waitFor();
    await expect(
      result.getByText(`van ${total} vragen juist beantwoord`, { exact: false }).isVisible(),
    ).resolves.toBe(true);

    await result.getByRole('link', { name: 'Terug naar de scenario’s' }).click();
    const progress = page.getByTestId('training-progress');
    await progress.waitFor({ timeout: SLOW });
    await expect(progress.getByText(/1 van \d+ scenario’s afgerond/).isVisible()).resolves.toBe(
      true,
    );
    // The list marks it done once it has loaded (it loads beside the progress).
    await page.getByText('afgerond', { exact: true }).first().waitFor({ timeout: SLOW });
    await expect(page.getByText('afgerond', { exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

  test('on a phone: a question and its feedback', async () => {
    const page = await h.open('/training', { width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: LIST_HEADING }).waitFor({ timeout: SLOW });
    await expect(
      page.getByText('Je kunt oefenen zonder aan te melden', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await page.locator('.training__list a[href^="/training/scenario?"]').nth(1).click();
    await page.getByText(/^Vraag 1 van \d+$/).waitFor({ timeout: SLOW });
    await answerFirstChoice(page);
    await expect(
      page.getByText('Meld je aan om je voortgang bij te houden', { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'training-phone', true);
    await page.close();
  });

  test('a coordinator sees, for their scope, how often each question was answered wrongly', async () => {
    const page = await h.open('/', { width: 1280, height: 800 });
    await signIn(page, h.baseUrl, coordinator, '/training');
    const table = page.getByTestId('training-mistakes');
    await table.waitFor({ timeout: SLOW });
    await expect(table.getByRole('columnheader', { name: 'Fout' }).isVisible()).resolves.toBe(true);
    await expect(table.getByText('Wie eerst bellen').isVisible()).resolves.toBe(true);
    // Counts only: no one who answered is named.
    await expect(page.getByText(staff.email).count()).resolves.toBe(0);
    await page.close();
  });
});
