/**
 * Exports: CSV or .xlsx (base64) per entity type, the full JSON backup (administrators), vCards.
 */
import { execute, type GraphQLError, parse } from 'graphql';
import { auditLogCsv } from '../audit/audit-csv';
import {
  assertInScope,
  personsInScope,
  requireAdmin,
  requireBulkPersonAccess,
} from '../auth/permissions';
import { backupText, readBackup } from '../backup/backup';
import { builder } from '../builder';
import type { Context } from '../context';
import { LanguageEnum } from '../shared/language.schema';
import { auditExport } from './export-audit';
import {
  type ExportEntity,
  exportCsv,
  exportXlsx,
  rankNote,
  vcardContact,
  vcards,
} from './exporter';
import { vcard } from './vcard';

const ExportEntityEnum = builder.enumType('ExportEntity', {
  values: ['ORGANISATIONS', 'CONTACT_POINTS', 'PERSONS', 'AGREEMENTS'] as const,
});

const CsvSeparatorEnum = builder.enumType('CsvSeparator', {
  description: 'SEMICOLON suits Excel in Belgium and the Netherlands; COMMA is RFC 4180.',
  values: { SEMICOLON: { value: ';' as const }, COMMA: { value: ',' as const } },
});

const lang = { type: LanguageEnum, required: true, defaultValue: 'NL' } as const;

const fileName = (entity: string, ext: string) =>
  `${entity.toLowerCase().replace('_', '-')}.${ext}`;

/** Who may export an entity type, and the filter that keeps a coordinator's persons in scope. */
async function exportFilter(ctx: Context, entity: string, organisationId: string | null) {
  const persons = entity === 'PERSONS';
  const admin = persons ? requireBulkPersonAccess(ctx).admin : false;
  // A coordinator asking for the people of one organisation must have it in scope; without
  // that filter they get the people of their scope, and nobody else.
  if (persons && organisationId) await assertInScope(ctx, [organisationId]);
  return {
    keepPersons: persons && !admin ? (ids: string[]) => personsInScope(ctx, ids) : null,
    organisationId,
  };
}

builder.queryFields((t) => ({
  exportXlsx: t.string({
    description:
      'One entity type as an .xlsx workbook, base64: the columns of exportCsv, every cell text (never a formula). Same rules as exportCsv; audited when signed in.',
    args: {
      entity: t.arg({ type: ExportEntityEnum, required: true }),
      organisationId: t.arg.id({ description: 'Only what belongs to this organisation.' }),
    },
    resolve: async (_root, { entity, organisationId }, ctx) => {
      const filter = await exportFilter(ctx, entity, organisationId ?? null);
      const file = await exportXlsx(ctx.repos.transfer, entity as ExportEntity, filter);
      await auditExport(
        ctx,
        fileName(entity, 'xlsx'),
        { entity, organisationId: organisationId ?? null },
        file.persons,
      );
      return file.bytes.toString('base64');
    },
  }),
  exportCsv: t.string({
    description:
      'One entity type as CSV. Organisations, contact points and persons use the import format, so an export imports back unchanged. Persons: administrators, and coordinators for the persons in their scope. Audited when signed in.',
    args: {
      entity: t.arg({ type: ExportEntityEnum, required: true }),
      separator: t.arg({ type: CsvSeparatorEnum, required: true, defaultValue: ';' }),
      organisationId: t.arg.id({
        description:
          'Only what belongs to this organisation (its units, contacts, people at work there, agreements it is party to).',
      }),
    },
    resolve: async (_root, { entity, separator, organisationId }, ctx) => {
      const filter = await exportFilter(ctx, entity, organisationId ?? null);
      const csv = await exportCsv(ctx.repos.transfer, entity as ExportEntity, separator, filter);
      await auditExport(
        ctx,
        fileName(entity, 'csv'),
        { entity, organisationId: organisationId ?? null },
        csv.persons,
      );
      return csv.text;
    },
  }),
  auditLogCsv: t.string({
    description:
      'The audit log with the filters of auditLog (an entity with what belongs to it, an author, a period) as CSV in words, newest first, at most 10,000 events (administrators). Audited.',
    args: {
      entityId: t.arg.id(),
      userId: t.arg.id(),
      from: t.arg({ type: 'DateTime', description: 'From this moment (inclusive).' }),
      to: t.arg({ type: 'DateTime', description: 'Until this moment (exclusive).' }),
      separator: t.arg({ type: CsvSeparatorEnum, required: true, defaultValue: ';' }),
      lang: t.arg(lang),
    },
    resolve: async (_root, { separator, lang: language, ...args }, ctx) => {
      requireAdmin(ctx);
      const filter = {
        entityId: args.entityId ?? null,
        withParts: true,
        userId: args.userId ?? null,
        from: args.from ?? null,
        to: args.to ?? null,
      };
      const csv = await auditLogCsv(ctx.repos.audit, filter, language, separator);
      await auditExport(ctx, 'audit-log.csv', { ...filter, events: csv.events }, 0);
      return csv.text;
    },
  }),
  backup: t.string({
    description:
      'The full JSON backup (administrators). It holds every account with its password hash: keep it as safe as the database. For large networks use `npm run backup`.',
    resolve: async (_root, _args, ctx) => {
      requireAdmin(ctx);
      const content = await readBackup(ctx.repos.transfer);
      const persons = content.nodes.filter((n) => n.labels.includes('Person')).length;
      await auditExport(ctx, 'backup.json', {}, persons);
      return backupText(content);
    },
  }),
  vcard: t.string({
    description: 'A vCard (3.0) of a contact point, or (signed in) a person.',
    args: { contactId: t.arg.id({ required: true }), lang: t.arg(lang) },
    resolve: async (_root, args, ctx) => vcard(await vcardContact(ctx, args.contactId, args.lang)),
  }),
  whoToCallVcard: t.string({
    description:
      'The contacts of a whoToCall answer (same input) as one vCard file, in the order to call them.',
    args: {
      barrier: t.arg.string(),
      indicator: t.arg.id(),
      region: t.arg.id(),
      exploitationForm: t.arg.string(),
      limit: t.arg.int({ defaultValue: 25 }),
      lang: t.arg(lang),
    },
    resolve: async (_root, { lang: language, ...input }, ctx, info) => {
      // Asks whoToCall itself, so the answer (ranking, personal-data rule, errors) is the same.
      const result = await execute({
        schema: info.schema,
        document: WHO_TO_CALL,
        variableValues: { input },
        contextValue: ctx,
      });
      const [error] = result.errors ?? [];
      if (error) throw (error as GraphQLError).originalError ?? error;
      const answer = result.data?.whoToCall as WhoToCallData;
      const contacts = answer.entries.flatMap((e) =>
        e.contacts.map((c) => ({
          id: c.contact.id,
          note: rankNote(language, e.rank, e.organisation.name, c.priority),
        })),
      );
      const text = await vcards(ctx, contacts, language);
      const persons = new Set(contacts.filter((c) => c.id.startsWith('person-')).map((c) => c.id));
      await auditExport(ctx, 'who-to-call.vcf', { ...input }, persons.size);
      return text;
    },
  }),
}));

interface WhoToCallData {
  entries: {
    rank: number;
    organisation: { name: string };
    contacts: { priority: string; contact: { id: string } }[];
  }[];
}

const WHO_TO_CALL = parse(`query ($input: WhoToCallInput!) {
  whoToCall(input: $input) {
    entries { rank organisation { name } contacts { priority contact { id } } }
  }
}`);
