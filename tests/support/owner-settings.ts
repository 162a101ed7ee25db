import type { Settings } from '../../src/lib/settings-schema';

/**
 * Settings as a practice owner would fill them in: every value real, none a placeholder, and states
 * other than the shipped ones. Tests use it as a fixture instead of content/settings.json, whose
 * values the owner changes; the scratch-copy test writes it over a copy's settings.
 */
export const ownerSettings: Settings = {
  practiceName: 'Harbor Light Therapy',
  therapist: {
    name: 'Dana Okafor',
    credentials: 'LCSW',
    kapTraining: 'Ketamine-assisted psychotherapy training, 2024 (60 hours)',
  },
  licences: [
    { state: 'Oregon', type: 'Licensed Clinical Social Worker', number: 'L12345' },
    { state: 'Washington', type: 'Licensed Independent Clinical Social Worker', number: 'LW 60987654' },
  ],
  phone: '(503) 555-0142',
  email: 'hello@harborlight.example',
  address: '1200 NW Example Street, Suite 4, Portland, OR 97209',
  hours: 'Monday to Thursday, 9 am to 5 pm',
  responseTime: 'within two business days',
  prescriber: {
    name: 'Northwest Example Psychiatry',
    url: 'https://prescriber.example',
    description: 'a psychiatric practice that evaluates clients and prescribes ketamine when it fits',
  },
  fees: {
    consultation: 'Free, 20 minutes by phone',
    preparation: '$180 for 50 minutes',
    dosingSession: '$450 for up to 3 hours',
    superbills: 'Yes, on request',
  },
  recordsRetention: 'Deleted after 90 days',
  privacy: {
    effectiveDate: 'March 1, 2027',
    hipaaStatus: 'I do not send insurance claims electronically, so the practice is not a HIPAA covered entity.',
  },
};
