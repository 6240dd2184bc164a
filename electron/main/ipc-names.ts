/** The two IPC names between preload and main; everything else travels inside them as data. */
export const IPC_INVOKE = 'plenary:invoke';
export const IPC_EVENT = 'plenary:event';
