// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { pagePerTest, pause } from './testing';
import { useActiveTab } from './useActiveTab';

function Probe() {
  const state = useActiveTab();
  return <output>{state.status === 'tab' ? state.tab.url : state.status}</output>;
}

const show = pagePerTest();
afterEach(() => vi.restoreAllMocks());

const tab = (over: Partial<Browser.tabs.Tab>): Browser.tabs.Tab =>
  ({
    id: 5,
    windowId: 1,
    index: 0,
    active: true,
    highlighted: true,
    pinned: false,
    incognito: false,
    ...over,
  }) as Browser.tabs.Tab;

/** tabs.get answers only when the test says so, per tab. */
function heldTabsGet(): Map<number, (t: Browser.tabs.Tab) => void> {
  const answers = new Map<number, (t: Browser.tabs.Tab) => void>();
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
    (id: number) => new Promise((resolve) => answers.set(id, resolve)),
  );
  return answers;
}

describe('the panel follows its tab', () => {
  it('a late tabs.get answer for a tab the rep already left does not win', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab({ id: 1, url: 'https://a.ru/' })]);
    const answers = heldTabsGet();
    const page = show(<Probe />);
    await pause(20);
    // The rep goes to tab 2, then at once to tab 3; the browser answers for 3 first.
    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 1 }));
    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: 1 }));
    await act(async () => answers.get(3)!(tab({ id: 3, url: 'https://c.ru/' })));
    await act(async () => answers.get(2)!(tab({ id: 2, url: 'https://b.ru/' })));
    expect(page.container.textContent).toBe('https://c.ru/');
    // And tab 3's navigations are still followed (the panel did not go back to tab 2).
    await act(() =>
      fakeBrowser.tabs.onUpdated.trigger(
        3,
        { url: 'https://c.ru/about' },
        tab({ id: 3, url: 'https://c.ru/about' }),
      ),
    );
    expect(page.container.textContent).toBe('https://c.ru/about');
  });

  it('a slow re-read of the active tab (its tab closed) does not win over a later switch', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
    let answerQuery: (tabs: Browser.tabs.Tab[]) => void = () => undefined;
    vi.spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValueOnce([tab({ id: 1, url: 'https://a.ru/' })])
      .mockImplementationOnce(() => new Promise((resolve) => (answerQuery = resolve)));
    const answers = heldTabsGet();
    const page = show(<Probe />);
    await pause(20);
    expect(page.container.textContent).toBe('https://a.ru/');
    // Tab 1 closes: the panel asks which tab is active now; before the answer the rep picks tab 4.
    await act(() => fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false }));
    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 }));
    await act(async () => answers.get(4)!(tab({ id: 4, url: 'https://d.ru/' })));
    await act(async () => answerQuery([tab({ id: 9, url: 'https://old.ru/' })]));
    expect(page.container.textContent).toBe('https://d.ru/');
  });
});
