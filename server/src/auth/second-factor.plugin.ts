/**
 * Until an account whose role must have a second factor has enrolled, its session opens nothing
 * but enrolment: every other root field is refused with SECOND_FACTOR_SETUP_REQUIRED, checked
 * once per operation before anything runs (one gate, not a check in every resolver).
 */
import {
  type DocumentNode,
  GraphQLError,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';

/** What an account that must enrol may still ask for. */
const OPEN_WHILE_ENROLLING = new Set([
  '__typename',
  'me',
  'mySecondFactor',
  'startSecondFactorEnrolment',
  'confirmSecondFactorEnrolment',
  'signIn',
  'signOut',
]);

function rootFields(document: DocumentNode, set: SelectionSetNode, seen = new Set<string>()) {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      names.push(...rootFields(document, selection.selectionSet, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        names.push(...rootFields(document, fragment.selectionSet, seen));
    }
  }
  return names;
}

export function useSecondFactorGate(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Partial<Context>;
      if (!ctx.viewer?.mustEnrol) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const closed = rootFields(args.document, operation.selectionSet).filter(
        (name) => !OPEN_WHILE_ENROLLING.has(name),
      );
      if (closed.length === 0) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            'Your role must sign in with two-step verification: set it up first (account page, "Tweestapsverificatie")',
            { extensions: { code: 'SECOND_FACTOR_SETUP_REQUIRED', fields: closed } },
          ),
        ],
      });
    },
  };
}
