/**
 * An entity's history tab: who changed what, when, from what to what; newest first. Long texts
 * show their change word by word; an organisation's entries offer "restore this version".
 */
import { diffWords } from 'diff';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { auditValue, type Words } from '../../../../../shared/audit-format';
import { Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import {
  type AuditEvent,
  authorOf,
  fetchVersions,
  type HistoryOf,
  restoreVersion,
} from '../api/history';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { FormFailure } from './edit-section';
import { useFieldLabel } from './labels';
import { SuccessBanner } from './success-banner';

export function HistoryTab({ of, onRestored }: { of: HistoryOf; onRestored?: () => void }) {
  const { ct, lang, formatMoment } = useText();
  const { data, error, loading, reload } = useLoad(
    () => fetchVersions(of, lang),
    [of.kind, of.id, lang],
  );
  const [restored, setRestored] = useState<string | null>(null);
  const [conflict, setConflict] = useState<number | null>(null);
  const notices = (
    <>
      {restored && (
        <SuccessBanner title={ct('history.restoredTitle')}>
          {ct('history.restored', { when: formatMoment(restored) })}
        </SuccessBanner>
      )}
      {conflict !== null && (
        <div className="notice notice--warning" role="alert">
          <p>{ct('history.restoreConflict', { version: conflict })}</p>
        </div>
      )}
    </>
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
  if (!data)
    return (
      <>
        {notices}
        <Loading />
      </>
    );
  if (data.events.length === 0) return <p className="muted">{ct('history.none')}</p>;
  const version = data.version;
  return (
    <>
      {notices}
      <EventList
        events={data.events}
        actions={
          version === null || loading
            ? undefined
            : (event, index) =>
                index > 0 && RESTORABLE_ACTIONS.has(event.action) ? (
                  <RestoreControl
                    event={event}
                    version={version}
                    onRestored={() => {
                      setConflict(null);
                      setRestored(event.at);
                      reload();
                      onRestored?.();
                    }}
                    onConflict={(now) => {
                      setRestored(null);
                      setConflict(now);
                      reload();
                    }}
                  />
                ) : null
        }
      />
    </>
  );
}

/** Events after which a version is worth going back to (not an export, a report, a deletion). */
const RESTORABLE_ACTIONS = new Set(['CREATE', 'UPDATE', 'REVERT', 'IMPORT', 'RESTORE']);

/** "Restore this version", with a confirmation first (what it does, what it leaves alone). */
function RestoreControl({
  event,
  version,
  onRestored,
  onConflict,
}: {
  event: AuditEvent;
  version: number;
  onRestored: () => void;
  onConflict: (version: number) => void;
}) {
  const { ct, lang, formatMoment } = useText();
  const label = useFieldLabel();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);

  const restore = async () => {
    setPending(true);
    setFailure(null);
    try {
      await restoreVersion(event.entityId, event.id, version, lang);
      setConfirming(false);
      onRestored();
    } catch (error) {
      const failed = asApiError(error);
      if (failed.code === 'CONFLICT' && typeof failed.details.current?.version === 'number') {
        setConfirming(false);
        onConflict(failed.details.current.version);
      } else setFailure(failed);
    } finally {
      setPending(false);
    }
  };

  if (!confirming)
    return (
      <p className="history__restore">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setConfirming(true)}
        >
          {ct('history.restore')}
          <span className="visually-hidden"> ({formatMoment(event.at)})</span>
        </button>
      </p>
    );
  return (
    <section className="history__confirm" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1} className="history__confirm-title">
        {ct('history.restoreConfirmTitle', { when: formatMoment(event.at) })}
      </h3>
      <p>{ct('history.restoreConfirm')}</p>
      {failure &&
        (failure.code === 'BAD_USER_INPUT' && failure.details.fieldErrors?.length ? (
          <div className="notice notice--error" role="alert">
            <ul>
              {failure.details.fieldErrors.map((f) => (
                <li key={`${f.field}-${f.message}`}>
                  {/^(entityId|auditEventId)$/.test(f.field)
                    ? f.message
                    : `${label(f.field)}: ${f.message}`}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <FormFailure error={failure} />
        ))}
      <p className="form-actions">
        <button type="button" className="button" onClick={restore} disabled={pending}>
          {ct('history.restoreYes')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(false);
            setFailure(null);
          }}
        >
          {ct('history.restoreCancel')}
        </button>
      </p>
    </section>
  );
}

/** Audit events as a list; with `showEntity` each names the record it is about. */
export function EventList({
  events,
  showEntity = false,
  entityLink,
  actions,
}: {
  events: AuditEvent[];
  showEntity?: boolean;
  entityLink?: (event: AuditEvent) => string | null;
  /** What can be done from an entry (e.g. restore that version); `index` 0 is the newest. */
  actions?: ((event: AuditEvent, index: number) => ReactNode) | undefined;
}) {
  const { ct, formatMoment } = useText();
  const label = useFieldLabel();
  const words = useCodeWords();
  // A restore names the moment it went back to: shown as a moment, like the entry's own.
  const shown = (field: string, json: string | null) => {
    if (field === 'restoredVersionOf' && json) {
      const at = JSON.parse(json) as unknown;
      if (typeof at === 'string') return formatMoment(at);
    }
    return auditValue(json, words);
  };
  return (
    <ol className="history">
      {events.map((event, index) => {
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
                    {event.changes
                      .filter((c) => !HIDDEN_FIELDS.has(c.field))
                      .map((c) => {
                        const texts = longTexts(c.from, c.to);
                        return (
                          <tr key={c.field}>
                            <th scope="row">{label(c.field)}</th>
                            {texts ? (
                              <td colSpan={2} className="history__words">
                                <WordChanges from={texts[0]} to={texts[1]} />
                              </td>
                            ) : (
                              <>
                                <td className="history__from" data-label={ct('history.from')}>
                                  {shown(c.field, c.from) || '—'}
                                </td>
                                <td className="history__to" data-label={ct('history.to')}>
                                  {shown(c.field, c.to) || '—'}
                                </td>
                              </>
                            )}
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            )}
            {actions?.(event, index)}
          </li>
        );
      })}
    </ol>
  );
}

/** Facts kept for the audit trail, not for reading (a restore's event id; its moment is shown). */
const HIDDEN_FIELDS = new Set(['restoredEvent']);

/** Both sides of a change as texts when one of them is longer than a line; otherwise null. */
export function longTexts(from: string | null, to: string | null): [string, string] | null {
  const text = (json: string | null) => {
    if (json === null) return '';
    try {
      const value = JSON.parse(json) as unknown;
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  };
  const [a, b] = [text(from), text(to)];
  if (a === null || b === null || a === '' || b === '') return null;
  return [a, b].some((s) => s.length > LINE || s.includes('\n')) ? [a, b] : null;
}

/** About a line of a table cell on a laptop: a longer text is read as a text, not a value. */
const LINE = 60;

/**
 * A text's change word by word (jsdiff): removed words struck through in <del>, added ones
 * underlined in <ins>, each announced as such to a screen reader (they do not read the marks).
 */
function WordChanges({ from, to }: { from: string; to: string }) {
  const { ct } = useText();
  const parts = diffWords(from, to);
  return (
    <p className="history__text">
      <span className="visually-hidden">{ct('history.textChange')}: </span>
      {parts.map((part, i) =>
        part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed diff, in order
          <del key={i}>
            <span className="visually-hidden">[{ct('history.removed')} </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed diff, in order
          <ins key={i}>
            <span className="visually-hidden">[{ct('history.inserted')} </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed diff, in order
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

const ACTIONS = new Set([
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'RESTORE',
  'REVERT',
  'DELETE',
  'VERIFY',
  'REPORT',
  'IMPORT',
  'RESTORE_BACKUP',
  'EXPORT',
  'READ_LIMIT',
  'RETENTION',
  'SIGN_IN_REFUSED',
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
