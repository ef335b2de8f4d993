/** Accounts: who is signed in, sign-in and sign-out. */
import { z } from 'zod';
import { LIMITS } from '../../../shared/rules/limits';
import { API_TOKEN_DAYS, apiTokenFields } from '../../../shared/rules/user';
import { builder } from '../builder';
import { UserError } from '../errors';
import { OrganisationRef } from '../organisations/organisation.schema';
import { USER_ROLES, type UserRole } from '../shared/codes';
import { describedValues } from '../shared/codes.schema';
import type { Language } from '../shared/language';
import { type Problem, validateWith } from '../shared/validation';
import type { SessionRow, UserRow } from './auth.repository';
import { type ApiToken, requirePasswordSignIn, SESSION_COOKIE } from './auth.service';
import { setSessionCookie } from './session-cookie';

const USER_ROLE_DESCRIPTIONS: Record<UserRole, string> = {
  STAFF: 'Looks up who to call.',
  COORDINATOR: 'Keeps the network current, within their scope.',
  ADMIN: 'Everything, including users.',
};

export const UserRoleEnum = builder.enumType('UserRole', {
  values: describedValues(USER_ROLES, USER_ROLE_DESCRIPTIONS),
});

export const UserRef = builder.objectRef<UserRow>('User').implement({
  authScopes: { signedIn: true },
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: UserRoleEnum }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (u, _args, { loaders }) =>
        u.organisationId ? loaders.organisation.load(u.organisationId) : null,
    }),
  }),
});

export const SignInPayload = builder
  .objectRef<{
    user: UserRow;
    token: string | null;
    expiresAt: string;
    secondFactorSetupRequired?: boolean;
  }>('SignInPayload')
  .implement({
    fields: (t) => ({
      secondFactorSetupRequired: t.boolean({
        description:
          'The role must sign in with a second factor and the account has none yet: until it enrols (startSecondFactorEnrolment), every other operation answers SECOND_FACTOR_SETUP_REQUIRED.',
        resolve: (p) => p.secondFactorSetupRequired ?? false,
      }),
      user: t.field({ type: UserRef, resolve: (p) => p.user }),
      token: t.exposeString('token', {
        nullable: true,
        description: 'Bearer token for API clients; only when issueToken is true.',
      }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    }),
  });

const SessionKindEnum = builder.enumType('SessionKind', {
  values: {
    COOKIE: { description: 'A browser, through the HttpOnly session cookie.' },
    BEARER: { description: 'An API client, through an Authorization: Bearer token.' },
  },
});

const SessionRef = builder.objectRef<SessionRow & { current: boolean }>('Session').implement({
  description: 'One signed-in session of the current user (each sign-in opens one).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({
      type: SessionKindEnum,
      resolve: (s) => (s.kind === 'bearer' ? 'BEARER' : 'COOKIE'),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', {
      type: 'DateTime',
      description: 'Last use, to the minute; idle sessions end on their own.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    current: t.exposeBoolean('current', { description: 'The session of this request.' }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'The name of a named API token; null for a browser or an unnamed token.',
    }),
  }),
});

builder.queryField('mySessions', (t) =>
  t.field({
    type: [SessionRef],
    authScopes: { signedIn: true },
    description: "The signed-in user's sessions that still work, newest first.",
    resolve: async (_root, _args, { auth, viewer }) => {
      if (!viewer) return [];
      const sessions = await auth.sessions(viewer.id);
      return sessions.map((s) => ({ ...s, current: s.id === viewer.sessionId }));
    },
  }),
);

