import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { Need, Person, type NeedLink, type OfferProfile } from '../model';
import { exampleProfile } from '../offers/example';
import { DealBriefDb } from './database';
import {
  adoptGeneratedText,
  applyLinkDecision,
  chooseDecisionMaker,
  defaultDraftLanguage,
  draftText,
  generateDraft,
  generatedChangedSinceEdit,
  getDraft,
  keepEditedText,
  NoOfferProfileError,
  restoreDraftVersion,
  saveDraftText,
  saveDraftVersion,
} from './drafts';
import { TEMPLATES } from '../usp/templates';
import { restoreOfferProfile, updateOfferProfile } from './offers';
import { createProspect, getProspect } from './prospects';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

const PAINS = [
  'Deliveries are always late and our line stands idle',
  'Suppliers want prepayment, we need to pay on delivery',
  'We want our logo engraved on every part',
];

async function setup() {
  const prospect = await createProspect(db, {
    domain: 'acme.test',
    name: 'Acme',
    owner: '',
    now: 1,
  });
  const offer = exampleProfile('en', 'offer', 1);
  await restoreOfferProfile(db, offer);
  await db.needs.bulkAdd(
    PAINS.map((statement, i) =>
      Need.parse({ id: `n${i}`, prospectId: prospect.id, statement, createdAt: i, updatedAt: i }),
    ),
  );
  return { prospect, offer };
}

const base = { fallbackLanguage: 'en' as const };
/** The rep answers the late deliveries with the contract penalty (not the top suggestion). */
const CONFIRMED_P2 = { needId: 'n0', propertyId: 'example-p2', status: 'confirmed' };
const confirmPenaltyForLateDeliveries = (prospectId: string) =>
  generateDraft(db, prospectId, {
    ...base,
    offerProfileId: 'offer',
    decision: { action: 'confirm', needId: 'n0', propertyId: 'example-p2' },
  });

