/** The coordinator's counts per barrier and question: answered, and answered wrongly. */
import { ScrollRegion } from '../../../components/scroll-region';
import { useTrainingText } from '../i18n/use-training-text';

interface Row {
  barrier: { code: string; name: string };
  question: 'FIRST_CALL' | 'SHARING' | 'MEASURE' | 'AUTHORED';
  questionNumber?: number | null;
  authoredScenario?: { id: string; title: string } | null;
  answered: number;
  wrong: number;
}

export function MistakesTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTrainingText();
  if (rows.length === 0) return <p className="muted">{t('mistakesNone')}</p>;
  return (
    <ScrollRegion label={t('mistakesTitle')}>
      <table className="training__table" data-testid="training-mistakes">
        <thead>
          <tr>
            <th scope="col">{t('col.barrier')}</th>
            <th scope="col">{t('col.question')}</th>
            <th scope="col">{t('col.wrong')}</th>
            <th scope="col">{t('col.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.barrier.code}-${row.question}-${row.authoredScenario?.id}-${row.questionNumber}`}
            >
              <td>{row.barrier.name}</td>
              <td>
                {t(`questionShort.${row.question}`, {
                  title: row.authoredScenario?.title ?? '',
                  n: row.questionNumber ?? 0,
                })}
              </td>
              <td>{row.wrong}</td>
              <td>{row.answered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
