// For tests: competition entries written straight to the database, without the registration form.

import type { competitionEntries } from '../modules/competition/schema.ts';

type EntryRow = typeof competitionEntries.$inferInsert;

/** An entry's row with what a test names, and the rest of the registration form filled in plainly. */
export function entryRow(parts: Pick<EntryRow, 'editionId' | 'roundId' | 'trackId' | 'number' | 'projectName' | 'organisationName' | 'enterpriseId'> & Partial<EntryRow>): EntryRow {
  return {
    stage: 'prototype',
    financing: 'angel',
    teamSize: 5,
    teamSummary: '核心团队五人',
    summary: '项目简介',
    contactName: '联系人',
    contactPhone: '13800000000',
    ...parts,
  };
}
