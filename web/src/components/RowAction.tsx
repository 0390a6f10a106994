import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

interface RowActionProps {
  label: string;
  icon: ReactNode;
  /** Where a table has no room for words: the icon alone, named for screen readers and in a tooltip. */
  iconOnly: boolean;
  onClick?: () => void;
  disabled?: boolean;
  danger?: boolean;
}

/** One action on a table row or card. */
export function RowAction({ label, icon, iconOnly, onClick, disabled, danger }: RowActionProps) {
  const button = (
    <Button type="link" size="small" icon={icon} onClick={onClick} disabled={disabled} danger={danger} aria-label={iconOnly ? label : undefined}>
      {!iconOnly && label}
    </Button>
  );
  return iconOnly ? <Tooltip title={label}>{button}</Tooltip> : button;
}
