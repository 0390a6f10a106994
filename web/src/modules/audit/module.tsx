import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const AuditLogPage = lazy(() => import('./AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })));

/** The audit log: who did what, when, for administrators and leaders. */
export const auditWebModule = defineWebModule({
  name: 'audit',
  routes: [{ path: 'admin/audit', page: AuditLogPage, permission: 'audit.read' }],
  navigation: [{ key: 'auditLog', path: '/admin/audit', icon: <AuditOutlined />, permission: 'audit.read', group: 'administration' }],
});
