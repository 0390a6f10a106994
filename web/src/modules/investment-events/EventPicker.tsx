import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../components/use-debounced.ts';
import { useEvent, useEvents } from './api.ts';

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
  const label = (event: { heldOn: string; name: string }) => `${event.heldOn} ${event.name}`;
  const options = data?.items.map((event) => ({ value: event.id, label: label(event) })) ?? [];
  // An event chosen before and not among the newest found is read by itself, so that it shows by its name.
  const missing = Boolean(value) && data !== undefined && !options.some((option) => option.value === value);
  const chosen = useEvent(value ?? '', missing);
  if (missing && chosen.data) options.push({ value: chosen.data.id, label: label(chosen.data) });
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
      options={options}
    />
  );
}
