/**
 * A card with one edit form: its problems, the save button, what happened, and — when someone
 * else saved meanwhile — the conflict view in the form's place until the user has chosen.
 */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import type { ApiError } from '../../../lib/graphql';
import { authorOf, fetchHistory, type HistoryOf } from '../api/history';
import type { EditForm } from '../hooks/use-edit-form';
import type { CoordinateKey } from '../i18n/nl';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import { ConflictView } from './conflict-view';
import { controlId, ErrorSummary, FormStatus } from './form-kit';
import { useUnsavedBoard } from './unsaved-summary';

interface Props<V extends Values> {
  id: string;
  title: string;
  intro?: string;
  form: EditForm<V>;
  labelOf: (field: string) => string;
  show: (field: string, value: unknown) => string;
  /** Where to look up who saved the other version. */
  historyOf?: HistoryOf;
  saveLabel?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}

export function EditSection<V extends Values>({
  id,
  title,
  intro,
  form,
  labelOf,
  show,
  historyOf,
  saveLabel,
  children,
  headingLevel = 2,
}: Props<V>) {
  const { ct, lang } = useText();
  const [by, setBy] = useState<{ who: string; at: string } | null>(null);
  const conflict = form.conflict;
  const board = useUnsavedBoard();
  const unsaved = form.dirty || conflict !== null;

  // Tells the page's summary bar (if any) whether this section holds unsaved changes.
  useEffect(() => {
    board?.mark(id, unsaved ? title : null);
  }, [board, id, title, unsaved]);
  useEffect(() => () => board?.mark(id, null), [board, id]);

  useEffect(() => {
    if (!conflict || !historyOf) return;
    let live = true;
    fetchHistory(historyOf, lang)
      .then((events) => {
        const last = events[0];
        if (live && last) setBy({ who: authorOf(last), at: last.at });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [conflict, historyOf, lang]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const status: Record<string, CoordinateKey> = {
    saved: 'form.saved',
    unchanged: 'form.unchanged',
    rebased: 'form.rebased',
    tookTheirs: 'form.tookTheirs',
  };

  return (
    <section className="edit-section card" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="edit-section__title" tabIndex={-1}>
        {title}
      </Heading>
      {intro && <p className="muted small">{intro}</p>}
      {conflict ? (
        <ConflictView
          differences={conflict.differences}
          version={conflict.theirs.version}
          by={by}
          labelOf={labelOf}
          show={show}
          pending={form.pending}
          onResolve={(choices) => void form.resolve(choices)}
          onDiscard={() => form.reset(conflict.theirs)}
        />
      ) : (
        <form id={id} className="edit-form" onSubmit={submit} noValidate>
          <ErrorSummary
            problems={form.problems.map((p) => ({
              field: p.field,
              message: `${labelOf(p.field)}: ${p.message}`,
            }))}
            idOf={(field) => controlId(id, field)}
          />
          {form.failure && <FormFailure error={form.failure} />}
          {children}
          <div className="form-actions">
            <button type="submit" className="button" disabled={form.pending}>
              {form.pending ? ct('form.saving') : (saveLabel ?? ct('form.save'))}
            </button>
            {form.dirty && !form.pending && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => form.reset()}
              >
                {ct('form.undo')}
              </button>
            )}
          </div>
          <FormStatus
            text={form.outcome ? ct(status[form.outcome] ?? 'form.saved') : null}
            tone={form.outcome === 'unchanged' ? 'info' : 'success'}
          />
        </form>
      )}
    </section>
  );
}

const FAILURES: ReadonlySet<string> = new Set([
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'NETWORK',
  'DATABASE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'BAD_USER_INPUT',
]);

/** Why a change could not be made, in words the user can act on. */
export function FormFailure({ error }: { error: ApiError }) {
  const { ct } = useText();
  const key: CoordinateKey = FAILURES.has(error.code)
    ? (`failure.${error.code}` as CoordinateKey)
    : 'failure.INTERNAL';
  return (
    <div className="notice notice--error" role="alert">
      <p>{ct(key)}</p>
      {error.code === 'BAD_USER_INPUT' && <p>{error.message}</p>}
    </div>
  );
}
