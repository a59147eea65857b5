import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scanDocument } from '@/lib/extract';

// The page scanner, injected into one tab only when the rep presses "Scan page"
// (lib/portrait/scanTab.ts). Its return value is what `scripting.executeScript` hands back:
// plain data, validated by the panel with the zod schema. No zod here – it would bloat the
// script that runs inside every scanned page.
export default defineUnlistedScript(() => scanDocument(document, { url: location.href }));
