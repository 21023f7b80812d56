# The library: the deck, today's cards and its readings.

library-today = Today
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
