import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { ErrorResult } from '../../components/results.tsx';
import { evaluationFigures, policyLevels, useEvaluationEnterprises, type EvaluationEnterprises, type EvaluationFigure, type PolicyLevel } from './api.ts';

type EnterpriseRow = EvaluationEnterprises['items'][number];
const pageSize = 20;

/** The enterprises behind one figure of the evaluation, by name, each opening its record. */
export function EvaluationEnterprisesPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const figure = (evaluationFigures as readonly string[]).includes(search.get('figure') ?? '') ? (search.get('figure') as EvaluationFigure) : 'eligible';
  const level = (policyLevels as readonly string[]).includes(search.get('level') ?? '') ? (search.get('level') as PolicyLevel) : undefined;
  const [page, toPage] = usePageParam();
  const params = { figure, level, policyId: search.get('policyId') ?? undefined, itemId: search.get('itemId') ?? undefined };
  const enterprises = useEvaluationEnterprises({ ...params, page, pageSize });

  return (
    <>
      <PageHeader
        title={t('policyEvaluation.enterprisesTitle')}
        extra={
          <Link to={level ? `/reports/policies?level=${level}` : '/reports/policies'}>
            <Button icon={<ArrowLeftOutlined />}>{t('policyEvaluation.backToReport')}</Button>
          </Link>
        }
      >
        <Typography.Text type="secondary">{t(`policyEvaluation.figures.${figure}`)}</Typography.Text>
      </PageHeader>
      {enterprises.error ? (
        <ErrorResult error={enterprises.error} onRetry={() => void enterprises.refetch()} />
      ) : (
        <Table<EnterpriseRow>
          rowKey="enterpriseId"
          size="small"
          loading={enterprises.isPending}
          dataSource={enterprises.data?.items}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize, total: enterprises.data?.total ?? 0, onChange: toPage, showSizeChanger: false, showTotal: (total) => t('policyEvaluation.enterpriseCount', { count: total }) }}
          columns={[
            { key: 'name', title: t('policyEvaluation.columns.enterprise'), fixed: 'left', render: (_, row) => <Link to={`/enterprises/${row.enterpriseId}`}>{row.name}</Link> },
            { key: 'creditCode', title: t('policyEvaluation.columns.creditCode'), render: (_, row) => row.creditCode ?? '—' },
            { key: 'items', title: t('policyEvaluation.columns.items'), render: (_, row) => row.items.map((item) => item.title).join('、') },
            ...(figure === 'paid' ? [{ key: 'amount', title: t('policyEvaluation.columns.amountWan'), align: 'right' as const, render: (_: unknown, row: EnterpriseRow) => row.amountWan }] : []),
          ]}
        />
      )}
    </>
  );
}
