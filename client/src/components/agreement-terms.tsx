/**
 * What a sharing agreement allows, as staff read it on an organisation's page and in a
 * who-to-call answer: the legal basis, the direction, the kinds of data and the conditions.
 * The fragment is what those screens select of an agreement, so both read the same fields.
 */

import type { MessageKey } from '../i18n/nl';
import { graphql, type ResultOf } from '../lib/documents';
import { useI18n } from '../lib/i18n';

export const AGREEMENT_TERMS = graphql(`
  fragment AgreementTerms on SharingAgreement {
    id
    mutual
    crossBorder
    dataCategories
    conditions(lang: $lang)
    from {
      id
      name
    }
    to {
      id
      name
    }
    legalBases {
      id
      code
      name(lang: $lang)
      citation
    }
  }
`);

export type AgreementTermsData = ResultOf<typeof AGREEMENT_TERMS>;

/** The agreement's terms as paragraphs; the caller gives the list item around them. */
export function AgreementTerms({ agreement }: { agreement: AgreementTermsData }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <strong>{t('sharing.basis')}: </strong>
        {agreement.legalBases.map((basis) => basis.name).join('; ')}
      </p>
      <p className="muted">
        {agreement.mutual
          ? t('sharing.mutual')
          : t('sharing.direction', { from: agreement.from.name, to: agreement.to.name })}
        {agreement.crossBorder ? ` · ${t('sharing.crossBorder')}` : ''}
      </p>
      {agreement.dataCategories.length > 0 && (
        <p>
          <strong>{t('sharing.data')}: </strong>
          {agreement.dataCategories
            .map((code) => t(`dataCategory.${code}` as MessageKey))
            .join(', ')}
        </p>
      )}
      {agreement.conditions && (
        <p>
          <strong>{t('sharing.conditions')}: </strong>
          {agreement.conditions}
        </p>
      )}
    </>
  );
}
