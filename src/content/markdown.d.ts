declare module '*.md?hast' {
  const tree: import('hast').Root;
  export default tree;
}
