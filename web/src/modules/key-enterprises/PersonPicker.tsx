import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../components/use-debounced.ts';
import { useLinkCandidates, type LinkRole } from './api.ts';

/**
 * The people who may be linked in a role, searched by name or username on the server (leader accounts for the
 * leader link): a searchable select that works with a phone's keyboard.
 */
export function PersonPicker({ role, value, onChange, placeholder }: { role: LinkRole; value?: string; onChange?: (id?: string) => void; placeholder?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const { data, isFetching } = useLinkCandidates(role, q);
  return (
    <Select
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      onSearch={setSearch}
      filterOption={false}
      loading={isFetching}
      placeholder={placeholder ?? t('keyEnterprises.person.placeholder')}
      aria-label={placeholder ?? t('keyEnterprises.person.label')}
      options={(data?.items ?? []).map((person) => ({ value: person.id, label: `${person.name} (${person.username})` }))}
      style={{ width: '100%' }}
    />
  );
}
