import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/describe-error.ts';
import { useDebounced } from '../../components/use-debounced.ts';
import { hasWords, useMatchPreview, type DemandDraft, type ListingMatch } from './api.ts';
import { WanAmount } from './display.tsx';
import { MatchList } from './MatchList.tsx';

/** Long enough that a word being typed is not asked for letter by letter, short enough to feel live. */
const TYPING_PAUSE_MS = 500;

/**
 * On the demand form, beside or below it: the listings that best answer the demand as it stands, asked again
 * each time the writer pauses, so a vague demand shows at once how little it matches and why.
 */
export function LiveMatchPreview({ draft, top = 10 }: { draft: DemandDraft; top?: number }) {
  const { t } = useTranslation();
  const settled = useDebounced({ ...draft, top }, TYPING_PAUSE_MS);
  const { data, isFetching, error } = useMatchPreview(settled);
  const words = hasWords(settled);
  return (
    <Card title={t('marketMatching.preview.title')} size="small">
      <Typography.Paragraph type="secondary">{t('marketMatching.preview.hint')}</Typography.Paragraph>
      {error && <Alert type="warning" showIcon message={describeError(error, t)} style={{ marginBottom: 8 }} />}
      {words && (
        <MatchList<ListingMatch>
          items={data?.items}
          loading={isFetching && !data}
          pathOf={(item) => `/market/listings/${item.id}`}
          extra={(item) => <WanAmount value={item.priceWan} />}
          empty={t('marketMatching.preview.empty')}
        />
      )}
    </Card>
  );
}
