import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { can } from '../../../app/access.ts';
import { useMe } from '../../../app/auth.tsx';
import { describeError } from '../../../components/describe-error.ts';
import { formatDateTime } from '../../../components/format.ts';
import { ErrorResult } from '../../../components/results.tsx';
import { awaitsVerification, figureIndicators, useEnterpriseFigures, useRefreshFigures, type Figure, type YearFigures } from './api.ts';
import { YearFiguresModal } from './YearFiguresModal.tsx';

function FigureCell({ figure }: { figure: Figure | null }) {
  const { t, i18n } = useTranslation();
  if (!figure) return <Typography.Text type="secondary">—</Typography.Text>;
  const given = [figure.source, figure.updatedBy?.name, formatDateTime(figure.updatedAt)].filter(Boolean).join(' · ');
  const verified = figure.verifiedAt ? t('enterprise.figures.verifiedBy', { name: figure.verifiedBy?.name ?? '', at: formatDateTime(figure.verifiedAt) }) : '';
  return (
    <Tooltip title={[given, verified].filter(Boolean).join('\n')}>
      <span style={{ whiteSpace: 'nowrap' }}>
        {figure.value.toLocaleString(i18n.language)}
        {figure.selfReported && (
          <Tag color={figure.verifiedAt ? 'blue' : 'orange'} style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
            {figure.verifiedAt ? t('enterprise.figures.selfReported') : t('enterprise.figures.unverified')}
          </Tag>
        )}
      </span>
    </Tooltip>
  );
}

/**
 * 年度指标 on the enterprise's page: a row a year with the five indicators, self-reported ones tagged until staff
 * verify them. Staff edit any year and verify; the enterprise's own user reports its figures here.
 */
export function EnterpriseFiguresCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const mayWrite = can(me, 'enterpriseFigure.edit') || (can(me, 'enterpriseFigure.report') && me.enterpriseId === enterpriseId);
  const mayVerify = can(me, 'enterpriseFigure.verify');
  const { data, error, refetch } = useEnterpriseFigures(enterpriseId);
  const refresh = useRefreshFigures();
  const [editing, setEditing] = useState<YearFigures | 'new' | null>(null);
  const [verifying, setVerifying] = useState<number | null>(null);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;

  async function verify(year: number) {
    setVerifying(year);
    try {
      await api.POST('/api/enterprises/{id}/figures/{year}/verify', { params: { path: { id: enterpriseId, year } } });
      await refresh();
      void message.success(t('enterprise.figures.verified'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setVerifying(null);
    }
  }

  const columns: TableProps<YearFigures>['columns'] = [
    { key: 'year', title: t('enterprise.figures.year'), dataIndex: 'year', fixed: 'left', width: 72 },
    ...figureIndicators.map((indicator) => ({
      key: indicator,
      title: t(`enterprise.figures.labels.${indicator}`),
      align: 'right' as const,
      render: (_: unknown, year: YearFigures) => <FigureCell figure={year.figures[indicator]} />,
    })),
  ];
  if (mayWrite || mayVerify) {
    columns.push({
      key: 'actions',
      title: t('enterprise.figures.actions'),
      render: (_, year) => (
        <Space size={4} wrap={false}>
          {mayWrite && <Button size="small" icon={<EditOutlined />} aria-label={t('enterprise.figures.editYear', { year: year.year })} onClick={() => setEditing(year)} />}
          {mayVerify && figureIndicators.some((indicator) => awaitsVerification(year.figures[indicator])) && (
            <Button size="small" icon={<CheckOutlined />} loading={verifying === year.year} onClick={() => void verify(year.year)}>
              {t('enterprise.figures.verify')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('enterprise.figures.title')}
      extra={mayWrite && data && <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('enterprise.figures.addYear')}</Button>}
      style={{ marginTop: 16 }}
      styles={{ body: { paddingInline: 0 } }}
    >
      <Table<YearFigures>
        rowKey="year"
        size="small"
        loading={!data}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.figures.empty')} /> }}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 16px 0', fontSize: 12 }}>
        {t('enterprise.figures.units')}
      </Typography.Paragraph>
      {editing && data && <YearFiguresModal enterpriseId={enterpriseId} figures={data} year={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
