/**
 * The identity providers of single sign-on (OpenID Connect), from OIDC_PROVIDERS: a JSON list of
 * {id, name, issuer, clientId, clientSecret?, scopes?, endSession?}. Checked once at start; every
 * problem is one line that names the provider and the field.
 */
import { z } from 'zod';

export interface SsoProvider {
  /** In the addresses /auth/sso/<id>/start and /auth/sso/<id>/callback, and in claim mappings. */
  id: string;
  /** What the sign-in button says after "Inloggen met". */
  name: string;
  issuer: string;
  clientId: string;
  /** Null: a public client, which proves itself with PKCE only. */
  clientSecret: string | null;
  scopes: string[];
  /** Sign-out also ends the provider's session when it has an end_session_endpoint. */
  endSession: boolean;
}

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;

const provider = z.object(
  {
    id: z
      .string({ error: 'id is required' })
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'id must be 1-40 lower-case letters, digits or -'),
    name: z
      .string({ error: 'name is required' })
      .trim()
      .min(1, 'name is required')
      .max(60, 'name is at most 60 characters'),
    issuer: z
      .string({ error: 'issuer is required' })
      .refine(
        (s) => /^https:\/\/[^/\s]+/.test(s) || LOOPBACK.test(s),
        'issuer must be an https:// address (http:// only on localhost)',
      ),
    clientId: z.string({ error: 'clientId is required' }).min(1, 'clientId is required'),
    clientSecret: z.string().min(1, 'clientSecret must not be empty (leave it out)').optional(),
    scopes: z
      .array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'scopes are words without spaces'))
      .refine((s) => s.includes('openid'), 'scopes must include openid')
      .optional(),
    endSession: z.boolean({ error: 'endSession is true or false' }).optional(),
  },
  { error: 'each provider is an object {id, name, issuer, clientId, ...}' },
);

/** The providers of OIDC_PROVIDERS, or the one-line problems that stop the start. */
export function parseSsoProviders(text: string | undefined): {
  providers: SsoProvider[];
  problems: string[];
} {
  if (text === undefined || text.trim() === '') return { providers: [], problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { providers: [], problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (!Array.isArray(json)) {
    return { providers: [], problems: ['must be a JSON list [{"id": …, "issuer": …}, …]'] };
  }
  const problems: string[] = [];
  const providers: SsoProvider[] = [];
  json.forEach((item, index) => {
    const label = `provider ${index + 1}${
      typeof (item as { id?: unknown })?.id === 'string'
        ? ` ("${(item as { id: string }).id}")`
        : ''
    }`;
    const parsed = provider.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}: ${issue.message}`);
      return;
    }
    const p = parsed.data;
    if (providers.some((q) => q.id === p.id)) {
      problems.push(`${label}: id "${p.id}" is used twice`);
      return;
    }
    providers.push({
      id: p.id,
      name: p.name,
      issuer: p.issuer,
      clientId: p.clientId,
      clientSecret: p.clientSecret ?? null,
      scopes: p.scopes ?? ['openid', 'email', 'profile'],
      endSession: p.endSession ?? true,
    });
  });
  return { providers: problems.length ? [] : providers, problems };
}

/** True for an issuer on this machine, the only place plain http is allowed (tests, a trial). */
export function isLoopbackIssuer(issuer: string): boolean {
  return LOOPBACK.test(issuer);
}
