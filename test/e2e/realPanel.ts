import type { Page } from '@playwright/test';

/**
 * The real Chrome side panel is not a Playwright page, but it is an extension view: an extension
 * page of the same window can reach its document through `chrome.extension.getViews()`. These
 * helpers read it by role and accessible name, like a locator would.
 */
export interface PanelSnapshot {
  headings: string[];
  buttons: string[];
  /** Text boxes by their label, with their current value. */
  textboxes: Record<string, string>;
}

export async function realPanelSnapshot(extPage: Page): Promise<PanelSnapshot | null> {
  return extPage.evaluate(() => {
    const view = chrome.extension
      .getViews()
      .find((v) => v !== window && !v.location.search.includes('tabId='));
    if (!view) return null;
    const doc = view.document;
    const name = (el: Element) =>
      (
        el.getAttribute('aria-label') ??
        (el.id ? doc.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim();
    const visible = (el: Element) => !el.closest('.visually-hidden');
    return {
      headings: [...doc.querySelectorAll('h1, h2, h3')].filter(visible).map(name),
      buttons: [...doc.querySelectorAll('button')].map(name),
      textboxes: Object.fromEntries(
        [
          ...doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
            'textarea, input[type=text]',
          ),
        ].map((el) => [name(el), el.value]),
      ),
    };
  });
}

export async function realPanelClick(extPage: Page, buttonName: string): Promise<void> {
  const clicked = await extPage.evaluate((wanted) => {
    const view = chrome.extension
      .getViews()
      .find((v) => v !== window && !v.location.search.includes('tabId='));
    const button = [...(view?.document.querySelectorAll('button') ?? [])].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === wanted,
    );
    button?.click();
    return Boolean(button);
  }, buttonName);
  if (!clicked) throw new Error(`No button "${buttonName}" in the side panel`);
}

/** Types into a labelled text box of the side panel the way React sees user input. */
export async function realPanelFill(extPage: Page, label: string, value: string): Promise<void> {
  const filled = await extPage.evaluate(
    ([wanted, text]) => {
      const view = chrome.extension
        .getViews()
        .find((v) => v !== window && !v.location.search.includes('tabId='));
      const doc = view?.document;
      const labelEl = [...(doc?.querySelectorAll('label') ?? [])].find(
        (l) => l.textContent?.trim() === wanted,
      );
      const field = labelEl?.htmlFor
        ? (doc?.getElementById(labelEl.htmlFor) as HTMLTextAreaElement | null)
        : null;
      if (!field || !view) return false;
      // The panel is another window: use its own constructors, and the native value setter that
      // React listens behind.
      const win = view as unknown as typeof globalThis;
      const proto =
        field instanceof win.HTMLTextAreaElement
          ? win.HTMLTextAreaElement.prototype
          : win.HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, text);
      field.dispatchEvent(new win.Event('input', { bubbles: true }));
      return true;
    },
    [label, value] as const,
  );
  if (!filled) throw new Error(`No text box "${label}" in the side panel`);
}
