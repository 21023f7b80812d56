# Class reports: a student's progress report to hand in (Progress view), and an instructor's
# view of a class from the reports handed in (Decks view).

## The student's side

report-export-heading = Progress report for your instructor
report-export-hint = Saves your answers on this deck, claim by claim, to a file you can hand in. The report carries a random id, the same on every report from this computer; your name is on it only if you type it below.
report-export-name = Your name
report-export-name-hint = optional
report-export-button = Export progress report…
report-export-dialog-title = Save progress report
# The kind of file in the open and save dialogs.
report-file-filter = Steppe progress report
# $file: the file's name; $claims: the claims with answers written to it.
report-exported = Saved { $file }: your answers on { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
}.

## The instructor's side

report-class-heading = Class report
report-class-hint = Open the progress reports your students handed in on the deck studied here. Each student counts once: a newer report from the same student replaces an older one.
report-class-open = Open students' reports…
report-class-open-title = Open students' progress reports
report-working = Working…
# $students: the students whose reports were read; $deck: the deck's title.
report-class-summary = { $students ->
    [one] 1 student's report
   *[other] { $students } students' reports
} on “{ $deck }”.
report-class-none = No report on “{ $deck }” could be read.
report-skipped-heading = { $count ->
    [one] 1 file skipped
   *[other] { $count } files skipped
}
report-skip-unreadable = { $file } cannot be read ({ $detail }).
# $size: the file's size, written out (“3.2 MB”).
report-skip-too-large = { $file } is too large to be a progress report ({ $size }).
report-skip-not-a-report = { $file } is not a Steppe progress report ({ $detail }).
report-skip-no-format = { $file } is not a Steppe progress report (no "format": "steppe-progress-report").
report-skip-version = { $file } is a progress report of version { $found }, which this Steppe cannot read; update Steppe.
report-skip-other-deck = { $file } is a report on the deck { $found }, not on { $expected }.
report-skip-bad-student = { $file } has no student id, or one longer than 64 characters.
report-skip-bad-name = { $file } has a name longer than 80 characters or with control characters.
report-skip-claim-twice = { $file } lists the claim { $claim } twice.
report-skip-more-recalled = { $file } gives the claim { $claim } more answers recalled than answers.

report-students-heading = Students
report-col-student = Student
report-col-claims-seen = Claims seen
report-col-answers = Answers
# The share of answers recalled (not Again).
report-col-recall = Recalled
report-col-reading = Reading
report-col-shade = Reading shaded by the class
# Opens the reading with each paragraph shaded by how often the class recalled its claims.
report-shade-reading = Open, shaded by the class
# A student who typed no name, shown by the report's random id.
report-student-anonymous = Anonymous ({ $id })
report-not-answered = not answered yet

report-missed-heading = Claims missed most
report-missed-note = Claims with at least { $min } answers, the least often recalled first.
report-missed-empty = No claim with at least { $min } answers has been missed yet.
# $recall: a percentage (“40%”).
report-recalled = { $recall } recalled
report-claim-figures = { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} from { $students ->
    [one] 1 student
   *[other] { $students } students
} · { $claim }

report-disputes-heading = Where the sources differ
report-disputes-note = Each version as its reading gives it, and how often the class recalled it. Every version is attributed; none is marked wrong.
report-version-says = “{ $says }”
report-version-recall = { $recall } recalled of { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}

report-readings-heading = Readings
report-series-seen = Claims seen
report-series-recall = Answers recalled
# $seen of $claims claims seen ($percent: the same as a percentage).
report-seen-of = { $seen } of { $claims } ({ $percent })
report-readings-chart = Per reading, the share of its claims some student has seen and the share of answers recalled.
report-reading-summary = { $title }: { $seen } of { $claims } claims seen, { $recall } of answers recalled.
report-reading-summary-unanswered = { $title }: { $seen } of { $claims } claims seen, not answered yet.
report-unknown-claims = { $count ->
    [one] 1 claim in the reports is no longer in the deck (an older version of it) and is left out.
   *[other] { $count } claims in the reports are no longer in the deck (an older version of it) and are left out.
}

report-csv-button = Save as CSV…
report-csv-dialog-title = Save the class table
report-csv-filter = Comma-separated table
# $claims: the rows written, one per claim of the deck.
report-csv-saved = Saved { $file }: one row per claim ({ $claims ->
    [one] 1 claim
   *[other] { $claims } claims
}).
