/** The fields of a contact point or a person, shared by the new and the edit form. */
import type { MessageKey } from '../../../i18n/nl';
import { CONTACT_KINDS } from '../../../lib/schema';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import { CONTACT_LANGUAGES } from '../utils/forms';
import { ExploitationFormsField } from './exploitation-forms-field';
import { CheckboxGroup, controlId, SelectField, TextField } from './form-kit';
import { useFieldLabel } from './labels';

interface Props {
  form: string;
  person: boolean;
  values: Values;
  set: (field: string, value: unknown) => void;
  errorOf: (field: string) => string | undefined;
}

export function ContactFields({ form, person, values, set, errorOf }: Props) {
  const { t, ct } = useText();
  const label = useFieldLabel();
  const text = (field: string) =>
    typeof values[field] === 'string' ? (values[field] as string) : '';
  const input = (field: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={controlId(form, field)}
      label={label(field)}
      value={text(field)}
      onChange={(value) => set(field, value)}
      error={errorOf(field)}
      {...extra}
    />
  );
  return (
    <div className="form-grid">
      {person ? (
        <>
          {input('firstName', { autoComplete: 'off' })}
          {input('lastName', { autoComplete: 'off' })}
        </>
      ) : (
        <>
          <SelectField
            id={controlId(form, 'kind')}
            label={label('kind')}
            value={text('kind')}
            onChange={(value) => set('kind', value)}
            options={CONTACT_KINDS.map((kind) => ({
              value: kind,
              label: t(`contactKind.${kind}` as MessageKey),
            }))}
            hint={ct('hint.kind')}
          />
          <div className="form-grid__wide form-grid__three">
            {input('nameNl', { lang: 'nl' })}
            {input('nameFr', { lang: 'fr', optional: true })}
            {input('nameEn', { lang: 'en', optional: true })}
          </div>
        </>
      )}
      {input('email', {
        type: 'email',
        inputMode: 'email',
        optional: true,
        hint: person ? undefined : ct('hint.email'),
      })}
      {input('phone', { type: 'tel', inputMode: 'tel', optional: true, hint: ct('hint.phone') })}
      {!person && (
        <div className="form-grid__wide form-grid__three">
          {input('hoursNl', { lang: 'nl', optional: true, hint: ct('hint.hours') })}
          {input('hoursFr', { lang: 'fr', optional: true })}
          {input('hoursEn', { lang: 'en', optional: true })}
        </div>
      )}
      <div className="form-grid__wide">
        <CheckboxGroup
          id={controlId(form, 'languages')}
          legend={label('languages')}
          options={CONTACT_LANGUAGES.map((code) => ({
            value: code,
            label: t(`langName.${code}` as MessageKey),
          }))}
          selected={Array.isArray(values.languages) ? (values.languages as string[]) : []}
          onChange={(list) =>
            set(
              'languages',
              CONTACT_LANGUAGES.filter((code) => list.includes(code)),
            )
          }
          error={errorOf('languages')}
          columns
        />
      </div>
      <div className="form-grid__wide">
        <ExploitationFormsField
          form={form}
          selected={
            Array.isArray(values.exploitationForms) ? (values.exploitationForms as string[]) : []
          }
          onChange={(codes) => set('exploitationForms', codes)}
          error={errorOf('exploitationForms')}
        />
      </div>
    </div>
  );
}
