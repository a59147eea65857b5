import type { ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { Prospect } from '@/lib/model';
import OverviewSection from './OverviewSection';

export interface SectionProps {
  prospect: Prospect;
}

export interface SectionDef {
  id: string;
  label: MessageKey;
  /** Heavy sections are `React.lazy(() => import(...))` so the panel opens fast. */
  Component: ComponentType<SectionProps>;
}

/** The prospect's sections, in tab order. Each feature adds its own here. */
export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', label: 'section.overview', Component: OverviewSection },
];
