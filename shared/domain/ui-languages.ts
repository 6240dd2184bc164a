/** The interface languages; English and French are complete. Plain data so the UI need not load zod. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
