# The Author view, where an instructor writes a deck: its readings, claims and coverage.

author-title = Author
# The built-in deck cannot be edited. $title is the deck's title.
author-readonly = “{ $title }” is the built-in deck and cannot be changed. Fork it to make your own copy, then edit that.
author-fork = Fork to edit
# $deck is the id of a deck asked for (by a link) that does not exist.
author-no-deck = There is no deck “{ $deck }”.
author-readings-nav = Readings of the deck
# Problems the deck checker finds in the whole deck; the list follows.
author-deck-problems = { $count ->
    [one] { $count } problem in the deck
   *[other] { $count } problems in the deck
  }
# After a reading's title in the list of readings.
author-reading-claims = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
  }
author-new-reading = New reading
author-tabs = Reading
author-tab-text = Text
author-tab-citation = Citation and text
# How much of the reading its claims quote.
author-tab-coverage = Coverage
author-claims-here = Claims of this reading
author-claim-form = Claim form

# Short notes that fade by themselves. $id is a claim or reading id.
author-saved-claim = Saved claim { $id }.
author-deleted-claim = Deleted the claim.
author-deleted-claim-id = Deleted claim { $id }.
# Button beside that note: puts the deleted claim back as it was.
author-undo-delete = Undo
author-restored-claim = Put claim { $id } back.
author-saved-proposed = Saved the proposed claim.
author-saved-reading = Saved reading { $id }.

## The reading text, where words are selected to make a claim.

author-make-claim = Make claim
author-make-claim-help = Select words in the text, then make a claim of them. Marked text is already quoted.
author-select-first = Select some words of the reading first.
# Tooltip on quoted words. $id is the claim's id.
author-quoted-by = Quoted by { $id }

## The claim form. Labels and, in brackets after them, short hints.

author-claim = Claim
# $id is the claim's id.
author-claim-title = Claim { $id }
author-new-claim = New claim
author-field-id = Id
author-field-quote = Quote
author-hint-quote = exact words of the reading
author-field-prefix = Prefix
author-hint-prefix = words just before, when the quote occurs twice
author-field-suffix = Suffix
author-hint-suffix = words just after
# The claim's own statement.
author-field-text = Text
author-hint-text = one self-contained statement
author-field-answer = Answer
author-hint-answer = words copied from the text
author-field-question = Question
author-field-typed = Also ask it as a typed answer
author-hint-typed = (untick when the answer is the author’s own word for something, which a student may well put otherwise)
# What kind of thing the answer is: a date, a number, a person…
author-field-kind = Kind
author-field-date = Date
# The formats a date may be written in; keep YYYY, MM and DD as they are.
author-hint-date = YYYY, YYYY-MM or YYYY-MM-DD
author-field-role = Role
# Keep the example id "mongolian-president" as it is: ids are written in Latin letters.
author-hint-role = what the answer is, e.g. mongolian-president; options come from the same role
author-field-event = Timeline event
author-hint-event = dated claims: the event without its date
author-field-distractors = Wrong options
author-hint-distractors = one per line; used before generated ones; never another source's version
author-field-false = False statements
author-hint-false = one per line, for the true/false card; false in every reading
author-field-tags = Tags
author-hint-tags = separated by commas
author-field-conflicts = Conflicts with
author-hint-conflicts = claim ids, separated by commas; both sides are kept in step
author-problems-elsewhere = { $count ->
    [one] { $count } problem elsewhere in the deck
   *[other] { $count } problems elsewhere in the deck
  }
author-save = Save
author-delete = Delete
# Throws away a new claim that was never saved.
author-discard = Discard
author-close = Close
author-preview = Cards this claim makes
author-preview-title = Cards
author-checking = Checking…
author-preview-none = No cards while the deck has problems.
# $options are the choices of a multiple-choice card, from the deck, joined with " · ".
author-preview-options = Options: { $options }
# $answer is the card's answer, from the deck.
author-preview-answer = Answer: { $answer }

# The kinds of answer a claim has.
author-kind-date = date
author-kind-number = number
author-kind-person = person
author-kind-place = place
author-kind-organization = organization
author-kind-event = event
author-kind-relation = relation
author-kind-cause = cause

# The kinds of card, shown small above each card of the preview.
author-card-cloze = cloze
author-card-qa = question
author-card-multiple-choice = multiple choice
author-card-true-false = true or false
author-card-typed = typed answer
author-card-timeline = timeline
# Sources differ: the student says which reading says it.
author-card-sources = who says it
# Sources differ: the student sees every reading's version.
author-card-versions = versions

## The reading's citation and text.

author-reading = Reading
author-citation-title = Citation and text
author-field-title = Title
author-field-author = Author
author-field-publisher = Publisher
author-field-published = Published
author-field-url = Address (URL)
# The reading's whole text.
author-field-body = Text
author-hint-body = paste the article; a blank line between paragraphs; Markdown footnotes as [^1]
author-save-reading = Save reading

## Coverage: which sentences of the reading claims quote, and claims proposed for the rest.

author-coverage = Coverage
# $percent is already formatted, e.g. "80%".
author-coverage-summary = { $sentences ->
    [one] { $covered } of { $sentences } sentence is quoted by a claim ({ $percent }).
   *[other] { $covered } of { $sentences } sentences are quoted by a claim ({ $percent }).
  }
author-candidates = Candidate claims
author-candidates-none = No uncovered sentence names a date, number or name.
# Why a claim was proposed ($reason, one of the four below), the words that look like the
# answer and the kind of answer.
author-reason-names-date = Names a date
author-reason-names-year = Names a year
author-reason-has-number = Has a number
author-reason-names-someone = Names someone or something
author-candidate-detail = { $reason }: answer “{ $answer }”, kind { $kind }
# The same, for a sentence that names a date ($date is written out, e.g. March 2014).
author-candidate-detail-dated = { $reason }: answer “{ $answer }”, kind { $kind }, date { $date }
author-accept = Accept
author-edit = Edit
author-dismiss = Dismiss
author-uncovered = Not yet quoted
author-uncovered-none = Every sentence is quoted by a claim.
