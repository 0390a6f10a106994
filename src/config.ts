import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Where the embedded PostgreSQL keeps its files (unused with DATABASE_URL), and attachments on local storage. */
  dataDir: string;
  /** An external PostgreSQL; when absent the app runs an embedded one under dataDir. */
  databaseUrl: string | undefined;
  /** Connections this instance keeps open to PostgreSQL at most. */
  databasePoolSize: number;
  seedDemo: boolean;
  logLevel: string;
  /** Cookies get the Secure flag; set when served over HTTPS (directly or behind a proxy). */
  secureCookies: boolean;
  trustProxy: boolean;
  sessionTtlHours: number;
  /**
   * How long a market listing or demand stays published once approved or renewed, and the reminder before; after
   * how many days without a move or a message an open deal counts as stalled on the operator's queue.
   */
  market: { publicationDays: number; reminderDays: number; dealStallDays: number };
  /**
   * After how many days without a follow-up or a change an owned lead returns to the pool (公海), and how many days
   * before that its owner is warned.
   */
  leads: { poolReturnDays: number; poolWarningDays: number };
  /** After how many days in one working stage an investment project counts as stalled (its manager and team lead told). */
  projects: { stallDays: number };
  /** When the service desk's daily summary of the day before is produced, in Beijing time (07:00 by default). */
  serviceDeskSummary: { hour: number; minute: number };
  /** Listen beyond loopback even while demo accounts still have the public demo password. */
  allowDemoOnNetwork: boolean;
  attachmentStorage: AttachmentStorageConfig;
  /**
   * How many days the daily housekeeping keeps what is done with: fired and given-up timers, read notifications, and
   * the stored content of deleted attachments (their rows stay).
   */
  retention: { finishedTimerDays: number; readNotificationDays: number; deletedAttachmentDays: number };
  /** Where notification e-mails go out; without it Qiao sends no e-mail at all. */
  mail: MailConfig | null;
  /** The address users open Qiao at, for links in e-mails; without it e-mails carry no links. */
  publicUrl: string | undefined;
}

export interface MailConfig {
  /** nodemailer's SMTP URL, e.g. `smtps://user:pass@smtp.example.com:465`. */
  smtpUrl: string;
  /** The sender, e.g. `Qiao <qiao@example.gov.cn>`. */
  from: string;
}

/**
 * Where attachments' content is kept: files under DATA_DIR (one instance, or several sharing that folder), or a
 * bucket of S3-compatible storage (MinIO, Alibaba OSS, Tencent COS) that any number of instances share.
 */
export type AttachmentStorageConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      /** The service's address; absent for AWS itself. */
      endpoint: string | undefined;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      /** Bucket in the path rather than the host name, as MinIO expects by default. */
      forcePathStyle: boolean;
      /**
       * Where in the bucket Qiao's keys go, ending in a slash: the bucket may hold other things, and Qiao lists (and
       * sweeps of content without a row) only what is under it.
       */
      prefix: string;
    };

function readBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

/**
 * A request holds its connection until the event loop has read the answer, and under load that wait, not
 * PostgreSQL, is most of the hold; too few connections then queue requests behind a database that is idle.
 * With 200 clients on two cores (bench:enterprises), 40 served more requests a second than 30, with lower list and
 * search latencies; two instances with their job queues (2 × 45) stay under PostgreSQL's default of 100
 * connections, which 45 would not.
 */
const defaultPoolSize = 40;

function readPositiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return number;
}

function readRequired(name: string, value: string | undefined, purpose: string): string {
  if (!value) throw new Error(`${name} must be set ${purpose}`);
  return value;
}

function readAttachmentStorage(env: NodeJS.ProcessEnv): AttachmentStorageConfig {
  const kind = env.ATTACHMENT_STORAGE || 'local';
  if (kind === 'local') return { kind };
  if (kind !== 's3') throw new Error(`ATTACHMENT_STORAGE must be local or s3, got "${kind}"`);
  const forS3 = 'when ATTACHMENT_STORAGE is s3';
  return {
    kind,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    bucket: readRequired('S3_BUCKET', env.S3_BUCKET, forS3),
    accessKeyId: readRequired('S3_ACCESS_KEY_ID', env.S3_ACCESS_KEY_ID, forS3),
    secretAccessKey: readRequired('S3_SECRET_ACCESS_KEY', env.S3_SECRET_ACCESS_KEY, forS3),
    forcePathStyle: readBoolean(env.S3_FORCE_PATH_STYLE, false),
    prefix: readPrefix(env.S3_PREFIX),
  };
}

