/**
 * What a contact is the one to call for: rows of barrier, role and first-or-backup. The value is
 * a record "BARRIER:ROLE" → PRIMARY | BACKUP, so each row can be compared on its own.
 */
import { useId, useState } from 'react';
import type { MessageKey } from '../../../i18n/nl';
import { type Priority, ROLES, type Role } from '../../../lib/schema';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';

export const responsibilityKey = (barrier: string, role: string) => `${barrier}:${role}`;

/** The record as the API's list, in the order of the barriers. */
export function responsibilityList(values: Values, barriers: { code: string }[]) {
  const order = (code: string) => barriers.findIndex((b) => b.code === code);
  return Object.entries(values)
    .filter(([, priority]) => priority === 'PRIMARY' || priority === 'BACKUP')
    .map(([key, priority]) => {
      const [barrier = '', role = ''] = key.split(':');
      return { barrier, role: role as Role, priority: priority as Priority };
    })
    .sort((a, b) => order(a.barrier) - order(b.barrier) || a.role.localeCompare(b.role));
}

export function responsibilityValues(
  list: { barrier: { code: string }; role: Role | null; priority: Priority }[],
): Values {
  return Object.fromEntries(
    list.map((r) => [responsibilityKey(r.barrier.code, r.role ?? 'SIGNAL'), r.priority]),
  );
}

interface Props {
  id: string;
  barriers: { code: string; name: string }[];
  values: Values;
  set: (key: string, priority: Priority | null) => void;
  error?: string | undefined;
}

export function ResponsibilityRows({ id, barriers, values, set, error }: Props) {
  const { t, ct } = useText();
  const base = useId();
  const [barrier, setBarrier] = useState(barriers[0]?.code ?? '');
  const [role, setRole] = useState<Role>('SIGNAL');
  const [priority, setPriority] = useState<Priority>('PRIMARY');
  const rows = responsibilityList(values, barriers);
  const barrierName = (code: string) => barriers.find((b) => b.code === code)?.name ?? code;

  return (
    <div id={id} className="responsibilities" tabIndex={-1}>
      {error && <p className="form-field__error">{error}</p>}
      {rows.length === 0 ? (
        <p className="muted">{ct('resp.none')}</p>
      ) : (
        <ul className="responsibilities__list">
          {rows.map((row) => {
            const key = responsibilityKey(row.barrier, row.role);
            const name = `${barrierName(row.barrier)} — ${t(`role.${row.role}` as MessageKey)}`;
            return (
              <li key={key} className="responsibilities__row">
                <span className="responsibilities__what">{name}</span>
                <label className="visually-hidden" htmlFor={`${base}-${key}`}>
                  {ct('resp.priorityOf', { name })}
                </label>
                <select
                  id={`${base}-${key}`}
                  className="input input--compact"
                  value={row.priority}
                  onChange={(event) => set(key, event.target.value as Priority)}
                >
                  <option value="PRIMARY">{t('priority.PRIMARY')}</option>
                  <option value="BACKUP">{t('priority.BACKUP')}</option>
                </select>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={ct('resp.remove', { name })}
                  onClick={() => set(key, null)}
                >
                  {ct('form.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset className="responsibilities__add">
        <legend className="label">{ct('resp.add')}</legend>
        <div className="responsibilities__add-fields">
          <div className="field">
            <label className="label label--small" htmlFor={`${base}-barrier`}>
              {ct('resp.barrier')}
            </label>
            <select
              id={`${base}-barrier`}
              className="input"
              value={barrier}
              onChange={(event) => setBarrier(event.target.value)}
            >
              {barriers.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label label--small" htmlFor={`${base}-role`}>
              {ct('resp.role')}
            </label>
            <select
              id={`${base}-role`}
              className="input"
              value={role}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label label--small" htmlFor={`${base}-priority`}>
              {ct('resp.priority')}
            </label>
            <select
              id={`${base}-priority`}
              className="input"
              value={priority}
              onChange={(event) => setPriority(event.target.value as Priority)}
            >
              <option value="PRIMARY">{t('priority.PRIMARY')}</option>
              <option value="BACKUP">{t('priority.BACKUP')}</option>
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => barrier && set(responsibilityKey(barrier, role), priority)}
          >
            {ct('resp.addButton')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
