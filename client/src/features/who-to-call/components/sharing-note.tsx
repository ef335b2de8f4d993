/** What the user's organisation may share with this partner, and on which legal basis. */

import type { MessageKey } from '../../../i18n/nl';
import { useI18n } from '../../../lib/i18n';
import { useViewer } from '../../../lib/viewer';
import type { AnswerEntry } from '../api/who-to-call';

export function SharingNote({ sharing }: { sharing: AnswerEntry['sharing'] }) {
  const { t } = useI18n();
  const { viewer } = useViewer();

  let body: React.ReactNode;
  let tone = 'sharing--neutral';
  if (!sharing) {
    body = <p>{viewer ? t('sharing.noOrganisation') : t('sharing.signIn')}</p>;
  } else if (sharing.ownOrganisation) {
    body = <p>{t('sharing.own')}</p>;
  } else if (!sharing.recorded || sharing.agreements.length === 0) {
    tone = 'sharing--none';
    body = <p>{t('sharing.none')}</p>;
  } else {
    tone = 'sharing--recorded';
    body = (
      <ul className="plain">
        {sharing.agreements.map((agreement) => (
          <li key={agreement.id} className="agreement">
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
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className={`sharing ${tone}`}>
      <p className="sharing__title">{t('sharing.title')}</p>
      {body}
    </div>
  );
}
