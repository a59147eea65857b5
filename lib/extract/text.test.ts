import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextModel, modelLines, quotedLines, segmentAt, snippetAround } from './text';

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
    // jsdom parsing this input alone takes seconds on a loaded machine; the scan itself is fast.
  }, 30_000);
  it('makes snippets of at most 200 characters', () => {
    const t = 'a '.repeat(500) + 'TARGET' + ' b'.repeat(500);
    const s = snippetAround(t, 1000, 1006);
    expect(s.length).toBeLessThanOrEqual(200);
    expect(s).toContain('TARGET');
  });
  it('flags quoted lines in one pass, like a lookup per line', () => {
    const doc = new JSDOM(
      '<body><p>Team</p><div class="review-card"><p>Jane Doe, CEO</p></div><p>John Smith, CTO</p></body>',
    ).window.document;
    const m = buildTextModel(doc);
    const lines = modelLines(m);
    expect(lines.map((l) => l.text)).toEqual(['Team', 'Jane Doe, CEO', 'John Smith, CTO']);
    expect(quotedLines(m, lines)).toEqual(lines.map((l) => segmentAt(m, l.start)?.quoted === true));
    expect(quotedLines(m, lines)).toEqual([false, true, false]);
    // The shared line list is computed once per model.
    expect(modelLines(m)).toBe(lines);
  });
  it('inherits quoting from the page root and leaves it at the block end', () => {
    const doc = new JSDOM('<html class="blog-page"><body><p>Jane Doe, CEO</p></body></html>').window
      .document;
    expect(buildTextModel(doc).segments.every((s) => s.quoted)).toBe(true);
    const doc2 = new JSDOM('<body><blockquote><p>quoted</p></blockquote><p>plain</p></body>').window
      .document;
    expect(buildTextModel(doc2).segments.map((s) => s.quoted)).toEqual([true, false]);
  });
});
