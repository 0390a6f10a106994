import { Button, Tooltip, type ButtonProps } from 'antd';
import type { ReactNode, Ref } from 'react';

interface RowActionProps extends Pick<ButtonProps, 'onClick' | 'disabled' | 'danger'> {
  label: string;
  icon: ReactNode;
  /** Where a table has no room for words: the icon alone, named for screen readers and in a tooltip. */
  iconOnly: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * One action on a table row or card. The ref and the handlers a wrapper adds (Popconfirm's, to open and to place
 * itself) reach the button, so that a confirmation opens beside it.
 */
export function RowAction({ label, icon, iconOnly, ...button }: RowActionProps) {
  const element = (
    <Button type="link" size="small" icon={icon} aria-label={iconOnly ? label : undefined} {...button}>
      {!iconOnly && label}
    </Button>
  );
  return iconOnly ? <Tooltip title={label}>{element}</Tooltip> : element;
}
