import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextModel, snippetAround } from './text';

const text = (body: string) =>
  buildTextModel(new JSDOM(`<body>${body}</body>`).window.document).text.trim();

describe('visible text', () => {
  it('separates blocks, cells and <br> by line breaks', () => {
    expect(text('<table><tr><td>ИНН</td><td>7723456782</td></tr></table><div>a<br>b</div>')).toBe(
      'ИНН\n7723456782\na\nb',
    );
    expect(text('<span>8 (495)</span> <span>123-45-67</span>')).toBe('8 (495) 123-45-67');
  });
  it('skips hidden and non-text elements', () => {
    expect(
      text(
        '<p hidden>x</p><p aria-hidden="true">y</p><p style="display: none">z</p><p style="visibility:hidden">w</p><script>s</script><style>c</style><noscript>n</noscript><template>t</template><svg><text>v</text></svg><p>ok</p>',
      ),
    ).toBe('ok');
  });
  it('marks text in quote/review/news blocks', () => {
    const m = buildTextModel(
      new JSDOM(
        '<body><div class="review-card">a</div><div class="preview">b</div><h2>Новости</h2><p>c</p><h2>Команда</h2><p>d</p></body>',
      ).window.document,
    );
    expect(m.segments.map((s) => `${m.text.slice(s.start, s.end)}:${s.quoted}`)).toEqual([
      'a:true',
      'b:false',
      'Новости:true',
      'c:true',
      'Команда:false',
      'd:false',
    ]);
  });
  it('survives very deep DOMs and huge text nodes', () => {
    // Parsed rather than appended: jsdom's own appendChild recurses over a deep subtree.
    const depth = 5000;
    const html = `<body>${'<div><span>'.repeat(depth / 2)}${'x'.repeat(1_000_000)}${'</span></div>'.repeat(depth / 2)}</body>`;
    const doc = new JSDOM(html).window.document;
    const m = buildTextModel(doc);
    expect(m.truncated).toBe(true);
    expect(m.text.length).toBeLessThan(100_000);
  });
  it('makes snippets of at most 200 characters', () => {
    const t = 'a '.repeat(500) + 'TARGET' + ' b'.repeat(500);
    const s = snippetAround(t, 1000, 1006);
    expect(s.length).toBeLessThanOrEqual(200);
    expect(s).toContain('TARGET');
  });
});
