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
