# The Decks view: the decks on this computer, making and forking decks, and deck files.

decks-title = Decks
decks-intro = The built-in deck is read-only; fork it to change it. Your decks are folders in the data folder, each with its own progress.
# A badge on the deck being studied.
decks-active = Active
# A badge on the deck that comes with the app.
decks-builtin = Built-in
# $version is the deck's version number, e.g. 1.0.0.
decks-version = version { $version }
decks-counts = { $readings ->
    [one] { $readings } reading
   *[other] { $readings } readings
  } · { $claims ->
    [one] { $claims } claim
   *[other] { $claims } claims
  } · { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
  }
# A deck with problems cannot be studied; the list of problems follows.
decks-problems = { $count ->
    [one] { $count } problem: edit the deck to study it
   *[other] { $count } problems: edit the deck to study it
  }
# On the button of the deck being studied.
decks-studying = Studying
decks-study = Study this deck
# Read out for the study button. $title is the deck's title.
decks-study-label = Study { $title }
decks-fork = Fork to edit
decks-edit = Edit
decks-edit-label = Edit { $title }
decks-delete = Delete…
decks-delete-label = Delete { $title }
decks-confirm-delete = Confirm delete
decks-confirm-question = Move “{ $title }” to the trash?
decks-delete-confirm = Delete
decks-keep = Keep
decks-new = New empty deck
# The title a fork of the built-in deck starts with.
decks-fork-default-title = My deck
decks-fork-form = Fork
decks-fork-heading = Fork the built-in deck
decks-new-form = New deck
decks-field-title = Title
decks-field-id = Id
decks-hint-id = lowercase words with dashes; the folder name
decks-fork-submit = Fork
decks-create = Create
decks-cancel = Cancel

# What was done, said once it is done. $title is a deck's title.
decks-forked = Forked the built-in deck as “{ $title }”.
decks-created = Created “{ $title }”.
decks-now-studying = Now studying “{ $title }”.
decks-deleted = Moved “{ $title }” to the trash folder.

## Deck files: export and import.

decks-files = Deck files
decks-files-intro = Take the deck you are studying to Anki or a spreadsheet, or hand it out as a package. Imported decks go to your decks folder.
decks-export-steppe = Export as .steppe
decks-export-apkg = Export as .apkg (Anki)
decks-export-csv = Export as .csv
decks-import = Import package…
decks-working = Working
# $path is where the file was saved, $size its size (e.g. "124 KB").
decks-exported = Saved { $path } ({ $size })
# What an import did. $title and $version are the deck's; $previous the version it replaced.
decks-imported = Imported “{ $title }” { $version }: { $added ->
    [one] { $added } claim added
   *[other] { $added } claims added
  }, { $removed } removed, { $changed } changed.
decks-import-replaced = Replaced “{ $title }” { $version }: { $added ->
    [one] { $added } claim added
   *[other] { $added } claims added
  }, { $removed } removed, { $changed } changed.
decks-import-updated = Updated “{ $title }” from { $previous } to { $version }: { $added ->
    [one] { $added } claim added
   *[other] { $added } claims added
  }, { $removed } removed, { $changed } changed.
# $ids are the ids of the claims an import changed, separated by commas.
decks-import-changed = Changed: { $ids }

## Decks kept in a git repository.
decks-git-heading = Add from git
decks-git-intro = An instructor can keep a deck in a git repository. Give its address or a folder on this computer: you see what it holds before anything is installed, and updates keep all your progress.
decks-git-url = Repository address or folder
decks-git-url-hint = https://… or a folder
decks-git-ref = Branch or tag
decks-git-ref-hint = optional
decks-git-check = Check repository
decks-git-reading = Reading the repository
# A deck found in a repository, not yet installed. $commit is the commit's short id.
decks-git-found-new = “{ $title }” { $version } (commit { $commit }) has { $added ->
    [one] { $added } claim
   *[other] { $added } claims
  }.
# A new version of an installed git deck, not yet installed.
decks-git-found-update = “{ $title }” can be updated from { $previous } to { $version } (commit { $commit }): { $added ->
    [one] { $added } claim added
   *[other] { $added } claims added
  }, { $removed } removed, { $changed } changed.
decks-git-up-to-date = “{ $title }” is up to date: { $version }, commit { $commit }.
# $ids are claim ids, separated by commas.
decks-git-added-list = Added: { $ids }
decks-git-removed-list = Removed: { $ids }
decks-git-changed-list = Changed: { $ids }
decks-git-before = Before:
decks-git-after = After:
decks-git-progress-kept = Your progress on every claim that stays is kept.
decks-git-diff-label = What installing “{ $title }” changes
decks-git-install = Install
decks-git-install-update = Install update
decks-git-cancel = Cancel
decks-git-close = Close
decks-git-added = Added “{ $title }” { $version }.
decks-git-updated = Updated “{ $title }” to { $version }.
decks-git-update = Update
decks-git-update-label = Update “{ $title }” from its repository
decks-git-from = From { $url }
decks-git-from-ref = From { $url } ({ $reference })
