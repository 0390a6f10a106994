import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RuleNames } from '../describe-rule.ts';
import { describeCondition } from '../describe-rule.ts';
import { ItemActions } from '../ItemActions.tsx';
import { fitStatusColors, type ConditionFit, type ItemFit } from './api.ts';
import { describeEstimate, describeOutcome } from './describe-fit.ts';

const outcomeIcons: Record<ConditionFit['outcome'], React.ReactNode> = {
  met: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  unmet: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
  unknown: <QuestionCircleFilled style={{ color: '#faad14' }} />,
};

/** One benefit item against an enterprise: its status, the estimated sum, and each condition met ✓, unmet ✗ or unknown ?. */
export function ItemFitView({ item, names }: { item: ItemFit; names: RuleNames }) {
  const { t } = useTranslation();
  const estimate = describeEstimate(item, t);
  return (
    <Card size="small" className="policy-fit-item" title={<span style={{ whiteSpace: 'normal' }}>{item.itemTitle}</span>}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/policies/${item.policyId}`} style={{ overflowWrap: 'anywhere' }}>
          {item.policyTitle}
        </Link>
        <div>
          <Tag color={fitStatusColors[item.status]}>{t(`policyFit.statuses.${item.status}`)}</Tag>
          <Tag>{t(`policy.kinds.${item.kind}`)}</Tag>
          <Tag>{t(`policy.deliveries.${item.delivery}`)}</Tag>
        </div>
        {estimate && <Typography.Text strong>{estimate}</Typography.Text>}
        {item.status !== 'ineligible' && <ItemActions item={{ id: item.itemId, delivery: item.delivery }} />}
        <List
          size="small"
          dataSource={item.conditions}
          renderItem={(fit, index) => {
            const outcome = describeOutcome(fit, t);
            return (
              <List.Item key={index} style={{ paddingInline: 0, alignItems: 'flex-start' }}>
                <Space align="start" size={8}>
                  <span role="img" aria-label={t(`policyFit.outcomes.${fit.outcome}`)} title={t(`policyFit.outcomes.${fit.outcome}`)}>
                    {outcomeIcons[fit.outcome]}
                  </span>
                  <div style={{ overflowWrap: 'anywhere' }}>
                    <div>{describeCondition(fit.condition, names, t)}</div>
                    {outcome && <Typography.Text type={fit.outcome === 'unknown' ? 'warning' : 'secondary'}>{outcome}</Typography.Text>}
                  </div>
                </Space>
              </List.Item>
            );
          }}
        />
      </Space>
    </Card>
  );
}
