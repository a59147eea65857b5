import { lazy, type ComponentType } from 'react';
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
  {
    id: 'portrait',
    label: 'section.portrait',
    Component: lazy(() => import('../portrait/PortraitSection')),
  },
  {
    id: 'people',
    label: 'section.people',
    Component: lazy(() => import('../people/PeopleSection')),
  },
  { id: 'brief', label: 'brief.tab', Component: lazy(() => import('../brief/BriefSection')) },
  { id: 'usp', label: 'usp.tab', Component: lazy(() => import('../usp/UspSection')) },
];
