/**
 * Sends mail: through SMTP when SMTP_URL is set, otherwise into an outbox folder as .eml files
 * (one log line says where). Each message has an id and is sent at most once, even across
 * restarts; one recipient gets at most MAIL_LIMIT.perWindow messages per window.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailRepository } from './mail.repository';

export interface MailSettings {
  /** Null: write messages to `outboxDir` instead of sending them. */
  smtpUrl: string | null;
  from: string;
  /** The app's address as users open it, without a trailing slash: links start with it. */
  publicUrl: string;
  outboxDir: string;
}

/** Messages one address may receive per window: enough for a few resets, not for a flood. */
export const MAIL_LIMIT = { windowMinutes: 60, perWindow: 5 } as const;

export interface OutgoingMail {
  /** Stable for this message: sending the same id again does nothing. Never holds a secret. */
  id: string;
  /** What kind of message (invitation, reset, password-changed), kept with the record. */
  kind: string;
  to: string;
  subject: string;
  text: string;
}

export type SendOutcome = 'sent' | 'duplicate' | 'limited';

export class Mailer {
  private readonly transport: Transporter;

  constructor(
    private readonly repo: MailRepository,
    readonly settings: MailSettings,
    private readonly notice: (line: string) => void = (line) => console.log(`[confine] ${line}`),
  ) {
    this.transport = settings.smtpUrl
      ? createTransport(settings.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** A link into the app, e.g. link('/reset-password', token) — the token goes in the fragment. */
  link(pathname: string, token: string): string {
    // In the fragment, the token never reaches a server log or a Referer header.
    return `${this.settings.publicUrl}${pathname}#${token}`;
  }

  async send(mail: OutgoingMail): Promise<SendOutcome> {
    const claimed = await this.repo.claim(mail, MAIL_LIMIT);
    if (claimed === 'duplicate') return 'duplicate';
    if (claimed === 'limited') {
      this.notice(`Mail ${mail.id} (${mail.kind}) not sent: its recipient had enough this hour`);
      return 'limited';
    }
    const domain = new URL(this.settings.publicUrl).hostname;
    const info = await this.transport.sendMail({
      from: this.settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@${domain}>`,
    });
    if (this.settings.smtpUrl) {
      await this.repo.markSent(mail.id, 'smtp');
      return 'sent';
    }
    await mkdir(this.settings.outboxDir, { recursive: true, mode: 0o700 });
    const file = path.join(this.settings.outboxDir, `${mail.id}.eml`);
    const message = (info as { message?: unknown }).message;
    await writeFile(file, Buffer.isBuffer(message) ? message : String(message), { mode: 0o600 });
    await this.repo.markSent(mail.id, 'outbox');
    // Where, never what: the file holds the link, the log does not.
    this.notice(`Mail (${mail.kind}) written to ${file} (SMTP_URL is not set)`);
    return 'sent';
  }

  close(): void {
    this.transport.close();
  }
}
