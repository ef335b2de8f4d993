/** What every resolver receives: who asks, the repositories and this request's loaders. */
import type { AccountLinks } from './auth/account-links';
import type { AuthService, SessionViewer } from './auth/auth.service';
import type { PersonReadBudget } from './auth/person-reads';
import type { SsoService } from './auth/sso.service';
import type { RequestCache } from './cache/read-cache';
import type { Loaders, Repositories } from './repositories';
import type { Language } from './shared/language';

export interface Settings {
  /** A contact not verified for this many months is marked stale. */
  verificationMonths: number;
  /** Persons no longer in use are erased after this many months; 0: never (privacy/retention.ts). */
  retentionMonths: number;
}

export interface Context {
  request: Request;
  /** The client's address, for throttling; null when unknown. */
  clientAddress: string | null;
  viewer: SessionViewer | null;
  /** The language for messages (validation errors): from Accept-Language, NL by default. */
  lang: Language;
  auth: AuthService;
  /** Invitation and password-reset links, and their mails. */
  accountLinks: AccountLinks;
  /** Single sign-on: the configured identity providers, sign-out at the provider. */
  sso: SsoService;
  repos: Repositories;
  /** Answers kept across requests until the network changes (cache/read-cache.ts). */
  cache: RequestCache;
  loaders: Loaders;
  settings: Settings;
  /** Distinct persons each account has read this hour (shared by all requests of the process). */
  personReads: PersonReadBudget;
}
