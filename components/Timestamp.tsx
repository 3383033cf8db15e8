import { formatDate, formatDateTime } from '@/lib/dates/newsroomTime';

/** A machine-readable `<time>` shown in the newsroom's time zone. */
export function Timestamp({ date, style = 'full' }: { date: Date; style?: 'full' | 'date' }) {
  return <time dateTime={date.toISOString()}>{style === 'full' ? formatDateTime(date) : formatDate(date)}</time>;
}
