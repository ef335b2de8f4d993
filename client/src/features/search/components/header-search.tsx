/** The header's search box: suggestions as you type; Enter without a pick opens all results. */

import { useState } from 'react';
import { SEARCH_LIMITS } from '../../../../../shared/api-limits';
import { Combobox, type ComboOption } from '../../../components/combobox';
import { useI18n } from '../../../lib/i18n';
import { useNavigate } from '../../../lib/router';
import { useDebounced } from '../../../lib/use-debounced';
import { useSearch } from '../api/search';
import { hitLabel, hitLink, hitOrganisation } from '../utils/hit-link';

export function HeaderSearch() {
  const { t, tn, lang } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const debounced = useDebounced(text, 180);
  const active = debounced.trim().length >= 2 && text.trim().length >= 2;
  const { data, loading, error } = useSearch(active ? debounced : '', lang);
  const hits = active ? (data?.search ?? []) : [];

  const options: ComboOption[] = hits.map((hit) => {
    const organisation = hitOrganisation(hit.node);
    return {
      id: hitLink(hit.node),
      label: hitLabel(hit.node),
      detail: [t(`searchType.${hit.type}`), organisation].filter(Boolean).join(' · '),
    };
  });

  const openResults = (value: string) => {
    if (value.trim().length < SEARCH_LIMITS.min) return;
    navigate(`/search?q=${encodeURIComponent(value.trim())}`);
  };

  let status = '';
  if (active) {
    if (loading) status = t('search.loading');
    else if (error) status = t(`error.${error.generalCode}`);
    else status = tn('search.results', hits.length);
  }

  return (
    <search className="header-search">
      <Combobox
        inputId="header-search"
        type="search"
        label={t('search.label')}
        hideLabel
        hint={t('search.hint')}
        placeholder={t('search.placeholder')}
        value={text}
        onValueChange={setText}
        options={options}
        minChars={2}
        status={status}
        emptyText={active && !loading ? t('search.noResults', { query: text.trim() }) : undefined}
        footer={
          active && hits.length > 0
            ? {
                label: t('search.allResults', { query: text.trim() }),
                onSelect: () => openResults(text),
              }
            : undefined
        }
        onSelect={(option) => {
          setText('');
          navigate(option.id);
        }}
        onEnter={openResults}
      />
    </search>
  );
}
