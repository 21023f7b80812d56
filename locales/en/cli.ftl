# The command line's own sentences. Deck ids, paths and file names are passed as they are.

cli-check-ok = ok: `{ $deck }`: { $readings ->
        [one] 1 reading
       *[other] { $readings } readings
    }, { $claims ->
        [one] 1 claim
       *[other] { $claims } claims
    }, { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    }
cli-deck-has-problems = `{ $file }` holds a deck with problems
# $more lists the rest by rule, e.g. "4950 more `unknown-reading`".
cli-many-problems = the deck has { $total } problems; the first { $shown } are shown, and { $more }
cli-more-by-rule = { $count } more `{ $rule }`
cli-writing = writing { $path }
cli-importing = importing { $path }
cli-optimising = optimising
cli-wrote = wrote { $path } ({ $bytes } bytes)
cli-wrote-with-progress = wrote { $path } ({ $bytes } bytes, with progress)
cli-cannot-write = cannot write `{ $path }`: { $reason }
cli-binary-needs-out = a .{ $extension } file is binary: say where with --out FILE
cli-progress-needs-apkg = --with-progress is for --format apkg
cli-opened = deck `{ $deck }` { $version }, study data in { $folder }
cli-imported = imported `{ $deck }` { $version } ({ $title }) into { $folder }
cli-updated = updated `{ $deck }` from { $old } to { $version } ({ $title }) into { $folder }
cli-replaced = replaced `{ $deck }` { $version } with the same version ({ $title }) into { $folder }
cli-claims-changed = claims: { $added } added, { $removed } removed, { $changed } changed
cli-claims-added = added: { $ids }
cli-claims-removed = removed: { $ids }
cli-claims-changed-ids = changed: { $ids }
cli-backup-written = backup written: { $path }
cli-no-backups = no backups in { $folder }
cli-backup-line = { $name }	{ $bytes } bytes
cli-restored = restored { $name }; the data it replaced is kept as a `before-restore` backup
cli-new-parameters = new FSRS parameters, in use from now on:
cli-stats-database = database: { $path }
cli-stats-cards = cards:    { $cards } ({ $new } new, { $learning } learning, { $review } review)
cli-stats-due = due now:  { $new } new, { $learning } learning, { $review } review
cli-stats-reviews = reviews:  { $today } today, { $total } in all
cli-bad-time = --now `{ $time }` is not an RFC 3339 time: { $reason }
cli-synth-wrote = wrote { $folder }: { $claims } claims, { $cards } cards; { $reviews } reviews of { $studied } cards (+{ $archived } archived)
