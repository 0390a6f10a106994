import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Where the embedded PostgreSQL keeps its files (unused with DATABASE_URL). */
  dataDir: string;
  /** An external PostgreSQL; when absent the app runs an embedded one under dataDir. */
  databaseUrl: string | undefined;
  seedDemo: boolean;
  logLevel: string;
  /** Cookies get the Secure flag; set when served over HTTPS (directly or behind a proxy). */
  secureCookies: boolean;
  trustProxy: boolean;
  sessionTtlHours: number;
}

function readBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

function readPort(value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: readPort(env.PORT, 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    seedDemo: readBoolean(env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL || 'info',
    secureCookies: readBoolean(env.SECURE_COOKIES, false),
    trustProxy: readBoolean(env.TRUST_PROXY, false),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS || 12),
  };
}
