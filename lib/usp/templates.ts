import type { Language } from '../model/common';
import type { Emphasis } from './emphasis';

/**
 * Every word the draft adds of its own lives here, per language. Templates only connect: the
 * pains are the client's words, the answers, proofs, differentiators and competitor weaknesses
 * are the offer profile's words, so the draft can never promise what the profile does not hold.
 * Placeholders are `{name}`; a test checks that a draft holds no other words than these.
 */
export interface DraftTemplates {
  headline: string;
  headlineNoAnswer: string;
  intro: string;
  introNoName: string;
  focus: Record<Emphasis, string>;
  answer: string;
  proof: string;
  conditions: string;
  versusCompetitor: string;
  apartFrom: string;
  nextStep: Record<Emphasis, string>;
  gap: string;
  /** Section headings of the rendered draft (plain text and Markdown). */
  answersHeading: string;
  apartHeading: string;
  /**
   * The heading under which earlier versions listed the gaps at the end of the text. The gaps
   * are no longer in the text; it is kept, word for word, to find that block in stored edits.
   */
  gapsHeading: string;
  listSeparator: string;
}

export const TEMPLATES: Readonly<Record<Language, DraftTemplates>> = {
  ru: {
    headline: '{client}: наш ответ на «{pain}»',
    headlineNoAnswer: 'Предложение для {client}',
    intro: '{person}, ниже ваши задачи и наши ответы{focus}.',
    introNoName: 'Ниже ваши задачи и наши ответы{focus}.',
    focus: {
      money_risk: ', в первую очередь о деньгах и рисках',
      reliability_workload: ', в первую очередь о надёжности и нагрузке на ваших людей',
      speed_simplicity: ', в первую очередь о скорости и простоте',
      balanced: '',
    },
    answer: '«{pain}» → {statement}',
    proof: 'Подтверждение: {proof}',
    conditions: 'Условия: {conditions}',
    versusCompetitor: 'В сравнении с {competitor}: {weakness}. У нас: {ours}',
    apartFrom: 'Чем мы отличаемся: {statement}',
    nextStep: {
      money_risk: 'Следующий шаг: встреча, чтобы сверить условия и посчитать эффект для {client}.',
      reliability_workload:
        'Следующий шаг: техническая встреча с вашими специалистами, чтобы разобрать требования.',
      speed_simplicity: 'Следующий шаг: пришлите список позиций, и мы подготовим расчёт.',
      balanced: 'Следующий шаг: обсудим предложение на встрече. Когда вам удобно?',
    },
    gap: '«{pain}»: в нашем предложении пока нет ответа на эту потребность.',
    answersHeading: 'Ваша задача → наш ответ',
    apartHeading: 'Чем мы отличаемся',
    gapsHeading: 'Для менеджера: потребности без ответа (не отправлять клиенту)',
    listSeparator: '; ',
  },
  en: {
    headline: '{client}: our answer to “{pain}”',
    headlineNoAnswer: 'Proposal for {client}',
    intro: '{person}, below are your concerns and our answers{focus}.',
    introNoName: 'Below are your concerns and our answers{focus}.',
    focus: {
      money_risk: ', money and risk first',
      reliability_workload: ', reliability and workload first',
      speed_simplicity: ', speed and simplicity first',
      balanced: '',
    },
    answer: '“{pain}” → {statement}',
    proof: 'Proof: {proof}',
    conditions: 'Conditions: {conditions}',
    versusCompetitor: 'Compared with {competitor}: {weakness}. With us: {ours}',
    apartFrom: 'What sets us apart: {statement}',
    nextStep: {
      money_risk:
        'Next step: a meeting to go through the terms and work out the figures for {client}.',
      reliability_workload:
        'Next step: a technical session with your team to go through the requirements.',
      speed_simplicity: 'Next step: send us your item list and we will prepare a quote.',
      balanced: 'Next step: shall we discuss this at a meeting? When would suit you?',
    },
    gap: '“{pain}”: our offer has no answer to this need yet.',
    answersHeading: 'Your concern → our answer',
    apartHeading: 'What sets us apart',
    gapsHeading: 'For the rep: needs without an answer (not for the client)',
    listSeparator: '; ',
  },
};

/** Fill `{name}` placeholders; a missing value is an empty string (templates are ours, not input). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
