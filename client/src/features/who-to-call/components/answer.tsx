/**
 * The answer: whom to call first, then every partner on one line, nearest first and grouped by
 * scope, each opening to its full card; with vCards, print and share.
 */
import { useState } from 'react';
import { ErrorMessage, Loading } from '../../../components/status';
import type { ApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { type CallerNeed, SCOPES } from '../../../lib/schema';
import { downloadText, toVCardFile, vcfFileName } from '../../../utils/vcard';
import type { WhoToCallAnswer } from '../api/who-to-call';
import { answerVCards } from '../utils/answer-vcards';
import { AnswerRow } from './answer-row';
import { FirstCall } from './first-call';

/** The network view of an answer: the barrier, the place and the partners, and how they connect. */
function graphLink(answer: WhoToCallAnswer): string {
  const barrier = answer.barriers[0]?.id;
  const show = [
    ...answer.barriers.slice(1).map((b) => b.id),
    ...(answer.region ? [answer.region.id] : []),
    ...answer.entries.map((entry) => entry.organisation.id),
  ];
  const focus = barrier ? `focus=${encodeURIComponent(barrier)}&expand=&group=none&` : '';
  return `/graph?${focus}show=${show.map(encodeURIComponent).join(',')}`;
}

export function Answer({
  answer,
  loading,
  error,
  onRetry,
  barrierName,
  onNeedChange,
}: {
  answer: WhoToCallAnswer | undefined;
  loading: boolean;
  error: ApiError | undefined;
  onRetry: () => void;
  barrierName: string;
  onNeedChange: (need: CallerNeed) => void;
}) {
  const { t, tn, formatDate } = useI18n();
  const [copied, setCopied] = useState(false);
  // The partners whose full card is open, by organisation id.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  if (error) return <ErrorMessage error={error} onRetry={onRetry} />;
  if (!answer) return <Loading />;

  const place = answer.region?.name ?? '';
  const allOpen =
    answer.entries.length > 0 && answer.entries.every((e) => open.has(e.organisation.id));
  const toggle = (id: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const title = t('wtc.answerTitle', { barrier: barrierName, place });
  const saveVCards = () => {
    const cards = answerVCards(answer, t, barrierName);
    downloadText(vcfFileName(['wie-bel-ik', barrierName, place]), toVCardFile(cards));
  };
  const copyLink = () => {
    navigator.clipboard
      ?.writeText(window.location.href)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };

  return (
    <section className="answer" aria-labelledby="answer-title" aria-busy={loading}>
      <header className="answer__header">
        <h2 id="answer-title">{title}</h2>
        <p className="answer__count" role="status">
          {loading ? t('wtc.updating') : tn('wtc.answerCount', answer.entries.length)}
        </p>
        {answer.personsHidden && <p className="answer__note no-print">{t('wtc.personsHidden')}</p>}
      </header>

      {answer.entries.length === 0 && <p className="notice notice--warning">{t('wtc.noAnswer')}</p>}

      {answer.entries.length > 0 && (
        <>
          <FirstCall
            firstCall={answer.firstCall}
            ownColleagues={answer.ownColleagues}
            need={answer.need}
            barrierName={barrierName}
            onNeedChange={onNeedChange}
          />
          <div className="answer__list-head no-print">
            <p className="answer__list-title">{t('answer.allPartners')}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={allOpen}
              onClick={() =>
                setOpen(allOpen ? new Set() : new Set(answer.entries.map((e) => e.organisation.id)))
              }
            >
              {allOpen ? t('answer.hideAll') : t('answer.showAll')}
            </button>
          </div>
        </>
      )}

      {SCOPES.map((scope) => {
        const entries = answer.entries.filter((entry) => entry.scope === scope);
        if (entries.length === 0) return null;
        return (
          <section key={scope} className="scope-group" aria-labelledby={`scope-${scope}`}>
            <h3 id={`scope-${scope}`} className="scope-group__title">
              {t(`scopeGroup.${scope}`)}
            </h3>
            <ul className="answer-rows">
              {entries.map((entry) => (
                <AnswerRow
                  key={entry.organisation.id}
                  entry={entry}
                  expanded={open.has(entry.organisation.id)}
                  onToggle={() => toggle(entry.organisation.id)}
                />
              ))}
            </ul>
          </section>
        );
      })}

      {answer.entries.length > 0 && (
        <div className="toolbar no-print">
          <button type="button" className="button button--secondary" onClick={saveVCards}>
            {t('wtc.saveVcards')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('wtc.print')}
          </button>
          <button type="button" className="button button--secondary" onClick={copyLink}>
            {copied ? t('wtc.linkCopied') : t('wtc.copyLink')}
          </button>
          {answer.region && (
            <Link
              className="toolbar__link"
              to={`/municipality/${encodeURIComponent(answer.region.id)}`}
            >
              {t('wtc.municipalityOverview', { place })}
            </Link>
          )}
          <Link className="toolbar__link" to={graphLink(answer)}>
            {t('wtc.showAnswerOnGraph')}
          </Link>
        </div>
      )}

      <p className="print-only print-footer">
        {t('wtc.printedOn', {
          date: formatDate(new Date().toISOString()),
          url: window.location.href,
        })}
      </p>
    </section>
  );
}
