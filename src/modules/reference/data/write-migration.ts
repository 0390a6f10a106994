// Prints the SQL that loads the reference tables from the CSV files beside this script, for the custom migration
// that every database (test templates included) runs:
//   npx drizzle-kit generate --custom --name=reference-data
//   npx tsx src/modules/reference/data/write-migration.ts > migrations/<that file>.sql
import { readIndustryRows, readRegionRows } from '../reference-files.ts';

const literal = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;

function inserts(table: string, columns: string[], rows: (string | number | null)[][]): string[] {
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((row) => `(${row.map(literal).join(', ')})`);
    statements.push(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES\n${values.join(',\n')};`);
  }
  return statements;
}

const statements = [
  ...inserts(
    'industries',
    ['code', 'section', 'level', 'parent_code', 'name', 'remark'],
    readIndustryRows().map((r) => [r.code, r.section, r.level, r.parentCode, r.name, r.remark]),
  ),
  ...inserts(
    'regions',
    ['code', 'name', 'parent_code', 'kind'],
    readRegionRows().map((r) => [r.code, r.name, r.parentCode, r.kind]),
  ),
];
process.stdout.write(`${statements.join('\n--> statement-breakpoint\n')}\n`);
