/** `/coordinate/new/organisation`: a new organisation with the area it serves and its roles. */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { useNavigate } from '../../../lib/router';
import { ROLES, type Role } from '../../../lib/schema';
import { useViewer } from '../../../lib/viewer';
import {
  createOrganisation,
  type EditOptions,
  fetchEditOptions,
  setOrganisationRoles,
} from '../api/organisation';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { COVERAGE_CHECKS, ORGANISATION_CHECKS, organisationInput } from '../utils/forms';
import { problemMessage, serverProblems } from '../utils/problems';
import { validate } from '../utils/validation';
import { FormFailure } from './edit-section';
import { CheckboxGroup, controlId, ErrorSummary, type ShownProblem } from './form-kit';
import { useFieldLabel } from './labels';
import { OrganisationFields } from './organisation-forms';
import { LoadFailure, RequireEditor } from './page-parts';
import { RegionChoices } from './region-choices';

const FORM = 'new-org';

export function OrganisationNewPage() {
  return (
    <RequireEditor>
      <NewOrganisation />
    </RequireEditor>
  );
}

function NewOrganisation() {
  const { ct, lang } = useText();
  usePageTitle(ct('newOrg.title'));
  const options = useLoad(() => fetchEditOptions(lang), [lang]);
  if (options.error) return <LoadFailure error={options.error} onRetry={options.reload} />;
  if (!options.data) return <Loading />;
  return <NewOrganisationForm options={options.data} />;
}

function NewOrganisationForm({ options }: { options: EditOptions }) {
  const { t, ct, lang } = useText();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const [values, setValues] = useState<Record<string, unknown>>({
    name: '',
    shortName: '',
    type: 'MUNICIPALITY',
    country: 'BE',
    website: '',
    descriptionNl: '',
    descriptionFr: '',
    descriptionEn: '',
    exploitationForms: [],
  });
  const [coverage, setCoverage] = useState<string[]>([]);
  const [roles, setRoles] = useState<Record<string, Role[]>>({});
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [outside, setOutside] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const labelOf = (field: string) =>
    field === 'coverage' ? ct('org.coverageLegend') : label(field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validate(
      {
        ...ORGANISATION_CHECKS,
        ...(viewer?.role === 'ADMIN' ? {} : COVERAGE_CHECKS),
      },
      { ...values, coverage },
    );
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length > 0) return;
    setPending(true);
    try {
      const created = await createOrganisation(organisationInput(values, coverage), lang);
      const chosen = Object.entries(roles).flatMap(([barrier, list]) =>
        list.map((role) => ({ barrier, role })),
      );
      if (chosen.length > 0) await setOrganisationRoles(created.id, created.version, chosen, lang);
      navigate(`/coordinate/organisation/${encodeURIComponent(created.id)}?created=1`);
    } catch (thrown) {
      const error = asApiError(thrown);
      const onFields = serverProblems(error, ct('problem.duplicate_name'));
      if (onFields) {
        setProblems(onFields);
      } else {
        if (error.code === 'FORBIDDEN') setOutside(error.details.ids ?? []);
        setFailure(error);
      }
      setPending(false);
    }
  };

  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('org.kicker')}</p>
        <h1>{ct('newOrg.title')}</h1>
        <p className="lead">{ct('newOrg.intro')}</p>
      </header>
      <form id={FORM} className="stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${labelOf(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId(FORM, field)}
        />
        {failure && <FormFailure error={failure} />}
        <section className="edit-section card" aria-labelledby="new-org-details">
          <h2 id="new-org-details" className="edit-section__title">
            {ct('org.details')}
          </h2>
          <OrganisationFields
            form={FORM}
            values={values}
            set={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
            errorOf={errorOf}
          />
        </section>
        <section className="edit-section card" aria-labelledby="new-org-coverage">
          <h2 id="new-org-coverage" className="edit-section__title">
            {ct('org.coverage')}
          </h2>
          <p className="muted small">{ct('newOrg.coverageIntro')}</p>
          <RegionChoices
            id={controlId(FORM, 'coverage')}
            legend={ct('org.coverageLegend')}
            regions={options.regions}
            selected={coverage}
            onChange={setCoverage}
            error={errorOf('coverage')}
            outside={outside}
          />
        </section>
        <section className="edit-section card" aria-labelledby="new-org-roles">
          <h2 id="new-org-roles" className="edit-section__title">
            {ct('org.roles')}
          </h2>
          <p className="muted small">{ct('org.rolesIntro')}</p>
          <div className="role-grid">
            {options.barriers.map((barrier) => (
              <CheckboxGroup
                key={barrier.code}
                id={controlId(FORM, `roles-${barrier.code}`)}
                legend={barrier.name}
                options={ROLES.map((role) => ({
                  value: role,
                  label: t(`role.${role}` as MessageKey),
                }))}
                selected={roles[barrier.code] ?? []}
                onChange={(list) => setRoles((r) => ({ ...r, [barrier.code]: list as Role[] }))}
              />
            ))}
          </div>
        </section>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('newOrg.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
