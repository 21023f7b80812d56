# What `steppe check`, an import and the Author view say about a deck's files: one message per
# problem code (`problem-<code>`) and the hint under it (`problem-<code>-hint`). Words between
# backticks are names in the deck's files (fields, ids, `+++`): they stay as they are. Arguments
# quote the deck (ids, answers, paths) and are never translated.

problem-deck-file-missing = 덱에 `deck.toml` 파일이 없어요
problem-deck-file-missing-hint = id, title, version과 읽기 자료 목록을 담은 deck.toml을 추가하세요
problem-deck-file-bad = deck.toml이 올바르지 않아요: { $error }
problem-deck-file-bad-hint = deck.toml에는 id, title, version과 readings = [ ...읽기 자료 id... ]가 있어야 해요
problem-reading-id-twice = 읽기 자료 id `{ $id }` 값이 두 번 쓰였어요
problem-reading-id-twice-hint = 읽기 자료마다 다른 id를 주세요
problem-unknown-reading = id가 `{ $id }`인 읽기 자료가 없어요
problem-unknown-reading-hint = readings/ 폴더에 있는 파일의 머리말(front matter)에 적힌 `id`를 쓰세요
problem-claim-id-not-kebab = 진술 id `{ $id }` 값이 kebab-case가 아니에요
problem-claim-id-not-kebab-hint = 영어 소문자, 숫자와 대시(-) 하나씩만 쓰세요. 예: `mongolia-hosts-talks-2014`
problem-claim-id-twice = 진술 id `{ $id }` 값은 이미 `{ $path }` 파일에서 쓰였어요
problem-claim-id-twice-hint = 진술 id는 덱 안에서 겹치면 안 돼요
problem-unknown-kind = `{ $kind }` 값은 진술 종류가 아니에요
problem-unknown-kind-hint = 다음 중 하나를 쓰세요: { $kinds }
problem-answer-not-in-text = 정답 `{ $answer }` 부분이 진술의 `text`에 없어요
problem-answer-not-in-text-hint = 정답은 `text`에서 그대로 복사해야 해요. 빈칸 채우기 카드의 빈칸이 되거든요
problem-bad-date = `{ $date }` 값은 날짜가 아니에요
problem-bad-date-hint = YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 쓰세요
problem-role-not-kebab = 역할 `{ $role }` 값이 kebab-case가 아니에요
problem-role-not-kebab-hint = 정답의 역할을 영어 소문자 단어와 대시(-)로 이어 쓰세요. 예: `mongolian-president`
problem-empty-field = 직접 쓴 오답 보기나 거짓 문장이 비어 있어요
problem-empty-field-hint = 빈 문자열을 지우세요
problem-control-character = 텍스트 필드에 제어 문자가 있어요 (U+{ $char })
problem-control-character-hint = 지우세요. 텍스트에는 탭과 줄바꿈만 쓸 수 있어요
problem-ambiguous-quote = 인용문이 `{ $path }`에 { $count }번 나와요
problem-ambiguous-quote-hint = 가리키려는 곳 바로 앞이나 뒤의 단어로 `prefix`나 `suffix`를 추가하세요
problem-quote-not-found =
    { $affixed ->
        [yes] prefix/suffix를 포함한 인용문을
       *[no] 인용문을
    } `{ $path }`에서 찾을 수 없어요
problem-quote-not-found-hint =
    { $hint ->
        [near] 읽기 자료에서 가장 비슷한 부분은 이거예요: "{ $near }"
        [long] 인용문이 { $length }자나 돼요. 읽기 자료의 짧은 부분을 인용하세요 ({ $max }자가 넘는 인용문은 비슷한 부분을 찾지 않아요)
       *[empty] 읽기 자료에 본문이 없어요
    }
