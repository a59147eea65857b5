import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, vi } from 'vitest';
import { ErrorBanner } from '../ui/ErrorBanner';
import { AppProvider } from './AppContext';

// Tests only (jsdom): the panel's components as the rep meets them, with the error banner.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  /** The error banner's text, or null when none shows. */
  error: () => string | null;
  unmount: () => void;
}

/** Renders `node` inside the app's context (English UI), beside the error banner. */
export function renderInApp(node: ReactNode): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <AppProvider initialSettings={{ language: 'en', repName: '' }}>
        <ErrorBanner />
        {node}
      </AppProvider>,
    ),
  );
  let mounted = true;
  return {
    container,
    error: () => container.querySelector('[role="alert"]')?.textContent ?? null,
    unmount: () => {
      if (!mounted) return;
      mounted = false;
      act(() => root.unmount());
      container.remove();
    },
  };
}

/**
 * Per test: an empty write-ahead log, the errors that the banner shows kept out of the output
 * (`reportError` also logs them), and what `show` rendered unmounted afterwards.
 * `const show = pagePerTest();` at the top of the file, then `page = show(<… />)` in a test.
 */
export function pagePerTest(): (node: ReactNode) => Rendered {
  const shown: Rendered[] = [];
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    for (const page of shown.splice(0)) page.unmount();
    vi.restoreAllMocks();
  });
  return (node) => {
    const page = renderInApp(node);
    shown.push(page);
    return page;
  };
}

/** Lets `ms` pass with React's updates applied (the autosave pause is 400 ms). */
export async function pause(ms: number): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

/** What `find` returns once it returns something (the page renders from live queries). */
export async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await pause(20);
  }
  throw new Error('Not found in 2 s');
}

/** Types `text` into a field as a person would: its whole new value, one input event. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clicks the button whose text (or accessible label) is `name`, with React's updates applied. */
export function click(container: HTMLElement, name: string): void {
  const button = [...container.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  );
  if (!button) throw new Error(`No button ${name}`);
  act(() => button.click());
}
