import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntdApp, Avatar, Button, Drawer, Dropdown, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Brand } from '../components/Brand.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { useIsMobile } from '../components/use-is-mobile.ts';
import { NotificationBell } from '../modules/notifications/NotificationBell.tsx';
import { useMe, useSessionActions } from './auth.tsx';
import { webModules } from './modules.ts';
import { navigationFor, navKeyOf, type NavItem } from './navigation.ts';
import { QuickSearch } from './QuickSearch.tsx';
import type { NavKey } from './web-module.ts';

function NavigationMenu({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const paths = new Map(items.flatMap((item) => [item, ...(item.children ?? [])]).map((item) => [item.key, item.path]));
  // An enterprise user reaches their enterprise's pages through 我的企业, which they belong under.
  const selected = navKeyOf(items, pathname) ?? (paths.has('myEnterprise') && pathname.startsWith('/enterprises/') ? 'myEnterprise' : undefined);
  const toMenuItem = (item: NavItem): NonNullable<MenuProps['items']>[number] => ({
    key: item.key,
    icon: item.icon,
    label: t(`nav.${item.key}`),
    children: item.children?.map(toMenuItem),
  });
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={['administration']}
      items={items.map(toMenuItem)}
      onClick={({ key }) => {
        const path = paths.get(key as NavKey);
        if (path) void navigate(path);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}

function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { logOut } = useSessionActions();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'profile', icon: <UserOutlined />, label: t('nav.profile') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout') },
        ],
        onClick: async ({ key }) => {
          if (key === 'profile') return void navigate('/profile');
          await logOut();
          void navigate('/login', { replace: true });
        },
      }}
    >
      <Button type="text" className="user-menu-button" aria-label={t('nav.userMenu')} data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} />
        {!compact && (
          <span className="user-menu-name" translate="no">
            {me.displayName}
          </span>
        )}
      </Button>
    </Dropdown>
  );
}

/** The frame of every signed-in page: a side menu on wide screens, a drawer on phones. */
export function AppLayout() {
  const me = useMe();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = navigationFor(me, webModules);
  const { t } = useTranslation();

  return (
    <AntdApp>
      <Layout className="app-shell">
        {!isMobile && (
          <Layout.Sider theme="light" width={224} className="app-sider">
            <Link to="/" className="app-sider-brand">
              <Brand />
            </Link>
            <NavigationMenu items={items} />
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header className="app-header">
            {isMobile && (
              <>
                <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />
                <Link to="/">
                  <Brand />
                </Link>
              </>
            )}
            <QuickSearch compact={isMobile} />
            {/* On a phone the search itself takes the free width. */}
            {!isMobile && <span className="app-header-spacer" />}
            <LanguageSwitcher showName={!isMobile} />
            <NotificationBell />
            <UserMenu compact={isMobile} />
          </Layout.Header>
          <Layout.Content className="app-content">
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
        {isMobile && (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={260} title={<Brand />} styles={{ body: { padding: 0 } }}>
            <NavigationMenu items={items} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
      </Layout>
    </AntdApp>
  );
}
