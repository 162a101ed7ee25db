// Moved to src/lib/ so the owner's `npm run check:content` uses the same rule as the tests.
export * from '../../src/lib/readability';
