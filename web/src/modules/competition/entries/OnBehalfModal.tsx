import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../../../app/api.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { entryFormData, entryFormDefaults, EntryFormFields, type EntryFormValues } from './EntryFormFields.tsx';

/** An organiser registers an entry for an entrant (source organiser): the public form's fields, without an account. */
export function OnBehalfModal({ editionId, roundId, tracks, onClose }: { editionId: string; roundId: string; tracks: readonly { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // One key for this dialog: sent again after a lost answer, it registers nothing twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  // The route's path with its ids filled in, as the API document names it.
  const path = `/api/competition/editions/${editionId}/rounds/${roundId}/entries` as '/api/competition/editions/{id}/rounds/{roundId}/entries';

  return (
    <FormModal<EntryFormValues>
      title={t('competition.entries.onBehalf')}
      initialValues={entryFormDefaults}
      onClose={onClose}
      onSubmit={async (values) => {
        await upload(path, entryFormData(values, idempotencyKey), () => undefined);
        await client.invalidateQueries({ queryKey: ['competition', 'entries', roundId] });
      }}
    >
      <EntryFormFields tracks={tracks} />
    </FormModal>
  );
}
