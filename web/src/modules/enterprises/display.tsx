import { Tag as ColorTag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { currentLanguage } from '../../i18n/index.ts';
import { useIndustryTree, useRegionTree, type CodeName, type DuplicateCandidate, type Tag } from './api.ts';

/** The tags as coloured labels; in tight spaces the first few, the rest counted and named on hover. */
export function EnterpriseTags({ tags, limit }: { tags: readonly Tag[]; limit?: number }) {
  if (tags.length === 0) return null;
  const shown = limit ? tags.slice(0, limit) : tags;
  const hidden = tags.slice(shown.length);
  return (
    <span className="tag-list">
      {shown.map((tag) => (
        <ColorTag key={tag.id} color={tag.color} translate="no">
          {tag.name}
        </ColorTag>
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.map((tag) => tag.name).join(' · ')}>
          <ColorTag>+{hidden.length}</ColorTag>
        </Tooltip>
      )}
    </span>
  );
}

interface TreeNode {
  code: string;
  name: string;
  children?: TreeNode[];
}

/** Every node's path from the root, by code. */
function pathsByCode(nodes: readonly TreeNode[] | undefined): Map<string, CodeName[]> {
  const paths = new Map<string, CodeName[]>();
  const walk = (level: readonly TreeNode[], above: CodeName[]) => {
    for (const node of level) {
      const path = [...above, { code: node.code, name: node.name }];
      paths.set(node.code, path);
      if (node.children) walk(node.children, path);
    }
  };
  walk(nodes ?? [], []);
  return paths;
}

export interface ReferenceNames {
  /** Section first, in the reader's language; the record's own (Simplified) path until the tree has loaded. */
  industryPath(code: string | null, fallback?: CodeName[]): CodeName[];
  /** Province first, likewise. */
  regionPath(code: string | null, fallback?: CodeName[]): CodeName[];
}

/**
 * Industry and region names in the reader's language. Records carry codes; the names come from the reference
 * trees, which the server names in the request's language.
 */
export function useReferenceNames(): ReferenceNames {
  const { data: industries } = useIndustryTree();
  const { data: regions } = useRegionTree();
  const industryPaths = useMemo(() => pathsByCode(industries), [industries]);
  const regionPaths = useMemo(() => pathsByCode(regions), [regions]);
  return useMemo(
    () => ({
      industryPath: (code, fallback = []) => (code ? (industryPaths.get(code) ?? fallback) : []),
      regionPath: (code, fallback = []) => (code ? (regionPaths.get(code) ?? fallback) : []),
    }),
    [industryPaths, regionPaths],
  );
}

const cjk = /[\u3400-\u9fff]/;

/**
 * A reference name. English has no names for the deeper industry levels, which then stay Chinese: marked as such,
 * so that a screen reader reads them as Chinese.
 */
export function ReferenceName({ path, short }: { path: readonly CodeName[]; short?: boolean }) {
  if (path.length === 0) return <>—</>;
  // The district end of a region path (青岛市 / 崂山区) is the part that tells places apart.
  const shown = short ? path.slice(-2) : path;
  const text = shown.map((node) => node.name).join(' / ');
  const foreign = currentLanguage() === 'en' && cjk.test(text);
  return (
    <span title={short ? path.map((node) => node.name).join(' / ') : undefined} lang={foreign ? 'zh-CN' : undefined}>
      {text}
    </span>
  );
}

/** A number with the grouping the reader's language uses. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 4 }).format(value);
}

/** Registered capital in 万元, with its unit. */
export function formatCapital(capital: number | null | undefined, t: TFunction): string {
  return capital === null || capital === undefined ? '—' : t('enterprise.capitalValue', { value: formatNumber(capital) });
}

/**
 * Possible duplicates, each opening in a new tab so that the form being filled in is kept. Plain links: this
 * also renders in confirmation dialogs, which live outside the router.
 */
export function DuplicateList({ candidates, t }: { candidates: readonly DuplicateCandidate[]; t: TFunction }) {
  return (
    <ul className="duplicate-list">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <a href={`/enterprises/${candidate.id}`} target="_blank" rel="noopener" translate="no">
            {candidate.name}
          </a>
          {candidate.creditCode && <span className="duplicate-code"> {candidate.creditCode}</span>}
          <span className="duplicate-reason"> · {t(`enterprise.duplicates.reason.${candidate.reason}`)}</span>
        </li>
      ))}
    </ul>
  );
}
