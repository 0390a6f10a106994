import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { RowAction } from '../../components/RowAction.tsx';

/** Edit and delete for a part of an edition (a track, round, phase or prize), as the server allows them; named for screen readers. */
export function PartActions({ name, actions, onEdit, onDelete }: { name: string; actions: readonly string[]; onEdit: () => void; onDelete: () => Promise<unknown> }) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {actions.includes('edit') && <RowAction iconOnly label={t('competition.actions.editPart', { name })} icon={<EditOutlined />} onClick={onEdit} />}
      {actions.includes('delete') && (
        <Popconfirm title={t('competition.actions.confirmDeletePart', { name })} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={onDelete}>
          <RowAction iconOnly danger label={t('competition.actions.deletePart', { name })} icon={<DeleteOutlined />} />
        </Popconfirm>
      )}
    </Flex>
  );
}
