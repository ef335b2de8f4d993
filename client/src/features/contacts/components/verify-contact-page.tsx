/**
 * /verify-contact: the page a contact's verification mail opens, without an account (its token in
 * the fragment, which never reaches a server log). It shows only that entry and one choice: "this
 * is right" (verified today) or "something is wrong" (what should change goes to a coordinator as
 * a proposal). Apart from that, the contact can stop these mails.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../../../shared/rules/limits';
import { usePageTitle } from '../../../components/page-title';
import { ApiError, asApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { takeLinkToken } from '../../../lib/link-token';
import {
  confirmOwnContact,
  type OwnEntry,
  ownEntry,
  proposeCorrection,
  stopContactMail,
} from '../api/own-entry';
import './verify-contact.css';

const MESSAGE_MAX = LIMITS.reportMessage;

type Choice = 'right' | 'wrong';
interface Problem {
  field: 'choice' | 'message';
  message: string;
}

export function VerifyContactPage() {
  const { t, lang } = useI18n();
  const [token] = useState(takeLinkToken);
  const [entry, setEntry] = useState<OwnEntry | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(
    token ? null : t('verifyContact.noToken'),
  );
  const [choice, setChoice] = useState<Choice | null>(null);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const doneBox = useRef<HTMLDivElement>(null);
  usePageTitle(t('verifyContact.title'));

  useEffect(() => {
    if (!token) return;
    let live = true;
    ownEntry(token, lang)
      .then((found) => live && setEntry(found))
      .catch((thrown) => {
        if (!live) return;
        const error = asApiError(thrown);
        const onLink = error.fieldErrors.find((f) => f.field === 'token');
        setLinkProblem(
          onLink?.message ??
            t(`error.${error instanceof ApiError ? error.generalCode : 'INTERNAL'}`),
        );
      });
    return () => {
      live = false;
    };
  }, [token, lang, t]);

  // The mail's "no more mails" link (?stop) opens the page at that choice.
  useEffect(() => {
    if (entry && window.location.search.includes('stop'))
      document.getElementById('verify-stop-title')?.scrollIntoView({ block: 'start' });
  }, [entry]);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  useEffect(() => {
    if (done) doneBox.current?.focus();
  }, [done]);

  const fail = (thrown: unknown) => {
    const error = asApiError(thrown);
    const onLink = error.fieldErrors.find((f) => f.field === 'token');
    const onMessage = error.fieldErrors.find((f) => f.field === 'message');
    if (onLink) setLinkProblem(onLink.message);
    else if (onMessage) setProblems([{ field: 'message', message: onMessage.message }]);
    else setLinkProblem(t(`error.${error instanceof ApiError ? error.generalCode : 'INTERNAL'}`));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!choice) found.push({ field: 'choice', message: t('verifyContact.error.choice') });
    if (choice === 'wrong' && !message.trim())
      found.push({ field: 'message', message: t('verifyContact.error.message') });
    if (choice === 'wrong' && message.trim().length > MESSAGE_MAX)
      found.push({
        field: 'message',
        message: t('verifyContact.error.tooLong', { max: MESSAGE_MAX }),
      });
    setProblems(found);
    if (found.length > 0) return;
    setPending(true);
    try {
      if (choice === 'right') {
        await confirmOwnContact(token, lang);
        setDone(t('verifyContact.confirmed'));
      } else {
        await proposeCorrection(token, message, lang);
        setDone(t('verifyContact.proposed'));
      }
    } catch (thrown) {
      fail(thrown);
    } finally {
      setPending(false);
    }
  };

  const stop = async () => {
    setPending(true);
    try {
      await stopContactMail(token, lang);
      setStopped(true);
    } catch (thrown) {
      fail(thrown);
    } finally {
      setPending(false);
    }
  };

  const problemOf = (field: Problem['field']) => problems.find((p) => p.field === field);

  return (
    <div className="page page--narrow verify-contact">
      <h1>{t('verifyContact.title')}</h1>
      {linkProblem ? (
        <div className="notice notice--error" role="alert">
          <p>{linkProblem}</p>
        </div>
      ) : done ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={doneBox}>
          <p>{done}</p>
          <p>{t('verifyContact.closeWindow')}</p>
        </div>
      ) : !entry ? (
        <p role="status">{t('verifyContact.loading')}</p>
      ) : (
        <>
          {problems.length > 0 && (
            <div ref={summary} className="verify-contact__summary" role="alert" tabIndex={-1}>
              <h2>{t('verifyContact.error.title')}</h2>
              <ul>
                {problems.map((p) => (
                  <li key={p.field}>
                    <a href={`#verify-${p.field}`}>{p.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="lead">{t('verifyContact.intro')}</p>
          <dl className="verify-contact__entry card">
            <dt>
              {entry.type === 'PERSON' ? t('verifyContact.name') : t('verifyContact.pointName')}
            </dt>
            <dd>{entry.name}</dd>
            {entry.function && (
              <>
                <dt>{t('verifyContact.function')}</dt>
                <dd>{entry.function}</dd>
              </>
            )}
            <dt>{t('verifyContact.email')}</dt>
            <dd>{entry.email ?? '—'}</dd>
            <dt>{t('verifyContact.phone')}</dt>
            <dd>{entry.phone ?? '—'}</dd>
            <dt>{t('verifyContact.organisation')}</dt>
            <dd>{entry.organisationName ?? '—'}</dd>
          </dl>
          <form className="stack" onSubmit={submit} noValidate>
            <fieldset
              className="verify-contact__choices"
              aria-describedby={problemOf('choice') ? 'verify-choice-error' : undefined}
            >
              <legend className="label">{t('verifyContact.question')}</legend>
              {problemOf('choice') && (
                <p id="verify-choice-error" className="verify-contact__error">
                  {problemOf('choice')?.message}
                </p>
              )}
              <label className="verify-contact__choice">
                <input
                  id="verify-choice"
                  type="radio"
                  name="choice"
                  checked={choice === 'right'}
                  onChange={() => setChoice('right')}
                />
                <span>{t('verifyContact.right')}</span>
              </label>
              <label className="verify-contact__choice">
                <input
                  type="radio"
                  name="choice"
                  checked={choice === 'wrong'}
                  onChange={() => setChoice('wrong')}
                />
                <span>{t('verifyContact.wrong')}</span>
              </label>
            </fieldset>
            {choice === 'wrong' && (
              <div className="field">
                <label className="label" htmlFor="verify-message">
                  {t('verifyContact.message')}
                </label>
                <p className="hint" id="verify-message-hint">
                  {t('verifyContact.messageHint', { max: MESSAGE_MAX })}
                </p>
                {problemOf('message') && (
                  <p id="verify-message-error" className="verify-contact__error">
                    {problemOf('message')?.message}
                  </p>
                )}
                <textarea
                  id="verify-message"
                  className="input verify-contact__message"
                  rows={5}
                  maxLength={MESSAGE_MAX + 100}
                  aria-describedby={`verify-message-hint${problemOf('message') ? ' verify-message-error' : ''}`}
                  aria-invalid={problemOf('message') ? true : undefined}
                  value={message}
                  onChange={(event) => setMessage(event.target.value)}
                />
              </div>
            )}
            <div>
              <button type="submit" className="button" disabled={pending}>
                {t('verifyContact.submit')}
              </button>
            </div>
          </form>
          <section className="verify-contact__stop" aria-labelledby="verify-stop-title">
            <h2 id="verify-stop-title">{t('verifyContact.stopTitle')}</h2>
            {stopped || entry.mailStopped ? (
              <p role="status" className="notice notice--success">
                {t('verifyContact.stopped')}
              </p>
            ) : (
              <>
                <p>{t('verifyContact.stopIntro')}</p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={stop}
                  disabled={pending}
                >
                  {t('verifyContact.stop')}
                </button>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
