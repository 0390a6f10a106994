import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMayConcernMe } from './api.ts';

/**
 * On "policies for me": policies whose conditions are not yet written as rules but whose text matches the
 * organisation's own, apart from the checked ones since nothing was checked. Nothing when there are none.
 */
export function MayConcernSection() {
  const { t } = useTranslation();
  const { data } = useMayConcernMe();
  if (!data?.items.length) return null;
  return (
    <Card size="small" title={t('policyFit.mayConcernTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('policyFit.mayConcernIntro')}</Typography.Paragraph>
      <List
        dataSource={data.items}
        renderItem={(policy) => (
          <List.Item key={policy.policyId}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Link to={`/policies/${policy.policyId}`} style={{ overflowWrap: 'anywhere' }}>
                {policy.policyTitle}
              </Link>
              <Typography.Text type="secondary">{policy.issuer}</Typography.Text>
              <Flex wrap gap={4} align="center">
                <Typography.Text type="secondary">{t('policyFit.sharedWords')}</Typography.Text>
                {policy.terms.map((term) => (
                  <Tag key={term}>{term}</Tag>
                ))}
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
