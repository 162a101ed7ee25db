import { fields } from '@keystatic/core';
import { MAX_OFFICE_PHOTOS, PHOTOS_FOLDER } from '../../lib/settings-schema';

/**
 * The editor's form for content/settings.json; mirrors `settingsSchema` in src/lib/settings-schema.ts,
 * in the same key order (the editor writes keys in this order). A value not known yet can be written as
 * "PLACEHOLDER: …"; the site then shows it as "to be added".
 */
const PLACEHOLDER_HINT = 'Not known yet? Write "PLACEHOLDER: " and a note.';

function setting(label: string, description?: string, multiline = false) {
  return fields.text({
    label,
    description: description ? `${description} ${PLACEHOLDER_HINT}` : PLACEHOLDER_HINT,
    multiline,
    validation: { isRequired: true, length: { min: 1 } },
  });
}

/** A value that must match `real` unless it is a placeholder. */
function checkedSetting(label: string, real: RegExp, message: string) {
  return fields.text({
    label,
    description: PLACEHOLDER_HINT,
    validation: { isRequired: true, pattern: { regex: new RegExp(`^(PLACEHOLDER:.*|${real.source})$`), message } },
  });
}

export const settingsFields = {
  practiceName: setting('Practice name', 'Shown in the header, page titles and search listings.'),
  therapist: fields.object(
    {
      name: setting('Name', 'Your name as clients know it.'),
      credentials: setting('Credentials', 'Licence type and letters after your name, e.g. LMFT.'),
      kapTraining: setting('KAP training', 'The KAP training or certification you completed.'),
    },
    { label: 'Therapist' },
  ),
  licences: fields.array(
    fields.object({
      state: fields.text({
        label: 'State',
        description:
          'Its full name, e.g. California. The states of your licences are the states you serve: the home page title and the contact form list them.',
        validation: { isRequired: true, length: { min: 2 } },
      }),
      type: setting('Licence type'),
      number: setting('Licence number'),
    }),
    {
      label: 'Licences',
      description: 'One entry per state you are licensed in.',
      itemLabel: (props) => props.fields.state.value || 'New licence',
      validation: { length: { min: 1 } },
    },
  ),
  phone: checkedSetting(
    'Phone',
    /\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/,
    'Write a US phone number such as (555) 010-0100',
  ),
  email: checkedSetting('Email', /[^\s@]+@[^\s@]+\.[^\s@]+/, 'Write an email address such as hello@example.com'),
  address: setting('Office address', 'One line.'),
  hours: setting('Hours', 'When you read messages, in plain words.'),
  responseTime: setting('Response time', 'Follows "I reply …", e.g. "within two business days".'),
  prescriber: fields.object(
    {
      name: setting('Name'),
      url: fields.text({
        label: 'Website',
        validation: {
          isRequired: true,
          pattern: { regex: /^https:\/\/\S+$/, message: 'Write the full https:// address' },
        },
      }),
      description: setting('Description', 'One phrase following "<name> is …".', true),
    },
    { label: 'Prescriber' },
  ),
  fees: fields.object(
    {
      consultation: setting('First consultation'),
      preparation: setting('Preparation or integration session'),
      dosingSession: setting('Dosing session'),
      superbills: setting('Superbills', 'Whether you give superbills (receipts for out-of-network refunds).'),
    },
    { label: 'Fees' },
  ),
  recordsRetention: setting('Records retention', 'How long you keep messages from people who do not become clients.'),
  privacy: fields.object(
    {
      effectiveDate: setting('Privacy notice effective date', 'The date the privacy notice takes effect.'),
      hipaaStatus: setting(
        'HIPAA status',
        'Whether you are a HIPAA covered entity (you are if you, or a biller, send insurance claims electronically).',
        true,
      ),
    },
    { label: 'Privacy notice' },
  ),

  // ---- The dosing day, the medicine, and what the site's services keep (content, second edition) ----
  dosingDay: fields.object(
    {
      medicineForm: setting(
        'Form of the medicine',
        'The form of ketamine the prescriber sends for your clients, e.g. "a lozenge that dissolves in the mouth".',
      ),
      nasalSpray: setting(
        'Nasal spray',
        'Whether a nasal spray is ever part of care here, and which one (Spravato or a compounded spray).',
        true,
      ),
      visitLength: setting('Length of a dosing visit', 'From arrival to leaving, e.g. "about 2 to 3 hours".'),
      bloodPressure: setting('Blood pressure checks', 'Who checks blood pressure and other signs, and when.', true),
      emergencyPlan: setting('Emergency plan', 'What happens if someone feels unwell during a session.', true),
      afterHours: setting(
        'After-hours medical questions',
        'How clients reach the prescriber with a medical question after hours.',
        true,
      ),
    },
    { label: 'Dosing day' },
  ),
  servicesKeep: fields.object(
    {
      hostLogs: setting(
        'Web host logs',
        "What your web host's server logs record about each visit, and for how long.",
        true,
      ),
      emailCopies: setting(
        'Email service copies',
        'How long the email service keeps a copy of each message it delivers.',
        true,
      ),
    },
    { label: 'What the site services keep' },
  ),
  // ---- end of the second-edition block ----

  // ── Going live (issue 12): booking link, clinical reviewers, photos ──
  booking: fields.object(
    {
      url: optionalSetting(
        'Scheduling page address',
        'The full https:// address of your SimplePractice, Jane or Calendly page. Leave empty for no booking link.',
      ),
      label: optionalSetting('Link words', 'For example "Book a free first call".'),
    },
    { label: 'Booking link', description: 'Shown on the home page, the contact page and after a message is sent.' },
  ),
  reviewers: fields.object(
    {
      clinical: reviewerFields('Clinical reviewer', 'A clinician who checks the pages about therapy.'),
      medical: reviewerFields(
        'Medical reviewer',
        'A physician (or similar prescriber) who checks the pages about the medicine.',
      ),
    },
    { label: 'Clinical reviewers', description: 'A clinical page names one of them, with the date they checked it.' },
  ),
  photos: fields.object(
    {
      portrait: photoFields('Your portrait'),
      office: fields.array(photoFields('Office photo'), {
        label: 'Office photos',
        description: `Up to ${MAX_OFFICE_PHOTOS}.`,
        itemLabel: (props) => props.fields.file.value || 'New photo',
        validation: { length: { max: MAX_OFFICE_PHOTOS } },
      }),
    },
    {
      label: 'Photos',
      description: `Put the files in the ${PHOTOS_FOLDER} folder first. None set: no photo is shown.`,
    },
  ),
};

/** A setting the owner may leave empty. */
function optionalSetting(label: string, description: string) {
  return fields.text({ label, description: `${description} ${PLACEHOLDER_HINT}` });
}

function reviewerFields(label: string, description: string) {
  return fields.object(
    {
      name: optionalSetting('Name', 'Leave empty if you have no such reviewer yet.'),
      credentials: optionalSetting('Credentials', 'For example MD, LMFT, PhD.'),
    },
    { label, description },
  );
}

function photoFields(label: string) {
  return fields.object(
    {
      file: fields.text({
        label: 'File name',
        description: `The photo's file name in ${PHOTOS_FOLDER}/, e.g. portrait.jpg.`,
      }),
      alt: fields.text({
        label: 'Description (alt text)',
        description: 'What the photo shows, for people who cannot see it. Required when a file is named.',
        multiline: true,
      }),
    },
    { label },
  );
}
