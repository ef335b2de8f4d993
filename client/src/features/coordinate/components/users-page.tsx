/**
 * `/users` (administrators): create accounts with a role, an organisation and — for
 * coordinators — a scope; change role and scope; disable an account (its sessions end).
 * The form kit and the coordinator catalogue are the coordinate feature's.
 */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { LANGS, type Lang } from '../../../lib/i18n';
import { USER_ROLES } from '../../../lib/schema';
import type { UserRole } from '../../../lib/viewer';
import { useViewer } from '../../../lib/viewer';
import type { RegionOption } from '../api/organisation';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { NEW_USER_CHECKS } from '../utils/forms';
import { problemMessage, serverProblems } from '../utils/problems';
import { type Check, validate } from '../utils/validation';
import { FormFailure } from './edit-section';
import {
  controlId,
  ErrorSummary,
  FormStatus,
  SelectField,
  type ShownProblem,
  TextField,
} from './form-kit';
import { OrganisationPicker } from './organisation-picker';
import { LoadFailure, RequireEditor } from './page-parts';
import { RegionChoices } from './region-choices';
import { SsoMappings } from './sso-mappings';
import '../styles/coordinate.css';
import {
  type Account,
  createUser,
  fetchOrganisationNames,
  fetchUsers,
  resetSecondFactor,
  setSecondFactorRoles,
  type UsersData,
  updateUser,
} from '../api/users';

const ROLES = USER_ROLES;

export function UsersPage() {
  return (
    <RequireEditor adminOnly>
      <Users />
    </RequireEditor>
  );
}

function Users() {
  const { ct, lang } = useText();
  usePageTitle(ct('users.title'));
  const loaded = useLoad(
    () => Promise.all([fetchUsers(lang), fetchOrganisationNames(lang)]),
    [lang],
  );
  const [extra, setExtra] = useState<Record<string, string>>({});
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [data, orgNames] = loaded.data;
  const names = { ...orgNames, ...extra };
  const learn = (id: string, name: string) => setExtra((e) => ({ ...e, [id]: name }));
  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('dashboard.kickerAdmin')}</p>
        <h1>{ct('users.title')}</h1>
        <p className="lead">{ct('users.intro')}</p>
      </header>
      <div className="edit-layout edit-layout--wide-last">
        <NewUser data={data} names={names} learn={learn} onCreated={loaded.reload} />
        <UserList data={data} names={names} learn={learn} onChanged={loaded.reload} />
      </div>
      <SecondFactorPolicy roles={data.secondFactorRoles} onSaved={loaded.reload} />
      <SsoMappings regions={data.regions as RegionOption[]} />
    </div>
  );
}

interface Draft {
  name: string;
  email: string;
  role: UserRole;
  organisationId: string;
  scopeIds: string[];
  password: string;
  /** Mail an invitation: the user chooses their own password (the default). */
  invite: boolean;
  language: Lang;
}

const CREATE_CHECKS: Record<string, Check> = NEW_USER_CHECKS;

