# The quiz: a one-off test, set up, asked one question at a time, then scored.

## Setup

quiz-setup-title = 퀴즈
quiz-setup-intro = 여러 유형의 문제를 한 문제씩 풀며 실력을 확인해 보세요. 틀린 문제는 복습에 다시 나와요.
quiz-setup-scope = 퀴즈 범위
quiz-setup-scope-all = 모든 읽기 자료
quiz-setup-scope-reading = 읽기 자료 하나
quiz-setup-scope-weak = 취약한 카드
quiz-setup-scope-weak-hint = 최근에 틀렸거나 잊어버리기 쉬운 카드
quiz-setup-scope-tag = 태그 하나
quiz-setup-reading = 읽기 자료
quiz-setup-tag = 태그
quiz-setup-readings-loading = 읽기 자료를 불러오는 중…
quiz-setup-readings-failed = 읽기 자료를 불러오지 못했어요
quiz-setup-tags-loading = 태그를 불러오는 중…
quiz-setup-tag-option = { $tag } (진술 { $count }개)
quiz-setup-length = 문제 수
quiz-setup-readings-error = 읽기 자료를 불러오지 못했어요({ $error }). 다른 범위는 그대로 고를 수 있어요.
quiz-setup-start = 퀴즈 시작
quiz-setup-starting = 시작하는 중…
quiz-setup-print = 정답표와 함께 인쇄
quiz-setup-printing = 인쇄하는 중…
quiz-setup-printed = 문제 { $count }개와 정답표를 { $path }에 저장했어요
quiz-setup-print-failed = 퀴즈를 인쇄하지 못했어요: { $error }

## A quiz left unfinished when the app was closed.

quiz-resume-title = 마치지 않은 퀴즈
quiz-resume-all = 모든 읽기 자료 퀴즈를 { $total }문제 중 { $answered }문제까지 풀고 멈췄어요.
quiz-resume-weak = 취약한 카드 퀴즈를 { $total }문제 중 { $answered }문제까지 풀고 멈췄어요.
quiz-resume-tag = ‘{ $tag }’ 태그 퀴즈를 { $total }문제 중 { $answered }문제까지 풀고 멈췄어요.
quiz-resume-reading = “{ $title }” 퀴즈를 { $total }문제 중 { $answered }문제까지 풀고 멈췄어요.
quiz-resume-one-reading = 읽기 자료 하나로 낸 퀴즈를 { $total }문제 중 { $answered }문제까지 풀고 멈췄어요.
quiz-resume-go = 이어서 풀기
quiz-resume-abandon = 그만두기

## Asking

quiz-position = { $total }문제 중 { $number }번째
quiz-finish-early = 여기서 끝내기
quiz-progress = 퀴즈 진행 상황
quiz-progress-value = { $total }문제 중 { $answered }문제 답함
quiz-next = 다음 문제
quiz-see-results = 결과 보기
quiz-kind-timeline = 이른 것부터 순서대로 놓기
quiz-choices-true-false = 참 또는 거짓
quiz-choices-readings = 읽기 자료
quiz-choices-options = 보기

## Feedback after each answer

quiz-verdict-exact = 맞았어요.
quiz-verdict-close = 거의 맞았어요. 정답으로 인정해요.
quiz-verdict-wrong = 틀렸어요.
quiz-wrong-logged = 복습에서 다시 나와요.
quiz-answer = 정답
quiz-right-answer = 정답
quiz-source-from = 출처: { $title }

## Results

quiz-results-title = 퀴즈 결과
quiz-results-score = { $score } / { $total }
quiz-results-right = 정답
quiz-results-close-counts = 거의 맞은 답도 정답으로 쳤어요.
quiz-results-unanswered = { $count ->
   *[other] { $count }문제에 답하지 않았어요.
}
quiz-results-wrong-logged = { $count ->
   *[other] 틀린 답은 ‘다시’로 기록해서 복습에 나와요.
}
quiz-results-review = 지금 복습하기
quiz-results-new = 새 퀴즈
quiz-results-missed = 틀린 문제 ({ $count })
quiz-results-question = { $number }번 문제
quiz-results-given = 내 답
quiz-results-correct = 정답
quiz-results-not-answered = 답하지 않음
quiz-results-perfect = 틀린 문제가 없어요. 모두 맞혔어요!
