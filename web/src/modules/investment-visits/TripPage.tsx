import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { concernColors, useTripReport } from './api.ts';
import { OpenStepList } from './OpenStepList.tsx';
import { TripFormModal } from './TripsPage.tsx';
import { VisitList } from './VisitList.tsx';

/** A field trip's report: where and when, its visits, the concerns tallied by tag with their notes, the open next steps. */
export function TripPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useTripReport(id);
  const [editing, setEditing] = useState(false);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !data) return <Skeleton active />;
  const { trip } = data;
  const raised = data.concerns.filter((c) => c.count > 0);
  return (
    <>
      <PageHeader
        title={trip.name}
        extra={
          <>
            <Link to="/visits/trips">
              <Button icon={<ArrowLeftOutlined />}>{t('visits.trips.title')}</Button>
            </Link>{' '}
            {trip.mayEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('visits.trips.edit')}
              </Button>
            )}
          </>
        }
      />
      <Flex wrap gap={16} align="flex-start">
        <Flex vertical gap={16} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Card size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('visits.trips.dates')}>{`${trip.startsOn} ~ ${trip.endsOn}`}</Descriptions.Item>
              <Descriptions.Item label={t('visits.trips.destination')}>{trip.destination}</Descriptions.Item>
              <Descriptions.Item label={t('visits.fields.team')}>{trip.teamName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('visits.trips.purpose')}>{trip.purpose ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('visits.trips.concerns')}>
            {raised.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.noConcerns')} />
            ) : (
              raised.map((concern) => (
                <div key={concern.tag} style={{ marginBottom: 12 }}>
                  <Tag color={concernColors[concern.tag]}>
                    {t(`visits.concerns.${concern.tag}`)} × {concern.count}
                  </Tag>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {concern.notes.map((note) => (
                      <li key={`${note.visitId}-${concern.tag}`} style={{ overflowWrap: 'anywhere' }}>
                        <Link to={`/visits/${note.visitId}`}>{note.enterpriseName}</Link>：{note.note}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </Card>
          <Card size="small" title={t('visits.trips.openSteps')}>
            <OpenStepList steps={data.openNextSteps} empty={t('visits.steps.noneOpen')} showOwner />
          </Card>
        </Flex>
        <Card size="small" title={t('visits.trips.visits', { count: data.visits.length })} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <VisitList items={data.visits} loading={false} empty={<Empty description={t('visits.trips.noVisits')} />} />
        </Card>
      </Flex>
      {editing && <TripFormModal trip={trip} onClose={() => setEditing(false)} />}
    </>
  );
}
