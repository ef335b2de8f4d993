/** Searching the whole test database for values that must be gone (the erasure tests). */
import type { TestApp } from './app';

/**
 * Every node and relationship property (texts, and lists as texts) holding one of `needles`,
 * case ignored, as "id.property: value".
 */
export async function holders(t: TestApp, needles: string[]): Promise<string[]> {
  const lower = needles.map((n) => n.toLowerCase());
  const found: string[] = [];
  for (const pattern of ['(n)', '()-[n]->()']) {
    const { records } = await t.db.driver.executeQuery(
      `MATCH ${pattern}
       UNWIND keys(n) AS k
       WITH n, k, n[k] AS v
       WITH n, k, CASE WHEN v IS :: STRING THEN [v]
                       WHEN v IS :: LIST<ANY> THEN [x IN v | toString(x)]
                       ELSE [toString(v)] END AS texts
       UNWIND texts AS text
       WITH n, k, text WHERE any(x IN $needles WHERE toLower(text) CONTAINS x)
       RETURN coalesce(n.id, elementId(n)) AS id, k, text`,
      { needles: lower },
    );
    for (const r of records) found.push(`${r.get('id')}.${r.get('k')}: ${r.get('text')}`);
  }
  return found;
}
