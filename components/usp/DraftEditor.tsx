import { useMemo, useState } from 'react';
import {
  adoptGeneratedText,
  draftText,
  generatedChangedSinceEdit,
  getDb,
  keepEditedText,
  restoreDraftVersion,
  saveDraftText,
  saveDraftVersion,
} from '@/lib/db';
import type { UspDraft } from '@/lib/model';
import { draftToMarkdown, draftToPlainText, withoutGapNotes } from '@/lib/usp';
import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';
import { copyText } from './clipboard';
import { plainDraftToMarkdown } from './markdown';
import { VersionList } from './VersionList';

/**
 * The draft's text: editable (autosaved, no save button), copied out as plain text or Markdown,
 * with versions. The rep's edit is never overwritten by a regeneration: when the generated text
 * moves on, both are shown and the rep chooses. The text is for the client; the needs it has no
 * answer for are listed apart, for the rep only, and never copied.
 */
export function DraftEditor({ draft }: { draft: UspDraft }) {
  const { t, reportError } = useApp();
  const [copied, setCopied] = useState<string>('');
  const generated = draftToPlainText(draft.lines, draft.language);
  const stored = useMemo(() => ({ text: draftText(draft), at: draft.updatedAt }), [draft]);
  const field = useAutosavedText(
    `usp-draft:${draft.id}`,
    stored,
    async (text, at) => void (await saveDraftText(getDb(), draft.id, text, at)),
    reportError,
  );
  const text = field.value ?? stored.text;
  const edited = text !== generated;
  const changed = generatedChangedSinceEdit(draft);
  const gaps = draft.lines.filter((l) => l.kind === 'gap');

  const run = (action: () => Promise<unknown>) => () => void action().catch(reportError);
  const copy = async (kind: 'text' | 'markdown') => {
    // Text restored from before the gaps were kept apart may still hold them: never copied.
    const clientText = withoutGapNotes(text);
    const out =
      kind === 'text'
        ? clientText
        : edited
          ? plainDraftToMarkdown(clientText)
          : draftToMarkdown(draft.lines, draft.language);
    const ok = await copyText(out);
    setCopied(
      ok
        ? kind === 'text'
          ? t('usp.draft.copiedText')
          : t('usp.draft.copiedMarkdown')
        : t('usp.draft.copyFailed'),
    );
  };
  const saveState =
    field.state === 'pending' || field.state === 'saving'
      ? t('usp.draft.saving')
      : field.state === 'saved'
        ? t('usp.draft.saved')
        : field.changedElsewhere
          ? t('usp.draft.updated')
          : '';

  return (
    <section className="usp-draft" aria-labelledby="usp-draft-label">
      <h3 id="usp-draft-label">
        <label htmlFor="usp-draft-text">{t('usp.draft.label')}</label>
      </h3>
      {changed ? (
        <div className="notice usp-changed" role="status">
          <p>{t('usp.draft.changedSinceEdit')}</p>
          <details>
            <summary>{t('usp.draft.showNew')}</summary>
            <pre className="usp-generated">{generated}</pre>
          </details>
          <div className="usp-row">
            <button
              type="button"
              className="button button--quiet"
              onClick={run(() => adoptGeneratedText(getDb(), draft.id))}
            >
              {t('usp.draft.useNew')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={run(() => keepEditedText(getDb(), draft.id))}
            >
              {t('usp.draft.keepMine')}
            </button>
          </div>
        </div>
      ) : null}
      <textarea
        id="usp-draft-text"
        className="usp-draft__text"
        value={text}
        rows={14}
        spellCheck
        aria-describedby="usp-draft-hint"
        onChange={(e) => field.onChange(e.target.value)}
      />
      <p id="usp-draft-hint" className="field__hint">
        {edited ? t('usp.draft.editedHint') : t('usp.draft.generatedHint')}
      </p>
      <p className="save-state" role="status" aria-live="polite">
        {saveState}
      </p>
      {gaps.length > 0 ? (
        <section className="usp-gaps" aria-labelledby="usp-gaps-heading">
          <h4 id="usp-gaps-heading">{t('usp.draft.gaps.heading')}</h4>
          <p className="field__hint">{t('usp.draft.gaps.hint')}</p>
          <ul>
            {gaps.map((g, i) => (
              <li key={g.needId ?? i}>{g.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="usp-row">
        <button type="button" className="button" onClick={() => void copy('text')}>
          {t('usp.draft.copyText')}
        </button>
        <button type="button" className="button" onClick={() => void copy('markdown')}>
          {t('usp.draft.copyMarkdown')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={run(async () => {
            // Text typed in the last moment is saved first, so the version holds what is shown.
            if (text !== stored.text) await saveDraftText(getDb(), draft.id, text);
            await saveDraftVersion(getDb(), draft.id);
          })}
        >
          {t('usp.draft.saveVersion')}
        </button>
        {draft.editedText !== null ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={run(() => adoptGeneratedText(getDb(), draft.id))}
          >
            {t('usp.draft.discardEdits')}
          </button>
        ) : null}
      </div>
      <p className="status" role="status" aria-live="polite">
        {copied}
      </p>
      <VersionList
        versions={draft.versions}
        onRestore={(at) => void restoreDraftVersion(getDb(), draft.id, at).catch(reportError)}
      />
    </section>
  );
}
