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
  dosingDay: {
    medicineForm: 'a lozenge that dissolves in the mouth',
    nasalSpray: 'No nasal spray is part of care here.',
    visitLength: 'about 3 hours, from arrival to leaving',
    bloodPressure: 'I check it before the dose, halfway through and before you leave.',
    emergencyPlan: 'I call the prescriber at once, and 911 if it is an emergency.',
    afterHours: 'call their after-hours line, given at your first visit',
  },
  booking: { url: 'https://harborlight.example/book', label: 'Book a free 20-minute call' },
  reviewers: {
    clinical: { name: 'Maya Lindqvist', credentials: 'PhD, Licensed Psychologist' },
    medical: { name: 'Samuel Ortiz', credentials: 'MD, board-certified psychiatrist' },
  },
  // No photos: a fixture cannot ship the owner's pictures, and none set is a valid choice.
  photos: { portrait: { file: '', alt: '' }, office: [] },
  servicesKeep: {
    hostLogs: 'Internet address, page and time of each visit, kept for 30 days',
    emailCopies: 'Each message is kept for 30 days, then deleted',
  },
};
