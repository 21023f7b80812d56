# One sentence per error code the core reports (ErrorReport.code): what went wrong, in the
# student's words. The details (a file, a line, a deck) follow it in the language of the data.

error-invalid_content = The deck has problems.
error-not_a_steppe_database = This file is not Steppe study data.
error-db_newer_than_app = This study data was saved by a newer Steppe. Update Steppe to open it.
error-db_corrupt = The study data is damaged.
error-data_dir_unusable = Steppe cannot use its data folder.
error-already_open = This study data is open in another Steppe window.
error-opened_twice = Steppe tried to open this study data twice in the same window; no other window has it. Restart Steppe.
error-read_only = The study data cannot be written: the disk or the file is read-only.
error-no_backup = There is no such backup.
error-disk_full = The disk is full. Nothing was lost; free some space and try again.
error-storage = The study data could not be read or written.
error-scheduler = The scheduler could not plan this card.
error-refused_import = This file was not imported.
error-exchange = The deck could not be exported or imported.
error-not_found = It is no longer there.
error-invalid_setting = A setting is out of range.
error-not_enough_reviews = There are not enough reviews yet.
error-empty_quiz = No questions match this choice.
error-already_answered = This question is already answered.
error-invalid_deck = The deck cannot be used.
error-io = A file could not be read or written.
error-invalid_input = Something entered is not valid.
error-other_deck = This study data belongs to another deck.
error-closed = The study data is closed.
error-nothing_to_recover = There is nothing to recover.
error-ipc = The app could not reach its core.
error-unknown = Something went wrong.
