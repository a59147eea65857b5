import type { Concept } from '@/lib/model';
import { useApp } from '../app/AppContext';

/** The user-language name of a concept category (the keys live in locales/*\/usp.json). */
export function useConceptLabel(): (concept: Concept) => string {
  const { t } = useApp();
  return (concept) => t(`usp.concept.${concept}`);
}
