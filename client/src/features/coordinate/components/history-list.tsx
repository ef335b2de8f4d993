/** An entity's history tab: who changed what, when, from what to what; newest first. */

import { auditValue, type Words } from '../../../../../shared/audit-format';
import { Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { Link } from '../../../lib/router';
import { type AuditEvent, authorOf, fetchHistory, type HistoryOf } from '../api/history';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { FormFailure } from './edit-section';
import { useFieldLabel } from './labels';

export function HistoryTab({ of }: { of: HistoryOf }) {
  const { ct, lang } = useText();
  const { data, error, loading, reload } = useLoad(
    () => fetchHistory(of, lang),
    [of.kind, of.id, lang],
  );
  if (error)
    return (
      <>
        <FormFailure error={error} />
        <button type="button" className="button button--secondary" onClick={reload}>
          {ct('form.retry')}
        </button>
      </>
    );
  if (loading || !data) return <Loading />;
  if (data.length === 0) return <p className="muted">{ct('history.none')}</p>;
  return <EventList events={data} />;
}

/** Audit events as a list; with `showEntity` each names the record it is about. */
export function EventList({
  events,
  showEntity = false,
  entityLink,
}: {
  events: AuditEvent[];
  showEntity?: boolean;
  entityLink?: (event: AuditEvent) => string | null;
}) {
  const { ct, formatMoment } = useText();
  const label = useFieldLabel();
  const words = useCodeWords();
  return (
    <ol className="history">
      {events.map((event) => {
        const link = entityLink?.(event);
        return (
          <li key={event.id} className="history__event">
            <p className="history__head">
              <span className={`badge history__action history__action--${event.action}`}>
                {actionLabel(ct, event.action)}
              </span>
              {showEntity && (
                <span className="history__entity">
                  {link ? (
                    <Link to={link}>{event.entityName ?? event.entityId}</Link>
                  ) : (
                    (event.entityName ?? event.entityId)
                  )}{' '}
                  <span className="muted small">({entityLabel(ct, event.entityType)})</span>
                </span>
              )}
              <span className="muted small">
                {ct('history.byAt', { who: authorOf(event), when: formatMoment(event.at) })}
              </span>
            </p>
            {event.changes.length > 0 && (
              <div className="table-scroll">
                <table className="table history__changes">
                  <caption className="visually-hidden">
                    {ct('history.caption', { when: formatMoment(event.at) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{ct('history.field')}</th>
                      <th scope="col">{ct('history.from')}</th>
                      <th scope="col">{ct('history.to')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{label(c.field)}</th>
                        <td className="history__from">{auditValue(c.from, words) || '—'}</td>
                        <td className="history__to">{auditValue(c.to, words) || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

const ACTIONS = new Set([
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'RESTORE',
  'DELETE',
  'VERIFY',
  'REPORT',
  'IMPORT',
  'RESTORE_BACKUP',
  'EXPORT',
  'READ_LIMIT',
  'RETENTION',
]);

const ENTITY_TYPES = new Set([
  'Organisation',
  'OrgUnit',
  'ContactPoint',
  'Person',
  'SharingAgreement',
  'Measure',
  'Indicator',
  'Network',
  'User',
  'ContactReport',
  'Export',
]);

function entityLabel(ct: ReturnType<typeof useText>['ct'], type: string): string {
  return ENTITY_TYPES.has(type) ? ct(`entity.${type}` as Parameters<typeof ct>[0]) : type;
}

/** The staff app's words for the codes audit events hold. */
function useCodeWords(): Words {
  const { t, ct } = useText();
  return (code) => {
    const shared = [
      `role.${code}`,
      `priority.${code}`,
      `orgType.${code}`,
      `contactKind.${code}`,
      `dataCategory.${code}`,
      `userRole.${code}`,
      `country.${code}`,
    ];
    for (const key of shared) {
      const text = t(key as MessageKey);
      if (text !== key) return text;
    }
    if (code === 'ACTIVE' || code === 'ARCHIVED' || code === 'OPEN' || code === 'RESOLVED')
      return ct(`status.${code}`);
    return null;
  };
}

function actionLabel(ct: ReturnType<typeof useText>['ct'], action: string): string {
  return ACTIONS.has(action) ? ct(`action.${action}` as Parameters<typeof ct>[0]) : action;
}
