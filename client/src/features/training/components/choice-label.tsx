/** How a choice reads: a partner's name, an agreement's data and basis, or a measure's name. */
import type { MessageKey } from '../../../i18n/nl';
import { useI18n } from '../../../lib/i18n';
import type { TrainingChoice } from '../api/scenario';
import { useTrainingText } from '../i18n/use-training-text';

type Basis = { name: string; citation: string | null };

/** Legal bases as one phrase: "Name (citation), Name". */
export function basesText(bases: readonly Basis[]): string {
  return bases.map((b) => (b.citation ? `${b.name} (${b.citation})` : b.name)).join(', ');
}

export function useChoiceText() {
  const { t: app } = useI18n();
  const { t } = useTrainingText();
  const dataText = (codes: readonly string[]) =>
    codes.map((c) => app(`dataCategory.${c}` as MessageKey)).join(', ');
  const label = (choice: TrainingChoice): string => {
    if (choice.organisation) return choice.organisation.name;
    if (choice.measure) return choice.measure.name;
    if (choice.agreement) {
      return t('choice.agreement', {
        data: dataText(choice.agreement.dataCategories),
        basis: basesText(choice.agreement.legalBases),
      });
    }
    return t('choice.noAgreement');
  };
  return { label, dataText };
}
