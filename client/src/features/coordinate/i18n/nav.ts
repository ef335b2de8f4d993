/** The few words the header needs before the coordinator screens are loaded (first bundle). */
import type { Lang } from '../../../lib/i18n';

export const NAV_TEXT: Record<Lang, { coordinate: string; queue: string; users: string }> = {
  NL: { coordinate: 'Coördineren', queue: 'Te verifiëren', users: 'Gebruikers' },
  FR: { coordinate: 'Coordonner', queue: 'À vérifier', users: 'Utilisateurs' },
  EN: { coordinate: 'Coordinate', queue: 'To verify', users: 'Users' },
};
