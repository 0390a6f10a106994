import { Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategories } from './api.ts';

/** The link that opens the desk's submit page at a market window, its category chosen. */
export const askWindowPath = (code: string) => `/service-desk/new?category=${encodeURIComponent(code)}`;

/**
 * The technology market's service windows (服务窗口: technology trading, IP, finance, legal), which are the desk's
 * categories marked as market windows: each with what it takes and a button that asks it. On the home page, and
 * small beside a listing or a demand.
 */
export function MarketWindowsCard({ size }: { size?: 'small' }) {
  const { t } = useTranslation();
  const { data, isPending } = useCategories();
  const windows = (data ?? []).filter((category) => category.marketWindow);
  if (!isPending && windows.length === 0) return null;
  return (
    <Card size={size} title={t('serviceDesk.windows.title')} extra={<Link to="/service-desk">{t('serviceDesk.windows.mine')}</Link>}>
      <List
        loading={isPending}
        dataSource={windows}
        renderItem={(window) => (
          <List.Item
            actions={[
              <Link key="ask" to={askWindowPath(window.code)}>
                <Button size="small">{t('serviceDesk.windows.ask')}</Button>
              </Link>,
            ]}
          >
            <Flex vertical>
              <Typography.Text strong>{window.name}</Typography.Text>
              {window.description && <Typography.Text type="secondary">{window.description}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
