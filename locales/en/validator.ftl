# What `steppe check`, an import and the Author view say about a deck's files: one message per
# problem code (`problem-<code>`) and the hint under it (`problem-<code>-hint`). Words between
# backticks are names in the deck's files (fields, ids, `+++`): they stay as they are. Arguments
# quote the deck (ids, answers, paths) and are never translated.

problem-deck-file-missing = the deck has no `deck.toml`
problem-deck-file-missing-hint = add deck.toml with id, title, version and the list of readings
# $error: the TOML parser's own words, in English.
problem-deck-file-bad = bad deck.toml: { $error }
problem-deck-file-bad-hint = deck.toml needs id, title, version and readings = [ ...reading ids... ]
problem-reading-id-twice = reading id `{ $id }` is used twice
problem-reading-id-twice-hint = give each reading its own id
problem-unknown-reading = no reading has the id `{ $id }`
problem-unknown-reading-hint = use the `id` from the front matter of a file in readings/
problem-claim-id-not-kebab = claim id `{ $id }` is not kebab-case
problem-claim-id-not-kebab-hint = use lowercase letters, digits and single dashes, e.g. `mongolia-hosts-talks-2014`
problem-claim-id-twice = claim id `{ $id }` is already used in `{ $path }`
problem-claim-id-twice-hint = claim ids must be unique in the deck
problem-unknown-kind = `{ $kind }` is not a claim kind
# $kinds: the kinds' names as written in claims files, e.g. "cloze, true-false".
problem-unknown-kind-hint = use one of: { $kinds }
problem-answer-not-in-text = answer `{ $answer }` is not part of the claim's text
problem-answer-not-in-text-hint = the answer must be copied exactly from `text`: it becomes the gap of the cloze card
problem-bad-date = `{ $date }` is not a date
problem-bad-date-hint = write YYYY, YYYY-MM or YYYY-MM-DD
problem-role-not-kebab = role `{ $role }` is not kebab-case
problem-role-not-kebab-hint = name the answer's role in lowercase words joined by dashes, e.g. `mongolian-president`
problem-empty-field = an authored distractor or false statement is empty
problem-empty-field-hint = remove the empty string
# $char: the character's Unicode number in hexadecimal, e.g. 0007.
problem-control-character = a text field holds the control character U+{ $char }
problem-control-character-hint = remove it: only tabs and line breaks may stand in a text
problem-ambiguous-quote = quote occurs { $count } times in `{ $path }`
problem-ambiguous-quote-hint = add `prefix` or `suffix` with the words just before or after the place you mean
# $affixed is "yes" when the claim has a `prefix` or a `suffix`.
problem-quote-not-found =
    { $affixed ->
        [yes] quote with its prefix/suffix
       *[no] quote
    } not found in `{ $path }`
# $hint: "near" (with $near, the reading's passage most like the quote), "long" (the quote has
# $length characters, more than $max) or "empty".
problem-quote-not-found-hint =
    { $hint ->
        [near] the nearest passage in the reading is: "{ $near }"
        [long] the quote is { $length } characters long; quote a short passage of the reading (no nearest passage is looked for beyond { $max } characters)
       *[empty] the reading has no text
    }
