import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api';
import { passphraseProblem, passphraseText } from '../../shared/domain/passphrase';

const setPassphrase = contract['backup.setPassphrase'].input;

describe('a new passphrase', () => {
  it('is at least 8 characters; any script, spaces and symbols are welcome', () => {
    expect(setPassphrase.safeParse({ passphrase: 'short' }).success).toBe(false);
    for (const good of [
      'correct horse battery',
      'mot de passe très sûr',
      'كلمة سر طويلة',
      '🔐🔐🔐🔐🔐🔐🔐🔐',
    ])
      expect(setPassphrase.safeParse({ passphrase: good }).success, good).toBe(true);
  });

  it('refuses characters nobody can type back: control characters and broken Unicode', () => {
    for (const bad of ['abcdefgh\u0000', 'abc\ndefgh', 'abcdefgh\u007f', 'abcdefgh\ud800'])
      expect(passphraseProblem(bad), JSON.stringify(bad)).toBe('errors.passphraseCharacters');
    const parsed = setPassphrase.safeParse({ passphrase: 'abcdefgh\ud800' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('errors.passphraseCharacters');
  });

  it('stands for the same key however an accented letter was composed', () => {
    expect(passphraseText('cafe\u0301 noir')).toBe(passphraseText('caf\u00e9 noir'));
  });
});
