import { formatDate, formatNumber, formatTime, t } from './i18n.svelte'

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as people write it; anything else unchanged. */
export function formatPublished(published: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published)
  if (!match) return published
  const [, year, month, day] = match
  if (!month) return year
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)))
  // UTC on both sides, so the local time zone cannot shift the day.
  return formatDate(date, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
  })
}

/** When a card comes due, in local time: "today at 14:05", "tomorrow at 09:00" or a date. */
export function formatDue(iso: string, now: Date = new Date()): string {
  const due = new Date(iso)
  if (Number.isNaN(due.getTime())) return iso
  const time = formatTime(due)
  const days = dayNumber(due) - dayNumber(now)
  if (days === 0) return t('due-today', { time })
  if (days === 1) return t('due-tomorrow', { time })
  const date = formatDate(due, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(due.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
  })
  return t('due-on', { date, time })
}

function dayNumber(date: Date): number {
  return Math.round(new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime() / 86_400_000)
}

/** A file size for people: `512 B`, `14 KB`, `3.2 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return t('size-bytes', { n: formatNumber(bytes) })
  if (bytes < 1024 * 1024) return t('size-kilobytes', { n: formatNumber(bytes / 1024, { maximumFractionDigits: 0 }) })
  return t('size-megabytes', { n: formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1, minimumFractionDigits: 1 }) })
}

/** English-only count, left for the views not yet moved to the message catalogue. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * How long until a card comes back, as short as a button allows: `10 min`, `3 days`, `1.5 mo`
 * in the interface language (minutes under an hour, hours under a day, days under a month).
 */
export function formatInterval(seconds: number): string {
  const minutes = Math.max(1, seconds / 60)
  const days = seconds / 86_400
  const [value, unit, digits]: [number, string, number] =
    minutes < 60
      ? [Math.round(minutes), 'minute', 0]
      : minutes < 24 * 60
        ? [Math.round(minutes / 60), 'hour', 0]
        : days < 30
          ? [Math.round(days), 'day', 0]
          : days < 365
            ? [days / 30, 'month', 1]
            : [days / 365, 'year', 1]
  // Narrow months would read as minutes in English ("2m"), so months and years are short.
  const unitDisplay = digits ? 'short' : 'narrow'
  return formatNumber(value, { style: 'unit', unit, unitDisplay, maximumFractionDigits: digits })
}
