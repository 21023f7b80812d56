# The library: the deck, today's cards and its readings.

library-today = Today
# Under Today's counts, when the readings hold more new cards than today brings in: why.
# "New cards per day" and "Settings" name the setting and the view where it is changed.
library-new-off = New cards are off: New cards per day is 0 in Settings. The readings' new cards wait until it is raised.
library-new-limit-reached =
    { $limit ->
        [one] You have reached today's limit of { $limit } new card (New cards per day, in Settings). The readings' other new cards come on the next days.
       *[other] You have reached today's limit of { $limit } new cards (New cards per day, in Settings). The readings' other new cards come on the next days.
    }
library-new-limit =
    { $count ->
        [one] Today brings in { $count } more new card, within the daily limit of { $limit } (New cards per day, in Settings). The readings' other new cards come on the next days.
       *[other] Today brings in { $count } more new cards, within the daily limit of { $limit } (New cards per day, in Settings). The readings' other new cards come on the next days.
    }
# Starts reviewing the due cards of every reading.
library-study-now = Study now
library-readings = Readings
# One reading's progress: $seen claims have a studied card, $mastered are remembered for weeks,
# $claims is how many the reading has.
library-progress =
    { $seen } seen · { $mastered } mastered · { $claims ->
        [one] { $claims } claim
       *[other] { $claims } claims
    }
# The same progress, read out for the progress bar.
library-progress-bar =
    { $seen } of { $claims ->
        [one] { $claims } claim
       *[other] { $claims } claims
    } seen, { $mastered } mastered
# Short button on each reading: study only its cards.
library-study = Study
# Read out for that button. $title is the reading's title.
library-study-reading-label = Study this reading: { $title }
library-quiz-reading = Quiz this reading
# Read out for that link. $title is the reading's title.
library-quiz-reading-label = Quiz this reading: { $title }
# Under the deck's title: the language its readings and cards are written in ($language is its name).
library-deck-language = Readings and cards in { $language }
