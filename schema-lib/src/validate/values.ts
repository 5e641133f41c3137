/** Reads a text value leniently: portals and parsers hand over strings, numbers, or nothing. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function isBlank(text: string | undefined): boolean {
  // A test that stops at the first visible character: a long answer is not copied to find it is not blank.
  return text === undefined || !/[^\s\u200b\ufeff]/.test(text);
}

/** Reads the marked option ids of a choice group: an array of ids, or one id. Duplicates collapse. */
export function choiceValue(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  return [...new Set(list.filter((v): v is string => typeof v === 'string'))];
}
