import { describe, expect, it } from 'vitest';
import { textToBlocks } from '@shared/report/textBlocks';
import { joinList, needsBullets, sentenceWithList } from '@shared/text';

describe('lists', () => {
  it.each([
    [[], ''],
    [['Information'], 'Information'],
    [['Information', 'Samordning'], 'Information och Samordning'],
    [['A', 'B', 'C'], 'A, B och C'],
  ])('joins %o as "%s"', (items, text) => {
    expect(joinList(items)).toBe(text);
  });

  it('joins with "eller" when asked', () => {
    expect(joinList(['Ja', 'Delvis', 'Nej'], 'eller')).toBe('Ja, Delvis eller Nej');
  });

  it('keeps a list without "och" in the sentence', () => {
    const text = sentenceWithList('Planen har tre utvecklingsområden', ['Information', 'Samordning', 'Kvalitetsarbete']);
    expect(text).toBe('Planen har tre utvecklingsområden: Information, Samordning och Kvalitetsarbete.');
    expect(textToBlocks(text)).toEqual([{ type: 'paragraph', text }]);
  });

  it('turns a list whose items contain "och" into bullets the report renders as a list', () => {
    const items = ['Information och Samordning', 'Främjande och förebyggande'];
    expect(needsBullets(items)).toBe(true);
    expect(needsBullets(['Kochbok', 'Ochre'])).toBe(false);
    const text = sentenceWithList('Bedömningen är Delvis för', items);
    expect(textToBlocks(text)).toEqual([
      { type: 'paragraph', text: 'Bedömningen är Delvis för:' },
      { type: 'list', items },
    ]);
  });
});
