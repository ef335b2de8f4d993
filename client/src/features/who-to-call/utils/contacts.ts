import type { Priority, Role } from '../../../lib/schema';
import type { AnswerContact, AnswerEntry } from '../api/who-to-call';

export interface MergedContact {
  contact: AnswerContact;
  priority: Priority;
  roles: Role[];
  stale: boolean;
}

/**
 * One line per contact with all its roles (`roles`, or `role` when that is all there is), even
 * when the API lists a contact more than once. Primary contacts come first, then backups, each in
 * API order.
 */
export function mergeContacts(contacts: AnswerEntry['contacts']): MergedContact[] {
  const byId = new Map<string, MergedContact>();
  for (const item of contacts) {
    const roles = item.roles.length > 0 ? item.roles : item.role ? [item.role] : [];
    const seen = byId.get(item.contact.id);
    if (!seen) {
      byId.set(item.contact.id, {
        contact: item.contact,
        priority: item.priority,
        roles: [...roles],
        stale: item.stale,
      });
      continue;
    }
    if (item.priority === 'PRIMARY') seen.priority = 'PRIMARY';
    for (const role of roles) if (!seen.roles.includes(role)) seen.roles.push(role);
    seen.stale ||= item.stale;
  }
  const merged = [...byId.values()];
  return [
    ...merged.filter((c) => c.priority === 'PRIMARY'),
    ...merged.filter((c) => c.priority === 'BACKUP'),
  ];
}
