import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { emptyBodyProblem, faqSchema, pageSchema, researchSchema, type ContentFolder } from './lib/content-schemas';

/**
 * content/<folder>/*.mdx, refusing a file whose text is empty. The front-matter schema cannot see the
 * text, so every entry the glob loader stores (at build time and on each edit in `npm run edit`) passes
 * through this check; the error names the file, as the schema's errors do.
 */
function mdxFolder(folder: ContentFolder): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: `./content/${folder}` });
  return {
    name: `${folder}-mdx`,
    load(context) {
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              const problem = emptyBodyProblem(folder, entry.body);
              if (problem) throw new Error(`${entry.filePath ?? `content/${folder}/${entry.id}.mdx`}: ${problem}`);
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store });
    },
  };
}

/** Explainer pages: content/pages/<slug>.mdx is served at /<slug>. */
const pages = defineCollection({ loader: mdxFolder('pages'), schema: pageSchema(reference('research')) });

/** One study per file: content/research/<slug>.mdx is served at /research/<slug>. */
const research = defineCollection({ loader: mdxFolder('research'), schema: researchSchema });

/** One question per file, grouped by topic on /faq. */
const faq = defineCollection({ loader: mdxFolder('faq'), schema: faqSchema });

export const collections = { pages, research, faq };
