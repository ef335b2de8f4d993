/** The first call of a whoToCall answer: whom to call first and why, own colleagues apart. */
import { builder } from '../builder';
import { ContactRef } from '../contacts/contact.schema';
import { OrganisationRef } from '../organisations/organisation.schema';
import { RegionRef } from '../regions/region.schema';
import { loadOne } from '../repositories';
import { ROLE_FITS, type RoleFit } from '../shared/codes';
import { describedValues, PriorityEnum, RoleEnum } from '../shared/codes.schema';
import { isStale } from '../shared/verification';
import { candidatesOf, type FirstCallAnswer, type RankedCall, rankFirstCall } from './first-call';
import type { WhoToCallRow } from './routing.repository';
import {
  CallerNeedEnum,
  ScopeEnum,
  type WhoToCallAnswer,
  WhoToCallAnswerRef,
} from './routing.schema';

const ROLE_FIT_DESCRIPTIONS: Record<RoleFit, string> = {
  NEED: 'Its role is the one the need asks for (e.g. SIGNAL to pass on a signal).',
  RELATED: 'Its role can take the need further (e.g. REFER or COORDINATE).',
  NONE: 'Nobody nearer fits: the nearest contact, whatever its role.',
};

const RoleFitEnum = builder.enumType('RoleFit', {
  description: "How well the contact's role at the barrier fits what the caller needs.",
  values: describedValues(ROLE_FITS, ROLE_FIT_DESCRIPTIONS),
});

/** A ranked contact with the answer's rows it came from. */
interface FirstCallItem extends RankedCall {
  row: WhoToCallRow;
  contact: WhoToCallRow['contacts'][number];
  need: WhoToCallAnswer['need'];
}

const FirstCallReasonRef = builder.objectRef<FirstCallItem>('FirstCallReason').implement({
  description:
    'Why this contact is the one to call first, in parts the app puts into a sentence: ' +
    'its role at the barrier, its coverage, primary or backup, when it was last verified.',
  fields: (t) => ({
    need: t.field({ type: CallerNeedEnum, resolve: (i) => i.need }),
    roleFit: t.field({ type: RoleFitEnum, resolve: (i) => i.fit }),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'Its role at the barrier that fits the need best.',
      resolve: (i) => i.role,
    }),
    scope: t.field({ type: ScopeEnum, resolve: (i) => i.candidate.scope }),
    coveredRegion: t.field({
      type: RegionRef,
      nullable: true,
      description:
        'The region through which it covers the place asked about (the place itself for a ' +
        'local partner); null across the border or without a place.',
      resolve: (i, _a, { loaders }) => {
        const id = i.candidate.pathIds.at(-1);
        return id ? loaders.region.load(id) : null;
      },
    }),
    via: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'Across the border: the partner it is the counterpart of.',
      resolve: (i, _a, { loaders }) =>
        i.row.viaId ? loaders.organisation.load(i.row.viaId) : null,
    }),
    priority: t.field({ type: PriorityEnum, resolve: (i) => i.priority }),
    verifiedAt: t.field({
      type: 'Date',
      nullable: true,
      resolve: (i) => i.candidate.verifiedAt?.slice(0, 10) ?? null,
    }),
    stale: t.boolean({ resolve: (i) => i.candidate.stale }),
  }),
});

const FirstCallRef = builder.objectRef<FirstCallItem>('FirstCall').implement({
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (i) => i.row.organisation }),
    contact: t.field({
      type: ContactRef,
      description: 'A contact point, or (signed in) a person.',
      resolve: (i, _a, { loaders }) => i.contact.point ?? loadOne(loaders.person, i.contact.id),
    }),
    reason: t.field({ type: FirstCallReasonRef, resolve: (i) => i }),
  }),
});

// firstCall and ownColleagues come from one ranking of the same answer.
const ranked = new WeakMap<WhoToCallAnswer, Record<keyof FirstCallAnswer, FirstCallItem[]>>();

function firstCallOf(answer: WhoToCallAnswer, verificationMonths: number) {
  const known = ranked.get(answer);
  if (known) return known;
  const rows = new Map(answer.entries.map((row) => [row.organisationId, row]));
  const result = rankFirstCall(
    candidatesOf(answer.entries, (date) => isStale(date, verificationMonths)),
    { need: answer.need, callerOrganisationId: answer.callerOrganisationId },
  );
  const items = (list: RankedCall[]) =>
    list.map((r) => {
      const row = rows.get(r.candidate.organisationId) as WhoToCallRow;
      const contact = row.contacts.find((c) => c.id === r.candidate.contactId);
      return { ...r, row, contact: contact as FirstCallItem['contact'], need: answer.need };
    });
  const value = { firstCall: items(result.firstCall), ownColleagues: items(result.ownColleagues) };
  ranked.set(answer, value);
  return value;
}

builder.objectFields(WhoToCallAnswerRef, (t) => ({
  need: t.field({
    type: CallerNeedEnum,
    description: 'The need the first call was chosen for (SIGNAL unless the input says).',
    resolve: (a) => a.need,
  }),
  firstCall: t.field({
    type: [FirstCallRef],
    description:
      'The one or two contacts to call first, best first (docs/who-to-call.md): role fit for ' +
      'the need, nearest coverage, primary before backup, verified before stale, then name. ' +
      'Never your own organisation.',
    resolve: (a, _args, { settings }) => firstCallOf(a, settings.verificationMonths).firstCall,
  }),
  ownColleagues: t.field({
    type: [FirstCallRef],
    description:
      'Signed in: the best one or two contacts of your own organisation, listed apart from the partners to call.',
    resolve: (a, _args, { settings }) => firstCallOf(a, settings.verificationMonths).ownColleagues,
  }),
}));
