/**
 * `/coordinate/new/contact?owner=…&type=point|person`: a new contact point or person at an
 * organisation (or one of its departments), with what it is the one to call for.
 */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import type { Priority } from '../../../lib/schema';
import {
  type ContactOwner,
  createContactPoint,
  createPerson,
  fetchContactOwner,
  setResponsibilities,
} from '../api/contact';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import {
  CONTACT_POINT_CHECKS,
  contactPointInput,
  PERSON_CHECKS,
  personInput,
  TIE_CHECKS,
} from '../utils/forms';
import { problemMessage, serverProblems } from '../utils/problems';
import { validate } from '../utils/validation';
import { ContactFields } from './contact-fields';
import { FormFailure } from './edit-section';
import { controlId, ErrorSummary, SelectField, type ShownProblem, TextField } from './form-kit';
import { useFieldLabel } from './labels';
import { OrganisationPicker } from './organisation-picker';
import { LoadFailure, NotFoundNotice, RequireEditor } from './page-parts';
import { ResponsibilityRows, responsibilityList } from './responsibility-rows';

const FORM = 'new-contact';

export function ContactNewPage() {
  return (
    <RequireEditor>
      <NewContact />
    </RequireEditor>
  );
}

function NewContact() {
  const { ct, lang } = useText();
  const params = useSearchParams();
  const owner = params.get('owner') ?? '';
  const person = params.get('type') === 'person';
  usePageTitle(person ? ct('newContact.personTitle') : ct('newContact.pointTitle'));
  const loaded = useLoad(() => fetchContactOwner(owner, lang), [owner, lang]);
  if (!owner) return <PickOwner person={person} />;
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.organisation) return <NotFoundNotice text={ct('org.notFound')} />;
  return <NewContactForm data={loaded.data} person={person} />;
}

/** Without an organisation in the address: ask which one, then open its form. */
function PickOwner({ person }: { person: boolean }) {
  const { ct } = useText();
  const navigate = useNavigate();
  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <h1>{person ? ct('newContact.personTitle') : ct('newContact.pointTitle')}</h1>
        <p className="lead">{ct('newContact.pickTitle')}</p>
      </header>
      <OrganisationPicker
        label={ct('newContact.pickLabel')}
        hint={ct('newContact.pickHint')}
        onPick={(place) =>
          navigate(
            `/coordinate/new/contact?owner=${encodeURIComponent(place.id)}${person ? '&type=person' : ''}`,
            { replace: true },
          )
        }
      />
    </div>
  );
}

function NewContactForm({ data, person }: { data: ContactOwner; person: boolean }) {
  const { ct, lang } = useText();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const organisation = data.organisation as NonNullable<ContactOwner['organisation']>;
  const [values, setValues] = useState<Values>({
    kind: 'MAILBOX',
    languages: ['nl'],
    unit: '',
  });
  const [responsibilities, setResp] = useState<Values>({});
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [touched, setTouched] = useState(false);
  useLeaveGuard(touched);
  const set = (field: string, value: unknown) => {
    setTouched(true);
    setValues((v) => ({ ...v, [field]: value }));
  };
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const labelOf = (field: string) =>
    field === 'responsibilities' ? ct('field.responsibilities') : label(field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const checks = person ? { ...PERSON_CHECKS, ...TIE_CHECKS } : CONTACT_POINT_CHECKS;
    const found = validate(checks, values);
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length > 0) return;
    setPending(true);
    const workplace =
      typeof values.unit === 'string' && values.unit ? values.unit : organisation.id;
    try {
      const created = person
        ? await createPerson(personInput(values, workplace), lang)
        : await createContactPoint(contactPointInput(values, workplace), lang);
      const list = responsibilityList(responsibilities, data.barriers);
      if (list.length > 0) await setResponsibilities(created.id, created.version, list, lang);
      navigate(`/coordinate/contact/${encodeURIComponent(created.id)}?created=1`);
    } catch (thrown) {
      const error = asApiError(thrown);
      const onFields = serverProblems(error, ct('problem.duplicate'));
      if (onFields) setProblems(onFields);
      else setFailure(error);
      setPending(false);
    }
  };

  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{organisation.name}</p>
        <h1>{person ? ct('newContact.personTitle') : ct('newContact.pointTitle')}</h1>
        <p className="lead">
          {person ? ct('newContact.personIntro') : ct('newContact.pointIntro')}
        </p>
        <p className="page__links">
          <Link to={`/coordinate/organisation/${encodeURIComponent(organisation.id)}`}>
            {ct('contact.toOrganisation', { name: organisation.name })}
          </Link>
        </p>
      </header>
      <form id={FORM} className="stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${labelOf(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId(FORM, field)}
        />
        {failure && <FormFailure error={failure} />}
        <section className="edit-section card" aria-labelledby="new-contact-details">
          <h2 id="new-contact-details" className="edit-section__title">
            {person ? ct('contact.personDetails') : ct('contact.pointDetails')}
          </h2>
          {organisation.units.length > 0 && (
            <SelectField
              id={controlId(FORM, 'unit')}
              label={label('unit')}
              value={typeof values.unit === 'string' ? values.unit : ''}
              onChange={(value) => set('unit', value)}
              empty={ct('newContact.wholeOrganisation', { name: organisation.name })}
              options={organisation.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
          <ContactFields form={FORM} person={person} values={values} set={set} errorOf={errorOf} />
          {person && (
            <div className="form-grid">
              <TextField
                id={controlId(FORM, 'function')}
                label={label('function')}
                value={typeof values.function === 'string' ? values.function : ''}
                onChange={(value) => set('function', value)}
                error={errorOf('function')}
                optional
              />
              <TextField
                id={controlId(FORM, 'from')}
                label={label('from')}
                type="date"
                value={typeof values.from === 'string' ? values.from : ''}
                onChange={(value) => set('from', value)}
                error={errorOf('from')}
                optional
              />
            </div>
          )}
        </section>
        <section className="edit-section card" aria-labelledby="new-contact-resp">
          <h2 id="new-contact-resp" className="edit-section__title">
            {ct('contact.responsibilities')}
          </h2>
          <p className="muted small">{ct('contact.responsibilitiesIntro')}</p>
          <ResponsibilityRows
            id={controlId(FORM, 'responsibilities')}
            barriers={data.barriers}
            values={responsibilities}
            set={(key, priority: Priority | null) => setResp((r) => ({ ...r, [key]: priority }))}
            error={errorOf('responsibilities')}
          />
        </section>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('newContact.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
