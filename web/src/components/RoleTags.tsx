import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRole } from '../app/access.ts';

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <span className="tag-list">
      {roles.map((role) => (
        <Tag key={role} color={role === 'admin' ? 'volcano' : 'blue'}>
          {isRole(role) ? t(`roles.${role}`) : role}
        </Tag>
      ))}
    </span>
  );
}
