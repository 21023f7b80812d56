## Exam plans on the progress screen: the plans against what was done, and the plan editor.
## Numbers and dates come formatted; $recall, $target and $retention as percentages.

plan-heading = Exam plans
plan-add = Plan for an exam
plan-none = No exam plan yet. Set an exam date and Steppe works out how much to study each day to be ready.
# $name: the plan's name; $date: the exam's date.
plan-title = { $name } · { $date }
plan-change = Change
plan-drop = Drop plan
plan-scope-all = Covers every card.
# $readings, $tags: how many of each the plan covers; $names: their titles.
plan-scope-some = Covers { $readings ->
    [0] no reading
    [one] one reading
   *[other] { $readings } readings
} and { $tags ->
    [0] no tag
    [one] one tag
   *[other] { $tags } tags
}: { $names }.
plan-minutes-label = Each day
plan-minutes = { $minutes } min
plan-new-label = New cards a day
plan-reviews-label = Reviews a day
plan-recall-label = Recall on the exam day
# $days: study days left; $cards: cards in the plan; $new: of them, not studied yet.
plan-basis = { $days ->
    [one] One study day
   *[other] { $days } study days
} left, { $cards ->
    [one] one card
   *[other] { $cards } cards
} in the plan, { $new } not studied yet.
plan-times-own = Minutes from your own answer times.
plan-times-default = Minutes from typical answer times until you have 200 timed answers ({ $answers } so far).
plan-reachable = Within reach: about { $recall } remembered on the exam day, for a target of { $target }.
plan-not-reachable = Out of reach by this date: about { $recall } remembered on the exam day, for a target of { $target }.
plan-later-date = The target is within reach with the exam on { $date }.
plan-unlimited-minutes = It is within reach by this date with about { $minutes } minutes a day.
plan-more-minutes = Or by this date with a desired retention of { $retention } in Settings: about { $minutes } minutes a day.
plan-out-of-reach = No date in the next half year and no desired retention reaches it: plan for fewer cards or a lower target.
plan-exam-passed = The exam is today or past: there is no study day left.
plan-empty-scope = No card in study is in this plan.
plan-days-caption = Planned and done, day by day
plan-day = Day
plan-day-reviews = Reviews
plan-day-new = New cards
# $done of $planned.
plan-done-of = { $done } of { $planned }
plan-name = Name
plan-date = Exam date
plan-target = Target recall (%)
plan-budget = Most minutes a day
plan-budget-none = As needed
plan-scope = What the exam covers
plan-scope-hint = Pick readings or tags; with none picked, the plan covers every card.
plan-check = Check the plan
plan-check-first = Check the plan to see the study it needs before saving it.
plan-save = Save plan
plan-cancel = Cancel