builder.queryField('me', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (_root, _args, { viewer }) => viewer,
  }),
);

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInPayload,
    description:
      'Signs in with a password. Browsers get an HttpOnly session cookie; API clients ask for a bearer token. Refused (FORBIDDEN) where the deployment switched password sign-in off (PASSWORD_SIGN_IN=off): then only single sign-on works.',
    args: {
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      issueToken: t.arg.boolean({ defaultValue: false }),
      tokenName: t.arg.string({
        description:
          'With issueToken: a named API token (e.g. "Nightly export"), listed by that name in mySessions, ' +
          'without the idle limit of a session; it works for tokenDays days.',
      }),
      code: t.arg.string({
        description:
          'For an account with a second factor: the current code of its authenticator app. Without it (nor recoveryCode) a right password answers SECOND_FACTOR_REQUIRED and nothing opens.',
      }),
      recoveryCode: t.arg.string({
        description: 'Instead of code: one of the recovery codes (each works once).',
      }),
      tokenDays: t.arg.int({
        description: `With tokenName: how many days the token works (1-${API_TOKEN_DAYS.max}; ${API_TOKEN_DAYS.default} when left out).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const { auth, request, clientAddress } = ctx;
      requirePasswordSignIn(auth.settings, ctx.lang);
      if (
        args.email.length > LIMITS.email ||
        args.password.length > 1024 ||
        (args.code?.length ?? 0) > 20 ||
        (args.recoveryCode?.length ?? 0) > 40
      ) {
        throw new UserError('BAD_USER_INPUT', 'E-mail address or password is too long');
      }
      const kind = args.issueToken ? 'bearer' : 'cookie';
      const apiToken = apiTokenOf(args, ctx.lang);
      const { user, token, expiresAt, mustEnrol } = await auth.signIn(
        args.email,
        args.password,
        clientAddress,
        kind,
        ctx.viewer,
        apiToken,
        { code: args.code, recoveryCode: args.recoveryCode },
      );
      if (kind === 'cookie') {
        await setSessionCookie(request, { token, expiresAt }, auth.settings.secureCookies);
      }
      // The rest of this response is answered as the user who just signed in.
      ctx.viewer = await auth.viewerForToken(token, kind);
      return {
        user,
        token: kind === 'bearer' ? token : null,
        expiresAt: expiresAt.toISOString(),
        secondFactorSetupRequired: mustEnrol,
      };
    },
  }),
  revokeSession: t.boolean({
    authScopes: { signedIn: true },
    description:
      'Ends one of your own sessions (see mySessions); false when there is no such session.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { auth, viewer, request }) => {
      if (!viewer) return false;
      const tokenHash = await auth.revokeSession(viewer.id, String(id));
      if (tokenHash === viewer.tokenHash && viewer.sessionKind === 'cookie') {
        await request.cookieStore?.delete(SESSION_COOKIE);
      }
      return tokenHash !== null;
    },
  }),
  signOut: t.boolean({
    description: 'Ends the current session (cookie or bearer token).',
    resolve: async (_root, _args, { auth, viewer, request }) => {
      if (viewer) await auth.signOut(viewer.tokenHash);
      await request.cookieStore?.delete(SESSION_COOKIE);
      return viewer !== null;
    },
  }),
}));

/** A named API token asked for at sign-in, checked by the account rules; null for a session. */
function apiTokenOf(
  args: { issueToken?: boolean | null; tokenName?: string | null; tokenDays?: number | null },
  lang: Language,
): ApiToken | null {
  const named = args.tokenName !== null && args.tokenName !== undefined;
  const problems: Problem[] = [];
  if (!args.issueToken && named)
    problems.push({ field: 'tokenName', code: 'token_without_bearer' });
  if (!named && args.tokenDays !== null && args.tokenDays !== undefined)
    problems.push({ field: 'tokenDays', code: 'token_without_bearer' });
  const parsed = validateWith(
    z.object({
      tokenName: apiTokenFields.name.optional(),
      tokenDays: apiTokenFields.days.optional(),
    }),
    { tokenName: args.tokenName ?? undefined, tokenDays: args.tokenDays ?? undefined },
    problems,
    lang,
  );
  return parsed.tokenName
    ? { name: parsed.tokenName, days: parsed.tokenDays ?? API_TOKEN_DAYS.default }
    : null;
}
