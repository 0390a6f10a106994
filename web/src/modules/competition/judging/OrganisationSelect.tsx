import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../../components/use-debounced.ts';
import { useOrganisationSearch } from './api.ts';

interface OrganisationSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** The name of the organisation already chosen, which a search may not bring back. */
  chosenName?: string | null;
}

/** An organisation of the register by name or credit code, through the competition's own lookup (organisers may not browse the register). */
export function OrganisationSelect({ value, onChange, id, chosenName }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const { data, isFetching } = useOrganisationSearch(q);
  const options = (q.length >= 2 ? (data?.items ?? []) : []).map((item) => ({ value: item.id, label: item.creditCode ? `${item.name} · ${item.creditCode}` : item.name }));
  if (value && chosenName && !options.some((option) => option.value === value)) options.unshift({ value, label: chosenName });
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(chosen: string | undefined) => onChange?.(chosen ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      options={options}
      notFoundContent={isFetching ? <Spin size="small" /> : q.length >= 2 ? t('common.noMatches') : t('competition.judging.typeTwoCharacters')}
      style={{ width: '100%' }}
    />
  );
}