/** Role, organisation and scope: the part of an account both forms edit. */
function AccessFields({
  form,
  draft,
  set,
  data,
  names,
  learn,
}: {
  form: string;
  draft: Pick<Draft, 'role' | 'organisationId' | 'scopeIds'>;
  set: (patch: Partial<Draft>) => void;
  data: UsersData;
  names: Record<string, string>;
  learn: (id: string, name: string) => void;
}) {
  const { t, ct } = useText();
  const regions = data.regions as RegionOption[];
  const regionIds = new Set(regions.map((r) => r.id));
  const scopeOrgs = draft.scopeIds.filter((id) => !regionIds.has(id));
  return (
    <>
      <SelectField
        id={controlId(form, 'role')}
        label={ct('users.role')}
        value={draft.role}
        onChange={(role) => set({ role: role as UserRole })}
        options={ROLES.map((role) => ({ value: role, label: t(`userRole.${role}` as MessageKey) }))}
        hint={ct('users.roleHint')}
      />
      <div className="field" id={controlId(form, 'organisationId')} tabIndex={-1}>
        {draft.organisationId ? (
          <>
            <span className="label">{ct('users.organisation')}</span>
            <p className="picked__item">
              <span>{names[draft.organisationId] ?? draft.organisationId}</span>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => set({ organisationId: '' })}
              >
                {ct('form.remove')}
              </button>
            </p>
          </>
        ) : (
          <OrganisationPicker
            label={ct('users.organisation')}
            hint={ct('users.organisationHint')}
            onPick={(place) => {
              learn(place.id, place.name);
              set({ organisationId: place.id });
            }}
          />
        )}
      </div>
      {draft.role === 'COORDINATOR' && (
        <div className="stack">
          <RegionChoices
            id={controlId(form, 'scopeIds')}
            legend={ct('users.scopeRegions')}
            regions={regions}
            selected={draft.scopeIds.filter((id) => regionIds.has(id))}
            onChange={(ids) => set({ scopeIds: [...ids, ...scopeOrgs] })}
          />
          <div className="field">
            <span className="label">{ct('users.scopeOrganisations')}</span>
            {scopeOrgs.length > 0 && (
              <ul className="picked">
                {scopeOrgs.map((id) => (
                  <li key={id} className="picked__item">
                    <span>{names[id] ?? id}</span>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => set({ scopeIds: draft.scopeIds.filter((x) => x !== id) })}
                    >
                      {ct('form.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <OrganisationPicker
              label={ct('users.addScopeOrganisation')}
              exclude={scopeOrgs}
              onPick={(place) => {
                learn(place.id, place.name);
                set({ scopeIds: [...draft.scopeIds, place.id] });
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}

function NewUser({
  data,
  names,
  learn,
  onCreated,
}: {
  data: UsersData;
  names: Record<string, string>;
  learn: (id: string, name: string) => void;
  onCreated: () => void;
}) {
  const { t, ct, lang } = useText();
  const empty: Draft = {
    name: '',
    email: '',
    role: 'STAFF',
    organisationId: '',
    scopeIds: [],
    password: '',
    invite: true,
    language: lang,
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<{
    email: string;
    password: string | null;
    invite: boolean;
    invited: boolean;
  } | null>(null);
  const [pending, setPending] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const labels: Record<string, string> = {
    name: ct('users.name'),
    email: ct('users.email'),
    password: ct('users.password'),
    scopeIds: ct('users.scopeRegions'),
    organisationId: ct('users.organisation'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setCreated(null);
    const found = validate(CREATE_CHECKS, { ...draft });
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length) return;
    setPending(true);
    try {
      const result = await createUser(
        {
          name: draft.name.trim(),
          email: draft.email.trim(),
          role: draft.role,
          organisationId: draft.organisationId || undefined,
          scopeIds: draft.role === 'COORDINATOR' ? draft.scopeIds : [],
          password: draft.invite ? undefined : draft.password || undefined,
          invite: draft.invite,
          language: draft.language,
        },
        lang,
      );
      setCreated({
        email: result.account.email,
        password: result.password,
        invite: draft.invite,
        invited: result.invited,
      });
      setDraft(empty);
      onCreated();
    } catch (thrown) {
      const error = asApiError(thrown);
      const mapped = serverProblems(error, ct('users.duplicate'));
      if (mapped) setProblems(mapped);
      else setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="edit-section card" aria-labelledby="new-user-title">
      <h2 id="new-user-title" className="edit-section__title">
        {ct('users.new')}
      </h2>
      {created && (
        <div className="notice notice--success" role="status">
          <p>{ct('users.created', { email: created.email })}</p>
          {created.invite && (
            <p>{created.invited ? ct('users.invited') : ct('users.inviteFailed')}</p>
          )}
          {created.password && (
            <>
              <p>{ct('users.passwordOnce')}</p>
              <p>
                <code className="secret">{created.password}</code>
              </p>
            </>
          )}
        </div>
      )}
      <form id="new-user" className="stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({
            ...p,
            message: `${labels[p.field] ?? p.field}: ${p.message}`,
          }))}
          idOf={(field) => controlId('new-user', field)}
        />
        {failure && <FormFailure error={failure} />}
        <TextField
          id={controlId('new-user', 'name')}
          label={labels.name ?? ''}
          value={draft.name}
          onChange={(name) => set({ name })}
          error={errorOf('name')}
        />
        <TextField
          id={controlId('new-user', 'email')}
          label={labels.email ?? ''}
          type="email"
          inputMode="email"
          value={draft.email}
          onChange={(email) => set({ email })}
          error={errorOf('email')}
        />
        <AccessFields
          form="new-user"
          draft={draft}
          set={set}
          data={data}
          names={names}
          learn={learn}
        />
        <label className="choice choice--single">
          <input
            type="checkbox"
            checked={draft.invite}
            onChange={(event) => set({ invite: event.target.checked, password: '' })}
          />
          <span>
            {ct('users.invite')}
            <span className="choice__detail">{ct('users.inviteHint')}</span>
          </span>
        </label>
        {draft.invite ? (
          <SelectField
            id={controlId('new-user', 'language')}
            label={ct('users.language')}
            value={draft.language}
            onChange={(language) => set({ language: language as Lang })}
            options={LANGS.map((code) => ({ value: code, label: t(`lang.${code}` as MessageKey) }))}
          />
        ) : (
          <TextField
            id={controlId('new-user', 'password')}
            label={labels.password ?? ''}
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(password) => set({ password })}
            error={errorOf('password')}
            hint={ct('users.passwordHint')}
            optional
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('users.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

function UserList({
  data,
  names,
  learn,
  onChanged,
}: {
  data: UsersData;
  names: Record<string, string>;
  learn: (id: string, name: string) => void;
  onChanged: () => void;
}) {
  const { t, ct } = useText();
  const [open, setOpen] = useState<string | null>(null);
  const regionNames = Object.fromEntries(data.regions.map((r) => [r.id, r.name]));
  const users = [...data.users].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="edit-section card" aria-labelledby="user-list-title">
      <h2 id="user-list-title" className="edit-section__title">
        {ct('users.list')}
      </h2>
      <ul className="user-list">
        {users.map((user) => (
          <li
            key={user.id}
            className={`user-list__item ${user.disabled ? 'user-list__item--disabled' : ''}`}
          >
            <div className="user-list__head">
              <p>
                <strong>{user.name}</strong> <span className="muted small">{user.email}</span>
              </p>
              <p className="small">
                <span className="badge">{t(`userRole.${user.role}` as MessageKey)}</span>{' '}
                {user.disabled && (
                  <span className="badge badge--warning">{ct('users.disabled')}</span>
                )}{' '}
                {user.secondFactor && <span className="badge">{ct('users.twoStepOn')}</span>}{' '}
                {user.organisationId && (names[user.organisationId] ?? user.organisationId)}
              </p>
              {user.role === 'COORDINATOR' && (
                <p className="small muted">
                  {ct('users.scope')}:{' '}
                  {user.scopeIds.length
                    ? user.scopeIds.map((id) => regionNames[id] ?? names[id] ?? id).join(', ')
                    : ct('users.noScope')}
                </p>
              )}
              <button
                type="button"
                className="button button--small button--secondary"
                aria-expanded={open === user.id}
                aria-label={ct('users.changeFor', { name: user.name })}
                onClick={() => setOpen(open === user.id ? null : user.id)}
              >
                {ct('users.change')}
              </button>
            </div>
            {open === user.id && (
              <EditUser user={user} data={data} names={names} learn={learn} onSaved={onChanged} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EditUser({
  user,
  data,
  names,
  learn,
  onSaved,
}: {
  user: Account;
  data: UsersData;
  names: Record<string, string>;
  learn: (id: string, name: string) => void;
  onSaved: () => void;
}) {
  const { ct, lang } = useText();
  const { viewer } = useViewer();
  const formId = `user-${user.id}`;
  const [draft, setDraft] = useState({
    role: user.role,
    organisationId: user.organisationId ?? '',
    scopeIds: user.scopeIds,
    disabled: user.disabled,
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const self = viewer?.id === user.id;
  // Kept after a reset (the reloaded list says it is off), so its confirmation stays in view.
  const [hadSecondFactor] = useState(user.secondFactor);
  const set = (patch: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      await updateUser(
        user.id,
        {
          role: draft.role,
          organisationId: draft.organisationId,
          scopeIds: draft.role === 'COORDINATOR' ? draft.scopeIds : [],
          disabled: draft.disabled,
        },
        lang,
      );
      setSaved(true);
      onSaved();
    } catch (thrown) {
      const error = asApiError(thrown);
      const mapped = serverProblems(error, ct('users.duplicate'));
      if (mapped) setProblems(mapped);
      else setFailure(error);
    } finally {
      setPending(false);
    }
  };
  return (
    <form id={formId} className="user-edit stack" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} idOf={(field) => controlId(formId, field)} />
      {failure && <FormFailure error={failure} />}
      <AccessFields form={formId} draft={draft} set={set} data={data} names={names} learn={learn} />
      <label className="choice choice--single">
        <input
          type="checkbox"
          checked={draft.disabled}
          disabled={self}
          onChange={(event) => set({ disabled: event.target.checked })}
        />
        <span>
          {ct('users.disable')}
          <span className="choice__detail">
            {self ? ct('users.notYourself') : ct('users.disableHint')}
          </span>
        </span>
      </label>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? ct('form.saving') : ct('form.save')}
        </button>
      </div>
      <FormStatus text={saved ? ct('form.saved') : null} />
      {hadSecondFactor && <ResetSecondFactor user={user} onDone={onSaved} />}
    </form>
  );
}

/** A lost device: the administrator removes the user's second factor; their sessions end. */
function ResetSecondFactor({ user, onDone }: { user: Account; onDone: () => void }) {
  const { ct, lang } = useText();
  const [sure, setSure] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const reset = async () => {
    setPending(true);
    setFailure(null);
    try {
      await resetSecondFactor(user.id, lang);
      setDone(true);
      onDone();
    } catch (thrown) {
      setFailure(asApiError(thrown));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="stack">
      <h3>{ct('users.twoStepTitle')}</h3>
      <p className="small">{ct('users.twoStepResetHint')}</p>
      {failure && <FormFailure error={failure} />}
      {done ? null : sure ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            disabled={pending}
            onClick={reset}
          >
            {ct('users.twoStepResetConfirm', { name: user.name })}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setSure(false)}>
            {ct('users.twoStepCancel')}
          </button>
        </div>
      ) : (
        <div>
          <button type="button" className="button button--secondary" onClick={() => setSure(true)}>
            {ct('users.twoStepReset')}
          </button>
        </div>
      )}
      <FormStatus text={done ? ct('users.twoStepResetDone', { name: user.name }) : null} />
    </div>
  );
}

/** Which roles must sign in with two-step verification (audited). */
function SecondFactorPolicy({ roles, onSaved }: { roles: UserRole[]; onSaved: () => void }) {
  const { t, ct, lang } = useText();
  const [chosen, setChosen] = useState<UserRole[]>(roles);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      await setSecondFactorRoles(chosen, lang);
      setSaved(true);
      onSaved();
    } catch (thrown) {
      setFailure(asApiError(thrown));
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="edit-section card" aria-labelledby="two-step-policy-title">
      <h2 id="two-step-policy-title" className="edit-section__title">
        {ct('users.twoStepPolicy')}
      </h2>
      <form className="stack" onSubmit={submit} noValidate>
        {failure && <FormFailure error={failure} />}
        <fieldset className="choices">
          <legend className="label">{ct('users.twoStepPolicyLegend')}</legend>
          <p className="hint">{ct('users.twoStepPolicyHint')}</p>
          {ROLES.map((role) => (
            <label key={role} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(role)}
                onChange={(event) => {
                  setSaved(false);
                  setChosen((c) =>
                    event.target.checked ? [...c, role] : c.filter((r) => r !== role),
                  );
                }}
              />
              <span>{t(`userRole.${role}` as MessageKey)}</span>
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('form.save')}
          </button>
        </div>
        <FormStatus text={saved ? ct('form.saved') : null} />
      </form>
    </section>
  );
}
