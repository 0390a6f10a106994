import { CheckSquareOutlined, PayCircleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import type { ResponseOf } from '../../api/types.ts';
import { describeError } from '../../components/describe-error.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { applicationKeys, formatWan, useRefreshApplications } from './api.ts';

type QualifiedList = ResponseOf<'/api/policy-items/{id}/qualified-list', 'get'>;
type Qualified = QualifiedList['items'][number];

/**
 * 免申即享 for one item: the enterprises the data shows eligible today with the amount computed for each, the
 * latest confirmation of the list, confirming it again, and recording the payouts of the chosen enterprises.
 */
export function AutomaticPayoutsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const mayPay = can(useMe(), 'policyPayout.record');
  const refresh = useRefreshApplications();
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<string[]>([]);
  const [paidOn, setPaidOn] = useState(dayjs());
  const [busy, setBusy] = useState<string | null>(null);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: [...applicationKeys.all, 'qualified', id, page],
    queryFn: ({ signal }) => api.GET('/api/policy-items/{id}/qualified-list', { params: { path: { id }, query: { page, pageSize: 50 } }, signal }),
    placeholderData: keepPreviousData,
  });

  async function run(kind: string, write: () => Promise<unknown>) {
    setBusy(kind);
    try {
      await write();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      await refresh();
      setBusy(null);
    }
  }
  const confirm = () => run('confirm', () => api.POST('/api/policy-items/{id}/qualified-list/confirm', { params: { path: { id } } }));
  const pay = () =>
    run('pay', async () => {
      const result = await api.POST('/api/policy-items/{id}/automatic-payouts', {
        params: { path: { id } },
        body: { confirmationId: data!.confirmation!.id, paidOn: paidOn.format('YYYY-MM-DD'), payouts: chosen.map((enterpriseId) => ({ enterpriseId })) },
      });
      void message.success(t('policyApplications.automatic.recorded', { count: result.recorded.length }));
      setChosen([]);
    });

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (!data) return <Card loading />;
  const confirmed = new Set(data.confirmation?.enterprises.map((entry) => entry.enterpriseId) ?? []);
  const payable = (entry: Qualified) => mayPay && !entry.paid && confirmed.has(entry.enterpriseId);
  return (
    <>
      <PageHeader title={t('policyApplications.automatic.title', { item: data.item.title })} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Typography.Paragraph type="secondary">{data.item.policyTitle}</Typography.Paragraph>
          {data.confirmation ? (
            <Typography.Paragraph>
              {t('policyApplications.automatic.confirmedBy', {
                name: data.confirmation.confirmedByName,
                at: formatDateTime(data.confirmation.confirmedAt),
                count: data.confirmation.enterprises.length,
              })}
            </Typography.Paragraph>
          ) : (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('policyApplications.automatic.notConfirmed')} />
          )}
          {mayPay && (
            <Flex wrap gap={8} align="center">
              <Button icon={<CheckSquareOutlined />} loading={busy === 'confirm'} onClick={() => void confirm()}>
                {t('policyApplications.automatic.confirm')}
              </Button>
              <DatePicker value={paidOn} onChange={(value) => value && setPaidOn(value)} allowClear={false} aria-label={t('policyApplications.fields.paidOn')} />
              <Button type="primary" icon={<PayCircleOutlined />} disabled={chosen.length === 0} loading={busy === 'pay'} onClick={() => void pay()}>
                {t('policyApplications.automatic.pay', { count: chosen.length })}
              </Button>
            </Flex>
          )}
        </Card>
        <Card size="small">
          <Table<Qualified>
            rowKey="enterpriseId"
            size="small"
            loading={isFetching}
            dataSource={data.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t('policyApplications.automatic.empty')} /> }}
            rowSelection={mayPay ? { selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]), getCheckboxProps: (entry) => ({ disabled: !payable(entry) }) } : undefined}
            pagination={{ current: page, pageSize: data.pageSize, total: data.total, onChange: setPage, showSizeChanger: false, size: 'small' }}
            columns={[
              { key: 'name', title: t('policyApplications.fields.enterprise'), render: (_, entry) => <Link to={`/enterprises/${entry.enterpriseId}`}>{entry.name}</Link> },
              {
                key: 'amount',
                title: t('policyApplications.fields.suggestedAmount'),
                render: (_, entry) => (entry.amountWan === null ? t('policyApplications.unknown') : t('policyApplications.wan', { amount: formatWan(entry.amountWan) })),
              },
              {
                key: 'paid',
                title: t('policyApplications.fields.payout'),
                render: (_, entry) =>
                  entry.paid ? (
                    <Tag color="green">{t('policyApplications.paidLine', { amount: formatWan(entry.paid.amountWan), day: formatDate(entry.paid.paidOn) })}</Tag>
                  ) : confirmed.has(entry.enterpriseId) ? (
                    <Tag>{t('policyApplications.automatic.unpaid')}</Tag>
                  ) : (
                    <Tag color="orange">{t('policyApplications.automatic.unconfirmed')}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}
