/** Every export and bulk download is audited: who, what, with which filter, how many persons. */
import { scopeOf } from '../auth/permissions';
import type { Context } from '../context';

/** Records an export by a signed-in caller as an EXPORT event of the audit trail. */
export async function auditExport(
  ctx: Context,
  what: string,
  filter: Record<string, unknown>,
  persons: number,
): Promise<void> {
  const { viewer } = ctx;
  // Anonymous callers get public data only (never persons) and leave no one to attribute it to;
  // not writing for them keeps a public download from being a way to fill the database.
  if (!viewer) return;
  const scope = scopeOf(ctx);
  await ctx.repos.editor.access(
    { id: viewer.id, email: viewer.email },
    'EXPORT',
    { type: 'Export', id: `export:${what}`, name: what },
    { export: what, filter: scope ? { ...filter, scope } : filter, persons },
  );
}
