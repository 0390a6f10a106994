import dayjs from 'dayjs';

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '—';
}

/** Who did something; the platform records its own work (seeding, jobs) as 'system', which the reader sees in their language. */
export function formatActor(name: string | null, systemLabel: string): string | null {
  return name === 'system' ? systemLabel : name;
}
