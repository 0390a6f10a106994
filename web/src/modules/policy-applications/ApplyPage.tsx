import { ArrowRightOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { submissionKey } from '../../components/submission-key.ts';
import { usePrefill, useRefreshApplications } from './api.ts';
import { Snapshot } from './Snapshot.tsx';

/**
 * 申请 (快申快享) from an item (`?item=<id>`, where "policies for me" and the policy page link): the item with the
 * files it asks for, the enterprise as the master record has it and the amount it would get; starting the
 * application opens its page, where the files are uploaded and it is submitted.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshApplications();
  const itemId = useSearchParams()[0].get('item') ?? '';
  const { data, error, isPending, refetch } = usePrefill(itemId);
  const [statement, setStatement] = useState('');
  const [key] = useState(submissionKey);
  const [saving, setSaving] = useState(false);

  async function start() {
    setSaving(true);
    try {
      const created = await api.POST('/api/policy-applications', { body: { itemId, idempotencyKey: key, statement: statement.trim() || undefined } });
      await refresh();
      void navigate(`/policy-applications/${created.id}`, { replace: true });
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setSaving(false);
    }
  }

  if (!itemId) return <Result status="404" title={t('policyApplications.apply.noItem')} />;
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton active />;
  return (
    <>
      <PageHeader title={t('policyApplications.apply.title')} />
      <Flex vertical gap={16}>
        <Card size="small" title={data.item.title}>
          <Typography.Paragraph type="secondary">{data.item.policyTitle}</Typography.Paragraph>
          <Typography.Text strong>{t('policyApplications.requiredFiles')}</Typography.Text>
          <ul style={{ paddingInlineStart: 20, marginBlock: 8 }}>
            {data.item.requiredFiles.length === 0 ? <li>{t('policyApplications.noRequiredFiles')}</li> : data.item.requiredFiles.map((name) => <li key={name}>{name}</li>)}
          </ul>
        </Card>
        {data.openApplicationId ? (
          <Card size="small">
            <Flex vertical gap={8} align="start">
              <Typography.Text>{t('policyApplications.apply.underWay')}</Typography.Text>
              <Link to={`/policy-applications/${data.openApplicationId}`}>
                <Button type="primary" icon={<ArrowRightOutlined />}>
                  {t('policyApplications.apply.open')}
                </Button>
              </Link>
            </Flex>
          </Card>
        ) : (
          <>
            <Card size="small" title={t('policyApplications.apply.prefilled')}>
              <Typography.Paragraph type="secondary">{t('policyApplications.apply.prefilledHint')}</Typography.Paragraph>
              <Snapshot snapshot={data.snapshot} suggestedAmountWan={data.suggestedAmountWan} />
            </Card>
            <Card size="small" title={t('policyApplications.fields.statement')}>
              <Input.TextArea
                value={statement}
                onChange={(event) => setStatement(event.target.value)}
                maxLength={4000}
                autoSize={{ minRows: 3, maxRows: 8 }}
                aria-label={t('policyApplications.fields.statement')}
                placeholder={t('policyApplications.apply.statementHint')}
              />
            </Card>
            <Button type="primary" size="large" icon={<FormOutlined />} loading={saving} onClick={() => void start()}>
              {t('policyApplications.apply.start')}
            </Button>
          </>
        )}
      </Flex>
    </>
  );
}
