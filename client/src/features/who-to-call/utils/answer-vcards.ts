import type { Translate } from '../../../lib/i18n';
import type { VCardInput } from '../../../utils/vcard';
import type { WhoToCallAnswer } from '../api/who-to-call';
import { mergeContacts } from './contacts';

/** The contacts of an answer as vCards, nearest partner first, with why to call them. */
export function answerVCards(
  answer: WhoToCallAnswer,
  t: Translate,
  barrierName: string,
): VCardInput[] {
  const place = answer.region?.name ?? '';
  const cards: VCardInput[] = [];
  for (const entry of answer.entries) {
    for (const { contact, priority, roles } of mergeContacts(entry.contacts)) {
      const why = t('vcard.note', {
        barrier: barrierName,
        place,
        role: roles.map((role) => t(`role.${role}`)).join(', '),
        priority: t(`priority.${priority}`),
      });
      const point = contact.__typename === 'ContactPoint' ? contact : undefined;
      const person = contact.__typename === 'Person' ? contact : undefined;
      const hours = point?.hours ? `\n${t('contact.hours')}: ${point.hours}` : '';
      cards.push({
        name: contact.name,
        firstName: person?.firstName,
        lastName: person?.lastName,
        organisation: entry.organisation.name,
        unit: contact.unit?.name,
        title: person?.function ?? null,
        phone: contact.phone,
        email: contact.email,
        note: why + hours,
      });
    }
  }
  return cards;
}
