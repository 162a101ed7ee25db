import { describe, expect, test } from 'vitest';
import { groupFaq, type FaqItem } from '../../src/lib/faq-groups';

const item = (id: string, topic: FaqItem['data']['topic'], order: number): FaqItem => ({ id, data: { topic, order } });

describe('grouping the FAQ', () => {
  const groups = groupFaq([
    item('cost', 'costs', 10),
    item('b-safe', 'safety', 20),
    item('what', 'about-kap', 10),
    item('a-safe', 'safety', 20),
    item('first-safe', 'safety', 5),
  ]);

  test('lists topics in their fixed order and leaves out empty ones', () => {
    expect(groups.map((g) => g.topic)).toEqual(['about-kap', 'safety', 'costs']);
  });

  test('gives each topic its heading', () => {
    expect(groups[0].label).toBe('About KAP');
  });

  test('orders questions by order, then by file name', () => {
    expect(groups[1].items.map((i) => i.id)).toEqual(['first-safe', 'a-safe', 'b-safe']);
  });
});
