import type { SectionProps } from './sections';
import { ClipsList } from './ClipsList';
import { NotesEditor } from './NotesEditor';

/** The first section: the rep's notes and the quotes kept from the company's pages. */
export default function OverviewSection({ prospect }: SectionProps) {
  return (
    <>
      <NotesEditor prospectId={prospect.id} />
      <ClipsList prospectId={prospect.id} />
    </>
  );
}