/** Folder names joined by slashes, with one at the end; `attachments/` when unset. */
function readPrefix(value: string | undefined): string {
  const folders = (value || 'attachments').replace(/^\/+|\/+$/g, '');
  if (!/^[0-9A-Za-z._-]+(\/[0-9A-Za-z._-]+)*$/.test(folders) || folders.split('/').some((folder) => /^\.+$/.test(folder))) {
    throw new Error(`S3_PREFIX must be folder names of letters, digits, ".", "_" and "-" joined by "/", got "${value}"`);
  }
  return `${folders}/`;
}

function readLeadPool(env: NodeJS.ProcessEnv): Config['leads'] {
  const poolReturnDays = readPositiveInteger('LEAD_POOL_RETURN_DAYS', env.LEAD_POOL_RETURN_DAYS, 30);
  // Five days, or as many as a shorter period leaves (none for a period of one day).
  const poolWarningDays = env.LEAD_POOL_WARNING_DAYS
    ? readPositiveInteger('LEAD_POOL_WARNING_DAYS', env.LEAD_POOL_WARNING_DAYS, 5)
    : Math.min(5, poolReturnDays - 1);
  if (env.LEAD_POOL_WARNING_DAYS && poolWarningDays >= poolReturnDays) throw new Error(`LEAD_POOL_WARNING_DAYS (${poolWarningDays}) must be below LEAD_POOL_RETURN_DAYS (${poolReturnDays})`);
  return { poolReturnDays, poolWarningDays };
}

function readBeijingTime(name: string, value: string | undefined, fallback: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec((value || fallback).trim());
  if (!match) throw new Error(`${name} must be a time of day as HH:MM, got "${value}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function readPort(value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

function readMail(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  if (!/^smtps?:\/\//.test(smtpUrl)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const from = env.MAIL_FROM?.trim();
  // A made-up sender would be refused or filed as spam by most receiving servers: the operator names one.
  if (!from) throw new Error('MAIL_FROM must be set with SMTP_URL, e.g. "Qiao <qiao@example.gov.cn>"');
  return { smtpUrl, from };
}

function readPublicUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw new Error(`PUBLIC_URL must be an http(s) address, got "${value}"`);
  // Without its trailing slash, so that app paths (which start with one) join it as they are.
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: readPort(env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: readPositiveInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, defaultPoolSize),
    seedDemo: readBoolean(env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL || 'info',
    secureCookies: readBoolean(env.SECURE_COOKIES, false),
    trustProxy: readBoolean(env.TRUST_PROXY, false),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS || 12),
    market: {
      publicationDays: readPositiveInteger('MARKET_PUBLICATION_DAYS', env.MARKET_PUBLICATION_DAYS, 365),
      reminderDays: readPositiveInteger('MARKET_REMINDER_DAYS', env.MARKET_REMINDER_DAYS, 30),
      dealStallDays: readPositiveInteger('MARKET_DEAL_STALL_DAYS', env.MARKET_DEAL_STALL_DAYS, 14),
    },
    leads: readLeadPool(env),
    projects: { stallDays: readPositiveInteger('PROJECT_STALL_DAYS', env.PROJECT_STALL_DAYS, 30) },
    serviceDeskSummary: readBeijingTime('SERVICE_DESK_SUMMARY_TIME', env.SERVICE_DESK_SUMMARY_TIME, '07:00'),
    allowDemoOnNetwork: readBoolean(env.ALLOW_DEMO_ON_NETWORK, false),
    attachmentStorage: readAttachmentStorage(env),
    retention: {
      finishedTimerDays: readPositiveInteger('TIMER_RETENTION_DAYS', env.TIMER_RETENTION_DAYS, 30),
      readNotificationDays: readPositiveInteger('READ_NOTIFICATION_RETENTION_DAYS', env.READ_NOTIFICATION_RETENTION_DAYS, 180),
      deletedAttachmentDays: readPositiveInteger('DELETED_ATTACHMENT_RETENTION_DAYS', env.DELETED_ATTACHMENT_RETENTION_DAYS, 30),
    },
    mail: readMail(env),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
  };
}

/** Whether a listen address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const address = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return (
    address === 'localhost' ||
    address === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(address) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(address)
  );
}

/**
 * Why the server must not start, or null: demo accounts share a password printed in the README, so they may be
 * reachable from the network only when the operator says so.
 */
export function demoExposureRefusal(
  config: Pick<Config, 'host' | 'allowDemoOnNetwork'>,
  accountsWithDemoPassword: readonly string[],
): string | null {
  if (accountsWithDemoPassword.length === 0 || isLoopbackHost(config.host) || config.allowDemoOnNetwork) return null;
  return (
    `refusing to listen on ${config.host}: the demo accounts ${accountsWithDemoPassword.join(', ')} still have the ` +
    'public demo password. Listen on 127.0.0.1 (the default HOST), change or remove those accounts, or set ' +
    'ALLOW_DEMO_ON_NETWORK=true to expose them anyway.'
  );
}
