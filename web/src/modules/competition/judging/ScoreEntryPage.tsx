import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Form, Input, InputNumber, List, Skeleton, Slider, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../app/api.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useShowFormProblem } from '../../../components/form-problems.ts';
import { weightedScore } from '../../../../../src/modules/competition/scoring/weighted-score.ts';
import { useJudgedEntry, useRefreshJudging, type JudgedEntry } from './api.ts';
import { useCriterionName } from './RubricFields.tsx';

interface SheetForm {
  abstained: boolean;
  scores: Record<string, number>;
  comment?: string | null;
}

/** The total the sheet gives as it stands, while every criterion has a score. */
function liveTotal(entry: JudgedEntry, values: SheetForm | undefined): number | null {
  const scores = values?.scores ?? {};
  if (values?.abstained || entry.phase.rubric.criteria.some(({ key }) => typeof scores[key] !== 'number')) return null;
  return weightedScore(entry.phase.rubric, { abstained: false, scores });
}

/** A judge scores an entry on a phone: a slider and a number per criterion with its weight, the total, abstain, a comment. */
export function ScoreEntryPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { phaseId = '', entryId = '' } = useParams();
  const { data: entry, error, isPending, refetch } = useJudgedEntry(phaseId, entryId);
  const [form] = Form.useForm<SheetForm>();
  const values = Form.useWatch([], form);
  const showProblem = useShowFormProblem(form);
  const refresh = useRefreshJudging();
  const criterionName = useCriterionName();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !entry) return <Skeleton active />;
  const total = liveTotal(entry, values);
  const disabled = !entry.editable;

  return (
    <>
      <PageHeader
        title={`${entry.entry.number} · ${entry.entry.projectName}`}
        extra={
          <Link to="/competition-judging">
            <Button icon={<ArrowLeftOutlined />}>{t('competition.judging.back')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={12} style={{ maxWidth: 640 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('competition.judging.organisationName')}>{entry.entry.organisationName ?? t('competition.judging.anonymous')}</Descriptions.Item>
          <Descriptions.Item label={t('competition.judging.track')}>{entry.entry.trackName}</Descriptions.Item>
          <Descriptions.Item label={t('competition.judging.summary')}>{entry.entry.summary}</Descriptions.Item>
          <Descriptions.Item label={t('competition.judging.team')}>{entry.entry.teamSummary}</Descriptions.Item>
        </Descriptions>
        <Card size="small" title={t('competition.judging.files')}>
          {entry.files.length === 0 ? (
            <Typography.Text type="secondary">{t('competition.judging.noFiles')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={entry.files}
              rowKey="id"
              renderItem={(file) => (
                <List.Item>
                  <a href={`/api/attachments/${file.id}/content`}>{file.fileName}</a>
                </List.Item>
              )}
            />
          )}
        </Card>
        {disabled && <Alert type="info" showIcon message={t('competition.judging.closed')} />}
        <Card size="small" title={t('competition.judging.score')}>
          <Form<SheetForm>
            form={form}
            layout="vertical"
            disabled={disabled}
            initialValues={{ abstained: entry.sheet?.abstained ?? false, scores: entry.sheet?.criteria ?? {}, comment: entry.sheet?.comment ?? '' }}
            onFinish={async (sheet) => {
              const body = sheet.abstained ? { abstained: true as const, comment: sheet.comment } : { abstained: false as const, scores: sheet.scores, comment: sheet.comment };
              try {
                await api.PUT('/api/competition/judging/phases/{phaseId}/entries/{entryId}/score', { params: { path: { phaseId, entryId } }, body });
                void message.success(t('common.saved'));
                await refresh();
              } catch (failure) {
                showProblem(failure);
              }
            }}
          >
            <Form.Item name="abstained" valuePropName="checked">
              <Checkbox>{t('competition.judging.abstain')}</Checkbox>
            </Form.Item>
            {!values?.abstained &&
              entry.phase.rubric.criteria.map(({ key, weight, maxScore }) => (
                <Form.Item key={key} label={`${criterionName(key)} (${weight}%)`} required>
                  <Flex gap={12} align="center">
                    <Form.Item name={['scores', key]} noStyle>
                      <Slider min={0} max={maxScore} step={0.5} style={{ flex: 1 }} />
                    </Form.Item>
                    <Form.Item name={['scores', key]} noStyle rules={[{ required: true, message: t('common.required') }]}>
                      <InputNumber min={0} max={maxScore} step={0.5} aria-label={criterionName(key)} style={{ width: 90 }} />
                    </Form.Item>
                  </Flex>
                </Form.Item>
              ))}
            <Statistic title={t('competition.judging.total')} value={total ?? '—'} />
            <Form.Item name="comment" label={t('competition.judging.comment')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large">
              {t('competition.judging.saveScore')}
            </Button>
          </Form>
        </Card>
      </Flex>
    </>
  );
}
