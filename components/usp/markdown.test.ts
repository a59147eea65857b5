import { describe, expect, it } from 'vitest';
import { plainDraftToMarkdown } from './markdown';

describe('plainDraftToMarkdown', () => {
  it('turns the plain draft layout into Markdown with the rep’s edits', () => {
    const text = [
      'Acme: our answer to “late deliveries”',
      '',
      'Below are your concerns and our answers.',
      '',
      'Your concern → our answer:',
      '- “Late deliveries” → Shipped the same day. Proof: 96% on time',
      '- *Urgent* orders → we keep stock',
      '',
      'Call me on Monday.',
      '',
      '---',
      'For the rep: needs with no answer:',
      '- “ERP”: no answer yet.',
    ].join('\n');
    expect(plainDraftToMarkdown(text)).toBe(
      [
        '# Acme: our answer to “late deliveries”',
        '',
        'Below are your concerns and our answers.',
        '',
        '## Your concern → our answer',
        '',
        '- “Late deliveries” → Shipped the same day. Proof: 96% on time',
        '- \\*Urgent\\* orders → we keep stock',
        '',
        'Call me on Monday.',
        '',
        '---',
        '## For the rep: needs with no answer',
        '',
        '- “ERP”: no answer yet.',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup the rep typed, so it stays text', () => {
    expect(plainDraftToMarkdown('Title\n<script>x</script> # not a heading')).toBe(
      '# Title\n\\<script\\>x\\</script\\> \\# not a heading\n',
    );
  });
});
