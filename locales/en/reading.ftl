# The reading view: one source article of the deck, its claims highlighted in the text.

reading-opening = Opening the reading…
# Buttons under the reading's title: study (review) only this reading's cards, or take a quiz on it.
reading-study-this = Study this reading
reading-quiz-this = Quiz this reading
# A sample word shown with the wavy underline the legend explains: any short run of letters.
reading-legend-sample = abc
reading-conflict-legend = Wavy underline: another reading tells this fact differently. Click a highlight to compare.
# A switch above the reading's text: draw the claims' highlights, or read the text plain.
reading-highlights-toggle = Show highlights
# Beside that switch, for keyboard readers: the highlighted text is one stop of the Tab key.
reading-highlights-keys = Tab goes to the highlights; the arrow keys move from one to the next.
# Heading of the reading's footnotes.
reading-notes = Notes
# Button after a footnote that returns to where the text refers to it. $label is the footnote's mark, e.g. 1.
reading-note-back = Back to the text of note { $label }
# A footnote reference in the text, as screen readers say it. $label is the footnote's mark.
reading-footnote = Footnote { $label }

# Above the claims of a highlight (popover and panel); one highlight can belong to several claims.
reading-claims-heading =
    { $count ->
        [one] Claim
       *[other] { $count } claims
    }
reading-close = Close
# A claim no card has been made from.
reading-no-cards = No cards.
# Where a card stands in its study.
reading-phase-new = New
reading-phase-learning = Learning
reading-phase-review = Review
reading-phase-relearning = Relearning
reading-card-not-studied = Not studied yet
# $when is when the card is next due, already written out: "today at 14:05", "Monday 4 May at 09:30".
reading-card-due = Due { $when }
reading-card-suspended = Suspended
# Badge on a card forgotten again and again (it may need rewording).
reading-card-leech = Leech

# A † marks a citation field (author, publisher, date…) the source itself does not state.
reading-editor-added = Added by the editor
# The same, with the editor's note on where the field comes from. $note is the editor's own words.
reading-editor-added-note = Added by the editor: { $note }
# Read out by screen readers after such a field.
reading-editor-added-hidden = (added by the editor)
# Before the web address of the reading's source.
reading-source-url = Source:
# Below the citation, after a †, explaining the mark.
reading-editor-note = Not stated in the source; added by the editor.
reading-editor-note-with = Not stated in the source; added by the editor: { $note }
# A switch that tints each paragraph by how well its studied claims are recalled now.
reading-fading-toggle = Shade what is fading
reading-fading-legend = Each paragraph is shaded by how likely you are to recall its studied claims now: the darker, the more it is fading. Paragraphs with nothing studied stay clear.
# The tooltip of a shaded paragraph; $percent is already formatted.
reading-fading-block = Recall now: { $percent }
# A reading opened from a class report, shaded by the students' answers instead of the reader's.
reading-class-legend =
    { $students ->
        [one] Each paragraph is shaded by how often the student recalled its claims: the darker, the more was missed. Paragraphs nobody answered on stay clear.
       *[other] Each paragraph is shaded by how often the { $students } students recalled its claims: the darker, the more the class missed. Paragraphs nobody answered on stay clear.
    }
reading-class-block = Recalled by the class: { $percent }
