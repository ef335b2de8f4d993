/** Every operation the coordinator and user screens send is valid against schema.graphql. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_LIMITS } from '../../../../../shared/api-limits';
import { type DocumentNode, documentText } from '../../../lib/documents';
import { PROBES } from './access';
import * as agreement from './agreement';
import * as audit from './audit';
import * as contact from './contact';
import * as dashboard from './dashboard';
import * as history from './history';
import * as measure from './measure';
import * as organisation from './organisation';
import * as search from './search';
import * as transfer from './transfer';
import * as unit from './unit';
import * as users from './users';
import * as verification from './verification';
import * as vocabulary from './vocabulary';

/** The schema's own rules and the API's limit on aliases (every spread of a fragment counts). */
const rules = [...specifiedRules, maxAliasesRule({ n: DOCUMENT_LIMITS.aliases })];

const schema = buildSchema(readFileSync(path.resolve('schema.graphql'), 'utf8'));

/** The text of a value when it is a GraphQL operation document (written with `graphql`). */
function operationText(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || (value as { kind?: unknown }).kind !== 'Document')
    return undefined;
  const text = documentText(value as DocumentNode);
  return /^\s*(query|mutation)\b/.test(text) ? text : undefined;
}

/** Every exported GraphQL operation of a module (and of its exported records of them). */
function documents(module: Record<string, unknown>, prefix: string): [string, string][] {
  return Object.entries(module).flatMap(([name, value]): [string, string][] => {
    const text = operationText(value);
    if (text) return [[`${prefix}.${name}`, text]];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.entries(value as Record<string, unknown>).flatMap(
        ([key, inner]): [string, string][] => {
          const innerText = operationText(inner);
          return innerText ? [[`${prefix}.${name}.${key}`, innerText]] : [];
        },
      );
    return [];
  });
}

const all = [
  ...documents({ PROBES }, 'access'),
  ...documents(agreement, 'agreement'),
  ...documents(audit, 'audit'),
  ...documents(contact, 'contact'),
  ...documents(dashboard, 'dashboard'),
  ...documents(history, 'history'),
  ...documents(measure, 'measure'),
  ...documents(organisation, 'organisation'),
  ...documents(search, 'search'),
  ...documents(transfer, 'transfer'),
  ...documents(unit, 'unit'),
  ...documents(verification, 'verification'),
  ...documents(users, 'users'),
  ...documents(vocabulary, 'vocabulary'),
];

describe('coordinator operations', () => {
  test('there are many of them', () => {
    expect(all.length).toBeGreaterThan(45);
  });

  test.each(all)(
    "%s is valid against schema.graphql and within the API's limits",
    (_name, text) => {
      expect(validate(schema, parse(text), rules).map((e) => e.message)).toEqual([]);
    },
  );
});
