/**
 * Contacts keep their own entry current: each contact person and contact point with an e-mail
 * address whose entry is due for verification gets one mail per verification cycle with a
 * single-use link (only its hash is stored). The link shows only that entry; the contact
 * confirms it (lastVerifiedAt, audited as made by the contact), proposes a correction (a report
 * in the coordinators' queue: it never changes the network) or stops these mails.
 */
import { z } from 'zod';
import { required } from '../../../shared/rules/common';
import { LIMITS } from '../../../shared/rules/limits';
import type { Actor, Editor } from '../audit/editor';
import type { Mailer } from '../mail/mailer';
import type { Country } from '../shared/codes';
import { type Language, pick } from '../shared/language';
import { startPeriodic } from '../shared/periodic';
import { hashToken, newToken, TOKEN_SHAPE } from '../shared/tokens';
import { reject, text, validate } from '../shared/validation';
import { staleCutoff } from '../shared/verification';
import type { ContactRepository } from './contact.repository';
import type {
  ContactLinkEntryRow,
  ContactLinkRepository,
  DueContactRow,
} from './contact-links.repository';
import { verificationMail } from './verification-mail';

/** How long a contact's link works. */
export const CONTACT_LINK_DAYS = 30;
/** The page a contact's link opens (the token follows in the fragment). */
export const CONTACT_LINK_PATH = '/verify-contact';
/** How often the server mails the contacts that are due (and once at start). */
export const VERIFICATION_MAIL_EVERY_MS = 6 * 60 * 60 * 1000;
/** The longest correction a contact can propose. */
export const PROPOSAL_MAX = LIMITS.reportMessage;

/** Who the contact is in the audit trail: the contact itself, never a user, never its address. */
export function contactActor(contactId: string): Actor {
  return { id: `contact:${contactId}`, email: `contact:${contactId}` };
}

/** The mail's language: Dutch in the Netherlands; in Belgium French for a French-only contact. */
export function mailLanguage(country: Country | null, languages: readonly string[]): Language {
  const spoken = languages.map((l) => l.toLowerCase());
  if (country === 'BE' && spoken.includes('fr') && !spoken.includes('nl')) return 'FR';
  return 'NL';
}

/** The mail's id, one per contact and cycle: sending it again does nothing. */
export function linkId(contactId: string, cycle: string): string {
  return `verify-${contactId}-${cycle}`.replace(/[^A-Za-z0-9_.-]/g, '_');
}

export interface MailRunSummary {
  due: number;
  sent: number;
  /** Mailed before (an earlier run or instance): nothing sent again. */
  already: number;
  /** The recipient had enough mail this hour: tried again on a later run. */
  limited: number;
  failed: number;
}

function nameOf(row: DueContactRow, lang: Language): string {
  if (row.type === 'PERSON') return `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim();
  return pick(row, 'name', lang) ?? '';
}

/**
 * Mails the contacts that are due, at most `limit` of them; returns the counts. Safe to run
 * twice, on two instances or after a restart: each cycle's link is made once and its mail has one
 * id, so nobody is mailed twice for one cycle.
 */
export async function runVerificationMail(
  deps: { contactLinks: ContactLinkRepository; mailer: Mailer },
  options: { verificationMonths: number; limit: number; dryRun?: boolean },
  log: (line: string) => void = () => {},
  now: Date = new Date(),
): Promise<MailRunSummary> {
  const due = await deps.contactLinks.due(
    staleCutoff(options.verificationMonths, now),
    options.limit,
  );
  const summary: MailRunSummary = { due: due.length, sent: 0, already: 0, limited: 0, failed: 0 };
  if (options.dryRun) return summary;
  for (const contact of due) {
    const id = linkId(contact.id, contact.cycle);
    try {
      const token = newToken();
      const opened = await deps.contactLinks.open({
        id,
        contactId: contact.id,
        cycle: contact.cycle,
        hash: hashToken(token),
        days: CONTACT_LINK_DAYS,
      });
      if (!opened) continue;
      if (!opened.fresh) {
        // Its mail was claimed before (a run stopped before marking it): its token is out.
        await deps.contactLinks.markMailed(id);
        summary.already++;
        continue;
      }
      const lang = mailLanguage(contact.country, contact.languages);
      const link = deps.mailer.link(CONTACT_LINK_PATH, token);
      const mail = verificationMail(lang, {
        name: nameOf(contact, lang),
        organisation: null,
        link,
        stopLink: deps.mailer.link(`${CONTACT_LINK_PATH}?stop`, token),
        days: CONTACT_LINK_DAYS,
      });
      const outcome = await deps.mailer.send({
        id,
        kind: 'contact-verification',
        to: contact.email,
        ...mail,
      });
      if (outcome === 'limited') {
        summary.limited++;
        continue;
      }
      await deps.contactLinks.markMailed(id);
      if (outcome === 'sent') summary.sent++;
      else summary.already++;
    } catch (error) {
      summary.failed++;
      // The error's kind only: never the address or the link.
      log(`Verification mail ${id} failed: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }
  return summary;
}

/** One line of counts, never addresses. */
export function summaryLine(s: MailRunSummary): string {
  return `Verification mail: ${s.due} due, ${s.sent} sent, ${s.already} already mailed, ${s.limited} held back by the rate limit, ${s.failed} failed`;
}

