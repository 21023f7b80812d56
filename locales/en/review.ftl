# The review screen: one card at a time, its answer, its source and the four grades; also the
# list of suspended cards in the library.

## Around the card

# The card, as a screen reader names it.
review-card = Card
# Over the card when the student studies one reading only. $title is the reading's title.
review-studying = Studying: { $title }
review-study-everything = Study everything
review-undo = Undo last answer
review-suspend = Suspend card
review-loading = Finding the next card…
# A short note after an undo. $prompt is the question of the card taken back.
review-undid = Undid: { $prompt }
review-nothing-to-undo = Nothing to undo
review-card-suspended = Card suspended
# The built-in deck cannot be edited: the student first makes their own copy of it ("fork").
review-fork-to-edit = Fork the deck to edit its claims

## The grades

review-grades-label = How well did you remember?
review-grade-again = Again
review-grade-hard = Hard
review-grade-good = Good
review-grade-easy = Easy
# Small capitals over the grade an answer that was checked suggests.
review-grade-suggested = Suggested

## Today's counts and progress

review-counts-label = Cards to study today
# The counts above the card, also in the library. $count is drawn large where the message puts
# it: "20 new". Keep them short.
review-count-new = { $count } new
review-count-learning = { $count } learning
review-count-due = { $count } due
review-session-label = Today’s session
# The session's progress beside its bar: answers given today, and cards still to study today
# (a card answered may come back later today, so the cards to go do not drop with every answer).
review-session-count = { $done } answered · { $left } to go
# Read out for the progress bar.
review-session-done =
    { $left ->
        [one] { $done } answered today, { $left } card to go
       *[other] { $done } answered today, { $left } cards to go
    }

## Nothing left to review

review-done-heading = All caught up
review-done-nothing-due = Nothing is due right now.
review-done-reviewed-today =
    { $count ->
        [0] No cards reviewed yet today.
        [one] You reviewed one card today.
       *[other] You reviewed { $count } cards today.
    }
# $when is "today at 14:05", "tomorrow at 09:00" or "Thursday 5 March at 09:00".
review-done-next-due = Next card due { $when }.
review-back-to-library = Back to library

## The source of the answer, and readings that say otherwise

# The box with the quote the card comes from, as a screen reader names it.
review-source = Source
# $title is the reading's title, shown as a citation; the words around it are dimmed.
review-source-from = From { $title }
review-open-source = Open in reading
# Quotation marks around the exact words of a reading (the words are never translated).
review-quote = “{ $quote }”
review-sources-differ = Sources differ
review-editor-note = Editor’s note: { $note }
# Another reading's version of the fact. $reading names the reading as cards cite it
# ("Mendee (2015)"), $says is its answer in a few words ("2018").
review-conflict-says = In { $reading }: { $says }
# The same, for a reading with no short answer: its full text follows below.
review-conflict-from = In { $reading }
# A button under another reading's version, as it shows.
review-open-conflict = Open in that reading
# The same button as a screen reader says it. $title is the reading's title.
review-open-conflict-named = Open in { $title }

## Suspended cards (in the library)

review-suspended-heading = Suspended cards ({ $count })
# A leech is a card forgotten again and again, which the scheduler stopped asking.
review-suspended-hint = These cards are left out of study. Leeches are cards forgotten again and again; rewording them in your head, or reading their source again, often helps before you bring them back.
# $count: how many times the card was forgotten after it had been learned.
review-leech =
    { $count ->
        [one] Leech, { $count } lapse
       *[other] Leech, { $count } lapses
    }
review-unsuspend = Unsuspend
# The Unsuspend button as a screen reader says it. $prompt is the card's question.
review-unsuspend-named = Bring back into study: { $prompt }
review-suspended-back = Back in study: { $prompt }
# After a lapse (a card in review answered Again): the paragraph of its quote, to read again.
review-reread-heading = Read it again
review-reread-note = You forgot this one. Here is the paragraph it comes from, in “{ $title }”.
review-reread-continue = Next card
review-reread-open = Open in the reading
