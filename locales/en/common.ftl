# Shared pieces: the waiting and error notices every view uses, and the recovery screen.

# Shown while a view waits for its data.
common-loading = Loading…
# Button next to an error message: ask again.
common-try-again = Try again
# A screen's code could not be read (a damaged install); $detail is the system's own message.
common-screen-failed = This screen could not be opened: { $detail }

# The screen shown instead of the app when the study data cannot be opened. Steppe is the app's name.
common-recovery-already-open = Steppe is already open
common-recovery-damaged = Your study data could not be opened
common-recovery-unusable = Steppe cannot open your study data
common-recovery-restore = Restore newest backup
# $file is the newest backup's file name.
common-recovery-restore-note = Brings back { $file }, or the newest backup that opens.
common-recovery-start-fresh = Start fresh
# $file is the name the damaged file is kept under; the <time> in it stands for the moment of recovery.
common-recovery-start-fresh-note = Starts with no progress. The damaged file is kept aside as { $file }.
common-quit = Quit
