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
cli-deck-problems = the deck has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
# Findings of the card lint: valid cards that would teach badly.
cli-lint-findings = the deck's cards have { $count ->
        [one] { $count } lint finding
       *[other] { $count } lint findings
    }
cli-lint-help = fix them, or run `steppe check --no-lint` to check validity only
# Marks the place of a problem in the file's lines shown under it.
cli-here = here
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
# steppe card ID: one card's history. Numbers, percentages and times come formatted.
cli-card-heading = card `{ $card }` ({ $kind }): { $prompt }
cli-card-claim = claim `{ $claim }`: { $text }
cli-card-quote = quote from “{ $reading }”: { $quote }
cli-card-not-studied = not studied yet: no answers and no forgetting curve
cli-card-memory = memory now: { $phase }, stability { $stability } days, difficulty { $difficulty }, recall probability { $recall }
cli-card-due = due { $due } (desired retention { $retention })
cli-card-counts = { $reps ->
        [one] 1 answer
       *[other] { $reps } answers
    }, { $lapses ->
        [one] 1 lapse
       *[other] { $lapses } lapses
    }
cli-card-suspended = suspended
cli-card-leech = suspended as a leech
cli-card-answers = answers (time, grade, phase before, interval given, stability and difficulty after, recall probability at the time):
cli-card-answer = { $at }  { $rating }  { $phase }  { $interval }  stability { $stability }  difficulty { $difficulty }  recall { $recall }
cli-card-quiz = (quiz)
cli-card-curve = forgetting curve (time from now: recall probability):
cli-card-curve-point = { $when }: { $recall }
cli-card-curve-due = { $when }: { $recall } (due)
cli-card-curve-now = now: { $recall }
cli-phase-new = new
cli-phase-learning = learning
cli-phase-review = review
cli-phase-relearning = relearning
cli-rating-again = Again
cli-rating-hard = Hard
cli-rating-good = Good
cli-rating-easy = Easy
cli-interval-minutes = { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
cli-interval-hours = { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
cli-interval-days = { $count ->
        [one] 1 day
       *[other] { $count } days
    }
cli-quiz-printed = wrote { $path }: { $count ->
        [one] 1 question
       *[other] { $count } questions
    } and the answer key, seed { $seed }
# A printed quiz (steppe quiz --print, the Print button of a quiz). The questions stay in the
# deck's language; these words are the page's. $deck is the deck's title, $id and $version name
# the deck, $date is the day it is printed (YYYY-MM-DD), $seed the number that draws the quiz.
print-title = Quiz: { $deck }
print-answer-key = Answer key: { $deck }
print-about = Deck `{ $id }` { $version } · seed { $seed } · printed { $date }
print-scope-all = All readings
print-scope-reading = Reading: { $title }
print-scope-tag = Tag: { $tag }
print-scope-weak = Weak cards
print-count = { $count ->
        [one] 1 question
       *[other] { $count } questions
    }
print-name = Name:
print-choose-one = Choose one.
print-choose-reading = Which reading says it? Choose one.
print-true-or-false = True or false?
print-fill-blank = Fill in the blank.
print-write-answer = Write the answer.
print-order = Order:
# $citation is "Author (2015). Title."
print-source = Source: { $citation }
print-footer = { $deck } · seed { $seed } · page { $page } of { $pages }
# The options of a true-or-false question, in the deck's language.
print-true = True
print-false = False
# The app's save dialog for a printed quiz.
print-save-title = Print quiz
print-pdf-filter = PDF document
# The app's dialogs to export and import a deck.
exchange-export-title = Export deck
exchange-import-title = Import deck
exchange-filter-steppe = Steppe deck package
exchange-filter-apkg = Anki package
exchange-filter-csv = Anki text (comma-separated)
exchange-filter-json = JSON
exchange-filter-import = Steppe deck package or Anki text

## steppe plan: exam plans. Percentages and minutes come as whole numbers; dates as YYYY-MM-DD.
cli-plan-saved = Exam plan `{ $name }` saved: exam on { $date }.
cli-plan-scope = { $days ->
    [one] One study day
   *[other] { $days } study days
} left; { $cards ->
    [one] one card
   *[other] { $cards } cards
} in the plan, { $new } not studied yet.
cli-plan-daily = Each day: about { $minutes } minutes, { $reviews } reviews and { $new ->
    [one] one new card
   *[other] { $new } new cards
}.
cli-plan-times-own = Minutes from your own answer times ({ $answers } timed answers).
cli-plan-times-default = Minutes from typical answer times; your own are used from 200 timed answers ({ $answers } so far).
cli-plan-recall = Expected recall on the exam day: { $recall }% (target { $target }%).
cli-plan-reachable = The target is within reach.
cli-plan-not-reachable = The target is out of reach by this date: about { $recall }% is.
cli-plan-later-date = It is within reach with the exam on { $date }.
cli-plan-more-minutes = It is within reach by this date with about { $minutes } minutes a day.
cli-plan-retention = It is within reach with a desired retention of { $retention }%: about { $minutes } minutes a day.
cli-plan-out-of-reach = No date in the next half year and no desired retention reaches it; a smaller scope or a lower target would.
cli-plan-exam-passed = The exam is today or past: no study day is left.
cli-plan-empty = No card in study is in this plan.
cli-plan-none = No exam plan yet. Make one with `steppe plan create --name NAME --date YYYY-MM-DD --target 0.9`.
cli-plan-heading = Exam plan `{ $name }`: exam on { $date } ({ $scope }).
cli-plan-scope-all = every card
cli-plan-scope-reading = reading `{ $reading }`
cli-plan-scope-tag = tag `{ $tag }`
cli-plan-day = { $date }: reviews { $done_reviews } of { $planned_reviews } planned, new cards { $done_new } of { $planned_new } planned
cli-plan-dropped = Exam plan `{ $name }` dropped: its cards keep their history and get normal intervals from their next answer.

# steppe search QUERY: the cards a query finds.
cli-search-found = { $cards ->
    [one] 1 card
   *[other] { $cards } cards
} of { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
} match (of { $all } cards in the deck).
cli-search-more = … { $shown } of { $total } shown; use --limit to see more.
cli-search-col-card = card
cli-search-col-state = state
cli-search-col-due = due
cli-search-col-lapses = lapses
cli-search-col-recall = recall
cli-search-col-text = prompt
cli-search-suspended = suspended
cli-search-bad-query = The query cannot be read at column { $column }: { $problem }.
cli-search-expected-term = a search term is missing here
cli-search-unclosed-quote = this quote is never closed
cli-search-unclosed-paren = this parenthesis is never closed
cli-search-unexpected-paren = this `)` closes nothing
cli-search-unknown-field = `{ $field }:` is not a field (use tag, reading, kind, is, claim, card or prop)
cli-search-expected-value = `{ $field }:` needs a value after the colon
cli-search-unknown-state = `is:{ $state }` is not a state (use due, new, learning, review, suspended, leech or disputed)
cli-search-unknown-kind = `{ $kind }` is not a kind (use { $kinds })
cli-search-expected-comparison = expected a comparison such as r<0.8, lapses>2 or due<7
cli-search-bad-whole = `{ $field }` is compared with a whole number
cli-search-bad-probability = `{ $field }` is compared with a number from 0 to 1
cli-search-too-deep = the parentheses are nested too deeply

# steppe sync: progress on several devices through a folder another tool keeps in sync.
cli-sync-done = Synced with { $devices ->
    [one] 1 other device
   *[other] { $devices } other devices
}: { $answers ->
    [one] 1 new answer
   *[other] { $answers } new answers
}, { $undone ->
    [one] 1 answer undone
   *[other] { $undone } answers undone
}, { $flags ->
    [one] 1 card suspended or restored
   *[other] { $flags } cards suspended or restored
}, { $settings ->
    [one] 1 settings change received
   *[other] { $settings } settings changes received
}; { $cards ->
    [one] 1 card changed.
   *[other] { $cards } cards changed.
}
cli-sync-exported = Wrote { $events ->
    [one] 1 event
   *[other] { $events } events
} of progress to { $path }. On the other computer, run `steppe sync --import` with this file.
cli-sync-no-folder = No sync folder is set: give one with --folder (or choose it in the app's Settings).
cli-sync-unreachable = The sync folder { $folder } cannot be reached ({ $reason }). Nothing was changed; study goes on here, and syncs when the folder is back.
cli-sync-bad-file = { $file }, line { $line }, is not a Steppe sync record ({ $reason }). Nothing was merged; move that file out of the sync folder.
cli-sync-newer = { $file } was written by a newer Steppe. Nothing was merged; update Steppe to merge it.
cli-sync-other-deck = { $file } holds the progress of the deck { $deck }, not of this deck. Nothing was merged.
cli-sync-unwritable = Cannot write { $file } ({ $reason }). The other devices' progress was merged; this device's file is written at the next sync.
# The app's dialogs for the sync folder and the moved-progress file.
sync-folder-title = Choose the sync folder
sync-export-title = Save progress to move to another computer
sync-import-title = Open progress moved from another computer
sync-file-filter = Steppe progress

# steppe report: class progress reports.
cli-report-written = Wrote your progress on { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
} to { $file }. Hand in this file: it carries a random id, and your name only if you gave one.
cli-report-unreadable = { $file } cannot be read ({ $error }).
cli-report-skipped = Skipped: { $reason }
cli-report-none-read = { $count ->
    [one] The report file could not be read
   *[other] None of the { $count } report files could be read
}; there is nothing to show.
cli-report-too-large = { $file } is { $bytes } bytes, larger than a progress report can be.
cli-report-not-a-report = { $file } is not a Steppe progress report ({ $detail }).
cli-report-no-format = { $file } is not a Steppe progress report (no "format": "steppe-progress-report").
cli-report-version = { $file } is a progress report of version { $found }, which this Steppe cannot read; update Steppe.
cli-report-other-deck = { $file } is a report on the deck { $found }, not on { $expected }.
cli-report-bad-student = { $file } has no student id, or one longer than 64 characters.
cli-report-bad-name = { $file } has a name longer than 80 characters or with control characters.
cli-report-claim-twice = { $file } lists the claim { $claim } twice.
cli-report-claim-impossible = { $file } gives the claim { $claim } more answers recalled than answers.
cli-report-class-heading = Class report on { $title }: { $students ->
    [one] 1 student
   *[other] { $students } students
}
cli-report-students = Students
cli-report-student-line = { $who }: { $seen ->
    [one] 1 claim seen
   *[other] { $seen } claims seen
}, { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}, { $recall } recalled
cli-report-most-missed = { $count ->
    [0] No claim with at least { $min } answers has been missed yet
    [one] The claim missed most (of those with at least { $min } answers)
   *[other] The { $count } claims missed most (of those with at least { $min } answers)
}
cli-report-claim-line = { $recall } recalled: { $claim } ({ $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} from { $students ->
    [one] 1 student
   *[other] { $students } students
})
cli-report-disputes = Where the readings disagree: each version as the class recalls it
cli-report-version-line = { $reading }: “{ $says }”, { $recall } recalled of { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}
cli-report-readings = Readings
cli-report-reading-line = { $title }: { $seen } of { $claims } claims seen, { $recall } recalled
cli-report-unknown-claims = { $count ->
    [one] 1 claim in the reports is
   *[other] { $count } claims in the reports are
} no longer in the deck and left out.
# steppe deck add/update: decks kept in a git repository.
cli-git-reading = reading { $url }
cli-git-up-to-date = `{ $deck }` is up to date: { $version } at commit { $commit }
cli-git-would-add = `{ $deck }` { $version } ({ $title }) at commit { $commit } can be added
cli-git-would-update = `{ $deck }` can be updated from { $old } to { $version } (commit { $commit })
cli-git-installed = from { $url } at commit { $commit }
cli-git-no-decks = no deck was added from a git repository; add one with `steppe deck add URL`
cli-git-some-failed = some decks could not be updated; the others were

# steppe cards: a true/false card's two options. A claim's date (`2014-03`, `2014-03-02`) in
# words, for the command line and the printed quiz; $month is the number of the month (1–12).
cli-true = True
cli-false = False
date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
date-day = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# The arguments were not understood (exit 2). $arg is an option or argument as the command
# line names it (`--seed <SEED>`), $value what was typed.
cli-usage-error = error:
cli-usage-tip = tip:
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-unknown-command = unrecognized subcommand '{ $command }'
cli-usage-empty-value = a value is required for '{ $arg }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-usage-possible-values = [possible values: { $values }]
cli-usage-out-of-range = invalid value '{ $value }' for '{ $arg }': it must be from { $low } to { $high }
cli-usage-not-a-number = invalid value '{ $value }' for '{ $arg }': it must be a whole number
cli-usage-missing-arguments = the following required { $count ->
        [one] argument was
       *[other] arguments were
    } not provided:
cli-usage-missing-command = '{ $command }' requires a subcommand but one was not provided
cli-usage-possible-commands = [subcommands: { $commands }]
cli-usage-repeated = the argument '{ $arg }' cannot be used multiple times
cli-usage-conflict = the argument '{ $arg }' cannot be used with { $others }
cli-usage-conflict-any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-usage-value-count = { $expected } values required for '{ $arg }' but { $given } { $given ->
        [one] was
       *[other] were
    } provided
cli-usage-not-utf8 = invalid UTF-8 was detected in one or more arguments
cli-usage-other = the command line cannot be read
# $names: one or more quoted names.
cli-usage-similar = { $count ->
        [one] a similar one exists: { $names }
       *[other] some similar ones exist: { $names }
    }
cli-usage-escape = to pass '{ $arg }' as a value, use '-- { $arg }'
cli-usage-more = For more information, try '{ $help }'.
