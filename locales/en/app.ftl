# The frame around every view: the top bar and shared formats.

app-name = Steppe
nav-main = Main
nav-library = Library
nav-review = Review
nav-quiz = Quiz
nav-progress = Progress
nav-browse = Browse
nav-decks = Decks
nav-author = Author
nav-settings = Settings

# When a card comes due. $time is a clock time, $date a date with its weekday.
due-today = today at { $time }
due-tomorrow = tomorrow at { $time }
due-on = { $date } at { $time }

# File sizes.
size-bytes = { $n } B
size-kilobytes = { $n } KB
size-megabytes = { $n } MB
