import type { Page } from '@playwright/test';
import { tabIdOf } from '../../scripts/lib/chromium';
import { expect, externalRequests, test } from './fixtures';

/**
 * The decision-maker map is another feature's screen; here a person of the map is put straight
 * into the database, as that screen would, so the brief can see a decision maker.
 */
async function addPersonToMap(
  extPage: Page,
  domain: string,
  person: { fullName: string; position: string; role: string; roleSource: string },
): Promise<void> {
  await extPage.evaluate(
    ([key, p]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dealbrief');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['prospects', 'people'], 'readwrite');
          const lookup = tx.objectStore('prospects').index('domains').get(key);
          lookup.onsuccess = () => {
            const prospect = lookup.result as { id: string };
            const now = Date.now();
            tx.objectStore('people').put({
              ...p,
              id: `person-${now}`,
              prospectId: prospect.id,
              createdAt: now,
              updatedAt: now,
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [domain, person] as const,
  );
}

function sendToBrief(
  extPage: Page,
  input: { tabId: number; text: string; url: string; title: string; target: string },
) {
  return extPage.evaluate(
    (i) => chrome.runtime.sendMessage({ dealbrief: 1, name: 'captureToBrief', input: i }),
    input,
  );
}

test.describe('the needs brief: turn a meeting into a result', () => {
  test('fill a brief, capture a pain, follow the questions, complete it, move the stage, reload, print', async ({
    context,
    sites,
    openPanel,
    extPage,
    requests,
  }) => {
    const site = await context.newPage();
    const url = sites.url('www.tehnoprom.test', '/about.html');
    await site.goto(url);
    let panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await addPersonToMap(extPage, 'tehnoprom.test', {
      fullName: 'Игорь Петров',
      position: 'Главный инженер',
      role: 'decision_maker',
      roleSource: 'confirmed_indirectly',
    });
    await panel.reload();
    await panel.getByRole('tab', { name: 'Brief', exact: true }).click();

    // A decision maker is reached: the panel suggests "first contact"; the rep confirms.
    await expect(
      panel.getByText('You have reached a decision maker – that is first contact.'),
    ).toBeVisible();
    await panel.getByRole('button', { name: 'Move to “First contact”' }).click();
    await expect(panel.locator('.stage-pill')).toHaveText('First contact');

    // Fill the brief partly.
    await panel
      .getByRole('textbox', { name: 'Current situation', exact: true })
      .fill('Два цеха, 300 т металла в месяц');
    await panel.getByRole('textbox', { name: 'Supplier', exact: true }).fill('МеталлТорг');
    await panel
      .getByRole('textbox', { name: "What they don't like (pains)", exact: true })
      .fill('Путают марки стали');
    await expect(panel.getByText(/Brief \d+% complete/)).toBeVisible();
    const progress = panel.getByRole('progressbar', { name: 'Brief completeness' });
    // 4 of 8: situation, supplier, what they dislike, the decision maker (on the map already).
    await expect(progress).toHaveAttribute('aria-valuenow', '50');

    const questions = panel.getByRole('list', { name: 'Next questions to ask' });
    const deliveryQuestion =
      'How many days pass from your order to delivery now, and what lead time do you actually need?';
    await expect(questions.getByText(deliveryQuestion)).toBeVisible();

    // A pain from the page, through the same protocol message as "Add to brief ▸ Pain".
    const pain = 'Главная проблема — срывы сроков: линия простаивает, пока ждём лист нужной марки.';
    const tabId = await tabIdOf(extPage, site);
    expect(
      await sendToBrief(extPage, {
        tabId,
        text: pain,
        url,
        title: 'О компании — ТехноПром',
        target: 'pain',
      }),
    ).toMatchObject({ ok: true });
    const painCard = panel.getByRole('listitem', { name: 'Need 1' });
    await expect(painCard.getByRole('textbox', { name: "Need in the client's words" })).toHaveValue(
      pain,
    );
    await expect(painCard.getByRole('combobox', { name: 'Category' })).toHaveValue(
      'supply_reliability',
    );
    await expect(painCard.getByText('suggested from the wording')).toBeVisible();
    await expect(painCard.getByRole('combobox', { name: 'SPIN type' })).toHaveValue('problem');
    await expect(painCard.getByRole('link', { name: 'О компании — ТехноПром' })).toHaveAttribute(
      'href',
      url,
    );
    await painCard.getByRole('combobox', { name: 'Priority' }).selectOption('high');
    await painCard.getByRole('combobox', { name: 'Voiced by' }).selectOption({
      label: 'Игорь Петров, Главный инженер (Decision maker)',
    });

    // The questions move on: delivery is covered now.
    await expect(questions.getByText(deliveryQuestion)).toHaveCount(0);

    // A trend from the page too.
    expect(
      await sendToBrief(extPage, {
        tabId,
        text: 'Импортозамещение: заказчики переходят на отечественный металл',
        url,
        title: 'О компании — ТехноПром',
        target: 'trend',
      }),
    ).toMatchObject({ ok: true });
    await expect(
      panel.getByRole('textbox', { name: 'Market trends affecting them', exact: true }),
    ).toHaveValue('Импортозамещение: заказчики переходят на отечественный металл');
    // Market trends are an item of the brief (DOMAIN.md): 5 of 8 now.
    await expect(progress).toHaveAttribute('aria-valuenow', '63');

    // Record the answer to the first suggested question (price) as a need.
    const first = questions.getByRole('listitem').first();
    const firstQuestion = (await first.locator('p').first().textContent()) ?? '';
    await first.getByRole('button', { name: 'Record answer' }).click();
    const answer = panel.getByRole('listitem', { name: 'Need 2' });
    await expect(answer.getByText(`Answer to: ${firstQuestion}`)).toBeVisible();
    await expect(answer.getByRole('textbox', { name: "Need in the client's words" })).toBeFocused();
    await panel.keyboard.type('Платим 95 тысяч за тонну, цену меняют каждый квартал');
    await expect(questions.getByText(firstQuestion)).toHaveCount(0);

    // Two more needs, typed; the category follows the wording.
    await panel.getByRole('button', { name: 'Add a need' }).click();
    const quality = panel.getByRole('listitem', { name: 'Need 3' });
    await quality
      .getByRole('textbox', { name: "Need in the client's words" })
      .fill('Брак в каждой третьей партии');
    await expect(quality.getByRole('combobox', { name: 'Category' })).toHaveValue(
      'quality_consistency',
    );
    await panel.getByRole('button', { name: 'Add a need' }).click();
    const service = panel.getByRole('listitem', { name: 'Need 4' });
    await service
      .getByRole('textbox', { name: "Need in the client's words" })
      .fill('Сервисный инженер приезжает через неделю');
    await expect(service.getByRole('combobox', { name: 'Category' })).toHaveValue(
      'service_support',
    );
    await service.getByRole('checkbox', { name: 'Answered in the offer' }).check();

    // The rest of the brief.
    await panel
      .getByRole('textbox', { name: 'Development plans', exact: true })
      .fill('Третья линия в 2026 году');
    await panel
      .getByRole('textbox', { name: 'Decision criteria', exact: true })
      .fill('Сроки, стабильность марки');
    await panel.getByRole('textbox', { name: 'Budget', exact: true }).fill('2 млн ₽ в год');
    await panel.getByRole('textbox', { name: 'Timing', exact: true }).fill('Решение в марте');
    await panel
      .getByRole('textbox', { name: 'Competitors considered', exact: true })
      .fill('СтальСнаб');
    await panel.getByRole('textbox', { name: 'Objection', exact: true }).fill('У вас дороже');
    await panel
      .getByRole('textbox', { name: 'Our answer', exact: true })
      .fill('Цена фиксирована на год');
    await expect(progress).toHaveAttribute('aria-valuenow', '88');
    await expect(panel.getByText('No need yet about', { exact: false })).toHaveCount(0);
    await panel
      .getByRole('textbox', { name: 'Decision process', exact: true })
      .fill('Главный инженер выбирает, директор подписывает');

    // Complete: the panel suggests "needs identified"; the rep confirms.
    await expect(panel.getByText('Brief 100% complete')).toBeVisible();
    await panel.getByRole('button', { name: 'Move to “Needs identified”' }).click();
    await expect(panel.locator('.stage-pill')).toHaveText('Needs identified');

    // Reload: everything is there, and the history shows the changes with their dates.
    await panel.close();
    panel = await openPanel(site);
    await panel.getByRole('tab', { name: 'Brief', exact: true }).click();
    await expect(
      panel.getByRole('textbox', { name: 'Current situation', exact: true }),
    ).toHaveValue('Два цеха, 300 т металла в месяц');
    await expect(panel.getByRole('textbox', { name: 'Supplier', exact: true })).toHaveValue(
      'МеталлТорг',
    );
    await expect(
      panel.getByRole('textbox', { name: "What they don't like (pains)", exact: true }),
    ).toHaveValue('Путают марки стали');
    await expect(panel.getByRole('textbox', { name: 'Budget', exact: true })).toHaveValue(
      '2 млн ₽ в год',
    );
    await expect(panel.getByRole('textbox', { name: 'Our answer', exact: true })).toHaveValue(
      'Цена фиксирована на год',
    );
    const reloadedPain = panel.getByRole('listitem', { name: 'Need 1' });
    await expect(reloadedPain.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    await expect(
      panel
        .getByRole('listitem', { name: 'Need 2' })
        .getByRole('textbox', { name: "Need in the client's words" }),
    ).toHaveValue('Платим 95 тысяч за тонну, цену меняют каждый квартал');
    await expect(
      panel
        .getByRole('listitem', { name: 'Need 4' })
        .getByRole('checkbox', { name: 'Answered in the offer' }),
    ).toBeChecked();
    await expect(panel.getByText('Brief 100% complete')).toBeVisible();
    const history = panel.getByRole('list', { name: 'Stage history' });
    await expect(history.getByRole('listitem')).toHaveCount(3);
    await expect(history.getByRole('listitem').first()).toContainText('Needs identified');
    await expect(history.getByRole('listitem').nth(1)).toContainText('First contact');
    await expect(history.getByRole('listitem').first().locator('time')).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}T/,
    );

    // The printable brief renders every section, as text.
    const [print] = await Promise.all([
      context.waitForEvent('page'),
      panel.getByRole('link', { name: 'Printable brief' }).click(),
    ]);
    await expect(
      print.getByRole('heading', { name: 'Needs brief – ТехноПром', level: 1 }),
    ).toBeVisible();
    for (const heading of [
      'Current situation',
      'Current suppliers',
      'Development plans',
      'Market trends affecting them',
      'Decision makers and influencers',
      'Decision criteria',
      'Budget',
      'Timing',
      'Decision process',
      'Competitors considered',
      'Objections heard',
      'Needs',
      'Stage history',
    ])
      await expect(print.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    for (const text of [
      'Два цеха, 300 т металла в месяц',
      'МеталлТорг',
      'Третья линия в 2026 году',
      'Импортозамещение: заказчики переходят на отечественный металл',
      'Игорь Петров',
      'Сроки, стабильность марки',
      '2 млн ₽ в год',
      'Решение в марте',
      'Главный инженер выбирает, директор подписывает',
      'СтальСнаб',
      'Цена фиксирована на год',
      pain,
    ])
      await expect(print.getByText(text, { exact: false }).first()).toBeVisible();
    await expect(print.getByRole('row')).toHaveCount(5);
    await expect(print.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('losing a deal asks for a good refusal and keeps it in the history', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('tab', { name: 'Brief', exact: true }).click();

    await panel.getByRole('combobox', { name: 'Move to stage' }).selectOption('lost');
    await panel.getByRole('button', { name: 'Mark as lost' }).click();
    await expect(panel.getByRole('alert')).toContainText('Say why the deal was lost');
    await expect(panel.locator('.stage-pill')).toHaveText('Selection');

    await panel
      .getByRole('textbox', { name: 'Why they said no' })
      .fill('Chose a cheaper supplier <script>alert(1)</script>');
    await panel
      .getByRole('textbox', { name: "Which of our criteria they don't meet" })
      .fill('Volume below 10 t/month');
    await panel.getByRole('textbox', { name: 'What we are good at' }).fill('Stock in their city');
    await panel
      .getByRole('textbox', { name: 'How we differ from the others' })
      .fill('Delivery date fixed in the contract');
    await panel.getByRole('button', { name: 'Mark as lost' }).click();
    await expect(panel.locator('.stage-pill')).toHaveText('Lost');

    await panel.reload();
    await panel.getByRole('tab', { name: 'Brief', exact: true }).click();
    const lost = panel.getByRole('list', { name: 'Stage history' }).getByRole('listitem').first();
    await expect(lost).toContainText('Lost');
    await expect(lost).toContainText('Chose a cheaper supplier <script>alert(1)</script>');
    await expect(lost).toContainText('Volume below 10 t/month');
    await expect(lost).toContainText('Stock in their city');
    await expect(lost).toContainText('Delivery date fixed in the contract');
  });
});