/**
 * Mails the due contacts now and then every VERIFICATION_MAIL_EVERY_MS (startPeriodic); returns
 * the function that stops it. `limit` 0 turns the mailing off.
 */
export function startVerificationMail(
  deps: { contactLinks: ContactLinkRepository; mailer: Mailer },
  options: { verificationMonths: number; limit: number },
  log: (line: string) => void,
): () => void {
  if (options.limit <= 0) return () => {};
  return startPeriodic(
    'Verification mail',
    VERIFICATION_MAIL_EVERY_MS,
    async () => {
      const summary = await runVerificationMail(deps, options, log);
      return summary.due > 0 ? summaryLine(summary) : null;
    },
    log,
  );
}

export interface OwnEntry {
  type: 'PERSON' | 'CONTACT_POINT';
  name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  organisationName: string | null;
  expiresAt: string;
  mailStopped: boolean;
}

const proposalSchema = z.object({ message: required(text(PROPOSAL_MAX)) });

/** What a contact does with their own link; every refusal changes nothing. */
export class ContactLinks {
  constructor(
    private readonly links: ContactLinkRepository,
    private readonly contacts: ContactRepository,
    private readonly editor: Editor,
  ) {}

  /** The link's entry, whatever its state; refused when no link has this token. */
  private async find(
    token: string,
    lang: Language,
  ): Promise<{ hash: string; row: ContactLinkEntryRow }> {
    const hash = TOKEN_SHAPE.test(token) ? hashToken(token) : null;
    const row = hash ? await this.links.entry(hash) : null;
    if (!hash || !row || row.archived)
      return reject(lang, [{ field: 'token', code: 'contact_link_invalid' }]);
    return { hash, row };
  }

  /** The link's entry while it still works (unused, not expired). */
  private async usable(token: string, lang: Language) {
    const found = await this.find(token, lang);
    if (found.row.used) reject(lang, [{ field: 'token', code: 'contact_link_used' }]);
    if (found.row.expired) reject(lang, [{ field: 'token', code: 'contact_link_expired' }]);
    return found;
  }

  /** Only the entry the link is for: its name or function, e-mail, phone and organisation. */
  async entry(token: string, lang: Language): Promise<OwnEntry> {
    const { row } = await this.usable(token, lang);
    return {
      type: row.type,
      name:
        row.type === 'PERSON'
          ? `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim()
          : (pick(row, 'name', lang) ?? ''),
      function: row.function,
      email: row.email,
      phone: row.phone,
      organisationName: row.organisationName,
      expiresAt: row.expiresAt,
      mailStopped: row.mailStopped,
    };
  }

  /** "This is right": sets lastVerifiedAt to today, audited as the contact's own; uses the link. */
  async confirm(token: string, lang: Language): Promise<void> {
    const { hash, row } = await this.usable(token, lang);
    await this.editor.run(contactActor(row.contactId), async (w) => {
      const locked = await w.lock(row.contactId, null, 'contact', 'ContactPoint', 'Person');
      if (!(await this.links.use(w.tx, hash, 'CONFIRM')))
        reject(lang, [{ field: 'token', code: 'contact_link_used' }]);
      const today = new Date().toISOString().slice(0, 10);
      const changes = await w.update(locked, { lastVerifiedAt: today }, 'VERIFY', [
        { field: 'through', from: null, to: 'the contact’s own mail link' },
      ]);
      // Already verified today: the confirmation is still recorded.
      if (changes.length === 0)
        await w.record('VERIFY', locked, [
          { field: 'through', from: null, to: 'the contact’s own mail link' },
        ]);
    });
  }

  /** "Something is wrong": a proposal in the coordinators' queue; the entry stays as it is. */
  async propose(token: string, message: string, lang: Language): Promise<void> {
    const { hash, row } = await this.usable(token, lang);
    const input = validate(proposalSchema, { message }, lang);
    const actor = contactActor(row.contactId);
    await this.editor.run(actor, async (w) => {
      const locked = await w.lock(row.contactId, null, 'contact', 'ContactPoint', 'Person');
      if (!(await this.links.use(w.tx, hash, 'PROPOSAL')))
        reject(lang, [{ field: 'token', code: 'contact_link_used' }]);
      await this.contacts.createReport(w.tx, {
        id: `report-${row.linkId}`,
        contactId: row.contactId,
        userId: actor.id,
        userEmail: actor.email,
        reason: 'PROPOSAL',
        message: input.message,
      });
      await w.record('REPORT', locked, [
        { field: 'reason', from: null, to: 'PROPOSAL' },
        { field: 'report', from: null, to: input.message },
      ]);
    });
  }

  /**
   * "Send me no more mails": works with any link the contact received, used or expired (stopping
   * mail must never need a fresh one); audited as the contact's own change.
   */
  async stopMail(token: string, lang: Language): Promise<void> {
    const { row } = await this.find(token, lang);
    if (row.mailStopped) return;
    await this.editor.run(contactActor(row.contactId), async (w) => {
      const locked = await w.lock(row.contactId, null, 'contact', 'ContactPoint', 'Person');
      await w.update(locked, { verificationMailStoppedAt: new Date().toISOString() });
    });
  }
}
