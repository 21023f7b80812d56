# A card's history: a dialog opened from a reading's claim panel or from Review after the answer.
# Recall probability: the chance, as the scheduler (FSRS) estimates it, of remembering the card.
history-title = Card history
history-close = Close
history-loading = Opening the card's history…
history-open = History
history-open-card = History of this card ({ $kind })
history-reading = From “{ $title }”
history-memory-heading = Memory now
history-not-studied = Not studied yet: no answers and no forgetting curve.
history-phase = State
history-recall-now = Recall probability now
history-due = Due
history-stability = Stability
history-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
history-difficulty = Difficulty (1–10)
history-answers-lapses-label = Answers
history-answers-lapses = { $reps ->
        [one] 1 answer
       *[other] { $reps } answers
    }, { $lapses ->
        [one] 1 lapse
       *[other] { $lapses } lapses
    }
history-suspended = Suspended: left out of study.
history-leech = Suspended as a leech: forgotten again and again.
history-curve-title = Forgetting curve
history-curve-note = How likely you are to recall this card from now on if you do not review it. A card in review falls to about your desired retention by its due date.
history-curve-series = Recall probability
history-curve-axis-days = Days from now
history-curve-days = { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }
history-curve-recall = { $percent } likely to recall
history-curve-target = Desired retention { $percent }
history-curve-target-name = Desired retention
history-curve-due-name = Due
history-curve-none = No forgetting curve yet.
history-curve-summary-now = Recall probability now { $percent }.
history-curve-summary-due = At the due date, { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }: { $percent }.
history-curve-summary-end = { $days ->
        [one] In { $days } day
       *[other] In { $days } days
    }: { $percent }.
history-answers-heading = { $count ->
        [0] No answers yet
        [one] 1 answer
       *[other] { $count } answers
    }
history-col-when = When
history-col-grade = Grade
history-col-interval = Interval
history-col-stability = Stability (days)
history-col-difficulty = Difficulty
history-col-recall = Recall probability then
history-from-quiz = quiz
