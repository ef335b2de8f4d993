/** What the user's organisation may share with this partner, and on which legal basis. */

import { AgreementTerms } from '../../../components/agreement-terms';
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
            <AgreementTerms agreement={agreement} />
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
