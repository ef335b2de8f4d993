/** The network view's queries are valid against schema.graphql, the API contract. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { expect, test } from 'vitest';
import { documentText } from '../../../lib/documents';
import { GRAPH_BARRIERS, GRAPH_FIND } from './graph-start';
import { NEIGHBOURHOOD } from './neighbourhood';
import { PATH } from './path';

const schema = buildSchema(readFileSync(path.resolve('schema.graphql'), 'utf8'));

test.each(Object.entries({ NEIGHBOURHOOD, PATH, GRAPH_BARRIERS, GRAPH_FIND }))(
  '%s is valid against schema.graphql',
  (_name, document) => {
    expect(validate(schema, parse(documentText(document))).map((e) => e.message)).toEqual([]);
  },
);
