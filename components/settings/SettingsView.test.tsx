// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pause, renderInApp, typeInto, type Rendered } from '@/components/app/testing';
import { SettingsView } from '@/components/settings/SettingsView';
import { loadSettings } from '@/lib/settings';

let page: Rendered;
afterEach(() => page.unmount());

describe("the rep's name in Settings", () => {
  it('keeps the space typed before a pause between words; stores the name trimmed', async () => {
    page = renderInApp(<SettingsView onBack={() => {}} />);
    const input = page.container.querySelector<HTMLInputElement>('#settings-rep-name')!;
    typeInto(input, 'Ivan ');
    await pause(700); // longer than the autosave pause (400 ms)
    expect(input.value).toBe('Ivan ');
    expect((await loadSettings()).repName).toBe('Ivan');
    typeInto(input, input.value + 'Petrov');
    await pause(700);
    expect(input.value).toBe('Ivan Petrov');
    expect((await loadSettings()).repName).toBe('Ivan Petrov');
  });
});
