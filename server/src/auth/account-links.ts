/**
 * Single-use mail links for accounts: an invitation to choose a first password, and a password
 * reset. Only a hash of a link's token is stored; using one sets the password, ends every session
 * of the account and is audited as the account's own change.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, Editor } from '../audit/editor';
import { UserError } from '../errors';
import type { Mailer } from '../mail/mailer';
import {
  invitationMail,
  passwordChangedMail,
  resetMail,
  type SignInMethodChange,
  signInMethodMail,
} from '../mail/templates';
import type { Language } from '../shared/language';
import { hashToken, newToken, TOKEN_SHAPE } from '../shared/tokens';
import { type Problem, reject } from '../shared/validation';
import type { AuthRepository, LinkPurpose } from './auth.repository';
import { THROTTLE } from './auth.service';
import { hashPassword } from './password';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-rules';

/** How long a link works. */
export const LINK_MINUTES: Record<LinkPurpose, number> = {
  invitation: 7 * 24 * 60,
  reset: 60,
};

/** The app's page each kind of link opens (the token follows in the fragment). */
export const LINK_PATHS: Record<LinkPurpose, string> = {
  invitation: '/accept-invitation',
  reset: '/reset-password',
};

export interface InvitedUser {
  id: string;
  email: string;
  name: string;
  language: Language;
}

export class AccountLinks {
  constructor(
    private readonly repo: AuthRepository,
    private readonly editor: Editor,
    private readonly mailer: Mailer,
    private readonly log: (message: string, error: unknown) => void,
  ) {}

  /** A new link's token, its stored hash and its id (the id names the mail, never the token). */
  newLink(): { token: string; hash: string; id: string } {
    const token = newToken();
    return { token, hash: hashToken(token), id: randomUUID() };
  }

  /** Mails an invitation whose link (made by newLink, stored with the account) is `token`. */
  async sendInvitation(
    user: InvitedUser,
    link: { token: string; id: string },
    inviter: string,
  ): Promise<boolean> {
    const text = invitationMail(user.language, {
      name: user.name,
      inviter,
      link: this.mailer.link(LINK_PATHS.invitation, link.token),
      hours: LINK_MINUTES.invitation / 60,
    });
    return this.deliver(`invitation-${link.id}`, 'invitation', user.email, text);
  }

  /**
   * Asks for a reset link for `email`. The answer never says whether the address has an account:
   * the throttle counts every request, and the mail (or nothing) goes out after the answer.
   */
  async requestReset(email: string, clientAddress: string | null, lang: Language): Promise<void> {
    const normalised = email.trim().toLowerCase();
    const pairKey = `reset:${normalised}|${clientAddress ?? 'unknown'}`;
    const addressKey = clientAddress ? `reset-address:${clientAddress}` : null;
    const keys = [pairKey, ...(addressKey ? [addressKey] : [])];
    const wait = await this.repo.takeAttempt(keys, THROTTLE.windowMinutes, (rows) => {
      const pair = rows.find((r) => r.key === pairKey);
      const address = rows.find((r) => r.key === addressKey);
      const wait = Math.max(
        0,
        pair && pair.count >= THROTTLE.perAccountAndAddress ? pair.resetsIn : 0,
        address && address.count >= THROTTLE.perAddress ? address.resetsIn : 0,
      );
      return { count: wait > 0 ? [] : keys, result: wait };
    });
    if (wait > 0) {
      throw new UserError(
        'TOO_MANY_REQUESTS',
        `Too many password reset requests; try again in ${wait} seconds`,
        { retryAfter: wait },
      );
    }
    // Not awaited: an address with an account must not answer slower than one without.
    void this.mailReset(normalised, lang).catch((error: unknown) =>
      this.log('Sending a password reset mail failed', error),
    );
  }

