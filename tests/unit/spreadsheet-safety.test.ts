import { describe, expect, it } from 'vitest';
import { isPlainPhoneNumber, safeCell } from '../../shared/domain/spreadsheet-safety';

describe('safeCell', () => {
  it('neutralises formulas with a leading single quote', () => {
    expect(safeCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
    expect(safeCell('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(safeCell('-2+3')).toBe("'-2+3");
    expect(safeCell('@cmd')).toBe("'@cmd");
    expect(safeCell('\t=1+1')).toBe("'\t=1+1");
    expect(safeCell('\r=1+1')).toBe("'\r=1+1");
    expect(safeCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
  });

  it('keeps phone numbers and ordinary text as typed', () => {
    expect(safeCell('+33 1 23 45 67 89')).toBe('+33 1 23 45 67 89');
    expect(safeCell('+1 (202) 555-0123')).toBe('+1 (202) 555-0123');
    expect(safeCell('-12345')).toBe('-12345');
    expect(safeCell('Núñez')).toBe('Núñez');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell('')).toBe('');
  });

  it('does not take short arithmetic or phone-like text with letters for a phone number', () => {
    expect(isPlainPhoneNumber('-2-3')).toBe(false);
    expect(isPlainPhoneNumber('+33 1 23 45 67 89')).toBe(true);
    expect(isPlainPhoneNumber('+33 1 23 45 A1')).toBe(false);
    expect(isPlainPhoneNumber('+1E+10')).toBe(false);
  });
});
