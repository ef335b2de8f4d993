/** The manual as a PDF: real text, the barrier's content, and the personal-data rule. */
import { performance } from 'node:perf_hooks';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type ResultOf } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers } from '../support/users';

const BARRIER = graphql(`{ barrier(code: "HOUSING") { indicators { name(lang: NL) }
           measures { legalBases { name(lang: NL) } } }
         whoToCall(input: { barrier: "HOUSING", region: "region-mun-genk" }) {
           entries { organisation { name } } } }`);

const PATH = '/manual/HOUSING.pdf?region=region-mun-genk';

async function pdfText(bytes: ArrayBuffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    // Lines wrap anywhere in a table: compare with single spaces.
    return { text: result.text.replace(/\s+/g, ' '), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

describe('the manual as a PDF', () => {
  let t: TestApp;
  let facts: ResultOf<typeof BARRIER>;
  let persons: { name: string; email: string | null; phone: string | null }[];

  beforeAll(async () => {
    t = await createTestApp();
    const answer = await t.gql(BARRIER);
    facts = answer.data!;
    const { records } = await t.db.driver.executeQuery(
      'MATCH (p:Person) RETURN p.firstName + " " + p.lastName AS name, p.email AS email, p.phone AS phone',
    );
    persons = records.map((r) => ({
      name: r.get('name'),
      email: r.get('email'),
      phone: r.get('phone'),
    }));
  });
  afterAll(async () => {
    await removeTestUsers(t);
    await t?.close();
  });

  test('anonymous: the signals, a partner and a legal basis as searchable text, no person', async () => {
    const started = performance.now();
    const response = await t.app.fetch(`http://test${PATH}&lang=NL`);
    const bytes = await response.arrayBuffer();
    console.info(
      `manual HOUSING/Genk NL: ${bytes.byteLength} bytes in ${Math.round(performance.now() - started)} ms`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { text, pages } = await pdfText(bytes);

    expect(facts.barrier!.indicators.length).toBeGreaterThan(0);
    for (const indicator of facts.barrier!.indicators) expect(text).toContain(indicator.name);
    expect(text).toContain(facts.whoToCall.entries[0]?.organisation.name);
    const bases = facts.barrier!.measures.flatMap((m) => m.legalBases.map((b) => b.name));
    expect(bases.some((name) => text.includes(name))).toBe(true);

    expect(text).toContain('Inhoud');
    expect(text).toContain('Van signaal tot casus');
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(text).toContain('Contactpersonen zijn weggelaten');

    expect(persons.length).toBeGreaterThan(0);
    for (const person of persons) {
      expect(text).not.toContain(person.name);
      if (person.email) expect(text).not.toContain(person.email);
      if (person.phone) expect(text).not.toContain(person.phone);
    }
  });

  test('signed in: contact persons are in it, and it says so', async () => {
    const user = await createUser(t, 'STAFF');
    const response = await t.app.fetch(`http://test${PATH}&lang=NL`, { headers: user.headers });
    expect(response.status).toBe(200);
    const { text } = await pdfText(await response.arrayBuffer());
    // A fictional contact person of the seed data: backup for housing at Stad Genk.
    expect(text).toContain('Koen Maes');
    expect(text).toContain('Dit handboek bevat contactpersonen');
    expect(text).not.toContain('Contactpersonen zijn weggelaten');
  });

  test('in French and English, and refused for an unknown barrier or region', async () => {
    const fr = await pdfText(await (await t.app.fetch(`http://test${PATH}&lang=FR`)).arrayBuffer());
    expect(fr.text).toContain('Table des matières');
    expect(fr.text).toContain('Du signal au dossier');
    const en = await pdfText(await (await t.app.fetch(`http://test${PATH}&lang=EN`)).arrayBuffer());
    expect(en.text).toContain('From signal to case');

    expect((await t.app.fetch('http://test/manual/NOPE.pdf?region=region-mun-genk')).status).toBe(
      404,
    );
    expect((await t.app.fetch('http://test/manual/HOUSING.pdf?region=region-nope')).status).toBe(
      404,
    );
    expect((await t.app.fetch('http://test/manual/HOUSING.pdf')).status).toBe(400);
  });
});
