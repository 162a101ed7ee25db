declare module 'virtual:editor-routes' {
  /** The editor's paths in this build (empty when the build has no editor). */
  export const editorPaths: string[];
}
