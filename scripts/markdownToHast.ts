import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Plugin } from 'vite';

/**
 * Turns Markdown into a HTML syntax tree at build time, so the browser ships the tree and a tiny renderer
 * instead of a Markdown parser. Raw HTML in the source is dropped (remark-rehype's safe default).
 */
export function markdownToHast(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
}

/**
 * Vite plugin: `import tree from './lesson.md?hast'` gives the pre-parsed tree. The build also preloads the
 * lesson in the default language (pt-BR) from index.html: the lesson is the first screen's largest text,
 * and without the hint its chunk would only be requested after the entry script has run.
 */
export function markdownHastPlugin(preloadSuffix = '/lesson/pt-BR.md?hast'): Plugin {
  return {
    name: 'driftlab-markdown-hast',
    async load(id) {
      if (!id.endsWith('.md?hast')) return null;
      const { readFile } = await import('node:fs/promises');
      const path = id.slice(0, -'?hast'.length);
      this.addWatchFile(path);
      const tree = markdownToHast(await readFile(path, 'utf8'));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(tree))});`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(preloadSuffix),
        );
        if (!chunk) return [];
        const href = `/${chunk.fileName}`;
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href }, injectTo: 'head' }];
      },
    },
  };
}
