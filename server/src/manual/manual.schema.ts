/**
 * The manual of a barrier for a region: what the barrier, who-to-call and sharing features already
 * know, put together on request. The manual adds only what none of them answers: the agreements in
 * force between the partners it lists, and the moment the network was last changed. Partners and
 * first contacts come from `whoToCall` itself (the page and the PDF ask for it beside `manual`).
 */
import { canSeePersonalData } from '../auth/personal-data';
import type { BarrierRow } from '../barriers/barrier.repository';
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { UserError } from '../errors';
import type { RegionRow } from '../regions/region.repository';
import { RegionRef } from '../regions/region.schema';
import { loadAll } from '../repositories';
import { SharingAgreementRef } from '../sharing/sharing.schema';

/** Partners the manual looks at for agreements: those who-to-call lists by default. */
const PARTNER_LIMIT = 25;

interface ManualSource {
  barrier: BarrierRow;
  region: RegionRow;
  generatedAt: string;
  lastChangeAt: string | null;
  agreementIds: string[];
}

const ManualRef = builder.objectRef<ManualSource>('Manual').implement({
  description:
    'The manual of a barrier for a region, generated from the current network. Partners and ' +
    'first contacts per role are the whoToCall answer for the same barrier and region.',
  fields: (t) => ({
    barrier: t.field({ type: BarrierRef, resolve: (m) => m.barrier }),
    region: t.field({ type: RegionRef, resolve: (m) => m.region }),
    generatedAt: t.field({
      type: 'DateTime',
      description: 'When this manual was put together: the network as it was then.',
      resolve: (m) => m.generatedAt,
    }),
    lastChangeAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The last recorded change to the network before it was generated.',
      resolve: (m) => m.lastChangeAt,
    }),
    personsHidden: t.boolean({
      description: 'True when contact persons were left out because you are not signed in.',
      resolve: (_m, _a, ctx) => !canSeePersonalData(ctx),
    }),
    agreements: t.field({
      type: [SharingAgreementRef],
      description:
        'Sharing agreements in force between partners listed for this barrier and region, ' +
        'with their legal basis and conditions.',
      resolve: (m, _a, { loaders }) => loadAll(loaders.agreement, m.agreementIds),
    }),
  }),
});

builder.queryField('manual', (t) =>
  t.field({
    type: ManualRef,
    description:
      'The manual of a barrier for a region (a municipality, an (A)RIEC region, a province).',
    args: {
      barrier: t.arg.string({ required: true, description: 'A barrier code, e.g. HOUSING.' }),
      region: t.arg.id({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const { loaders, repos } = ctx;
      const code = args.barrier.trim().toUpperCase();
      const [barrier, region] = await Promise.all([
        loaders.barrierByCode.load(code),
        loaders.region.load(String(args.region)),
      ]);
      if (!barrier)
        throw new UserError('NOT_FOUND', `Unknown barrier ${code}`, { field: 'barrier' });
      if (!region) {
        throw new UserError('NOT_FOUND', `No region with id ${args.region}`, { field: 'region' });
      }
      const generatedAt = new Date().toISOString();
      // The same partners whoToCall lists; persons play no part in which agreements apply.
      const partners = await repos.routing.whoToCall({
        barrierCodes: [code],
        regionId: region.id,
        formCode: null,
        viewerOrganisationId: null,
        includePersons: false,
        limit: PARTNER_LIMIT,
      });
      const sharing = await repos.manual.sharingBetween(partners.map((p) => p.organisationId));
      return { barrier, region, generatedAt, ...sharing };
    },
  }),
);
