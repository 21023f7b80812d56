settings-language = 언어
settings-language-system = 시스템 설정과 같게

settings-title = 설정

## Studying: these settings belong to the deck being studied.

settings-studying = 공부
settings-scope-study = 지금 공부 중인 덱에 적용돼요. 덱마다 따로 저장돼요.
settings-retention = 목표 기억 유지율
settings-retention-hint = 공부한 내용이 다시 나올 때 얼마나 기억하고 있기를 바라는지예요. 높을수록 복습이 많아져요.
settings-new-per-day = 하루 새 카드 수
settings-reviews-per-day = 하루 복습 수
settings-rollover = 하루 시작 시각(시)
settings-new-per-day-missing = 하루 새 카드 수에 정수를 입력하세요.
settings-reviews-per-day-missing = 하루 복습 수에 정수를 입력하세요.
settings-rollover-missing = 하루 시작 시각에 정수를 입력하세요.
# A row of the days of the week, each of which can be marked to get fewer reviews.
settings-easy-days = 가벼운 요일
settings-easy-days-hint = 표시한 요일에는 복습이 적게 배정되고, 나머지는 다른 요일이 맡아요. 복습은 날마다 비슷한 양이 되도록 나누어 배정돼요.
settings-easy-days-all = 모든 요일을 가볍게 표시하면 아무것도 표시하지 않은 것과 같아요. 복습은 가벼운 요일에서 다른 요일로만 옮겨지니까요.

## Appearance: these settings are the same for every deck.

settings-appearance = 화면
settings-scope-appearance = 모든 덱에 적용돼요.
settings-theme = 테마
settings-theme-system = 시스템 설정과 같게
settings-theme-light = 밝게
settings-theme-dark = 어둡게
settings-text-size = 글자 크기
settings-save = 저장
settings-saved = 저장했어요

## The scheduler, fitted to the student's own reviews.

settings-scheduler = 복습 일정
settings-scheduler-hint = 내 복습 기록에 맞춰 일정 계산을 조정해서, 간격이 내가 기억하는 방식에 맞게 해요.
settings-optimize = 매개변수 최적화
settings-optimizing = 최적화 중
settings-optimized = 매개변수를 업데이트했어요

## Deck files live in the Decks view.

settings-deck-files = 덱 파일
settings-deck-files-hint = 내보내기(.steppe, .apkg, .csv)와 가져오기는 덱 화면에 있어요.
settings-open-decks = 덱 화면 열기

## Backups of the study data.

settings-backups = 백업
settings-backup-now = 지금 백업
settings-backup-made = 백업했어요
settings-backup-restored = 백업을 복원했어요
settings-no-backups = 아직 백업이 없어요.
settings-restore = 복원
settings-restore-label = { $name } 복원
settings-restore-confirm = 학습 데이터를 이 백업으로 바꿀까요? 지금 데이터는 다른 백업으로 남겨 둬요.

## The workload chart next to desired retention: simulated from the student's own cards.

settings-workload-title = 목표 기억 유지율별 학습량
settings-workload-loading = 유지율마다 앞으로 몇 달 동안의 학습을 시뮬레이션하는 중…
workload-axis-retention = 목표 기억 유지율
workload-series-reviews = 하루 복습
workload-series-minutes = 하루 학습 시간(분)
workload-series-recall = 기억하는 카드
# The chosen retention, marked on the chart.
workload-chosen-name = 선택한 값
# Tooltip heading. $percent is a desired retention such as 90%.
workload-at = { $percent }일 때
workload-reviews = 하루 복습 { $count }개
workload-minutes = 하루 { $count }분
workload-recall = 카드의 { $percent } 기억
# $percent: desired retention; $reviews, $minutes: per day on average; $recall: share remembered; $days: days simulated.
workload-summary = 목표 기억 유지율 { $percent }: 하루에 복습 약 { $reviews }개, 약 { $minutes }분이며, { $days }일 뒤 카드의 { $recall }를 기억해요.
workload-own-times = 학습 시간은 내 답변 시간으로 계산했어요(시간을 잰 답변 { $count }개).
workload-default-times = 카드를 더 많이 답하기 전까지는 일반적인 답변 시간으로 계산해요.
workload-none = 아직 시뮬레이션할 카드가 없어요.
