import { describe, expect, it } from 'vitest';
import { demoExposureRefusal, isLoopbackHost, loadConfig } from './config.ts';

describe('listen address', () => {
  it('listens on loopback unless told otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({}).allowDemoOnNetwork).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_DEMO_ON_NETWORK: 'true' })).toMatchObject({ host: '0.0.0.0', allowDemoOnNetwork: true });
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('refusing to expose the demo accounts', () => {
  const demo = ['admin', 'leader'];

  it('refuses a network address while demo accounts keep the public password', () => {
    const refusal = demoExposureRefusal({ host: '0.0.0.0', allowDemoOnNetwork: false }, demo);
    expect(refusal).toContain('admin, leader');
    expect(refusal).toContain('ALLOW_DEMO_ON_NETWORK');
    expect(demoExposureRefusal({ host: '::', allowDemoOnNetwork: false }, ['judge'])).not.toBeNull();
  });

  it.each([
    ['loopback', { host: '127.0.0.1', allowDemoOnNetwork: false }, demo],
    ['the operator allows it', { host: '0.0.0.0', allowDemoOnNetwork: true }, demo],
    ['no account keeps the demo password', { host: '0.0.0.0', allowDemoOnNetwork: false }, []],
  ])('starts when %s', (_case, config, accounts) => {
    expect(demoExposureRefusal(config, accounts)).toBeNull();
  });
});

describe('attachment storage', () => {
  it('keeps attachments under DATA_DIR unless told otherwise', () => {
    expect(loadConfig({}).attachmentStorage).toEqual({ kind: 'local' });
  });

  it('reads an S3-compatible bucket, and refuses one without its bucket or keys', () => {
    const s3 = { ATTACHMENT_STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'qiao', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: 'true' };
    expect(loadConfig(s3).attachmentStorage).toEqual({
      kind: 's3', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', bucket: 'qiao', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true, prefix: 'attachments/',
    });
    expect(() => loadConfig({ ...s3, S3_BUCKET: '' })).toThrow(/S3_BUCKET must be set when ATTACHMENT_STORAGE is s3/);
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: undefined })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ ATTACHMENT_STORAGE: 'ftp' })).toThrow(/local or s3/);
  });

  it('keeps the keys under a prefix of folders, attachments/ unless told otherwise', () => {
    const s3 = { ATTACHMENT_STORAGE: 's3', S3_BUCKET: 'shared', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };
    const prefixOf = (S3_PREFIX: string) => {
      const storage = loadConfig({ ...s3, S3_PREFIX }).attachmentStorage;
      return storage.kind === 's3' ? storage.prefix : null;
    };
    expect(prefixOf('/qiao/prod/attachments/')).toBe('qiao/prod/attachments/');
    expect(prefixOf('qiao_2.files')).toBe('qiao_2.files/');
    for (const refused of ['a//b', '../other', 'a/./b', 'a b', '附件']) expect(() => prefixOf(refused)).toThrow(/S3_PREFIX/);
  });
});

describe('e-mail', () => {
  it('sends none unless SMTP_URL is set, and then needs a sender', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtps://qiao:secret@smtp.example.com:465', MAIL_FROM: 'Qiao <qiao@example.gov.cn>' }).mail).toEqual({
      smtpUrl: 'smtps://qiao:secret@smtp.example.com:465',
      from: 'Qiao <qiao@example.gov.cn>',
    });
    expect(() => loadConfig({ SMTP_URL: 'smtp://smtp.example.com' })).toThrow(/MAIL_FROM/);
  });

  it('refuses an SMTP_URL that is not one, without repeating its password', () => {
    expect(() => loadConfig({ SMTP_URL: 'https://qiao:secret@smtp.example.com', MAIL_FROM: 'qiao@example.gov.cn' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });

  it.each([
    ['https://qiao.example.gov.cn/', 'https://qiao.example.gov.cn'],
    ['http://10.0.0.5:3000/qiao/', 'http://10.0.0.5:3000/qiao'],
  ])('links e-mails to PUBLIC_URL %s as %s', (value, publicUrl) => {
    expect(loadConfig({ PUBLIC_URL: value }).publicUrl).toBe(publicUrl);
  });

  it('refuses a PUBLIC_URL that is not a web address', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(() => loadConfig({ PUBLIC_URL: 'qiao.example.gov.cn' })).toThrow(/PUBLIC_URL/);
  });
});

