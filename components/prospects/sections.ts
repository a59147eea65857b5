import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { Prospect } from '@/lib/model';
import OverviewSection from './OverviewSection';

export interface SectionProps {
  prospect: Prospect;
}

export interface SectionDef {
  id: string;
  /** The tab's name: short, so that all tabs fit one row of a 360 px panel. */
  label: MessageKey;
  /** The section's full name, when the tab's is a shortening of it (the tab's tooltip). */
  title?: MessageKey;
  /** Heavy sections are `React.lazy(() => import(...))` so the panel opens fast. */
  Component: ComponentType<SectionProps>;
}

/** The prospect's sections, in tab order. Each feature adds its own here. */
export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', label: 'section.overview', Component: OverviewSection },
  {
    id: 'portrait',
    label: 'section.portrait',
    title: 'portrait.heading',
    Component: lazy(() => import('../portrait/PortraitSection')),
  },
  {
    id: 'people',
    label: 'section.people',
    title: 'people.heading',
    Component: lazy(() => import('../people/PeopleSection')),
  },
  {
    id: 'brief',
    label: 'brief.tab',
    title: 'brief.heading',
    Component: lazy(() => import('../brief/BriefSection')),
  },
  {
    id: 'usp',
    label: 'usp.tab',
    title: 'usp.heading',
    Component: lazy(() => import('../usp/UspSection')),
  },
];
