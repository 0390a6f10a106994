// Prints the SQL that loads the reference tables from the CSV files beside this script, for a custom migration
// that every database (test templates included) runs. Rows are upserted, so the same output serves a first load
// and a later change of names:
//   npx drizzle-kit generate --custom --name=<what changed>
//   npx tsx src/modules/reference/data/write-migration.ts >> migrations/<that file>.sql
import { readIndustryRows, readRegionRows } from '../reference-files.ts';

const literal = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;

function upserts(table: string, columns: string[], rows: (string | number | null)[][]): string[] {
  const statements: string[] = [];
  const updates = columns
    .filter((column) => column !== 'code')
    .map((column) => `"${column}" = excluded."${column}"`)
    .join(', ');
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((row) => `(${row.map(literal).join(', ')})`);
    statements.push(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES\n${values.join(',\n')}\nON CONFLICT ("code") DO UPDATE SET ${updates};`,
    );
  }
  return statements;
}

const statements = [
  ...upserts(
    'industries',
    ['code', 'section', 'level', 'parent_code', 'name', 'name_en', 'remark'],
    readIndustryRows().map((r) => [r.code, r.section, r.level, r.parentCode, r.name, r.nameEn, r.remark]),
  ),
  ...upserts(
    'regions',
    ['code', 'name', 'name_en', 'parent_code', 'kind'],
    readRegionRows().map((r) => [r.code, r.name, r.nameEn, r.parentCode, r.kind]),
  ),
];
process.stdout.write(`${statements.join('\n--> statement-breakpoint\n')}\n`);
