# Browse: every card of the deck in a searchable table, with bulk actions.
browse-title = Browse
browse-search-label = Search the cards
browse-search-placeholder = Search: words, tag:energy, is:due, prop:r<0.8 …
browse-search = Search
browse-help-title = Search syntax
browse-help-word = cards whose claim, quote, question or prompt contains the word (any case)
browse-help-phrase = the exact phrase
browse-help-tag = claims with this tag (* stands for anything)
browse-help-reading = claims of this reading (its id)
browse-help-kind = a kind of card (cloze, qa, multiple_choice, true_false, typed, timeline, sources, versions) or of claim (date, number, person, place …)
browse-help-is = due today, new, learning, in review
browse-help-is-more = suspended, leeches, claims where the sources differ
browse-help-compare = lapses, answers, days until due (negative: overdue); with <, <=, >, >=, = or !=
browse-help-recall = the probability of recalling the card now, from 0 to 1
browse-help-or = either one
browse-help-not = leave these out
browse-help-group = group with parentheses
browse-help-combine = Terms side by side must all match.
browse-keys = Keys: ↑ ↓ move, Space selects, Shift extends the selection, Ctrl+A selects all, Enter shows the card’s history, O opens the claim in its reading, S suspends or brings back.
browse-count = { $cards ->
    [one] 1 card
   *[other] { $cards } cards
} of { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
} (the deck has { $all ->
    [one] 1 card
   *[other] { $all } cards
})
browse-empty = No card matches this search.
browse-no-cards = This deck has no cards yet.
browse-error = The search cannot be read at character { $column }: { $problem }.
browse-error-expected-term = a search term is missing here
browse-error-unclosed-quote = this quote is never closed
browse-error-unclosed-paren = this parenthesis is never closed
browse-error-unexpected-paren = this “)” closes nothing
browse-error-unknown-field = “{ $field }:” is not something to search by (try tag, reading, kind, is, claim, card or prop)
browse-error-expected-value = “{ $field }:” needs a value after the colon
browse-error-unknown-state = “is:{ $state }” is not a state (try due, new, learning, review, suspended, leech or disputed)
browse-error-unknown-kind = “{ $kind }” is not a kind of card or claim
browse-error-expected-comparison = a comparison such as r<0.8, lapses>2 or due<7 is expected
browse-error-bad-whole = “{ $field }” is compared with a whole number
browse-error-bad-probability = “{ $field }” is compared with a number from 0 to 1
browse-error-too-deep = the parentheses are nested too deeply
browse-col-text = Card
browse-col-reading = Reading
browse-col-kind = Kind
browse-col-state = State
browse-col-due = Due
browse-col-lapses = Lapses
browse-col-recall = Recall
browse-state-suspended = Suspended
browse-state-leech = Leech
browse-disputed = The sources differ on this claim
browse-selected = { $count ->
    [one] 1 selected
   *[other] { $count } selected
}
browse-suspend = Suspend
browse-unsuspend = Bring back
browse-forget = Forget…
browse-reschedule = Reschedule…
browse-reposition = Reposition…
browse-clear-selection = Clear selection
browse-cancel = Cancel
browse-forget-confirm = { $count ->
    [one] Forget 1 card? It starts again as new; its past answers stay in its history. This cannot be undone.
   *[other] Forget { $count } cards? They start again as new; their past answers stay in their history. This cannot be undone.
}
browse-forget-do = Forget
browse-reschedule-from = Due in
browse-reschedule-to = to
browse-reschedule-note = days (0 is today); new cards are left as they are.
browse-reschedule-do = Reschedule
browse-reposition-start = First place
browse-reposition-note = New cards come in this order, from this place on; studied cards are left as they are.
browse-reposition-do = Reposition
browse-done-suspend = { $count ->
    [one] 1 card suspended.
   *[other] { $count } cards suspended.
}
browse-done-unsuspend = { $count ->
    [one] 1 card brought back into study.
   *[other] { $count } cards brought back into study.
}
browse-done-forget = { $count ->
    [one] 1 card forgotten: it is new again.
   *[other] { $count } cards forgotten: they are new again.
}
browse-done-reschedule = { $count ->
    [one] 1 card rescheduled.
   *[other] { $count } cards rescheduled.
}
browse-done-reposition = { $count ->
    [one] 1 new card repositioned.
   *[other] { $count } new cards repositioned.
}
browse-done-skipped = { $count ->
    [one] 1 card was left as it was: the action does not apply to it.
   *[other] { $count } cards were left as they were: the action does not apply to them.
}
