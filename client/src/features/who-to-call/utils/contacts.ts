import type { Priority, Role } from '../../../types/api';
import type { AnswerContact, AnswerEntry } from '../api/who-to-call';

export interface MergedContact {
  contact: AnswerContact;
  priority: Priority;
  roles: Role[];
  stale: boolean;
}

/**
 * One line per contact: the API lists a contact once per role, and a staff member wants to see
 * it once with all its roles. Primary contacts come first, then backups, each in API order.
 */
export function mergeContacts(contacts: AnswerEntry['contacts']): MergedContact[] {
  const byId = new Map<string, MergedContact>();
  for (const item of contacts) {
    const seen = byId.get(item.contact.id);
    if (!seen) {
      byId.set(item.contact.id, {
        contact: item.contact,
        priority: item.priority,
        roles: item.role ? [item.role] : [],
        stale: item.stale,
      });
      continue;
    }
    if (item.priority === 'PRIMARY') seen.priority = 'PRIMARY';
    if (item.role && !seen.roles.includes(item.role)) seen.roles.push(item.role);
    seen.stale ||= item.stale;
  }
  const merged = [...byId.values()];
  return [
    ...merged.filter((c) => c.priority === 'PRIMARY'),
    ...merged.filter((c) => c.priority === 'BACKUP'),
  ];
}
