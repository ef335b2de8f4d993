/** The top of an answer: the one or two contacts to call first and why, own colleagues apart. */
import { MailLink, PhoneLink } from '../../../components/contact-details';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { CALLER_NEEDS, type CallerNeed } from '../../../lib/schema';
import type { AnswerContact, FirstCall as FirstCallData } from '../api/who-to-call';
import { firstCallReason } from '../utils/first-call-reason';

function Reach({ contact }: { contact: AnswerContact }) {
  if (contact.phone) return <PhoneLink phone={contact.phone} name={contact.name} />;
  if (contact.email) return <MailLink email={contact.email} name={contact.name} />;
  return null;
}

function ContactLink({ call }: { call: FirstCallData }) {
  return (
    <Link className="first-call__name" to={`/contact/${encodeURIComponent(call.contact.id)}`}>
      {call.contact.name}
    </Link>
  );
}

export function FirstCall({
  firstCall,
  ownColleagues,
  need,
  barrierName,
  onNeedChange,
}: {
  firstCall: FirstCallData[];
  ownColleagues: FirstCallData[];
  need: CallerNeed;
  barrierName: string;
  onNeedChange: (need: CallerNeed) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="first-call" aria-labelledby="first-call-title">
      <h3 id="first-call-title" className="first-call__title">
        {t('firstCall.title')}
      </h3>
      {firstCall.length === 0 ? (
        <p>{t('firstCall.none')}</p>
      ) : (
        <ol className="first-call__list">
          {firstCall.map((call, i) => (
            <li key={call.contact.id} className="first-call__item">
              <p className="first-call__who">
                {i > 0 && <span className="first-call__or">{t('firstCall.or')} </span>}
                <ContactLink call={call} />{' '}
                <span className="first-call__org">
                  {t('firstCall.at', { name: call.organisation.name })}
                </span>
              </p>
              <div className="reach-row">
                <Reach contact={call.contact} />
              </div>
              <p
                className={`first-call__reason${call.reason.stale ? ' first-call__reason--stale' : ''}`}
              >
                {firstCallReason(call, t, barrierName)}
              </p>
            </li>
          ))}
        </ol>
      )}

      {ownColleagues.length > 0 && (
        <div className="own-colleagues">
          <h4 className="own-colleagues__title">{t('firstCall.ownColleagues')}</h4>
          <p className="own-colleagues__hint">{t('firstCall.ownColleaguesHint')}</p>
          <ul className="own-colleagues__list">
            {ownColleagues.map((call) => (
              <li key={call.contact.id} className="own-colleagues__item">
                <ContactLink call={call} />
                <Reach contact={call.contact} />
              </li>
            ))}
          </ul>
        </div>
      )}

      <p className="first-call__need no-print">
        <label htmlFor="caller-need">{t('firstCall.needLabel')}</label>
        <select
          id="caller-need"
          className="input input--inline"
          value={need}
          onChange={(event) => onNeedChange(event.target.value as CallerNeed)}
        >
          {CALLER_NEEDS.map((code) => (
            <option key={code} value={code}>
              {t(`need.${code}`)}
            </option>
          ))}
        </select>
      </p>
    </section>
  );
}
