// Claims a health site must not make, checked sentence by sentence in every content file.

export interface Overclaim {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  reason: string;
}

/** Words that promise too much, whatever the context. */
const BANNED: { pattern: RegExp; reason: string }[] = [
  { pattern: /\bcur(e|es|ed|ing)\b/i, reason: '"cure" promises an outcome no study shows' },
  { pattern: /\bguarantee(s|d)?\b/i, reason: '"guaranteed" promises an outcome' },
  { pattern: /\bsafe and effective\b/i, reason: '"safe and effective" is the FDA\'s phrase for approved uses' },
  { pattern: /\bmiracle/i, reason: '"miracle" overstates any treatment' },
  {
    pattern: /\bfree (of|from) (depression|anxiety|PTSD|symptoms)\b/i,
    reason: '"free of depression" overstates remission (symptoms mostly gone on a scale); say "in remission"',
  },
  {
    pattern: /\bno one else (learns|knows|sees)\b/i,
    reason: 'the web host keeps server logs of visits, so others can learn of a visit',
  },
  {
    pattern: /\bonly (me|I)\b(?!['’])/i,
    reason: 'the email service and the mail provider keep copies too; say who reads it, not that no one else has it',
  },
];

// Ketamine (not esketamine or arketamine) said to be approved for a mental health use. Only
// esketamine (Spravato) is FDA-approved for depression; racemic ketamine is approved as an anaesthetic.
const KETAMINE = /(?<![a-z])ketamine\b/i;
const APPROVED = /\bapprov(ed|al)\b/i;
const MENTAL_HEALTH = /\b(depress\w*|mental|psychiatric|PTSD|anxiety|OCD|mood)\b/i;
const NEGATED = /\b(not|never|no|nor|neither|isn't|wasn't|hasn't|haven't)\b|n't\b/i;
const NAMES_ESKETAMINE = /\b(esketamine|Spravato)\b/i;

function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+/);
}

/** A sentence that calls ketamine itself approved for depression or another mental health use. */
export function callsKetamineApproved(sentence: string): boolean {
  if (/\?["'”’)]*$/.test(sentence.trim())) return false; // a question, such as an FAQ heading
  return (
    KETAMINE.test(sentence) &&
    APPROVED.test(sentence) &&
    MENTAL_HEALTH.test(sentence) &&
    !NEGATED.test(sentence) &&
    !NAMES_ESKETAMINE.test(sentence)
  );
}

/** Every overstated claim in a file's text, with its line number. */
export function findOverclaims(source: string): Overclaim[] {
  const found: Overclaim[] = [];
  source.split('\n').forEach((text, i) => {
    for (const { pattern, reason } of BANNED) {
      if (pattern.test(text)) found.push({ line: i + 1, text: text.trim(), reason });
    }
    if (sentences(text).some(callsKetamineApproved)) {
      found.push({ line: i + 1, text: text.trim(), reason: 'only esketamine (Spravato) is FDA-approved for depression' });
    }
  });
  return found;
}
