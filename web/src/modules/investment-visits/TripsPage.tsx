import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, List, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useRefreshVisits, useTeamOptions, useTrips, type Trip } from './api.ts';

interface TripForm {
  name: string;
  teamId?: string;
  destination: string;
  dates: [Dayjs, Dayjs];
  purpose?: string;
}

/** Plans a trip, or changes one (`trip` given): the same fields either way. */
export function TripFormModal({ trip, onClose }: { trip?: Trip; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshVisits();
  const { data: teams } = useTeamOptions();
  const initialValues: Partial<TripForm> | undefined = trip && {
    name: trip.name,
    teamId: trip.teamId ?? undefined,
    destination: trip.destination,
    dates: [dayjs(trip.startsOn), dayjs(trip.endsOn)],
    purpose: trip.purpose ?? undefined,
  };
  return (
    <FormModal<TripForm>
      title={trip ? t('visits.trips.edit') : t('visits.trips.new')}
      initialValues={initialValues}
      onSubmit={async (values) => {
        const body = {
          name: values.name,
          teamId: values.teamId ?? (trip ? null : undefined),
          destination: values.destination,
          startsOn: values.dates[0].format('YYYY-MM-DD'),
          endsOn: values.dates[1].format('YYYY-MM-DD'),
          purpose: values.purpose ?? '',
        };
        const saved = trip ? await api.PUT('/api/visits/trips/{id}', { params: { path: { id: trip.id } }, body }) : await api.POST('/api/visits/trips', { body });
        await refresh();
        if (trip) onClose();
        else void navigate(`/visits/trips/${saved.id}`);
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('visits.trips.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="destination" label={t('visits.trips.destination')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="dates" label={t('visits.trips.dates')} rules={[{ required: true, message: t('common.required') }]}>
        <PeriodPicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="teamId" label={t('visits.fields.team')} extra={t('visits.trips.teamHint')}>
        <Select allowClear options={teams?.map((team) => ({ value: team.id, label: team.name }))} />
      </Form.Item>
      <Form.Item name="purpose" label={t('visits.trips.purpose')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** Field trips (出访): each groups the visits of a few days in one place; its report is a click away. */
export function TripsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, error, isFetching, refetch } = useTrips(page);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('visits.trips.title')}
        extra={
          <>
            <Link to="/visits">
              <Button icon={<ArrowLeftOutlined />}>{t('visits.back')}</Button>
            </Link>{' '}
            {can(me, 'visit.record') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('visits.trips.new')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <List<Trip>
          loading={isFetching && !data}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={t('visits.trips.empty')} /> }}
          pagination={data && data.total > data.pageSize ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, size: 'small' } : false}
          renderItem={(trip) => (
            <List.Item key={trip.id} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={<Link to={`/visits/trips/${trip.id}`}>{trip.name}</Link>}
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                    {[`${trip.startsOn} ~ ${trip.endsOn}`, trip.destination, trip.teamName, t('visits.trips.visitCount', { count: trip.visits })].filter(Boolean).join(' · ')}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <TripFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
