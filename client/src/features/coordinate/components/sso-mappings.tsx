/**
 * Single sign-on's claim mappings (administrators, on the users page): which claim value of an
 * identity provider gives which role and scope, and whether it may create an account just in time.
 */
import { type FormEvent, useState } from 'react';
import { ssoMappingFields } from '../../../../../shared/rules/sso-mapping';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { USER_ROLES } from '../../../lib/schema';
import type { UserRole } from '../../../lib/viewer';
import type { RegionOption } from '../api/organisation';
import {
  createSsoMapping,
  deleteSsoMapping,
  fetchSsoMappings,
  type SsoMapping,
} from '../api/sso-mappings';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { problemMessage, serverProblems } from '../utils/problems';
import { validate } from '../utils/validation';
import { FormFailure } from './edit-section';
import {
  controlId,
  ErrorSummary,
  FormStatus,
  SelectField,
  type ShownProblem,
  TextField,
} from './form-kit';
import { LoadFailure } from './page-parts';
import { RegionChoices } from './region-choices';

const ROLES = USER_ROLES;
const FORM = 'sso-mapping';

interface Draft {
  provider: string;
  claim: string;
  value: string;
  role: UserRole;
  scopeIds: string[];
  createAccounts: boolean;
}

export function SsoMappings({ regions }: { regions: RegionOption[] }) {
  const { ct, lang } = useText();
  const loaded = useLoad(() => fetchSsoMappings(lang), [lang]);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return null;
  const providers = loaded.data.signInOptions.providers;
  return (
    <section className="edit-section card" aria-labelledby="sso-mappings-title">
      <h2 id="sso-mappings-title" className="edit-section__title">
        {ct('sso.title')}
      </h2>
      <p className="hint">{ct('sso.intro')}</p>
      {providers.length === 0 ? (
        <p>{ct('sso.noProviders')}</p>
      ) : (
        <>
          <MappingList
            mappings={loaded.data.ssoClaimMappings}
            providers={providers}
            regions={regions}
            onChanged={loaded.reload}
          />
          <NewMapping providers={providers} regions={regions} onCreated={loaded.reload} />
        </>
      )}
    </section>
  );
}

