# 카드 기록: 읽기 자료의 진술 패널이나 복습에서 답을 본 뒤 열리는 대화 상자.
history-title = 카드 기록
history-close = 닫기
history-loading = 카드 기록을 여는 중…
history-open = 기록
history-open-card = 이 카드의 기록 ({ $kind })
history-reading = 「{ $title }」에서
history-memory-heading = 지금 기억 상태
history-not-studied = 아직 공부하지 않았어요. 답한 기록도 망각 곡선도 없어요.
history-phase = 상태
history-recall-now = 지금 기억할 확률
history-due = 복습할 차례
history-stability = 안정성
history-days = { $days }일
history-difficulty = 난이도 (1–10)
history-answers-lapses-label = 답한 횟수
history-answers-lapses = 답 { $reps }회, 잊음 { $lapses }회
history-suspended = 보류됨: 공부에서 빠져 있어요.
history-leech = 자꾸 잊어서 보류됨.
history-curve-title = 망각 곡선
history-curve-note = 복습하지 않으면 지금부터 이 카드를 기억할 확률이에요. 복습 단계의 카드는 복습할 차례쯤 목표 기억 유지율 가까이로 내려가요.
history-curve-series = 기억할 확률
history-curve-axis-days = 지금부터 며칠 뒤
history-curve-days = { $days }일 뒤
history-curve-recall = 기억할 확률 { $percent }
history-curve-target = 목표 기억 유지율 { $percent }
history-curve-target-name = 목표 기억 유지율
history-curve-due-name = 복습할 차례
history-curve-none = 아직 망각 곡선이 없어요.
history-curve-summary-now = 지금 기억할 확률은 { $percent }예요.
history-curve-summary-due = 복습할 차례({ $days }일 뒤): { $percent }.
history-curve-summary-end = { $days }일 뒤: { $percent }.
history-answers-heading = { $count ->
        [0] 아직 답한 기록이 없어요
       *[other] 답 { $count }회
    }
history-col-when = 시각
history-col-grade = 평가
history-col-interval = 간격
history-col-stability = 안정성 (일)
history-col-difficulty = 난이도
history-col-recall = 그때 기억할 확률
history-from-quiz = 퀴즈
