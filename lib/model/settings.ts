import * as z from 'zod/mini';

export const UiLanguage = z.enum(['auto', 'en', 'ru']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** Small preferences, kept in extension storage apart from the records. */
export const Settings = z.object({
  language: z._default(UiLanguage, 'auto'),
  /** The rep's name: the owner of what they capture. */
  repName: z._default(z.string().check(z.maxLength(200)), ''),
});
export type Settings = z.infer<typeof Settings>;
