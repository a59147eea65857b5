// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ScanResult } from '@/lib/extract/schema';
import scanner from '@/entrypoints/scan';

describe('the page scanner (/scan.js)', () => {
  it('says where it ran, with the facts, in the shape the panel validates', () => {
    history.replaceState(null, '', '/contacts?x=1#team');
    const text = document.createElement('p');
    text.textContent = 'Пишите: sales@acme.ru';
    document.body.replaceChildren(text);
    const result = ScanResult.parse(scanner.main());
    expect(result.url).toBe(location.href);
    expect(result.url).toMatch(/\/contacts\?x=1#team$/);
    expect(result.emails.map((e) => e.value)).toContain('sales@acme.ru');
  });
});
