import { defineConfig } from 'drizzle-kit';

// Each module and platform concern keeps its tables in its own schema.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/schema.ts',
  out: './migrations',
});
