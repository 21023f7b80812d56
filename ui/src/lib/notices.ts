import type { Notice } from './bindings/Notice'
import { t } from './i18n.svelte'

/**
 * What the core refused and why (a missing reading, a plan's date, a package's entry…), in the
 * interface language, from the notice's code and arguments.
 */
export function noticeMessage(notice: Notice): string {
  const args: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(notice.args)) if (value !== undefined) args[name] = value
  switch (notice.code) {
    case 'package-too-large':
      return t('notice-package-too-large', args)
    case 'not-a-zip':
      return t('notice-not-a-zip', args)
    case 'too-many-entries':
      return t('notice-too-many-entries', args)
    case 'entry-unreadable':
      return t('notice-entry-unreadable', args)
    case 'entry-name-not-utf8':
      return t('notice-entry-name-not-utf8', args)
    case 'entry-outside':
      return t('notice-entry-outside', args)
    case 'entry-not-deck-file':
      return t('notice-entry-not-deck-file', args)
    case 'entry-twice':
      return t('notice-entry-twice', args)
    case 'entry-too-large':
      return t('notice-entry-too-large', args)
    case 'entry-ratio':
      return t('notice-entry-ratio', args)
    case 'entries-too-large':
      return t('notice-entries-too-large', args)
    case 'entry-cannot-unpack':
      return t('notice-entry-cannot-unpack', args)
    case 'entry-wrong-size':
      return t('notice-entry-wrong-size', args)
    case 'no-manifest':
      return t('notice-no-manifest', args)
    case 'bad-manifest':
      return t('notice-bad-manifest', args)
    case 'wrong-format':
      return t('notice-wrong-format', args)
    case 'format-version':
      return t('notice-format-version', args)
    case 'entry-not-listed':
      return t('notice-entry-not-listed', args)
    case 'entry-checksum':
      return t('notice-entry-checksum', args)
    case 'entry-not-utf8':
      return t('notice-entry-not-utf8', args)
    case 'listed-missing':
      return t('notice-listed-missing', args)
    case 'manifest-other-deck':
      return t('notice-manifest-other-deck', args)
    case 'file-too-large':
      return t('notice-file-too-large', args)
    case 'table-not-utf8':
      return t('notice-table-not-utf8', args)
    case 'table-unknown-separator':
      return t('notice-table-unknown-separator', args)
    case 'table-html':
      return t('notice-table-html', args)
    case 'table-no-columns':
      return t('notice-table-no-columns', args)
    case 'table-missing-column':
      return t('notice-table-missing-column', args)
    case 'table-unknown-column':
      return t('notice-table-unknown-column', args)
    case 'table-bad-row':
      return t('notice-table-bad-row', args)
    case 'table-field-count':
      return t('notice-table-field-count', args)
    case 'table-field-too-long':
      return t('notice-table-field-too-long', args)
    case 'table-empty-reading':
      return t('notice-table-empty-reading', args)
    case 'table-not-true-or-false':
      return t('notice-table-not-true-or-false', args)
    case 'table-no-deck':
      return t('notice-table-no-deck', args)
    case 'table-unknown-deck':
      return t('notice-table-unknown-deck', args)
    case 'deck-id-not-kebab':
      return t('notice-deck-id-not-kebab', args)
    case 'field-too-long':
      return t('notice-field-too-long', args)
    case 'field-too-long-named':
      return t('notice-field-too-long-named', args)
    case 'field-too-long-unnamed':
      return t('notice-field-too-long-unnamed', args)
    case 'claim-field-too-long':
      return t('notice-claim-field-too-long', args)
    case 'older-version':
      return t('notice-older-version', args)
    case 'missing-reading':
      return t('notice-missing-reading', args)
    case 'missing-backup':
      return t('notice-missing-backup', args)
    case 'missing-quiz':
      return t('notice-missing-quiz', args)
    case 'missing-question':
      return t('notice-missing-question', args)
    case 'missing-card':
      return t('notice-missing-card', args)
    case 'missing-claim':
      return t('notice-missing-claim', args)
    case 'missing-plan':
      return t('notice-missing-plan', args)
    case 'missing-deck':
      return t('notice-missing-deck', args)
    case 'missing-deck-folder':
      return t('notice-missing-deck-folder', args)
    case 'missing-tag':
      return t('notice-missing-tag', args)
    case 'quiz-length':
      return t('notice-quiz-length', args)
    case 'plan-bad-date':
      return t('notice-plan-bad-date', args)
    case 'plan-no-name':
      return t('notice-plan-no-name', args)
    case 'plan-target':
      return t('notice-plan-target', args)
    case 'plan-minutes':
      return t('notice-plan-minutes', args)
    case 'plan-date-past':
      return t('notice-plan-date-past', args)
    case 'preview-deck-id':
      return t('notice-preview-deck-id', args)
    case 'folder-deck-id':
      return t('notice-folder-deck-id', args)
    case 'bad-query':
      return t('notice-bad-query', args)
    case 'deck-toml-unwritable':
      return t('notice-deck-toml-unwritable', args)
    case 'builtin-deck-toml-bad':
      return t('notice-builtin-deck-toml-bad', args)
    case 'new-deck-id-not-kebab':
      return t('notice-new-deck-id-not-kebab', args)
    case 'deck-needs-title':
      return t('notice-deck-needs-title', args)
    case 'deck-exists':
      return t('notice-deck-exists', args)
    case 'builtin-not-deletable':
      return t('notice-builtin-not-deletable', args)
    case 'builtin-read-only':
      return t('notice-builtin-read-only', args)
    case 'selection-not-in-reading':
      return t('notice-selection-not-in-reading', args)
    case 'claim-has-problems':
      return t('notice-claim-has-problems', args)
    case 'reading-id-not-kebab':
      return t('notice-reading-id-not-kebab', args)
    case 'reading-exists':
      return t('notice-reading-exists', args)
    case 'deck-toml-bad':
      return t('notice-deck-toml-bad', args)
    case 'dismissals-unwritable':
      return t('notice-dismissals-unwritable', args)
    case 'claims-file-not-toml':
      return t('notice-claims-file-not-toml', args)
    case 'no-front-matter':
      return t('notice-no-front-matter', args)
    case 'front-matter-bad-in':
      return t('notice-front-matter-bad-in', args)
    case 'front-matter-bad':
      return t('notice-front-matter-bad', args)
    case 'git-url-scheme':
      return t('notice-git-url-scheme', args)
    case 'git-no-url':
      return t('notice-git-no-url', args)
    case 'git-not-a-repository':
      return t('notice-git-not-a-repository', args)
    case 'git-no-head':
      return t('notice-git-no-head', args)
    case 'git-no-commit':
      return t('notice-git-no-commit', args)
    case 'git-no-reference':
      return t('notice-git-no-reference', args)
    case 'git-fetched-too-large':
      return t('notice-git-fetched-too-large', args)
    case 'git-fetched-no-commit':
      return t('notice-git-fetched-no-commit', args)
    case 'git-no-https':
      return t('notice-git-no-https', args)
    case 'git-unreadable':
      return t('notice-git-unreadable', args)
    case 'git-too-many-files':
      return t('notice-git-too-many-files', args)
    case 'git-link-out':
      return t('notice-git-link-out', args)
    case 'git-link':
      return t('notice-git-link', args)
    case 'git-not-a-file':
      return t('notice-git-not-a-file', args)
    case 'git-odd-name':
      return t('notice-git-odd-name', args)
    case 'git-no-deck-toml':
      return t('notice-git-no-deck-toml', args)
    case 'git-file-too-large':
      return t('notice-git-file-too-large', args)
    case 'git-files-too-large':
      return t('notice-git-files-too-large', args)
    case 'git-not-utf8':
      return t('notice-git-not-utf8', args)
    case 'git-builtin-id':
      return t('notice-git-builtin-id', args)
    case 'git-other-deck-now':
      return t('notice-git-other-deck-now', args)
    case 'git-id-taken':
      return t('notice-git-id-taken', args)
    case 'git-not-from-git':
      return t('notice-git-not-from-git', args)
    case 'git-moved':
      return t('notice-git-moved', args)
    case 'git-holds-other-deck':
      return t('notice-git-holds-other-deck', args)
    case 'quiz-no-questions':
      return t('notice-quiz-no-questions', args)
    case 'quiz-no-weak-cards':
      return t('notice-quiz-no-weak-cards', args)
    case 'quiz-weak-needs-study-data':
      return t('notice-quiz-weak-needs-study-data', args)
    case 'question-answered':
      return t('notice-question-answered', args)
    case 'too-few-reviews':
      return t('notice-too-few-reviews', args)
    case 'db-not-sqlite':
      return t('notice-db-not-sqlite', args)
    case 'db-foreign':
      return t('notice-db-foreign', args)
    case 'db-newer':
      return t('notice-db-newer', args)
    case 'db-corrupt':
      return t('notice-db-corrupt', args)
    case 'data-dir-unusable':
      return t('notice-data-dir-unusable', args)
    case 'data-dir-is-file':
      return t('notice-data-dir-is-file', args)
    case 'already-open':
      return t('notice-already-open', args)
    case 'already-open-process':
      return t('notice-already-open-process', args)
    case 'already-open-program':
      return t('notice-already-open-program', args)
    case 'opened-twice':
      return t('notice-opened-twice', args)
    case 'data-read-only':
      return t('notice-data-read-only', args)
    case 'no-backup':
      return t('notice-no-backup', args)
    case 'bad-backup':
      return t('notice-bad-backup', args)
    case 'not-damaged':
      return t('notice-not-damaged', args)
    case 'cannot-write':
      return t('notice-cannot-write', args)
    case 'cannot-trash':
      return t('notice-cannot-trash', args)
    case 'cannot-make-pdf':
      return t('notice-cannot-make-pdf', args)
    case 'cannot-read':
      return t('notice-cannot-read', args)
    case 'cannot-read-database':
      return t('notice-cannot-read-database', args)
    case 'cannot-fetch':
      return t('notice-cannot-fetch', args)
    case 'deck-not-a-folder':
      return t('notice-deck-not-a-folder', args)
    case 'deck-file-not-utf8':
      return t('notice-deck-file-not-utf8', args)
    case 'other-deck':
      return t('notice-other-deck', args)
    case 'untranslated':
      return t('notice-untranslated', args)
  }
}
