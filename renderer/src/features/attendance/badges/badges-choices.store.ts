import { create } from 'zustand';
import type { BadgeField, BadgeLayout } from '../../../../../shared/domain/badges';

interface BadgeChoices {
  layout: BadgeLayout;
  fields: BadgeField[];
  set(choices: Partial<Pick<BadgeChoices, 'layout' | 'fields'>>): void;
}

/** The layout and fields chosen last, offered again for the next run of badges in this window. */
export const useBadgeChoices = create<BadgeChoices>((set) => ({
  layout: 'a4x4',
  fields: [],
  set: (choices) => set(choices),
}));
