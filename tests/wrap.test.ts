import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../src/app/nomogram/geometry.ts';
import { textWidth } from '../src/app/nomogram/labels.ts';

describe('wrapLabel: a row name on two lines', () => {
  it('breaks Chinese between characters, never inside a Latin word, after an opening bracket or before a closing one', () => {
    const text = '血清乳酸脱氢酶（LDH）';
    const size = 16;
    for (let max = textWidth('（LDH）', size) + 1; max < textWidth(text, size); max += 4) {
      const lines = wrapLabel(text, max, size);
      // Too narrow for two lines, the second is cut short with an ellipsis.
      if (!lines.at(-1)!.endsWith('…')) expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line, `${max} px: ${lines.join(' | ')}`).not.toMatch(/^[）)]|[（(]$/);
        expect(line, `${max} px: ${lines.join(' | ')}`).not.toMatch(/^[A-Z]{1,2}）?$|（[A-Z]{1,2}$/);
      }
    }
  });

  it('keeps breaking English at spaces', () => {
    expect(wrapLabel('Number of pulmonary metastases', textWidth('Number of pulmonary', 16) + 1, 16)).toEqual([
      'Number of pulmonary',
      'metastases',
    ]);
  });
});
