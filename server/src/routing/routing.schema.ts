/** whoToCall: for a barrier (or signal) in a place, the partners to call, nearest first. */
import { canSeePersonalData } from '../auth/personal-data';
import type { BarrierRow } from '../barriers/barrier.repository';
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { ContactRef } from '../contacts/contact.schema';
import { UserError } from '../errors';
import { OrganisationRef } from '../organisations/organisation.schema';
import type { RegionRow } from '../regions/region.repository';
import { RegionRef } from '../regions/region.schema';
import { loadAll, loadOne } from '../repositories';
import type { Role } from '../shared/codes';
import { CALLER_NEEDS, type CallerNeed } from '../shared/codes';
import { describedValues, PriorityEnum, RoleEnum } from '../shared/codes.schema';
import { isStale } from '../shared/verification';
import { SharingAgreementRef } from '../sharing/sharing.schema';
import { applyFormEffect, type FormEffect } from './form-effect';
import type { Scope, WhoToCallRow } from './routing.repository';

export const ScopeEnum = builder.enumType('Scope', {
  description: 'How near the partner is to the place asked about.',
  values: {
    LOCAL: { description: 'Covers the municipality itself.' },
    REGIONAL: {
      description: 'Covers a police zone, arrondissement, province or RIEC region around it.',
    },
    NATIONAL: { description: 'Covers the whole country.' },
    CROSS_BORDER: { description: 'The counterpart across the border of a partner listed above.' },
  },
});

type ContactEntry = WhoToCallRow['contacts'][number];

const WhoToCallContactRef = builder.objectRef<ContactEntry>('WhoToCallContact').implement({
  fields: (t) => ({
    priority: t.expose('priority', { type: PriorityEnum }),
    role: t.expose('role', { type: RoleEnum, nullable: true }),
    roles: t.field({
      type: [RoleEnum],
      description: 'Every role it has at the barrier, those it is the primary contact for first.',
      resolve: (c) => [...new Set(c.ties.flatMap((tie) => (tie.role ? [tie.role] : [])))],
    }),
    contact: t.field({
      type: ContactRef,
      resolve: (c, _a, { loaders }) => c.point ?? loadOne(loaders.person, c.id),
    }),
    stale: t.boolean({
      description: 'Not verified within the configured period: double-check before relying on it.',
      resolve: async (c, _a, { loaders, settings }) => {
        const row = c.point ?? (await loaders.person.load(c.id));
        return isStale(row?.lastVerifiedAt ?? null, settings.verificationMonths);
      },
    }),
  }),
});

const SharingStatusRef = builder
  .objectRef<{ agreementIds: string[]; ownOrganisation: boolean }>('SharingStatus')
  .implement({
    description:
      'What your organisation may share with this one. No agreements means none is recorded: ' +
      'check the legal basis before sharing anything.',
    fields: (t) => ({
      recorded: t.boolean({ resolve: (s) => s.agreementIds.length > 0 }),
      ownOrganisation: t.exposeBoolean('ownOrganisation'),
      agreements: t.field({
        type: [SharingAgreementRef],
        resolve: (s, _a, { loaders }) => loadAll(loaders.agreement, s.agreementIds),
      }),
    }),
  });

const WhoToCallEntryRef = builder
  .objectRef<WhoToCallRow & { rank: number }>('WhoToCallEntry')
  .implement({
    fields: (t) => ({
      rank: t.exposeInt('rank', { description: '1 is the first to call.' }),
      organisation: t.field({
        type: OrganisationRef,
        resolve: (e) => e.organisation,
      }),
      roles: t.field({ type: [RoleEnum], resolve: (e) => e.roles as Role[] }),
      scope: t.field({ type: ScopeEnum, resolve: (e) => e.scope as Scope }),
      coveragePath: t.field({
        type: [RegionRef],
        description: 'Why it is listed: from the place asked about up to the region it covers.',
        resolve: (e, _a, { loaders }) => loadAll(loaders.region, e.pathIds),
      }),
      via: t.field({
        type: OrganisationRef,
        nullable: true,
        description: 'For a cross-border entry: the partner it is the counterpart of.',
        resolve: (e, _a, { loaders }) => (e.viaId ? loaders.organisation.load(e.viaId) : null),
      }),
      contacts: t.field({
        type: [WhoToCallContactRef],
        description: 'Primary contacts first, then backups; persons only when signed in.',
        resolve: (e) => e.contacts,
      }),
      sharing: t.field({
        type: SharingStatusRef,
        nullable: true,
        description: 'Null when you are not signed in or belong to no organisation.',
        resolve: (e) =>
          e.agreementIds === null
            ? null
            : { agreementIds: e.agreementIds, ownOrganisation: e.ownOrganisation },
      }),
    }),
  });

const CALLER_NEED_DESCRIPTIONS: Record<CallerNeed, string> = {
  SIGNAL: 'Pass on a signal.',
  ADVICE: 'Ask for advice.',
  INSPECTION: 'Have a place or a business inspected.',
  ENFORCEMENT: 'Have the law enforced (administrative enforcement, screening, prosecution).',
  VICTIM_SUPPORT: 'Get help for a (possible) victim.',
};

export const CallerNeedEnum = builder.enumType('CallerNeed', {
  description: 'What the caller wants from the call: the first call is the contact that fits it.',
  values: describedValues(CALLER_NEEDS, CALLER_NEED_DESCRIPTIONS),
});

export interface WhoToCallAnswer {
  barriers: BarrierRow[];
  region: RegionRow | null;
  entries: (WhoToCallRow & { rank: number })[];
  need: CallerNeed;
  /** The asking user's organisation, whose contacts are own colleagues rather than a first call. */
  callerOrganisationId: string | null;
  /** What choosing a form of exploitation changed (null without a form). */
  formEffect: FormEffect | null;
  /** The barriers asked that no partner of the place itself covers (empty without a place). */
  localGaps: BarrierRow[];
}

