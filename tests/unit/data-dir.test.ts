import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDataDir } from '../../electron/backend/data-dir';

const userData = path.resolve('/home/ann/.config/Plenary');
const argv = (...args: string[]) => ['/usr/bin/node', 'main.js', ...args];

describe('resolveDataDir', () => {
  it('takes --data-dir X', () => {
    expect(resolveDataDir(argv('--data-dir', '/srv/a'), {}, userData)).toBe(path.resolve('/srv/a'));
  });

  it('takes --data-dir=X', () => {
    expect(resolveDataDir(argv('--port=1', '--data-dir=/srv/b'), {}, userData)).toBe(
      path.resolve('/srv/b'),
    );
  });

  it('resolves a relative --data-dir against the working directory', () => {
    expect(resolveDataDir(argv('--data-dir', 'tmp/data'), {}, userData)).toBe(
      path.resolve('tmp/data'),
    );
  });

  it('takes PLENARY_DATA_DIR when no flag is given', () => {
    expect(resolveDataDir(argv(), { PLENARY_DATA_DIR: '/srv/env' }, userData)).toBe(
      path.resolve('/srv/env'),
    );
  });

  it('prefers the flag to the environment', () => {
    expect(
      resolveDataDir(argv('--data-dir', '/srv/flag'), { PLENARY_DATA_DIR: '/srv/env' }, userData),
    ).toBe(path.resolve('/srv/flag'));
  });

  it('falls back to the user’s app-data folder, also for an empty PLENARY_DATA_DIR', () => {
    expect(resolveDataDir(argv(), {}, userData)).toBe(userData);
    expect(resolveDataDir(argv(), { PLENARY_DATA_DIR: '' }, userData)).toBe(userData);
  });

  it('does not mistake a similar flag for --data-dir', () => {
    expect(resolveDataDir(argv('--data-directory', '/srv/x'), {}, userData)).toBe(userData);
  });
});

describe('defaultUserDataDir', () => {
  const home = '/home/ann';

  it('uses %APPDATA% on Windows, or AppData\\Roaming under the home folder', () => {
    expect(defaultUserDataDir('win32', { APPDATA: 'C:/Users/ann/AppData/Roaming' }, home)).toBe(
      path.join('C:/Users/ann/AppData/Roaming', 'Plenary'),
    );
    expect(defaultUserDataDir('win32', {}, home)).toBe(
      path.join(home, 'AppData', 'Roaming', 'Plenary'),
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultUserDataDir('darwin', { XDG_CONFIG_HOME: '/x' }, '/Users/ann')).toBe(
      path.join('/Users/ann', 'Library', 'Application Support', 'Plenary'),
    );
  });

  it('uses $XDG_CONFIG_HOME, or ~/.config, on Linux', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, home)).toBe(
      path.join('/cfg', 'Plenary'),
    );
    expect(defaultUserDataDir('linux', {}, home)).toBe(path.join(home, '.config', 'Plenary'));
  });
});
