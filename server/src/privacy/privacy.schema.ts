/** Data-protection work for administrators: access requests (GDPR art. 15) and the retention preview. */
import { requireAdmin } from '../auth/permissions';
import { builder } from '../builder';
import { NotFoundError } from '../errors';
import { LanguageEnum } from '../shared/language.schema';
import { accessRequestDocument } from './access-request';
import { accessRequestHtml } from './access-request-html';
import { type RetentionEntry, retentionPreview } from './retention';

const AccessRequestFormatEnum = builder.enumType('AccessRequestFormat', {
  description: 'JSON: the document for machines; HTML: a readable page to print or hand over.',
  values: ['JSON', 'HTML'] as const,
});

const RetentionEntryRef = builder.objectRef<RetentionEntry>('RetentionEntry').implement({
  description: 'A person the retention rule will erase, and when.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    status: t.exposeString('status'),
    since: t.exposeString('since', { description: 'Last in use (ISO date).' }),
    eraseOn: t.exposeString('eraseOn', { description: 'The day the rule erases them (ISO date).' }),
    due: t.exposeBoolean('due', { description: 'The next run (within hours) erases them.' }),
  }),
});

const RetentionPreviewRef = builder
  .objectRef<{ months: number; entries: RetentionEntry[] }>('RetentionPreview')
  .implement({
    fields: (t) => ({
      months: t.exposeInt('months', { description: 'RETENTION_MONTHS; 0: the rule is off.' }),
      entries: t.field({ type: [RetentionEntryRef], resolve: (p) => p.entries }),
    }),
  });

builder.queryFields((t) => ({
  accessRequest: t.string({
    description:
      'Everything held about one person (their entry and ties, its history, reports about them, the exports that held them) as one document, in the requester’s language (administrators). Audited as an EXPORT.',
    authScopes: { admin: true },
    args: {
      personId: t.arg.id({ required: true }),
      lang: t.arg({ type: LanguageEnum, required: true, defaultValue: 'NL' }),
      format: t.arg({ type: AccessRequestFormatEnum, required: true, defaultValue: 'JSON' }),
    },
    resolve: async (_root, { personId, lang, format }, ctx) => {
      const actor = requireAdmin(ctx);
      const dossier = await ctx.repos.privacy.dossier(personId);
      if (!dossier) throw new NotFoundError('person', personId);
      const doc = accessRequestDocument(dossier, lang);
      const file = `access-request.${format.toLowerCase()}`;
      await ctx.repos.editor.access(
        actor,
        'EXPORT',
        { type: 'Export', id: `export:${file}`, name: file },
        { export: file, filter: { personId, lang }, persons: 1 },
      );
      return format === 'HTML' ? accessRequestHtml(doc) : `${JSON.stringify(doc, null, 2)}\n`;
    },
  }),
  retentionPreview: t.field({
    type: RetentionPreviewRef,
    description:
      'Who the retention rule will erase and when: archived persons and those whose every tie has ended, RETENTION_MONTHS after they were last in use (administrators).',
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => {
      const months = ctx.settings.retentionMonths;
      return { months, entries: await retentionPreview(ctx.repos.privacy, months) };
    },
  }),
}));
