// The interface's messages in this language (locales/ko), a chunk of their own: read when the
// language is first chosen, not with the app's script (src/lib/i18n.svelte.ts).
export default import.meta.glob(['../../../../locales/ko/*.ftl', '!../../../../locales/ko/cli*.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>
