/**
 * A real SMTP server on loopback for tests (smtp-server), whose messages are parsed with
 * mailparser: the app sends to it through nodemailer as it would to any mail server.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string | null;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:<port>, for the app's mail settings. */
  url: string;
  /** Every message received so far, oldest first. */
  received: ReceivedMail[];
  /** The next message to `to` not taken before (waits for it to arrive). */
  next(to: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const list = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiting: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];
  const deliver = () => {
    for (const waiter of [...waiting]) {
      const mail = received.find((m) => !taken.has(m) && m.to === waiter.to);
      if (!mail) continue;
      taken.add(mail);
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(mail);
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const to of recipients(mail)) {
            received.push({
              to,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? null,
            });
          }
          deliver();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    next(to) {
      return new Promise((resolve) => {
        waiting.push({ to: to.toLowerCase(), resolve });
        deliver();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token in the fragment of the app link to `path` in a mail's text. */
export function linkIn(mail: ReceivedMail, path: string): { url: string; token: string } {
  const match = new RegExp(`(https?://\\S+${path})#([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1] || !match[2]) throw new Error(`no ${path} link in: ${mail.text}`);
  return { url: `${match[1]}#${match[2]}`, token: match[2] };
}
