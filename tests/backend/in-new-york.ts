// Imported first by tests that must run in a time zone other than the meetings' (Paris, Cotonou):
// Node applies a TZ set at run time to every Date made afterwards. Each test file runs in its own
// process (vitest's forks pool), so no other file is affected.
process.env.TZ = 'America/New_York';
