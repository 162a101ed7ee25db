import type { ShownSetting } from '../../lib/contact/practice';

interface Props {
  setting: ShownSetting;
  /** Link for a real value, e.g. "tel:" or "mailto:". */
  href?: string;
}

/** A practice setting in the form's text; a missing one is marked, never replaced by an invented value. */
export default function SettingText({ setting, href }: Props) {
  if (setting.placeholder) return <mark className="placeholder">[to be added: {setting.text}]</mark>;
  return href ? <a href={href}>{setting.text}</a> : <>{setting.text}</>;
}

export const telHref = (phone: ShownSetting) => `tel:${phone.text.replace(/[^\d+]/g, '')}`;
export const mailHref = (email: ShownSetting) => `mailto:${email.text}`;
