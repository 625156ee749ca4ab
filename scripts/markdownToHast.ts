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
 * Vite plugin: `import tree from './lesson.md?hast'` gives the pre-parsed tree. index.html does not preload
 * a lesson: a phone's first screen shows the terminal, not the lesson, and a wide window requests the
 * lesson alongside the side-by-side layout's chunk (src/app/main.tsx), so the hint only took bandwidth
 * from the entry script (and, for a learner reading in English, loaded the pt-BR lesson for nothing).
 */
export function markdownHastPlugin(): Plugin {
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
  };
}
