import { Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../../components/Brand.tsx';
import { LanguageSelect } from '../../../components/LanguageSelect.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { usePublicNotices } from './api.ts';

/** The competition's results notices (公示) for anyone: each round's advancing entries while the notice runs, never a score. */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = usePublicNotices();
  return (
    <div className="portal-page">
      <header className="portal-header">
        <span className="portal-brand">
          <Brand />
          <span className="portal-title">{t('competitionResults.noticesTitle')}</span>
        </span>
        <span className="portal-header-actions">
          <LanguageSelect />
        </span>
      </header>
      <main className="portal-main">
        {error ? (
          <ErrorResult error={error} onRetry={() => void refetch()} />
        ) : isPending || !data ? (
          <Skeleton active />
        ) : data.items.length === 0 ? (
          <Empty description={t('competitionResults.noNotices')} />
        ) : (
          <Flex vertical gap={12}>
            {data.items.map((notice) => (
              <Card key={`${notice.roundName}-${notice.phaseKind}-${String(notice.noticePublishedAt)}`} size="small" title={`${notice.editionName} · ${notice.roundName} · ${t(`competition.phaseKinds.${notice.phaseKind}`)}`}>
                <Typography.Paragraph type="secondary">{t('competitionResults.noticeUntil', { day: notice.noticeEndsOn })}</Typography.Paragraph>
                <Table
                  size="small"
                  rowKey="number"
                  pagination={false}
                  dataSource={notice.advancing}
                  columns={[
                    { key: 'rank', title: t('competitionResults.columns.rank'), dataIndex: 'rank' },
                    { key: 'number', title: t('competitionResults.columns.number'), dataIndex: 'number' },
                    { key: 'project', title: t('competitionResults.columns.project'), dataIndex: 'projectName' },
                    { key: 'organisation', title: t('competitionResults.columns.organisation'), dataIndex: 'organisationName' },
                  ]}
                />
              </Card>
            ))}
          </Flex>
        )}
      </main>
    </div>
  );
}