describe('database pool', () => {
  it('keeps 40 connections unless told otherwise, and refuses a size that is not a whole number above 0', () => {
    expect(loadConfig({}).databasePoolSize).toBe(40);
    expect(loadConfig({ DATABASE_POOL_SIZE: '12' }).databasePoolSize).toBe(12);
    for (const value of ['0', '-3', '2.5', 'many']) {
      expect(() => loadConfig({ DATABASE_POOL_SIZE: value })).toThrow(/DATABASE_POOL_SIZE/);
    }
  });
});

describe('technology market publication', () => {
  it('publishes for 365 days with a reminder 30 days before unless told otherwise', () => {
    expect(loadConfig({}).market).toEqual({ publicationDays: 365, reminderDays: 30, dealStallDays: 14 });
    expect(loadConfig({ MARKET_PUBLICATION_DAYS: '180', MARKET_REMINDER_DAYS: '14', MARKET_DEAL_STALL_DAYS: '21' }).market).toEqual({
      publicationDays: 180,
      reminderDays: 14,
      dealStallDays: 21,
    });
    expect(() => loadConfig({ MARKET_REMINDER_DAYS: '0' })).toThrow(/MARKET_REMINDER_DAYS/);
  });
});

describe('the lead pool', () => {
  it.each([
    [{}, { poolReturnDays: 30, poolWarningDays: 5 }],
    [{ LEAD_POOL_RETURN_DAYS: '14', LEAD_POOL_WARNING_DAYS: '3' }, { poolReturnDays: 14, poolWarningDays: 3 }],
    // A short period leaves a shorter warning, and a period of one day none.
    [{ LEAD_POOL_RETURN_DAYS: '4' }, { poolReturnDays: 4, poolWarningDays: 3 }],
    [{ LEAD_POOL_RETURN_DAYS: '1' }, { poolReturnDays: 1, poolWarningDays: 0 }],
  ])('reads %j as %j', (env, leads) => {
    expect(loadConfig(env).leads).toEqual(leads);
  });

  it('refuses a warning no earlier than the return, and days that are not whole and positive', () => {
    expect(() => loadConfig({ LEAD_POOL_RETURN_DAYS: '10', LEAD_POOL_WARNING_DAYS: '10' })).toThrow(/LEAD_POOL_WARNING_DAYS \(10\) must be below LEAD_POOL_RETURN_DAYS \(10\)/);
    expect(() => loadConfig({ LEAD_POOL_RETURN_DAYS: '0' })).toThrow(/LEAD_POOL_RETURN_DAYS/);
    expect(() => loadConfig({ LEAD_POOL_WARNING_DAYS: '2.5' })).toThrow(/LEAD_POOL_WARNING_DAYS/);
  });
});

describe("the service desk's daily summary time", () => {
  it.each([
    [{}, { hour: 7, minute: 0 }],
    [{ SERVICE_DESK_SUMMARY_TIME: '06:45' }, { hour: 6, minute: 45 }],
    [{ SERVICE_DESK_SUMMARY_TIME: '23:59' }, { hour: 23, minute: 59 }],
  ])('reads %j as %j', (env, time) => {
    expect(loadConfig(env).serviceDeskSummary).toEqual(time);
  });

  it.each(['7:00', '24:00', '07:60', 'seven'])('refuses %s', (value) => {
    expect(() => loadConfig({ SERVICE_DESK_SUMMARY_TIME: value })).toThrow(/SERVICE_DESK_SUMMARY_TIME must be a time of day as HH:MM/);
  });
});

describe('retention', () => {
  it('keeps finished timers 30 days, read notifications 180 and deleted attachments\' content 30 unless told otherwise', () => {
    expect(loadConfig({}).retention).toEqual({ finishedTimerDays: 30, readNotificationDays: 180, deletedAttachmentDays: 30 });
    expect(
      loadConfig({ TIMER_RETENTION_DAYS: '7', READ_NOTIFICATION_RETENTION_DAYS: '365', DELETED_ATTACHMENT_RETENTION_DAYS: '90' }).retention,
    ).toEqual({ finishedTimerDays: 7, readNotificationDays: 365, deletedAttachmentDays: 90 });
  });

  it.each(['TIMER_RETENTION_DAYS', 'READ_NOTIFICATION_RETENTION_DAYS', 'DELETED_ATTACHMENT_RETENTION_DAYS'])('refuses %s that is not whole and positive', (name) => {
    for (const value of ['0', '-1', '1.5', 'forever']) expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
