// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  click,
  pause,
  pagePerTest,
  typeInto,
  until,
  type Rendered,
} from '@/components/app/testing';
import { ProfileEditor } from '@/components/offers/ProfileEditor';
import { readWriteAhead } from '@/lib/autosave/autosaver';
import { getDb } from '@/lib/db/database';
import { createOfferProfile, getOfferProfile, updateOfferProfile } from '@/lib/db/offers';
import { newId, OFFER_TEXT_MAX } from '@/lib/model';
import { en } from '@/locales';

const AUTOSAVE = 700; // the autosave pause (400 ms) and the write

const show = pagePerTest();
let page: Rendered;
let profileId: string;
let propertyId: string;
const walKey = () => `offer:${profileId}:property:${propertyId}:proof`;
const stored = async () => (await getOfferProfile(getDb(), profileId))?.properties;

function open(): Promise<HTMLTextAreaElement> {
  page = show(<ProfileEditor profileId={profileId} onBack={() => {}} />);
  return until(() =>
    page.container.querySelector<HTMLTextAreaElement>(`#offer-property-${propertyId}-proof`),
  );
}

beforeEach(async () => {
  const profile = await createOfferProfile(getDb(), { name: 'Our offer' });
  profileId = profile.id;
  propertyId = newId();
  await updateOfferProfile(getDb(), profileId, () => ({
    properties: [
      {
        id: propertyId,
        statement: 'Fast delivery',
        categories: [],
        keywords: [],
        proof: '',
        conditions: '',
      },
    ],
  }));
});

describe('offer profile fields: a failed save is not taken for a saved one', () => {
  it('keeps the typed proof when the database refuses the write (disk full)', async () => {
    const proof = await open();
    const full = vi
      .spyOn(getDb().offerProfiles, 'put')
      .mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const typed = 'Case study: cut downtime 40% at Severstal, reference letter available';
    typeInto(proof, typed);
    await pause(AUTOSAVE);
    expect(page.error()).toContain(en['error.storage.quota']);
    expect(readWriteAhead(localStorage, walKey())?.text).toBe(typed);

    // The panel is closed and opened again once there is room: the text is back, and saved.
    full.mockRestore();
    page.unmount();
    const again = await open();
    await pause(AUTOSAVE);
    expect(again.value).toBe(typed);
    expect((await stored())?.[0]?.proof).toBe(typed);
    expect(readWriteAhead(localStorage, walKey())).toBeNull();
  });

  it('keeps a text over the model limit in the write-ahead log, and the field stops at the limit', async () => {
    const proof = await open();
    expect(proof.maxLength).toBe(OFFER_TEXT_MAX);
    const pasted = 'Reference project. '.repeat(600); // 11,400 characters, e.g. set by a script
    typeInto(proof, pasted);
    await pause(AUTOSAVE);
    expect(page.error()).not.toBeNull();
    expect(readWriteAhead(localStorage, walKey())?.text).toBe(pasted);
    expect((await stored())?.[0]?.proof).toBe('');
  });

  it('keeps typing into an item another window removed meanwhile', async () => {
    const proof = await open();
    typeInto(proof, 'Reference: Severstal');
    await updateOfferProfile(getDb(), profileId, () => ({ properties: [] })); // the other window
    await pause(AUTOSAVE);
    expect(readWriteAhead(localStorage, walKey())?.text).toBe('Reference: Severstal');
    expect(page.error()).not.toBeNull();
  });
});

describe('removing an offer item', () => {
  it('saves what was typed a moment before the removal, and Undo brings it back', async () => {
    const proof = await open();
    typeInto(proof, 'Case study: Severstal');
    click(page.container, en['offers.property.remove']); // within the autosave pause
    await pause(AUTOSAVE);
    expect(await stored()).toEqual([]);
    expect(readWriteAhead(localStorage, walKey())).toBeNull();

    click(page.container, en['offers.editor.undo']);
    const back = await until(() =>
      page.container.querySelector<HTMLTextAreaElement>(`#offer-property-${propertyId}-proof`),
    );
    await pause(AUTOSAVE);
    expect(back.value).toBe('Case study: Severstal');
    expect((await stored())?.[0]?.proof).toBe('Case study: Severstal');
    expect(page.error()).toBeNull();
  });
});
