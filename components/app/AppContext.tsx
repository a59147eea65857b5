import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { browser } from 'wxt/browser';
import { classifyStorageError } from '@/lib/db/errors';
import { createTranslator, resolveLanguage, type MessageKey, type Translate } from '@/lib/i18n';
import type { Language } from '@/lib/model';
import { Settings } from '@/lib/model/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings';

interface AppContextValue {
  settings: Settings;
  lang: Language;
  t: Translate;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Shows a storage or other failure to the user in words they can act on. */
  reportError: (error: unknown) => void;
  errorKey: MessageKey | null;
  dismissError: () => void;
}

const AppContext = createContext<AppContextValue | null>(null);

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

export function AppProvider({
  children,
  initialSettings,
}: {
  children: ReactNode;
  initialSettings?: Settings;
}) {
  const [settings, setSettings] = useState<Settings | null>(initialSettings ?? null);
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);

  useEffect(() => {
    let live = true;
    if (!initialSettings) void loadSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- initial value only
  }, []);

  const reportError = useCallback((error: unknown) => {
    console.error(error);
    setErrorKey(`error.storage.${classifyStorageError(error)}`);
  }, []);

  const value = useMemo<AppContextValue | null>(() => {
    if (!settings) return null;
    const lang = resolveLanguage(settings.language, browserLanguage());
    return {
      settings,
      lang,
      t: createTranslator(lang),
      updateSettings: async (patch) => setSettings(await saveSettings(patch)),
      reportError,
      errorKey,
      dismissError: () => setErrorKey(null),
    };
  }, [settings, errorKey, reportError]);

  useEffect(() => {
    if (value) document.documentElement.lang = value.lang;
  }, [value]);

  if (!value) return null;
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}
