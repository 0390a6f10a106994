import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, List, Modal, Row, Select, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../../app/auth.tsx';
import { can } from '../../../app/access.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useLandingTracker, type LandingTracker } from './api.ts';
import { LandingSupportModal } from './LandingSupportModal.tsx';

const figures = ['entries', 'leads', 'projects', 'signed', 'registered', 'producing'] as const;
type FigureKey = (typeof figures)[number];
type TrackedEntry = LandingTracker['entries']['entries'][number];

/**
 * 赛事+服务+落地: how many of an edition's (or a round's) entries became leads, projects, signed, registered and
 * producing, each figure opening the entries or projects behind it; landing support is recorded on the entries.
 * The round is in the address (`?roundId=`), so that a round's dashboard opens its own tracker.
 */
export function LandingTrackerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const roundId = search.get('roundId') ?? undefined;
  const [open, setOpen] = useState<FigureKey>('entries');
  const [supporting, setSupporting] = useState<TrackedEntry | null>(null);
  const { data: tracker, error, isPending, refetch } = useLandingTracker(id, roundId);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !tracker) return <Skeleton active />;
  const manages = can(me, 'competition.manage');
  const figure = tracker[open];
  const round = tracker.rounds.find((candidate) => candidate.id === tracker.roundId);

  return (
    <>
      <PageHeader
        title={round ? t('competitionResults.roundTrackerTitle', { edition: tracker.editionName, round: round.name }) : t('competitionResults.trackerTitle', { edition: tracker.editionName })}
        extra={
          <Flex wrap gap={8}>
            <Link to={`/competition/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('competitionResults.backToEdition')}</Button>
            </Link>
            <DownloadButton path={`/api/competition/editions/${id}/landing/export`} fileName="landing-tracker.xlsx" query={roundId ? { roundId } : {}}>
              {t('competitionResults.export')}
            </DownloadButton>
          </Flex>
        }
      />
      <Flex vertical gap={12}>
        <Select
          aria-label={t('competitionResults.scope')}
          style={{ width: 320, maxWidth: '100%' }}
          value={roundId ?? null}
          onChange={(value) => setSearch(value ? { roundId: value } : {})}
          options={[{ value: null, label: t('competitionResults.wholeEdition') }, ...tracker.rounds.map((round) => ({ value: round.id, label: round.name }))]}
        />
        <Row gutter={[12, 12]}>
          {figures.map((key) => (
            <Col key={key} xs={12} sm={8} md={4}>
              <Card size="small" hoverable onClick={() => setOpen(key)} style={open === key ? { borderColor: '#1677ff' } : undefined} data-figure={key}>
                <Statistic title={t(`competitionResults.figures.${key}`)} value={tracker[key].count} />
              </Card>
            </Col>
          ))}
        </Row>
        <Card size="small" title={t(`competitionResults.figures.${open}`)}>
          {'entries' in figure ? (
            <List
              size="small"
              dataSource={figure.entries}
              renderItem={(entry) => (
                <List.Item
                  key={entry.id}
                  extra={
                    <Button size="small" onClick={() => setSupporting(entry)}>
                      {t('competitionResults.support', { count: entry.supportCount })}
                    </Button>
                  }
                >
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text>
                      {entry.number} {entry.projectName}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {entry.organisationName} · {entry.roundName}
                      {entry.leadId && (
                        <>
                          {' · '}
                          <Link to={`/leads/${entry.leadId}`}>{t('competitionResults.lead')}</Link>
                        </>
                      )}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <List
              size="small"
              dataSource={figure.projects}
              renderItem={(project) => (
                <List.Item key={project.id}>
                  <Link to={`/projects/${project.id}`}>{project.name}</Link> <Tag>{t(`competitionResults.stages.${project.stage}`)}</Tag>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Flex>
      {supporting && (
        <Modal open footer={null} onCancel={() => setSupporting(null)} title={`${supporting.number} ${supporting.projectName}`}>
          <LandingSupportModal editionId={id} entryId={supporting.id} manages={manages} />
        </Modal>
      )}
    </>
  );
}