problem-dangling-conflict = `conflicts_with`에 적힌 id `{ $id }`의 진술이 없어요
problem-dangling-conflict-hint = 다른 읽기 자료에서 다르게 말하는 진술의 id를 적으세요
problem-one-sided-conflict = `{ $other }` 진술의 `conflicts_with`에 `{ $id }` 항목이 없어요
problem-one-sided-conflict-hint = 불일치는 양쪽에 모두 적어야 해요. 이 진술의 id를 상대 진술의 `conflicts_with`에 추가하세요
problem-deck-lists-unknown-reading = deck.toml에 읽기 자료 `{ $id }` 항목이 있지만, readings/의 어느 파일에도 그 id가 없어요
problem-deck-lists-unknown-reading-hint = 읽기 자료 머리말(front matter)의 `id`를 확인하세요
problem-reading-not-in-deck = 읽기 자료 `{ $id }` 항목이 deck.toml 목록에 없어요
problem-reading-not-in-deck-hint = deck.toml의 `readings`에 이 id를 추가하거나 파일을 지우세요
problem-reading-without-claims = 읽기 자료 `{ $id }`에 진술이 없어요
problem-reading-without-claims-hint = claims/ 폴더에 `reading = "<id>"` 줄과 진술을 하나 이상 담은 파일을 추가하세요
problem-distractor-is-answer = 오답 보기 `{ $distractor }` 항목이 진술의 정답과 같아요
problem-distractor-is-answer-hint = 오답 보기는 질문에 대한 틀린 답이어야 해요
problem-distractor-is-version = 오답 보기 `{ $distractor }` 항목은 `{ $claim }` 진술이 내놓는 답이에요
problem-distractor-is-version-hint = 다른 출처의 견해는 오답 보기가 될 수 없어요. 카드가 그 견해를 틀렸다고 처리하게 돼요
problem-false-statement-is-claim = 거짓 문장이 진술 `{ $claim }`의 `text`와 같아요
problem-false-statement-is-claim-hint = 거짓 문장은 덱의 모든 읽기 자료에서 거짓이어야 해요
problem-disputes-file-bad = 쟁점 파일이 올바르지 않아요: { $error }
problem-disputes-file-bad-hint = 쟁점 하나는 id, question과 두 개 이상의 `[[dispute.version]]` 표를 담은 `[[dispute]]` 표예요
problem-dispute-id-not-kebab = 쟁점 id `{ $id }` 값이 kebab-case가 아니에요
problem-dispute-id-not-kebab-hint = 영어 소문자, 숫자와 대시(-) 하나씩만 쓰세요. 예: `first-cattle-shipment`
problem-dispute-id-twice = 쟁점 id `{ $id }` 값이 두 번 쓰였어요
problem-dispute-id-twice-hint = 쟁점마다 다른 id를 주세요
problem-dispute-empty-question = 쟁점 `{ $id }`의 질문이 비어 있어요
problem-dispute-empty-question-hint = 출처마다 다르게 답하는 질문을, 어느 답에도 기울지 않게 쓰세요
problem-dispute-too-few-versions = 쟁점 `{ $id }`의 견해가 { $count }개뿐이에요. 쟁점에는 견해가 둘 이상 있어야 해요
problem-dispute-too-few-versions-hint = 출처마다 그 답을 `says`와 `claims`로 적은 `[[dispute.version]]` 표를 추가하세요
problem-version-says-nothing = 쟁점 `{ $id }`의 한 견해가 아무 말도 하지 않거나 다른 견해와 같은 말을 해요
problem-version-says-nothing-hint = `says`에는 이 출처의 답을 다른 견해와 다르게 몇 단어로 적으세요
problem-version-without-claims = 쟁점 `{ $id }`의 한 견해에 진술이 하나도 없어요
problem-version-without-claims-hint = 이 견해를 말하는 진술들의 id를 적으세요
problem-dispute-unknown-claim = 쟁점 `{ $id }`에 적힌 id `{ $claim }`의 진술이 없어요
problem-dispute-unknown-claim-hint = 이 견해를 말하는 진술의 id를 적으세요
problem-claim-in-two-disputes = 진술 `{ $claim }` 항목은 이미 쟁점 `{ $other }`의 견해예요
problem-claim-in-two-disputes-hint = 진술 하나는 쟁점 질문 하나에만 답해요. 쟁점을 합치거나 진술을 나누세요
problem-version-mixes-readings = `{ $claim }` 진술은 같은 견해의 다른 진술과 다른 읽기 자료에서 왔어요
problem-version-mixes-readings-hint = 견해는 읽기 자료 하나가 말하는 내용이에요. 읽기 자료마다 견해를 따로 주세요
problem-versions-same-reading = 쟁점 `{ $id }`의 두 견해가 같은 읽기 자료에서 왔어요
problem-versions-same-reading-hint = 읽기 자료마다 견해를 하나씩 주거나, 스스로 모순되는 읽기 자료라면 `internal = true`로 표시하세요
problem-internal-many-readings = 쟁점 `{ $id }`에 internal 표시가 있지만 견해들이 읽기 자료 { $count }개에서 왔어요
problem-internal-many-readings-hint = `internal = true`는 스스로 모순되는 읽기 자료 하나에만 쓰는 표시예요. 지우세요
problem-no-front-matter = 읽기 자료에 머리말(front matter)이 없어요
problem-no-front-matter-hint = 파일을 `+++` 줄, TOML로 쓴 서지 정보, 또 하나의 `+++` 줄로 시작하세요
problem-front-matter-not-closed = 머리말(front matter)이 닫히지 않았어요
problem-front-matter-not-closed-hint = 머리말 끝에 `+++`만 있는 줄을 넣으세요
problem-front-matter-bad = 머리말(front matter)이 올바르지 않아요: { $error }
problem-front-matter-bad-hint = 머리말에는 id, title, publisher, published가 있어야 해요. author, url, seed는 넣지 않아도 돼요
problem-claims-file-bad = 진술 파일이 올바르지 않아요: { $error }
problem-claims-file-bad-hint = 진술 하나는 id, quote, text, answer, kind가 있는 `[[claim]]` 표예요
problem-doubled-word = `{ $word } { $word }`: 같은 단어가 연달아 두 번 나와요
problem-doubled-word-hint = 하나를 지우세요
problem-question-names-answer = 질문에 정답 `{ $answer }` 부분이 들어 있어요
problem-question-names-answer-hint = 정답을 넣지 말고 물어보세요. 학생이 질문에서 답을 읽어 버려요
problem-text-gives-answer-away = `{ $answer }` 부분을 가려도 `text`에 `{ $giveaway }` 부분이 보여요
problem-text-gives-answer-away-hint = 정답이 빈칸에만 나오도록 `text`를 고쳐 쓰세요
problem-function-word-gap = 정답 `{ $answer }` 부분이 기능어예요
problem-function-word-gap-hint = 사실을 빈칸으로 만드세요: 이름, 숫자, 날짜, 핵심 구절
problem-dated-event = 연표 항목 `{ $event }`에 그 날짜가 들어 있어요
problem-dated-event-hint = 날짜 없이 사건을 쓰세요. 연표는 답한 뒤에 날짜를 보여 줘요
problem-needs-context = 질문의 `{ $phrase }` 표현은 글을 보고 있어야만 이해돼요
problem-needs-context-hint = 출처(카드에 인용되는 이름대로)나 질문의 시점을 알려 주는 사건을 적으세요
problem-false-statement-is-own-text = 거짓 문장이 진술의 `text`와 같아요
problem-false-statement-is-own-text-hint = 거짓 문장은 읽기 자료가 말하지 않는 내용이어야 해요
problem-unattributed-version = `{ $claim }` 진술은 쟁점의 한 견해인데, { $source }의 견해라고 밝히지 않아요
problem-unattributed-version-hint = 누구의 견해인지 밝히세요. 예: “{ $source }에 따르면 …”
problem-duplicate-text = `{ $claim }` 진술의 `text`가 `{ $first }` 진술과 같아요
problem-duplicate-text-hint = 두 진술 중 하나만 남기세요
problem-repeated-fact = 진술 { $count }개({ $claims })가 한 문장에서 같은 답 `{ $answer }` 부분을 물어요
problem-repeated-fact-hint = 합치세요. 한 사실에 카드가 둘보다 많으면 복습만 늘고 지식은 늘지 않아요
problem-length-cue = 정답 `{ $answer }` 부분이 길이만으로 눈에 띄어요: 정답은 { $length }자, 가장 가까운 오답 보기는 { $other }자예요
problem-length-cue-hint = 정답과 길이가 비슷한 오답 보기를 쓰세요. 사실을 아는 학생만 정답을 고를 수 있어야 해요

## A setting out of range. $value is the value given, as entered.

setting-problem-desired-retention = 목표 기억 유지율은 0.70에서 0.99 사이여야 해요 (입력한 값: { $value })
setting-problem-new-per-day = 하루 새 카드 수는 500 이하여야 해요 (입력한 값: { $value })
setting-problem-reviews-per-day = 하루 복습 수는 5000 이하여야 해요 (입력한 값: { $value })
setting-problem-rollover-hour = 하루 시작 시각은 0시에서 23시 사이여야 해요 (입력한 값: { $value })
setting-problem-font-scale = 글자 크기는 80%에서 160% 사이여야 해요 (입력한 값: { $value }%)
