# The progress view: the student's key numbers and five charts of their study. The charts are
# drawn on a canvas, so each also has a summary in words (the *-summary messages) that screen
# readers read out instead; those are full sentences.

progress-title = Progress

## The four numbers at the top (shown in small capitals, keep them short).

progress-stat-reviews-today = Reviews today
progress-stat-reviews-total = Reviews in all
progress-stat-due-today = Due today
# Leeches: cards the student keeps forgetting, again and again.
progress-stat-leeches = Leeches

## Reviews per day: a calendar of the last year, one square a day, darker for more reviews.

progress-heatmap-heading = Reviews per day
progress-heatmap-empty = No reviews yet — study a few cards and your history appears here.
progress-study-now = Study now
# Tooltip on one day's square, under its date.
progress-heatmap-count = { $count ->
        [one] { $count } review
       *[other] { $count } reviews
    }
# The two ends of the colour key under the calendar: more reviews, fewer reviews.
progress-heatmap-more = More
progress-heatmap-fewer = Fewer
progress-heatmap-series = Reviews
progress-heatmap-summary = Reviews per day over the last year: { $total ->
        [one] { $total } review
       *[other] { $total } reviews
    } on { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
# $date is the day with its weekday, e.g. "Tuesday, 20 May 2025".
progress-heatmap-summary-busiest = Busiest day: { $date }, with { $count ->
        [one] { $count } review
       *[other] { $count } reviews
    }.
progress-heatmap-summary-today = Today: { $count ->
        [one] { $count } review
       *[other] { $count } reviews
    }.

## Due forecast: a bar for each of the next days, the cards that come due on it.

progress-forecast-heading = Due in the next { $days ->
        [one] day
       *[other] { $days } days
    }
progress-forecast-note = Cards coming due each day; today includes overdue ones.
progress-forecast-empty = Nothing is scheduled yet — cards you study come back here on the days they fall due.
# The first bar's label on the axis (the others are dates). Keep it short.
progress-forecast-today = Today
# Tooltip of the first bar: today's cards include those whose day has passed.
progress-forecast-today-overdue = Today (with overdue cards)
progress-forecast-count = { $count ->
        [one] { $count } card due
       *[other] { $count } cards due
    }
progress-forecast-series = Due
progress-forecast-summary = Cards due in the next { $days ->
        [one] day
       *[other] { $days } days
    }: { $total } in all, { $today } of them today (overdue included).
progress-forecast-summary-busiest = Busiest day: { $date }, with { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }.

## Card states: a bar for each state, with its number of cards.

progress-states-heading = Card states
progress-states-note = Suspended cards are counted in their state too.
progress-states-empty = No cards yet — the deck’s cards appear here as new, learning, review or suspended.
# The four bars' labels on the axis: keep them short.
progress-state-new = New
progress-state-learning = Learning
progress-state-review = Review
progress-state-suspended = Suspended
progress-states-count = { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
progress-states-series = Cards
progress-states-summary = Card states: { $new } new, { $learning } learning, { $review } in review, { $suspended } suspended.

## True retention per week: a line of the share recalled each week, and the target as a dashed line.

progress-retention-heading = True retention per week
# $percent is the retention the student asked for in the settings, e.g. "90%".
progress-retention-note = Share of reviews of learned cards you recalled, against your desired retention of { $percent }.
progress-retention-empty = No retention to show yet — it appears once cards you have learned come back for review.
# Tooltip: $date is the Monday the week starts on.
progress-retention-week = Week of { $date }
# Tooltip, under the week: $percent is e.g. "85%".
progress-retention-recalled = { $percent } recalled ({ $recalled } of { $reviews })
progress-retention-series = True retention
# The dashed line's name, and its label on the chart ("Target 90%").
progress-retention-target-name = Target
progress-retention-target = Target { $percent }
progress-retention-summary-none = True retention per week: no reviews of learned cards yet; target { $target }.
# $latest, $overall and $target are percentages, e.g. "86.7%"; $date is the latest week's Monday.
progress-retention-summary = True retention per week over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } with reviews: latest week (of { $date }) { $latest }, { $recalled } of { $reviews } recalled; overall { $overall }; target { $target }.

## Mastery per reading: a bar for each reading, split into its claims mastered, seen and not seen yet.

progress-mastery-heading = Mastery per reading
progress-mastery-note = Each bar is a reading’s claims. A claim is seen once you have studied one of its cards, and mastered once you remember it for three weeks or more.
progress-mastery-empty = No claims studied yet — as you study a reading’s cards, its claims show here as seen, then mastered.
# The three parts of each bar, named in the chart's key.
progress-mastery-mastered = Mastered
progress-mastery-seen = Seen
progress-mastery-not-seen = Not seen yet
# Tooltip on a reading's bar, under its title.
progress-mastery-count = { $mastered } mastered, { $seen } seen, of { $claims ->
        [one] { $claims } claim
       *[other] { $claims } claims
    }
progress-mastery-summary = Mastery per reading.
# One sentence per reading, after progress-mastery-summary. $title is the reading's own title.
progress-mastery-summary-reading = { $title }: { $mastered } mastered and { $seen } seen of { $claims ->
        [one] { $claims } claim
       *[other] { $claims } claims
    }.
