/** An entity's history tab: who changed what, when, from what to what; newest first. */
import { Loading } from '../../../components/status';
import { Link } from '../../../lib/router';
import { type AuditEvent, fetchHistory, type HistoryOf } from '../api/history';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { auditValue } from '../utils/audit-format';
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
                  <span className="muted small">({event.entityType})</span>
                </span>
              )}
              <span className="muted small">
                {ct('history.byAt', { who: event.userEmail, when: formatMoment(event.at) })}
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
                        <td className="history__from">{auditValue(c.from) || '—'}</td>
                        <td className="history__to">{auditValue(c.to) || '—'}</td>
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
]);

function actionLabel(ct: ReturnType<typeof useText>['ct'], action: string): string {
  return ACTIONS.has(action) ? ct(`action.${action}` as Parameters<typeof ct>[0]) : action;
}
