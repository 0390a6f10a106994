import { App, Button, Card, Empty, Flex, Form, Input, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useShowFormProblem } from '../../../components/form-problems.ts';
import { useJudgeQueue, useRefreshJudging, type JudgeQueue } from './api.ts';

type Item = JudgeQueue['items'][number];

/** Declares a conflict of interest by entry number, before opening anything of the entry. */
function DeclareConflictForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ entryNumber: string; reason: string }>();
  const showProblem = useShowFormProblem(form);
  const refresh = useRefreshJudging();
  return (
    <Card size="small" title={t('competition.judging.declareConflict')}>
      <Typography.Paragraph type="secondary">{t('competition.judging.declareHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          try {
            await api.POST('/api/competition/judging/conflicts', { body: values });
            void message.success(t('competition.judging.declared'));
            form.resetFields();
            await refresh();
          } catch (failure) {
            showProblem(failure);
          }
        }}
      >
        <Form.Item name="entryNumber" label={t('competition.judging.entryNumber')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={t('competition.judging.reason')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button htmlType="submit">{t('competition.judging.declare')}</Button>
      </Form>
    </Card>
  );
}

/** A judge's queue, phone first: the entries assigned to them in open phases, scored or not, each opening its score sheet. */
export function JudgeQueuePage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useJudgeQueue();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending || !data) return <Skeleton active />;
  const status = (item: Item) => {
    if (!item.scored) return <Tag>{t('competition.judging.notScored')}</Tag>;
    if (item.abstained) return <Tag color="orange">{t('competition.judging.abstained')}</Tag>;
    return <Tag color="green">{t('competition.judging.scored')} · {item.total}</Tag>;
  };
  return (
    <>
      <PageHeader title={t('competition.judging.queue')} />
      <Flex vertical gap={12}>
        {data.items.length === 0 ? (
          <Empty description={t('competition.judging.queueEmpty')} />
        ) : (
          <List
            bordered
            dataSource={data.items}
            rowKey={(item) => `${item.phase.id}/${item.entry.id}`}
            renderItem={(item) => (
              <List.Item>
                <Link to={`/competition-judging/phases/${item.phase.id}/entries/${item.entry.id}`} style={{ width: '100%' }}>
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <Flex vertical>
                      <Typography.Text strong>
                        {item.entry.number} · {item.entry.projectName}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {item.entry.organisationName ?? t('competition.judging.anonymous')} · {item.entry.trackName} · {item.phase.roundName} {t(`competition.phaseKinds.${item.phase.kind}`)}
                      </Typography.Text>
                    </Flex>
                    {status(item)}
                  </Flex>
                </Link>
              </List.Item>
            )}
          />
        )}
        <DeclareConflictForm />
      </Flex>
    </>
  );
}