describe('generateDraft', () => {
  it('answers what the offer can answer and shows the rest as gaps', async () => {
    const { prospect } = await setup();
    const draft = await generateDraft(db, prospect.id, {
      ...base,
      offerProfileId: 'offer',
      now: 10,
    });
    const answers = draft.lines.filter((l) => l.kind === 'answer');
    const gaps = draft.lines.filter((l) => l.kind === 'gap');
    expect(answers.map((l) => l.needId).sort()).toEqual(['n0', 'n1']);
    expect(answers.find((l) => l.needId === 'n1')?.propertyId).toBe('example-p3');
    expect(gaps.map((l) => l.needId)).toEqual(['n2']);
    expect((await getProspect(db, prospect.id))?.offerProfileId).toBe('offer');
    expect(await getDraft(db, prospect.id)).toEqual(draft);
  });

  it('needs an offer profile', async () => {
    const { prospect } = await setup();
    await expect(generateDraft(db, prospect.id, base)).rejects.toBeInstanceOf(NoOfferProfileError);
  });

  it('keeps a confirmed link and the rep’s edit through regeneration, and shows what changed', async () => {
    const { prospect } = await setup();
    await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer', now: 10 });
    // The rep answers the late deliveries with the contract penalty instead.
    let draft = await generateDraft(db, prospect.id, {
      ...base,
      decision: { action: 'confirm', needId: 'n0', propertyId: 'example-p2' },
      now: 11,
    });
    expect(draft.lines.find((l) => l.needId === 'n0' && l.kind === 'answer')?.propertyId).toBe(
      'example-p2',
    );
    const edited = `${draftText(draft)}\nSee you on Monday.`;
    draft = await saveDraftText(db, draft.id, edited, 12);
    expect(draft.editedText).toBe(edited);
    // A new pain arrives in the brief; the rep regenerates.
    await db.needs.add(
      Need.parse({
        id: 'n3',
        prospectId: prospect.id,
        statement: 'Certificates come a week after the steel',
        createdAt: 9,
        updatedAt: 9,
      }),
    );
    draft = await generateDraft(db, prospect.id, { ...base, snapshot: true, now: 13 });
    expect(draft.editedText).toBe(edited);
    expect(draft.links).toContainEqual({
      needId: 'n0',
      propertyId: 'example-p2',
      status: 'confirmed',
    });
    expect(draft.lines.find((l) => l.needId === 'n0' && l.kind === 'answer')?.propertyId).toBe(
      'example-p2',
    );
    expect(draft.versions.map((v) => [v.at, v.text])).toEqual([[13, edited]]);
    expect(generatedChangedSinceEdit(draft)).toBe(true);
    draft = await keepEditedText(db, draft.id, 14);
    expect(generatedChangedSinceEdit(draft)).toBe(false);
    draft = await adoptGeneratedText(db, draft.id, 15);
    expect(draft.editedText).toBeNull();
    expect(draftText(draft)).toContain('Certificates come a week after the steel');
    draft = await restoreDraftVersion(db, draft.id, 13, 16);
    expect(draft.editedText).toBe(edited);
    expect(draft.versions).toHaveLength(2);
  });

  it('keeps the gap notes out of the text, and takes them off texts stored before', async () => {
    const { prospect } = await setup();
    let draft = await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer', now: 10 });
    const gap = draft.lines.find((l) => l.kind === 'gap')!;
    const generated = draftText(draft);
    expect(generated).not.toContain(gap.text);
    // What earlier versions stored: the generated text ended with the block for the rep, and the
    // rep's edit, what it started from and the saved versions hold it.
    const block = `\n---\n${TEMPLATES.en.gapsHeading}:\n- ${gap.text}\n`;
    const oldGenerated = `${generated}${block}`;
    const oldEdit = `${generated.replace('Acme', 'Acme Ltd')}${block}See you on Monday.\n`;
    await db.uspDrafts.put({
      ...draft,
      editedText: oldEdit,
      editedFrom: oldGenerated,
      versions: [{ at: 5, lines: draft.lines, text: oldGenerated }],
    });
    draft = (await getDraft(db, prospect.id))!;
    const edit = `${generated.replace('Acme', 'Acme Ltd')}\nSee you on Monday.\n`;
    expect(draft.editedText).toBe(edit);
    expect(draftText(draft)).not.toContain(TEMPLATES.en.gapsHeading);
    // Nothing changed in the generated text but the block: no "the draft changed" notice.
    expect(generatedChangedSinceEdit(draft)).toBe(false);
    expect(draft.versions[0]!.text).toBe(generated);
    // A stored text that differed from the generated one only by the block is no edit at all.
    await db.uspDrafts.put({ ...draft, editedText: oldGenerated, editedFrom: oldGenerated });
    draft = (await getDraft(db, prospect.id))!;
    expect(draft.editedText).toBeNull();
    expect(draft.editedFrom).toBeUndefined();
    // Restoring the old version brings back the text without the block.
    await db.uspDrafts.put({ ...draft, versions: [{ at: 5, lines: draft.lines, text: oldEdit }] });
    draft = await restoreDraftVersion(db, draft.id, 5, 20);
    expect(draft.editedText).toBe(edit);
  });

  it('saving the generated text back is no edit; saving a version twice keeps one', async () => {
    const { prospect } = await setup();
    let draft = await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer' });
    draft = await saveDraftText(db, draft.id, draftText(draft));
    expect(draft.editedText).toBeNull();
    draft = await saveDraftVersion(db, draft.id, 20);
    draft = await saveDraftVersion(db, draft.id, 21);
    expect(draft.versions.map((v) => v.at)).toEqual([20]);
  });

  it('a removed link is not suggested again; the need falls to the next answer or a gap', async () => {
    const { prospect } = await setup();
    const first = await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer' });
    const suggested = first.links.find((l) => l.needId === 'n1')!;
    const draft = await generateDraft(db, prospect.id, {
      ...base,
      decision: { action: 'remove', needId: 'n1', propertyId: suggested.propertyId! },
    });
    expect(draft.lines.find((l) => l.needId === 'n1' && l.kind === 'answer')?.propertyId).not.toBe(
      suggested.propertyId,
    );
    expect(draft.links).toContainEqual({
      needId: 'n1',
      propertyId: suggested.propertyId,
      status: 'removed',
    });
  });

  it('switching the offer profile sets the old one’s links aside; switching back brings them back', async () => {
    const { prospect } = await setup();
    await confirmPenaltyForLateDeliveries(prospect.id);
    await restoreOfferProfile(db, exampleProfile('en', 'other', 2));
    // The rep picks the other profile in the select (or mis-clicks): no links of the first apply.
    let draft = await generateDraft(db, prospect.id, {
      ...base,
      offerProfileId: 'other',
      snapshot: true,
    });
    expect(draft.offerProfileId).toBe('other');
    expect(draft.links.some((l) => l.status === 'confirmed')).toBe(false);
    expect(draft.lines.find((l) => l.needId === 'n0')?.propertyId).not.toBe('example-p2');
    // A decision about the other profile is its own, set aside in turn.
    draft = await generateDraft(db, prospect.id, {
      ...base,
      decision: { action: 'confirm', needId: 'n1', propertyId: null },
    });
    expect(draft.parkedLinks).toEqual({ offer: [CONFIRMED_P2] });
    // Back to the first profile: its confirmation is back, and so is the answer in the draft.
    draft = await generateDraft(db, prospect.id, {
      ...base,
      offerProfileId: 'offer',
      snapshot: true,
    });
    expect(draft.links).toContainEqual(CONFIRMED_P2);
    expect(draft.lines.find((l) => l.needId === 'n0' && l.kind === 'answer')?.propertyId).toBe(
      'example-p2',
    );
    expect(draft.parkedLinks).toEqual({
      other: [{ needId: 'n1', propertyId: null, status: 'confirmed' }],
    });
    draft = await generateDraft(db, prospect.id, { ...base, offerProfileId: 'other' });
    expect(draft.links).toContainEqual({ needId: 'n1', propertyId: null, status: 'confirmed' });
    expect(draft.parkedLinks).toEqual({ offer: [CONFIRMED_P2] });
  });

  it('keeps a confirmation to a deleted property, so Undo in the profile editor brings it back', async () => {
    const { prospect } = await setup();
    await confirmPenaltyForLateDeliveries(prospect.id);
    const removed = (await db.offerProfiles.get('offer'))!.properties.find(
      (p) => p.id === 'example-p2',
    )!;
    await updateOfferProfile(db, 'offer', (p) => ({
      properties: p.properties.filter((x) => x.id !== 'example-p2'),
    }));
    // Meanwhile the rep confirms another pain (any regeneration stores the links again).
    let draft = await generateDraft(db, prospect.id, {
      ...base,
      decision: { action: 'confirm', needId: 'n1', propertyId: 'example-p3' },
    });
    // The answer is gone with the property: the pain shows as a gap, not as a new guess.
    expect(draft.lines.find((l) => l.needId === 'n0')?.kind).toBe('gap');
    expect(draft.links).toContainEqual(CONFIRMED_P2);
    await updateOfferProfile(db, 'offer', (p) => ({ properties: [...p.properties, removed] }));
    draft = await generateDraft(db, prospect.id, base);
    expect(draft.links).toContainEqual(CONFIRMED_P2);
    expect(draft.lines.find((l) => l.needId === 'n0' && l.kind === 'answer')?.propertyId).toBe(
      'example-p2',
    );
  });
});

