/**
 * `/coordinate/queue`: what needs a coordinator's attention, oldest first — reports from staff
 * that a contact is wrong, and contacts not verified within the verification period. One click
 * says "still correct"; a quick edit fixes phone or e-mail and verifies in one go.
 */
import { useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { formatPhone } from '../../../utils/phone';
import { confirmContact, updateContact } from '../api/contact';
import {
  fetchQueue,
  QUEUE_PAGE,
  type QueueContact,
  type QueueReport,
  resolveReport,
} from '../api/verification';
import { useEditForm } from '../hooks/use-edit-form';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import { normaliseReach, REACH_CHECKS } from '../utils/forms';
import { useContactValue } from './contact-forms';
import { EditSection, FormFailure } from './edit-section';
import { controlId, TextField } from './form-kit';
import { useFieldLabel } from './labels';
import { LoadFailure, RequireEditor } from './page-parts';

export function QueuePage() {
  return (
    <RequireEditor>
      <Queue />
    </RequireEditor>
  );
}

function Queue() {
  const { ct, ctn, lang } = useText();
  usePageTitle(ct('queue.title'));
  const { data, error, loading, reload } = useLoad(() => fetchQueue(lang), [lang]);
  const [done, setDone] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const finish = (key: string, message: string) => {
    setDone((d) => ({ ...d, [key]: message }));
    setAnnouncement(message);
  };

  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  const reports = data.contactReports.filter((r) => !done[`report:${r.id}`]);
  const overdue = data.overdueContacts.filter((c) => !done[`contact:${c.id}`]);

  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('dashboard.kicker')}</p>
        <h1>{ct('queue.title')}</h1>
        <p className="lead">{ct('queue.intro')}</p>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <section className="section" aria-labelledby="queue-reports">
        <h2 id="queue-reports">
          {ct('queue.reports')} <span className="count">{reports.length}</span>
        </h2>
        {reports.length === 0 ? (
          <p className="muted">{ct('queue.noReports')}</p>
        ) : (
          <ul className="queue">
            {reports.map((report) => (
              <ReportItem
                key={report.id}
                report={report}
                onDone={(message) => finish(`report:${report.id}`, message)}
              />
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="queue-overdue">
        <h2 id="queue-overdue">
          {ct('queue.overdue')} <span className="count">{overdue.length}</span>
        </h2>
        <p className="muted small">{ctn('queue.overdueIntro', overdue.length)}</p>
        {data.overdueContacts.length >= QUEUE_PAGE && (
          <p className="notice notice--info">{ct('queue.limited', { count: QUEUE_PAGE })}</p>
        )}
        {overdue.length === 0 ? (
          <p className="notice notice--success">{ct('queue.allVerified')}</p>
        ) : (
          <ol className="queue">
            {overdue.map((contact) => (
              <OverdueItem
                key={contact.id}
                contact={contact}
                onDone={(message) => finish(`contact:${contact.id}`, message)}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function ContactHead({ contact }: { contact: QueueContact }) {
  const { t, ct, formatDate } = useText();
  return (
    <div className="queue__head">
      <h3 className="queue__name">
        <Link to={`/coordinate/contact/${encodeURIComponent(contact.id)}`}>{contact.name}</Link>
      </h3>
      <p className="muted small">
        {contact.__typename === 'Person'
          ? (contact.function ?? t('contact.person'))
          : ct('queue.contactPoint')}
        {contact.organisation ? ` · ${contact.organisation.name}` : ''}
      </p>
      <p className="queue__verified">
        {contact.lastVerifiedAt
          ? t('contact.verified', { date: formatDate(contact.lastVerifiedAt) })
          : t('contact.neverVerified')}
        {contact.stale && <span className="badge badge--warning">{t('contact.stale')}</span>}
      </p>
      <p className="queue__reach small">
        {contact.phone && <span>{formatPhone(contact.phone)}</span>}
        {contact.email && <span>{contact.email}</span>}
      </p>
    </div>
  );
}

function OverdueItem({ contact, onDone }: { contact: QueueContact; onDone: (m: string) => void }) {
  const { ct, lang } = useText();
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const confirm = async () => {
    setPending(true);
    setFailure(null);
    try {
      await confirmContact(contact.id, contact.version, lang);
      onDone(ct('queue.confirmed', { name: contact.name }));
    } catch (error) {
      setFailure(asApiError(error));
      setPending(false);
    }
  };
  return (
    <li className="queue__item card">
      <ContactHead contact={contact} />
      {failure && <FormFailure error={failure} />}
      {failure?.code === 'CONFLICT' && <p className="small">{ct('queue.changedMeanwhile')}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={confirm}
          disabled={pending}
          aria-label={ct('queue.stillCorrectFor', { name: contact.name })}
        >
          {ct('verify.stillCorrect')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
          aria-label={ct('queue.quickEditFor', { name: contact.name })}
        >
          {ct('queue.quickEdit')}
        </button>
      </div>
      {editing && (
        <QuickEdit
          contact={contact}
          onDone={() => onDone(ct('queue.fixed', { name: contact.name }))}
        />
      )}
    </li>
  );
}

/** Phone and e-mail, saved and verified in one go. */
function QuickEdit({ contact, onDone }: { contact: QueueContact; onDone: () => void }) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const show = useContactValue();
  const formId = `quick-${contact.id}`;
  const reach = (source: { email?: unknown; phone?: unknown }): Values => ({
    email: typeof source.email === 'string' ? source.email : '',
    phone: typeof source.phone === 'string' ? formatPhone(source.phone) : '',
  });
  const form = useEditForm<Values>({
    initial: { values: reach(contact), version: contact.version },
    fields: ['email', 'phone'],
    checks: REACH_CHECKS,
    save: async (values, changed, version) => {
      const patch = Object.fromEntries(changed.map((f) => [f, String(values[f] ?? '').trim()]));
      const saved = await updateContact(contact.__typename, contact.id, version, patch, lang);
      const verified = await confirmContact(contact.id, saved.version, lang);
      return { values: normaliseReach(reach(saved)), version: verified.version };
    },
    theirs: async (error: ApiError) => ({
      values: reach({ email: error.details.current?.email, phone: error.details.current?.phone }),
      version: Number(error.details.current?.version),
    }),
    onSaved: () => onDone(),
  });
  return (
    <EditSection
      id={formId}
      title={ct('queue.quickEditTitle', { name: contact.name })}
      form={form}
      labelOf={label}
      show={show}
      historyOf={{ kind: 'contact', id: contact.id }}
      saveLabel={ct('queue.saveAndConfirm')}
      headingLevel={3}
    >
      <div className="form-grid">
        <TextField
          id={controlId(formId, 'phone')}
          label={label('phone')}
          type="tel"
          inputMode="tel"
          value={String(form.values.phone ?? '')}
          onChange={(value) => form.set('phone', value)}
          error={form.errorOf('phone')}
          hint={ct('hint.phone')}
        />
        <TextField
          id={controlId(formId, 'email')}
          label={label('email')}
          type="email"
          inputMode="email"
          value={String(form.values.email ?? '')}
          onChange={(value) => form.set('email', value)}
          error={form.errorOf('email')}
        />
      </div>
    </EditSection>
  );
}

function ReportItem({ report, onDone }: { report: QueueReport; onDone: (m: string) => void }) {
  const { ct, lang, formatMoment } = useText();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const resolve = async () => {
    setPending(true);
    setFailure(null);
    try {
      await resolveReport(report.id, lang);
      onDone(ct('queue.resolved', { name: report.contact.name }));
    } catch (error) {
      setFailure(asApiError(error));
      setPending(false);
    }
  };
  return (
    <li className="queue__item queue__item--report card">
      <ContactHead contact={report.contact} />
      <blockquote className="queue__message">
        <p className="queue__reason">{ct(`queue.reason.${report.reason}`)}</p>
        {report.message && <p>{report.message}</p>}
        <footer className="muted small">
          {report.reason === 'PROPOSAL'
            ? ct('queue.proposedBySelf', { when: formatMoment(report.at) })
            : ct('queue.reportedBy', { who: report.userEmail, when: formatMoment(report.at) })}
        </footer>
      </blockquote>
      {failure && <FormFailure error={failure} />}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
          aria-label={ct('queue.quickEditFor', { name: report.contact.name })}
        >
          {ct('queue.quickEdit')}
        </button>
        <Link
          className="button button--secondary"
          to={`/coordinate/contact/${encodeURIComponent(report.contact.id)}`}
        >
          {ct('queue.fullEdit')}
        </Link>
        <button type="button" className="button" onClick={resolve} disabled={pending}>
          {ct('queue.resolve')}
        </button>
      </div>
      {editing && <QuickEdit contact={report.contact} onDone={() => setEditing(false)} />}
    </li>
  );
}
