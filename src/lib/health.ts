import { readContactConfig, type ContactConfig } from '../server/config.ts';

/**
 * Whether the contact form can deliver, for GET /healthz and the start-up log. Names environment
 * variables only: never an address, a key or anything a visitor sent.
 */
export function deliveryProblems(config: ContactConfig): string[] {
  if (!config.resendApiKey) {
    // The outbox is for development: on a public site the practice would never see the messages.
    return config.siteOrigin?.startsWith('https://')
      ? ['RESEND_API_KEY is not set on a public site: messages would be saved to the server disk, not emailed']
      : [];
  }
  const problems: string[] = [];
  if (!config.to) problems.push('CONTACT_TO is not set: the form cannot send messages');
  if (!config.from) problems.push('CONTACT_FROM is not set: the form cannot send messages');
  return problems;
}

export interface Health {
  ready: boolean;
  mailer: 'resend' | 'outbox';
  build: string;
  problems: string[];
}

export function health(config: ContactConfig, build: string): Health {
  const problems = deliveryProblems(config);
  return { ready: problems.length === 0, mailer: config.resendApiKey ? 'resend' : 'outbox', build, problems };
}

/** `npm start` prints the same problems once, before it takes requests. */
export function logDeliveryProblems(env: NodeJS.ProcessEnv = process.env): void {
  for (const problem of deliveryProblems(readContactConfig(env))) console.error(`contact form: ${problem}`);
}
