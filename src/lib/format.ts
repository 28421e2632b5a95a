const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(date: Date | undefined): string {
  return date ? dateTime.format(date) : '';
}

export function formatBoolean(value: boolean | undefined, yes = 'Yes', no = 'No'): string {
  if (value === undefined) return '';
  return value ? yes : no;
}

export function formatList(values: readonly string[] | undefined): string {
  return values && values.length > 0 ? values.join(', ') : '';
}