describe('the language of a first draft', () => {
  async function prospectWith(statement: string, offer: OfferProfile) {
    const prospect = await createProspect(db, { domain: 'tp.ru', name: 'ТехноПром', owner: '' });
    await restoreOfferProfile(db, offer);
    await db.needs.add(
      Need.parse({ id: 'n0', prospectId: prospect.id, statement, createdAt: 1, updatedAt: 1 }),
    );
    return prospect;
  }
  const RU_PAIN = 'Поставщик постоянно срывает сроки поставки';

  it('is the offer profile’s, whatever the UI language', async () => {
    const prospect = await prospectWith(RU_PAIN, exampleProfile('ru', 'offer', 1));
    // The panel is in English: its language is only the last fallback.
    const draft = await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer' });
    expect(draft.language).toBe('ru');
    expect(draft.lines[0]!.text).not.toContain('our answer to');
  });

  it('is the language of the needs when the profile has none, else the UI language', async () => {
    const { language: _, ...unlabelled } = exampleProfile('en', 'offer', 1);
    const prospect = await prospectWith(RU_PAIN, unlabelled);
    expect(
      (await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer' })).language,
    ).toBe('ru');
    expect(defaultDraftLanguage(undefined, [], 'ru')).toBe('ru');
    expect(defaultDraftLanguage({}, [{ statement: '24/7' }], 'en')).toBe('en');
    expect(defaultDraftLanguage({ language: 'en' }, [{ statement: RU_PAIN }], 'ru')).toBe('en');
  });

  it('stays the draft’s own once there is a draft', async () => {
    const prospect = await prospectWith(RU_PAIN, exampleProfile('ru', 'offer', 1));
    await generateDraft(db, prospect.id, { ...base, offerProfileId: 'offer', language: 'en' });
    expect((await generateDraft(db, prospect.id, { ...base, snapshot: true })).language).toBe('en');
  });
});

describe('applyLinkDecision', () => {
  const links: NeedLink[] = [
    { needId: 'a', propertyId: 'p1', status: 'suggested', score: 0.5 },
    { needId: 'b', propertyId: 'p2', status: 'confirmed' },
  ];
  it('confirming replaces an earlier confirmation and can confirm "no answer"', () => {
    expect(applyLinkDecision(links, { action: 'confirm', needId: 'b', propertyId: null })).toEqual([
      links[0],
      { needId: 'b', propertyId: null, status: 'confirmed' },
    ]);
  });
  it('removing a confirmed property un-confirms it; reset forgets decisions', () => {
    expect(applyLinkDecision(links, { action: 'remove', needId: 'b', propertyId: 'p2' })).toEqual([
      links[0],
      { needId: 'b', propertyId: 'p2', status: 'removed' },
    ]);
    expect(applyLinkDecision(links, { action: 'reset', needId: 'b' })).toEqual([links[0]]);
  });
});

describe('chooseDecisionMaker', () => {
  const person = (id: string, role: Person['role'], influence: number) =>
    Person.parse({
      id,
      prospectId: 'x',
      fullName: id,
      role,
      influence,
      createdAt: 0,
      updatedAt: 0,
    });
  it('picks the most influential decision maker, else the economic buyer', () => {
    expect(
      chooseDecisionMaker([person('a', 'decision_maker', 3), person('b', 'decision_maker', 5)])?.id,
    ).toBe('b');
    expect(
      chooseDecisionMaker([person('c', 'economic_buyer', 2), person('d', 'user', 5)])?.id,
    ).toBe('c');
    expect(chooseDecisionMaker([person('d', 'user', 5)])).toBeUndefined();
  });
});