export const WhoToCallAnswerRef = builder.objectRef<WhoToCallAnswer>('WhoToCallAnswer').implement({
  fields: (t) => ({
    barriers: t.field({ type: [BarrierRef], resolve: (a) => a.barriers }),
    region: t.field({ type: RegionRef, nullable: true, resolve: (a) => a.region }),
    entries: t.field({ type: [WhoToCallEntryRef], resolve: (a) => a.entries }),
    localGaps: t.field({
      type: [BarrierRef],
      description:
        'The barriers asked that nobody local covers (no partner of the place itself): for ' +
        'those the entries are the regional and national partners. Empty without a place.',
      resolve: (a) => a.localGaps,
    }),
    personsHidden: t.boolean({
      description: 'True when contact persons were left out because you are not signed in.',
      resolve: (_a, _args, ctx) => !canSeePersonalData(ctx),
    }),
  }),
});

const WhoToCallInput = builder.inputType('WhoToCallInput', {
  fields: (t) => ({
    barrier: t.string({ description: 'A barrier code, e.g. HOUSING.' }),
    indicator: t.id({ description: 'A signal; narrows the answer to its barrier(s).' }),
    region: t.id({ description: 'A municipality (or any region) id.' }),
    exploitationForm: t.string({ description: 'A form of exploitation code, e.g. LABOUR.' }),
    need: t.field({
      type: CallerNeedEnum,
      description: 'What you want from the call; SIGNAL (pass on what you saw) when left out.',
    }),
    limit: t.int({ defaultValue: 25, description: 'At most this many organisations (1-100).' }),
  }),
});

builder.queryField('whoToCall', (t) =>
  t.field({
    type: WhoToCallAnswerRef,
    description: 'Who to call for a barrier or a signal, in a place, nearest first.',
    args: { input: t.arg({ type: WhoToCallInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { loaders, repos, viewer } = ctx;
      const limit = input.limit ?? 25;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        throw new UserError('BAD_USER_INPUT', 'limit must be between 1 and 100', {
          field: 'limit',
        });
      }
      let codes = input.barrier ? [input.barrier.toUpperCase()] : [];
      if (input.indicator) {
        const indicator = await loaders.indicator.load(input.indicator);
        if (!indicator)
          throw new UserError('NOT_FOUND', `No indicator with id ${input.indicator}`, {
            field: 'indicator',
          });
        codes = codes.length
          ? codes.filter((c) => indicator.barrierCodes.includes(c))
          : indicator.barrierCodes;
        if (codes.length === 0) {
          throw new UserError('BAD_USER_INPUT', 'This indicator does not signal at that barrier', {
            field: 'indicator',
          });
        }
      }
      if (codes.length === 0) {
        throw new UserError('BAD_USER_INPUT', 'Give a barrier or an indicator', {
          field: 'barrier',
        });
      }
      // The answer needs only the codes and the region id asked, so it runs beside the loads of the
      // barriers and the region; an unknown one is reported before the answer is used.
      const formCode = input.exploitationForm?.trim().toUpperCase() || null;
      const question = {
        barrierCodes: codes,
        regionId: input.region ?? null,
        formCode,
        viewerOrganisationId: viewer?.organisationId ?? null,
        includePersons: canSeePersonalData(ctx),
        limit,
      };
      const answer = ctx.cache.get(
        JSON.stringify({
          whoToCall: question,
          // An answer with contact persons is kept for this user alone; a person's tie can end
          // at midnight without a change.
          personsFor: question.includePersons ? (viewer?.id ?? null) : null,
          day: new Date().toISOString().slice(0, 10),
        }),
        () => repos.routing.whoToCall(question),
      );
      answer.catch(() => {}); // awaited below, unless a check throws first
      const [barriers, region, lists] = await Promise.all([
        loadAll(loaders.barrierByCode, codes),
        input.region ? loaders.region.load(input.region) : null,
        loaders.referenceLists.load('all'),
      ]);
      if (formCode && !lists.forms.some((f) => f.code === formCode)) {
        throw new UserError('NOT_FOUND', `Unknown form of exploitation ${formCode}`, {
          field: 'exploitationForm',
        });
      }
      if (barriers.length !== codes.length) {
        throw new UserError('NOT_FOUND', `Unknown barrier ${codes.join(', ')}`, {
          field: 'barrier',
        });
      }
      if (input.region && !region) {
        throw new UserError('NOT_FOUND', `No region with id ${input.region}`, { field: 'region' });
      }
      const found = await answer;
      // A cross-border entry's via is usually listed itself: its row is then already here.
      for (const row of found) loaders.organisation.prime(row.organisationId, row.organisation);
      const { rows, effect } = applyFormEffect(found, formCode, limit);
      const localGaps = input.region ? localGapsOf(barriers, found) : [];
      return {
        barriers,
        region,
        entries: rows.map((row, i) => ({ ...row, rank: i + 1 })),
        // A signal is something seen: unless the caller says otherwise, they want to pass it on.
        need: input.need ?? 'SIGNAL',
        callerOrganisationId: viewer?.organisationId ?? null,
        formEffect: effect,
        localGaps,
      };
    },
  }),
);

/**
 * The barriers nobody local covers, from the answer's own rows: each carries the barriers that a
 * local partner covers, counted before the limit and whatever form was asked. No rows: no local
 * partner at all.
 */
function localGapsOf(barriers: BarrierRow[], found: WhoToCallRow[]): BarrierRow[] {
  const local = new Set(found[0]?.localCodes ?? []);
  return barriers.filter((b) => !local.has(b.code));
}
