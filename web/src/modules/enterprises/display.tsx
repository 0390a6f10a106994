import { Tag as ColorTag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n/index.ts';
import type { DuplicateCandidate, Tag } from './api.ts';

/** The tags as coloured labels; in tight spaces the first few, the rest counted and named on hover. */
export function EnterpriseTags({ tags, limit }: { tags: readonly Tag[]; limit?: number }) {
  if (tags.length === 0) return null;
  const shown = limit ? tags.slice(0, limit) : tags;
  const hidden = tags.slice(shown.length);
  return (
    <span className="tag-list">
      {shown.map((tag) => (
        <ColorTag key={tag.id} color={tag.color}>
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

/** The district end of a region path ('山东省 / 青岛市 / 崂山区' → '青岛市 / 崂山区'): the part that tells places apart. */
export function shortRegionName(path: string | null): string {
  return path ? path.split(' / ').slice(-2).join(' / ') : '—';
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
          <a href={`/enterprises/${candidate.id}`} target="_blank" rel="noopener">
            {candidate.name}
          </a>
          {candidate.creditCode && <span className="duplicate-code"> {candidate.creditCode}</span>}
          <span className="duplicate-reason"> · {t(`enterprise.duplicates.reason.${candidate.reason}`)}</span>
        </li>
      ))}
    </ul>
  );
}
