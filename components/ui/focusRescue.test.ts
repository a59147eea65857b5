// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_AFTER_REMOVE, installFocusRescue } from './focusRescue';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let root: HTMLElement;
let stop: () => void;

function list(names: string[]): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const name of names) {
    const li = document.createElement('li');
    li.id = name;
    const remove = document.createElement('button');
    remove.textContent = `Remove ${name}`;
    li.append(name, remove);
    ul.append(li);
  }
  return ul;
}

function undoButton(): HTMLButtonElement {
  const undo = document.createElement('button');
  undo.textContent = 'Undo';
  undo.setAttribute(FOCUS_AFTER_REMOVE, '');
  return undo;
}

/** A section holding the list `names`, in the root, with `focused`'s Remove focused and `focused` removed. */
async function removeFocused(names: string[], focused: string): Promise<HTMLElement> {
  const section = document.createElement('section');
  section.append(list(names));
  root.append(section);
  button(`Remove ${focused}`).focus();
  root.querySelector(`#${focused}`)!.remove();
  await settle();
  return section;
}

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  stop = installFocusRescue(root);
});
afterEach(() => stop());

describe('focus rescue', () => {
  it('moves focus to the next item when the focused one is removed', async () => {
    await removeFocused(['a', 'b', 'c'], 'b');
    expect(document.activeElement).toBe(button('Remove c'));
  });

  it('moves focus to the previous item when the last one is removed', async () => {
    await removeFocused(['a', 'b'], 'b');
    expect(document.activeElement).toBe(button('Remove a'));
  });

  it('prefers the nearest Undo around the removed item', async () => {
    const undo = undoButton();
    const section = document.createElement('section');
    section.append(undo, list(['a', 'b', 'c']));
    root.append(section);
    button('Remove b').focus();
    root.querySelector('#b')!.remove();
    await settle();
    expect(document.activeElement).toBe(undo);
  });

  it('moves on to the Undo when it appears just after the item went', async () => {
    const section = await removeFocused(['a', 'b', 'c'], 'b');
    expect(document.activeElement).toBe(button('Remove c'));
    const undo = undoButton();
    section.append(undo);
    await settle();
    expect(document.activeElement).toBe(undo);
  });

  it('does not take the focus back once the rep moved on', async () => {
    const section = await removeFocused(['a', 'b', 'c'], 'b');
    button('Remove a').focus();
    section.append(undoButton());
    await settle();
    expect(document.activeElement).toBe(button('Remove a'));
  });

  it('ignores an Undo of another section', async () => {
    const other = document.createElement('section');
    other.append(undoButton());
    root.append(other);
    await removeFocused(['a', 'b'], 'a');
    expect(document.activeElement).toBe(button('Remove b'));
  });

  it('falls back to the nearest focusable element in the container when it was alone', async () => {
    const card = document.createElement('div');
    const close = document.createElement('button');
    close.textContent = 'Close';
    card.append(close);
    const heading = document.createElement('button');
    heading.textContent = 'Add person';
    const wrapper = document.createElement('div');
    wrapper.append(heading, card);
    root.append(wrapper);
    close.focus();
    card.remove();
    await settle();
    expect(document.activeElement).toBe(heading);
  });

  it('leaves focus alone when the app moved it itself', async () => {
    root.append(list(['a', 'b', 'c']));
    button('Remove b').focus();
    root.querySelector('#b')!.remove();
    button('Remove a').focus();
    await settle();
    expect(document.activeElement).toBe(button('Remove a'));
  });

  it('does nothing when an element that was not focused goes', async () => {
    root.append(list(['a', 'b', 'c']));
    button('Remove a').focus();
    root.querySelector('#c')!.remove();
    await settle();
    expect(document.activeElement).toBe(button('Remove a'));
  });

  it('stops watching when asked', async () => {
    stop();
    root.append(list(['a', 'b']));
    button('Remove a').focus();
    root.querySelector('#a')!.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
