// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '../app/AppContext';
import { OffersView } from './OffersView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settle = () => new Promise((r) => setTimeout(r, 50));

async function renderView(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(
      <AppProvider>
        <OffersView />
      </AppProvider>,
    );
  });
  await act(settle);
  return host;
}

/** Picks `file` in the view's import input, as the file chooser does. */
async function pick(host: HTMLElement, file: File): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
  expect(input).toBeTruthy();
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  });
}

describe('importing an offer profiles file', () => {
  it('a huge file picked by mistake is refused from its size, with a message, without reading it', async () => {
    const host = await renderView();
    // A 2 GB video chosen by mistake. Reading it as text is what fails in the browser (a string
    // that long cannot exist), so the file's size must be checked first.
    let read = false;
    const file = new File(['x'], 'meeting-recording.json');
    Object.defineProperty(file, 'size', { value: 2_000_000_000 });
    file.text = () => {
      read = true;
      return Promise.reject(new RangeError('Invalid string length'));
    };
    await pick(host, file);
    expect(read).toBe(false);
    expect(host.textContent).toMatch(
      /“meeting-recording\.json” was not imported.*larger than 5 MB/,
    );
  });

  it('a file the browser cannot read is refused by name, nothing changed', async () => {
    const host = await renderView();
    const file = new File(['{}'], 'offers.json');
    file.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    await pick(host, file);
    expect(host.textContent).toMatch(/“offers\.json” was not imported.*could not be read/);
  });
});
