// `npm run demo`: creates the reference meetings of shared/SCENARIO.md in the data directory
// (--data-dir, PLENARY_DATA_DIR, or the app's usual folder), exactly as the empty state's button does.
import { createBackend } from '../electron/backend/backend';
import { defaultUserDataDir, resolveDataDir } from '../electron/backend/data-dir';
import { DomainError } from '../electron/backend/errors';

const dataDir = resolveDataDir(process.argv.slice(2), process.env, defaultUserDataDir());
try {
  const backend = createBackend({ dataDir });
  const reply = await backend.dispatch('demo.load', {});
  backend.close();
  if (!reply.ok) throw new Error(reply.error.message);
  const { alreadyLoaded } = reply.value as { alreadyLoaded: boolean };
  console.log(
    alreadyLoaded
      ? `The sample meetings were already in ${backend.databaseFile}; nothing was duplicated.`
      : `Loaded the sample meetings into ${backend.databaseFile}.`,
  );
} catch (error) {
  console.error(error instanceof DomainError || error instanceof Error ? error.message : error);
  process.exit(1);
}
