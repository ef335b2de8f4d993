/** `/coordinate/contact/:id`: a contact point or person to change, verify, archive; its history. */
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { Link, useSearchParams } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { probeAccess } from '../api/access';
import { fetchContact } from '../api/contact';
import { fetchEditOptions } from '../api/organisation';
import { useLoad } from '../hooks/use-load';
import { useVersionBoard } from '../hooks/use-version-board';
import { useText } from '../i18n/use-text';
import { AccessRequestSection } from './access-request-section';
import {
  ContactDetailsForm,
  ContactStatusSection,
  ResponsibilitiesForm,
  TieSection,
  VerifySection,
} from './contact-forms';
import { FormFailure } from './edit-section';
import { HistoryTab } from './history-list';
import {
  EntityTabs,
  LoadFailure,
  NotFoundNotice,
  OutOfScope,
  RequireEditor,
  useTab,
} from './page-parts';
import { SuccessBanner } from './success-banner';

export function ContactEditPage({ id }: { id: string }) {
  return (
    <RequireEditor>
      <ContactEditor id={id} />
    </RequireEditor>
  );
}

function ContactEditor({ id }: { id: string }) {
  const { t, ct, lang } = useText();
  const tab = useTab();
  const created = useSearchParams().get('created') === '1';
  const board = useVersionBoard();
  const { viewer } = useViewer();
  const loaded = useLoad(async () => {
    const contact = await fetchContact(id, lang);
    if (!contact) return null;
    const [access, options] = await Promise.all([
      probeAccess(contact.__typename === 'Person' ? 'person' : 'contactPoint', id, lang),
      fetchEditOptions(lang),
    ]);
    return { contact, access, options };
  }, [id, lang]);
  const contact = loaded.data?.contact;
  usePageTitle(contact ? ct('contact.editTitle', { name: contact.name }) : undefined);

  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data || !contact || loaded.data.access.status === 'notFound')
    return <NotFoundNotice text={ct('contact.notFound')} />;
  const { access, options } = loaded.data;
  const person = contact.__typename === 'Person';
  const path = `/coordinate/contact/${encodeURIComponent(id)}`;

  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{person ? ct('contact.kickerPerson') : ct('contact.kickerPoint')}</p>
        <h1>{contact.name}</h1>
        {contact.status === 'ARCHIVED' && (
          <p className="notice notice--warning">{ct('contact.isArchived')}</p>
        )}
        <p className="page__links">
          <Link to={`/contact/${encodeURIComponent(id)}`}>{ct('contact.viewPage')}</Link>
          {contact.organisation && (
            <Link to={`/coordinate/organisation/${encodeURIComponent(contact.organisation.id)}`}>
              {ct('contact.toOrganisation', { name: contact.organisation.name })}
            </Link>
          )}
          {contact.stale && <span className="badge badge--warning">{t('contact.stale')}</span>}
        </p>
      </header>
      {created && tab === 'edit' && (
        <SuccessBanner>{ct('form.created', { name: contact.name })}</SuccessBanner>
      )}
      <EntityTabs path={path} tab={tab} />
      {tab === 'history' ? (
        <HistoryTab of={{ kind: 'contact', id }} />
      ) : access.status === 'forbidden' ? (
        <OutOfScope readPath={`/contact/${encodeURIComponent(id)}`} />
      ) : access.status === 'failed' ? (
        <FormFailure error={access.error} />
      ) : (
        <div className="edit-layout">
          <div className="stack">
            <ContactDetailsForm contact={contact} stored={access.stored} board={board} />
            <ResponsibilitiesForm contact={contact} barriers={options.barriers} board={board} />
          </div>
          <div className="stack">
            <VerifySection contact={contact} board={board} onChanged={loaded.reload} />
            {person && <TieSection contact={contact} board={board} onChanged={loaded.reload} />}
            <ContactStatusSection contact={contact} board={board} onChanged={loaded.reload} />
            {person && viewer?.role === 'ADMIN' && <AccessRequestSection personId={id} />}
          </div>
        </div>
      )}
    </div>
  );
}
