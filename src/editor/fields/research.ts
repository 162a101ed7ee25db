import { fields } from '@keystatic/core';
import { requiredChoice, requiredChoices } from './choices';
import { yearField } from './year';
import { CONDITION_LABELS, RESULT_LABELS, ROUTE_LABELS } from '../../lib/content-choices';
import { bodyField } from './body';

/** The editor's form for content/research/*.mdx; mirrors `researchSchema` in src/lib/content-schemas.ts. */
export const researchFields = {
  title: fields.slug({
    name: { label: 'Title', description: 'The published title of the study.', validation: { length: { min: 5 } } },
    slug: { label: 'File name', description: 'The study is served at /research/file-name, e.g. dore-2019.' },
  }),
  authors: fields.array(fields.text({ label: 'Author', validation: { length: { min: 2 } } }), {
    label: 'Authors',
    description:
      'Surname and initials, e.g. "Dore J", in the order of the paper; end with "et al." if not all are listed.',
    itemLabel: (props) => props.value || 'New author',
    validation: { length: { min: 1 } },
  }),
  journal: fields.text({ label: 'Journal', validation: { length: { min: 2 } } }),
  year: yearField({ label: 'Year', min: 1950, max: 2100 }),
  doi: fields.text({
    label: 'DOI',
    description: 'Give a DOI or a PMID, or both.',
    validation: { pattern: { regex: /^(10\.\d{4,9}\/\S+)?$/, message: 'A DOI looks like 10.1234/abcd' } },
  }),
  pmid: fields.text({
    label: 'PMID',
    validation: { pattern: { regex: /^(\d{5,9})?$/, message: 'A PMID is 5 to 9 digits' } },
  }),
  design: fields.text({
    label: 'Design',
    description: 'In plain words, e.g. "Randomised controlled trial". Required.',
    validation: { isRequired: true, length: { min: 3 } },
  }),
  participants: fields.integer({ label: 'Participants', validation: { isRequired: true, min: 1 } }),
  route: requiredChoice({
    label: 'How ketamine was given',
    labels: ROUTE_LABELS,
    missing: 'Choose how ketamine was given in the study',
  }),
  conditions: requiredChoices({
    label: 'Conditions studied',
    description: 'Choose at least one.',
    labels: CONDITION_LABELS,
    missing: 'Choose at least one condition the study looked at',
  }),
  result: requiredChoice({
    label: 'Result',
    description: 'Did the study find a benefit? Read the paper: a study that found none is shown as such.',
    labels: RESULT_LABELS,
    missing: 'Choose what the study found',
  }),
  finding: fields.text({
    label: 'Finding',
    description: 'The finding in plain words, one or two sentences.',
    multiline: true,
    validation: { length: { min: 20 } },
  }),
  limitations: fields.text({ label: 'Limitations', multiline: true, validation: { length: { min: 10 } } }),
  summary: fields.text({
    label: 'Summary',
    description: 'Plain-language summary shown first on the study page.',
    multiline: true,
    validation: { length: { min: 20 } },
  }),
  body: bodyField('Notes on the study'),
};
