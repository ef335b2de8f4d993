/**
 * The coordinators' weekly digest: once per ISO week, each coordinator and administrator whose
 * digest is on gets one mail counting what needs them in their scope — contacts due for
 * verification, staff's reports that a contact is wrong, and corrections the contacts proposed —
 * with a link to the queue and an opt-out link that works without signing in. Nothing to report:
 * no mail. A second run in the same week, on another instance or after a restart, sends nothing
 * again: the mail's id is the user and the week.
 */
import type { Actor, Editor } from '../audit/editor';
import { type ContactRepository, queueScope } from '../contacts/contact.repository';
import type { Mailer } from '../mail/mailer';
import type { Language } from '../shared/language';
import { startPeriodic } from '../shared/periodic';
import { hashToken, newToken, TOKEN_SHAPE } from '../shared/tokens';
import { reject } from '../shared/validation';
import { staleCutoff } from '../shared/verification';
import type { DigestRecipientRow, DigestRepository } from './digest.repository';
import { type DigestCounts, digestMail } from './digest-mail';

/** Counting stops past this many per kind ("more than 1000"): the mail says where to look. */
export const DIGEST_CAP = 1000;
/** The page a digest's opt-out link opens (the token follows in the fragment). */
export const DIGEST_STOP_PATH = '/stop-digest';
/** Where a signed-in user turns the digest on or off. */
export const DIGEST_SETTINGS_PATH = '/account/mail';
/** How often the server looks whether this week's digest is out (and once at start). */
export const DIGEST_CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

export interface DigestDeps {
  digest: DigestRepository;
  contacts: ContactRepository;
  mailer: Mailer;
}

export interface DigestRunSummary {
  recipients: number;
  sent: number;
  /** Nothing needed them this week: no mail. */
  nothing: number;
  /** Sent before this week (an earlier run or instance): nothing sent again. */
  already: number;
  /** The recipient had enough mail this hour: tried again on a later run. */
  limited: number;
  failed: number;
}

/** The ISO week of `now` (UTC), e.g. 2026-W49: one digest per user and week. */
export function isoWeek(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The digest mail's id for a user and week: sending it again does nothing. */
export function digestId(userId: string, week: string): string {
  return `digest-${userId}-${week}`.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** What needs `user` now, counted up to DIGEST_CAP + 1 per kind. */
export async function countsFor(
  contacts: ContactRepository,
  user: DigestRecipientRow,
  verificationMonths: number,
  now: Date = new Date(),
): Promise<DigestCounts> {
  const scope = queueScope(user);
  const [stale, reports] = await Promise.all([
    contacts.overdue(staleCutoff(verificationMonths, now), scope, true, DIGEST_CAP + 1),
    contacts.reports(scope, 2 * DIGEST_CAP + 2),
  ]);
  const proposals = reports.filter((r) => r.reason === 'PROPOSAL').length;
  return {
    stale: stale.length,
    reports: Math.min(reports.length - proposals, DIGEST_CAP + 1),
    proposals: Math.min(proposals, DIGEST_CAP + 1),
    cap: DIGEST_CAP,
  };
}

/**
 * Sends this week's digest to every recipient who has something to see and has not had it yet;
 * returns the counts. Safe to run twice, on two instances or after a restart.
 */
export async function runDigest(
  deps: DigestDeps,
  options: { verificationMonths: number; dryRun?: boolean },
  log: (line: string) => void = () => {},
  now: Date = new Date(),
): Promise<DigestRunSummary> {
  const recipients = await deps.digest.recipients();
  const summary: DigestRunSummary = {
    recipients: recipients.length,
    sent: 0,
    nothing: 0,
    already: 0,
    limited: 0,
    failed: 0,
  };
  const week = isoWeek(now);
  for (const user of recipients) {
    const id = digestId(user.id, week);
    try {
      const counts = await countsFor(deps.contacts, user, options.verificationMonths, now);
      if (counts.stale + counts.reports + counts.proposals === 0) {
        summary.nothing++;
        continue;
      }
      if (options.dryRun) continue;
      const token = newToken();
      const fresh = await deps.digest.openLink({ id, userId: user.id, hash: hashToken(token) });
      if (fresh === null) continue;
      if (!fresh) {
        summary.already++;
        continue;
      }
      const lang: Language = user.language ?? 'NL';
      const { publicUrl } = deps.mailer.settings;
      const mail = digestMail(lang, {
        ...counts,
        name: user.name,
        queueLink: `${publicUrl}/coordinate/queue`,
        settingsLink: `${publicUrl}${DIGEST_SETTINGS_PATH}`,
        stopLink: deps.mailer.link(DIGEST_STOP_PATH, token),
        months: options.verificationMonths,
        wholeNetwork: user.role === 'ADMIN',
      });
      const outcome = await deps.mailer.send({ id, kind: 'digest', to: user.email, ...mail });
      if (outcome === 'sent') summary.sent++;
      else if (outcome === 'limited') summary.limited++;
      else summary.already++;
    } catch (error) {
      summary.failed++;
      // The error's kind only: never the address or the link.
      log(`Digest ${id} failed: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }
  return summary;
}

/** One line of counts, never addresses. */
export function digestSummaryLine(s: DigestRunSummary): string {
  return `Weekly digest: ${s.recipients} recipient(s), ${s.sent} sent, ${s.nothing} with nothing to report, ${s.already} sent before this week, ${s.limited} held back by the rate limit, ${s.failed} failed`;
}

/**
 * Sends this week's digest now and looks again every DIGEST_CHECK_EVERY_MS (startPeriodic);
 * returns the function that stops it. `on` false turns it off for the deployment.
 */
export function startDigest(
  deps: DigestDeps,
  options: { verificationMonths: number; on: boolean },
  log: (line: string) => void,
): () => void {
  if (!options.on) return () => {};
  return startPeriodic(
    'Weekly digest',
    DIGEST_CHECK_EVERY_MS,
    async () => {
      const summary = await runDigest(deps, options, log);
      return summary.sent + summary.failed + summary.limited > 0
        ? digestSummaryLine(summary)
        : null;
    },
    log,
  );
}

/** The digest setting: a signed-in user's own, or turned off through a digest's link. */
export class DigestSettings {
  constructor(
    private readonly digest: DigestRepository,
    private readonly editor: Editor,
  ) {}

  /** Turns the user's digest on or off, audited as their own change; the setting after. */
  async set(actor: Actor & { name: string }, on: boolean): Promise<boolean> {
    await this.editor.run(actor, async (w) => {
      const before = await this.digest.setIn(w.tx, actor.id, on);
      if (before === null || before === on) return;
      await w.record('UPDATE', { id: actor.id, label: 'User', current: { name: actor.name } }, [
        { field: 'digestMail', from: before, to: on },
      ]);
    });
    return on;
  }

  /**
   * "No more digests" through any digest link the user received (stopping must never need a
   * fresh one); refused, with nothing changed, when no digest has this link.
   */
  async stop(token: string, lang: Language): Promise<void> {
    const user = TOKEN_SHAPE.test(token) ? await this.digest.linkUser(hashToken(token)) : null;
    if (!user) return reject(lang, [{ field: 'token', code: 'contact_link_invalid' }]);
    if (!user.on) return;
    await this.set({ id: user.id, email: user.email, name: user.name }, false);
  }
}
