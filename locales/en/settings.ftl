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
