// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pagePerTest, pause, typeInto, type Rendered } from '@/components/app/testing';
import { SettingsView } from '@/components/settings/SettingsView';
import { loadSettings } from '@/lib/settings';

const show = pagePerTest();
let page: Rendered;

describe("the rep's name in Settings", () => {
  it('keeps the space typed before a pause between words; stores the name trimmed', async () => {
    page = show(<SettingsView onBack={() => {}} />);
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
