/**
 * "Report this contact", for any contact display: signed-in staff say what is wrong (a reason,
 * and a few words when it is "something else"); the coordinators in scope get it in their queue;
 * meanwhile every signed-in user sees "reported, being checked". Anonymous visitors see nothing.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import type { MessageKey } from '../i18n/nl';
import {
  REPORT_MESSAGE_MAX,
  type ReportReason,
  reportContact,
  STAFF_REPORT_REASONS,
  setMarker,
  useReportMarker,
} from '../lib/contact-reports';
import { ApiError } from '../lib/graphql';
import { useI18n } from '../lib/i18n';
import { useViewer } from '../lib/viewer';
import './report-contact.css';

interface Props {
  contactId: string;
  /** The contact's name, for the form's question and the screen reader's button name. */
  name: string;
}

export function ReportContact({ contactId, name }: Props) {
  const { viewer } = useViewer();
  if (!viewer) return null;
  return <SignedInReport key={viewer.id} contactId={contactId} name={name} />;
}

type Stage = 'idle' | 'open' | 'sent' | 'already';

function SignedInReport({ contactId, name }: Props) {
  const { t } = useI18n();
  const marker = useReportMarker(contactId);
  const [stage, setStage] = useState<Stage>('idle');
  const toggle = useRef<HTMLButtonElement>(null);
  const formId = `${useId()}-report`;
  const focusOnMount = (el: HTMLElement | null) => el?.focus();

  if (stage === 'sent' || stage === 'already') {
    return (
      <div className="report-contact no-print">
        <p
          className={`notice ${stage === 'sent' ? 'notice--success' : 'notice--info'} report-contact__done`}
          role="status"
          tabIndex={-1}
          ref={focusOnMount}
        >
          {t(stage === 'sent' ? 'report.sent' : 'report.already')}
        </p>
      </div>
    );
  }

  const open = stage === 'open';
  return (
    <div className="report-contact no-print">
      {marker?.reported && (
        <p className="report-contact__marker">
          <span className="badge badge--warning">
            {t(marker.reportedByYou ? 'report.markerYours' : 'report.marker')}
          </span>
        </p>
      )}
      {!marker?.reportedByYou && (
        <button
          ref={toggle}
          type="button"
          className="report-contact__toggle"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setStage(open ? 'idle' : 'open')}
        >
          {t('report.open')}
          <span className="visually-hidden"> {t('report.openFor', { name })}</span>
        </button>
      )}
      {open && (
        <ReportForm
          id={formId}
          contactId={contactId}
          name={name}
          onCancel={() => {
            setStage('idle');
            toggle.current?.focus();
          }}
          onDone={(already) => {
            if (already) setMarker(contactId, { reported: true, reportedByYou: true });
            setStage(already ? 'already' : 'sent');
          }}
        />
      )}
    </div>
  );
}

interface Problem {
  field: 'reason' | 'message';
  message: string;
}

