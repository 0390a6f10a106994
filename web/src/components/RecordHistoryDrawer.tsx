import { Drawer } from 'antd';
import type { ReactNode } from 'react';
import { api } from '../app/api.ts';
import { AuditTrail, type AuditTrailProps } from './AuditTrail.tsx';
import { useIsMobile } from './use-is-mobile.ts';

interface RecordHistoryDrawerProps extends Pick<AuditTrailProps, 'fieldLabel' | 'formatValue'> {
  /** The record whose audit trail to show; null keeps the drawer closed. */
  record: { entityType: string; entityId: string } | null;
  title: ReactNode;
  onClose: () => void;
}

/** The audit trail of any record (a user, a tag), from the platform's own trail; for administrators and leaders. */
export function RecordHistoryDrawer({ record, title, onClose, fieldLabel, formatValue }: RecordHistoryDrawerProps) {
  const isMobile = useIsMobile();
  return (
    <Drawer open={Boolean(record)} onClose={onClose} title={title} size={isMobile ? '100%' : 640} destroyOnHidden>
      {record && (
        <AuditTrail
          queryKey={['audit', record.entityType, record.entityId]}
          load={(page, pageSize) => api.GET('/api/audit', { params: { query: { ...record, page, pageSize } } })}
          fieldLabel={fieldLabel}
          formatValue={formatValue}
        />
      )}
    </Drawer>
  );
}
