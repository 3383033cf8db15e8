import { site } from '@/lib/config/site';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options })));
  return f;
}

/** 24-hour time with the zone's short name, as every time we show is written. */
const CLOCK: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/** The parts of a formatted date, by type ('' for a part the options leave out). */
export function partsOf(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const parts = formatter(timeZone, options).formatToParts(date);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

/** "09:30 GMT" from the parts of a date formatted with CLOCK. */
const clock = (get: ReturnType<typeof partsOf>) => `${get('hour')}:${get('minute')} ${get('timeZoneName')}`;

/** "Wed 25 November 2026, 09:30 GMT" in the newsroom's time zone (BST in summer). */
export function formatDateTime(date: Date, timeZone: string = site.timeZone): string {
  const get = partsOf(date, timeZone, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', ...CLOCK });
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${clock(get)}`;
}

/** "25 Nov 2026" in the newsroom's time zone, for cards and lists. */
export function formatDate(date: Date, timeZone: string = site.timeZone): string {
  return formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** "09:30 GMT" in the newsroom's time zone: a live post's time, which readers scan by the hour. */
export function formatTimeOfDay(date: Date, timeZone: string = site.timeZone): string {
  return clock(partsOf(date, timeZone, CLOCK));
}
