# The fixed sentence a card puts around its deck's words (PromptFrame). $question, $says and
# $reading are the deck's own words and citation, shown as the deck writes them.

frame-timeline = Put these in order, earliest first.
frame-sources = The readings disagree. { $question } Which reading says “{ $says }”?
frame-versions = The readings disagree. { $question } What does each say?
frame-internal-versions = { $reading } gives more than one answer. { $question } What are its versions?
