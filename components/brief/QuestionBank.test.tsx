// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pagePerTest, pause, type Rendered } from '@/components/app/testing';
import { QuestionBank } from '@/components/brief/QuestionBank';
import { QUESTION_BANK } from '@/lib/brief/questionBank';
import { getBrief } from '@/lib/db/briefs';
import { getDb } from '@/lib/db/database';
import { listNeeds } from '@/lib/db/needs';
import { createProspect } from '@/lib/db/prospects';
import { en } from '@/locales';
import { act } from 'react';

const show = pagePerTest();
let page: Rendered;

describe('Record answer', () => {
  it('opens a need for the answer without marking the question asked (a blank answer asks nothing)', async () => {
    const p = await createProspect(getDb(), { domain: 'q.ru', name: 'Q', owner: '' });
    const q = QUESTION_BANK[0]!;
    const recorded: string[] = [];
    page = show(
      <QuestionBank prospectId={p.id} questions={[q]} onRecorded={(id) => recorded.push(id)} />,
    );
    const button = [...page.container.querySelectorAll('button')].find(
      (b) => b.textContent === en['brief.question.record'],
    )!;
    act(() => button.click());
    await pause(200);
    const needs = await listNeeds(getDb(), p.id);
    expect(needs).toEqual([expect.objectContaining({ questionId: q.id, statement: '' })]);
    expect(recorded).toEqual([needs[0]!.id]);
    expect((await getBrief(getDb(), p.id))?.askedQuestionIds ?? []).not.toContain(q.id);
  });
});
