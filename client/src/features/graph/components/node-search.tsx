/** Find a node by name (organisation, department, contact point, person when signed in). */
import { useState } from 'react';
import { Combobox, type ComboOption } from '../../../components/combobox';
import { useDebounced } from '../../../lib/use-debounced';
import { type FoundNode, useGraphFind } from '../api/graph-start';
import { useGraphText } from '../i18n/use-graph-text';

function option(node: FoundNode, nodeType: (type: string) => string): ComboOption {
  const label =
    node.__typename === 'OrgUnit'
      ? node.unitName
      : node.__typename === 'ContactPoint'
        ? node.pointName
        : node.name;
  return { id: node.id, label, detail: nodeType(node.__typename) };
}

export function NodeSearch({ label, onPick }: { label: string; onPick: (id: string) => void }) {
  const { g, names, lang } = useGraphText();
  const [text, setText] = useState('');
  const query = useDebounced(text, 200);
  const found = useGraphFind(query, lang);
  // The search asks for these four types only; the others of the union carry no fields here.
  const options = (found.data?.search ?? []).flatMap(({ node }) =>
    'id' in node ? [option(node, names.nodeType)] : [],
  );
  return (
    <Combobox
      label={label}
      hint={g('startSearchHint')}
      value={text}
      onValueChange={setText}
      options={options}
      minChars={2}
      emptyText={g('searchNothing')}
      status={
        query.trim().length >= 2 && !found.loading
          ? g('searchCount', { count: options.length })
          : ''
      }
      onSelect={(picked) => {
        setText('');
        onPick(picked.id);
      }}
    />
  );
}
