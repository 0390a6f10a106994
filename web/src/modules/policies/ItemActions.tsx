import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';

/**
 * What a reader can do next with a published benefit item: an enterprise applies for one delivered on application
 * (快申快享); staff open the enterprises that fit it, and those who record payouts the data-qualified list of one
 * delivered automatically (免申即享).
 */
export function ItemActions({ item }: { item: { id: string; delivery: 'automatic' | 'application' } }) {
  const { t } = useTranslation();
  const me = useMe();
  const links = [
    item.delivery === 'application' && can(me, 'policyApplication.apply') && { to: `/policy-applications/new?item=${item.id}`, label: t('policy.actions.apply'), primary: true },
    can(me, 'policy.read') && { to: `/policies/items/${item.id}/eligible`, label: t('policy.actions.eligible'), primary: false },
    item.delivery === 'automatic' && can(me, 'policyPayout.record') && { to: `/policy-items/${item.id}/automatic`, label: t('policy.actions.automaticList'), primary: false },
  ].filter((link) => link !== false);
  if (links.length === 0) return null;
  return (
    <Flex wrap gap={8}>
      {links.map((link) => (
        <Link key={link.to} to={link.to}>
          <Button size="small" type={link.primary ? 'primary' : 'default'}>
            {link.label}
          </Button>
        </Link>
      ))}
    </Flex>
  );
}
