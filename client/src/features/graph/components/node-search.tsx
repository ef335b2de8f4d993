/**
 * Find a node by name (organisation, department, contact point, person when signed in), and
 * optionally among the nodes on screen (`local`, e.g. a barrier or an area). With `keep`, the
 * picked name stays in the field, as an answer to "which node?" (the path form's ends).
 */
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

/** On-screen nodes offered before the search's answers. */
const LOCAL_MAX = 5;

interface NodeSearchProps {
  label: string;
  onPick: (id: string, label: string) => void;
  /** Nodes already drawn: matched by name on the client, offered first. */
  local?: readonly { id: string; label: string; type: string }[];
  /** Keep the picked name in the field; `initial` is the name of the current pick (read once). */
  keep?: boolean;
  initial?: string;
  /** The text no longer names the pick (the reader typed over it). */
  onClear?: () => void;
}

export function NodeSearch({ label, onPick, local, keep, initial = '', onClear }: NodeSearchProps) {
  const { g, names, lang } = useGraphText();
  const [text, setText] = useState(initial);
  const query = useDebounced(text, 200);
  const found = useGraphFind(query, lang);
  const needle = query.trim().toLocaleLowerCase();
  const nearby: ComboOption[] =
    local && needle.length >= 2
      ? local
          .filter((n) => n.label.toLocaleLowerCase().includes(needle))
          .slice(0, LOCAL_MAX)
          .map((n) => ({ id: n.id, label: n.label, detail: names.nodeType(n.type) }))
      : [];
  // The search asks for these four types only; the others of the union carry no fields here.
  const searched = (found.data?.search ?? []).flatMap(({ node }) =>
    'id' in node ? [option(node, names.nodeType)] : [],
  );
  const options = [...nearby, ...searched.filter((o) => !nearby.some((n) => n.id === o.id))];
  return (
    <Combobox
      label={label}
      hint={g('startSearchHint')}
      value={text}
      onValueChange={(value) => {
        setText(value);
        if (keep) onClear?.();
      }}
      options={options}
      minChars={2}
      emptyText={g('searchNothing')}
      status={
        query.trim().length >= 2 && !found.loading
          ? g('searchCount', { count: options.length })
          : ''
      }
      onSelect={(picked) => {
        setText(keep ? picked.label : '');
        onPick(picked.id, picked.label);
      }}
    />
  );
}