  private async mailReset(email: string, lang: Language): Promise<void> {
    const user = await this.repo.userByEmail(email);
    if (!user || user.disabled) return;
    const link = this.newLink();
    const made = await this.repo.createAccountToken({
      id: link.id,
      userId: user.id,
      hash: link.hash,
      purpose: 'reset',
      minutes: LINK_MINUTES.reset,
    });
    if (!made) return;
    const text = resetMail(user.language ?? lang, {
      name: user.name,
      link: this.mailer.link(LINK_PATHS.reset, link.token),
      hours: LINK_MINUTES.reset / 60,
    });
    await this.deliver(`reset-${link.id}`, 'reset', user.email, text);
  }

  /**
   * Uses a link: checks it and the new password, then sets the password and ends every session of
   * the account in one audited transaction. Refusals (expired, used, unknown link; weak password)
   * change nothing. Returns the account's id.
   */
  async redeem(
    purpose: LinkPurpose,
    token: string,
    password: string,
    lang: Language,
  ): Promise<string> {
    const hash = TOKEN_SHAPE.test(token) ? hashToken(token) : null;
    const found = hash ? await this.repo.accountToken(hash) : null;
    const refuse = (code: string): never => reject(lang, [{ field: 'token', code }]);
    if (!hash || !found || found.token.purpose !== purpose || found.user.disabled) {
      return refuse('link_invalid');
    }
    if (found.token.used) return refuse('link_used');
    if (found.token.expired) return refuse('link_expired');
    const { user } = found;
    const problem: Problem | null =
      password.length > PASSWORD_MAX_LENGTH
        ? { field: 'password', code: 'too_long', params: { max: PASSWORD_MAX_LENGTH } }
        : (() => {
            const weak = passwordProblem(password, user);
            return weak ? { field: 'password', code: weak.code, params: weak.params } : null;
          })();
    if (problem) reject(lang, [problem]);
    const passwordHash = await hashPassword(password);
    const actor: Actor = { id: user.id, email: user.email };
    await this.editor.run(actor, async (w) => {
      // Between the check above and here another request may have used the link.
      if (!(await this.repo.redeemAccountTokenIn(w.tx, hash, purpose, passwordHash))) {
        refuse('link_used');
      }
      await w.record('UPDATE', { id: user.id, label: 'User', current: { name: user.name } }, [
        {
          field: 'password',
          from: null,
          to: purpose === 'invitation' ? 'chosen through the invitation' : 'reset through the mail',
        },
      ]);
    });
    if (purpose === 'reset') {
      const text = passwordChangedMail(user.language ?? lang, {
        name: user.name,
        signInLink: `${this.mailer.settings.publicUrl}/sign-in`,
        forgotLink: `${this.mailer.settings.publicUrl}/forgot-password`,
      });
      await this.deliver(
        `password-changed-${found.token.id}`,
        'password-changed',
        user.email,
        text,
      );
    }
    return user.id;
  }

  /**
   * Tells a user that the way they sign in changed (second factor on, off, reset by an
   * administrator), in their language: a change they did not make shows. Never throws.
   */
  async noticeSignInMethod(
    userEmail: string,
    change: SignInMethodChange,
    provider = '',
  ): Promise<boolean> {
    const user = await this.repo.userByEmail(userEmail).catch(() => null);
    if (!user) return false;
    const { publicUrl } = this.mailer.settings;
    const text = signInMethodMail(user.language ?? 'NL', {
      name: user.name,
      change,
      provider,
      twoStepLink: `${publicUrl}/account/two-step`,
      forgotLink: `${publicUrl}/forgot-password`,
    });
    return this.deliver(`${change}-${user.id}-${randomUUID()}`, change, user.email, text);
  }

  /** Sends one mail; a failure is logged, not thrown (the change it reports is already made). */
  private async deliver(
    id: string,
    kind: string,
    to: string,
    text: { subject: string; text: string },
  ): Promise<boolean> {
    try {
      return (await this.mailer.send({ id, kind, to, ...text })) === 'sent';
    } catch (error) {
      this.log(`Sending mail ${id} (${kind}) failed`, error);
      return false;
    }
  }
}
