import { create } from 'zustand';
import type { ApiError } from '../../../../shared/api';
import { call } from '../../lib/api';

interface OperatorState {
  /** The name chosen, null while none is; undefined until the backend answered. */
  operator: string | null | undefined;
  osUser: string;
  /** True once the start's question is answered or set aside (or there was none to ask). */
  settled: boolean;
  settle(): void;
  load(): Promise<void>;
  save(name: string): Promise<ApiError | null>;
}

/** Who is making changes: one operator for the whole app, the one the check-in desk uses. */
export const useOperatorStore = create<OperatorState>((set) => ({
  operator: undefined,
  osUser: '',
  settled: false,
  settle: () => set({ settled: true }),
  async load() {
    const reply = await call('audit.operator', {});
    if (reply.ok) set({ ...reply.value, settled: reply.value.operator !== null });
  },
  async save(name) {
    const reply = await call('audit.setOperator', { operator: name });
    if (!reply.ok) return reply.error;
    set({ ...reply.value, settled: true });
    return null;
  },
}));