function MappingList({
  mappings,
  providers,
  regions,
  onChanged,
}: {
  mappings: SsoMapping[];
  providers: { id: string; name: string }[];
  regions: RegionOption[];
  onChanged: () => void;
}) {
  const { t, ct, lang } = useText();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const regionName = (id: string) => regions.find((r) => r.id === id)?.name ?? id;
  if (mappings.length === 0) return <p>{ct('sso.none')}</p>;
  const remove = async (m: SsoMapping) => {
    setFailure(null);
    setRemoved(null);
    try {
      await deleteSsoMapping(m.id, m.version, lang);
      setRemoved(`${m.claim} = ${m.value}`);
      onChanged();
    } catch (thrown) {
      setFailure(asApiError(thrown));
    }
  };
  return (
    <div className="stack">
      {failure && <FormFailure error={failure} />}
      <FormStatus text={removed ? ct('sso.removed', { what: removed }) : null} />
      <div className="table-scroll">
        <table className="table sso-table">
          <caption className="visually-hidden">{ct('sso.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{ct('sso.provider')}</th>
              <th scope="col">{ct('sso.claimValue')}</th>
              <th scope="col">{ct('sso.role')}</th>
              <th scope="col">{ct('sso.createAccounts')}</th>
              <th scope="col">
                <span className="visually-hidden">{ct('sso.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mappings.map((m) => (
              <tr key={m.id}>
                <td data-label={ct('sso.provider')}>{providerName(m.provider)}</td>
                <td data-label={ct('sso.claimValue')}>
                  <code>{m.claim}</code> = <code>{m.value}</code>
                </td>
                <td data-label={ct('sso.role')}>
                  {t(`userRole.${m.role}` as MessageKey)}
                  {m.scopeIds.length > 0 && (
                    <span className="choice__detail">{m.scopeIds.map(regionName).join(', ')}</span>
                  )}
                </td>
                <td data-label={ct('sso.createAccounts')}>
                  {m.createAccounts ? ct('sso.yes') : ct('sso.no')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => remove(m)}
                  >
                    {ct('sso.remove', { what: `${m.claim} = ${m.value}` })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function NewMapping({
  providers,
  regions,
  onCreated,
}: {
  providers: { id: string; name: string }[];
  regions: RegionOption[];
  onCreated: () => void;
}) {
  const { t, ct, lang } = useText();
  const empty: Draft = {
    provider: providers[0]?.id ?? '',
    claim: 'groups',
    value: '',
    role: 'STAFF',
    scopeIds: [],
    createAccounts: false,
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const labels: Record<string, string> = {
    provider: ct('sso.provider'),
    claim: ct('sso.claim'),
    value: ct('sso.value'),
    scopeIds: ct('users.scopeRegions'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    const found = validate(ssoMappingFields, { claim: draft.claim, value: draft.value });
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length) return;
    setPending(true);
    try {
      await createSsoMapping(
        {
          ...draft,
          claim: draft.claim.trim(),
          value: draft.value.trim(),
          scopeIds: draft.role === 'COORDINATOR' ? draft.scopeIds : [],
        },
        lang,
      );
      setSaved(`${draft.claim.trim()} = ${draft.value.trim()}`);
      setDraft(empty);
      setProblems([]);
      onCreated();
    } catch (thrown) {
      const error = asApiError(thrown);
      const mapped = serverProblems(error, ct('sso.duplicate'));
      if (mapped) setProblems(mapped);
      else setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form id={FORM} className="stack" onSubmit={submit} noValidate>
      <h3>{ct('sso.new')}</h3>
      <ErrorSummary
        problems={problems.map((p) => ({
          ...p,
          message: `${labels[p.field] ?? p.field}: ${p.message}`,
        }))}
        idOf={(field) => controlId(FORM, field)}
      />
      {failure && <FormFailure error={failure} />}
      <SelectField
        id={controlId(FORM, 'provider')}
        label={labels.provider ?? ''}
        value={draft.provider}
        onChange={(provider) => set({ provider })}
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
        error={errorOf('provider')}
      />
      <TextField
        id={controlId(FORM, 'claim')}
        label={labels.claim ?? ''}
        hint={ct('sso.claimHint')}
        value={draft.claim}
        onChange={(claim) => set({ claim })}
        error={errorOf('claim')}
      />
      <TextField
        id={controlId(FORM, 'value')}
        label={labels.value ?? ''}
        hint={ct('sso.valueHint')}
        value={draft.value}
        onChange={(value) => set({ value })}
        error={errorOf('value')}
      />
      <SelectField
        id={controlId(FORM, 'role')}
        label={ct('sso.role')}
        value={draft.role}
        onChange={(role) => set({ role: role as UserRole })}
        options={ROLES.map((role) => ({ value: role, label: t(`userRole.${role}` as MessageKey) }))}
      />
      {draft.role === 'COORDINATOR' && (
        <RegionChoices
          id={controlId(FORM, 'scopeIds')}
          legend={labels.scopeIds ?? ''}
          regions={regions}
          selected={draft.scopeIds}
          onChange={(scopeIds) => set({ scopeIds })}
          error={errorOf('scopeIds')}
        />
      )}
      <label className="choice choice--single">
        <input
          type="checkbox"
          checked={draft.createAccounts}
          onChange={(event) => set({ createAccounts: event.target.checked })}
        />
        <span>
          {ct('sso.createAccountsLabel')}
          <span className="choice__detail">{ct('sso.createAccountsHint')}</span>
        </span>
      </label>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? ct('form.saving') : ct('sso.add')}
        </button>
      </div>
      <FormStatus text={saved ? ct('sso.saved', { what: saved }) : null} />
    </form>
  );
}
