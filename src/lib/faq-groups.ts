import { FAQ_TOPICS } from './content-choices';

type Topic = keyof typeof FAQ_TOPICS;

/** The fields of a FAQ entry that decide where it is listed. */
export interface FaqItem {
  id: string;
  data: { topic: Topic; order: number };
}

export interface FaqGroup<T extends FaqItem> {
  topic: Topic;
  /** The topic's heading on /faq. */
  label: string;
  items: T[];
}

/**
 * FAQ entries grouped by topic, topics in the order FAQ_TOPICS lists them, questions by `order`
 * (then by file name, so two equal orders still come out the same on every build). Empty topics are left out.
 */
export function groupFaq<T extends FaqItem>(entries: T[]): FaqGroup<T>[] {
  return (Object.keys(FAQ_TOPICS) as Topic[])
    .map((topic) => ({
      topic,
      label: FAQ_TOPICS[topic],
      items: entries
        .filter((e) => e.data.topic === topic)
        .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    }))
    .filter((group) => group.items.length > 0);
}
