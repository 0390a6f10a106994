import { buildReferenceData } from './reference-data.ts';
import { readIndustryRows, readRegionRows } from './reference-files.ts';

/** The reference data straight from the repository's files, for tests that need no database. */
export const fileReference = buildReferenceData(readIndustryRows(), readRegionRows());
