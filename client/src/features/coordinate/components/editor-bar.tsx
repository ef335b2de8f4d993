/**
 * The bar above an organisation's or contact's page for coordinators and administrators: the
 * edit link only when this user may change the record (their scope), and always its history.
 */
import { useEffect, useState } from 'react';
import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { probeAccess } from '../api/access';
import { useText } from '../i18n/use-text';
import '../styles/coordinate.css';

const CONTACT_TYPE = graphql(`
  query ContactType($id: ID!) {
    contact(id: $id) {
      __typename
    }
  }
`);

type Target = { kind: 'organisation' | 'contact'; id: string };

export function EditorBar({ target }: { target: Target }) {
  const { ct, lang } = useText();
  const [may, setMay] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    const check = async () => {
      if (target.kind === 'organisation') return probeAccess('organisation', target.id, lang);
      const data = await request(CONTACT_TYPE, { id: target.id }, { lang });
      if (!data.contact) return { status: 'notFound' as const };
      return probeAccess(
        data.contact.__typename === 'Person' ? 'person' : 'contactPoint',
        target.id,
        lang,
      );
    };
    check()
      .then((access) => live && setMay(access.status === 'editable'))
      .catch(() => live && setMay(false));
    return () => {
      live = false;
    };
  }, [target.kind, target.id, lang]);

  if (may === null) return null;
  const edit = `/coordinate/${target.kind}/${encodeURIComponent(target.id)}`;
  const owner = encodeURIComponent(target.id);
  return (
    <nav className="editor-bar no-print" aria-label={ct('bar.label')}>
      <span className="editor-bar__who">{may ? ct('bar.canEdit') : ct('bar.outOfScope')}</span>
      <ul className="editor-bar__links">
        {may && (
          <li>
            <Link className="button button--small" to={edit}>
              {ct('bar.edit')}
            </Link>
          </li>
        )}
        <li>
          <Link className="button button--small button--secondary" to={`${edit}?tab=history`}>
            {ct('bar.history')}
          </Link>
        </li>
        {may && target.kind === 'organisation' && (
          <li>
            <Link
              className="button button--small button--secondary"
              to={`/coordinate/new/contact?owner=${owner}&type=point`}
            >
              {ct('org.addContactPoint')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