function ReportForm({
  id,
  contactId,
  name,
  onCancel,
  onDone,
}: {
  id: string;
  contactId: string;
  name: string;
  onCancel: () => void;
  onDone: (alreadyReported: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const ids = {
    summary: `${id}-summary`,
    reason: `${id}-reason`,
    reasonError: `${id}-reason-error`,
    message: `${id}-message`,
    messageHint: `${id}-message-hint`,
    messageCount: `${id}-message-count`,
    messageError: `${id}-message-error`,
  };
  const problemOf = (field: Problem['field']) => problems.find((p) => p.field === field)?.message;
  const length = message.trim().length;

  const check = (): Problem[] => {
    const found: Problem[] = [];
    if (!reason) found.push({ field: 'reason', message: t('report.error.reason') });
    if (reason === 'OTHER' && length === 0)
      found.push({ field: 'message', message: t('report.error.messageRequired') });
    if (length > REPORT_MESSAGE_MAX)
      found.push({
        field: 'message',
        message: t('report.error.messageTooLong', { max: REPORT_MESSAGE_MAX, count: length }),
      });
    return found;
  };

  const showProblems = (found: Problem[]) => {
    setProblems(found);
    // After the summary renders: the keyboard and the screen reader start at the list of problems.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = check();
    if (found.length > 0 || !reason) return showProblems(found);
    setProblems([]);
    setPending(true);
    try {
      await reportContact({ id: contactId, reason, message }, lang);
      onDone(false);
    } catch (error) {
      setPending(false);
      const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error));
      if (apiError.fieldErrors.some((e) => e.code === 'already_reported')) return onDone(true);
      const onFields = apiError.fieldErrors.flatMap((e): Problem[] =>
        e.field === 'message' || e.field === 'reason'
          ? [{ field: e.field, message: e.message }]
          : [],
      );
      if (onFields.length > 0) return showProblems(onFields);
      setFailure(apiError);
    }
  };

  const describedBy = (...parts: (string | false | undefined)[]) =>
    parts.filter(Boolean).join(' ') || undefined;
  const reasonProblem = problemOf('reason');
  const messageProblem = problemOf('message');

  return (
    <form id={id} className="report-form" noValidate onSubmit={submit}>
      {problems.length > 0 && (
        <div
          ref={summary}
          id={ids.summary}
          className="report-form__summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby={`${ids.summary}-title`}
        >
          <p id={`${ids.summary}-title`} className="report-form__summary-title">
            {t('report.summaryTitle')}
          </p>
          <ul className="report-form__summary-list">
            {problems.map((p) => (
              <li key={`${p.field}-${p.message}`}>
                <a
                  href={`#${p.field === 'reason' ? ids.reason : ids.message}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document
                      .getElementById(p.field === 'reason' ? ids.reason : ids.message)
                      ?.focus();
                  }}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset
        className={`report-form__group${reasonProblem ? ' report-form__group--invalid' : ''}`}
        aria-describedby={reasonProblem ? ids.reasonError : undefined}
      >
        <legend className="report-form__legend">{t('report.legend', { name })}</legend>
        {reasonProblem && (
          <p id={ids.reasonError} className="report-form__error">
            <span className="visually-hidden">{t('report.error.prefix')} </span>
            {reasonProblem}
          </p>
        )}
        <div className="report-form__choices">
          {STAFF_REPORT_REASONS.map((code, i) => (
            <label key={code} className="report-form__choice">
              <input
                id={i === 0 ? ids.reason : undefined}
                type="radio"
                name={`${id}-reason`}
                value={code}
                checked={reason === code}
                onChange={() => setReason(code)}
              />
              <span>{t(`report.reason.${code}` as MessageKey)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className={`report-form__group${messageProblem ? ' report-form__group--invalid' : ''}`}>
        <label className="label" htmlFor={ids.message}>
          {t('report.message')}{' '}
          <span className="report-form__optional">
            {t(reason === 'OTHER' ? 'report.required' : 'report.optional')}
          </span>
        </label>
        <p id={ids.messageHint} className="hint">
          {t('report.messageHint', { max: REPORT_MESSAGE_MAX })}
        </p>
        {messageProblem && (
          <p id={ids.messageError} className="report-form__error">
            <span className="visually-hidden">{t('report.error.prefix')} </span>
            {messageProblem}
          </p>
        )}
        <textarea
          id={ids.message}
          className="input report-form__message"
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={messageProblem ? true : undefined}
          aria-describedby={describedBy(
            ids.messageHint,
            messageProblem && ids.messageError,
            ids.messageCount,
          )}
        />
        <p
          id={ids.messageCount}
          className={`report-form__count${length > REPORT_MESSAGE_MAX ? ' report-form__count--over' : ''}`}
        >
          {t('report.count', { count: length, max: REPORT_MESSAGE_MAX })}
        </p>
      </div>

      {failure && (
        <p className="notice notice--error" role="alert">
          {t(`error.${failure.generalCode}`)}
        </p>
      )}
      <div className="report-form__actions">
        <button type="submit" className="button" disabled={pending}>
          {t(pending ? 'report.sending' : 'report.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('report.cancel')}
        </button>
      </div>
    </form>
  );
}
