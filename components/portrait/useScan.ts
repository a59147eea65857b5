import { useCallback, useState } from 'react';
import { browser } from 'wxt/browser';
import { recordScan } from '@/lib/db/portraits';
import { getDb } from '@/lib/db';
import type { Prospect } from '@/lib/model';
import {
  originPattern,
  requestSiteAccess,
  scanTab,
  type ScanProblem,
} from '@/lib/portrait/scanTab';
import { pinnedTabId } from '../app/useActiveTab';

export type ScanState =
  | { status: 'idle' }
  | { status: 'scanning' }
  | { status: 'done'; url: string; title: string; found: number }
  | { status: 'problem'; problem: ScanProblem | 'denied'; url?: string; host?: string };

/** The panel's tab: the pinned one (`?tabId=`) or the active tab of the panel's window. */
async function panelTabId(): Promise<number | undefined> {
  const pinned = pinnedTabId();
  if (pinned !== null) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function factCount(result: {
  phones: unknown[];
  emails: unknown[];
  addresses: unknown[];
  ids: unknown[];
  socials: unknown[];
  people: unknown[];
  org: { legalName?: string; brand?: string };
}): number {
  return (
    result.phones.length +
    result.emails.length +
    result.addresses.length +
    result.ids.length +
    result.socials.length +
    result.people.length +
    (result.org.legalName ? 1 : 0) +
    (result.org.brand ? 1 : 0)
  );
}

/**
 * Scan page: inject the scanner into the panel's tab (activeTab or the site's permission) and
 * keep the result on the prospect's portrait. Without access, the rep is asked – from their own
 * click on "Allow and scan" – for this one site's permission.
 */
export function useScan(prospect: Prospect, onError: (e: unknown) => void) {
  const [state, setState] = useState<ScanState>({ status: 'idle' });

  const scan = useCallback(async () => {
    setState({ status: 'scanning' });
    try {
      const tabId = await panelTabId();
      if (tabId === undefined) {
        setState({ status: 'problem', problem: 'tab_closed' });
        return;
      }
      const outcome = await scanTab(browser, tabId, prospect.domains);
      if (!outcome.ok) {
        setState({ status: 'problem', ...outcome });
        return;
      }
      await recordScan(getDb(), prospect.id, outcome);
      setState({
        status: 'done',
        url: outcome.url,
        title: outcome.title,
        found: factCount(outcome.result),
      });
    } catch (error) {
      onError(error);
      setState({ status: 'problem', problem: 'failed' });
    }
  }, [prospect.id, prospect.domains, onError]);

  /** Runs inside the click on "Allow and scan": the permission prompt needs that gesture. */
  const allowAndScan = useCallback(
    (url: string, host?: string) => {
      if (!originPattern(url)) return;
      void requestSiteAccess(browser, url).then((granted) =>
        granted ? scan() : setState({ status: 'problem', problem: 'denied', url, host }),
      );
    },
    [scan],
  );

  return { state, scan, allowAndScan };
}
