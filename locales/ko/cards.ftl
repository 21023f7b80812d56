# The kinds of card and how each is answered, in review and in quizzes.

## The heading over each kind of card

cards-kind-cloze = 빈칸 채우기
cards-kind-qa = 질문
cards-kind-multiple-choice = 객관식
cards-kind-true-false = 참일까요, 거짓일까요?
cards-kind-typed = 답 직접 입력
cards-kind-timeline = 연표
cards-kind-sources = 출처마다 다름: 누가 한 말일까요?
cards-kind-versions = 출처마다 다름: 모든 견해

## Keys, as shown on the buttons they press

cards-key-space = 스페이스
cards-key-enter = 엔터

## Answering

cards-blank = 빈칸
cards-show-answer = 정답 보기
cards-your-answer = 내 답
cards-check = 확인
cards-checking = 확인하는 중…
cards-options = 보기
cards-readings = 읽기 자료
cards-true-or-false = 참 또는 거짓
cards-true = 참
cards-false = 거짓
cards-multiple-choice-hint = 보기를 누르거나 번호 키를 눌러 고르세요.
cards-sources-hint = 틀린 견해는 없어요. 이 말을 한 읽기 자료를 고르세요.
cards-mark-chosen-right = 내 답: 정답
cards-mark-chosen-wrong = 내 답: 오답
cards-mark-right = 정답
cards-right = 맞았어요.
cards-not-quite = 아쉬워요.
cards-true-statement = 참인 진술

## A typed answer, once checked

cards-typed-exact = 정확
cards-typed-exact-note = 딱 맞았어요.
cards-typed-close = 거의 정답
cards-typed-close-note = 작은 실수가 있어요.
cards-typed-wrong = 오답
cards-typed-wrong-note = 정답이 아니에요.
# The student overrules the check: the answer was right in other words or another order.
cards-typed-accept = 맞게 답했어요
# The tooltip of that button.
cards-typed-accept-hint = 답을 정답으로 인정하고 좋음을 추천해요
cards-typed-accepted = 정답으로 인정
cards-typed-accepted-note = 다른 말로 답했어요. 얼마나 잘 기억했는지 평가하세요.
cards-diff-label = 내 답과 정답 비교
cards-diff-missing = 빠짐
cards-diff-extra = 더 씀
cards-diff-legend = { $underlined }: 빠진 글자 · { $struck }: 정답에 없는 글자
cards-diff-underlined = 밑줄
cards-diff-struck = 취소선

## Putting items in order (timeline cards and quiz questions)

cards-order-hint = 항목을 끌어서 옮기거나, 항목을 선택하고 Alt+↑ / Alt+↓를 눌러 옮기세요.
cards-order-label = 항목, 이른 순서대로
cards-order-moved = { $item }: { $count }개 중 { $position }번째로 옮겼어요.
cards-order-in-place = 제자리
cards-order-out-of-place = 자리 틀림
cards-check-order = 순서 확인
cards-order-right = 순서가 맞아요.
cards-order-wrong = 순서가 달라요. 날짜를 하나씩 확인해 보세요.
