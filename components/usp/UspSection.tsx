import { useState } from 'react';
import type { SectionProps } from '../prospects/sections';
import { OffersView } from '../offers/OffersView';
import { DraftView } from './DraftView';
import './usp.css';

/**
 * The prospect's USP draft (Черновик УТП), and the offer profiles it is built from as a sub-view:
 * the rep fixes a property and returns to the draft without leaving the prospect.
 */
export default function UspSection({ prospect }: SectionProps) {
  const [view, setView] = useState<{ kind: 'draft' } | { kind: 'offers'; profileId?: string }>({
    kind: 'draft',
  });
  if (view.kind === 'offers')
    return (
      <OffersView
        onBack={() => setView({ kind: 'draft' })}
        {...(view.profileId ? { initialProfileId: view.profileId } : {})}
      />
    );
  return (
    <DraftView
      prospect={prospect}
      onEditOffers={(profileId) => setView({ kind: 'offers', ...(profileId ? { profileId } : {}) })}
    />
  );
}
