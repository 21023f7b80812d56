# The review screen: one card at a time, its answer, its source and the four grades; also the
# list of suspended cards in the library.

## Around the card

review-card = 카드
review-studying = 공부 중인 읽기 자료: { $title }
review-study-everything = 모두 공부하기
review-undo = 마지막 답 되돌리기
review-suspend = 카드 보류
review-loading = 다음 카드를 찾고 있어요…
review-undid = 되돌렸어요: { $prompt }
review-nothing-to-undo = 되돌릴 답이 없어요
review-card-suspended = 카드를 보류했어요
review-fork-to-edit = 진술을 고치려면 먼저 덱을 복제해 주세요

## The grades

review-grades-label = 얼마나 잘 기억했나요?
review-grade-again = 다시
review-grade-hard = 어려움
review-grade-good = 좋음
review-grade-easy = 쉬움
review-grade-suggested = 추천

## Today's counts and progress

review-counts-label = 오늘 공부할 카드
# Korean names what it counts first: 새 카드 20.
review-count-new = 새 카드 { $count }
review-count-learning = 학습 중 { $count }
review-count-due = 복습할 차례 { $count }
review-session-label = 오늘의 복습
review-session-count = { $done }장 답함 · { $left }장 남음
review-session-done = 오늘 { $done }장에 답했고 { $left }장 남았어요

## Nothing left to review

review-done-heading = 모두 마쳤어요
review-done-nothing-due = 지금은 복습할 카드가 없어요.
review-done-reviewed-today =
    { $count ->
        [0] 오늘은 아직 복습한 카드가 없어요.
       *[other] 오늘 카드 { $count }장을 복습했어요.
    }
review-done-next-due = 다음 카드는 { $when }에 복습할 차례가 돼요.
review-back-to-library = 서재로 돌아가기

## The source of the answer, and readings that say otherwise

review-source = 출처
review-source-from = 출처: { $title }
review-open-source = 읽기 자료에서 열기
review-quote = “{ $quote }”
review-sources-differ = 출처마다 다름
review-editor-note = 편집자 주: { $note }
review-conflict-says = { $reading }에 따르면: { $says }
review-conflict-from = { $reading }에 따르면
review-open-conflict = 그 읽기 자료에서 열기
review-open-conflict-named = 읽기 자료에서 열기: { $title }

## Suspended cards (in the library)

review-suspended-heading = 보류한 카드 ({ $count })
review-suspended-hint = 이 카드들은 학습에서 빠져 있어요. ‘자꾸 잊는 카드’는 잊고 또 잊은 카드예요. 다시 학습에 넣기 전에 내용을 자기 말로 바꿔 생각해 보거나 출처를 다시 읽어 보면 도움이 될 때가 많아요.
review-leech = 자꾸 잊는 카드, { $count }번 잊음
review-unsuspend = 보류 해제
review-unsuspend-named = 다시 학습에 넣기: { $prompt }
review-suspended-back = 다시 학습에 넣었어요: { $prompt }
# After a lapse (a card in review answered Again): the paragraph of its quote, to read again.
review-reread-heading = 다시 읽어 보기
review-reread-note = 이 카드를 잊었어요. 이 내용이 나온 「{ $title }」의 문단이에요.
review-reread-continue = 다음 카드
review-reread-open = 읽기 자료에서 열기
