# Settings: progress on several devices through a synced folder, and moving progress in one file.
sync-title = Sync between devices
sync-hint = Choose a folder that another tool keeps in sync (Syncthing, Nextcloud, Dropbox, a git repository, a USB stick). Each device writes only its own file there; Steppe merges the other devices' answers when it opens, every few minutes, and when you press Sync now.
sync-folder = Folder: { $folder }
sync-no-folder = No sync folder is chosen: progress stays on this computer.
sync-device = This device: { $name }
sync-last = Last synced { $when }.
sync-never = Not synced yet.
sync-choose = Choose folder…
sync-change = Change folder…
sync-now = Sync now
sync-stop = Stop syncing
sync-syncing = Syncing…
sync-done = Synced with { $devices ->
    [one] 1 other device
   *[other] { $devices } other devices
}: { $answers ->
    [one] 1 new answer
   *[other] { $answers } new answers
}, { $undone ->
    [one] 1 answer undone
   *[other] { $undone } answers undone
}, { $settings ->
    [one] 1 settings change received
   *[other] { $settings } settings changes received
}; { $cards ->
    [one] 1 card changed.
   *[other] { $cards } cards changed.
}
sync-move-title = Move progress to another computer
sync-move-hint = Without a synced folder: save all progress to one file, carry it over, and merge it on the other computer.
sync-export = Save progress to a file…
sync-import = Merge progress from a file…
sync-exported = Saved { $events ->
    [one] 1 event
   *[other] { $events } events
} of progress.
sync-imported = Merged: { $answers ->
    [one] 1 new answer
   *[other] { $answers } new answers
}, { $settings ->
    [one] 1 settings change received
   *[other] { $settings } settings changes received
}; { $cards ->
    [one] 1 card changed.
   *[other] { $cards } cards changed.
}
sync-problem-not-configured = Choose a sync folder first.
sync-problem-unreachable = The sync folder cannot be reached ({ $folder }: { $detail }). Nothing changed: study goes on here, and syncs when the folder is back.
sync-problem-bad-file = { $file }, line { $line }, is not a Steppe sync record ({ $detail }). Nothing was merged; move that file out of the sync folder.
sync-problem-newer = { $file } was written by a newer Steppe. Nothing was merged; update Steppe to merge it.
sync-problem-other-deck = { $file } holds the progress of the deck { $deck }, not of this deck. Nothing was merged.
sync-problem-unwritable = This device's file cannot be written ({ $file }: { $detail }). The other devices' progress was merged; this device's file is written at the next sync.
