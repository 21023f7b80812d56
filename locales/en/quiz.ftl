# The quiz: a one-off test, set up, asked one question at a time, then scored.

## Setup

quiz-setup-title = Quiz
quiz-setup-intro = Test yourself on a mix of question kinds, one at a time. Answers you get wrong come back in Review.
# Legend above the choice of what the quiz asks about.
quiz-setup-scope = What to quiz
quiz-setup-scope-all = All readings
quiz-setup-scope-reading = One reading
quiz-setup-scope-weak = Weak cards
# Said after "Weak cards", in a lighter face: what a weak card is.
quiz-setup-scope-weak-hint = ones you failed lately or are likely to forget
quiz-setup-scope-tag = A tag
# Names of the two drop-down lists, read out by screen readers.
quiz-setup-reading = Reading
quiz-setup-tag = Tag
# Shown inside the drop-down list of readings while it is empty.
quiz-setup-readings-loading = Loading readings…
quiz-setup-readings-failed = Readings could not be loaded
quiz-setup-tags-loading = Loading tags…
# An entry of the tag list: the tag (never translated) and how many claims carry it.
quiz-setup-tag-option = { $tag } ({ $count ->
    [one] { $count } claim
   *[other] { $count } claims
})
# Legend above the choice of quiz length: 5, 10, 20 or 40 questions.
quiz-setup-length = Questions
# $error is the reason the app gives, in English.
quiz-setup-readings-error = Readings could not be loaded ({ $error }); the other choices still work.
quiz-setup-start = Start quiz
quiz-setup-starting = Starting…
# Saves the quiz set up above as a PDF to print: its questions, then an answer key with sources.
quiz-setup-print = Print with answer key
quiz-setup-printing = Printing…
# $path is where the PDF was saved.
quiz-setup-printed = Saved { $count ->
    [one] 1 question
   *[other] { $count } questions
} and the answer key to { $path }
# $error is the reason the app gives.
quiz-setup-print-failed = The quiz could not be printed: { $error }

## A quiz left unfinished when the app was closed.
## $answered of $total questions were answered before it stopped.

quiz-resume-title = Unfinished quiz
quiz-resume-all = Your quiz on all readings stopped after { $answered } of { $total ->
    [one] { $total } question
   *[other] { $total } questions
}.
quiz-resume-weak = Your quiz on weak cards stopped after { $answered } of { $total ->
    [one] { $total } question
   *[other] { $total } questions
}.
# $tag is the tag's name, never translated.
quiz-resume-tag = Your quiz on the tag “{ $tag }” stopped after { $answered } of { $total ->
    [one] { $total } question
   *[other] { $total } questions
}.
# $title is the reading's title, never translated.
quiz-resume-reading = Your quiz on “{ $title }” stopped after { $answered } of { $total ->
    [one] { $total } question
   *[other] { $total } questions
}.
# The quiz was on one reading whose title is not known (yet).
quiz-resume-one-reading = Your quiz on one reading stopped after { $answered } of { $total ->
    [one] { $total } question
   *[other] { $total } questions
}.
quiz-resume-go = Resume quiz
quiz-resume-abandon = Abandon it

## Asking

# Above the question: where the student is in the quiz.
quiz-position = Question { $number } of { $total }
quiz-finish-early = Finish early
# The progress bar's name and its value, read out by screen readers.
quiz-progress = Quiz progress
quiz-progress-value = { $answered } of { $total } answered
# On the button that moves on; the Enter key is shown beside it.
quiz-next = Next question
quiz-see-results = See results
# The heading above a timeline question (other kinds use the card headings).
quiz-kind-timeline = Put in order, earliest first
# Names of the group of option buttons, read out by screen readers.
quiz-choices-true-false = True or false
quiz-choices-readings = Readings
quiz-choices-options = Options

## Feedback after each answer

quiz-verdict-exact = Right.
# A small slip (a typo, a missing accent) that is still counted as right.
quiz-verdict-close = Nearly right — it counts as right.
quiz-verdict-wrong = Wrong.
quiz-wrong-logged = It will come up again in Review.
# Above the answer, when the student got it right.
quiz-answer = Answer
# Above the answer, when the student got it wrong or nearly right.
quiz-right-answer = The right answer
# Under the quote a question comes from. $title is the reading's title, never translated.
quiz-source-from = From { $title }

## Results

quiz-results-title = Quiz results
# The score, shown large: right answers / questions.
quiz-results-score = { $score } / { $total }
# A caption after the large score "2 / 5".
quiz-results-right = right
quiz-results-close-counts = Nearly-right answers count as right.
# The student finished early; $count questions were left.
quiz-results-unanswered = { $count ->
    [one] { $count } question not answered.
   *[other] { $count } questions not answered.
}
# "Again" is the name of the lowest grade in Review.
quiz-results-wrong-logged = { $count ->
    [one] The wrong answer was logged as Again, so it comes up in Review.
   *[other] Wrong answers were logged as Again, so they come up in Review.
}
quiz-results-review = Review these now
quiz-results-new = New quiz
# Heading of the list of questions answered wrong or not at all.
quiz-results-missed = Missed ({ $count })
quiz-results-question = Question { $number }
quiz-results-given = You answered
quiz-results-correct = Right answer
# In place of the student's answer to a question left unanswered.
quiz-results-not-answered = not answered
quiz-results-perfect = No misses — every answer was right.
