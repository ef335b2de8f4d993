/**
 * One edit form's life: the values, the problems found before sending (client rules) and after
 * (the server's field errors, in the user's language), and a conflict when someone else saved
 * the same record meanwhile — shown field by field until the user has chosen, never overwritten.
 */
import { useCallback, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { useText } from '../i18n/use-text';
import {
  changedFields,
  changedMeanwhile,
  differences,
  type FieldDifference,
  merge,
  type Side,
  type Values,
} from '../utils/conflict';
import { problemMessage, serverProblems } from '../utils/problems';
import { type Check, validate } from '../utils/validation';
import { useLeaveGuard } from './use-leave-guard';

export type Fields = readonly string[] | ((...versions: Values[]) => string[]);

/** The fields of a form, for the versions at hand. */
export function fieldsOf(fields: Fields, ...versions: Values[]): readonly string[] {
  return typeof fields === 'function' ? fields(...versions) : fields;
}

export interface Saved<V extends Values> {
  values: V;
  version: number;
}

export interface EditFormOptions<V extends Values> {
  /** The record as stored when the form opened. */
  initial: Saved<V>;
  /**
   * The fields compared in a conflict, in the order they are shown; a function for forms whose
   * fields are the entries of a list (it gets every version at hand and returns all their keys).
   */
  fields: Fields;
  checks: Record<string, Check>;
  /** Sends the changed fields, based on `version`; resolves with the stored result. */
  save: (values: V, changed: string[], version: number) => Promise<Saved<V>>;
  /** The stored record after a CONFLICT (from its `current`, or asked again). */
  theirs: (error: ApiError) => Promise<Saved<V>>;
  /** The form field a server field error belongs to (default: its first path segment). */
  fieldOf?: (serverField: string) => string;
  /** Called after every successful save. */
  onSaved?: (saved: Saved<V>) => void;
}

export interface Conflict<V extends Values> {
  theirs: Saved<V>;
  differences: FieldDifference[];
}

export type Outcome = 'saved' | 'unchanged' | 'rebased' | 'tookTheirs' | null;

export function useEditForm<V extends Values>(options: EditFormOptions<V>) {
  const text = useText();
  const [stored, setStored] = useState<Saved<V>>(options.initial);
  const [values, setValues] = useState<V>(options.initial.values);
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const latest = useRef(options);
  latest.current = options;

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setOutcome(null);
  }, []);

  const run = useCallback(
    async (next: V, base: Saved<V>) => {
      const { checks, save, theirs, fieldOf, onSaved } = latest.current;
      const fields = fieldsOf(latest.current.fields, base.values, next);
      const found = validate(checks, next);
      setFailure(null);
      if (found.length > 0) {
        setProblems(found.map((p) => ({ field: p.field, message: problemMessage(text, p) })));
        return;
      }
      setProblems([]);
      const changed = changedFields(fields, base.values, next);
      if (changed.length === 0) {
        setOutcome('unchanged');
        return;
      }
      setPending(true);
      try {
        const saved = await save(next, changed, base.version);
        setStored(saved);
        setValues(saved.values);
        setOutcome('saved');
        onSaved?.(saved);
      } catch (thrown) {
        const error = asApiError(thrown);
        const onFields = serverProblems(error, text.ct('problem.duplicate'), fieldOf);
        if (onFields) {
          setProblems(onFields);
        } else if (error.code === 'CONFLICT') {
          try {
            const current = await theirs(error);
            const all = fieldsOf(latest.current.fields, base.values, next, current.values);
            if (!changedMeanwhile(all, base.values, current.values)) {
              // Someone changed other parts of the record: nothing of theirs is in this form's
              // fields, so the user's change applies on top of the new version as it is.
              const again = await save(
                next,
                changedFields(all, current.values, next),
                current.version,
              );
              setStored(again);
              setValues(again.values);
              setOutcome('rebased');
              onSaved?.(again);
            } else {
              setConflict({
                theirs: current,
                differences: differences(all, base.values, next, current.values),
              });
            }
          } catch (second) {
            setFailure(asApiError(second));
          }
        } else {
          setFailure(error);
        }
      } finally {
        setPending(false);
      }
    },
    [text],
  );

  const submit = useCallback(() => run(values, stored), [run, values, stored]);

  /** Applies the user's choice per field and saves the result on top of the stored version. */
  const resolve = useCallback(
    async (choices: Record<string, Side>) => {
      if (!conflict) return;
      const fields = fieldsOf(latest.current.fields, values, conflict.theirs.values);
      const merged = merge(fields, values, conflict.theirs.values, choices) as V;
      setConflict(null);
      setStored(conflict.theirs);
      setValues(merged);
      if (changedFields(fields, conflict.theirs.values, merged).length === 0) {
        setOutcome('tookTheirs');
        latest.current.onSaved?.(conflict.theirs);
        return;
      }
      await run(merged, conflict.theirs);
    },
    [conflict, values, run],
  );

  /** Drops the user's changes: the form shows what is stored. */
  const reset = useCallback(
    (to?: Saved<V>) => {
      const target = to ?? stored;
      setStored(target);
      setValues(target.values);
      setProblems([]);
      setConflict(null);
      setFailure(null);
      setOutcome(null);
    },
    [stored],
  );

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const dirty =
    changedFields(fieldsOf(options.fields, stored.values, values), stored.values, values).length >
    0;
  useLeaveGuard(dirty || conflict !== null);

  return {
    values,
    set,
    stored,
    problems,
    errorOf,
    pending,
    conflict,
    failure,
    outcome,
    dirty,
    submit,
    resolve,
    reset,
  };
}

export type EditForm<V extends Values> = ReturnType<typeof useEditForm<V>>;
