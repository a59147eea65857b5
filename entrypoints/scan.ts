import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scanDocument } from '@/lib/extract';

// The page scanner, injected into one tab only when the rep presses "Scan page"
// (lib/portrait/scanTab.ts). Its return value is what `scripting.executeScript` hands back:
// plain data, validated by the panel with the zod schema. No zod here – it would bloat the
// script that runs inside every scanned page.
// The page's own address comes back with the facts: the tab may have navigated between the
// panel's check of its address and this injection.
export default defineUnlistedScript(() => {
  const url = location.href;
  return { ...scanDocument(document, { url }), url };
});
