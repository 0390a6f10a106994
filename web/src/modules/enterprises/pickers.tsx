import { Cascader, Select, Spin, Tag as ColorTag, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../components/use-debounced.ts';
import { useEnterprise, useEnterpriseList, useIndustrySearch, useIndustryTree, useRegionTree, useTags, type IndustryNode, type RegionNode } from './api.ts';

interface PickerProps<T> {
  value?: T;
  onChange?: (value: T | undefined) => void;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  /** The accessible name where no form label names the field (filters). */
  'aria-label'?: string;
}

interface IndustryOption {
  value: string;
  title: string;
  children?: IndustryOption[];
}

function industryOptions(nodes: readonly IndustryNode[]): IndustryOption[] {
  return nodes.map((node) => ({
    value: node.code,
    title: `${node.code} ${node.name}`,
    children: node.children?.length ? industryOptions(node.children) : undefined,
  }));
}

/**
 * GB/T 4754 industries at any level. Searching asks the server, which matches codes, names and the standard's
 * notes in either script (製造 finds 制造); the tree then shows the matches under their ancestors.
 */
export function IndustryPicker({ value, onChange, placeholder, id, disabled, 'aria-label': ariaLabel }: PickerProps<string>) {
  const { t } = useTranslation();
  const { data, isPending } = useIndustryTree();
  const treeData = useMemo(() => industryOptions(data ?? []), [data]);
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 250);
  const matches = useIndustrySearch(query);
  const matchCodes = useMemo(() => new Set(matches.data?.map((match) => match.code)), [matches.data]);
  // While searching, every match is opened down to where it sits; otherwise the user opens branches by hand.
  const [expanded, setExpanded] = useState<string[]>([]);
  const searchExpanded = useMemo(
    () => [...new Set(matches.data?.flatMap((match) => match.path.slice(0, -1).map((node) => node.code)))],
    [matches.data],
  );
  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      value={value}
      onChange={(code: string | undefined) => onChange?.(code ?? undefined)}
      treeData={treeData}
      loading={isPending}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: (_input, node) => matchCodes.has(String(node.value)),
      }}
      treeExpandedKeys={search ? searchExpanded : expanded}
      onTreeExpand={(keys) => !search && setExpanded(keys.map(String))}
      allowClear
      placeholder={placeholder ?? t('enterprise.pickers.industry')}
      style={{ width: '100%' }}
      listHeight={360}
      notFoundContent={t('common.noMatches')}
    />
  );
}

interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

function regionOptions(nodes: readonly RegionNode[]): RegionOption[] {
  return nodes.map((node) => ({
    value: node.code,
    label: node.name,
    children: node.children?.length ? regionOptions(node.children) : undefined,
  }));
}

/** The chain of codes from a province down to `code`, which the cascader needs to show a single code. */
export function regionCodePath(nodes: readonly RegionNode[], code: string): string[] | undefined {
  for (const node of nodes) {
    if (node.code === code) return [node.code];
    const below = node.children && regionCodePath(node.children, code);
    if (below) return [node.code, ...below];
  }
  return undefined;
}

/** A province, city or district (GB/T 2260); any level may be chosen. */
export function RegionPicker({ value, onChange, placeholder, id, disabled, 'aria-label': ariaLabel }: PickerProps<string>) {
  const { t } = useTranslation();
  const { data, isPending } = useRegionTree();
  const options = useMemo(() => regionOptions(data ?? []), [data]);
  const path = value && data ? regionCodePath(data, value) : undefined;
  return (
    <Cascader
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      value={path}
      options={options}
      loading={isPending}
      changeOnSelect
      showSearch
      allowClear
      placeholder={placeholder ?? t('enterprise.pickers.region')}
      style={{ width: '100%' }}
      onChange={(codes) => onChange?.(codes?.length ? String(codes[codes.length - 1]) : undefined)}
      notFoundContent={t('common.noMatches')}
    />
  );
}

export function TagPicker({ value, onChange, placeholder, id, disabled, 'aria-label': ariaLabel }: PickerProps<string[]>) {
  const { t } = useTranslation();
  const { data: tags, isPending } = useTags();
  const colors = useMemo(() => new Map((tags ?? []).map((tag) => [tag.id, tag.color])), [tags]);
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      mode="multiple"
      value={value}
      onChange={(ids: string[]) => onChange?.(ids.length ? ids : undefined)}
      loading={isPending}
      options={(tags ?? []).map((tag) => ({ value: tag.id, label: tag.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={placeholder ?? t('enterprise.pickers.tags')}
      style={{ width: '100%' }}
      maxTagCount="responsive"
      notFoundContent={t('common.noMatches')}
      tagRender={({ label, value: tagId, closable, onClose }) => (
        <ColorTag color={colors.get(String(tagId))} closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
          {label}
        </ColorTag>
      )}
    />
  );
}

function enterpriseLabel(enterprise: { name: string; creditCode: string | null }): string {
  return enterprise.creditCode ? `${enterprise.name}（${enterprise.creditCode}）` : enterprise.name;
}

/** One enterprise, found by typing part of its name or credit code. */
export function EnterpriseSelect({ value, onChange, placeholder, id, disabled, excludeId }: PickerProps<string> & { excludeId?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const { data, isFetching } = useEnterpriseList({ q, page: 1, pageSize: 20 }, { enabled: q.length > 0 });
  // The chosen enterprise may not be among the search results (e.g. when editing); its own record names it.
  const { data: selected } = useEnterprise(value ?? '', { enabled: Boolean(value) });
  const options = (q ? (data?.items ?? []) : []).filter((item) => item.id !== excludeId).map((item) => ({ value: item.id, label: enterpriseLabel(item) }));
  if (selected && !options.some((option) => option.value === selected.id)) options.unshift({ value: selected.id, label: enterpriseLabel(selected) });
  return (
    <Select
      id={id}
      disabled={disabled}
      value={value}
      onChange={(chosen: string | undefined) => onChange?.(chosen ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      options={options}
      placeholder={placeholder ?? t('enterprise.pickers.enterprise')}
      notFoundContent={isFetching ? <Spin size="small" /> : q ? t('common.noMatches') : t('enterprise.pickers.typeToSearch')}
      style={{ width: '100%' }}
    />
  );
}
