# The kinds of card and how each is answered, in review and in quizzes.

## The heading over each kind of card

cards-kind-cloze = Fill the gap
cards-kind-qa = Question
cards-kind-multiple-choice = Multiple choice
cards-kind-true-false = True or false?
cards-kind-typed = Type the answer
cards-kind-timeline = Timeline
# Which reading gives the version quoted in the question.
cards-kind-sources = Sources differ: who says it?
# Recall what every reading says.
cards-kind-versions = Sources differ: every version

## Keys, as shown on the buttons they press

cards-key-space = Space
cards-key-enter = Enter

## Answering

# Read out for the gap in a fill-the-gap question.
cards-blank = blank
cards-show-answer = Show answer
cards-your-answer = Your answer
# The button that checks a typed answer.
cards-check = Check
cards-checking = Checking…
# The options of a question, as a screen reader names them.
cards-options = Options
cards-readings = Readings
cards-true-or-false = True or false
# The two answers of a true-or-false card, which the core sends as True and False.
cards-true = True
cards-false = False
cards-multiple-choice-hint = Pick an option: click it or press its number.
cards-sources-hint = No version is wrong: pick the reading that says it.
# Beside an option once answered.
cards-mark-chosen-right = Your answer: right
cards-mark-chosen-wrong = Your answer: wrong
cards-mark-right = Right answer
cards-right = Right.
# A wrong choice, said gently.
cards-not-quite = Not quite.
# Over the true statement, once a true-or-false card is answered.
cards-true-statement = The true statement

## A typed answer, once checked

cards-typed-exact = Exact
cards-typed-exact-note = Spot on.
cards-typed-close = Close
cards-typed-close-note = Nearly: a small slip.
cards-typed-wrong = Wrong
cards-typed-wrong-note = Not the answer.
# The student overrules the check: the answer was right in other words or another order.
cards-typed-accept = I was right
# The tooltip of that button.
cards-typed-accept-hint = Counts your answer as right and suggests Good
cards-typed-accepted = Counted as right
cards-typed-accepted-note = You said it your own way; grade how well you recalled it.
# Over the typed answer compared letter by letter with the right one.
cards-diff-label = Your answer against the right one
# Tooltips on letters of the comparison.
cards-diff-missing = missing
cards-diff-extra = extra
# The legend under the comparison: $underlined and $struck show cards-diff-underlined and
# cards-diff-struck drawn the way the letters are.
cards-diff-legend = { $underlined }: missing · { $struck }: not in the answer
cards-diff-underlined = underlined
cards-diff-struck = struck through

## Putting items in order (timeline cards and quiz questions)

cards-order-hint = Drag the items, or focus one and press Alt+↑ / Alt+↓ to move it.
cards-order-label = Items, earliest first
# Read out after an item moves. $item is its text, $position its new place of $count.
cards-order-moved = { $item }: moved to position { $position } of { $count }.
cards-order-in-place = In place
cards-order-out-of-place = Out of place
cards-check-order = Check order
cards-order-right = Right order.
cards-order-wrong = Not in order: see each date.
