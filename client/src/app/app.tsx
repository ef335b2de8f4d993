import { useEffect, useState } from 'react';

interface Barrier {
  code: string;
  name: string;
}

/** Placeholder shell until the staff app lands: lists the barriers from the API. */
export function App() {
  const [barriers, setBarriers] = useState<Barrier[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ barriers { code name(lang: NL) } }' }),
    })
      .then((r) => r.json())
      .then((body: { data?: { barriers: Barrier[] } }) => setBarriers(body.data?.barriers ?? []))
      .catch(() => setError('De gegevens konden niet geladen worden.'));
  }, []);

  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: 640,
        margin: '2rem auto',
        padding: '0 1rem',
      }}
    >
      <h1>CONFINE netwerk</h1>
      <p>Wie bel ik? Het partnernetwerk tegen mensenhandel, per barrière.</p>
      {error && <p role="alert">{error}</p>}
      {barriers === null && !error && <p>Laden…</p>}
      {barriers && (
        <ul>
          {barriers.map((b) => (
            <li key={b.code}>{b.name}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
