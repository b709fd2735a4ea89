/**
 * A calendar date as people write it ("1 December 2027"), in the style of the organisation's country where it is
 * given (British where not); a date has no time zone. For messages and e-mails, never for storage.
 */
export function spelledDate(date: string, country = 'GB'): string {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  try {
    return format(`en-${country}`);
  } catch {
    return format('en');
  }
}
