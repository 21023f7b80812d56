settings-language = Language
settings-language-system = Same as the system

settings-title = Settings

## Studying: these settings belong to the deck being studied.

settings-studying = Studying
settings-scope-study = For the deck you are studying now; each deck keeps its own.
# The share of cards the scheduler aims for the student to remember.
settings-retention = Desired retention
settings-retention-hint = How much of what you study you aim to remember when it comes back; higher means more reviews.
settings-new-per-day = New cards per day
settings-reviews-per-day = Reviews per day
# The hour at which a new study day begins (0–23).
settings-rollover = Day starts at (hour)
# Said when a number field is left empty.
settings-new-per-day-missing = New cards per day needs a whole number.
settings-reviews-per-day-missing = Reviews per day needs a whole number.
settings-rollover-missing = The hour the day starts at needs a whole number.
# A row of the days of the week, each of which can be marked to get fewer reviews.
settings-easy-days = Lighter days
settings-easy-days-hint = Marked days get fewer reviews; the others take up the rest. Reviews are also spread so each day has about the same number.
settings-easy-days-all = Every day lighter is the same as none: reviews are only moved from lighter days to the others.

## Appearance: these settings are the same for every deck.

settings-appearance = Appearance
settings-scope-appearance = For every deck.
settings-theme = Theme
settings-theme-system = Same as the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-save = Save
settings-saved = Saved

## The scheduler, fitted to the student's own reviews.

settings-scheduler = Scheduler
settings-scheduler-hint = Fit the scheduler to your own review history so intervals match how you remember.
settings-optimize = Optimize parameters
settings-optimizing = Optimizing
settings-optimized = Parameters updated

## Deck files live in the Decks view.

settings-deck-files = Deck files
settings-deck-files-hint = Export (.steppe, .apkg, .csv) and import are in Decks.
settings-open-decks = Open Decks

## Backups of the study data.

settings-backups = Backups
settings-backup-now = Back up now
settings-backup-made = Backup made
settings-backup-restored = Backup restored
settings-no-backups = No backups yet.
settings-restore = Restore
# Read out for the restore button. $name is the backup's file name.
settings-restore-label = Restore { $name }
settings-restore-confirm = Replace your study data with this backup? Your current data is kept as another backup.

## The workload chart next to desired retention: simulated from the student's own cards.

settings-workload-title = Workload by desired retention
settings-workload-loading = Simulating the coming months of study for each retention…
workload-axis-retention = Desired retention
workload-series-reviews = Reviews a day
workload-series-minutes = Minutes a day
workload-series-recall = Cards remembered
# The chosen retention, marked on the chart.
workload-chosen-name = Chosen
# Tooltip heading. $percent is a desired retention such as 90%.
workload-at = At { $percent }
workload-reviews = { $count ->
    [one] { $count } review a day
   *[other] { $count } reviews a day
  }
workload-minutes = { $count ->
    [one] { $count } minute a day
   *[other] { $count } minutes a day
  }
workload-recall = { $percent } of cards remembered
# $percent: desired retention; $reviews, $minutes: per day on average; $recall: share remembered; $days: days simulated.
workload-summary = At { $percent } desired retention: about { $reviews ->
    [one] { $reviews } review
   *[other] { $reviews } reviews
  } and { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  } a day, with { $recall } of your cards remembered after { $days } days.
workload-own-times = Minutes come from your own answer times ({ $count ->
    [one] { $count } timed answer
   *[other] { $count } timed answers
  }).
workload-default-times = Minutes use typical answer times until you have answered more cards.
workload-none = No cards to simulate yet.
