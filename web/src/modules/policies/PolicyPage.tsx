import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { Attachments } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { usePolicy, useRefreshPolicies, type BenefitItem, type Policy } from './api.ts';
import { BenefitItemFormModal } from './BenefitItemFormModal.tsx';
import { describeAmountRule, describeCondition } from './describe-rule.ts';
import { PolicyFormModal } from './PolicyFormModal.tsx';
import { ItemActions } from './ItemActions.tsx';
import { GuideStatusTag, PolicyStateTag } from './PolicyTags.tsx';
import { TextMatchesCard } from './eligibility/TextMatchesCard.tsx';

const guideParts = ['guideTarget', 'guideConditions', 'guideAmount', 'guideHowToApply', 'guideContact'] as const;
const paragraph = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** One benefit item: kind and delivery, each condition and the amount in words, the files to bring. */
function ItemView({ item, policy }: { item: BenefitItem; policy: Policy }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ minWidth: 0 }}>
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {item.title}
      </Typography.Text>
      <Flex wrap gap={4}>
        <Tag>{t(`policy.kinds.${item.kind}`)}</Tag>
        <Tag color={item.delivery === 'automatic' ? 'green' : 'blue'}>{t(`policy.deliveries.${item.delivery}`)}</Tag>
      </Flex>
      <Typography.Text type="secondary">{t('policy.page.conditions')}</Typography.Text>
      {item.rule.all.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {item.rule.all.map((condition, index) => (
            <li key={index} style={{ overflowWrap: 'anywhere' }}>
              {describeCondition(condition, policy.names, t)}
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text>{t('policy.page.noConditions')}</Typography.Text>
      )}
      <Typography.Text>
        <Typography.Text type="secondary">{t('policy.page.amount')}：</Typography.Text>
        {describeAmountRule(item.amountRule, t)}
      </Typography.Text>
      {item.requiredFiles.length > 0 && (
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>
          <Typography.Text type="secondary">{t('policy.page.requiredFiles')}：</Typography.Text>
          {item.requiredFiles.join(t('policy.describe.separator'))}
        </Typography.Text>
      )}
      {item.description && (
        <Typography.Paragraph type="secondary" style={{ ...paragraph, marginBottom: 0 }}>
          {item.description}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

/** A policy: its facts, the guide, the benefit items with their conditions in words, the original text and files. */
export function PolicyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const { id = '' } = useParams();
  const { data: policy, error, isPending, refetch } = usePolicy(id);
  const refresh = useRefreshPolicies();
  const [editing, setEditing] = useState(false);
  const [itemForm, setItemForm] = useState<{ item?: BenefitItem } | null>(null);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !policy) return <Skeleton active />;
  const staff = can(me, 'policy.read');
  const manages = policy.actions.includes('edit');

  async function run(work: () => Promise<unknown>, done?: string) {
    try {
      await work();
      await refresh();
      if (done) void message.success(done);
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }
  const path = { params: { path: { id: policy.id } } };
  const move = (index: number, by: number) => {
    const ids = policy.items.map((item) => item.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    return run(() => api.PUT('/api/policies/{id}/items/order', { ...path, body: { itemIds: ids } }));
  };
  const until = (day: string | null) => day ?? t('policy.page.openEnded');

  return (
    <>
      <PageHeader
        title={policy.title}
        extra={
          <Link to="/policies">
            <Button icon={<ArrowLeftOutlined />}>{t('policy.back')}</Button>
          </Link>
        }
      >
        <Flex wrap gap={4} align="center">
          <Tag>{t(`policy.levels.${policy.level}`)}</Tag>
          {staff && <PolicyStateTag state={policy.state} />}
          {staff && <GuideStatusTag status={policy.guideStatus} dueAt={policy.guideDueAt} />}
        </Flex>
      </PageHeader>
      {manages && (
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('policy.actions.edit')}
          </Button>
          {policy.actions.includes('publish') && (
            <Button type="primary" onClick={() => void run(() => api.POST('/api/policies/{id}/publish', path), t('policy.actions.published'))}>
              {t('policy.actions.publish')}
            </Button>
          )}
          {policy.actions.includes('withdraw') && (
            <Popconfirm
              title={t('policy.actions.confirmWithdraw')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => run(() => api.POST('/api/policies/{id}/withdraw', path), t('policy.actions.withdrawn'))}
            >
              <Button danger>{t('policy.actions.withdraw')}</Button>
            </Popconfirm>
          )}
          {policy.actions.includes('delete') && (
            <Popconfirm
              title={t('policy.actions.confirmDelete')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() =>
                run(async () => {
                  await api.DELETE('/api/policies/{id}', path);
                  void navigate('/policies');
                }, t('policy.actions.deleted'))
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('policy.actions.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('policy.fields.issuer')}>{policy.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('policy.fields.documentNumber')}>{policy.documentNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('policy.fields.issuedOn')}>{policy.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('policy.fields.effectiveOn')}>
              {t('policy.page.dates', { from: policy.effectiveOn ?? policy.issuedOn, to: until(policy.expiresOn) })}
            </Descriptions.Item>
            {policy.applicationOpensOn && (
              <Descriptions.Item label={t('policy.fields.applicationOpensOn')}>
                {t('policy.page.window', { from: policy.applicationOpensOn, to: until(policy.applicationClosesOn) })}
              </Descriptions.Item>
            )}
            {staff && <Descriptions.Item label={t('policy.fields.guideDueAt')}>{formatDateTime(policy.guideDueAt)}</Descriptions.Item>}
            {policy.guidePublishedAt && <Descriptions.Item label={t('policy.fields.guidePublishedAt')}>{formatDateTime(policy.guidePublishedAt)}</Descriptions.Item>}
            {staff && policy.createdByName && <Descriptions.Item label={t('policy.fields.createdBy')}>{policy.createdByName}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card size="small" title={t('policy.page.guide')}>
          {guideParts.some((part) => policy[part]) ? (
            <Descriptions column={1} size="small" layout="vertical">
              {guideParts.map((part) => (
                <Descriptions.Item key={part} label={t(`policy.fields.${part}`)}>
                  <span style={paragraph}>{policy[part] ?? '—'}</span>
                </Descriptions.Item>
              ))}
            </Descriptions>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policy.page.guideMissing')} />
          )}
        </Card>
        <Card
          size="small"
          title={t('policy.page.items')}
          extra={
            manages && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setItemForm({})}>
                {t('policy.actions.addItem')}
              </Button>
            )
          }
        >
          <List
            dataSource={policy.items}
            locale={{ emptyText: t('policy.page.noItems') }}
            renderItem={(item, index) => (
              <List.Item key={item.id} style={{ display: 'block' }}>
                <ItemView item={item} policy={policy} />
                {policy.state === 'published' && <ItemActions item={item} />}
                {manages && (
                  <Flex wrap gap={4} style={{ marginTop: 8 }}>
                    <Button size="small" icon={<EditOutlined />} onClick={() => setItemForm({ item })}>
                      {t('policy.actions.editItem')}
                    </Button>
                    <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('policy.actions.moveUp')} disabled={index === 0} onClick={() => void move(index, -1)} />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('policy.actions.moveDown')}
                      disabled={index === policy.items.length - 1}
                      onClick={() => void move(index, 1)}
                    />
                    <Popconfirm
                      title={t('policy.actions.confirmDeleteItem')}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => run(() => api.DELETE('/api/policies/{id}/items/{itemId}', { params: { path: { id: policy.id, itemId: item.id } } }))}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />}>
                        {t('policy.actions.deleteItem')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                )}
              </List.Item>
            )}
          />
        </Card>
        {policy.originalText && (
          <Card size="small" title={t('policy.page.originalText')}>
            <Typography.Paragraph style={{ ...paragraph, marginBottom: 0 }}>{policy.originalText}</Typography.Paragraph>
          </Card>
        )}
        <Card size="small" title={t('policy.page.files')}>
          <Attachments kind="policy" recordId={policy.id} />
        </Card>
        {staff && <TextMatchesCard policyId={policy.id} />}
      </Flex>
      {editing && <PolicyFormModal policy={policy} onClose={() => setEditing(false)} />}
      {itemForm && <BenefitItemFormModal policyId={policy.id} item={itemForm.item} onClose={() => setItemForm(null)} />}
    </>
  );
}
