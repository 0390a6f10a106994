import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title with its actions, which wrap under the title on narrow screens. */
export function PageHeader({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-header">
      <div className="page-header-row">
        <Typography.Title level={3} className="page-title">
          {title}
        </Typography.Title>
        {extra && <div className="page-header-extra">{extra}</div>}
      </div>
      {children}
    </div>
  );
}
