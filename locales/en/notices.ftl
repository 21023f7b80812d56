# What the core says when it refuses a request or a file (Notice): one sentence per code, with
# its arguments. Quoted parts of the input and the messages of parsers ($error) are not translated.

## A .steppe package refused on import

notice-package-too-large = the package is { $bytes } bytes, more than the limit of { $limit }
notice-not-a-zip = not a .steppe package (zip): { $error }
notice-too-many-entries = { $entries } entries, more than the limit of { $limit }
notice-entry-unreadable = entry { $index }: { $error }
notice-entry-name-not-utf8 = entry { $index } has a name that is not UTF-8
notice-entry-outside = entry `{ $entry }` points outside the deck folder
notice-entry-not-deck-file = entry `{ $entry }` is not a deck file (deck.toml, disputes.toml, readings/*.md, claims/*.toml)
notice-entry-twice = entry `{ $entry }` appears twice
notice-entry-too-large = entry `{ $entry }` unpacks to { $size } bytes, more than the limit of { $limit }
notice-entry-ratio = entry `{ $entry }` is compressed { $ratio }:1, more than the limit of { $limit }:1 (a zip bomb?)
notice-entries-too-large = the entries unpack to more than the limit of { $limit } bytes
notice-entry-cannot-unpack = entry `{ $entry }` cannot be unpacked: { $error }
notice-entry-wrong-size = entry `{ $entry }` is not the size its header says
notice-no-manifest = the package has no { $manifest }; it is not a Steppe deck package
notice-bad-manifest = bad { $manifest }: { $error }
notice-wrong-format = { $manifest } says format `{ $found }`, not `{ $expected }`
notice-format-version = package format version { $found } is not supported (this Steppe reads version { $supported }); update Steppe
notice-entry-not-listed = entry `{ $entry }` is not listed in { $manifest }
notice-entry-checksum = entry `{ $entry }` does not match its checksum in { $manifest }
notice-entry-not-utf8 = entry `{ $entry }` is not valid UTF-8 text (byte { $byte })
notice-listed-missing = { $manifest } lists `{ $entry }`, which the package does not hold
notice-manifest-other-deck = { $manifest } names deck `{ $listed }` { $listed_version } but deck.toml says `{ $deck }` { $version }
notice-file-too-large = the file is larger than the limit of { $limit } bytes

## A .csv/.tsv table refused on import

notice-table-not-utf8 = line { $line }: not valid UTF-8 text
notice-table-unknown-separator = line { $line }: unknown separator `{ $separator }` (comma, semicolon, tab, space, pipe or colon)
notice-table-html = line { $line }: fields must be plain text (`#html:false`)
notice-table-no-columns = no `#columns:` header line naming the columns
notice-table-missing-column = line { $line }: `#columns:` has no `{ $column }` column
notice-table-unknown-column = line { $line }: unknown column `{ $column }`
notice-table-bad-row = line { $line }: { $error }
notice-table-field-count = line { $line }: { $fields } fields, but `#columns:` names { $columns }
notice-table-field-too-long = line { $line }: field `{ $field }` has { $chars } characters (at most { $limit })
notice-table-empty-reading = line { $line }: the `reading` field is empty
notice-table-not-true-or-false = line { $line }: the `{ $field }` field is “{ $value }”; write true, false or nothing
notice-table-no-deck = no `#deck:` header line; say which deck with --deck
notice-table-unknown-deck = there is no deck `{ $deck }` to put these claims in; import or create the deck first

## Any imported deck

notice-deck-id-not-kebab = deck id `{ $deck }` is not kebab-case (a-z, 0-9 and single dashes)
notice-field-too-long = { $path }:{ $line }:{ $column }: field `{ $field }` has { $chars } characters (at most { $limit })
notice-field-too-long-named = { $path }:{ $line }:{ $column }: { $table } `{ $id }`: field `{ $field }` has { $chars } characters (at most { $limit })
notice-field-too-long-unnamed = { $path }:{ $line }:{ $column }: a { $table }: field `{ $field }` has { $chars } characters (at most { $limit })
notice-claim-field-too-long = claim `{ $claim }`: field `{ $field }` has { $chars } characters (at most { $limit })
notice-older-version = deck `{ $deck }` version { $version } is older than the installed version { $installed }; use --force to replace it

## Something asked for that is not there

notice-missing-reading = reading `{ $id }` not found
notice-missing-backup = backup `{ $name }` not found
notice-missing-quiz = quiz { $quiz } not found
notice-missing-question = question { $position } of quiz { $quiz } not found
notice-missing-card = card `{ $id }` not found
notice-missing-claim = claim `{ $id }` not found
notice-missing-plan = exam plan `{ $name }` not found
notice-missing-deck = deck `{ $id }` not found
notice-missing-deck-folder = deck folder `{ $path }` not found
notice-missing-tag = tag `{ $tag }` not found

## A request with a value no screen offers

notice-quiz-length = a quiz has 1 to { $most } questions, not { $length }
notice-plan-bad-date = the exam date must be a date such as 2026-06-15, not `{ $text }`
notice-plan-no-name = an exam plan needs a name
notice-plan-target = the target recall must be between { $low } and { $high }, not { $target }
notice-plan-minutes = a plan's minutes a day must be more than 0
notice-plan-date-past = the exam date { $date } is not after today
notice-quiz-no-questions = This choice has no questions. Pick another reading or tag.
notice-quiz-no-weak-cards = No weak cards yet. Weak cards are those you failed lately or are likely to forget.
notice-quiz-weak-needs-study-data = a quiz of weak cards needs the study data
notice-question-answered = question { $number } of this quiz is already answered
notice-too-few-reviews = optimising needs at least { $needed } reviews; there are { $found } so far. Keep studying with the default parameters
notice-preview-deck-id = the deck id `{ $deck }` must be kebab-case: it names the deck's study folder
notice-folder-deck-id = the deck id `{ $deck }` in `{ $path }` must be kebab-case: it names the deck's study folder
notice-bad-query = { $error }

## A deck that cannot be made, changed or deleted so

notice-deck-toml-unwritable = cannot write deck.toml: { $error }
notice-builtin-deck-toml-bad = bad built-in deck.toml: { $error }
notice-new-deck-id-not-kebab = deck id `{ $id }` is not kebab-case: use lowercase letters, digits and single dashes
notice-deck-needs-title = a deck needs a title
notice-deck-exists = a deck with the id `{ $id }` already exists
notice-builtin-not-deletable = the built-in deck cannot be deleted
notice-builtin-read-only = the built-in deck is read-only; fork it to edit its claims
notice-selection-not-in-reading = the selected text is not in reading `{ $reading }`
notice-claim-has-problems = claim `{ $claim }` has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }; nothing was saved. First: { $first }
notice-reading-id-not-kebab = reading id `{ $id }` is not kebab-case: use lowercase letters, digits and single dashes
notice-reading-exists = a reading with the id `{ $id }` already exists
notice-deck-toml-bad = bad deck.toml: { $error }
notice-dismissals-unwritable = cannot write dismissals: { $error }
notice-claims-file-not-toml = `{ $path }` is not valid TOML; fix it in a text editor: { $error }
notice-no-front-matter = `{ $path }` has no front matter
notice-front-matter-bad-in = bad front matter in `{ $path }`: { $error }
notice-front-matter-bad = bad front matter: { $error }

## A deck from a git repository refused. $commit: the commit's short id; $error: git's own message

notice-git-url-scheme = only https:// and file:// URLs and local folders can be read (not ssh or git://)
notice-git-no-url = no repository given
notice-git-not-a-repository = not a git repository, or a broken one: { $error }
notice-git-no-head = the repository's HEAD names no commit (an empty repository?): { $error }
notice-git-no-commit = commit { $commit } is not in the repository: { $error }
notice-git-no-reference = the repository has no branch or tag `{ $name }`: { $error }
notice-git-fetched-too-large = the fetched repository is { $bytes } bytes, more than the limit of { $limit }
notice-git-fetched-no-commit = the fetched reference names no commit (an empty repository?): { $error }
notice-git-no-https = this build of Steppe reads only local repositories (built without https)
notice-git-unreadable = commit { $commit }: the repository is broken: cannot read `{ $what }`: { $error }
notice-git-too-many-files = commit { $commit }: more than { $limit } files in the deck's folders
notice-git-link-out = commit { $commit }: `{ $path }` is a symbolic link to `{ $target }`: it points out of the deck folder; a deck holds plain files only
notice-git-link = commit { $commit }: `{ $path }` is a symbolic link to `{ $target }`: it is a symbolic link, not a file; a deck holds plain files only
notice-git-not-a-file = commit { $commit }: `{ $path }` is a folder or submodule, not a file
notice-git-odd-name = commit { $commit }: `{ $path }` is not a plain file name
notice-git-no-deck-toml = commit { $commit }: no deck.toml in the repository's top folder: it does not hold a Steppe deck
notice-git-file-too-large = commit { $commit }: `{ $path }` is { $size } bytes, more than the limit of { $limit }
notice-git-files-too-large = commit { $commit }: the deck's files are more than the limit of { $limit } bytes
notice-git-not-utf8 = commit { $commit }: `{ $path }` is not valid UTF-8 text (byte { $byte })
notice-git-builtin-id = deck id `{ $id }` is the built-in deck's; give the deck its own id
notice-git-other-deck-now = the repository now holds deck `{ $id }`, not `{ $expected }`; add it as a new deck
notice-git-id-taken = a deck with the id `{ $id }` is installed already from elsewhere; delete or rename it first
notice-git-not-from-git = deck `{ $deck }` was not added from a git repository
notice-git-moved = the repository changed since it was checked (now at commit { $now }, not { $checked }); check it again
notice-git-holds-other-deck = the repository holds deck `{ $id }`, not `{ $deck }`

## The study database or its folder refused.
notice-db-not-sqlite = `{ $path }` is not a Steppe study database: it is not a database file at all (another file was saved or copied over it, or it was damaged beyond recognition). Steppe leaves it untouched. Restore the newest backup, or move the file away to start fresh
notice-db-foreign = `{ $path }` is not a Steppe study database: it is another program's database. Steppe leaves it untouched. Move it away to start fresh, or set STEPPE_DATA_DIR to another folder
notice-db-newer = `{ $path }` was written by a newer Steppe (schema { $found }, this one knows up to { $supported }); update Steppe to open it
notice-db-corrupt = `{ $path }`, the study database, is damaged (parts of it cannot be read: { $detail }). Steppe leaves it untouched. Restore the newest backup, or start fresh (the damaged file is kept aside)
notice-data-dir-unusable = cannot use the data folder `{ $path }`: { $error }
notice-data-dir-is-file = the data folder `{ $path }` is a file, not a folder; set STEPPE_DATA_DIR (or --data-dir) to a folder
notice-already-open = Steppe is already open: another Steppe window or command is using `{ $dir }`. Close it, then try again
notice-already-open-process = Steppe is already open: another Steppe window or command is using `{ $dir }` (process { $pid }). Close it, then try again
notice-already-open-program = Steppe is already open: another Steppe window or command is using `{ $dir }` (process { $pid }, `{ $program }`). Close it, then try again
notice-opened-twice = this Steppe already has `{ $dir }` open and was asked to open it a second time (no other window is involved); nothing was changed. Restart Steppe
notice-data-read-only = Steppe cannot save in `{ $dir }`: the folder or the database is read-only. Nothing was changed; make it writable, or set STEPPE_DATA_DIR to a writable folder
notice-no-backup = there is no backup that opens in `{ $dir }`; start fresh instead (the damaged file is kept aside)
notice-bad-backup = the backup `{ $path }` cannot be restored: it is damaged or incomplete ({ $detail }). Nothing was changed; choose another backup
notice-not-damaged = `{ $path }` opens fine; there is nothing to recover

## A file that cannot be written.
notice-cannot-write = cannot write `{ $path }`: { $error }
notice-cannot-trash = cannot move `{ $path }` to the trash: { $error }
notice-cannot-make-pdf = cannot make the PDF: { $error }

## A file, a deck folder, a repository or study data that cannot be read or used.
notice-cannot-read = cannot read `{ $path }`: { $error }
notice-cannot-read-database = cannot read the study database: { $error }
notice-cannot-fetch = cannot fetch `{ $url }`: { $error }
notice-deck-not-a-folder = `{ $path }` is not a folder; give the deck folder that holds deck.toml
notice-deck-file-not-utf8 = `{ $path }` is not valid UTF-8 text
notice-other-deck = the study data in `{ $dir }` belongs to deck `{ $holds }`, not to `{ $opened }`; open it with deck `{ $holds }` (steppe … --deck { $holds })

## A sentence not yet given a code of its own, shown as it is
notice-untranslated = { $text }
