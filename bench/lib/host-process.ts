import { fork, type ChildProcess } from 'node:child_process';

/**
 * Forks a bench's own file as the browser host's process, `flag` set in its environment so the
 * file runs its host instead of the bench, and waits (up to 5 minutes: seeding is slow on a busy
 * machine) for the ready message it sends once seeded and listening.
 */
export function startHostProcess<Ready>(
  file: string,
  flag: string,
  args: string[],
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(file, args, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, [flag]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the host was not ready within 5 minutes')),
      300_000,
    );
    child.once('message', (ready: Ready) => {
      clearTimeout(timer);
      resolve({ child, ready });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with code ${code}`));
    });
  });
}
