import { Cascader, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSites, useSiteTree, type SiteTree } from './api.ts';

/** A site, found by name. */
export function SiteSelect({ value, onChange, id, initialLabel }: { value?: string; onChange?: (value: string | undefined) => void; id?: string; initialLabel?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, isFetching } = useSites({ page: 1, ...(q ? { q } : {}) });
  const options = (data?.items ?? []).map((site) => ({ value: site.id, label: site.name }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={onChange}
      loading={isFetching}
      placeholder={t('sites.picker.site')}
      options={options}
    />
  );
}

/** Where in a site: [building, floor, unit], any prefix of it. */
export type SitePlace = string[];

type Option = { value: string; label: string; children?: Option[] };

function placeOptions(tree: SiteTree | undefined): Option[] {
  return (tree?.buildings ?? []).map((b) => ({
    value: b.id,
    label: b.name,
    children: b.floors.map((f) => ({ value: f.id, label: f.label, children: f.units.map((u) => ({ value: u.id, label: u.code })) })),
  }));
}

/** A building, floor or unit of the site, from its location tree (GET /api/sites/:id/tree); one level is enough. */
export function SitePlaceCascader({ siteId, value, onChange, id }: { siteId: string; value?: SitePlace; onChange?: (value: SitePlace | undefined) => void; id?: string }) {
  const { t } = useTranslation();
  const tree = useSiteTree(siteId);
  return (
    <Cascader
      id={id}
      changeOnSelect
      allowClear
      showSearch
      value={value}
      onChange={(path) => onChange?.(path?.length ? path.map(String) : undefined)}
      loading={tree.isFetching}
      placeholder={t('sites.picker.place')}
      options={placeOptions(tree.data)}
      style={{ width: '100%' }}
    />
  );
}

/** The site reference a server body takes, from a picked site and place; null for none. */
export function siteReferenceOf(siteId: string | undefined, place: SitePlace | undefined) {
  if (!siteId) return null;
  const [buildingId, floorId, unitId] = place ?? [];
  return { siteId, buildingId: buildingId ?? null, floorId: floorId ?? null, unitId: unitId ?? null };
}
