/**
 * Under the form-of-exploitation step: one sentence that says what the choice changed in the
 * answer ("Because you chose …: 2 partners that handle it are shown first; 1 that handles only
 * other forms is left out (…)"). Announced politely when it changes.
 */
import { useI18n } from '../../../lib/i18n';
import type { FormEffect } from '../api/who-to-call';

/** The sentence for an effect, in the reader's language. */
export function useFormEffectSentence(effect: FormEffect | null | undefined): string {
  const { t, tn } = useI18n();
  if (!effect) return '';
  const parts: string[] = [];
  if (effect.shownFirst.length > 0)
    parts.push(tn('wtc.formEffect.first', effect.shownFirst.length));
  if (effect.leftOut.length > 0)
    parts.push(
      tn('wtc.formEffect.leftOut', effect.leftOut.length, {
        names: effect.leftOut.map((o) => o.name).join(', '),
      }),
    );
  if (effect.contactsLeftOut > 0) parts.push(tn('wtc.formEffect.contacts', effect.contactsLeftOut));
  const body = parts.length > 0 ? parts.join('; ') : t('wtc.formEffect.nothing');
  return `${t('wtc.formEffect.intro', { form: effect.form.name })} ${body}.`;
}

export function FormEffectNote({ effect }: { effect: FormEffect | null | undefined }) {
  const sentence = useFormEffectSentence(effect);
  return (
    <p className="form-effect" role="status" aria-live="polite">
      {sentence}
    </p>
  );
}
