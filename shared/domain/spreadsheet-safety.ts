/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (tab and carriage
 * return because some of them strip the whitespace and then see the formula behind it).
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

// Digits with the usual phone separators only: nothing a spreadsheet can call, reference or link.
const PHONE_LIKE = /^[+-]?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 5;

/** True for values such as '+33 1 23 45 67 89' or '-12345': phone numbers, not formulas. */
export function isPlainPhoneNumber(value: string): boolean {
  if (!PHONE_LIKE.test(value)) return false;
  return (value.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS;
}

/** True when a spreadsheet would treat `value` as a formula (phone numbers excepted). */
export function needsNeutralising(value: string): boolean {
  return FORMULA_TRIGGERS.some((t) => value.startsWith(t)) && !isPlainPhoneNumber(value);
}

/**
 * The text to write in an exported cell: a value a spreadsheet would run as a formula is prefixed
 * with a single quote so it shows as text (OWASP "CSV injection"); phone numbers are kept as typed.
 */
export function safeCell(value: string): string {
  return needsNeutralising(value) ? `'${value}` : value;
}
