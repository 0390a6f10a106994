import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebounced } from '../components/use-debounced.ts';
import { api } from './api.ts';
import { webModules } from './modules.ts';

const kinds = new Map(webModules.flatMap((module) => module.quickSearch ?? []).map((kind) => [kind.kind, kind]));

/** The header's search across every kind of record the user may open (enterprises now; later modules add theirs). */
export function QuickSearch({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: ['quick-search', q],
    queryFn: ({ signal }) => api.GET('/api/search', { params: { query: { q } }, signal }),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
  const groups = q && data ? data.groups.filter((group) => kinds.has(group.kind)) : [];
  const options = groups.map((group) => {
    const kind = kinds.get(group.kind)!;
    return {
      label: t(`search.${kind.label}`),
      options: group.hits.map((hit) => ({
        value: kind.pathOf(hit.id),
        label: (
          <div className="quick-search-hit">
            <div className="quick-search-title">{hit.title}</div>
            {hit.subtitle && <div className="quick-search-subtitle">{hit.subtitle}</div>}
          </div>
        ),
      })),
    };
  });
  return (
    <AutoComplete
      className={compact ? 'quick-search quick-search-compact' : 'quick-search'}
      value={text}
      options={options}
      onChange={setText}
      onSelect={(path: string) => {
        setText('');
        void navigate(path);
      }}
      notFoundContent={q && data && !isFetching ? t('search.noResults') : null}
      popupMatchSelectWidth={compact ? 280 : 360}
    >
      <Input allowClear prefix={<SearchOutlined />} placeholder={t('search.placeholder')} aria-label={t('search.label')} data-testid="quick-search" />
    </AutoComplete>
  );
}