problem-dangling-conflict = `conflicts_with` names `{ $id }`, which is not a claim
problem-dangling-conflict-hint = name the id of the claim in the other reading that says otherwise
problem-one-sided-conflict = `{ $other }` does not list `{ $id }` in its `conflicts_with`
problem-one-sided-conflict-hint = a disagreement goes both ways: add this claim's id to the other claim's `conflicts_with`
problem-deck-lists-unknown-reading = deck.toml lists reading `{ $id }`, but no file in readings/ has that id
problem-deck-lists-unknown-reading-hint = check the `id` in the reading's front matter
problem-reading-not-in-deck = reading `{ $id }` is not listed in deck.toml
problem-reading-not-in-deck-hint = add its id to `readings` in deck.toml, or remove the file
problem-reading-without-claims = reading `{ $id }` has no claims
problem-reading-without-claims-hint = add a file in claims/ with `reading = "<id>"` and at least one claim
problem-distractor-is-answer = distractor `{ $distractor }` is the claim's own answer
problem-distractor-is-answer-hint = a distractor must be a wrong answer to the question
problem-distractor-is-version = distractor `{ $distractor }` is what `{ $claim }` gives as the answer
problem-distractor-is-version-hint = another source's version is never a wrong option: the card would mark it wrong
problem-false-statement-is-claim = false statement is the text of claim `{ $claim }`
problem-false-statement-is-claim-hint = a false statement must be false in every reading of the deck
problem-disputes-file-bad = bad disputes file: { $error }
problem-disputes-file-bad-hint = each dispute is a `[[dispute]]` table with id, question and two or more `[[dispute.version]]` tables
problem-dispute-id-not-kebab = dispute id `{ $id }` is not kebab-case
problem-dispute-id-not-kebab-hint = use lowercase letters, digits and single dashes, e.g. `first-cattle-shipment`
problem-dispute-id-twice = dispute id `{ $id }` is used twice
problem-dispute-id-twice-hint = give each dispute its own id
problem-dispute-empty-question = dispute `{ $id }` has an empty question
problem-dispute-empty-question-hint = ask the question the sources answer differently, without leaning to any answer
problem-dispute-too-few-versions = dispute `{ $id }` has { $count } version(s); a dispute needs two or more
problem-dispute-too-few-versions-hint = add a `[[dispute.version]]` table with `says` and `claims` for each source's answer
problem-version-says-nothing = a version of `{ $id }` says nothing or the same as another version
problem-version-says-nothing-hint = `says` gives this source's answer in a few words, different from the other versions
problem-version-without-claims = a version of `{ $id }` names no claim
problem-version-without-claims-hint = list the ids of the claims that state this version
problem-dispute-unknown-claim = dispute `{ $id }` names `{ $claim }`, which is not a claim
problem-dispute-unknown-claim-hint = name the id of a claim that states this version
problem-claim-in-two-disputes = claim `{ $claim }` is already a version of dispute `{ $other }`
problem-claim-in-two-disputes-hint = a claim answers one disputed question; merge the disputes or split the claim
problem-version-mixes-readings = `{ $claim }` is from another reading than the rest of its version
problem-version-mixes-readings-hint = a version is what one reading says; give each reading its own version
problem-versions-same-reading = two versions of dispute `{ $id }` come from the same reading
problem-versions-same-reading-hint = give each reading one version, or mark a reading that contradicts itself with `internal = true`
problem-internal-many-readings = dispute `{ $id }` is marked internal but its versions come from { $count } readings
problem-internal-many-readings-hint = `internal = true` is for one reading that contradicts itself; remove it
problem-no-front-matter = reading has no front matter
problem-no-front-matter-hint = start the file with a `+++` line, the citation in TOML, and another `+++` line
problem-front-matter-not-closed = front matter is not closed
problem-front-matter-not-closed-hint = end the front matter with a line that is just `+++`
problem-front-matter-bad = bad front matter: { $error }
problem-front-matter-bad-hint = front matter needs id, title, publisher and published; author, url and seed are optional
problem-claims-file-bad = bad claims file: { $error }
problem-claims-file-bad-hint = each claim is a `[[claim]]` table with id, quote, text, answer and kind
problem-doubled-word = `{ $word } { $word }`: a word is doubled
problem-doubled-word-hint = remove one of them
problem-question-names-answer = the question names its own answer `{ $answer }`
problem-question-names-answer-hint = ask without the answer: a student reads it off the question
problem-text-gives-answer-away = with `{ $answer }` hidden, the text still shows `{ $giveaway }`
problem-text-gives-answer-away-hint = reword the text so that the gap is the only place the answer is
problem-function-word-gap = the answer `{ $answer }` is a function word
problem-function-word-gap-hint = gap a fact: a name, a number, a date, a key phrase
problem-dated-event = timeline item `{ $event }` states its own date
problem-dated-event-hint = write the event without its date: the timeline shows dates after the answer
problem-needs-context = the question says `{ $phrase }`, which needs the article at hand
problem-needs-context-hint = name the source (as cards cite it) or the event that dates the question
problem-false-statement-is-own-text = the false statement is the claim's own text
problem-false-statement-is-own-text-hint = a false statement must say something the reading does not
# $source: the reading's author or publisher, as the claim should name it.
problem-unattributed-version = `{ $claim }` is one version of a dispute but does not say it is { $source }'s
problem-unattributed-version-hint = say whose version it is, e.g. “According to { $source }, …”
problem-duplicate-text = `{ $claim }` has the same text as `{ $first }`
problem-duplicate-text-hint = keep one of the two claims
# $claims: the claims' ids, separated by commas.
problem-repeated-fact = { $count } claims ({ $claims }) ask for `{ $answer }` from one sentence
problem-repeated-fact-hint = merge them: more than two cards on one fact add reviews, not knowledge
problem-length-cue = the answer `{ $answer }` stands out by its length: { $length } characters, the nearest distractor { $other }
problem-length-cue-hint = write distractors about as long as the answer, so that only knowing the fact picks it

## A setting out of range. $value is the value given, as entered.

setting-problem-desired-retention = desired retention must be between 0.70 and 0.99, not { $value }
setting-problem-new-per-day = new cards per day must be at most 500, not { $value }
setting-problem-reviews-per-day = reviews per day must be at most 5000, not { $value }
setting-problem-rollover-hour = the day must begin at an hour from 0 to 23, not { $value }
setting-problem-font-scale = text size must be between 80% and 160%, not { $value }%
