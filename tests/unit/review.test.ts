import { describe, expect, test } from 'vitest';
import { pageReview, type ReviewSettings } from '../../src/lib/review';

const settings: ReviewSettings = {
  therapist: { name: 'Ann Author', credentials: 'LMFT' },
  reviewers: {
    clinical: { name: 'Cal Clinician', credentials: 'PhD' },
    medical: { name: 'PLACEHOLDER: a physician', credentials: 'PLACEHOLDER: MD' },
  },
};
const dates = { lastReviewed: new Date('2026-11-01'), nextReview: new Date('2027-11-01') };

describe('a clinical page counts as reviewed only with a real reviewer and a date', () => {
  test('a named, real reviewer with dates: reviewed', () => {
    expect(pageReview({ reviewedBy: 'clinical', ...dates }, settings)).toEqual({
      status: 'reviewed',
      reviewer: { name: 'Cal Clinician', credentials: 'PhD' },
      ...dates,
    });
  });

  test('no reviewer chosen: pending, with the author', () => {
    const review = pageReview({ reviewedBy: 'pending', ...dates }, settings);
    expect(review).toMatchObject({ status: 'pending', author: { name: 'Ann Author', credentials: 'LMFT' } });
  });

  test('a reviewer whose name is still a placeholder: pending, saying why', () => {
    const review = pageReview({ reviewedBy: 'medical', ...dates }, settings);
    expect(review.status).toBe('pending');
    expect(review.status === 'pending' && review.reason).toMatch(/medical reviewer/);
  });

  test('a reviewer with a name but empty credentials: pending', () => {
    const noLetters = {
      ...settings,
      reviewers: { ...settings.reviewers, clinical: { name: 'Cal Clinician', credentials: '' } },
    };
    expect(pageReview({ reviewedBy: 'clinical', ...dates }, noLetters).status).toBe('pending');
  });
});
