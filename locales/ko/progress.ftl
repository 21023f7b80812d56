# The progress view: the student's key numbers and five charts of their study.

progress-title = 진도

## The four numbers at the top.

progress-stat-reviews-today = 오늘 복습
progress-stat-reviews-total = 전체 복습
progress-stat-due-today = 오늘 복습할 카드
progress-stat-leeches = 자꾸 잊는 카드

## Reviews per day.

progress-heatmap-heading = 날짜별 복습
progress-heatmap-empty = 아직 복습 기록이 없어요. 카드를 몇 장 공부하면 여기에 기록이 나타나요.
progress-study-now = 지금 공부하기
progress-heatmap-count = 복습 { $count }회
progress-heatmap-more = 많음
progress-heatmap-fewer = 적음
progress-heatmap-series = 복습
progress-heatmap-summary = 최근 1년간 날짜별 복습: { $days }일 동안 모두 { $total }회 복습했어요.
progress-heatmap-summary-busiest = 가장 많이 복습한 날은 { $date }이고, 그날 { $count }회 복습했어요.
progress-heatmap-summary-today = 오늘은 { $count }회 복습했어요.

## Due forecast.

progress-forecast-heading = 앞으로 { $days }일간 복습할 카드
progress-forecast-note = 날마다 복습할 차례가 되는 카드 수예요. 오늘에는 밀린 카드도 들어 있어요.
progress-forecast-empty = 아직 예정된 복습이 없어요. 공부한 카드는 복습할 차례가 되는 날 여기에 나타나요.
progress-forecast-today = 오늘
progress-forecast-today-overdue = 오늘 (밀린 카드 포함)
progress-forecast-count = 복습할 카드 { $count }장
progress-forecast-series = 복습할 카드
progress-forecast-summary = 앞으로 { $days }일간 복습할 카드는 모두 { $total }장이고, 그중 { $today }장이 오늘 복습할 카드예요(밀린 카드 포함).
progress-forecast-summary-busiest = 가장 많은 날은 { $date }이고, 그날 { $count }장을 복습해야 해요.

## Card states.

progress-states-heading = 카드 상태
progress-states-note = 보류한 카드도 원래 상태에 함께 세어요.
progress-states-empty = 아직 카드가 없어요. 덱의 카드가 새 카드, 학습 중, 복습, 보류로 나뉘어 여기에 나타나요.
progress-state-new = 새 카드
progress-state-learning = 학습 중
progress-state-review = 복습
progress-state-suspended = 보류
progress-states-count = 카드 { $count }장
progress-states-series = 카드
progress-states-summary = 카드 상태: 새 카드 { $new }장, 학습 중 { $learning }장, 복습 { $review }장, 보류 { $suspended }장이에요.

## True retention per week.

progress-retention-heading = 주별 실제 기억 유지율
progress-retention-note = 학습한 카드를 복습할 때 기억해 낸 비율이에요. 설정한 목표 기억 유지율은 { $percent }예요.
progress-retention-empty = 아직 보여 줄 기억 유지율이 없어요. 학습한 카드가 다시 복습할 차례가 되면 나타나요.
progress-retention-week = { $date }부터 한 주
progress-retention-recalled = { $percent } 기억함 ({ $reviews }회 중 { $recalled }회)
progress-retention-series = 실제 기억 유지율
progress-retention-target-name = 목표
progress-retention-target = 목표 { $percent }
progress-retention-summary-none = 주별 실제 기억 유지율: 아직 학습한 카드를 복습한 적이 없어요. 목표는 { $target }예요.
progress-retention-summary = 복습한 { $weeks }주의 주별 실제 기억 유지율: 최근 한 주({ $date }부터)는 { $latest }로, { $reviews }회 중 { $recalled }회 기억했어요. 전체는 { $overall }, 목표는 { $target }예요.

## Mastery per reading.

progress-mastery-heading = 읽기 자료별 숙달도
progress-mastery-note = 막대 하나가 읽기 자료 하나의 진술이에요. 진술의 카드를 하나라도 공부하면 '공부함', 3주 이상 기억하면 '숙달함'이 돼요.
progress-mastery-empty = 아직 공부한 진술이 없어요. 읽기 자료의 카드를 공부하면 진술이 '공부함', 그다음 '숙달함'으로 여기에 나타나요.
progress-mastery-mastered = 숙달함
progress-mastery-seen = 공부함
progress-mastery-not-seen = 아직 안 봄
progress-mastery-count = 진술 { $claims }개 중 숙달함 { $mastered }개, 공부함 { $seen }개
progress-mastery-summary = 읽기 자료별 숙달도예요.
progress-mastery-summary-reading = { $title }: 진술 { $claims }개 중 { $seen }개를 공부했고 { $mastered }개를 숙달했어요.
