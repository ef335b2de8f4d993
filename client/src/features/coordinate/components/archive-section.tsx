/** Archive a record (kept in history, gone from who-to-call) or bring it back, with a confirmation. */
import { type ReactNode, useState } from 'react';
import { type ApiError, asApiError } from '../../../lib/graphql';
import type { VersionBoard } from '../hooks/use-version-board';
import type { CoordinateKey } from '../i18n/nl';
import { useText } from '../i18n/use-text';
import { FormFailure } from './edit-section';

export interface ArchiveTexts {
  title: CoordinateKey;
  isArchived: CoordinateKey;
  isActive: CoordinateKey;
  confirm: CoordinateKey;
  archive: CoordinateKey;
  restore: CoordinateKey;
}

export function ArchiveSection({
  titleId,
  texts,
  record,
  board,
  save,
  onChanged,
  extra,
}: {
  titleId: string;
  texts: ArchiveTexts;
  record: { status: string; version: number };
  board: VersionBoard;
  /** Sets the status, based on `version`; answers the saved version. */
  save: (status: 'ACTIVE' | 'ARCHIVED', version: number) => Promise<{ version: number }>;
  onChanged: () => void;
  /** More to say about a failure, e.g. what a conflict means here. */
  extra?: (failure: ApiError) => ReactNode;
}) {
  const { ct } = useText();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const archived = record.status === 'ARCHIVED';
  const apply = async () => {
    setPending(true);
    setFailure(null);
    try {
      const saved = await save(archived ? 'ACTIVE' : 'ARCHIVED', board.latest(record.version));
      board.saw(saved.version);
      onChanged();
    } catch (error) {
      setFailure(asApiError(error));
    } finally {
      setPending(false);
      setConfirming(false);
    }
  };
  return (
    <section className="edit-section card" aria-labelledby={titleId}>
      <h2 id={titleId} className="edit-section__title">
        {ct(texts.title)}
      </h2>
      <p>{archived ? ct(texts.isArchived) : ct(texts.isActive)}</p>
      {failure && <FormFailure error={failure} />}
      {failure && extra?.(failure)}
      {confirming ? (
        <div className="confirm">
          <p>{ct(texts.confirm)}</p>
          <p className="form-actions">
            <button
              type="button"
              className="button button--danger"
              onClick={apply}
              disabled={pending}
            >
              {ct(texts.archive)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {ct('form.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button
          type="button"
          className={
            archived ? 'button button--secondary' : 'button button--secondary button--danger-text'
          }
          disabled={pending}
          onClick={() => (archived ? void apply() : setConfirming(true))}
        >
          {archived ? ct(texts.restore) : ct(texts.archive)}
        </button>
      )}
    </section>
  );
}
