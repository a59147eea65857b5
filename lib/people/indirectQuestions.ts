// Indirect questions that reveal who really decides. The direct "Are you the decision maker?"
// is useless (only ~30% say no when it is no – DOMAIN.md); these ask about the process instead,
// so the answer names the people and steps without anyone losing face.

import { hasConfirmedDecisionMaker } from './decisionMaker';
import type { Person } from '../model';

export interface IndirectQuestion {
  id: string;
  en: string;
  ru: string;
}

export const INDIRECT_QUESTIONS: readonly IndirectQuestion[] = [
  // The three from the method (DOMAIN.md).
  {
    id: 'how_choose_contractor',
    en: 'How does your company usually choose a contractor?',
    ru: 'Как у вас обычно выбирают подрядчика?',
  },
  {
    id: 'approve_with_departments',
    en: 'You will probably need to approve the contract with several departments?',
    ru: 'Договор, наверное, нужно будет согласовать с несколькими отделами?',
  },
  {
    id: 'discuss_with_colleagues',
    en: 'How long do you discuss it with colleagues before choosing a supplier?',
    ru: 'Сколько времени вы обсуждаете с коллегами, прежде чем выбрать поставщика?',
  },
  // More in the same spirit: ask about the path of a decision, not the person's power.
  {
    id: 'last_supplier_change',
    en: 'When you last changed a supplier, how did it go – who raised it and who had the final word?',
    ru: 'Когда вы в последний раз меняли поставщика, как это происходило – кто предложил и за кем было последнее слово?',
  },
  {
    id: 'who_else_to_show',
    en: 'Who else should see our offer so that it does not get stuck at the approval stage?',
    ru: 'Кому ещё стоит показать наше предложение, чтобы оно не застряло на согласовании?',
  },
  {
    id: 'who_signs',
    en: 'Who usually signs contracts of this size – and who checks them before that?',
    ru: 'Кто обычно подписывает договоры такого объёма – и кто их проверяет перед этим?',
  },
  {
    id: 'who_uses',
    en: 'Who will work with our product every day, and do they have a say in the choice?',
    ru: 'Кто будет каждый день работать с нашей продукцией, и участвуют ли они в выборе?',
  },
  {
    id: 'budget_owner',
    en: 'Which budget will this purchase come from, and who plans that budget?',
    ru: 'Из какого бюджета пойдёт эта закупка, и кто этот бюджет планирует?',
  },
  {
    id: 'meeting_with_others',
    en: 'Would it make sense to meet together with the colleagues who will evaluate the offer?',
    ru: 'Есть ли смысл встретиться вместе с коллегами, которые будут оценивать предложение?',
  },
];

/** Show the questions until a decision maker is known and confirmed beyond their own word. */
export function shouldShowIndirectQuestions(
  people: readonly Pick<Person, 'role' | 'roleSource'>[],
): boolean {
  return !hasConfirmedDecisionMaker(people);
}
