import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../components/use-debounced.ts';
import { useEvents } from './api.ts';

interface EventPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** Picks a promotion event, newest first, searched by name, city or venue; clearing it means "no event". */
export function EventPicker({ id, value, onChange }: EventPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const { data, isFetching } = useEvents({ q: q || undefined, page: 1, pageSize: 50 });
  return (
    <Select
      id={id}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setSearch}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      loading={isFetching}
      placeholder={t('events.picker.placeholder')}
      options={data?.items.map((event) => ({ value: event.id, label: `${event.heldOn} ${event.name}` }))}
    />
  );
}
