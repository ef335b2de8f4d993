import type { MessageKey } from '../../../i18n/nl';
import type { Params } from '../../../lib/i18n';
import type { FirstCall } from '../api/who-to-call';

type Translate = (key: MessageKey, params?: Params) => string;

/** Whole calendar months from a YYYY-MM-DD date until `today` (0 within the first month). */
export function monthsSince(date: string, today: Date): number {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const months =
    (today.getFullYear() - year) * 12 +
    (today.getMonth() + 1 - month) -
    (today.getDate() < day ? 1 : 0);
  return Math.max(0, months);
}

/** "verified 3 months ago", or a warning when the contact is stale. */
export function verifiedPhrase(
  reason: Pick<FirstCall['reason'], 'verifiedAt' | 'stale'>,
  t: Translate,
  today: Date,
): string {
  if (!reason.verifiedAt) return t('firstCall.neverVerified');
  const months = monthsSince(reason.verifiedAt, today);
  if (reason.stale) {
    return t(months === 1 ? 'firstCall.staleMonths.one' : 'firstCall.staleMonths.other', {
      count: months,
    });
  }
  if (months === 0) return t('firstCall.verifiedThisMonth');
  return t(months === 1 ? 'firstCall.verifiedMonthsAgo.one' : 'firstCall.verifiedMonthsAgo.other', {
    count: months,
  });
}

/**
 * The one-line reason for a first call, from its parts: its role at the barrier, its coverage,
 * primary or backup, when it was verified. E.g. "Signals at Work and exploitation, covers Genk;
 * first contact; verified 3 months ago".
 */
export function firstCallReason(
  call: Pick<FirstCall, 'reason'>,
  t: Translate,
  barrier: string,
  today = new Date(),
): string {
  const { reason } = call;
  const role = reason.role
    ? t(`firstCall.role.${reason.role}`, { barrier })
    : t('firstCall.noRole', { barrier });
  const coverage =
    reason.scope === 'CROSS_BORDER'
      ? reason.via
        ? t('firstCall.counterpart', { name: reason.via.name })
        : t('firstCall.acrossBorder')
      : reason.scope === 'NATIONAL'
        ? t('firstCall.national')
        : reason.coveredRegion
          ? t('firstCall.covers', { place: reason.coveredRegion.name })
          : null;
  const parts = [
    [role, coverage].filter(Boolean).join(', '),
    t(`firstCall.priority.${reason.priority}`),
    verifiedPhrase(reason, t, today),
  ];
  const text = parts.join(t('firstCall.separator'));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
