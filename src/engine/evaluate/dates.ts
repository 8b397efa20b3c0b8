// Dates for the Date* operators, as integer milliseconds since the epoch (UTC).
// Documented rule ("Date condition operators"): values are ISO 8601 dates or epoch (UNIX) seconds,
// and both forms compare on one time scale. Accepted forms (both engines):
//   epoch seconds: optional '-' and 1–15 digits
//   YYYY-MM-DD, optionally followed by 'T' hh:mm, :ss, .fraction (truncated to milliseconds),
//   then an optional zone: 'Z' or ±hh:mm / ±hhmm (a date without a zone is UTC).
// Anything else, or an impossible calendar date, is malformed (NaN) and never matches.

const EPOCH = /^-?\d{1,15}$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return NaN;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Parses a date condition value into epoch milliseconds; NaN when malformed. */
export function parseDate(text: string): number {
  if (EPOCH.test(text)) return Number(text) * 1000;
  const m = ISO.exec(text);
  if (m === null) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const offset = zoneOffsetMinutes(m[8]);
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
}
